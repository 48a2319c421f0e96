"""Both sides of an edit conflict: what another organiser saved, beside what this one tried to save.

When a save is refused with StaleVersionError, the GUI reads `conflict_details` in a new session
(the refused transaction is gone) and shows the differences; the user reloads or overwrites
(an overwrite is the same operation again with the version read here).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from planner.domain.errors import StaleVersionError
from planner.store.base import Base, Editable, Scheduled
from planner.store.queries import ENTITY_NAMES

# Bookkeeping columns: not something either organiser typed.
_HIDDEN = {"id", "version", "created_at", "modified_at", "modified_by", "deleted_at", "uid",
           "sequence", "search_key", "erased_at"}
# Columns the operations (and so the editors) name otherwise.
_OPERATION_NAMES = {("venue", "region"): "side", ("travel_document", "doc_type"): "kind"}
_SPAN = {"timezone", "all_day", "starts_at", "ends_at", "start_date", "end_date",
         "date_precision"}


@dataclass(frozen=True)
class FieldDifference:
    field: str
    theirs: Any
    ours: Any


@dataclass(frozen=True)
class ConflictDetails:
    """The row as it is now in the database: who saved it last, when, and its values."""

    entity: str
    id: int
    version: int
    modified_by: str | None
    modified_at: datetime | None
    deleted: bool
    values: Mapping[str, Any] = field(default_factory=dict)

    def differences(self, ours: Mapping[str, Any]) -> list[FieldDifference]:
        """The fields where what we tried to save differs from what they saved."""
        return [FieldDifference(name, self.values.get(name), value)
                for name, value in ours.items()
                if name in self.values and self.values[name] != value]


def model_for(entity: str | type[Any]) -> type[Any]:
    """The mapped class for 'Event', 'Programme', 'ItineraryItem', 'event'... or the class."""
    if isinstance(entity, type):
        return entity
    by_label = {label.lower(): model for model, label in ENTITY_NAMES.items()}
    by_class = {m.class_.__name__.lower(): m.class_ for m in Base.registry.mappers}
    by_table = {getattr(m.class_, "__tablename__", ""): m.class_ for m in Base.registry.mappers}
    key = entity.lower()
    found = by_label.get(key) or by_class.get(key) or by_table.get(key)
    if found is None:
        raise KeyError(f"unknown entity {entity!r}")
    return found


def conflict_details(session: Session, entity: str | type[Any], ident: int
                     ) -> ConflictDetails | None:
    """The current row (None if it no longer exists or is hidden from this user)."""
    model = model_for(entity)
    obj = session.scalar(select(model).where(model.id == ident)
                         .execution_options(populate_existing=True))
    if obj is None:
        return None
    label = ENTITY_NAMES.get(model, model.__name__)
    return ConflictDetails(label, obj.id, obj.version, obj.modified_by, obj.modified_at,
                           obj.deleted_at is not None, _values(obj))


def _values(obj: Editable) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        name = attr.key
        if name in _HIDDEN or (isinstance(obj, Scheduled) and name in _SPAN):
            continue
        values[_OPERATION_NAMES.get((inspect(obj).mapper.local_table.name, name), name)] = \
            getattr(obj, name)
    if isinstance(obj, Scheduled):
        values["schedule"] = obj.schedule  # the operations take the span as one value
    return values


def stale_version_error(session: Session, obj: Editable, given: int) -> StaleVersionError:
    """A StaleVersionError naming who saved the row last and when, read on a new connection.

    For operations whose UPDATE found the version changed under it (a concurrent writer on a
    server): that transaction can no longer be used, so this reads on its own connection.
    """
    model = type(obj)
    ident = inspect(obj).identity[0] if inspect(obj).identity else obj.id
    with session.get_bind().engine.connect() as conn:
        conn.execution_options(planner_write=False)  # a plain read, never SQLite's write lock
        row = conn.execute(select(model.version, model.modified_by, model.modified_at)
                           .where(model.id == ident)).first()
    label = ENTITY_NAMES.get(model, model.__name__)
    if row is None:
        return StaleVersionError("stale_version", entity=label, id=ident, who="?", current="?",
                                 given=given)
    return StaleVersionError("stale_version", entity=label, id=ident, who=row.modified_by or "?",
                             current=row.version, given=given, at=row.modified_at)
