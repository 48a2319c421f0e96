"""Use cases for exchange programmes. A programme's legs are delegations: a delegation joins one
by its `programme_id` and `leg_number` (planner.operations.delegations), leaves it by clearing
them, and moves along it by a new number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import Status
from planner.domain.validation import TITLE_FIELDS, Rules
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_for_edit,
    operation,
    require_references,
    soft_delete,
    soft_restore,
)
from planner.store import queries
from planner.store.models import CooperationItem, ExchangeProgramme

THEME_FIELDS = ("theme_en", "theme_zh_hant", "theme_zh_hans")
PROGRAMME_FIELDS = (*TITLE_FIELDS, *THEME_FIELDS, "item_id", "status")


def validate_programme(values: Mapping[str, Any], current: ExchangeProgramme | None = None
                       ) -> dict[str, Any]:
    unknown = set(values) - set(PROGRAMME_FIELDS)
    if unknown:
        raise TypeError(f"unknown programme fields: {sorted(unknown)}")
    rules = Rules(values)
    for name in TITLE_FIELDS + THEME_FIELDS:
        rules.text(name, 500)
    rules.reference("item_id").choice("status", Status)
    titles = None if current is None else {n: getattr(current, n) for n in TITLE_FIELDS}
    rules.one_of(TITLE_FIELDS, "title_missing", titles)
    return rules.done()


@operation("programme.create")
def create_programme(session: Session, **values: Any) -> Outcome[rows.ProgrammeRow]:
    clean = validate_programme(values)
    require_references(session, clean, {"item_id": CooperationItem})
    programme = ExchangeProgramme(**clean)
    session.add(programme)
    flush(session, programme)
    return Outcome(queries.get_programme(session, programme.id),
                   Undo("programme.delete", {"ident": programme.id,
                                             "version": programme.version}))


@operation("programme.update")
def update_programme(session: Session, ident: int, version: int | None,
                     **changes: Any) -> Outcome[rows.ProgrammeRow]:
    programme = load_for_edit(session, ExchangeProgramme, ident, version)
    clean = validate_programme(changes, programme)
    require_references(session, clean, {"item_id": CooperationItem})
    old = apply(programme, clean)
    flush(session, programme)
    return Outcome(queries.get_programme(session, ident),
                   Undo("programme.update", {"ident": ident, "version": programme.version,
                                             **old}))


@operation("programme.delete")
def delete_programme(session: Session, ident: int, version: int | None) -> Outcome[int]:
    """Soft-delete the programme; its legs stay delegations of their own (undo brings it back
    with them)."""
    return soft_delete(session, ExchangeProgramme, ident, version, "programme.restore")


@operation("programme.restore")
def restore_programme(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, ExchangeProgramme, ident, version, "programme.delete")
