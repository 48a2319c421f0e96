"""Use cases for people, their registrations for events and their membership of delegations."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import (
    MemberRole,
    MemberStatus,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
)
from planner.domain.errors import Collector, PlannerError
from planner.domain.text import search_key
from planner.domain.validation import Rules
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_for_edit,
    operation,
    require_references,
    soft_delete,
    soft_restore,
)
from planner.store import audit, convert, queries
from planner.store.base import utcnow
from planner.store.models import (
    Delegation,
    DelegationMember,
    Event,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
)
from planner.store.sensitive import require_sensitive

PERSON_FIELDS = ("name_en", "name_zh", "organisation_id", "position", "category", "email", "phone",
                 "dietary_needs", "access_needs", "is_minor", "language")
# Kept in person_sensitive: only those who may see sensitive data set them (every change
# audited by field name, never by value).
SENSITIVE_PERSON_FIELDS = ("date_of_birth", "guardian_name", "guardian_phone",
                           "guardian_relationship", "guardian_email")
# The languages messages to a person can be written in (planner.mail.templates.LANGUAGES).
MESSAGE_LANGUAGES = ("en", "zh-hk", "zh-cn")


def validate_person(values: Mapping[str, Any], current: Person | None = None) -> dict[str, Any]:
    unknown = set(values) - set(PERSON_FIELDS) - set(SENSITIVE_PERSON_FIELDS)
    if unknown:
        raise TypeError(f"unknown person fields: {sorted(unknown)}")
    rules = Rules(values)
    rules.text("name_en", 200).text("name_zh", 200).text("position", 200).text("phone", 64)
    rules.text("dietary_needs", 300).text("access_needs", 300).email()
    rules.choice("category", PersonCategory).reference("organisation_id").flag("is_minor")
    rules.day("date_of_birth").text("guardian_name", 200).text("guardian_phone", 64)
    rules.text("guardian_relationship", 64).email("guardian_email")
    language = values.get("language")
    if language not in (None, "") and language not in MESSAGE_LANGUAGES:
        rules.errors.add("invalid_choice", field="language", choices=", ".join(MESSAGE_LANGUAGES))
    elif "language" in values:
        rules.out["language"] = language or None
    names = None if current is None else {"name_en": current.name_en, "name_zh": current.name_zh}
    rules.one_of(("name_en", "name_zh"), "name_missing", names)
    born = rules.out.get("date_of_birth")
    if born is not None and born > date.today():
        rules.errors.add("date_in_future", field="date_of_birth", value=born.isoformat())
    return rules.done()


def _split(clean: dict[str, Any]) -> dict[str, Any]:
    """Take the sensitive fields out of `clean` (they live in another table)."""
    return {name: clean.pop(name) for name in SENSITIVE_PERSON_FIELDS if name in clean}


def _set_sensitive(session: Session, person: Person, values: dict[str, Any]) -> dict[str, Any]:
    """Write birth date and guardian (refused without the role); the old values that changed."""
    if not values:
        return {}
    require_sensitive(session, next(iter(values)))
    record = person.sensitive
    if record is None:
        record = PersonSensitive()
        person.sensitive = record
    old = apply(record, values)
    if old:
        audit.record(session, "change", "person", person.id, fields=sorted(old))
        person.modified_at = utcnow()  # the person's version moves: one version to check
    return old


def _person_label(person: Person) -> str:
    return " ".join(n for n in (person.name_en, person.name_zh) if n) or f"#{person.id}"


@operation("person.create")
def create_person(session: Session, **values: Any) -> Outcome[rows.PersonRow]:
    clean = validate_person(values)
    sensitive = {k: v for k, v in _split(clean).items() if v is not None}
    if sensitive:
        require_sensitive(session, next(iter(sensitive)))
    require_references(session, clean, {"organisation_id": Organisation})
    person = Person(**clean)
    person.search_key = search_key(person.name_en, person.name_zh)
    session.add(person)
    flush(session, person)
    _set_sensitive(session, person, sensitive)
    flush(session, person)
    return Outcome(convert.person_row(person, contact=True),
                   Undo("person.delete", {"ident": person.id, "version": person.version}))


@operation("person.update")
def update_person(session: Session, ident: int, version: int | None,
                  **changes: Any) -> Outcome[rows.PersonRow]:
    person = load_for_edit(session, Person, ident, version)
    if person.erased_at is not None:
        raise PlannerError("person_erased", id=ident)
    clean = validate_person(changes, person)
    sensitive = _split(clean)
    require_references(session, clean, {"organisation_id": Organisation})
    old = apply(person, clean)
    old.update(_set_sensitive(session, person, sensitive))
    person.search_key = search_key(person.name_en, person.name_zh)
    flush(session, person)
    return Outcome(convert.person_row(person, contact=True),
                   Undo("person.update", {"ident": ident, "version": person.version, **old}))


@operation("person.delete")
def delete_person(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_delete(session, Person, ident, version, "person.restore")


@operation("person.restore")
def restore_person(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, Person, ident, version, "person.delete")


def new_check_in_code() -> str:
    """Short, unguessable, easy for a USB scanner: 12 characters of base32."""
    return secrets.token_hex(6).upper()


@operation("registration.create")
def register_person(session: Session, event_id: int, person_id: int, *,
                    status: RegistrationStatus | str = RegistrationStatus.REGISTERED,
                    role: RegistrationRole | str = RegistrationRole.PARTICIPANT,
                    walk_in: bool = False,
                    registered_at: datetime | None = None,
                    checked_in_at: datetime | None = None,
                    checked_out_at: datetime | None = None) -> Outcome[rows.RegistrationRow]:
    require_references(session, {"event_id": event_id, "person_id": person_id},
                       {"event_id": Event, "person_id": Person})
    person = queries.fetch(session, Person, person_id)
    existing = session.scalar(select(Registration).where(Registration.event_id == event_id,
                                                         Registration.person_id == person_id))
    if existing is not None and existing.deleted_at is None:
        raise PlannerError("duplicate_registration", field="person_id",
                           person=_person_label(person))
    rules = Rules({"status": status, "role": role, "walk_in": walk_in,
                   "registered_at": registered_at, "checked_in_at": checked_in_at,
                   "checked_out_at": checked_out_at})
    rules.choice("status", RegistrationStatus).choice("role", RegistrationRole).flag("walk_in")
    rules.instant("registered_at").instant("checked_in_at").instant("checked_out_at")
    times = rules.done()
    clean = {"status": times.pop("status"), "role": times.pop("role")}
    walk_in, registered_at = times["walk_in"], times["registered_at"]
    checked_in_at, checked_out_at = times["checked_in_at"], times["checked_out_at"]
    if existing is not None:  # a removed registration comes back rather than a second row
        existing.deleted_at = None
        apply(existing, {**clean, "walk_in": walk_in, "registered_at": registered_at or utcnow(),
                         "checked_in_at": checked_in_at, "checked_out_at": checked_out_at})
        registration = existing
    else:
        registration = Registration(event_id=event_id, person_id=person_id, walk_in=walk_in,
                                    registered_at=registered_at or utcnow(),
                                    checked_in_at=checked_in_at, checked_out_at=checked_out_at,
                                    check_in_code=new_check_in_code(), **clean)
        session.add(registration)
    flush(session, registration)
    return Outcome(convert.registration_row(registration),
                   Undo("registration.delete", {"ident": registration.id,
                                                "version": registration.version}))


@operation("registration.update")
def update_registration(session: Session, ident: int, version: int | None,
                        **changes: Any) -> Outcome[rows.RegistrationRow]:
    registration = load_for_edit(session, Registration, ident, version)
    allowed = {"status", "role", "walk_in", "registered_at", "checked_in_at", "checked_out_at"}
    if set(changes) - allowed:
        raise TypeError(f"unknown registration fields: {sorted(set(changes) - allowed)}")
    rules = Rules(changes).choice("status", RegistrationStatus).choice("role", RegistrationRole)
    rules.flag("walk_in").instant("checked_in_at").instant("checked_out_at")
    rules.instant("registered_at")
    clean = rules.done()
    if "registered_at" in clean and clean["registered_at"] is None:
        del clean["registered_at"]  # the waiting list's order needs one
    old = apply(registration, clean)
    flush(session, registration)
    return Outcome(convert.registration_row(registration),
                   Undo("registration.update", {"ident": ident, "version": registration.version,
                                                **old}))


@operation("registration.delete")
def delete_registration(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_delete(session, Registration, ident, version, "registration.restore")


@operation("registration.restore")
def restore_registration(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, Registration, ident, version, "registration.delete")


def _check_consent(person: Person, status: MemberStatus, consent: bool) -> None:
    if person.is_minor and status == MemberStatus.CONFIRMED and not consent:
        errors = Collector()
        errors.add("minor_needs_guardian_consent", field="guardian_consent",
                   person=_person_label(person))
        errors.raise_if_any()


@operation("member.add")
def add_member(session: Session, delegation_id: int, person_id: int, *,
               role: MemberRole | str = MemberRole.MEMBER,
               status: MemberStatus | str = MemberStatus.INVITED,
               guardian_consent: bool = False,
               consent_date: date | None = None) -> Outcome[rows.MemberRow]:
    require_references(session, {"delegation_id": delegation_id, "person_id": person_id},
                       {"delegation_id": Delegation, "person_id": Person})
    person = queries.fetch(session, Person, person_id)
    clean = Rules({"role": role, "status": status, "guardian_consent": guardian_consent,
                   "consent_date": consent_date}).choice("role", MemberRole) \
        .choice("status", MemberStatus).flag("guardian_consent").day("consent_date").done()
    guardian_consent, consent_date = clean.pop("guardian_consent"), clean.pop("consent_date")
    _check_consent(person, clean["status"], guardian_consent)
    existing = session.scalar(select(DelegationMember).where(
        DelegationMember.delegation_id == delegation_id, DelegationMember.person_id == person_id))
    if existing is not None and existing.deleted_at is None:
        raise PlannerError("duplicate_member", field="person_id", person=_person_label(person))
    if existing is not None:
        existing.deleted_at = None
        apply(existing, {**clean, "guardian_consent": guardian_consent,
                         "consent_date": consent_date})
        member = existing
    else:
        member = DelegationMember(delegation_id=delegation_id, person_id=person_id,
                                  guardian_consent=guardian_consent, consent_date=consent_date,
                                  **clean)
        session.add(member)
    flush(session, member)
    return Outcome(convert.member_row(member),
                   Undo("member.remove", {"ident": member.id, "version": member.version}))


@operation("member.update")
def update_member(session: Session, ident: int, version: int | None,
                  **changes: Any) -> Outcome[rows.MemberRow]:
    member = load_for_edit(session, DelegationMember, ident, version)
    allowed = {"role", "status", "guardian_consent", "consent_date"}
    if set(changes) - allowed:
        raise TypeError(f"unknown member fields: {sorted(set(changes) - allowed)}")
    clean = Rules(changes).choice("role", MemberRole).choice("status", MemberStatus) \
        .flag("guardian_consent").day("consent_date").done()
    _check_consent(member.person, clean.get("status", member.status),
                   clean.get("guardian_consent", member.guardian_consent))
    old = apply(member, clean)
    flush(session, member)
    return Outcome(convert.member_row(member),
                   Undo("member.update", {"ident": ident, "version": member.version, **old}))


@operation("member.remove")
def remove_member(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_delete(session, DelegationMember, ident, version, "member.restore")


@operation("member.restore")
def restore_member(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, DelegationMember, ident, version, "member.remove")
