"""Create or edit a venue: names in three scripts, address, city, side of the boundary, time zone
(defaulted from the side), position on the map, capacity and whether it takes one booking at a
time."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from planner.domain import rows
from planner.domain.enums import Side
from planner.domain.validation import NAME_FIELDS, values_of
from planner.operations.venues import default_zone, validate_venue
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.event_dialog import enum_combo
from planner.ui.text import tr
from planner.ui.widgets.schedule_edit import ZONES
from planner.ui.widgets.scripts import ScriptSuggestion, with_button

NAMES = ("name_en", "name_zh_hant", "name_zh_hans")
TEXTS = ("address_en", "address_zh", "city")
NO_POSITION = -999.0  # the spin boxes' "not given" value, shown as a dash


class VenueDialog(EditDialog):
    def __init__(self, venue: rows.VenueRow | None = None, locale: str = "en",
                 parent: QWidget | None = None, side: Side | None = None) -> None:
        super().__init__(tr("VenueDialog", "New venue") if venue is None
                         else tr("VenueDialog", "Edit venue"), locale, parent)
        self.setObjectName("venue_dialog")
        self.venue = venue
        form = self.form
        labels = {"name_en": tr("VenueDialog", "Name (&English)"),
                  "name_zh_hant": tr("VenueDialog", "Name (&Traditional Chinese)"),
                  "name_zh_hans": tr("VenueDialog", "Name (Si&mplified Chinese)"),
                  "address_en": tr("VenueDialog", "&Address (English)"),
                  "address_zh": tr("VenueDialog", "Address (C&hinese)"),
                  "city": tr("VenueDialog", "C&ity")}
        self.edits: dict[str, QLineEdit] = {}
        for name in NAMES + TEXTS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.edits[name] = edit
        self.suggest = ScriptSuggestion(self.edits["name_zh_hant"], self.edits["name_zh_hans"],
                                        self)
        form.add_field("name_en", labels["name_en"], self.edits["name_en"])
        form.add_field("name_zh_hant", labels["name_zh_hant"],
                    with_button(self.edits["name_zh_hant"], self.suggest.hant_button))
        form.add_field("name_zh_hans", labels["name_zh_hans"],
                    with_button(self.edits["name_zh_hans"], self.suggest.hans_button))
        for name in TEXTS:
            form.add_field(name, labels[name], self.edits[name])
        self.side = form.add_field("side", tr("VenueDialog", "&Side"), enum_combo(Side, "side"))
        self.timezone = form.add_field("timezone", tr("VenueDialog", "Time &zone"), QComboBox())
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(ZONES)
        self.timezone.setToolTip(tr("VenueDialog", "An IANA time zone such as Asia/Hong_Kong; "
                                    "events at this venue are planned in it"))
        self.latitude = form.add_field("latitude", tr("VenueDialog", "&Latitude"),
                                    self._coordinate("latitude", 90))
        self.longitude = form.add_field("longitude", tr("VenueDialog", "L&ongitude"),
                                     self._coordinate("longitude", 180))
        self.capacity = form.add_field("capacity", tr("VenueDialog", "&Capacity"), QSpinBox())
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText(tr("VenueDialog", "not known"))
        self.exclusive = form.add_field("exclusive", tr("VenueDialog", "&Bookings"), QCheckBox(
            tr("VenueDialog", "One booking at a time (the checks flag double bookings)")))
        self.exclusive.setObjectName("exclusive")
        self._zone_follows_side = venue is None
        self.side.currentIndexChanged.connect(self._side_changed)
        self.timezone.editTextChanged.connect(self._zone_edited)
        if venue is not None:
            self._load(venue)
        else:
            self.side.setCurrentIndex(self.side.findData((side or Side.HONG_KONG).value))
            self._side_changed()
        self.edits["name_en"].setFocus()
        self.resize(560, 520)

    @staticmethod
    def _coordinate(name: str, limit: int) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setDecimals(5)
        box.setRange(NO_POSITION, limit)
        box.setSpecialValueText("—")
        box.setValue(NO_POSITION)
        return box

    def _side_changed(self) -> None:
        zone = default_zone(self.side.currentData())
        if self._zone_follows_side and zone:
            self.timezone.blockSignals(True)
            self.timezone.setCurrentText(zone)
            self.timezone.blockSignals(False)

    def _zone_edited(self) -> None:
        self._zone_follows_side = False  # the organiser chose a zone: the side leaves it alone

    def _load(self, v: rows.VenueRow) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(v, name) or "")
        self.side.setCurrentIndex(self.side.findData(v.side.value))
        self.timezone.setCurrentText(v.timezone)
        self.latitude.setValue(v.latitude if v.latitude is not None else NO_POSITION)
        self.longitude.setValue(v.longitude if v.longitude is not None else NO_POSITION)
        self.capacity.setValue(v.capacity or 0)
        self.exclusive.setChecked(v.exclusive)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values.update(
            side=self.side.currentData(), timezone=self.timezone.currentText().strip(),
            latitude=None if self.latitude.value() == NO_POSITION else self.latitude.value(),
            longitude=None if self.longitude.value() == NO_POSITION else self.longitude.value(),
            capacity=self.capacity.value() or None, exclusive=self.exclusive.isChecked())
        validate_venue(values, None if self.venue is None else values_of(self.venue, NAME_FIELDS))
        return values

