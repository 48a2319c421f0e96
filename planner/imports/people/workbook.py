"""Workbooks (.xlsx, and .xls/.xlsb/.ods, which python-calamine reads as well)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine

from planner.domain.errors import PlannerError


@dataclass(frozen=True)
class Sheet:
    names: tuple[str, ...]
    name: str
    rows: list[list[Any]]


def read_sheet(path: Path, display: str, sheet: str | None = None) -> Sheet:
    """The rows of one sheet (the first visible one unless named), row 1 of the sheet first."""
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise PlannerError("import_unreadable", file=display, reason=_reason(exc)) from exc
    try:
        names = tuple(book.sheet_names)
        chosen = sheet if sheet is not None else _first_visible(book, names)
        if chosen not in names:
            raise PlannerError("import_unknown_sheet", file=display, sheet=sheet,
                               sheets=", ".join(names))
        try:
            # skip_empty_area=False keeps row numbers as the spreadsheet shows them.
            rows = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
        except (python_calamine.CalamineError, ValueError) as exc:
            raise PlannerError("import_unreadable", file=display, reason=_reason(exc)) from exc
    finally:
        book.close()
    return Sheet(names, chosen, rows)


def _first_visible(book: Any, names: tuple[str, ...]) -> str:
    if not names:
        return ""
    for meta in book.sheets_metadata:
        if (meta.visible == python_calamine.SheetVisibleEnum.Visible
                and meta.typ == python_calamine.SheetTypeEnum.WorkSheet):
            return str(meta.name)
    return names[0]


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
