"""What each person was last sent, per calendar UID: the memory behind updates and cancellations.

Messages that failed for good never reached anyone and do not count; queued, sending, sent
and "may have been sent" do (an update queued behind a queued invitation leaves after it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.store.models import MailDelivery, OutboxMessage

FAILED = "failed"


@dataclass(frozen=True)
class Delivery:
    uid: str
    sequence: int
    method: str  # REQUEST, CANCEL, or NOTICE (a message without an invitation)
    entity: str
    entity_id: int
    status: str | None = None


# (person, entity, entity id) -> uid -> the last delivery of that uid to that person
Ledger = dict[tuple[int, str, int], dict[str, Delivery]]


def last_deliveries(session: Session) -> Ledger:
    rows = session.execute(
        select(MailDelivery.person_id, MailDelivery.entity, MailDelivery.entity_id,
               MailDelivery.uid, MailDelivery.sequence, MailDelivery.method, MailDelivery.status)
        .join(OutboxMessage, OutboxMessage.id == MailDelivery.outbox_id)
        .where(OutboxMessage.state != FAILED)
        .order_by(MailDelivery.outbox_id, MailDelivery.id))
    ledger: Ledger = {}
    for person_id, entity, entity_id, uid, sequence, method, status in rows:
        ledger.setdefault((person_id, entity, entity_id), {})[uid] = Delivery(
            uid, sequence, method, entity, entity_id, status)
    return ledger
