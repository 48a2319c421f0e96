"""A date editor that can hold no date: "not given" until the organiser enters one.

Qt's date editors always hold a date, so the earliest date stands for none (shown as the special
text). Delete empties it; the calendar opens on a sensible month rather than on that stand-in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from planner.ui.text import tr
from planner.ui.widgets.typed_dates import TypedDateEdit

EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(TypedDateEdit):
    def __init__(self, parent: QWidget | None = None, *, page: date | None = None) -> None:
        super().__init__(parent)
        self.page = page  # where the calendar opens while empty (default: this month)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(tr("OptionalDateEdit", "not given"))
        self.setToolTip(tr("OptionalDateEdit", "Type the date as year-month-day or pick it from "
                           "the calendar; Delete empties it"))
        self.setDate(EMPTY)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        day = self.date()
        return None if self.is_empty() else date(day.year(), day.month(), day.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(EMPTY if day is None else QDate(day.year, day.month, day.day))

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Delete:
            self.set_value(None)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and self.is_empty():
            page = self.page or date.today()
            self.calendarWidget().setCurrentPage(page.year, page.month)
        return super().eventFilter(watched, event)
