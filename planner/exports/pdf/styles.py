"""Paragraph and table styles, and the one way data text becomes a flowable: escaped, never markup.

Every style uses the embedded Chinese font and wraps CJK text (wordWrap='CJK', lines broken by
planner.exports.pdf.linebreak with the kinsoku rules); none is justified, because justifying
mixed Chinese and Latin text spreads the Latin words apart.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle

from planner.exports.pdf.fonts import FONT_NAME
from planner.exports.pdf.linebreak import TextParagraph

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#0b4f71")
RULE = colors.HexColor("#9aa5ad")
SHADE = colors.HexColor("#e8eef2")
BAND = colors.HexColor("#f5f7f9")


def _style(name: str, size: float, *, leading: float | None = None, color: colors.Color = INK,
           align: int = TA_LEFT, before: float = 0, after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_NAME, fontSize=size,
                          leading=leading or round(size * 1.3, 1), textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after,
                          wordWrap="CJK", splitLongWords=True)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    return {
        "title": _style("title", 18, color=ACCENT, after=6),
        "subtitle": _style("subtitle", 12, color=ACCENT, after=4),
        "h1": _style("h1", 14, color=ACCENT, before=10, after=4),
        "h2": _style("h2", 11.5, color=ACCENT, before=8, after=3),
        "day": _style("day", 11, color=colors.white),
        "body": _style("body", 9.5, after=3),
        "small": _style("small", 8),
        "cell": _style("cell", 8.5),
        "cell_right": _style("cell_right", 8.5, align=TA_RIGHT),
        "head": _style("head", 8, color=colors.white),
        "note": _style("note", 8, color=colors.HexColor("#555555"), after=2),
        "centre": _style("centre", 9, align=TA_CENTER),
    }


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of plain text (names, titles, notes: never interpreted as markup)."""
    return TextParagraph.of(text or "", styles()[style])


def cell(text: str | None, width: float, style: str = "cell") -> str | Paragraph:
    """A table cell: the plain string when each of its lines fits (fast), else a wrapping Paragraph.

    `width` is the column's inner width. Plain strings in a Table are drawn as they are, so
    they need no escaping.
    """
    value = text or ""
    st = styles()[style]
    if all(stringWidth(line, st.fontName, st.fontSize) <= width for line in value.split("\n")):
        return value
    return TextParagraph.of(value, st)


def table_style(*, header_rows: int = 1, font_size: float = 8.5, padding: float = 3,
                zebra: bool = True) -> list[tuple]:
    """The commands every list table shares: the font, grid, a shaded repeated header row."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.3),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
                     ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, BAND]))
    return commands


def make_table_style(commands: list[tuple]) -> TableStyle:
    return TableStyle(commands)


def fit(text: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` at `size` (running headers and footers only).

    One pass over the characters until the line is full (the widths of a font's characters
    add up, no kerning): a title of 50,000 characters costs what one of 100 does. Cutting a
    character at a time and measuring again made every page's header quadratic in its title.
    """
    room = width - stringWidth("…", FONT_NAME, size)
    used, cut = 0.0, None
    for index, ch in enumerate(text):
        used += stringWidth(ch, FONT_NAME, size)
        if cut is None and used > room:
            cut = index  # the ellipsis goes here, should the rest not fit
        if used > width:
            return text[:cut] + "…"
    return text
