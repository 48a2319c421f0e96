"""Translated names for the fields a column can be imported as, and for row verdicts."""

from __future__ import annotations

from planner.domain import rows
from planner.operations.participants import Action, Duplicates, RowReport
from planner.ui.text import QT_TRANSLATE_NOOP, primary_secondary, tr

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ImportField", "Name (either language)"),
    "name_en": QT_TRANSLATE_NOOP("ImportField", "English name"),
    "name_zh": QT_TRANSLATE_NOOP("ImportField", "Chinese name"),
    "family_name": QT_TRANSLATE_NOOP("ImportField", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ImportField", "Given name"),
    "organisation": QT_TRANSLATE_NOOP("ImportField", "Organisation"),
    "position": QT_TRANSLATE_NOOP("ImportField", "Position"),
    "category": QT_TRANSLATE_NOOP("ImportField", "Category"),
    "email": QT_TRANSLATE_NOOP("ImportField", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "dietary_needs": QT_TRANSLATE_NOOP("ImportField", "Dietary needs"),
    "access_needs": QT_TRANSLATE_NOOP("ImportField", "Access needs"),
    "is_minor": QT_TRANSLATE_NOOP("ImportField", "Minor (yes/no)"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportField", "Date of birth"),
    "guardian_name": QT_TRANSLATE_NOOP("ImportField", "Guardian's name"),
    "guardian_phone": QT_TRANSLATE_NOOP("ImportField", "Guardian's phone"),
    "guardian_email": QT_TRANSLATE_NOOP("ImportField", "Guardian's e-mail"),
    "guardian_relationship": QT_TRANSLATE_NOOP("ImportField", "Guardian's relationship"),
    "guardian_consent": QT_TRANSLATE_NOOP("ImportField", "Guardian's consent"),
    "language": QT_TRANSLATE_NOOP("ImportField", "Language for messages"),
    "role": QT_TRANSLATE_NOOP("ImportField", "Role"),
    "status": QT_TRANSLATE_NOOP("ImportField", "Registration status"),
    "registered_at": QT_TRANSLATE_NOOP("ImportField", "Registered at"),
}

ACTION_LABELS: dict[Action, str] = {
    Action.CREATE: QT_TRANSLATE_NOOP("ImportAction", "new"),
    Action.MERGE: QT_TRANSLATE_NOOP("ImportAction", "merge"),
    Action.SKIP: QT_TRANSLATE_NOOP("ImportAction", "skip"),
    Action.REJECT: QT_TRANSLATE_NOOP("ImportAction", "invalid"),
}

DUPLICATE_LABELS: dict[Duplicates, str] = {
    Duplicates.MERGE: QT_TRANSLATE_NOOP("ImportDuplicates", "Merge with the existing person"),
    Duplicates.KEEP: QT_TRANSLATE_NOOP("ImportDuplicates", "Keep both (create another person)"),
    Duplicates.SKIP: QT_TRANSLATE_NOOP("ImportDuplicates", "Skip the row"),
}


def field_label(field: str) -> str:
    return tr("ImportField", FIELD_LABELS.get(field, field))


def action_label(action: Action) -> str:
    return tr("ImportAction", ACTION_LABELS[action])


def organisation_label(org: rows.OrganisationRow) -> str:
    """An organisation the same way on every row: its name in the UI language, and its code."""
    name = primary_secondary(org.name_en, org.name_zh_hant, org.name_zh_hans)[0]
    if org.code and name and name != org.code:
        return f"{name} ({org.code})"
    return name or org.code or ""


def row_organisation(row: RowReport, known: dict[int, rows.OrganisationRow]) -> str:
    """The organisation a row was matched to, or the one the import will create."""
    if row.organisation_id is not None and row.organisation_id in known:
        return organisation_label(known[row.organisation_id])
    if row.new_organisation:
        return tr("ImportWizard", "{0} (new)").format(row.new_organisation)
    return ""


def duplicates_label(choice: Duplicates) -> str:
    return tr("ImportDuplicates", DUPLICATE_LABELS[choice])
