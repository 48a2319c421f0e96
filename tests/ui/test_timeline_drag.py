"""Planning with the mouse: drag over free time to create, drag a block to move it, its lower
edge to change its end, in the week view and a delegation's timeline; snapping, Alt, Esc, undo,
and drops refused because the item changed meanwhile or would break a rule."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QPoint, Qt

from planner.domain.enums import Side
from planner.domain.schedule import Schedule
from planner.operations.delegations import add_itinerary_item, create_delegation
from planner.operations.events import create_event, update_event
from planner.operations.sessions import create_session
from planner.store import queries, record_queries
from planner.ui.views.calendar_view import WEEK
from tests.ui.conftest import settle

DAY = date(2027, 8, 10)  # a Tuesday
HK = "Asia/Hong_Kong"
NO = Qt.KeyboardModifier.NoModifier


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _drag(qtbot, widget, start: QPoint, end: QPoint, modifier=NO, escape: bool = False) -> None:
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(widget, left, modifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (middle, end):
        qtbot.mouseMove(widget, point)
    if escape:
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.mouseRelease(widget, left, modifier, end)


def _point(timeline, day: date, hour: float) -> QPoint:
    return QPoint(int(timeline.x_of(day)), int(timeline.y_of(hour * 60)))


def _week(window, controller):
    window.resize(1024, 700)
    view = window.show_section("calendar")
    view.set_mode(WEEK)
    view.show_date(DAY)
    settle(controller)
    view.week.grab()  # lays the blocks out
    return view


def _event(controller, title: str = "Licensing clinic") -> int:
    with controller.db.write() as session:
        return create_event(session, kind="meeting", title_en=title,
                            schedule=Schedule.timed(_at(9), _at(10), HK)).value.id


def _stored(controller, ident: int):
    with controller.db.read() as session:
        return queries.get_event(session, ident).schedule


def _block(view, ident: int):
    return next(b.payload for b in view.week.blocks if b.payload.id == ident)


def test_drag_over_free_time_creates_an_event_there(window, controller, dialogs, qtbot) -> None:
    view = _week(window, controller)
    _drag(qtbot, view.week, _point(view.week, DAY, 10.05), _point(view.week, DAY, 11.45))
    settle(controller)
    dialog = dialogs.last("event_dialog")
    value = dialog.schedule.value()
    assert (value.start.replace(tzinfo=None), value.end.replace(tzinfo=None)) == (_at(10), _at(11, 30))
    assert value.timezone == HK


def test_move_resize_undo_and_redo(window, controller, qtbot) -> None:
    ident = _event(controller)
    view = _week(window, controller)
    entry = _block(view, ident)
    start = view.week.point_in(entry).toPoint()
    # move: a day later and two hours later; the duration stays
    target = QPoint(int(view.week.x_of(date(2027, 8, 11))),
                    start.y() + int(view.week.y_of(11 * 60) - view.week.y_of(9 * 60)))
    _drag(qtbot, view.week, start, target)
    settle(controller)
    moved = _stored(controller, ident)
    assert (moved.start.replace(tzinfo=None), moved.end.replace(tzinfo=None)) == (
        _at(11, day=date(2027, 8, 11)), _at(12, day=date(2027, 8, 11)))
    assert window.actions_["undo"].text().endswith("“Licensing clinic”")
    window.actions_["undo"].trigger()
    settle(controller)
    assert _stored(controller, ident).start.replace(tzinfo=None) == _at(9)
    window.actions_["redo"].trigger()
    settle(controller)
    assert _stored(controller, ident).start.replace(tzinfo=None) == _at(11, day=date(2027, 8, 11))
    window.actions_["undo"].trigger()
    settle(controller)
    # resize: the lower edge from 10:00 to 10:45 (snapped to 15 minutes)
    view.week.grab()
    edge = view.week.rect_of(_block(view, ident))
    _drag(qtbot, view.week, QPoint(int(edge.center().x()), int(edge.bottom() - 2)),
          QPoint(int(edge.center().x()), int(view.week.y_of(10 * 60 + 47))))
    settle(controller)
    stretched = _stored(controller, ident)
    assert (stretched.start.replace(tzinfo=None), stretched.end.replace(tzinfo=None)) == (
        _at(9), _at(10, 45))


def test_alt_drags_without_snapping_and_esc_cancels(window, controller, qtbot) -> None:
    ident = _event(controller)
    view = _week(window, controller)
    start = view.week.point_in(_block(view, ident)).toPoint()
    _drag(qtbot, view.week, start, start + QPoint(0, 200), escape=True)
    settle(controller)
    assert _stored(controller, ident).start.replace(tzinfo=None) == _at(9)  # Esc: nothing saved
    assert not window.actions_["undo"].isEnabled()
    seven = int(view.week.y_of(9 * 60 + 7) - view.week.y_of(9 * 60)) + 1
    _drag(qtbot, view.week, start, start + QPoint(0, seven), Qt.KeyboardModifier.AltModifier)
    settle(controller)
    moved = _stored(controller, ident).start.replace(tzinfo=None)
    assert moved.minute not in (0, 15, 30, 45) and _at(9) < moved < _at(9, 15)


def test_a_drop_on_an_item_changed_meanwhile_is_refused(window, controller, dialogs,
                                                        qtbot) -> None:
    ident = _event(controller)
    view = _week(window, controller)
    start = view.week.point_in(_block(view, ident)).toPoint()
    with controller.db.write() as session:  # somebody else retitles it meanwhile
        current = queries.get_event(session, ident)
        update_event(session, ident, current.version, title_en="Licensing clinic (room B)")
    _drag(qtbot, view.week, start, start + QPoint(0, 120))
    settle(controller)
    assert dialogs.errors, "the refusal is shown"
    assert _stored(controller, ident).start.replace(tzinfo=None) == _at(9)
    assert _block(view, ident).title_en == "Licensing clinic (room B)"  # shown as it is now


def test_a_session_cannot_leave_its_event(window, controller, dialogs, qtbot) -> None:
    with controller.db.write() as session:
        event = create_event(session, kind="seminar", title_en="Patent seminar",
                             schedule=Schedule.timed(_at(9), _at(12), HK)).value
        slot = create_session(session, event.id, title_en="Opening",
                              schedule=Schedule.timed(_at(9), _at(10), HK)).value
    view = _week(window, controller)
    entry = next(b.payload for b in view.week.blocks if b.payload.source == "session")
    start = view.week.point_in(entry).toPoint()
    _drag(qtbot, view.week, start,
          start + QPoint(0, int(view.week.y_of(15 * 60) - view.week.y_of(9 * 60))))
    settle(controller)
    assert dialogs.errors
    with controller.db.read() as session:
        kept = record_queries.list_sessions(session, event_id=event.id)[0]
    assert kept.id == slot.id and kept.schedule.start.replace(tzinfo=None) == _at(9)


def test_the_delegation_timeline_creates_and_moves_items(window, controller, dialogs,
                                                         qtbot) -> None:
    with controller.db.write() as session:
        ident = create_delegation(session, name_en="Drag test delegation", origin=Side.GUANGDONG,
                                  destination=Side.HONG_KONG,
                                  schedule=Schedule.days(DAY, DAY, HK)).value.id
        add_itinerary_item(session, ident, kind="visit", title_en="Museum",
                           schedule=Schedule.timed(_at(14), _at(15), HK))
    window.resize(1024, 700)
    view = window.show_section("delegations")
    view.search.setText("Drag test")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    view.tabs.setCurrentWidget(view.timeline_page)
    timeline = view.timeline
    timeline.grab()
    museum = timeline.blocks[0].payload
    start = timeline.point_in(museum).toPoint()
    _drag(qtbot, timeline, start,
          start + QPoint(0, int(timeline.y_of(16 * 60 + 30) - timeline.y_of(14 * 60))))
    settle(controller)
    with controller.db.read() as session:
        stored = queries.get_delegation(session, ident).itinerary[0]
    assert stored.schedule.start.replace(tzinfo=None) == _at(16, 30)
    timeline.grab()
    _drag(qtbot, timeline, _point(timeline, DAY, 9), _point(timeline, DAY, 10.5))
    settle(controller)
    item = dialogs.last("itinerary_dialog")
    value = item.schedule.value()
    assert (value.start.replace(tzinfo=None), value.end.replace(tzinfo=None)) == (_at(9), _at(10, 30))


def test_the_keyboard_does_what_the_mouse_does(window, controller, dialogs, qtbot) -> None:
    first = _event(controller, "Morning briefing")
    with controller.db.write() as session:
        second = create_event(session, kind="meeting", title_en="Afternoon talk",
                              schedule=Schedule.timed(_at(14), _at(15), HK)).value.id
    view = _week(window, controller)
    week = view.week
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Down)  # the first item of the week
    assert week.selected.id == first
    assert "Morning briefing" in week.accessibleDescription() and "09:00" in \
        week.accessibleDescription()
    qtbot.keyClick(week, Qt.Key.Key_Down)
    assert week.selected.id == second
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(week, Qt.Key.Key_Down, alt)  # 15 minutes later
    settle(controller)
    assert _stored(controller, second).start.replace(tzinfo=None) == _at(14, 15)
    assert week.selected.id == second  # still chosen after the reload
    qtbot.keyClick(week, Qt.Key.Key_Right, alt)  # a day later
    settle(controller)
    qtbot.keyClick(week, Qt.Key.Key_Down, alt | Qt.KeyboardModifier.ShiftModifier)  # longer
    settle(controller)
    moved = _stored(controller, second)
    nxt = date(2027, 8, 11)
    assert (moved.start.replace(tzinfo=None), moved.end.replace(tzinfo=None)) == (
        _at(14, 15, nxt), _at(15, 30, nxt))
    window.actions_["undo"].trigger()
    settle(controller)
    assert _stored(controller, second).end.replace(tzinfo=None) == _at(15, 15, nxt)
    qtbot.keyClick(week, Qt.Key.Key_Return)  # opens it
    settle(controller)
    assert window.current_key() == "events"
    window.show_section("calendar")
    settle(controller)
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Up)
    qtbot.keyClick(week, Qt.Key.Key_Delete)  # asks (yes), then deletes, undoably
    settle(controller)
    with controller.db.read() as session:
        titles = {e.title_en for e in queries.list_events(session, text="Morning briefing")}
    assert titles == set()


def _minutes(timeline, minutes: float) -> int:
    """Pixels of a span of minutes on the timeline's clock."""
    return round(timeline.y_of(9 * 60 + minutes) - timeline.y_of(9 * 60))


