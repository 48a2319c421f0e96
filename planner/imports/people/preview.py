"""What the import wizard shows before anything is checked against the database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from planner.imports.people import values
from planner.imports.people.mapping import column_letter, signature
from planner.imports.people.source import SourceTable

PREVIEW_ROWS = 10


@dataclass(frozen=True)
class ColumnPreview:
    index: int
    letter: str  # 'A', 'B', ... as the spreadsheet names the column
    heading: str
    field: str | None  # None: not imported
    samples: tuple[str, ...]


@dataclass(frozen=True)
class ImportPreview:
    """The file as read (format, encoding, delimiter, sheets, heading row) and the mapping."""

    file: str
    format: str
    encoding: str | None
    bom: bool
    delimiter: str | None
    sheet_names: tuple[str, ...]
    sheet: str | None
    header_line: int | None
    skipped_lines: tuple[int, ...]
    columns: tuple[ColumnPreview, ...]
    mapping: dict[int, str]
    mapping_source: str  # 'headings' (proposed), 'remembered' or 'given'
    signature: str
    first_rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line, cells as text)
    total_rows: int


def build_preview(table: SourceTable, mapping: Mapping[int, str], source: str,
                  rows: int = PREVIEW_ROWS) -> ImportPreview:
    """A preview of the first `rows` records with the mapping the wizard starts from."""
    width = max([table.width] + [len(cells) for _line, cells in table.records[:rows]])
    first = tuple((line, tuple(values.text(c) or "" for c in cells[:width]))
                  for line, cells in table.records[:rows])
    headers = list(table.headers) + [""] * (width - len(table.headers))
    columns = tuple(ColumnPreview(i, column_letter(i), headers[i], mapping.get(i),
                                  tuple(r[i] if i < len(r) else "" for _l, r in first))
                    for i in range(width))
    return ImportPreview(table.name, table.format, table.encoding, table.bom, table.delimiter,
                         table.sheet_names, table.sheet, table.header_line, table.skipped_lines,
                         columns, dict(mapping), source, signature(table.headers), first,
                         len(table.records))
