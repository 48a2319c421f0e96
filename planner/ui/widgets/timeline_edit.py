"""A timeline to plan in: drag over free time to create, drag a block to move it, drag its lower
edge to change its end. Times snap to a step (5, 15 or 30 minutes); Alt drags without snapping;
Esc cancels. The widget only proposes: its owner turns a signal into an operation (with undo)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from planner.ui.settings import changes, snap_minutes
from planner.ui.text import tr
from planner.ui.widgets.timeline import GUTTER, Block, Timeline
from planner.ui.widgets.timeline_access import announce, clock, describe

EDGE = 5  # pixels above a block's lower edge that grab the edge (resize) rather than the block
DAY_MINUTES = 24 * 60
# The outline of a drop that the checks find fault with: red for errors, amber for warnings.
PROBLEM_COLOURS = {"error": QColor("#d32f2f"), "warning": QColor("#ef8f00")}


@dataclass
class Drag:
    mode: str  # "create", "move" or "resize"
    day: date  # where the press was
    minutes: int  # the time pressed, in minutes since midnight (not snapped)
    block: Block | None = None
    free: bool = False  # Alt was held at the press: no snapping for this drag
    moved: bool = False
    # the proposal so far: day and minutes of its start and end
    new_day: date | None = None
    new_start: int = 0
    new_end: int = 0
    cursor: QPoint | None = None  # where the pointer is: the checks' tooltip goes beside it
    proposed: tuple[int, int] | None = None  # the shifts last announced for checking
    problems: tuple[str, str] | None = None  # (severity, text) of the proposal, once checked


def _key(payload: Any) -> tuple[str, int]:
    return getattr(payload, "source", "itinerary"), payload.id


def snap(minutes: float, step: int) -> int:
    return int(round(minutes / step) * step)


class EditableTimeline(Timeline):
    create_requested = Signal(object, int, int)  # day, start and end in minutes since midnight
    reschedule_requested = Signal(object, int, int)  # payload, start shift, end shift (minutes)
    delete_requested = Signal(object)  # payload
    # While a block is dragged: each new proposal (payload, start and end shifts in minutes),
    # for the owner to check off the UI thread; then the end of the drag (dropped or not).
    proposal_changed = Signal(object, int, int)
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snap_minutes = snap_minutes()  # Preferences change it at once
        changes().snap_changed.connect(self._set_snap)
        self.drag: Drag | None = None
        self.selected: Any = None  # the payload of the block chosen (click or keyboard)
        self.accessible_base = tr("Timeline", "Timeline")  # what it is, before the item chosen
        self.setAccessibleName(self.accessible_base)
        self.setMouseTracking(True)  # the resize cursor over lower edges
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _set_snap(self, minutes: int) -> None:
        self.snap_minutes = minutes

    # ----- geometry ----------------------------------------------------------------------------
    def minutes_at(self, y: float) -> float:
        _width, hour_h, top = self._geometry()
        return (self.first_hour + (y - top) / hour_h) * 60

    def y_of(self, minutes: float) -> float:
        _width, hour_h, top = self._geometry()
        return top + (minutes / 60 - self.first_hour) * hour_h

    def x_of(self, day: date) -> float:
        """The middle of a day's column."""
        width = self._geometry()[0]
        return GUTTER + (self.days.index(day) + 0.5) * width

    def rect_of(self, payload: Any) -> QRectF | None:
        """Where an item's (first) block is drawn (for tests and the keyboard's tooltip)."""
        return next((rect for rect, block in self._hit if block.payload is payload), None)

    def _edge_at(self, x: float, y: float) -> Block | None:
        for rect, block in reversed(self._hit):
            if not block.all_day and rect.left() <= x <= rect.right() \
                    and rect.bottom() - EDGE <= y <= rect.bottom() + 2:
                return block
        return None

    def _step(self, event: QMouseEvent) -> int:
        free = self.drag is not None and self.drag.free
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        return 1 if free or alt else self.snap_minutes

    # ----- the mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mousePressEvent(event)
        self.setFocus()
        x, y = event.position().x(), event.position().y()
        day = self.day_at(x)
        if event.button() != Qt.MouseButton.LeftButton or day is None or y < self._geometry()[2]:
            return
        edge = self._edge_at(x, y)
        block = edge or self.block_at(x, y)
        if block is not None and block.all_day:
            return
        mode = "resize" if edge is not None else "move" if block is not None else "create"
        self.drag = Drag(mode, day, int(self.minutes_at(y)), block,
                         bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))
        if block is not None:
            self.select_payload(block.payload)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        x, y = event.position().x(), event.position().y()
        drag = self.drag
        if drag is None:
            edge = self._edge_at(x, y)
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge is not None
                           else Qt.CursorShape.ArrowCursor)
            return
        step = self._step(event)
        now = self.minutes_at(y)
        if not drag.moved and abs(now - drag.minutes) < max(step, 5) / 2 \
                and (self.day_at(x) in (drag.day, None)):
            return  # a click, not yet a drag
        drag.moved = True
        day = self.day_at(x) or drag.new_day or drag.day
        if drag.mode == "create":
            first, last = sorted((snap(drag.minutes, step), snap(now, step)))
            drag.new_day, drag.new_start, drag.new_end = drag.day, first, max(last, first + step)
        else:
            assert drag.block is not None
            start, end = round(drag.block.start * 60), round(drag.block.end * 60)
            if drag.mode == "move":
                new_start = snap(start + now - drag.minutes, step)
                drag.new_day, drag.new_start = day, new_start
                drag.new_end = new_start + end - start
            else:
                drag.new_day, drag.new_start = drag.block.day, start
                drag.new_end = max(start + step, snap(end + now - drag.minutes, step))
        drag.cursor = event.position().toPoint()
        self._propose(drag)
        self.update()

    def _shifts(self, drag: Drag) -> tuple[int, int]:
        """The proposal as minutes the block's start and end move by."""
        assert drag.block is not None and drag.new_day is not None
        days = (drag.new_day - drag.block.day).days
        return (days * DAY_MINUTES + drag.new_start - round(drag.block.start * 60),
                days * DAY_MINUTES + drag.new_end - round(drag.block.end * 60))

    def _propose(self, drag: Drag) -> None:
        if drag.mode == "create":
            return
        shifts = self._shifts(drag)
        if shifts != drag.proposed:
            drag.proposed = shifts
            drag.problems = None  # not yet checked at the new place
            QToolTip.hideText()
            self.proposal_changed.emit(drag.block.payload if drag.block else None, *shifts)
        elif drag.problems is not None:
            self._show_tip(drag)

    def show_problems(self, payload: Any, start_shift: int, end_shift: int,
                      severity: str | None, text: str) -> None:
        """What the checks found at a proposal; ignored unless it is still the one dragged."""
        drag = self.drag
        if drag is None or drag.block is None or drag.block.payload is not payload \
                or drag.proposed != (start_shift, end_shift):
            return  # a stale answer: the item has moved on, or was dropped
        drag.problems = (severity, text) if severity else None
        self._show_tip(drag)
        self.update()

    def _show_tip(self, drag: Drag) -> None:
        if drag.problems is None or drag.cursor is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(drag.cursor + QPoint(16, 16)), drag.problems[1], self)

    def drop_problems(self) -> tuple[str, str] | None:
        """(severity, text) the checks found where the dragged item would land, if any."""
        return self.drag.problems if self.drag is not None else None

    def ghost_outline(self) -> QColor:
        """The colour the dragged item's outline is drawn in."""
        found = self.drop_problems()
        return PROBLEM_COLOURS[found[0]] if found else self.palette().highlight().color()

    def _end_drag(self) -> None:
        if self.drag is not None and self.drag.problems is not None:
            QToolTip.hideText()
        self.drag = None
        self.drag_finished.emit()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        drag = self.drag
        if drag is None:
            return
        self._end_drag()
        if not drag.moved or drag.new_day is None:
            return
        if drag.mode == "create":
            self.create_requested.emit(drag.new_day, drag.new_start, drag.new_end)
            return
        assert drag.block is not None
        start_shift, end_shift = self._shifts(drag)
        if start_shift or end_shift:
            self.reschedule_requested.emit(drag.block.payload, start_shift, end_shift)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """The mouse's work from the keyboard: arrows choose an item, Alt+arrows move it by the
        snap step (left and right: a day), Alt+Shift+up/down change its end, Enter opens it,
        Delete deletes it, Esc cancels a drag."""
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape and self.drag is not None:
            self._end_drag()  # cancelled: nothing changes
            return
        # Keyed by int: QKeyEvent.key() is an int, Qt.Key an IntEnum.
        vertical: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        sideways: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        chosen = self.selected
        if not alt and key in {**vertical, **sideways}:
            self._choose_next(vertical.get(key, sideways.get(key, 0)))
        elif chosen is not None and alt and shift and key in vertical:
            self.reschedule_requested.emit(chosen, 0, vertical[key] * self.snap_minutes)
        elif chosen is not None and alt and key in vertical:
            step = vertical[key] * self.snap_minutes
            self.reschedule_requested.emit(chosen, step, step)
        elif chosen is not None and alt and key in sideways:
            step = sideways[key] * DAY_MINUTES
            self.reschedule_requested.emit(chosen, step, step)
        elif chosen is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(chosen)
        elif chosen is not None and key == Qt.Key.Key_Delete:
            self.delete_requested.emit(chosen)
        else:
            super().keyPressEvent(event)

    def _timed(self) -> list[Block]:
        return sorted((b for b in self.blocks if not b.all_day),
                      key=lambda b: (b.day, b.start, b.end, b.title))

    def _choose_next(self, step: int) -> None:
        blocks = self._timed()
        if not blocks:
            return
        keys = [_key(b.payload) for b in blocks]
        here = keys.index(_key(self.selected)) if self.selected is not None \
            and _key(self.selected) in keys else (-1 if step > 0 else len(blocks))
        self.select_payload(blocks[max(0, min(len(blocks) - 1, here + step))].payload)

    # ----- the proposal, drawn over the blocks -------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        chosen = self.rect_of(self.selected) if self.selected is not None else None
        if chosen is not None:
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.drawRoundedRect(chosen.adjusted(-1, -1, 1, 1), 3, 3)
            painter.end()
        drag = self.drag
        if drag is None or not drag.moved or drag.new_day is None \
                or drag.new_day not in self.days:
            return
        width = self._geometry()[0]
        x = GUTTER + self.days.index(drag.new_day) * width + 2
        y1, y2 = self.y_of(drag.new_start), self.y_of(drag.new_end)
        ghost = QRectF(x, y1, width - 4, max(self.line_height() - 2, y2 - y1))
        painter = QPainter(self)
        if drag.problems is not None:  # the checks find fault with this place: a red outline
            painter.setPen(QPen(self.ghost_outline(), 3))
        else:
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
        fill = QColor(self.palette().highlight().color())
        fill.setAlpha(60)
        painter.setBrush(fill)
        painter.drawRoundedRect(ghost, 3, 3)
        painter.setPen(self.palette().text().color())
        painter.drawText(ghost.adjusted(4, 1, -2, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         f"{clock(drag.new_start)}–{clock(drag.new_end)}")
        painter.end()
        self.ghost = ghost

    def select_payload(self, payload: Any) -> None:
        """Choose an item; a screen reader reads its title, time and place."""
        self.selected = payload
        block = next((b for b in self.blocks if b.payload is payload), None)
        announce(self, self.accessible_base, block)
        self.update()

    def describe(self, block: Block) -> str:
        return describe(block)

    def set_blocks(self, days: list[date], blocks: list[Block]) -> None:
        super().set_blocks(days, blocks)
        if self.selected is not None:  # the same item, reloaded: still chosen
            wanted = _key(self.selected)
            again = next((b.payload for b in self.blocks if _key(b.payload) == wanted), None)
            self.selected = None
            if again is not None:
                self.select_payload(again)
            else:
                announce(self, self.accessible_base, None)  # gone: nothing chosen

    def point_in(self, payload: Any, fraction: float = 0.5) -> QPointF:
        """A point inside an item's block, `fraction` of the way down (for tests and tools)."""
        rect = self.rect_of(payload)
        assert rect is not None
        return QPointF(rect.center().x(), rect.top() + fraction * rect.height())
