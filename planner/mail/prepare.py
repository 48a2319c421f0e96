"""Building a batch of messages before anything is queued: what the preview shows, what a dry
run writes as .eml files, and exactly what the outbox will send.

Each message is complete (headers, text, invitation, attachments) and addressed to one
recipient. Building reads the database only; queueing is a separate, short write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain.enums import RegistrationStatus
from planner.domain.errors import PlannerError
from planner.exports.pdf.itinerary import Itinerary
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang, Words
from planner.feeds import tokens as feed_tokens
from planner.mail import itip
from planner.mail.message import Attachment, compose, new_message_id, to_bytes
from planner.mail.qr import qr_png
from planner.mail.recipients import Recipient, Skipped, delegation_members, event_registrations
from planner.mail.settings import MailSettings
from planner.mail.templates import template
from planner.store import document_queries as dq
from planner.store.calendar_queries import (
    calendar_settings,
    delegation_entries,
    event_entry,
    session_entry,
)
from planner.store.calendar_rows import CalendarEntry, CalendarScope
from planner.store.models import Delegation, Event, EventOrganiser, Feed
from planner.store.queries import fetch


@dataclass(frozen=True)
class DeliveryPlan:
    uid: str
    sequence: int
    method: str
    status: str | None = None


@dataclass(frozen=True)
class Prepared:
    """One message, built: what the preview shows and the bytes the outbox sends."""

    kind: str
    entity: str
    entity_id: int
    person_id: int
    recipient: str
    recipient_name: str
    to_guardian: bool
    language: str
    subject: str
    body: str
    message_id: str
    content: bytes
    attachments: tuple[tuple[str, str, int], ...]  # file name, MIME type, size in bytes
    method: str | None
    deliveries: tuple[DeliveryPlan, ...]
    not_before: datetime | None = None


@dataclass(frozen=True)
class Batch:
    kind: str
    entity: str | None
    entity_id: int | None
    messages: tuple[Prepared, ...]
    skipped: tuple[Skipped, ...] = ()

    @property
    def count(self) -> int:
        return len(self.messages)


@dataclass
class Sending:
    """What every message of a batch shares: the settings, the clock, the words per language."""

    session: Session
    settings: MailSettings
    now: datetime
    _link: dict[tuple[str, int], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.settings.configured:
            raise PlannerError("mail_not_configured")
        self.organiser = itip.Party(self.settings.sender_address,
                                    self.settings.sender_name or self.settings.sender_address)

    def link(self, scope: str, target_id: int) -> str:
        """The https link of the scope's feed (else the programme-wide one); "" when none."""
        if (scope, target_id) not in self._link:
            feeds = self.session.scalars(
                select(Feed).where(Feed.deleted_at.is_(None), Feed.revoked_at.is_(None),
                                   ((Feed.scope == scope) & (Feed.target_id == target_id))
                                   | (Feed.scope == "all"))
                .order_by(Feed.id))
            chosen = sorted(feeds, key=lambda f: f.scope == "all")
            base = calendar_settings(self.session)["feed_base_url"]
            self._link[(scope, target_id)] = \
                feed_tokens.links(base, chosen[0].token)["url"] if chosen else ""
        return self._link[(scope, target_id)]

    def build(self, kind: str, entity: str, entity_id: int, who: Recipient,
              values: dict[str, str], *, method: str | None = None,
              calendar: bytes | None = None, attachments: tuple[Attachment, ...] = (),
              deliveries: tuple[DeliveryPlan, ...] = (),
              not_before: datetime | None = None) -> Prepared:
        text = template(self.session, kind, who.language)
        filled = {**values, "name": who.name,
                  "sender": self.settings.sender_name or self.settings.sender_address}
        subject, body = text.render(filled)
        message_id = new_message_id(self.settings)
        msg = compose(self.settings, to_name=who.name, to_address=who.address, subject=subject,
                      body=body, message_id=message_id, now=self.now, calendar=calendar,
                      method=method, attachments=attachments)
        listed = tuple((a.filename, a.mime, len(a.data)) for a in attachments)
        if calendar is not None:
            listed += (("invite.ics", f"text/calendar; method={method}", len(calendar)),)
        return Prepared(kind, entity, entity_id, who.person_id, who.address, who.name,
                        who.to_guardian, who.language, subject, body, message_id, to_bytes(msg),
                        listed, method, deliveries, not_before)

    def request(self, who: Recipient, entries: list[CalendarEntry]) -> bytes:
        return itip.request(entries, self.organiser, itip.Party(who.address, who.name),
                            who.language, self.now)


def words(language: str) -> Words:
    return Words(Lang(language))


def _requests(entries: list[CalendarEntry], status: str | None = None
              ) -> tuple[DeliveryPlan, ...]:
    return tuple(DeliveryPlan(e.uid, e.sequence, "REQUEST", status) for e in entries)


# Delegations ---------------------------------------------------------------------------------

def delegation_calendar(session: Session, delegation_id: int) -> tuple[Delegation,
                                                                          list[CalendarEntry]]:
    delegation = fetch(session, Delegation, delegation_id, options=(
        selectinload(Delegation.itinerary), selectinload(Delegation.lead_organisation)))
    return delegation, delegation_entries(delegation, CalendarScope("delegation", delegation.id))


