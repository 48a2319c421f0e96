"""Property-based tests of the validators and schedule parsing: hostile input is refused
cleanly (a PlannerError, nothing else) and valid input round-trips.

Profiles: `ci` (the default, small) and `thorough` (HYPOTHESIS_PROFILE=thorough) for local runs.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import PlannerError
from planner.domain.schedule import Schedule, schedule_from_text
from planner.domain.text import clean, fold, search_key
from planner.operations.events import validate_event
from planner.operations.people import validate_person

settings.register_profile("ci", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ZONES = st.sampled_from(["Asia/Hong_Kong", "Asia/Shanghai", "Europe/London", "America/New_York",
                         "UTC", "Asia/Macau"])
HOSTILE_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=2000)


@given(ZONES, st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
       st.integers(min_value=0, max_value=60 * 24 * 14))
def test_timed_schedules_round_trip_through_storage(zone: str, start: datetime, minutes: int) -> None:
    try:
        schedule = Schedule.timed(start, start + timedelta(minutes=minutes), zone)
    except PlannerError:
        return  # a wall-clock time inside a daylight-saving gap: refused, which is right
    back = Schedule.from_columns(**schedule.columns())
    assert back.start == schedule.start and back.end == schedule.end
    assert back.start.utcoffset() == schedule.start.utcoffset()


@given(HOSTILE_TEXT, HOSTILE_TEXT, st.text(max_size=40))
def test_schedule_text_is_parsed_or_refused_cleanly(start: str, end: str, zone: str) -> None:
    try:
        schedule_from_text(start, end, zone)
    except PlannerError:
        pass


@given(st.dictionaries(st.sampled_from(["title_en", "title_zh_hant", "theme_en", "kind", "status",
                                        "capacity", "confidential", "description_en"]),
                       st.one_of(HOSTILE_TEXT, st.integers(), st.none(), st.booleans())))
def test_event_validation_never_crashes(values: dict) -> None:
    try:
        clean_values = validate_event(values)
    except PlannerError as error:
        assert error.problems and all(p.code for p in error.problems)
    else:
        assert clean_values.get("kind") is not None


@given(st.dictionaries(st.sampled_from(["name_en", "name_zh", "email", "phone", "position",
                                        "category", "is_minor"]),
                       st.one_of(HOSTILE_TEXT, st.none(), st.booleans())))
def test_person_validation_never_crashes(values: dict) -> None:
    try:
        validate_person(values)
    except PlannerError as error:
        assert error.problems


@given(HOSTILE_TEXT)
def test_text_helpers_are_total(text: str) -> None:
    cleaned = clean(text)
    assert cleaned is None or (cleaned == cleaned.strip() and "\x00" not in cleaned)
    assert fold(text) == fold(fold(text))
    assert "|" not in fold(text)  # so the separator in search keys is unambiguous
    assert "x" in search_key(text, "x").split("|")
