"""Layers in the calendar: events, sessions, delegation visits and travel steps shown or hidden,
with their colours as a legend, and the choice remembered."""

from __future__ import annotations

from datetime import date, datetime, time

from planner.domain.enums import Side
from planner.domain.schedule import Schedule
from planner.operations.delegations import add_itinerary_item, create_delegation
from planner.operations.events import create_event
from planner.operations.sessions import create_session
from planner.ui.views.calendar_view import WEEK, CalendarView
from planner.ui.widgets.layers import layer_of
from tests.ui.conftest import settle

DAY = date(2027, 10, 12)
HK = "Asia/Hong_Kong"


def _slot(start: int, end: int) -> Schedule:
    return Schedule.timed(datetime.combine(DAY, time(start)), datetime.combine(DAY, time(end)), HK)


def test_layers_hide_and_show_and_are_remembered(window, controller) -> None:
    with controller.db.write() as session:
        event = create_event(session, kind="seminar", title_en="Layer seminar",
                             schedule=_slot(9, 12)).value
        create_session(session, event.id, title_en="Layer session", schedule=_slot(9, 10))
        ident = create_delegation(session, name_en="Layer delegation", origin=Side.GUANGDONG,
                                  destination=Side.HONG_KONG,
                                  schedule=Schedule.days(DAY, DAY, HK)).value.id
        add_itinerary_item(session, ident, kind="visit", title_en="Layer visit",
                           schedule=_slot(14, 15))
        add_itinerary_item(session, ident, kind="travel", title_en="Layer coach",
                           schedule=_slot(15, 16))
    view = window.show_section("calendar")
    view.set_mode(WEEK)
    view.show_date(DAY)
    settle(controller)

    def shown() -> set[str]:
        return {layer_of(b.payload) for b in view.week.blocks if b.title.startswith("Layer")}

    assert shown() == {"events", "sessions", "visits", "travel"}
    assert "boundary crossing" in view.layers.boxes["travel"].toolTip()  # the colour legend
    view.layers.boxes["sessions"].setChecked(False)
    view.layers.boxes["travel"].setChecked(False)
    settle(controller)
    assert shown() == {"events", "visits"}
    again = CalendarView(window.ctx)  # a new window remembers the choice
    try:
        assert not again.layers.boxes["sessions"].isChecked()
        assert again.layers.boxes["visits"].isChecked()
    finally:
        again.deleteLater()
    view.layers.boxes["travel"].setChecked(True)
    settle(controller)
    assert shown() == {"events", "visits", "travel"}
