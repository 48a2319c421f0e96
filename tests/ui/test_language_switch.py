"""Switching the interface language keeps the section, the selected record and the undo
history: Undo still undoes what was done before the switch, and Redo redoes it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from planner.operations.organisations import update_organisation
from planner.store import queries
from planner.ui.app import Controller
from planner.ui.language import apply_language
from planner.ui.models.base import ROW_ROLE
from tests.ui.conftest import FakeDialogs, selected_in, settle


def _name(controller: Controller, ident: int) -> str | None:
    assert controller.db is not None
    with controller.db.read() as session:
        return queries.get_organisation(session, ident).name_en


def test_language_switch_keeps_section_selection_and_undo(
        qtbot: object, switching: Controller, dialogs: FakeDialogs) -> None:
    controller = switching
    old = controller.window
    assert old is not None and old.ctx is not None
    view = old.show_section("organisations")
    settle(controller)
    assert view.view.model().rowCount() > 2
    view.view.selectRow(0)
    edited = selected_in(view)
    old.ctx.perform("Rename organisation", update_organisation, edited.id, edited.version,
                    name_en="Renamed before the switch")
    settle(controller)
    view.view.selectRow(2)
    chosen = selected_in(view)
    assert chosen is not None and chosen.id != edited.id
    try:
        controller.change_language("zh_HK")
        settle(controller)
        window = controller.window
        assert window is not None and window is not old
        assert window.current_key() == "organisations"
        assert window.sidebar.currentItem().text() == "機構"  # the window speaks zh_HK
        section = window.current_view()
        assert selected_in(section) is not None and selected_in(section).id == chosen.id
        undo, redo = window.actions_["undo"], window.actions_["redo"]
        assert undo.isEnabled() and not redo.isEnabled()
        assert "Rename organisation" in undo.text()  # recorded in English, before the switch
        assert _name(controller, edited.id) == "Renamed before the switch"
        undo.trigger()
        settle(controller)
        assert _name(controller, edited.id) == edited.name_en
        assert redo.isEnabled() and not undo.isEnabled()
        redo.trigger()
        settle(controller)
        assert _name(controller, edited.id) == "Renamed before the switch"
        assert dialogs.errors == []
        # The tables follow the replays: the renamed row is shown again.
        names = {section.view.model().index(r, 0).data(ROW_ROLE).name_en
                 for r in range(section.view.model().rowCount())}
        assert "Renamed before the switch" in names
    finally:
        apply_language(QApplication.instance(), "en")
