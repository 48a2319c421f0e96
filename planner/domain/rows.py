"""Plain, frozen row objects: what the UI, the CLI and the exporters get instead of ORM instances."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum
from typing import Any

from planner.domain.enums import (
    DatePrecision,
    EventKind,
    FigureUnit,
    ItineraryKind,
    MemberRole,
    MemberStatus,
    OrganisationKind,
    OrganiserRole,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
    Side,
    Status,
    TravelDocumentType,
)
from planner.domain.schedule import Schedule


def to_json(value: Any) -> Any:
    """Rows, schedules, enums and dates as JSON-ready values (ISO 8601 with offsets)."""
    if isinstance(value, Schedule):
        start, end = value.iso()
        return {"start": start, "end": end, "all_day": value.all_day,
                "timezone": value.timezone, "precision": value.precision.value}
    if hasattr(value, "__dataclass_fields__"):
        out: dict[str, Any] = {}
        for f in fields(value):
            item = getattr(value, f.name)
            if isinstance(item, Schedule):
                out.update(to_json(item))
            else:
                out[f.name] = to_json(item)
        return out
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


@dataclass(frozen=True)
class Ref:
    """A short reference to another row: its id and a label in each language present."""

    id: int
    code: str | None = None
    name_en: str | None = None
    name_zh_hant: str | None = None
    name_zh_hans: str | None = None


@dataclass(frozen=True)
class PersonRef:
    """A person named as given: an English name and a Chinese name in whatever script."""

    id: int
    name_en: str | None
    name_zh: str | None


@dataclass(frozen=True)
class OrganiserRow:
    organisation: Ref
    role: OrganiserRole


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    version: int
    code: str | None
    name_en: str | None
    name_zh_hant: str | None
    name_zh_hans: str | None
    aliases: tuple[str, ...]
    side: Side
    kind: OrganisationKind
    status: str = "active"


@dataclass(frozen=True)
class VenueRow:
    id: int
    version: int
    name_en: str | None
    name_zh_hant: str | None
    name_zh_hans: str | None
    address_en: str | None
    address_zh: str | None
    city: str | None
    side: Side
    timezone: str
    latitude: float | None
    longitude: float | None
    capacity: int | None
    exclusive: bool = False
    status: str = "active"


@dataclass(frozen=True)
class FigureRow:
    key: str
    label_en: str | None
    label_zh_hant: str | None
    label_zh_hans: str | None
    value: float
    unit: FigureUnit


@dataclass(frozen=True)
class ItemRow:
    id: int
    version: int
    year: str
    number: int
    title_en: str | None
    title_zh_hant: str | None
    title_zh_hans: str | None
    is_new: bool
    narrative_en: str | None
    narrative_zh_hant: str | None
    narrative_zh_hans: str | None
    leads: tuple[Ref, ...]
    figures: tuple[FigureRow, ...]
    status: str = "active"


@dataclass(frozen=True)
class SessionRow:
    id: int
    version: int
    uid: str
    sequence: int
    event_id: int
    position: int
    title_en: str | None
    title_zh_hant: str | None
    title_zh_hans: str | None
    schedule: Schedule
    room: str | None
    speaker: str | None
    venue: Ref | None
    notes: str | None


@dataclass(frozen=True)
class EventRow:
    id: int
    version: int
    uid: str
    sequence: int
    kind: EventKind
    title_en: str | None
    title_zh_hant: str | None
    title_zh_hans: str | None
    theme_en: str | None
    theme_zh_hant: str | None
    theme_zh_hans: str | None
    description_en: str | None
    schedule: Schedule
    venue: Ref | None
    item: Ref | None
    capacity: int | None
    status: Status
    confidential: bool
    organisers: tuple[OrganiserRow, ...]
    registered: int
    modified_at: datetime
    modified_by: str | None
    description_zh_hant: str | None = None
    description_zh_hans: str | None = None


@dataclass(frozen=True)
class ItineraryRow:
    id: int
    version: int
    uid: str
    sequence: int
    delegation_id: int
    position: int
    kind: ItineraryKind
    title_en: str | None
    title_zh_hant: str | None
    title_zh_hans: str | None
    schedule: Schedule
    venue: Ref | None
    host: Ref | None
    contact_person: str | None
    control_point: str | None
    notes: str | None


@dataclass(frozen=True)
class MemberRow:
    id: int
    version: int
    person: PersonRef
    role: MemberRole
    status: MemberStatus
    is_minor: bool
    guardian_consent: bool
    delegation_id: int = 0
    consent_date: date | None = None


@dataclass(frozen=True)
class ContactRow:
    """An emergency contact of a delegation, in the order the itinerary prints them."""

    id: int
    version: int
    delegation_id: int
    position: int
    name: str
    phone: str | None
    role: str | None


@dataclass(frozen=True)
class DelegationRow:
    id: int
    version: int
    uid: str
    sequence: int
    name_en: str | None
    name_zh_hant: str | None
    name_zh_hans: str | None
    theme_en: str | None
    theme_zh_hant: str | None
    theme_zh_hans: str | None
    lead: Ref | None
    co_organisers: tuple[OrganiserRow, ...]
    origin: Side
    destination: Side
    origin_city: str | None
    destination_city: str | None
    schedule: Schedule
    item: Ref | None
    programme_id: int | None
    leg_number: int | None
    status: Status
    member_count: int
    contacts: tuple[ContactRow, ...] = ()
    members: tuple[MemberRow, ...] = ()
    itinerary: tuple[ItineraryRow, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    version: int
    title_en: str | None
    title_zh_hant: str | None
    title_zh_hans: str | None
    theme_en: str | None
    theme_zh_hant: str | None
    theme_zh_hans: str | None
    item: Ref | None
    status: Status
    start: date | None
    end: date | None
    legs: tuple[Ref, ...]


@dataclass(frozen=True)
class PersonRow:
    """A person without sensitive data; contact fields are included only when asked for."""

    id: int
    version: int
    name_en: str | None
    name_zh: str | None
    organisation: Ref | None
    position: str | None
    category: PersonCategory
    is_minor: bool
    email: str | None = None
    phone: str | None = None
    dietary_needs: str | None = None
    access_needs: str | None = None
    status: str = "active"
    language: str | None = None  # of the messages sent to them: en, zh-hk, zh-cn


@dataclass(frozen=True)
class Guardian:
    name: str | None
    phone: str | None
    relationship: str | None
    email: str | None = None  # a minor's messages go here, never to the minor


@dataclass(frozen=True)
class TravelDocumentRow:
    """A person's travel document: sensitive, shown only to those who may see it (audited)."""

    id: int
    version: int
    person_id: int
    kind: TravelDocumentType
    number: str | None
    issuing_authority: str | None
    issue_date: date | None
    expiry: date | None
    endorsement_type: str | None
    endorsement_entries: int | None
    endorsement_expiry: date | None


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    version: int
    event_id: int
    person: PersonRef
    organisation: Ref | None
    status: RegistrationStatus
    role: RegistrationRole
    registered_at: datetime
    walk_in: bool
    checked_in_at: datetime | None
    checked_out_at: datetime | None


__all__ = ["ContactRow", "DatePrecision", "DelegationRow", "EventRow", "FigureRow", "Guardian",
           "ItemRow", "ItineraryRow", "MemberRow", "OrganisationRow", "OrganiserRow", "PersonRef",
           "PersonRow", "ProgrammeRow", "Ref", "RegistrationRow", "SessionRow",
           "TravelDocumentRow", "VenueRow", "to_json"]


@dataclass(frozen=True)
class AgendaEntry:
    """Anything scheduled, for calendar views: an event or an itinerary item."""

    source: str  # "event" or "itinerary"
    id: int
    title_en: str | None
    title_zh_hant: str | None
    title_zh_hans: str | None
    category: str  # the event kind or the itinerary item kind
    status: Status
    schedule: Schedule
    confidential: bool
    delegation_id: int | None = None
    venue: str | None = None
    version: int | None = None  # to move it from the calendar (refused if someone changed it)
