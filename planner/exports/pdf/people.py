"""Helpers the participant documents share: ordering and grouping people, event days."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import TypeVar

from planner.domain import rows
from planner.domain.enums import DatePrecision
from planner.exports.pdf.collation import NameOrder, name_key, text_key
from planner.exports.pdf.words import Words
from planner.store.document_queries import PersonLine

T = TypeVar("T")


def by_name(items: Iterable[T], order: NameOrder, person: Callable[[T], PersonLine]) -> list[T]:
    return sorted(items, key=lambda i: name_key(order, person(i).name_en, person(i).name_zh))


def grouped_by_organisation(items: Iterable[T], order: NameOrder, words: Words,
                            person: Callable[[T], PersonLine]) -> list[tuple[str, list[T]]]:
    """(organisation label, people sorted by name) in organisation order; none last."""
    groups: dict[int | None, list[T]] = {}
    refs: dict[int | None, rows.Ref | None] = {}
    for item in items:
        org = person(item).organisation
        key = org.id if org else None
        groups.setdefault(key, []).append(item)
        refs[key] = org

    def org_key(key: int | None) -> tuple:
        ref = refs[key]
        if ref is None:
            return (1, ())
        return (0, text_key(order, ref.name_en, ref.name_zh_hant or ref.name_zh_hans))

    out = []
    for key in sorted(groups, key=org_key):
        label = words.ref(refs[key], sep=" ") if refs[key] else words.label("no_organisation")
        out.append((label, by_name(groups[key], order, person)))
    return out


MAX_SIGN_IN_DAYS = 7


def event_days(event: rows.EventRow) -> list[date]:
    """The days people sign in on: each day of an exactly dated event of up to a week.

    An event known only by its month (or spanning longer) gets one sheet without dates.
    """
    first, last = event.schedule.local_days()
    if event.schedule.precision != DatePrecision.EXACT or (last - first).days >= MAX_SIGN_IN_DAYS:
        return []
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def organisation_name(words: Words, person: PersonLine) -> str:
    return words.ref(person.organisation, sep=" ") if person.organisation else ""
