"""Editors for a delegation and for one item of its itinerary."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from planner.domain import rows
from planner.domain.enums import ItineraryKind, Side, Status
from planner.domain.errors import Problem, ValidationError
from planner.operations.delegations import validate_delegation, validate_itinerary
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.event_dialog import enum_combo, item_label
from planner.ui.reference import Reference
from planner.ui.text import bilingual, tr
from planner.ui.widgets.schedule_edit import ScheduleEdit


def _organisation_combo(reference: Reference, name: str, none_label: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(none_label, None)
    for org in reference.organisations:
        combo.addItem(f"{org.code or ''} {bilingual(org.name_en, org.name_zh_hant, org.name_zh_hans)}".strip(), org.id)
    return combo


def _schedule_and_rules(schedule: ScheduleEdit, values: dict[str, Any], validate: Any,
                        current: Any) -> None:
    problems: list[Problem] = []
    try:
        values["schedule"] = schedule.value()
    except ValidationError as error:
        problems.extend(error.problems)
    try:
        validate(values, current)
    except ValidationError as error:
        problems.extend(p for p in error.problems if p.field != "schedule")
    if problems:
        raise ValidationError(problems)


class DelegationDialog(EditDialog):
    def __init__(self, reference: Reference, delegation: rows.DelegationRow | None = None,
                 locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(tr("DelegationDialog", "New delegation") if delegation is None
                         else tr("DelegationDialog", "Edit delegation"), locale, parent)
        self.delegation = delegation
        f = self.form
        self.texts: dict[str, QLineEdit] = {}
        for name, label in (("name_en", tr("DelegationDialog", "Name (&English)")),
                            ("name_zh_hant", tr("DelegationDialog", "Name (&Traditional Chinese)")),
                            ("name_zh_hans", tr("DelegationDialog", "Name (Si&mplified Chinese)")),
                            ("theme_en", tr("DelegationDialog", "T&heme"))):
            self.texts[name] = f.add_field(name, label, QLineEdit())
            self.texts[name].setObjectName(name)
        self.lead = f.add_field("lead_organisation_id", tr("DelegationDialog", "&Leading organisation"),
                                _organisation_combo(reference, "lead", tr("DelegationDialog", "(none)")))
        self.origin = f.add_field("origin", tr("DelegationDialog", "&From"), enum_combo(Side, "origin"))
        self.origin_city = f.add_field("origin_city", tr("DelegationDialog", "From &city"), QLineEdit())
        self.destination = f.add_field("destination", tr("DelegationDialog", "&To"),
                                       enum_combo(Side, "destination"))
        self.destination_city = f.add_field("destination_city", tr("DelegationDialog", "To c&ity"), QLineEdit())
        self.schedule = f.add_field("schedule", tr("DelegationDialog", "&Dates"), ScheduleEdit())
        self.status = f.add_field("status", tr("DelegationDialog", "&Status"), enum_combo(Status, "status"))
        self.item = f.add_field("item_id", tr("DelegationDialog", "Co-operation &item"), QComboBox())
        self.item.addItem(tr("DelegationDialog", "(none)"), None)
        for item in reference.items:
            self.item.addItem(item_label(item), item.id)
        self.notes = f.add_field("notes", tr("DelegationDialog", "&Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(70)
        if delegation is None:
            self.origin.setCurrentIndex(self.origin.findData(Side.GUANGDONG.value))
            self.destination.setCurrentIndex(self.destination.findData(Side.HONG_KONG.value))
            self.schedule.all_day.setChecked(True)
        else:
            self._load(delegation)
        self.resize(720, 600)

    def _load(self, d: rows.DelegationRow) -> None:
        for name, edit in self.texts.items():
            edit.setText(getattr(d, name) or "")
        self.lead.setCurrentIndex(max(0, self.lead.findData(d.lead.id if d.lead else None)))
        self.origin.setCurrentIndex(self.origin.findData(d.origin.value))
        self.destination.setCurrentIndex(self.destination.findData(d.destination.value))
        self.origin_city.setText(d.origin_city or "")
        self.destination_city.setText(d.destination_city or "")
        self.schedule.set_value(d.schedule)
        self.status.setCurrentIndex(self.status.findData(d.status.value))
        self.item.setCurrentIndex(max(0, self.item.findData(d.item.id if d.item else None)))

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}
        values.update(lead_organisation_id=self.lead.currentData(),
                      origin=self.origin.currentData(), destination=self.destination.currentData(),
                      origin_city=self.origin_city.text(),
                      destination_city=self.destination_city.text(),
                      status=self.status.currentData(), item_id=self.item.currentData(),
                      notes=self.notes.toPlainText())
        _schedule_and_rules(self.schedule, values, validate_delegation, self.delegation)
        return values


class ItineraryItemDialog(EditDialog):
    def __init__(self, reference: Reference, item: rows.ItineraryRow | None = None,
                 default_zone: str = "Asia/Hong_Kong", default_schedule: Any = None,
                 locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(tr("ItineraryItemDialog", "New itinerary item") if item is None
                         else tr("ItineraryItemDialog", "Edit itinerary item"), locale, parent)
        self.item = item
        f = self.form
        self.kind = f.add_field("kind", tr("ItineraryItemDialog", "&Kind"),
                                enum_combo(ItineraryKind, "kind"))
        self.texts: dict[str, QLineEdit] = {}
        for name, label in (("title_en", tr("ItineraryItemDialog", "Activity (&English)")),
                            ("title_zh_hant", tr("ItineraryItemDialog", "Activity (&Traditional Chinese)")),
                            ("title_zh_hans", tr("ItineraryItemDialog", "Activity (Si&mplified Chinese)"))):
            self.texts[name] = f.add_field(name, label, QLineEdit())
            self.texts[name].setObjectName(name)
        self.schedule = f.add_field("schedule", tr("ItineraryItemDialog", "&When"), ScheduleEdit())
        self.venue = f.add_field("venue_id", tr("ItineraryItemDialog", "&Venue"), QComboBox())
        self.venue.setObjectName("venue_id")
        self.venue.addItem(tr("ItineraryItemDialog", "(no venue)"), None)
        for venue in reference.venues:
            self.venue.addItem(bilingual(venue.name_en, venue.name_zh_hant, venue.name_zh_hans), venue.id)
        self.host = f.add_field("host_organisation_id", tr("ItineraryItemDialog", "&Host"),
                                _organisation_combo(reference, "host", tr("ItineraryItemDialog", "(none)")))
        self.contact = f.add_field("contact_person", tr("ItineraryItemDialog", "&Contact person"), QLineEdit())
        self.control_point = f.add_field("control_point", tr("ItineraryItemDialog", "Control &point"), QLineEdit())
        self.control_point.setObjectName("control_point")
        self.notes = f.add_field("notes", tr("ItineraryItemDialog", "&Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(60)
        if item is None:
            self.schedule.set_value(default_schedule, default_zone)
        else:
            self._load(item)
        self.resize(680, 520)

    def _load(self, i: rows.ItineraryRow) -> None:
        self.kind.setCurrentIndex(self.kind.findData(i.kind.value))
        for name, edit in self.texts.items():
            edit.setText(getattr(i, name) or "")
        self.schedule.set_value(i.schedule)
        self.venue.setCurrentIndex(max(0, self.venue.findData(i.venue.id if i.venue else None)))
        self.host.setCurrentIndex(max(0, self.host.findData(i.host.id if i.host else None)))
        self.contact.setText(i.contact_person or "")
        self.control_point.setText(i.control_point or "")
        self.notes.setPlainText(i.notes or "")

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}
        values.update(kind=self.kind.currentData(), venue_id=self.venue.currentData(),
                      host_organisation_id=self.host.currentData(),
                      contact_person=self.contact.text(), control_point=self.control_point.text(),
                      notes=self.notes.toPlainText())
        _schedule_and_rules(self.schedule, values, validate_itinerary, self.item)
        return values
