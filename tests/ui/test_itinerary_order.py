"""The itinerary table reads in time order after adding, editing and undoing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from planner.domain.enums import Side
from planner.domain.schedule import Schedule
from planner.operations.delegations import add_itinerary_item, create_delegation
from planner.store import queries
from tests.ui.conftest import accept_dialog, settle

DAY = date(2027, 9, 14)


def _titles(view) -> list[str]:
    return [r.title_en for r in view.itinerary.model.rows()]


def _timed(item, start: tuple[int, int], end: tuple[int, int]) -> None:
    day = QDate(DAY.year, DAY.month, DAY.day)
    item.schedule.timezone.setCurrentText("Asia/Hong_Kong")
    item.schedule.start.setDateTime(QDateTime(day, QTime(*start)))
    item.schedule.end.setDateTime(QDateTime(day, QTime(*end)))


def test_items_stay_in_time_order(window, controller, dialogs) -> None:
    with controller.db.write() as session:
        ident = create_delegation(session, name_en="Order test delegation", origin=Side.GUANGDONG,
                                  destination=Side.HONG_KONG,
                                  schedule=Schedule.days(DAY, DAY, "Asia/Hong_Kong")).value.id
        add_itinerary_item(session, ident, kind="meal", title_en="Dinner",
                           schedule=Schedule.timed(datetime(2027, 9, 14, 19, 15),
                                                   datetime(2027, 9, 14, 21), "Asia/Hong_Kong"))
    view = window.show_section("delegations")
    view.search.setText("Order test")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    view.tabs.setCurrentWidget(view.itinerary)
    for title, start, end in (("Morning visit", (10, 0), (11, 30)),
                              ("Coffee", (10, 0), (10, 30)),
                              ("Briefing", (10, 0), (10, 30))):
        view.itinerary.buttons["add_item"].click()
        item = dialogs.last("itinerary_dialog")
        item.texts["title_en"].setText(title)
        item.kind.setCurrentIndex(item.kind.findData("visit"))
        _timed(item, start, end)
        accept_dialog(controller, item)
    # by start, then end, then title
    assert _titles(view) == ["Briefing", "Coffee", "Morning visit", "Dinner"]
    # a new time moves the item to its place; undo puts it back
    view.itinerary.view.selectRow(0)
    view.itinerary.edit_item()
    item = dialogs.last("itinerary_dialog")
    _timed(item, (20, 0), (20, 30))
    accept_dialog(controller, item)
    assert _titles(view) == ["Coffee", "Morning visit", "Dinner", "Briefing"]
    window.actions_["undo"].trigger()
    settle(controller)
    assert _titles(view) == ["Briefing", "Coffee", "Morning visit", "Dinner"]
    with controller.db.read() as session:
        stored = queries.get_delegation(session, ident)
    assert [i.title_en for i in stored.itinerary] == _titles(view)
    assert [i.position for i in stored.itinerary] == [0, 1, 2, 3]
