"""Helpers for participant tests: files written by the tests themselves, events, organisations."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from planner.domain.enums import Side
from planner.domain.schedule import Schedule
from planner.operations.delegations import create_delegation
from planner.operations.events import create_event
from planner.operations.organisations import create_organisation
from planner.store.database import Database

HK = "Asia/Hong_Kong"
FIRST_DAY = date(2017, 5, 17)


def write_csv(path: Path, rows: Sequence[Sequence[Any]], *, encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    """Rows as a delimited file in the given encoding ('utf-8-sig' writes a BOM)."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """A workbook with openpyxl, one sheet per entry, rows as given (None for empty cells)."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def make_event(db: Database, *, capacity: int | None = None, days: int = 1,
               title: str = "IP Forum") -> int:
    last = date(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day + days - 1)
    with db.write() as session:
        return create_event(session, kind="forum", title_en=title, capacity=capacity,
                            schedule=Schedule.days(FIRST_DAY, last, HK)).value.id


def make_delegation(db: Database) -> int:
    with db.write() as session:
        return create_delegation(session, name_en="Student exchange", origin=Side.HONG_KONG,
                                 destination=Side.GUANGDONG,
                                 schedule=Schedule.days(FIRST_DAY, FIRST_DAY, HK)).value.id


def make_org(db: Database, code: str | None, en: str | None = None, hant: str | None = None,
             hans: str | None = None) -> int:
    with db.write() as session:
        return create_organisation(session, code=code, name_en=en, name_zh_hant=hant,
                                   name_zh_hans=hans).value.id


@pytest.fixture
def db(empty_db: Database) -> Database:
    return empty_db
