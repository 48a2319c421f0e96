"""Calendar files made to burn the CPU or crash the importer (issue 15, part 2).

Every file is written by the test (tests/calendars/hostile_ics.py). Each CPU case is bounded
in time far below what it took before (figures in the docstrings, measured on a developer's
machine), and far above what it takes now, so the bound catches a regression, not a slow CI.
"""

from __future__ import annotations

import io
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import vRecur

from planner.cli.main import main
from planner.domain.errors import PlannerError
from planner.imports.ical import MAX_BYTES, MAX_EVENTS, read_calendar, recurrence
from planner.imports.ical.recurrence import Budget, OutOfSteps, expand
from tests.calendars import hostile_ics


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _timed(data: bytes, name: str = "hostile.ics") -> tuple[float, object]:
    started = time.perf_counter()
    try:
        result: object = read_calendar(data, name)
    except PlannerError as exc:
        result = exc
    return time.perf_counter() - started, result


def test_rules_that_never_match_stop_at_their_budget() -> None:
    """8 rules that never match, 1.3 KB: 43-93 s before (dateutil looks at every day until
    the year 9999, and only produced occurrences were counted); about 1.5 s now."""
    data = hostile_ics.never_matching_rules()
    assert len(data) < 1_500
    elapsed, parsed = _timed(data)
    assert elapsed < 15
    assert not isinstance(parsed, PlannerError)
    assert len(parsed.truncated) == 8  # type: ignore[attr-defined]
    # Each series still has its DTSTART, which is always an occurrence (RFC 5545).
    assert len(parsed.events) == 8  # type: ignore[attr-defined]


def test_the_budget_counts_periods_dateutil_looks_at() -> None:
    """Guards the counting hook: if a dateutil release stops building its helper the way
    recurrence._counted_iter expects, this fails instead of a file spinning for a minute."""
    start = datetime(2017, 3, 1, 9, tzinfo=UTC)
    never = vRecur.from_ical("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")
    budget = Budget(per_file=10_000, per_series=500)
    started = time.perf_counter()
    found, cut = expand(start, never, [], [], (start, start + timedelta(days=3650)), 1000, budget)
    assert time.perf_counter() - started < 2
    assert (found, cut) == ([start], True)
    assert budget.file_left < 10_000 - 500
    with pytest.raises(OutOfSteps):
        expand(start, never, [], [], (start, start + timedelta(days=3650)), 1000,
               Budget(per_file=100, per_series=500))


def test_a_normal_series_is_not_cut_by_the_budget() -> None:
    start = datetime(2017, 3, 1, 9, tzinfo=UTC)
    daily = vRecur.from_ical("FREQ=DAILY")
    found, cut = expand(start, daily, [], [start + timedelta(days=1)],
                        (start, start + timedelta(days=730)), 1000, Budget())
    assert len(found) == 730 and not cut  # 731 days, one excluded


def test_a_file_whose_rules_spend_the_whole_budget_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("planner.imports.ical.reader.Budget",
                        lambda: Budget(per_file=20_000, per_series=recurrence.STEPS_PER_SERIES))
    elapsed, refused = _timed(hostile_ics.never_matching_rules())
    assert isinstance(refused, PlannerError) and refused.code == "ical_too_complex"


def test_sixteen_thousand_events_read_in_linear_time() -> None:
    """16,000 events, 2 MB: 22-23 s before (a line index rebuilt for every UID); about 4 s
    now, nearly all of it icalendar's own parsing."""
    data = hostile_ics.many_events(16_000)
    elapsed, parsed = _timed(data)
    assert not isinstance(parsed, PlannerError)
    assert len(parsed.events) == 16_000  # type: ignore[attr-defined]
    assert elapsed < 15


def test_a_property_folded_160000_times_unfolds_in_linear_time() -> None:
    """1.4 s before in our scan alone (each fold copied the line so far); 0.2 s now."""
    elapsed, parsed = _timed(hostile_ics.folded_property(160_000))
    assert not isinstance(parsed, PlannerError)
    [event] = parsed.events  # type: ignore[attr-defined]
    assert len(event.texts["description_en"]) == len("start") + 2 * 160_000
    assert elapsed < 5


def test_more_events_than_the_limit_are_refused_before_parsing() -> None:
    data = hostile_ics.many_events(MAX_EVENTS + 1)
    elapsed, refused = _timed(data)
    assert isinstance(refused, PlannerError) and refused.code == "ical_too_many_events"
    assert elapsed < 5


