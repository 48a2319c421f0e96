"""ORM instance -> plain row. Called inside a session; the rows outlive it safely."""

from __future__ import annotations

from planner.domain import rows
from planner.store.models import (
    CooperationItem,
    Delegation,
    DelegationContact,
    DelegationMember,
    Event,
    EventSession,
    ExchangeProgramme,
    ItineraryItem,
    Organisation,
    Person,
    Registration,
    TravelDocument,
    Venue,
)


def org_ref(org: Organisation | None) -> rows.Ref | None:
    if org is None:
        return None
    return rows.Ref(org.id, org.code, org.name_en, org.name_zh_hant, org.name_zh_hans)


def venue_ref(venue: Venue | None) -> rows.Ref | None:
    if venue is None:
        return None
    return rows.Ref(venue.id, None, venue.name_en, venue.name_zh_hant, venue.name_zh_hans)


def item_ref(item: CooperationItem | None) -> rows.Ref | None:
    if item is None:
        return None
    return rows.Ref(item.id, f"{item.year}/{item.number}", item.title_en, item.title_zh_hant,
                    item.title_zh_hans)


def person_ref(person: Person) -> rows.PersonRef:
    return rows.PersonRef(person.id, person.name_en, person.name_zh)


def organisation_row(org: Organisation) -> rows.OrganisationRow:
    return rows.OrganisationRow(org.id, org.version, org.code, org.name_en, org.name_zh_hant,
                                org.name_zh_hans, tuple(org.aliases or ()), org.side, org.kind,
                                "deleted" if org.deleted_at else "active")


def venue_row(v: Venue) -> rows.VenueRow:
    return rows.VenueRow(v.id, v.version, v.name_en, v.name_zh_hant, v.name_zh_hans, v.address_en,
                         v.address_zh, v.city, v.region, v.timezone, v.latitude, v.longitude,
                         v.capacity, v.exclusive, "deleted" if v.deleted_at else "active")


def item_row(item: CooperationItem) -> rows.ItemRow:
    leads = tuple(r for r in (org_ref(lead.organisation) for lead in item.leads) if r)
    figures = tuple(rows.FigureRow(f.key, f.label_en, f.label_zh_hant, f.label_zh_hans,
                                   float(f.value), f.unit) for f in item.figures)
    return rows.ItemRow(item.id, item.version, item.year, item.number, item.title_en,
                        item.title_zh_hant, item.title_zh_hans, item.is_new, item.narrative_en,
                        item.narrative_zh_hant, item.narrative_zh_hans, leads, figures,
                        "deleted" if item.deleted_at else "active")


def event_row(e: Event, registered: int = 0) -> rows.EventRow:
    organisers = tuple(rows.OrganiserRow(org_ref(o.organisation), o.role)  # type: ignore[arg-type]
                       for o in e.organisers)
    return rows.EventRow(e.id, e.version, e.uid, e.sequence, e.kind, e.title_en, e.title_zh_hant,
                         e.title_zh_hans, e.theme_en, e.theme_zh_hant, e.theme_zh_hans,
                         e.description_en, e.schedule, venue_ref(e.venue), item_ref(e.item),
                         e.capacity, e.status, e.confidential, organisers, registered,
                         e.modified_at, e.modified_by, e.description_zh_hant,
                         e.description_zh_hans)


def session_row(s: EventSession) -> rows.SessionRow:
    return rows.SessionRow(s.id, s.version, s.uid, s.sequence, s.event_id, s.position,
                           s.title_en, s.title_zh_hant, s.title_zh_hans, s.schedule, s.room,
                           s.speaker, venue_ref(s.venue), s.notes)


def itinerary_row(i: ItineraryItem) -> rows.ItineraryRow:
    return rows.ItineraryRow(i.id, i.version, i.uid, i.sequence, i.delegation_id, i.position,
                             i.kind, i.title_en, i.title_zh_hant, i.title_zh_hans, i.schedule,
                             venue_ref(i.venue), org_ref(i.host), i.contact_person,
                             i.control_point, i.notes)


