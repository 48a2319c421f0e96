"""Editing a draft table's cells in place: text, optional dates, counts and vocabularies."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.ui.labels import fill_combo
from planner.ui.models.drafts import DraftModel
from planner.ui.text import tr
from planner.ui.widgets.optional_date import OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex
NO_COUNT = -1  # the spin box's "not given"


class DraftDelegate(QStyledItemDelegate):
    """Picks the editor from the model's column; `choices` names the vocabulary of "choice"
    columns. Every change reaches the model as it is made, so an editor still open when the
    organiser presses OK (Enter) loses nothing."""

    def __init__(self, choices: type[Enum] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def _editor_kind(self, index: Index) -> str:
        model = index.model()
        return model.COLUMNS[index.column()].editor if isinstance(model, DraftModel) else "text"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        kind = self._editor_kind(index)
        editor: QWidget
        if kind == "date":
            editor = OptionalDateEdit(parent)
            editor.dateChanged.connect(lambda _d: self._commit(editor))
        elif kind == "count":
            editor = QSpinBox(parent)
            editor.setRange(NO_COUNT, 9999)
            editor.setSpecialValueText(tr("DraftDelegate", "not given"))
            editor.valueChanged.connect(lambda _v: self._commit(editor))
        elif kind == "choice" and self.choices is not None:
            editor = fill_combo(QComboBox(parent), self.choices)
            editor.activated.connect(lambda _i: self._commit(editor))
        else:
            editor = QLineEdit(parent)
            editor.textEdited.connect(lambda _t: self._commit(editor))
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 (Qt API)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(NO_COUNT if value is None else int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            text = "" if value is None else str(value)
            if editor.text() != text:  # (not while typing: the cursor would jump)
                editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 (Qt API)
                     index: Index) -> None:
        if isinstance(editor, OptionalDateEdit):
            value: Any = editor.value()
        elif isinstance(editor, QSpinBox):
            value = None if editor.value() == NO_COUNT else editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
