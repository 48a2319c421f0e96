"""The audit log of personal data: reveals, changes of sensitive data, sensitive exports, imports,
merges, erasures."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from planner.store.base import utcnow
from planner.store.models import AuditEntry


def record(session: Session, action: str, entity: str | None = None,
           entity_id: int | None = None, **details: Any) -> None:
    """Add an entry as the session's user (the Database's user); never put personal data in it.

    Being an ORM change, it also moves the revision counter for writes made with Core.
    """
    session.add(AuditEntry(at=utcnow(), user=session.info.get("user"), action=action,
                           entity=entity, entity_id=entity_id, details=details))
