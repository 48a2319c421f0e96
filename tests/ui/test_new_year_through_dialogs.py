"""Issue 14's window test: a small 2017-18 programme built from an empty database through the
dialogs alone (an item with a lead and a figure; a venue made on the spot; a seminar with two
sessions; an exchange programme with two new legs, one with an emergency contact; a minor with a
guardian and a travel document, member of a leg), then the last steps undone and redone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QPushButton

from planner.store import queries, record_queries
from planner.ui.app import Controller
from tests.ui.conftest import FakeDialogs, settle

DAY = QDate(2017, 6, 15)


def _ok(controller: Controller, dialog: Any) -> None:
    dialog.try_accept()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.general.text()


def _new(controller: Controller, section: str, name: str, dialogs: FakeDialogs) -> Any:
    assert controller.window is not None
    controller.window.show_section(section)
    settle(controller)
    controller.window.actions_["new_item"].trigger()
    settle(controller)
    return dialogs.last(name)


def _at(hour: int, minute: int = 0) -> QDateTime:
    return QDateTime(DAY, QTime(hour, minute))


def _read(controller: Controller, query: Any, *args: Any, **kwargs: Any) -> Any:
    assert controller.db is not None
    with controller.db.read() as session:
        return query(session, *args, **kwargs)


def test_a_new_year_planned_in_the_window_alone(empty_controller: Controller,
                                                dialogs: FakeDialogs) -> None:
    window = empty_controller.window
    assert window is not None
    # An organisation to lead things.
    organisation = _new(empty_controller, "organisations", "organisation_dialog", dialogs)
    organisation.findChild(QLineEdit, "code").setText("HKIPD")
    organisation.findChild(QLineEdit, "name_en").setText("Intellectual Property Department")
    _ok(empty_controller, organisation)
    [hkipd] = _read(empty_controller, queries.list_organisations)

    # The year's item, with its lead and a figure.
    item = _new(empty_controller, "items", "item_dialog", dialogs)
    item.year.setCurrentText("2017-18")
    item.number.setValue(5)
    item.titles["title_en"].setText("IP seminars for SMEs")
    item.titles["title_zh_hant"].setText("中小企知識產權研討會")
    item.title_suggest.accept("hans")
    item.lead_choice.setCurrentIndex(item.lead_choice.findData(hkipd.id))
    item.add_lead_button.click()
    item.narratives["narrative_en"].setPlainText("Two seminars in Dongguan.")
    row = item.add_figure()
    item.figures.item(row, 0).setText("Participants")
    item.figures.item(row, 3).setText("480")
    _ok(empty_controller, item)
    [made_item] = _read(empty_controller, queries.list_items, year="2017-18")
    assert made_item.title_zh_hans == "中小企知识产权研讨会"
    assert [lead.code for lead in made_item.leads] == ["HKIPD"]
    assert [(f.label_en, f.value) for f in made_item.figures] == [("Participants", 480.0)]

    # A seminar at a venue made on the spot, with two sessions.
    event = _new(empty_controller, "events", "event_dialog", dialogs)
    event.findChild(QLineEdit, "title_en").setText("SME IP seminar")
    event.kind.setCurrentIndex(event.kind.findData("seminar"))
    event.venue.new_button.click()
    venue = dialogs.last("venue_dialog")
    venue.edits["name_en"].setText("Dongguan Convention Centre")
    venue.edits["name_zh_hans"].setText("东莞会展中心")
    venue.suggest.accept("hant")
    venue.side.setCurrentIndex(venue.side.findData("guangdong"))
    _ok(empty_controller, venue)
    assert event.schedule.timezone.currentText() == "Asia/Shanghai"  # the venue's zone
    event.schedule.start.setDateTime(_at(9))
    event.schedule.end.setDateTime(_at(17))
    event.item.setCurrentIndex(event.item.findData(made_item.id))
    for title, start, end in (("Opening", _at(9), _at(9, 30)),
                              ("Trade marks online", _at(10), _at(12))):
        event.tabs.setCurrentWidget(event.sessions)
        event.sessions.table.buttons["add"].click()
        session = dialogs.last("session_dialog")
        session.titles["title_en"].setText(title)
        session.schedule.start.setDateTime(start)
        session.schedule.end.setDateTime(end)
        _ok(empty_controller, session)
    _ok(empty_controller, event)
    [seminar] = _read(empty_controller, queries.list_events)
    sessions = _read(empty_controller, record_queries.list_sessions, event_id=seminar.id)
    assert seminar.venue is not None and seminar.venue.name_zh_hant == "東莞會展中心"
    assert [s.title_en for s in sessions] == ["Opening", "Trade marks online"]

    # An exchange programme with two new legs; the first has an emergency contact.
    programme = _new(empty_controller, "programmes", "programme_dialog", dialogs)
    programme.texts["title_en"].setText("Student exchange 2017")
    for name, first, last, contact in (
            ("Hong Kong students to Guangzhou", QDate(2017, 7, 10), QDate(2017, 7, 12),
             ("Wong Chi-keung", "+852 5550 0201", "HKIPD secretary")),
            ("Guangzhou students to Hong Kong", QDate(2017, 8, 1), QDate(2017, 8, 3), None)):
        programme.new_leg()
        leg = dialogs.last("new_leg_dialog")
        leg.findChild(QLineEdit, "name_en").setText(name)
        leg.schedule.start.setDate(first)
        leg.schedule.end.setDate(last)
        if contact:
            leg.contacts_table.buttons["add"].click()
            model = leg.contacts_model
            for column, text in enumerate(contact):
                assert model.setData(model.index(0, column), text, Qt.ItemDataRole.EditRole)
        leg.try_accept()
        assert leg.result() == leg.DialogCode.Accepted
    _ok(empty_controller, programme)
    [exchange] = _read(empty_controller, queries.list_programmes)
    assert [leg.name_en for leg in exchange.legs] == ["Hong Kong students to Guangzhou",
                                                      "Guangzhou students to Hong Kong"]
    out_leg = _read(empty_controller, queries.get_delegation, exchange.legs[0].id)
    assert [(c.name, c.phone) for c in out_leg.contacts] == [("Wong Chi-keung",
                                                              "+852 5550 0201")]

    # A minor with a guardian and a travel document.
    person = _new(empty_controller, "people", "person_dialog", dialogs)
    person.edits["name_en"].setText("CHAN Siu-ming")
    person.edits["name_zh"].setText("陳小明")
    person.is_minor.setChecked(True)
    tab = person.sensitive
    tab.born.set_value(date(2003, 5, 2))
    tab.guardian["guardian_name"].setText("陳大文")
    tab.guardian["guardian_phone"].setText("+852 5550 1234")
    tab.guardian["guardian_relationship"].setText("father")
    tab.documents_table.buttons["add"].click()
    model = tab.documents_model
    row = tab.documents_table.current_row()
    for column, value in ((0, "home_return_permit"), (1, "H1234567"), (3, date(2012, 7, 1)),
                          (4, date(2017, 7, 11))):
        assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)
    _ok(empty_controller, person)
    [minor] = _read(empty_controller, queries.list_people)
    assert _read(empty_controller, record_queries.person_sensitive, minor.id)[0] == date(2003, 5, 2)

    # The minor joins the first leg, with the guardian's consent.
    delegations = window.show_section("delegations")
    settle(empty_controller)
    delegations.open_id("delegation", out_leg.id)
    settle(empty_controller)
    delegations.tabs.setCurrentWidget(delegations.members)
    delegations.members.consent.setChecked(True)
    delegations.members.status.setCurrentIndex(delegations.members.status.findData("confirmed"))
    delegations.members.findChild(QPushButton, "add_member").click()
    picker = dialogs.last("member_picker")
    picker.search.setText("陈")  # either script finds 陳
    picker._debounce.timeout.emit()
    settle(empty_controller)
    picker.table.selectRow(0)
    picker._accept()
    settle(empty_controller)
    members = _read(empty_controller, record_queries.list_members, delegation_id=out_leg.id)
    assert [(m.person.id, m.guardian_consent) for m in members] == [(minor.id, True)]
    assert dialogs.errors == []

    # The last steps undone (the member, the person, the programme) and redone.
    history = window.ctx.history
    for _ in range(3):
        history.undo()
        settle(empty_controller)
    assert _read(empty_controller, record_queries.list_members) == []
    assert _read(empty_controller, queries.list_people) == []
    assert _read(empty_controller, queries.list_programmes) == []
    assert [d.id for d in _read(empty_controller, queries.list_delegations)] == []
    assert len(_read(empty_controller, record_queries.list_sessions)) == 2  # earlier steps stay
    for _ in range(3):
        history.redo()
        settle(empty_controller)
    assert dialogs.errors == []
    assert [leg.id for leg in _read(empty_controller, queries.get_programme, exchange.id).legs] == \
        [leg.id for leg in exchange.legs]
    assert _read(empty_controller, queries.get_delegation, out_leg.id).contacts[0].name == "Wong Chi-keung"
    assert _read(empty_controller, record_queries.person_sensitive, minor.id)[1].name == "陳大文"
    assert [d.number for d in _read(empty_controller, record_queries.list_travel_documents,
                                    person_id=minor.id)] == ["H1234567"]
    assert [m.person.id for m in _read(empty_controller, record_queries.list_members)] == [minor.id]
