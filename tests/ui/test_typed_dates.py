"""Dates typed in full keep their year in every date and time editor, and the end of an item
follows its start (keeping the duration) while editing the end changes only the duration."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QLineEdit

from planner.ui.widgets.optional_date import OptionalDateEdit
from planner.ui.widgets.schedule_edit import ScheduleEdit
from tests.ui.conftest import settle


def _type(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def _set(schedule: ScheduleEdit, start: datetime, end: datetime) -> None:
    for edit, value in ((schedule.start, start), (schedule.end, end)):
        edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                                   QTime(value.hour, value.minute)))


def _check_typed_start_keeps_duration(qtbot, schedule: ScheduleEdit) -> None:
    _set(schedule, datetime(2026, 12, 3, 10, 0), datetime(2026, 12, 3, 11, 45))
    _type(qtbot, schedule.start, "2017-06-15 09:30")
    value = schedule.value()
    assert value.start.replace(tzinfo=None) == datetime(2017, 6, 15, 9, 30)
    assert value.end - value.start == timedelta(hours=1, minutes=45)
    _type(qtbot, schedule.end, "2017-06-15 16:00")  # the end alone: only the duration changes
    value = schedule.value()
    assert value.start.replace(tzinfo=None) == datetime(2017, 6, 15, 9, 30)
    assert value.end.replace(tzinfo=None) == datetime(2017, 6, 15, 16, 0)


def test_typed_dates_in_every_form(qtbot) -> None:
    schedule = ScheduleEdit()
    qtbot.addWidget(schedule)
    schedule.show()
    for typed, expected in (("2017-6-5 9:05", datetime(2017, 6, 5, 9, 5)),
                            ("20191130 1845", datetime(2019, 11, 30, 18, 45))):
        _type(qtbot, schedule.start, typed)
        assert schedule.value().start.replace(tzinfo=None) == expected, typed
    schedule.all_day.setChecked(True)
    _type(qtbot, schedule.start, "2018-03-12")
    _type(qtbot, schedule.end, "2018-03-14")
    value = schedule.value()
    assert (value.first_day, value.last_day) == (date(2018, 3, 12), date(2018, 3, 14))
    born = OptionalDateEdit()
    qtbot.addWidget(born)
    born.show()
    _type(qtbot, born, "2008-02-29")
    assert born.value() == date(2008, 2, 29)


def test_new_event_takes_the_typed_year(window, controller, dialogs, qtbot) -> None:
    view = window.show_section("events")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("event_dialog")
    _check_typed_start_keeps_duration(qtbot, dialog.schedule)
    # the session editor of the same event
    dialog.tabs.setCurrentWidget(dialog.sessions)
    dialog.sessions.table.buttons["add"].click()
    _check_typed_start_keeps_duration(qtbot, dialogs.last("session_dialog").schedule)
    # and the events list's date filter
    _type(qtbot, view.start, "2015-04-01")
    assert view.start.date().toPython() == date(2015, 4, 1)


def test_itinerary_and_delegation_take_the_typed_year(window, controller, dialogs, qtbot) -> None:
    view = window.show_section("delegations")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("delegation_dialog")
    dialog.findChild(QLineEdit, "name_en").setText("Typed dates delegation")
    _type(qtbot, dialog.schedule.start, "2017-06-15")
    assert dialog.schedule.value().first_day == date(2017, 6, 15)
    dialog.reject()
    view.tabs.setCurrentWidget(view.itinerary)
    view.itinerary.buttons["add_item"].click()
    _check_typed_start_keeps_duration(qtbot, dialogs.last("itinerary_dialog").schedule)


def test_each_editor_keeps_what_is_typed_in_full(qtbot) -> None:
    """The three editors share their key handling: a year typed over a selected date, and a
    separator typed after a section that moved on by itself, are kept in each."""
    from planner.ui.widgets.typed_dates import TypedDateEdit, TypedDateTimeEdit, TypedTimeEdit

    day = TypedDateEdit()
    day.setDisplayFormat("yyyy-MM-dd")
    day.setDate(QDate(2026, 12, 3))
    clock = TypedTimeEdit()
    clock.setDisplayFormat("HH:mm")
    clock.setTime(QTime(10, 0))
    both = TypedDateTimeEdit()
    both.setDisplayFormat("yyyy-MM-dd HH:mm")
    both.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(10, 0)))
    for editor in (day, clock, both):
        qtbot.addWidget(editor)
        editor.show()
    _type(qtbot, day, "2017-06-15")
    _type(qtbot, clock, "09:30")
    _type(qtbot, both, "2017-06-15 09:30")
    assert day.date() == QDate(2017, 6, 15)
    assert clock.time() == QTime(9, 30)
    assert both.dateTime() == QDateTime(QDate(2017, 6, 15), QTime(9, 30))
