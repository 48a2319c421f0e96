"""A PDF shown inside the window (QtPdf): pages, page navigation and zoom.

The system's PDF viewer is not needed: a machine without one (or without a desktop launcher)
showed nothing and said so only on standard error.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar, QToolButton, QVBoxLayout, QWidget

from planner.ui.text import tr

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0


class PdfViewer(QWidget):
    """Shows PDF bytes; `page_count`, `current_page()` and the zoom mode are there for tests."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_viewer")
        # QPdfDocument reads from the device while pages are shown: keep both alive.
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pdf_page")
        self.page_box.setRange(1, max(1, self.page_count))
        self.page_box.setToolTip(tr("PdfViewer", "Go to a page"))
        self.page_box.setAccessibleName(tr("PdfViewer", "Page"))
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.of_label = QLabel(tr("PdfViewer", "of {0}").format(self.page_count))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._toolbar())
        box.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._page_changed(0)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("pdf_toolbar")
        self.buttons: dict[str, QToolButton] = {}

        def button(name: str, text: str, tip: str, slot: object,
                   keys: QKeySequence.StandardKey | None = None) -> None:
            action = bar.addAction(text)
            action.setObjectName(name)
            action.setToolTip(tip)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            widget = bar.widgetForAction(action)
            if isinstance(widget, QToolButton):
                self.buttons[name] = widget

        button("pdf_previous", tr("PdfViewer", "◀ Previous"), tr("PdfViewer", "Previous page"),
               lambda: self.go_to(self.current_page() - 1))
        bar.addWidget(QLabel(tr("PdfViewer", "Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.of_label)
        button("pdf_next", tr("PdfViewer", "Next ▶"), tr("PdfViewer", "Next page"),
               lambda: self.go_to(self.current_page() + 1))
        bar.addSeparator()
        button("pdf_fit_width", tr("PdfViewer", "Fit width"),
               tr("PdfViewer", "Zoom so that the page fills the width"), self.fit_width)
        button("pdf_fit_page", tr("PdfViewer", "Whole page"),
               tr("PdfViewer", "Zoom so that a whole page shows"), self.fit_page)
        button("pdf_zoom_out", tr("PdfViewer", "−"), tr("PdfViewer", "Zoom out"),
               lambda: self.zoom(1 / ZOOM_STEP), QKeySequence.StandardKey.ZoomOut)
        button("pdf_zoom_in", tr("PdfViewer", "+"), tr("PdfViewer", "Zoom in"),
               lambda: self.zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn)
        return bar

    # ----- navigation and zoom ----------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Show page `page` (0-based), kept within the document."""
        if self.page_count == 0:
            return
        page = max(0, min(page, self.page_count - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.buttons["pdf_previous"].setEnabled(page > 0)
        self.buttons["pdf_next"].setEnabled(page < self.page_count - 1)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def zoom(self, factor: float) -> None:
        """Zoom by `factor` from what is shown now (a fitted zoom included)."""
        current = self._shown_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))

    def _shown_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return self.view.zoomFactor()
        # A fitted zoom is not reported as a factor: work it out from the page's width.
        points = self.document.pagePointSize(self.current_page())
        pixels_per_point = self.logicalDpiX() / 72.0
        width = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitInView:
            height = self.view.viewport().height() - 2 * self.view.documentMargins().top()
            return min(width / (points.width() * pixels_per_point),
                       height / (points.height() * pixels_per_point))
        return width / (points.width() * pixels_per_point)

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        self.document.close()
        super().closeEvent(event)  # type: ignore[arg-type]
