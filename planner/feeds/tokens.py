"""Feed tokens: secret, URL-safe, compared in constant time, and the links built from them."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

TOKEN_BYTES = 24  # 192 random bits (the issue asks for at least 128)
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


def new_token() -> str:
    """A fresh token: 32 characters of URL-safe base64 over 24 random bytes.

    Never one that starts with "-": `feeds revoke -AbC...` would read as an option (one
    token in 64 did; drawing again costs 0.02 of its 192 bits)."""
    while True:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        if not token.startswith("-"):
            return token


def looks_like_token(text: str) -> bool:
    return bool(_TOKEN.match(text))


def digest(token: str) -> str:
    """What tables are keyed by, so that finding a feed reveals nothing through timing."""
    return hashlib.sha256(token.encode()).hexdigest()


def same(given: str, expected: str) -> bool:
    """Constant-time comparison of two tokens."""
    return hmac.compare_digest(given.encode(), expected.encode())


def file_name(token: str) -> str:
    return f"{token}.ics"


def links(base_url: str, token: str) -> dict[str, str]:
    """The https (or http) link and the webcal:// link a calendar app subscribes to."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    url = base + file_name(token)
    webcal = re.sub(r"^https?://", "webcal://", url)
    return {"url": url, "webcal": webcal}


def example_settings(settings: dict[str, str]) -> list[str]:
    """The feed settings (`feed_base_url`, `uid_domain`) still on a reserved example host
    (RFC 2606 `.example`, as the defaults are): links made with them reach nobody."""
    hosts = {"feed_base_url": re.sub(r"^https?://([^/:]+).*$", r"\1", settings.get(
        "feed_base_url", "")), "uid_domain": settings.get("uid_domain", "")}
    return [key for key, host in hosts.items()
            if host.lower().rstrip(".").endswith((".example", ".invalid", ".test"))
            or host.lower() in ("example", "example.com", "example.org", "example.net")]
