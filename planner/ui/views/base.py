"""Shared pieces of the section views: a filterable table and selection helpers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.ui.context import UiContext
from planner.ui.models.base import ROW_ROLE, SORT_ROLE, RowTableModel


def make_table(model: Any, name: str, *, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, limit: int = 380) -> None:
    """Size columns to what they show, within a limit, leaving the last one to stretch."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


class TextFilter(QSortFilterProxyModel):
    """Case-insensitive text filter over every column, sorting by each column's sort key."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def selected_row(view: QTableView) -> Any:
    """The plain row behind the current selection, or None."""
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes:
        return None
    return indexes[0].data(ROW_ROLE)


def select_first_if_none(view: QTableView) -> None:
    if not view.selectionModel().hasSelection() and view.model().rowCount():
        view.selectRow(0)


def select_where(view: QTableView, predicate: Any) -> bool:
    model = view.model()
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(ROW_ROLE)
        if row is not None and predicate(row):
            view.selectRow(r)
            view.scrollTo(model.index(r, 0))
            return True
    return False


class SectionView(QWidget):
    """A section of the main window. `refresh()` reloads from the database."""

    selection_changed = Signal()
    title = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload rows from the database (on the worker)."""

    def table(self) -> QTableView | None:
        """The main table of the section (for Find and CSV export)."""
        return None

    def search_box(self) -> QWidget | None:
        return None

    def new_item(self) -> None:
        """File > New in this section (a new event, delegation...)."""

    def edit_item(self) -> None:
        """Open the selected row in its editor."""

    def delete_item(self) -> None:
        """Delete the selected row (asks first; undoable)."""

    def open_id(self, kind: str, ident: int) -> bool:
        """Select the row with this id; True when this view shows that kind."""
        return False

    def export_model(self) -> RowTableModel[Any] | None:
        return None
