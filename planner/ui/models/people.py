"""People: a table that filters, sorts and pages in the database, so 100,000 rows stay smooth."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain import rows
from planner.domain.progress import Progress
from planner.store import queries
from planner.store.database import Database
from planner.ui.formats import display_text
from planner.ui.labels import label
from planner.ui.models.base import ROW_ROLE, SORT_ROLE, Column, Index, RowTableModel
from planner.ui.models.tables import ref_name
from planner.ui.tasks import TaskRunner
from planner.ui.text import QT_TRANSLATE_NOOP

PAGE = 200
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROW = int(ROW_ROLE)
# Roles the base model may answer for a person: the sort key, and the planning-check marker
# (icon and tooltip) in the first column. Every other role a view asks for is None.
_OTHER_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DecorationRole,
                                          Qt.ItemDataRole.ToolTipRole, SORT_ROLE))


class PeopleModel(RowTableModel[rows.PersonRow]):
    CONTEXT = "PeopleModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PeopleModel", "English name"), lambda p: p.name_en),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Chinese name"), lambda p: p.name_zh),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Organisation"), lambda p: ref_name(p.organisation)),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Position"), lambda p: p.position),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Category"), lambda p: label(p.category)),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Minor"), lambda p: "✓" if p.is_minor else ""),
    )
    SORT_KEYS = ("name_en", "name_zh", "organisation", "id", "category", "id")

    loaded = Signal(int)  # rows shown after each (re)load: the first page
    counted = Signal(int)  # then the number of all matching rows

    def __init__(self, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._text: str | None = None
        self._order, self._descending = "id", False
        self._total = 0
        self._generation = 0
        self._fetching = False
        # The cells as shown, per row, made when a row is first painted: data() is asked for
        # every role of every visible cell, so it must not format anything on the way.
        self._cells: list[tuple[str, ...] | None] = []

    @property
    def total(self) -> int:
        return self._total

    @property
    def filter_text(self) -> str | None:
        return self._text

    def set_filter(self, text: str | None) -> None:
        """Show the people matching `text`; the filter already shown (or loading) is kept as
        it is, so a late keystroke timer does not reset the rows and the selection."""
        cleaned = (text or "").strip() or None
        if cleaned == self._text and self._generation:
            return
        self._text = cleaned
        self.reload()

    def reload(self) -> None:
        """The first page for the filter and order; then, if the page is full, the count.
        A job that a newer reload superseded before the worker reached it does nothing, so
        typing never leaves a queue of stale searches in front of the latest one."""
        self._generation += 1
        generation = self._generation
        self._fetching = True
        text, order, descending = self._text, self._order, self._descending

        def current() -> bool:  # read on the worker too: an int compared under the GIL
            return generation == self._generation

        def page(db: Database, _progress: Progress) -> list[rows.PersonRow] | None:
            if not current():
                return None
            with db.read() as session:
                return queries.list_people(session, text=text, limit=PAGE, order=order,
                                           descending=descending)

        def count(db: Database, _progress: Progress) -> int | None:
            if not current():
                return None
            with db.read() as session:
                return queries.count_people(session, text=text)

        def shown(first: list[rows.PersonRow] | None) -> None:
            if first is None or not current():
                return  # a newer filter superseded this one
            # Until the count arrives, a full page means there may be more.
            self._total = len(first) + (1 if len(first) == PAGE else 0)
            self.set_rows(first)
            self._fetching = False  # not before: a view may fetch more while it is told
            self.loaded.emit(len(first))
            if len(first) == PAGE:  # else the page is the whole answer
                self._runner.run(count, on_success=counted)
            else:
                self.counted.emit(self._total)

        def counted(total: int | None) -> None:
            if total is None or not current():
                return
            self._total = max(total, len(self._rows))
            self.counted.emit(total)

        # The first page first, so the table answers the keystroke; the count follows.
        self._runner.run(page, on_success=shown)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = self.SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def set_rows(self, rows: Sequence[rows.PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [None] * len(self._rows)
        self.endResetModel()

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            row = index.row()
            if not 0 <= row < len(self._cells):
                return None
            cells = self._cells[row]
            if cells is None:
                person = self._rows[row]
                cells = self._cells[row] = tuple(display_text(column.value(person))
                                                 for column in self.COLUMNS)
            return cells[index.column()]
        if role == _ROW:
            return self._rows[index.row()] if index.isValid() else None
        if role in _OTHER_ROLES:
            return super().data(index, role)
        return None

    def multiData(self, index: Index,  # noqa: N802
                  span: QModelRoleDataSpan | QModelRoleData) -> None:
        """What a cell is painted with, all roles in one call (Qt asks for seven). Each call
        from Qt into Python must take the GIL, and while the worker runs Python that can take
        up to the switch interval: one call per cell instead of seven keeps painting quick."""
        if isinstance(span, QModelRoleData):  # the stubs allow one; Qt passes a span
            span = QModelRoleDataSpan(span)
        for i in range(span.size()):
            item = span[i]  # type: ignore[index]  # the stubs lack QModelRoleDataSpan.__getitem__
            value = self.data(index, item.role())
            if value is None:  # Qt reuses the span from cell to cell: no stale values
                item.clearData()
            else:
                item.setData(value)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)

        def done(page: list[rows.PersonRow]) -> None:
            if generation != self._generation:
                return
            if page:
                self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
                self._rows.extend(page)
                self._cells.extend([None] * len(page))
                self.endInsertRows()
            if len(page) < PAGE:  # the end: the rows are all there is, count or no count
                self._total = len(self._rows)
            else:
                self._total = max(self._total, len(self._rows) + 1)
            # Only now: a fetchMore() asked while views hear of the insertion (Qt allows it)
            # would otherwise fetch this same page again, from the same offset.
            self._fetching = False

        self._runner.read(queries.list_people, text=self._text, limit=PAGE, offset=offset,
                          order=self._order, descending=self._descending, on_success=done)
