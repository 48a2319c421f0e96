"""Keeping phone numbers and e-mail addresses out of everything that leaves the organiser.

Calendar files, feeds and the published annual report carry free text typed by organisers (an
itinerary's contact, a description, a venue's address, a narrative). Whatever phone number or
e-mail address such text holds is removed here, and only here: every export calls `scrub`.

How a number is found, on a copy of the text whose full-width and other non-ASCII digits and
punctuation are folded to ASCII one character for one (so `６６６６－１２３４` counts, and the
offsets still point into the original):

- libphonenumber's matcher (`phonenumbers.PhoneNumberMatcher`, leniency VALID) for Hong Kong,
  the Mainland and Macao: any number allocated there, in any grouping, with or without
  `+852`/`(852)`/`00853`, and any other country's number written with `+` and its code;
- our own shapes, for numbers the matcher does not know or will not see: 8 digits starting
  with 2-9 (Hong Kong and Macao; `6666 1234`, `6666-1234`), 11-digit Mainland mobiles
  (`138 1234 5678`), each with an optional `+852`, `(852)`, `852-`, `00853`, `+86` in front,
  glued to Chinese text (`電話66661234`) or to each other by `/`.

An extension after a removed number (`ext. 12`, `x 12`, `轉 123`, `內線 88`) goes with it, and so
does a label left with nothing to label (`Tel:`, `電話`).

What stays (tests/calendars/test_scrub.py and its corpus): years and year ranges (`2017`,
`2016-2017`, `2016-17`), dates in every common form (`2016-12-01`, `1/12/2016`, `20161201`),
times (`09:30-17:00`), item numbers (`2016-17/3`), `Hall 3`, room numbers and room ranges
(`Room 2301-2302`), amounts with separators (`HK$13,880,000`, `RMB 2,000,000`) and 6-digit
Mainland postal codes (`518048`). Judgement calls, on the side of removing: an amount written
as 8 bare digits starting with 2-9 (`HK$28880000`) is taken for a phone; numbers spelt out in
Chinese numerals (`六六六六一二三四`) are not recognised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from phonenumbers import Leniency, PhoneNumberMatcher

REGIONS = ("HK", "CN", "MO")
_MATCHER_TRIES = 200  # libphonenumber's own bound per window and region
# Where a number could be: 8 or more digits with at most short separators between them. Only
# these windows (with some text either side, for a prefix or an extension) go to the matcher,
# which is slow on long text.
_CLUSTER = re.compile(r"\d(?:[ \u00a0\-./()]{0,3}\d){7,}")
_BEFORE, _AFTER = 12, 16
_LIST_GAP = re.compile(r"[\s/,;、，；&]{1,5}")
# A cluster longer than any number is read in overlapping pieces: the matcher's time grows
# faster than the length of what it reads. Every number (30 characters at most, formatted
# and with its extension) lies whole inside one piece.
_PIECE, _STEP = 64, 32

# The lookbehind starts a local part only where a run of its characters starts: linear time.
_EMAIL = re.compile(r"(?:mailto:)?(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+\s*(?:@|\[at\]|\(at\))\s*"
                    r"[A-Za-z0-9\-]+(?:\s*(?:\.|\[dot\]|\(dot\))\s*[A-Za-z0-9\-]+)+",
                    re.IGNORECASE)
_SEP = r"(?:[ \u00a0]?[-.][ \u00a0]?|[ \u00a0])"
_CODES = r"(?:852|853|86)"
_PREFIX = (rf"(?:(?:\+|00)[ ]?{_CODES}|\([ ]?(?:\+|00)?{_CODES}[ ]?\)|{_CODES}(?=[-. ]))"
           rf"{_SEP}?")
_HK_MO = rf"[2-9]\d{{3}}{_SEP}?\d{{4}}"
_MAINLAND_MOBILE = rf"1[3-9]\d{_SEP}?\d{{4}}{_SEP}?\d{{4}}"
_SHAPE = re.compile(rf"(?<![\d+])(?:{_PREFIX})?(?:{_MAINLAND_MOBILE}|{_HK_MO})(?!\d)")
# A year range or a compact date is 8 digits too; neither is ever a Hong Kong or Macao number.
_NOT_PHONE = re.compile(r"(?:19|20)\d\d" + _SEP + r"?(?:19|20)\d\d"
                        r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_ROOM_BEFORE = re.compile(r"(?:rooms?|rms?|units?|flats?|suites?|shops?|booths?|stands?|halls?"
                          r"|室|單位|单位|舖|铺|攤位|摊位|展位)\.?\s*$", re.IGNORECASE)
_EXTENSION = re.compile(r"[^\S\n]{0,3}[,;]?[^\S\n]{0,3}"
                        r"(?:ext\.?|extn\.?|extension|x|#|(?:轉|转)?\s*(?:內線|内线|分機|分机)|轉|转)"
                        r"[^\S\n]{0,3}[:：]?[^\S\n]{0,3}\d{1,6}(?!\d)", re.IGNORECASE)

_LABEL = (r"(?:tel|phone|mobile|mob|fax|whatsapp|e-?mail|電話|电话|手機|手机|手提|傳真|传真|"
          r"電郵|电邮|郵箱|邮箱|聯絡電話|联系电话)\.?")
# Runs of spaces are single by the time these run (_SPACES), hence `\s?`.
_EMPTY = re.compile(rf"[(（]\s?(?:{_LABEL})?\s?[:：]?\s?[)）]"
                    rf"|(?:\b|(?<=[^\x00-\x7f]))(?:{_LABEL})\s?[:：]?\s?(?=$|[.,;/。，；、])",
                    re.IGNORECASE)
# Each pattern starts only where a run of its characters starts (the lookbehinds), so a line of
# 20,000 slashes costs one pass, not 20,000.
_BEFORE_PUNCT = re.compile(r"\s([.,;。，；、])")
_DOUBLE_PUNCT = re.compile(r"(?<![,;/，；、])[,;/，；、]+([.。])"
                           r"|(?<![,;/，；、\s])([,;，；、])(?:\s?[,;/，；、])+")
_EDGE_END = " \t,;:/，；：、（("
_EDGE_START = " \t,;:/，；：、）)"
_SPACES = re.compile(r"(?<!\s)\s{2,}")


def scrub(text: str | None) -> str | None:
    """The text without e-mail addresses and phone numbers; None when nothing else is left."""
    if not text:
        return None
    return _scrub(text)


@lru_cache(maxsize=8192)
def _scrub(text: str) -> str | None:
    spans = find_personal(text)
    if not spans:
        return text.strip() or None
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    lines = [_tidy(line) for line in "".join(kept).splitlines()]
    return "\n".join(line for line in lines if line) or None


def find_personal(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of the phone numbers and e-mail addresses."""
    plain = fold(text)
    spans = [m.span() for m in _EMAIL.finditer(plain)]
    spans += _phones(plain)
    return _merge(plain, _with_extensions(plain, _merge(plain, spans)))


