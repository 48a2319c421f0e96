"""Create or edit a co-operation item: its programme year and number, titles and narratives in
three scripts, the lead organisations in order, and the figures reported for it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.enums import FigureUnit
from planner.domain.errors import PlannerError
from planner.i18n import render
from planner.operations.items import next_year, validate_item
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.discard import ConfirmDiscard
from planner.ui.dialogs.event_dialog import compact, scrolled
from planner.ui.dialogs.ordered_list import OrderedList
from planner.ui.formats import parse_number, plain_number
from planner.ui.labels import fill_combo
from planner.ui.sorting import sort_key
from planner.ui.text import bilingual, tr
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.scripts import ScriptSuggestion, with_button

TITLES = ("title_en", "title_zh_hant", "title_zh_hans")
NARRATIVES = ("narrative_en", "narrative_zh_hant", "narrative_zh_hans")
LABELS = ("label_en", "label_zh_hant", "label_zh_hans")
VALUE, UNIT = 3, 4  # figure table columns after the three labels
KEY_ROLE = Qt.ItemDataRole.UserRole


def current_year(today: date | None = None) -> str:
    """The programme year a date falls in, for a database with no items yet (April starts one,
    as the government's financial year does)."""
    today = today or date.today()
    first = today.year if today.month >= 4 else today.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


def organisation_label(o: rows.OrganisationRow) -> str:
    return f"{o.code or ''} {bilingual(o.name_en, o.name_zh_hant, o.name_zh_hans)}".strip()


def organisation_order(o: rows.OrganisationRow) -> tuple[int, str, str]:
    """Organisations with a code by their code (it leads their label), the others by name."""
    return (0 if o.code else 1, (o.code or "").casefold(),
            sort_key(bilingual(o.name_en, o.name_zh_hant, o.name_zh_hans)))


class ItemDialog(ConfirmDiscard, EditDialog):
    """`items` are the items of every year (deleted ones are left out: they free their numbers),
    for the years offered and the next free number; `year` is the year a new item starts in. The owner sets `confirm`
    (Cancel asks before dropping changed leads or figures)."""

    def __init__(self, organisations: Sequence[rows.OrganisationRow],
                 items: Sequence[rows.ItemRow], item: rows.ItemRow | None = None,
                 year: str | None = None, locale: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("ItemDialog", "New co-operation item") if item is None
                         else tr("ItemDialog", "Edit co-operation item"), locale, parent,
                         embed_form=False)
        self.setObjectName("item_dialog")
        self.item = item
        self._taken: dict[str, set[int]] = {}
        for other in items:
            if other.status != "deleted" and (item is None or other.id != item.id):
                self._taken.setdefault(other.year, set()).add(other.number)
        self._organisations = {o.id: o for o in organisations}
        form = self.form
        self.year = form.add_field("year", tr("ItemDialog", "Programme &year"), self._year_combo(
            items, year or (item.year if item else None)))
        self.number = form.add_field("number", tr("ItemDialog", "N&umber"), QSpinBox())
        self.number.setObjectName("number")
        self.number.setRange(1, 999)
        self.number.setToolTip(tr("ItemDialog", "Items are numbered 1, 2, 3… within a year"))
        self.titles = {name: QLineEdit() for name in TITLES}
        for name, edit in self.titles.items():
            edit.setObjectName(name)
        self.title_suggest = ScriptSuggestion(self.titles["title_zh_hant"],
                                              self.titles["title_zh_hans"], self)
        form.add_field("title_en", tr("ItemDialog", "Title (&English)"), self.titles["title_en"])
        form.add_field("title_zh_hant", tr("ItemDialog", "Title (&Traditional Chinese)"),
                    with_button(self.titles["title_zh_hant"], self.title_suggest.hant_button))
        form.add_field("title_zh_hans", tr("ItemDialog", "Title (Si&mplified Chinese)"),
                    with_button(self.titles["title_zh_hans"], self.title_suggest.hans_button))
        self.is_new = form.add_field("is_new", "", QCheckBox(tr("ItemDialog", "&New this year")))
        self.is_new.setObjectName("is_new")
        self.is_new.setToolTip(tr("ItemDialog", "The item is carried out for the first time "
                                                "this year (the report lists the new items)"))
        form.add_field("leads", tr("ItemDialog", "&Lead organisations"), self._leads_box(organisations))
        form.add_field("narratives", tr("ItemDialog", "Narrati&ve"), self._narratives_box())
        form.add_field("figures", tr("ItemDialog", "&Figures"), self._figures_box())
        page = QWidget()
        page.setLayout(self.form)
        self.scroll_area = scrolled(page)
        self.scroll_area.setObjectName("item_scroll")
        self.layout_.insertWidget(0, self.scroll_area)
        self._number_follows_year = item is None
        self.year.currentTextChanged.connect(self._year_changed)
        self.number.valueChanged.connect(self._number_edited)
        if item is not None:
            self._load(item)
        else:
            self._year_changed()
        self._lists_at_start = self._lists()
        self.titles["title_en"].setFocus()
        self.resize(860, 640)

    # ----- building -------------------------------------------------------------------------
    def _year_combo(self, items: Sequence[rows.ItemRow], year: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("year")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setToolTip(tr("ItemDialog", "The programme year, written like 2017-18; choose one "
                                          "or type another"))
        known = {i.year for i in items if i.status != "deleted"}
        latest = max(known) if known else None
        offered = known | ({next_year(latest)} if latest else {current_year()})
        combo.addItems(sorted(offered, reverse=True))  # newest first
        combo.setCurrentText(year or latest or current_year())
        return combo

    def _leads_box(self, organisations: Sequence[rows.OrganisationRow]) -> QWidget:
        self.leads = OrderedList("leads", tr("ItemDialog", "Rem&ove"),
                                 tr("ItemDialog", "Move u&p"), tr("ItemDialog", "Move &down"))
        self.leads.list.setFixedHeight(84)
        self.leads.list.setToolTip(tr("ItemDialog", "The organisations that lead the item, "
                                                    "in the order the report names them"))
        self.lead_choice = compact(QComboBox())
        self.lead_choice.setObjectName("lead_choice")
        for o in sorted(organisations, key=organisation_order):
            self.lead_choice.addItem(organisation_label(o), o.id)
        self.add_lead_button = push_button(tr("ItemDialog", "&Add"), "add_lead", self._add_lead)
        self.add_lead_button.setToolTip(tr("ItemDialog", "Add the chosen organisation as the "
                                                         "last lead"))
        self.add_lead_button.setEnabled(bool(organisations))
        row = QHBoxLayout()
        row.addWidget(self.lead_choice, 1)
        row.addWidget(self.add_lead_button)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.leads)
        column.addLayout(row)
        return box

    def _narratives_box(self) -> QTabWidget:
        self.narratives = {name: QPlainTextEdit() for name in NARRATIVES}
        self.narrative_suggest = ScriptSuggestion(self.narratives["narrative_zh_hant"],
                                                  self.narratives["narrative_zh_hans"], self)
        tabs = self.narrative_tabs = QTabWidget()
        tabs.setObjectName("narratives")
        buttons = {"narrative_zh_hant": self.narrative_suggest.hant_button,
                   "narrative_zh_hans": self.narrative_suggest.hans_button}
        for name, title in (("narrative_en", tr("ItemDialog", "English")),
                            ("narrative_zh_hant", tr("ItemDialog", "Traditional Chinese")),
                            ("narrative_zh_hans", tr("ItemDialog", "Simplified Chinese"))):
            edit = self.narratives[name]
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(4, 4, 4, 4)
            column.addWidget(edit)
            if name in buttons:
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(buttons[name])
                column.addLayout(row)
            tabs.addTab(page, title)
        tabs.setMinimumHeight(170)
        return tabs

    def _figures_box(self) -> QWidget:
        self.figures = QTableWidget(0, 5)
        self.figures.setObjectName("figures")
        self.figures.setHorizontalHeaderLabels([
            tr("ItemDialog", "Label (English)"), tr("ItemDialog", "Label (Traditional)"),
            tr("ItemDialog", "Label (Simplified)"), tr("ItemDialog", "Value"),
            tr("ItemDialog", "Unit")])
        self.figures.setToolTip(tr("ItemDialog", "Figures the report gives for the item, such as "
                                                 "the number of participants"))
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figures.verticalHeader().hide()
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column, width in ((VALUE, 90), (UNIT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.figures.setMinimumHeight(120)
        self.add_figure_button = push_button(tr("ItemDialog", "Add f&igure"), "add_figure",
                                             lambda: self.add_figure())
        self.remove_figure_button = push_button(tr("ItemDialog", "Remove fi&gure"),
                                                "remove_figure", self._remove_figure)
        self.figures.currentCellChanged.connect(lambda *_a: self._enable_figure_buttons())
        self._enable_figure_buttons()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_figure_button)
        buttons.addWidget(self.remove_figure_button)
        buttons.addStretch(1)
        box = QWidget()
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.figures, 1)
        stack.addLayout(buttons)
        return box

    # ----- behaviour ------------------------------------------------------------------------
    def _year_changed(self) -> None:
        if self._number_follows_year:  # a new item takes the year's next free number
            taken = self._taken.get(self.year.currentText().strip(), set())
            self.number.blockSignals(True)
            self.number.setValue(min(999, max(taken, default=0) + 1))
            self.number.blockSignals(False)

    def _number_edited(self) -> None:
        self._number_follows_year = False

    def _add_lead(self) -> None:
        ident = self.lead_choice.currentData()
        if ident is None:
            return
        if ident in self.leads.entries():  # each organisation leads once: show where it is
            self.leads.list.setCurrentRow(self.leads.entries().index(ident))
            return
        self.leads.add(self.lead_choice.currentText(), ident)

    def add_figure(self, figure: rows.FigureRow | None = None) -> int:
        """A row for a figure (empty when none is given); its row number."""
        row = self.figures.rowCount()
        self.figures.insertRow(row)
        for column, name in enumerate(LABELS):
            cell = QTableWidgetItem(getattr(figure, name) or "" if figure else "")
            self.figures.setItem(row, column, cell)
        first = self.figures.item(row, 0)
        if first is not None:  # set just above
            first.setData(KEY_ROLE, figure.key if figure else None)
        value = QTableWidgetItem(plain_number(figure.value) if figure else "")
        value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.figures.setItem(row, VALUE, value)
        unit = fill_combo(QComboBox(), FigureUnit)
        unit.setObjectName(f"figure_unit_{row}")
        unit.setCurrentIndex(unit.findData((figure.unit if figure else FigureUnit.COUNT).value))
        self.figures.setCellWidget(row, UNIT, unit)
        self.figures.setCurrentCell(row, 0)
        self._enable_figure_buttons()
        return row

    def _remove_figure(self) -> None:
        row = self.figures.currentRow()
        if row >= 0:
            self.figures.removeRow(row)
            self._enable_figure_buttons()

    def _enable_figure_buttons(self) -> None:
        self.remove_figure_button.setEnabled(self.figures.currentRow() >= 0)

    def _load(self, item: rows.ItemRow) -> None:
        self.year.setCurrentText(item.year)
        self.number.setValue(item.number)
        for name, edit in self.titles.items():
            edit.setText(getattr(item, name) or "")
        for name, text_edit in self.narratives.items():
            text_edit.setPlainText(getattr(item, name) or "")
        self.is_new.setChecked(item.is_new)
        for lead in item.leads:
            known = self._organisations.get(lead.id)
            self.leads.add(organisation_label(known) if known else
                           lead.code or bilingual(lead.name_en, lead.name_zh_hant,
                                                  lead.name_zh_hans), lead.id)
        for figure in item.figures:
            self.add_figure(figure)

    # ----- saving ---------------------------------------------------------------------------
    def figure_values(self) -> list[dict[str, Any]]:
        """The figures as create_item/update_item take them; a row left empty is skipped, a
        figure keeps its key, a new one gets a key no other figure has."""
        out: list[dict[str, Any]] = []
        for row in range(self.figures.rowCount()):
            texts = {name: (cell.text() if (cell := self.figures.item(row, c))
                            else "").strip() for c, name in enumerate(LABELS)}
            value_item = self.figures.item(row, VALUE)
            value = parse_number(value_item.text() if value_item else "")
            if value is None and not any(texts.values()):
                continue
            unit = self.figures.cellWidget(row, UNIT)
            figure = {**texts, "value": value,
                      "unit": unit.currentData() if isinstance(unit, QComboBox) else None}
            first = self.figures.item(row, 0)
            key = first.data(KEY_ROLE) if first else None
            if key:
                figure["key"] = key
            out.append(figure)
        used = {f["key"] for f in out if "key" in f}
        for position, figure in enumerate(out):
            if "key" not in figure:
                number = position + 1
                while f"figure_{number}" in used:
                    number += 1
                figure["key"] = f"figure_{number}"
                used.add(figure["key"])
        return out

    def _lists(self) -> tuple[list[Any], list[dict[str, Any]]]:
        return self.leads.entries(), self.figure_values()

    def unsaved_rows(self) -> str:
        return tr("ItemDialog", "The changes to the lead organisations and figures") \
            if self._lists() != self._lists_at_start else ""

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.titles.items()}
        values.update({name: edit.toPlainText() for name, edit in self.narratives.items()})
        values.update(year=self.year.currentText().strip(), number=self.number.value(),
                      is_new=self.is_new.isChecked(), leads=self.leads.entries(),
                      figures=self.figure_values())
        validate_item(values, self.item)  # type: ignore[arg-type]
        return values

    def show_error(self, error: BaseException) -> None:
        """Problems with a narrative are shown under the narratives, on that language's tab."""
        if not isinstance(error, PlannerError):
            super().show_error(error)
            return
        wrong = [p.field for p in error.problems if p.field in NARRATIVES]
        if wrong:
            self.narrative_tabs.setCurrentIndex(NARRATIVES.index(wrong[0]))
        problems = [replace(p, field="narratives") if p.field in NARRATIVES else p
                    for p in error.problems]
        self.form.show_problems(problems, lambda p: render(p, self.ui_locale))
        shown = self.focusWidget()
        if shown is not None and self.scroll_area.isAncestorOf(shown):
            self.scroll_area.ensureWidgetVisible(shown)
