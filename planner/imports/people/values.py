"""Cell values as partners type them: text, dates, yes/no, choices and names in two scripts."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from planner.domain.text import clean, fold
from planner.imports.people.vocabulary import vocabulary

_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                  r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_WORDY = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_MIXED = re.compile(r"^(?P<a>[^\u3400-\u9fff\uf900-\ufaff]*?[A-Za-z]"
                    r"[^\u3400-\u9fff\uf900-\ufaff]*?)"
                    r"\s*[(（]?(?P<zh>[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f·．]+)[)）]?$")
_MIXED_ZH_FIRST = re.compile(r"^(?P<zh>[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f·．]+)"
                             r"\s*[(（]?(?P<a>[^\u3400-\u9fff\uf900-\ufaff]*[A-Za-z][^)）]*)[)）]?$")


def text(cell: Any) -> str | None:
    """A cell as trimmed text without control characters; numbers without a trailing '.0'."""
    if cell is None:
        return None
    if type(cell) is str:  # noqa: E721 (the common case, checked first and exactly)
        value = cell.strip()
        if value and not value.isprintable():  # rare: only then pay for the full clean
            return clean(value)
        return value or None
    if isinstance(cell, str):
        return clean(cell)
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ")
    return clean(str(cell))


def parse_date(cell: Any) -> date | None:
    """A date from a workbook date cell or text (2001-02-03, 2001年2月3日, 3/2/2001 day first)."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    moment = parse_datetime(cell)
    return None if moment is None else moment.date()


def parse_datetime(cell: Any) -> datetime | None:
    """A date and time as written (no zone); a date alone is midnight; ValueError if unreadable."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell
    if isinstance(cell, date):
        return datetime.combine(cell, time())
    raw = text(cell) or ""
    match = _YMD.match(raw)
    if match:
        y, m, d, hh, mm, ss = match.groups()
    else:
        match = _DMY.match(raw)
        if not match:
            return _wordy(raw)
        d, m, y, hh, mm, ss = match.groups()
    return datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))


def _wordy(raw: str) -> datetime:
    for pattern in _WORDY:
        try:
            return datetime.strptime(raw, pattern)
        except ValueError:
            continue
    raise ValueError(raw)


def parse_flag(cell: Any) -> bool | None:
    """Yes/no in English or Chinese, 1/0, a ticked box; ValueError for anything else."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, (int, float)) and cell in (0, 1):
        return bool(cell)
    key = fold(text(cell))
    words = vocabulary()
    if key in words.true_words:
        return True
    if key in words.false_words:
        return False
    raise ValueError(str(cell))


def parse_choice(cell: Any, kind: str) -> str | None:
    """'category', 'role' or 'status' from a value or a synonym; ValueError when unknown."""
    raw = text(cell)
    if raw is None:
        return None
    value = vocabulary().choices[kind].get(fold(raw))
    if value is None:
        raise ValueError(raw)
    return value


def has_chinese(value: str) -> bool:
    return _CJK.search(value) is not None


def split_name(value: str) -> tuple[str | None, str | None]:
    """One 'Name' cell as (English, Chinese): 'CHAN Tai-man 陳大文' gives both, as written."""
    if value.isascii() or not has_chinese(value):
        return value, None
    for pattern in (_MIXED, _MIXED_ZH_FIRST):
        match = pattern.match(value)
        if match:
            return match.group("a").strip() or None, match.group("zh")
    return None, value


def chinese_scripts(value: str) -> tuple[bool, bool]:
    """(Traditional, Simplified): which scripts a Chinese text is valid in, without converting it.

    A text of characters shared by both scripts (中山) is valid in both; one with a character
    only GB2312 has (学) is Simplified; anything else (學, Hong Kong characters) Traditional.
    """
    if not has_chinese(value):
        return False, False
    simplified = _encodes(value, "gb2312")
    traditional = _encodes(value, "big5")
    if simplified and traditional:
        return True, True
    return (not simplified), simplified


def _encodes(value: str, codec: str) -> bool:
    try:
        value.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
