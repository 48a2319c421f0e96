"""Every tool bar button and every control without a visible label explains itself."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from planner.ui.sections import KEYS
from tests.ui.conftest import settle

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox)


def _inside_another_input(widget: QWidget) -> bool:
    """The line edit inside a combo box or a date editor is part of that control."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INPUTS):
            return True
        parent = parent.parentWidget()
    return False


def _unlabelled(root: QWidget) -> list[QWidget]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INPUTS) and not _inside_another_input(widget) \
                and id(widget) not in labelled and not widget.isHidden():
            found.append(widget)
    return found


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def test_every_tool_bar_button_has_a_tooltip(window, controller) -> None:
    bars = window.findChildren(QToolBar)
    assert bars
    for bar in bars:
        for action in bar.actions():
            if action.isSeparator():
                continue
            plain = action.text().replace("&", "")
            assert action.toolTip() and action.toolTip() != plain, \
                f"{action.objectName()}: its tooltip only repeats {plain!r}"
        for button in bar.findChildren(QToolButton):
            if button.defaultAction() is not None:
                assert button.toolTip(), button.defaultAction().objectName()


@pytest.mark.parametrize("key", KEYS)
def test_controls_without_a_label_have_a_tooltip_and_a_name(window, controller, key) -> None:
    view = window.show_section(key)
    settle(controller)
    missing = [_name(w) for w in _unlabelled(view) if not w.toolTip() or not w.accessibleName()]
    assert not missing, f"{key}: controls without label, tooltip or accessible name: {missing}"


@pytest.mark.parametrize("key", ("events", "delegations"))
def test_panel_buttons_say_what_they_do(window, controller, key) -> None:
    view = window.show_section(key)
    settle(controller)
    panel = view.participants if key == "events" else view.members
    buttons = [b for b in panel.findChildren(QAbstractButton)
               if not isinstance(b, QToolButton) and not b.objectName().startswith("qt_")]
    assert buttons
    assert not [(type(b).__name__, b.objectName(), b.text()) for b in buttons if not b.toolTip()]
