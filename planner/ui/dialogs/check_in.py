"""Check-in at the door: search by name (either script), organisation or badge code, then
Enter or a click checks the person in (or out) for today's day of the event. For an event that
is over (or not today) the desk records past attendance, from a signed sheet: at the time in
its time field (the event's start by default, on the event's clock), on that day.

Searches run on the worker after a short pause in typing; a badge scanner types its code
and Enter at once, so Enter searches straight away and acts on a single match.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.changes import Changes
from planner.operations.participants import attendance, check_in, check_out, walk_in
from planner.store import queries
from planner.store.participant_queries import CheckInCounts, CheckInRow
from planner.ui.context import UiContext
from planner.ui.dialogs.person_dialog import PersonDialog
from planner.ui.dialogs.person_picker import PersonPicker
from planner.ui.formats import date_text, time_text
from planner.ui.labels import label
from planner.ui.text import bilingual, tr
from planner.ui.widgets.attendance_time import AttendanceTimeEdit
from planner.ui.widgets.buttons import push_button

DEBOUNCE_MS = 200


class CheckInDialog(QDialog):
    # The event's registrations and check-ins.
    CONCERNS = frozenset({"attendance", "event", "organisation", "person", "registration",
                          "session"})

    def __init__(self, ctx: UiContext, event: rows.EventRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_in_dialog")
        self.ctx, self.event_row = ctx, event
        self.zone = ZoneInfo(event.schedule.timezone)
        self.setWindowTitle(tr("CheckIn", "Check-in: {0}").format(
            bilingual(event.title_en, event.title_zh_hant, event.title_zh_hans)))
        self.results: list[CheckInRow] = []
        self.when: attendance.AttendanceTime | None = None  # None until read: today
        self.day: date | None = None
        self.time_edit: AttendanceTimeEdit | None = None
        self.past_row = QHBoxLayout()
        self._searched = ""  # the text the shown results belong to
        self._act_after_search = False
        self.counters = QLabel()
        self.counters.setObjectName("check_in_counters")
        self.search = QLineEdit()
        self.search.setObjectName("check_in_search")
        self.search.setPlaceholderText(tr("CheckIn", "Name (English or Chinese), organisation, or scan "
                                          "a badge"))
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.search.setFont(font)
        self.list = QTableWidget()
        self.list.setObjectName("check_in_results")
        self.list.setColumnCount(4)
        self.list.setHorizontalHeaderLabels([tr("CheckIn", "Name"), tr("CheckIn", "Organisation"),
                                             tr("CheckIn", "Status"), tr("CheckIn", "Today")])
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.cellActivated.connect(lambda r, _c: self.toggle(r))
        self.list.cellDoubleClicked.connect(lambda r, _c: self.toggle(r))
        self.last = QLabel()
        self.last.setObjectName("check_in_last")
        self.toggle_button = push_button(tr("CheckIn", "Check &in / out"), "check_in_toggle",
                                         lambda: self.toggle(self.list.currentRow()))
        self.walk_in_button = QPushButton(tr("CheckIn", "&Walk-in…"))
        self.walk_in_button.setObjectName("check_in_walk_in")
        menu = QMenu(self.walk_in_button)
        self.walk_in_existing = self._menu_action(menu, "walk_in_existing",
                                                  tr("CheckIn", "&Someone already in the database…"),
                                                  self.add_existing)
        self.walk_in_new = self._menu_action(menu, "walk_in_new", tr("CheckIn", "A &new person…"),
                                             self.add_new)
        self.walk_in_button.setMenu(menu)
        close = QPushButton(tr("CheckIn", "&Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.toggle_button, self.walk_in_button):
            widget.setAutoDefault(False)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.counters)
        box.addLayout(self.past_row)
        for part in (self.search, self.list, self.last):
            box.addWidget(part)
        box.addLayout(bar)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.enter)
        self.search.installEventFilter(self)
        ctx.data_changed.connect(self._data_changed)
        self.resize(760, 560)
        ctx.runner.read(attendance.attendance_time, event.id, on_success=self._timed)

    def _timed(self, when: attendance.AttendanceTime) -> None:
        """Today's event: check-ins now. Any other: the time field for past attendance."""
        self.when, self.day = when, when.day
        if not when.on_today:
            note = QLabel(tr("CheckIn", "This event is not on today: attendance is recorded at"))
            note.setObjectName("check_in_past_note")
            self.time_edit = AttendanceTimeEdit(when, self)
            note.setBuddy(self.time_edit)
            self.time_edit.dateTimeChanged.connect(lambda _v: self._moved())
            zone = QLabel(tr("CheckIn", "(the event's time, {0})").format(when.timezone))
            for widget in (note, self.time_edit, zone):
                self.past_row.addWidget(widget)
            self.past_row.addStretch(1)
        self._set_day_header()
        self.refresh_counters()

    def _moved(self) -> None:
        """Another day in the time field: its counters, and the results' marks for it."""
        assert self.time_edit is not None
        picked = self.time_edit.dateTime().date()
        day = date(picked.year(), picked.month(), picked.day())
        if day != self.day:
            self.day = day
            self._set_day_header()
            self.refresh()

    def _set_day_header(self) -> None:
        day = self.day
        text = tr("CheckIn", "Today") if self.when is None or self.when.on_today or day is None \
            else date_text(day)
        header = self.list.horizontalHeaderItem(3)
        if header is not None:  # the list is built with its headers
            header.setText(text)

    def _at(self) -> dict[str, Any]:
        """The moment to record: now (the operation's default), or the time field's."""
        return {} if self.time_edit is None else {"at": self.time_edit.utc()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Up and Down in the search box choose among the results; typing stays in the box."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            if self.results:
                row = max(0, min(len(self.results) - 1, self.list.currentRow() + step))
                self.list.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def _menu_action(self, menu: QMenu, name: str, text: str, slot: Any) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ----- searching ------------------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        event_id = self.event_row.id
        self.ctx.runner.read(attendance.search, event_id, text, self.day,
                             on_success=lambda found: self._found(text, found))

    def _found(self, text: str, found: list[CheckInRow]) -> None:
        if text != self.search.text().strip():
            return  # the user typed on; a newer search is coming
        self._searched = text
        self.results = found
        self.list.setRowCount(len(found))
        for r, row in enumerate(found):
            org = row.organisation
            cells = (" ".join(n for n in (row.person.name_en, row.person.name_zh) if n),
                     bilingual(org.name_en, org.name_zh_hant, org.name_zh_hans) if org else "",
                     label(row.status), self._today(row))
            for c, cell in enumerate(cells):
                self.list.setItem(r, c, QTableWidgetItem(cell))
        if found:
            self.list.selectRow(0)
        if self._act_after_search:
            self._act_after_search = False
            if len(found) == 1:
                self.toggle(0)
            elif not found:
                self.last.setText(tr("CheckIn", "Nobody found for “{0}”.").format(text))
            else:
                self.last.setText(tr("CheckIn", "{0} found: choose one and press Enter.")
                                  .format(len(found)))

    def _today(self, row: CheckInRow) -> str:
        if row.checked_in_at is None:
            return ""
        if row.checked_out_at is not None:
            return tr("CheckIn", "in {0}, out {1}").format(self._time(row.checked_in_at),
                                                   self._time(row.checked_out_at))
        return tr("CheckIn", "in {0}").format(self._time(row.checked_in_at))

    def _time(self, moment: datetime) -> str:
        aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return time_text(aware.astimezone(self.zone))

    def enter(self) -> None:
        """Enter in the search box: act on the selected result, or search first (a scanner)."""
        text = self.search.text().strip()
        if text and (text != self._searched or self._debounce.isActive()):
            self._act_after_search = True
            self.run_search()
        elif self.results:
            self.toggle(max(0, self.list.currentRow()))

    # ----- checking in ----------------------------------------------------------------------
    def toggle(self, index: int) -> None:
        """Check the person at `index` in, or out when they are in already."""
        if not 0 <= index < len(self.results):
            return
        row = self.results[index]
        name = " ".join(n for n in (row.person.name_en, row.person.name_zh) if n)
        inside = row.checked_in_at is not None and row.checked_out_at is None
        if inside:
            op, text = check_out, tr("CheckIn", "Check out {0}")
        else:
            op, text = check_in, tr("CheckIn", "Check in {0}")
        self.ctx.perform(text.format(name), op, row.registration_id, on_done=self._checked,
                         parent=self, **self._at())

    def _checked(self, outcome: Any) -> None:
        row: CheckInRow = outcome.value
        name = " ".join(n for n in (row.person.name_en, row.person.name_zh) if n)
        if row.checked_out_at is None and row.checked_in_at is not None:
            self.last.setText(tr("CheckIn", "✔ {0} checked in at {1}").format(
                name, self._time(row.checked_in_at)))
        elif (moment := row.checked_out_at or row.checked_in_at) is not None:
            self.last.setText(tr("CheckIn", "{0} checked out at {1}").format(
                name, self._time(moment)))
        self.search.clear()
        self._searched = ""
        self.results = []
        self.list.setRowCount(0)
        self.search.setFocus()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(self.CONCERNS):
            self.refresh()

    def refresh(self) -> None:
        """After any change (and undo): counters again, and the shown results."""
        self.refresh_counters()
        if self.search.text().strip():
            self.run_search()

    def refresh_counters(self) -> None:
        self.ctx.runner.read(attendance.counts, self.event_row.id, self.day,
                             on_success=self._counted)

    def _counted(self, counts: CheckInCounts) -> None:
        if self.when is not None and not self.when.on_today:
            text = tr("CheckIn", "{0}: {1} registered · {2} checked in that day · {3} present · "
                      "{4} walk-ins")
        else:
            text = tr("CheckIn", "{0}: {1} registered · {2} checked in today · {3} present · "
                      "{4} walk-ins")
        self.counters.setText(text.format(date_text(counts.day), counts.registered,
                                          counts.checked_in, counts.present, counts.walk_ins))

    # ----- walk-ins -------------------------------------------------------------------------
    def add_existing(self) -> None:
        picker = PersonPicker(self.ctx.runner, self)
        picker.setObjectName("walk_in_picker")
        picker.picked.connect(lambda person: self._walk_in(person_id=person.id))
        self.ctx.dialogs.show(picker)

    def add_new(self) -> None:
        def loaded(organisations: list[rows.OrganisationRow]) -> None:
            dialog = PersonDialog(tuple(organisations), None, self.ctx.ui_locale, self)
            dialog.setObjectName("walk_in_person")

            def save(values: dict[str, Any]) -> None:
                self._walk_in(on_saved=dialog.saved, on_error=dialog.failed, **values)

            dialog.submitted.connect(save)
            self.ctx.dialogs.show(dialog)

        self.ctx.runner.read(queries.list_organisations, on_success=loaded)

    def _walk_in(self, on_saved: Any = None, on_error: Any = None, **values: Any) -> None:
        """Register on the spot, then check in (two steps, each its own undo)."""
        def registered(outcome: Any) -> None:
            if on_saved is not None:
                on_saved()
            self.ctx.perform(tr("CheckIn", "Check in walk-in"), check_in,
                             outcome.value.registration_id, on_done=self._checked, parent=self,
                             **self._at())

        self.ctx.perform(tr("CheckIn", "Register walk-in"), walk_in, self.event_row.id,
                         on_done=registered, on_error=on_error, parent=self, **values)
