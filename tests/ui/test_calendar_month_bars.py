"""Dates as they are known: a month's name for items dated by month, "≈" explained, and items
that last several days drawn as bars across every day they cover in the month view."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF

from planner.domain.enums import DatePrecision
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.ui.models.tables import entry_tooltip, when
from planner.ui.views.calendar_view import MONTH
from tests.ui.conftest import settle

HK = "Asia/Hong_Kong"


def test_when_marks_only_what_is_vague(qapp) -> None:
    exact = Schedule.days(date(2017, 6, 1), date(2017, 6, 30), HK)
    assert when(exact) == "2017-06-01 – 2017-06-30"
    assert when(Schedule.month(2017, 6, HK)) == "June 2017"
    assert when(Schedule.days(date(2017, 6, 1), date(2017, 7, 31), HK, DatePrecision.MONTH)) \
        == "June 2017 – July 2017"
    # not whole months: the days are what is known, shown without a "(month)"
    assert when(Schedule.days(date(2017, 6, 5), date(2017, 6, 9), HK, DatePrecision.MONTH)) \
        == "2017-06-05 – 2017-06-09"
    rough = Schedule.days(date(2017, 4, 10), date(2017, 6, 9), HK, DatePrecision.APPROXIMATE)
    assert when(rough) == "≈ 2017-04-10 – 2017-06-09"
    for schedule in (exact, Schedule.timed(datetime(2017, 6, 2, 9), datetime(2017, 6, 2, 10), HK)):
        assert "(" not in when(schedule) and "≈" not in when(schedule)


def _month(window, controller, day: date):
    window.resize(1024, 700)
    view = window.show_section("calendar")
    view.set_mode(MONTH)
    view.show_date(day)
    settle(controller)
    view.month.grab()  # paints: lays out the bars
    return view


def _days_drawn(view, title: str) -> dict[date, int]:
    """For each day of the grid, how many bars of the item cover it."""
    grid = view.month
    cell_w = grid.width() / 7
    cell_h = (grid.height() - 24) / 6
    out: dict[date, int] = {}
    for rect, entry in grid._hit:
        if entry.title_en != title:
            continue
        row = int((rect.center().y() - 24) // cell_h)
        for n, day in enumerate(grid.days()[row * 7: row * 7 + 7]):
            if rect.contains(QPointF((n + 0.5) * cell_w, rect.center().y())):
                out[day] = out.get(day, 0) + 1
    return out


def test_a_month_long_event_is_a_bar_on_every_day(window, controller) -> None:
    with controller.db.write() as session:
        create_event(session, kind="fair", title_en="Summer IP fair",
                     schedule=Schedule.days(date(2027, 7, 1), date(2027, 7, 31), HK))
    view = _month(window, controller, date(2027, 7, 1))
    drawn = _days_drawn(view, "Summer IP fair")
    july = [date(2027, 7, 1) + timedelta(days=n) for n in range(31)]
    assert sorted(drawn) == july and set(drawn.values()) == {1}
    bars = [r for r, e in view.month._hit if e.title_en == "Summer IP fair"]
    assert len(bars) == 5  # one per week row: 1 July 2027 is a Thursday, the 31st a Saturday
    assert all(view.month.entries_on(day)[0].title_en == "Summer IP fair" for day in july)


def test_vague_dates_cover_their_span_and_are_explained(window, controller) -> None:
    seminar = "Guangdong/Hong Kong Seminar on IP and the Development of SMEs (Dongguan)"
    view = _month(window, controller, date(2017, 6, 1))
    drawn = _days_drawn(view, seminar)
    june = [date(2017, 6, 1) + timedelta(days=n) for n in range(30)]
    for day in (d for d in june if d not in drawn):  # where the cell has no room, "+N" counts it
        assert view.month.more_rect(day) is not None
        assert seminar in [e.title_en for e in view.month.entries_on(day)]
    assert drawn  # drawn on the days that have room for it
    entry = next(e for _r, e in view.month._hit if e.title_en == seminar)
    tip = entry_tooltip(entry)
    assert "June 2017" in tip and "Only the month is known" in tip
    assert "≈" in view.legend.text() and "approximate" in view.legend.toolTip()


def test_items_with_exact_dates_are_not_pushed_behind_vague_ones(window, controller) -> None:
    """A month-long "some time in May" bar must not take the top line of every day: the
    events known to the day are drawn first, the vague ones where room is left (or in "+N")."""
    view = _month(window, controller, date(2017, 5, 1))
    quiet = next(d for d in (date(2017, 5, 1) + timedelta(days=n) for n in range(31))
                 if view.month.entries_on(d) and all(
                     e.schedule.precision != DatePrecision.EXACT for e in view.month.entries_on(d)))
    with controller.db.write() as session:  # the only item known to the day on a vague day
        create_event(session, kind="seminar", title_en="Exact seminar",
                     schedule=Schedule.timed(datetime.combine(quiet, datetime.min.time()).replace(
                         hour=9), datetime.combine(quiet, datetime.min.time()).replace(hour=12),
                         HK))
    view = _month(window, controller, date(2017, 5, 1))
    top = {}  # per day, the item on the first line
    for day in (date(2017, 5, 1) + timedelta(days=n) for n in range(31)):
        on_day = view.month.entries_on(day)
        assert on_day, day
        exact = [e for e in on_day if e.schedule.precision == DatePrecision.EXACT]
        vague = [e for e in on_day if e.schedule.precision != DatePrecision.EXACT]
        if exact and vague:
            top[day] = next(e for r, e in sorted(view.month._hit, key=lambda h: h[0].top())
                            if e in on_day and _days_drawn(view, e.title_en).get(day))
    assert top and all(e.schedule.precision == DatePrecision.EXACT for e in top.values())
    assert _days_drawn(view, "Exact seminar") == {quiet: 1}
