"""The synthetic generator writes what it says (small sizes here; big ones belong in bench/)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import func, select

from planner.store import queries
from planner.store.database import open_database
from planner.store.models import Event, ItineraryItem, Person, Registration

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_generates_the_requested_sizes(tmp_path: Path, capsys) -> None:
    target = tmp_path / "big.sqlite"
    code = _generator().main(["--db", str(target), "--events", "60", "--people", "800",
                              "--registrations", "2000"])
    assert code == 0
    assert "2000 registrations" in capsys.readouterr().out
    db = open_database(str(target))
    try:
        with db.read() as session:
            count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
            assert (count(Event), count(Person), count(Registration)) == (60, 800, 2000)
            assert count(ItineraryItem) > 0
            events = queries.list_events(session)
            assert all(e.title_zh_hant and e.uid for e in events)
            assert sum(e.registered for e in events) == 2000
            assert queries.list_people(session, limit=3)[0].name_zh
        assert db.revision() >= 1
    finally:
        db.close()
    assert _generator().main(["--db", str(target), "--events", "1", "--people", "1",
                              "--registrations", "0"]) == 2  # refuses a non-empty database
