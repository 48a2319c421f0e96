"""Exchange programmes edited with their legs: new and existing delegations, moved and taken out,
saved as one step and undone as one."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit

from planner.store import queries
from planner.ui.widgets.tables import select_where
from tests.ui.conftest import accept_dialog, selected_in, settle


def _legs(controller, programme_id: int) -> list[tuple[int, int | None]]:
    with controller.db.read() as session:
        return [(d.id, d.leg_number) for d in sorted(
            queries.list_delegations(session, programme_id=programme_id),
            key=lambda d: d.leg_number or 0)]


def test_new_programme_with_a_new_leg_and_an_attached_one_in_one_step(window, controller,
                                                                     dialogs) -> None:
    view = window.show_section("programmes")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    dialog.texts["title_en"].setText("Youth IP ambassadors exchange 2018")
    dialog.texts["title_zh_hant"].setText("青年知識產權大使交流計劃")
    dialog.title_suggest.accept("hans")
    dialog.item.setCurrentIndex(dialog.item.findData(15))
    free = [dialog.attach_choice.itemData(i) for i in range(dialog.attach_choice.count())]
    assert 4 not in free and 5 not in free and 7 in free  # legs of other programmes are not
    dialog.attach_choice.setCurrentIndex(dialog.attach_choice.findData(7))
    dialog.attach_button.click()
    dialog.findChild(type(dialog.attach_button), "new_leg").click()
    leg = dialogs.last("new_leg_dialog")
    assert leg.item.currentData() == dialog.item.currentData()  # the programme's item
    leg.findChild(QLineEdit, "name_en").setText("Guangzhou youth delegation to Hong Kong")
    leg.schedule.start.setDate(QDate(2018, 7, 10))
    leg.schedule.end.setDate(QDate(2018, 7, 12))
    leg.try_accept()
    assert leg.result() == leg.DialogCode.Accepted
    assert dialog.legs.list.count() == 2
    assert dialog.legs.list.item(1).text() == \
        "2. 2018-07-10 – 2018-07-12 · Guangzhou youth delegation to Hong Kong (new)"
    accept_dialog(controller, dialog)
    created = selected_in(view)
    assert created.title_zh_hans == "青年知识产权大使交流计划"
    legs = _legs(controller, created.id)
    assert legs[0] == (7, 1) and legs[1][1] == 2
    new_leg = legs[1][0]
    with controller.db.read() as session:
        stored = queries.get_programme(session, created.id)
        made = queries.get_delegation(session, new_leg)
    assert [ref.id for ref in stored.legs] == [7, new_leg]
    assert stored.item is not None and stored.item.id == 15
    assert made.name_en == "Guangzhou youth delegation to Hong Kong"
    assert window.actions_["undo"].text() == "&Undo Create exchange programme"
    window.actions_["undo"].trigger()  # one step: programme, new leg and attachment go
    settle(controller)
    with controller.db.read() as session:
        assert created.id not in [p.id for p in queries.list_programmes(session)]
        assert new_leg not in [d.id for d in queries.list_delegations(session)]
        assert queries.get_delegation(session, 7).programme_id is None
    window.actions_["redo"].trigger()
    settle(controller)
    assert _legs(controller, created.id) == [(7, 1), (new_leg, 2)]


def test_reorder_and_detach_legs(window, controller, dialogs) -> None:
    view = window.show_section("programmes")
    settle(controller)
    assert _legs(controller, 1) == [(4, 1), (6, 2)]
    select_where(view.view, lambda p: p.id == 1)
    settle(controller)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    assert [leg.row.id for leg in dialog.legs.entries()] == [4, 6]
    dialog.legs.list.setCurrentRow(1)
    dialog.legs.up_button.click()
    accept_dialog(controller, dialog)
    assert _legs(controller, 1) == [(6, 1), (4, 2)]
    # detach the second leg; delegation 7 joins at the end
    settle(controller)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    assert [leg.row.id for leg in dialog.legs.entries()] == [6, 4]
    dialog.legs.list.setCurrentRow(1)
    dialog.legs.remove_button.click()
    assert 4 in [dialog.attach_choice.itemData(i) for i in range(dialog.attach_choice.count())]
    dialog.attach_choice.setCurrentIndex(dialog.attach_choice.findData(7))
    dialog.attach_button.click()
    assert dialog.collect() == [
        {"op": "delegation.update", "args": {"ident": 4, "version": _version(controller, 4),
                                             "programme_id": None}},
        {"op": "delegation.update", "args": {"ident": 7, "version": _version(controller, 7),
                                             "programme_id": 1, "leg_number": 2}}]
    accept_dialog(controller, dialog)
    assert _legs(controller, 1) == [(6, 1), (7, 2)]
    with controller.db.read() as session:
        detached = queries.get_delegation(session, 4)
    assert (detached.programme_id, detached.leg_number) == (None, None)
    window.actions_["undo"].trigger()
    settle(controller)
    assert _legs(controller, 1) == [(6, 1), (4, 2)]
    window.actions_["undo"].trigger()
    settle(controller)
    assert _legs(controller, 1) == [(4, 1), (6, 2)]


def _version(controller, delegation_id: int) -> int:
    with controller.db.read() as session:
        return queries.get_delegation(session, delegation_id).version


def test_ok_without_changes_writes_nothing(window, controller, dialogs) -> None:
    view = window.show_section("programmes")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    revision, undo = controller.db.revision(), controller.window.ctx.history.count()
    accept_dialog(controller, dialog)
    assert controller.db.revision() == revision
    assert controller.window.ctx.history.count() == undo


def test_edit_programme_and_stale_version_refused_in_the_dialog(window, controller,
                                                               dialogs) -> None:
    from planner.operations.programmes import update_programme

    view = window.show_section("programmes")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    target = selected_in(view)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    with controller.db.write() as session:  # another organiser saves first
        update_programme(session, target.id, target.version, theme_en="Theirs")
    dialog.texts["theme_en"].setText("Mine")
    dialog.try_accept()
    settle(controller)
    assert dialog.isVisible() and "was changed by" in dialog.form.general.text()
    with controller.db.read() as session:
        assert queries.get_programme(session, target.id).theme_en == "Theirs"
    dialog.reject()
    settle(controller)
    # after a reload the same edit goes through
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    assert dialog.texts["theme_en"].text() == "Theirs"
    dialog.texts["theme_en"].setText("Mine")
    dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
    accept_dialog(controller, dialog)
    with controller.db.read() as session:
        saved = queries.get_programme(session, target.id)
    assert (saved.theme_en, saved.status.value) == ("Mine", "confirmed")


def test_programme_without_title_is_refused_beside_the_field(window, controller,
                                                             dialogs) -> None:
    window.show_section("programmes")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    revision = controller.db.revision()
    dialog.try_accept()
    assert "title" in dialog.form.error_text("title_en")
    assert controller.db.revision() == revision
    dialog.reject()


def test_delete_programme_keeps_its_legs_and_undo_restores(window, controller, dialogs) -> None:
    view = window.show_section("programmes")
    settle(controller)
    view.view.selectRow(0)
    doomed = selected_in(view)
    dialogs.confirm_answers.append(True)
    window.actions_["delete_item"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert doomed.id not in [p.id for p in queries.list_programmes(session)]
        live = [d.id for d in queries.list_delegations(session)]
    assert all(leg.id in live for leg in doomed.legs)
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert [leg.id for leg in queries.get_programme(session, doomed.id).legs] == \
            [leg.id for leg in doomed.legs]


def test_a_new_leg_can_be_changed_before_saving(window, controller, dialogs) -> None:
    window.show_section("programmes")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    dialog.texts["title_en"].setText("Two-way visit")
    dialog.new_leg()
    leg = dialogs.last("new_leg_dialog")
    leg.findChild(QLineEdit, "name_en").setText("First draft name")
    leg.try_accept()
    dialog.legs.list.setCurrentRow(0)
    dialog.legs.list.itemDoubleClicked.emit(dialog.legs.list.item(0))
    assert dialogs.last("new_leg_dialog") is leg and leg.isVisible()
    leg.findChild(QLineEdit, "name_en").setText("Final name")
    leg.try_accept()
    assert dialog.legs.list.count() == 1
    assert "· Final name (new)" in dialog.legs.list.item(0).text()
    accept_dialog(controller, dialog)
    with controller.db.read() as session:
        programme = [p for p in queries.list_programmes(session) if p.title_en == "Two-way visit"]
    assert [ref.name_en for ref in programme[0].legs] == ["Final name"]


def test_new_dialogs_fit_a_small_screen(window, controller, dialogs) -> None:
    """Usable at 1024×700: no dialog opens larger than 900×650 or needs more than it."""
    for section in ("venues", "items", "programmes"):
        window.show_section(section)
        settle(controller)
        window.actions_["new_item"].trigger()
    window.view("items").next_year.click()
    settle(controller)
    window.view("programmes").view.selectRow(0)
    settle(controller)
    dialog = dialogs.last("programme_dialog")
    dialog.new_leg()
    for shown in dialogs.shown:
        size, needed = shown.size(), shown.minimumSizeHint()
        assert size.width() <= 900 and size.height() <= 650, (shown.objectName(), size)
        assert needed.width() <= 1000 and needed.height() <= 680, (shown.objectName(), needed)
        scroll = getattr(shown, "scroll_area", None)
        if scroll is not None:  # long forms scroll down, never sideways
            assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
        shown.close()


def test_new_dialogs_have_distinct_keyboard_mnemonics(window, controller, dialogs) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    for section in ("items", "programmes"):
        window.show_section(section)
        settle(controller)
        window.actions_["new_item"].trigger()
    window.view("items").next_year.click()
    settle(controller)
    for shown in dialogs.shown:
        keys: list[str] = []
        for widget in shown.findChildren(QAbstractButton) + shown.findChildren(QLabel):
            if widget.isVisibleTo(shown) and (found := re.search(r"&(\w)", widget.text())):
                keys.append(found.group(1).lower())
        assert keys and len(keys) == len(set(keys)), (shown.objectName(), sorted(keys))
        shown.close()


def test_a_new_leg_keeps_its_emergency_contacts(window, controller, dialogs) -> None:
    from PySide6.QtCore import Qt

    window.show_section("programmes")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("programme_dialog")
    dialog.texts["title_en"].setText("Visit with contacts")
    dialog.new_leg()
    leg = dialogs.last("new_leg_dialog")
    leg.findChild(QLineEdit, "name_en").setText("Shenzhen leg")
    leg.contacts_table.buttons["add"].click()
    model = leg.contacts_model
    for column, text in enumerate(("Chan Siu-ming", "+852 9123 4567", "liaison officer")):
        assert model.setData(model.index(0, column), text, Qt.ItemDataRole.EditRole)
    leg.try_accept()
    accept_dialog(controller, dialog)
    with controller.db.read() as session:
        programme = [p for p in queries.list_programmes(session)
                     if p.title_en == "Visit with contacts"][0]
        made = queries.get_delegation(session, programme.legs[0].id)
    assert [(c.name, c.phone) for c in made.contacts] == [("Chan Siu-ming", "+852 9123 4567")]
    window.actions_["undo"].trigger()  # the programme, its new leg and the contact: one step
    settle(controller)
    with controller.db.read() as session:
        assert made.id not in [d.id for d in queries.list_delegations(session)]


def test_cancel_asks_before_dropping_legs_and_figures(window, controller, dialogs) -> None:
    window.show_section("programmes")
    settle(controller)
    window.actions_["new_item"].trigger()
    programme = dialogs.last("programme_dialog")
    programme.reject()  # nothing typed into the legs: closes without asking
    assert not programme.isVisible()
    window.actions_["new_item"].trigger()
    programme = dialogs.last("programme_dialog")
    programme.attach_button.click()
    dialogs.confirm_answers.append(False)  # "Close without saving them?" No
    programme.reject()
    assert programme.isVisible()
    dialogs.confirm_answers.append(True)
    programme.reject()
    assert not programme.isVisible()
    window.show_section("items")
    settle(controller)
    window.view("items").view.selectRow(0)
    window.actions_["edit_item"].trigger()
    item = dialogs.last("item_dialog")
    item.figures.item(0, 3).setText("25")
    dialogs.confirm_answers.append(False)
    item.reject()
    assert item.isVisible()
    item.figures.item(0, 3).setText("24")  # back as it was: nothing to lose
    item.reject()
    assert not item.isVisible()
