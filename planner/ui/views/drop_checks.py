"""The checks while an item is dragged: each proposal of the calendar's week view or a
delegation's timeline is checked on the worker (planner.checks.proposal), a moment after the
pointer rests (debounced), one at a time with the latest proposal winning; answers about a place
the item has already left are dropped. The drop stays allowed: the organiser decides."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from planner.checks.findings import PROPOSAL_KINDS, Finding, Severity
from planner.domain.errors import PlannerError
from planner.ui.context import UiContext
from planner.ui.text import tr
from planner.ui.views.schedule_moves import shifted
from planner.ui.widgets.timeline_edit import EditableTimeline

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.domain.schedule import Schedule

DEBOUNCE_MS = 120  # the pointer rests this long before a place is checked
MAX_LINES = 4

Proposal = tuple[Any, int, int]  # payload, start shift, end shift (minutes)


def problems_text(findings: list[Finding]) -> tuple[str | None, str]:
    """(worst severity, tooltip text) of the findings; (None, "") when there are none."""
    if not findings:
        return None, ""
    worst = "error" if any(f.severity is Severity.ERROR for f in findings) else "warning"
    lines = [f"• {f.message}" for f in findings[:MAX_LINES]]
    if len(findings) > MAX_LINES:
        lines.append(tr("DropChecks", "… and {0} more (see Checks)").format(
            len(findings) - MAX_LINES))
    return worst, "\n".join([tr("DropChecks", "Dropped here:"), *lines])


def _proposal_findings(session: Session, kind: str, ident: int, schedule: Schedule, *,
                       locale: str | None = None) -> list[Finding]:
    """On the worker: the checks are imported on the first drag, not with the view."""
    from planner.checks.proposal import proposal_findings

    return proposal_findings(session, kind, ident, schedule, locale=locale)


class DropChecks(QObject):
    def __init__(self, ctx: UiContext, timeline: EditableTimeline,
                 kind_of: Callable[[Any], str], view_zone: str | None = None) -> None:
        super().__init__(timeline)
        self.view_zone = view_zone  # the clock the timeline shows (None: each item's own)
        self.ctx, self.timeline, self.kind_of = ctx, timeline, kind_of
        self.latest: Proposal | None = None
        self.running = False  # a check is on the worker: the next waits for its answer
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run)
        timeline.proposal_changed.connect(self._proposed)
        timeline.drag_finished.connect(self._finished)

    def _proposed(self, payload: Any, start_shift: int, end_shift: int) -> None:
        if payload is None or self.kind_of(payload) not in PROPOSAL_KINDS:
            return  # sessions: no check concerns them
        self.latest = (payload, start_shift, end_shift)
        self.timer.start()

    def _finished(self) -> None:
        self.latest = None
        self.timer.stop()

    def _run(self) -> None:
        proposal = self.latest
        if proposal is None or self.running:
            return  # the answer on its way starts the latest proposal
        payload, start_shift, end_shift = proposal
        try:
            schedule = shifted(payload.schedule, start_shift, end_shift, self.view_zone)
        except PlannerError:
            return  # an impossible time: the drop itself says why
        self.running = True
        self.ctx.runner.read(_proposal_findings, self.kind_of(payload), payload.id, schedule,
                             locale=self.ctx.ui_locale,
                             on_success=lambda found: self._answered(proposal, found),
                             on_failure=lambda _error: self._answered(proposal, None))

    def _answered(self, proposal: Proposal, found: list[Finding] | None) -> None:
        self.running = False
        if self.latest is None:
            return  # dropped or cancelled meanwhile
        if self.latest != proposal:
            self._run()  # moved on while this one was checked: check where it is now
            return
        if found is not None:  # a failed check (a busy database) shows nothing
            severity, text = problems_text(found)
            self.timeline.show_problems(*proposal, severity, text)
