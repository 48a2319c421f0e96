"""Co-operation items: a year's numbered items, edited one by one, and next year started from
this year's in one step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from planner.domain import rows
from planner.domain.kinds import RecordKind
from planner.operations.items import create_item, delete_item, rollover, update_item
from planner.store import queries
from planner.ui.context import UiContext
from planner.ui.dialogs.item_dialog import ItemDialog
from planner.ui.dialogs.rollover_dialog import RolloverDialog
from planner.ui.formats import plain_number, shown_of
from planner.ui.models.tables import ItemsModel, ref_name
from planner.ui.text import QT_TRANSLATE_NOOP, primary_secondary, tr
from planner.ui.views.reference_views import ListSection
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.tables import select_where, selected_row

# unit -> its pattern for one, and for any other number (Chinese gives both the same text)
FIGURES = {"people": (QT_TRANSLATE_NOOP("ItemsView", "{0} person"),
                      QT_TRANSLATE_NOOP("ItemsView", "{0} people")),
           "hkd": (QT_TRANSLATE_NOOP("ItemsView", "HK${0}"),) * 2,
           "percent": (QT_TRANSLATE_NOOP("ItemsView", "{0}%"),) * 2}


def figure_text(f: rows.FigureRow) -> str:
    """'• Participants: 1,200 people' in the interface language."""
    name = primary_secondary(f.label_en, f.label_zh_hant, f.label_zh_hans)[0] or f.key
    value = plain_number(f.value)
    patterns = FIGURES.get(f.unit.value)
    if patterns is None:
        return f"• {name}: {value}"
    pattern = patterns[0] if f.value == 1 else patterns[1]
    return f"• {name}: {tr('ItemsView', pattern).format(value)}"


class ItemsView(ListSection):
    # Items and their lead organisations.
    CONCERNS = frozenset({"item", "organisation"})
    title = QT_TRANSLATE_NOOP("MainWindow", "Co-operation items")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ItemsModel(), "items", parent)
        self.everything: list[rows.ItemRow] = []  # every year's live items
        self.organisations: list[rows.OrganisationRow] = []
        self.chosen_year: str | None = None  # None: all years; kept while the window lives
        self.year = QComboBox()
        self.year.setObjectName("items_year")
        self.year.setToolTip(tr("ItemsView", "Show the items of one programme year"))
        self.year.currentIndexChanged.connect(self._year_chosen)
        year_label = QLabel(tr("ItemsView", "&Year:"))
        year_label.setBuddy(self.year)
        self.bar.insertWidget(0, year_label)
        self.bar.insertWidget(1, self.year)
        new = push_button(tr("ItemsView", "New &item…"), "new_cooperation_item", self.new_item)
        new.setToolTip(tr("ItemsView", "Add a co-operation item to a programme year"))
        self.next_year = push_button(tr("ItemsView", "Start &next year…"), "start_next_year",
                                     self.start_next_year)
        self.next_year.setToolTip(tr("ItemsView", "Copy a year's items, with their numbers, "
                                                  "titles and leads, into the year after it"))
        self.next_year.setEnabled(False)
        self.bar.addWidget(new)
        self.bar.addWidget(self.next_year)

    def count_text(self, shown: int, total: int) -> str:
        """Out of every year's items: choosing a year filters too."""
        everything = sum(1 for i in getattr(self, "everything", ()) if i.status != "deleted")
        return shown_of(shown, max(total, everything),
                        (tr("ItemsView", "{0} item"), tr("ItemsView", "{0} items")),
                        (tr("ItemsView", "{0} of {1} item"), tr("ItemsView", "{0} of {1} items")))

    def refresh(self) -> None:
        self.ctx.runner.read(lambda s: (queries.list_items(s),
                                        queries.list_organisations(s)),
                             on_success=self._loaded)

    def _loaded(self, found: tuple[list[rows.ItemRow], list[rows.OrganisationRow]]) -> None:
        self.everything, self.organisations = found
        years = self.years()
        if self.chosen_year not in years:
            self.chosen_year = None  # e.g. a new year undone: back to every year
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(tr("ItemsView", "All years"), None)
        for year in years:
            self.year.addItem(year, year)
        self.year.setCurrentIndex(max(0, self.year.findData(self.chosen_year)))
        self.year.blockSignals(False)
        self.next_year.setEnabled(bool(years))
        self._show_year()

    def years(self) -> list[str]:
        """The years that have items, newest first."""
        return sorted({i.year for i in self.everything if i.status != "deleted"}, reverse=True)

    def _year_chosen(self) -> None:
        self.chosen_year = self.year.currentData()
        self._show_year()

    def _show_year(self) -> None:
        self.loaded([i for i in self.everything if i.status != "deleted"
                     and self.chosen_year in (None, i.year)])

    def describe(self, i: rows.ItemRow) -> str:
        title, other_title = primary_secondary(i.title_en, i.title_zh_hant, i.title_zh_hans)
        narrative, other = primary_secondary(i.narrative_en, i.narrative_zh_hant,
                                             i.narrative_zh_hans)
        leads = tr("ItemsView", "Led by {0}").format(", ".join(ref_name(r) for r in i.leads)) \
            if i.leads else ""
        figures = "\n".join(figure_text(f) for f in i.figures)
        return "\n\n".join(x for x in (
            f"{i.year} ({i.number}) {title}", other_title, leads, narrative, figures, other) if x)

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        chosen = selected_row(self.view)
        return (RecordKind.ITEM, chosen.id) if chosen is not None else None

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        if kind != RecordKind.ITEM:
            return False
        self.search.clear()
        if not select_where(self.view, lambda i: i.id == ident):
            self.year.setCurrentIndex(0)  # another year's item: show every year
            if not select_where(self.view, lambda i: i.id == ident):
                self._pending_select = ident
        return True

    # ----- editing --------------------------------------------------------------------------
    def open_editor(self, item: rows.ItemRow | None) -> None:
        dialog = ItemDialog(self.organisations, self.everything, item, self.chosen_year,
                            self.ctx.ui_locale, self)
        dialog.confirm = self.ctx.dialogs.confirm

        def shown_in_its_year(outcome: Any) -> None:
            if self.chosen_year not in (None, outcome.value.year):
                self.chosen_year = outcome.value.year  # show the year it went to

        self.save_from(dialog, item, "item",
                       (tr("ItemsView", "Create co-operation item"), create_item),
                       (tr("ItemsView", "Edit co-operation item"), update_item),
                       shown_in_its_year)

    def delete_item(self) -> None:
        self.confirm_delete(
            tr("ItemsView", "Delete co-operation item"), delete_item,
            lambda i: tr("ItemsView", "Delete item {0} of {1}, “{2}”? You can undo this while "
                                      "no other item of the year has taken its number.").format(
                i.number, i.year,
                primary_secondary(i.title_en, i.title_zh_hant, i.title_zh_hans)[0]))

    def start_next_year(self) -> None:
        """Read the items afresh (which numbers the new year has taken decides what the dialog
        offers), then open the dialog."""
        self.ctx.runner.read(queries.list_items, on_success=self._open_rollover)

    def _open_rollover(self, items: list[rows.ItemRow]) -> None:
        self.everything = items
        years = self.years()
        if not years:
            return
        dialog = RolloverDialog(items, self.chosen_year or years[0], self.ctx.ui_locale, self)

        def save(values: dict[str, Any]) -> None:
            def done(_outcome: Any) -> None:
                self.chosen_year = values["to_year"]  # the new year, offered and chosen
                dialog.saved()

            self.ctx.perform(tr("ItemsView", "Start {0}").format(values["to_year"]), rollover,
                             values["from_year"], values["to_year"], values["numbers"],
                             on_done=done, on_error=dialog.failed)

        dialog.submitted.connect(save)
        self.ctx.dialogs.show(dialog)