def fold(text: str) -> str:
    """Digits and punctuation as ASCII, one character for one (offsets stay valid)."""
    return "".join(_fold_char(ch) if ord(ch) > 0x7f else ch for ch in text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    digit = unicodedata.digit(ch, None)
    if digit is not None:
        return str(digit)
    folded = unicodedata.normalize("NFKC", ch)  # full-width ＋（）－／＠． and the ideographic space
    return folded if len(folded) == 1 and folded.isascii() else ch


def _phones(plain: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for low, window in _windows(plain):
        for region in REGIONS:
            for match in PhoneNumberMatcher(window, region, leniency=Leniency.VALID,
                                            max_tries=_MATCHER_TRIES):
                if not _is_room(plain, low + match.start):
                    found.append((low + match.start, low + match.end))
    for shape in _SHAPE.finditer(plain):
        if not (_NOT_PHONE.fullmatch(shape.group(0)) or _is_room(plain, shape.start())):
            found.append(shape.span())
    return found


def _windows(plain: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of the pieces of `plain` that may hold a number, context included."""
    for cluster in _CLUSTER.finditer(plain):
        low, high = max(0, cluster.start() - _BEFORE), cluster.end() + _AFTER
        for start in range(low, max(low + 1, high - _PIECE + _STEP), _STEP):
            yield start, plain[start:min(high, start + _PIECE)]


def _is_room(plain: str, start: int) -> bool:
    return bool(_ROOM_BEFORE.search(plain[max(0, start - 12):start]))


def _merge(plain: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans, and spans with only separators between them (`6666-1234/6777-1234`,
    `a@x.hk, b@x.hk`), become one: nothing is left of a list of numbers but its context."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or _LIST_GAP.fullmatch(plain, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _with_extensions(plain: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        extension = _EXTENSION.match(plain, end)
        out.append((start, extension.end() if extension else end))
    return out


def _tidy(line: str) -> str:
    """What removing a number leaves: 'Ms Chan, tel .' -> 'Ms Chan.'"""
    line = _EMPTY.sub("", _SPACES.sub(" ", line))
    line = _DOUBLE_PUNCT.sub(lambda m: m.group(1) or m.group(2), _BEFORE_PUNCT.sub(r"\1", line))
    return _SPACES.sub(" ", line).strip().rstrip(_EDGE_END).lstrip(_EDGE_START)


def is_clean(text: str) -> bool:
    """True when `scrub` would find nothing to remove (for checks and tests)."""
    return not find_personal(text)

