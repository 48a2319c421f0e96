"""A row of controls that wraps onto more lines when it is narrow, like words in a paragraph.

Rows of buttons and filters (the participants' bar, the filter rows) need the width of all
their controls side by side in a QHBoxLayout: in Chinese or at 1024 px that forced the whole
window wider than the screen. Here the narrowest width is the widest single control.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line where the next one would not fit; items
    that expand horizontally (a search field) share the room left on their line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # ----- QLayout's interface --------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """All on one line: the width it would like."""
        visible = self._visible()
        if not visible:
            return QSize(0, 0)
        width = sum(item.sizeHint().width() for item in visible)
        width += self._gap() * (len(visible) - 1)
        height = max(item.sizeHint().height() for item in visible)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """As narrow as its widest item (the rest wraps below)."""
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ----- arranging ------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if (widget := item.widget()) is None or not widget.isHidden()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return max(0, style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in `rect` (when `move`); the height they take either way."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            size = item.sizeHint().expandedTo(item.minimumSize())
            if lines[-1] and x + size.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, size))
            x += size.width() + gap
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _item, size in line)
            left = area.x()
            spare = area.width() - sum(size.width() for _i, size in line) - gap * (len(line) - 1)
            growing = [item for item, _size in line if _expands(item)]
            for item, size in line:
                if move:
                    width = min(size.width(), area.width())
                    if item in growing and spare > 0:  # a search field takes the room left
                        extra = spare // len(growing)
                        width += extra
                        size = QSize(size.width() + extra, size.height())
                    top = y + (height - size.height()) // 2  # centred, like QHBoxLayout
                    item.setGeometry(QRect(QPoint(left, top), QSize(width, size.height())))
                left += size.width() + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom()


def _expands(item: QLayoutItem) -> bool:
    """Whether the item takes the room left on its line (a line edit does; buttons do not)."""
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
