"""Issue 14: plan next year from an empty database, only through the window: a venue, an
organisation, this year's item, next year started from it, and a programme with a new leg."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit

from planner.operations.items import next_year
from planner.store import queries, record_queries
from planner.ui.app import Controller
from planner.ui.dialogs.item_dialog import current_year
from tests.ui.conftest import settle


def _ok(controller: Controller, dialog: Any) -> None:
    dialog.try_accept()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.general.text()


def test_plan_a_year_from_nothing(empty_controller: Controller, dialogs: Any) -> None:
    window = empty_controller.window
    assert window is not None and empty_controller.db is not None
    window.show_section("venues")
    settle(empty_controller)
    window.actions_["new_item"].trigger()
    venue = dialogs.last("venue_dialog")
    venue.findChild(QLineEdit, "name_en").setText("HKIPD Training Room")
    _ok(empty_controller, venue)
    window.show_section("organisations")
    settle(empty_controller)
    window.actions_["new_item"].trigger()
    organisation = dialogs.last("organisation_dialog")
    organisation.findChild(QLineEdit, "code").setText("HKIPD")
    organisation.findChild(QLineEdit, "name_en").setText("Intellectual Property Department")
    _ok(empty_controller, organisation)
    items = window.show_section("items")
    settle(empty_controller)
    assert not items.next_year.isEnabled()  # nothing to start from yet
    window.actions_["new_item"].trigger()
    item = dialogs.last("item_dialog")
    assert item.year.currentText() == current_year() and item.number.value() == 1
    item.titles["title_en"].setText("IP seminars for SMEs")
    item.lead_choice.setCurrentIndex(0)
    item.add_lead_button.click()
    _ok(empty_controller, item)
    assert items.next_year.isEnabled()
    items.next_year.click()
    settle(empty_controller)
    rollover = dialogs.last("rollover_dialog")
    assert rollover.to_year.text() == next_year(current_year())
    _ok(empty_controller, rollover)
    programmes = window.show_section("programmes")
    settle(empty_controller)
    window.actions_["new_item"].trigger()
    programme = dialogs.last("programme_dialog")
    assert not programme.attach_button.isEnabled()  # no delegation to attach
    programme.texts["title_en"].setText("SME study visit")
    programme.new_leg()
    leg = dialogs.last("new_leg_dialog")
    leg.findChild(QLineEdit, "name_en").setText("Hong Kong SMEs to Shenzhen")
    leg.schedule.start.setDate(QDate(2027, 5, 3))
    leg.schedule.end.setDate(QDate(2027, 5, 4))
    leg.try_accept()
    _ok(empty_controller, programme)
    with empty_controller.db.read() as session:
        assert [v.name_en for v in record_queries.list_venues(session)] == ["HKIPD Training Room"]
        years = {i.year: i for i in queries.list_items(session)}
        made = queries.list_programmes(session)
    assert sorted(years) == [current_year(), next_year(current_year())]
    assert [lead.code for lead in years[next_year(current_year())].leads] == ["HKIPD"]
    assert [leg.name_en for leg in made[0].legs] == ["Hong Kong SMEs to Shenzhen"]
    assert len(programmes.model.rows()) == 1
