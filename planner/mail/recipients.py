"""Who receives a message, at which address and in which language.

One message per recipient, each with only its own address. A minor's messages go to the
guardian's address, never the minor's own; someone without a usable address (or erased) is
left out and named in the preview, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain.enums import MemberStatus, RegistrationStatus, Side
from planner.mail.settings import is_email
from planner.mail.templates import LANGUAGES
from planner.store.models import DelegationMember, Person, Registration

# The language of someone who chose none follows the side they come from.
SIDE_LANGUAGE = {Side.HONG_KONG: "zh-hk", Side.MACAO: "zh-hk", Side.GUANGDONG: "zh-cn",
                 Side.MAINLAND: "zh-cn", Side.OTHER: "en"}


@dataclass(frozen=True)
class Recipient:
    person_id: int
    name: str  # the person the message is about, as the greeting names them
    address: str
    language: str
    to_guardian: bool = False
    registration_id: int | None = None
    status: str | None = None  # the registration's or membership's status
    check_in_code: str | None = None


@dataclass(frozen=True)
class Skipped:
    person_id: int
    name: str
    reason: str  # a message code: mail_no_address, mail_no_guardian_address, mail_erased


def language_of(person: Person, side: Side | None = None) -> str:
    """The person's own language, else their organisation's side, else the given side."""
    if person.language in LANGUAGES:
        return str(person.language)
    origin = person.organisation.side if person.organisation is not None else side
    if origin is None or (origin == Side.OTHER and side not in (None, Side.OTHER)):
        origin = side or Side.OTHER
    return SIDE_LANGUAGE.get(origin, "en")


def display_name(person: Person, language: str) -> str:
    names = (person.name_en, person.name_zh) if language == "en" else \
        (person.name_zh, person.name_en)
    return next((n for n in names if n), f"#{person.id}")


def address_of(person: Person) -> tuple[str | None, bool, str]:
    """(address, to_guardian, reason if none): a minor's is the guardian's."""
    if person.erased_at is not None:
        return None, False, "mail_erased"
    if person.is_minor:
        guardian = person.sensitive.guardian_email if person.sensitive else None
        if is_email(guardian):
            return str(guardian).strip(), True, ""
        return None, True, "mail_no_guardian_address"
    if is_email(person.email):
        return str(person.email).strip(), False, ""
    return None, False, "mail_no_address"


def guardian_greeting(person: Person, language: str) -> str:
    """Whom a message about a minor greets: their guardian, as the guardian of the minor."""
    from planner.mail.templates import defaults

    guardian = (person.sensitive.guardian_name if person.sensitive else None) or ""
    text = defaults()["_guardian"][language]
    filled = text.replace("{name}", display_name(person, language)).replace("{guardian}", guardian)
    return filled.strip(" ,")


def _recipient(person: Person, side: Side | None, skipped: list[Skipped],
               **extra: object) -> Recipient | None:
    language = language_of(person, side)
    name = display_name(person, language)
    address, guardian, reason = address_of(person)
    if address is None:
        skipped.append(Skipped(person.id, name, reason))
        return None
    if guardian:
        name = guardian_greeting(person, language)
    return Recipient(person.id, name, address, language, guardian, **extra)  # type: ignore[arg-type]


_PERSON = (selectinload(Person.organisation), selectinload(Person.sensitive))


def delegation_members(session: Session, delegation_id: int, side: Side | None
                       ) -> tuple[list[Recipient], list[Skipped]]:
    """Every member who has not withdrawn, in the list's order."""
    members = session.scalars(
        select(DelegationMember).where(DelegationMember.delegation_id == delegation_id,
                                       DelegationMember.deleted_at.is_(None),
                                       DelegationMember.status != MemberStatus.WITHDRAWN)
        .options(selectinload(DelegationMember.person).options(*_PERSON))
        .order_by(DelegationMember.id))
    found: list[Recipient] = []
    skipped: list[Skipped] = []
    for member in members:
        person = member.person
        if person.deleted_at is not None:
            continue
        chosen = _recipient(person, side, skipped, status=member.status.value)
        if chosen is not None:
            found.append(chosen)
    return found, skipped


def event_registrations(session: Session, event_id: int,
                        statuses: tuple[RegistrationStatus, ...]
                        ) -> tuple[list[Recipient], list[Skipped]]:
    """The registrations of an event in the given statuses, in order of registration."""
    regs = session.scalars(
        select(Registration).where(Registration.event_id == event_id,
                                   Registration.deleted_at.is_(None),
                                   Registration.status.in_(statuses))
        .options(selectinload(Registration.person).options(*_PERSON))
        .order_by(Registration.registered_at, Registration.id))
    found: list[Recipient] = []
    skipped: list[Skipped] = []
    for reg in regs:
        person = reg.person
        if person.deleted_at is not None:
            continue
        chosen = _recipient(person, None, skipped, registration_id=reg.id,
                            status=reg.status.value, check_in_code=reg.check_in_code)
        if chosen is not None:
            found.append(chosen)
    return found, skipped
