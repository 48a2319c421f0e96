from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.domain.enums import DatePrecision
from planner.domain.errors import ValidationError
from planner.domain.schedule import Schedule, schedule_from_text


def test_timed_in_hong_kong_is_stored_as_utc_plus_zone() -> None:
    s = Schedule.timed(datetime(2017, 6, 15, 9, 30), datetime(2017, 6, 15, 17, 0), "Asia/Hong_Kong")
    cols = s.columns()
    assert cols["starts_at"] == datetime(2017, 6, 15, 1, 30)
    assert cols["ends_at"] == datetime(2017, 6, 15, 9, 0)
    assert cols["timezone"] == "Asia/Hong_Kong"
    assert s.iso() == ("2017-06-15T09:30:00+08:00", "2017-06-15T17:00:00+08:00")


def test_round_trip_through_columns_keeps_wall_clock_in_a_dst_zone() -> None:
    # Europe/London changes clocks on 26 March 2017; a meeting on each side of it.
    before = Schedule.timed(datetime(2017, 3, 25, 10), datetime(2017, 3, 25, 11), "Europe/London")
    after = Schedule.timed(datetime(2017, 3, 27, 10), datetime(2017, 3, 27, 11), "Europe/London")
    assert before.columns()["starts_at"] == datetime(2017, 3, 25, 10)
    assert after.columns()["starts_at"] == datetime(2017, 3, 27, 9)
    back = Schedule.from_columns(**{k: v for k, v in after.columns().items()})
    assert back.start.hour == 10 and back.start.utcoffset().total_seconds() == 3600


def test_nonexistent_local_time_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Schedule.timed(datetime(2017, 3, 26, 1, 30), datetime(2017, 3, 26, 3), "Europe/London")
    assert info.value.problems[0].code == "nonexistent_time"


def test_all_day_bounds_are_local_midnights_with_inclusive_last_day() -> None:
    s = Schedule.days(date(2016, 8, 1), date(2016, 8, 3), "Asia/Shanghai")
    start, end = s.utc_bounds()
    assert start == datetime(2016, 7, 31, 16)  # midnight in UTC+8
    assert end == datetime(2016, 8, 3, 16)     # midnight after the last day
    assert s.iso() == ("2016-08-01", "2016-08-03")


def test_month_precision() -> None:
    s = Schedule.month(2017, 2, "Asia/Hong_Kong")
    assert (s.first_day, s.last_day, s.precision) == (date(2017, 2, 1), date(2017, 2, 28),
                                                       DatePrecision.MONTH)
    assert schedule_from_text("2017-05", "2017-05", "Asia/Hong_Kong").last_day == date(2017, 5, 31)


def test_end_before_start_names_the_end_field() -> None:
    with pytest.raises(ValidationError) as info:
        Schedule.timed(datetime(2017, 1, 2, 10), datetime(2017, 1, 2, 9), "Asia/Hong_Kong")
    assert info.value.problems[0].code == "end_before_start"
    assert info.value.problems[0].field == "end"


@pytest.mark.parametrize("name", ["GMT+8", "Hong Kong", "", "Asia/Nowhere", "../../etc/passwd"])
def test_unknown_or_made_up_zones_are_refused(name: str) -> None:
    with pytest.raises(ValidationError) as info:
        Schedule.days(date(2017, 1, 1), date(2017, 1, 1), name)
    assert info.value.problems[0].code == "unknown_timezone"


def test_mixed_date_and_time_is_refused() -> None:
    with pytest.raises(ValidationError):
        schedule_from_text("2017-06-01", "2017-06-01T10:00", "Asia/Hong_Kong")
