"""A detail pane never shows a record the filter has hidden from its list."""

from __future__ import annotations

import pytest

from planner.ui.widgets.tables import select_where, selected_row
from tests.ui.conftest import settle

NOWHERE = "zzz no such record"


def test_people_details_clear_when_the_search_hides_the_person(window, controller) -> None:
    people = window.show_section("people")
    settle(controller)
    people.view.selectRow(0)
    settle(controller)
    chosen = selected_row(people.view)
    assert people.person is not None and people.details.text()
    people.model.set_filter(NOWHERE)
    settle(controller)
    assert people.model.rowCount() == 0
    assert people.person is None and people.details.text() == ""
    assert people.memberships.count() == 0
    people.model.set_filter(None)  # back: the person is selected again, and shown
    settle(controller)
    assert selected_row(people.view) is not None and selected_row(people.view).id == chosen.id
    assert people.person is not None and people.person.id == chosen.id


def test_people_details_follow_a_search_that_keeps_the_person(window, controller) -> None:
    people = window.show_section("people")
    settle(controller)
    select_where(people.view, lambda p: bool(p.name_en))
    settle(controller)
    chosen = selected_row(people.view)
    people.model.set_filter(chosen.name_en)
    settle(controller)
    assert selected_row(people.view) is not None and selected_row(people.view).id == chosen.id
    assert people.person is not None and people.person.id == chosen.id


@pytest.mark.parametrize("section", ("organisations", "venues", "items", "programmes"))
def test_list_details_clear_when_filtered_away(window, controller, section) -> None:
    view = window.show_section(section)
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    assert view.detail.toPlainText()
    view.search.setText(NOWHERE)
    settle(controller)
    assert view.detail.toPlainText() == ""


def test_events_participants_clear_when_filtered_away(window, controller) -> None:
    events = window.show_section("events")
    settle(controller)
    select_where(events.view, lambda e: e.registered > 0)
    settle(controller)
    assert events.participants.model.rowCount() > 0
    events.search.setText(NOWHERE)
    settle(controller)
    assert events.participants.current_event is None
    assert events.participants.model.rowCount() == 0


def test_delegation_detail_clears_when_filtered_away(window, controller) -> None:
    delegations = window.show_section("delegations")
    settle(controller)
    assert delegations.detail is not None
    delegations.search.setText(NOWHERE)
    settle(controller)
    assert delegations.detail is None and delegations.summary.text() == ""
    assert delegations.members.model.rowCount() == 0