def test_a_series_expanding_past_the_event_limit_is_refused() -> None:
    lines: list[str] = []
    for n in range(MAX_EVENTS // 730 + 2):  # two years of days each
        lines += hostile_ics.vevent(f"daily-{n}@hostile", "SUMMARY:Daily", "RRULE:FREQ=DAILY")
    refused = _timed(hostile_ics.calendar(lines))[1]
    assert isinstance(refused, PlannerError) and refused.code == "ical_too_many_events"


def _one_line_refusal(path: Path, demo_path: Path, *fragments: str) -> None:
    started = time.perf_counter()
    code, out, err = run("--db", str(demo_path), "import", "ical", str(path))
    assert time.perf_counter() - started < 10
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("error: ") and "Nothing was imported" in err
    for fragment in fragments:
        assert fragment in err


def test_a_50_mb_file_is_refused_without_being_read_whole(demo_path: Path,
                                                          tmp_path: Path) -> None:
    """Did not finish in 10 minutes before; refused at once now (10 MB is the limit)."""
    big = tmp_path / "big.ics"
    with big.open("wb") as handle:
        handle.write(b"BEGIN:VCALENDAR\r\n")
        handle.truncate(50_000_000)  # sparse: the test writes 50 MB without the disk time
    assert big.stat().st_size > MAX_BYTES
    _one_line_refusal(big, demo_path, "big.ics is 50.0 MB", "up to 10.0 MB")


def test_components_nested_1200_deep_are_refused_in_one_line(demo_path: Path,
                                                             tmp_path: Path) -> None:
    """A RecursionError traceback (exit 1) before."""
    path = tmp_path / "nested.ics"
    path.write_bytes(hostile_ics.nested(1_200))
    _one_line_refusal(path, demo_path, "nested.ics, line ", "nested more than 8 deep")


@pytest.mark.parametrize("year", ["9999", "0001"])
@pytest.mark.parametrize("where", ["DTSTART", "DTEND", "UNTIL", "RECURRENCE-ID", "EXDATE",
                                   "RDATE"])
def test_years_off_the_calendar_are_refused_in_one_line(demo_path: Path, tmp_path: Path,
                                                        where: str, year: str) -> None:
    path = tmp_path / f"year-{where}.ics"
    path.write_bytes(hostile_ics.extreme_year(where, year))
    _one_line_refusal(path, demo_path, f"the year {year} is outside 1900-2199")


@pytest.mark.parametrize("form", [";VALUE=DATE:{d}", ";TZID=Asia/Hong_Kong:{d}T000000",
                                  ":{d}T000000"])
@pytest.mark.parametrize("day", ["99991231", "00010101"])
def test_extreme_dates_in_every_form_are_refused(form: str, day: str) -> None:
    """Local times and dates at the edge of the calendar overflowed (OverflowError, exit 1)
    when converted to UTC or given their exclusive end."""
    for prop in ("DTSTART", "RECURRENCE-ID"):
        start = form.format(d=day) if prop == "DTSTART" else ":20170301T090000Z"
        extra = [f"{prop}{form.format(d=day)}"] if prop != "DTSTART" else []
        data = hostile_ics.calendar(hostile_ics.vevent("edge@hostile", "SUMMARY:Edge", *extra,
                                                       start=f"DTSTART{start}"))
        refused = _timed(data)[1]
        assert isinstance(refused, PlannerError) and refused.code == "ical_component"


def test_an_unknown_time_zone_is_reported_per_event(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "zones.ics"
    path.write_bytes(hostile_ics.unknown_zone())
    code, out, err = run("--db", str(demo_path), "import", "ical", str(path), "--dry-run")
    assert code == 0, err
    assert ("note: event zone@hostile (line 4): unknown time zone 'Mars/Olympus_Mons', its "
            "times were read in Asia/Hong_Kong") in out
    assert "known@hostile" not in out
    code, out, err = run("--db", str(demo_path), "import", "ical", str(path), "--json")
    summary = json.loads(out)
    assert summary["unknown_zones"] == [{"uid": "zone@hostile", "line": 4,
                                         "tzid": "Mars/Olympus_Mons", "zone": "Asia/Hong_Kong"}]
    assert summary["created"] == 2
