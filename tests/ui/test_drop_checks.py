"""While an item is dragged the checks run on its new place before the drop: a red outline and
the reason beside the pointer where it would cause a problem, nothing where it would not."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from planner.domain.enums import Side
from planner.domain.schedule import Schedule
from planner.operations.delegations import add_itinerary_item, create_delegation
from planner.operations.events import create_event
from planner.operations.venues import create_venue
from planner.ui.views.calendar_view import WEEK
from planner.ui.widgets.timeline_edit import PROBLEM_COLOURS
from tests.ui.conftest import settle

DAY = date(2027, 8, 10)
HK, SH = "Asia/Hong_Kong", "Asia/Shanghai"
LEFT, NO = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


def _hover(qtbot, timeline, checks, point: QPoint) -> None:
    """Move the pressed pointer there and wait until the checks have answered."""
    qtbot.mouseMove(timeline, point)
    qtbot.waitUntil(lambda: not checks.timer.isActive() and not checks.running, timeout=5000)


def _offset(timeline, minutes: int) -> QPoint:
    return QPoint(0, round(timeline.y_of(12 * 60 + minutes) - timeline.y_of(12 * 60)))


def test_a_crossing_dragged_too_close_to_a_meeting_in_guangzhou(window, controller, qtbot) -> None:
    with controller.db.write() as session:
        office = create_venue(session, name_en="Drag GZ office", city="Guangzhou",
                              side=Side.GUANGDONG, timezone=SH).value.id
        lo_wu = create_venue(session, name_en="Lo Wu Control Point (to Luohu)", city="Hong Kong",
                             side=Side.HONG_KONG, timezone=HK).value.id
        ident = create_delegation(session, name_en="Drop check delegation", origin=Side.GUANGDONG,
                                  destination=Side.HONG_KONG,
                                  schedule=Schedule.days(DAY, DAY, HK)).value.id
        add_itinerary_item(session, ident, kind="visit", title_en="Meeting", venue_id=office,
                           schedule=Schedule.timed(_at(14), _at(15), SH))
        add_itinerary_item(session, ident, kind="boundary_crossing", title_en="Cross at Lo Wu",
                           venue_id=lo_wu, control_point="Lo Wu",
                           schedule=Schedule.timed(_at(17, 30), _at(18), HK))
    window.resize(1024, 700)
    view = window.show_section("delegations")
    view.search.setText("Drop check")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    view.tabs.setCurrentWidget(view.timeline_page)
    timeline, checks = view.timeline, view.drop_checks
    timeline.grab()
    crossing = next(b.payload for b in timeline.blocks if b.title == "Cross at Lo Wu")
    timeline.select_payload(crossing)  # read out with its place (a venue reference)
    assert timeline.accessibleName() == ("Itinerary timeline: Cross at Lo Wu, 2027-08-10 "
                                         "17:30–18:00, Lo Wu Control Point (to Luohu)")
    start = timeline.point_in(crossing).toPoint()
    qtbot.mousePress(timeline, LEFT, NO, start)
    _hover(qtbot, timeline, checks, start - _offset(timeline, 60))  # 16:30-17:00: 120 minutes, enough
    assert timeline.drop_problems() is None
    assert timeline.ghost_outline() != PROBLEM_COLOURS["error"]
    _hover(qtbot, timeline, checks, start - _offset(timeline, 120))  # 15:30-16:00: 60 minutes, too few
    severity, text = timeline.drop_problems()
    assert severity == "error" and timeline.ghost_outline() == PROBLEM_COLOURS["error"]
    assert "only 60 minutes from Meeting" in text and "about 65 minutes" in text
    assert QToolTip.isVisible() and QToolTip.text() == text
    timeline.grab()  # the red outline is painted
    _hover(qtbot, timeline, checks, start + _offset(timeline, 60))  # 18:30: harmless
    assert timeline.drop_problems() is None
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt hides it in 300 ms
    qtbot.mouseRelease(timeline, LEFT, NO, start + _offset(timeline, 60))
    settle(controller)
    assert timeline.drop_problems() is None  # dropped: nothing left to show


def test_an_event_dragged_onto_a_booked_exclusive_hall_in_the_week(window, controller,
                                                                   qtbot) -> None:
    with controller.db.write() as session:
        hall = create_venue(session, name_en="Drag small hall", exclusive=True, timezone=HK,
                            city="Hong Kong", side=Side.HONG_KONG).value.id
        create_event(session, kind="meeting", title_en="Morning talk", venue_id=hall,
                     schedule=Schedule.timed(_at(9), _at(11), HK))
        moving = create_event(session, kind="meeting", title_en="Afternoon talk", venue_id=hall,
                              schedule=Schedule.timed(_at(14), _at(15), HK)).value.id
    window.resize(1024, 700)
    view = window.show_section("calendar")
    view.set_mode(WEEK)
    view.show_date(DAY)
    settle(controller)
    week, checks = view.week, view.drop_checks
    week.grab()
    entry = next(b.payload for b in week.blocks if b.payload.id == moving
                 and b.payload.source == "event")
    start = week.point_in(entry).toPoint()
    qtbot.mousePress(week, LEFT, NO, start)
    _hover(qtbot, week, checks, start - _offset(week, 4 * 60))  # 10:00, during the morning talk
    severity, text = week.drop_problems()
    assert severity == "error" and "Drag small hall is exclusive" in text
    assert "Morning talk" in text and QToolTip.text() == text
    qtbot.keyClick(week, Qt.Key.Key_Escape)  # cancelled: the outline and the tip go
    assert week.drop_problems() is None
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt hides it in 300 ms
    qtbot.mouseRelease(week, LEFT, NO, start - _offset(week, 4 * 60))
    settle(controller)
