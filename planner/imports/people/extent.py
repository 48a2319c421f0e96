"""How far a sheet's filled cells reach, found from the cells present in the file.

The spreadsheet reader (python-calamine) builds a sheet as a full grid from A1 to its last
filled cell, so one cell at XFD1048576 in a 2 KB file asks for 17 billion cells. Before it
reads a sheet, its part is scanned here, at a cost that follows the bytes and cells present
(never a `<dimension>` the file claims), and a sheet reaching beyond the documented limits is
refused (workbook.check_extent).

SpreadsheetML (.xlsx, .xlsm): every writer we know puts `r="A1"` first in each cell's tag, so a
regular expression finds the cells; a part written otherwise (no `r`, namespace prefixes,
other attributes) is read again with expat, which places each cell as the reader does (a cell
without `r` follows the one before it, in its row). OpenDocument (.ods) content is read with
expat, counting repeated rows and cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any
from xml.parsers import expat

# The plain form of a cell's tag: `r` first, then only attributes a cell has (no second `r`);
# groups: column letters, row number, "/" when the tag closes itself (formatting, no value).
_PLAIN = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"(?: (?:s|t|cm|vm|ph)="[^"<>]*")*'
                    rb"\s*(/?)>")
_TAGS = (b"<c ", b"<c>", b"<c/")
# Cell tags in another form (a line break after the name), declarations, comments and CDATA:
# such a part is read with expat instead (few and broad: each is a pass over the part).
_ODD = (b"<!", b"<c\t", b"<c\n", b"<c\r")
# A namespace prefix (`<x:c r=...>`); ":c" alone is common (Excel's <x14:cfRule>), so the
# expression runs only where it occurs.
_PREFIXED = re.compile(rb":c[\s/>]")


class Unreadable(Exception):
    """The part is not XML the scanner accepts (a DTD, broken markup); the reason says why."""


@dataclass(frozen=True)
class Extent:
    """The last filled row and column (1-based; 0 and 0 for a sheet without values)."""

    rows: int = 0
    columns: int = 0

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    def widen(self, row: int, column: int) -> Extent:
        return Extent(max(self.rows, row), max(self.columns, column))


def column_number(letters: bytes | str) -> int:
    number = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        if not "A" <= ch <= "Z":
            raise ValueError(letters)
        number = number * 26 + ord(ch) - 64
    return number


def column_letters(number: int) -> str:
    """3 -> 'C', 256 -> 'IV', 16384 -> 'XFD'."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def spreadsheetml(chunks: Callable[[], Iterable[bytes]]) -> Extent:
    """The extent of a worksheet part; `chunks()` gives its bytes (again, for expat)."""
    extent, tail = Extent(), b""
    for chunk in chunks():
        data = tail + chunk
        cut = data.rfind(b"<")  # a tag holds no "<": what follows the last one may be cut
        body, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
        scanned = _plain_scan(body, extent)
        if scanned is None:
            return _expat_scan(chunks())
        extent = scanned
    scanned = _plain_scan(tail, extent)
    return scanned if scanned is not None else _expat_scan(chunks())


def _plain_scan(body: bytes, extent: Extent) -> Extent | None:
    """`extent` widened by the cells of a chunk whose tags are all plain; None otherwise.

    Self-closing cells (`<c r="B7" s="3"/>`) hold formatting only: the reader skips them.
    """
    if any(odd in body for odd in _ODD) or (b":c" in body and _PREFIXED.search(body)):
        return None
    found = _PLAIN.findall(body)
    if len(found) != sum(body.count(tag) for tag in _TAGS):
        return None
    # Distinct values only (a few columns, one number per row): C loops, not Python ones.
    columns = [column_number(c) for c, closed in set(map(itemgetter(0, 2), found)) if not closed]
    rows = [int(r) for r, closed in set(map(itemgetter(1, 2), found)) if not closed]
    return extent.widen(max(rows, default=0), max(columns, default=0))


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _parser() -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse(*_args: object) -> None:
        raise Unreadable("a document type declaration (not allowed in a workbook)")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    return parser


def _feed(parser: expat.XMLParserType, chunks: Iterable[bytes]) -> None:
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise Unreadable(str(exc)) from exc


