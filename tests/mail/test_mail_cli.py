"""`planner mail ...` as docs/cli.md says: settings (the password never stored in the database),
a dry run writing .eml files, queueing, the outbox, and `mail send`'s exit codes."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.store.database import Database
from tests.mail.conftest import Programme, configure
from tests.mail.helpers import calendar_part, parse
from tests.mail.smtp_server import PASSWORD, USER, SmtpServer


def run(*argv: str, stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None
        ) -> tuple[int, str, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_settings_keep_the_password_in_the_keyring_never_in_the_database(
        empty_db: Database, monkeypatch: pytest.MonkeyPatch, memory_keyring: object) -> None:
    path = str(empty_db.path)
    code, out, err = run("--db", path, "mail", "settings", "--host", "smtp.example.org",
                         "--port", "587", "--security", "starttls", "--user", USER,
                         "--from", "events@example.org", "--name", "IP Office",
                         "--password-stdin", "--json", stdin=PASSWORD + "\n",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    shown = json.loads(out)
    assert shown["host"] == "smtp.example.org" and shown["password"] == "stored"
    assert PASSWORD not in out
    assert memory_keyring.secrets == {("Planner SMTP", f"{USER}@smtp.example.org"): PASSWORD}
    empty_db.close()
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "smtp.example.org" in dump and PASSWORD not in dump
    code, out, err = run("--db", path, "mail", "settings", "--security", "bogus")
    assert code == 2 and "invalid choice" in err
    code, out, err = run("--db", path, "mail", "settings", "--from", "not-an-address")
    assert code == 2 and err.startswith("error: ") and "not-an-address" in err


def test_dry_run_writes_eml_files_and_queues_nothing(
        empty_db: Database, programme: Programme, tmp_path: Path) -> None:
    configure(empty_db, 2525)
    folder = tmp_path / "eml"
    code, out, err = run("--db", str(empty_db.path), "mail", "itinerary", "--delegation",
                         str(programme.delegation_id), "--dry-run", str(folder))
    assert code == 0, err
    assert "dry run: 3 messages written" in out and "1 to a minor's guardian" in out
    assert "not sent to No Address: no e-mail address" in out
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 3 and not any("@" in f.name for f in files)
    for file in files:
        method, cal = calendar_part(parse(file.read_bytes()))
        assert method == "REQUEST" == str(cal["METHOD"])
    code, out, err = run("--db", str(empty_db.path), "mail", "outbox", "--json")
    assert json.loads(out)["counts"]["queued"] == 0


def test_queue_send_and_the_exit_codes(empty_db: Database, programme: Programme,
                                       smtp_server: SmtpServer,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    configure(empty_db, smtp_server.port)
    # The command line trusts the system's authorities; here, the test's own.
    monkeypatch.setattr("planner.mail.smtp.ssl.create_default_context",
                        lambda *a, **k: smtp_server.client_context)
    db = str(empty_db.path)
    code, out, err = run("--db", db, "mail", "invitations", "--event", str(programme.event_id))
    assert code == 0 and out.startswith("queued 3 messages"), err
    smtp_server.handler.refuse["ann@example.org"] = "550 5.1.1 no such user"
    code, out, err = run("--db", db, "mail", "send")
    assert code == 2
    assert out.startswith("sent 2, failed 1\n")
    assert "failed: #" in out and "Ann Smith <a***@example.org>: 550 5.1.1 no such user" in out
    code, out, err = run("--db", db, "mail", "outbox", "--json")
    listed = json.loads(out)
    assert listed["counts"]["sent"] == 2 and listed["counts"]["failed"] == 1
    failed = next(m for m in listed["messages"] if m["state"] == "failed")
    assert failed["last_error"] == "550 5.1.1 no such user" and failed["message_id"]
    code, out, err = run("--db", db, "mail", "outbox")
    assert code == 0 and "2 sent, 1 failed" in out.splitlines()[-1] and "ann@" not in out
    # Resent after the address was fixed on the server: all went, exit 0.
    smtp_server.handler.refuse.clear()
    assert run("--db", db, "mail", "resend", str(failed["id"]))[0] == 0
    code, out, err = run("--db", db, "mail", "send")
    assert (code, out) == (0, "sent 1, failed 0\n")
    # Nothing changed: `mail updates` queues nothing.
    code, out, err = run("--db", db, "mail", "updates")
    assert (code, out) == (0, "nothing to send\n")


def test_send_with_the_server_down_exits_4_and_keeps_them(
        empty_db: Database, programme: Programme) -> None:
    from tests.mail.smtp_server import free_port

    configure(empty_db, free_port())
    db = str(empty_db.path)
    assert run("--db", db, "mail", "invitations", "--event", str(programme.event_id))[0] == 0
    code, out, err = run("--db", db, "mail", "send")
    assert code == 4 and out == "sent 0, failed 0\n"
    assert "could not be reached" in err and "3 messages stay queued" in err


def test_mail_without_settings_says_how_to_set_them(empty_db: Database,
                                                    programme: Programme) -> None:
    code, out, err = run("--db", str(empty_db.path), "mail", "updates")
    assert code == 2 and "planner mail settings" in err
