"""An organiser plans a new delegation visit end to end, only through the GUI."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QLineEdit, QPushButton

from planner.store import queries
from planner.ui.models.base import ROW_ROLE
from tests.ui.conftest import settle


def _accept(controller, dialog) -> None:
    dialog.buttons.accepted.emit()
    settle(controller)
    assert not dialog.form.general.text(), dialog.form.general.text()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_plan_a_delegation_visit(window, controller, dialogs) -> None:
    view = window.show_section("delegations")
    settle(controller)
    # 1. create the delegation
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("delegation_dialog")
    dialog.findChild(QLineEdit, "name_en").setText("GDCB animation delegation 2018")
    dialog.findChild(QLineEdit, "name_zh_hans").setText("广东动漫代表团")
    dialog.schedule.timezone.setCurrentText("Asia/Hong_Kong")
    dialog.schedule.start.setDate(QDate(2018, 3, 12))
    dialog.schedule.end.setDate(QDate(2018, 3, 13))
    _accept(controller, dialog)
    chosen = view.view.selectionModel().selectedRows()[0].data(ROW_ROLE)
    assert chosen.name_en == "GDCB animation delegation 2018"
    assert view.detail is not None and view.detail.id == chosen.id
    # 2. add two members through the person picker
    view.tabs.setCurrentWidget(view.members)
    for fragment in ("陳", "李"):
        view.members.findChild(QPushButton, "add_member").click()
        picker = dialogs.last("member_picker")
        picker.search.setText(fragment)
        picker._debounce.timeout.emit()
        settle(controller)
        picker.table.selectRow(0)
        picker._accept()
        settle(controller)
    assert len(view.members.model.rows()) == 2
    # 3. build the itinerary: three items, then a mistaken fourth one
    view.tabs.setCurrentWidget(view.itinerary)
    for hour, title in ((9, "Cross at Lok Ma Chau"), (11, "Visit InnoCentre"), (13, "Lunch")):
        view.itinerary.buttons["add_item"].click()
        item = dialogs.last("itinerary_dialog")
        item.texts["title_en"].setText(title)
        kind = "boundary_crossing" if "Cross" in title else "visit"
        item.kind.setCurrentIndex(item.kind.findData(kind))
        if kind == "boundary_crossing":
            item.control_point.setText("Lok Ma Chau Spur Line / Futian")
        item.schedule.start.setDateTime(QDateTime(QDate(2018, 3, 12), QTime(hour, 0)))
        item.schedule.end.setDateTime(QDateTime(QDate(2018, 3, 12), QTime(hour + 1, 30)))
        _accept(controller, item)
    titles = [r.title_en for r in view.itinerary.model.rows()]
    assert titles == ["Cross at Lok Ma Chau", "Visit InnoCentre", "Lunch"]
    view.itinerary.view.selectRow(2)
    view.itinerary.buttons["delete_item"].click()
    settle(controller)
    assert [r.title_en for r in view.itinerary.model.rows()] == titles[:2]
    # 4. undo the mistake: the lunch comes back, same identity
    window.actions_["undo"].trigger()
    settle(controller)
    assert [r.title_en for r in view.itinerary.model.rows()] == titles
    with controller.db.read() as session:
        stored = queries.get_delegation(session, chosen.id)
    assert [i.title_en for i in stored.itinerary] == titles
    assert len(stored.members) == 2
    assert stored.itinerary[0].control_point == "Lok Ma Chau Spur Line / Futian"
    assert stored.itinerary[1].schedule.start == datetime.fromisoformat("2018-03-12T11:00:00+08:00")
    # the timeline shows the day with the three blocks
    view.tabs.setCurrentWidget(view.timeline_page)
    assert len(view.timeline.blocks) == 3


def test_boundary_crossing_without_control_point_stays_open(window, controller, dialogs) -> None:
    view = window.show_section("delegations")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    view.itinerary.buttons["add_item"].click()
    item = dialogs.last("itinerary_dialog")
    item.texts["title_en"].setText("Cross")
    item.kind.setCurrentIndex(item.kind.findData("boundary_crossing"))
    revision = controller.db.revision()
    item.buttons.accepted.emit()
    settle(controller)
    assert item.isVisible()
    assert "control point" in item.form.error_text("control_point")
    assert controller.db.revision() == revision
    item.reject()


def test_delete_event_asks_and_undo_restores(window, controller, dialogs) -> None:
    events = window.show_section("events")
    settle(controller)
    events.view.selectRow(0)
    doomed = events.view.selectionModel().selectedRows()[0].data(ROW_ROLE)
    dialogs.confirm_answers.append(False)
    window.actions_["delete_item"].trigger()
    settle(controller)
    assert doomed.id in [r.id for r in events.model.rows()]
    dialogs.confirm_answers.append(True)
    window.actions_["delete_item"].trigger()
    settle(controller)
    assert doomed.id not in [r.id for r in events.model.rows()]
    window.actions_["undo"].trigger()
    settle(controller)
    assert doomed.id in [r.id for r in events.model.rows()]


def test_stale_edit_is_refused_in_the_dialog(window, controller, dialogs) -> None:
    from planner.operations.events import update_event

    events = window.show_section("events")
    settle(controller)
    events.view.selectRow(0)
    target = events.view.selectionModel().selectedRows()[0].data(ROW_ROLE)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("event_dialog")
    with controller.db.write() as session:  # another organiser saves first
        update_event(session, target.id, target.version, capacity=99)
    dialog.findChild(QLineEdit, "theme_en").setText("Changed here")
    dialog.buttons.accepted.emit()
    settle(controller)
    assert dialog.isVisible()
    assert "was changed by" in dialog.form.general.text()
    assert "theirs" in dialog.form.general.text()  # both versions are shown
    with controller.db.read() as session:
        assert queries.get_event(session, target.id).theme_en != "Changed here"
    assert dialog.overwrite_button.isVisible() and dialog.reload_button.isVisible()
    dialog.overwrite_button.click()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted
    with controller.db.read() as session:
        saved = queries.get_event(session, target.id)
    # "Overwrite with mine" saves my whole version: their capacity goes too.
    assert saved.theme_en == "Changed here" and saved.capacity is None


def test_conflict_reload_keeps_theirs(window, controller, dialogs) -> None:
    from planner.operations.people import update_person

    people = window.show_section("people")
    settle(controller)
    people.view.selectRow(0)
    settle(controller)
    target = people.person
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("person_dialog")
    with controller.db.write() as session:
        update_person(session, target.id, target.version, position="Director")
    dialog.edits["position"].setText("Intern")
    dialog.buttons.accepted.emit()
    settle(controller)
    dialog.reload_button.click()
    settle(controller)
    assert not dialog.isVisible()
    with controller.db.read() as session:
        assert queries.get_person(session, target.id).position == "Director"
