"""Before anything is queued: the recipients with a count, each one's rendered message and
attachments, and who is left out and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem
from planner.exports.people.masking import mask_email
from planner.i18n import render
from planner.ui.models.outbox import kind_name
from planner.ui.text import tr

if TYPE_CHECKING:
    from planner.mail.prepare import Batch, Prepared

LANGUAGE_NAMES = {"en": "English", "zh-hk": "繁體中文", "zh-cn": "简体中文"}


def count_text(n: int) -> str:
    return tr("MailPreview", "1 message") if n == 1 else \
        tr("MailPreview", "{0} messages").format(n)


def size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"


class MailPreviewDialog(QDialog):
    """Accepting it queues the batch (the caller does, on `accepted`)."""

    def __init__(self, batch: Batch, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_preview")
        self.setWindowTitle(tr("MailPreview", "Preview before sending"))
        self.batch = batch
        self.ui_locale = locale
        self.summary = QLabel(tr("MailPreview", "{0} to send: one message per recipient, "
                                 "nobody sees another's address.").format(count_text(batch.count)))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.recipients = QListWidget()
        self.recipients.setObjectName("recipients")
        for message in batch.messages:
            item = QListWidgetItem(self._label(message))
            item.setData(Qt.ItemDataRole.UserRole, message)
            self.recipients.addItem(item)
        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.message.setReadOnly(True)
        self.recipients.currentItemChanged.connect(self._show)
        split = QSplitter()
        split.addWidget(self.recipients)
        split.addWidget(self.message)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.skipped = QLabel(self._skipped_text())
        self.skipped.setObjectName("skipped")
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(bool(batch.skipped))
        layout.addWidget(self.skipped)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.queue_button = buttons.addButton(
            tr("MailPreview", "&Queue {0}").format(count_text(batch.count)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.queue_button.setObjectName("queue")
        self.queue_button.setEnabled(batch.count > 0)
        self.queue_button.setToolTip(tr("MailPreview", "Put the messages in the outbox; they "
                                        "are sent in the background."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)
        if batch.messages:
            self.recipients.setCurrentRow(0)

    def _label(self, message: Prepared) -> str:
        to = f"{message.recipient_name} <{mask_email(message.recipient)}>"
        if message.to_guardian:
            to += " " + tr("MailPreview", "(to the guardian)")
        return f"{kind_name(message.kind)} · {to} · {LANGUAGE_NAMES.get(message.language, '')}"

    def _skipped_text(self) -> str:
        lines = [f"{s.name}: {render(Problem(s.reason, {}), self.ui_locale)}"
                 for s in self.batch.skipped]
        return tr("MailPreview", "Not sent to:") + "\n" + "\n".join(lines) if lines else ""

    def _show(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            self.message.clear()
            return
        message: Prepared = current.data(Qt.ItemDataRole.UserRole)
        files = "\n".join(f"  • {name} ({kind}, {size_text(size)})"
                          for name, kind, size in message.attachments)
        self.message.setPlainText(
            tr("MailPreview", "To: {0}").format(f"{message.recipient_name} "
                                                f"<{mask_email(message.recipient)}>") + "\n"
            + tr("MailPreview", "Subject: {0}").format(message.subject) + "\n"
            + tr("MailPreview", "Attachments:") + "\n" + files + "\n\n" + message.body)
