"""Create or edit an event: every field of the model, its organisers, its sessions, and a venue
(which sets the time zone) that can be created on the spot. Nothing is written until OK: the
view saves the event with its organisers and sessions as one batch (one undo step)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.enums import EventKind, OrganiserRole, Status
from planner.domain.errors import Problem, ValidationError
from planner.domain.schedule import Schedule
from planner.domain.validation import TITLE_FIELDS, values_of
from planner.i18n import render
from planner.operations.base import Earlier
from planner.operations.events import validate_event
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.discard import ConfirmDiscard
from planner.ui.dialogs.sessions_tab import SessionsTab, session_problems
from planner.ui.labels import fill_combo, label
from planner.ui.reference import Reference
from planner.ui.text import bilingual, primary_secondary, tr
from planner.ui.widgets.schedule_edit import ScheduleEdit
from planner.ui.widgets.venue_picker import Create, VenuePicker


def enum_combo(enum: Any, name: str) -> QComboBox:
    """A combo box of a vocabulary: translated labels shown, stored values as item data."""
    combo = QComboBox()
    combo.setObjectName(name)
    return fill_combo(combo, enum)


def compact(combo: QComboBox, chars: int = 32) -> QComboBox:
    """A combo box of long names (items, organisations) that does not widen its dialog past a
    small screen; the chosen name in full is its tooltip, and the list shows every name."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


def item_label(item: rows.ItemRow) -> str:
    """A co-operation item in a combo box: year, number and title in the interface language."""
    title = primary_secondary(item.title_en, item.title_zh_hant, item.title_zh_hans)[0]
    return f"{item.year} ({item.number}) {title}"


def role_label(role: str) -> str:
    return label(OrganiserRole(role))


