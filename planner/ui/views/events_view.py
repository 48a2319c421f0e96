"""Events: a table filtered by text, kind, status, dates and item; an editor; the participant list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.enums import EventKind, Status
from planner.domain.kinds import RecordKind
from planner.domain.schedule import Schedule
from planner.operations.events import delete_event
from planner.store import queries, record_queries
from planner.ui.context import UiContext
from planner.ui.dialogs.event_dialog import EventDialog
from planner.ui.formats import shown_of
from planner.ui.labels import fill_combo
from planner.ui.models.base import ROW_ROLE
from planner.ui.models.tables import EventsModel
from planner.ui.reference import Reference, load_reference
from planner.ui.text import QT_TRANSLATE_NOOP, primary_secondary, tr
from planner.ui.views.base import SectionView, venue_creator
from planner.ui.views.batch_save import delete_after_asking, edit_in_batch
from planner.ui.views.participants_panel import ParticipantsPanel
from planner.ui.widgets.buttons import explain
from planner.ui.widgets.flow_layout import FlowLayout
from planner.ui.widgets.sizing import chars_wide, compact_combo
from planner.ui.widgets.tables import (
    RowCount,
    TextFilter,
    make_table,
    select_first_if_none,
    select_where,
    selected_row,
)
from planner.ui.widgets.typed_dates import TypedDateEdit


class EventFilter(TextFilter):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: str | None = None
        self.status: str | None = None
        self.item_id: int | None = None
        self.start: date | None = None
        self.end: date | None = None

    def set_criteria(self, **criteria: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated
            self.beginFilterChange()
            for key, value in criteria.items():
                setattr(self, key, value)
            self.endFilterChange()
        else:
            for key, value in criteria.items():
                setattr(self, key, value)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 (Qt API)
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        event: rows.EventRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.kind and event.kind.value != self.kind:
            return False
        if self.status and event.status.value != self.status:
            return False
        if self.item_id and (event.item is None or event.item.id != self.item_id):
            return False
        first, last = event.schedule.local_days()
        if self.start and last < self.start or self.end and first > self.end:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class EventsView(SectionView):
    # Events with their sessions, venues, items, organisers and how many registered.
    CONCERNS = frozenset({"event", "item", "organisation", "registration", "session", "venue"})
    title = QT_TRANSLATE_NOOP("MainWindow", "Events")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.reference = Reference()
        self.model = EventsModel(self)
        self.proxy = EventFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy, "events_table")
        self.view.doubleClicked.connect(lambda _i: self.edit_item())
        self.participants = ParticipantsPanel(ctx, self)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        box = QVBoxLayout(self)
        box.addLayout(self._filter_bar())
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("events_splitter")
        split.addWidget(self.view)
        split.addWidget(self.participants)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box.addWidget(split)
        self._pending_select: int | None = None

    def _filter_bar(self) -> FlowLayout:
        # A row that wraps: side by side the filters needed 900 px, more than a 1024 px window
        # leaves beside the side bar.
        bar = FlowLayout()
        self.search = QLineEdit()
        self.search.setObjectName("events_search")
        self.search.setPlaceholderText(tr("EventsView", "Filter by title, venue…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind = QComboBox()
        self.kind.setObjectName("events_kind")
        self.kind.addItem(tr("EventsView", "All kinds"), None)
        fill_combo(self.kind, EventKind)
        self.status = QComboBox()
        self.status.setObjectName("events_status")
        self.status.addItem(tr("EventsView", "Any status"), None)
        fill_combo(self.status, Status)
        self.item = QComboBox()
        self.item.setObjectName("events_item")
        self.item.addItem(tr("EventsView", "Any item"), None)
        self.use_dates = QCheckBox(tr("EventsView", "&Dates"))
        self.use_dates.setObjectName("events_use_dates")
        self.start = TypedDateEdit(QDate(2016, 7, 1))
        self.end = TypedDateEdit(QDate(2017, 6, 30))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._criteria)
        for combo, chars in ((self.kind, 10), (self.status, 9), (self.item, 12)):
            compact_combo(combo, chars)
            combo.currentIndexChanged.connect(self._criteria)
        self.search.setMinimumWidth(chars_wide(self.search, 16))
        self.use_dates.toggled.connect(self._criteria)
        explain(self.search, tr("EventsView", "Filter events"),
                tr("EventsView", "Show the events whose title, venue or other details contain "
                                 "these words (English or Chinese)"))
        explain(self.kind, tr("EventsView", "Kind of event"))
        explain(self.status, tr("EventsView", "Status of event"))
        explain(self.item, tr("EventsView", "Co-operation item"),
                tr("EventsView", "Show the events of one co-operation item"))
        self.use_dates.setToolTip(tr("EventsView", "Show only the events between these dates"))
        explain(self.start, tr("EventsView", "From date"),
                tr("EventsView", "First day shown (with Dates ticked)"))
        explain(self.end, tr("EventsView", "To date"),
                tr("EventsView", "Last day shown (with Dates ticked)"))
        self.count = RowCount(self.proxy, "events_count", lambda shown, total: shown_of(
            shown, total, (tr("EventsView", "{0} event"), tr("EventsView", "{0} events")),
            (tr("EventsView", "{0} of {1} event"), tr("EventsView", "{0} of {1} events"))))
        for widget in (self.search, self.kind, self.status, self.item, self.use_dates, self.start,
                       QLabel("–"), self.end, self.count):
            bar.addWidget(widget)
        return bar

    def _criteria(self) -> None:
        dates = self.use_dates.isChecked()
        self.proxy.set_criteria(kind=self.kind.currentData(), status=self.status.currentData(),
                                item_id=self.item.currentData(),
                                start=self.start.date().toPython() if dates else None,
                                end=self.end.date().toPython() if dates else None)

    def refresh(self) -> None:
        current = selected_row(self.view)
        keep = self._pending_select or (current.id if current else None)

        def loaded(result: tuple[list[rows.EventRow], Reference]) -> None:
            events, self.reference = result
            self.model.set_rows(events)
            self._fill_items()
            if keep is not None:
                select_where(self.view, lambda e: e.id == keep)
            select_first_if_none(self.view)
            self._pending_select = None
            self.participants.set_event(selected_row(self.view))

        self.ctx.runner.read(lambda s: (queries.list_events(s), load_reference(s)),
                             on_success=loaded)

    def _fill_items(self) -> None:
        chosen = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        self.item.addItem(tr("EventsView", "Any item"), None)
        for item in self.reference.items:
            self.item.addItem(f"{item.year} ({item.number})", item.id)
        self.item.setCurrentIndex(max(0, self.item.findData(chosen)))
        self.item.blockSignals(False)

    def _selected(self) -> None:
        self.participants.set_event(selected_row(self.view))
        self.selection_changed.emit()

    def table(self) -> Any:
        return self.view

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        chosen = selected_row(self.view)
        return (RecordKind.EVENT, chosen.id) if chosen is not None else None

    def search_box(self) -> QWidget:
        return self.search

    def export_model(self) -> EventsModel:
        return self.model

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        if kind != RecordKind.EVENT:
            return False
        if not select_where(self.view, lambda e: e.id == ident):
            self.search.clear()
            self.kind.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.item.setCurrentIndex(0)
            self.use_dates.setChecked(False)
            select_where(self.view, lambda e: e.id == ident)
        return True

    def new_item(self, schedule: Schedule | None = None) -> None:
        """A new event; `schedule` pre-fills its time (from the calendar, whose section may
        not have loaded this one's venues and items yet)."""
        if schedule is None:
            self._open_dialog(None)
            return

        def loaded(reference: Reference) -> None:
            self.reference = reference
            self._open_dialog(None, schedule)

        self.ctx.runner.read(load_reference, on_success=loaded)

    def edit_item(self) -> None:
        event = selected_row(self.view)
        if event is not None:
            self._open_dialog(event)

    def _open_dialog(self, event: rows.EventRow | None, schedule: Schedule | None = None) -> None:
        dialog = EventDialog(self.reference, event, self.ctx.ui_locale, self,
                             create_venue=venue_creator(self.ctx), show=self.ctx.dialogs.show)
        dialog.setObjectName("event_dialog")
        if schedule is not None:
            dialog.preset_schedule(schedule)
        dialog.confirm = self.ctx.dialogs.confirm
        if event is not None:
            self.ctx.runner.read(record_queries.list_sessions, event_id=event.id,
                                 on_success=dialog.sessions.load,
                                 on_failure=lambda e: dialog.sessions.load_failed(
                                     self.ctx.message(e)))

        edit_in_batch(self.ctx, dialog, event, "Event",
                      (tr("EventsView", "Create event"), tr("EventsView", "Edit event")),
                      self._select_saved)

    def _select_saved(self, outcome: Any) -> None:
        self._pending_select = outcome.value[0].id

    def delete_item(self) -> None:
        event = selected_row(self.view)
        if event is None:
            return
        name = primary_secondary(event.title_en, event.title_zh_hant, event.title_zh_hans)[0] \
            or f"#{event.id}"
        delete_after_asking(self.ctx, self, event, tr("EventsView", "Delete event"),
                            tr("EventsView", "Delete “{0}” and its participant list? "
                               "You can undo this.").format(name), delete_event)
