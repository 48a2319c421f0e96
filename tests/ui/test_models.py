"""Table models without any widget: headers, display values, sorting keys, styling."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.domain.enums import Status
from planner.store import queries
from planner.store.agenda import agenda
from planner.store.database import Database
from planner.ui.models.base import ROW_ROLE, SORT_ROLE
from planner.ui.models.tables import (
    DelegationsModel,
    EventsModel,
    ItemsModel,
    ItineraryModel,
    MembersModel,
    OrganisationsModel,
    ProgrammesModel,
    RegistrationsModel,
)
from planner.ui.views.calendar_view import AgendaModel


def test_events_model(qapp, demo_db: Database) -> None:
    with demo_db.read() as session:
        events = queries.list_events(session)
    model = EventsModel()
    model.set_rows(events)
    assert model.rowCount() == len(events) and model.columnCount() == 8
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["When", "Title"]
    seminar = model.find(lambda e: "Development of SMEs" in (e.title_en or ""))
    index = model.index(seminar, 1)
    assert "Seminar on IP" in index.data()
    assert model.index(seminar, 2).data().startswith("粵港")  # the other language beside it
    assert model.index(seminar, 0).data() == "June 2017"  # dated by month only: its name
    assert "month" in model.index(seminar, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(seminar, 0).data(SORT_ROLE).startswith("2017-05-31T16:00")
    assert index.data(ROW_ROLE).id == events[seminar].id
    assert model.index(seminar, 7).data() == str(events[seminar].registered)


def test_cancelled_event_is_struck_through(qapp, demo_db: Database) -> None:
    with demo_db.read() as session:
        event = queries.list_events(session)[0]
    from dataclasses import replace

    model = EventsModel()
    model.set_rows([replace(event, status=Status.CANCELLED), event])
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole) is None


def test_every_small_model_shows_demo_rows(qapp, demo_db: Database) -> None:
    from datetime import date

    with demo_db.read() as session:
        delegation = queries.get_delegation(session, 5)
        cases = [
            (DelegationsModel(), queries.list_delegations(session), "Guangdong copyright industry"),
            (ProgrammesModel(), queries.list_programmes(session), "Secondary School"),
            (OrganisationsModel(), queries.list_organisations(session), "GDCB"),
            (ItemsModel(), queries.list_items(session), "e-commerce"),
            (ItineraryModel(), list(delegation.itinerary), "InnoCentre"),
            (MembersModel(), list(delegation.members), delegation.members[0].person.name_en),
            (RegistrationsModel(), queries.list_registrations(session, 18), "participant"),
            (AgendaModel(), agenda(session, date(2017, 5, 1), date(2017, 5, 31)), "Heritage Museum"),
        ]
    for model, found, expected in cases:
        model.set_rows(found)
        cells = [str(model.index(r, c).data()) for r in range(model.rowCount())
                 for c in range(model.columnCount())]
        assert model.rowCount() == len(found) > 0
        assert any(expected in cell for cell in cells), (type(model).__name__, expected)