def _expat_scan(chunks: Iterable[bytes]) -> Extent:
    """Every cell placed as the reader places it: by its own `r` (the largest, if it has
    several), else after the cell before it, on its row's line."""
    state: dict[str, Any] = {"row": 0, "last_row": 0, "column": 0, "cell": None,
                             "valued": False}
    extent = [Extent()]

    def start(name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        refs = [v for k, v in attrs.items() if _local(k) == "r"]
        if local == "row":
            numbers = [int(r) for r in refs if r.isdigit()]
            state["row"] = max(numbers) if numbers else state["row"] + 1
            state["column"] = 0
        elif local == "c":
            if refs:
                places = [_reference(ref) for ref in refs]
                row, column = max(p[0] for p in places), max(p[1] for p in places)
            else:
                row, column = max(state["row"], state["last_row"]), state["column"] + 1
            state.update(last_row=row, column=column, cell=(row, column), valued=False)
        elif state["cell"] is not None:
            state["valued"] = True

    def end(name: str) -> None:
        if _local(name) == "c" and state["cell"] is not None:
            if state["valued"]:
                extent[0] = extent[0].widen(*state["cell"])
            state["cell"] = None

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _feed(parser, chunks)
    return extent[0]


def _reference(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Za-z]{1,3})([0-9]{1,7})", ref.strip())
    if match is None:
        raise Unreadable(f"not a cell reference: {ref[:20]}")
    return int(match.group(2)), column_number(match.group(1))


def opendocument(chunks: Iterable[bytes]) -> dict[str, Extent]:
    """Each table's extent in an OpenDocument spreadsheet's content.xml, repeats counted."""
    tables: dict[str, Extent] = {}
    state: dict[str, Any] = {"table": None, "row": 0, "rows": 1, "column": 0, "cell": None,
                             "valued": False}

    def repeat(attrs: dict[str, str], what: str) -> int:
        value = next((v for k, v in attrs.items() if _local(k) == what), "1")
        return int(value) if value.isdigit() and int(value) > 0 else 1

    def start(name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "table":
            table = next((v for k, v in attrs.items() if _local(k) == "name"), "")
            state.update(table=table, row=0)
            tables.setdefault(table, Extent())
        elif local == "table-row":
            state["rows"] = repeat(attrs, "number-rows-repeated")
            state["row"], state["column"] = state["row"] + 1, 0
        elif local in ("table-cell", "covered-table-cell"):
            columns = repeat(attrs, "number-columns-repeated")
            first = state["column"] + 1
            state.update(cell=(first, first + columns - 1), column=first + columns - 1,
                         valued=any(_local(k) == "value-type" for k in attrs))
        elif state["cell"] is not None:
            state["valued"] = True

    def end(name: str) -> None:
        local = _local(name)
        if local in ("table-cell", "covered-table-cell") and state["cell"] is not None:
            if state["valued"] and state["table"] is not None:
                last_row = state["row"] + state["rows"] - 1
                table = str(state["table"])
                tables[table] = tables[table].widen(last_row, state["cell"][1])
            state["cell"] = None
        elif local == "table-row":
            state["row"] = state["row"] + state["rows"] - 1

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _feed(parser, chunks)
    return tables


# BIFF12 (.xlsb) records: a row header, then cells naming their column; "short" cells (no
# column) follow the one before. Blank cells are formatting only: the reader skips them.
_ROW_HEADER = 0x0000
_CELLS = set(range(0x0002, 0x000C)) | {0x003E}  # BrtCellRk ... BrtFmlaError, BrtCellRString
_SHORT_CELLS = set(range(0x000D, 0x0013))  # BrtShortRk ... BrtShortIsst
_BLANKS = {0x0001, 0x000C}


def binary12(chunks: Iterable[bytes]) -> Extent:
    """The extent of a .xlsb worksheet part, from its records (each read once)."""
    buffer = bytearray()
    state = {"row": 0, "column": 0}
    extent = Extent()
    for chunk in chunks:
        buffer += chunk
        used, extent = _records(buffer, state, extent)
        del buffer[:used]
    if buffer:
        raise Unreadable("a record is cut short")
    return extent


def _records(data: bytearray, state: dict[str, int], extent: Extent) -> tuple[int, Extent]:
    """Read the complete records at the start of `data`: (bytes used, extent widened)."""
    at, end = 0, len(data)
    while at < end:
        header = record_header(data, at, end)
        if header is None:
            break
        kind, body, size = header
        if body + size > end:
            break
        if kind == _ROW_HEADER and size >= 4:
            state["row"] = int.from_bytes(data[body:body + 4], "little") + 1
            state["column"] = 0
        elif kind in _CELLS and size >= 4:
            state["column"] = int.from_bytes(data[body:body + 4], "little") + 1
            extent = extent.widen(state["row"], state["column"])
        elif kind in _SHORT_CELLS:
            state["column"] += 1
            extent = extent.widen(state["row"], state["column"])
        elif kind in _BLANKS and size >= 4:
            state["column"] = int.from_bytes(data[body:body + 4], "little") + 1
        at = body + size
    return at, extent


def record_header(data: bytearray, at: int, end: int) -> tuple[int, int, int] | None:
    """(record type, where its body starts, its size), or None when the header is cut."""
    kind, shift = 0, 0
    for _ in range(2):
        if at >= end:
            return None
        byte = data[at]
        at += 1
        kind |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    size, shift = 0, 0
    for _ in range(4):
        if at >= end:
            return None
        byte = data[at]
        at += 1
        size |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return kind, at, size
