"""The one place that shows modal questions and file pickers; tests replace it.

Editing dialogs are not exec()'d: they are opened window-modal with open() and report back
through signals, so the event loop (and the database worker) keeps running.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from planner.ui import file_places
from planner.ui.text import tr


class DialogService:
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        """A file to open; the dialog starts in the last folder used (else Documents)."""
        path, _ = QFileDialog.getOpenFileName(parent, title, file_places.start_path(), filters)
        if path:
            file_places.remember(path)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str) -> str | None:
        """Where to save; a suggested name is offered in the last folder used (else Documents)."""
        path, _ = QFileDialog.getSaveFileName(parent, title, file_places.start_path(suggested),
                                              filters)
        if path:
            file_places.remember(path)
        return path or None

    def print_setup(self, parent: QWidget | None, printer: Any, pages: int) -> bool:
        """The system's print dialog sets up `printer` (a QPrinter); False when cancelled."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, parent)
        if pages > 0:
            dialog.setMinMax(1, pages)
            dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose(self, parent: QWidget | None, title: str, label: str,
               items: list[str]) -> str | None:
        """Pick one of `items` (None when cancelled)."""
        chosen, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return chosen if ok and chosen else None

    def show(self, dialog: QDialog) -> None:
        """Open an editing dialog without blocking (window-modal)."""
        dialog.open()

    def server_password(self, parent: QWidget | None, shown_url: str) -> str | None:
        """The password a server wants (planner.store.server.open_server's prompt)."""
        return self.ask_password(parent, tr("Controller", "Server password"),
                                 tr("Controller", "Password for {0}:").format(shown_url))

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A password typed in masked (None when cancelled); the caller keeps it in memory only."""
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None


def unexpected(parent: QWidget | None, service: DialogService, error: BaseException) -> None:
    service.error(parent, tr("Dialogs", "Something went wrong"),
                  tr("Dialogs", "The operation failed: {0}").format(error))
