"""Use cases for a delegation's emergency contacts (organiser staff on call during the trip).

Contacts print in `position` order (ties by creation). Adding one puts it last; a move sets the
one contact's position, so a dialog that reorders sets each changed contact's position once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.validation import Rules
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_child_for_edit,
    operation,
    soft_delete,
    soft_restore,
)
from planner.store import convert, queries
from planner.store.models import Delegation, DelegationContact

CONTACT_FIELDS = ("name", "phone", "role", "position")


def validate_contact(values: Mapping[str, Any], current: DelegationContact | None = None
                     ) -> dict[str, Any]:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"unknown contact fields: {sorted(unknown)}")
    rules = Rules(values).text("name", 200, required=current is None or "name" in values)
    rules.text("phone", 64).text("role", 200).count("position")
    return rules.done()


def _editable(session: Session, ident: int, version: int | None, *,
              allow_deleted: bool = False) -> DelegationContact:
    return load_child_for_edit(session, DelegationContact, ident, version, Delegation,
                               "delegation_id", allow_deleted=allow_deleted)


@operation("contact.create")
def create_contact(session: Session, delegation_id: int,
                   **values: Any) -> Outcome[rows.ContactRow]:
    queries.fetch(session, Delegation, delegation_id)
    clean = validate_contact(values)
    if clean.get("position") is None:
        last = session.scalar(select(func.max(DelegationContact.position)).where(
            DelegationContact.delegation_id == delegation_id))
        clean["position"] = 0 if last is None else last + 1
    contact = DelegationContact(delegation_id=delegation_id, **clean)
    session.add(contact)
    flush(session, contact)
    return Outcome(convert.contact_row(contact),
                   Undo("contact.delete", {"ident": contact.id, "version": contact.version}))


@operation("contact.update")
def update_contact(session: Session, ident: int, version: int | None,
                   **changes: Any) -> Outcome[rows.ContactRow]:
    contact = _editable(session, ident, version)
    old = apply(contact, validate_contact(changes, contact))
    flush(session, contact)
    return Outcome(convert.contact_row(contact),
                   Undo("contact.update", {"ident": ident, "version": contact.version, **old}))


@operation("contact.delete")
def delete_contact(session: Session, ident: int, version: int | None) -> Outcome[int]:
    _editable(session, ident, version)
    return soft_delete(session, DelegationContact, ident, version, "contact.restore")


@operation("contact.restore")
def restore_contact(session: Session, ident: int, version: int | None) -> Outcome[int]:
    _editable(session, ident, version, allow_deleted=True)
    return soft_restore(session, DelegationContact, ident, version, "contact.delete")
