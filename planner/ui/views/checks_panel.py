"""The Checks panel: planning problems for what is on screen, refreshed after every edit."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from planner.checks import Finding, Scope, check_database
from planner.store.check_queries import programme_size
from planner.ui.context import UiContext
from planner.ui.formats import number_text
from planner.ui.models.base import marker_icon
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


class ChecksPanel(QDockWidget):
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
        self.list = QTreeWidget()
        self.list.setObjectName("checks_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([tr("ChecksPanel", "Problem"), tr("ChecksPanel", "Concerns")])
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
        ctx.data_changed.connect(self.schedule)

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
        self.list.clear()
        ordered = sorted(findings, key=lambda f: (f.severity.value != "error", f.code))
        for found in ordered[:SHOWN]:
            item = QTreeWidgetItem([found.message, ", ".join(i.label for i in found.items[:2])])
            item.setIcon(0, marker_icon(found.severity.value == "error"))
            item.setToolTip(0, found.message)
            item.setData(0, Qt.ItemDataRole.UserRole, found)
            self.list.addTopLevelItem(item)
        errors = sum(1 for f in findings if f.severity.value == "error")
        where = tr("ChecksPanel", "the whole programme") if self.scope.kind == "all" \
            else tr("ChecksPanel", "the selection")
        self.summary.setText(tr("ChecksPanel", "{0} errors, {1} warnings in {2}").format(
            errors, len(findings) - errors, where) if findings
            else tr("ChecksPanel", "No problems found in {0}.").format(where))
        if len(ordered) > SHOWN:
            self.list.addTopLevelItem(QTreeWidgetItem([tr("ChecksPanel", "… and {0} more").format(
                len(ordered) - SHOWN)]))
        self.ctx.set_findings(findings)

    def _open(self, item: QTreeWidgetItem) -> None:
        found: Finding | None = item.data(0, Qt.ItemDataRole.UserRole)
        if found is not None and found.items:
            first = found.items[0]
            self.ctx.open_item.emit(first.kind, first.id)
