"""Printing a finished PDF on the printer the user chose in the system's print dialog.

Each page is rendered by QtPdf at the printer's resolution (at most MAX_DPI) and drawn on the
whole sheet, fitted and centred, landscape pages on landscape sheets. This is the same on
every system and printer. (Handing the PDF itself to CUPS was tried: its PostScript step
redrew the embedded Chinese font with other widths, and the rows moved.) It runs on a worker
thread, touches no widget, and reports progress per page.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from planner.domain.progress import Progress, silent

MAX_DPI = 300  # an A4 page at 300 dpi is a 35 MB image; at 1200 dpi it would be 560 MB


class PrintFailed(Exception):
    """The printer refused the job; the message says why, in the system's words."""


def print_pdf(data: bytes, printer: QPrinter, title: str,
              progress: Progress | None = None) -> int:
    """Print `data` on `printer` as the dialog set it up; returns the number of pages sent."""
    progress = progress or silent()
    document, buffer = _open(data)
    try:
        pages = _pages(printer, document.pageCount())
        printer.setDocName(title)
        _render(document, printer, pages, progress)
        return len(pages)
    finally:
        document.close()
        buffer.close()


def _open(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)  # from a device: no return value, a status
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed(f"not a readable PDF ({document.error().name})")
    return document, buffer


def _pages(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the dialog asked for (all of them, or a range)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
        return list(range(max(first, 1) - 1, min(last, count)))
    return list(range(count))


def _render(document: QPdfDocument, printer: QPrinter, pages: list[int],
            progress: Progress) -> None:
    printer.setFullPage(True)  # the PDF has its own margins: place pages on the whole sheet
    painter = QPainter()
    for n, page in enumerate(pages):
        progress.step(n, len(pages), "")
        size = document.pagePointSize(page)
        orientation = QPageLayout.Orientation.Landscape if size.width() > size.height() \
            else QPageLayout.Orientation.Portrait
        printer.setPageOrientation(orientation)  # takes effect on the next page
        if n == 0:
            if not painter.begin(printer):
                raise PrintFailed("the printer could not be opened")
        elif not printer.newPage():
            painter.end()
            raise PrintFailed("the printer refused a new page")
        _draw(painter, document, page, printer)
    painter.end()
    progress.step(len(pages), len(pages), "")


def _draw(painter: QPainter, document: QPdfDocument, page: int, printer: QPrinter) -> None:
    """The page rendered at the printer's resolution, fitted to the sheet, centred."""
    dpi = min(printer.resolution(), MAX_DPI)
    size = document.pagePointSize(page)
    image = document.render(page, QSize(round(size.width() * dpi / 72),
                                        round(size.height() * dpi / 72)))
    sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(sheet.width() / size.width(), sheet.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    target = QRectF(sheet.x() + (sheet.width() - width) / 2,
                    sheet.y() + (sheet.height() - height) / 2, width, height)
    painter.drawImage(target, image)
