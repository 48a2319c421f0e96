"""An organiser plans a seminar's agenda in the event dialog: sessions saved with the event in one
batch, moved with it, refused outside it, shown in the calendar and in the iCal export."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QLineEdit

from planner.cli.main import main
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.operations.sessions import create_session, update_session
from planner.store import queries, record_queries
from planner.store.agenda import agenda
from planner.ui.models.base import ROW_ROLE
from planner.ui.views.calendar_view import AGENDA, WEEK
from tests.ui.conftest import settle

DAY = date(2027, 3, 10)


def _at(hour: int, minute: int = 0, day: date = DAY) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute))


def _open_new_event(window, controller, dialogs):
    window.show_section("events")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("event_dialog")
    dialog.findChild(QLineEdit, "title_en").setText("Patent drafting seminar 2027")
    dialog.kind.setCurrentIndex(dialog.kind.findData("seminar"))
    dialog.schedule.timezone.setCurrentText("Asia/Hong_Kong")
    dialog.schedule.start.setDateTime(_at(9))
    dialog.schedule.end.setDateTime(_at(17))
    return dialog


def _add_session(controller, dialogs, dialog, title: str, start: QDateTime, end: QDateTime,
                 **texts: str):
    dialog.tabs.setCurrentWidget(dialog.sessions)
    dialog.sessions.table.buttons["add"].click()
    session = dialogs.last("session_dialog")
    session.titles["title_en"].setText(title)
    session.schedule.start.setDateTime(start)
    session.schedule.end.setDateTime(end)
    for name, text in texts.items():
        getattr(session, name).setText(text)
    session.try_accept()
    settle(controller)
    return session


def _accept(controller, dialog) -> None:
    dialog.try_accept()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted, (
        dialog.form.general.text(), dialog.sessions.table.problem.text())


def _stored(controller, title: str):
    with controller.db.read() as session:
        event = queries.list_events(session, text=title)[0]
        return event, record_queries.list_sessions(session, event_id=event.id)


def _seed(controller, title: str = "Trade mark clinic 2027"):
    """An event with three sessions, saved by somebody earlier."""
    with controller.db.write() as session:
        event = create_event(session, kind="seminar", title_en=title,
                             schedule=Schedule.timed(datetime(2027, 4, 6, 9),
                                                     datetime(2027, 4, 6, 17),
                                                     "Asia/Hong_Kong")).value
        for i, (hour, name) in enumerate(((9, "Welcome"), (10, "Searching"), (14, "Filing"))):
            create_session(session, event.id, title_en=name, speaker=f"Speaker {i}",
                           schedule=Schedule.timed(datetime(2027, 4, 6, hour),
                                                   datetime(2027, 4, 6, hour + 1),
                                                   "Asia/Hong_Kong"))
    return event


def _edit(window, controller, dialogs, event_id: int):
    events = window.show_section("events")
    settle(controller)
    events.open_id("event", event_id)
    window.actions_["edit_item"].trigger()
    settle(controller)  # the sessions are read on the worker
    dialog = dialogs.last("event_dialog")
    assert dialog.current_event.id == event_id and dialog.sessions.drafts.ready
    return dialog


def test_new_seminar_with_two_sessions_then_edit_and_undo(window, controller, dialogs) -> None:
    dialog = _open_new_event(window, controller, dialogs)
    first = _add_session(controller, dialogs, dialog, "Opening remarks", _at(9, 30), _at(10),
                         speaker="Dr Chan Tai-man (HKIPD)")
    assert first.result() == first.DialogCode.Accepted
    _add_session(controller, dialogs, dialog, "Claims workshop", _at(10, 30), _at(12),
                 room="Room 2, 3/F")
    assert dialog.tabs.tabText(2) == "&Sessions (2)"
    history = window.ctx.history
    steps_before, revision = history.count(), controller.db.revision()
    _accept(controller, dialog)
    assert history.count() == steps_before + 1 and history.undoText() == "Create event"
    assert controller.db.revision() == revision + 1  # one write
    event, sessions = _stored(controller, "Patent drafting seminar")
    assert [(s.title_en, s.position) for s in sessions] == [("Opening remarks", 0),
                                                            ("Claims workshop", 1)]
    assert sessions[0].speaker == "Dr Chan Tai-man (HKIPD)" and sessions[1].room == "Room 2, 3/F"
    assert sessions[1].schedule.start.isoformat() == "2027-03-10T10:30:00+08:00"

    # Edit: the workshop moves to the afternoon, the opening goes.
    dialog = _edit(window, controller, dialogs, event.id)
    assert [d.values["title_en"] for d in dialog.sessions.drafts.drafts] == \
        ["Opening remarks", "Claims workshop"]
    dialog.tabs.setCurrentWidget(dialog.sessions)
    dialog.sessions.table.select(1)
    dialog.sessions.table.buttons["edit"].click()
    editor = dialogs.last("session_dialog")
    assert editor.titles["title_en"].text() == "Claims workshop"
    editor.schedule.start.setDateTime(_at(14))
    editor.schedule.end.setDateTime(_at(15, 30))
    editor.try_accept()
    dialog.sessions.table.select(0)
    dialog.sessions.table.buttons["remove"].click()
    assert dialog.sessions.model.rowCount() == 1
    steps = dialog.batch(dialog.collect())
    assert [s["op"] for s in steps] == ["event.update", "session.delete", "session.update"]
    assert set(steps[2]["args"]) == {"ident", "version", "schedule"}  # only what changed
    _accept(controller, dialog)
    assert history.undoText() == "Edit event"
    _event, sessions = _stored(controller, "Patent drafting seminar")
    assert [s.title_en for s in sessions] == ["Claims workshop"]
    assert sessions[0].schedule.start.isoformat() == "2027-03-10T14:00:00+08:00"

    window.actions_["undo"].trigger()
    settle(controller)
    _event, sessions = _stored(controller, "Patent drafting seminar")
    assert [(s.title_en, s.schedule.start.hour) for s in sessions] == [
        ("Opening remarks", 9), ("Claims workshop", 10)]
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert not queries.list_events(session, text="Patent drafting seminar")


def test_a_session_outside_its_event_is_refused_and_shown(window, controller, dialogs) -> None:
    dialog = _open_new_event(window, controller, dialogs)
    late = _add_session(controller, dialogs, dialog, "Evening reception", _at(18), _at(20))
    assert late.isVisible() and late.result() != late.DialogCode.Accepted
    assert "must lie within its event" in late.form.error_text("schedule")
    late.schedule.start.setDateTime(_at(16))
    late.schedule.end.setDateTime(_at(17))
    late.try_accept()
    assert late.result() == late.DialogCode.Accepted
    # The event then ends earlier: the session is outside, named beside the sessions table.
    dialog.tabs.setCurrentIndex(0)
    dialog.schedule.end.setDateTime(_at(12))
    revision = controller.db.revision()
    dialog.try_accept()
    settle(controller)
    assert dialog.isVisible() and controller.db.revision() == revision
    assert dialog.tabs.currentWidget() is dialog.sessions
    assert "Evening reception" in dialog.sessions.table.problem.text()
    assert "must lie within its event" in dialog.sessions.table.problem.text()
    assert dialog.sessions.model.problems(0)
    # The core's own refusal lands in the same place.
    from planner.domain.errors import PlannerError

    dialog.failed(PlannerError("session_outside_event", field="schedule", session="X",
                               start="a", end="b"))
    assert dialog.sessions.table.problem.isVisible()
    assert not dialog.form.error_text("schedule")
    dialog.reject()


def test_moving_the_event_moves_the_sessions_not_set_by_hand(window, controller, dialogs) -> None:
    event = _seed(controller)
    dialog = _edit(window, controller, dialogs, event.id)
    dialog.tabs.setCurrentWidget(dialog.sessions)
    dialog.sessions.table.select(2)  # "Filing" is set by hand to 15:00
    dialog.sessions.table.buttons["edit"].click()
    editor = dialogs.last("session_dialog")
    editor.schedule.start.setDateTime(_at(15, day=date(2027, 4, 7)))
    editor.schedule.end.setDateTime(_at(16, day=date(2027, 4, 7)))
    assert "must lie within" in (editor.try_accept() or editor.form.error_text("schedule"))
    editor.reject()
    editor = None
    dialog.sessions.table.buttons["edit"].click()
    editor = dialogs.last("session_dialog")
    editor.schedule.start.setDateTime(_at(15, day=date(2027, 4, 6)))
    editor.schedule.end.setDateTime(_at(16, day=date(2027, 4, 6)))
    editor.try_accept()
    # A day later and half an hour later in the morning; it now lasts until the next evening.
    dialog.tabs.setCurrentIndex(0)
    dialog.schedule.start.setDateTime(_at(9, 30, day=date(2027, 4, 7)))
    dialog.schedule.end.setDateTime(_at(17, day=date(2027, 4, 7)))
    shown = [d.values["schedule"].start for d in dialog.sessions.drafts.drafts]
    assert [s.strftime("%d %H:%M") for s in shown] == ["07 09:30", "07 10:30", "06 15:00"]
    # 15:00 on the 6th is now before the event: refused until it is moved too.
    dialog.try_accept()
    settle(controller)
    assert "Filing" in dialog.sessions.table.problem.text()
    dialog.sessions.table.select(2)
    dialog.sessions.table.buttons["edit"].click()
    editor = dialogs.last("session_dialog")
    editor.schedule.start.setDateTime(_at(15, day=date(2027, 4, 7)))
    editor.schedule.end.setDateTime(_at(16, day=date(2027, 4, 7)))
    editor.try_accept()
    _accept(controller, dialog)
    _event, sessions = _stored(controller, "Trade mark clinic 2027")
    assert [(s.title_en, s.schedule.start.isoformat()) for s in sessions] == [
        ("Welcome", "2027-04-07T09:30:00+08:00"), ("Searching", "2027-04-07T10:30:00+08:00"),
        ("Filing", "2027-04-07T15:00:00+08:00")]
    assert sessions[0].schedule.end - sessions[0].schedule.start == timedelta(hours=1)


def test_sessions_read_late_still_follow_a_moved_start(window, controller, dialogs) -> None:
    event = _seed(controller)
    events = window.show_section("events")
    settle(controller)
    events.open_id("event", event.id)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("event_dialog")
    assert not dialog.sessions.drafts.ready  # still being read on the worker
    assert not dialog.sessions.table.buttons["add"].isEnabled()
    dialog.schedule.start.setDateTime(_at(9, day=date(2027, 4, 8)))
    settle(controller)
    assert [d.values["schedule"].start.day for d in dialog.sessions.drafts.drafts] == [8, 8, 8]
    _accept(controller, dialog)
    _event, sessions = _stored(controller, "Trade mark clinic 2027")
    assert [s.schedule.start.isoformat()[:16] for s in sessions] == [
        "2027-04-08T09:00", "2027-04-08T10:00", "2027-04-08T14:00"]


def test_reorder_sessions_moves_only_the_two(window, controller, dialogs) -> None:
    event = _seed(controller)
    dialog = _edit(window, controller, dialogs, event.id)
    dialog.sessions.table.select(2)
    dialog.sessions.table.buttons["up"].click()
    steps = dialog.batch(dialog.collect())
    drafts = dialog.sessions.drafts.drafts
    assert [(s["op"], s["args"].get("ident"), s["args"].get("position")) for s in steps] == [
        ("event.update", event.id, None), ("session.update", drafts[1].ident, 1),
        ("session.update", drafts[2].ident, 2)]
    assert drafts[1].values["title_en"] == "Filing"
    _accept(controller, dialog)
    _event, sessions = _stored(controller, "Trade mark clinic 2027")
    assert [s.title_en for s in sessions] == ["Welcome", "Filing", "Searching"]


def test_a_session_changed_by_somebody_else_offers_reload_only(window, controller,
                                                               dialogs) -> None:
    event = _seed(controller)
    dialog = _edit(window, controller, dialogs, event.id)
    draft = dialog.sessions.drafts.drafts[1]
    with controller.db.write() as session:
        update_session(session, draft.ident, draft.version, room="Hall B")
    dialog.sessions.table.select(1)
    dialog.sessions.table.buttons["edit"].click()
    editor = dialogs.last("session_dialog")
    editor.speaker.setText("Ms Li Hua")
    editor.try_accept()
    dialog.try_accept()
    settle(controller)
    assert dialog.isVisible() and "was changed by" in dialog.form.general.text()
    assert dialog.reload_button.isVisible() and not dialog.overwrite_button.isVisible()
    dialog.reload_button.click()
    settle(controller)
    assert not dialog.isVisible()
    _event, sessions = _stored(controller, "Trade mark clinic 2027")
    assert sessions[1].room == "Hall B" and sessions[1].speaker == "Speaker 1"


def test_sessions_in_the_calendar_and_the_ical_export(window, controller, dialogs,
                                                      demo_path) -> None:
    event = _seed(controller)
    with controller.db.read() as session:
        day = agenda(session, date(2027, 4, 6), date(2027, 4, 6))
    sessions = [e for e in day if e.source == "session"]
    assert [e.title_en for e in sessions] == ["Welcome", "Searching", "Filing"]
    assert all(e.category == "seminar" for e in sessions)
    calendar = window.show_section("calendar")
    calendar.set_mode(WEEK)
    calendar.show_date(date(2027, 4, 6))
    settle(controller)
    blocks = [b for b in calendar.week.blocks if b.payload.source == "session"]
    assert [b.title for b in blocks] == ["Welcome", "Searching", "Filing"]
    assert {calendar.week._lanes[calendar.week.blocks.index(b)][1] for b in blocks} == {2}
    calendar._activate(blocks[1].payload)  # a double-click opens the event
    settle(controller)
    events = window.current_view()
    assert events.objectName() == "events_view"
    assert events.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == event.id
    calendar = window.show_section("calendar")
    calendar.set_mode(AGENDA)
    settle(controller)
    kinds = [calendar.agenda_model.index(r, 2).data()
             for r in range(calendar.agenda_model.rowCount())
             if calendar.agenda_model.row_at(r).source == "session"]
    assert kinds == ["seminar session"] * 3
    calendar.show_date(date(2027, 4, 6))
    calendar.set_mode(0)
    settle(controller)
    assert [e.source for e in calendar.month.entries_on(date(2027, 4, 6))] == ["event"]
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", str(demo_path), "export", "ical", "--event", str(event.id), "-o", "-"],
                out, err) == 0, err.getvalue()
    text = out.getvalue()
    assert text.count("BEGIN:VEVENT") == 4 and "SUMMARY:Searching" in text


def test_cancel_asks_before_dropping_sessions(window, controller, dialogs) -> None:
    dialog = _open_new_event(window, controller, dialogs)
    dialog.reject()  # nothing typed into the table: closes at once
    assert not dialog.isVisible()
    dialog = _open_new_event(window, controller, dialogs)
    _add_session(controller, dialogs, dialog, "Opening", _at(9), _at(10))
    dialogs.confirm_answers.append(False)
    dialog.reject()
    assert dialog.isVisible() and not dialogs.confirm_answers
    dialogs.confirm_answers.append(True)
    dialog.reject()
    assert not dialog.isVisible()


def test_new_venue_created_from_the_event_dialog(window, controller, dialogs) -> None:
    dialog = _open_new_event(window, controller, dialogs)
    dialog.venue.new_button.click()
    venue = dialogs.last("venue_dialog")
    venue.edits["name_en"].setText("Qianhai Innovation Hub")
    venue.side.setCurrentIndex(venue.side.findData("guangdong"))
    venue.try_accept()
    settle(controller)
    assert venue.result() == venue.DialogCode.Accepted
    assert dialog.venue.venue().name_en == "Qianhai Innovation Hub"
    assert dialog.schedule.timezone.currentText() == "Asia/Shanghai"  # the venue's zone
    # a session picks from the same list, the new venue included, the event's by default
    session = _add_session(controller, dialogs, dialog, "Site visit", _at(10), _at(11))
    assert session.venue.value() == dialog.venue.value()
    # a venue made from a session's own picker is offered to the next session, not chosen
    dialog.sessions.table.buttons["add"].click()
    other = dialogs.last("session_dialog")
    other.venue.new_button.click()
    venue = dialogs.last("venue_dialog")
    venue.edits["name_en"].setText("Qianhai Hotel ballroom")
    venue.try_accept()
    settle(controller)
    other.titles["title_en"].setText("Dinner")
    other.schedule.start.setDateTime(_at(12))
    other.schedule.end.setDateTime(_at(13))
    other.try_accept()
    assert other.result() == other.DialogCode.Accepted
    assert dialog.venue.venue().name_en == "Qianhai Innovation Hub"
    assert "Qianhai Hotel ballroom" in [v.name_en for v in dialog.venue.venues]
    _accept(controller, dialog)
    event, sessions = _stored(controller, "Patent drafting seminar")
    assert [s.venue.name_en for s in sessions] == ["Qianhai Innovation Hub",
                                                   "Qianhai Hotel ballroom"]
    assert event.venue.name_en == "Qianhai Innovation Hub"
    assert sessions[0].venue.name_en == "Qianhai Innovation Hub"
    assert event.schedule.timezone == "Asia/Shanghai"


def test_agenda_leaves_out_confidential_and_deleted_events_sessions(controller) -> None:
    from planner.operations.events import delete_event, update_event

    event = _seed(controller)
    with controller.db.write() as session:
        update_event(session, event.id, None, confidential=True)
    with controller.db.read() as session:
        assert len([e for e in agenda(session, date(2027, 4, 6), date(2027, 4, 6))
                    if e.source == "session"]) == 3
        public = agenda(session, date(2027, 4, 6), date(2027, 4, 6), include_confidential=False)
        assert not public
    with controller.db.write() as session:
        delete_event(session, event.id, None)
    with controller.db.read() as session:
        assert not agenda(session, date(2027, 4, 6), date(2027, 4, 6))


def test_a_venue_made_from_a_picker_says_what_is_wrong_in_the_window_language(
        window, controller, dialogs) -> None:
    """The venue dialog opened from a picker gets the window's language (it got Qt's
    QWidget.locale method once, and showing a problem then raised AttributeError)."""
    dialog = _open_new_event(window, controller, dialogs)
    dialog.venue.new_button.click()
    venue = dialogs.last("venue_dialog")
    assert venue.ui_locale == controller.ui_locale
    venue.edits["name_en"].setText("")
    venue.try_accept()
    settle(controller)
    assert venue.result() != venue.DialogCode.Accepted
    assert venue.form.error_text("name_en") or venue.form.general.text()
    venue.reject()
    dialog.reject()
