"""A Word document (.docx, python-docx) shaped like the printed ones: A4, the running header and
footer, headings, tables whose header row repeats, Chinese set in an East Asian font.

Word picks the font of Chinese characters from `w:eastAsia` of a run's fonts, not from the
Latin font name: without it, Chinese shows in whatever the reader's default is, or as boxes.
"""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from planner.exports.pdf.words import Lang, Words

# Fonts every Windows and Office for Mac has; LibreOffice substitutes what fontconfig finds.
EAST_ASIAN = {Lang.ZH_CN: "Microsoft YaHei"}
EAST_ASIAN_DEFAULT = "Microsoft JhengHei"
LANGUAGE = {Lang.EN: "zh-HK", Lang.ZH_HK: "zh-HK", Lang.ZH_CN: "zh-CN", Lang.BI: "zh-HK"}
LATIN = "Arial"
ACCENT = RGBColor(0x0B, 0x4F, 0x71)
STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Table Grid")


class WordDocument:
    """Build with heading(), paragraph(), table(); `bytes()` returns the .docx."""

    def __init__(self, words: Words, title: str, header: str, footer: str) -> None:
        self.words = words
        self.doc = Document()
        self.doc.core_properties.title = title
        self.doc.core_properties.author = "Planner"
        self.doc.core_properties.language = words.pdf_language
        self._page(header, footer)
        for name in STYLES:
            self._east_asian(name, EAST_ASIAN.get(words.lang, EAST_ASIAN_DEFAULT),
                             LANGUAGE[words.lang])
        self.doc.styles["Normal"].font.size = Pt(10)

    def _page(self, header: str, footer: str) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin = section.right_margin = Mm(16)
        self.add_text(section.header.paragraphs[0], header)
        foot = section.footer.paragraphs[0]
        self.add_text(foot, f"{footer} · ")
        _field(foot, "PAGE")

    def _east_asian(self, style_name: str, font: str, language: str) -> None:
        try:
            style = self.doc.styles[style_name]
        except KeyError:
            return
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)  # a theme font would win over ours
        fonts.set(qn("w:ascii"), LATIN)
        fonts.set(qn("w:hAnsi"), LATIN)
        fonts.set(qn("w:eastAsia"), font)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:eastAsia"), language)

    # content -----------------------------------------------------------------------------
    @staticmethod
    def add_text(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
        """Plain text; a line break in it stays a line break inside the paragraph."""
        for n, line in enumerate(text.split("\n")):
            run = paragraph.add_run()
            run.bold = bold or None
            if n:
                run.add_break(WD_BREAK.LINE)
            run.add_text(line)

    def heading(self, text: str, level: int = 1) -> Paragraph:
        paragraph = self.doc.add_heading("", level)
        self.add_text(paragraph, text)
        return paragraph

    def paragraph(self, text: str, *, bold: bool = False, size: float | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        self.add_text(paragraph, text, bold=bold)
        if size:
            for run in paragraph.runs:
                run.font.size = Pt(size)
        return paragraph

    def table(self, header: list[str] | None, rows: list[list[str]], widths: list[float],
              *, banner: str = "") -> Table:
        """A grid table; `widths` are fractions of the text width. The header rows (a banner
        across every column, the column names) repeat on each page and are shaded."""
        columns = len(widths)
        table = self.doc.add_table(rows=0, cols=columns)
        table.style = self.doc.styles["Table Grid"]
        full = Mm(210 - 32)
        if banner:
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            self.add_text(merged.paragraphs[0], banner, bold=True)
            _header_row(table.rows[-1], "07344B")
        if header:
            cells = table.add_row().cells
            for c, text in zip(cells, header):
                self.add_text(c.paragraphs[0], text, bold=True)
            _header_row(table.rows[-1], "0B4F71")
        for texts in rows:
            cells = table.add_row().cells
            for c, text in zip(cells, texts):
                self.add_text(c.paragraphs[0], text)
        # Word reads the cells' widths, LibreOffice the grid's: set both, and no autofit.
        table.autofit = False
        for column, fraction in zip(table.columns, widths):
            column.width = int(full * fraction)
        for row in table.rows:
            for c, fraction in zip(row.cells, widths):
                c.width = int(full * fraction)
        return table

    def page_break(self) -> None:
        self.doc.add_page_break()

    def bytes(self) -> bytes:
        out = BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A field Word fills in when it shows the page (PAGE: the page number)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _header_row(row: object, fill: str) -> None:
    """White text on a coloured band, repeated at the top of each page the table runs onto."""
    tr = row._tr  # type: ignore[attr-defined]
    props = tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    props.append(repeat)
    for c in row.cells:  # type: ignore[attr-defined]
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        c._tc.get_or_add_tcPr().append(shading)
        for paragraph in c.paragraphs:
            for run in paragraph.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
