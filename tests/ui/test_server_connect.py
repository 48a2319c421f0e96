"""File > Connect to server: a PostgreSQL database through the dialog, refreshed on NOTIFY."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from planner.cli.main import main as cli_main
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.store.database import open_database
from planner.store.server import without_password
from planner.ui.app import Controller
from planner.ui.dialogs.server_dialog import ServerDialog
from planner.ui.settings import app_settings, recent_databases
from tests.ui.conftest import FakeDialogs, settle

WHEN = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")
WAIT_MS = 15_000  # a bound for a failing run only


@pytest.fixture
def server_db(postgres_url: str) -> Iterator[str]:
    """A throw-away database of our own on the test server, at the schema head via `db upgrade`."""
    base = make_url(postgres_url).set(drivername="postgresql+psycopg")
    name = f"planner_ui_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = base.set(database=name).render_as_string(hide_password=False)
    try:
        assert cli_main(["--db", url, "db", "upgrade"]) == 0
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_the_dialog_builds_a_url_without_a_password(qtbot: Any) -> None:
    dialog = ServerDialog("postgresql+psycopg://alice:secret@db.example:5433/planner")
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(),
            dialog.user.text()) == ("db.example", 5433, "planner", "alice")
    assert dialog.url() == "postgresql+psycopg://alice@db.example:5433/planner"
    dialog.database.clear()
    with qtbot.assertNotEmitted(dialog.connect_requested):
        dialog.try_accept()
    assert dialog.problem.isVisibleTo(dialog)


def test_connect_through_the_dialog_and_see_another_organisers_change(
        qtbot: Any, switching: Controller, dialogs: FakeDialogs, server_db: str) -> None:
    controller = switching
    parsed = make_url(server_db)
    assert controller.window is not None
    controller.window.actions_["connect_server"].trigger()
    dialog = dialogs.last("server_dialog")
    dialog.host.setText(parsed.host)
    dialog.port.setValue(parsed.port or 5432)
    dialog.database.setText(parsed.database)
    dialog.user.setText(parsed.username)
    built = dialog.url()
    dialog.try_accept()
    qtbot.waitUntil(lambda: controller.db is not None and not controller.db.is_sqlite,
                    timeout=WAIT_MS)
    window = controller.window
    assert window is not None and controller.live is not None
    assert dialogs.errors == []
    assert controller.db.url.database == parsed.database
    recent = recent_databases(app_settings())
    assert recent[0] == built == without_password(built)  # nothing secret in settings
    assert make_url(recent[0]).database == parsed.database
    assert controller.live.listener.wait_listening(WAIT_MS / 1000)
    qtbot.waitUntil(lambda: controller.live.label.text() == "Connected to the server",
                    timeout=WAIT_MS)

    events = window.show_section("events")
    settle(controller)
    assert events.model.rowCount() == 0
    other = open_database(server_db)  # another organiser's connection
    try:
        with other.write() as session:
            create_event(session, kind="seminar", title_en="Added elsewhere", schedule=WHEN)
    finally:
        other.close()
    qtbot.waitUntil(lambda: events.model.rowCount() == 1, timeout=WAIT_MS)
    assert events.model.row_at(0).title_en == "Added elsewhere"

    controller.live.status_heard.emit(False)  # what the listener reports when the server goes
    qtbot.waitUntil(lambda: "retrying" in controller.live.label.text(), timeout=WAIT_MS)
    live = controller.live
    settle(controller)
    controller.stop()
    assert controller.live is None and live.listener._thread is None  # joined
