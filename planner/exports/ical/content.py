"""Comparing generated calendars: the same content is the same bytes apart from DTSTAMP.

Under METHOD:PUBLISH, RFC 5545 sets DTSTAMP to the time the calendar was generated, so two
generations of unchanged data differ only there. Publishing and the feed server compare (and
tag) calendars by this digest, so a regeneration with nothing new rewrites nothing and
answers 304 to a client that already has it.
"""

from __future__ import annotations

import hashlib
import re

_DTSTAMP = re.compile(rb"^DTSTAMP[;:][^\r\n]*\r?\n", re.MULTILINE)


def without_dtstamp(data: bytes) -> bytes:
    """The calendar without its DTSTAMP lines (never folded: a stamp is 24 octets)."""
    return _DTSTAMP.sub(b"", data)


def content_digest(data: bytes) -> str:
    """A hex SHA-256 of the content apart from DTSTAMP."""
    return hashlib.sha256(without_dtstamp(data)).hexdigest()
