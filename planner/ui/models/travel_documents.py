"""A person's travel documents as the person dialog edits them, in place (sensitive data)."""

from __future__ import annotations

from typing import Any

from planner.domain import rows
from planner.domain.enums import TravelDocumentType
from planner.ui.labels import label
from planner.ui.models.drafts import DraftColumn, DraftModel
from planner.ui.text import QT_TRANSLATE_NOOP

DOCUMENT_VALUES = ("kind", "number", "issuing_authority", "issue_date", "expiry",
                   "endorsement_type", "endorsement_entries", "endorsement_expiry")


def document_values(row: rows.TravelDocumentRow) -> dict[str, Any]:
    """A stored document as the values travel_document.update takes (`kind` as its value)."""
    values = {name: getattr(row, name) for name in DOCUMENT_VALUES}
    values["kind"] = row.kind.value
    return values


def kind_label(values: dict[str, Any]) -> str:
    kind = values.get("kind")
    return label(TravelDocumentType(kind)) if kind else ""


class TravelDocumentsModel(DraftModel):
    CONTEXT = "TravelDocumentsModel"
    COLUMNS = (
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Kind"), "kind", kind_label,
                    "choice"),
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Number"), "number"),
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Issued by"), "issuing_authority",
                    tooltip=QT_TRANSLATE_NOOP("TravelDocumentsModel", "The issuing authority")),
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Issued on"), "issue_date",
                    editor="date",
                    tooltip=QT_TRANSLATE_NOOP("TravelDocumentsModel", "The date of issue")),
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Expires"), "expiry",
                    editor="date"),
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Endorsement"), "endorsement_type",
                    tooltip=QT_TRANSLATE_NOOP("TravelDocumentsModel",
                                              "The endorsement's type, e.g. business (商務) or "
                                              "individual visit (個人遊)")),
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Entries"), "endorsement_entries",
                    editor="count",
                    tooltip=QT_TRANSLATE_NOOP("TravelDocumentsModel",
                                              "Entries left on the endorsement")),
        DraftColumn(QT_TRANSLATE_NOOP("TravelDocumentsModel", "Endorsement expires"),
                    "endorsement_expiry", editor="date"),
    )
