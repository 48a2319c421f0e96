"""A day's items in a pop-up list, opened from a month cell's "+N": pick one to open it, or show
the day in the week view, or create an event that day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.rows import AgendaEntry
from planner.ui.formats import DAY_MONTH_YEAR, date_pattern, time_text
from planner.ui.palette import kind_colour
from planner.ui.text import primary_secondary, tr
from planner.ui.widgets.buttons import push_button

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def entry_line(entry: AgendaEntry) -> str:
    """An item as one line: its time (when it has one) and title; vague dates get ≈."""
    title = primary_secondary(entry.title_en, entry.title_zh_hant, entry.title_zh_hans)[0]
    schedule = entry.schedule
    if schedule.precision.value != "exact":
        return f"≈ {title}"
    start = schedule.start
    return title if schedule.all_day or start is None else f"{time_text(start)} {title}"


class DayPopup(QFrame):
    chosen = Signal(object)  # AgendaEntry
    show_week = Signal(object)  # date
    new_event = Signal(object)  # date

    def __init__(self, day: date, entries: list[AgendaEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("day_popup")
        self.day = day
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(date_pattern(DAY_MONTH_YEAR, day))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("day_items")
        self.list.setAccessibleName(tr("DayPopup", "Items on this day"))
        for entry in entries:
            item = QListWidgetItem(entry_line(entry))
            item.setData(ENTRY_ROLE, entry)
            item.setData(Qt.ItemDataRole.DecorationRole, kind_colour(entry.category))
            item.setToolTip(tr("DayPopup", "Double-click or press Enter to open"))
            self.list.addItem(item)
        self.list.itemActivated.connect(self._chosen)
        if entries:
            self.list.setCurrentRow(0)
        buttons = QHBoxLayout()
        week = push_button(tr("DayPopup", "Show in &week"), "day_show_week",
                           lambda: self._close_and(self.show_week, day))
        week.setToolTip(tr("DayPopup", "Show this day in the week view"))
        new = push_button(tr("DayPopup", "&New event…"), "day_new_event",
                          lambda: self._close_and(self.new_event, day))
        new.setToolTip(tr("DayPopup", "Create an event on this day"))
        buttons.addWidget(week)
        buttons.addWidget(new)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(self.list)
        box.addLayout(buttons)
        self.resize(max(280, self.list.sizeHintForColumn(0) + 40), 320)

    def _chosen(self, item: QListWidgetItem) -> None:
        self._close_and(self.chosen, item.data(ENTRY_ROLE))

    def _close_and(self, signal: Any, value: Any) -> None:
        self.close()
        signal.emit(value)

    def open_at(self, point: QPoint) -> None:
        """Show beside the point, inside the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = point.x(), point.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = max(screen.top(), min(y, screen.bottom() - self.height()))
        self.move(x, y)
        self.show()
        self.list.setFocus()
