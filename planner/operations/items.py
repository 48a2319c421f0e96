"""Use cases for co-operation items: a year's numbered items, their leads, narratives, figures;
and starting the next year from this one."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import FigureUnit
from planner.domain.errors import Collector, PlannerError
from planner.domain.validation import TITLE_FIELDS, Rules
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_for_edit,
    operation,
    require_references,
    run_batch,
    soft_delete,
    soft_restore,
)
from planner.store import queries
from planner.store.base import utcnow
from planner.store.models import CooperationItem, ItemFigure, ItemLead, Organisation

NARRATIVE_FIELDS = ("narrative_en", "narrative_zh_hant", "narrative_zh_hans")
ITEM_FIELDS = ("year", "number", *TITLE_FIELDS, "is_new", *NARRATIVE_FIELDS, "leads", "figures")
FIGURE_FIELDS = ("key", "label_en", "label_zh_hant", "label_zh_hans", "value", "unit")
NARRATIVE_LIMIT = 50_000  # the report's longest narrative is under 2,000 characters
_YEAR = re.compile(r"^(\d{4})-(\d{2})$")


def year_error(year: str | None) -> bool:
    """True unless `year` reads like a programme year: 2017-18 (the second the next year)."""
    match = _YEAR.match(year or "")
    return not match or (int(match.group(1)) + 1) % 100 != int(match.group(2))


def next_year(year: str) -> str:
    """'2016-17' -> '2017-18'."""
    first = int(year[:4]) + 1
    return f"{first}-{(first + 1) % 100:02d}"


def validate_item(values: Mapping[str, Any], current: CooperationItem | None = None
                  ) -> dict[str, Any]:
    unknown = set(values) - set(ITEM_FIELDS)
    if unknown:
        raise TypeError(f"unknown item fields: {sorted(unknown)}")
    creating = current is None
    rules = Rules(values).text("year", 16, required=creating)
    if "number" in values or creating:
        rules.count("number")
        if values.get("number") in (None, ""):
            rules.errors.add("required", field="number")
    for name in TITLE_FIELDS:
        rules.text(name, 500)
    for name in NARRATIVE_FIELDS:
        rules.text(name, NARRATIVE_LIMIT, multiline=True)
    rules.flag("is_new")
    titles = None if creating else {n: getattr(current, n) for n in TITLE_FIELDS}
    rules.one_of(TITLE_FIELDS, "title_missing", titles)
    if rules.out.get("year") and year_error(rules.out["year"]):
        rules.errors.add("invalid_year", field="year", value=rules.out["year"])
    if rules.out.get("number") == 0:
        rules.errors.add("out_of_range", field="number", low=1, high=999, value=0)
    if "leads" in values:
        rules.out["leads"] = _leads(values["leads"], rules.errors)
    if "figures" in values:
        rules.out["figures"] = _figures(values["figures"], rules.errors)
    return rules.done()


def _leads(value: Any, errors: Collector) -> list[int]:
    """Organisation ids in order, each once."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        errors.add("wrong_type", field="leads", expected="a list of organisations")
        return []
    out: list[int] = []
    for raw in value:
        ident = Rules({"leads": raw}).reference("leads")
        if ident.errors.problems or ident.out.get("leads") is None:
            errors.add("bad_reference", field="leads", value=raw)
        elif ident.out["leads"] not in out:
            out.append(ident.out["leads"])
    return out


