"""Start-up: the window's frame paints first; the database opens behind it on a thread."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from planner.ui.launch import Launch
from tests.ui.conftest import FakeDialogs, settle

ROOT = Path(__file__).resolve().parents[2]


def test_frame_first_then_the_database_is_attached(qtbot: Any, demo_path: Path) -> None:
    dialogs = FakeDialogs()
    launch = Launch(str(demo_path), dialogs, "en")
    window = launch.window
    qtbot.addWidget(window)
    # The frame: menus and side bar, editing disabled until there is a database.
    assert not window.attached and window.views == {}
    assert window.sidebar.count() == 8
    assert window.actions_["quit"].isEnabled()
    assert not window.actions_["new_item"].isEnabled()
    assert window.statusBar().currentMessage() == "Opening the database…"
    with qtbot.waitSignal(launch.ready, timeout=20_000):
        window.show()
    assert launch.controller is not None
    settle(launch.controller)
    assert launch.opening.result is not None and not launch.opening.running()
    assert window.attached and str(demo_path) in window.windowTitle()
    assert window.statusBar().currentMessage() == ""
    assert list(window.views) == [window.current_key()]  # only the section on screen is built
    events = window.show_section("events")
    settle(launch.controller)
    assert events.model.rowCount() > 20  # the demo's events, read through the new worker
    assert window.actions_["new_item"].isEnabled()
    assert dialogs.errors == []
    launch.controller.stop()


def test_a_foreign_file_is_reported_over_the_window_and_left_alone(
        qtbot: Any, tmp_path: Path) -> None:
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"Meeting notes, not a database\n" * 50)
    before = hashlib.sha256(foreign.read_bytes()).hexdigest()
    dialogs = FakeDialogs()
    launch = Launch(str(foreign), dialogs, "en")
    qtbot.addWidget(launch.window)
    with qtbot.waitSignal(launch.failed, timeout=20_000) as failed:
        launch.window.show()
    launch.join()
    assert failed.args == [2]
    assert launch.controller is None and not launch.window.attached
    assert [title for title, _text in dialogs.errors] == ["Cannot open the database"]
    assert "Traceback" not in dialogs.errors[0][1]
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == before


def test_the_loader_runs_off_the_ui_thread(qtbot: Any, demo_path: Path,
                                           monkeypatch: Any) -> None:
    from planner.demo import startup

    seen: list[str] = []
    real = startup.open_planner_database

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(startup, "open_planner_database", spy)
    launch = Launch(str(demo_path), FakeDialogs(), "en")
    qtbot.addWidget(launch.window)
    with qtbot.waitSignal(launch.ready, timeout=20_000):
        launch.window.show()
    assert seen == ["planner-open-database"]
    assert launch.controller is not None
    launch.controller.stop()


def test_main_py_paints_then_shows_rows(tmp_path: Path, demo_path: Path) -> None:
    """The real start-up in its own process, as the start-up benchmark runs it."""
    probe = tmp_path / "probe.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_HOME": str(tmp_path / "home"),
           "PLANNER_STARTUP_PROBE": str(probe)}
    done = subprocess.run([sys.executable, "main.py", "--db", str(demo_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    times = json.loads(probe.read_text())
    assert times["painted"] <= times["ready"]


def test_a_server_that_wants_a_password_is_asked_over_the_window(
        qtbot: Any, demo_path: Path, monkeypatch: Any) -> None:
    """--db postgresql://... with no password libpq can find: asked (masked) at start-up,
    kept in memory only, and the window opens once the server accepts it."""
    from sqlalchemy.engine import make_url

    from planner.domain.errors import StorageError
    from planner.store import server as servers
    from planner.store.database import open_database

    tried: list[str | None] = []

    def server(url: str | None = None, **_kwargs: Any) -> Any:
        password = make_url(url).password if url else None
        tried.append(password)
        if password != "right":
            raise StorageError("db_password_needed", reason="password authentication failed")
        return open_database(str(demo_path))  # the server's stand-in once it lets us in

    monkeypatch.setattr(servers, "open_database", server)
    dialogs = FakeDialogs()
    dialogs.passwords = ["wrong", "right"]
    launch = Launch("postgresql://alice@db.example/planner", dialogs, "en")
    qtbot.addWidget(launch.window)
    with qtbot.waitSignal(launch.ready, timeout=20_000):
        launch.window.show()
    assert tried == [None, "wrong", "right"]
    assert dialogs.password_prompts == [
        "Password for postgresql+psycopg://alice@db.example/planner:"] * 2
    assert dialogs.errors == []
    assert launch.controller is not None
    launch.controller.stop()


def test_a_cancelled_password_ends_with_the_error(qtbot: Any, monkeypatch: Any) -> None:
    from planner.domain.errors import StorageError
    from planner.store import server as servers

    def server(url: str | None = None, **_kwargs: Any) -> Any:
        raise StorageError("db_password_needed", reason="no password supplied")

    monkeypatch.setattr(servers, "open_database", server)
    dialogs = FakeDialogs()  # no answers: the prompt is cancelled
    launch = Launch("postgresql://alice@db.example/planner", dialogs, "en")
    qtbot.addWidget(launch.window)
    with qtbot.waitSignal(launch.failed, timeout=20_000) as failed:
        launch.window.show()
    launch.join()
    assert failed.args == [2] and len(dialogs.password_prompts) == 1
    assert "password" in dialogs.errors[0][1]


def test_shortcuts_come_after_the_first_paint(qtbot: Any, demo_path: Path) -> None:
    launch = Launch(str(demo_path), FakeDialogs(), "en")
    qtbot.addWidget(launch.window)
    edit = launch.window.actions_["edit_item"]  # Ctrl+E (Quit's key depends on the desktop)
    assert edit.shortcut().isEmpty()  # none before the first paint (12 ms)
    assert not launch.window.recent_menu.menuAction().isEnabled()
    with qtbot.waitSignal(launch.ready, timeout=20_000):
        launch.window.show()  # the paint starts the loading, which sets them
    assert edit.shortcut().toString() == "Ctrl+E"
    assert launch.window.recent_menu.menuAction().isEnabled()
    assert launch.controller is not None
    launch.controller.stop()


def test_a_failure_while_attaching_is_reported_not_left_as_a_dead_window(
        qtbot: Any, demo_path: Path, monkeypatch: Any) -> None:
    from planner.ui.app import Controller

    def broken(self: Any, db: Any, window: Any = None) -> Any:
        raise OSError("settings folder is read-only")

    monkeypatch.setattr(Controller, "start", broken)
    dialogs = FakeDialogs()
    launch = Launch(str(demo_path), dialogs, "en")
    qtbot.addWidget(launch.window)
    with qtbot.waitSignal(launch.failed, timeout=20_000) as failed:
        launch.window.show()
    assert failed.args == [1] and launch.controller is None
    assert dialogs.errors and "settings folder is read-only" in dialogs.errors[0][1]


def test_closing_before_the_database_is_attached_closes_it(qtbot: Any, demo_path: Path) -> None:
    launch = Launch(str(demo_path), FakeDialogs(), "en")
    qtbot.addWidget(launch.window)
    launch._start_loading()
    launch.join()  # the loader is done; its result was never delivered (no event loop turn)
    opened = launch.opening.result
    assert opened is not None and launch.controller is None
    closed: list[bool] = []
    real_close = opened.close
    opened.close = lambda: (closed.append(True), real_close())  # type: ignore[method-assign]
    launch.close_unattached()
    assert closed == [True]
