"""Child rows edited inside their parent's dialog, written only when the dialog's OK is pressed.

An event's sessions, a delegation's emergency contacts and a person's travel documents are kept
as drafts: each remembers the values it was loaded with (none for a new one), so OK sends one
batch step per child that changed (create, update with the changed fields only, delete), each
child once, as planner.operations.base.run_batch requires.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from planner.ui.formats import display_text
from planner.ui.models.base import marker_icon
from planner.ui.text import tr

Index = QModelIndex | QPersistentModelIndex
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 3


def same(value: Any) -> Any:
    """A value as compared for changes: text trimmed, empty text as nothing."""
    if isinstance(value, str):
        return value.strip() or None
    return value


@dataclass(eq=False)
class Draft:
    """One child row as the dialog holds it; `before` is what the database had."""

    values: dict[str, Any]
    ident: int | None = None
    version: int | None = None
    before: dict[str, Any] = field(default_factory=dict)
    position: int | None = None  # the stored position (ordered kinds)
    loaded_index: int | None = None
    touched: set[str] = field(default_factory=set)  # fields the organiser set by hand

    @property
    def is_new(self) -> bool:
        return self.ident is None

    def changes(self) -> dict[str, Any]:
        """What a create (the values given) or an update (the values changed) must send."""
        if self.is_new:
            return {k: v for k, v in self.values.items() if same(v) is not None}
        return {k: v for k, v in self.values.items() if same(v) != same(self.before.get(k))}


def loaded(rows: Iterable[Any], values_of: Callable[[Any], dict[str, Any]],
           ordered: bool = True) -> list[Draft]:
    """Drafts of rows read from the database, in their order."""
    return [Draft(values_of(row), row.id, row.version, values_of(row),
                  getattr(row, "position", None) if ordered else None, i)
            for i, row in enumerate(rows)]


def positions(drafts: list[Draft]) -> list[int]:
    """Positions for the drafts in the order shown, moving as few stored rows as possible.

    While the loaded rows keep their order and new ones follow them, the loaded rows keep their
    positions (gaps and all). Otherwise the loaded positions are handed out again in the new
    order, new rows taking the ones after the last: swapping two rows moves just those two.
    """
    old = [d for d in drafts if not d.is_new]
    top = max((d.position or 0 for d in old), default=-1)
    in_order = [d.loaded_index for d in old] == sorted(d.loaded_index or 0 for d in old)
    if in_order and all(d.is_new for d in drafts[len(old):]):
        extra = iter(range(top + 1, top + 1 + len(drafts)))
        return [d.position if not d.is_new and d.position is not None else next(extra)
                for d in drafts]
    slots: list[int] = []
    for p in sorted(d.position or 0 for d in old):
        slots.append(p if not slots or p > slots[-1] else slots[-1] + 1)
    start = slots[-1] + 1 if slots else 0
    slots += range(start, start + len(drafts) - len(slots))
    return slots


class DraftList:
    """The children in the order shown, and those removed (deleted on OK if they were stored)."""

    def __init__(self, ordered: bool = True) -> None:
        self.ordered = ordered
        self.drafts: list[Draft] = []
        self.removed: list[Draft] = []
        self.ready = True  # False while the stored rows are still being read

    def load(self, drafts: Iterable[Draft]) -> None:
        self.drafts = list(drafts)
        self.removed = []
        self.ready = True

    def add(self, values: Mapping[str, Any], touched: Iterable[str] = ()) -> int:
        self.drafts.append(Draft(dict(values), touched=set(touched)))
        return len(self.drafts) - 1

    def remove(self, index: int) -> Draft:
        draft = self.drafts.pop(index)
        if not draft.is_new:
            self.removed.append(draft)
        return draft

    def move(self, index: int, step: int) -> int:
        """Move a draft up (-1) or down (1); its new index (unchanged at either end)."""
        target = index + step
        if not (0 <= index < len(self.drafts) and 0 <= target < len(self.drafts)):
            return index
        self.drafts[index], self.drafts[target] = self.drafts[target], self.drafts[index]
        return target

    def steps(self, kind: str, parent: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Batch steps for what changed: deletes, then updates and creates in list order.
        `parent` holds the parent's argument of a create (event_id=..., or Earlier(0))."""
        out: list[dict[str, Any]] = [
            {"op": f"{kind}.delete", "args": {"ident": d.ident, "version": d.version}}
            for d in self.removed]
        places = positions(self.drafts) if self.ordered else [None] * len(self.drafts)
        for draft, place in zip(self.drafts, places):
            changes = draft.changes()
            if place is not None and (draft.is_new or place != draft.position):
                changes["position"] = place
            if draft.is_new:
                out.append({"op": f"{kind}.create", "args": {**parent, **changes}})
            elif changes:
                out.append({"op": f"{kind}.update",
                            "args": {"ident": draft.ident, "version": draft.version, **changes}})
        return out

    def changed(self) -> bool:
        return bool(self.steps("any", {}))


@dataclass(frozen=True)
class DraftColumn:
    """A column: its (untranslated) header, the value it edits in place (if any), how a value
    is shown, and the kind of editor ("text", "date", "count" or "choice")."""

    header: str
    key: str | None = None
    show: Callable[[dict[str, Any]], Any] | None = None
    editor: str = "text"
    tooltip: str | None = None


class DraftModel(QAbstractTableModel):
    """A table over a DraftList. Subclasses set CONTEXT and COLUMNS; `editable` lets the
    cells with a key be edited in place. Rows with a problem show a marker and its text."""

    CONTEXT = "DraftModel"
    COLUMNS: tuple[DraftColumn, ...] = ()
    edited = Signal(int, str)  # row, key

    def __init__(self, drafts: DraftList, editable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.editable = editable
        self._problems: dict[int, list[str]] = {}

    def reset(self) -> None:
        self.change(lambda: None)

    def change(self, edit: Callable[[], Any]) -> Any:
        """Change the drafts (add, remove, move, load) inside a model reset; edit's result."""
        self.beginResetModel()
        try:
            return edit()
        finally:
            self._problems = {}
            self.endResetModel()

    def draft(self, row: int) -> Draft:
        return self.drafts.drafts[row]

    def set_problems(self, problems: Mapping[int, list[str]]) -> None:
        self._problems = {k: list(v) for k, v in problems.items()}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                                self.columnCount() - 1))

    def problems(self, row: int) -> list[str]:
        return self._problems.get(row, [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.drafts.drafts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.CONTEXT, column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return tr(self.CONTEXT, column.tooltip)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and self.COLUMNS[index.column()].key:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        draft = self.draft(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.show(draft.values) if column.show else draft.values.get(column.key or "")
            return display_text(value)
        if role == Qt.ItemDataRole.EditRole:
            return draft.values.get(column.key) if column.key else None
        if role == DRAFT_ROLE:
            return draft
        problems = self._problems.get(index.row())
        if problems and index.column() == 0:
            if role == Qt.ItemDataRole.DecorationRole:
                return marker_icon(True)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(problems)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 (Qt API)
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.COLUMNS[index.column()] if index.isValid() else None
        if column is None or column.key is None or role != Qt.ItemDataRole.EditRole:
            return False
        draft = self.draft(index.row())
        if draft.values.get(column.key) == value:
            return False
        draft.values[column.key] = value
        draft.touched.add(column.key)
        self._problems.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.edited.emit(index.row(), column.key)
        return True
