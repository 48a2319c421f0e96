"""The main window on a copy of the demo database, driven as an organiser would."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from planner.store import queries
from planner.store.agenda import agenda
from planner.ui.models.base import ROW_ROLE
from planner.ui.views.events_view import EventsView
from tests.ui.conftest import settle


def test_opens_on_the_2016_17_programme(window, controller) -> None:
    events = window.show_section("events")
    settle(controller)
    titles = [r.title_en for r in events.model.rows()]
    assert any("Seminar on IP and the Development of SMEs" in (t or "") for t in titles)
    assert window.sidebar.count() == 8
    calendar = window.show_section("calendar")
    settle(controller)
    assert calendar.anchor is not None and calendar.anchor.year == 2017
    assert calendar.month.entries


def _fill_event(dialog, title: str, start: datetime, end: datetime) -> None:
    dialog.findChild(QLineEdit, "title_en").setText(title)
    dialog.schedule.timezone.setCurrentText("Asia/Hong_Kong")
    dialog.schedule.start.setDateTime(QDateTime(start))
    dialog.schedule.end.setDateTime(QDateTime(end))


def test_create_event_through_its_dialog(window, controller, dialogs) -> None:
    events: EventsView = window.show_section("events")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("event_dialog")
    _fill_event(dialog, "Copyright clinic for SMEs", datetime(2017, 6, 20, 14, 0),
                datetime(2017, 6, 20, 17, 0))
    dialog.buttons.accepted.emit()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted
    created = [r for r in events.model.rows() if r.title_en == "Copyright clinic for SMEs"]
    assert len(created) == 1
    assert created[0].schedule.start.isoformat() == "2017-06-20T14:00:00+08:00"
    selected = events.view.selectionModel().selectedRows()[0].data(ROW_ROLE)
    assert selected.id == created[0].id
    with controller.db.read() as session:
        in_calendar = agenda(session, date(2017, 6, 20), date(2017, 6, 20))
    assert any(e.title_en == "Copyright clinic for SMEs" for e in in_calendar)
    calendar = window.show_section("calendar")
    calendar.show_date(date(2017, 6, 20))
    settle(controller)
    assert any(e.title_en == "Copyright clinic for SMEs" for e in calendar.month.entries_on(date(2017, 6, 20)))


def test_end_before_start_is_shown_and_nothing_is_written(window, controller, dialogs) -> None:
    window.show_section("events")
    settle(controller)
    revision = controller.db.revision()
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("event_dialog")
    _fill_event(dialog, "Backwards", datetime(2017, 6, 20, 17, 0), datetime(2017, 6, 20, 9, 0))
    dialog.buttons.accepted.emit()
    settle(controller)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "before the start" in dialog.form.error_text("schedule")
    assert controller.db.revision() == revision
    with controller.db.read() as session:
        assert not queries.list_events(session, text="Backwards")
    dialog.reject()


def test_reorder_itinerary_and_undo(window, controller) -> None:
    view = window.show_section("delegations")
    settle(controller)
    _select(view.view, lambda d: d.id == 5)
    settle(controller)
    panel = view.itinerary
    before = [r.id for r in panel.model.rows()]
    assert len(before) > 3
    panel.view.selectRow(2)
    panel.buttons["move_up"].click()
    settle(controller)
    moved = [r.id for r in panel.model.rows()]
    assert moved == before[:1] + [before[2], before[1]] + before[3:]
    assert panel.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == before[2]
    window.actions_["undo"].trigger()
    settle(controller)
    assert [r.id for r in panel.model.rows()] == before
    window.actions_["redo"].trigger()
    settle(controller)
    assert [r.id for r in panel.model.rows()] == moved


def _select(view, predicate) -> None:
    model = view.model()
    for r in range(model.rowCount()):
        if predicate(model.index(r, 0).data(ROW_ROLE)):
            view.selectRow(r)
            return
    raise AssertionError("row not found")


def test_filter_people_by_a_chinese_fragment(window, controller) -> None:
    people = window.show_section("people")
    settle(controller)
    with controller.db.read() as session:
        someone = queries.list_people(session, limit=1, offset=40)[0]
    fragment = someone.name_zh[1:3] if len(someone.name_zh) >= 3 else someone.name_zh[:2]
    people.search.setText(fragment)
    people._debounce.timeout.emit()
    settle(controller)
    shown = people.model.rows()
    assert shown and all(fragment in (p.name_zh or "") for p in shown)
    assert someone.id in [p.id for p in shown]
    assert people.count.text().startswith(str(people.model.total))


def test_export_current_table_to_csv(window, controller, dialogs, tmp_path: Path) -> None:
    window.show_section("organisations")
    settle(controller)
    target = tmp_path / "organisations.csv"
    dialogs.save_paths.append(str(target))
    window.actions_["export_csv"].trigger()
    settle(controller)
    assert target.exists()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["Code", "Name"]
    assert any(r[0] == "GDCB" and "广东省版权局" in r for r in rows[1:]) or \
        any(r[0] == "GDCB" for r in rows[1:])
    assert len(rows) - 1 == window.view("organisations").model.rowCount()


def test_window_state_persists(window, controller, tmp_path) -> None:
    window.show_section("people")
    window.resize(1111, 777)
    window.save_state()
    from planner.ui.settings import app_settings

    settings = app_settings()
    assert settings.value("window/section") == "people"
    assert Path(settings.fileName()).is_relative_to(Path(__import__("os").environ["PLANNER_HOME"]))


def test_daily_backup_and_restore_from_the_file_menu(switching, dialogs, qtbot) -> None:
    from planner.operations.organisations import create_organisation
    from planner.store.backups import list_backups

    controller = switching
    window = controller.window
    path = controller.db.path
    backups = list_backups(path)
    assert len(backups) == 1  # made on the worker when the window opened
    with controller.db.write() as session:
        create_organisation(session, code="LATER", name_en="Added after the backup")
    controller.window.actions_["restore_backup"].trigger()
    assert controller.opening is not None and not window.isEnabled()  # off the UI thread
    qtbot.waitUntil(lambda: controller.opening is None, timeout=20_000)
    settle(controller)
    assert dialogs.choices_offered == [backups[0].name]
    with controller.db.read() as session:
        assert queries.list_organisations(session, text="LATER") == []
    assert controller.window is not window and controller.window.isVisible()
    assert list(path.parent.glob("*.before-restore-*"))


def test_a_commit_of_unknown_outcome_is_said_and_the_view_reloads(window, controller,
                                                                 dialogs) -> None:
    from planner.domain.errors import StorageError

    def lost_answer(_session) -> None:  # what Database.write raises when COMMIT's answer is lost
        raise StorageError("db_commit_uncertain", reason="server closed the connection")

    reloads: list[bool] = []
    window.ctx.data_changed.connect(lambda: reloads.append(True))
    window.ctx.perform("Create event", lost_answer, parent=window)
    settle(controller)
    assert len(dialogs.errors) == 1 and "may or may not" in dialogs.errors[0][1]
    assert dialogs.errors[0][0] == "Perhaps not saved"  # not "Not saved": nobody knows
    assert reloads == [True]  # the views show what the server holds before any retry
    assert not window.actions_["undo"].isEnabled()  # nothing to undo: it did not succeed


def test_a_change_made_elsewhere_shows_without_a_refresh(window, controller, qtbot) -> None:
    """Another process writing the same SQLite file (here: another connection): the window's
    revision poll notices and reloads the section shown."""
    from planner.store.database import open_database
    from tests.participants.conftest import make_event

    events = window.show_section("events")
    settle(controller)
    heard: list[int] = []
    window.revision_poll.changed.connect(lambda: heard.append(1))
    window.revision_poll._timer.setInterval(50)  # 3 s in use; the test need not wait that long
    # The window's own write is not heard as a change (it has reloaded what it concerns).
    controller.runner.run(lambda db, _p: make_event(db, title="Our own edit"))
    settle(controller)
    QTest.qWait(300)
    settle(controller)
    assert heard == []
    elsewhere = open_database(str(controller.db.path))
    try:
        make_event(elsewhere, title="Written elsewhere meanwhile")
    finally:
        elsewhere.close()
    qtbot.waitUntil(lambda: any(r.title_en == "Written elsewhere meanwhile"
                                for r in events.model.rows()), timeout=5000)
    settle(controller)
    assert heard  # the change made elsewhere
