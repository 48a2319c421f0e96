"""What docs/cli.md promises for hostile input and a hostile machine: exit 2 with one line
(`error: ...`), no traceback, the data intact. Ids beyond any integer column, damaged and
read-only databases, full disks (RLIMIT_FSIZE gives real EFBIG writes), /dev/full as
standard output, folders and empty names as output files.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from planner.cli.main import main
from planner.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]
HUGE = "1180591620717411303424"  # 2**70


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        code = main(list(argv), out, err)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def one_line(code: int, err: str) -> None:
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("argv", [
    ["show", "event", HUGE], ["show", "event", "0"], ["show", "event", "-3"],
    ["show", "event", str(2**31)], ["show", "person", HUGE, "--reveal"],
    ["edit", "event", HUGE, "--from", "-"], ["delete", "venue", HUGE],
    ["restore", "venue", HUGE], ["delete", "venue", "1", "--version", HUGE],
    ["list", "sessions", "--event", HUGE], ["list", "registrations", "--person", HUGE],
    ["list", "members", "--delegation", HUGE],
    ["list", "events", "--limit", "-1"], ["list", "events", "--limit", str(2**70)],
    ["list", "items", "--year", "foo"], ["list", "items", "--year", "2016-18"],
    ["export", "ical", "--event", HUGE], ["export", "ical", "--all", "--item", HUGE],
    ["export", "catering", "--event", HUGE, "-o", "x.pdf"],
    ["export", "people", "--event", HUGE, "-o", "x.csv"],
    ["import", "people", "list.csv", "--event", HUGE],
    ["import", "people", "list.csv", "--header-row", HUGE],
    ["check", "--delegation", HUGE], ["people", "erase", HUGE],
    ["feeds", "create", "person", HUGE], ["feeds", "serve", "--port", "70000"],
    ["export", "attendance", "--event", "18", "--kind", "sheet", "--blank-rows", "100000",
     "-o", "x.pdf"],
])
def test_numbers_out_of_range_are_refused_on_one_line(demo_path: Path, argv: list[str]) -> None:
    before = digest(demo_path)
    code, out, err = run("--db", str(demo_path), *argv, stdin='{"version": 1}')
    one_line(code, err)
    assert out == "" and digest(demo_path) == before


@pytest.mark.parametrize("kind, given", [
    ("event", {"kind": "seminar", "title_en": "x", "start": "2017-06-15T09:00",
               "end": "2017-06-15T10:00", "venue": 2**70}),
    ("event", {"kind": "seminar", "title_en": "x", "start": "2017-06-15T09:00",
               "end": "2017-06-15T10:00", "capacity": 2**70}),
    ("item", {"year": "2017-18", "number": 2**70, "title_en": "x"}),
    ("travel-document", {"person_id": 1, "kind": "passport", "endorsement_entries": 2**70}),
])
def test_numbers_in_json_past_an_integer_column_are_refused(demo_path: Path, kind: str,
                                                           given: dict[str, Any]) -> None:
    code, out, err = run("--db", str(demo_path), "create", kind, "--from", "-",
                         stdin=json.dumps(given))
    one_line(code, err)


def test_list_limit_zero_and_one(demo_path: Path) -> None:
    code, out, _ = run("--db", str(demo_path), "list", "events", "--json", "--limit", "0")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run("--db", str(demo_path), "list", "events", "--json", "--limit", "1")
    assert code == 0 and len(json.loads(out)) == 1


def _damaged(source: Path, target: Path, how: str) -> Path:
    data = bytearray(source.read_bytes())
    if how == "half":
        data = data[: len(data) // 2]
    else:  # every 97th byte of every page but the first flipped
        for at in range(4096, len(data), 97):
            data[at] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


READS = (["list", "events"], ["list", "people", "--json"], ["show", "event", "6"],
         ["check"], ["export", "catering", "--event", "6", "-o", "-"], ["db", "status"])


@pytest.mark.parametrize("how", ["half", "flipped"])
def test_a_damaged_database_is_refused_and_left_as_it_was(demo_path: Path, tmp_path: Path,
                                                         how: str) -> None:
    broken = _damaged(demo_path, tmp_path / f"{how}.sqlite", how)
    before = digest(broken)
    refusals = 0
    for argv in (*READS, ["create", "venue", "--from", "-"]):
        code, _out, err = run("--db", str(broken), *argv,
                              stdin='{"name_en": "Hall", "side": "guangdong"}')
        assert code in (0, 2, 3), (argv, err)
        assert "Traceback" not in err and "unexpected" not in err, (argv, err)
        if code == 2:
            one_line(code, err)
            refusals += 1
    assert refusals, "the damage went unnoticed"
    if how == "half":
        assert digest(broken) == before


def test_a_read_only_database_is_refused_on_one_line(demo_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's own refusal (SQLITE_READONLY), as on a file or disk that cannot be written."""
    from sqlalchemy.engine import URL

    from planner.store import database

    original = database._sqlite_engine

    def read_only(url: URL) -> Any:
        return original(url.set(database=f"file:{url.database}?mode=ro",
                                query={"uri": "true"}))

    monkeypatch.setattr(database, "_sqlite_engine", read_only)
    before = digest(demo_path)
    code, _out, err = run("--db", str(demo_path), "create", "venue", "--from", "-",
                          stdin='{"name_en": "Hall", "side": "guangdong"}')
    one_line(code, err)
    assert "cannot be written" in err and digest(demo_path) == before


