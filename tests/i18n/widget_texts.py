"""Collect every text a window shows, and decide which of them are still English.

A text counts as translated when, once data from the database, allowed names (HKIPD, Planner,
file patterns, time-zone names) and keyboard mnemonics are taken out, no English word is left.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTabBar,
    QTextBrowser,
    QToolBar,
    QWidget,
)
from sqlalchemy import JSON, String, Text, select

from planner.domain import enums
from planner.store.base import Base

# Names and notations that stay as they are in every language.
ALLOWED = [
    r"\bPlanner\b", r"\bHKIPD\b", r"\bGDCB\b", r"\bCSV\b", r"\bPDF\b", r"\.ics\b", r"\bUTC\b", r"HK\$",
    r"\bWord\b", r"\.docx\b",  # the word processor and its file type, named as they are
    r"\(\*\.[a-z]+(?: \*\.[a-z]+)*\)", r"\(\*\)",  # file-name patterns in file dialogs
    r"\b[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?\b",  # IANA time-zone names: Asia/Hong_Kong
    r"\bd{1,4}\b|\bM{1,4}\b|\by{2,4}\b|\bHH\b|\bmm\b",  # date patterns of date editors
    r"\bSTARTTLS\b|\bTLS\b|\bSSL\b",  # mail protocols (the mail settings)
    r"\b[\w.-]+@[a-z0-9.-]+\.[a-z]{2,}\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net)\b",  # addresses
]
_ALLOWED = re.compile("|".join(ALLOWED))
# Whole texts that stay: a language is named in itself in the language list.
ALLOWED_TEXTS = {"English"}
_WORD = re.compile(r"[A-Za-z]{2,}")
_MNEMONIC = re.compile(r"&(?=\S)")
ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def translation_tool() -> ModuleType:
    """tools/update_translations.py, imported (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible string of a window or dialog and its children."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, text))

    add("window title", root.windowTitle())
    if isinstance(root, QMainWindow):
        _menu_texts(root.menuBar().actions(), "menu", add)
    for widget in root.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        for text in _widget_texts(widget):
            add(where, text)
    return found


def _menu_texts(actions: Iterable[Any], where: str, add: Any) -> None:
    for action in actions:
        if action.isSeparator():
            continue
        add(where, action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            _menu_texts(menu.actions(), f"{where} > {action.text()}", add)


def _widget_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QToolBar):
        return [widget.windowTitle()] + [a.text() for a in widget.actions() if not a.isSeparator()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]  # its text is what the user typed
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        return [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTextBrowser):
        return [widget.toPlainText()]
    if isinstance(widget, QAbstractSpinBox):
        return [getattr(widget, "specialValueText", lambda: "")()]
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal \
            and not widget.isHidden() and widget.model() is not None:
        model = widget.model()
        return [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())]
    return []


def table_cells(root: QWidget) -> list[tuple[str, str]]:
    """Every cell of every table in a window: vocabulary values (kind, status...) live here."""
    from PySide6.QtWidgets import QTableView

    cells = []
    for view in root.findChildren(QTableView):
        model = view.model()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                cells.append((view.objectName(), str(model.index(r, c).data() or "")))
    return cells


def stored_values() -> set[str]:
    """Every stored vocabulary value ("exchange_visit") and its spaced form ("exchange visit")."""
    values = set()
    for enum in vars(enums).values():
        if isinstance(enum, type) and issubclass(enum, enums.StrEnum) and enum is not enums.StrEnum:
            for member in enum:
                values |= {member.value, member.value.replace("_", " ")}
    return values


def database_strings(session: Any, keep_out: set[str]) -> list[str]:
    """Every text stored in the database (names, titles, codes, cities, contacts...), longest
    first; vocabulary values and texts of the interface itself are left out, so they cannot
    hide an untranslated label."""
    found: set[str] = set()
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, (String, Text)):
                found.update(v for v in session.scalars(select(column).distinct()) if v)
            elif isinstance(column.type, JSON):
                for value in session.scalars(select(column)):
                    found.update(_json_strings(value))
    words = {s.strip() for s in found if _WORD.search(s or "")}
    return sorted((s for s in words if len(s) >= 2 and s not in keep_out), key=len, reverse=True)


def _json_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        try:
            return _json_strings(json.loads(value))
        except ValueError:
            return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def data_pattern(strings: list[str]) -> re.Pattern[str]:
    """One pattern matching any of these stored texts as a whole (not inside a longer word)."""
    alternatives = "|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])")


def english_left(text: str, data: re.Pattern[str]) -> str:
    """The English words left in a text once data, allowed names and mnemonics are removed."""
    if text in ALLOWED_TEXTS:
        return ""
    rest = _MNEMONIC.sub("", data.sub(" ", text))  # data first: "C&ED" is a name, not a mnemonic
    if not _WORD.search(rest):
        return ""
    rest = _ALLOWED.sub(" ", data.sub(" ", rest))
    return " ".join(_WORD.findall(rest))
