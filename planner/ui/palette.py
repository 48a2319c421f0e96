"""Colours by kind, shared by tables, the calendar and the timeline."""

from __future__ import annotations

from PySide6.QtGui import QColor

KIND_COLOURS = {
    "seminar": "#2f6fb3", "forum": "#6a4fb3", "fair": "#b36b2f", "exchange_visit": "#2f9e77",
    "meeting": "#4a7a8c", "training": "#8c7a2f", "competition": "#b3472f", "examination": "#7a7a7a",
    "ceremony": "#b32f6f", "enforcement_operation": "#5a5a5a", "other": "#8a8a8a",
    "visit": "#2f9e77", "meal": "#c08a2a", "travel": "#6b8fb3", "boundary_crossing": "#c0392b",
    "hotel": "#7f6ba8", "free_time": "#9aa5ad",
}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#8a8a8a"))
