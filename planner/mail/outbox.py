"""The outbox table: queueing a batch, claiming a message for sending, recording the outcome.

States: queued -> sending -> sent | failed | queued again (a temporary failure, later) |
uncertain. A message is marked `sending` in its own committed transaction before it goes; one
found still `sending` later (the program stopped between the server's answer and the mark)
becomes `uncertain` ("may have been sent") and is never resent without the organiser's word.
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Result, func, select, update
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.store import audit
from planner.store.base import utcnow
from planner.store.models import MailDelivery, OutboxMessage

if TYPE_CHECKING:
    from planner.mail.prepare import Batch

STATES = ("queued", "sending", "sent", "failed", "uncertain")
# A message `sending` for longer than this was left by a program that stopped (sending one
# takes at most the SMTP timeout, a minute).
STALE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class OutboxRow:
    """A message as lists show it (no content)."""

    id: int
    batch: str
    kind: str
    entity: str | None
    entity_id: int | None
    person_id: int | None
    recipient: str
    recipient_name: str | None
    subject: str
    state: str
    attempts: int
    last_error: str | None
    message_id: str
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class Claimed:
    id: int
    recipient: str
    recipient_name: str | None
    content: bytes
    attempts: int


def _row(m: OutboxMessage) -> OutboxRow:
    return OutboxRow(m.id, m.batch, m.kind, m.entity, m.entity_id, m.person_id, m.recipient,
                     m.recipient_name, m.subject, m.state, m.attempts, m.last_error, m.message_id,
                     m.created_at, m.next_attempt_at, m.sent_at)


def queue(session: Session, batch: Batch) -> list[int]:
    """Every message of the batch as a queued row, with what it delivers, and one audit entry
    (counts only, no addresses), in the caller's transaction."""
    if not batch.messages:
        raise PlannerError("mail_nothing_to_queue")
    name = secrets.token_hex(8)
    now = utcnow()
    user = session.info.get("user")
    rows = []
    for prepared in batch.messages:
        row = OutboxMessage(
            batch=name, kind=prepared.kind, entity=prepared.entity, entity_id=prepared.entity_id,
            person_id=prepared.person_id, recipient=prepared.recipient,
            recipient_name=prepared.recipient_name, subject=prepared.subject[:500],
            language=prepared.language, message_id=prepared.message_id,
            content=prepared.content, state="queued", attempts=0,
            next_attempt_at=prepared.not_before or now, created_at=now, created_by=user)
        row.deliveries = [MailDelivery(person_id=prepared.person_id, entity=prepared.entity,
                                       entity_id=prepared.entity_id, uid=d.uid,
                                       sequence=d.sequence, method=d.method, status=d.status)
                          for d in prepared.deliveries]
        session.add(row)
        rows.append(row)
    session.flush()
    kinds = Counter(p.kind for p in batch.messages)
    audit.record(session, "mail_queued", batch.entity, batch.entity_id, batch=name,
                 what=batch.kind, count=len(rows), kinds=dict(sorted(kinds.items())),
                 skipped=len(batch.skipped),
                 guardians=sum(1 for p in batch.messages if p.to_guardian))
    return [r.id for r in rows]


def _matched(result: Result[Any]) -> int:
    """The rows an UPDATE matched: Session.execute returns a CursorResult for one (its
    signature says only Result)."""
    return int(cast(CursorResult[Any], result).rowcount or 0)


def recover(session: Session, now: datetime | None = None) -> int:
    """Messages left `sending` by a program that stopped: `uncertain`, never resent silently."""
    now = now or utcnow()
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state == "sending",
               OutboxMessage.next_attempt_at < now - STALE_AFTER)
        .values(state="uncertain",
                last_error="may have been sent: the program stopped while sending it"))
    return _matched(result)


def due(session: Session, now: datetime | None = None, limit: int = 50) -> list[int]:
    now = now or utcnow()
    return list(session.scalars(
        select(OutboxMessage.id).where(OutboxMessage.state == "queued",
                                       OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.id).limit(limit)))


def claim(session: Session, ident: int, now: datetime | None = None) -> Claimed | None:
    """Mark one queued message `sending` (its claim time in next_attempt_at); None when another
    sender took it first."""
    now = now or utcnow()
    taken = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == ident, OutboxMessage.state == "queued")
        .values(state="sending", attempts=OutboxMessage.attempts + 1, next_attempt_at=now))
    if not _matched(taken):
        return None
    row = session.get(OutboxMessage, ident)
    assert row is not None
    session.refresh(row)
    return Claimed(row.id, row.recipient, row.recipient_name, row.content, row.attempts)


def _finish(session: Session, ident: int, **values: object) -> None:
    session.execute(update(OutboxMessage).where(OutboxMessage.id == ident,
                                                OutboxMessage.state == "sending")
                    .values(**values))


def mark_sent(session: Session, ident: int, now: datetime | None = None) -> None:
    _finish(session, ident, state="sent", sent_at=now or utcnow(), last_error=None)


def mark_retry(session: Session, ident: int, error: str, at: datetime) -> None:
    _finish(session, ident, state="queued", last_error=error[:2000], next_attempt_at=at)


def mark_failed(session: Session, ident: int, error: str) -> None:
    _finish(session, ident, state="failed", last_error=error[:2000])


def mark_uncertain(session: Session, ident: int, error: str) -> None:
    _finish(session, ident, state="uncertain", last_error=f"may have been sent: {error}"[:2000])


def resend(session: Session, ids: list[int]) -> int:
    """Queue failed or uncertain messages again (the organiser decided); audited."""
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids), OutboxMessage.state.in_(("failed", "uncertain")))
        .values(state="queued", next_attempt_at=utcnow()))
    count = _matched(result)
    if count:
        audit.record(session, "mail_resend", "mail_outbox", None, count=count,
                     ids=sorted(ids)[:200])
    return count


def discard(session: Session, ids: list[int]) -> int:
    """Remove queued, failed or uncertain messages that should not go (never sent ones)."""
    rows = list(session.scalars(select(OutboxMessage).where(
        OutboxMessage.id.in_(ids), OutboxMessage.state.in_(("queued", "failed", "uncertain")))))
    for row in rows:
        session.delete(row)
    if rows:
        audit.record(session, "mail_discard", "mail_outbox", None, count=len(rows))
    return len(rows)


def list_outbox(session: Session, states: tuple[str, ...] = STATES,
                limit: int | None = None) -> list[OutboxRow]:
    stmt = select(OutboxMessage).where(OutboxMessage.state.in_(states)) \
        .order_by(OutboxMessage.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_row(m) for m in session.scalars(stmt)]


def counts(session: Session) -> dict[str, int]:
    found = dict(session.execute(select(OutboxMessage.state, func.count())
                                 .group_by(OutboxMessage.state)).all())
    return {state: int(found.get(state, 0)) for state in STATES}


def content(session: Session, ident: int) -> bytes:
    row = session.get(OutboxMessage, ident)
    if row is None:
        raise PlannerError("not_found", entity="message", id=ident)
    return row.content


def release(session: Session, ident: int, error: str) -> None:
    """Put back a claimed message that never left (the server could not be reached): queued,
    the attempt not counted."""
    _finish(session, ident, state="queued", last_error=error[:2000],
            attempts=OutboxMessage.attempts - 1, next_attempt_at=utcnow())
