"""Participant lists as .xlsx (typed strings) and .csv (UTF-8 with BOM, formulas neutralised)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # openpyxl takes 0.2 s to import: on the first .xlsx, not with the masking
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

# OWASP's list: a cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A phone number ('+852 9123 4567', masked '+852 **** **67'): no letters, so no function
# name, reference or DDE call can hide in it; a space in front keeps it text and readable.
_PHONE = re.compile(r"^\+\d{1,4}[\d *()\-]*[\d*]$")


def neutralise(cell: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula (OWASP CSV injection rule)."""
    if not cell or not cell.startswith(_FORMULA_START):
        return cell
    if _PHONE.match(cell):
        return " " + cell
    return "'" + cell


def to_csv(header: Sequence[str], body: Sequence[Sequence[str]]) -> bytes:
    """UTF-8 with BOM (Excel on Windows opens it as UTF-8), CRLF, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in body:
        writer.writerow([neutralise(c) for c in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def to_xlsx(header: Sequence[str], body: Sequence[Sequence[str]], title: str = "Participants"
            ) -> bytes:
    """One sheet with a bold, frozen header row; every cell a string, never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31] or "Participants")
    sheet.freeze_panes = "A2"

    def cell(value: str, font: Font | None = None) -> WriteOnlyCell:
        made = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value) or None)
        if made.value is not None:
            made.data_type = "s"  # openpyxl makes '=...' a formula unless told it is a string
        if font is not None:
            made.font = font
        return made

    bold = Font(bold=True)
    sheet.append([cell(h, bold) for h in header])
    for row in body:
        sheet.append([cell(c) for c in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
