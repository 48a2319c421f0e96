"""Two organisers saving the same event: the second is refused and sees both versions."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.enums import Status
from planner.domain.errors import StaleVersionError
from planner.domain.schedule import Schedule
from planner.operations.events import create_event, update_event
from planner.store import queries
from planner.store.conflicts import conflict_details, model_for, stale_version_error
from planner.store.database import Database
from planner.store.models import CooperationItem, Event, ExchangeProgramme

JUNE = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")
LATER = Schedule.timed(datetime(2017, 6, 16, 14), datetime(2017, 6, 16, 18), "Asia/Shanghai")


def _event(db: Database) -> int:
    with db.write() as session:
        return create_event(session, kind="seminar", title_en="SME seminar", capacity=100,
                            schedule=JUNE).value.id


def test_second_save_after_the_first_committed_is_refused(backend_db: Database) -> None:
    ident = _event(backend_db)
    with backend_db.read() as session:
        mine = queries.get_event(session, ident)  # both organisers opened version 1
    with backend_db.write() as session:
        update_event(session, ident, mine.version, capacity=240, status=Status.CONFIRMED)
    ours = {"capacity": 80, "schedule": LATER, "title_en": "SME seminar"}
    with pytest.raises(StaleVersionError) as info:
        with backend_db.write() as session:
            update_event(session, ident, mine.version, **ours)
    params = info.value.problems[0].params
    assert (params["who"], params["current"], params["given"]) == (backend_db.user, 2, 1)
    assert backend_db.user in str(info.value)
    with backend_db.read() as session:
        details = conflict_details(session, params["entity"], params["id"])
    assert details is not None
    assert (details.version, details.modified_by, details.deleted) == (2, backend_db.user, False)
    assert details.modified_at is not None
    assert details.values["status"] == Status.CONFIRMED and details.values["schedule"] == JUNE
    diff = {d.field: (d.theirs, d.ours) for d in details.differences(ours)}
    assert diff == {"capacity": (240, 80), "schedule": (JUNE, LATER)}
    with backend_db.write() as session:  # "overwrite": the same change on the version read
        update_event(session, ident, details.version, **ours)
    with backend_db.read() as session:
        assert queries.get_event(session, ident).capacity == 80


def test_concurrent_transactions_on_postgres(pg_db: Database) -> None:
    """Both read version 1 inside their transactions; the slower UPDATE finds version 2."""
    ident = _event(pg_db)
    with pytest.raises(StaleDataError):
        with pg_db.write() as first:
            event = first.get(Event, ident)
            assert event is not None and event.version == 1
            with pg_db.write() as second:
                update_event(second, ident, 1, capacity=240)
            event.capacity = 80  # its copy still says version 1
            try:
                first.flush()
            except StaleDataError:
                # What operations.base.flush can raise instead (this transaction is dead).
                error = stale_version_error(first, event, given=1)
                raise
    params = error.problems[0].params
    assert (params["who"], params["current"], params["given"]) == (pg_db.user, 2, 1)
    with pg_db.read() as session:
        row = queries.get_event(session, ident)
        details = conflict_details(session, "Event", ident)
    assert (row.capacity, row.version) == (240, 2)  # the refused save wrote nothing
    assert details is not None and details.modified_by == pg_db.user
    assert pg_db.revision() == 2


def test_concurrent_update_event_is_a_stale_version_error(pg_db: Database) -> None:
    ident = _event(pg_db)
    with pytest.raises(StaleVersionError) as info:
        with pg_db.write() as first:
            held = first.get(Event, ident)  # a strong reference keeps version 1 in the session
            with pg_db.write() as second:
                update_event(second, ident, 1, capacity=240)
            update_event(first, ident, held.version, capacity=80)
    assert info.value.problems[0].params["who"] == pg_db.user


def test_stale_version_error_reads_who_on_its_own_connection(backend_db: Database) -> None:
    ident = _event(backend_db)
    with backend_db.write() as session:
        update_event(session, ident, 1, capacity=5)
    with backend_db.write() as session:
        event = session.get(Event, ident)
        assert event is not None
        error = stale_version_error(session, event, given=1)
    params = error.problems[0].params
    assert (params["who"], params["current"], params["given"]) == (backend_db.user, 2, 1)
    assert isinstance(params["at"], datetime)


def test_entity_names_resolve_to_models() -> None:
    assert model_for("Event") is Event
    assert model_for("Programme") is ExchangeProgramme  # the label stale_version uses
    assert model_for("ExchangeProgramme") is ExchangeProgramme  # the class name
    assert model_for("cooperation_item") is CooperationItem  # the table
    with pytest.raises(KeyError):
        model_for("Nothing")


def test_no_details_for_a_row_that_is_gone(backend_db: Database) -> None:
    with backend_db.read() as session:
        assert conflict_details(session, "Event", 999) is None
