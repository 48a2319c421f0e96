"""The table of calendar feeds in the Feeds dialog: scope, target, label, status and link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from planner.feeds.tokens import links
from planner.store.calendar_rows import FeedRow
from planner.ui.models.base import Column, Index, RowTableModel, struck
from planner.ui.text import QT_TRANSLATE_NOOP, bilingual, tr

SCOPE_NAMES = {"all": QT_TRANSLATE_NOOP("FeedsModel", "Whole programme"),
               "delegation": QT_TRANSLATE_NOOP("FeedsModel", "Delegation"),
               "programme": QT_TRANSLATE_NOOP("FeedsModel", "Exchange programme"),
               "organisation": QT_TRANSLATE_NOOP("FeedsModel", "Organisation"),
               "person": QT_TRANSLATE_NOOP("FeedsModel", "Person")}


def example_warning() -> str:
    return tr("FeedsModel", "Not a working link yet: the feeds' address is still the example "
              "one. Set the real one in Edit > Preferences.")


def scope_name(scope: str) -> str:
    return tr("FeedsModel", SCOPE_NAMES.get(scope, scope))


def target_name(feed: FeedRow) -> str:
    if feed.target is None:
        return ""
    t = feed.target
    return bilingual(t.name_en, t.name_zh_hant, t.name_zh_hans)


def status_name(feed: FeedRow) -> str:
    return tr("FeedsModel", "Active") if feed.active else tr("FeedsModel", "Revoked")


class FeedsModel(RowTableModel[FeedRow]):
    CONTEXT = "FeedsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("FeedsModel", "Scope"), lambda f: scope_name(f.scope)),
        Column(QT_TRANSLATE_NOOP("FeedsModel", "Covers"), target_name),
        Column(QT_TRANSLATE_NOOP("FeedsModel", "Label"), lambda f: f.label or ""),
        Column(QT_TRANSLATE_NOOP("FeedsModel", "Status"), status_name),
        Column(QT_TRANSLATE_NOOP("FeedsModel", "Link"), lambda f: f.token[:6] + "…"),
    )

    LINK = 4

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.base_url = ""
        self.example = False  # the base URL is still the example one: links reach nobody

    def set_feeds(self, feeds: list[FeedRow], base_url: str, example: bool = False) -> None:
        self.base_url, self.example = base_url, example
        self.set_rows(feeds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The link column carries the example warning on every row until the URL is set."""
        if self.example and index.isValid() and index.column() == self.LINK:
            if role == Qt.ItemDataRole.DisplayRole:
                return "⚠ " + str(super().data(index, role))
            if role == Qt.ItemDataRole.ToolTipRole:
                return example_warning()
        return super().data(index, role)

    def links_of(self, feed: FeedRow) -> dict[str, str]:
        """The https and webcal:// links of a feed under the database's feed base URL."""
        return links(self.base_url, feed.token)

    def extra_data(self, row: FeedRow, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and not row.active:
            return struck()
        return None
