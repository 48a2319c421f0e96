"""A list's mapped columns, read a column at a time.

Per-row checks of 50,000 rows spent most of their time in Python-level calls per cell; reading
each mapped column as one list lets the common work (trimming, the printable test, lengths)
run in C over the whole column. The results are those of values.text() cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from planner.imports.people import values


def mapped_columns(records: Sequence[tuple[int, list[Any]]], indices: Sequence[int]
                   ) -> list[list[Any]]:
    """The cells of each column in `indices` (None where a row is shorter), record by record."""
    if not indices:
        return []
    if not records:
        return [[] for _ in indices]
    need = max(indices) + 1
    rows = [cells if len(cells) >= need else [*cells, *([None] * (need - len(cells)))]
            for _line, cells in records]
    if len(indices) == 1:
        return [[cells[indices[0]] for cells in rows]]
    return [list(column) for column in zip(*map(itemgetter(*indices), rows))]


def present(cells: list[Any]) -> list[bool]:
    """Which cells hold something (neither None nor the empty text)."""
    return [c is not None and c != "" for c in cells]


def texts(cells: list[Any]) -> list[str | None]:
    """values.text() of every cell, None for empty ones (None, '' or only white space)."""
    out = [c.strip() if c.__class__ is str else _other(c) for c in cells]
    if not "".join([v for v in out if v]).isprintable():  # rare: clean just those cells
        out = [values.text(v) if v and not v.isprintable() else v for v in out]
    return [v or None for v in out]


def _other(cell: Any) -> str | None:
    if cell is None or cell == "":
        return None
    return values.text(cell)


def too_long(column: list[str | None], limit: int) -> list[int]:
    """Positions of the values longer than `limit`."""
    filled = [v for v in column if v]
    if not filled or max(map(len, filled)) <= limit:
        return []
    return [i for i, v in enumerate(column) if v and len(v) > limit]
