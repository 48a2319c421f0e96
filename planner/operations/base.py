"""The shape of every use case: check the caller's version, change, flush, return the inverse.

An operation runs inside the caller's transaction (`Database.write()`), refuses a stale version,
and returns an Outcome whose `undo` names another registered operation with its arguments. The
GUI's undo stack replays that inverse as a new write, so versions and SEQUENCE move forward, and
replaying an inverse returns the inverse of the inverse (which is how redo works).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.changes import Changes
from planner.domain.errors import Collector, PlannerError, StaleVersionError
from planner.store.base import Editable, utcnow
from planner.store.change_kinds import changes_made
from planner.store.conflicts import stale_version_error
from planner.store.hooks import versions_changed
from planner.store.queries import ENTITY_NAMES, fetch

T = TypeVar("T")
M = TypeVar("M", bound=Editable)

_REGISTRY: dict[str, Callable[..., Outcome[Any]]] = {}


@dataclass(frozen=True)
class Undo:
    """How to undo an operation: a registered operation name and its keyword arguments."""

    op: str
    args: Mapping[str, Any] = field(default_factory=dict)


# (table, id) -> (version before, version after) of the rows an operation updated.
VersionChanges = Mapping[tuple[str, int], tuple[int, int]]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    undo: Undo
    # Filled in by `tracked`: how the rows' versions moved, for the undo history...
    changes: VersionChanges = field(default_factory=dict)
    # ...and which kinds and ids it touched, for the views that show them.
    touched: Changes = field(default_factory=Changes)


def operation(name: str) -> Callable[[Callable[..., Outcome[T]]], Callable[..., Outcome[T]]]:
    """Register a use case under a stable name so an Undo can refer to it."""

    def register(fn: Callable[..., Outcome[T]]) -> Callable[..., Outcome[T]]:
        if name in _REGISTRY:
            raise ValueError(f"operation {name!r} registered twice")
        _REGISTRY[name] = fn
        return fn

    return register


def replay(session: Session, undo: Undo) -> Outcome[Any]:
    """Run an inverse (undo) or an inverse's inverse (redo) as a new write."""
    return _REGISTRY[undo.op](session, **dict(undo.args))


def tracked(session: Session, op: Callable[..., Outcome[T]], *args: Any,
            **kwargs: Any) -> Outcome[T]:
    """Run an operation (or `replay`) and say how it moved the versions of the rows it
    updated (see planner.ui.undo: an undo history keeps its inverses valid with them) and
    which kinds and ids it touched (views reload only what concerns them)."""
    outcome = op(session, *args, **kwargs)
    session.flush()
    return replace(outcome, changes=versions_changed(session), touched=changes_made(session))


# The table of the rows each family of operations ("event.update" -> event) changes, so that an
# undo history can find the row an inverse's `ident` and `version` name.
OP_TABLES = {"event": "event", "session": "event_session", "delegation": "delegation",
             "itinerary": "itinerary_item", "contact": "delegation_contact",
             "member": "delegation_member", "registration": "registration", "person": "person",
             "organisation": "organisation", "item": "cooperation_item", "venue": "venue",
             "programme": "exchange_programme", "travel_document": "travel_document",
             "feed": "feed"}


def expect_version(obj: Editable, version: int | None) -> None:
    """Refuse a stale edit, naming who changed the row."""
    if version is not None and obj.version != version:
        raise StaleVersionError("stale_version", entity=ENTITY_NAMES.get(type(obj), type(obj).__name__),
                                id=obj.id, who=obj.modified_by or "?", current=obj.version,
                                given=version)


def load_for_edit(session: Session, model: type[M], ident: int, version: int | None,
                  *, allow_deleted: bool = False) -> M:
    obj = fetch(session, model, ident, allow_deleted=allow_deleted)
    expect_version(obj, version)
    return obj


def load_child_for_edit(session: Session, model: type[M], ident: int, version: int | None,
                        parent: type[Any], link: str, *, allow_deleted: bool = False) -> M:
    """load_for_edit for a row that lives and dies with its parent (a session with its event,
    a contact with its delegation): a deleted parent hides it."""
    obj = load_for_edit(session, model, ident, version, allow_deleted=allow_deleted)
    fetch(session, parent, getattr(obj, link))
    return obj


