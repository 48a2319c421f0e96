"""Editors for a delegation (with its emergency contacts) and for one item of its itinerary."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.enums import ItineraryKind, Side, Status
from planner.domain.errors import PlannerError, Problem, ValidationError
from planner.i18n import render
from planner.operations.base import Earlier
from planner.operations.contacts import CONTACT_FIELDS, validate_contact
from planner.operations.delegations import validate_delegation, validate_itinerary
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.discard import ConfirmDiscard
from planner.ui.dialogs.event_dialog import compact, enum_combo, item_label, scrolled
from planner.ui.models.contacts import ContactsModel, contact_values
from planner.ui.models.drafts import DraftList, loaded
from planner.ui.reference import Reference
from planner.ui.text import bilingual, tr
from planner.ui.widgets.cell_editors import DraftDelegate
from planner.ui.widgets.draft_table import DraftTable
from planner.ui.widgets.schedule_edit import ScheduleEdit
from planner.ui.widgets.venue_picker import Create, VenuePicker


def _organisation_combo(reference: Reference, name: str, none_label: str) -> QComboBox:
    combo = compact(QComboBox())
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


class DelegationDialog(ConfirmDiscard, EditDialog):
    """collect() returns the delegation's own values (for create_delegation and
    update_delegation); the emergency contacts are `contacts`, saved through contact_steps()
    or batch(). Editing, pass the delegation's detail row (queries.get_delegation), which holds
    its contacts; `with_contacts=False` leaves the tab out."""

    def __init__(self, reference: Reference, delegation: rows.DelegationRow | None = None,
                 locale: str = "en", parent: QWidget | None = None, *,
                 with_contacts: bool = True) -> None:
        super().__init__(tr("DelegationDialog", "New delegation") if delegation is None
                         else tr("DelegationDialog", "Edit delegation"), locale, parent,
                         embed_form=False)
        self.delegation = delegation
        self.with_contacts = with_contacts
        self.tabs = QTabWidget()
        self.tabs.setObjectName("delegation_tabs")
        page = QWidget()
        page.setLayout(self.form)
        self.tabs.addTab(scrolled(page), tr("DelegationDialog", "Dele&gation"))
        self.contacts = DraftList(ordered=True)
        if delegation is not None:
            self.contacts.load(loaded(delegation.contacts, contact_values))
        self.contacts_model = ContactsModel(self.contacts, editable=True, parent=self)
        self.contacts_page = self._contacts_tab()
        if with_contacts:
            self.tabs.addTab(self.contacts_page, tr("DelegationDialog", "Emergency c&ontacts"))
        else:
            self.contacts_page.hide()
        self.layout_.insertWidget(0, self.tabs)
        form = self.form
        self.texts: dict[str, QLineEdit] = {}
        for name, label in (("name_en", tr("DelegationDialog", "Name (&English)")),
                            ("name_zh_hant", tr("DelegationDialog", "Name (&Traditional Chinese)")),
                            ("name_zh_hans", tr("DelegationDialog", "Name (Si&mplified Chinese)")),
                            ("theme_en", tr("DelegationDialog", "T&heme"))):
            self.texts[name] = form.add_field(name, label, QLineEdit())
            self.texts[name].setObjectName(name)
        self.lead = form.add_field("lead_organisation_id", tr("DelegationDialog", "&Leading organisation"),
                                _organisation_combo(reference, "lead", tr("DelegationDialog", "(none)")))
        self.origin = form.add_field("origin", tr("DelegationDialog", "&From"), enum_combo(Side, "origin"))
        self.origin_city = form.add_field("origin_city", tr("DelegationDialog", "From &city"), QLineEdit())
        self.destination = form.add_field("destination", tr("DelegationDialog", "&To"),
                                       enum_combo(Side, "destination"))
        self.destination_city = form.add_field("destination_city", tr("DelegationDialog", "To c&ity"), QLineEdit())
        self.schedule = form.add_field("schedule", tr("DelegationDialog", "&Dates"), ScheduleEdit())
        self.status = form.add_field("status", tr("DelegationDialog", "&Status"), enum_combo(Status, "status"))
        self.item = form.add_field("item_id", tr("DelegationDialog", "Co-operation &item"),
                                compact(QComboBox()))
        self.item.addItem(tr("DelegationDialog", "(none)"), None)
        for item in reference.items:
            self.item.addItem(item_label(item), item.id)
        self.notes = form.add_field("notes", tr("DelegationDialog", "&Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(70)
        if delegation is None:
            self.origin.setCurrentIndex(self.origin.findData(Side.GUANGDONG.value))
            self.destination.setCurrentIndex(self.destination.findData(Side.HONG_KONG.value))
            self.schedule.all_day.setChecked(True)
        else:
            self._load(delegation)
        self.contacts_table.fit(-1)
        self.resize(720, 600)

    def _contacts_tab(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        hint = QLabel(tr("DelegationDialog", "Organiser staff to call during the trip, in the "
                         "order the itinerary prints them. Type in the table; the changes are "
                         "saved with the delegation when you press OK."))
        hint.setWordWrap(True)
        box.addWidget(hint)
        table = DraftTable(self.contacts_model, "contacts_table", (
            ("add", tr("DelegationDialog", "&Add"),
             tr("DelegationDialog", "Add a contact at the end")),
            ("remove", tr("DelegationDialog", "&Remove"),
             tr("DelegationDialog", "Take the chosen contact off the list (on OK)")),
            ("up", tr("DelegationDialog", "Move &up"),
             tr("DelegationDialog", "Print the chosen contact earlier")),
            ("down", tr("DelegationDialog", "Move do&wn"),
             tr("DelegationDialog", "Print the chosen contact later"))), DraftDelegate())
        table.add_clicked.connect(lambda: table.append({"name": "", "phone": "", "role": ""}))
        box.addWidget(table, 1)
        self.contacts_table = table
        return page

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
        self.notes.setPlainText(d.notes or "")

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}
        values.update(lead_organisation_id=self.lead.currentData(),
                      origin=self.origin.currentData(), destination=self.destination.currentData(),
                      origin_city=self.origin_city.text(),
                      destination_city=self.destination_city.text(),
                      status=self.status.currentData(), item_id=self.item.currentData(),
                      notes=self.notes.toPlainText())
        problems: list[Problem] = []
        try:
            _schedule_and_rules(self.schedule, values, validate_delegation, self.delegation)
        except ValidationError as error:
            problems.extend(error.problems)
        if self.with_contacts:
            problems.extend(self._check_contacts())
        if problems:
            raise ValidationError(problems)
        return values

    def _check_contacts(self) -> list[Problem]:
        """Each contact as the core will judge it; problems named by row beside the table."""
        self.contacts_table.clear_problems()
        rows_: dict[int, list[str]] = {}
        found: list[Problem] = []
        for i, draft in enumerate(self.contacts.drafts):
            try:
                validate_contact(draft.values)
            except ValidationError as error:
                found.extend(Problem(p.code, p.params, "contacts") for p in error.problems)
                rows_[i] = [tr("DelegationDialog", "Contact {0}: {1}").format(
                    i + 1, render(p, self.ui_locale)) for p in error.problems]
        if rows_:
            self.contacts_table.show_problems("\n".join(m for ms in rows_.values() for m in ms),
                                              rows_)
        return found

    def show_error(self, error: BaseException) -> None:
        """Problems with the contacts beside their table, the others beside the fields."""
        ours = [p for p in getattr(error, "problems", ())
                if p.field == "contacts" or p.field in CONTACT_FIELDS]
        if not isinstance(error, PlannerError) or not ours:
            self.contacts_table.clear_problems()
            super().show_error(error)
            self.tabs.setCurrentIndex(0)
            return
        rest = [p for p in error.problems if p not in ours]
        self.form.clear_problems()
        if rest:
            self.form.show_problems(rest, lambda p: render(p, self.ui_locale))
        if not self.contacts_table.problem.text():  # refused by the core, not by our check
            self.contacts_table.show_problems("\n".join(render(p, self.ui_locale) for p in ours))
        self.tabs.setCurrentIndex(0 if rest else 1)

    def unsaved_rows(self) -> str:
        return tr("DelegationDialog", "The changes to the emergency contacts") \
            if self.with_contacts and self.contacts.changed() else ""

    def contact_steps(self, delegation_ref: Any) -> list[dict[str, Any]]:
        """Batch steps for the contacts that changed; `delegation_ref` is the delegation's id,
        or Earlier(i) for one the same batch creates at step i."""
        if not self.with_contacts:
            return []
        return self.contacts.steps("contact", {"delegation_id": delegation_ref})

    def batch(self, values: dict[str, Any], version: int | None = None) -> list[dict[str, Any]]:
        """The delegation (created, or updated at `version`) and its contacts, as one batch."""
        if self.delegation is None:
            return [{"op": "delegation.create", "args": values}, *self.contact_steps(Earlier(0))]
        d = self.delegation
        return [{"op": "delegation.update", "args": {
            "ident": d.id, "version": d.version if version is None else version, **values}},
            *self.contact_steps(d.id)]


class ItineraryItemDialog(EditDialog):
    def __init__(self, reference: Reference, item: rows.ItineraryRow | None = None,
                 default_zone: str = "Asia/Hong_Kong", default_schedule: Any = None,
                 locale: str = "en", parent: QWidget | None = None, *,
                 create_venue: Create | None = None) -> None:
        super().__init__(tr("ItineraryItemDialog", "New itinerary item") if item is None
                         else tr("ItineraryItemDialog", "Edit itinerary item"), locale, parent)
        self.item = item
        form = self.form
        self.kind = form.add_field("kind", tr("ItineraryItemDialog", "&Kind"),
                                enum_combo(ItineraryKind, "kind"))
        self.texts: dict[str, QLineEdit] = {}
        for name, label in (("title_en", tr("ItineraryItemDialog", "Activity (&English)")),
                            ("title_zh_hant", tr("ItineraryItemDialog", "Activity (&Traditional Chinese)")),
                            ("title_zh_hans", tr("ItineraryItemDialog", "Activity (Si&mplified Chinese)"))):
            self.texts[name] = form.add_field(name, label, QLineEdit())
            self.texts[name].setObjectName(name)
        self.schedule = form.add_field("schedule", tr("ItineraryItemDialog", "&When"), ScheduleEdit())
        self.venue = form.add_field("venue_id", tr("ItineraryItemDialog", "&Venue"),
                                 VenuePicker(reference.venues, create=create_venue,
                                             locale=locale))
        self.host = form.add_field("host_organisation_id", tr("ItineraryItemDialog", "&Host"),
                                _organisation_combo(reference, "host", tr("ItineraryItemDialog", "(none)")))
        self.contact = form.add_field("contact_person", tr("ItineraryItemDialog", "&Contact person"), QLineEdit())
        self.control_point = form.add_field("control_point", tr("ItineraryItemDialog", "Control &point"), QLineEdit())
        self.control_point.setObjectName("control_point")
        self.notes = form.add_field("notes", tr("ItineraryItemDialog", "&Notes"), QPlainTextEdit())
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
        self.venue.set_value(i.venue.id if i.venue else None)
        self.host.setCurrentIndex(max(0, self.host.findData(i.host.id if i.host else None)))
        self.contact.setText(i.contact_person or "")
        self.control_point.setText(i.control_point or "")
        self.notes.setPlainText(i.notes or "")

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}
        values.update(kind=self.kind.currentData(), venue_id=self.venue.value(),
                      host_organisation_id=self.host.currentData(),
                      contact_person=self.contact.text(), control_point=self.control_point.text(),
                      notes=self.notes.toPlainText())
        _schedule_and_rules(self.schedule, values, validate_itinerary, self.item)
        return values
