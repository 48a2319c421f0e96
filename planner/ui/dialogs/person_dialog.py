"""Create or edit a person; names are kept exactly as typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from planner.domain import rows
from planner.domain.enums import PersonCategory
from planner.operations.people import validate_person
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.event_dialog import enum_combo
from planner.ui.text import bilingual, tr

TEXT_FIELDS = ("name_en", "name_zh", "position", "email", "phone", "dietary_needs", "access_needs")


class PersonDialog(EditDialog):
    def __init__(self, organisations: tuple[rows.OrganisationRow, ...],
                 person: rows.PersonRow | None = None, locale: str = "en",
                 parent: QWidget | None = None) -> None:
        title = tr("PersonDialog", "New person") if person is None else tr("PersonDialog", "Edit person")
        super().__init__(title, locale, parent)
        self.person = person
        f = self.form
        labels = {"name_en": tr("PersonDialog", "&English name"),
                  "name_zh": tr("PersonDialog", "&Chinese name"),
                  "position": tr("PersonDialog", "&Position"),
                  "email": tr("PersonDialog", "E-&mail"), "phone": tr("PersonDialog", "P&hone"),
                  "dietary_needs": tr("PersonDialog", "&Dietary needs"),
                  "access_needs": tr("PersonDialog", "&Access needs")}
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS[:2]:
            self.edits[name] = f.add_field(name, labels[name], QLineEdit())
        self.organisation = f.add_field("organisation_id", tr("PersonDialog", "&Organisation"),
                                        QComboBox())
        self.organisation.setObjectName("organisation_id")
        self.organisation.addItem(tr("PersonDialog", "(none)"), None)
        for org in organisations:
            self.organisation.addItem(f"{org.code or ''} {bilingual(org.name_en, org.name_zh_hant, org.name_zh_hans)}".strip(), org.id)
        for name in TEXT_FIELDS[2:]:
            self.edits[name] = f.add_field(name, labels[name], QLineEdit())
        self.category = f.add_field("category", tr("PersonDialog", "Ca&tegory"),
                                    enum_combo(PersonCategory, "category"))
        self.is_minor = f.add_field("is_minor", tr("PersonDialog", "&Minor"),
                                    QCheckBox(tr("PersonDialog", "Under 18: trips need a guardian's consent")))
        for name, edit in self.edits.items():
            edit.setObjectName(name)
        if person is not None:
            for name in TEXT_FIELDS:
                self.edits[name].setText(getattr(person, name) or "")
            self.organisation.setCurrentIndex(
                max(0, self.organisation.findData(person.organisation.id if person.organisation else None)))
            self.category.setCurrentIndex(self.category.findData(person.category.value))
            self.is_minor.setChecked(person.is_minor)
        self.resize(520, 420)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values.update(organisation_id=self.organisation.currentData(),
                      category=self.category.currentData(), is_minor=self.is_minor.isChecked())
        validate_person(values, None if self.person is None else self.person)  # type: ignore[arg-type]
        return values
