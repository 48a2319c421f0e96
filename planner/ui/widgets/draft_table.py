"""A dialog's table of child rows with its buttons (add, edit, remove, move up and down) and a
place for the problems the rows have, right above it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.ui.models.drafts import DraftModel

# (key, text, tooltip); keys: "add", "edit", "remove", "up", "down"
ButtonSpec = tuple[str, str, str]


class DraftTable(QWidget):
    add_clicked = Signal()
    edit_clicked = Signal(int)  # row
    changed = Signal()  # a row was added, removed, moved or edited

    def __init__(self, model: DraftModel, name: str, buttons: Sequence[ButtonSpec],
                 delegate: QStyledItemDelegate | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.model = model
        self.problem = QLabel()
        self.problem.setObjectName(f"{name}_problems")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        if model.editable:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.AnyKeyPressed
                                      | QAbstractItemView.EditTrigger.SelectedClicked)
            if delegate is not None:
                self.view.setItemDelegate(delegate)
        else:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.view.doubleClicked.connect(lambda index: self.edit_clicked.emit(index.row()))
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        slots = {"add": self.add_clicked.emit, "edit": self._edit, "remove": self.remove_selected,
                 "up": lambda: self.move_selected(-1), "down": lambda: self.move_selected(1)}
        for key, text, tip in buttons:
            button = QPushButton(text)
            button.setObjectName(f"{name}_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slots[key])
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.view.installEventFilter(self)  # Delete and Insert on the table
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problem)
        box.addWidget(self.view, 1)
        box.addLayout(bar)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.edited.connect(lambda _r, _k: self.changed.emit())
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Delete removes the chosen row, Insert adds one (keys typed into a cell being
        edited go to its editor, not here)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and not event.modifiers():
            keys: dict[int, str] = {Qt.Key.Key_Delete: "remove", Qt.Key.Key_Insert: "add"}
            key = keys.get(event.key())
            button = self.buttons.get(key or "")
            if button is not None and button.isEnabled():
                button.click()
                return True
        return super().eventFilter(watched, event)

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def refresh(self, select: int | None = None) -> None:
        """Show the drafts again (after a change of their values), keeping a selection."""
        row = self.current_row() if select is None else select
        self.model.reset()
        self.fit(row)

    def fit(self, row: int) -> None:
        """Columns sized to what they show (an empty table: room to type), then select."""
        self.view.resizeColumnsToContents()
        for column, spec in enumerate(self.model.COLUMNS):
            least = 190 if spec.editor == "choice" else 110 if spec.editor == "date" else 80
            width = self.view.columnWidth(column)
            self.view.setColumnWidth(column, max(least, min(width, 260)))
        self.select(min(row, self.model.rowCount() - 1))

    def append(self, values: Mapping[str, object], touched: Sequence[str] = ()) -> int:
        """Add a row at the end, select it and, in an editable table, start editing it."""
        row = self.model.change(lambda: self.model.drafts.add(values, touched))
        self.fit(row)
        self.changed.emit()
        if self.model.editable:
            self.view.setFocus()
            self.view.edit(self.model.index(row, 0))
        return row

    def _edit(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.edit_clicked.emit(row)

    def remove_selected(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.change(lambda: self.model.drafts.remove(row))
        self.fit(min(row, self.model.rowCount() - 1))
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        target = self.model.change(lambda: self.model.drafts.move(row, step))
        self.fit(target)
        if target != row:
            self.changed.emit()

    def show_problems(self, text: str, rows: Mapping[int, list[str]] | None = None) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.model.set_problems(rows or {})
        if rows:
            self.select(min(rows))

    def clear_problems(self) -> None:
        self.problem.clear()
        self.problem.hide()
        self.model.set_problems({})

    def _update_buttons(self) -> None:
        row = self.current_row()
        last = self.model.rowCount() - 1
        ready = self.model.drafts.ready
        enabled = {"add": ready, "edit": row >= 0, "remove": row >= 0,
                   "up": row > 0, "down": 0 <= row < last}
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])