def _choose_snap(window, controller, dialogs, minutes: int) -> None:
    window.actions_["preferences"].trigger()
    settle(controller)
    prefs = dialogs.last("preferences_dialog")
    prefs.snap.setCurrentIndex(prefs.snap.findData(minutes))
    prefs.save()
    settle(controller)
    assert not prefs.isVisible()


def test_the_snap_step_is_a_preference_applied_at_once(window, controller, dialogs,
                                                       qtbot) -> None:
    ident = _event(controller)
    view = _week(window, controller)
    _choose_snap(window, controller, dialogs, 5)
    start = view.week.point_in(_block(view, ident)).toPoint()
    _drag(qtbot, view.week, start, start + QPoint(0, _minutes(view.week, 39)))
    settle(controller)
    assert _stored(controller, ident).start.replace(tzinfo=None) == _at(9, 40)  # 5: 9:39 -> 9:40
    _choose_snap(window, controller, dialogs, 30)
    view.week.grab()
    start = view.week.point_in(_block(view, ident)).toPoint()
    _drag(qtbot, view.week, start, start + QPoint(0, _minutes(view.week, 39)))
    settle(controller)
    assert _stored(controller, ident).start.replace(tzinfo=None) == _at(10, 30)  # 10:19 -> 10:30
    from planner.ui.settings import snap_minutes
    assert snap_minutes() == 30  # remembered
    prefs_again = _reopen(window, controller, dialogs)
    assert prefs_again.snap.currentData() == 30


