"""The calendar: month, week and agenda views of everything scheduled. An event's sessions are
entries of their own in the week and the agenda; the month shows the events alone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from planner.domain.enums import Status
from planner.domain.kinds import RecordKind
from planner.domain.rows import AgendaEntry
from planner.domain.schedule import Schedule
from planner.store.agenda import agenda, event_of_session, nearest_scheduled_day
from planner.ui.context import UiContext
from planner.ui.formats import DAY_MONTH, DAY_MONTH_YEAR, date_pattern, month_text
from planner.ui.labels import category_label
from planner.ui.labels import label as value_label
from planner.ui.models.base import Column, RowTableModel, struck
from planner.ui.models.tables import precision_note, when
from planner.ui.palette import kind_colour
from planner.ui.text import QT_TRANSLATE_NOOP, primary_secondary, tr
from planner.ui.views.base import SectionView
from planner.ui.views.drop_checks import DropChecks
from planner.ui.views.schedule_moves import delete_entry, reschedule
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.day_popup import DayPopup
from planner.ui.widgets.layers import LayerBar
from planner.ui.widgets.month_grid import MonthGrid, month_range
from planner.ui.widgets.tables import make_table, selected_row
from planner.ui.widgets.timeline import blocks_for, in_scroll_area
from planner.ui.widgets.timeline_edit import EditableTimeline

MONTH, WEEK, AGENDA = 0, 1, 2
VIEW_ZONE = "Asia/Hong_Kong"  # the calendar shows Hong Kong time
NEW_EVENT_HOURS = (time(9, 30), time(17, 0))  # a day's new event, as the event editor's default


def day_schedule(day: date) -> Schedule:
    """The time a new event created on a day starts with."""
    return Schedule.timed(datetime.combine(day, NEW_EVENT_HOURS[0]),
                          datetime.combine(day, NEW_EVENT_HOURS[1]), VIEW_ZONE)


def kind_text(entry: AgendaEntry) -> str:
    kind = category_label(entry.category)
    return tr("AgendaModel", "{0} session").format(kind) if entry.source == "session" else kind


class AgendaModel(RowTableModel[AgendaEntry]):
    CONTEXT = "AgendaModel"
    DECORATED_COLUMN = 1
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AgendaModel", "When"), lambda e: when(e.schedule),
               sort=lambda e: e.schedule.utc_bounds()[0].isoformat(),
               tooltip=lambda e: precision_note(e.schedule)),
        Column(QT_TRANSLATE_NOOP("AgendaModel", "Title"),
               lambda e: primary_secondary(e.title_en, e.title_zh_hant, e.title_zh_hans)[0]),
        Column(QT_TRANSLATE_NOOP("AgendaModel", "Kind"), lambda e: kind_text(e)),
        Column(QT_TRANSLATE_NOOP("AgendaModel", "Status"), lambda e: value_label(e.status)),
        Column(QT_TRANSLATE_NOOP("AgendaModel", "Venue"), lambda e: e.venue),
    )

    def extra_data(self, row: AgendaEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.status == Status.CANCELLED:
            return struck()
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_colour(row.category)
        return None


class CalendarView(SectionView):
    # Events, delegations and programmes with their sessions, legs and places; whose calendar.
    CONCERNS = frozenset({"delegation", "event", "item", "itinerary", "member", "organisation",
                          "person", "programme", "registration", "session", "setting", "venue"})
    title = QT_TRANSLATE_NOOP("MainWindow", "Calendar")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.anchor: date | None = None
        self.mode = MONTH
        self.tabs = QTabBar()
        self.tabs.setObjectName("calendar_modes")
        for label in (tr("CalendarView", "&Month"), tr("CalendarView", "&Week"),
                      tr("CalendarView", "&Agenda")):
            self.tabs.addTab(label)
        self.tabs.currentChanged.connect(self._mode_changed)
        self.label = QLabel()
        self.label.setObjectName("calendar_period")
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.label.setFont(font)
        bar = QHBoxLayout()
        for name, text, step in (("calendar_previous", "◀", -1), ("calendar_today", tr("CalendarView", "&Today"), 0),
                                 ("calendar_next", "▶", 1)):
            button = push_button(text, name, lambda _c=False, s=step: self.go(s))
            bar.addWidget(button)
        bar.addWidget(self.label, 1)
        self.legend = QLabel(tr("CalendarView", "≈ approximate date"))
        self.legend.setObjectName("calendar_legend")
        self.legend.setToolTip(tr("CalendarView", "Items marked ≈ (pale, with a dashed outline) "
                                  "have approximate dates, or only their month is known: they "
                                  "are drawn over the days they may fall on"))
        bar.addWidget(self.legend)
        bar.addWidget(self.tabs)
        self.month = MonthGrid()
        self.month.setObjectName("month_grid")
        self.week = EditableTimeline()
        self.week.setObjectName("week_view")
        self.week.create_requested.connect(self._create_in_week)
        self.week.reschedule_requested.connect(
            lambda entry, start, end: reschedule(self.ctx, entry.source, entry, start, end,
                                                 self.refresh, VIEW_ZONE))
        self.week.delete_requested.connect(
            lambda entry: delete_entry(self.ctx, entry.source, entry, self))
        self.drop_checks = DropChecks(ctx, self.week, lambda entry: entry.source, VIEW_ZONE)
        self.week.axis_label = tr("CalendarView", "HK time")
        self.week.accessible_base = tr("CalendarView", "Week, in Hong Kong time")
        self.week.setAccessibleName(self.week.accessible_base)
        self.agenda_model = AgendaModel(self)
        self.agenda_view = make_table(self.agenda_model, "agenda_table", sortable=False)
        self.stack = QStackedWidget()
        for widget in (self.month, in_scroll_area(self.week), self.agenda_view):
            self.stack.addWidget(widget)
        self.month.activated.connect(self._activate)
        self.month.day_opened.connect(self.open_day)
        self.month.day_double_clicked.connect(self.new_on)
        self.day_popup: DayPopup | None = None
        self.week.activated.connect(self._activate)
        self.agenda_view.doubleClicked.connect(lambda _i: self._activate(selected_row(self.agenda_view)))
        self.layers = LayerBar()
        self.layers.changed.connect(self.refresh)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.layers)
        box.addWidget(self.stack)

    def _mode_changed(self, mode: int) -> None:
        if mode == WEEK and self.mode == MONTH and self.month.selected_day is not None:
            self.anchor = self.month.selected_day  # the week of the day chosen in the month
        self.mode = mode
        self.stack.setCurrentIndex(mode)
        self.refresh()

    def set_mode(self, mode: int) -> None:
        self.tabs.setCurrentIndex(mode)

    def go(self, step: int) -> None:
        if self.anchor is None:
            return
        if step == 0:
            self.anchor = date.today()
        elif self.mode == WEEK:
            self.anchor += timedelta(days=7 * step)
        else:
            month = self.anchor.month - 1 + step
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def show_date(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def _range(self) -> tuple[date, date]:
        assert self.anchor is not None
        if self.mode == WEEK:
            start = self.anchor - timedelta(days=self.anchor.weekday())
            return start, start + timedelta(days=6)
        if self.mode == AGENDA:
            start = self.anchor.replace(day=1)
            return start, start + timedelta(days=92)
        return month_range(self.anchor)

    def refresh(self) -> None:
        if self.anchor is None:
            def found(day: date | None) -> None:
                if self.anchor is None:  # not chosen meanwhile (show_date, open_day)
                    self.anchor = day or date.today()
                self.refresh()

            self.ctx.runner.read(nearest_scheduled_day, date.today(), on_success=found)
            return
        start, end = self._range()
        self.ctx.runner.read(agenda, start, end, on_success=lambda entries: self._show(start, end, entries))

    def _show(self, start: date, end: date, entries: list[AgendaEntry]) -> None:
        assert self.anchor is not None
        entries = [e for e in entries if self.layers.shown(e)]
        if self.mode == WEEK:
            self.label.setText(f"{date_pattern(DAY_MONTH, start)} – {date_pattern(DAY_MONTH_YEAR, end)}")
            days = [start + timedelta(days=n) for n in range(7)]
            self.week.set_blocks(days, [b for e in entries for b in blocks_for(
                e.schedule, primary_secondary(e.title_en, e.title_zh_hant, e.title_zh_hans)[0],
                e.category, e.status == Status.CANCELLED, e, VIEW_ZONE)])
        elif self.mode == AGENDA:
            self.label.setText(f"{month_text(start)} – {month_text(end)}")
            self.agenda_model.set_rows(entries)
        else:
            self.label.setText(month_text(self.anchor))
            self.month.set_month(self.anchor, [e for e in entries if e.source != "session"])

    def _activate(self, entry: AgendaEntry | None) -> None:
        """Open what an entry is: a session opens its event."""
        if entry is None:
            return
        if entry.source == "session":
            self.ctx.runner.read(event_of_session, entry.id, on_success=lambda ident: (
                self.ctx.open_item.emit(RecordKind.EVENT, ident) if ident is not None else None))
            return
        self.ctx.open_item.emit(entry.source, entry.id)

    def open_day(self, day: date, where: QPoint | None = None) -> DayPopup:
        """A pop-up list of the day's items (a month cell's "+N")."""
        if self.day_popup is not None:
            self.day_popup.close()
        popup = DayPopup(day, self.month.entries_on(day), self)
        popup.chosen.connect(self._activate)
        popup.show_week.connect(self.show_week_of)
        popup.new_event.connect(self.new_on)
        popup.open_at(where or self.mapToGlobal(self.rect().center()))
        self.day_popup = popup
        return popup

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.week.selected_day = day
        self.set_mode(WEEK)
        if self.mode == WEEK:  # already the week view: set_mode changed nothing, so reload
            self.refresh()

    def _create_in_week(self, day: date, start: int, end: int) -> None:
        """Time dragged over in the week view: a new event then, in Hong Kong time."""
        midnight = datetime.combine(day, time(0))
        self.ctx.create_item.emit(RecordKind.EVENT, Schedule.timed(
            midnight + timedelta(minutes=start), midnight + timedelta(minutes=end), VIEW_ZONE))

    def new_on(self, day: date) -> None:
        self.ctx.create_item.emit(RecordKind.EVENT, day_schedule(day))

    def chosen_day(self) -> date:
        """The day New starts an event on: the one chosen in the view, else the first shown."""
        if self.mode == MONTH and self.month.selected_day is not None:
            return self.month.selected_day
        if self.mode == WEEK and self.week.selected_day is not None:
            return self.week.selected_day
        if self.mode == AGENDA:
            entry = selected_row(self.agenda_view)
            if entry is not None:
                return entry.schedule.local_days()[0]
        return self.anchor or date.today()

    def new_item(self) -> None:
        self.new_on(self.chosen_day())

    def table(self) -> Any:
        return self.agenda_view if self.mode == AGENDA else None

    def export_model(self) -> AgendaModel | None:
        return self.agenda_model if self.mode == AGENDA else None
