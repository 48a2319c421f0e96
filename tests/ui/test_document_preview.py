"""A finished PDF is shown inside the window: pages, page navigation, zoom; the system viewer
is optional, and its absence is said, not left on standard error."""

from __future__ import annotations

import io

from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from planner.ui.dialogs.document_ready import DocumentReady


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for n in range(pages):
        canvas.drawString(72, 720, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_preview_pages_through_and_zooms(qtbot, dialogs) -> None:
    ready = DocumentReady("Ready", "Itinerary.pdf", _pdf(3), dialogs, "PDF (*.pdf)")
    qtbot.addWidget(ready)
    ready.show()
    viewer = ready.viewer
    assert viewer is not None and viewer.loaded and viewer.page_count == 3
    assert viewer.current_page() == 0 and not viewer.buttons["pdf_previous"].isEnabled()
    assert viewer.of_label.text() == "of 3"
    viewer.buttons["pdf_next"].click()
    qtbot.waitUntil(lambda: viewer.current_page() == 1)
    assert viewer.page_box.value() == 2
    viewer.page_box.setValue(3)
    qtbot.waitUntil(lambda: viewer.current_page() == 2)
    assert not viewer.buttons["pdf_next"].isEnabled()
    viewer.go_to(99)  # kept within the document
    assert viewer.current_page() == 2
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = viewer._shown_zoom()
    viewer.buttons["pdf_zoom_in"].click()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert abs(viewer.view.zoomFactor() - fitted * 1.25) < 1e-6
    viewer.buttons["pdf_zoom_out"].click()
    viewer.buttons["pdf_zoom_out"].click()
    assert abs(viewer.view.zoomFactor() - fitted / 1.25) < 1e-6
    viewer.buttons["pdf_fit_page"].click()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert viewer._shown_zoom() < fitted  # a whole A4 page is smaller than its width
    viewer.buttons["pdf_fit_width"].click()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_no_system_viewer_is_said(qtbot, dialogs, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    ready = DocumentReady("Ready", "Itinerary.pdf", _pdf(1), dialogs, "PDF (*.pdf)")
    qtbot.addWidget(ready)
    ready.preview_button.click()
    assert ready.previewed is not None and ready.previewed.read_bytes().startswith(b"%PDF")
    assert dialogs.errors and "no application that opens PDF" in dialogs.errors[-1][1]


def test_a_calendar_file_has_no_preview_nor_print(qtbot, dialogs) -> None:
    ready = DocumentReady("Ready", "Calendar.ics", b"BEGIN:VCALENDAR\r\n", dialogs, "iCalendar (*.ics)")
    qtbot.addWidget(ready)
    assert ready.viewer is None
    assert ready.print_button.isHidden() and ready.preview_button.isHidden()
