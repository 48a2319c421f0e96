"""The tool bar's search box: every kind of record by any name, grouped by kind as one types.

The query runs on the database worker (planner.store.search_queries), 30 ms after the last
keystroke; a search that a newer keystroke superseded is dropped before the worker reaches
it, or between two kinds once it runs, so typing never queues stale searches in front of the
latest one. The results are a list under the box, a child of the window (not a popup window,
which would take the keyboard from the box): arrows move, Enter opens, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from planner.domain.progress import Cancelled, Progress
from planner.domain.search import SearchGroup, SearchHit
from planner.store import search_queries
from planner.store.database import Database
from planner.ui.tasks import TaskRunner
from planner.ui.text import QT_TRANSLATE_NOOP, tr, ui_script

DEBOUNCE_MS = 30  # as the People filter: results within 100 ms of the keystroke
PER_KIND = 5
HIT_ROLE = Qt.ItemDataRole.UserRole
HEADINGS = {"event": QT_TRANSLATE_NOOP("SearchBox", "Events"),
            "session": QT_TRANSLATE_NOOP("SearchBox", "Sessions"),
            "delegation": QT_TRANSLATE_NOOP("SearchBox", "Delegations"),
            "itinerary": QT_TRANSLATE_NOOP("SearchBox", "Itinerary steps"),
            "programme": QT_TRANSLATE_NOOP("SearchBox", "Exchange programmes"),
            "person": QT_TRANSLATE_NOOP("SearchBox", "People"),
            "organisation": QT_TRANSLATE_NOOP("SearchBox", "Organisations"),
            "venue": QT_TRANSLATE_NOOP("SearchBox", "Venues"),
            "item": QT_TRANSLATE_NOOP("SearchBox", "Co-operation items")}


class ResultsList(QListWidget):
    """The grouped results: a heading row per kind (not selectable), then its records."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search_results")
        self.setAccessibleName(tr("SearchBox", "Search results"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the keyboard
        self.setUniformItemSizes(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # long names end in "…"
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hide()

    def show_groups(self, groups: list[SearchGroup], text: str) -> None:
        self.clear()
        locale = ui_script()
        bold = QFont(self.font())
        bold.setBold(True)
        for group in groups:
            heading = tr("SearchBox", HEADINGS[group.kind])
            if group.more:
                heading = tr("SearchBox", "{0} (the first {1}; type more to narrow)").format(
                    heading, len(group.hits))
            head = QListWidgetItem(heading, self)
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: arrows skip it
            for hit in group.hits:
                subtitle = hit.subtitle(locale)
                item = QListWidgetItem(hit.title(locale) + (f"\n    {subtitle}" if subtitle
                                                            else ""), self)
                item.setData(HIT_ROLE, hit)
                item.setToolTip(hit.title(locale) + (f"\n{subtitle}" if subtitle else ""))
        if not groups:
            none = QListWidgetItem(tr("SearchBox", "Nothing is named “{0}”.").format(text), self)
            none.setFlags(Qt.ItemFlag.ItemIsEnabled)
        first = self.hit_rows()
        self.setCurrentRow(first[0] if first else -1)

    def hit_rows(self) -> list[int]:
        return [r for r in range(self.count()) if self.item(r).data(HIT_ROLE) is not None]

    def move_hit(self, step: int) -> None:
        """The next (step 1) or previous (-1) record, past the headings; stops at the ends."""
        rows = self.hit_rows()
        if not rows:
            return
        current = self.currentRow()
        later = [r for r in rows if r > current] if step > 0 else \
            [r for r in reversed(rows) if r < current]
        self.setCurrentRow(later[0] if later else current if current in rows else rows[0])

    def current_hit(self) -> SearchHit | None:
        item = self.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        if hit is None and self.hit_rows():
            hit = self.item(self.hit_rows()[0]).data(HIT_ROLE)
        return hit


class SearchBox(QLineEdit):
    """Search everything; `opened(kind, id)` names the record to show (a session: its event)."""

    opened = Signal(str, int)
    shown = Signal(int)  # the results are on screen: how many records

    def __init__(self, runner: TaskRunner, window: QWidget, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("search_everything")
        self.setPlaceholderText(tr("SearchBox", "Search everything…"))
        self.setToolTip(tr("SearchBox", "Events, sessions, delegations, itinerary steps, "
                           "programmes, people, organisations, venues and co-operation items, "
                           "by any name in English or Chinese (Edit > Search everything)"))
        self.setAccessibleName(tr("SearchBox", "Search everything"))
        self.setClearButtonEnabled(True)
        clear = self.findChild(QAction, "_q_qlineeditclearaction")  # Qt's own, without a tip
        if clear is not None:
            clear.setToolTip(tr("SearchBox", "Clear the search"))
        self.setMinimumWidth(180)
        self.setMaximumWidth(320)
        self._runner = runner
        self._window = window
        self._generation = 0
        self._open_first = -1  # the search whose first record opens when it arrives
        self.results = ResultsList(window)
        self.results.itemClicked.connect(lambda item: self._open(item.data(HIT_ROLE)))
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.textChanged.connect(self._typed)
        window.installEventFilter(self)  # the list follows the window's size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._window and event.type() == QEvent.Type.Resize \
                and self.results.isVisible():
            self._place()
        return False

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._generation += 1  # whatever is on its way is stale
            self._debounce.stop()
            self.results.hide()
            return
        self._debounce.start()

    def search_now(self) -> int:
        """Search for the text now (on the worker); the results replace the list when they
        arrive, unless a newer search was asked for meanwhile."""
        self._generation += 1
        generation, text = self._generation, self.text()

        def check() -> None:  # on the worker: an int compared under the GIL
            if generation != self._generation:
                raise Cancelled()

        def job(db: Database, _progress: Progress) -> list[SearchGroup]:
            check()
            with db.read() as session:
                return search_queries.search_everything(session, text, limit=PER_KIND,
                                                        check=check)

        def done(groups: list[SearchGroup]) -> None:
            if generation != self._generation:
                return  # superseded, or the box was left meanwhile
            self._show(groups, text)
            if self._open_first == generation:
                self._open(self.results.current_hit())

        self._runner.run(job, on_success=done)
        return generation

    def _show(self, groups: list[SearchGroup], text: str) -> None:
        self.results.show_groups(groups, text)
        self._place()
        self.results.show()
        self.results.raise_()
        self.shown.emit(len(self.results.hit_rows()))

    def _place(self) -> None:
        """Under the box, inside the window (1024 x 700 included), as tall as its rows."""
        window, results = self._window, self.results
        top_left = self.mapTo(window, QPoint(0, self.height()))
        width = min(max(self.width(), 520), window.width() - 8)
        x = max(4, min(top_left.x(), window.width() - width - 4))
        rows = sum(results.sizeHintForRow(r) for r in range(results.count()))
        height = min(rows + 2 * results.frameWidth() + 4, window.height() - top_left.y() - 8)
        results.setGeometry(x, top_left.y(), width, max(height, 40))

    def _open(self, hit: SearchHit | None) -> None:
        if hit is None:
            return
        self.results.hide()
        kind, ident = hit.opens
        self.opened.emit(kind, ident)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        visible = self.results.isVisible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and visible:
            self.results.move_hit(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._debounce.isActive() or not visible:
                self._debounce.stop()
                self._open_when_found()
            else:
                self._open(self.results.current_hit())
        elif key == Qt.Key.Key_Escape and visible:
            self.results.hide()
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)

    def _open_when_found(self) -> None:
        """Enter typed before the results came: open the first record once they do."""
        if self.text().strip():
            self._open_first = self.search_now()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self._generation += 1  # results that arrive after the box was left are not shown
        self._debounce.stop()
        self.results.hide()

    def focus(self) -> None:
        """Ctrl+K: the box, its text selected, the last results shown again."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.search_now()
