"""Sensitive personal data: who may see it, and revealing it (always written to the audit log).

On a SQLite file the organiser sees everything. On a server, birth dates, guardians and travel
documents are rows that row-level security hides from organisers without `planner_sensitive`
(resources/server/roles.sql); reading them would silently find nothing, so every path that
shows or changes them asks `require_sensitive` first and refuses with a message naming the role.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.store.models import AuditEntry, Person
from planner.store.queries import fetch

SENSITIVE_ROLE = "planner_sensitive"

# True where the login sees every travel_document row: no row-level security on the table
# (roles never set up), a superuser or a role that bypasses it, the table's owner, or a member
# of planner_sensitive (which may not exist yet: pg_has_role would fail on a missing role).
_MAY_SEE = text("""
SELECT NOT c.relrowsecurity OR r.rolsuper OR r.rolbypassrls OR c.relowner = r.oid
       OR EXISTS (SELECT 1 FROM pg_roles s
                  WHERE s.rolname = :role AND pg_has_role(current_user, s.oid, 'MEMBER'))
FROM pg_class c, pg_roles r
WHERE c.oid = to_regclass('travel_document') AND r.rolname = current_user
""")


def may_see_sensitive(session: Session) -> bool:
    """Whether this session's login may read and write sensitive personal data."""
    cached = session.info.get("may_see_sensitive")
    if cached is None:
        if session.get_bind().dialect.name != "postgresql":
            cached = True
        else:
            cached = bool(session.scalar(_MAY_SEE, {"role": SENSITIVE_ROLE}))
        session.info["may_see_sensitive"] = cached
    return cached


def require_sensitive(session: Session, field: str | None = None) -> None:
    """Refuse (exit 2 on the command line) unless the login may see sensitive data."""
    if not may_see_sensitive(session):
        raise PlannerError("sensitive_role_needed", field=field,
                           user=session.info.get("user") or "?", role=SENSITIVE_ROLE)


def reveal_sensitive(session: Session, person_id: int) -> str:
    """The person's birth date, guardian and travel documents as text; logs who looked."""
    require_sensitive(session)
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
