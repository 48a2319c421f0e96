"""The Checks panel: planning problems for what is on screen, refreshed after every edit."""

from __future__ import annotations

import time
import unicodedata
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.checks.findings import Finding, Scope
from planner.domain.changes import Changes
from planner.store.check_queries import programme_size
from planner.ui.context import UiContext
from planner.ui.formats import counted, number_text
from planner.ui.models.base import marker_icon
from planner.ui.settings import save_sort, saved_sort
from planner.ui.text import tr
from planner.ui.widgets.buttons import push_button

DEBOUNCE_MS = 400
# A whole-programme run slower than this is not repeated after every edit (it would hold the
# database worker); the panel offers "Check now" instead.
AUTO_LIMIT_S = 1.0
# Nor is it run by itself at all on a programme this large (about 0.25 s per 1,000 events and
# visits): on 10,000 it held the database worker for 2-3 s just after the window opened.
AUTO_ITEMS = 3000
# The list shows the first findings only: building 18,000 rows froze the window for 0.8 s
# on the large synthetic programme. The summary still counts them all.
SHOWN = 500
SCOPES = {"event": Scope.event, "delegation": Scope.delegation, "programme": Scope.programme}
PROBLEM, CONCERNS_COLUMN = 0, 1  # the columns (ChecksPanel.CONCERNS: kinds it follows)
# The Concerns column is as wide as its text: names are cut to this many characters so the
# problem keeps most of the room (a 1024-pixel window still shows it on one or two lines).
CONCERNS_CHARS = 40
# The panel's height (px) while it lists problems; with none it is a single line.
LIST_HEIGHT = 150


class FindingItem(QTreeWidgetItem):
    """A finding: what is wrong first (wrapped, whole), then what it concerns. Sorting by the
    problem keeps errors before warnings."""

    def __init__(self, found: Finding) -> None:
        names = [i.label for i in found.items]
        shown = concerns_text(names)
        super().__init__([problem_text(found), shown])
        self.setIcon(PROBLEM, marker_icon(found.is_error))
        self.setToolTip(PROBLEM, found.message)
        self.setToolTip(CONCERNS_COLUMN, "\n".join(names))
        self.setData(PROBLEM, Qt.ItemDataRole.UserRole, found)
        self._keys = ((not found.is_error, found.message.casefold()),
                      (shown.casefold(), found.message.casefold()))

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else PROBLEM
        if isinstance(other, FindingItem):
            return self._keys[column] < other._keys[column]
        return super().__lt__(other)


def findings_list() -> QTreeWidget:
    """The list of findings: the problem takes the room left by the items it concerns, and
    wraps rather than hiding its end; sorted as the user last chose, else errors first."""
    tree = QTreeWidget()
    tree.setObjectName("checks_list")
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setHeaderLabels([tr("ChecksPanel", "Problem"), tr("ChecksPanel", "Concerns")])
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(CONCERNS_COLUMN, QHeaderView.ResizeMode.Interactive)
    column, order = saved_sort(tree.objectName()) or (PROBLEM, Qt.SortOrder.AscendingOrder)
    tree.sortByColumn(min(column, CONCERNS_COLUMN), order)
    tree.setSortingEnabled(True)
    header.sectionClicked.connect(lambda _s: save_sort(
        tree.objectName(), header.sortIndicatorSection(), header.sortIndicatorOrder()))
    return tree


def fit_concerns(tree: QTreeWidget) -> None:
    """The Concerns column as wide as its (shortened) names, with room to spare: a wrapping
    view cuts a text that fills its cell exactly."""
    tree.resizeColumnToContents(CONCERNS_COLUMN)
    tree.header().resizeSection(CONCERNS_COLUMN, tree.header().sectionSize(CONCERNS_COLUMN) + 16)


def problem_text(found: Finding) -> str:
    """The message without the name it starts with ("Dongguan seminar: 9 people registered
    for 8 places..."): that name is in the Concerns column, and the problem must come first."""
    message = found.message
    for item in found.items[:1]:
        rest = message[len(item.label):] if item.label and message.startswith(item.label) else ""
        if rest[:1] in (":", "："):
            rest = rest[1:].strip()
            return rest[:1].upper() + rest[1:] if rest else message
    return message


def concerns_text(names: list[str], room: int = CONCERNS_CHARS) -> str:
    """The first thing concerned, shortened to `room` characters, and how many others:
    'Dongguan Songshan Lake Science and Technol… +2' (the tooltip lists them all)."""
    if not names:
        return ""
    first = ""
    for char in names[0]:  # a Chinese character takes the room of two Latin ones
        room -= 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if room < 1:
            first = first.rstrip() + "…"
            break
        first += char
    return first if len(names) == 1 else f"{first} +{len(names) - 1}"


