"""Emergency contacts edited in place in the delegation dialog, saved with the delegation in one
batch; and the itinerary item dialog's venue picker."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from planner.domain.errors import PlannerError
from planner.store import queries
from tests.ui.conftest import settle


def _type(dialog, row: int, values: dict[str, str]) -> None:
    """Edit the cells of a row as the organiser would: through the model's EditRole."""
    model = dialog.contacts_model
    for column, key in enumerate(("name", "phone", "role")):
        if key in values:
            assert model.setData(model.index(row, column), values[key], Qt.ItemDataRole.EditRole)


def _contacts(controller, ident: int) -> list[tuple[str, str | None, str | None]]:
    with controller.db.read() as session:
        return [(c.name, c.phone, c.role) for c in queries.get_delegation(session, ident).contacts]


def _edit(window, controller, dialogs, view, ident: int):
    view.open_id("delegation", ident)
    settle(controller)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("delegation_dialog")
    dialog.tabs.setCurrentIndex(1)
    return dialog


def _accept(controller, dialog) -> None:
    dialog.try_accept()
    settle(controller)
    assert dialog.result() == dialog.DialogCode.Accepted, (
        dialog.form.general.text(), dialog.contacts_table.problem.text())


def test_contacts_added_reordered_edited_removed_and_undone(window, controller, dialogs) -> None:
    view = window.show_section("delegations")
    settle(controller)
    history = window.ctx.history
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("delegation_dialog")
    dialog.findChild(QLineEdit, "name_en").setText("Foshan design delegation 2027")
    dialog.schedule.start.setDate(QDate(2027, 5, 4))
    dialog.schedule.end.setDate(QDate(2027, 5, 6))
    dialog.tabs.setCurrentIndex(1)
    table = dialog.contacts_table
    for values in ({"name": "Chan Siu-ming", "phone": "+852 9123 4567", "role": "liaison officer"},
                   {"name": "Li Wei", "phone": "+86 138 0000 1111", "role": "team leader"},
                   {"name": "Hotel front desk", "phone": "+852 2123 0000"}):
        table.buttons["add"].click()
        _type(dialog, table.current_row(), values)
    assert dialog.collect()["name_en"] == "Foshan design delegation 2027"
    assert "contacts" not in dialog.collect()  # the delegation's own values only
    count, revision = history.count(), controller.db.revision()
    _accept(controller, dialog)
    assert history.count() == count + 1 and history.undoText() == "Create delegation"
    assert controller.db.revision() == revision + 1
    ident = view.detail.id
    assert _contacts(controller, ident) == [
        ("Chan Siu-ming", "+852 9123 4567", "liaison officer"),
        ("Li Wei", "+86 138 0000 1111", "team leader"),
        ("Hotel front desk", "+852 2123 0000", None)]
    assert "Chan Siu-ming +852 9123 4567 (liaison officer)" in view.summary.text()

    # Reorder, edit one in place, remove another: one batch, only what changed.
    dialog = _edit(window, controller, dialogs, view, ident)
    table = dialog.contacts_table
    assert dialog.contacts_model.rowCount() == 3
    table.select(1)
    table.buttons["up"].click()  # Li Wei first
    _type(dialog, 1, {"phone": "+852 9123 7654"})  # Chan's new phone
    table.select(2)
    table.buttons["remove"].click()
    steps = dialog.batch(dialog.collect())
    assert [s["op"] for s in steps] == ["delegation.update", "contact.delete", "contact.update",
                                        "contact.update"]
    assert {k for s in steps[2:] for k in s["args"]} <= {"ident", "version", "position", "phone"}
    _accept(controller, dialog)
    assert history.undoText() == "Edit delegation"
    assert _contacts(controller, ident) == [("Li Wei", "+86 138 0000 1111", "team leader"),
                                            ("Chan Siu-ming", "+852 9123 7654", "liaison officer")]
    window.actions_["undo"].trigger()
    settle(controller)
    assert _contacts(controller, ident) == [
        ("Chan Siu-ming", "+852 9123 4567", "liaison officer"),
        ("Li Wei", "+86 138 0000 1111", "team leader"),
        ("Hotel front desk", "+852 2123 0000", None)]
    window.actions_["redo"].trigger()
    settle(controller)
    assert [c[0] for c in _contacts(controller, ident)] == ["Li Wei", "Chan Siu-ming"]


def test_a_contact_without_a_name_is_refused_beside_the_table(window, controller,
                                                              dialogs) -> None:
    view = window.show_section("delegations")
    settle(controller)
    ident = view.model.rows()[0].id
    before = _contacts(controller, ident)
    dialog = _edit(window, controller, dialogs, view, ident)
    dialog.contacts_table.buttons["add"].click()
    _type(dialog, dialog.contacts_model.rowCount() - 1, {"phone": "+852 2000 0000"})
    dialog.tabs.setCurrentIndex(0)
    revision = controller.db.revision()
    dialog.try_accept()
    settle(controller)
    assert dialog.isVisible() and controller.db.revision() == revision
    assert dialog.tabs.currentIndex() == 1
    assert f"Contact {len(before) + 1}: The name is required." in \
        dialog.contacts_table.problem.text()
    assert dialog.contacts_model.problems(len(before))
    # a refusal of the core about a contact lands beside the table too
    dialog.failed(PlannerError("required", field="name"))
    assert dialog.contacts_table.problem.isVisible() and not dialog.form.general.isVisible()
    dialog.reject()
    assert _contacts(controller, ident) == before


def test_dialog_without_contacts_keeps_collect_to_the_delegation(qapp) -> None:
    from planner.ui.dialogs.delegation_dialogs import DelegationDialog
    from planner.ui.reference import Reference

    dialog = DelegationDialog(Reference(), with_contacts=False)
    dialog.texts["name_en"].setText("Leg 2")
    values = dialog.collect()
    assert "name_en" in values and dialog.contact_steps(1) == []
    assert dialog.tabs.count() == 1
    dialog.deleteLater()


def test_itinerary_item_dialog_creates_a_venue_on_the_spot(window, controller, dialogs) -> None:
    view = window.show_section("delegations")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    view.itinerary.add_item()
    item = dialogs.last("itinerary_dialog")
    item.venue.new_button.click()
    venue = dialogs.last("venue_dialog")
    venue.edits["name_en"].setText("Nansha Science Park")
    venue.side.setCurrentIndex(venue.side.findData("guangdong"))
    venue.try_accept()
    settle(controller)
    assert item.venue.venue().name_en == "Nansha Science Park"
    item.texts["title_en"].setText("Visit Nansha")
    item.try_accept()
    settle(controller)
    assert item.result() == item.DialogCode.Accepted
    stored = [i for i in view.detail.itinerary if i.title_en == "Visit Nansha"]
    assert stored and stored[0].venue.name_en == "Nansha Science Park"


def test_delete_and_insert_keys_on_the_contacts_table(window, controller, dialogs) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    view = window.show_section("delegations")
    settle(controller)
    dialog = _edit(window, controller, dialogs, view, view.model.rows()[0].id)
    table = dialog.contacts_table
    count = table.model.rowCount()
    table.select(0)
    # (straight to the table's filter: offscreen, the main window stays the active one and its
    # own Delete shortcut would take the key)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Insert):
        assert table.eventFilter(table.view, QKeyEvent(QEvent.Type.KeyPress, key,
                                                       Qt.KeyboardModifier.NoModifier))
    assert table.model.rowCount() == count + 1
    assert len(dialog.contacts.removed) == 1
    dialog.discard()
