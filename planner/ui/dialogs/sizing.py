"""Editors that fit a 1024×700 screen: a combo box of long names (item titles, organisations)
otherwise asks to be as wide as its longest entry, and the dialog with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

COMBO_CHARACTERS = 28  # wide enough to tell entries apart
POPUP_LIMIT = 860  # an open list shows long entries whole, up to this width


def fit_combos(root: QWidget, characters: int = COMBO_CHARACTERS) -> None:
    """Every combo box under `root` sized to a number of characters, not to its longest entry;
    its open list is as wide as the entries need (within the limit)."""
    for combo in root.findChildren(QComboBox):
        if max((len(combo.itemText(i)) for i in range(combo.count())), default=0) <= characters:
            continue  # short entries (units, years): the combo fits them as it is
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        # A combo keeps the minimum size it computed once; a style change makes it forget it.
        QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
        combo.updateGeometry()
        if combo.count():
            combo.view().setMinimumWidth(min(POPUP_LIMIT, combo.view().sizeHintForColumn(0) + 24))
