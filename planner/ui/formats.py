"""Dates, times and numbers as people read them, in the interface language (QLocale).

The patterns are translatable (context "Formats"): English keeps ISO dates, which read the same
to Hong Kong and Guangdong staff; the Chinese catalogues give 2017年6月1日. QLocale renders the
pattern, so month and weekday names and digit grouping follow the language. Tables sort by the
underlying value (see planner.ui.models.base), never by this text.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime

from planner.ui.text import QT_TRANSLATE_NOOP, tr, ui_script

QT_LOCALES = {"en": "en_HK", "zh_HK": "zh_HK", "zh_CN": "zh_CN"}

DATE = QT_TRANSLATE_NOOP("Formats", "yyyy-MM-dd")
TIME = QT_TRANSLATE_NOOP("Formats", "HH:mm")
MONTH = QT_TRANSLATE_NOOP("Formats", "MMMM yyyy")
DAY_MONTH = QT_TRANSLATE_NOOP("Formats", "d MMM")
DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("Formats", "d MMM yyyy")
WEEKDAY_DAY = QT_TRANSLATE_NOOP("Formats", "ddd d MMM")


def qt_locale(locale: str | None = None) -> QLocale:
    """The QLocale of an interface language ('en', 'zh_HK', 'zh_CN'; default: the current one)."""
    return QLocale(QT_LOCALES.get(locale or ui_script(), "en_HK"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_pattern(pattern: str, day: date) -> str:
    """A date in a translatable pattern (one of the constants above)."""
    return qt_locale().toString(_qdate(day), tr("Formats", pattern))


def date_text(day: date) -> str:
    return date_pattern(DATE, day)


def time_text(moment: datetime | time) -> str:
    return qt_locale().toString(QTime(moment.hour, moment.minute), tr("Formats", TIME))


def datetime_text(moment: datetime) -> str:
    return f"{date_text(moment.date())} {time_text(moment)}"


def month_text(day: date) -> str:
    return date_pattern(MONTH, day)


def weekday_name(weekday: int) -> str:
    """Short weekday name; 0 is Monday (as datetime.weekday())."""
    return qt_locale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def counted(count: int, one: str, many: str) -> str:
    """'1 person' or '2 people': `one` and `many` are the translated patterns of a count `{0}`
    (Chinese gives both the same text); the count with the language's digit grouping."""
    return (one if count == 1 else many).format(number_text(count))


def shown_of(shown: int, total: int, every: tuple[str, str], some: tuple[str, str]) -> str:
    """'27 events' when all are shown, else '4 of 27 events' (the noun agrees with the total):
    `every` and `some` are the translated one/many patterns."""
    if shown == total:
        return counted(total, *every)
    return (some[0] if total == 1 else some[1]).format(number_text(shown), number_text(total))


def number_text(value: int | float, decimals: int = 0) -> str:
    """A number with the language's digit grouping (1,234,567)."""
    if isinstance(value, int):
        return qt_locale().toString(value)
    return qt_locale().toString(float(value), "f", decimals)


def plain_number(value: int | float) -> str:
    """A number grouped, with only the decimals it has (1,200 and 3.5, not 1,200.00 or 4)."""
    if float(value).is_integer():
        return number_text(int(value))
    decimals = len(f"{float(value):.6f}".rstrip("0").split(".")[1])
    return number_text(float(value), decimals)


def parse_number(text: str) -> float | str | None:
    """What an organiser typed as a number ("1,200", "3.5", "1 200") as a float; None when
    empty; the text itself when it is no number (the validator names it)."""
    typed = text.strip()
    if not typed:
        return None
    value, ok = qt_locale().toDouble(typed)
    if ok:
        return float(value)
    try:
        return float(typed.replace(",", "").replace("，", "").replace(" ", ""))
    except ValueError:
        return typed


def display_text(value: Any) -> str:
    """How a table cell shows a plain value: numbers grouped, dates in the language's pattern."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return number_text(value)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    return str(value)


def sort_value(value: Any) -> Any:
    """A sort key Qt compares correctly: ISO text for dates, the number itself for numbers."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
