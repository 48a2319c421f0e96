"""What a screen reader hears of a timeline. Its items are painted, not widgets, so the item
chosen (with the arrows or a click) becomes the timeline's accessible name and description:
title, time and place, in the words of the window's language. Qt announces each change
(QWidget.setAccessibleName sends NameChanged to assistive technology)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.ui.text import primary_secondary, tr
from planner.ui.widgets.timeline import Block


def clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def place_of(payload: Any) -> str:
    venue = getattr(payload, "venue", None)  # a name (calendar) or a Ref (itinerary)
    if venue is None or isinstance(venue, str):
        return venue or ""
    return primary_secondary(venue.name_en, venue.name_zh_hant, venue.name_zh_hans)[0]


def describe(block: Block) -> str:
    """Title, day and time (and its own zone's time elsewhere), place; cancelled if it is."""
    start, end = round(block.start * 60), round(block.end * 60)
    when = f"{block.day.isoformat()} {clock(start)}–{clock(end)}"
    if block.elsewhere:
        when += f" ({block.elsewhere})"
    parts = [block.title, when, place_of(block.payload),
             tr("Timeline", "cancelled") if block.cancelled else ""]
    return ", ".join(p for p in parts if p)


def announce(widget: QWidget, base: str, block: Block | None) -> None:
    """Make the chosen item (or none) what assistive technology reads of the timeline."""
    text = describe(block) if block is not None else ""
    widget.setAccessibleName(f"{base}: {text}" if base and text else base or text)
    widget.setAccessibleDescription(text)
    widget.setToolTip(text)
