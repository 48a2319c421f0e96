"""Printing a document on a real CUPS queue (cups-pdf writing to a folder), both ways: the PDF
handed to CUPS, and pages rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader

from planner.exports.pdf import documents
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store.database import Database
from planner.ui.dialogs.document_ready import DocumentReady
from tests.cups_queue import CupsQueue, cups_queue  # noqa: F401 (the fixture)
from tests.documents.pdf_helpers import PRINTED


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
