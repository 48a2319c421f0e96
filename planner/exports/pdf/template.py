"""The base of every printed document, in the spirit of pretix's exporters.

A document class sets its page size and title and returns its flowables from `get_story()`;
the base registers the Chinese font, draws the running header and the footer (title,
"Page x of y", print date) on every page, sets the PDF metadata, reports progress and honours
cancellation, and returns the PDF as bytes.

"Page x of y" without a second layout pass: each page's footer is a form XObject named after
its page number, drawn where the footer goes and defined when the canvas is saved, by which
time the number of pages is known.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table

from planner.domain.progress import Progress, silent
from planner.exports.pdf import fonts
from planner.exports.pdf.collation import NameOrder
from planner.exports.pdf.fonts import FONT_NAME
from planner.exports.pdf.styles import ACCENT, RULE, fit
from planner.exports.pdf.words import Lang, Words

TICK = 200  # report progress every this many rows while preparing


@dataclass(frozen=True)
class Options:
    """What every document accepts: language, name order, print date (fixed in tests)."""

    lang: Lang = Lang.BI
    order: NameOrder | None = None
    printed_on: date | None = None
    author: str = "Planner"


class PdfDocument(ABC):
    """Subclasses set `landscape`, implement title(), get_story(), and may override heading()."""

    landscape = False
    margins = (20 * mm, 14 * mm, 18 * mm, 14 * mm)  # top, right, bottom, left
    furniture = True  # header and footer; label sheets switch it off

    def __init__(self, options: Options | None = None, progress: Progress | None = None) -> None:
        self.options = options or Options()
        self.words = Words(self.options.lang)
        self.progress = progress or silent()
        self.order = self.options.order or self.words.name_order
        self._rows_total = 0
        self._rows_done = 0

    # what subclasses provide ---------------------------------------------------------------

    @abstractmethod
    def title(self) -> str:
        """The document's title (metadata and footer)."""

    def heading(self) -> str:
        """The running header: what the document is about (an event, a delegation)."""
        return ""

    def subject(self) -> str:
        return self.heading()

    @abstractmethod
    def get_story(self) -> list[Flowable]:
        """The flowables of the body, in order."""

    # geometry ------------------------------------------------------------------------------

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.margins[1] - self.margins[3]

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.margins[0] - self.margins[2]

    # progress ------------------------------------------------------------------------------

    def tick(self, done: int, total: int) -> None:
        """Called while preparing rows: reports every TICK rows and checks for cancellation."""
        if done % TICK == 0 or done == total:
            self.progress.step(done, total * 2, "")

    def _laid_out(self, flowable: Flowable) -> None:
        if isinstance(flowable, Table):
            self._rows_done += len(flowable._cellvalues)
        self.progress.step(self._rows_total + min(self._rows_done, self._rows_total),
                           self._rows_total * 2, "")

    # output --------------------------------------------------------------------------------

    def render(self) -> bytes:
        """Build the PDF; raises Cancelled if the progress was cancelled, PlannerError if no font."""
        fonts.register()
        story = self.get_story()
        self._rows_total = max(1, sum(len(f._cellvalues) for f in story if isinstance(f, Table)))
        buffer = BytesIO()
        doc = _DocTemplate(buffer, self)
        doc.build(story, canvasmaker=_canvas_maker(self))
        self.progress.step(self._rows_total * 2, self._rows_total * 2, "")
        return buffer.getvalue()

    def printed_on(self) -> date:
        return self.options.printed_on or date.today()

    def draw_header(self, canvas: Canvas) -> None:
        width, height = self.pagesize
        left, right = self.margins[3], width - self.margins[1]
        y = height - self.margins[0] + 8 * mm
        canvas.saveState()
        canvas.setFont(FONT_NAME, 8)
        canvas.setFillColor(ACCENT)
        brand = self.words.label("programme.name")
        canvas.drawRightString(right, y, fit(brand, 8, (right - left) * 0.4))
        canvas.drawString(left, y, fit(self.heading() or self.title(), 8, (right - left) * 0.58))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        """Drawn once per page when the total is known (inside that page's form)."""
        width = self.pagesize[0]
        left, right = self.margins[3], width - self.margins[1]
        y = self.margins[2] - 10 * mm
        canvas.setFont(FONT_NAME, 7.5)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 3.5 * mm, right, y + 3.5 * mm)
        canvas.drawString(left, y, self.words.label("page_of", page=page, total=total))
        canvas.drawRightString(right, y, self.words.printed(self.printed_on()))
        third = (right - left) / 3
        canvas.drawCentredString((left + right) / 2, y, fit(self.title(), 7.5, third * 1.2))


class _DocTemplate(BaseDocTemplate):
    def __init__(self, buffer: BytesIO, document: PdfDocument) -> None:
        top, right, bottom, left = document.margins
        super().__init__(buffer, pagesize=document.pagesize, leftMargin=left, rightMargin=right,
                         topMargin=top, bottomMargin=bottom, title=document.title(),
                         author=document.options.author, subject=document.subject(),
                         creator="Planner", lang=document.words.pdf_language,
                         initialFontName=FONT_NAME, initialFontSize=9)
        self.document = document
        frame = Frame(left, bottom, document.frame_width, document.frame_height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._furniture)])

    def _furniture(self, canvas: Canvas, doc: Any) -> None:
        if self.document.furniture:
            self.document.draw_header(canvas)
            canvas.doForm(_footer_name(canvas.getPageNumber()))

    def afterFlowable(self, flowable: Flowable) -> None:
        self.document._laid_out(flowable)


def _footer_name(page: int) -> str:
    return f"PlannerFooter{page}"


def _canvas_maker(document: PdfDocument) -> Callable[..., Canvas]:
    class _Canvas(Canvas):
        """Counts pages; at save, defines each page's footer form with the final total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT_NAME  # never Helvetica: every font is embedded
            super().__init__(*args, **kwargs)
            self._pages = 0

        def showPage(self) -> None:
            self._pages += 1
            super().showPage()

        def save(self) -> None:
            if document.furniture:
                for page in range(1, self._pages + 1):
                    self.beginForm(_footer_name(page))
                    document.draw_footer(self, page, self._pages)
                    self.endForm()
            super().save()

    return _Canvas
