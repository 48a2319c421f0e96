"""A write reloads only the views its changes concern; undo reloads what the undone op touched."""

from __future__ import annotations

from typing import Any

from planner.domain.changes import Changes
from planner.operations.participants import check_out
from planner.operations.people import update_person
from planner.operations.venues import update_venue
from planner.store import queries, record_queries
from planner.store.models import Attendance
from tests.ui.conftest import settle


def _spy(view: Any) -> list[bool]:
    """Count the view's reloads (the window calls `refresh` on the instance)."""
    calls: list[bool] = []
    original = view.refresh

    def counting() -> None:
        calls.append(True)
        original()

    view.refresh = counting
    return calls


def _first(controller: Any, lister: Any) -> Any:
    with controller.db.read() as session:
        return lister(session)[0]


def test_a_venue_edit_does_not_reload_people_and_a_person_edit_does(window, controller) -> None:
    people = window.show_section("people")
    settle(controller)
    reloads = _spy(people)
    heard: list[Changes] = []
    window.ctx.data_changed.connect(heard.append)
    venue = _first(controller, record_queries.list_venues)
    window.ctx.perform("Edit venue", update_venue, venue.id, venue.version, capacity=321)
    settle(controller)
    assert heard == [Changes.of("venue", venue.id)] and reloads == []
    person = _first(controller, queries.list_people)
    window.ctx.perform("Edit person", update_person, person.id, person.version,
                       position="Examiner")
    settle(controller)
    assert reloads == [True]
    [shown] = [p for p in people.model.rows() if p.id == person.id]
    assert shown.position == "Examiner"


def test_the_check_in_desk_does_not_reload_delegations(window, controller, dialogs) -> None:
    delegations = window.show_section("delegations")
    settle(controller)
    reloads = _spy(delegations)
    with controller.db.read() as session:  # somebody checked in (the demo has them all in)
        mark = session.query(Attendance).filter(Attendance.checked_in_at.is_not(None),
                                                Attendance.checked_out_at.is_(None)).first()
        assert mark is not None
        ident, day = mark.registration_id, mark.day
    window.ctx.perform("Check out", check_out, ident, day=day)
    settle(controller)
    assert dialogs.errors == [] and reloads == []
    assert window.ctx.history.count() == 1  # it did happen (and can be undone)


def test_undo_reloads_what_the_undone_operation_touched(window, controller) -> None:
    venues = window.show_section("venues")
    settle(controller)
    venue = _first(controller, record_queries.list_venues)
    window.ctx.perform("Edit venue", update_venue, venue.id, venue.version, capacity=654)
    person = _first(controller, queries.list_people)
    window.ctx.perform("Edit person", update_person, person.id, person.version,
                       position="Examiner")
    settle(controller)
    reloads = _spy(venues)
    window.ctx.history.safe_undo()  # the person's edit: the venues stay as they are
    settle(controller)
    assert reloads == []
    window.ctx.history.safe_undo()  # the venue's edit: the venues reload, with the old capacity
    settle(controller)
    assert reloads == [True]
    [shown] = [v for v in venues.model.rows() if v.id == venue.id]
    assert shown.capacity == venue.capacity != 654
    window.ctx.history.safe_redo()
    settle(controller)
    assert reloads == [True, True]
