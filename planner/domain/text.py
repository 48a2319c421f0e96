"""Names as given, and the normalised keys we search them by.

Names are stored exactly as entered: never re-cased, never converted between Traditional and
Simplified (钟 may stand for 鍾 or 鐘). Only the search key is normalised: besides each folded
name it holds the name converted to Simplified script (OpenCC, Hong Kong variants first), and a
query fragment is converted the same way, so 陈 finds 陳 and 陳 finds 陈.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
# The person.search_key column (the shorter of the two keys) holds 500 characters; script forms
# are added only while they fit, so a key never outgrows its column on PostgreSQL.
KEY_LIMIT = 500


def fold(text: str | None) -> str:
    """NFKC, case-folded, with spaces and punctuation removed: 'Chan  Tai-man' -> 'chantaiman'."""
    if not text:
        return ""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # imported on first use: English-only work never loads its dictionaries

    return opencc.OpenCC("hk2s")


@lru_cache(maxsize=1)
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2hk")


def other_script(text: str, to: str) -> str:
    """`text` in Traditional (Hong Kong forms, `to="hant"`) or Simplified (`to="hans"`) script,
    by OpenCC. A suggestion for the organiser to accept: names are never converted silently
    (钟 may stand for 鍾 or 鐘)."""
    if not text or text.isascii():
        return text
    converter = _to_traditional() if to == "hant" else _converter()
    return str(converter.convert(text))


def script_fold(folded: str) -> str:
    """A folded text in Simplified script (Traditional and HK variants converted); ASCII as is."""
    if folded.isascii():
        return folded
    return str(_converter().convert(folded))


def search_key(*names: str | None, limit: int | None = KEY_LIMIT) -> str:
    """One key for several names (English and Chinese), separated so matches stay inside one,
    followed by the Simplified form of each Chinese name that differs from every name given
    (while the key stays within `limit` characters; None for no limit)."""
    parts = [f for f in (fold(n) for n in names) if f]
    key = "|".join(parts)
    for part in list(parts):
        simplified = script_fold(part)
        if simplified not in parts and (limit is None or len(key) + len(simplified) + 1 <= limit):
            parts.append(simplified)
            key = f"{key}|{simplified}"
    return key


# Many values folded or converted at once are joined by a character no cell holds (cells are
# cleaned of control characters) and split again: one call into C instead of one per value.
_SEP = "\x1f"
_NOT_WORD_KEEP_SEP = re.compile(r"(?:[^\w\x1f]|_)+", re.UNICODE)


def fold_all(texts: list[str | None]) -> list[str]:
    """fold() of each text, computed in one pass (same results: NFKC, case folding and the
    removal of non-word characters never reach across the separator)."""
    joined = _SEP.join([t or "" for t in texts])
    if joined.count(_SEP) != len(texts) - 1:  # a separator inside a value: one by one
        return [fold(t) for t in texts]
    out = _NOT_WORD_KEEP_SEP.sub("", unicodedata.normalize("NFKC", joined).casefold()).split(_SEP)
    return out if len(out) == len(texts) else [fold(t) for t in texts]


def script_fold_all(folded: set[str]) -> dict[str, str]:
    """script_fold() of each non-ASCII folded text, converted in one call."""
    wanted = [f for f in folded if not f.isascii()]
    if not wanted:
        return {}
    if any(_SEP in f for f in wanted):
        return {f: script_fold(f) for f in wanted}
    converted = str(_converter().convert(_SEP.join(wanted))).split(_SEP)
    if len(converted) != len(wanted):
        return {f: script_fold(f) for f in wanted}
    return dict(zip(wanted, converted))


def search_keys(*columns: list[str | None], limit: int | None = KEY_LIMIT) -> list[str]:
    """search_key() of each row of names (one list per name, all as long): the same keys,
    with the folding and script conversion done for the whole column at once."""
    folded = [fold_all(column) for column in columns]
    simplified = script_fold_all({f for column in folded for f in column if f})
    if len(folded) == 2:  # English and Chinese, the usual pair: the common cases inline
        return [_key2(en, zh, simplified, limit) for en, zh in zip(*folded)]
    return [_key([f for f in row if f], simplified, limit) for row in zip(*folded)]


def _key2(en: str, zh: str, simplified: dict[str, str], limit: int | None) -> str:
    if not zh:
        return _key([en], simplified, limit) if en and not en.isascii() else en
    if en and not en.isascii():
        return _key([en, zh], simplified, limit)
    zh_simple = simplified.get(zh, zh)
    key = f"{en}|{zh}" if en else zh
    if zh_simple == zh or (en and zh_simple == en):
        return key
    if limit is None or len(key) + len(zh_simple) + 1 <= limit:
        return f"{key}|{zh_simple}"
    return key


def _key(parts: list[str], simplified: dict[str, str], limit: int | None) -> str:
    """search_key()'s assembly, from parts already folded."""
    key = "|".join(parts)
    for part in list(parts):
        simple = simplified.get(part, part)
        if simple not in parts and (limit is None or len(key) + len(simple) + 1 <= limit):
            parts.append(simple)
            key = f"{key}|{simple}"
    return key


def search_fragments(text: str | None) -> tuple[str, ...]:
    """What a typed fragment is looked up by in a search key: its folded form and, when it
    differs, its Simplified form (empty when nothing searchable is left)."""
    folded = fold(text)
    if not folded:
        return ()
    simplified = script_fold(folded)
    return (folded,) if simplified == folded else (folded, simplified)


_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\u0085\u2028\u2029]+")


def one_line(text: str) -> str:
    """Line breaks and tabs as single spaces: for titles, names and other one-line fields."""
    return _LINE_BREAKS.sub(" ", text)


def clean(text: str | None) -> str | None:
    """Trim surrounding white space and control characters; empty becomes None."""
    if text is None:
        return None
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    return text or None
