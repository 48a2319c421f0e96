"""Mail settings in Preferences: server, security, login, sender; the password goes to the
system's keyring, never to the settings file or the database."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from planner.mail import secrets
from planner.mail import settings as mail_settings
from planner.mail.settings import DEFAULT_PORTS, MailSettings
from planner.ui.context import UiContext
from planner.ui.text import tr

SECURITY_NAMES = (("starttls", "STARTTLS"), ("tls", "TLS (SSL)"), ("none", ""))


class MailSettingsPanel(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("MailSettings", "E-mail"), parent)
        self.setObjectName("mail_settings")
        self.ctx = ctx
        self.current = MailSettings()
        self.host = self._line("host", "smtp.example.org")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65_535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.setObjectName("security")
        for code, name in SECURITY_NAMES:
            self.security.addItem(name or tr("MailSettings", "None (a relay on the local "
                                             "network only)"), code)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = self._line("user", "")
        self.password = self._line("password", tr("MailSettings", "kept in the system's keyring"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = self._line("sender_address", "events@example.org")
        self.sender_name = self._line("sender_name", "")
        self.reply_to = self._line("reply_to", "")
        form = QFormLayout(self)
        form.addRow(tr("MailSettings", "Mail &server"), self.host)
        form.addRow(tr("MailSettings", "&Port"), self.port)
        form.addRow(tr("MailSettings", "S&ecurity"), self.security)
        form.addRow(tr("MailSettings", "Log&in"), self.user)
        form.addRow(tr("MailSettings", "Pass&word"), self.password)
        form.addRow(tr("MailSettings", "Sender's &address"), self.sender_address)
        form.addRow(tr("MailSettings", "Sender's &name"), self.sender_name)
        form.addRow(tr("MailSettings", "Reply-&to"), self.reply_to)
        self.error = QLabel()
        self.error.setObjectName("mail_error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        ctx.runner.read(_load_with_password, on_success=self._loaded,
                        on_failure=lambda e: ctx.show_error(self, e))

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _security_changed(self, _index: int) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def _loaded(self, answer: tuple[MailSettings, bool]) -> None:
        loaded, has_password = answer
        self.current = loaded
        self.host.setText(loaded.host)
        self.security.setCurrentIndex(max(0, self.security.findData(loaded.security)))
        self.port.setValue(loaded.port)
        self.user.setText(loaded.user)
        self.sender_address.setText(loaded.sender_address)
        self.sender_name.setText(loaded.sender_name)
        self.reply_to.setText(loaded.reply_to)
        if has_password:
            self.password.setPlaceholderText(tr("MailSettings", "stored in the keyring "
                                                "(type to change)"))

    def chosen(self) -> MailSettings:
        return replace(self.current, host=self.host.text(), port=self.port.value(),
                       security=str(self.security.currentData()), user=self.user.text(),
                       sender_address=self.sender_address.text(),
                       sender_name=self.sender_name.text(), reply_to=self.reply_to.text())

    def changed(self) -> bool:
        return self.chosen() != self.current or bool(self.password.text())

    def save(self, on_saved: object) -> None:
        """Store the settings (a write) and the password (the keyring), then `on_saved()`."""
        chosen = self.chosen()
        password = self.password.text()

        def stored(_nothing: object = None) -> None:
            self.password.clear()
            on_saved()  # type: ignore[operator]

        def saved(result: MailSettings) -> None:
            self.current = result
            if not password:
                stored()
                return
            # The keyring (Secret Service, Keychain) may block or ask to be unlocked: on the
            # worker, not here; its own errors vary, and each is shown.
            self.ctx.runner.run(lambda _db, _p: secrets.store_password(result, password),
                                on_success=stored,
                                on_failure=lambda exc: self.ctx.show_error(self, exc))

        def failed(error: BaseException) -> None:
            self.error.setText(self.ctx.message(error))

        self.ctx.runner.write(mail_settings.save, chosen, on_success=saved, on_failure=failed)


def _load_with_password(session: Any) -> tuple[MailSettings, bool]:
    """On the worker: the settings, and whether the keyring holds their password (asking a
    keyring can block)."""
    loaded = mail_settings.load(session)
    return loaded, bool(secrets.password(loaded))
