"""Tables the views and dialogs share: a filterable, sortable table view, its row count, and
selection helpers. Widgets, not views: dialogs (the person picker, feeds) use them too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from planner.domain.text import fold, script_fold, search_fragments
from planner.ui.formats import display_text
from planner.ui.models.base import ROW_ROLE, SORT_ROLE, RowTableModel
from planner.ui.settings import save_sort, saved_sort
from planner.ui.text import ui_script


def make_table(model: Any, name: str, *, sortable: bool = True, refit: bool = True,
               sort_column: int = 0) -> QTableView:
    """A read-only table of rows. Its columns are sized to what they show whenever the model is
    reset; with `refit=False` only the first time it shows rows (a paged model resets on every
    sort and filter: sizing its columns again took 35-45 ms each time, and widths that jump
    on a sort are no help either). A sortable table opens as the user last sorted it, else
    ascending by `sort_column` (A to Z, dates oldest first)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if sortable:
        remember_sort(view, sort_column)
    if refit:
        model.modelReset.connect(lambda: fit_columns(view))
    else:
        def first_rows() -> None:
            if model.rowCount():
                model.modelReset.disconnect(first_rows)
                fit_columns(view)

        model.modelReset.connect(first_rows)
    return view


def remember_sort(view: QTableView, column: int) -> None:
    """Sort by the user's last choice for this table, else ascending by `column`; a click on a
    header is remembered (per table, in the settings)."""
    header = view.horizontalHeader()
    name = view.objectName()
    saved = saved_sort(name)
    if saved is not None and saved[0] < view.model().columnCount():
        header.setSortIndicator(*saved)
    else:  # Qt's own default is the first column, descending: Z to A
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # sorts by the indicator
    # A click flips the indicator before sectionClicked: what is read here is the new order.
    header.sectionClicked.connect(lambda _section: save_sort(
        name, header.sortIndicatorSection(), header.sortIndicatorOrder()))


def names_in_ui_order(view: QTableView, english: int = 0, chinese: int = 1) -> QTableView:
    """In a Chinese interface the Chinese name column comes first (display order only), and a
    table sorted by default by the English name is sorted by the Chinese one instead."""
    if ui_script() != "en":
        header = view.horizontalHeader()
        header.moveSection(header.visualIndex(chinese), header.visualIndex(english))
        if view.isSortingEnabled() and saved_sort(view.objectName()) is None \
                and header.sortIndicatorSection() == english:
            view.sortByColumn(chinese, Qt.SortOrder.AscendingOrder)
    return view


def fit_columns(view: QTableView, limit: int = 380) -> None:
    """Size columns to what they show, within a limit, leaving the last one to stretch."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


class TextFilter(QSortFilterProxyModel):
    """Text filter over every column, sorting by each column's sort key. Matching ignores case,
    spaces and punctuation, and Traditional/Simplified script (a row's key is built once)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._fragments: tuple[str, ...] = ()
        self._keys: dict[int, str] = {}

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 (Qt API)
        super().setSourceModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            # A bound method, not a lambda: the model would hold the lambda, the lambda this
            # filter, and the filter the model, a cycle no garbage collection can see.
            signal.connect(self._forget_keys)

    def _forget_keys(self, *_args: Any) -> None:
        self._keys.clear()

    def setFilterFixedString(self, pattern: str) -> None:  # noqa: N802 (Qt API)
        fragments = search_fragments(pattern) if pattern.strip() else ()
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated
            self.beginFilterChange()
            self._fragments = fragments
            self.endFilterChange()
        else:
            self._fragments = fragments
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 (Qt API)
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._fragments:
            key = self._keys.get(source_row)
            if key is None:
                key = self._keys[source_row] = self._row_key(source_row, source_parent)
            if not any(fragment in key for fragment in self._fragments):
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def _row_key(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> str:
        """The row's cells as shown, folded, then the same in Simplified script."""
        source = self.sourceModel()
        if isinstance(source, RowTableModel):  # straight from the row: no Qt round trip per cell
            item = source.row_at(row)
            cells = [display_text(column.value(item)) for column in source.COLUMNS]
        else:
            cells = [str(source.index(row, c, parent).data() or "")
                     for c in range(source.columnCount())]
        folded = "|".join(fold(cell) for cell in cells)
        simplified = script_fold(folded)
        return folded if simplified == folded else f"{folded}|{simplified}"


class RowCount(QLabel):
    """How many rows a table shows of how many, kept up to date as rows load and filters change:
    `text(shown, total)` words it ('27 events', '4 of 27 events')."""

    def __init__(self, proxy: QSortFilterProxyModel, name: str, text: Any) -> None:
        super().__init__()
        self.setObjectName(name)
        self._proxy, self._text = proxy, text
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved,
                       proxy.layoutChanged):
            signal.connect(self.update_count)
        self.update_count()

    def update_count(self, *_args: Any) -> None:
        source = self._proxy.sourceModel()
        total = source.rowCount() if source is not None else 0
        self.setText(self._text(self._proxy.rowCount(), total))


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
