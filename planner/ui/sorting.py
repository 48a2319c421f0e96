"""Names in the order the interface language's readers expect: English A to Z (ignoring case,
accents and punctuation), Hong Kong Chinese by strokes, Simplified Chinese by Hanyu Pinyin.

The keys are plain strings, so a table's sort role and Python's sorted() both use them. The
orders themselves are the printed lists' (planner.exports.pdf.collation), imported on first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from planner.ui.text import primary_secondary, ui_script

T = TypeVar("T")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def latin_key(text: str) -> str:
    """Case, accents and punctuation ignored: 'Ángel' sorts with 'angel'."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())


def sort_key(text: str | None) -> str:
    """A string that sorts `text` as the interface language does."""
    return _key(ui_script(), text or "")


@lru_cache(maxsize=8192)  # a table asks again at every comparison while it sorts
def _key(script: str, text: str) -> str:
    latin = latin_key(text)
    if script == "en" or text.isascii():
        return latin
    from planner.exports.pdf.collation import pinyin_key, stroke_key  # not for English

    if script == "zh_HK":
        # fixed-width ranks: comparing the strings compares the stroke keys
        return "".join(f"{flag}{rank:09d}" for flag, rank in stroke_key(text)) + "\x00" + latin
    sounds = " ".join(f"{letters}{umlaut}{tone}{rank:09d}"
                      for letters, umlaut, tone, rank in pinyin_key(text))
    return f"{sounds}\x00{latin}"


def name_key(en: str | None, hant: str | None, hans: str | None) -> str:
    """The sort key of a name in three scripts: the one the interface shows first."""
    return sort_key(primary_secondary(en, hant, hans)[0])


def sorted_by(items: Iterable[T], text: Callable[[T], str | None]) -> list[T]:
    """Items sorted by the text they are shown with."""
    return sorted(items, key=lambda item: sort_key(text(item)))
