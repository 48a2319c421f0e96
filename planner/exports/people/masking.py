"""Masks for sensitive values in anything shared or printed unless they are explicitly included."""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")
_PREFIX = re.compile(r"^(\+\d{1,4})(.*)$")


def mask_email(value: str) -> str:
    """'chan.tm@example.org' -> 'c***@example.org': the organisation stays recognisable."""
    local, at, domain = value.partition("@")
    return f"{local[:1]}***@{domain}" if at else "***"


def mask_phone(value: str) -> str:
    """'+852 9123 4567' -> '+852 **** **67': country code and last two digits only."""
    match = _PREFIX.match(value.strip())
    prefix, rest = (match.group(1), match.group(2)) if match else ("", value.strip())
    digits = len(_DIGIT.findall(rest))
    keep = 2 if digits > 4 else 0
    seen = 0
    out = []
    for ch in rest:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > digits - keep else "*")
        else:
            out.append(ch)
    return prefix + "".join(out)


def mask_text(value: str) -> str:
    """Anything else sensitive (a guardian's name, a diet, a birth date): only that it exists."""
    return "***"
