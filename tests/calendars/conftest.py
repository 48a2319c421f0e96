"""Fixtures for calendar tests: the small constructed programme and a frozen DTSTAMP clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from planner.store.database import Database, open_database
from tests.calendars.small_programme import FROZEN, build_small


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """Freeze the DTSTAMP clock of every generated calendar."""
    monkeypatch.setattr("planner.exports.ical.calendar.clock", lambda: FROZEN)
    return FROZEN


@pytest.fixture
def small_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "small.sqlite"), create=True)
    build_small(db)
    yield db
    db.close()
