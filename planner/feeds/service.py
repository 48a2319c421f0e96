"""Generating feeds on demand, cached on the database's revision counter.

Every committed write advances `Database.revision()`. A feed is generated again only when the
revision moved since it was last generated; if the new calendar differs from the cached one
only in DTSTAMP, the cached bytes, ETag and Last-Modified stay, so clients keep getting 304.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime

from planner.domain.errors import PlannerError
from planner.exports.ical import ExportOptions, content_digest, export_ical
from planner.feeds import tokens
from planner.store.calendar_rows import CalendarScope, FeedRow
from planner.store.database import Database
from planner.store.feed_queries import list_feeds


@dataclass(frozen=True)
class Rendered:
    """A generated feed as HTTP serves it."""

    body: bytes
    digest: str
    revision: int
    last_modified: datetime

    @property
    def etag(self) -> str:
        return f'"{self.digest[:32]}"'

    @property
    def last_modified_header(self) -> str:
        return format_datetime(self.last_modified, usegmt=True)


def feed_scope(feed: FeedRow) -> CalendarScope:
    return CalendarScope(kind=feed.scope, target_id=feed.target_id)


def render_feed(db: Database, feed: FeedRow) -> bytes:
    """The calendar of one feed, named by its label when it has one."""
    with db.read() as session:
        return export_ical(session, feed_scope(feed), ExportOptions(name=feed.label))


class FeedService:
    """Finds enabled feeds by token and hands out their (cached) calendars. Thread-safe.

    `check_every` seconds bound how often the revision counter is read: one small query, but
    a busy server need not run it on every request.
    """

    def __init__(self, db: Database, *, check_every: float = 1.0) -> None:
        self.db = db
        self.check_every = check_every
        self._lock = threading.Lock()
        self._render_lock = threading.Lock()
        self._revision = -1
        self._checked = 0.0
        self._feeds: dict[str, FeedRow] = {}
        self._cache: dict[int, Rendered] = {}

    def revision(self) -> int:
        """The database revision, read at most every `check_every` seconds; reloads feeds."""
        now = time.monotonic()
        if now - self._checked < self.check_every and self._revision >= 0:
            return self._revision
        current = self.db.revision()
        with self._lock:
            self._checked = now
            if current != self._revision:
                with self.db.read() as session:
                    active = list_feeds(session, include_revoked=False)
                self._feeds = {tokens.digest(f.token): f for f in active}
                self._revision = current
        return current

    def lookup(self, token: str) -> FeedRow | None:
        """The enabled feed with this token, or None (unknown, rotated or revoked alike)."""
        self.revision()
        feed = self._feeds.get(tokens.digest(token))
        if feed is None or not tokens.same(token, feed.token):
            return None
        return feed

    def rendered(self, feed: FeedRow) -> Rendered | None:
        """The feed's calendar; None when it can no longer be made (its target is gone)."""
        revision = self.revision()
        cached = self._cache.get(feed.id)
        if cached is not None and cached.revision == revision:
            return cached
        with self._render_lock:
            cached = self._cache.get(feed.id)
            if cached is not None and cached.revision == revision:
                return cached
            try:
                body = render_feed(self.db, feed)
            except PlannerError:
                self._cache.pop(feed.id, None)
                return None
            digest = content_digest(body)
            if cached is not None and cached.digest == digest:
                fresh = Rendered(cached.body, digest, revision, cached.last_modified)
            else:
                stamp = datetime.now(UTC).replace(microsecond=0)
                fresh = Rendered(body, digest, revision, stamp)
            self._cache[feed.id] = fresh
            return fresh

    def warm(self) -> int:
        """Generate every enabled feed now (a server calls this at start, in the background,
        so the first subscriber of a large feed does not wait for it); returns how many."""
        self.revision()
        made = 0
        for feed in list(self._feeds.values()):
            if self.rendered(feed) is not None:
                made += 1
        return made
