"""A person's sensitive data in the person dialog: entered, revealed (audited), changed and
refused, saved with the person in one batch; and what a login without the role sees."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.domain.errors import PlannerError
from planner.store import queries, record_queries
from planner.store.models import AuditEntry, Person
from planner.ui.dialogs.sensitive_tab import DENIED, MASKED, SHOWN
from planner.ui.views.people_view import MASK
from tests.ui.conftest import settle

COLUMNS = ("kind", "number", "issuing_authority", "issue_date", "expiry", "endorsement_type",
           "endorsement_entries", "endorsement_expiry")


def _document(dialog, values: dict) -> int:
    tab = dialog.sensitive
    tab.documents_table.buttons["add"].click()
    row = tab.documents_table.current_row()
    model = tab.documents_model
    for key, value in values.items():
        model.setData(model.index(row, COLUMNS.index(key)), value, Qt.ItemDataRole.EditRole)
        assert model.draft(row).values[key] == value
    return row


def _new_person(window, controller, dialogs):
    window.show_section("people")
    settle(controller)
    window.actions_["new_item"].trigger()
    settle(controller)  # may_see_sensitive, asked on the worker
    return dialogs.last("person_dialog")


def _audit(controller, person_id: int) -> list[tuple[str, str, dict]]:
    with controller.db.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        return [(e.action, e.entity, e.details or {}) for e in entries
                if (e.entity == "person" and e.entity_id == person_id)
                or (e.details or {}).get("person") == person_id]


def _accept(controller, dialog) -> None:
    dialog.try_accept()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted, (
        dialog.form.general.text(), dialog.sensitive.documents_table.problem.text())


def test_a_minor_entered_with_birth_date_guardian_and_document(window, controller,
                                                               dialogs) -> None:
    dialog = _new_person(window, controller, dialogs)
    tab = dialog.sensitive
    assert tab.stack.currentIndex() == SHOWN  # a new person: nothing to reveal
    dialog.edits["name_en"].setText("Wong Ka-yan")
    dialog.edits["name_zh"].setText("黃嘉欣")
    dialog.is_minor.setChecked(True)
    assert tab.minor_note.isVisibleTo(tab)  # a minor without a birth date: allowed, pointed out
    tab.born.set_value(date(2012, 2, 29))
    assert not tab.minor_note.isVisibleTo(tab)
    tab.guardian["guardian_name"].setText("黃志明")
    tab.guardian["guardian_phone"].setText("+852 9876 5432")
    tab.guardian["guardian_relationship"].setText("father")
    _document(dialog, {"kind": "home_return_permit", "number": "H12345678",
                       "issuing_authority": "Exit and Entry Administration",
                       "issue_date": date(2022, 8, 1), "expiry": date(2032, 7, 31)})
    history = window.ctx.history
    count = history.count()
    _accept(controller, dialog)
    assert history.count() == count + 1 and history.undoText() == "Create person"
    with controller.db.read() as session:
        person = queries.list_people(session, text="Wong Ka-yan")[0]
        born, guardian = record_queries.person_sensitive(session, person.id)
        documents = record_queries.list_travel_documents(session, person_id=person.id)
    assert person.is_minor and born == date(2012, 2, 29)
    assert (guardian.name, guardian.phone, guardian.relationship) == \
        ("黃志明", "+852 9876 5432", "father")
    assert [(d.kind.value, d.number, d.issue_date, d.expiry) for d in documents] == [
        ("home_return_permit", "H12345678", date(2022, 8, 1), date(2032, 7, 31))]
    log = _audit(controller, person.id)
    fields = {f for _action, _entity, details in log for f in details.get("fields", [])}
    assert {"date_of_birth", "guardian_name", "guardian_phone", "number", "expiry"} <= fields
    text = json.dumps([details for *_x, details in log], ensure_ascii=False)
    for value in ("2012-02-29", "黃志明", "9876", "H12345678", "2032"):
        assert value not in text  # field names, never values
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert not queries.list_people(session, text="Wong Ka-yan")


def test_reveal_is_audited_then_changes_save_in_one_batch(window, controller, dialogs) -> None:
    with controller.db.read() as session:
        minor = session.scalars(select(Person).where(Person.is_minor.is_(True),
                                                     Person.deleted_at.is_(None))
                                .order_by(Person.id)).first()
        ident, name = minor.id, minor.name_en
        born, guardian = record_queries.person_sensitive(session, ident)
        held = [d.number for d in record_queries.list_travel_documents(session, person_id=ident)]
    people = window.show_section("people")
    settle(controller)
    people.model.set_filter(name)
    settle(controller)
    assert people.open_id("person", ident)
    settle(controller)
    assert people.person is not None and people.person.id == ident
    window.actions_["edit_item"].trigger()
    settle(controller)
    dialog = dialogs.last("person_dialog")
    tab = dialog.sensitive
    assert dialog.person.id == ident and tab.stack.currentIndex() == MASKED
    assert tab.values() == {} and dialog.batch(dialog.collect()) == [
        {"op": "person.update", "args": {"ident": ident, "version": dialog.person.version,
                                         **dialog.collect()}}]
    assert not any(a == "reveal" for a, *_ in _audit(controller, ident))
    tab.reveal_button.click()
    settle(controller)
    assert tab.stack.currentIndex() == SHOWN
    assert tab.born.value() == born and tab.guardian["guardian_name"].text() == guardian.name
    assert [d.values["number"] for d in tab.documents.drafts] == held
    reveals = [d for a, _e, d in _audit(controller, ident) if a == "reveal"]
    assert reveals == [{"fields": ["date_of_birth", "guardian_name", "guardian_phone",
                                   "guardian_relationship", "guardian_email",
                                   "travel_documents"]}]
    tab.guardian["guardian_phone"].setText("+852 6000 1234")
    _document(dialog, {"kind": "hksar_passport", "number": "K01234567",
                       "expiry": date(2030, 1, 31)})
    values = dialog.collect()
    assert {k for k in values if k.startswith("guardian") or k == "date_of_birth"} == \
        {"guardian_phone"}  # only what changed
    _accept(controller, dialog)
    with controller.db.read() as session:
        _born, guardian_now = record_queries.person_sensitive(session, ident)
        documents = record_queries.list_travel_documents(session, person_id=ident)
    assert guardian_now.phone == "+852 6000 1234" and guardian_now.name == guardian.name
    assert [d.number for d in documents] == [*held, "K01234567"]
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert record_queries.person_sensitive(session, ident)[1] == guardian
        assert [d.number for d in record_queries.list_travel_documents(
            session, person_id=ident)] == held


def test_expiry_before_issue_is_refused_beside_the_documents(window, controller,
                                                             dialogs) -> None:
    dialog = _new_person(window, controller, dialogs)
    dialog.edits["name_en"].setText("Lam Tsz-ho")
    row = _document(dialog, {"kind": "hksar_passport", "issue_date": date(2024, 5, 1),
                             "expiry": date(2023, 5, 1)})
    dialog.tabs.setCurrentIndex(0)
    revision = controller.db.revision()
    dialog.try_accept()
    settle(controller)
    tab = dialog.sensitive
    assert dialog.isVisible() and controller.db.revision() == revision
    assert dialog.tabs.currentIndex() == 1
    assert "Travel document 1: The expiry date (2023-05-01) is before the date of issue " \
           "(2024-05-01)." in tab.documents_table.problem.text()
    assert tab.documents_model.problems(row)
    # the core's refusal of the same lands there too
    tab.documents_table.clear_problems()
    dialog.failed(PlannerError("expiry_before_issue", field="expiry", expiry="2023-05-01",
                               issued="2024-05-01"))
    assert "before the date of issue" in tab.documents_table.problem.text()
    assert not dialog.form.general.isVisible()
    # fixed in place, it saves
    model = tab.documents_model
    model.setData(model.index(row, COLUMNS.index("expiry")), date(2034, 4, 30),
                  Qt.ItemDataRole.EditRole)
    _accept(controller, dialog)
    with controller.db.read() as session:
        person = queries.list_people(session, text="Lam Tsz-ho")[0]
        assert [d.expiry for d in record_queries.list_travel_documents(
            session, person_id=person.id)] == [date(2034, 4, 30)]


def test_without_the_role_nothing_sensitive_is_shown_or_sent(window, controller, dialogs,
                                                             monkeypatch) -> None:
    monkeypatch.setattr("planner.ui.dialogs.person_dialog.may_see_sensitive", lambda _s: False)
    monkeypatch.setattr("planner.ui.views.people_view.may_see_sensitive", lambda _s: False)
    people = window.show_section("people")
    settle(controller)
    assert not people.reveal.isEnabled()
    assert "planner_sensitive" in people.reveal.toolTip()
    dialog = _new_person(window, controller, dialogs)
    tab = dialog.sensitive
    assert tab.stack.currentIndex() == DENIED
    assert "planner_sensitive role" in tab.denied.text()
    dialog.edits["name_en"].setText("Ho Wing-sze")
    dialog.is_minor.setChecked(True)  # allowed without a birth date: the checks flag it
    values = dialog.collect()
    assert not set(values) & {"date_of_birth", "guardian_name"}
    assert [s["op"] for s in dialog.batch(values)] == ["person.create"]
    _accept(controller, dialog)
    with controller.db.read() as session:
        assert queries.list_people(session, text="Ho Wing-sze")[0].is_minor


def test_dialog_sizes_fit_a_small_screen(window, controller, dialogs) -> None:
    """Every editor opens within 900 x 650 and can shrink to fit 1024 x 700."""
    shown = []
    for section in ("events", "delegations", "people"):
        window.show_section(section)
        settle(controller)
        window.actions_["new_item"].trigger()
        settle(controller)
        shown.append(dialogs.shown[-1])
    events = window.show_section("events")
    events.new_item()
    dialog = dialogs.shown[-1]
    dialog.sessions.table.buttons["add"].click()
    shown.append(dialogs.last("session_dialog"))
    dialog.venue.new_button.click()
    shown.append(dialogs.last("venue_dialog"))
    delegations = window.show_section("delegations")
    settle(controller)
    delegations.itinerary.add_item()
    shown.append(dialogs.last("itinerary_dialog"))
    for dialog in shown:
        size, smallest = dialog.size(), dialog.minimumSizeHint()
        assert size.width() <= 900 and size.height() <= 650, (dialog.objectName(), size)
        assert smallest.width() <= 1000 and smallest.height() <= 680, (dialog.objectName(),
                                                                       smallest)
        dialog.reject()


def test_reveal_becomes_hide_and_hide_masks_again(window, controller, dialogs) -> None:
    with controller.db.read() as session:
        minor = session.scalars(select(Person).where(Person.is_minor.is_(True),
                                                     Person.deleted_at.is_(None))
                                .order_by(Person.id)).first()
        ident = minor.id
    people = window.show_section("people")
    settle(controller)
    assert people.open_id("person", ident)
    settle(controller)
    # the side pane of the People section
    assert people.reveal.text() == "&Reveal"
    people.reveal.click()
    settle(controller)
    assert people.sensitive.text() != MASK and people.reveal.text() == "&Hide"
    people.reveal.click()
    assert people.sensitive.text() == MASK and people.reveal.text() == "&Reveal"
    # the Sensitive tab of the person's editor
    window.actions_["edit_item"].trigger()
    settle(controller)
    tab = dialogs.last("person_dialog").sensitive
    assert not tab.reveal_button.isHidden() and tab.reveal_button.text() == "&Reveal"
    tab.reveal_button.click()
    settle(controller)
    assert tab.stack.currentIndex() == SHOWN and tab.reveal_button.text() == "&Hide"
    tab.guardian["guardian_phone"].setText("+852 6000 9999")
    tab.reveal_button.click()
    assert tab.stack.currentIndex() == MASKED and tab.reveal_button.text() == "&Reveal"
    assert tab.values() == {"guardian_phone": "+852 6000 9999"}  # masked, not forgotten
    tab.reveal_button.click()  # shown again without another read
    settle(controller)
    assert tab.stack.currentIndex() == SHOWN
    assert [a for a, *_ in _audit(controller, ident)].count("reveal") == 2  # pane + dialog
