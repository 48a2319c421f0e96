"""Every kind of record the command line reads and writes, described once (see spec.py)."""

from __future__ import annotations

from argparse import Namespace
from typing import Any

from sqlalchemy.orm import Session

from planner.cli.kinds.spec import Form, Key, Kind
from planner.domain.enums import (
    EventKind,
    FigureUnit,
    ItineraryKind,
    MemberRole,
    MemberStatus,
    OrganisationKind,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
    Side,
    Status,
    TravelDocumentType,
)
from planner.domain.rows import to_json
from planner.operations import (
    contacts,
    delegations,
    events,
    items,
    organisations,
    people,
    programmes,
    sessions,
    travel_documents,
    venues,
)
from planner.store import audit, queries
from planner.store import record_queries as rq
from planner.store.models import Delegation, Event, Venue

R, T, M = Form.READ_ONLY, Form.TEXT, Form.MULTILINE


def _ro(name: str, doc: str) -> Key:
    return Key(name, R, doc)


ID = _ro("id", "the record's number (given by the database)")
VERSION = _ro("version", "increases with every change; `edit` must give the one it read")
UID = _ro("uid", "calendar identity, made once (never changes)")
SEQUENCE = _ro("sequence", "calendar revision: advances when time, place or status changes")
STATUS_RO = _ro("status", "`active` (deleted records are not shown)")


def _texts(stem: str, what: str, *, multiline: bool = False, aliases: bool = False,
           required_one: bool = False) -> tuple[Key, ...]:
    form = M if multiline else T
    extra = " (at least one of the three)" if required_one else ""
    return (Key(f"{stem}_en", form, f"{what} in English{extra}"),
            Key(f"{stem}_zh_hant", form, f"{what} in Traditional Chinese"),
            Key(f"{stem}_zh_hans", form, f"{what} in Simplified Chinese"))


def _schedule(what: str) -> tuple[Key, ...]:
    return (Key("start", Form.SCHEDULE, f"when {what} starts: a date (all day) or a date and "
                "time (with an offset, or in `timezone`)", required=True),
            Key("end", Form.SCHEDULE, "when it ends (an all-day item's last day, inclusive)",
                required=True),
            Key("all_day", Form.SCHEDULE, "true for whole days (default: dates given)"),
            Key("timezone", Form.SCHEDULE, "IANA time zone (Asia/Hong_Kong, Asia/Shanghai...); "
                "default: the venue's, else the parent's, else Asia/Hong_Kong"),
            Key("precision", Form.SCHEDULE, "`exact`, `month` (only the month is known) or "
                "`approximate`"))


def _ref(name: str, kind: str, doc: str, param: str | None = None, **more: Any) -> Key:
    param = param or f"{name}_id"
    return Key(name, Form.REF, doc, param=param, ref=kind, aliases=(param,), **more)


def _parent(name: str, kind: str, doc: str) -> Key:
    """A child's reference to its parent, printed as `<name>_id`."""
    return Key(f"{name}_id", Form.REF, doc, param=f"{name}_id", ref=kind, required=True,
               parent=True, aliases=(name,))


def _choice(name: str, enum: Any, doc: str, **more: Any) -> Key:
    return Key(name, Form.CHOICE, doc, choices=enum, **more)


# ----- show: the record itself, its related lists as keys of it ---------------------------------

def _show_event(session: Session, ident: int, reveal: bool = False) -> dict[str, Any]:
    out = to_json(queries.get_event(session, ident))
    out["sessions"] = to_json(queries.event_sessions(session, ident))
    out["registrations"] = queries.registration_summary(session, ident)
    return out


def _show_person(session: Session, ident: int, reveal: bool = False) -> dict[str, Any]:
    out = to_json(queries.get_person(session, ident))
    out.update(to_json(queries.person_memberships(session, ident)))
    if reveal:
        born, guardian = rq.person_sensitive(session, ident)
        out["date_of_birth"] = to_json(born)
        out["guardian"] = to_json(guardian)
        if out["guardian"] and out["guardian"].get("email") is None:
            del out["guardian"]["email"]  # as it was given: only a guardian with an address has one
        out["travel_documents"] = to_json(rq.list_travel_documents(session, person_id=ident))
        audit.record(session, "reveal", "person", ident,
                     fields=["date_of_birth", "guardian", "travel_documents"])
    return out


