"""Keeping personal contact data out of shared calendars.

Free text that goes into a calendar (an itinerary's contact, an event's description) may hold a
phone number or an e-mail address typed by an organiser; calendars are shared with whole teams,
so both are removed. Dates and year ranges ("2016-12-01", "2016-2017") are not phone numbers.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_LIKE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s().\-]{5,}\d(?![\w/])")
_DATE_LIKE = re.compile(r"(?:19|20)\d{2}\s?[-–]\s?(?:19|20)?\d{2}"
                        r"|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")
_LABEL = r"(?:tel|phone|mobile|fax|e-?mail|電話|电话|手機|手机|電郵|电邮)\.?"
_EMPTY = re.compile(rf"[(（]\s*(?:{_LABEL})?\s*[:：]?\s*[)）]"
                    rf"|\b(?:{_LABEL})\s*[:：]?\s*(?=$|[.,;。，；])", re.IGNORECASE)
_BEFORE_PUNCT = re.compile(r"\s+([.,;。，；])")
_DOUBLE_PUNCT = re.compile(r"[,;，；]+([.。])")
_LEFTOVER = re.compile(r"(?:\s*[,;:/，；：（(]\s*)+$|^(?:\s*[,;:/，；：）)]\s*)+")
_SPACES = re.compile(r"[ \t]{2,}")


def _is_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    if candidate.startswith("+"):
        return digits >= 7
    return digits >= 8 and not _DATE_LIKE.fullmatch(candidate.strip())


def scrub(text: str | None) -> str | None:
    """The text without e-mail addresses and phone numbers; None when nothing else is left."""
    if not text:
        return None
    text = _EMAIL.sub("", text)
    text = _PHONE_LIKE.sub(lambda m: "" if _is_phone(m.group(0)) else m.group(0), text)
    lines = [_tidy(line) for line in text.splitlines()]
    cleaned = "\n".join(line for line in lines if line)
    return cleaned or None


def _tidy(line: str) -> str:
    """What removing a number leaves: 'Ms Chan, tel .' -> 'Ms Chan.'"""
    line = _EMPTY.sub("", _SPACES.sub(" ", line))
    line = _DOUBLE_PUNCT.sub(r"\1", _BEFORE_PUNCT.sub(r"\1", line))
    return _LEFTOVER.sub("", line.strip()).strip()
