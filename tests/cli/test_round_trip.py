"""Round trip: every demo record of every kind, as `show --json` prints it, fed to `create` on an
empty database, prints the same record again (ids, versions, calendar identity and timestamps
aside)."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from planner.cli.kinds.catalogue import KINDS, kind_named
from planner.cli.main import main
from planner.domain.schedule import Schedule
from planner.operations.sessions import create_session
from planner.store.database import Database, open_database

# Parents before children: each kind refers only to kinds created before it.
ORDER = ("organisation", "venue", "item", "programme", "delegation", "itinerary-item",
         "contact", "person", "member", "event", "session", "registration", "travel-document")
IGNORED = {"version", "uid", "sequence", "modified_at", "modified_by"}


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in IGNORED}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _ids(db: Database, kind: str) -> list[int]:
    from argparse import Namespace

    from planner.cli.kinds.catalogue import BY_NAME

    args = Namespace(search=None, year=None, limit=None, public=False, event=None,
                     delegation=None, person=None)
    with db.write() as session:  # travel documents are listed in a write (audited)
        return sorted(row.id for row in BY_NAME[kind].listing(session, args))


def _shown(db: Database, kind: str, ids: list[int]) -> list[dict[str, Any]]:
    with db.write() as session:  # a reveal of people and travel documents is audited
        return [kind_named(kind).show(session, i, reveal=kind == "person") for i in ids]


def _create(target: Path, kind: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out, err = io.StringIO(), io.StringIO()
    saved, sys.stdin = sys.stdin, io.StringIO(json.dumps(records, ensure_ascii=False))
    try:
        code = main(["--db", str(target), "create", kind, "--from", "-"], out, err)
    finally:
        sys.stdin = saved
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue())


def test_every_demo_record_round_trips_through_show_and_create(demo_db: Database,
                                                                tmp_path: Path) -> None:
    assert set(ORDER) == {k.name for k in KINDS}
    when = Schedule.timed(datetime(2016, 8, 2, 9, 30), datetime(2016, 8, 2, 10, 0),
                          "Asia/Shanghai")
    with demo_db.write() as session:  # the demo has no sessions: give one event two
        create_session(session, 2, title_en="Opening", title_zh_hant="開幕", schedule=when,
                       room="Hall 1", speaker="Ms Chan")
        create_session(session, 2, title_en="Panel", schedule=when, notes="Line 1\nLine 2")
    target = tmp_path / "empty.sqlite"
    open_database(str(target), create=True).close()
    source: dict[str, list[dict[str, Any]]] = {}
    for kind in ORDER:
        source[kind] = _shown(demo_db, kind, _ids(demo_db, kind))
        assert source[kind], f"the demo has no {kind}"
        made = _create(target, kind, source[kind])
        # Created in the order of the source's ids on an empty database: the same ids.
        assert [m["id"] for m in made] == [s["id"] for s in source[kind]], kind
    copy = open_database(str(target))
    try:
        for kind in ORDER:
            ids = [record["id"] for record in source[kind]]
            again = _shown(copy, kind, ids)
            before = _shown(demo_db, kind, ids)  # now that every child exists in both
            for ident, one, other in zip(ids, again, before):
                assert _strip(one) == _strip(other), (kind, ident)
    finally:
        copy.close()
    assert sum(len(v) for v in source.values()) > 1200
