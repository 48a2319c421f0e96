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


def _events(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    e = Event
    stmt = (select(e.id, e.title_en, e.title_zh_hant, e.title_zh_hans, e.start_date, e.end_date,
                   e.date_precision)
            .where(e.deleted_at.is_(None),
                   _names_match((e.title_en, e.title_zh_hant, e.title_zh_hans), forms))
            .order_by(e.starts_at.desc(), e.id))
    return [SearchHit("event", r.id, r.title_en, r.title_zh_hant, r.title_zh_hans,
                      _days(r.start_date, r.end_date, r.date_precision))
            for r in _rows(session, stmt, limit)]


def _sessions(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    s, e = EventSession, Event
    stmt = (select(s.id, s.title_en, s.title_zh_hant, s.title_zh_hans, s.start_date, s.end_date,
                   e.id.label("event_id"), e.title_en.label("event_en"),
                   e.title_zh_hant.label("event_hant"), e.title_zh_hans.label("event_hans"))
            .join(e, e.id == s.event_id)
            .where(s.deleted_at.is_(None), e.deleted_at.is_(None),
                   _names_match((s.title_en, s.title_zh_hant, s.title_zh_hans, s.speaker),
                                forms))
            .order_by(s.starts_at.desc(), s.id))
    return [SearchHit("session", r.id, r.title_en, r.title_zh_hant, r.title_zh_hans,
                      _days(r.start_date, r.end_date),
                      _ref(r.event_id, r.event_en, r.event_hant, r.event_hans))
            for r in _rows(session, stmt, limit)]


def _delegations(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    d = Delegation
    stmt = (select(d.id, d.name_en, d.name_zh_hant, d.name_zh_hans, d.start_date, d.end_date,
                   d.date_precision)
            .where(d.deleted_at.is_(None),
                   _names_match((d.name_en, d.name_zh_hant, d.name_zh_hans), forms))
            .order_by(d.starts_at.desc(), d.id))
    return [SearchHit("delegation", r.id, r.name_en, r.name_zh_hant, r.name_zh_hans,
                      _days(r.start_date, r.end_date, r.date_precision))
            for r in _rows(session, stmt, limit)]


def _itinerary(session: Session, forms: tuple[str, ...], limit: int) -> list[SearchHit]:
    i, d = ItineraryItem, Delegation
    stmt = (select(i.id, i.title_en, i.title_zh_hant, i.title_zh_hans, i.start_date, i.end_date,
                   d.id.label("delegation_id"), d.name_en.label("d_en"),
                   d.name_zh_hant.label("d_hant"), d.name_zh_hans.label("d_hans"))
            .join(d, d.id == i.delegation_id)
            .where(i.deleted_at.is_(None), d.deleted_at.is_(None),
                   _names_match((i.title_en, i.title_zh_hant, i.title_zh_hans), forms))
            .order_by(i.starts_at.desc(), i.id))
    return [SearchHit("itinerary", r.id, r.title_en, r.title_zh_hant, r.title_zh_hans,
                      _days(r.start_date, r.end_date),
                      _ref(r.delegation_id, r.d_en, r.d_hant, r.d_hans))
            for r in _rows(session, stmt, limit)]


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
