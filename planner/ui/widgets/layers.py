"""The calendar's layers: events, sessions, delegation visits and travel steps, each shown or
hidden by a check box whose swatch is the legend of its colours; the choice is remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from planner.ui.labels import category_label
from planner.ui.palette import KIND_COLOURS
from planner.ui.settings import app_settings
from planner.ui.text import QT_TRANSLATE_NOOP, tr

TRAVEL = ("travel", "boundary_crossing")
ITINERARY_KINDS = ("visit", "meal", "travel", "boundary_crossing", "hotel", "free_time")
LAYERS = (
    ("events", QT_TRANSLATE_NOOP("CalendarLayers", "Events")),
    ("sessions", QT_TRANSLATE_NOOP("CalendarLayers", "Sessions")),
    ("visits", QT_TRANSLATE_NOOP("CalendarLayers", "Delegation visits")),
    ("travel", QT_TRANSLATE_NOOP("CalendarLayers", "Travel steps")),
)
SETTING = "calendar/hidden_layers"


def layer_of(entry: Any) -> str:
    if entry.source == "itinerary":
        return "travel" if entry.category in TRAVEL else "visits"
    return "sessions" if entry.source == "session" else "events"


def _kinds(layer: str) -> list[str]:
    if layer == "travel":
        return list(TRAVEL)
    if layer == "visits":
        return [k for k in ITINERARY_KINDS if k not in TRAVEL]
    return [k for k in KIND_COLOURS if k not in ITINERARY_KINDS]


def _swatch(kinds: list[str]) -> QIcon:
    """A strip of the layer's colours: the legend."""
    pixmap = QPixmap(4 * len(kinds) + 2, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    for n, kind in enumerate(kinds):
        painter.fillRect(1 + 4 * n, 1, 4, 12, QColor(KIND_COLOURS[kind]))
    painter.end()
    return QIcon(pixmap)


class LayerBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hidden = set(str(app_settings().value(SETTING, "") or "").split(",")) - {""}
        self.boxes: dict[str, QCheckBox] = {}
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for name, text in LAYERS:
            check = QCheckBox(tr("CalendarLayers", text))
            check.setObjectName(f"layer_{name}")
            check.setChecked(name not in hidden)
            kinds = _kinds(name)
            check.setIcon(_swatch(kinds))
            check.setToolTip(tr("CalendarLayers", "Show or hide them; their colours: {0}").format(
                ", ".join(category_label(k) for k in kinds)))
            check.toggled.connect(self._toggled)
            box.addWidget(check)
            self.boxes[name] = check
        box.addStretch(1)

    def shown(self, entry: Any) -> bool:
        return self.boxes[layer_of(entry)].isChecked()

    def _toggled(self) -> None:
        hidden = [name for name, check in self.boxes.items() if not check.isChecked()]
        app_settings().setValue(SETTING, ",".join(hidden))
        self.changed.emit()
