"""The outbox: every message with its state, attempts and last error; send now, resend the
failed ones (or those that may have been sent, after checking), discard queued ones."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.mail import outbox
from planner.mail.worker import SendReport
from planner.ui.context import UiContext
from planner.ui.mail.sending import MailSender
from planner.ui.models.base import ROW_ROLE
from planner.ui.models.outbox import OutboxModel, state_name
from planner.ui.text import tr


class OutboxDialog(QDialog):
    def __init__(self, ctx: UiContext, sender: MailSender, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_dialog")
        self.setWindowTitle(tr("OutboxDialog", "Outbox"))
        self.ctx = ctx
        self.mail_sender = sender
        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setObjectName("outbox_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, 240)
        self.status = QLabel()
        self.status.setObjectName("outbox_status")
        self.status.setWordWrap(True)
        self.send_button = self._button("send_now", tr("OutboxDialog", "&Send now"),
                                        tr("OutboxDialog", "Send what is queued through the "
                                           "mail server"), sender.send_now)
        self.resend_button = self._button(
            "resend", tr("OutboxDialog", "&Resend failed"),
            tr("OutboxDialog", "Queue the selected failed messages (or all failed ones) again. "
               "Check first whether those marked 'may have been sent' arrived."), self.resend)
        self.discard_button = self._button(
            "discard", tr("OutboxDialog", "&Discard…"),
            tr("OutboxDialog", "Remove the selected messages that were not sent"), self.discard)
        refresh = self._button("refresh", tr("OutboxDialog", "Re&fresh"), "", self.refresh)
        row = QHBoxLayout()
        for button in (self.send_button, self.resend_button, self.discard_button, refresh):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        sender.started.connect(self._started)
        sender.progressed.connect(self._progressed)
        sender.finished.connect(self._finished)
        self._report = ""  # what the last sending did, shown above the counts
        self.resize(980, 520)
        self.refresh()

    def _button(self, name: str, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def refresh(self) -> None:
        def read(session: object) -> tuple[list[outbox.OutboxRow], dict[str, int]]:
            return outbox.list_outbox(session, limit=5000), outbox.counts(session)  # type: ignore[arg-type]

        self.ctx.runner.read(read, on_success=self._loaded,
                             on_failure=lambda e: self.ctx.show_error(self, e))

    def _loaded(self, result: tuple[list[outbox.OutboxRow], dict[str, int]]) -> None:
        rows, counts = result
        self.model.set_rows(rows)
        self.counts = counts
        if not self.mail_sender.is_running():
            shown = ", ".join(f"{state_name(s)}: {n}" for s, n in counts.items() if n)
            self.status.setText(" ".join(t for t in (self._report, shown) if t))

    def selected_ids(self) -> list[int]:
        return [i.data(ROW_ROLE).id for i in self.table.selectionModel().selectedRows()]

    def resend(self) -> None:
        chosen = self.selected_ids() or [r.id for r in self.model.rows() if r.state == "failed"]
        if not chosen:
            return
        self.ctx.runner.write(outbox.resend, chosen, on_success=lambda _n: self._resent(),
                              on_failure=lambda e: self.ctx.show_error(self, e))

    def _resent(self) -> None:
        self.refresh()
        self.mail_sender.send_now()

    def discard(self) -> None:
        chosen = self.selected_ids()
        if not chosen or not self.ctx.dialogs.confirm(
                self, tr("OutboxDialog", "Discard messages"),
                tr("OutboxDialog", "Remove the selected messages that were not sent? They will "
                   "not be sent.")):
            return
        self.ctx.runner.write(outbox.discard, chosen, on_success=lambda _n: self.refresh(),
                              on_failure=lambda e: self.ctx.show_error(self, e))

    def _started(self) -> None:
        self.status.setText(tr("OutboxDialog", "Sending…"))

    def _progressed(self, done: int, total: int) -> None:
        self.status.setText(tr("OutboxDialog", "Sending… {0} of {1}").format(done, total))

    def _finished(self, report: SendReport) -> None:
        text = tr("OutboxDialog", "Sent {0}, failed {1}.").format(report.sent, len(report.failed))
        if report.uncertain:
            text += " " + tr("OutboxDialog", "{0} may have been sent: check before resending."
                             ).format(len(report.uncertain))
        if report.connection_error:
            text += " " + tr("OutboxDialog", "The mail server could not be reached ({0}); "
                             "trying again in a minute.").format(report.connection_error)
        elif report.retrying:
            text += " " + tr("OutboxDialog", "{0} will be tried again later.").format(
                len(report.retrying))
        self._report = text
        self.status.setText(text)
        self.refresh()