def member_row(m: DelegationMember) -> rows.MemberRow:
    return rows.MemberRow(m.id, m.version, person_ref(m.person), m.role, m.status,
                          m.person.is_minor, m.guardian_consent, m.delegation_id, m.consent_date)


def contact_row(c: DelegationContact) -> rows.ContactRow:
    return rows.ContactRow(c.id, c.version, c.delegation_id, c.position, c.name, c.phone, c.role)


def live_contacts(d: Delegation) -> list[DelegationContact]:
    """A delegation's emergency contacts not deleted, in their order (ties by creation)."""
    return sorted((c for c in d.contacts if c.deleted_at is None), key=lambda c: (c.position, c.id))


def travel_document_row(t: TravelDocument) -> rows.TravelDocumentRow:
    return rows.TravelDocumentRow(t.id, t.version, t.person_id, t.doc_type, t.number,
                                  t.issuing_authority, t.issue_date, t.expiry, t.endorsement_type,
                                  t.endorsement_entries, t.endorsement_expiry)


def delegation_row(d: Delegation, *, detail: bool = False) -> rows.DelegationRow:
    co = tuple(rows.OrganiserRow(org_ref(o.organisation), o.role)  # type: ignore[arg-type]
               for o in d.co_organisers)
    live_members = [m for m in d.members if m.deleted_at is None]
    extra: dict[str, tuple] = {}
    if detail:
        extra = {
            "contacts": tuple(contact_row(c) for c in live_contacts(d)),
            "members": tuple(member_row(m) for m in live_members),
            "itinerary": tuple(itinerary_row(i) for i in d.itinerary if i.deleted_at is None),
        }
    return rows.DelegationRow(d.id, d.version, d.uid, d.sequence, d.name_en, d.name_zh_hant,
                              d.name_zh_hans, d.theme_en, d.theme_zh_hant, d.theme_zh_hans,
                              org_ref(d.lead_organisation), co, d.origin, d.destination,
                              d.origin_city, d.destination_city, d.schedule, item_ref(d.item), d.programme_id, d.leg_number,
                              d.status, len(live_members), **extra, notes=d.notes)


def programme_row(p: ExchangeProgramme) -> rows.ProgrammeRow:
    legs = sorted((leg for leg in p.legs if leg.deleted_at is None),
                  key=lambda leg: (leg.leg_number is None, leg.leg_number or 0, leg.id))
    starts = [leg.start_date for leg in legs]
    ends = [leg.end_date for leg in legs]
    return rows.ProgrammeRow(
        p.id, p.version, p.title_en, p.title_zh_hant, p.title_zh_hans, p.theme_en,
        p.theme_zh_hant, p.theme_zh_hans, item_ref(p.item), p.status,
        min(starts) if starts else None, max(ends) if ends else None,
        tuple(rows.Ref(leg.id, None, leg.name_en, leg.name_zh_hant, leg.name_zh_hans)
              for leg in legs))


def person_row(p: Person, *, contact: bool = False) -> rows.PersonRow:
    extra = {}
    if contact:
        extra = {"email": p.email, "phone": p.phone, "dietary_needs": p.dietary_needs,
                 "access_needs": p.access_needs}
    return rows.PersonRow(p.id, p.version, p.name_en, p.name_zh, org_ref(p.organisation),
                          p.position, p.category, p.is_minor,
                          status="deleted" if p.deleted_at else "active",
                          language=p.language, **extra)


def registration_row(r: Registration) -> rows.RegistrationRow:
    return rows.RegistrationRow(r.id, r.version, r.event_id, person_ref(r.person),
                                org_ref(r.person.organisation), r.status, r.role, r.registered_at,
                                r.walk_in, r.checked_in_at, r.checked_out_at)