def _reopen(window, controller, dialogs):
    window.actions_["preferences"].trigger()
    settle(controller)
    prefs = dialogs.last("preferences_dialog")
    prefs.reject()
    return prefs


def test_the_week_shows_hong_kong_time_and_an_item_s_own_time_elsewhere(window, controller,
                                                                       qtbot) -> None:
    london, shanghai = "Europe/London", "Asia/Shanghai"
    with controller.db.write() as session:  # 03:00-05:00 in London (summer time): HK 10:00-12:00
        ident = create_event(session, kind="meeting", title_en="London call",
                             schedule=Schedule.timed(_at(3), _at(5), london)).value.id
        create_event(session, kind="meeting", title_en="Guangzhou visit",
                     schedule=Schedule.timed(_at(14), _at(15), shanghai))
    view = _week(window, controller)
    [block] = [b for b in view.week.blocks if b.title == "London call"]
    assert (block.day, block.start, block.end) == (DAY, 10, 12)
    assert block.elsewhere == "London 03:00–05:00"
    [gz] = [b for b in view.week.blocks if b.title == "Guangzhou visit"]
    assert (gz.start, gz.elsewhere) == (14, "")  # same offset as Hong Kong: one time
    assert view.week.axis_label == "HK time"
    view.week.select_payload(block.payload)
    assert "10:00–12:00 (London 03:00–05:00)" in view.week.accessibleDescription()
    # dragged an hour later on the Hong Kong clock: stored an hour later in London time
    start = view.week.point_in(block.payload).toPoint()
    _drag(qtbot, view.week, start, start + QPoint(0, _minutes(view.week, 60)))
    settle(controller)
    moved = _stored(controller, ident)
    assert moved.timezone == london
    assert (moved.start.replace(tzinfo=None), moved.end.replace(tzinfo=None)) == (_at(4), _at(6))
    [block] = [b for b in view.week.blocks if b.title == "London call"]
    assert (block.start, block.end, block.elsewhere) == (11, 13, "London 04:00–06:00")
