"""Feeds: create/rotate/revoke as undoable operations, publishing to a folder, and the HTTP
server over real HTTP on loopback (an ephemeral port, started and stopped in the test)."""

from __future__ import annotations

import http.client
import json
import os
import stat
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.domain.enums import FeedScope
from planner.domain.errors import PlannerError
from planner.domain.schedule import Schedule
from planner.feeds.publish import MANIFEST, publish
from planner.feeds.server import make_server
from planner.feeds.service import FeedService
from planner.operations import replay
from planner.operations.calendar_feeds import (
    create_feed,
    revoke_feed,
    rotate_feed,
    set_calendar_setting,
)
from planner.operations.events import update_event
from planner.store.calendar_rows import FeedRow
from planner.store.database import Database
from planner.store.models import Feed
from tests.calendars.calendar_helpers import unfolded
from tests.calendars.small_programme import SECRETS


def _create(db: Database, scope: str, target: int | None = None, label: str | None = None
            ) -> FeedRow:
    with db.write() as s:
        return create_feed(s, scope, target, label).value


def test_tokens_are_long_random_and_distinct(small_db: Database) -> None:
    feeds = [_create(small_db, "all") for _ in range(20)]
    tokens = {f.token for f in feeds}
    assert len(tokens) == 20
    assert all(len(t) >= 32 for t in tokens)  # 24 random bytes in URL-safe base64: 192 bits


