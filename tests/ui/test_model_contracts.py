"""Every item model of the interface keeps Qt's model contract (Qt's QAbstractItemModelTester,
through pytest-qt's qtmodeltester) over realistic rows of the demo database, and still keeps it
while its rows are replaced, sorted, filtered, marked, edited and fetched page by page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from planner.domain.schedule import Schedule
from planner.operations.calendar_feeds import create_feed, revoke_feed
from planner.operations.events import create_event
from planner.operations.sessions import create_session
from planner.store import queries, record_queries
from planner.store.agenda import agenda
from planner.store.database import Database
from planner.store.feed_queries import list_feeds
from planner.ui.models.contacts import ContactsModel, contact_values
from planner.ui.models.drafts import DraftList, DraftModel, loaded
from planner.ui.models.feeds import FeedsModel
from planner.ui.models.people import PeopleModel
from planner.ui.models.sessions import SessionsModel, session_values
from planner.ui.models.tables import (
    DelegationsModel,
    EventsModel,
    ItemsModel,
    ItineraryModel,
    MembersModel,
    OrganisationsModel,
    ProgrammesModel,
    RegistrationsModel,
    VenuesModel,
)
from planner.ui.models.travel_documents import TravelDocumentsModel, document_values
from planner.ui.tasks import TaskRunner
from planner.ui.views.calendar_view import AgendaModel
from planner.ui.widgets.tables import TextFilter

Rows = Callable[[Any], list[Any]]  # a read session -> the model's rows


def _sessions(db: Database) -> None:
    """The demo has no event sessions and no feeds: add a day of sessions and three feeds."""
    with db.write() as session:
        event = create_event(session, kind="seminar", title_en="Patent drafting seminar",
                             schedule=Schedule.timed(datetime(2027, 4, 6, 9),
                                                     datetime(2027, 4, 6, 17),
                                                     "Asia/Hong_Kong")).value
        for hour, title in ((9, "Opening remarks"), (10, "Claims workshop"), (14, "Filing")):
            create_session(session, event.id, title_en=title, room="Room 2, 3/F",
                           schedule=Schedule.timed(datetime(2027, 4, 6, hour),
                                                   datetime(2027, 4, 6, hour + 1),
                                                   "Asia/Hong_Kong"))
        delegation = queries.list_delegations(session)[0]
        create_feed(session, "all", label="Whole programme")
        create_feed(session, "delegation", delegation.id, label="For the hotel desk")
        revoke_feed(session, create_feed(session, "all", label="Old link").value.id)


def _delegation(session: Any) -> int:
    """The demo delegation with the most itinerary steps."""
    return max(queries.list_delegations(session),
               key=lambda d: len(record_queries.list_itinerary(session, delegation_id=d.id))).id


ROW_MODELS: dict[str, tuple[type[Any], Rows]] = {
    "events": (EventsModel, lambda s: queries.list_events(s)),
    "delegations": (DelegationsModel, lambda s: queries.list_delegations(s)),
    "programmes": (ProgrammesModel, lambda s: queries.list_programmes(s)),
    "organisations": (OrganisationsModel, lambda s: queries.list_organisations(s)),
    "items": (ItemsModel, lambda s: queries.list_items(s)),
    "venues": (VenuesModel, lambda s: record_queries.list_venues(s)),
    "itinerary": (ItineraryModel,
                  lambda s: record_queries.list_itinerary(s, delegation_id=_delegation(s))),
    "members": (MembersModel, lambda s: record_queries.list_members(s)),
    "registrations": (RegistrationsModel, lambda s: record_queries.list_registrations(s)),
    "agenda": (AgendaModel, lambda s: agenda(s, date(2016, 4, 1), date(2018, 3, 31))),
    "feeds": (FeedsModel, lambda s: list_feeds(s)),
}

DRAFT_MODELS: dict[str, tuple[type[DraftModel], Rows]] = {
    "contacts": (ContactsModel,
                 lambda s: loaded(record_queries.list_contacts(s), contact_values)),
    "sessions": (SessionsModel,
                 lambda s: loaded(record_queries.list_sessions(s), session_values)),
    "travel documents": (TravelDocumentsModel,
                         lambda s: loaded(record_queries.list_travel_documents(s),
                                          document_values, ordered=False)),
}

ALL = [*ROW_MODELS, *DRAFT_MODELS, "people (paged)", "filter proxy"]


@pytest.fixture
def runner(qapp: Any, demo_db: Database) -> Iterator[TaskRunner]:
    runner = TaskRunner(demo_db)
    yield runner
    runner.shutdown()


def settle(runner: TaskRunner) -> None:
    assert runner.wait_idle()


def _rows(db: Database, rows: Rows) -> list[Any]:
    with db.read() as session:
        found = rows(session)
    assert len(found) >= 2, "too few demo rows to check the model on"
    return found


def _exercise_row_model(model: Any, found: list[Any]) -> None:
    model.set_rows(found[:2])  # replaced, shrunk and grown again
    model.set_rows(found)
    model.set_markers({found[0].id: (True, "An error"), found[-1].id: (False, "A warning")})
    model.set_markers({})


def _exercise_draft_model(model: DraftModel) -> None:
    key = next(c.key for c in model.COLUMNS if c.key and c.editor == "text")
    column = [c.key for c in model.COLUMNS].index(key)
    assert model.setData(model.index(1, column), "Changed in place")
    model.set_problems({0: ["Needs a name"]})
    model.change(lambda: model.drafts.add({key: "Added"}))
    model.change(lambda: model.drafts.move(0, 1))
    model.change(lambda: model.drafts.remove(0))
    model.reset()


@pytest.mark.parametrize("name", ALL)
def test_every_model_keeps_the_qt_model_contract(name: str, qtmodeltester: Any, demo_db: Database,
                                                 runner: TaskRunner) -> None:
    _sessions(demo_db)
    model: QAbstractItemModel
    if name in ROW_MODELS:
        kind, rows = ROW_MODELS[name]
        found = _rows(demo_db, rows)
        model = kind()
        model.set_rows(found)
        qtmodeltester.check(model)
        _exercise_row_model(model, found)
        assert model.rowCount() == len(found)
    elif name in DRAFT_MODELS:
        kind, rows = DRAFT_MODELS[name]
        drafts = DraftList()
        drafts.load(_rows(demo_db, rows))
        model = kind(drafts, editable=True)
        qtmodeltester.check(model)
        _exercise_draft_model(model)
        assert model.rowCount() == len(drafts.drafts) > 0
    elif name == "people (paged)":
        model = PeopleModel(runner)
        model.reload()
        settle(runner)
        qtmodeltester.check(model)  # fetches the next page itself; checked when it arrives
        settle(runner)
        model.sort(1, Qt.SortOrder.DescendingOrder)
        settle(runner)
        while model.canFetchMore():
            model.fetchMore()
            settle(runner)
        model.set_filter("cha")
        settle(runner)
        assert 0 < model.rowCount() == model.total
    else:
        source = EventsModel()
        found = _rows(demo_db, ROW_MODELS["events"][1])
        source.set_rows(found)
        model = TextFilter()
        model.setSourceModel(source)
        qtmodeltester.check(model)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        model.setFilterFixedString("seminar")
        assert 0 < model.rowCount() < len(found)
        source.set_rows(found[: len(found) // 2])
        model.setFilterFixedString("")
        assert model.rowCount() == len(found) // 2
