"""The leak check every GUI test runs after itself (tests/ui/leaks.py) finds what was left
behind, says what it is precisely, and cleans it up."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from tests.ui import leaks as leak_check
from tests.ui.conftest import _QTHREADS
from tests.ui.leaks import Snapshot, leaks


def test_a_window_left_open_is_named_with_what_it_owns(qapp: Any) -> None:
    snapshot = Snapshot()
    window = QMainWindow()
    window.setObjectName("left_open")
    QMenu("File", window.menuBar())
    QMenu("Edit", window.menuBar())
    window.show()
    found = leaks(snapshot, _QTHREADS)
    assert found == ["window left open: QMainWindow objectName='left_open', shown "
                     "and 2 window(s) it owns (QMenu)"]
    assert leaks(snapshot, _QTHREADS) == []  # closed and deleted by the check


def test_a_hidden_dialog_kept_by_a_reference_cycle_is_a_leak(qapp: Any) -> None:
    snapshot = Snapshot()
    dialog = QDialog()
    dialog.setWindowTitle("Kept")
    dialog.cycle = dialog  # type: ignore[attr-defined]
    del dialog
    found = leaks(snapshot, _QTHREADS)
    assert len(found) == 1 and found[0].startswith(
        "window left open: QDialog (no objectName) title='Kept', hidden")
    assert "only a reference cycle kept it" in found[0]


def test_what_is_deleted_or_existed_before_is_no_leak(qapp: Any) -> None:
    before = QWidget()
    snapshot = Snapshot()
    gone = QWidget()
    gone.show()
    gone.deleteLater()  # carried out by the check, as at the end of an event loop turn
    assert leaks(snapshot, _QTHREADS) == []
    before.deleteLater()


def test_threads_left_running_are_named(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(leak_check, "JOIN_GRACE_S", 0.1)
    snapshot = Snapshot()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="left-running", daemon=True)
    thread.start()
    worker = QThread()
    worker.setObjectName("left-qthread")
    worker.start()
    found = leaks(snapshot, _QTHREADS)
    stop.set()
    thread.join()
    assert found[0] == ("thread left running: 'left-running' (daemon=True, "
                        "target=Event.wait)")
    assert found[1].startswith("QThread left running: QThread objectName='left-qthread', "
                               "started at:") and "test_leak_check.py" in found[1]
    assert len(found) == 2 and worker.isFinished()  # the check stopped it


def test_a_widget_given_to_qtbot_may_be_deleted_by_the_code(qtbot: Any,
                                                           request: pytest.FixtureRequest) -> None:
    """As Controller.stop() deletes its window: pytest-qt's teardown must not close it again
    (the tests/ui conftest leaves deleted widgets out)."""
    window = QMainWindow()
    request.node.kept = window  # its wrapper outlives the test, as a fixture's would
    qtbot.addWidget(window)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)
