from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.store.migrate import HEAD

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_list_events_json_on_a_new_default_database_prints_the_demo(tmp_path: Path) -> None:
    default = Path(os.environ["PLANNER_HOME"]) / "planner.sqlite"
    assert not default.exists()
    code, out, err = run("list", "events", "--json")
    assert code == 0, err
    assert default.exists() and not default.with_name("planner.sqlite.partial").exists()
    events = json.loads(out)
    assert len(events) >= 20
    seminar = next(e for e in events if "Development of SMEs" in (e["title_en"] or ""))
    assert seminar["status"] == "completed"
    assert date.fromisoformat(seminar["start"]).month == 6
    timed = next(e for e in events if not e["all_day"])
    assert datetime.fromisoformat(timed["start"]).utcoffset() is not None  # offset present
    for event in events:
        assert {"id", "title_en", "title_zh_hant", "title_zh_hans", "start", "end", "status",
                "kind", "uid"} <= set(event)


@pytest.mark.parametrize("kind", ["events", "delegations", "programmes", "people",
                                  "organisations", "items"])
def test_every_list_has_ids_and_status(demo_path: Path, kind: str) -> None:
    code, out, err = run("--db", str(demo_path), "list", kind, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and all("id" in r and "status" in r for r in rows)


def test_people_search_either_script(demo_path: Path) -> None:
    code, out, _ = run("--db", str(demo_path), "list", "people", "--json", "--limit", "1")
    person = json.loads(out)[0]
    fragment = person["name_zh"][1:]
    code, out, _ = run("--db", str(demo_path), "list", "people", "--json", "--search", fragment)
    assert person["id"] in [p["id"] for p in json.loads(out)]
    # personal contact data is not in lists
    assert "email" not in out or all(p["email"] is None for p in json.loads(out))


@pytest.mark.parametrize("kind, ident", [("event", 1), ("delegation", 5), ("programme", 1),
                                         ("person", 1), ("organisation", 1), ("item", 9)])
def test_show_each_kind(demo_path: Path, kind: str, ident: int) -> None:
    code, out, err = run("--db", str(demo_path), "show", kind, str(ident), "--json")
    assert code == 0, err
    assert json.loads(out)
    code, text, _ = run("--db", str(demo_path), "show", kind, str(ident))
    assert code == 0 and text.strip()


def test_public_list_hides_confidential(demo_path: Path) -> None:
    code, out, _ = run("--db", str(demo_path), "list", "events", "--json", "--public")
    assert all(not e["confidential"] for e in json.loads(out))
    code, text, _ = run("--db", str(demo_path), "list", "events")
    assert "Thundercracker" in text and "* confidential" in text


def test_unknown_id_exits_2_with_one_line(demo_path: Path) -> None:
    code, out, err = run("--db", str(demo_path), "show", "event", "9999")
    assert code == 2 and out == ""
    assert err.strip() == "error: Event 9999 does not exist."


def test_messages_follow_the_language(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANNER_LANG", "zh_HK")
    code, _, err = run("--db", str(demo_path), "show", "event", "9999")
    assert code == 2 and "不存在" in err


def test_missing_database_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "nope.sqlite"
    code, _, err = run("--db", str(target), "list", "events")
    assert code == 2 and "No database at" in err and "Traceback" not in err
    assert not target.exists()


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("shopping list\n" * 20)
    code, _, err = run("--db", str(target), "list", "events")
    assert code == 2 and "left untouched" in err
    assert target.read_text() == "shopping list\n" * 20


def test_usage_error_exits_2() -> None:
    code, _, err = run("list", "spaceships")
    assert code == 2 and "invalid choice" in err


def test_demo_and_db_commands(tmp_path: Path) -> None:
    target = tmp_path / "fresh.sqlite"
    code, out, err = run("--db", str(target), "db", "upgrade")
    assert code == 0 and f"schema {HEAD} (head {HEAD})" in out, err
    code, out, err = run("--db", str(target), "demo")
    assert code == 0 and "24 items" in out, err
    code, _, err = run("--db", str(target), "demo")
    assert code == 2 and "--reset" in err
    code, out, err = run("--db", str(target), "demo", "--reset")
    assert code == 0, err
    code, out, _ = run("--db", str(target), "db", "status")
    assert code == 0 and "revision" in out


def test_environment_variable_chooses_the_database(demo_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANNER_DATABASE_URL", f"sqlite:///{demo_path}")
    code, out, _ = run("list", "items", "--json")
    assert code == 0 and len(json.loads(out)) == 24
    assert not (Path(os.environ["PLANNER_HOME"]) / "planner.sqlite").exists()


def test_main_py_and_module_entry_points(demo_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for launcher in (["main.py"], ["-m", "planner"]):
        done = subprocess.run([sys.executable, *launcher, "--db", str(demo_path), "list", "items"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Strengthening the mechanism" in done.stdout
