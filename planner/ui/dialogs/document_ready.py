"""A finished document: preview it in the system viewer, save it, or close."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.exports.files import atomic_write
from planner.ui.dialogs.service import DialogService
from planner.ui.text import tr


class DocumentReady(QDialog):
    def __init__(self, title: str, suggested: str, data: bytes, dialogs: DialogService,
                 file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_ready")
        self.setWindowTitle(title)
        self.data = data
        self.suggested = suggested
        self.dialogs = dialogs
        self.file_filter = file_filter
        self.saved_to: Path | None = None
        self.previewed: Path | None = None
        box = QVBoxLayout(self)
        box.addWidget(QLabel(tr("DocumentReady", "{0} is ready ({1:,} bytes).").format(
            suggested, len(data))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = buttons.addButton(tr("DocumentReady", "&Preview"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(tr("DocumentReady", "&Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def preview(self) -> None:
        """Open a temporary copy in the system's viewer (nothing is saved yet)."""
        folder = Path(tempfile.mkdtemp(prefix="planner-preview-"))
        self.previewed = atomic_write(folder / self.suggested, self.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.previewed)))

    def save(self) -> None:
        path = self.dialogs.save_file(self, tr("DocumentReady", "Save"), self.suggested,
                                      self.file_filter)
        if path:
            self.saved_to = atomic_write(path, self.data)
            self.accept()
