"""The one description of the kinds matches what `show` prints, and docs/cli.md is written
from it."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.cli.kinds import docs
from planner.cli.kinds.catalogue import KINDS
from planner.domain.schedule import Schedule
from planner.operations.sessions import create_session
from planner.store.database import Database


def test_docs_cli_md_holds_the_generated_section() -> None:
    text = docs.DOCS.read_text(encoding="utf-8")
    assert docs.updated(text) == text, "run: python -m planner.cli.kinds.docs"
    for kind in KINDS:
        assert f"#### `{kind.name}` / `{kind.plural}`" in text


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_show_prints_exactly_the_described_keys(demo_db: Database, kind) -> None:
    when = Schedule.timed(datetime(2016, 8, 2, 9, 30), datetime(2016, 8, 2, 10, 0),
                          "Asia/Shanghai")
    with demo_db.write() as session:
        create_session(session, 2, title_en="Opening", schedule=when)
        plain = kind.show(session, 1)
        revealed = kind.show(session, 1, reveal=True)
    described = {k.name for k in kind.keys}
    sensitive = {k.name for k in kind.keys if k.sensitive}
    assert set(plain) == described - sensitive
    assert set(revealed) == described if sensitive else set(revealed) == set(plain)
