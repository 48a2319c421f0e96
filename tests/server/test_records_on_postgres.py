"""The JSON-built 2017-18 programme (tests/cli/test_records_cli.py) on a PostgreSQL server."""

from __future__ import annotations

import json

import pytest

from planner.store.database import Database
from tests.cli.test_records_cli import Cli, build_programme

pytestmark = pytest.mark.postgres


def test_a_new_year_built_with_json_alone_on_a_server(pg_empty: Database,
                                                      postgres_url: str) -> None:
    cli = Cli(postgres_url)  # type: ignore[arg-type]
    made = build_programme(cli)
    assert cli.show("programme", made["programme"]["id"])["legs"][1]["id"] == made["back"]["id"]
    code, out, _ = cli("check", "--json")
    assert code == 3 and any(f["code"] == "document_expires_during_trip"
                             for f in json.loads(out))
    moved = cli.edit("event", made["seminar"]["id"], {"version": made["seminar"]["version"],
                                                      "start": "2017-06-16T09:00",
                                                      "end": "2017-06-16T17:00"})
    assert [s["start"][:10] for s in moved["sessions"]] == ["2017-06-16"] * 2
    assert "already has an item number 5" in cli.refused(
        "create", "item", "--from", "-", stdin={"year": "2017-18", "number": 5, "title_en": "x"})
