"""A finished document: a PDF is previewed inside the dialog (pages, zoom), printed through the
system's print dialog or saved; a calendar file is saved.

Opening the system's viewer is still offered for a PDF, and says so when there is none.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.exports.files import atomic_write
from planner.ui.dialog_service import DialogService
from planner.ui.text import tr

if TYPE_CHECKING:
    from planner.ui.tasks import TaskRunner
    from planner.ui.widgets.pdf_viewer import PdfViewer


class DocumentReady(QDialog):
    def __init__(self, title: str, suggested: str, data: bytes, dialogs: DialogService,
                 file_filter: str, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_ready")
        self.setWindowTitle(title)
        self.data = data
        self.suggested = suggested
        self.dialogs = dialogs
        self.file_filter = file_filter
        self.runner = runner
        self.saved_to: Path | None = None
        self.previewed: Path | None = None
        self.printed_pages: int | None = None
        self.viewer: PdfViewer | None = None
        box = QVBoxLayout(self)
        self.summary = QLabel(tr("DocumentReady", "{0} is ready ({1:,} bytes).").format(
            suggested, len(data)))
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = buttons.addButton(tr("DocumentReady", "&Open in another application"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(tr("DocumentReady",
                                          "Open a temporary copy in the system's PDF viewer"))
        self.print_button = buttons.addButton(tr("DocumentReady", "&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(tr("DocumentReady", "Print on a printer of this computer"))
        self.save_button = buttons.addButton(tr("DocumentReady", "&Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        is_pdf = data.startswith(b"%PDF")
        self.preview_button.setVisible(is_pdf)
        self.print_button.setVisible(is_pdf)
        if is_pdf:
            self._add_viewer(box)
        box.addWidget(buttons)

    def _add_viewer(self, box: QVBoxLayout) -> None:
        from planner.ui.widgets.pdf_viewer import PdfViewer  # QtPdf loads on first use

        self.viewer = PdfViewer(self.data, self)
        box.addWidget(self.viewer, 1)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = (900, 1000) if screen is None else (
            min(900, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))
        self.resize(width, height)

    def preview(self) -> None:
        """Open a temporary copy in the system's viewer (nothing is saved yet)."""
        folder = Path(tempfile.mkdtemp(prefix="planner-preview-"))
        self.previewed = atomic_write(folder / self.suggested, self.data)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.previewed))):
            self.dialogs.error(self, tr("DocumentReady", "No PDF viewer"), tr(
                "DocumentReady", "This computer has no application that opens PDF files. The "
                "document is shown here; Print or Save as… work without one."))

    def print_document(self) -> None:
        """The system's print dialog, then the pages to the printer on the worker."""
        from PySide6.QtPrintSupport import QPrinter

        from planner.ui.printing import print_pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested).stem)
        pages = self.viewer.page_count if self.viewer else 0
        if not self.dialogs.print_setup(self, printer, pages):
            return
        title = Path(self.suggested).stem

        def done(count: Any) -> None:
            self.printed_pages = int(count)

        def failed(error: BaseException) -> None:
            self.dialogs.error(self, tr("DocumentReady", "Not printed"), tr(
                "DocumentReady", "The document could not be printed: {0}").format(error))

        if self.runner is None:  # no worker (a dialog made on its own): print here
            try:
                done(print_pdf(self.data, printer, title))
            except Exception as error:  # noqa: BLE001 (said to the user)
                failed(error)
            return
        self.runner.run(lambda _db, progress: print_pdf(self.data, printer, title, progress),
                        on_success=done, on_failure=failed,
                        label=tr("DocumentReady", "Printing…"))

    def save(self) -> None:
        path = self.dialogs.save_file(self, tr("DocumentReady", "Save"), self.suggested,
                                      self.file_filter)
        if path:
            self.saved_to = atomic_write(path, self.data)
            self.accept()
