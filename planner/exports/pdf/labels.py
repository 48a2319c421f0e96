"""Every word the printed documents use, by key, in English: the msgid of the core catalogue.

Translations live in resources/i18n/<locale>/LC_MESSAGES/planner.po like the core's messages;
tests/documents/test_labels.py fails when one is missing. Placeholders use str.format names.
"""

from __future__ import annotations

from planner.domain.enums import (
    EventKind,
    ItineraryKind,
    MemberRole,
    PersonCategory,
    RegistrationRole,
    TravelDocumentType,
)

LABELS: dict[str, str] = {
    # page furniture
    "page_of": "Page {page} of {total}",
    "printed_on": "Printed {date}",
    "continued": "(continued)",
    "approximate": "approx.",
    "total": "Total",
    "none": "None",
    # document titles
    "doc.itinerary": "Itinerary",
    "doc.programme": "Exchange programme itinerary",
    "doc.sign_in": "Sign-in sheet",
    "doc.attendance": "Attendance report",
    "doc.badges": "Name badges",
    "doc.crossing": "Boundary-crossing name list",
    "doc.catering": "Dietary and access needs",
    "doc.report": "Annual progress report",
    "report.heading": "Progress of Guangdong/Hong Kong Exchanges and Co-operation on "
                      "Intellectual Property",
    "programme.name": "Guangdong/Hong Kong Intellectual Property Co-operation",
    # people and organisations
    "no": "No.",
    "name": "Name",
    "name_en": "Name (English)",
    "name_zh": "Name (Chinese)",
    "organisation": "Organisation",
    "position": "Position",
    "role": "Role",
    "category": "Category",
    "phone": "Phone",
    "signature": "Signature",
    "no_organisation": "No organisation",
    "minor": "Minor",
    "members": "Members",
    "member_list": "Member list",
    "people": "People",
    # delegations and itineraries
    "delegation": "Delegation",
    "programme": "Exchange programme",
    "leg": "Leg {number}",
    "theme": "Theme",
    "dates": "Dates",
    "date": "Date",
    "leader": "Leader",
    "lead_organisation": "Led by",
    "co_organisers": "Co-organisers",
    "route": "Route",
    "emergency_contacts": "Emergency contacts",
    "day": "Day {number}",
    "time": "Time",
    "activity": "Activity",
    "venue": "Venue",
    "host": "Host",
    "contact_person": "Contact",
    "control_point": "Control point",
    "control_points": "Control points",
    "notes": "Notes",
    "no_itinerary": "No itinerary items yet.",
    "no_people": "Nobody on the list yet.",
    # attendance
    "walk_ins": "Walk-ins",
    "walk_in": "Walk-in",
    "registered": "Registered",
    "attended": "Attended",
    "no_shows": "No-shows",
    "no_show": "No-show",
    "attendance_rate": "Attendance rate",
    "checked_in": "Checked in",
    "days_attended": "Days attended",
    "summary": "Summary",
    "by_organisation": "Attendance by organisation",
    "by_category": "Attendance by category",
    "by_day": "Attendance by day",
    "participant_list": "Participant list",
    "status": "Status",
    # travel documents
    "document": "Travel document",
    "document_number": "Document number",
    "expiry": "Expiry",
    "endorsement": "Endorsement",
    "date_of_birth": "Date of birth",
    "numbers_withheld": "Document numbers are withheld; the organiser can include them when printing.",
    "no_document": "No travel document recorded",
    # catering
    "dietary_needs": "Dietary needs",
    "access_needs": "Access needs",
    "need": "Need",
    "count": "Count",
    "no_special_needs": "No special needs",
    # annual report
    "item": "Item {number}",
    "new_item": "New item",
    "leads": "Lead organisations",
    "events": "Events",
    "delegations": "Delegations and exchange programmes",
    "figures": "Figures",
    "participants": "Participants",
    "delegation_size": "Delegation size",
    "visits": "Visits and meetings",
    "organisers": "Organisers",
    "place": "Place",
    "confidential_ops": "{count} confidential operations ({span}): details are withheld.",
    "no_activities": "No events or delegations recorded for this item.",
    "items_count": "{count} co-operation items",
}

ENUM_LABELS: dict[str, str] = {
    **{f"itinerary.{k.value}": v for k, v in {
        ItineraryKind.VISIT: "Visit", ItineraryKind.MEETING: "Meeting", ItineraryKind.MEAL: "Meal",
        ItineraryKind.TRAVEL: "Travel", ItineraryKind.BOUNDARY_CROSSING: "Boundary crossing",
        ItineraryKind.HOTEL: "Hotel", ItineraryKind.FREE_TIME: "Free time"}.items()},
    **{f"member.{k.value}": v for k, v in {
        MemberRole.LEADER: "Leader", MemberRole.MEMBER: "Member",
        MemberRole.LIAISON_OFFICER: "Liaison officer", MemberRole.INTERPRETER: "Interpreter",
        MemberRole.CHAPERONE: "Chaperone"}.items()},
    **{f"category.{k.value}": v for k, v in {
        PersonCategory.OFFICIAL: "Official", PersonCategory.ENTERPRISE: "Enterprise",
        PersonCategory.EXPERT: "Expert", PersonCategory.STUDENT: "Student",
        PersonCategory.TEACHER: "Teacher", PersonCategory.PRACTITIONER: "Practitioner",
        PersonCategory.OTHER: "Other"}.items()},
    **{f"registration.{k.value}": v for k, v in {
        RegistrationRole.PARTICIPANT: "Participant", RegistrationRole.SPEAKER: "Speaker",
        RegistrationRole.GUEST: "Guest", RegistrationRole.ORGANISER: "Organiser",
        RegistrationRole.STAFF: "Staff", RegistrationRole.MEDIA: "Media"}.items()},
    **{f"document.{k.value}": v for k, v in {
        TravelDocumentType.HKSAR_PASSPORT: "HKSAR passport",
        TravelDocumentType.HOME_RETURN_PERMIT: "Home Return Permit",
        TravelDocumentType.EXIT_ENTRY_PERMIT: "Exit-entry Permit",
        TravelDocumentType.PRC_PASSPORT: "PRC passport",
        TravelDocumentType.HKID: "Hong Kong identity card",
        TravelDocumentType.PASSPORT: "Passport",
        TravelDocumentType.OTHER: "Other document"}.items()},
    **{f"event.{k.value}": v for k, v in {
        EventKind.SEMINAR: "Seminar", EventKind.FORUM: "Forum", EventKind.FAIR: "Fair",
        EventKind.EXCHANGE_VISIT: "Exchange visit", EventKind.MEETING: "Meeting",
        EventKind.TRAINING: "Training", EventKind.COMPETITION: "Competition",
        EventKind.EXAMINATION: "Examination", EventKind.CEREMONY: "Ceremony",
        EventKind.ENFORCEMENT_OPERATION: "Enforcement operation",
        EventKind.OTHER: "Other"}.items()},
}

ALL_LABELS: dict[str, str] = {**LABELS, **ENUM_LABELS}


def english_texts() -> list[str]:
    """Every distinct English text, as the catalogue needs it translated."""
    return list(dict.fromkeys(ALL_LABELS.values()))