def scrolled(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the dialog is smaller than the page (a 1024x700 screen)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class EventDialog(ConfirmDiscard, EditDialog):
    """`show` opens a session's dialog (the context's dialog service); `create_venue` saves a
    venue made on the spot (planner.ui.views.base.venue_creator). Editing an event, the view
    reads its sessions and hands them to `sessions.load`."""

    def __init__(self, reference: Reference, event: rows.EventRow | None = None,
                 locale: str = "en", parent: QWidget | None = None, *,
                 create_venue: Create | None = None,
                 show: Callable[[QDialog], None] | None = None) -> None:
        title = tr("EventDialog", "New event") if event is None else tr("EventDialog", "Edit event")
        super().__init__(title, locale, parent, embed_form=False)
        self.current_event = event
        self.reference = reference
        self.create_venue = create_venue
        self.tabs = QTabWidget()
        self.tabs.setObjectName("event_tabs")
        main = QWidget()
        main.setLayout(self.form)
        self.tabs.addTab(scrolled(main), tr("EventDialog", "&Event"))
        self.tabs.addTab(self._organisers_tab(), tr("EventDialog", "&Organisers"))
        self.layout_.insertWidget(0, self.tabs)
        self._build_fields()
        self.sessions = SessionsTab(event_schedule=self.schedule_or_none,
                                    event_venue=self.venue.value,
                                    venues=lambda: self.venue.venues,
                                    show=show or (lambda dialog: dialog.open()),
                                    create_venue=create_venue,
                                    remember_venue=self.remember_venue, locale=locale,
                                    parent=self)
        self.tabs.addTab(self.sessions, tr("EventDialog", "&Sessions"))
        self.sessions.table.changed.connect(self._count_sessions)
        self.sessions.model.modelReset.connect(self._count_sessions)
        if event is not None:
            self._load(event)
            self.sessions.loading()
        self.sessions.set_event_start(self._start())
        self.schedule.start.dateTimeChanged.connect(
            lambda _value: self.sessions.event_moved(self._start()))
        self.resize(780, 600)

    def _build_fields(self) -> None:
        form = self.form
        self.kind = form.add_field("kind", tr("EventDialog", "&Kind"), enum_combo(EventKind, "kind"))
        self.status = form.add_field("status", tr("EventDialog", "Stat&us"),
                                  enum_combo(Status, "status"))
        self.title_en = form.add_field("title_en", tr("EventDialog", "Title (&English)"), QLineEdit())
        self.title_zh_hant = form.add_field("title_zh_hant", tr("EventDialog", "Title (&Traditional Chinese)"), QLineEdit())
        self.title_zh_hans = form.add_field("title_zh_hans", tr("EventDialog", "Title (Si&mplified Chinese)"), QLineEdit())
        self.theme_en = form.add_field("theme_en", tr("EventDialog", "T&heme"), QLineEdit())
        self.schedule = form.add_field("schedule", tr("EventDialog", "&When"), ScheduleEdit())
        self.venue = form.add_field("venue_id", tr("EventDialog", "&Venue"),
                                 VenuePicker(self.reference.venues, create=self.create_venue,
                                             locale=self.ui_locale))
        self.venue.setToolTip(tr("EventDialog", "Choosing a venue sets the time zone to the "
                                 "venue's"))
        self.venue.changed.connect(self._venue_changed)
        self.item = form.add_field("item_id", tr("EventDialog", "Co-operation &item"),
                                compact(QComboBox()))
        self.item.addItem(tr("EventDialog", "(none)"), None)
        for item in self.reference.items:
            self.item.addItem(item_label(item), item.id)
        self.capacity = form.add_field("capacity", tr("EventDialog", "&Capacity"), QSpinBox())
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText(tr("EventDialog", "no limit"))
        self.confidential = form.add_field("confidential", tr("EventDialog", "Con&fidential"),
                                        QCheckBox(tr("EventDialog", "Never in calendars, feeds or shared lists")))
        self.description = form.add_field("description_en", tr("EventDialog", "&Description"), QPlainTextEdit())
        self.description.setFixedHeight(80)
        for name in ("title_en", "title_zh_hant", "title_zh_hans", "theme_en"):
            self.form.field_widget(name).setObjectName(name)
        self.title_en.setFocus()

    def _organisers_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.organisers = QListWidget()
        self.organisers.setObjectName("organisers")
        box.addWidget(self.organisers)
        row = QHBoxLayout()
        self.org_pick = compact(QComboBox())
        self.org_pick.setObjectName("organisation_pick")
        for org in self.reference.organisations:
            self.org_pick.addItem(f"{org.code or ''} {bilingual(org.name_en, org.name_zh_hant, org.name_zh_hans)}".strip(), org.id)
        self.role_pick = enum_combo(OrganiserRole, "role_pick")
        add = QPushButton(tr("EventDialog", "&Add"))
        add.clicked.connect(self._add_organiser)
        remove = QPushButton(tr("EventDialog", "&Remove"))
        remove.clicked.connect(lambda: self.organisers.takeItem(self.organisers.currentRow()))
        for widget in (self.org_pick, self.role_pick, add, remove):
            row.addWidget(widget)
        box.addLayout(row)
        return page

    def _add_organiser(self) -> None:
        self._append_organiser(self.org_pick.currentData(), self.org_pick.currentText(),
                               self.role_pick.currentData())

    def _append_organiser(self, org_id: int, label: str, role: str) -> None:
        item = QListWidgetItem(f"{label} — {role_label(role)}")
        item.setData(Qt.ItemDataRole.UserRole, (org_id, role))
        self.organisers.addItem(item)

    def _venue_changed(self, venue: rows.VenueRow | None) -> None:
        if venue is not None:
            self.schedule.timezone.setCurrentText(venue.timezone)

    def remember_venue(self, venue: rows.VenueRow) -> None:
        """A venue a session's picker created: into this list too, the event's left as it is."""
        if any(v.id == venue.id for v in self.venue.venues):
            return
        chosen = self.venue.value()
        self.venue.blockSignals(True)  # neither the event's venue nor its zone changes
        self.venue.add_venue(venue)
        self.venue.set_value(chosen)
        self.venue.blockSignals(False)

    def preset_schedule(self, schedule: Schedule) -> None:
        """Start a new event at a time chosen elsewhere (a day or slot in the calendar)."""
        self.schedule.set_value(schedule)
        self.sessions.set_event_start(self._start())

    def _start(self) -> datetime:
        start = self.schedule.start.dateTime()
        day, time = start.date(), start.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def schedule_or_none(self) -> Schedule | None:
        """The event's span as entered, or None while it is not valid."""
        try:
            return self.schedule.value()
        except ValidationError:
            return None

    def unsaved_rows(self) -> str:
        return tr("EventDialog", "The changes to the sessions") if self.sessions.drafts.changed() \
            else ""

    def _count_sessions(self) -> None:
        count = len(self.sessions.drafts.drafts)
        self.tabs.setTabText(2, tr("EventDialog", "&Sessions ({0})").format(count) if count
                             else tr("EventDialog", "&Sessions"))

    def _load(self, event: rows.EventRow) -> None:
        self.kind.setCurrentIndex(self.kind.findData(event.kind.value))
        self.status.setCurrentIndex(self.status.findData(event.status.value))
        for name in ("title_en", "title_zh_hant", "title_zh_hans", "theme_en"):
            self.form.field_widget(name).setText(getattr(event, name) or "")  # type: ignore[attr-defined]
        self.description.setPlainText(event.description_en or "")
        self.venue.set_value(event.venue.id if event.venue else None)
        self.schedule.set_value(event.schedule)
        self.item.setCurrentIndex(max(0, self.item.findData(event.item.id if event.item else None)))
        self.capacity.setValue(event.capacity or 0)
        self.confidential.setChecked(event.confidential)
        for organiser in event.organisers:
            org = organiser.organisation
            self._append_organiser(org.id, f"{org.code or ''} {bilingual(org.name_en, org.name_zh_hant, org.name_zh_hans)}".strip(),
                                   organiser.role.value)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "kind": self.kind.currentData(), "status": self.status.currentData(),
            "title_en": self.title_en.text(), "title_zh_hant": self.title_zh_hant.text(),
            "title_zh_hans": self.title_zh_hans.text(), "theme_en": self.theme_en.text(),
            "description_en": self.description.toPlainText(),
            "venue_id": self.venue.value(), "item_id": self.item.currentData(),
            "capacity": self.capacity.value() or None,
            "confidential": self.confidential.isChecked(),
        }
        problems: list[Problem] = []
        try:
            values["schedule"] = self.schedule.value()
        except ValidationError as error:
            problems.extend(error.problems)
        try:
            current = None if self.current_event is None else values_of(self.current_event, TITLE_FIELDS)
            validate_event(values, current)
        except ValidationError as error:
            # A missing schedule was already explained by the schedule editor itself.
            problems.extend(p for p in error.problems if p.field != "schedule")
        try:
            self.sessions.check(values.get("schedule"))
        except ValidationError as error:
            problems.extend(error.problems)
        if problems:
            raise ValidationError(problems)
        values["organisers"] = [self.organisers.item(i).data(Qt.ItemDataRole.UserRole)
                                for i in range(self.organisers.count())]
        return values

    def show_error(self, error: BaseException) -> None:
        """Problems with the sessions appear beside their table, the others beside the fields;
        the tab holding the first of them is brought forward."""
        ours, rest = session_problems(error)
        if not ours:
            self.sessions.table.clear_problems()
            super().show_error(error)
            self.tabs.setCurrentIndex(0)
            return
        self.form.clear_problems()
        if rest:
            self.form.show_problems(rest, lambda p: render(p, self.ui_locale))
        if not self.sessions.table.problem.text():  # a refusal of the core, not our own check
            self.sessions.show_error(ours)
        self.tabs.setCurrentIndex(0 if rest else 2)

    def batch(self, values: dict[str, Any], version: int | None = None) -> list[dict[str, Any]]:
        """The steps that save what the dialog holds: the event (created, or updated at
        `version`), then each session that changed."""
        if self.current_event is None:
            return [{"op": "event.create", "args": values}, *self.sessions.steps(Earlier(0))]
        event = self.current_event
        if not self.sessions.drafts.ready:  # not read yet: the core carries them along
            return [{"op": "event.update", "args": {
                "ident": event.id, "version": event.version if version is None else version,
                **values}}]
        return [{"op": "event.update", "args": {
            "ident": event.id, "version": event.version if version is None else version,
            "move_sessions": False, **values}}, *self.sessions.steps(event.id)]

