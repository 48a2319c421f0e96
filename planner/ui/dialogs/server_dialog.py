"""File > Connect to server: host, port, database and user of a shared PostgreSQL server.

There is no password field: the password is asked when the server wants one (DialogService.
ask_password), kept in memory only, and never written to the settings file.
"""

from __future__ import annotations

import getpass
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.store.server import DEFAULT_PORT, is_server_url, server_url
from planner.ui.text import tr


class ServerDialog(QDialog):
    """Emits `connect_requested(url)` with a password-free postgresql+psycopg URL."""

    connect_requested = Signal(str)

    def __init__(self, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(tr("ServerDialog", "Connect to server"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("ServerDialog", "Connect to the team's shared PostgreSQL database. The "
                          "password is asked when the server wants one and is never saved."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        page = QWidget()  # a form on a page of its own (see EditDialog on nested form layouts)
        form = QFormLayout(page)
        self.host = QLineEdit("127.0.0.1")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("planner")
        self.user = QLineEdit(getpass.getuser())
        for name, widget, label in (("server_host", self.host, tr("ServerDialog", "&Host:")),
                                    ("server_port", self.port, tr("ServerDialog", "&Port:")),
                                    ("server_database", self.database, tr("ServerDialog", "&Database:")),
                                    ("server_user", self.user, tr("ServerDialog", "&User:"))):
            widget.setObjectName(name)
            form.addRow(label, widget)
        layout.addWidget(page)
        self.problem = QLabel()
        self.problem.setObjectName("server_problem")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("ServerDialog", "&Connect"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if current and is_server_url(current):
            self.fill(current)

    def fill(self, url: str) -> None:
        """Start from a server used before (the current one or the most recent)."""
        parsed = urlsplit(url)
        self.host.setText(parsed.hostname or "")
        self.port.setValue(parsed.port or DEFAULT_PORT)
        self.database.setText(unquote(parsed.path.lstrip("/")))
        self.user.setText(unquote(parsed.username or ""))

    def url(self) -> str:
        return server_url(self.host.text().strip(), self.database.text().strip(),
                          self.user.text().strip() or None, self.port.value())

    def try_accept(self) -> None:
        if not self.host.text().strip() or not self.database.text().strip():
            self.problem.setText(tr("ServerDialog", "Enter the server's host and the database name."))
            self.problem.show()
            return
        url = self.url()
        self.accept()
        self.connect_requested.emit(url)
