"""Help > User guide: the guide's pages in the window's language, a list of contents and a search
across every page that keeps only the pages holding the words, and marks each hit on the page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImageReader,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.ui.guide_pages import Page, load_pages
from planner.ui.text import tr

SLUG_ROLE = Qt.ItemDataRole.UserRole


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(tr("GuideDialog", "Planner user guide"))
        self.pages = load_pages(language)
        self._plain: dict[str, str] = {}  # slug -> the page's text as shown (what search reads)
        self._hits: list[QTextCursor] = []
        self._hit = -1
        self.search = QLineEdit()
        self.search.setObjectName("guide_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("GuideDialog", "Search the guide"))
        self.search.setToolTip(tr("GuideDialog", "Pages holding these words are listed; Enter "
                                                 "goes to the next place they appear"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.next_hit)
        self.found = QLabel()
        self.found.setObjectName("guide_found")
        self.contents = QListWidget()
        self.contents.setObjectName("guide_contents")
        for page in self.pages:
            item = QListWidgetItem(page.title)
            item.setData(SLUG_ROLE, page.slug)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(lambda item, _old: self._show_item(item))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenLinks(False)  # links between pages open here, others in a browser
        self.browser.anchorClicked.connect(self._follow)
        self.browser.viewport().installEventFilter(self)  # pictures fit the width it has
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search)
        box.addWidget(self.found)
        box.addWidget(self.contents, 1)
        split = QSplitter()
        split.setObjectName("guide_splitter")
        split.addWidget(side)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        def find() -> None:
            self.search.setFocus()
            self.search.selectAll()

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.next_hit)
        self.resize(860, 600)  # fits beside a 1024 x 700 window
        self.contents.setCurrentRow(0)

    # ----- pages ----------------------------------------------------------------------------
    def page(self, slug: str) -> Page:
        return next(p for p in self.pages if p.slug == slug)

    def current_slug(self) -> str:
        item = self.contents.currentItem()
        return str(item.data(SLUG_ROLE)) if item is not None else ""

    def show_page(self, slug: str) -> None:
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(SLUG_ROLE) == slug:
                item.setHidden(False)
                self.contents.setCurrentItem(item)
                return

    def _show_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        page = self.page(str(item.data(SLUG_ROLE)))
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(page.path)))  # pictures are found beside it
        self.browser.setMarkdown(page.markdown)
        self._fit_pictures()
        self._mark(self.search.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pictures()
        return False

    def _fit_pictures(self) -> None:
        """Screenshots are wider than the page: shown at most as wide as the page, never
        wider than they are, so that no picture needs a horizontal scroll bar."""
        document = self.browser.document()
        room = max(120, self.browser.viewport().width() - 2 * int(document.documentMargin()) - 8)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    picture = fragment.charFormat().toImageFormat()
                    path = document.baseUrl().resolved(QUrl(picture.name())).toLocalFile()
                    size = QImageReader(path).size()
                    if size.isValid() and size.width() > 0:
                        width = min(size.width(), room)
                        picture.setWidth(width)
                        picture.setHeight(size.height() * width / size.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(picture)
                fragments += 1
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        target = url.fileName()
        if url.scheme() in ("", "file") and target.endswith(".md"):
            self.show_page(target.removesuffix(".md"))
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # ----- searching ------------------------------------------------------------------------
    def plain_text(self, page: Page) -> str:
        if page.slug not in self._plain:
            document = QTextDocument()
            document.setMarkdown(page.markdown)
            self._plain[page.slug] = document.toPlainText().casefold()
        return self._plain[page.slug]

    def matching(self, words: str) -> list[Page]:
        """The pages that hold every word of `words` (case does not matter)."""
        terms = words.casefold().split()
        return [p for p in self.pages if all(t in self.plain_text(p) for t in terms)]

    def _filter(self, text: str) -> None:
        words = text.strip()
        found = {p.slug for p in self.matching(words)} if words else {p.slug for p in self.pages}
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            item.setHidden(item.data(SLUG_ROLE) not in found)
        if not words:
            self.found.clear()
        elif found:
            self.found.setText(self._count_text(len(found)))
        else:
            self.found.setText(tr("GuideDialog", "Not found"))
        current = self.current_slug()
        if words and found and current not in found:
            self.show_page(next(p.slug for p in self.pages if p.slug in found))
        else:
            self._mark(words)

    @staticmethod
    def _count_text(count: int) -> str:
        if count == 1:
            return tr("GuideDialog", "Found on 1 page")
        return tr("GuideDialog", "Found on {0} pages").format(count)

    def _mark(self, words: str) -> None:
        """Highlight every place the words appear on the page shown, and go to the first."""
        self._hits = []
        document = self.browser.document()
        for term in words.split():
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(term, cursor)
                if cursor.isNull():
                    break
                self._hits.append(QTextCursor(cursor))
        self._hits.sort(key=lambda c: c.selectionStart())
        marked = QTextCharFormat()
        marked.setBackground(QColor("#ffd54f"))
        marked.setForeground(QColor("black"))
        selections = []
        for hit in self._hits:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = hit
            selection.format = marked
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        self._hit = -1
        if self._hits:
            self.next_hit()

    def next_hit(self) -> None:
        """The next place the words appear: on this page, else on the next page holding them."""
        if not self._hits:
            return
        if self._hit + 1 >= len(self._hits) and self._hit >= 0:
            later = self._next_page()
            if later is not None:
                self.show_page(later)
                return
        self._hit = (self._hit + 1) % len(self._hits)
        self.browser.setTextCursor(self._hits[self._hit])
        self.browser.ensureCursorVisible()

    def _next_page(self) -> str | None:
        shown = [self.contents.item(r) for r in range(self.contents.count())
                 if not self.contents.item(r).isHidden()]
        slugs = [str(item.data(SLUG_ROLE)) for item in shown]
        if len(slugs) < 2 or self.current_slug() not in slugs:
            return None
        return slugs[(slugs.index(self.current_slug()) + 1) % len(slugs)]
