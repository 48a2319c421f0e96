"""A push button as the views make them: its text, an object name (tests and style sheets find
it by that) and what a click does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton


def push_button(text: str, name: str, clicked: Callable[..., Any]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(clicked)
    return button
