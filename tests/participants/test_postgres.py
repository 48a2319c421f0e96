"""The bulk import path on PostgreSQL (ids from the sequence, server-side types)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.domain.text import search_key
from planner.imports.people import read_people_file
from planner.operations import replay
from planner.operations.organisations import create_organisation
from planner.operations.participants import Target, attendance, import_people, preview_import
from planner.store.database import Database
from planner.store.models import Person, PersonSensitive, Registration
from tests.participants.conftest import make_event, write_csv

pytestmark = pytest.mark.postgres


def test_import_search_and_undo_on_postgres(pg_empty: Database, tmp_path: Path) -> None:

    with pg_empty.write() as session:
        create_organisation(session, code="HKIPD", name_en="Intellectual Property Department")
    event = make_event(pg_empty, capacity=1)
    path = write_csv(tmp_path / "list.csv", [
        ["姓名", "英文姓名", "機構", "出生日期", "電郵"],
        ["陳大文", "CHAN Tai-man", "HKIPD", "2005-01-02", "tm@example.org"],
        ["李嘉欣", "LEE Ka-yan", "New Partner", "", ""]], encoding="big5hkscs")
    table = read_people_file(path)
    with pg_empty.read() as session:
        mapping = preview_import(session, table).mapping
    with pg_empty.write() as session:
        outcome = import_people(session, table, mapping, Target.event(event))
    assert outcome.value.plan.counts.waitlisted == 1
    with pg_empty.read() as session:
        people = session.execute(select(Person.name_zh, Person.search_key, Person.is_minor)
                                 .order_by(Person.id)).all()
        assert people == [("陳大文", search_key("CHAN Tai-man", "陳大文"), True),
                          ("李嘉欣", search_key("LEE Ka-yan", "李嘉欣"), False)]
        assert session.scalar(select(func.count()).select_from(PersonSensitive)) == 1
        found = attendance.search(session, event, "陈大文")
        assert [r.person.name_en for r in found] == ["CHAN Tai-man"]
    with pg_empty.write() as session:  # ids came from the sequence: later rows do not collide
        import_people(session, read_people_file(write_csv(tmp_path / "more.csv", [
            ["Name"], ["Another Person"]])), {0: "name"}, Target.event(event))
    with pg_empty.write() as session:
        replay(session, outcome.undo)
    with pg_empty.read() as session:
        assert session.scalar(select(func.count()).where(Registration.deleted_at.is_(None))) == 1
