"""Names as given, and the normalised keys we search them by.

Names are stored exactly as entered: never re-cased, never converted between Traditional and
Simplified (钟 may stand for 鍾 or 鐘). Only the search key is normalised.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str | None) -> str:
    """NFKC, case-folded, with spaces and punctuation removed: 'Chan  Tai-man' -> 'chantaiman'."""
    if not text:
        return ""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def search_key(*names: str | None) -> str:
    """One key for several names (English and Chinese), separated so matches stay inside one."""
    return "|".join(f for f in (fold(n) for n in names) if f)


def clean(text: str | None) -> str | None:
    """Trim surrounding white space and control characters; empty becomes None."""
    if text is None:
        return None
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    return text or None
