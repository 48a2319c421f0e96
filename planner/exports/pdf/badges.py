"""Name badges on A4 label sheets: both names, organisation, role and a QR code of the
registration's check-in code (the check-in search accepts it from a USB scanner).

Text shrinks to fit its line down to MIN_SIZE points; a name still too long at that size wraps
onto a second line, and only past that is it cut with an ellipsis. Badges are drawn straight
onto the page at the sheet's label positions, so there is no header or footer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner.config import resources_dir
from planner.domain.progress import Progress
from planner.exports.pdf.fonts import FONT_NAME
from planner.exports.pdf.people import by_name, organisation_name
from planner.exports.pdf.styles import ACCENT, INK, RULE, fit
from planner.exports.pdf.template import Options, PdfDocument
from planner.store.document_queries import EventSheet, RegistrationLine

MIN_SIZE = 6.0
PAD = 4 * mm


@dataclass(frozen=True)
class Sheet:
    columns: int
    rows: int
    width: float
    height: float
    top: float
    left: float
    column_gap: float
    row_gap: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@lru_cache(maxsize=8)
def sheet(name: str = "L7165") -> Sheet:
    with (resources_dir() / "pdf" / "label-sheets.json").open(encoding="utf-8") as handle:
        data = json.load(handle)[name]
    return Sheet(data["columns"], data["rows"], *(data[k] * mm for k in (
        "width", "height", "top", "left", "column_gap", "row_gap")))


def sheet_names() -> list[str]:
    with (resources_dir() / "pdf" / "label-sheets.json").open(encoding="utf-8") as handle:
        return [k for k in json.load(handle) if not k.startswith("_")]


WRAP_CHARS = 200  # more than any badge line holds at MIN_SIZE


def shrink(text: str, largest: float, width: float, max_lines: int = 2) -> tuple[float, list[str]]:
    """The largest size (down to MIN_SIZE) at which `text` fits one line; else wrapped lines."""
    size = largest
    while size >= MIN_SIZE:
        if stringWidth(text, FONT_NAME, size) <= width:
            return size, [text]
        size -= 0.5
    # A badge line holds a few dozen characters: wrapping more would only be cut off.
    lines = wrap(text[:max_lines * WRAP_CHARS], MIN_SIZE, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines - 1] + [fit(" ".join(lines[max_lines - 1:]), MIN_SIZE, width)]
    return MIN_SIZE, lines


def wrap(text: str, size: float, width: float) -> list[str]:
    """Greedy line breaking: at spaces where there are any, else between characters (CJK)."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if stringWidth(line + ch, FONT_NAME, size) <= width or not line:
            line += ch
            continue
        cut = line.rfind(" ")
        if cut > 0 and not ch.isspace():
            lines.append(line[:cut])
            line = line[cut + 1:] + ch
        else:
            lines.append(line.rstrip())
            line = ch.lstrip()
    if line.strip():
        lines.append(line.strip())
    return lines


class BadgePage(Flowable):
    """One A4 page of badges, drawn at the label sheet's positions."""

    def __init__(self, document: Badges, registrations: list[RegistrationLine]) -> None:
        super().__init__()
        self.document = document
        self.registrations = registrations
        self.width, self.height = document.pagesize

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        s = self.document.sheet
        for n, reg in enumerate(self.registrations):
            row, column = divmod(n, s.columns)
            x = s.left + column * (s.width + s.column_gap)
            y = self.height - s.top - (row + 1) * s.height - row * s.row_gap
            self.canv.saveState()
            self.canv.translate(x, y)
            self.document.draw_badge(self.canv, reg)
            self.canv.restoreState()


class Badges(PdfDocument):
    furniture = False
    margins = (0, 0, 0, 0)

    def __init__(self, event_sheet: EventSheet, options: Options | None = None,
                 progress: Progress | None = None, *, layout: str = "L7165",
                 outline: bool = True) -> None:
        super().__init__(options, progress)
        self.event_sheet = event_sheet
        self.sheet = sheet(layout)
        self.outline = outline

    def title(self) -> str:
        return self.words.label("doc.badges")

    def heading(self) -> str:
        e = self.event_sheet.event
        return self.words.pick(e.title_en, e.title_zh_hant, e.title_zh_hans, " ")

    def get_story(self) -> list[Flowable]:
        ordered = by_name(self.event_sheet.registrations, self.order, lambda r: r.person)
        per = self.sheet.per_page
        pages = [ordered[i:i + per] for i in range(0, len(ordered), per)]
        for n in range(len(ordered)):
            self.tick(n + 1, len(ordered))
        return [BadgePage(self, page) for page in pages] or [BadgePage(self, [])]

    def draw_badge(self, canvas: Canvas, reg: RegistrationLine) -> None:
        s, w = self.sheet, self.words
        if self.outline:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.roundRect(0.8 * mm, 0.8 * mm, s.width - 1.6 * mm, s.height - 1.6 * mm, 2 * mm)
        qr = min(s.height * 0.42, 26 * mm)
        text_width = s.width - 2 * PAD - qr - 3 * mm
        full_width = s.width - 2 * PAD
        y = s.height - PAD
        y = self._lines(canvas, fit(self.heading(), 7, full_width), 7, y, full_width, ACCENT,
                        max_lines=1)
        y -= 1.5 * mm
        p = reg.person
        if p.name_zh:
            y = self._lines(canvas, p.name_zh, 22 if s.height > 50 * mm else 16, y, full_width)
        if p.name_en:
            y = self._lines(canvas, p.name_en, 15 if s.height > 50 * mm else 11, y, full_width)
        org = organisation_name(w, p)
        if org:
            y -= 1 * mm
            self._lines(canvas, org, 9, y, text_width, colors.HexColor("#333333"))
        canvas.setFont(FONT_NAME, 8)
        canvas.setFillColor(ACCENT)
        role = w.enum("registration", reg.role, " ")
        canvas.drawString(PAD, PAD, fit(role, 8, text_width))
        if reg.check_in_code:
            self._qr(canvas, reg.check_in_code, s.width - PAD - qr, PAD, qr)

    def _lines(self, canvas: Canvas, text: str, largest: float, top: float, width: float,
               colour: Any = INK, max_lines: int = 2) -> float:
        size, lines = shrink(text, largest, width, max_lines)
        canvas.setFont(FONT_NAME, size)
        canvas.setFillColor(colour)
        for line in lines:
            top -= size * 1.15
            canvas.drawString(PAD, top, line)
        return top - size * 0.2

    @staticmethod
    def _qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
        """The QR code as one filled path of dark runs (fast: no graphics tree per badge)."""
        widget = QrCodeWidget(code, barLevel="M", barBorder=0)
        widget.qr.make()
        modules = widget.qr.modules
        box = size / len(modules)
        path = canvas.beginPath()
        for r, row in enumerate(modules):
            c = 0
            for dark, run in groupby(bool(m) for m in row):
                count = len(list(run))
                if dark:
                    path.rect(x + c * box, y + size - (r + 1) * box, count * box, box)
                c += count
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)
