from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from planner.domain.enums import EventKind, OrganiserRole, Status
from planner.domain.errors import NotFoundError, StaleVersionError, ValidationError
from planner.domain.schedule import Schedule
from planner.operations import replay
from planner.operations.events import create_event, delete_event, set_event_organisers, update_event
from planner.operations.organisations import create_organisation
from planner.store import queries
from planner.store.database import Database
from planner.store.models import Event

JUNE_15 = Schedule.timed(datetime(2017, 6, 15, 9, 30), datetime(2017, 6, 15, 17), "Asia/Shanghai")


def _create(db: Database, **extra) -> int:
    with db.write() as session:
        outcome = create_event(session, kind=EventKind.SEMINAR, title_en="SME seminar",
                               title_zh_hant="中小企研討會", schedule=JUNE_15, **extra)
    return outcome.value.id


def test_create_then_read_back(empty_db: Database) -> None:
    ident = _create(empty_db, capacity=240)
    with empty_db.read() as session:
        row = queries.get_event(session, ident)
    assert (row.title_en, row.title_zh_hant, row.capacity, row.status) == \
        ("SME seminar", "中小企研討會", 240, Status.DRAFT)
    assert row.schedule == JUNE_15


def test_validation_refuses_and_writes_nothing(empty_db: Database) -> None:
    before = empty_db.revision()
    bad = Schedule(timezone="Asia/Shanghai", all_day=False)  # no times at all
    with pytest.raises(ValidationError) as info:
        with empty_db.write() as session:
            create_event(session, kind="party", title_en="  ", schedule=None)
    fields = {p.field for p in info.value.problems}
    assert {"kind", "schedule", "title_en"} <= fields
    assert empty_db.revision() == before
    with empty_db.read() as session:
        assert session.scalars(select(Event)).all() == []
    assert bad.all_day is False


def test_update_returns_an_undo_that_restores_the_old_values(empty_db: Database) -> None:
    ident = _create(empty_db)
    later = Schedule.timed(datetime(2017, 6, 20, 9), datetime(2017, 6, 20, 12), "Asia/Shanghai")
    with empty_db.write() as session:
        outcome = update_event(session, ident, 1, title_en="Renamed", schedule=later)
    assert outcome.value.title_en == "Renamed" and outcome.value.sequence == 1
    with empty_db.write() as session:
        undone = replay(session, outcome.undo)
    assert undone.value.title_en == "SME seminar"
    assert undone.value.schedule == JUNE_15
    assert undone.value.version == 3 and undone.value.sequence == 2  # moves forward, never back
    with empty_db.write() as session:
        redone = replay(session, undone.undo)
    assert redone.value.title_en == "Renamed" and redone.value.schedule == later


def test_stale_version_is_refused_naming_who(empty_db: Database) -> None:
    ident = _create(empty_db)
    with empty_db.write() as session:
        update_event(session, ident, 1, capacity=100)
    with pytest.raises(StaleVersionError) as info:
        with empty_db.write() as session:
            update_event(session, ident, 1, capacity=50)
    assert info.value.problems[0].params["current"] == 2
    assert info.value.problems[0].params["who"]
    with empty_db.read() as session:
        assert queries.get_event(session, ident).capacity == 100


def test_end_before_start_on_update_keeps_the_row(empty_db: Database) -> None:
    ident = _create(empty_db)
    with pytest.raises(ValidationError):
        with empty_db.write() as session:
            update_event(session, ident, 1, schedule=Schedule.timed(
                datetime(2017, 6, 15, 17), datetime(2017, 6, 15, 9), "Asia/Shanghai"))
    with empty_db.read() as session:
        assert queries.get_event(session, ident).version == 1


def test_clearing_every_title_is_refused(empty_db: Database) -> None:
    ident = _create(empty_db)
    with pytest.raises(ValidationError) as info:
        with empty_db.write() as session:
            update_event(session, ident, 1, title_en="", title_zh_hant=None)
    assert info.value.problems[0].code == "title_missing"


def test_delete_is_soft_and_undo_brings_back_the_same_identity(empty_db: Database) -> None:
    ident = _create(empty_db)
    with empty_db.read() as session:
        uid = queries.get_event(session, ident).uid
    with empty_db.write() as session:
        outcome = delete_event(session, ident, 1)
    with empty_db.read() as session:
        assert queries.list_events(session) == []
        with pytest.raises(NotFoundError):
            queries.get_event(session, ident)
    with empty_db.write() as session:
        replay(session, outcome.undo)
    with empty_db.read() as session:
        row = queries.get_event(session, ident)
    assert row.uid == uid and row.version == 3


def test_organisers_replace_and_undo(empty_db: Database) -> None:
    ident = _create(empty_db)
    with empty_db.write() as session:
        a = create_organisation(session, code="HKIPD", name_en="Intellectual Property Department")
        b = create_organisation(session, code="GDCB", name_zh_hans="广东省版权局")
    with empty_db.write() as session:
        outcome = set_event_organisers(session, ident, 1, [(a.value.id, OrganiserRole.ORGANISER),
                                                           (b.value.id, "co_organiser")])
    assert [o.organisation.code for o in outcome.value.organisers] == ["HKIPD", "GDCB"]
    with empty_db.write() as session:
        undone = replay(session, outcome.undo)
    assert undone.value.organisers == ()
