"""The language of the e-mails a person is sent, chosen in the person's editor."""

from __future__ import annotations

from sqlalchemy import select

from planner.store.models import Person
from tests.ui.conftest import accept_dialog, selected_in, settle


def test_the_message_language_is_chosen_in_the_editor_and_shown_again(window, controller,
                                                                        dialogs) -> None:
    people = window.show_section("people")
    settle(controller)
    window.actions_["new_item"].trigger()
    settle(controller)
    dialog = dialogs.last("person_dialog")
    assert dialog.language.currentData() == ""  # by default: the side they come from
    assert dialog.language.toolTip()
    dialog.edits["name_en"].setText("LAM Wing-yan")
    dialog.language.setCurrentIndex(dialog.language.findData("zh-cn"))
    accept_dialog(controller, dialog)
    with controller.db.read() as session:
        person = session.scalars(select(Person).where(Person.name_en == "LAM Wing-yan")).one()
        assert person.language == "zh-cn"
        ident = person.id
    people.open_id("person", ident)
    settle(controller)
    assert selected_in(people).id == ident
    window.actions_["edit_item"].trigger()
    settle(controller)
    again = dialogs.last("person_dialog")
    assert again is not dialog and again.language.currentData() == "zh-cn"
    again.language.setCurrentIndex(0)
    accept_dialog(controller, again)
    with controller.db.read() as session:
        assert session.get(Person, ident).language is None
