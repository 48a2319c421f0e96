"""Day columns with hour rows and coloured blocks: a delegation's timeline and the week view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from planner.domain.schedule import zone
from planner.ui.formats import WEEKDAY_DAY, date_pattern
from planner.ui.palette import grid_colour, kind_colour, label_colour

HEADER, GUTTER = 34, 48


@dataclass(frozen=True)
class Block:
    day: date
    start: float  # hours since local midnight
    end: float
    title: str
    kind: str
    cancelled: bool
    payload: Any
    all_day: bool = False
    elsewhere: str = ""  # its own zone's time when that differs: "London 02:00–04:00"


def zone_city(name: str) -> str:
    """A zone's city as people say it: Europe/London -> London, America/New_York -> New York."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def _own_time(start: datetime, end: datetime, shown: datetime) -> str:
    """The item's own wall-clock time, when its zone's offset differs from the view's."""
    if start.utcoffset() == shown.utcoffset():
        return ""
    return f"{zone_city(str(start.tzinfo))} {start:%H:%M}–{end:%H:%M}"


def in_scroll_area(timeline: QWidget) -> QScrollArea:
    """The timeline in a scroll area: hours keep a readable height on small screens."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(timeline)
    return area


def blocks_for(schedule: Any, title: str, kind: str, cancelled: bool, payload: Any,
               view_zone: str | None = None) -> list[Block]:
    """One block per local day the item touches, in `view_zone` (default: the item's own zone);
    all-day items keep their days. An item whose zone is off the view's by some hours carries
    its own time too."""
    first, last = schedule.local_days()
    if schedule.all_day:
        return [Block(first + timedelta(days=n), 0, 24, title, kind, cancelled, payload, True)
                for n in range((last - first).days + 1)]
    start: datetime = schedule.start
    end: datetime = schedule.end
    elsewhere = ""
    if view_zone is not None and view_zone != schedule.timezone:
        shown = zone(view_zone)
        elsewhere = _own_time(start, end, start.astimezone(shown))
        start, end = start.astimezone(shown), end.astimezone(shown)
        first, last = start.date(), end.date()
    out = []
    day = first
    while day <= last:
        s = start.hour + start.minute / 60 if day == first else 0.0
        e = end.hour + end.minute / 60 if day == last else 24.0
        out.append(Block(day, s, max(e, s + 0.25), title, kind, cancelled, payload,
                         elsewhere=elsewhere))
        day += timedelta(days=1)
    return out


def lanes(blocks: list[Block], min_hours: float = 0.0) -> list[tuple[int, int]]:
    """(lane, lanes) of each block: timed blocks that overlap on a day share its column side by
    side (an event and its sessions, two meetings at once) instead of hiding one another.
    A block is drawn at least `min_hours` tall (one line of text), so a short one counts as that
    long: the next item then goes beside it instead of over it."""
    def end_of(block: Block) -> float:
        return max(block.end, block.start + min_hours)

    out = [(0, 1)] * len(blocks)
    by_day: dict[date, list[int]] = {}
    for i, block in enumerate(blocks):
        if not block.all_day:
            by_day.setdefault(block.day, []).append(i)
    for indexes in by_day.values():
        indexes.sort(key=lambda i: (blocks[i].start, -end_of(blocks[i])))
        group: list[int] = []
        ends: list[float] = []  # where each lane of the group is free again
        group_end = -1.0
        placed: dict[int, int] = {}

        def close() -> None:  # only called within this iteration, on its current lanes
            for j in group:  # noqa: B023
                out[j] = (placed[j], len(ends))  # noqa: B023

        for i in indexes:
            block = blocks[i]
            if group and block.start >= group_end:
                close()
                group, ends = [], []
            lane = next((n for n, free in enumerate(ends) if free <= block.start), len(ends))
            if lane == len(ends):
                ends.append(end_of(block))
            else:
                ends[lane] = end_of(block)
            placed[i] = lane
            group.append(i)
            group_end = max(group_end, end_of(block)) if len(group) > 1 else end_of(block)
        close()
    return out


class Timeline(QWidget):
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, first_hour: int = 7, last_hour: int = 22) -> None:
        super().__init__(parent)
        self.first_hour, self.last_hour = first_hour, last_hour
        self.days: list[date] = []
        self.blocks: list[Block] = []
        self._lanes: list[tuple[int, int]] = []
        self._hit: list[tuple[QRectF, Block]] = []
        self.selected_day: date | None = None
        self.axis_label = ""  # the zone of the time axis, in its top left corner ("HK time")
        self.setMinimumHeight(360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_blocks(self, days: list[date], blocks: list[Block]) -> None:
        self.days = days
        self.blocks = [b for b in blocks if b.day in set(days)]
        timed = [b for b in self.blocks if not b.all_day]
        if timed:
            self.first_hour = min(7, int(min(b.start for b in timed)))
            self.last_hour = max(20, min(24, int(max(b.end for b in timed)) + 1))
        # Half an hour gets at least a line of text; a scroll area around shows the rest.
        self.setMinimumHeight(int(HEADER + 22 + (self.last_hour - self.first_hour)
                                  * 2 * self.line_height()))
        self._lay_out()
        self.update()

    def _lay_out(self) -> None:
        self._lanes = lanes(self.blocks, self.line_height() / max(1.0, self._geometry()[1]))

    def line_height(self) -> float:
        """The least height of a block: one line of its (small) text."""
        return float(QFontMetrics(self._small_font()).height() + 4)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        return small

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(900, 560)

    def _geometry(self) -> tuple[float, float, float]:
        columns = max(1, len(self.days))
        width = (self.width() - GUTTER) / columns
        hour_height = (self.height() - HEADER - 22) / max(1, self.last_hour - self.first_hour)
        return width, hour_height, HEADER + 22

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        width, hour_h, top = self._geometry()
        grid = QPen(grid_colour(self.palette()))
        text = self.palette().text().color()
        painter.setFont(self._small_font())
        for h in range(self.first_hour, self.last_hour + 1):
            y = top + (h - self.first_hour) * hour_h
            painter.setPen(grid)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, GUTTER - 6, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{h:02d}:00")
        if self.axis_label:
            painter.drawText(QRectF(0, HEADER, GUTTER - 2, 20), int(Qt.AlignmentFlag.AlignCenter),
                             self.axis_label)
        for i, day in enumerate(self.days):
            x = GUTTER + i * width
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setPen(text)
            painter.drawText(QRectF(x, 0, width, HEADER), int(Qt.AlignmentFlag.AlignCenter),
                             date_pattern(WEEKDAY_DAY, day))
        self._hit = []
        self._lay_out()  # the size may have changed: short items take more of an hour
        for block, lane in zip(self.blocks, self._lanes):
            self._paint_block(painter, block, width, hour_h, top, lane)
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block, width: float, hour_h: float,
                     top: float, lane: tuple[int, int] = (0, 1)) -> None:
        column = self.days.index(block.day)
        x = GUTTER + column * width + 2
        if block.all_day:
            rect = QRectF(x, HEADER, width - 4, 20)
        else:
            y1 = top + (max(block.start, self.first_hour) - self.first_hour) * hour_h
            y2 = top + (min(block.end, self.last_hour) - self.first_hour) * hour_h
            share = (width - 4) / lane[1]
            rect = QRectF(x + lane[0] * share, y1 + 1, max(4.0, share - 2),
                          max(self.line_height() - 2, y2 - y1 - 2))
        colour = kind_colour(block.kind)
        fill = QColor(colour)
        fill.setAlpha(70 if block.cancelled else 200)
        painter.setPen(QPen(colour.darker(130)))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        font = QFont(painter.font())
        font.setStrikeOut(block.cancelled)
        painter.setFont(font)
        painter.setPen(label_colour(self.palette(), block.cancelled))
        metrics = painter.fontMetrics()
        label = f"{block.title} ({block.elsewhere})" if block.elsewhere else block.title
        if rect.height() < 2 * metrics.height() + 4:
            # A short block: one line, centred, shortened with an ellipsis.
            painter.drawText(rect.adjusted(4, 0, -3, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                int(rect.width() - 8)))
        else:
            painter.drawText(rect.adjusted(4, 2, -3, -2),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), label)
        font.setStrikeOut(False)
        painter.setFont(font)
        self._hit.append((rect, block))

    def block_at(self, x: float, y: float) -> Block | None:
        for rect, block in reversed(self._hit):
            if rect.contains(QPointF(x, y)):
                return block
        return None

    def day_at(self, x: float) -> date | None:
        width = self._geometry()[0]
        column = int((x - GUTTER) // width) if x >= GUTTER else -1
        return self.days[column] if 0 <= column < len(self.days) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        day = self.day_at(event.position().x())
        if day is not None:
            self.selected_day = day
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        block = self.block_at(event.position().x(), event.position().y())
        if block is not None:
            self.activated.emit(block.payload)
