"""A month cell's "+N" opens the day's items, double-clicking a free part of a day and File > New
in the calendar create an event on that day."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.ui.views.calendar_view import MONTH, WEEK
from tests.ui.conftest import selected_in, settle

BUSY = date(2027, 5, 12)


def _busy_day(controller, count: int = 9) -> list[int]:
    with controller.db.write() as session:
        return [create_event(session, kind="meeting", title_en=f"Meeting {n:02d}",
                             schedule=Schedule.timed(datetime.combine(BUSY, time(8 + n)),
                                                     datetime.combine(BUSY, time(8 + n, 30)),
                                                     "Asia/Hong_Kong")).value.id
                for n in range(count)]


def _month(window, controller, day: date):
    window.resize(1024, 700)
    view = window.show_section("calendar")
    view.set_mode(MONTH)
    view.show_date(day)
    settle(controller)
    view.month.repaint()  # lays out the cells (and their "+N") now
    return view


def test_plus_n_lists_the_day_and_opens_an_item(window, controller, dialogs, qtbot) -> None:
    ids = _busy_day(controller)
    view = _month(window, controller, BUSY)
    more = view.month.more_rect(BUSY)
    assert more is not None, "nine meetings fit in a cell at 1024x700?"
    qtbot.mouseClick(view.month, Qt.MouseButton.LeftButton, pos=more.center().toPoint())
    popup = view.day_popup
    assert popup is not None and popup.isVisible()
    titles = [popup.list.item(i).text() for i in range(popup.list.count())]
    assert titles == [f"{8 + n:02d}:00 Meeting {n:02d}" for n in range(9)]
    popup.list.setCurrentRow(4)
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    settle(controller)
    assert not popup.isVisible()
    assert window.current_key() == "events"
    assert selected_in(window.view("events")).id == ids[4]


def test_plus_n_shows_the_week_of_the_day(window, controller, qtbot) -> None:
    _busy_day(controller)
    view = _month(window, controller, BUSY)
    popup = view.open_day(BUSY)
    qtbot.mouseClick(popup.findChild(QPushButton, "day_show_week"), Qt.MouseButton.LeftButton)
    settle(controller)
    assert view.mode == WEEK and BUSY in view.week.days
    assert sum(1 for b in view.week.blocks if b.day == BUSY) == 9


def test_double_click_on_a_free_day_creates_an_event_there(window, controller, dialogs,
                                                           qtbot) -> None:
    view = _month(window, controller, date(2027, 6, 1))
    free = date(2027, 6, 17)
    index = view.month.days().index(free)
    cell_w = view.month.width() / 7
    cell_h = (view.month.height() - 24) / 6
    point = QPoint(int((index % 7 + 0.5) * cell_w), int(24 + (index // 7 + 0.8) * cell_h))
    assert view.month.entry_at(point.x(), point.y()) is None
    qtbot.mouseDClick(view.month, Qt.MouseButton.LeftButton, pos=point)
    settle(controller)
    dialog = dialogs.last("event_dialog")
    value = dialog.schedule.value()
    assert value.start.date() == free and value.timezone == "Asia/Hong_Kong"
    dialog.title_en.setText("Made from the month view")
    dialog.try_accept()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted
    view.month.repaint()
    assert [e.title_en for e in view.month.entries_on(free)] == ["Made from the month view"]


def test_new_in_the_calendar_starts_on_the_chosen_day(window, controller, dialogs, qtbot) -> None:
    view = _month(window, controller, date(2027, 6, 1))
    new = window.actions_["new_item"]
    assert new.isEnabled()
    chosen = date(2027, 6, 23)
    index = view.month.days().index(chosen)
    point = QPoint(int((index % 7 + 0.5) * view.month.width() / 7),
                   int(24 + (index // 7 + 0.5) * (view.month.height() - 24) / 6))
    qtbot.mouseClick(view.month, Qt.MouseButton.LeftButton, pos=point)
    assert view.month.selected_day == chosen
    new.trigger()
    settle(controller)
    assert dialogs.last("event_dialog").schedule.value().start.date() == chosen
    # in the week view: the day clicked there
    view.set_mode(WEEK)
    settle(controller)
    assert chosen in view.week.days  # the week of the day chosen in the month
    chosen = date(2027, 6, 25)
    x = 48 + (view.week.days.index(chosen) + 0.5) * (view.week.width() - 48) / 7
    qtbot.mouseClick(view.week, Qt.MouseButton.LeftButton, pos=QPoint(int(x), 10))
    new.trigger()
    settle(controller)
    assert dialogs.last("event_dialog").schedule.value().start.date() == chosen
