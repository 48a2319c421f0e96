"""The itinerary editor: add, edit, duplicate, move up or down, delete (all undoable)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from planner.domain import rows
from planner.domain.schedule import Schedule
from planner.operations.delegations import (
    add_itinerary_item,
    delete_itinerary_item,
    duplicate_itinerary_item,
    move_itinerary_item,
    update_itinerary_item,
)
from planner.ui.context import UiContext
from planner.ui.dialogs.delegation_dialogs import ItineraryItemDialog
from planner.ui.models.tables import ItineraryModel
from planner.ui.reference import Reference
from planner.ui.text import tr
from planner.ui.views.base import venue_creator
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.tables import make_table, select_where, selected_row


class ItineraryPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = Reference()
        self.delegation: rows.DelegationRow | None = None
        self.pending_item: int | None = None
        self.model = ItineraryModel(self)
        self.view = make_table(self.model, "itinerary_table", sortable=False)
        self.view.doubleClicked.connect(lambda _i: self.edit_item())
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, label, slot in (
                ("add_item", tr("ItineraryPanel", "&Add…"), self.add_item),
                ("edit_item", tr("ItineraryPanel", "&Edit…"), self.edit_item),
                ("duplicate_item", tr("ItineraryPanel", "D&uplicate"), self.duplicate_item),
                ("move_up", tr("ItineraryPanel", "Move &up"), lambda: self.move_item(-1)),
                ("move_down", tr("ItineraryPanel", "Move d&own"), lambda: self.move_item(1)),
                ("delete_item", tr("ItineraryPanel", "&Delete"), self.delete_item)):
            button = push_button(label, name, slot)
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.view)
        self.set_delegation(None)

    def set_delegation(self, delegation: rows.DelegationRow | None) -> None:
        keep = self.pending_item
        current = selected_row(self.view)
        if keep is not None and (delegation is None
                                 or all(i.id != keep for i in delegation.itinerary)):
            # Another delegation's detail, loaded before the one that holds the item to
            # select (opened from the search box while the list was loading): keep waiting.
            keep = None
        else:
            self.pending_item = None
        if keep is None and current is not None and delegation is not None \
                and current.delegation_id == delegation.id:
            keep = current.id
        self.delegation = delegation
        self.model.set_rows(delegation.itinerary if delegation else [])
        for button in self.buttons.values():
            button.setEnabled(delegation is not None)
        if keep is not None:
            select_where(self.view, lambda i: i.id == keep)

    def _default_schedule(self) -> Schedule | None:
        """The next slot: an hour after the last item ends, in its zone."""
        if self.delegation is None or not self.delegation.itinerary:
            if self.delegation is not None:
                first = self.delegation.schedule.local_days()[0]
                start = datetime.combine(first, time(9))
                return Schedule.timed(start, start + timedelta(hours=1), self.delegation.schedule.timezone)
            return None
        last = self.delegation.itinerary[-1].schedule
        if last.all_day:
            assert last.last_day
            start = datetime.combine(last.last_day + timedelta(days=1), time(9))
            return Schedule.timed(start, start + timedelta(hours=1), last.timezone)
        assert last.end
        start = last.end.replace(tzinfo=None)
        return Schedule.timed(start, start + timedelta(hours=1), last.timezone)

    def add_item(self) -> None:
        if self.delegation is None:
            return
        self._open(None)

    def add_at(self, day: date, start: int, end: int) -> None:
        """A new item at the time dragged over in the timeline (minutes since midnight), in the
        delegation's zone."""
        if self.delegation is None:
            return
        midnight = datetime.combine(day, time(0))
        self._open(None, Schedule.timed(midnight + timedelta(minutes=start),
                                        midnight + timedelta(minutes=end),
                                        self.delegation.schedule.timezone))

    def edit_item(self) -> None:
        item = selected_row(self.view)
        if item is not None:
            self._open(item)

    def edit_item_row(self, item: rows.ItineraryRow) -> None:
        select_where(self.view, lambda i: i.id == item.id)
        self._open(item)

    def _open(self, item: rows.ItineraryRow | None, schedule: Schedule | None = None) -> None:
        delegation = self.delegation
        assert delegation is not None
        dialog = ItineraryItemDialog(self.reference, item, delegation.schedule.timezone,
                                     schedule or self._default_schedule(), self.ctx.ui_locale, self,
                                     create_venue=venue_creator(self.ctx))
        dialog.setObjectName("itinerary_dialog")

        def save(values: dict[str, Any]) -> None:
            def done(outcome: Any) -> None:
                self.pending_item = outcome.value.id
                dialog.saved()

            if item is None:
                self.ctx.perform(tr("ItineraryPanel", "Add itinerary item"), add_itinerary_item,
                                 delegation.id, on_done=done, on_error=dialog.failed, **values)
            else:
                self.ctx.perform(tr("ItineraryPanel", "Edit itinerary item"),
                                 update_itinerary_item, item.id, item.version, on_done=done,
                                 on_error=dialog.failed, **values)

        dialog.submitted.connect(save)
        self.ctx.dialogs.show(dialog)

    def duplicate_item(self) -> None:
        item = selected_row(self.view)
        if item is not None:
            self.ctx.perform(tr("ItineraryPanel", "Duplicate itinerary item"),
                             duplicate_itinerary_item, item.id, parent=self,
                             on_done=lambda o: setattr(self, "pending_item", o.value.id))

    def move_item(self, step: int) -> None:
        item = selected_row(self.view)
        if item is None:
            return
        target = item.position + step
        if 0 <= target < self.model.rowCount():
            self.pending_item = item.id
            self.ctx.perform(tr("ItineraryPanel", "Move itinerary item"), move_itinerary_item,
                             item.id, item.version, target, parent=self)

    def delete_item(self) -> None:
        item = selected_row(self.view)
        if item is not None and self.ctx.dialogs.confirm(
                self, tr("ItineraryPanel", "Delete itinerary item"),
                tr("ItineraryPanel", "Delete “{0}”? You can undo this.").format(
                    item.title_en or item.title_zh_hant)):
            self.ctx.perform(tr("ItineraryPanel", "Delete itinerary item"),
                             delete_itinerary_item, item.id, item.version, parent=self)
