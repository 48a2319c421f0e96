"""Session hooks: UIDs once, SEQUENCE on significant changes, who changed it, the revision counter."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import Text, cast, func, inspect, literal, select, update
from sqlalchemy.orm import Session

from planner.store import change_kinds
from planner.store.base import Base, Editable, Scheduled
from planner.store.models.meta import DEFAULT_SETTINGS, DbRevision, Setting

# PostgreSQL channel on which every committed write announces the new revision (store.notify).
REVISION_CHANNEL = "planner_revision"
REVISION_WRITTEN = "revision_written"  # session.info: the revision a transaction writes
# session.info: where a Database keeps the revisions it wrote (OwnRevisions), for write sessions
OWN_REVISIONS = "own_revisions"


class PlannerSession(Session):
    """A session that knows who is writing (`info['user']`)."""


def uid_domain(session: Session) -> str:
    cached = session.info.get("uid_domain")
    if cached is None:
        with session.no_autoflush:
            cached = session.scalar(select(Setting.value).where(Setting.key == "uid_domain"))
        cached = cached or DEFAULT_SETTINGS["uid_domain"]
        session.info["uid_domain"] = cached
    return cached


def new_uid(prefix: str, domain: str) -> str:
    """A UID nobody can guess: 128 random bits after the prefix.

    On a shared server an organiser who cannot see a confidential event could otherwise learn
    that it exists by inserting its UID and meeting the unique constraint. Made once, never
    changed (existing UIDs, predictable or not, stay as they are)."""
    return f"{prefix}-{secrets.token_hex(16)}@{domain}"


def _changed(obj: Any, fields: tuple[str, ...]) -> bool:
    state = inspect(obj)
    for name in fields:
        if name in state.attrs and state.attrs[name].history.has_changes():
            return True
    return False


def before_flush(session: Session, _context: Any, _instances: Any) -> None:
    user = session.info.get("user")
    touched = False
    created = session.info.setdefault("created", [])
    session.connection().info[change_kinds.FLUSH_KEY] = True  # see after_flush_postexec
    for obj in session.new:
        touched = True
        change_kinds.remember_new(session, obj)
        if isinstance(obj, Editable):
            created.append(obj)
        if isinstance(obj, Scheduled) and not obj.uid:
            obj.uid = new_uid(obj.uid_prefix, uid_domain(session))
        if isinstance(obj, Editable) and user and not obj.modified_by:
            obj.modified_by = user
    before = session.info.setdefault("versions_before", {})
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        touched = True
        change_kinds.remember(session, obj)
        if isinstance(obj, Scheduled) and _changed(obj, obj.sequence_fields):
            obj.sequence = (obj.sequence or 0) + 1
        if isinstance(obj, Editable):
            # The version each row had when this transaction first changed it: the undo
            # history tells a row put back by its own undo from one somebody else changed.
            before.setdefault((obj.__tablename__, obj.id), obj.version)  # type: ignore[attr-defined]
            if user:
                obj.modified_by = user
    for obj in session.deleted:
        touched = True
        change_kinds.remember(session, obj)
    if touched:
        _bump_revision(session)


def _bump_revision(session: Session) -> None:
    if session.info.get("revision_bumped"):
        return
    written = session.execute(update(DbRevision).where(DbRevision.id == 1)
                              .values(value=DbRevision.value + 1)
                              .returning(DbRevision.value)).scalar()
    if written is None:
        session.execute(DbRevision.__table__.insert().values(id=1, value=1))
        written = 1
    session.info["revision_bumped"] = True
    # The revision this transaction makes: remembered as this process's own just before the
    # COMMIT (before_commit), so that a notice of it cannot arrive before it is known as ours.
    session.info[REVISION_WRITTEN] = int(written)


def after_flush_postexec(session: Session, _context: Any) -> None:
    session.connection().info.pop(change_kinds.FLUSH_KEY, None)


def after_begin(session: Session, _transaction: Any, connection: Any) -> None:
    session.info.pop(REVISION_WRITTEN, None)  # a rolled-back transaction's is not a write
    # The connection's info outlives this transaction (the pool reuses it): start clean.
    connection.info.pop(change_kinds.FLUSH_KEY, None)
    connection.info.pop(change_kinds.RAW_KEY, None)
    session.info["connection_info"] = connection.info


def before_commit(session: Session) -> None:
    """Statements of a use case's own count as a write too; on a server, announce the commit
    with what it touched (change_kinds), so other organisers' windows reload only that."""
    if change_kinds.raw_tables(session):
        _bump_revision(session)
    if not session.info.get("revision_bumped"):
        return
    own = session.info.get(OWN_REVISIONS)
    if own is not None:  # taken back by after_rollback if the COMMIT fails
        own.add(session.info[REVISION_WRITTEN])
    if session.get_bind().dialect.name == "postgresql":
        session.flush()  # the last changes belong to the notice too
        text = change_kinds.changes_made(session).payload(_SENTINEL)
        before, _, after = text.partition(str(_SENTINEL))
        value = select(DbRevision.value).where(DbRevision.id == 1).scalar_subquery()
        # NOTIFY is transactional: listeners hear it only if (and when) this write commits.
        payload = literal(before, Text) + cast(value, Text) + literal(after, Text)
        session.execute(select(func.pg_notify(REVISION_CHANNEL, payload)))


# Stands for the revision in a payload's text: as long as any revision can be.
_SENTINEL = 10 ** 19 - 1


def after_rollback(session: Session) -> None:
    """A transaction that bumped the revision and then failed (its COMMIT too) wrote nothing."""
    own, written = session.info.get(OWN_REVISIONS), session.info.pop(REVISION_WRITTEN, None)
    if own is not None and written is not None:
        own.discard(written)


def after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop("revision_bumped", None)
        session.info.pop("uid_domain", None)
        session.info.pop("touched", None)
        session.info.pop("touched_new", None)


def versions_changed(session: Session) -> dict[tuple[str, int], tuple[int, int]]:
    """(table, id) -> (version before, version now) of every row this transaction created
    (before: 0) or updated (call after its last flush)."""
    by_table = {getattr(m.class_, "__tablename__", None): m.class_
                for m in Base.registry.mappers}
    out: dict[tuple[str, int], tuple[int, int]] = {
        (obj.__tablename__, obj.id): (0, obj.version) for obj in session.info.get("created", ())
        if obj.id is not None}
    for (table, ident), version in session.info.get("versions_before", {}).items():
        obj = session.get(by_table[table], ident)
        if obj is not None and obj.version != version and (table, ident) not in out:
            out[(table, ident)] = (version, obj.version)
    return out
