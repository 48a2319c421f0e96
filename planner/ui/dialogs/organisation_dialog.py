"""Create or edit an organisation: code, names in three scripts, aliases, side and kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from planner.domain import rows
from planner.domain.enums import OrganisationKind, Side
from planner.operations.organisations import validate_organisation
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.event_dialog import enum_combo
from planner.ui.text import tr

FIELDS = ("code", "name_en", "name_zh_hant", "name_zh_hans")


class OrganisationDialog(EditDialog):
    def __init__(self, organisation: rows.OrganisationRow | None = None, locale: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("OrganisationDialog", "New organisation") if organisation is None
                         else tr("OrganisationDialog", "Edit organisation"), locale, parent)
        self.organisation = organisation
        labels = {"code": tr("OrganisationDialog", "&Code"),
                  "name_en": tr("OrganisationDialog", "Name (&English)"),
                  "name_zh_hant": tr("OrganisationDialog", "Name (&Traditional Chinese)"),
                  "name_zh_hans": tr("OrganisationDialog", "Name (Si&mplified Chinese)")}
        self.edits = {name: self.form.add_field(name, labels[name], QLineEdit()) for name in FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
        self.aliases = self.form.add_field("aliases", tr("OrganisationDialog", "&Also known as"), QLineEdit())
        self.aliases.setPlaceholderText(tr("OrganisationDialog", "Other names or abbreviations, comma separated"))
        self.side = self.form.add_field("side", tr("OrganisationDialog", "&Side"), enum_combo(Side, "side"))
        self.kind = self.form.add_field("kind", tr("OrganisationDialog", "&Kind"),
                                        enum_combo(OrganisationKind, "kind"))
        if organisation is not None:
            for name, edit in self.edits.items():
                edit.setText(getattr(organisation, name) or "")
            self.aliases.setText(", ".join(organisation.aliases))
            self.side.setCurrentIndex(self.side.findData(organisation.side.value))
            self.kind.setCurrentIndex(self.kind.findData(organisation.kind.value))
        self.resize(520, 340)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values.update(aliases=[a.strip() for a in self.aliases.text().split(",") if a.strip()],
                      side=self.side.currentData(), kind=self.kind.currentData())
        validate_organisation(values, self.organisation)  # type: ignore[arg-type]
        return values
