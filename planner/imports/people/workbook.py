"""Workbooks (.xlsx, and .xls/.xlsb/.ods, which python-calamine reads as well).

calamine builds a sheet as a grid from A1 to its last filled cell, whatever lies between, so a
sheet is measured first (planner.imports.people.extent: the cells present in the file) and
refused when it reaches beyond the limits in planner.domain.limits. A zip-based workbook's
parts are unpacked once beforehand, so a zip bomb is refused before calamine opens it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine

from planner.domain.errors import PlannerError
from planner.domain.limits import IMPORT_CELLS, IMPORT_COLUMNS, IMPORT_ROWS
from planner.imports.people import extent, unzip
from planner.imports.people.extent import Extent, column_letters

_SMALL_PARTS = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/workbook.bin",
                "xl/_rels/workbook.bin.rels"}
_SMALL_LIMIT = 16_000_000


@dataclass(frozen=True)
class Sheet:
    names: tuple[str, ...]
    name: str
    rows: list[list[Any]]


@dataclass
class _Measured:
    """What scanning a zip-based workbook found: each part's extent, the sheets' parts."""

    extents: dict[str, Extent]
    sheet_parts: dict[str, str]
    opens_every_sheet: bool = False  # OpenDocument: calamine reads every table on opening

    def of(self, sheet: str) -> Extent:
        part = self.sheet_parts.get(sheet)
        if part in self.extents:
            return self.extents[part]
        # A sheet we cannot place: the largest part stands for it (never an underestimate).
        largest = Extent()
        for found in self.extents.values():
            largest = largest.widen(found.rows, found.columns)
        return largest


def read_sheet(path: Path, display: str, sheet: str | None = None) -> Sheet:
    """The rows of one sheet (the first visible one unless named), row 1 of the sheet first."""
    measured = _measure(path, display) if _is_zip(path) else None
    if measured is not None and measured.opens_every_sheet:
        for found in measured.extents.values():
            check_extent(found, display)
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
        if measured is not None:
            check_extent(measured.of(chosen), display)
        try:
            grid = book.get_sheet_by_name(chosen)
            # .xls is measured here, by the grid calamine built: its format caps it at
            # 65,536 rows and 256 columns, so that grid is bounded.
            if grid.end is not None:
                check_extent(Extent(grid.end[0] + 1, grid.end[1] + 1), display)
            # skip_empty_area=False keeps row numbers as the spreadsheet shows them.
            rows = grid.to_python(skip_empty_area=False)
        except (python_calamine.CalamineError, ValueError) as exc:
            raise PlannerError("import_unreadable", file=display, reason=_reason(exc)) from exc
    finally:
        book.close()
    return Sheet(names, chosen, rows)


def check_extent(found: Extent, display: str) -> None:
    """Refuse a sheet reaching past IMPORT_ROWS, IMPORT_COLUMNS or IMPORT_CELLS."""
    if found.columns > IMPORT_COLUMNS:
        raise PlannerError("import_too_many_columns", file=display,
                           column=column_letters(found.columns), limit=IMPORT_COLUMNS,
                           last=column_letters(IMPORT_COLUMNS))
    if found.rows > IMPORT_ROWS:
        raise PlannerError("import_too_many_rows", file=display, row=f"{found.rows:,}",
                           limit=f"{IMPORT_ROWS:,}")
    if found.cells > IMPORT_CELLS:
        raise PlannerError("import_too_many_cells", file=display, cells=f"{found.cells:,}",
                           corner=f"{column_letters(found.columns)}{found.rows}",
                           limit=f"{IMPORT_CELLS:,}")


def _is_zip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def _measure(path: Path, display: str) -> _Measured:
    """Unpack every part once (bombs refused) and measure each sheet part on the way."""
    extents: dict[str, Extent] = {}
    small: dict[str, bytes] = {}
    try:
        for part, chunks in unzip.parts(path, display):
            lower = part.lower()
            if lower == "content.xml":  # OpenDocument: one part, every table
                for table, found in extent.opendocument(chunks).items():
                    extents[f"ods:{table}"] = found
            elif part in _SMALL_PARTS:
                small[part] = _bounded(chunks, display)
            elif lower.endswith(".xml"):
                extents[part] = extent.spreadsheetml(_again(chunks, path, display, part))
            elif lower.endswith(".bin") and "worksheets/" in lower:
                extents[part] = extent.binary12(chunks)
            else:
                for _ in chunks:  # unpacked all the same: a bomb hides anywhere
                    pass
    except extent.Unreadable as exc:
        raise PlannerError("import_unreadable", file=display, reason=str(exc)) from exc
    if any(p.startswith("ods:") for p in extents):
        return _Measured(extents, {p[4:]: p for p in extents if p.startswith("ods:")},
                         opens_every_sheet=True)
    return _Measured(extents, _sheet_parts(small))


def _again(first: Iterator[bytes], path: Path, display: str, part: str
           ) -> Any:
    """The part's chunks: those at hand the first time, read again from the file after."""
    calls = [0]

    def chunks() -> Iterable[bytes]:
        calls[0] += 1
        return first if calls[0] == 1 else unzip.part(path, display, part)

    return chunks


def _bounded(chunks: Iterable[bytes], display: str) -> bytes:
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > _SMALL_LIMIT:
            raise PlannerError("import_unreadable", file=display, reason="workbook.xml too large")
    return bytes(data)


_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)")


def _sheet_parts(small: dict[str, bytes]) -> dict[str, str]:
    """Sheet name -> its part, as xl/workbook.xml (.bin) and its relationships name them."""
    binary = "xl/workbook.bin" in small
    book = small.get("xl/workbook.bin" if binary else "xl/workbook.xml")
    rels = small.get("xl/_rels/workbook.bin.rels" if binary else "xl/_rels/workbook.xml.rels")
    if not book or not rels or _DECLARATION.search(rels) or (
            not binary and _DECLARATION.search(book)):
        return {}
    try:
        targets = {r.get("Id"): r.get("Target") or ""
                   for r in ElementTree.fromstring(rels) if r.get("Id")}
        sheets = _binary_sheets(book) if binary else [
            (s.get("name"), next((v for k, v in s.attrib.items() if k.endswith("}id")), None))
            for s in ElementTree.fromstring(book).iter() if s.tag.endswith("}sheet")]
    except (ElementTree.ParseError, ValueError, UnicodeDecodeError):
        return {}
    parts = {}
    for name, rel in sheets:
        target = targets.get(rel, "")
        if name is None or not target or ".." in target or "\\" in target:
            continue  # unplaced: measured by the largest part
        parts[name] = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join("xl", target))
    return parts


def _binary_sheets(book: bytes) -> list[tuple[str | None, str | None]]:
    """(name, relationship id) of each BrtBundleSh record of a .xlsb's workbook.bin."""
    sheets: list[tuple[str | None, str | None]] = []
    data, at = bytearray(book), 0
    while at < len(data):
        header = extent.record_header(data, at, len(data))
        if header is None:
            break
        kind, body, size = header
        if kind == 0x009C and size >= 12:  # BrtBundleSh: state, tab id, relId, name
            rel, after = _wide(data, body + 8)
            name, _ = _wide(data, after)
            sheets.append((name, rel))
        at = body + size
    return sheets


def _wide(data: bytearray, at: int) -> tuple[str, int]:
    count = int.from_bytes(data[at:at + 4], "little")
    if count == 0xFFFFFFFF:  # a null string
        return "", at + 4
    end = at + 4 + 2 * count
    if end > len(data):
        raise ValueError("string past the record")
    return bytes(data[at + 4:end]).decode("utf-16-le"), end


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