class ChecksPanel(QDockWidget):
    # What the planning checks read (not check-ins, not feeds).
    CONCERNS = frozenset({"contact", "delegation", "event", "item", "itinerary", "member",
                          "organisation", "person", "programme", "registration", "session",
                          "setting", "travel_document", "venue"})

    def __init__(self, ctx: UiContext, scope_of: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("ChecksPanel", "Checks"), parent)
        self.setObjectName("checks_panel")
        self.ctx = ctx
        self.scope_of = scope_of  # () -> (kind, id) of the selection, or None
        self.scope = Scope.everything()
        self.findings: list[Finding] = []
        self.summary = QLabel()
        self.summary.setObjectName("checks_summary")
        self.check_now = push_button(tr("ChecksPanel", "Check &now"), "checks_now",
                                     lambda: self.run(forced=True))
        self._whole_took = 0.0
        self.list = findings_list()
        self.list.itemDoubleClicked.connect(self._open)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.check_now)
        box.addLayout(top)
        box.addWidget(self.list)
        self.setWidget(body)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self._generation = 0
        self._asked = False
        ctx.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(self.CONCERNS):
            self.schedule()

    def schedule(self) -> None:
        """Run again shortly (edits and selection changes come in bursts)."""
        self._timer.start()

    def _scope(self) -> Scope:
        chosen = self.scope_of()
        if chosen is not None and chosen[0] in SCOPES:
            return SCOPES[chosen[0]](chosen[1])
        return Scope.everything()

    def run(self, forced: bool = False) -> None:
        if forced:  # the organiser's own request supersedes a run still waiting to start
            self._timer.stop()
        self.scope = self._scope()
        scope, locale = self.scope, self.ctx.ui_locale
        if scope.kind == "all" and not forced and self._whole_took > AUTO_LIMIT_S:
            self.summary.setText(tr("ChecksPanel", "Checking the whole programme takes {0:.1f} s: "
                                    "press Check now.").format(self._whole_took))
            return
        self._generation += 1
        generation = self._generation
        started = time.perf_counter()
        if forced and scope.kind == "all":
            self._asked = True  # from now on the whole programme is checked as asked
        measure_first = scope.kind == "all" and not forced and not self._whole_took \
            and not self._asked

        def job(db: Any, progress: Any) -> list[Finding] | int:
            if measure_first:  # never run yet: not by itself on a large programme
                with db.read() as session:
                    size = programme_size(session)
                if size > AUTO_ITEMS:
                    return size
            from planner.checks.runner import check_database  # on the worker, on first use

            return check_database(db, scope, locale=locale, progress=progress)

        def done(result: list[Finding] | int) -> None:
            if isinstance(result, int):
                if generation == self._generation:  # nothing checked: nothing listed or marked
                    self.findings = []
                    self.list.clear()
                    self.ctx.set_findings([])
                    self.summary.setText(tr(
                        "ChecksPanel", "{0} events and visits: press Check now to check the "
                        "whole programme.").format(number_text(result)))
                return
            if scope.kind == "all":
                self._whole_took = time.perf_counter() - started
            if generation == self._generation:
                self.show_findings(result)

        self.ctx.runner.run(job, on_success=done,
                            on_failure=lambda error: self.summary.setText(self.ctx.message(error)))

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        ordered = sorted(findings, key=lambda f: (not f.is_error, f.code))
        self.list.addTopLevelItems([FindingItem(found) for found in ordered[:SHOWN]])
        fit_concerns(self.list)
        self.list.setUpdatesEnabled(True)
        errors = sum(1 for f in findings if f.is_error)
        where = tr("ChecksPanel", "the whole programme") if self.scope.kind == "all" \
            else tr("ChecksPanel", "the selection")
        if findings:
            text = tr("ChecksPanel", "{0}, {1} in {2}").format(
                counted(errors, tr("ChecksPanel", "{0} error"), tr("ChecksPanel", "{0} errors")),
                counted(len(findings) - errors, tr("ChecksPanel", "{0} warning"),
                        tr("ChecksPanel", "{0} warnings")), where)
            if len(ordered) > SHOWN:
                text += " " + tr("ChecksPanel", "(the first {0} are listed)").format(
                    number_text(SHOWN))
        else:
            text = tr("ChecksPanel", "No problems found in {0}.").format(where)
        self.summary.setText(text)
        self._fold(not findings)
        self.ctx.set_findings(findings)

    def _fold(self, empty: bool) -> None:
        """Nothing found: the panel is one line (its summary), and the section gets the room;
        problems found: the list opens again at its usual height."""
        if self.list.isHidden() == empty:
            return
        self.list.setHidden(empty)
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating():
            window.resizeDocks([self], [1 if empty else LIST_HEIGHT], Qt.Orientation.Vertical)

    def _open(self, item: QTreeWidgetItem) -> None:
        found: Finding | None = item.data(0, Qt.ItemDataRole.UserRole)
        if found is not None and found.items:
            first = found.items[0]
            self.ctx.open_item.emit(first.kind, first.id)
