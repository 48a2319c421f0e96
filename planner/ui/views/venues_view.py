"""Venues: where events and visits happen, in which time zone, for how many people."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.domain import rows
from planner.domain.kinds import RecordKind
from planner.operations.venues import create_venue, delete_venue, update_venue
from planner.store.record_queries import list_venues
from planner.ui.context import UiContext
from planner.ui.dialogs.venue_dialog import VenueDialog
from planner.ui.formats import number_text, shown_of
from planner.ui.labels import label, place_label
from planner.ui.models.tables import VenuesModel
from planner.ui.text import QT_TRANSLATE_NOOP, primary_secondary, tr
from planner.ui.views.reference_views import ListSection
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.tables import select_where, selected_row


class VenuesView(ListSection):
    CONCERNS = frozenset({"venue"})
    title = QT_TRANSLATE_NOOP("MainWindow", "Venues")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, VenuesModel(), "venues", parent)
        self.search.setPlaceholderText(tr("VenuesView", "Filter by name, city or time zone…"))
        new = push_button(tr("VenuesView", "&New venue…"), "new_venue", self.new_item)
        new.setToolTip(tr("VenuesView", "Add a place where events and visits happen"))
        self.bar.addWidget(new)

    def refresh(self) -> None:
        self.ctx.runner.read(list_venues, on_success=self.loaded)

    def count_text(self, shown: int, total: int) -> str:
        return shown_of(shown, total, (tr("VenuesView", "{0} venue"), tr("VenuesView", "{0} venues")),
                        (tr("VenuesView", "{0} of {1} venue"), tr("VenuesView", "{0} of {1} venues")))

    def describe(self, v: rows.VenueRow) -> str:
        unknown = tr("VenuesView", "not known")
        lines = [x for x in (v.name_en, v.name_zh_hant, v.name_zh_hans) if x]
        lines += [x for x in (v.address_en, v.address_zh) if x]
        lines.append(tr("VenuesView", "City: {0}").format(place_label(v.city) or unknown))
        lines.append(tr("VenuesView", "Side: {0} · time zone {1}").format(label(v.side),
                                                                          v.timezone))
        if v.latitude is not None and v.longitude is not None:
            lines.append(tr("VenuesView", "Position: {0}, {1}").format(
                f"{v.latitude:.5f}", f"{v.longitude:.5f}"))
        lines.append(tr("VenuesView", "Capacity: {0}").format(
            number_text(v.capacity) if v.capacity else unknown))
        if v.exclusive:
            lines.append(tr("VenuesView", "One booking at a time: the checks flag double "
                                          "bookings"))
        return "\n".join(lines)

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        chosen = selected_row(self.view)
        return (RecordKind.VENUE, chosen.id) if chosen is not None else None

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        if kind != RecordKind.VENUE:
            return False
        self.search.clear()
        if not select_where(self.view, lambda v: v.id == ident):
            self._pending_select = ident  # not loaded yet: chosen when the rows arrive
        return True

    def open_editor(self, venue: rows.VenueRow | None) -> None:
        self.save_from(VenueDialog(venue, self.ctx.ui_locale, self), venue, "venue",
                       (tr("VenuesView", "Create venue"), create_venue),
                       (tr("VenuesView", "Edit venue"), update_venue))

    def delete_item(self) -> None:
        self.confirm_delete(
            tr("VenuesView", "Delete venue"), delete_venue,
            lambda v: tr("VenuesView", "Delete “{0}”? Events and visits planned there keep it "
                                       "until you change them. You can undo this.").format(
                primary_secondary(v.name_en, v.name_zh_hant, v.name_zh_hans)[0]))
