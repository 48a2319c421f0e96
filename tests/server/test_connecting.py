"""Server URLs without passwords, the password prompt, and what the server's errors mean."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from planner.domain.errors import StorageError
from planner.store import server, server_errors
from planner.store.database import Database, open_database


def test_server_url_has_no_password_and_skips_the_default_port() -> None:
    assert server.server_url("db.example", "planner", "alice") == \
        "postgresql+psycopg://alice@db.example/planner"
    assert server.server_url("10.0.0.5", "planner", port=6543) == \
        "postgresql+psycopg://10.0.0.5:6543/planner"


def test_password_is_dropped_for_settings_and_hidden_for_people() -> None:
    url = "postgresql+psycopg://alice:s3cret@db.example/planner?sslmode=require"
    assert server.without_password(url) == \
        "postgresql+psycopg://alice@db.example/planner?sslmode=require"
    assert "s3cret" not in server.display_url(url) and "***" in server.display_url(url)


@pytest.mark.parametrize("raw, expected", [
    ("postgresql://alice@db.example/planner", True),
    ("postgresql+psycopg://db.example/planner", True),
    ("sqlite:////tmp/x.sqlite", False), ("/tmp/x.sqlite", False), (None, False)])
def test_is_server_url(raw: str | None, expected: bool) -> None:
    assert server.is_server_url(raw) is expected


class _Refusal(Exception):
    sqlstate = "28P01"

    def __str__(self) -> str:
        return 'password authentication failed for user "alice"'


def test_the_prompt_is_asked_until_the_server_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str | None] = []
    opened = object()

    def fake_open(url: str, **_options: Any) -> Any:
        from sqlalchemy.engine import make_url

        password = make_url(url).password
        tried.append(password)
        if password != "right":
            raise server_errors.connect_error(OperationalError("connect", {}, _Refusal()))
        return opened

    monkeypatch.setattr(server, "open_database", fake_open)
    answers = iter(["wrong", "right"])
    asked: list[str] = []

    def prompt(shown: str) -> str:
        asked.append(shown)
        return next(answers)

    assert server.open_server("postgresql://alice@db.example/planner", ask_password=prompt) \
        is opened
    assert tried == [None, "wrong", "right"]
    assert asked == ["postgresql+psycopg://alice@db.example/planner"] * 2


def test_cancelling_the_prompt_gives_the_password_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_open(url: str, **_options: Any) -> Any:
        raise server_errors.connect_error(OperationalError("connect", {}, _Refusal()))

    monkeypatch.setattr(server, "open_database", fake_open)
    with pytest.raises(StorageError) as info:
        server.open_server("postgresql://alice@db.example/planner", ask_password=lambda _u: None)
    assert info.value.code == "db_password_needed"
    assert "PGPASSWORD" in str(info.value)


def test_no_password_supplied_is_recognised() -> None:
    error = OperationalError("connect", {}, Exception(
        "connection failed: fe_sendauth: no password supplied"))
    assert server_errors.connect_error(error).code == "db_password_needed"
    other = OperationalError("connect", {}, Exception("could not translate host name"))
    assert server_errors.connect_error(other).code == "db_unreachable"


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StorageError) as info:
        open_database("postgresql://nobody@127.0.0.1:1/planner")
    assert info.value.code == "db_unreachable"


@pytest.mark.postgres
def test_open_server_with_trust_auth_asks_nothing(pg_shared_url: str) -> None:
    db: Database = server.open_server(pg_shared_url, ask_password=lambda _u: pytest.fail("asked"))
    try:
        assert db.user and not db.is_sqlite
    finally:
        db.close()
