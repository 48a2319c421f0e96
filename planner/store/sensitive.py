"""Revealing a person's sensitive data, which is always written to the audit log first."""

from __future__ import annotations

from sqlalchemy.orm import Session

from planner.store.models import AuditEntry, Person
from planner.store.queries import fetch


def reveal_sensitive(session: Session, person_id: int) -> str:
    """The person's birth date, guardian and travel documents as text; logs who looked."""
    person = fetch(session, Person, person_id)
    session.add(AuditEntry(user=session.info.get("user"), action="reveal", entity="person",
                           entity_id=person_id, details={"fields": ["sensitive", "documents"]}))
    lines = []
    s = person.sensitive
    if s is not None:
        if s.date_of_birth:
            lines.append(f"Born {s.date_of_birth.isoformat()}")
        if s.guardian_name:
            lines.append(f"Guardian: {s.guardian_name} {s.guardian_phone or ''} "
                         f"({s.guardian_relationship or ''})".strip())
    for doc in person.documents:
        if doc.deleted_at is None:
            endorsement = f", endorsement {doc.endorsement_type} until {doc.endorsement_expiry}" \
                if doc.endorsement_type else ""
            lines.append(f"{doc.doc_type.value.replace('_', ' ')} {doc.number or ''}, "
                         f"expires {doc.expiry}{endorsement}")
    return "\n".join(lines) or "—"
