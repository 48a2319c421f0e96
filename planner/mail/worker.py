"""Sending what is queued: one message at a time, each claimed in its own committed transaction
before it goes and marked after, so that nothing is sent twice.

The command line runs it once (`mail send`); the window runs it in a background thread. Both
stop between two messages when asked.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from planner.mail import outbox, secrets
from planner.mail.settings import MailSettings, load
from planner.mail.smtp import Connection, SendFailure
from planner.store.base import utcnow
from planner.store.database import Database

BACKOFF = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10),
           timedelta(minutes=30), timedelta(hours=1), timedelta(hours=2), timedelta(hours=4))
MAX_ATTEMPTS = 8


def backoff(attempts: int) -> timedelta:
    """How long to wait after the n-th attempt failed for a temporary reason."""
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


@dataclass(frozen=True)
class Problem:
    id: int
    recipient: str
    name: str | None
    error: str


@dataclass
class SendReport:
    sent: int = 0
    failed: list[Problem] = field(default_factory=list)
    retrying: dict[int, Problem] = field(default_factory=dict)  # still queued, to try later
    uncertain: list[Problem] = field(default_factory=list)
    recovered: int = 0
    connection_error: str | None = None
    stopped: bool = False


@dataclass
class Sender:
    db: Database
    password: str | None = None  # default: PLANNER_SMTP_PASSWORD, else the keyring
    context: ssl.SSLContext | None = None  # default: the system's certificate authorities
    wait: Callable[[int], timedelta] = backoff
    max_attempts: int = MAX_ATTEMPTS
    stop: threading.Event = field(default_factory=threading.Event)
    progress: Callable[[int, int], None] | None = None  # (sent or tried, due when it began)
    clock: Callable[[], datetime] = utcnow

    def run(self) -> SendReport:
        """Send every message that is due, then return what happened."""
        report = SendReport()
        with self.db.write() as session:
            report.recovered = outbox.recover(session, self.clock())
        with self.db.read() as session:
            settings = load(session)
            pending = len(outbox.due(session, self.clock(), limit=100_000))
        if not pending:
            return report
        connection = Connection(settings, self._password(settings), self.context)
        try:
            self._loop(connection, report, pending)
        finally:
            connection.close()
        return report

    def _password(self, settings: MailSettings) -> str | None:
        return self.password if self.password is not None else secrets.password(settings)

    def _loop(self, connection: Connection, report: SendReport, pending: int) -> None:
        done = 0
        while True:
            with self.db.read() as session:
                ids = outbox.due(session, self.clock())
            if not ids:
                return
            for ident in ids:
                if self.stop.is_set():
                    report.stopped = True
                    return
                if not self._one(connection, ident, report):
                    return
                done += 1
                if self.progress is not None:
                    self.progress(done, max(done, pending))

    def _one(self, connection: Connection, ident: int, report: SendReport) -> bool:
        """Send one message; False when the server cannot be reached (stop the run)."""
        with self.db.write() as session:
            claimed = outbox.claim(session, ident, self.clock())
        if claimed is None:
            return True  # another sender took it
        try:
            connection.send(claimed.recipient, claimed.content)
        except SendFailure as failure:
            return self._failed(claimed, failure, report)
        with self.db.write() as session:
            outbox.mark_sent(session, claimed.id, self.clock())
        report.sent += 1
        report.retrying.pop(claimed.id, None)
        return True

    def _failed(self, claimed: outbox.Claimed, failure: SendFailure, report: SendReport) -> bool:
        problem = Problem(claimed.id, claimed.recipient, claimed.recipient_name, failure.reason)
        with self.db.write() as session:
            if failure.kind == "connection":
                outbox.release(session, claimed.id, failure.reason)
                report.connection_error = failure.reason
                return False
            if failure.kind == "uncertain":
                outbox.mark_uncertain(session, claimed.id, failure.reason)
                report.uncertain.append(problem)
                report.retrying.pop(claimed.id, None)
            elif failure.kind == "permanent":
                outbox.mark_failed(session, claimed.id, failure.reason)
                report.failed.append(problem)
                report.retrying.pop(claimed.id, None)
            elif claimed.attempts >= self.max_attempts:
                outbox.mark_failed(session, claimed.id, f"gave up after {claimed.attempts} "
                                   f"attempts: {failure.reason}")
                report.failed.append(problem)
                report.retrying.pop(claimed.id, None)
            else:
                outbox.mark_retry(session, claimed.id, failure.reason,
                                  self.clock() + self.wait(claimed.attempts))
                report.retrying[claimed.id] = problem
        return True