def _show_document(session: Session, ident: int, reveal: bool = False) -> dict[str, Any]:
    found = rq.get_travel_document(session, ident)
    audit.record(session, "reveal", "travel_document", ident, person=found.person_id)
    return to_json(found)


def _documents(session: Session, args: Namespace) -> list[Any]:
    found = rq.list_travel_documents(session, person_id=args.person)
    audit.record(session, "reveal", "travel_document", None,
                 person=args.person, count=len(found))
    return found


# ----- default zones of new spans ---------------------------------------------------------------

def _venue_zone(session: Session, values: dict[str, Any]) -> str | None:
    venue_id = values.get("venue_id")
    if isinstance(venue_id, int):
        venue = session.get(Venue, venue_id)
        if venue is not None:
            return venue.timezone
    return None


def _zone_of(model: Any, param: str) -> Any:
    def zone(session: Session, values: dict[str, Any]) -> str | None:
        found = _venue_zone(session, values)
        parent = values.get(param)
        if found is None and isinstance(parent, int):
            row = session.get(model, parent)
            found = row.timezone if row is not None else None
        return found

    return zone


ORGANISATION = Kind(
    "organisation", "organisations", "Organisations",
    (ID, VERSION, Key("code", T, "short code, unique (HKIPD, GDCB)"),
     *_texts("name", "the name", required_one=True),
     Key("aliases", Form.STRINGS, "other names and abbreviations it is known by"),
     _choice("side", Side, "which side of the boundary"),
     _choice("kind", OrganisationKind, "what it is"), STATUS_RO),
    queries.get_organisation,
    lambda s, a: queries.list_organisations(s, text=a.search),
    organisations.create_organisation, organisations.update_organisation,
    organisations.delete_organisation, organisations.restore_organisation)

VENUE = Kind(
    "venue", "venues", "Venues",
    (ID, VERSION, *_texts("name", "the name", required_one=True),
     Key("address_en", T, "the address in English"),
     Key("address_zh", T, "the address in Chinese"), Key("city", T, "the city"),
     _choice("side", Side, "which side of the boundary (default zone: Hong Kong "
             "Asia/Hong_Kong, Guangdong and the mainland Asia/Shanghai, Macao Asia/Macau)"),
     Key("timezone", T, "IANA time zone of the place; default: the side's"),
     Key("latitude", Form.NUMBER, "-90 to 90"), Key("longitude", Form.NUMBER, "-180 to 180"),
     Key("capacity", Form.INTEGER, "how many people it holds (0 or more)"),
     Key("exclusive", Form.BOOLEAN, "true when it takes one booking at a time (the checks flag "
         "double bookings)"), STATUS_RO),
    rq.get_venue, lambda s, a: rq.list_venues(s, text=a.search),
    venues.create_venue, venues.update_venue, venues.delete_venue, venues.restore_venue)

ITEM = Kind(
    "item", "items", "Co-operation items",
    (ID, VERSION, Key("year", T, "the programme year, e.g. 2017-18", required=True),
     Key("number", Form.INTEGER, "the item's number, unique within its year", required=True),
     *_texts("title", "the title", required_one=True),
     Key("is_new", Form.BOOLEAN, "new in this year's programme"),
     *_texts("narrative", "the progress narrative (the annual report prints it)",
             multiline=True),
     Key("leads", Form.REFS, "the leading organisations, in order", ref="organisation"),
     Key("figures", Form.FIGURES, "figures the report quotes: `value` a number, `unit` one of "
         + ", ".join(u.value for u in FigureUnit) + "; `key` optional (made from the place)"),
     STATUS_RO),
    queries.get_item, lambda s, a: queries.list_items(s, year=a.year),
    items.create_item, items.update_item, items.delete_item, items.restore_item)

