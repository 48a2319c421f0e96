"""Golden files: exports of the small constructed programme, with time frozen, line by line.

What is ignored, and nothing else: the version number inside PRODID (so that a release does
not rewrite every golden file). To regenerate after an intended change, run with
PLANNER_UPDATE_GOLDEN=1 and review the diff of tests/calendars/golden/.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest

from planner.exports.ical import ExportOptions
from planner.store.database import Database
from tests.calendars.calendar_helpers import export

GOLDEN = Path(__file__).parent / "golden"
_PRODID = re.compile(r"^PRODID:-//GDHK IP co-operation//Planner [0-9.]+(?:[a-z0-9.+-]*)//EN$")

CASES = {
    "small-all.ics": ("all", None, ExportOptions()),
    "small-event-en.ics": ("event", 1, ExportOptions(language="en")),
    "small-delegation-zh_hant-alarms.ics": (
        "delegation", 1, ExportOptions(language="zh_hant",
                                       alarms=(timedelta(days=1), timedelta(hours=1)))),
    "small-person-zh_hans.ics": ("person", 1, ExportOptions(language="zh_hans")),
}


def _comparable(lines: list[str]) -> list[str]:
    return ["PRODID:<planner version>" if _PRODID.match(line) else line for line in lines]


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_matches_golden_file(small_db: Database, frozen: object, name: str) -> None:
    kind, target, options = CASES[name]
    data = export(small_db, kind, target, options)
    path = GOLDEN / name
    if os.environ.get("PLANNER_UPDATE_GOLDEN") == "1":
        path.write_bytes(data)
    expected = path.read_bytes().decode("utf-8").split("\r\n")
    actual = data.decode("utf-8").split("\r\n")
    for number, (want, got) in enumerate(zip(_comparable(expected), _comparable(actual)), 1):
        assert got == want, f"{name}, line {number}"
    assert len(actual) == len(expected), f"{name}: {len(actual)} lines, golden {len(expected)}"


def test_golden_files_use_crlf_and_fold_at_75_octets() -> None:
    for path in GOLDEN.glob("*.ics"):
        raw = path.read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), path.name
        for line in raw.split(b"\r\n"):
            assert len(line) <= 75, (path.name, line)
            line.decode("utf-8")  # a folded line never splits a character


def test_the_prodid_rule_ignores_only_the_version() -> None:
    assert _comparable(["PRODID:-//GDHK IP co-operation//Planner 0.1.0//EN"]) == \
        ["PRODID:<planner version>"]
    assert _comparable(["PRODID:-//Someone else//EN"]) == ["PRODID:-//Someone else//EN"]
