"""Start next year's co-operation items from this year's: the year to start from, the new year,
and which items to copy (with their numbers, titles and lead organisations)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.errors import Problem, ValidationError
from planner.operations.items import next_year
from planner.ui.dialogs.base import EditDialog
from planner.ui.text import primary_secondary, tr
from planner.ui.widgets.buttons import push_button

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class RolloverDialog(EditDialog):
    """`items` are the live items of every year."""

    def __init__(self, items: Sequence[rows.ItemRow], year: str | None = None,
                 locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(tr("RolloverDialog", "Start next year"), locale, parent)
        self.setObjectName("rollover_dialog")
        self.items = list(items)
        live_years = sorted({i.year for i in items if i.status != "deleted"}, reverse=True)
        form = self.form
        intro = QLabel(tr("RolloverDialog", "Each chosen item is copied into the new year with "
                                            "its number, titles and lead organisations. Its "
                                            "narrative, figures and “new this year” are left "
                                            "empty, to be filled in during the year."))
        intro.setWordWrap(True)
        form.insertRow(0, intro)
        self.from_year = form.add_field("from_year", tr("RolloverDialog", "&From year"), QComboBox())
        self.from_year.setObjectName("from_year")
        self.from_year.addItems(live_years)
        self.to_year = form.add_field("to_year", tr("RolloverDialog", "New year"), QLabel())
        self.to_year.setObjectName("to_year")
        self.list = QListWidget()
        self.list.setObjectName("rollover_items")
        self.list.setToolTip(tr("RolloverDialog", "Untick the items that do not continue"))
        self.list.setWordWrap(True)  # long titles in full
        self.list.itemChanged.connect(lambda _item: self._count())
        self.count = QLabel()
        self.count.setObjectName("rollover_count")
        every = push_button(tr("RolloverDialog", "Select &all"), "select_all",
                            lambda: self._check_all(True))
        none = push_button(tr("RolloverDialog", "Select &none"), "select_none",
                           lambda: self._check_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(every)
        buttons.addWidget(none)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        form.add_field("items", tr("RolloverDialog", "&Items to copy"), box)
        self.from_year.currentTextChanged.connect(self._fill)
        if year in live_years:
            self.from_year.setCurrentText(year)
        self._fill()
        self.resize(720, 600)

    def new_year(self) -> str:
        source = self.from_year.currentText()
        return next_year(source) if source else ""

    def _fill(self) -> None:
        source, target = self.from_year.currentText(), self.new_year()
        self.to_year.setText(target)
        taken = {i.number for i in self.items if i.year == target and i.status != "deleted"}
        self.list.blockSignals(True)
        self.list.clear()
        for item in sorted((i for i in self.items if i.year == source and i.status != "deleted"),
                           key=lambda i: i.number):
            title = primary_secondary(item.title_en, item.title_zh_hant, item.title_zh_hans)[0]
            text = f"({item.number}) {title}"
            entry = QListWidgetItem()
            entry.setData(NUMBER_ROLE, item.number)
            if item.number in taken:  # copying it would be refused: say so, leave it out
                entry.setText(tr("RolloverDialog", "{0} — number taken in {1}").format(
                    text, target))
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled
                               & ~Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
            else:
                entry.setText(text)
                entry.setCheckState(Qt.CheckState.Checked)
            entry.setToolTip(text)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self._count()

    def _entries(self) -> list[QListWidgetItem]:
        return [self.list.item(r) for r in range(self.list.count())]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for entry in self._entries():
            if entry.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                entry.setCheckState(state)
        self.list.blockSignals(False)
        self._count()

    def numbers(self) -> list[int]:
        return [int(e.data(NUMBER_ROLE)) for e in self._entries()
                if e.checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        chosen = len(self.numbers())
        self.count.setText(tr("RolloverDialog", "{0} of {1} items chosen").format(
            chosen, self.list.count()))
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(chosen > 0)

    def collect(self) -> dict[str, Any]:
        """The arguments of operations.items.rollover (OK is disabled while none is chosen)."""
        if not self.numbers():
            raise ValidationError([Problem("required", {"field": "items"}, "items")])
        return {"from_year": self.from_year.currentText(), "to_year": self.new_year(),
                "numbers": self.numbers()}
