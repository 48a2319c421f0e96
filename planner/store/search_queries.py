"""One search over every kind of record: names in English or either Chinese script.

People and organisations are matched on their folded search keys (planner.domain.text), which
hold each name in Simplified script too, so 陳 finds 陈; an organisation's key holds its code and
aliases (GDPD finds GDPSD). The other kinds have no key column: their names are matched as
stored, in each column, against the typed text and its Traditional and Simplified forms. Each
kind is one query that stops at `limit + 1` rows (the one more tells the UI there are others),
in an order an index or the table's own order serves, so a rare fragment costs one scan of each
table and a common one stops early (people: 100,000 rows, the largest by far).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session, aliased

from planner.domain.enums import DatePrecision
from planner.domain.rows import Ref
from planner.domain.search import KINDS, SearchGroup, SearchHit
from planner.domain.text import other_script, search_fragments
from planner.store.models import (
    CooperationItem,
    Delegation,
    Event,
    EventSession,
    ExchangeProgramme,
    ItineraryItem,
    Organisation,
    Person,
    Venue,
)
from planner.store.queries import ordered
from planner.store.text_match import holds

DEFAULT_LIMIT = 5
Check = Callable[[], None]


def typed_forms(text: str) -> tuple[str, ...]:
    """The typed text with its spaces collapsed, and its Simplified and Traditional forms."""
    typed = " ".join(text.split())
    if not typed:
        return ()
    forms = [typed]
    if not typed.isascii():
        for script in ("hans", "hant"):
            converted = other_script(typed, script)
            if converted not in forms:
                forms.append(converted)
    return tuple(forms)


def _names_match(columns: Sequence[Any], forms: tuple[str, ...]) -> ColumnElement[bool]:
    # ASCII in any case (LIKE); Chinese needs no case and instr() is faster on SQLite.
    return or_(*(holds(column, form, any_case=form.isascii())
                 for column in columns for form in forms))


def _days(first: date | None, last: date | None, precision: DatePrecision | None = None) -> str:
    if first is None:
        return ""
    if precision == DatePrecision.MONTH:
        start, end = f"{first:%Y-%m}", f"{(last or first):%Y-%m}"
        return start if start == end else f"{start} – {end}"
    return str(first) if last in (None, first) else f"{first} – {last}"


def _ref(ident: int | None, *names: str | None) -> Ref | None:
    return Ref(ident, None, *names) if ident is not None else None


def _rows(session: Session, stmt: Select[*tuple[Any, ...]], limit: int) -> list[Any]:
    return list(session.execute(stmt.limit(limit + 1)).all())


def _scheduled(session: Session, kind: str, model: Any, names: tuple[Any, Any, Any],
               forms: tuple[str, ...], limit: int, *, matched: tuple[Any, ...] = (),
               parent: tuple[Any, Any, tuple[Any, Any, Any]] | None = None) -> list[SearchHit]:
    """Events, delegations, sessions and itinerary items: matched on their names (and the
    `matched` columns), latest first, each with its days and, for `parent` (the parent's
    model, the child's column naming it, the parent's names), the record it belongs to."""
    en, hant, hans = names
    precision = getattr(model, "date_precision", None)
    columns: list[Any] = [model.id, en.label("en"), hant.label("hant"), hans.label("hans"),
                          model.start_date, model.end_date]
    if precision is not None:
        columns.append(precision.label("precision"))
    stmt = select(*columns).where(model.deleted_at.is_(None),
                                  _names_match((en, hant, hans, *matched), forms))
    if parent is not None:
        owner, link, (owner_en, owner_hant, owner_hans) = parent
        stmt = (stmt.add_columns(owner.id.label("owner_id"), owner_en.label("owner_en"),
                                 owner_hant.label("owner_hant"),
                                 owner_hans.label("owner_hans"))
                .join(owner, owner.id == link).where(owner.deleted_at.is_(None)))
    stmt = stmt.order_by(model.starts_at.desc(), model.id)
    return [SearchHit(kind, r.id, r.en, r.hant, r.hans,
                      _days(r.start_date, r.end_date, getattr(r, "precision", None)),
                      _ref(r.owner_id, r.owner_en, r.owner_hant, r.owner_hans)
                      if parent is not None else None)
            for r in _rows(session, stmt, limit)]


def _events(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    e = Event
    return _scheduled(session, "event", e, (e.title_en, e.title_zh_hant, e.title_zh_hans),
                      forms, limit)


def _sessions(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    s, e = EventSession, Event
    return _scheduled(session, "session", s, (s.title_en, s.title_zh_hant, s.title_zh_hans),
                      forms, limit, matched=(s.speaker,),
                      parent=(e, s.event_id, (e.title_en, e.title_zh_hant, e.title_zh_hans)))


def _delegations(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    d = Delegation
    return _scheduled(session, "delegation", d, (d.name_en, d.name_zh_hant, d.name_zh_hans),
                      forms, limit)


def _itinerary(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    i, d = ItineraryItem, Delegation
    return _scheduled(session, "itinerary", i, (i.title_en, i.title_zh_hant, i.title_zh_hans),
                      forms, limit,
                      parent=(d, i.delegation_id, (d.name_en, d.name_zh_hant, d.name_zh_hans)))


def _programmes(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    p = ExchangeProgramme
    stmt = (select(p.id, p.title_en, p.title_zh_hant, p.title_zh_hans)
            .where(p.deleted_at.is_(None),
                   _names_match((p.title_en, p.title_zh_hant, p.title_zh_hans), forms))
            .order_by(p.id.desc()))
    return [SearchHit("programme", r.id, r.title_en, r.title_zh_hant, r.title_zh_hans)
            for r in _rows(session, stmt, limit)]


def _people(session: Session, keys: tuple[str, ...], limit: int) -> list[SearchHit]:
    p, o = Person, aliased(Organisation)
    stmt = (select(p.id, p.name_en, p.name_zh, p.position, o.id.label("org_id"),
                   o.code.label("org_code"), o.name_en.label("org_en"),
                   o.name_zh_hant.label("org_hant"), o.name_zh_hans.label("org_hans"))
            .outerjoin(o, o.id == p.organisation_id)
            .where(p.deleted_at.is_(None), p.erased_at.is_(None),
                   or_(*(holds(p.search_key, k) for k in keys)))
            .order_by(p.id))  # the table's own order: the scan stops at the limit
    return [SearchHit("person", r.id, r.name_en, r.name_zh, None, r.position,
                      Ref(r.org_id, r.org_code, r.org_en, r.org_hant, r.org_hans)
                      if r.org_id is not None else None)
            for r in _rows(session, stmt, limit)]


def _organisations(session: Session, keys: tuple[str, ...], limit: int) -> list[SearchHit]:
    o = Organisation
    stmt = (select(o.id, o.code, o.name_en, o.name_zh_hant, o.name_zh_hans, o.aliases)
            .where(o.deleted_at.is_(None), or_(*(holds(o.search_key, k) for k in keys)))
            .order_by(ordered(o.code), o.id))
    return [SearchHit("organisation", r.id, r.name_en, r.name_zh_hant, r.name_zh_hans,
                      " · ".join(x for x in (r.code, ", ".join(r.aliases or ())) if x) or None)
            for r in _rows(session, stmt, limit)]


def _venues(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    v = Venue
    stmt = (select(v.id, v.name_en, v.name_zh_hant, v.name_zh_hans, v.city)
            .where(v.deleted_at.is_(None),
                   _names_match((v.name_en, v.name_zh_hant, v.name_zh_hans), forms))
            .order_by(ordered(v.name_en), v.id))
    return [SearchHit("venue", r.id, r.name_en, r.name_zh_hant, r.name_zh_hans, r.city)
            for r in _rows(session, stmt, limit)]


def _items(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    i = CooperationItem
    stmt = (select(i.id, i.year, i.number, i.title_en, i.title_zh_hant, i.title_zh_hans)
            .where(i.deleted_at.is_(None),
                   _names_match((i.title_en, i.title_zh_hant, i.title_zh_hans), forms))
            .order_by(i.year.desc(), i.number))
    return [SearchHit("item", r.id, r.title_en, r.title_zh_hant, r.title_zh_hans,
                      f"{r.year} ({r.number})")
            for r in _rows(session, stmt, limit)]


_BY_NAME = {"event": _events, "session": _sessions, "delegation": _delegations,
            "itinerary": _itinerary, "programme": _programmes, "venue": _venues, "item": _items}
_BY_KEY = {"person": _people, "organisation": _organisations}


def search_everything(session: Session, text: str, *, limit: int = DEFAULT_LIMIT,
                      kinds: Sequence[str] = KINDS, check: Check | None = None
                      ) -> list[SearchGroup]:
    """The records of each kind whose names hold `text`, at most `limit` per kind, in the
    order of KINDS; kinds with no match are left out. `check` is called before each kind's
    query: it raises (planner.domain.progress.Cancelled) to stop a search nobody waits for."""
    forms, keys = typed_forms(text), search_fragments(text)
    groups = []
    for kind in kinds:
        if check is not None:
            check()
        if kind in _BY_KEY:
            hits = _BY_KEY[kind](session, keys, limit) if keys else []
        else:
            hits = _BY_NAME[kind](session, forms, limit) if forms else []
        if hits:
            groups.append(SearchGroup(kind, tuple(hits[:limit]), more=len(hits) > limit))
    return groups
