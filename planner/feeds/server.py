"""Serving feeds over HTTP: GET/HEAD /feeds/<token>.ics with ETag, Last-Modified and 304.

An unknown, rotated or revoked token, and any other path, get the same 404: nothing tells a
prober which tokens once existed. Tokens never reach the log. Binding to anything but loopback
is the caller's explicit choice (put HTTPS in front: a token in a URL is a password).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO

from planner.feeds.service import FeedService, Rendered

CONTENT_TYPE = "text/calendar; charset=utf-8"
_PATH = re.compile(r"^/feeds/([A-Za-z0-9_-]{16,64})\.ics$")
_NOT_FOUND = b"Not found\n"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def not_modified(rendered: Rendered, headers: Any) -> bool:
    """If-None-Match decides when present (RFC 9110); otherwise If-Modified-Since."""
    match = headers.get("If-None-Match")
    if match is not None:
        tags = [t.strip().removeprefix("W/") for t in match.split(",")]
        return "*" in tags or rendered.etag in tags
    since = headers.get("If-Modified-Since")
    if since:
        try:
            return rendered.last_modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


class FeedHandler(BaseHTTPRequestHandler):
    server_version = "Planner"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    service: FeedService
    log_stream: TextIO | None = None

    def version_string(self) -> str:
        return self.server_version  # no Python version for probers

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(with_body=False)

    def _answer(self, *, with_body: bool) -> None:
        match = _PATH.match(self.path.split("?", 1)[0])
        feed = self.service.lookup(match.group(1)) if match else None
        rendered = self.service.rendered(feed) if feed is not None else None
        if rendered is None:
            self._send(404, _NOT_FOUND, {"Content-Type": "text/plain; charset=utf-8",
                                         "Cache-Control": "no-store"}, with_body)
            return
        headers = {"ETag": rendered.etag, "Last-Modified": rendered.last_modified_header,
                   "Cache-Control": "private, no-cache"}
        if not_modified(rendered, self.headers):
            self._send(304, b"", headers, with_body=False)
            return
        self._send(200, rendered.body, {**headers, "Content-Type": CONTENT_TYPE}, with_body)

    def _send(self, status: int, body: bytes, headers: dict[str, str], with_body: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body and body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (signature of the base)
        if self.log_stream is not None:
            text = re.sub(r"/feeds/([A-Za-z0-9_-]{4})[A-Za-z0-9_-]+", r"/feeds/\1…",
                          format % args)
            self.log_stream.write(f"{self.address_string()} {text}\n")


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def make_server(service: FeedService, host: str = "127.0.0.1", port: int = 0,
                log: TextIO | None = None) -> ThreadingHTTPServer:
    """A server bound to host:port (0: any free port); call serve_forever(), then shutdown()."""
    handler = type("BoundFeedHandler", (FeedHandler,), {"service": service, "log_stream": log})
    server_class = _IPv6Server if ":" in host else ThreadingHTTPServer
    server = server_class((host, port), handler)
    server.daemon_threads = True
    return server