EVENT = Kind(
    "event", "events", "Events",
    (ID, VERSION, UID, SEQUENCE, _choice("kind", EventKind, "what kind of event",
                                         required=True),
     *_texts("title", "the title", required_one=True), *_texts("theme", "the theme"),
     Key("description_en", M, "a description in English"), *_schedule("the event"),
     _ref("venue", "venue", "where it happens"),
     _ref("item", "item", "the co-operation item it belongs to"),
     Key("capacity", Form.INTEGER, "places; more registrations go on the waiting list"),
     _choice("status", Status, "draft, confirmed, cancelled or completed (default draft)"),
     Key("confidential", Form.BOOLEAN, "never in calendars, feeds or shared lists; on a server "
         "only planner_sensitive sees it"),
     Key("organisers", Form.ORGANISERS, "organisations and their roles (organiser, "
         "co_organiser, supporter, participant, host), in order"),
     _ro("registered", "how many people are registered"),
     _ro("modified_at", "when it last changed (UTC)"), _ro("modified_by", "who changed it last"),
     Key("description_zh_hant", M, "a description in Traditional Chinese"),
     Key("description_zh_hans", M, "a description in Simplified Chinese"),
     Key("sessions", Form.CHILDREN, "its sessions (kind `session`)", ref="session"),
     _ro("registrations", "how many people are on its list, by status")),
    queries.get_event,
    lambda s, a: queries.list_events(s, text=a.search, limit=a.limit,
                                     include_confidential=not a.public),
    events.create_event, events.update_event, events.delete_event, events.restore_event,
    zone=_venue_zone, detail=_show_event)

SESSION = Kind(
    "session", "sessions", "Event sessions",
    (ID, VERSION, UID, SEQUENCE, _parent("event", "event", "the event it is part of"),
     Key("position", Form.INTEGER, "its place in the agenda (default: last)"),
     *_texts("title", "the title", required_one=True), *_schedule("the session (inside its "
                                                                    "event)"),
     Key("room", T, "the room"), Key("speaker", T, "the speakers, as free text"),
     _ref("venue", "venue", "where, if not the event's venue"),
     Key("notes", M, "notes for the organisers")),
    rq.get_session, lambda s, a: rq.list_sessions(s, event_id=a.event),
    sessions.create_session, sessions.update_session, sessions.delete_session,
    sessions.restore_session, filters=("event",), zone=_zone_of(Event, "event_id"))

DELEGATION = Kind(
    "delegation", "delegations", "Delegations",
    (ID, VERSION, UID, SEQUENCE, *_texts("name", "the name", required_one=True),
     *_texts("theme", "the theme"),
     _ref("lead", "organisation", "the leading organisation", param="lead_organisation_id"),
     Key("co_organisers", Form.ORGANISERS, "co-organising organisations and roles, in order"),
     _choice("origin", Side, "where it comes from", required=True),
     _choice("destination", Side, "where it goes", required=True),
     Key("origin_city", T, "the city it comes from"),
     Key("destination_city", T, "the city it visits"), *_schedule("the trip"),
     _ref("item", "item", "the co-operation item it belongs to"),
     Key("programme_id", Form.REF, "the exchange programme it is a leg of (null: none); "
         "a leg of one programme at a time", ref="programme", aliases=("programme",)),
     Key("leg_number", Form.INTEGER, "its place among the programme's legs (default: last)"),
     _choice("status", Status, "draft, confirmed, cancelled or completed (default draft)"),
     _ro("member_count", "members not withdrawn"),
     Key("contacts", Form.CHILDREN, "emergency contacts (kind `contact`)", ref="contact"),
     Key("members", Form.CHILDREN, "members (kind `member`)", ref="member"),
     Key("itinerary", Form.CHILDREN, "the itinerary (kind `itinerary-item`)",
         ref="itinerary-item"),
     Key("notes", M, "notes for the organisers")),
    queries.get_delegation, lambda s, a: queries.list_delegations(s),
    delegations.create_delegation, delegations.update_delegation,
    delegations.delete_delegation, delegations.restore_delegation, zone=_venue_zone)

