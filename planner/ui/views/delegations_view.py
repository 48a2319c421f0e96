"""Delegations: the list, and for the selected one its members, itinerary and timeline."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.kinds import RecordKind
from planner.operations.delegations import delete_delegation
from planner.store import queries
from planner.store.agenda import delegation_of_itinerary
from planner.ui.context import UiContext
from planner.ui.dialogs.delegation_dialogs import DelegationDialog
from planner.ui.formats import counted, shown_of
from planner.ui.models.tables import DelegationsModel, when
from planner.ui.reference import Reference, load_reference
from planner.ui.text import QT_TRANSLATE_NOOP, bilingual, primary_secondary, tr
from planner.ui.views.base import SectionView
from planner.ui.views.batch_save import delete_after_asking, edit_in_batch
from planner.ui.views.drop_checks import DropChecks
from planner.ui.views.itinerary_panel import ItineraryPanel
from planner.ui.views.members_panel import MembersPanel
from planner.ui.views.schedule_moves import delete_entry, reschedule
from planner.ui.widgets.buttons import explain, push_button
from planner.ui.widgets.tables import (
    RowCount,
    TextFilter,
    make_table,
    select_first_if_none,
    select_where,
    selected_row,
)
from planner.ui.widgets.timeline import blocks_for, in_scroll_area
from planner.ui.widgets.timeline_edit import EditableTimeline


class DelegationsView(SectionView):
    # Delegations with their itineraries, contacts, members, organisations and legs.
    CONCERNS = frozenset({"contact", "delegation", "item", "itinerary", "member",
                          "organisation", "person", "programme", "travel_document", "venue"})
    title = QT_TRANSLATE_NOOP("MainWindow", "Delegations")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.reference = Reference()
        self.detail: rows.DelegationRow | None = None
        self.model = DelegationsModel(self)
        self.proxy = TextFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy, "delegations_table")
        self.view.doubleClicked.connect(lambda _i: self.edit_item())
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.search = QLineEdit()
        self.search.setObjectName("delegations_search")
        self.search.setPlaceholderText(tr("DelegationsView", "Filter delegations…"))
        self.search.setClearButtonEnabled(True)
        explain(self.search, tr("DelegationsView", "Filter delegations"),
                tr("DelegationsView", "Show the delegations whose name, places or lead contain "
                                      "these words"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.summary = QLabel()
        self.summary.setObjectName("delegation_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.members = MembersPanel(ctx, self)
        self.itinerary = ItineraryPanel(ctx, self)
        self.timeline = EditableTimeline()
        self.timeline.setObjectName("delegation_timeline")
        self.timeline.accessible_base = tr("DelegationsView", "Itinerary timeline")
        self.timeline.setAccessibleName(self.timeline.accessible_base)
        self.timeline.activated.connect(self.itinerary.edit_item_row)
        self.timeline.create_requested.connect(self.itinerary.add_at)
        self.timeline.reschedule_requested.connect(
            lambda item, start, end: reschedule(self.ctx, "itinerary", item, start, end,
                                                self.refresh))
        self.timeline.delete_requested.connect(
            lambda item: delete_entry(self.ctx, "itinerary", item, self))
        self.drop_checks = DropChecks(ctx, self.timeline, lambda _item: "itinerary")
        self.timeline_page = in_scroll_area(self.timeline)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("delegation_tabs")
        self.tabs.addTab(self.itinerary, tr("DelegationsView", "&Itinerary"))
        self.tabs.addTab(self.timeline_page, tr("DelegationsView", "Ti&meline"))
        self.tabs.addTab(self.members, tr("DelegationsView", "Mem&bers"))
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search)
        self.count = RowCount(self.proxy, "delegations_count", lambda shown, total: shown_of(
            shown, total,
            (tr("DelegationsView", "{0} delegation"), tr("DelegationsView", "{0} delegations")),
            (tr("DelegationsView", "{0} of {1} delegation"),
             tr("DelegationsView", "{0} of {1} delegations"))))
        bar.addWidget(self.count)
        new = push_button(tr("DelegationsView", "New &delegation…"), "new_delegation",
                          self.new_item, tr("DelegationsView", "Plan a new delegation visit"))
        bar.addWidget(new)
        top_box.addLayout(bar)
        top_box.addWidget(self.view)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        bottom_box.addWidget(self.summary)
        bottom_box.addWidget(self.tabs)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("delegations_splitter")
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addWidget(split)
        self._pending_select: int | None = None

    def refresh(self) -> None:
        current = selected_row(self.view)
        keep = self._pending_select or (current.id if current else None)

        def loaded(result: tuple[list[rows.DelegationRow], Reference]) -> None:
            found, self.reference = result
            self.model.set_rows(found)
            self.itinerary.reference = self.reference
            if keep is not None:
                select_where(self.view, lambda d: d.id == keep)
            select_first_if_none(self.view)
            self._pending_select = None
            self._load_detail()

        self.ctx.runner.read(lambda s: (queries.list_delegations(s), load_reference(s)),
                             on_success=loaded)

    def _selected(self) -> None:
        self._load_detail()
        self.selection_changed.emit()

    def _load_detail(self) -> None:
        chosen = selected_row(self.view)
        if chosen is None:
            self._show_detail(None)
            return
        self.ctx.runner.read(queries.get_delegation, chosen.id, on_success=self._show_detail,
                             on_failure=lambda _e: self._show_detail(None))

    def _show_detail(self, detail: rows.DelegationRow | None) -> None:
        current = selected_row(self.view)
        if detail is not None and (current is None or current.id != detail.id):
            return  # the selection moved on while this loaded
        self.detail = detail
        self.members.set_delegation(detail)
        self.itinerary.set_delegation(detail)
        if detail is None:
            self.summary.setText("")
            self.timeline.set_blocks([], [])
            return
        lead = bilingual(detail.lead.name_en, detail.lead.name_zh_hant, detail.lead.name_zh_hans) \
            if detail.lead else "—"
        contacts = "; ".join(" ".join(x for x in (c.name, c.phone, f"({c.role})" if c.role else "")
                                      if x) for c in detail.contacts)
        members = counted(detail.member_count, tr("DelegationsView", "{0} member"),
                          tr("DelegationsView", "{0} members"))
        self.summary.setText(tr("DelegationsView", "{0}\n{1} · led by {2} · {3}\n"
                                "Emergency contacts: {4}").format(
            bilingual(detail.name_en, detail.name_zh_hant, detail.name_zh_hans),
            when(detail.schedule), lead, members, contacts or "—"))
        first, last = detail.schedule.local_days()
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)][:14]
        blocks = [b for i in detail.itinerary for b in blocks_for(
            i.schedule, primary_secondary(i.title_en, i.title_zh_hant, i.title_zh_hans)[0],
            i.kind.value, False, i)]
        self.timeline.set_blocks(days, blocks)

    def table(self) -> Any:
        return self.view

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        chosen = selected_row(self.view)
        return (RecordKind.DELEGATION, chosen.id) if chosen is not None else None

    def search_box(self) -> QWidget:
        return self.search

    def export_model(self) -> DelegationsModel:
        return self.model

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        if kind == RecordKind.DELEGATION:
            self.search.clear()
            select_where(self.view, lambda d: d.id == ident)
            return True
        if kind == RecordKind.ITINERARY:
            self.search.clear()
            self.itinerary.pending_item = ident
            self.ctx.runner.read(delegation_of_itinerary, ident,
                                 on_success=lambda d_id: select_where(self.view, lambda d: d.id == d_id))
            return True
        return False

    def new_item(self) -> None:
        self._open_dialog(None)

    def edit_item(self) -> None:
        if self.detail is not None:
            self._open_dialog(self.detail)

    def _open_dialog(self, delegation: rows.DelegationRow | None) -> None:
        dialog = DelegationDialog(self.reference, delegation, self.ctx.ui_locale, self)
        dialog.setObjectName("delegation_dialog")
        dialog.confirm = self.ctx.dialogs.confirm

        edit_in_batch(self.ctx, dialog, delegation, "Delegation",
                      (tr("DelegationsView", "Create delegation"),
                       tr("DelegationsView", "Edit delegation")), self._select_saved)

    def _select_saved(self, outcome: Any) -> None:
        self._pending_select = outcome.value[0].id

    def delete_item(self) -> None:
        chosen = selected_row(self.view)
        if chosen is None:
            return
        name = primary_secondary(chosen.name_en, chosen.name_zh_hant, chosen.name_zh_hans)[0]
        delete_after_asking(self.ctx, self, chosen, tr("DelegationsView", "Delete delegation"),
                            tr("DelegationsView", "Delete “{0}” with its itinerary and members? "
                               "You can undo this.").format(name), delete_delegation)
