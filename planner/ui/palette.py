"""Colours by kind, shared by tables, the calendar and the timeline."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

KIND_COLOURS = {
    "seminar": "#2f6fb3", "forum": "#6a4fb3", "fair": "#b36b2f", "exchange_visit": "#2f9e77",
    "meeting": "#4a7a8c", "training": "#8c7a2f", "competition": "#b3472f", "examination": "#7a7a7a",
    "ceremony": "#b32f6f", "enforcement_operation": "#5a5a5a", "other": "#8a8a8a",
    "visit": "#2f9e77", "meal": "#c08a2a", "travel": "#6b8fb3", "boundary_crossing": "#c0392b",
    "hotel": "#7f6ba8", "free_time": "#9aa5ad",
}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#8a8a8a"))


# The custom-painted widgets (month grid, timeline) mix their greys from the palette's base and
# text, so that grid lines, other months' days and cancelled items read on light and dark alike.
def mix(first: QColor, second: QColor, share: float) -> QColor:
    """`share` of `second` over `first`."""
    return QColor.fromRgbF(*(a + (b - a) * share for a, b in zip(
        (first.redF(), first.greenF(), first.blueF()),
        (second.redF(), second.greenF(), second.blueF()))))


def _base_text(palette: QPalette) -> tuple[QColor, QColor]:
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


def grid_colour(palette: QPalette) -> QColor:
    return mix(*_base_text(palette), 0.16)


def outside_fill(palette: QPalette) -> QColor:
    """The background of days outside the month shown."""
    return mix(*_base_text(palette), 0.06)


def muted_text(palette: QPalette) -> QColor:
    return mix(*_base_text(palette), 0.5)


def label_colour(palette: QPalette, cancelled: bool) -> QColor:
    """Text on a kind's colour: white on the solid fill, the palette's text on a faded one."""
    return palette.color(QPalette.ColorRole.Text) if cancelled else QColor("white")
