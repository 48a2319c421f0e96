"""Sizes measured in characters of the widget's font, so that they follow the language's
glyphs and the screen's scaling instead of pixels chosen on one screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


def compact_combo(combo: QComboBox, chars: int = 12) -> QComboBox:
    """A filter's combo box as wide as its first entry ("Any status") or `chars` characters,
    not as its longest entry (a long co-operation item's title made the filter row wider than
    a 1024 px screen); the list it opens is still as wide as its entries."""
    # Not AdjustToMinimumContentsLength: it measures the widest glyph, wider than most text.
    metrics = combo.fontMetrics()
    text = max(metrics.horizontalAdvance(combo.itemText(0)) if combo.count() else 0,
               chars_wide(combo, chars))
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(text, metrics.height()), combo)
    combo.setMaximumWidth(size.width())
    return combo


def chars_wide(widget: QWidget, chars: int) -> int:
    """The width of `chars` average characters in the widget's font, in logical pixels."""
    return widget.fontMetrics().averageCharWidth() * chars
