"""Who may do what on a shared server: the group roles, their privileges and row-level security.

The SQL lives in resources/server/roles.sql so an administrator can read it (or run it with
psql); `setup_roles` runs it in one transaction and adds login roles to the groups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from planner.config import resources_dir
from planner.domain.errors import StorageError
from planner.store.database import Database
from planner.store.server_errors import first_line, sqlstate

ORGANISER_ROLE = "planner_organiser"
SENSITIVE_ROLE = "planner_sensitive"
# The tables whose rows row-level security hides from organisers without SENSITIVE_ROLE (the
# audit log: its entries about those rows).
PROTECTED_TABLES = ("event", "event_session", "event_organiser", "registration", "attendance",
                    "person_sensitive", "travel_document", "audit_log")


@dataclass(frozen=True)
class Member:
    """A login role and what it may see."""

    name: str
    organiser: bool
    sensitive: bool
    superuser: bool

    @property
    def sees_everything(self) -> bool:
        return self.sensitive or self.superuser


def roles_sql() -> str:
    return (resources_dir() / "server" / "roles.sql").read_text(encoding="utf-8")


def require_server(db: Database) -> None:
    if db.is_sqlite:
        raise StorageError("db_roles_need_server", url=str(db.path or db.url))


def setup_roles(db: Database, *, organisers: Iterable[str] = (), sensitive: Iterable[str] = (),
                revoke: Iterable[str] = ()) -> list[Member]:
    """Create the group roles, grants and policies (idempotent); then revoke, then grant."""
    require_server(db)
    try:
        with db.engine.begin() as conn:
            # The driver's own cursor: the script has several statements and no parameters.
            conn.connection.cursor().execute(roles_sql())
            for name in revoke:
                _check_login(conn, name)
                conn.exec_driver_sql(
                    f"REVOKE {SENSITIVE_ROLE}, {ORGANISER_ROLE} FROM {_ident(conn, name)}")
            for group, names in ((ORGANISER_ROLE, organisers), (SENSITIVE_ROLE, sensitive)):
                for name in names:
                    _check_login(conn, name)
                    conn.exec_driver_sql(f"GRANT {group} TO {_ident(conn, name)}")
    except DBAPIError as exc:
        if sqlstate(exc) == "42501":
            raise StorageError("db_roles_refused", user=db.user, reason=first_line(exc)) from exc
        raise
    return who_is_who(db)


def _check_login(conn: Connection, name: str) -> None:
    if not conn.scalar(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": name}):
        raise StorageError("db_role_unknown", name=name)


def _ident(conn: Connection, name: str) -> str:
    return str(conn.scalar(text("SELECT quote_ident(:n)"), {"n": name}))


def groups_exist(conn: Connection) -> bool:
    found = conn.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname IN (:a, :b)"),
                        {"a": ORGANISER_ROLE, "b": SENSITIVE_ROLE})
    return found == 2


def who_is_who(db: Database) -> list[Member]:
    """Every login role that can use Planner here: organisers, sensitive, superusers."""
    require_server(db)
    with db.engine.connect() as conn:
        if not groups_exist(conn):
            rows = conn.execute(text(
                "SELECT rolname, false, false, rolsuper FROM pg_roles "
                "WHERE rolcanlogin AND rolsuper ORDER BY rolname"))
        else:
            rows = conn.execute(text(
                "SELECT rolname, pg_has_role(oid, :o, 'MEMBER'), pg_has_role(oid, :s, 'MEMBER'),"
                " rolsuper FROM pg_roles WHERE rolcanlogin AND (rolsuper"
                " OR pg_has_role(oid, :o, 'MEMBER')) ORDER BY rolname"),
                {"o": ORGANISER_ROLE, "s": SENSITIVE_ROLE})
        return [Member(name, bool(org), bool(sens), bool(sup)) for name, org, sens, sup in rows]


def bypasses_row_security(conn: Connection) -> bool:
    """True when no row-level security policy applies to the connected role (a superuser, a
    role with BYPASSRLS, or the owner of every table that has policies)."""
    bypass = conn.scalar(text(
        "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"))
    if bypass:
        return True
    owners = conn.execute(text(
        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relrowsecurity "
        "AND relnamespace = 'public'::regnamespace")).scalars().all()
    user = conn.scalar(text("SELECT current_user"))
    return all(owner == user for owner in owners)


def sees_every_row(conn: Connection) -> bool:
    """True when the connected role may see every row (no policy applies, or it may see all)."""
    if bypasses_row_security(conn):
        return True
    return bool(groups_exist(conn) and conn.scalar(
        text("SELECT pg_has_role(current_user, :s, 'MEMBER')"), {"s": SENSITIVE_ROLE}))
