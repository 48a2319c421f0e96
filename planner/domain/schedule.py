"""When something happens: a UTC instant plus the IANA zone it was planned in.

Convention for all-day items: `first_day` and `last_day` are calendar dates in the item's own
zone and the last day is INCLUSIVE (a one-day fair has first_day == last_day). The iCalendar
export turns that into the exclusive DTEND that RFC 5545 wants. The UTC bounds of an all-day
item run from local midnight of the first day to local midnight after the last day, so range
queries and overlap checks treat timed and all-day items alike.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from planner.domain.enums import DatePrecision
from planner.domain.errors import Collector


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name; raises a validation error for an unknown one."""
    if not name or "/" not in name and name != "UTC":
        _unknown(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        _unknown(name)
        raise AssertionError("unreachable") from None


def _unknown(name: str) -> None:
    errors = Collector()
    errors.add("unknown_timezone", field="timezone", zone=name)
    errors.raise_if_any()


def is_known_zone(name: str) -> bool:
    return name in _zones()


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def to_utc_naive(value: datetime) -> datetime:
    """Aware datetime to the naive UTC value the database stores."""
    return value.astimezone(UTC).replace(tzinfo=None)


def from_utc_naive(value: datetime, tz: str) -> datetime:
    """Stored naive UTC value to an aware datetime in the zone `tz`."""
    return value.replace(tzinfo=UTC).astimezone(zone(tz))


@dataclass(frozen=True)
class Schedule:
    """Start and end of an item. Timed: aware datetimes; all-day: dates, last day inclusive."""

    timezone: str
    all_day: bool
    start: datetime | None = None
    end: datetime | None = None
    first_day: date | None = None
    last_day: date | None = None
    precision: DatePrecision = DatePrecision.EXACT

    @classmethod
    def timed(cls, start: datetime, end: datetime, tz: str,
              precision: DatePrecision = DatePrecision.EXACT) -> Schedule:
        """Build from local wall-clock times in `tz` (naive) or aware datetimes."""
        zi = zone(tz)
        errors = Collector()
        start_aware = _localise(start, zi, "start", errors)
        end_aware = _localise(end, zi, "end", errors)
        errors.raise_if_any()
        if end_aware < start_aware:
            errors.add("end_before_start", field="end", start=start_aware.isoformat(),
                       end=end_aware.isoformat())
            errors.raise_if_any()
        return cls(tz, False, start_aware.astimezone(zi), end_aware.astimezone(zi),
                   precision=precision)

    @classmethod
    def days(cls, first: date, last: date, tz: str,
             precision: DatePrecision = DatePrecision.EXACT) -> Schedule:
        zone(tz)
        if last < first:
            errors = Collector()
            errors.add("end_before_start", field="end", start=first.isoformat(), end=last.isoformat())
            errors.raise_if_any()
        return cls(tz, True, first_day=first, last_day=last, precision=precision)

    @classmethod
    def month(cls, year: int, month: int, tz: str) -> Schedule:
        """A month the report names without a day: the whole month, marked as such."""
        last = calendar.monthrange(year, month)[1]
        return cls.days(date(year, month, 1), date(year, month, last), tz, DatePrecision.MONTH)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Naive UTC start and end; all-day items span local midnight to midnight."""
        if self.all_day:
            assert self.first_day and self.last_day
            zi = zone(self.timezone)
            start = datetime.combine(self.first_day, time(0), zi)
            end = datetime.combine(self.last_day + timedelta(days=1), time(0), zi)
            return to_utc_naive(start), to_utc_naive(end)
        assert self.start and self.end
        return to_utc_naive(self.start), to_utc_naive(self.end)

    def local_days(self) -> tuple[date, date]:
        """First and last local calendar day the item touches."""
        if self.all_day:
            assert self.first_day and self.last_day
            return self.first_day, self.last_day
        assert self.start and self.end
        return self.start.date(), self.end.date()

    def columns(self) -> dict[str, object]:
        """The stored form: every scheduled table has these columns."""
        starts_at, ends_at = self.utc_bounds()
        first, last = self.local_days()
        return {"timezone": self.timezone, "all_day": self.all_day, "starts_at": starts_at,
                "ends_at": ends_at, "start_date": first, "end_date": last,
                "date_precision": self.precision}

    @classmethod
    def from_columns(cls, *, timezone: str, all_day: bool, starts_at: datetime, ends_at: datetime,
                     start_date: date, end_date: date,
                     date_precision: DatePrecision | str = DatePrecision.EXACT) -> Schedule:
        precision = DatePrecision(date_precision)
        if all_day:
            return cls(timezone, True, first_day=start_date, last_day=end_date, precision=precision)
        return cls(timezone, False, from_utc_naive(starts_at, timezone),
                   from_utc_naive(ends_at, timezone), precision=precision)

    def local_start(self) -> datetime:
        """The start as a wall-clock time in its zone (midnight of the first day if all-day)."""
        if self.all_day:
            assert self.first_day
            return datetime.combine(self.first_day, time(0))
        assert self.start
        return self.start.replace(tzinfo=None)

    def shifted(self, delta: timedelta) -> Schedule:
        """The same span moved by `delta` on the wall clock (whole days for all-day items)."""
        if self.all_day:
            assert self.first_day and self.last_day
            days = timedelta(days=delta.days)
            return Schedule.days(self.first_day + days, self.last_day + days, self.timezone,
                                 self.precision)
        assert self.start and self.end
        return Schedule.timed(self.start.replace(tzinfo=None) + delta,
                              self.end.replace(tzinfo=None) + delta, self.timezone,
                              self.precision)

    def iso(self) -> tuple[str, str]:
        """ISO 8601 start and end: dates for all-day items, date-times with offset otherwise."""
        if self.all_day:
            assert self.first_day and self.last_day
            return self.first_day.isoformat(), self.last_day.isoformat()
        assert self.start and self.end
        return self.start.isoformat(), self.end.isoformat()


def _localise(value: datetime, zi: ZoneInfo, field: str, errors: Collector) -> datetime:
    if value.tzinfo is not None:
        return value
    aware = value.replace(tzinfo=zi)
    # A wall-clock time inside a daylight-saving gap does not exist; refuse rather than guess.
    round_trip = aware.astimezone(UTC).astimezone(zi).replace(tzinfo=None)
    if round_trip != value:
        errors.add("nonexistent_time", field=field, value=value.isoformat(), zone=zi.key)
    return aware


def parse_when(text: str, tz: str, *, end: bool = False) -> tuple[datetime | date, DatePrecision]:
    """Parse `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` as entered by people and data files.

    A bare month gives its first day (or last day when `end`) with month precision.
    """
    text = text.strip()
    errors = Collector()
    try:
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            day = calendar.monthrange(year, month)[1] if end else 1
            return date(year, month, day), DatePrecision.MONTH
        if len(text) == 10:
            return date.fromisoformat(text), DatePrecision.EXACT
        value = datetime.fromisoformat(text)
        if value.tzinfo is None:
            zone(tz)
        return value, DatePrecision.EXACT
    except ValueError:
        errors.add("invalid_datetime", value=text)
        errors.raise_if_any()
        raise AssertionError("unreachable") from None


def schedule_from_text(start: str, end: str, tz: str,
                       precision: DatePrecision | None = None) -> Schedule:
    """A Schedule from two strings of the forms `parse_when` accepts (both dates or both times)."""
    first, p1 = parse_when(start, tz)
    last, p2 = parse_when(end, tz, end=True)
    chosen = precision or (DatePrecision.MONTH if DatePrecision.MONTH in (p1, p2) else p1)
    if isinstance(first, datetime) and isinstance(last, datetime):
        return Schedule.timed(first, last, tz, chosen)
    if isinstance(first, datetime) or isinstance(last, datetime):
        errors = Collector()
        errors.add("timed_needs_times", field="end")
        errors.raise_if_any()
    assert isinstance(first, date) and isinstance(last, date)
    return Schedule.days(first, last, tz, chosen)
