"""Merging two records of one person: registrations, memberships, documents move to the one
kept, empty fields are filled from the other, the other is soft-deleted. Undoable exactly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.errors import PlannerError
from planner.domain.text import search_key
from planner.operations.base import Outcome, Undo, flush, load_for_edit, operation
from planner.operations.participants import audit
from planner.store import convert
from planner.store.base import utcnow
from planner.store.models import (
    Attendance,
    DelegationMember,
    Person,
    PersonSensitive,
    Registration,
    TravelDocument,
)

FILLED = ("name_en", "name_zh", "organisation_id", "position", "email", "phone",
          "dietary_needs", "access_needs")
# What a revived registration or membership takes over from the duplicate it replaces.
_REG_FIELDS = ("status", "role", "registered_at", "walk_in", "checked_in_at", "checked_out_at")
_MEMBER_FIELDS = ("role", "status", "guardian_consent", "consent_date")


@dataclass(frozen=True)
class MergeResult:
    person: rows.PersonRow
    moved_registrations: int
    moved_memberships: int
    duplicates_dropped: int  # the other's registrations or memberships the kept one already had


@operation("person.merge")
def merge_people(session: Session, keep_id: int, keep_version: int | None, other_id: int,
                 other_version: int | None) -> Outcome[MergeResult]:
    """Merge `other` into `keep`; the undo splits them again as they were."""
    if keep_id == other_id:
        raise PlannerError("merge_same_person")
    keep = load_for_edit(session, Person, keep_id, keep_version)
    other = load_for_edit(session, Person, other_id, other_version)
    for person in (keep, other):
        if person.erased_at is not None:
            raise PlannerError("person_erased", id=person.id)
    record: dict[str, Any] = {"filled": {}, "moved": [], "revived": [], "dropped": [],
                              "attendance": [], "sensitive": False, "documents": []}
    _move_rows(session, Registration, "event_id", keep, other, record, _REG_FIELDS)
    _move_rows(session, DelegationMember, "delegation_id", keep, other, record, _MEMBER_FIELDS)
    for name in FILLED:
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
            record["filled"][name] = getattr(keep, name)
            setattr(keep, name, getattr(other, name))
    if other.is_minor and not keep.is_minor:
        record["filled"]["is_minor"] = False
        keep.is_minor = True
    keep.search_key = search_key(keep.name_en, keep.name_zh)
    _move_private(session, keep, other, record)
    other.deleted_at = utcnow()
    flush(session, keep)
    audit.record(session, "merge", "person", keep.id, other=other.id)
    session.flush()
    result = _result(keep, record)
    return Outcome(result, Undo("person.unmerge", {
        "keep_id": keep.id, "keep_version": keep.version, "other_id": other.id,
        "other_version": other.version, "record": record}))


def _move_rows(session: Session, model: Any, parent: str, keep: Person, other: Person,
               record: dict[str, Any], fields: tuple[str, ...]) -> None:
    """The other's live rows move to `keep`; where `keep` has one for the same event or trip,
    the other's is dropped (a soft-deleted one of keep's is revived with the other's values)."""
    mine = {getattr(r, parent): r for r in session.scalars(
        select(model).where(model.person_id == keep.id))}
    kind = model.__tablename__
    for row in session.scalars(select(model).where(model.person_id == other.id,
                                                   model.deleted_at.is_(None))).all():
        target = mine.get(getattr(row, parent))
        if target is None:
            row.person_id = keep.id
            record["moved"].append([kind, row.id])
            continue
        if target.deleted_at is not None:
            record["revived"].append([kind, target.id, {f: getattr(target, f) for f in fields}])
            target.deleted_at = None
            for name in fields:
                setattr(target, name, getattr(row, name))
        row.deleted_at = utcnow()
        record["dropped"].append([kind, row.id])
        if model is Registration:
            _move_attendance(session, row, target, record)


def _move_attendance(session: Session, source: Registration, target: Registration,
                     record: dict[str, Any]) -> None:
    """Days the duplicate was checked in on and the kept registration was not."""
    days = set(session.scalars(select(Attendance.day).where(
        Attendance.registration_id == target.id)))
    for mark in session.scalars(select(Attendance).where(
            Attendance.registration_id == source.id)):
        if mark.day not in days:
            mark.registration_id = target.id
            record["attendance"].append([mark.id, source.id])
    if source.checked_in_at and (target.checked_in_at is None
                                 or source.checked_in_at < target.checked_in_at):
        record["revived"].append(["registration_first", target.id,
                                  {"checked_in_at": target.checked_in_at}])
        target.checked_in_at = source.checked_in_at


def _move_private(session: Session, keep: Person, other: Person, record: dict[str, Any]) -> None:
    mine = session.scalar(select(PersonSensitive).where(PersonSensitive.person_id == keep.id))
    theirs = session.scalar(select(PersonSensitive).where(PersonSensitive.person_id == other.id))
    if mine is None and theirs is not None:
        theirs.person_id = keep.id
        record["sensitive"] = True
    for document in session.scalars(select(TravelDocument).where(
            TravelDocument.person_id == other.id)):
        document.person_id = keep.id
        record["documents"].append(document.id)


def _result(keep: Person, record: dict[str, Any]) -> MergeResult:
    moved = record["moved"]
    return MergeResult(convert.person_row(keep, contact=True),
                       sum(1 for kind, _i in moved if kind == "registration"),
                       sum(1 for kind, _i in moved if kind == "delegation_member"),
                       len(record["dropped"]))


_MODELS: dict[str, type[Registration | DelegationMember]] = {
    "registration": Registration, "delegation_member": DelegationMember,
    "registration_first": Registration}


def _get(session: Session, kind: str, ident: int) -> Registration | DelegationMember:
    if _MODELS[kind] is Registration:
        return session.get_one(Registration, ident)
    return session.get_one(DelegationMember, ident)


@operation("person.unmerge")
def unmerge_people(session: Session, keep_id: int, keep_version: int | None, other_id: int,
                   other_version: int | None, record: dict[str, Any]) -> Outcome[MergeResult]:
    """Undo a merge: everything that moved goes back, filled fields are emptied again."""
    keep = load_for_edit(session, Person, keep_id, keep_version)
    other = load_for_edit(session, Person, other_id, other_version, allow_deleted=True)
    other.deleted_at = None
    for mark_id, source_id in record["attendance"]:
        session.get_one(Attendance, mark_id).registration_id = source_id
    for kind, ident, old in reversed(record["revived"]):
        target = _get(session, kind, ident)
        for name, value in old.items():
            setattr(target, name, value)
        if kind != "registration_first":
            target.deleted_at = utcnow()
    for kind, ident in record["dropped"]:
        _get(session, kind, ident).deleted_at = None
    for kind, ident in record["moved"]:
        _get(session, kind, ident).person_id = other.id
    for name, value in record["filled"].items():
        setattr(keep, name, value)
    keep.search_key = search_key(keep.name_en, keep.name_zh)
    if record["sensitive"]:
        session.scalars(select(PersonSensitive).where(
            PersonSensitive.person_id == keep.id)).one().person_id = other.id
    for ident in record["documents"]:
        session.get_one(TravelDocument, ident).person_id = other.id
    flush(session, keep)
    audit.record(session, "unmerge", "person", keep.id, other=other.id)
    session.flush()
    return Outcome(_result(keep, record), Undo("person.merge", {
        "keep_id": keep.id, "keep_version": keep.version, "other_id": other.id,
        "other_version": other.version}))
