"""A delegation's emergency contacts as its dialog edits them, in place: name, phone, role."""

from __future__ import annotations

from typing import Any

from planner.domain import rows
from planner.ui.models.drafts import DraftColumn, DraftModel
from planner.ui.text import QT_TRANSLATE_NOOP

CONTACT_VALUES = ("name", "phone", "role")


def contact_values(row: rows.ContactRow) -> dict[str, Any]:
    return {"name": row.name, "phone": row.phone, "role": row.role}


class ContactsModel(DraftModel):
    CONTEXT = "ContactsModel"
    COLUMNS = (
        DraftColumn(QT_TRANSLATE_NOOP("ContactsModel", "Name"), "name",
                    tooltip=QT_TRANSLATE_NOOP("ContactsModel", "Who to call (required)")),
        DraftColumn(QT_TRANSLATE_NOOP("ContactsModel", "Phone"), "phone",
                    tooltip=QT_TRANSLATE_NOOP("ContactsModel",
                                              "With the country code, e.g. +852 2961 6901")),
        DraftColumn(QT_TRANSLATE_NOOP("ContactsModel", "Role"), "role",
                    tooltip=QT_TRANSLATE_NOOP("ContactsModel",
                                              "e.g. liaison officer, team leader, hotel desk")),
    )
