"""The progress dialog long jobs get (after a short delay), with a working cancel button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.domain.progress import Progress
from planner.ui.text import tr


class JobProgress:
    def __init__(self, parent: QWidget | None, label: str, progress: Progress) -> None:
        self.dialog = QProgressDialog(label, tr("JobProgress", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("job_progress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(progress.cancel)
        self.dialog.show()

    def update(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
