"""Translation helpers and how bilingual names are shown in the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` and returns it as it is; `tr` translates it later.

    PySide6's own is typed as returning `object`. pyside6-lupdate finds the texts by this name.
    """
    return source


def tr(context: str, text: str) -> str:
    """Qt translation with an explicit context (never the runtime class, see issue 3)."""
    return QCoreApplication.translate(context, text)


def ui_script() -> str:
    """'en', 'zh_HK' or 'zh_CN': which names come first in tables and editors."""
    app = QCoreApplication.instance()
    value = app.property("planner_locale") if app is not None else None
    return str(value) if value else "en"


def primary_secondary(en: str | None, hant: str | None, hans: str | None) -> tuple[str, str]:
    """The name in the UI language first, the other language second (either may be empty).

    In Chinese the other language is English; the other script only stands in when there is
    no English (a Traditional name beside the same name in Simplified tells the reader little).
    """
    script = ui_script()
    if script == "zh_HK":
        first_order, second_order = (hant, hans, en), (en, hans, hant)
    elif script == "zh_CN":
        first_order, second_order = (hans, hant, en), (en, hant, hans)
    else:
        first_order, second_order = (en, hant, hans), (hant, hans, en)
    first = next((n for n in first_order if n), "")
    second = next((n for n in second_order if n and n != first), "")
    return first, second


def bilingual(en: str | None, hant: str | None, hans: str | None) -> str:
    first, second = primary_secondary(en, hant, hans)
    return f"{first} / {second}" if second else first
