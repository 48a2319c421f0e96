"""The Mail menu: build a batch on the worker, preview it, queue it, send it in the background;
the outbox and the templates; and the question on closing while messages wait."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMenu, QWidget

from planner.domain.progress import Progress
from planner.mail import outbox
from planner.store.database import Database
from planner.ui.context import UiContext
from planner.ui.mail.preview import count_text
from planner.ui.mail.sending import MailSender
from planner.ui.text import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:  # the dialogs are imported when first opened, not with the Mail menu
    from planner.mail.prepare import Batch
    from planner.mail.worker import SendReport
    from planner.ui.mail.outbox_dialog import OutboxDialog
    from planner.ui.mail.preview import MailPreviewDialog
    from planner.ui.mail.templates_dialog import TemplatesDialog


def service() -> Any:
    """Building messages needs reportlab (the PDFs): imported on first use, not at start-up."""
    from planner.mail import service as module

    return module

# action name, text, batch, kind of selected row it needs (None: none)
BATCHES = (
    ("mail_itinerary", QT_TRANSLATE_NOOP("MailActions", "Send &itinerary to the members…"),
     "itinerary", "delegation"),
    ("mail_invitations", QT_TRANSLATE_NOOP("MailActions",
                                           "Send &confirmations and invitations…"),
     "invitations", "event"),
    ("mail_reminders", QT_TRANSLATE_NOOP("MailActions", "Send &reminders…"), "reminders",
     "event"),
    ("mail_updates", QT_TRANSLATE_NOOP("MailActions", "Send &updates and cancellations…"),
     "updates", None),
)


class MailActions:
    def __init__(self, ctx: UiContext, db: Database, parent: QWidget,
                 selection: Callable[[], tuple[str, int] | None]) -> None:
        self.ctx = ctx
        self.parent = parent
        self.selection = selection
        self.sender = MailSender(db, parent)
        self.sender.finished.connect(self._sent)
        self.sender.crashed.connect(lambda error: ctx.show_error(parent, error))
        self.actions: dict[str, QAction] = {}
        self.preview: MailPreviewDialog | None = None
        self.outbox_dialog: OutboxDialog | None = None
        self.templates_dialog: TemplatesDialog | None = None
        self._close_when_sent = False

    def fill(self, menu: QMenu) -> None:
        for name, text, batch, kind in BATCHES:

            def prepare_batch(b: str = batch, k: str | None = kind) -> None:
                self.prepare(b, k)

            action = self._add(menu, name, tr("MailActions", text), prepare_batch)
            action.setProperty("kind", kind or "")
        menu.addSeparator()
        self._add(menu, "mail_outbox", tr("MailActions", "&Outbox…"), self.open_outbox)
        self._add(menu, "mail_templates", tr("MailActions", "Message &templates…"),
                  self.open_templates)
        menu.aboutToShow.connect(self.update_enabled)

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[name] = action
        return action

    def update_enabled(self) -> None:
        chosen = self.selection()
        for action in self.actions.values():
            kind = str(action.property("kind") or "")
            if kind:
                action.setEnabled(chosen is not None and chosen[0] == kind)

    # ----- a batch: prepare, preview, queue, send -------------------------------------------
    def prepare(self, what: str, kind: str | None) -> None:
        chosen = self.selection()
        target = None
        if kind is not None:
            if chosen is None or chosen[0] != kind:
                return
            target = chosen[1]

        def job(db: Database, _progress: Progress) -> Batch:
            return service().prepare(db, what, target)

        self.ctx.runner.run(job, on_success=self.show_preview,
                            on_failure=lambda e: self.ctx.show_error(self.parent, e),
                            label=tr("MailActions", "Preparing the messages…"))

    def show_preview(self, batch: Batch) -> None:
        if not batch.messages and not batch.skipped:
            self.ctx.dialogs.info(self.parent, tr("MailActions", "Nothing to send"),
                                  tr("MailActions", "Nothing has changed since the last "
                                     "sending; there is nobody to write to."))
            return
        from planner.ui.mail.preview import MailPreviewDialog

        self.preview = MailPreviewDialog(batch, self.ctx.ui_locale, self.parent)
        self.preview.accepted.connect(lambda: self.queue(batch))
        self.ctx.dialogs.show(self.preview)

    def queue(self, batch: Batch) -> None:
        def job(db: Database, _progress: Progress) -> list[int]:
            return service().queue(db, batch)

        self.ctx.runner.run(job, on_success=self._queued,
                            on_failure=lambda e: self.ctx.show_error(self.parent, e))

    def _queued(self, ids: list[int]) -> None:
        self.ctx.status_message.emit(tr("MailActions", "{0} queued; sending in the background"
                                        ).format(count_text(len(ids))))
        if self.outbox_dialog is not None:
            self.outbox_dialog.refresh()
        self.sender.send_now()

    def _sent(self, report: SendReport) -> None:
        text = tr("MailActions", "E-mail: {0} sent, {1} failed").format(
            report.sent, len(report.failed))
        self.ctx.status_message.emit(text)
        if self._close_when_sent and not report.retrying and not report.connection_error:
            self._close_when_sent = False
            self.parent.close()

    # ----- dialogs --------------------------------------------------------------------------
    def open_outbox(self) -> None:
        if self.outbox_dialog is None:
            from planner.ui.mail.outbox_dialog import OutboxDialog

            self.outbox_dialog = OutboxDialog(self.ctx, self.sender, self.parent)
        else:
            self.outbox_dialog.refresh()
        self.ctx.dialogs.show(self.outbox_dialog)

    def open_templates(self) -> None:
        from planner.ui.mail.templates_dialog import TemplatesDialog

        self.templates_dialog = TemplatesDialog(self.ctx, self.parent)
        self.ctx.dialogs.show(self.templates_dialog)

    # ----- closing --------------------------------------------------------------------------
    def waiting(self) -> int:
        """Messages queued or on their way (read on the spot: the window is closing)."""
        with self.sender.db.read() as session:
            counts = outbox.counts(session)
        return counts["queued"] + counts["sending"]

    def may_close(self, event: QCloseEvent) -> bool:
        """Ask whether to wait for queued messages; False (and the event ignored) to wait."""
        if self._close_when_sent and self.sender.is_running():
            event.ignore()
            return False
        waiting = self.waiting()
        if not waiting:
            self.sender.stop()
            return True
        wait = self.ctx.dialogs.confirm(
            self.parent, tr("MailActions", "Messages still to send"),
            tr("MailActions", "{0} still waiting to be sent. Wait until they have gone? The "
               "window closes by itself when they have. (If you close now, they stay in the "
               "outbox and go the next time Planner sends mail.)").format(count_text(waiting)))
        if not wait:
            self.sender.stop()
            return True
        event.ignore()
        self._close_when_sent = True
        self.sender.send_now()
        return False
