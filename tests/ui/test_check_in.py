"""Check-in at the door: a Chinese name fragment or a badge code and Enter, counters, walk-ins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.operations.participants import attendance, enrol
from planner.operations.people import create_person
from planner.store.models import Attendance, Registration
from planner.ui.models.base import ROW_ROLE
from tests.ui.conftest import settle
from tests.ui.test_import_wizard import _select_event


def _enrol(controller, name_en: str, name_zh: str) -> int:
    with controller.db.write() as session:
        person = create_person(session, name_en=name_en, name_zh=name_zh).value.id
        return enrol(session, _event_id(controller), person).value.id


def _event_id(controller) -> int:
    panel = controller.window.show_section("events").participants
    return panel.current_event.id


def _marks(controller, registration_id: int) -> list[tuple]:
    """(checked in, checked out) per day for a registration."""
    with controller.db.read() as session:
        return [(a.checked_in_at, a.checked_out_at) for a in session.scalars(
            select(Attendance).where(Attendance.registration_id == registration_id))]


def _counts(controller):
    with controller.db.read() as session:
        return attendance.counts(session, _event_id(controller))


def _type_and_enter(qtbot, dialog, text: str) -> None:
    dialog.search.clear()
    if text.isascii():  # a scanner types key by key
        qtbot.keyClicks(dialog.search, text)
    else:  # an input method commits Chinese text at once (QTest cannot type it)
        dialog.search.insert(text)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)


def test_check_in_by_chinese_fragment_and_badge_code_then_undo(window, controller, dialogs,
                                                               qtbot) -> None:
    view = _select_event(window, controller)
    first = _enrol(controller, "SZETO Wing-yan", "司徒詠欣")
    second = _enrol(controller, "MAK Ho-yin", "麥浩然")
    with controller.db.read() as session:
        code = session.get_one(Registration, second).check_in_code
    assert code
    settle(controller)
    dialog = view.participants.open_check_in()
    settle(controller)
    assert dialogs.last("check_in_dialog") is dialog
    before = _counts(controller)
    assert f"{before.registered} registered" in dialog.counters.text()
    assert f"{before.checked_in} checked in that day" in dialog.counters.text()

    _type_and_enter(qtbot, dialog, "詠欣")  # part of the Chinese name, then Enter
    settle(controller)
    [(arrived, left)] = _marks(controller, first)
    assert arrived is not None and left is None
    assert "司徒詠欣" in dialog.last.text() and "checked in" in dialog.last.text()
    assert dialog.search.text() == ""  # ready for the next person
    assert f"{before.checked_in + 1} checked in that day" in dialog.counters.text()

    _type_and_enter(qtbot, dialog, code.lower())  # a scanner types the badge code and Enter
    settle(controller)
    assert _marks(controller, second)[0][0] is not None
    assert f"{before.checked_in + 2} checked in that day" in dialog.counters.text()

    _type_and_enter(qtbot, dialog, code)  # the same badge again: checked out
    settle(controller)
    assert _marks(controller, second)[0][1] is not None
    assert "checked out" in dialog.last.text()

    window.actions_["undo"].trigger()  # undo the check-out
    settle(controller)
    assert _marks(controller, second)[0][1] is None
    window.actions_["undo"].trigger()  # and the check-in
    settle(controller)
    assert _marks(controller, second) == []
    assert f"{before.checked_in + 1} checked in that day" in dialog.counters.text()


def test_search_shows_results_and_a_click_checks_in(window, controller, dialogs, qtbot) -> None:
    view = _select_event(window, controller)
    first = _enrol(controller, "LAU Mei-kei", "劉美琪")
    second = _enrol(controller, "LAU Ka-ho", "劉家豪")
    dialog = view.participants.open_check_in()
    settle(controller)
    dialog.search.insert("刘")  # Simplified script finds the Traditional names
    qtbot.waitUntil(lambda: dialog.list.rowCount() >= 2, timeout=5000)
    settle(controller)
    names = [dialog.list.item(r, 0).text() for r in range(dialog.list.rowCount())]
    assert "LAU Mei-kei 劉美琪" in names
    dialog.list.selectRow(0)
    for _ in range(names.index("LAU Mei-kei 劉美琪")):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # arrows choose without leaving the box
    assert dialog.list.currentRow() == names.index("LAU Mei-kei 劉美琪")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter acts on the chosen result
    settle(controller)
    assert _marks(controller, first)[0][0] is not None
    assert _marks(controller, second) == []
    dialog.search.insert("家豪")
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 1, timeout=5000)
    dialog.list.selectRow(0)
    dialog.toggle_button.click()  # or a click on the button
    settle(controller)
    assert _marks(controller, second)[0][0] is not None


def test_walk_ins_new_and_existing(window, controller, dialogs, qtbot) -> None:
    view = _select_event(window, controller)
    dialog = view.participants.open_check_in()
    settle(controller)
    before = _counts(controller)
    dialog.walk_in_new.trigger()
    settle(controller)
    person = dialogs.last("walk_in_person")
    person.edits["name_en"].setText("KO Wai-lun")
    person.edits["name_zh"].setText("高偉倫")
    person.try_accept()
    settle(controller)
    assert not person.isVisible()
    event_id = _event_id(controller)
    with controller.db.read() as session:
        walk_ins = [(r.id, r.person.name_zh) for r in session.scalars(select(Registration).where(
            Registration.walk_in.is_(True), Registration.event_id == event_id))]
    assert [name for _id, name in walk_ins] == ["高偉倫"]
    assert _marks(controller, walk_ins[0][0])[0][0] is not None
    after = _counts(controller)
    assert after.walk_ins == before.walk_ins + 1 and after.checked_in == before.checked_in + 1
    assert f"{after.registered} registered" in dialog.counters.text()

    with controller.db.write() as session:
        create_person(session, name_en="YIP Sze-wan", name_zh="葉詩韻")
    dialog.walk_in_existing.trigger()
    picker = dialogs.last("walk_in_picker")
    picker.search.insert("葉詩韻")
    qtbot.waitUntil(lambda: picker.table.model().rowCount() == 1
                    and picker.table.model().index(0, 0).data(ROW_ROLE).name_zh == "葉詩韻",
                    timeout=5000)
    picker.table.selectRow(0)
    picker._accept()
    settle(controller)
    assert "葉詩韻" in dialog.last.text()
    assert _counts(controller).walk_ins == before.walk_ins + 2


def test_panel_check_in_of_a_past_event_asks_the_time_and_agrees_with_the_desk(
        window, controller, dialogs, qtbot) -> None:
    from PySide6.QtCore import QDateTime, QTime

    from planner.domain.schedule import from_utc_naive

    view = _select_event(window, controller)
    panel = view.participants
    registration = _enrol(controller, "TSANG Hoi-lam", "曾凱琳")
    panel.reload()  # enrolled behind the window's back
    settle(controller)
    table = panel.view
    rows = [r for r in range(table.model().rowCount())
            if table.model().index(r, 0).data(ROW_ROLE).id == registration]
    table.selectRow(rows[0])
    panel.check_in_button.click()
    settle(controller)
    asked = dialogs.last("attendance_time_dialog")  # the event is over: when did they come?
    zone = panel.current_event.schedule.timezone
    start = from_utc_naive(panel.current_event.schedule.utc_bounds()[0], zone)
    shown = asked.edit.dateTime()
    assert (shown.date().toPython(), shown.time().hour(), shown.time().minute()) == (
        start.date(), start.hour, start.minute)  # the event's start, on its clock
    asked.edit.setDateTime(QDateTime(shown.date(), QTime(9, 41)))  # from the signed sheet
    asked.accept()
    settle(controller)
    [(arrived, left)] = _marks(controller, registration)
    assert left is None and from_utc_naive(arrived, zone).strftime("%H:%M") == "09:41"
    model = panel.model
    row = model.find(lambda r: r.id == registration)
    assert "09:41" in model.index(row, model.CHECKED_IN).data()  # the event's clock, not UTC
    counts = _counts(controller)
    assert f"{counts.attended} checked in" in panel.heading.text()

    desk = panel.open_check_in()
    settle(controller)
    assert desk.time_edit is not None and desk.time_edit.isVisibleTo(desk)
    assert f"{counts.checked_in} checked in that day" in desk.counters.text()
    day = desk.time_edit.dateTime().date()
    desk.time_edit.setDateTime(QDateTime(day, QTime(9, 30)))  # before they came: refused
    _type_and_enter(qtbot, desk, "曾凱琳")  # the desk sees the panel's check-in: out
    settle(controller)
    assert _marks(controller, registration)[0][1] is None
    assert "cannot leave at 09:30" in dialogs.errors[-1][1]
    desk.time_edit.setDateTime(QDateTime(day, QTime(16, 5)))
    _type_and_enter(qtbot, desk, "曾凱琳")
    settle(controller)
    assert from_utc_naive(_marks(controller, registration)[0][1], zone).strftime(
        "%H:%M") == "16:05"
    for _ in range(2):  # the check-out, then the panel's check-in
        window.actions_["undo"].trigger()
        settle(controller)
    assert _marks(controller, registration) == []
    assert f"{counts.checked_in - 1} checked in that day" in desk.counters.text()
