"""Date and time editors that take a date typed in full, year included.

Qt's editors edit one section at a time. Two habits of theirs lose what the organiser types:
- with the whole text selected, typed digits replace nothing (the year stays, "2017" is dropped);
- a section that fills up (a four-digit year, month "06") moves on to the next one by itself, so
  the "-" typed after it skips a further section ("2017-06-15" became 2017-01-06).
These editors start typing at the first section when everything is selected and swallow a
separator that only repeats the move Qt already made.
"""

from __future__ import annotations

from typing import TypeAlias, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

_COMMANDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier
# The three editors below, each with its `_advanced` flag.
_Editor: TypeAlias = "TypedDateTimeEdit | TypedDateEdit | TypedTimeEdit"


def _typed_key(editor: _Editor, event: QKeyEvent) -> bool:
    """Handle a key for a date editor; True when it was used up here (not passed on to Qt)."""
    text = event.text()
    if not text or not text.isprintable() or event.modifiers() & _COMMANDS:
        editor._advanced = False
        return False
    line = editor.lineEdit()
    if line.hasSelectedText() and len(line.selectedText()) == len(line.text()):
        if editor.specialValueText() and editor.text() == editor.specialValueText():
            editor.setDateTime(editor.minimumDateTime().addDays(1))  # leave the "none" text
        editor.setCurrentSectionIndex(0)
        editor.setSelectedSection(editor.sectionAt(0))
        editor._advanced = False
        return False
    if not text.isdigit() and getattr(editor, "_advanced", False):
        editor._advanced = False
        return True
    return False


def _after_key(editor: _Editor, event: QKeyEvent, section_before: int) -> None:
    editor._advanced = event.text().isdigit() \
        and editor.currentSectionIndex() != section_before


class _TypedKeys:
    """The key handling of the three editors, put before their Qt class (see the docstring)."""

    _advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        editor = cast("_Editor", self)  # always mixed into one of the three
        if _typed_key(editor, event):
            return
        before = editor.currentSectionIndex()
        # QDateEdit and QTimeEdit keep QDateTimeEdit's own key handling.
        QDateTimeEdit.keyPressEvent(editor, event)
        _after_key(editor, event, before)


class TypedDateTimeEdit(_TypedKeys, QDateTimeEdit):
    """A date and time editor; see the module's docstring."""


class TypedDateEdit(_TypedKeys, QDateEdit):
    """A date editor; see the module's docstring."""


class TypedTimeEdit(_TypedKeys, QTimeEdit):
    """A time editor; see the module's docstring."""
