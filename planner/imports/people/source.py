"""Reading a participant list into rows: format and encoding detected, heading row found.

The result is a plain SourceTable the wizard can keep between its steps (preview, mapping,
validation, import) without reading the file again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.domain.errors import PlannerError
from planner.domain.limits import (
    IMPORT_CELL_CHARS,
    IMPORT_CELLS,
    IMPORT_COLUMNS,
    IMPORT_FILE_MB,
    IMPORT_ROWS,
)
from planner.imports.people import delimited, encoding, workbook
from planner.imports.people.extent import column_letters
from planner.imports.people.memory import paused_gc
from planner.imports.people.vocabulary import field_for_heading

_WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
_HEADER_SEARCH = 30


@dataclass(frozen=True)
class SourceTable:
    """A file's rows: `records` are (line, cells) after the heading row, blank rows left out."""

    name: str
    format: str  # 'xlsx' (any workbook), 'csv' or 'tsv'
    encoding: str | None = None  # e.g. 'Big5-HKSCS'; None for workbooks
    bom: bool = False
    delimiter: str | None = None
    sheet_names: tuple[str, ...] = ()
    sheet: str | None = None
    header_line: int | None = None  # 1-based; None when the file has no heading row
    headers: tuple[str, ...] = ()
    records: list[tuple[int, list[Any]]] = field(default_factory=list)
    skipped_lines: tuple[int, ...] = ()  # title rows above the headings and repeated headings
    # Rows (records) in another encoding than the rest of a text file, and that encoding.
    mixed_lines: tuple[int, ...] = ()
    other_encoding: str | None = None

    @property
    def width(self) -> int:
        return len(self.headers)


def read_people_file(path: Path | str, *, sheet: str | None = None,
                     header_line: int | None = None) -> SourceTable:
    """Read a .xlsx/.csv/.tsv participant list; PlannerError when it cannot be read.

    `header_line` (1-based) overrides the detected heading row; 0 means the file has none.
    """
    with paused_gc():
        return _read(Path(path), sheet, header_line)


def _read(path: Path, sheet: str | None, header_line: int | None) -> SourceTable:
    name = path.name
    try:
        if path.stat().st_size > IMPORT_FILE_MB * 1_000_000:
            raise PlannerError("import_file_too_large", file=name, limit=IMPORT_FILE_MB)
        with path.open("rb") as handle:
            head = handle.read(8)
            data = head + handle.read() if not head.startswith(_WORKBOOK_MAGIC) else b""
    except OSError as exc:
        raise PlannerError("import_unreadable", file=name, reason=exc.strerror or str(exc)) from exc
    if head.startswith(_WORKBOOK_MAGIC) or (not head and path.suffix.lower() in _WORKBOOK_SUFFIXES):
        if not head:
            raise PlannerError("import_empty", file=name)
        book = workbook.read_sheet(path, name, sheet)
        base = SourceTable(name, "xlsx", sheet_names=book.names, sheet=book.name)
        return _with_header(base, book.rows, header_line)
    if path.suffix.lower() in _WORKBOOK_SUFFIXES:
        raise PlannerError("import_unreadable", file=name, reason="not a workbook")
    return _read_text(name, path.suffix.lower(), data, header_line)


def _read_text(name: str, suffix: str, data: bytes, header_line: int | None) -> SourceTable:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise PlannerError("import_empty", file=name)
    decoded = encoding.decode(data, name)
    if not decoded.text.strip():
        raise PlannerError("import_empty", file=name)
    delimiter = delimited.detect_delimiter(decoded.text, "\t" if suffix == ".tsv" else None)
    if decoded.text.count(delimiter) > IMPORT_CELLS:  # before building millions of cells
        raise PlannerError("import_too_many_text_cells", file=name, limit=f"{IMPORT_CELLS:,}")
    rows, mixed = _records(name, decoded, delimiter)
    base = SourceTable(name, "tsv" if delimiter == "\t" else "csv", encoding=decoded.label,
                       bom=decoded.bom, delimiter=delimiter, mixed_lines=mixed,
                       other_encoding=decoded.other_label)
    return _with_header(base, rows, header_line)


def _records(name: str, decoded: encoding.Decoded, delimiter: str
             ) -> tuple[list[list[str]], tuple[int, ...]]:
    """The records, checked against the limits; and those holding a line in another
    encoding (records are numbered as rows are: 1 for the first)."""
    rows: list[list[str]] = []
    others = set(decoded.other_lines)
    mixed: list[int] = []
    begins = 1
    try:
        for cells, ends in delimited.records(decoded.text, delimiter):
            rows.append(cells)
            if len(rows) > IMPORT_ROWS:
                raise PlannerError("import_too_many_rows", file=name, row=f"{len(rows):,}",
                                   limit=f"{IMPORT_ROWS:,}")
            if len(cells) > IMPORT_COLUMNS:
                raise PlannerError("import_too_many_columns", file=name,
                                   column=column_letters(len(cells)), limit=IMPORT_COLUMNS,
                                   last=column_letters(IMPORT_COLUMNS))
            if others and any(line in others for line in range(begins, ends + 1)):
                mixed.append(len(rows))
            begins = ends + 1
    except delimited.CellTooLong as exc:
        raise PlannerError("import_cell_too_long", file=name, line=exc.line,
                           limit=f"{IMPORT_CELL_CHARS:,}") from exc
    return rows, tuple(mixed)


def _blank(row: list[Any]) -> bool:
    for c in row:  # a loop that stops at the first filled cell (usually the first one)
        if c is None or c == "" or (isinstance(c, str) and not c.strip()):
            continue
        return False
    return True


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def find_header(rows: list[list[Any]]) -> int | None:
    """Index of the heading row: the early row naming the most known columns.

    Without any known heading, the first row with two or more text cells.
    """
    best, best_score = None, 0
    for index, row in enumerate(rows[:_HEADER_SEARCH]):
        score = sum(1 for c in row if isinstance(c, str) and c.strip()
                    and field_for_heading(c) is not None)
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        return best
    for index, row in enumerate(rows[:_HEADER_SEARCH]):
        if sum(1 for c in row if isinstance(c, str) and c.strip()) >= 2:
            return index
    return None


def _with_header(base: SourceTable, rows: list[list[Any]], header_line: int | None) -> SourceTable:
    if all(_blank(r) for r in rows):
        raise PlannerError("import_empty", file=base.name)
    if header_line == 0:
        index = None
    elif header_line is not None:
        if not 1 <= header_line <= len(rows):
            raise PlannerError("import_no_header", file=base.name)
        index = header_line - 1
    else:
        index = find_header(rows)
        if index is None:
            raise PlannerError("import_no_header", file=base.name)
    width = max(len(r) for r in rows)
    if index is None:
        headers: list[str] = [""] * width
    else:
        headers = [_text(c) for c in rows[index]]
        while headers and not headers[-1]:
            headers.pop()
        width = max(len(headers), 1)
    skipped = [i + 1 for i in range(index or 0) if not _blank(rows[i])]
    records: list[tuple[int, list[Any]]] = []
    start = 0 if index is None else index + 1
    header_row = None if index is None else rows[index]
    for number, row in enumerate(rows[start:], start + 1):
        if _blank(row):
            continue
        if row == header_row:  # headings repeated on each printed page
            skipped.append(number)
            continue
        records.append((number, row))
    return SourceTable(base.name, base.format, base.encoding, base.bom, base.delimiter,
                       base.sheet_names, base.sheet, None if index is None else index + 1,
                       tuple(headers), records, tuple(skipped), base.mixed_lines,
                       base.other_encoding)
