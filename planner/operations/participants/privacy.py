"""Privacy: revealing sensitive fields (audited), erasing a person, purging old events' people.

Erasure keeps the person's row (so attendance is still counted, anonymously) and removes every
personal field; it is deliberately not undoable. On SQLite, secure_delete (set on every
connection) overwrites what is removed, and `scrub` checkpoints the write-ahead log so the
old pages do not survive there either. Backups and copies are the organiser's: see README.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from planner.domain.enums import TravelDocumentType
from planner.domain.errors import PlannerError
from planner.operations.base import expect_version
from planner.operations.participants import audit
from planner.store import participant_queries, queries
from planner.store.base import utcnow
from planner.store.database import Database
from planner.store.models import Person, PersonSensitive, TravelDocument
from planner.store.sensitive import require_sensitive

SENSITIVE_FIELDS = ("email", "phone", "dietary_needs", "access_needs", "date_of_birth",
                    "guardian_name", "guardian_phone", "guardian_relationship", "notes",
                    "travel_documents", "guardian_email")
# Kept where row-level security hides them from organisers without planner_sensitive.
_ROLE_FIELDS = {"date_of_birth", "guardian_name", "guardian_phone", "guardian_relationship",
                "notes", "travel_documents", "guardian_email"}
_ERASED = {"name_en": None, "name_zh": None, "search_key": "", "position": None, "email": None,
           "phone": None, "dietary_needs": None, "access_needs": None}


@dataclass(frozen=True)
class DocumentView:
    doc_type: TravelDocumentType
    number: str | None
    expiry: date | None


@dataclass(frozen=True)
class SensitiveView:
    """What a reveal shows: only the fields asked for; the others stay None."""

    person_id: int
    fields: tuple[str, ...]
    email: str | None = None
    phone: str | None = None
    dietary_needs: str | None = None
    access_needs: str | None = None
    date_of_birth: date | None = None
    guardian_name: str | None = None
    guardian_phone: str | None = None
    guardian_relationship: str | None = None
    notes: str | None = None
    travel_documents: tuple[DocumentView, ...] = ()
    guardian_email: str | None = None


def reveal_person(session: Session, person_id: int,
                  fields: Iterable[str] = SENSITIVE_FIELDS) -> SensitiveView:
    """Show a person's sensitive fields, writing who saw which into the audit log."""
    wanted = tuple(dict.fromkeys(fields))
    unknown = set(wanted) - set(SENSITIVE_FIELDS)
    if unknown:
        raise TypeError(f"unknown sensitive fields: {sorted(unknown)}")
    if set(wanted) & _ROLE_FIELDS:
        require_sensitive(session)
    person = queries.fetch(session, Person, person_id)
    if person.erased_at is not None:
        raise PlannerError("person_erased", id=person_id)
    sensitive = session.scalar(select(PersonSensitive).where(
        PersonSensitive.person_id == person_id))
    values: dict[str, object] = {}
    for name in wanted:
        if name == "travel_documents":
            values[name] = tuple(DocumentView(d.doc_type, d.number, d.expiry)
                                 for d in person.documents if d.deleted_at is None)
        elif hasattr(Person, name):
            values[name] = getattr(person, name)
        elif sensitive is not None:
            values[name] = getattr(sensitive, name)
    audit.record(session, "reveal", "person", person_id, fields=list(wanted))
    session.flush()
    return SensitiveView(person_id, wanted, **values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ErasureResult:
    people: int
    registrations_kept: int  # still counted, anonymously


def erase_person(session: Session, person_id: int, version: int | None = None) -> ErasureResult:
    """Remove a person's personal data for good (not undoable); their attendance stays."""
    person = queries.fetch(session, Person, person_id)
    expect_version(person, version)
    if person.erased_at is not None:
        raise PlannerError("person_erased", id=person_id)
    result = _erase_people(session, [person_id])
    audit.record(session, "erase", "person", person_id)
    session.flush()
    return result


def _erase_people(session: Session, ids: Sequence[int]) -> ErasureResult:
    """Erase many people with a few statements (purges reach thousands); the caller audits."""
    from sqlalchemy import func

    from planner.store.models import Registration

    now = utcnow()
    user = session.info.get("user")
    session.flush()
    kept = 0
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        session.execute(update(Person).where(Person.id.in_(chunk)).values(
            **_ERASED, erased_at=now, version=Person.version + 1, modified_at=now,
            modified_by=user).execution_options(synchronize_session=False))
        session.execute(delete(PersonSensitive).where(PersonSensitive.person_id.in_(chunk))
                        .execution_options(synchronize_session=False))
        session.execute(delete(TravelDocument).where(TravelDocument.person_id.in_(chunk))
                        .execution_options(synchronize_session=False))
        kept += session.scalar(select(func.count()).where(Registration.person_id.in_(chunk))) or 0
    session.expire_all()  # loaded people must not keep (or write back) what was erased
    return ErasureResult(len(ids), kept)


@dataclass(frozen=True)
class PurgeResult:
    before: date
    people: int
    registrations_kept: int


def purge_before(session: Session, before: date) -> PurgeResult:
    """Erase the people of events and trips that all ended before `before` (not undoable)."""
    ids = participant_queries.people_only_before(session, before)
    result = _erase_people(session, ids)
    audit.record(session, "purge", None, None, before=before.isoformat(), people=len(ids))
    session.flush()
    return PurgeResult(before, result.people, result.registrations_kept)


def scrub(db: Database) -> None:
    """After an erasure or purge has committed: fold the WAL into the file and truncate it."""
    db.checkpoint()