def test_no_token_starts_like_a_command_line_option(monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.feeds import tokens

    drawn = iter(["-" + "A" * 31, "B" * 32])
    monkeypatch.setattr(tokens.secrets, "token_urlsafe", lambda _n: next(drawn))
    assert tokens.new_token() == "B" * 32


def test_create_rotate_revoke_and_their_undo(small_db: Database) -> None:
    with small_db.write() as s:
        created = create_feed(s, "delegation", 1, "Delegation team")
    feed = created.value
    assert (feed.scope, feed.target_id, feed.label, feed.active) == ("delegation", 1,
                                                                     "Delegation team", True)
    with small_db.write() as s:
        rotated = rotate_feed(s, feed.id)
    assert rotated.value.token != feed.token
    with small_db.write() as s:
        replay(s, rotated.undo)
        assert s.get(Feed, feed.id).token == feed.token
    with small_db.write() as s:
        revoked = revoke_feed(s, feed.id)
    assert revoked.value.revoked_at is not None
    with pytest.raises(PlannerError):
        with small_db.write() as s:
            revoke_feed(s, feed.id)
    with small_db.write() as s:
        replay(s, revoked.undo)
        assert s.get(Feed, feed.id).revoked_at is None
    with small_db.write() as s:
        another = create_feed(s, "all")
    with small_db.write() as s:
        replay(s, another.undo)
        assert s.get(Feed, another.value.id).deleted_at is not None
    assert created.undo.op == "feed.delete"


@pytest.mark.parametrize("scope, target, code", [
    ("person", 2, "calendar_person_minor"), ("all", 1, "feed_all_takes_no_id"),
    ("programme", None, "calendar_scope_needs_id"), ("event", 1, "calendar_bad_scope"),
    ("delegation", 99, "not_found")])
def test_feeds_that_may_not_exist_are_refused(small_db: Database, scope: str,
                                              target: int | None, code: str) -> None:
    with pytest.raises(PlannerError) as info:
        _create(small_db, scope, target)
    assert info.value.code == code
    with small_db.read() as s:
        assert s.scalars(select(Feed)).all() == []


def test_calendar_settings_are_validated_and_undoable(small_db: Database) -> None:
    with pytest.raises(PlannerError):
        with small_db.write() as s:
            set_calendar_setting(s, "feed_base_url", "ftp://nowhere")
    with small_db.write() as s:
        outcome = set_calendar_setting(s, "feed_base_url", "https://feeds.example.org/ip/")
    assert outcome.undo.args == {"key": "feed_base_url",
                                 "value": "https://planner.gdhk-ip.example/feeds/"}


# --- publishing ------------------------------------------------------------------------------

def test_publish_writes_each_enabled_feed_once_and_removes_revoked_and_rotated(
        small_db: Database, tmp_path: Path) -> None:
    everything = _create(small_db, "all")
    person = _create(small_db, "person", 1)
    folder = tmp_path / "www"
    first = publish(small_db, folder)
    assert sorted(first.written) == sorted([everything.id, person.id])
    files = {p.name for p in folder.glob("*.ics")}
    assert files == {f"{everything.token}.ics", f"{person.token}.ics"}
    umask = os.umask(0)
    os.umask(umask)
    mode = stat.S_IMODE(os.stat(folder / f"{everything.token}.ics").st_mode)
    assert mode == 0o666 & ~umask  # as any new file: readable by a web server, not 0600
    assert everything.token not in (folder / MANIFEST).read_text()  # names hashed, not tokens
    stamp = (folder / f"{everything.token}.ics").stat().st_mtime_ns
    second = publish(small_db, folder)  # nothing changed but DTSTAMP: nothing rewritten
    assert second.written == [] and sorted(second.unchanged) == sorted([everything.id, person.id])
    assert (folder / f"{everything.token}.ics").stat().st_mtime_ns == stamp
    with small_db.write() as s:
        rotated = rotate_feed(s, everything.id).value
        revoke_feed(s, person.id)
    (folder / "someone-elses.ics").write_text("not ours")
    third = publish(small_db, folder)
    assert third.removed == 2 and third.written == [everything.id]
    assert {p.name for p in folder.glob("*.ics")} == {f"{rotated.token}.ics", "someone-elses.ics"}
    assert not list(folder.glob("*.part"))


def test_publish_rewrites_a_feed_whose_data_changed(small_db: Database, tmp_path: Path) -> None:
    feed = _create(small_db, "all")
    publish(small_db, tmp_path)
    with small_db.write() as s:
        update_event(s, 1, None, title_en="Renamed seminar")
    report = publish(small_db, tmp_path)
    assert report.written == [feed.id]
    assert "Renamed seminar" in (tmp_path / f"{feed.token}.ics").read_text(encoding="utf-8")


# --- serving ---------------------------------------------------------------------------------

@pytest.fixture
def served(small_db: Database) -> Iterator[tuple[str, int]]:
    server = make_server(FeedService(small_db, check_every=0), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server.server_address[:2]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _get(address: tuple[str, int], path: str, method: str = "GET",
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(*address, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_server_serves_a_feed_with_validators_and_revalidates(small_db: Database,
                                                              served: tuple[str, int]) -> None:
    feed = _create(small_db, "all", label="Everything")
    status, headers, body = _get(served, f"/feeds/{feed.token}.ics")
    assert status == 200
    assert headers["content-type"] == "text/calendar; charset=utf-8"
    assert headers["server"] == "Planner"  # no Python version for probers
    assert int(headers["content-length"]) == len(body)
    assert "X-WR-CALNAME:Everything" in unfolded(body)
    etag, modified = headers["etag"], headers["last-modified"]
    assert _get(served, f"/feeds/{feed.token}.ics", headers={"If-None-Match": etag})[0] == 304
    assert _get(served, f"/feeds/{feed.token}.ics",
                headers={"If-Modified-Since": modified})[0] == 304
    assert _get(served, f"/feeds/{feed.token}.ics",
                headers={"If-None-Match": '"something-else"'})[0] == 200
    head = _get(served, f"/feeds/{feed.token}.ics", method="HEAD")
    assert head[0] == 200 and head[2] == b"" and head[1]["etag"] == etag


def test_server_regenerates_only_when_the_content_changed(small_db: Database,
                                                          served: tuple[str, int]) -> None:
    feed = _create(small_db, "all")
    etag = _get(served, f"/feeds/{feed.token}.ics")[1]["etag"]
    _create(small_db, "all")  # a write that changes no calendar: same ETag, still 304
    assert _get(served, f"/feeds/{feed.token}.ics", headers={"If-None-Match": etag})[0] == 304
    moved = Schedule.timed(datetime(2016, 6, 17, 9), datetime(2016, 6, 17, 12), "Asia/Hong_Kong")
    with small_db.write() as s:
        update_event(s, 1, None, schedule=moved)
    status, headers, body = _get(served, f"/feeds/{feed.token}.ics",
                                 headers={"If-None-Match": etag})
    assert status == 200 and headers["etag"] != etag
    assert "DTSTART;TZID=Asia/Hong_Kong:20160617T090000" in unfolded(body)


def test_unknown_revoked_and_rotated_tokens_get_the_same_404(small_db: Database,
                                                             served: tuple[str, int]) -> None:
    kept = _create(small_db, "all")
    revoked = _create(small_db, "person", 1)
    rotated = _create(small_db, "delegation", 1)
    for feed in (kept, revoked, rotated):
        assert _get(served, f"/feeds/{feed.token}.ics")[0] == 200
    with small_db.write() as s:
        revoke_feed(s, revoked.id)
        rotate_feed(s, rotated.id)
    answers = [_get(served, path) for path in (
        f"/feeds/{revoked.token}.ics", f"/feeds/{rotated.token}.ics",
        "/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", "/feeds/../etc/passwd", "/")]
    for status, headers, body in answers:
        headers.pop("date")
        assert (status, headers, body) == (answers[0][0], answers[0][1], answers[0][2])
    assert answers[0][0] == 404 and "etag" not in answers[0][1]
    assert _get(served, f"/feeds/{kept.token}.ics")[0] == 200


def test_served_feeds_hold_no_personal_data(small_db: Database,
                                            served: tuple[str, int]) -> None:
    for scope, target in (("all", None), ("person", 1), ("delegation", 1),
                          ("organisation", 1)):
        feed = _create(small_db, scope, target)
        status, _, body = _get(served, f"/feeds/{feed.token}.ics")
        assert status == 200
        text = "\n".join(unfolded(body)).replace("\\,", ",")
        assert [s for s in SECRETS if s in text] == []
        assert "raid" not in text.lower()  # the confidential operation


def test_a_person_feed_stops_when_the_person_becomes_a_minor_record(
        small_db: Database, served: tuple[str, int]) -> None:
    feed = _create(small_db, "person", 1)
    assert _get(served, f"/feeds/{feed.token}.ics")[0] == 200
    with small_db.write() as s:
        from planner.store.models import Person

        s.get(Person, 1).is_minor = True
    assert _get(served, f"/feeds/{feed.token}.ics")[0] == 404


def test_feed_scope_values_match_the_enum() -> None:
    from planner.store.calendar_rows import FEED_SCOPES

    assert set(FEED_SCOPES) == {s.value for s in FeedScope}
    assert json.dumps(FEED_SCOPES)


def test_warming_generates_every_enabled_feed_once(small_db: Database) -> None:
    feeds = [_create(small_db, "all"), _create(small_db, "delegation", 1)]
    with small_db.write() as s:
        revoke_feed(s, feeds[1].id)
    service = FeedService(small_db, check_every=0)
    assert service.warm() == 1
    found = service.lookup(feeds[0].token)
    assert found is not None
    first = service.rendered(found)
    assert service.rendered(found) is first  # cached until the data changes
    assert service.lookup(feeds[1].token) is None
