"""'Working…' in the status bar while the database worker has work that lasts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from planner.ui.text import tr

if TYPE_CHECKING:
    from planner.ui.tasks import TaskRunner

# Said only when work lasts: most jobs take a few milliseconds, and a label that flickers on
# every click says nothing.
BUSY_DELAY_MS = 400


class BusyLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busy_indicator")
        self._runner: TaskRunner | None = None
        self._timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._timer.timeout.connect(self._still_busy)

    def follow(self, runner: TaskRunner) -> None:
        """Say what this worker is doing (the window's, once it has a database)."""
        self._runner = runner
        runner.busy_changed.connect(self.set_busy)  # bound: dropped with the label

    def set_busy(self, busy: bool) -> None:
        """'Working…' for work that lasts, gone as soon as the worker has nothing left."""
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
            self.clear()

    def _still_busy(self) -> None:
        if self._runner is not None and not self._runner.is_idle():
            self.setText(tr("MainWindow", "Working…"))
