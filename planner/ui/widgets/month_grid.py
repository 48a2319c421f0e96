"""A month at a glance: a 7 x 6 grid of days with the items of each day, coloured by kind."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.domain.rows import AgendaEntry
from planner.ui.formats import time_text, weekday_name
from planner.ui.models.tables import entry_tooltip
from planner.ui.palette import grid_colour, kind_colour, label_colour, muted_text, outside_fill
from planner.ui.text import primary_secondary
from planner.ui.widgets.month_layout import Segment, runs, visible_slots, week_segments

HEADER = 24
LINE = 17


def grid_start(month: date) -> date:
    first = month.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthGrid(QWidget):
    """Double-click an item to open it, a free part of a day to create an event there; click a
    day's "+N" to see all its items."""

    activated = Signal(object)  # AgendaEntry
    day_opened = Signal(object, object)  # the day whose "+N" was clicked, QPoint on screen
    day_double_clicked = Signal(object)  # date: a free part of the day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)
        self.entries: list[AgendaEntry] = []
        self._hit: list[tuple[QRectF, AgendaEntry]] = []
        self._more: list[tuple[QRectF, date]] = []  # each day's "+N"
        self.selected_day: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 360)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(980, 640)

    def set_month(self, month: date, entries: list[AgendaEntry]) -> None:
        self.month = month.replace(day=1)
        self.entries = entries
        self.update()

    def days(self) -> list[date]:
        start = grid_start(self.month)
        return [start + timedelta(days=n) for n in range(42)]

    def entries_on(self, day: date) -> list[AgendaEntry]:
        """Items on a day, in the order the cells show them (long items first)."""
        week = day - timedelta(days=day.weekday())
        column = day.weekday()
        return [s.entry for s in sorted(week_segments(self.entries, week), key=lambda s: s.slot)
                if s.first <= column <= s.last]

    def _metrics(self) -> tuple[float, float, int]:
        cell_w = self.width() / 7
        cell_h = (self.height() - HEADER) / 6
        return cell_w, cell_h, max(0, int((cell_h - LINE) // LINE))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        cell_w, cell_h, room = self._metrics()
        text_colour = self.palette().text().color()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        painter.setFont(bold)
        for i, name in enumerate(weekday_name(n) for n in range(7)):  # the grid starts on Monday
            painter.setPen(text_colour)
            painter.drawText(QRectF(i * cell_w, 0, cell_w, HEADER), int(Qt.AlignmentFlag.AlignCenter), name)
        self._hit, self._more = [], []
        today = date.today()
        for n, day in enumerate(self.days()):
            x, y = (n % 7) * cell_w, HEADER + (n // 7) * cell_h
            cell = QRectF(x, y, cell_w, cell_h)
            if day.month != self.month.month:
                painter.fillRect(cell, outside_fill(self.palette()))
            painter.setPen(QPen(grid_colour(self.palette())))
            painter.drawRect(cell)
            if day == self.selected_day:
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
            painter.setFont(bold if day == today else small)
            painter.setPen(text_colour if day.month == self.month.month else muted_text(self.palette()))
            painter.drawText(cell.adjusted(4, 2, -4, 0),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), str(day.day))
        for row in range(6):
            week = self.days()[row * 7]
            self._paint_week(painter, week, HEADER + row * cell_h, cell_w, room, small)
        painter.end()

    def _paint_week(self, painter: QPainter, week: date, top: float, cell_w: float, room: int,
                    font: QFont) -> None:
        """One week row: each item a bar across its days there; "+N" where lines run out."""
        segments = week_segments(self.entries, week)
        visible = visible_slots(segments, room)
        for segment in segments:
            for first, last in runs(segment, visible):
                rect = QRectF(first * cell_w + 2, top + LINE + segment.slot * LINE,
                              (last - first + 1) * cell_w - 4, LINE - 2)
                self._paint_bar(painter, segment, first, rect, font)
        for column in range(7):
            hidden = sum(1 for s in segments
                         if s.first <= column <= s.last and s.slot >= visible[column])
            if hidden:
                more = QRectF(column * cell_w + 2, top + LINE + visible[column] * LINE,
                              cell_w - 4, LINE)
                painter.setFont(font)
                painter.setPen(self.palette().text().color())
                painter.drawText(more.adjusted(2, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft),
                                 f"+{hidden}")
                self._more.append((more, week + timedelta(days=column)))

    def _paint_bar(self, painter: QPainter, segment: Segment, first: int, rect: QRectF,
                   font: QFont) -> None:
        entry = segment.entry
        cancelled = entry.status.value == "cancelled"
        vague = entry.schedule.precision.value != "exact"
        colour = kind_colour(entry.category)
        fill = QColor(colour)
        # Vague dates are paler and dashed: the bar covers the span the date may fall in.
        fill.setAlpha(60 if cancelled else 110 if vague else 190)
        painter.fillRect(rect, fill)
        if vague:
            painter.setPen(QPen(colour.darker(120), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        label = QFont(font)
        label.setStrikeOut(cancelled)
        painter.setFont(label)
        painter.setPen(label_colour(self.palette(), cancelled or vague))
        title = primary_secondary(entry.title_en, entry.title_zh_hant, entry.title_zh_hans)[0]
        if vague:
            prefix = "≈ "
        elif first == segment.first and segment.starts and not entry.schedule.all_day:
            prefix = time_text(entry.schedule.start) + " "
        else:
            prefix = "" if segment.starts or first != segment.first else "◂ "
        painter.drawText(rect.adjusted(3, 0, -2, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         painter.fontMetrics().elidedText(prefix + title, Qt.TextElideMode.ElideRight,
                                                          int(rect.width() - 5)))
        self._hit.append((rect, entry))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = event.pos()  # type: ignore[attr-defined]
            entry = self.entry_at(point.x(), point.y())
            if entry is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(entry), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def entry_at(self, x: float, y: float) -> AgendaEntry | None:
        for rect, entry in self._hit:
            if rect.contains(QPointF(x, y)):
                return entry
        return None

    def day_at(self, x: float, y: float) -> date | None:
        if y < HEADER or not self.rect().contains(int(x), int(y)):
            return None
        column = min(6, int(x / (self.width() / 7)))
        row = min(5, int((y - HEADER) / ((self.height() - HEADER) / 6)))
        return self.days()[row * 7 + column]

    def more_at(self, x: float, y: float) -> date | None:
        """The day whose "+N" is at this point."""
        return next((day for rect, day in self._more if rect.contains(QPointF(x, y))), None)

    def more_rect(self, day: date) -> QRectF | None:
        return next((rect for rect, shown in self._more if shown == day), None)

    def select_day(self, day: date | None) -> None:
        self.selected_day = day
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        x, y = event.position().x(), event.position().y()
        self.select_day(self.day_at(x, y))
        more = self.more_at(x, y)
        if more is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_opened.emit(more, event.globalPosition().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        x, y = event.position().x(), event.position().y()
        entry = self.entry_at(x, y)
        if entry is not None:
            self.activated.emit(entry)
            return
        day = self.day_at(x, y)
        if day is not None and self.more_at(x, y) is None:
            self.day_double_clicked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Arrows move the selected day, Enter opens it (as the "+N" does).
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                                 Qt.Key.Key_Down: 7}
        day = self.selected_day or self.month
        if event.key() in steps:
            moved = day + timedelta(days=steps[event.key()])
            if moved in self.days():
                self.select_day(moved)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_day:
            self.day_opened.emit(self.selected_day, self.mapToGlobal(self.rect().center()))
            return
        super().keyPressEvent(event)


def month_range(month: date) -> tuple[date, date]:
    start = grid_start(month)
    return start, start + timedelta(days=41)