def _child(argv: list[str], *, file_size: int | None = None, stdout: Any = None,
           cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    def limits() -> None:
        if file_size is not None:  # writes past it fail with EFBIG, as on a full disk
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "planner", *argv], env=env, cwd=cwd,
                          stdout=stdout if stdout is not None else subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=120, preexec_fn=limits)


def test_a_full_disk_while_writing_a_document_leaves_no_file(demo_path: Path,
                                                            tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.pdf"
    done = _child(["--db", str(demo_path), "export", "report", "--year", "2016-17",
                   "-o", str(target)], file_size=100_000)
    one_line(done.returncode, done.stderr)
    assert "Cannot write" in done.stderr
    assert not target.exists() and not list(target.parent.iterdir())


def test_demo_on_a_full_disk_leaves_no_database(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"
    done = _child(["--db", str(target), "demo"], file_size=200_000)
    one_line(done.returncode, done.stderr)
    assert list(tmp_path.iterdir()) == []


def test_a_copy_that_fails_leaves_no_target(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy" / "target.sqlite"
    target.parent.mkdir()
    done = _child(["db", "copy", "--from", str(demo_path), "--to", str(target)],
                  file_size=300_000)
    one_line(done.returncode, done.stderr)
    assert list(target.parent.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("argv", [["list", "events", "--json"], ["export", "ical", "--all"],
                                  ["export", "catering", "--event", "6", "-o", "-"]])
def test_standard_output_on_a_full_device(demo_path: Path, argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = _child(["--db", str(demo_path), *argv], stdout=full)
    one_line(done.returncode, done.stderr)
    assert "standard output" in done.stderr


@pytest.mark.parametrize("output, says", [("", "Give a file name"), (".", "is a folder"),
                                          ("folder", "is a folder")])
@pytest.mark.parametrize("command", [["export", "catering", "--event", "6"],
                                     ["export", "ical", "--event", "6"]])
def test_output_that_is_no_file_name(demo_path: Path, tmp_path: Path, monkeypatch: Any,
                                     output: str, says: str, command: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    code, _out, err = run("--db", str(demo_path), *command, "-o", output)
    one_line(code, err)
    assert says in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "folder", "home"] \
        or sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "folder"]


def test_a_database_under_a_file_is_refused(demo_path: Path, tmp_path: Path) -> None:
    code, _out, err = run("--db", str(demo_path / "inside.sqlite"), "demo")
    one_line(code, err)


def test_open_database_refuses_a_damaged_file_without_changing_it(demo_path: Path,
                                                                  tmp_path: Path) -> None:
    from planner.domain.errors import StorageError

    broken = _damaged(demo_path, tmp_path / "half.sqlite", "half")
    before = digest(broken)
    with pytest.raises(StorageError):
        db = open_database(str(broken))
        try:
            with db.read() as session:
                from planner.store import queries

                queries.list_people(session, limit=100_000)
                queries.list_events(session)
        finally:
            db.close()
    assert digest(broken) == before
