"""The command line: `export ical`, `import ical FILE` and `feeds ...`, as docs/cli.md says."""

from __future__ import annotations

import http.client
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli.main import main
from tests.calendars.calendar_helpers import by_three_parsers, events_by_uid

ROOT = Path(__file__).resolve().parents[2]
FILES = Path(__file__).parent / "files"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_export_ical_to_a_file_and_to_standard_output(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "delegation.ics"
    code, out, err = run("--db", str(demo_path), "export", "ical", "--delegation", "1",
                         "--alarm", "1d", "--alarm", "1h", "-o", str(target))
    assert code == 0, err
    data = target.read_bytes()
    assert out.startswith(f"wrote {data.count(b'BEGIN:VEVENT')} events to ")
    views = by_three_parsers(data)
    assert views[0] == views[1] == views[2] and len(views[0]) > 5
    assert data.count(b"TRIGGER:-P1D") == data.count(b"TRIGGER:-PT1H") > 0
    code, out, err = run("--db", str(demo_path), "export", "ical", "--all", "--from",
                         "2016-12-01", "--to", "2016-12-31", "--language", "zh_CN", "-o", "-")
    assert code == 0, err
    assert out.startswith("BEGIN:VCALENDAR") and events_by_uid(out.encode())


def test_export_to_real_standard_output_keeps_crlf(demo_path: Path) -> None:
    env = {**os.environ, "PLANNER_HOME": str(demo_path.parent / "home")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_path),
                             "export", "ical", "--programme", "1", "-o", "-"],
                            capture_output=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\r\n" not in result.stdout


@pytest.mark.parametrize("argv, fragment", [
    (("export", "ical", "--event", "1", "--alarm", "soon"), "Not a valid reminder"),
    (("export", "ical", "--person", "999999"), "Person 999999 does not exist"),
])
def test_export_refusals_exit_2_with_one_line(demo_path: Path, argv: tuple[str, ...],
                                              fragment: str) -> None:
    code, out, err = run("--db", str(demo_path), *argv)
    assert code == 2 and fragment in err and err.count("\n") == 1 and out == ""


def test_export_needs_exactly_one_scope(demo_path: Path) -> None:
    assert run("--db", str(demo_path), "export", "ical")[0] == 2
    assert run("--db", str(demo_path), "export", "ical", "--all", "--event", "1")[0] == 2


def test_import_ical_then_again_with_json(demo_path: Path) -> None:
    code, out, err = run("--db", str(demo_path), "import", "ical", str(FILES / "google.ics"))
    assert code == 0, err
    assert out.startswith("imported google.ics: 7 created, 0 updated")
    code, out, err = run("--db", str(demo_path), "import", "ical", str(FILES / "google-v2.ics"),
                         "--json")
    summary = json.loads(out)
    assert (summary["created"], summary["cancelled"], summary["dry_run"]) == (0, 1, False)


def test_import_dry_run_writes_nothing(demo_path: Path) -> None:
    code, out, _ = run("--db", str(demo_path), "import", "ical", str(FILES / "apple.ics"),
                       "--dry-run")
    assert code == 0 and out.startswith("would import apple.ics: 5 created")
    code, out, _ = run("--db", str(demo_path), "import", "ical", str(FILES / "apple.ics"))
    assert out.startswith("imported apple.ics: 5 created")


def test_a_broken_file_exits_2_naming_the_line(demo_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ics"
    broken.write_bytes((FILES / "google.ics").read_bytes().replace(b"END:VEVENT\r\n", b"", 1))
    code, _, err = run("--db", str(demo_path), "import", "ical", str(broken))
    assert code == 2 and "broken.ics, line " in err and "Nothing was imported" in err
    code, _, err = run("--db", str(demo_path), "import", "ical", str(tmp_path / "missing.ics"))
    assert code == 2 and "Cannot read" in err


def test_feeds_create_list_rotate_revoke_and_publish(demo_path: Path, tmp_path: Path) -> None:
    code, out, err = run("--db", str(demo_path), "feeds", "create", "all", "--label", "All",
                         "--json")
    assert code == 0, err
    created = json.loads(out)
    assert created["url"].startswith("https://") and created["webcal"].startswith("webcal://")
    assert created["url"].endswith(f"/{created['token']}.ics")
    code, out, err = run("--db", str(demo_path), "feeds", "create", "delegation", "1")
    assert code == 0 and "webcal://" in out
    code, out, _ = run("--db", str(demo_path), "feeds", "list", "--json")
    listed = json.loads(out)
    assert [f["scope"] for f in listed] == ["all", "delegation"]
    assert {"id", "scope", "token", "url", "webcal", "status"} <= set(listed[0])
    code, out, _ = run("--db", str(demo_path), "feeds", "rotate", str(created["id"]), "--json")
    assert json.loads(out)["token"] != created["token"]
    code, out, _ = run("--db", str(demo_path), "feeds", "revoke", listed[1]["token"], "--json")
    assert json.loads(out)["status"] == "revoked"
    code, out, _ = run("--db", str(demo_path), "feeds", "publish", str(tmp_path / "www"))
    assert code == 0 and out.startswith(f"published into {tmp_path / 'www'}: 1 written")
    code, out, _ = run("--db", str(demo_path), "feeds", "list")
    assert "revoked" in out and "password" in out
    assert run("--db", str(demo_path), "feeds", "create", "all", "3")[0] == 2
    assert run("--db", str(demo_path), "feeds", "create", "event", "3")[0] == 2


def test_feeds_serve_over_http_until_stopped(demo_path: Path) -> None:
    code, out, _ = run("--db", str(demo_path), "feeds", "create", "programme", "1", "--json")
    token = json.loads(out)["token"]
    env = {**os.environ, "PLANNER_HOME": str(demo_path.parent / "home")}
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(demo_path),
                                "feeds", "serve", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, text=True)
    try:
        first = process.stdout.readline() if process.stdout else ""
        assert first.startswith("serving feeds at http://127.0.0.1:"), first
        port = int(first.split("127.0.0.1:")[1].split("/")[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        conn.request("GET", f"/feeds/{token}.ics")
        response = conn.getresponse()
        body = response.read()
        conn.close()
        assert response.status == 200 and body.startswith(b"BEGIN:VCALENDAR")
    finally:
        process.terminate()
        process.wait(timeout=20)
    errors = process.stderr.read() if process.stderr else ""
    assert token not in errors  # the request log masks tokens


def test_feeds_settings_show_set_and_refuse(demo_path: Path) -> None:
    code, out, _ = run("--db", str(demo_path), "feeds", "settings", "--json")
    assert json.loads(out)["feed_base_url"] == "https://planner.gdhk-ip.example/feeds/"
    code, out, err = run("--db", str(demo_path), "feeds", "settings", "--base-url",
                         "https://calendar.example.org/feeds/", "--uid-domain", "example.org")
    assert code == 0, err
    assert "feed_base_url: https://calendar.example.org/feeds/" in out
    code, out, _ = run("--db", str(demo_path), "feeds", "create", "all", "--json")
    assert json.loads(out)["webcal"].startswith("webcal://calendar.example.org/feeds/")
    code, _, err = run("--db", str(demo_path), "feeds", "settings", "--base-url", "nowhere")
    assert code == 2 and "must start with https://" in err
