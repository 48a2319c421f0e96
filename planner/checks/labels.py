"""Names of the rows a finding concerns, in the language of the run, with their local times."""

from __future__ import annotations

from typing import Any

from planner.checks.findings import ItemRef
from planner.domain.enums import DatePrecision
from planner.domain.schedule import Schedule
from planner.domain.search import pick  # the name in the run's language


def schedule_of(row: Any) -> Schedule:
    return Schedule.from_columns(timezone=row.timezone, all_day=row.all_day,
                                 starts_at=row.starts_at, ends_at=row.ends_at,
                                 start_date=row.start_date, end_date=row.end_date,
                                 date_precision=row.date_precision)


def when(row: Any) -> str:
    """Local dates and times: '2017-05-17 10:30–12:00', '2017-05-17 – 2017-05-18', '2017-05'."""
    schedule = schedule_of(row)
    if schedule.precision == DatePrecision.MONTH:
        first, last = schedule.local_days()
        return first.strftime("%Y-%m") if first.strftime("%Y-%m") == last.strftime("%Y-%m") \
            else f"{first:%Y-%m} – {last:%Y-%m}"
    mark = "~" if schedule.precision == DatePrecision.APPROXIMATE else ""
    if schedule.all_day:
        first, last = schedule.local_days()
        return mark + (str(first) if first == last else f"{first} – {last}")
    assert schedule.start and schedule.end
    start, end = schedule.start, schedule.end
    if start.date() == end.date():
        return f"{mark}{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{mark}{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"


def clock(row: Any) -> str:
    """Just the local times of a timed item: '09:10–09:50'."""
    schedule = schedule_of(row)
    if schedule.all_day or not schedule.start or not schedule.end:
        return when(row)
    return f"{schedule.start:%H:%M}–{schedule.end:%H:%M}"


class Labels:
    """Builds ItemRefs; everything a message names comes from here, in one language."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self._trips: dict[int, ItemRef] = {}  # a delegation is named in many findings

    def _title(self, row: Any, prefix: str = "title") -> str:
        return pick(self.locale, getattr(row, f"{prefix}_en"), getattr(row, f"{prefix}_zh_hant"),
                    getattr(row, f"{prefix}_zh_hans")) or f"#{row.id}"

    def _aside(self, *parts: str) -> str:
        """' (a, b)' in English, '（a，b）' in Chinese."""
        if self.locale == "en":
            return f" ({', '.join(parts)})"
        return f"（{'，'.join(parts)}）"

    def event(self, row: Any) -> ItemRef:
        return ItemRef("event", row.id, self._title(row) + self._aside(when(row)))

    def item(self, row: Any, delegation: Any | None = None) -> ItemRef:
        """An itinerary item; with its delegation's name when the message does not give it."""
        parts = [when(row)] if delegation is None else [when(row), self.delegation(delegation).label]
        return ItemRef("itinerary", row.id, self._title(row) + self._aside(*parts))

    def delegation(self, row: Any) -> ItemRef:
        if row.id not in self._trips:
            self._trips[row.id] = ItemRef("delegation", row.id, self._title(row, "name"))
        return self._trips[row.id]

    def venue(self, row: Any) -> ItemRef:
        return ItemRef("venue", row.id, self._title(row, "name"))

    def person(self, ident: int, name_en: str | None, name_zh: str | None) -> ItemRef:
        """A person by name as given (Chinese first in Chinese); never any contact data."""
        first, second = (name_zh, name_en) if self.locale != "en" else (name_en, name_zh)
        return ItemRef("person", ident, first or second or f"#{ident}")
