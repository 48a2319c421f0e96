"""A screen reader reads the item chosen in the week view or a delegation's timeline: its title,
time and place, through the widget's accessible interface (the items are painted)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from planner.domain.enums import Side, Status
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.operations.venues import create_venue
from tests.ui.conftest import settle
from tests.ui.test_timeline_drag import HK, _at, _week


def _heard(widget) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_the_chosen_item_is_what_a_screen_reader_reads(window, controller, qtbot) -> None:
    with controller.db.write() as session:
        hall = create_venue(session, name_en="Access hall", city="Hong Kong",
                            side=Side.HONG_KONG, timezone=HK).value.id
        create_event(session, kind="meeting", title_en="Access briefing", venue_id=hall,
                     schedule=Schedule.timed(_at(9), _at(10), HK))
        create_event(session, kind="meeting", title_en="Access dinner", status=Status.CANCELLED,
                     schedule=Schedule.timed(_at(18), _at(20), HK))
    view = _week(window, controller)
    week = view.week
    assert _heard(week) == ("Week, in Hong Kong time", "")  # nothing chosen yet
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Down)
    name, description = _heard(week)
    assert name == "Week, in Hong Kong time: Access briefing, 2027-08-10 09:00–10:00, Access hall"
    assert description == "Access briefing, 2027-08-10 09:00–10:00, Access hall"
    qtbot.keyClick(week, Qt.Key.Key_Down)  # the arrows move the reading along
    assert _heard(week)[1] == "Access dinner, 2027-08-10 18:00–20:00, cancelled"
    qtbot.keyClick(week, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # moved: read anew
    settle(controller)
    assert _heard(week)[1] == "Access dinner, 2027-08-10 18:15–20:15, cancelled"