def delegation_values(sending: Sending, delegation: Delegation, language: str) -> dict[str, str]:
    w = words(language)
    return {"event": w.pick(delegation.name_en, delegation.name_zh_hant, delegation.name_zh_hans,
                            sep=" / "),
            "dates": w.span(delegation.schedule, with_time=False),
            "venue": delegation.destination_city or "",
            "link": sending.link("delegation", delegation.id)}


def prepare_itinerary(session: Session, delegation_id: int, settings: MailSettings,
                      now: datetime) -> Batch:
    """Each member's itinerary (the PDF in their language) with the calendar invitation."""
    sending = Sending(session, settings, now)
    delegation, entries = delegation_calendar(session, delegation_id)
    recipients, skipped = delegation_members(session, delegation.id, delegation.origin)
    book = dq.delegation_book(session, delegation.id) if recipients else None
    pdfs: dict[str, bytes] = {}
    messages = []
    for who in recipients:
        if who.language not in pdfs:
            assert book is not None
            pdfs[who.language] = Itinerary(book, Options(lang=Lang(who.language))).render()
        name = f"itinerary-{delegation.id}-{who.language}.pdf"
        messages.append(sending.build(
            "itinerary", "delegation", delegation.id, who,
            delegation_values(sending, delegation, who.language), method="REQUEST",
            calendar=sending.request(who, entries),
            attachments=(Attachment(name, "application/pdf", pdfs[who.language]),),
            deliveries=_requests(entries, who.status)))
    return Batch("itinerary", "delegation", delegation.id, tuple(messages), tuple(skipped))


# Events --------------------------------------------------------------------------------------

def event_calendar(session: Session, event_id: int) -> tuple[Event, list[CalendarEntry]]:
    """The event and its live sessions, as its feed has them (confidential ones too: a
    registered person is told about the event they registered for)."""
    event = fetch(session, Event, event_id, options=(
        selectinload(Event.venue), selectinload(Event.sessions),
        selectinload(Event.organisers).selectinload(EventOrganiser.organisation)))
    entries = [event_entry(event)]
    entries.extend(session_entry(s, event) for s in event.sessions if s.deleted_at is None)
    return event, entries


def event_values(sending: Sending, event: Event, language: str) -> dict[str, str]:
    w = words(language)
    venue = event.venue
    where = w.pick(venue.name_en, venue.name_zh_hant, venue.name_zh_hans, sep=" / ") \
        if venue is not None else ""
    return {"event": w.pick(event.title_en, event.title_zh_hant, event.title_zh_hans, sep=" / "),
            "dates": w.span(event.schedule), "venue": where, "link": ""}


def _qr(who: Recipient) -> tuple[Attachment, ...]:
    if not who.check_in_code:
        return ()
    return (Attachment(f"check-in-{who.check_in_code}.png", "image/png",
                       qr_png(who.check_in_code)),)


def confirmation(sending: Sending, event: Event, entries: list[CalendarEntry], who: Recipient,
                 kind: str = "confirmation") -> Prepared:
    """A registration's confirmation (or a promotion from the waiting list): QR and invitation."""
    return sending.build(kind, "event", event.id, who, event_values(sending, event, who.language),
                         method="REQUEST", calendar=sending.request(who, entries),
                         attachments=_qr(who), deliveries=_requests(entries, who.status))


def waitlist_notice(sending: Sending, event: Event, who: Recipient) -> Prepared:
    return sending.build("waitlist", "event", event.id, who,
                         event_values(sending, event, who.language),
                         deliveries=(DeliveryPlan(event.uid, event.sequence, "NOTICE",
                                                  who.status),))


def prepare_invitations(session: Session, event_id: int, settings: MailSettings,
                        now: datetime) -> Batch:
    """Confirmations with QR code and invitation to the registered; a notice to those waiting."""
    sending = Sending(session, settings, now)
    event, entries = event_calendar(session, event_id)
    statuses = (RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED)
    recipients, skipped = event_registrations(session, event.id, statuses)
    messages = [confirmation(sending, event, entries, who)
                if who.status == RegistrationStatus.REGISTERED.value
                else waitlist_notice(sending, event, who) for who in recipients]
    return Batch("invitations", "event", event.id, tuple(messages), tuple(skipped))


def prepare_reminders(session: Session, event_id: int, days: int, settings: MailSettings,
                      now: datetime) -> Batch:
    """A reminder to each registered person, sent `days` before the event starts (at once
    when that day has passed)."""
    sending = Sending(session, settings, now)
    event, _entries = event_calendar(session, event_id)
    start = event.starts_at - timedelta(days=days)
    recipients, skipped = event_registrations(session, event.id,
                                              (RegistrationStatus.REGISTERED,))
    messages = [sending.build("reminder", "event", event.id, who,
                              event_values(sending, event, who.language),
                              attachments=_qr(who), not_before=max(start, now.replace(tzinfo=None)))
                for who in recipients]
    return Batch("reminders", "event", event.id, tuple(messages), tuple(skipped))
