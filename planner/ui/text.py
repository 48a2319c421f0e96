"""Translation helpers and how bilingual names are shown in the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str) -> str:
    """Qt translation with an explicit context (never the runtime class, see issue 3)."""
    return QCoreApplication.translate(context, text)


def ui_script() -> str:
    """'en', 'zh_HK' or 'zh_CN': which names come first in tables and editors."""
    app = QCoreApplication.instance()
    value = app.property("planner_locale") if app is not None else None
    return str(value) if value else "en"


def primary_secondary(en: str | None, hant: str | None, hans: str | None) -> tuple[str, str]:
    """The name in the UI language first, another language second (either may be empty)."""
    script = ui_script()
    if script == "zh_HK":
        order = (hant, hans, en)
    elif script == "zh_CN":
        order = (hans, hant, en)
    else:
        order = (en, hant, hans)
    present = [n for n in order if n]
    if not present:
        return "", ""
    first = present[0]
    rest = [n for n in present[1:] if n != first]
    return first, rest[0] if rest else ""


def bilingual(en: str | None, hant: str | None, hans: str | None) -> str:
    first, second = primary_secondary(en, hant, hans)
    return f"{first} / {second}" if second else first
