"""Co-operation items edited through the window, and next year started from this year's: dialogs
driven as an organiser would, every write read back from the database, and undone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.domain.enums import FigureUnit
from planner.store import queries
from tests.ui.conftest import accept_dialog, selected_in, settle


def _orgs(controller, *codes):
    with controller.db.read() as session:
        found = {o.code: o for o in queries.list_organisations(session)}
    return [found[c] for c in codes]


def _add_lead(dialog, organisation) -> None:
    dialog.lead_choice.setCurrentIndex(dialog.lead_choice.findData(organisation.id))
    dialog.add_lead_button.click()


def test_item_with_leads_and_a_figure_then_edit_and_undo(window, controller, dialogs) -> None:
    view = window.show_section("items")
    settle(controller)
    hkipd, gdcb = _orgs(controller, "HKIPD", "GDCB")
    view.findChild(type(view.next_year), "new_cooperation_item").click()
    dialog = dialogs.last("item_dialog")
    assert dialog.year.currentText() == "2016-17" and dialog.number.value() == 25
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == ["2017-18", "2016-17"]
    dialog.year.setCurrentText("2017-18")
    assert dialog.number.value() == 1  # the new year's first free number
    dialog.titles["title_en"].setText("IP clinic for start-ups")
    dialog.titles["title_zh_hant"].setText("初創企業知識產權諮詢")
    dialog.title_suggest.accept("hans")  # the Simplified title taken from the suggestion
    assert dialog.titles["title_zh_hans"].text() == "初创企业知识产权咨询"
    dialog.is_new.setChecked(True)
    _add_lead(dialog, gdcb)
    _add_lead(dialog, hkipd)
    _add_lead(dialog, gdcb)  # already there: not twice
    assert dialog.leads.entries() == [gdcb.id, hkipd.id]
    dialog.narratives["narrative_en"].setPlainText("Monthly clinics in Nansha.")
    row = dialog.add_figure()
    dialog.figures.item(row, 0).setText("Clinics held")
    dialog.figures.item(row, 3).setText("1,200")
    unit = dialog.figures.cellWidget(row, 4)
    unit.setCurrentIndex(unit.findData(FigureUnit.PEOPLE.value))
    dialog.add_figure()  # left empty: not saved, not refused
    accept_dialog(controller, dialog)
    created = selected_in(view)
    with controller.db.read() as session:
        stored = queries.get_item(session, created.id)
    assert (stored.year, stored.number, stored.is_new) == ("2017-18", 1, True)
    assert stored.title_zh_hans == "初创企业知识产权咨询"
    assert [lead.id for lead in stored.leads] == [gdcb.id, hkipd.id]
    assert [(f.label_en, f.value, f.unit, f.key) for f in stored.figures] == \
        [("Clinics held", 1200.0, FigureUnit.PEOPLE, "figure_1")]
    assert "Clinics held: 1,200 people" in view.detail.toPlainText()
    # edit: the leads change order, a second figure is added, the first keeps its key
    window.actions_["edit_item"].trigger()
    editing = dialogs.last("item_dialog")
    assert editing.leads.entries() == [gdcb.id, hkipd.id]
    editing.leads.list.setCurrentRow(1)
    editing.leads.up_button.click()
    row = editing.add_figure()
    editing.figures.item(row, 2).setText("参与企业")
    editing.figures.item(row, 3).setText("35")
    accept_dialog(controller, editing)
    with controller.db.read() as session:
        edited = queries.get_item(session, created.id)
    assert [lead.id for lead in edited.leads] == [hkipd.id, gdcb.id]
    assert [(f.key, f.value) for f in edited.figures] == [("figure_1", 1200.0), ("figure_2", 35.0)]
    # undo the edit, then the creation
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert [lead.id for lead in queries.get_item(session, created.id).leads] == \
            [gdcb.id, hkipd.id]
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert [i.year for i in queries.list_items(session)] == ["2016-17"] * 24


def test_duplicate_item_number_is_shown_beside_the_field(window, controller, dialogs) -> None:
    window.show_section("items")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("item_dialog")
    dialog.number.setValue(7)
    dialog.titles["title_en"].setText("Another seventh item")
    revision = controller.db.revision()
    dialog.try_accept()
    settle(controller)
    assert dialog.isVisible()
    assert "2016-17 already has an item number 7" in dialog.form.error_text("number")
    assert controller.db.revision() == revision
    # validation in the domain first: a badly written year and no title, beside their fields
    dialog.year.setCurrentText("2017-19")
    dialog.titles["title_en"].clear()
    dialog.try_accept()
    assert "2017-18" in dialog.form.error_text("year")
    assert dialog.form.error_text("title_en")
    assert controller.db.revision() == revision
    dialog.reject()


def test_delete_item_and_undo(window, controller, dialogs) -> None:
    view = window.show_section("items")
    settle(controller)
    view.view.selectRow(3)
    doomed = selected_in(view)
    dialogs.confirm_answers.append(True)
    window.actions_["delete_item"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert doomed.id not in [i.id for i in queries.list_items(session)]
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert queries.get_item(session, doomed.id).number == doomed.number


def test_rollover_of_chosen_items_then_undo(window, controller, dialogs) -> None:
    view = window.show_section("items")
    settle(controller)
    view.next_year.click()
    settle(controller)
    dialog = dialogs.last("rollover_dialog")
    assert dialog.from_year.currentText() == "2016-17" and dialog.to_year.text() == "2017-18"
    assert dialog.list.count() == 24 and len(dialog.numbers()) == 24
    for row in (1, 2):  # items 2 and 3 do not continue
        dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.count.text() == "22 of 24 items chosen"
    accept_dialog(controller, dialog)
    with controller.db.read() as session:
        new = queries.list_items(session, year="2017-18")
        old = {i.number: i for i in queries.list_items(session, year="2016-17")}
    assert [i.number for i in new] == [1] + list(range(4, 25))
    assert new[0].title_en == old[1].title_en and new[0].leads == old[1].leads
    assert not new[0].figures and not new[0].narrative_en and not new[0].is_new
    # the year filter offers the new year and shows it
    assert view.year.currentText() == "2017-18"
    assert [view.year.itemText(i) for i in range(view.year.count())] == \
        ["All years", "2017-18", "2016-17"]
    assert view.proxy.rowCount() == 22
    assert window.actions_["undo"].text() == "&Undo Start 2017-18"
    window.actions_["undo"].trigger()  # one step undoes the whole year
    settle(controller)
    with controller.db.read() as session:
        assert queries.list_items(session, year="2017-18") == []
    assert view.year.currentData() is None and view.proxy.rowCount() == 24


def test_rollover_refusal_is_shown_in_the_dialog(window, controller, dialogs) -> None:
    from planner.operations.items import create_item

    view = window.show_section("items")
    settle(controller)
    view.next_year.click()
    settle(controller)
    dialog = dialogs.last("rollover_dialog")
    with controller.db.write() as session:  # meanwhile somebody numbers an item of 2017-18
        create_item(session, year="2017-18", number=5, title_en="Started by hand")
    dialog.try_accept()
    settle(controller)
    assert dialog.isVisible()
    assert "2017-18 already has items numbered 5" in dialog.form.error_text("items")
    with controller.db.read() as session:
        assert len(queries.list_items(session, year="2017-18")) == 1
    dialog.reject()
    # opened again, the dialog leaves the taken number out and says why
    settle(controller)
    view.next_year.click()
    settle(controller)
    again = dialogs.last("rollover_dialog")
    assert again.from_year.currentText() == "2017-18"  # the latest year, by default
    again.from_year.setCurrentText("2016-17")
    assert again.to_year.text() == "2017-18"
    assert "number taken in 2017-18" in again.list.item(4).text()
    assert len(again.numbers()) == 23
    again.reject()


def test_year_filter_is_remembered_while_the_window_lives(window, controller, dialogs) -> None:
    from planner.operations.items import create_item

    with controller.db.write() as session:
        create_item(session, year="2017-18", number=1, title_en="Next year's first item")
    view = window.show_section("items")
    settle(controller)
    assert view.proxy.rowCount() == 25
    view.year.setCurrentIndex(view.year.findData("2017-18"))
    assert view.proxy.rowCount() == 1
    window.show_section("venues")
    settle(controller)
    window.show_section("items")
    settle(controller)
    assert view.year.currentData() == "2017-18" and view.proxy.rowCount() == 1
    window.actions_["new_item"].trigger()  # a new item starts in the year shown
    dialog = dialogs.last("item_dialog")
    assert dialog.year.currentText() == "2017-18" and dialog.number.value() == 2
    dialog.reject()


def test_figure_problems_are_shown_beside_the_figures(window, controller, dialogs) -> None:
    window.show_section("items")
    settle(controller)
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("item_dialog")
    dialog.titles["title_en"].setText("Item with a bad figure")
    row = dialog.add_figure()
    dialog.figures.item(row, 0).setText("Visitors")
    dialog.figures.item(row, 3).setText("many")
    row = dialog.add_figure()
    dialog.figures.item(row, 3).setText("12")  # a value without a label
    revision = controller.db.revision()
    dialog.try_accept()
    shown = dialog.form.error_text("figures")
    assert "must be a number" in shown and "Figure 2 needs a label" in shown
    assert controller.db.revision() == revision and dialog.isVisible()
    dialog.reject()
