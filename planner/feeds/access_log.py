"""The feed server's request log: one line per request, safe to print and free of tokens.

A request line is whatever a client sent. Written raw, control characters in it reach the
terminal of whoever reads the log (escape sequences that move the cursor, retitle the window or
hide lines), and a token inside it (`/feeds/<token>.ics`, `/FEEDS/<token>`, `%2F<token>`, with
junk around it) is a password in a log file. So the target is percent-decoded (until it stops
changing, at most three times), every run of 12 or more token characters is cut to its first
four and `***` (control characters inside a run do not split it), and everything outside
printable ASCII, the backslash and the double quote are written as escapes.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_CONTROL = "\x00-\x1f\x7f-\x9f"
# A token is 32 characters of URL-safe base64 (planner.feeds.tokens); 12 in a row is too many.
_TOKEN_RUN = re.compile(rf"[A-Za-z0-9_-](?:[{_CONTROL}]*[A-Za-z0-9_-]){{11,}}")
_UNSAFE = re.compile(r'[^\x20-\x7e]|["\\]')
MAX_FIELD = 300


def mask_tokens(text: str) -> str:
    """Every run that could be (or hide) a token, cut to its first four characters."""
    return _TOKEN_RUN.sub(lambda m: m.group(0)[:4] + "***", text)


def escape(text: str) -> str:
    """Printable ASCII as it is; anything else as \\xNN, \\uNNNN or \\UNNNNNNNN."""
    def one(match: re.Match[str]) -> str:
        ch = match.group(0)
        if ch in '"\\':
            return "\\" + ch
        code = ord(ch)
        if code < 0x100:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return _UNSAFE.sub(one, text)


def decoded(target: str) -> str:
    """The target with percent-escapes undone, repeatedly (`%252F` is `%2F` is `/`)."""
    for _ in range(3):
        plain = unquote(target, errors="replace")
        if plain == target:
            break
        target = plain
    return target


def safe(text: str) -> str:
    """One field of a log line: tokens masked, then escaped, then cut to MAX_FIELD."""
    shown = escape(mask_tokens(decoded(text)))
    return shown if len(shown) <= MAX_FIELD else shown[:MAX_FIELD] + "..."


def log_line(remote: str, method: str, target: str, protocol: str, status: str,
             size: int) -> str:
    """`127.0.0.1 "GET /feeds/AbCd***.ics HTTP/1.1" 200 5120`."""
    return (f'{safe(remote)} "{safe(method)} {safe(target)} {safe(protocol)}" '
            f"{safe(status)} {size}")
