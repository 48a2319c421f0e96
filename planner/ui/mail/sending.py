"""The background sender: planner.mail.worker.Sender on its own thread.

Not on the database worker: a batch of 300 messages takes minutes of SMTP conversation, and
the window's reads and writes must not wait behind it. The sender's own writes are short
transactions (claim, then mark) that queue with the worker's on SQLite's lock. While queued
messages remain (a temporary failure, a server that did not answer), it tries again every
minute until they are gone or the window closes.
"""

from __future__ import annotations

import ssl
import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from planner.mail.worker import Sender, SendReport
from planner.store.database import Database
from planner.ui import gc_policy

RETRY_MS = 60_000


class _SendThread(QThread):
    progressed = Signal(int, int)
    reported = Signal(object)
    crashed = Signal(object)

    def __init__(self, sender: Sender) -> None:
        super().__init__()
        self.mail_sender = sender
        sender.progress = self._progress

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            self.reported.emit(self.mail_sender.run())
        except Exception as exc:  # noqa: BLE001 (shown to the organiser, not a crash)
            self.crashed.emit(exc)


class MailSender(QObject):
    """Start sending (`send_now`), follow it (signals), stop it between two messages."""

    started = Signal()
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # SendReport
    crashed = Signal(object)  # an unexpected error

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.context: ssl.SSLContext | None = None  # None: the system's authorities
        self.last_report: SendReport | None = None
        self._thread: _SendThread | None = None
        self._stop = threading.Event()
        self._again = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._again.timeout.connect(self.send_now)

    def is_running(self) -> bool:
        return self._thread is not None

    def send_now(self) -> None:
        if self._thread is not None:
            return
        self._again.stop()
        self._stop.clear()
        thread = _SendThread(Sender(self.db, context=self.context, stop=self._stop))
        thread.progressed.connect(self.progressed)
        thread.reported.connect(self._reported)
        thread.crashed.connect(self.crashed)
        thread.finished.connect(self._done)
        self._thread = thread
        gc_policy.sending_started()  # no full garbage collection (a pause of the window) meanwhile
        self.started.emit()
        thread.start()

    def _reported(self, report: SendReport) -> None:
        self.last_report = report
        self.finished.emit(report)
        if (report.retrying or report.connection_error) and not report.stopped:
            self._again.start()

    def _done(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
            gc_policy.sending_done()

    def stop(self, wait_ms: int = 70_000) -> None:
        """Stop after the message being sent (the SMTP timeout bounds the wait)."""
        self._again.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.wait(wait_ms)
            self._done()
