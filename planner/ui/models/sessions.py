"""The sessions of an event as its dialog edits them: time, title, room and speakers."""

from __future__ import annotations

from typing import Any

from planner.domain import rows
from planner.ui.models.drafts import DraftColumn, DraftModel
from planner.ui.models.tables import when
from planner.ui.text import QT_TRANSLATE_NOOP, primary_secondary

SESSION_VALUES = ("title_en", "title_zh_hant", "title_zh_hans", "schedule", "room", "speaker",
                  "venue_id", "notes")


def session_values(row: rows.SessionRow) -> dict[str, Any]:
    """A stored session as the values session.update takes."""
    return {"title_en": row.title_en, "title_zh_hant": row.title_zh_hant,
            "title_zh_hans": row.title_zh_hans, "schedule": row.schedule, "room": row.room,
            "speaker": row.speaker, "venue_id": row.venue.id if row.venue else None,
            "notes": row.notes}


def session_title(values: dict[str, Any]) -> str:
    return primary_secondary(values.get("title_en"), values.get("title_zh_hant"),
                             values.get("title_zh_hans"))[0]


class SessionsModel(DraftModel):
    CONTEXT = "SessionsModel"
    COLUMNS = (
        DraftColumn(QT_TRANSLATE_NOOP("SessionsModel", "When"), show=lambda v: when(v["schedule"])),
        DraftColumn(QT_TRANSLATE_NOOP("SessionsModel", "Title"), show=session_title),
        DraftColumn(QT_TRANSLATE_NOOP("SessionsModel", "Room"), "room"),
        DraftColumn(QT_TRANSLATE_NOOP("SessionsModel", "Speakers"), "speaker"),
    )
