"""Traditional and Simplified Chinese side by side: an empty one is offered from the other.

The offer is a suggestion (OpenCC, Hong Kong forms for Traditional), shown greyed in the empty
field and taken only when the organiser presses the button beside it: names are never converted
silently, since one Simplified character may stand for two Traditional ones.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QToolButton, QWidget

from planner.domain.text import other_script
from planner.ui.text import tr

TextEdit = QLineEdit | QPlainTextEdit


def _text(edit: TextEdit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


def _set_text(edit: TextEdit, text: str) -> None:
    if isinstance(edit, QLineEdit):
        edit.setText(text)
    else:
        edit.setPlainText(text)


class ScriptSuggestion(QObject):
    """Keeps each of two edits' placeholder showing the other's text in its script; the
    buttons (`hant_button`, `hans_button`) copy the suggestion into an empty edit."""

    def __init__(self, hant: TextEdit, hans: TextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hant, self.hans = hant, hans
        self.hant_button = self._button("suggest_hant", lambda: self.accept("hant"))
        self.hans_button = self._button("suggest_hans", lambda: self.accept("hans"))
        for edit in (hant, hans):
            edit.textChanged.connect(self.update)
        self.update()

    @staticmethod
    def _button(name: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(tr("ScriptSuggestion", "Fill in"))
        button.setToolTip(tr("ScriptSuggestion",
                             "Copy the suggestion converted from the other Chinese script; "
                             "check it before saving"))
        button.clicked.connect(slot)
        return button

    def suggestion(self, to: str) -> str:
        """What the empty edit of script `to` ("hant" or "hans") is offered ("" if none)."""
        target, source = (self.hant, self.hans) if to == "hant" else (self.hans, self.hant)
        if _text(target).strip() or not _text(source).strip():
            return ""
        return other_script(_text(source).strip(), to)

    def accept(self, to: str) -> None:
        offered = self.suggestion(to)
        if offered:
            _set_text(self.hant if to == "hant" else self.hans, offered)

    def update(self) -> None:
        for to, edit, button in (("hant", self.hant, self.hant_button),
                                 ("hans", self.hans, self.hans_button)):
            offered = self.suggestion(to)
            edit.setPlaceholderText(offered)
            button.setEnabled(bool(offered))


def with_button(edit: TextEdit, button: QToolButton) -> QWidget:
    """An edit with its suggestion button beside it, as one form field."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return box
