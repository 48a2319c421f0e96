"""The shape of every use case: check the caller's version, change, flush, return the inverse.

An operation runs inside the caller's transaction (`Database.write()`), refuses a stale version,
and returns an Outcome whose `undo` names another registered operation with its arguments. The
GUI's undo stack replays that inverse as a new write, so versions and SEQUENCE move forward, and
replaying an inverse returns the inverse of the inverse (which is how redo works).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.errors import StaleVersionError
from planner.store.base import Editable, utcnow
from planner.store.conflicts import stale_version_error
from planner.store.queries import ENTITY_NAMES, fetch

T = TypeVar("T")
M = TypeVar("M", bound=Editable)

_REGISTRY: dict[str, Callable[..., Outcome[Any]]] = {}


@dataclass(frozen=True)
class Undo:
    """How to undo an operation: a registered operation name and its keyword arguments."""

    op: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    undo: Undo


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
    obj.deleted_at = None
    flush(session, obj)
    return Outcome(obj.id, Undo(delete_op, {"ident": obj.id, "version": obj.version}))
