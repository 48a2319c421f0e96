"""Use cases for organisations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import OrganisationKind, Side
from planner.domain.text import clean as clean_text
from planner.domain.text import search_key
from planner.domain.validation import NAME_FIELDS, Rules
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_for_edit,
    operation,
    soft_delete,
    soft_restore,
)
from planner.store import convert
from planner.store.models import Organisation

ORGANISATION_FIELDS = ("code", *NAME_FIELDS, "aliases", "side", "kind")


def organisation_key(org: Organisation) -> str:
    return search_key(org.code, org.name_en, org.name_zh_hant, org.name_zh_hans, *(org.aliases or ()))


def validate_organisation(values: Mapping[str, Any], current: Organisation | None = None
                          ) -> dict[str, Any]:
    unknown = set(values) - set(ORGANISATION_FIELDS)
    if unknown:
        raise TypeError(f"unknown organisation fields: {sorted(unknown)}")
    rules = Rules(values).text("code", 32)
    for name in NAME_FIELDS:
        rules.text(name, 300)
    rules.choice("side", Side).choice("kind", OrganisationKind)
    names = None if current is None else {n: getattr(current, n) for n in NAME_FIELDS}
    rules.one_of(NAME_FIELDS, "name_missing", names)
    out = rules.done()
    if "aliases" in values:
        out["aliases"] = [a for a in (clean_text(str(v)) for v in values["aliases"] or ()) if a]
    return out


@operation("organisation.create")
def create_organisation(session: Session, **values: Any) -> Outcome[rows.OrganisationRow]:
    org = Organisation(**validate_organisation(values))
    org.search_key = organisation_key(org)
    session.add(org)
    flush(session, org)
    return Outcome(convert.organisation_row(org),
                   Undo("organisation.delete", {"ident": org.id, "version": org.version}))


@operation("organisation.update")
def update_organisation(session: Session, ident: int, version: int | None,
                        **changes: Any) -> Outcome[rows.OrganisationRow]:
    org = load_for_edit(session, Organisation, ident, version)
    old = apply(org, validate_organisation(changes, org))
    org.search_key = organisation_key(org)
    flush(session, org)
    return Outcome(convert.organisation_row(org),
                   Undo("organisation.update", {"ident": ident, "version": org.version, **old}))


@operation("organisation.delete")
def delete_organisation(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_delete(session, Organisation, ident, version, "organisation.restore")


@operation("organisation.restore")
def restore_organisation(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, Organisation, ident, version, "organisation.delete")
