"""Create or edit one session of an event's agenda, inside the event dialog (nothing is written
until that dialog's OK): titles in three scripts, when, room, speakers, venue and notes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from planner.domain import rows
from planner.domain.errors import Problem, ValidationError
from planner.domain.schedule import Schedule
from planner.operations.sessions import validate_session
from planner.ui.dialogs.base import EditDialog
from planner.ui.models.sessions import session_title
from planner.ui.text import tr
from planner.ui.widgets.schedule_edit import ScheduleEdit
from planner.ui.widgets.scripts import ScriptSuggestion, with_button
from planner.ui.widgets.venue_picker import Create, VenuePicker

TITLES = ("title_en", "title_zh_hant", "title_zh_hans")


def outside(schedule: Schedule, event: Schedule) -> bool:
    """Whether a session's span leaves its event's (the rule the core judges by)."""
    start, end = schedule.utc_bounds()
    event_start, event_end = event.utc_bounds()
    return start < event_start or end > event_end


def outside_problem(values: dict[str, Any], event: Schedule, field: str = "schedule") -> Problem:
    start, end = event.iso()
    return Problem("session_outside_event", {"session": session_title(values) or "—",
                                             "start": start, "end": end}, field)


class SessionDialog(EditDialog):
    def __init__(self, venues: Iterable[rows.VenueRow], event: Schedule | None,
                 values: dict[str, Any] | None = None, *, default: Schedule | None = None,
                 venue_id: int | None = None, create_venue: Create | None = None,
                 locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(tr("SessionDialog", "New session") if values is None
                         else tr("SessionDialog", "Edit session"), locale, parent)
        self.setObjectName("session_dialog")
        self.current_event = event
        form = self.form
        self.titles: dict[str, QLineEdit] = {}
        for name in TITLES:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.titles[name] = edit
        self.suggest = ScriptSuggestion(self.titles["title_zh_hant"],
                                        self.titles["title_zh_hans"], self)
        form.add_field("title_en", tr("SessionDialog", "Title (&English)"), self.titles["title_en"])
        form.add_field("title_zh_hant", tr("SessionDialog", "Title (&Traditional Chinese)"),
                    with_button(self.titles["title_zh_hant"], self.suggest.hant_button))
        form.add_field("title_zh_hans", tr("SessionDialog", "Title (Si&mplified Chinese)"),
                    with_button(self.titles["title_zh_hans"], self.suggest.hans_button))
        self.schedule = form.add_field("schedule", tr("SessionDialog", "&When"), ScheduleEdit())
        self.schedule.precision.hide()  # a session has exact times
        if event is not None:
            self.schedule.setToolTip(tr("SessionDialog", "Within the event: {0} to {1}")
                                     .format(*event.iso()))
        self.room = form.add_field("room", tr("SessionDialog", "&Room"), QLineEdit())
        self.room.setObjectName("room")
        self.room.setPlaceholderText(tr("SessionDialog", "e.g. Room 2, 3/F"))
        self.speaker = form.add_field("speaker", tr("SessionDialog", "Spea&kers"), QLineEdit())
        self.speaker.setObjectName("speaker")
        self.speaker.setPlaceholderText(tr("SessionDialog", "Names and organisations, as they "
                                           "should be printed"))
        self.venue = form.add_field("venue_id", tr("SessionDialog", "&Venue"),
                                 VenuePicker(venues, create=create_venue, locale=locale))
        self.venue.changed.connect(self._venue_changed)
        self.notes = form.add_field("notes", tr("SessionDialog", "N&otes"), QPlainTextEdit())
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)
        if values is None:
            self.schedule.set_value(default, event.timezone if event else "Asia/Hong_Kong")
            self.venue.set_value(venue_id)
        else:
            self._load(values)
        self.titles["title_en"].setFocus()
        self.resize(620, 480)

    def _load(self, values: dict[str, Any]) -> None:
        for name, edit in self.titles.items():
            edit.setText(values.get(name) or "")
        self.schedule.set_value(values["schedule"])
        self.room.setText(values.get("room") or "")
        self.speaker.setText(values.get("speaker") or "")
        self.venue.set_value(values.get("venue_id"))
        self.notes.setPlainText(values.get("notes") or "")

    def _venue_changed(self, venue: rows.VenueRow | None) -> None:
        if venue is not None:  # a session is planned on its venue's clock, as its event is
            self.schedule.timezone.setCurrentText(venue.timezone)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.titles.items()}
        values.update(room=self.room.text(), speaker=self.speaker.text(),
                      venue_id=self.venue.value(), notes=self.notes.toPlainText())
        problems: list[Problem] = []
        try:
            values["schedule"] = self.schedule.value()
        except ValidationError as error:
            problems.extend(error.problems)
        try:
            validate_session(values)
        except ValidationError as error:
            problems.extend(p for p in error.problems if p.field != "schedule")
        if "schedule" in values and self.current_event is not None \
                and outside(values["schedule"], self.current_event):
            problems.append(outside_problem(values, self.current_event))
        if problems:
            raise ValidationError(problems)
        return values
