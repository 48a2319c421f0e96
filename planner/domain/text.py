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


def search_fragments(text: str | None) -> tuple[str, ...]:
    """What a typed fragment is looked up by in a search key: its folded form and, when it
    differs, its Simplified form (empty when nothing searchable is left)."""
    folded = fold(text)
    if not folded:
        return ()
    simplified = script_fold(folded)
    return (folded,) if simplified == folded else (folded, simplified)


def clean(text: str | None) -> str | None:
    """Trim surrounding white space and control characters; empty becomes None."""
    if text is None:
        return None
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    return text or None