def _figures(value: Any, errors: Collector) -> list[dict[str, Any]]:
    """Figures as dicts of ItemFigure's columns, keys unique (made from the position if absent)."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        errors.add("wrong_type", field="figures", expected="a list of figures")
        return []
    out: list[dict[str, Any]] = []
    for position, raw in enumerate(value):
        if not isinstance(raw, Mapping):
            errors.add("wrong_type", field="figures", expected="a list of figures")
            continue
        unknown = set(raw) - set(FIGURE_FIELDS)
        if unknown:
            errors.add("unknown_key", field="figures", key=sorted(unknown)[0], kind="figure")
            continue
        rules = Rules(raw).text("key", 64).text("label_en", 300).text("label_zh_hant", 300)
        rules.text("label_zh_hans", 300).number("value", required=True)
        rules.choice("unit", FigureUnit, required=True)
        for problem in rules.errors.problems:
            if problem.code == "required":  # "The figures is required" says nothing
                errors.add("figure_part_missing", field="figures", position=position + 1,
                           part=problem.field)
                continue
            errors.add(problem.code, field="figures", **{k: v for k, v in problem.params.items()
                                                          if k != "field"})
        clean = rules.out
        if not any(clean.get(n) for n in ("label_en", "label_zh_hant", "label_zh_hans")):
            errors.add("figure_label_missing", field="figures", position=position + 1)
        clean["key"] = clean.get("key") or f"figure_{position + 1}"
        if any(f["key"] == clean["key"] for f in out):
            errors.add("duplicate_figure_key", field="figures", key=clean["key"])
        out.append({**clean, "position": position})
    return out


def _check_number(session: Session, year: str, number: int, ident: int | None) -> None:
    """One live item per number in a year (a deleted one does not keep its number)."""
    other = session.scalar(select(CooperationItem).where(
        CooperationItem.year == year, CooperationItem.number == number,
        CooperationItem.id != (ident or 0), CooperationItem.deleted_at.is_(None)))
    if other is not None:
        raise PlannerError("duplicate_item_number", field="number", year=year, number=number,
                           id=other.id)


def _set_lists(session: Session, item: CooperationItem, clean: dict[str, Any]) -> dict[str, Any]:
    """Replace leads and figures when given; return the previous lists that changed."""
    old: dict[str, Any] = {}
    leads = clean.pop("leads", None)
    figures = clean.pop("figures", None)
    if leads is not None:
        for lead in leads:
            require_references(session, {"leads": lead}, {"leads": Organisation})
        current = [lead.organisation_id for lead in item.leads]
        if current != leads:
            old["leads"] = current
            item.leads.clear()
            session.flush()
            item.leads.extend(ItemLead(organisation_id=o, position=i) for i, o in enumerate(leads))
    if figures is not None:
        current_figures = [_figure_values(f) for f in item.figures]
        wanted = [{k: v for k, v in f.items() if k != "position"} for f in figures]
        if current_figures != wanted:
            old["figures"] = current_figures
            item.figures.clear()
            session.flush()
            item.figures.extend(ItemFigure(**f) for f in figures)
    if old:
        item.modified_at = utcnow()  # a change of leads or figures is a change of the item
    return old


def _figure_values(f: ItemFigure) -> dict[str, Any]:
    return {"key": f.key, "label_en": f.label_en, "label_zh_hant": f.label_zh_hant,
            "label_zh_hans": f.label_zh_hans, "value": float(f.value), "unit": f.unit}


@operation("item.create")
def create_item(session: Session, **values: Any) -> Outcome[rows.ItemRow]:
    clean = validate_item(values)
    _check_number(session, clean["year"], clean["number"], None)
    leads, figures = clean.pop("leads", []), clean.pop("figures", [])
    for lead in leads:
        require_references(session, {"leads": lead}, {"leads": Organisation})
    item = CooperationItem(**clean)
    item.leads = [ItemLead(organisation_id=o, position=i) for i, o in enumerate(leads)]
    item.figures = [ItemFigure(**f) for f in figures]
    session.add(item)
    flush(session, item)
    return Outcome(queries.get_item(session, item.id),
                   Undo("item.delete", {"ident": item.id, "version": item.version}))


@operation("item.update")
def update_item(session: Session, ident: int, version: int | None,
                **changes: Any) -> Outcome[rows.ItemRow]:
    item = load_for_edit(session, CooperationItem, ident, version)
    clean = validate_item(changes, item)
    if "year" in clean or "number" in clean:
        _check_number(session, clean.get("year", item.year), clean.get("number", item.number),
                      item.id)
    old_lists = _set_lists(session, item, clean)
    old = apply(item, clean)
    old.update(old_lists)
    flush(session, item)
    return Outcome(queries.get_item(session, item.id),
                   Undo("item.update", {"ident": ident, "version": item.version, **old}))


@operation("item.delete")
def delete_item(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_delete(session, CooperationItem, ident, version, "item.restore")


@operation("item.restore")
def restore_item(session: Session, ident: int, version: int | None) -> Outcome[int]:
    item = load_for_edit(session, CooperationItem, ident, version, allow_deleted=True)
    _check_number(session, item.year, item.number, item.id)
    return soft_restore(session, CooperationItem, ident, version, "item.delete")


def years(session: Session) -> list[str]:
    """The programme years that have items, oldest first."""
    return list(session.scalars(select(CooperationItem.year).where(
        CooperationItem.deleted_at.is_(None)).distinct().order_by(CooperationItem.year)))


@operation("item.rollover")
def rollover(session: Session, from_year: str, to_year: str,
             numbers: Sequence[int] | None = None) -> Outcome[list[rows.ItemRow]]:
    """Start `to_year` from `from_year`: the chosen items (all by default) copied with their
    numbers, titles and leads (not narratives, figures or 'new'), in one undoable step."""
    errors = Collector()
    for name, year in (("from_year", from_year), ("to_year", to_year)):
        if year_error(year):
            errors.add("invalid_year", field=name, value=year)
    errors.raise_if_any()
    source = [i for i in queries.list_items(session, year=from_year)]
    if not source:
        raise PlannerError("rollover_no_items", field="from_year", year=from_year)
    if from_year == to_year:
        raise PlannerError("rollover_same_year", field="to_year", year=to_year)
    if numbers is not None:
        wanted = list(dict.fromkeys(int(n) for n in numbers))
        have = {i.number for i in source}
        missing = [n for n in wanted if n not in have]
        if missing:
            raise PlannerError("rollover_unknown_items", field="items", year=from_year,
                               numbers=", ".join(str(n) for n in missing))
        source = [i for i in source if i.number in wanted]
    taken = sorted(n for n in session.scalars(select(CooperationItem.number).where(
        CooperationItem.year == to_year, CooperationItem.deleted_at.is_(None)))
        if n in {i.number for i in source})
    if taken:
        raise PlannerError("rollover_numbers_taken", field="items", year=to_year,
                           numbers=", ".join(str(n) for n in taken))
    steps = [{"op": "item.create", "args": {
        "year": to_year, "number": i.number, "title_en": i.title_en,
        "title_zh_hant": i.title_zh_hant, "title_zh_hans": i.title_zh_hans,
        "leads": [lead.id for lead in i.leads]}} for i in source]
    return run_batch(session, steps)