ITINERARY = Kind(
    "itinerary-item", "itinerary-items", "Itinerary items",
    (ID, VERSION, UID, SEQUENCE, _parent("delegation", "delegation", "the delegation"),
     _ro("position", "its place in the itinerary (new items and items given a new time go to their place in time)"),
     _choice("kind", ItineraryKind, "what it is", required=True),
     *_texts("title", "the activity", required_one=True), *_schedule("the activity"),
     _ref("venue", "venue", "where"),
     _ref("host", "organisation", "the host organisation", param="host_organisation_id"),
     Key("contact_person", T, "who to ask there (never in calendars with a phone number)"),
     Key("control_point", T, "the boundary control point (required for a boundary "
         "crossing)"),
     Key("notes", M, "notes for the organisers (never in calendars)")),
    rq.get_itinerary_item, lambda s, a: rq.list_itinerary(s, delegation_id=a.delegation),
    delegations.add_itinerary_item, delegations.update_itinerary_item,
    delegations.delete_itinerary_item, delegations.restore_itinerary_item,
    filters=("delegation",), zone=_zone_of(Delegation, "delegation_id"))

CONTACT = Kind(
    "contact", "contacts", "Emergency contacts of a delegation",
    (ID, VERSION, _parent("delegation", "delegation", "the delegation"),
     Key("position", Form.INTEGER, "its place in the list (default: last)"),
     Key("name", T, "who to call", required=True), Key("phone", T, "their phone number"),
     Key("role", T, "their role or organisation")),
    rq.get_contact, lambda s, a: rq.list_contacts(s, delegation_id=a.delegation),
    contacts.create_contact, contacts.update_contact, contacts.delete_contact,
    contacts.restore_contact, filters=("delegation",))

MEMBER = Kind(
    "member", "members", "Members of a delegation",
    (ID, VERSION, Key("person", Form.REF, "the person (set when created)", param="person_id",
                      ref="person", required=True, parent=True, aliases=("person_id",)),
     _choice("role", MemberRole, "their role on the trip (default member)"),
     _choice("status", MemberStatus, "invited, confirmed or withdrawn (default invited)"),
     _ro("is_minor", "the person is under 18"),
     Key("guardian_consent", Form.BOOLEAN, "a minor's guardian agreed to this trip (needed to "
         "confirm a minor)"),
     _parent("delegation", "delegation", "the delegation"),
     Key("consent_date", Form.DATE, "when the guardian agreed")),
    rq.get_member,
    lambda s, a: rq.list_members(s, delegation_id=a.delegation, person_id=a.person),
    people.add_member, people.update_member, people.remove_member, people.restore_member,
    filters=("delegation", "person"))

PROGRAMME = Kind(
    "programme", "programmes", "Exchange programmes",
    (ID, VERSION, *_texts("title", "the title", required_one=True), *_texts("theme", "the theme"),
     _ref("item", "item", "the co-operation item it belongs to"),
     _choice("status", Status, "draft, confirmed, cancelled or completed (default draft)"),
     _ro("start", "the first day of its legs"), _ro("end", "the last day of its legs"),
     Key("legs", Form.CHILDREN, "its legs in order: delegations (kind `delegation`, with "
         "`programme_id` and `leg_number`)", ref="delegation")),
    queries.get_programme, lambda s, a: queries.list_programmes(s),
    programmes.create_programme, programmes.update_programme, programmes.delete_programme,
    programmes.restore_programme)

