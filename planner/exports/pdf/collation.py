"""Sorting people's names the way each side expects.

- Hong Kong lists sort Chinese names by stroke count, character by character, ties by radical:
  the order of CLDR's zh-Hant stroke collation, shipped as resources/sorting/hk-stroke-order.txt
  (generated with ICU, see build_stroke_order.py there; no ICU needed at run time).
- Guangdong lists sort by Hanyu Pinyin (pypinyin), syllable by syllable: letters (ü after u),
  then tone, then strokes; surnames with a special reading (曾 zeng, 单 shan, 区 ou...) come from
  resources/sorting/surname-pinyin.tsv.
- English lists sort by the English name, ignoring case, accents and punctuation.
Names are only compared, never changed: what is printed is the name as given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from planner.config import resources_dir

T = TypeVar("T")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_UNKNOWN = 10_000_000  # rank of a Han character missing from the table: after every known one


class NameOrder(StrEnum):
    ENGLISH = "english"
    STROKE = "stroke"
    PINYIN = "pinyin"


@lru_cache(maxsize=1)
def stroke_table() -> dict[str, tuple[int, int]]:
    """Character -> (stroke count, rank in Hong Kong stroke order)."""
    table: dict[str, tuple[int, int]] = {}
    path = resources_dir() / "sorting" / "hk-stroke-order.txt"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            count, chars = line.rstrip("\n").split("\t")
            for ch in chars:
                table.setdefault(ch, (int(count), len(table)))
    return table


def strokes(ch: str) -> int | None:
    """The Hong Kong stroke count of one character, if known."""
    entry = stroke_table().get(ch)
    return entry[0] if entry else None


@lru_cache(maxsize=1)
def surname_readings() -> dict[str, tuple[str, ...]]:
    path = resources_dir() / "sorting" / "surname-pinyin.tsv"
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "surname\t")) or not line.strip():
                continue
            surname, reading = line.rstrip("\n").split("\t")
            out[surname] = tuple(reading.split())
    return out


def _is_han(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CJK ") or ch in stroke_table()


def english_key(name: str | None) -> tuple[str, str]:
    """Case-, accent- and punctuation-insensitive key of a Latin-script name."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return (_NOT_WORD.sub(" ", text.casefold()).strip(), name or "")


def stroke_key(name: str) -> tuple[tuple[int, int], ...]:
    table = stroke_table()
    out = []
    for ch in name:
        if ch in table:
            out.append((0, table[ch][1]))
        elif _is_han(ch):
            out.append((0, _UNKNOWN + ord(ch)))
        elif not ch.isspace() and unicodedata.category(ch)[0] in "LN":
            out.append((1, ord(ch.casefold())))
    return tuple(out)


def syllables(name: str) -> list[tuple[str, str]]:
    """(character, pinyin with tone number) for each Han character; surnames read as surnames."""
    readings = surname_readings()
    head: list[tuple[str, str]] = []
    rest = name
    for length in (2, 1):
        if name[:length] in readings and len(readings[name[:length]]) == length:
            head = list(zip(name[:length], readings[name[:length]], strict=True))
            rest = name[length:]
            break
    # Imported here: pypinyin's dictionaries take 0.35 s to load, and only Pinyin order needs them.
    from pypinyin import Style, lazy_pinyin

    chars = [ch for ch in rest if _is_han(ch)]
    sounds = lazy_pinyin("".join(chars), style=Style.TONE3, neutral_tone_with_five=True)
    if len(sounds) != len(chars):
        sounds = [lazy_pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0]
                  for ch in chars]
    return head + list(zip(chars, sounds, strict=True))


def pinyin_key(name: str) -> tuple[tuple[str, int, int, int], ...]:
    table = stroke_table()
    out = []
    for ch, sound in syllables(name):
        tone = int(sound[-1]) if sound[-1:].isdigit() else 5
        letters = sound.rstrip("012345")
        rank = table[ch][1] if ch in table else _UNKNOWN + ord(ch)
        out.append((letters.replace("v", "u"), int("v" in letters), tone, rank))
    return tuple(out)


def name_key(order: NameOrder, name_en: str | None, name_zh: str | None) -> tuple:
    """A sort key for one person; names missing the script the order needs go last."""
    fallback = english_key(name_en or name_zh)
    if order == NameOrder.ENGLISH:
        if name_en:
            return (0, english_key(name_en))
        return (0, (" ".join(s for _, s in syllables(name_zh or "")) or fallback[0], fallback[1]))
    if not name_zh or not any(_is_han(ch) for ch in name_zh):
        return (1, (), fallback)
    key = stroke_key(name_zh) if order == NameOrder.STROKE else pinyin_key(name_zh)
    return (0, key, fallback)


def sort_by_name(items: Iterable[T], order: NameOrder,
                 names: Callable[[T], tuple[str | None, str | None]]) -> list[T]:
    """Items sorted by their (English, Chinese) names in the given order; stable."""
    return sorted(items, key=lambda item: name_key(order, *names(item)))


def text_key(order: NameOrder, text_en: str | None, text_zh: str | None) -> tuple:
    """The same ordering for other names (organisations): by the script the order reads."""
    return name_key(order, text_en, text_zh)
