"""Use cases for travel documents: sensitive, so each needs the role that may see them (on a
server, planner_sensitive) and every change is written to the audit log (field names only)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import TravelDocumentType
from planner.domain.errors import PlannerError
from planner.domain.validation import Rules
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_for_edit,
    operation,
    soft_delete,
    soft_restore,
)
from planner.store import audit, convert, queries
from planner.store.models import Person, TravelDocument
from planner.store.sensitive import require_sensitive

DOCUMENT_FIELDS = ("kind", "number", "issuing_authority", "issue_date", "expiry",
                   "endorsement_type", "endorsement_entries", "endorsement_expiry")


def validate_document(values: Mapping[str, Any], current: TravelDocument | None = None
                      ) -> dict[str, Any]:
    """Cleaned column values (`kind` is stored as doc_type)."""
    unknown = set(values) - set(DOCUMENT_FIELDS)
    if unknown:
        raise TypeError(f"unknown travel document fields: {sorted(unknown)}")
    rules = Rules(values).choice("kind", TravelDocumentType, required=current is None)
    rules.text("number", 64).text("issuing_authority", 200).text("endorsement_type", 64)
    rules.day("issue_date").day("expiry").day("endorsement_expiry").count("endorsement_entries")
    issued = rules.out.get("issue_date", current.issue_date if current else None)
    expiry = rules.out.get("expiry", current.expiry if current else None)
    if issued is not None and expiry is not None and expiry < issued:
        rules.errors.add("expiry_before_issue", field="expiry", expiry=expiry.isoformat(),
                         issued=issued.isoformat())
    out = rules.done()
    if "kind" in out:
        out["doc_type"] = out.pop("kind")
    return out


def _editable(session: Session, ident: int, version: int | None, *,
              allow_deleted: bool = False) -> TravelDocument:
    require_sensitive(session)
    document = load_for_edit(session, TravelDocument, ident, version, allow_deleted=allow_deleted)
    _live_person(session, document.person_id)
    return document


def _live_person(session: Session, person_id: int) -> Person:
    person = queries.fetch(session, Person, person_id)
    if person.erased_at is not None:
        raise PlannerError("person_erased", id=person_id)
    return person


@operation("travel_document.create")
def create_travel_document(session: Session, person_id: int,
                           **values: Any) -> Outcome[rows.TravelDocumentRow]:
    require_sensitive(session, "person_id")
    _live_person(session, person_id)
    document = TravelDocument(person_id=person_id, **validate_document(values))
    session.add(document)
    flush(session, document)
    audit.record(session, "change", "travel_document", document.id, person=person_id,
                 fields=sorted(k for k in DOCUMENT_FIELDS if k in values))
    return Outcome(convert.travel_document_row(document),
                   Undo("travel_document.delete", {"ident": document.id,
                                                   "version": document.version}))


@operation("travel_document.update")
def update_travel_document(session: Session, ident: int, version: int | None,
                           **changes: Any) -> Outcome[rows.TravelDocumentRow]:
    document = _editable(session, ident, version)
    old = apply(document, validate_document(changes, document))
    if "doc_type" in old:
        old["kind"] = old.pop("doc_type")
    flush(session, document)
    if old:
        audit.record(session, "change", "travel_document", ident,
                     person=document.person_id, fields=sorted(old))
    return Outcome(convert.travel_document_row(document),
                   Undo("travel_document.update", {"ident": ident, "version": document.version,
                                                   **old}))


@operation("travel_document.delete")
def delete_travel_document(session: Session, ident: int, version: int | None) -> Outcome[int]:
    document = _editable(session, ident, version)
    audit.record(session, "delete", "travel_document", ident, person=document.person_id)
    return soft_delete(session, TravelDocument, ident, version, "travel_document.restore")


@operation("travel_document.restore")
def restore_travel_document(session: Session, ident: int, version: int | None) -> Outcome[int]:
    document = _editable(session, ident, version, allow_deleted=True)
    audit.record(session, "restore", "travel_document", ident, person=document.person_id)
    return soft_restore(session, TravelDocument, ident, version, "travel_document.delete")
