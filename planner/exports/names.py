"""File names for what Planner writes: a document's kind, the record's title and its date.

`Sign-in sheet - Copyright seminar - 2017-06-15.pdf` says what the file is in any folder
listing, where `sign-in-event-27.pdf` did not. Names are safe on Windows, macOS and Linux.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from planner.domain.enums import DatePrecision
from planner.domain.schedule import Schedule
from planner.domain.search import pick
from planner.store import queries

# Characters no file system takes (Windows is the strictest), and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SPACES = re.compile(r"\s+")
MAX_STEM = 120  # characters: well inside every file system's limit of 255 bytes for CJK


@dataclass(frozen=True)
class Heading:
    """What a record is called, in each script, and when it happens (for its file name)."""

    en: str | None
    zh_hant: str | None
    zh_hans: str | None
    when: str = ""

    def title(self, locale: str) -> str:
        """The title in the user's language (zh_HK, zh_CN or en), else whatever there is."""
        return pick(locale, self.en, self.zh_hant, self.zh_hans) or ""


def safe_name(text: str) -> str:
    """`text` usable as (part of) a file name: no separators or reserved characters."""
    cleaned = _UNSAFE.sub(" ", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", cleaned).strip(" .")


def file_name(kind: str, title: str = "", when: str = "", extension: str = ".pdf") -> str:
    """`kind - title - when.ext`, the empty parts left out, cut to a sensible length."""
    parts = [safe_name(p) for p in (kind, title, when)]
    stem = " - ".join(p for p in parts if p) or "document"
    if len(stem) > MAX_STEM:
        tail = f" - {parts[2]}" if parts[2] else ""
        stem = stem[:MAX_STEM - len(tail) - 1].rstrip(" .-") + "…" + tail
    return stem + extension


def when(schedule: Schedule | None = None, start: date | None = None) -> str:
    """The first day as YYYY-MM-DD (YYYY-MM when only the month is known)."""
    if schedule is not None:
        first = schedule.local_days()[0]
        return first.strftime("%Y-%m") if schedule.precision == DatePrecision.MONTH \
            else first.isoformat()
    return start.isoformat() if start else ""


def heading(session: Session, kind: str, ident: int) -> Heading:
    """The title and date of an event, delegation or exchange programme."""
    if kind == "event":
        e = queries.get_event(session, ident)
        return Heading(e.title_en, e.title_zh_hant, e.title_zh_hans, when(e.schedule))
    if kind == "delegation":
        d = queries.get_delegation(session, ident)
        return Heading(d.name_en, d.name_zh_hant, d.name_zh_hans, when(d.schedule))
    if kind == "programme":
        p = queries.get_programme(session, ident)
        return Heading(p.title_en, p.title_zh_hant, p.title_zh_hans, when(start=p.start))
    raise ValueError(f"no heading for {kind}")