def flush(session: Session, obj: Editable) -> None:
    """Write now; another writer's concurrent change surfaces as a stale-version error.

    The failed transaction cannot be read any more, so who changed the row is read on a
    connection of its own.
    """
    given = obj.version
    try:
        session.flush()
    except StaleDataError as exc:
        raise stale_version_error(session, obj, given) from exc


def apply(obj: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set attributes (a `schedule` key sets the span); return the old values that changed."""
    old: dict[str, Any] = {}
    for key, value in values.items():
        current = getattr(obj, key)
        if current != value:
            old[key] = current
            setattr(obj, key, value)
    return old


def soft_delete(session: Session, model: type[M], ident: int, version: int | None,
                restore_op: str) -> Outcome[int]:
    obj = load_for_edit(session, model, ident, version)
    obj.deleted_at = utcnow()
    flush(session, obj)
    return Outcome(obj.id, Undo(restore_op, {"ident": obj.id, "version": obj.version}))


def soft_restore(session: Session, model: type[M], ident: int, version: int | None,
                 delete_op: str) -> Outcome[int]:
    obj = load_for_edit(session, model, ident, version, allow_deleted=True)
    if obj.deleted_at is None:
        raise PlannerError("not_deleted", entity=ENTITY_NAMES.get(model, model.__name__),
                           id=ident)
    obj.deleted_at = None
    flush(session, obj)
    return Outcome(obj.id, Undo(delete_op, {"ident": obj.id, "version": obj.version}))


def check_later(session: Session, check: Callable[[], None]) -> None:
    """Run a rule that depends on other rows now, or at the end of the batch being run.

    A session must lie inside its event: a batch that moves the event and its sessions
    together (or undoes such a move, in the reverse order) is judged on where everything ends,
    not on the state between two of its steps.
    """
    pending = session.info.get("deferred_checks")
    if pending is None:
        check()
    else:
        pending.append(check)


def require_references(session: Session, values: Mapping[str, Any],
                       models: Mapping[str, type[Any]]) -> None:
    """Every `*_id` value given names a live row of its model; refuse naming the field."""
    errors = Collector()
    for name, model in models.items():
        ident = values.get(name)
        if ident is None:
            continue
        obj = session.get(model, ident)
        label = ENTITY_NAMES.get(model, model.__name__)
        if obj is None:
            errors.add("reference_missing", field=name, entity=label, id=ident)
        elif getattr(obj, "deleted_at", None) is not None:
            errors.add("reference_deleted", field=name, entity=label, id=ident)
    errors.raise_if_any()


def step(undo: Undo) -> dict[str, Any]:
    """An Undo as a step of a batch."""
    return {"op": undo.op, "args": dict(undo.args)}


@dataclass(frozen=True)
class Earlier:
    """In a batch's arguments: the id of what an earlier step (by index) created."""

    index: int


def _resolve(value: Any, results: list[Any]) -> Any:
    if isinstance(value, Earlier):
        return getattr(results[value.index], "id", results[value.index])
    if isinstance(value, list):
        return [_resolve(v, results) for v in value]
    if isinstance(value, tuple):
        return tuple(_resolve(v, results) for v in value)
    if isinstance(value, dict):
        return {k: _resolve(v, results) for k, v in value.items()}
    return value


@operation("batch")
def run_batch(session: Session, steps: list[Mapping[str, Any]]) -> Outcome[list[Any]]:
    """Several operations as one write and one undo step (a dialog saving a record with its
    sessions, contacts or legs; a new year's items).

    Each step is {"op": name, "args": {...}}; an argument may be `Earlier(i)`, the id of what
    step i returned. Rules that span rows (check_later) run once all steps have. The undo is the
    steps' inverses in reverse order; a batch touches each row once, so every inverse still
    holds the row's version.
    """
    outer = session.info.get("deferred_checks")
    pending: list[Callable[[], None]] = [] if outer is None else outer
    session.info["deferred_checks"] = pending
    results: list[Any] = []
    inverses: list[dict[str, Any]] = []
    try:
        for entry in steps:
            outcome = _REGISTRY[entry["op"]](session, **_resolve(dict(entry["args"]), results))
            results.append(outcome.value)
            inverses.append(step(outcome.undo))
        if outer is None:
            session.flush()
            while pending:
                pending.pop(0)()
    finally:
        if outer is None:
            session.info.pop("deferred_checks", None)
    return Outcome(results, Undo("batch", {"steps": list(reversed(inverses))}))
