"""Serving feeds over HTTP: GET/HEAD /feeds/<token>.ics with ETag, Last-Modified and 304.

An unknown, rotated or revoked token, and any other path or method, get the same 404: nothing
tells a prober which tokens once existed. Tokens never reach the log (planner.feeds.access_log).
Binding to anything but loopback is the caller's explicit choice (put HTTPS in front: a token
in a URL is a password).

The HTTP side is waitress (pure Python, at home on Windows), never http.server: one thread
polls every connection, a few workers answer; idle connections and requests that take too
long to arrive are closed, and the number of open connections is bounded, so a flood of slow
or silent clients costs file descriptors, not threads, and the others are still answered.
"""

from __future__ import annotations

import ipaddress
import re
import select
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, TextIO

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher

from planner.feeds.access_log import log_line
from planner.feeds.service import FeedService, Rendered

CONTENT_TYPE = "text/calendar; charset=utf-8"
_PATH = re.compile(r"^/feeds/([A-Za-z0-9_-]{16,64})\.ics$")
_NOT_FOUND = b"Not found\n"
_COMMON = [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]


@dataclass(frozen=True)
class Limits:
    """How much the server gives any one client, and all of them together."""

    connections: int = 4_000     # open at once; more wait in the listen backlog
    idle_timeout: int = 30       # seconds a connection may stay silent between requests
    request_timeout: int = 15    # seconds a request may take to arrive whole (slow senders)
    header_bytes: int = 8_192    # a feed request is one line and a few headers
    threads: int = 4             # workers generating and sending calendars


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def not_modified(rendered: Rendered, headers: dict[str, str]) -> bool:
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


StartResponse = Callable[[str, list[tuple[str, str]]], Any]


class FeedApp:
    """The WSGI application: the feed of a token, or the one 404."""

    def __init__(self, service: FeedService, log: TextIO | None = None) -> None:
        self.service = service
        self.log = log
        self._log_lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse
                 ) -> Iterable[bytes]:
        status, headers, body = self.answer(environ)
        start_response(status, headers + _COMMON)
        self._log(environ, status, len(body))
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    def answer(self, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bytes]:
        rendered = self._rendered(environ)
        if rendered is None:
            return "404 Not Found", [("Content-Type", "text/plain; charset=utf-8"),
                                     ("Cache-Control", "no-store"),
                                     ("Content-Length", str(len(_NOT_FOUND)))], _NOT_FOUND
        headers = [("ETag", rendered.etag), ("Last-Modified", rendered.last_modified_header),
                   ("Cache-Control", "private, no-cache")]
        asked = {"If-None-Match": environ.get("HTTP_IF_NONE_MATCH"),
                 "If-Modified-Since": environ.get("HTTP_IF_MODIFIED_SINCE")}
        if not_modified(rendered, {k: v for k, v in asked.items() if v is not None}):
            return "304 Not Modified", headers, b""
        return "200 OK", headers + [("Content-Type", CONTENT_TYPE),
                                    ("Content-Length", str(len(rendered.body)))], rendered.body

    def _rendered(self, environ: dict[str, Any]) -> Rendered | None:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        match = _PATH.match(environ.get("PATH_INFO", ""))
        feed = self.service.lookup(match.group(1)) if match else None
        return self.service.rendered(feed) if feed is not None else None

    def _log(self, environ: dict[str, Any], status: str, size: int) -> None:
        if self.log is None:
            return
        line = log_line(environ.get("REMOTE_ADDR", "-"), environ.get("REQUEST_METHOD", ""),
                        environ.get("REQUEST_URI", ""), environ.get("SERVER_PROTOCOL", ""),
                        status.split()[0], size)
        with self._log_lock:
            self.log.write(line + "\n")
            self.log.flush()


class _Channel(HTTPChannel):
    """A waitress connection that remembers when its current request began to arrive."""

    request_began = 0.0

    def received(self, data: bytes) -> bool:
        if data and self.request is None:
            self.request_began = time.time()
        return super().received(data)


class _WSGIServer(TcpWSGIServer):
    channel_class = _Channel
    request_timeout = Limits.request_timeout

    def maintenance(self, now: float) -> None:
        """Waitress closes connections idle too long; this also closes those whose request
        has been trickling in for longer than the request timeout (a slow-loris client)."""
        super().maintenance(now)
        cutoff = now - self.request_timeout
        for channel in list(self.active_channels.values()):
            if channel.request is not None and channel.request_began < cutoff:
                channel.will_close = True


class FeedServer:
    """A bound server: serve_forever() on one thread, shutdown() from another."""

    def __init__(self, app: FeedApp, host: str, port: int, limits: Limits) -> None:
        self.limits = limits
        self._map: dict[int, Any] = {}
        adj = Adjustments(host=host, port=port, threads=limits.threads, ident="Planner",
                          connection_limit=limits.connections,
                          channel_timeout=limits.idle_timeout, cleanup_interval=1,
                          max_request_header_size=limits.header_bytes,
                          max_request_body_size=0, asyncore_loop_timeout=1,
                          # poll() has no FD_SETSIZE: select() fails past 1024 sockets
                          asyncore_use_poll=hasattr(select, "poll"),
                          clear_untrusted_proxy_headers=False, expose_tracebacks=False)
        self._dispatcher = ThreadedTaskDispatcher()
        self._dispatcher.set_thread_count(limits.threads)
        self._server = _WSGIServer(app, self._map, dispatcher=self._dispatcher, adj=adj,
                                   sockinfo=adj.listen[0])
        self._server.request_timeout = limits.request_timeout
        self._leftovers: list[Any] = []

    def open_connections(self) -> int:
        """Client connections open now (for tests and diagnostics)."""
        return sum(isinstance(d, _Channel) for d in list(self._map.values()))

    @property
    def server_address(self) -> tuple[str, int]:
        return self._server.effective_host, int(self._server.effective_port)

    def serve_forever(self, poll_interval: float | None = None) -> None:
        """Answer until shutdown() (or Ctrl+C); `poll_interval` is accepted and ignored."""
        try:
            self._server.run()
        finally:
            for dispatcher in self._leftovers or list(self._map.values()):
                try:
                    dispatcher.close()
                except OSError:
                    pass
            self._dispatcher.shutdown(cancel_pending=True, timeout=5)

    def shutdown(self) -> None:
        """Stop serve_forever(): it returns once its loop has seen the request."""
        self._server.trigger.pull_trigger(self._stop_in_loop)

    def _stop_in_loop(self) -> None:
        # Runs on the loop's own thread: an empty map ends waitress's loop.
        self._leftovers = list(self._map.values())
        self._map.clear()

    def server_close(self) -> None:
        """Close the listening socket of a server that never served."""
        if self._map:
            for dispatcher in list(self._map.values()):
                dispatcher.close()


def raise_file_limit(wanted: int) -> int:
    """Raise the soft limit on open files towards `wanted` (Unix); returns the limit now."""
    if sys.platform == "win32":
        return wanted
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return wanted if soft == resource.RLIM_INFINITY else soft


def make_server(service: FeedService, host: str = "127.0.0.1", port: int = 0,
                log: TextIO | None = None, limits: Limits | None = None) -> FeedServer:
    """A server bound to host:port (0: any free port); call serve_forever(), then shutdown().

    The connection limit is kept below the open-file limit, raised first where it can be."""
    limits = limits or Limits()
    available = raise_file_limit(limits.connections + 128) - 128
    if available < limits.connections:
        limits = Limits(max(16, available), limits.idle_timeout, limits.request_timeout,
                        limits.header_bytes, limits.threads)
    return FeedServer(FeedApp(service, log), host, port, limits)
