"""A field's error goes away as soon as the field is corrected, in every editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.ui.conftest import settle

EDITORS = ("events", "delegations", "programmes", "people", "organisations", "venues", "items")


def _shown_errors(dialog) -> dict[str, QLabel]:
    return {label.objectName()[len("error_"):]: label
            for label in dialog.findChildren(QLabel) if label.objectName().startswith("error_")
            and not label.isHidden() and label.text()}


@pytest.mark.parametrize("section", EDITORS)
def test_typing_a_missing_name_clears_its_error(window, controller, dialogs, section) -> None:
    window.show_section(section).new_item()
    settle(controller)
    dialog = dialogs.shown[-1]
    dialog.try_accept()
    settle(controller)
    errors = _shown_errors(dialog)
    named = [n for n in errors if n.startswith(("title", "name"))]
    assert named, f"an empty {section} editor should say its name or title is missing: {errors}"
    field = named[0]
    widget = dialog.form.field_widget(field)
    assert isinstance(widget, QLineEdit)
    widget.setText("A")
    assert field not in _shown_errors(dialog)
    others = set(errors) - {n for n in errors if n.startswith(field.split("_")[0])}
    assert others <= set(_shown_errors(dialog)), "errors of other fields stay until corrected"


def test_a_title_in_another_language_clears_the_missing_title(window, controller,
                                                              dialogs) -> None:
    window.show_section("events").new_item()
    dialog = dialogs.shown[-1]
    dialog.try_accept()
    settle(controller)
    assert "Give a title" in dialog.form.error_text("title_en")
    dialog.form.field_widget("title_zh_hant").setText("東莞研討會")
    assert dialog.form.error_text("title_en") == ""
    dialog.try_accept()  # and OK checks again from scratch
    settle(controller)
    assert "title_en" not in _shown_errors(dialog)