PERSON = Kind(
    "person", "people", "People",
    (ID, VERSION, Key("name_en", T, "the English name, as given (at least one name)"),
     Key("name_zh", T, "the Chinese name, in whichever script given"),
     _ref("organisation", "organisation", "where they work or study"),
     Key("position", T, "their position"), _choice("category", PersonCategory, "who they are"),
     Key("is_minor", Form.BOOLEAN, "under 18: trips need the guardian's consent; no personal "
         "calendar"),
     Key("email", T, "e-mail address (never in lists, calendars or feeds)"),
     Key("phone", T, "phone number (never in lists, calendars or feeds)"),
     Key("dietary_needs", T, "for the catering list"), Key("access_needs", T, "for the venue"),
     Key("language", T, "the language of e-mail sent to them: en, zh-hk or zh-cn (default: "
         "that of the side they come from)"),
     STATUS_RO, Key("events", Form.CHILDREN, "events they are on (kind `registration`)",
                    ref="event"),
     Key("delegations", Form.CHILDREN, "delegations they are a member of (kind `member`)",
         ref="delegation"),
     Key("date_of_birth", Form.DATE, "sensitive: printed only with --reveal (audited)",
         sensitive=True),
     Key("guardian", Form.GUARDIAN, "sensitive: a minor's guardian (name, phone, relationship, "
         "email: a minor's e-mail goes there)", sensitive=True),
     Key("travel_documents", Form.CHILDREN, "sensitive: their travel documents (kind "
         "`travel-document`)", ref="travel-document", sensitive=True)),
    queries.get_person, lambda s, a: queries.list_people(s, text=a.search, limit=a.limit),
    people.create_person, people.update_person, people.delete_person, people.restore_person,
    detail=_show_person, notes="Without --reveal, `show person` prints no sensitive key at all; with it, the look "
          "is written to the audit log. Setting `date_of_birth` or `guardian` needs the same "
          "right to see them (on a server: the planner_sensitive role).")

REGISTRATION = Kind(
    "registration", "registrations", "Registrations for events",
    (ID, VERSION, _parent("event", "event", "the event"),
     Key("person", Form.REF, "the person (set when created)", param="person_id", ref="person",
         required=True, parent=True, aliases=("person_id",)),
     _ro("organisation", "the person's organisation"),
     _choice("status", RegistrationStatus, "invited, registered, waitlisted, declined or "
             "cancelled (default registered)"),
     _choice("role", RegistrationRole, "their role at the event (default participant)"),
     Key("registered_at", Form.DATETIME, "when they registered (orders the waiting list; "
         "default now)"),
     Key("walk_in", Form.BOOLEAN, "registered at the door"),
     Key("checked_in_at", Form.DATETIME, "when they checked in"),
     Key("checked_out_at", Form.DATETIME, "when they checked out")),
    rq.get_registration,
    lambda s, a: rq.list_registrations(s, event_id=a.event, person_id=a.person),
    people.register_person, people.update_registration, people.delete_registration,
    people.restore_registration, filters=("event", "person"))

TRAVEL_DOCUMENT = Kind(
    "travel-document", "travel-documents", "Travel documents (sensitive)",
    (ID, VERSION, _parent("person", "person", "whose document it is"),
     _choice("kind", TravelDocumentType, "which document", required=True),
     Key("number", T, "the document number (never printed in shared lists)"),
     Key("issuing_authority", T, "who issued it"), Key("issue_date", Form.DATE, "date of issue"),
     Key("expiry", Form.DATE, "expiry date (not before the date of issue); the checks compare "
         "it with each trip"),
     Key("endorsement_type", T, "the endorsement (e.g. business, exchange)"),
     Key("endorsement_entries", Form.INTEGER, "entries left on the endorsement"),
     Key("endorsement_expiry", Form.DATE, "when the endorsement runs out")),
    rq.get_travel_document, _documents,
    travel_documents.create_travel_document, travel_documents.update_travel_document,
    travel_documents.delete_travel_document, travel_documents.restore_travel_document,
    filters=("person",), sensitive=True, detail=_show_document,
    notes="Every read (`show`, `list`) and change is written to the audit log, by field name. "
          "On a server, only members of planner_sensitive may read or change them.")

KINDS: tuple[Kind, ...] = (ITEM, ORGANISATION, VENUE, EVENT, SESSION, DELEGATION, ITINERARY,
                           CONTACT, MEMBER, PROGRAMME, PERSON, REGISTRATION, TRAVEL_DOCUMENT)
BY_NAME: dict[str, Kind] = {**{k.name: k for k in KINDS}, **{k.plural: k for k in KINDS}}


def kind_named(name: str) -> Kind:
    return BY_NAME[name]
