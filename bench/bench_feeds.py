"""Requests per second of the feed server: cached calendars and revalidations (304).

    python bench/bench_feeds.py [--requests 2000] [--db PATH]

Compared in the same run with a trivial static handler on http.server (ours runs on waitress)
serving the same bytes from memory (HTTP/1.1 keep-alive, one client connection, loopback). Ours also
finds the feed by token in constant time, checks the database revision (at most once a second,
the default), and answers with ETag/Last-Modified. The first (cold) generation of the
whole-programme feed is printed for context.
"""

from __future__ import annotations

import argparse
import http.client
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import large_database, report  # noqa: E402
from planner.feeds.server import make_server  # noqa: E402
from planner.feeds.service import FeedService  # noqa: E402
from planner.operations.calendar_feeds import create_feed  # noqa: E402
from planner.store.database import open_database  # noqa: E402


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (its write-ahead log included)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def static_server(body: bytes, etag: str) -> ThreadingHTTPServer:
    class Static(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return ThreadingHTTPServer(("127.0.0.1", 0), Static)


def rate(server: ThreadingHTTPServer, path: str, count: int,
         headers: dict[str, str] | None = None) -> float:
    """Requests per second over one keep-alive connection (the best of three rounds)."""
    host, port = server.server_address[:2]
    best = 0.0
    for _ in range(3):
        conn = http.client.HTTPConnection(host, port, timeout=30)
        start = time.perf_counter()
        for _ in range(count):
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            response.read()
        best = max(best, count / (time.perf_counter() - start))
        conn.close()
    return best


def running(server: ThreadingHTTPServer) -> Callable[[], None]:
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return stop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="an existing generated database (copied first)")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="planner-bench-feeds-")) / "copy.sqlite"
    copy_database(args.db or large_database(), scratch)  # the feed is added to a copy only
    db = open_database(str(scratch))
    with db.write() as session:
        feed = create_feed(session, "all", label="bench").value
    service = FeedService(db)
    ours = make_server(service, "127.0.0.1", 0)
    stop_ours = running(ours)
    path = f"/feeds/{feed.token}.ics"
    try:
        started = time.perf_counter()
        rendered = service.rendered(service.lookup(feed.token))  # type: ignore[arg-type]
        cold = time.perf_counter() - started
        assert rendered is not None
        static = static_server(rendered.body, rendered.etag)
        stop_static = running(static)
        try:
            revalidate = {"If-None-Match": rendered.etag}
            ours_200 = rate(ours, path, args.requests)
            static_200 = rate(static, "/x.ics", args.requests)
            ours_304 = rate(ours, path, args.requests, revalidate)
            static_304 = rate(static, "/x.ics", args.requests, revalidate)
        finally:
            stop_static()
    finally:
        stop_ours()
        db.close()
        for leftover in scratch.parent.iterdir():
            leftover.unlink()
        scratch.parent.rmdir()
    size = f"{len(rendered.body) / 1e6:.1f} MB feed"
    # Ratios of throughput: ours / static, so 1.0 is as fast as serving bytes from memory.
    report("feeds: cached 200 requests/s vs static handler", ours_200, static_200, "req/s",
           note=f"{size}; cold generation {cold:.2f} s")
    report("feeds: 304 revalidations/s vs static handler", ours_304, static_304, "req/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
