"""An ordered list an editor builds up: entries added from elsewhere, removed, moved up and down.

The lead organisations of a co-operation item and the legs of an exchange programme are such
lists: their order means something (the first lead is named first; legs follow one another).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.widgets.buttons import push_button

DATA_ROLE = Qt.ItemDataRole.UserRole


class OrderedList(QWidget):
    """A list with Remove, Move up and Move down beside it; `entries()` in the order shown."""

    changed = Signal()

    def __init__(self, name: str, remove_text: str, up_text: str, down_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.remove_button = push_button(remove_text, f"{name}_remove", self.remove_current)
        self.up_button = push_button(up_text, f"{name}_up", lambda: self.move_current(-1))
        self.down_button = push_button(down_text, f"{name}_down", lambda: self.move_current(1))
        self.side = QVBoxLayout()
        self.side.setContentsMargins(0, 0, 0, 0)
        for button in (self.remove_button, self.up_button, self.down_button):
            self.side.addWidget(button)
        self.side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(self.side)
        self._enable()

    def add_button(self, button: QPushButton) -> None:
        """Another button above Remove (e.g. "New leg…")."""
        self.side.insertWidget(0, button)

    def add(self, text: str, data: Any, tooltip: str = "") -> None:
        entry = QListWidgetItem(text)
        entry.setData(DATA_ROLE, data)
        entry.setToolTip(tooltip or text)
        self.list.addItem(entry)
        self.list.setCurrentItem(entry)
        self._changed()

    def set_text(self, row: int, text: str) -> None:
        self.list.item(row).setText(text)
        self.list.item(row).setToolTip(text)

    def entries(self) -> list[Any]:
        return [self.list.item(r).data(DATA_ROLE) for r in range(self.list.count())]

    def current(self) -> Any:
        entry = self.list.currentItem()
        return entry.data(DATA_ROLE) if entry is not None else None

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._changed()

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)
        self._changed()

    def _changed(self) -> None:
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
