"""Printing: pages rendered by QtPdf at the printer's resolution, on a real CUPS queue (cups-pdf
writing to a folder) and to a file; every page, in its orientation, looking like the original."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from planner.exports.pdf import documents
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store.database import Database
from planner.ui.dialogs.document_ready import DocumentReady
from planner.ui.printing import print_pdf
from tests.cups_queue import CupsQueue, cups_queue  # noqa: F401 (the fixture)
from tests.documents.pdf_helpers import PRINTED
from tests.ui.conftest import settle
from tests.ui.test_exports_menu import _select, confirm_options


@pytest.fixture
def itinerary(demo_db: Database) -> bytes:
    return documents.itinerary(demo_db, 5, Options(lang=Lang.ZH_HK, printed_on=PRINTED))


def _page_image(pdf: Path, page: int, tmp_path: Path, name: str) -> Image.Image:
    stem = tmp_path / name
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-f", str(page), "-l", str(page),
                    "-singlefile", "-png", str(pdf), str(stem)], check=True)
    return Image.open(f"{stem}.png").convert("L")


def _ink(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 255 if v < 160 else 0)


def _difference(printed: Image.Image, original: Image.Image) -> float:
    """The share of the original's ink (its strokes, Chinese characters included) that the
    printed page lacks, and of the printed page's ink that the original lacks, allowing a
    stroke to move by a pixel or two (rendered twice, at other resolutions)."""
    mine, theirs = _ink(printed), _ink(original.resize(printed.size))
    missing = ImageChops.subtract(theirs, mine.filter(ImageFilter.MaxFilter(5)))
    extra = ImageChops.subtract(mine, theirs.filter(ImageFilter.MaxFilter(5)))
    def count(image: Image.Image) -> int:
        return image.histogram()[255]

    return (count(missing) + count(extra)) / max(1, count(theirs) + count(mine))


def test_a_document_prints_on_a_cups_queue(qtbot, dialogs, cups_queue: CupsQueue,  # noqa: F811
                                           itinerary: bytes, tmp_path: Path) -> None:
    ready = DocumentReady("Ready", "行程表 - 2017-04-19.pdf", itinerary, dialogs, "PDF (*.pdf)")
    qtbot.addWidget(ready)
    before = set(cups_queue.output.glob("*.pdf"))
    dialogs.printers.append(cups_queue.name)
    ready.print_button.click()
    assert not dialogs.errors
    pages = len(PdfReader(io.BytesIO(itinerary)).pages)
    assert ready.printed_pages == pages >= 2
    printed = cups_queue.wait_for_pdf(before)
    assert len(PdfReader(str(printed)).pages) == pages
    original = tmp_path / "original.pdf"
    original.write_bytes(itinerary)
    # The Chinese text is on the paper where the original has it: each printed page looks like
    # its own original and not like another page. (pdftotext cannot check it: the pages are
    # images, and CUPS's PostScript step drops text codes of embedded Chinese fonts anyway.)
    mine = [_page_image(printed, n, tmp_path, f"printed-{n}") for n in range(1, pages + 1)]
    theirs = [_page_image(original, n, tmp_path, f"original-{n}") for n in range(1, pages + 1)]
    for n in range(pages):
        same = _difference(mine[n], theirs[n])
        other = _difference(mine[n], theirs[(n + 1) % pages])
        assert same < 0.08 and other > 0.3, f"page {n + 1}: {same:.3f} vs {other:.3f}"


def test_cancelling_the_print_dialog_prints_nothing(qtbot, dialogs, itinerary: bytes) -> None:
    ready = DocumentReady("Ready", "x.pdf", itinerary, dialogs, "PDF (*.pdf)")
    qtbot.addWidget(ready)
    ready.print_button.click()  # no printer chosen: the dialog was cancelled
    assert ready.printed_pages is None and not dialogs.errors


def test_printing_from_the_window_runs_on_the_worker(window, controller, dialogs,
                                                     tmp_path: Path) -> None:
    """A landscape sign-in sheet printed to a file through the export menu: every page, each
    on a landscape sheet, drawn from the document's own pages."""
    view = window.show_section("events")
    settle(controller)
    _select(view.view, lambda e: "Development of SMEs" in (e.title_en or ""))
    window.exports.update_enabled()
    window.exports.actions["export_sign_in"].trigger()
    settle(controller)
    confirm_options(controller, dialogs, lang="zh-hk")
    ready = dialogs.last("document_ready")
    target = tmp_path / "printed.pdf"
    dialogs.printers.append(str(target))
    ready.print_button.click()
    settle(controller)
    assert not dialogs.errors
    pages = len(PdfReader(io.BytesIO(ready.data)).pages)
    printed = PdfReader(str(target))
    assert ready.printed_pages == len(printed.pages) == pages >= 5
    box = printed.pages[0].mediabox
    assert box.width > box.height  # landscape sheet for a landscape page
    original = tmp_path / "original.pdf"
    original.write_bytes(ready.data)
    first = _page_image(target, 1, tmp_path, "printed-1")
    assert _difference(first, _page_image(original, 1, tmp_path, "original-1")) < 0.08


def test_a_page_range_prints_those_pages(qtbot, itinerary: bytes, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_pdf(itinerary, printer, "Itinerary") == 1
    assert len(PdfReader(str(tmp_path / "range.pdf")).pages) == 1
    original = tmp_path / "original.pdf"
    original.write_bytes(itinerary)
    printed = _page_image(tmp_path / "range.pdf", 1, tmp_path, "range-1")
    assert _difference(printed, _page_image(original, 2, tmp_path, "original-2")) < 0.08
    assert _difference(printed, _page_image(original, 1, tmp_path, "original-1")) > 0.3
