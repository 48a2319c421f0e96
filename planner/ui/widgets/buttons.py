"""A push button as the views make them: its text, an object name (tests and style sheets find
it by that) and what a click does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


def push_button(text: str, name: str, clicked: Callable[..., Any],
                tip: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(clicked)
    if tip:
        button.setToolTip(tip)
    return button


def explain(widget: W, name: str, tip: str | None = None) -> W:
    """A control without a visible label: what screen readers call it, and a tooltip (the name
    when there is nothing more to say)."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip or name)
    return widget
