"""The event dialog's Sessions tab: the agenda as drafts, edited in SessionDialogs and saved with
the event in one batch. Moving the event's start moves the sessions whose time the organiser
did not change by hand, by as much, as the core does for a moved event."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from planner.domain import rows
from planner.domain.errors import PlannerError, Problem, ValidationError
from planner.domain.schedule import Schedule, zone
from planner.i18n import render
from planner.ui.dialogs.session_dialog import SessionDialog, outside, outside_problem
from planner.ui.models.drafts import Draft, DraftList, loaded
from planner.ui.models.sessions import SessionsModel, session_values
from planner.ui.text import tr
from planner.ui.widgets.draft_table import DraftTable
from planner.ui.widgets.venue_picker import Create

# Core problems that belong to the sessions rather than to the event's own fields.
SESSION_CODES = {"session_outside_event"}


def default_schedule(event: Schedule | None, sessions: Iterable[Schedule]) -> Schedule | None:
    """Where a new session goes: where the last one ends while that is inside the event, else
    at the event's start; an hour long, but never past the event's end."""
    if event is None:
        return None
    if event.all_day:
        assert event.first_day and event.last_day
        first = datetime.combine(event.first_day, time(9))
        last = datetime.combine(event.last_day + timedelta(days=1), time(0))
    else:
        assert event.end is not None
        first, last = event.local_start(), event.end.replace(tzinfo=None)
    start = first
    ends = [s.end.astimezone(zone(event.timezone)).replace(tzinfo=None)
            for s in sessions if not s.all_day and s.end]
    if ends and first <= max(ends) < last:
        start = max(ends)
    end = min(start + timedelta(hours=1), last) if last > start else start
    try:
        return Schedule.timed(start, end, event.timezone)
    except ValidationError:
        return None


class SessionsTab(QWidget):
    def __init__(self, *, event_schedule: Callable[[], Schedule | None],
                 event_venue: Callable[[], int | None],
                 venues: Callable[[], list[rows.VenueRow]],
                 show: Callable[[QDialog], None], create_venue: Create | None = None,
                 remember_venue: Callable[[rows.VenueRow], None] | None = None,
                 locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_schedule, self.event_venue, self.venues = event_schedule, event_venue, venues
        self.remember_venue = remember_venue
        self.show_dialog, self.create_venue, self.ui_locale = show, create_venue, locale
        self.drafts = DraftList(ordered=True)
        self.model = SessionsModel(self.drafts, parent=self)
        self.table = DraftTable(self.model, "sessions_table", (
            ("add", tr("SessionsTab", "&Add…"), tr("SessionsTab", "Add a session to the agenda")),
            ("edit", tr("SessionsTab", "Ed&it…"), tr("SessionsTab", "Change the chosen session")),
            ("remove", tr("SessionsTab", "&Remove"),
             tr("SessionsTab", "Take the chosen session out of the agenda (on OK)")),
            ("up", tr("SessionsTab", "Move &up"), tr("SessionsTab", "Earlier in the agenda")),
            ("down", tr("SessionsTab", "Move do&wn"), tr("SessionsTab", "Later in the agenda"))))
        self.table.add_clicked.connect(lambda: self.open(None))
        self.table.edit_clicked.connect(self.open)
        self.hint = QLabel(tr("SessionsTab", "Sessions are saved with the event when you press "
                              "OK. Moving the event's start moves the sessions whose time you "
                              "did not change by hand."))
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("sessions_status")
        self.status.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addWidget(self.status)
        box.addWidget(self.table, 1)
        # Where each movable session was and the event's start then (see `event_moved`).
        self._anchors: dict[Draft, tuple[Schedule, datetime]] = {}
        self._origin: datetime | None = None  # the event's start as the dialog opened
        self._event_start: datetime | None = None

    # ----- loading --------------------------------------------------------------------------
    def loading(self) -> None:
        """The stored sessions are being read: nothing can be changed until they are here."""
        self.drafts.ready = False
        self.status.setText(tr("SessionsTab", "Reading the sessions…"))
        self.status.show()
        self.table.refresh()

    def load(self, sessions: Iterable[rows.SessionRow]) -> None:
        """The stored sessions; if the event's start moved while they were being read, they
        follow it at once."""
        drafts = loaded(sessions, session_values)
        self.model.change(lambda: self.drafts.load(drafts))
        self._anchors = {d: (d.values["schedule"], self._origin) for d in drafts
                         if self._origin is not None}
        if self._event_start is not None:
            self._follow(self._event_start)
        self.status.hide()
        self.table.fit(0 if drafts else -1)

    def load_failed(self, message: str) -> None:
        self.status.setText(tr("SessionsTab", "The sessions could not be read: {0}")
                            .format(message))
        self.status.show()

    # ----- moving with the event ------------------------------------------------------------
    def set_event_start(self, start: datetime) -> None:
        """The event's start as the dialog opened."""
        self._origin = self._event_start = start

    def event_moved(self, start: datetime) -> None:
        """The event's start is now `start`: the sessions not set by hand follow it."""
        if self._event_start is None:
            self.set_event_start(start)
            return
        self._follow(start)
        self._event_start = start
        self.table.refresh()

    def _follow(self, start: datetime) -> None:
        for draft in self.drafts.drafts:
            if "schedule" in draft.touched:
                continue
            base, then = self._anchors.setdefault(draft, (draft.values["schedule"],
                                                          self._event_start or start))
            try:
                draft.values["schedule"] = base.shifted(start - then)
            except ValidationError:  # a time the clocks skip: leave it where it was
                continue

    # ----- editing --------------------------------------------------------------------------
    def open(self, row: int | None) -> None:
        if not self.drafts.ready:
            return
        draft = None if row is None or row < 0 else self.drafts.drafts[row]
        event = self.event_schedule()
        others = [d.values["schedule"] for d in self.drafts.drafts]
        dialog = SessionDialog(self.venues(), event, None if draft is None else draft.values,
                               default=default_schedule(event, others),
                               venue_id=self.event_venue(), create_venue=self.create_venue,
                               locale=self.ui_locale, parent=self)

        def accepted(values: dict[str, Any]) -> None:
            chosen = dialog.venue.venue()
            if chosen is not None and self.remember_venue is not None:
                self.remember_venue(chosen)  # made on the spot: offered to the next session
            if draft is None:
                self.table.append(values)
            else:
                if values["schedule"] != draft.values["schedule"]:
                    draft.touched.add("schedule")  # set by hand: it stays where it was put
                    self._anchors.pop(draft, None)
                draft.values.update(values)
                self.table.refresh(row)
                self.table.changed.emit()
            dialog.saved()

        dialog.submitted.connect(accepted)
        self.show_dialog(dialog)

    # ----- saving ---------------------------------------------------------------------------
    def check(self, event: Schedule | None) -> None:
        """Refuse sessions outside the event, naming them beside the table."""
        self.table.clear_problems()
        if event is None:
            return
        problems = {i: [render(outside_problem(d.values, event, "sessions"), self.ui_locale)]
                    for i, d in enumerate(self.drafts.drafts)
                    if outside(d.values["schedule"], event)}
        if problems:
            self.table.show_problems("\n".join(m for ms in problems.values() for m in ms),
                                     problems)
            raise ValidationError([outside_problem(self.drafts.drafts[i].values, event,
                                                   "sessions") for i in problems])

    def show_error(self, problems: Iterable[Problem]) -> None:
        self.table.show_problems("\n".join(render(p, self.ui_locale) for p in problems))

    def steps(self, event_ref: Any) -> list[dict[str, Any]]:
        return self.drafts.steps("session", {"event_id": event_ref})


def session_problems(error: BaseException) -> tuple[list[Problem], list[Problem]]:
    """A refusal's problems: (those about the sessions, the rest)."""
    if not isinstance(error, PlannerError):
        return [], []
    ours = [p for p in error.problems if p.code in SESSION_CODES or p.field == "sessions"]
    return ours, [p for p in error.problems if p not in ours]
