"""Publishing every enabled feed into a folder a web server (or shared folder) serves.

Each feed becomes `<token>.ics`, written atomically (a temporary file, then a rename) and only
when its content changed apart from DTSTAMP. A manifest remembers what this folder got from
us, so the files of revoked, rotated or deleted feeds are removed and their links stop working
on the web server too. The manifest stores hashes of the file names, never the tokens, since
it sits in the published folder.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.errors import PlannerError
from planner.domain.progress import Progress
from planner.exports.files import atomic_write
from planner.exports.ical import content_digest
from planner.feeds import tokens
from planner.feeds.service import render_feed
from planner.store.database import Database
from planner.store.feed_queries import list_feeds

MANIFEST = ".planner-feeds.json"


@dataclass
class PublishReport:
    written: list[int] = field(default_factory=list)  # feed ids
    unchanged: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # could not be generated (target gone)
    removed: int = 0  # files of feeds no longer enabled


def _name_hash(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def read_manifest(directory: Path) -> dict[str, dict[str, object]]:
    """{sha256 of file name: {feed, digest}} of the files we published here before."""
    path = directory / MANIFEST
    if not path.exists():
        return {}
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")).get("files", {}))
    except (OSError, ValueError, AttributeError):
        return {}  # damaged: treat as empty; files we cannot recognise are left alone


def write_public(path: Path, data: bytes) -> None:
    """Atomic write that leaves the file readable by the web server (mkstemp makes 0600)."""
    atomic_write(path, data, public=True)


def _current_digest(path: Path) -> str | None:
    try:
        return content_digest(path.read_bytes())
    except OSError:
        return None


def publish(db: Database, directory: Path | str, progress: Progress | None = None
            ) -> PublishReport:
    """Write every enabled feed into `directory`; remove what revoked or rotated feeds left."""
    folder = Path(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlannerError("feeds_publish_target", path=str(folder), reason=exc.strerror) from exc
    old = read_manifest(folder)
    with db.read() as session:
        feeds = list_feeds(session, include_revoked=False)
    report, manifest = PublishReport(), {}
    for done, feed in enumerate(feeds):
        if progress is not None:
            progress.step(done, len(feeds), feed.label or feed.scope)
        try:
            body = render_feed(db, feed)
        except PlannerError:
            report.skipped.append(feed.id)
            continue
        name = tokens.file_name(feed.token)
        digest = content_digest(body)
        manifest[_name_hash(name)] = {"feed": feed.id, "digest": digest}
        if _current_digest(folder / name) == digest:
            report.unchanged.append(feed.id)
        else:
            write_public(folder / name, body)
            report.written.append(feed.id)
    for path in folder.glob("*.ics"):
        hashed = _name_hash(path.name)
        if hashed in old and hashed not in manifest:
            path.unlink(missing_ok=True)
            report.removed += 1
    data = json.dumps({"version": 1, "files": manifest}, indent=1, sort_keys=True).encode()
    write_public(folder / MANIFEST, data + b"\n")
    return report
