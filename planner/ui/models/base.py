"""A table model over a list of frozen rows, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from planner.ui.formats import display_text, sort_value
from planner.ui.text import tr

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its (untranslated) header, how to show a row, and optionally how to sort it."""

    header: str
    value: Callable[[R], Any]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses set CONTEXT (translation context) and COLUMNS."""

    CONTEXT = "Tables"
    COLUMNS: Sequence[Column[Any]] = ()

    # The kind of planning-check item a row is ("event", "itinerary", ...), for its marker.
    MARKER_KIND: str | None = None
    # The column whose icon is the row's own decoration from extra_data (e.g. its kind colour).
    DECORATED_COLUMN: int | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._markers: dict[int, tuple[bool, str]] = {}

    def set_markers(self, markers: dict[int, tuple[bool, str]]) -> None:
        """Row id -> (has an error, tooltip text): shown as an icon in the first column."""
        if markers == self._markers:
            return
        self._markers = markers
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def find(self, predicate: Callable[[R], bool]) -> int:
        for i, row in enumerate(self._rows):
            if predicate(row):
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.CONTEXT, self.COLUMNS[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:  # numbers and dates in the UI language
            return display_text(column.value(row))
        if role == SORT_ROLE:  # ...but sorted by value
            return sort_value((column.sort or column.value)(row))
        if role == ROW_ROLE:
            return row
        if index.column() == 0 and self._markers and role in (
                Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            marker = self._markers.get(getattr(row, "id", -1))
            if marker is not None:
                return marker_icon(marker[0]) if role == Qt.ItemDataRole.DecorationRole \
                    else marker[1]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and index.column() != self.DECORATED_COLUMN:
            return None
        return self.extra_data(row, role)

    def extra_data(self, row: R, role: int) -> Any:
        """Per-row styling (colour, strike-through); subclasses override."""
        return None


_ICONS: dict[bool, QIcon] = {}


def marker_icon(error: bool) -> QIcon:
    """The error or warning icon (made once: thousands of rows may carry one)."""
    if error not in _ICONS:
        style = QApplication.style()
        _ICONS[error] = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical if error
                                           else QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _ICONS[error]


def struck(font: QFont | None = None) -> QFont:
    font = QFont(font) if font is not None else QFont()
    font.setStrikeOut(True)
    return font


GREY = QColor(120, 120, 120)
