"""Choosing a venue in an editor, with "New venue…" beside the list to create one on the spot.

The picker does not write to the database itself: whoever builds it passes `create`, which saves
the new venue (an undoable operation of its own) and hands the new row to `add_venue`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from planner.domain import rows
from planner.ui.text import bilingual, tr

# create(picker, side): ask for the new venue (a dialog the caller owns: widgets know no
# dialogs), save it, then call picker.add_venue(row).
Create = Callable[["VenuePicker", Any], None]


def venue_label(venue: rows.VenueRow, with_zone: bool = True) -> str:
    name = bilingual(venue.name_en, venue.name_zh_hant, venue.name_zh_hans)
    return f"{name} — {venue.timezone}" if with_zone else name


class VenuePicker(QWidget):
    changed = Signal(object)  # the chosen VenueRow, or None

    def __init__(self, venues: Iterable[rows.VenueRow], *, name: str = "venue_id",
                 create: Create | None = None, locale: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.venues: list[rows.VenueRow] = list(venues)
        self.ui_locale = locale
        self._create = create
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName(name)
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row.addWidget(self.combo, 1)
        self.new_button = QPushButton(tr("VenuePicker", "&New venue…"))
        self.new_button.setObjectName("new_venue")
        self.new_button.setToolTip(tr("VenuePicker", "Create a venue that is not in the list yet"))
        self.new_button.clicked.connect(self.new_venue)
        self.new_button.setVisible(create is not None)
        row.addWidget(self.new_button)
        self._fill()
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit(self.venue()))

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr("VenuePicker", "(no venue)"), None)
        for venue in self.venues:
            self.combo.addItem(venue_label(venue), venue.id)
        self.combo.blockSignals(False)

    def value(self) -> int | None:
        return self.combo.currentData()

    def venue(self) -> rows.VenueRow | None:
        ident = self.value()
        return next((v for v in self.venues if v.id == ident), None)

    def set_value(self, ident: int | None, *, quiet: bool = True) -> None:
        self.combo.blockSignals(quiet)
        self.combo.setCurrentIndex(max(0, self.combo.findData(ident)))
        self.combo.blockSignals(False)

    def add_venue(self, venue: rows.VenueRow) -> None:
        """A venue just created: into the list, and chosen."""
        self.venues.append(venue)
        self._fill()
        self.set_value(venue.id, quiet=False)

    def new_venue(self) -> None:
        if self._create is None:
            return
        current = self.venue()  # the new venue starts on the same side of the boundary
        self._create(self, current.side if current else None)
