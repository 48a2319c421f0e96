"""Shared pieces of the section views: a filterable table and selection helpers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.domain.text import fold, script_fold, search_fragments
from planner.domain.errors import StaleVersionError
from planner.store.conflicts import conflict_details
from planner.ui.context import UiContext
from planner.ui.formats import display_text
from planner.ui.models.base import ROW_ROLE, SORT_ROLE, RowTableModel
from planner.ui.text import ui_script


def make_table(model: Any, name: str, *, sortable: bool = True, refit: bool = True) -> QTableView:
    """A read-only table of rows. Its columns are sized to what they show whenever the model is
    reset; with `refit=False` only the first time it shows rows (a paged model resets on every
    sort and filter: sizing its columns again took 35-45 ms each time, and widths that jump
    on a sort are no help either)."""
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
    if refit:
        model.modelReset.connect(lambda: fit_columns(view))
    else:
        def first_rows() -> None:
            if model.rowCount():
                model.modelReset.disconnect(first_rows)
                fit_columns(view)

        model.modelReset.connect(first_rows)
    return view


def names_in_ui_order(view: QTableView, english: int = 0, chinese: int = 1) -> QTableView:
    """In a Chinese interface the Chinese name column comes first (display order only)."""
    if ui_script() != "en":
        header = view.horizontalHeader()
        header.moveSection(header.visualIndex(chinese), header.visualIndex(english))
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


def save_edit(ctx: UiContext, dialog: Any, text: str, op: Any, entity: str, ident: int,
              version: int, values: dict[str, Any], done: Any) -> None:
    """Run an update from an editor; if somebody saved first, offer reload or overwrite."""

    def failed(error: BaseException) -> None:
        if not isinstance(error, StaleVersionError):
            dialog.failed(error)
            return

        def show(details: Any) -> None:
            def overwrite() -> None:
                dialog.try_accept_with(lambda: ctx.perform(
                    text, op, ident, details.version, on_done=done, on_error=failed, **values))

            def reload() -> None:
                dialog.reject()
                ctx.data_changed.emit()

            dialog.offer_conflict(error, details, values, reload, overwrite)

        ctx.runner.read(conflict_details, entity, ident, on_success=show,
                        on_failure=lambda _e: dialog.failed(error))

    ctx.perform(text, op, ident, version, on_done=done, on_error=failed, **values)


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

    def selected_ref(self) -> tuple[str, int] | None:
        """What the selection is, for exports: ("event" | "delegation" | "programme", id)."""
        return None


def venue_creator(ctx: UiContext) -> Any:
    """What a VenuePicker calls to create a venue on the spot: shows the dialog, saves the venue
    as an undoable operation of its own, then puts it into the picker, chosen."""
    from planner.operations.venues import create_venue
    from planner.ui.text import tr

    def create(picker: Any, dialog: Any) -> None:
        def save(values: dict[str, Any]) -> None:
            def done(outcome: Any) -> None:
                picker.add_venue(outcome.value)
                dialog.saved()

            ctx.perform(tr("VenuePicker", "Create venue"), create_venue, on_done=done,
                        on_error=dialog.failed, **values)

        dialog.submitted.connect(save)
        ctx.dialogs.show(dialog)

    return create
