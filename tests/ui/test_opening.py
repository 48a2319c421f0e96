"""File > Open and Connect to server open the database off the UI thread, with a Cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from planner.store.database import open_database
from planner.ui import app as app_module
from planner.ui.app import Controller
from tests.ui.conftest import FakeDialogs, settle

WAIT_MS = 20_000  # a bound for a failing run only


def _slow_open(monkeypatch: Any, release: threading.Event, log: dict[str, Any]) -> None:
    """open_database as File > Open calls it, held until the test releases it."""
    real = open_database

    def held(target: str, create: bool = False) -> Any:
        log["thread"] = threading.current_thread().name
        release.wait(WAIT_MS / 1000)
        db = real(target, create=create)
        real_close = db.close
        db.close = lambda: (log.setdefault("closed", []).append(target), real_close())
        log["opened"] = db
        return db

    monkeypatch.setattr(app_module, "open_database", held)


def test_opening_runs_behind_a_responsive_window_and_cancel_keeps_the_current_database(
        qtbot: Any, switching: Controller, tmp_path: Path, monkeypatch: Any) -> None:
    controller = switching
    window, db = controller.window, controller.db
    assert window is not None and db is not None
    other = tmp_path / "other.sqlite"
    open_database(str(other), create=True).close()
    release, log = threading.Event(), {}
    _slow_open(monkeypatch, release, log)

    ticks: list[int] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.open_database_requested.emit(str(other), False)
    assert controller.opening is not None
    qtbot.waitUntil(lambda: any(d.objectName() == "opening_progress" and d.isVisible()
                                for d in window.findChildren(QProgressDialog)), timeout=WAIT_MS)
    timer.stop()
    assert len(ticks) >= 10  # the UI thread kept running while the file was being opened
    assert log["thread"] == "planner-open-database"
    progress = next(d for d in window.findChildren(QProgressDialog)
                    if d.objectName() == "opening_progress")
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    assert controller.opening is None
    assert controller.window is window and controller.db is db  # nothing changed
    release.set()
    qtbot.waitUntil(lambda: log.get("closed") == [str(other)], timeout=WAIT_MS)
    assert controller.window is window and controller.db is db  # the late result was dropped
    settle(controller)
    events = window.show_section("events")
    settle(controller)
    assert events.model.rowCount() > 0  # still working on the demo


def test_the_other_database_replaces_the_window_once_open(
        qtbot: Any, switching: Controller, tmp_path: Path, monkeypatch: Any) -> None:
    controller = switching
    other = tmp_path / "other.sqlite"
    open_database(str(other), create=True).close()
    release, log = threading.Event(), {}
    release.set()
    _slow_open(monkeypatch, release, log)
    first = controller.window
    assert first is not None
    first.open_database_requested.emit(str(other), False)
    qtbot.waitUntil(lambda: controller.opening is None, timeout=WAIT_MS)
    settle(controller)
    assert controller.db is log["opened"] and controller.window is not first
    assert str(other) in controller.window.windowTitle()


def test_a_file_that_cannot_be_opened_is_said_and_the_window_stays(
        qtbot: Any, switching: Controller, dialogs: FakeDialogs, tmp_path: Path) -> None:
    controller = switching
    window, db = controller.window, controller.db
    assert window is not None
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"not a database at all" * 100)
    window.open_database_requested.emit(str(foreign), False)
    qtbot.waitUntil(lambda: controller.opening is None, timeout=WAIT_MS)
    assert controller.window is window and controller.db is db
    assert [title for title, _text in dialogs.errors] == ["Cannot open the database"]
    assert "Traceback" not in dialogs.errors[0][1]
    assert foreign.read_bytes() == b"not a database at all" * 100
