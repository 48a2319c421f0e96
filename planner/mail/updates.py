"""What changed since the last sending: updates, cancellations and waiting-list promotions.

Only people who were sent an invitation for a UID get its update or cancellation, each in one
message per person and method: a REQUEST with what moved (SEQUENCE advanced) or was added, a
CANCEL with what was cancelled or deleted, or everything when the person left the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain.enums import MemberStatus, RegistrationStatus, Status
from planner.domain.errors import NotFoundError
from planner.mail import itip
from planner.mail.ledger import Delivery, last_deliveries
from planner.mail.prepare import (
    Batch,
    DeliveryPlan,
    Prepared,
    Sending,
    confirmation,
    delegation_calendar,
    delegation_values,
    event_calendar,
    event_values,
)
from planner.mail.recipients import Recipient, Skipped, _recipient
from planner.mail.settings import MailSettings
from planner.store.calendar_rows import CalendarEntry
from planner.store.models import Delegation, DelegationMember, Event, Person, Registration


@dataclass
class Subject:
    """A delegation or event as it is now: its entries by UID, and who still takes part."""

    alive: bool
    entries: dict[str, CalendarEntry]
    values: dict[str, dict[str, str]]  # per language
    participating: dict[int, str]  # person id -> status
    row: Delegation | Event | None = None


def _subject(session: Session, sending: Sending, entity: str, entity_id: int) -> Subject:
    row: Delegation | Event
    try:
        if entity == "delegation":
            row, entries = delegation_calendar(session, entity_id)
            members = session.scalars(select(DelegationMember).where(
                DelegationMember.delegation_id == entity_id,
                DelegationMember.deleted_at.is_(None),
                DelegationMember.status != MemberStatus.WITHDRAWN))
            taking_part = {m.person_id: m.status.value for m in members}
            values = {lang: delegation_values(sending, row, lang)
                      for lang in ("en", "zh-hk", "zh-cn")}
        else:
            row, entries = event_calendar(session, entity_id)
            regs = session.scalars(select(Registration).where(
                Registration.event_id == entity_id, Registration.deleted_at.is_(None),
                Registration.status == RegistrationStatus.REGISTERED))
            taking_part = {r.person_id: r.status.value for r in regs}
            values = {lang: event_values(sending, row, lang) for lang in ("en", "zh-hk", "zh-cn")}
    except NotFoundError:
        return Subject(False, {}, {}, {})
    return Subject(True, {e.uid: e for e in entries}, values, taking_part, row)


def _person(session: Session, person_id: int) -> Person | None:
    return session.scalar(select(Person).where(Person.id == person_id).options(
        selectinload(Person.organisation), selectinload(Person.sensitive)))


def _changes(subject: Subject, person_id: int, invited: dict[str, Delivery]
             ) -> tuple[list[CalendarEntry], list[itip.Cancelled]]:
    updated: list[CalendarEntry] = []
    cancelled: list[itip.Cancelled] = []
    staying = subject.alive and person_id in subject.participating
    for uid, sent in invited.items():
        entry = subject.entries.get(uid)
        if not staying or entry is None or entry.status == Status.CANCELLED:
            cancelled.append(itip.Cancelled(uid, max(sent.sequence + 1,
                                                     entry.sequence if entry else 0), entry))
        elif entry.sequence > sent.sequence:
            updated.append(entry)
    if staying:
        updated.extend(e for uid, e in subject.entries.items()
                       if uid not in invited and e.status != Status.CANCELLED)
    return updated, cancelled


def prepare_updates(session: Session, settings: MailSettings, now: datetime) -> Batch:
    """Every update, cancellation and promotion due since the last sending."""
    sending = Sending(session, settings, now)
    subjects: dict[tuple[str, int], Subject] = {}
    messages: list[Prepared] = []
    skipped: list[Skipped] = []
    for (person_id, entity, entity_id), sent in sorted(last_deliveries(session).items()):
        key = (entity, entity_id)
        if key not in subjects:
            subjects[key] = _subject(session, sending, entity, entity_id)
        subject = subjects[key]
        invited = {uid: d for uid, d in sent.items() if d.method == "REQUEST"}
        waiting = any(d.method == "NOTICE" and d.status == RegistrationStatus.WAITLISTED.value
                      for d in sent.values())
        updated, cancelled = _changes(subject, person_id, invited) if invited else ([], [])
        promoted = waiting and not invited and subject.alive \
            and person_id in subject.participating
        if not (updated or cancelled or promoted):
            continue
        person = _person(session, person_id)
        if person is None:
            continue
        who = _recipient(person, getattr(subject.row, "origin", None), skipped,
                         status=subject.participating.get(person_id))
        if who is None:
            continue
        if promoted:
            assert isinstance(subject.row, Event)  # only an event has a waiting list
            who = _with_registration(session, who, entity_id)
            messages.append(confirmation(sending, subject.row, list(subject.entries.values()),
                                         who, kind="promotion"))
            continue
        values = subject.values.get(who.language, {})
        if updated:
            messages.append(sending.build(
                "update", entity, entity_id, who, values, method="REQUEST",
                calendar=sending.request(who, updated),
                deliveries=tuple(DeliveryPlan(e.uid, e.sequence, "REQUEST", who.status)
                                 for e in updated)))
        if cancelled:
            messages.append(_cancel(sending, entity, entity_id, who, values, cancelled))
    return Batch("updates", None, None, tuple(messages), tuple(skipped))


def _cancel(sending: Sending, entity: str, entity_id: int, who: Recipient,
            values: dict[str, str], cancelled: list[itip.Cancelled]) -> Prepared:
    calendar = itip.cancel(cancelled, sending.organiser, itip.Party(who.address, who.name),
                           who.language, sending.now)
    if not values.get("event"):
        titled = next((c.entry for c in cancelled if c.entry is not None), None)
        values = {**values, "event": titled.title.name_en or "" if titled else ""}
    return sending.build("cancel", entity, entity_id, who, values, method="CANCEL",
                         calendar=calendar,
                         deliveries=tuple(DeliveryPlan(c.uid, c.sequence, "CANCEL", who.status)
                                          for c in cancelled))


def _with_registration(session: Session, who: Recipient, event_id: int) -> Recipient:
    reg = session.scalar(select(Registration).where(Registration.event_id == event_id,
                                                    Registration.person_id == who.person_id))
    if reg is None:
        return who
    return Recipient(who.person_id, who.name, who.address, who.language, who.to_guardian,
                     reg.id, reg.status.value, reg.check_in_code)
