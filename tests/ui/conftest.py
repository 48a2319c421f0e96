"""GUI fixtures: a main window on a copy of the demo database, dialogs that never block."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from planner.store.database import open_database  # noqa: E402
from planner.ui.app import Controller  # noqa: E402
from planner.ui.dialog_service import DialogService  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402
from tests.ui.leaks import QThreadWatch, Snapshot, leaks  # noqa: E402

_QTHREADS = QThreadWatch()


@pytest.fixture(scope="session", autouse=True)
def _watch_qthreads() -> Iterator[None]:
    with _QTHREADS.installed():
        yield


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """pytest-qt closes the widgets given to qtbot.addWidget (its teardown, which runs after
    this); leave out those the code under test has already deleted, e.g. a window whose
    Controller.stop() deleted it: closing a deleted widget raises RuntimeError."""
    registered = getattr(item, "qt_widgets", None)  # pytest-qt's: (weakref, before_close)
    if registered:
        item.qt_widgets = [(ref, before) for ref, before in registered  # type: ignore[attr-defined]
                           if ref() is None or shiboken6.isValid(ref())]
    return (yield)


@pytest.fixture(autouse=True)
def _no_leaks(qapp: QApplication, _watch_qthreads: None) -> Iterator[None]:
    """Fail a test that leaves a window, a thread or a QThread behind (tests/ui/leaks.py says
    exactly what counts); set up before, so torn down after, every other fixture of the test."""
    snapshot = Snapshot()
    yield
    found = leaks(snapshot, _QTHREADS)
    if found:
        pytest.fail("the test left behind:\n  " + "\n  ".join(found), pytrace=False)


class FakeDialogs(DialogService):
    """Answers questions from a script and records what would have been shown."""

    def __init__(self) -> None:
        self.confirm_answers: list[bool] = []
        self.save_paths: list[str] = []
        self.open_paths: list[str] = []
        self.folder_paths: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.shown: list[QDialog] = []
        self.passwords: list[str | None] = []  # answers to ask_password, in order
        self.printers: list[str | None] = []  # print dialog: the printer chosen, None = Cancel
        self.password_prompts: list[str] = []

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        return self.folder_paths.pop(0) if self.folder_paths else None

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str) -> str | None:
        return self.save_paths.pop(0) if self.save_paths else None

    def print_setup(self, parent: QWidget | None, printer: Any, pages: int) -> bool:
        """A queue's name, or a path ending in .pdf: Qt's "print to file"."""
        name = self.printers.pop(0) if self.printers else None
        if name and name.endswith(".pdf"):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(name)
        elif name:
            printer.setPrinterName(name)
        return bool(name)

    def choose(self, parent: QWidget | None, title: str, label: str,
               items: list[str]) -> str | None:
        self.choices_offered = items
        return items[0] if items else None

    def show(self, dialog: QDialog) -> None:
        self.shown.append(dialog)
        dialog.show()

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.password_prompts.append(label)
        return self.passwords.pop(0) if self.passwords else None

    def last(self, name: str) -> Any:
        found = [d for d in self.shown if d.objectName() == name]
        assert found, f"no dialog {name} was shown (shown: {[d.objectName() for d in self.shown]})"
        return found[-1]


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


def running(path: Path, dialogs: FakeDialogs) -> Iterator[Controller]:
    """A controller with its window shown on the database at `path`. The window is not given
    to qtbot: the controller owns it (File > Open, Restore and Language replace it) and
    `stop()` closes and deletes whichever window is current, after its worker has stopped."""
    controller = Controller(dialogs, "en")
    controller.start(open_database(str(path))).show()
    settle(controller)
    yield controller
    controller.stop()


@pytest.fixture
def controller(qapp: QApplication, demo_path: Path, dialogs: FakeDialogs) -> Iterator[Controller]:
    yield from running(demo_path, dialogs)


@pytest.fixture
def switching(controller: Controller) -> Controller:
    """A controller on the demo whose windows are replaced (File > Open, Restore)."""
    return controller


@pytest.fixture
def window(controller: Controller) -> MainWindow:
    assert controller.window is not None
    return controller.window


def settle(controller: Controller, rounds: int = 6) -> None:
    """Let every queued job finish and its callbacks (which may queue more) run."""
    assert controller.runner is not None
    for _ in range(rounds):
        assert controller.runner.wait_idle(), "the database worker did not finish"
        QApplication.processEvents()


def accept_dialog(controller: Controller, dialog: Any) -> None:
    """Press OK on an editor and let its save finish; it must have been accepted."""
    dialog.try_accept()
    settle(controller)
    assert not dialog.form.general.text(), dialog.form.general.text()
    assert dialog.result() == dialog.DialogCode.Accepted


def selected_in(section: Any) -> Any:
    """The plain row selected in a section's table, or None."""
    from planner.ui.models.base import ROW_ROLE

    chosen = section.view.selectionModel().selectedRows()
    return chosen[0].data(ROW_ROLE) if chosen else None


@pytest.fixture
def empty_controller(qapp: QApplication, tmp_path: Path,
                     dialogs: FakeDialogs) -> Iterator[Controller]:
    """A main window on an empty database (no demo): planning starts from nothing."""
    path = tmp_path / "empty.sqlite"
    open_database(str(path), create=True).close()
    yield from running(path, dialogs)
