"""A venue used by overlapping items beyond its capacity, or at all when exclusive."""

from __future__ import annotations

from planner.checks import Scope, Severity
from planner.domain.enums import DatePrecision
from tests.checks.conftest import Plan, only


def _crowd(plan: Plan, event: int, count: int, prefix: str) -> list[int]:
    people = [plan.person(f"{prefix} {n}") for n in range(count)]
    for person in people:
        plan.register(event, person)
    return people


def test_exclusive_venue_used_twice_at_once(plan: Plan) -> None:
    room = plan.venue("Board room", exclusive=True)
    a = plan.event("Meeting A", "2024-05-02T09:00", "2024-05-02T11:00", venue=room)
    b = plan.event("Meeting B", "2024-05-02T10:30", "2024-05-02T12:00", venue=room)
    [found] = only(plan.findings(), "venue_double_booked")
    assert found.severity is Severity.ERROR
    assert [(i.kind, i.id) for i in found.items] == [("venue", room), ("event", a), ("event", b)]
    assert found.message.startswith("Board room is exclusive, but Meeting A")


def test_exclusive_venue_used_one_after_the_other_or_shared_venue(plan: Plan) -> None:
    room = plan.venue("Board room", exclusive=True)
    hall = plan.venue("Hall")  # neither capacity nor exclusive: never looked at
    plan.event("Meeting A", "2024-05-02T09:00", "2024-05-02T11:00", venue=room)
    plan.event("Meeting B", "2024-05-02T11:00", "2024-05-02T12:00", venue=room)
    plan.event("Talk A", "2024-05-02T09:00", "2024-05-02T11:00", venue=hall)
    plan.event("Talk B", "2024-05-02T09:00", "2024-05-02T11:00", venue=hall)
    codes = plan.codes()
    assert "venue_double_booked" not in codes and "venue_over_capacity" not in codes


def _event_and_delegation(plan: Plan, capacity: int, registered: int, members: int) -> tuple[int, int]:
    hall = plan.venue("Lecture hall", capacity=capacity)
    talk = plan.event("Talk", "2024-05-02T09:00", "2024-05-02T12:00", venue=hall)
    _crowd(plan, talk, registered, "Guest")
    d = plan.delegation("Delegation", "2024-05-02", "2024-05-02")
    for n in range(members):
        plan.member(d, plan.person(f"Member {n}"))
    plan.item(d, "Workshop", "2024-05-02T11:00", "2024-05-02T13:00", venue=hall)
    return hall, talk


def test_overlapping_uses_beyond_capacity(plan: Plan) -> None:
    hall, talk = _event_and_delegation(plan, capacity=10, registered=6, members=5)
    [found] = only(plan.findings(), "venue_over_capacity")
    assert found.severity is Severity.ERROR
    assert found.params["people"] == 11 and found.params["capacity"] == 10
    assert [i.kind for i in found.items] == ["venue", "event", "itinerary", "delegation"]


def test_exactly_full_is_fine(plan: Plan) -> None:
    _event_and_delegation(plan, capacity=10, registered=5, members=5)
    assert only(plan.findings(), "venue_over_capacity") == []


def test_delegation_attending_the_event_counts_once(plan: Plan) -> None:
    hall = plan.venue("Lecture hall", capacity=10, exclusive=True)
    talk = plan.event("Talk", "2024-05-02T09:00", "2024-05-02T12:00", venue=hall)
    d = plan.delegation("Delegation", "2024-05-02", "2024-05-02")
    for n in range(8):
        person = plan.person(f"Member {n}")
        plan.member(d, person)
        plan.register(talk, person)
    plan.item(d, "Attend the talk", "2024-05-02T09:00", "2024-05-02T12:00", venue=hall)
    codes = plan.codes()
    assert "venue_over_capacity" not in codes and "venue_double_booked" not in codes


def test_approximate_times_make_a_warning_and_scope_filters(plan: Plan) -> None:
    room = plan.venue("Board room", exclusive=True)
    a = plan.event("Meeting A", "2024-05-02T09:00", "2024-05-02T11:00", venue=room)
    plan.event("Meeting B", "2024-05-02T10:00", "2024-05-02T12:00", venue=room,
               precision=DatePrecision.APPROXIMATE)
    other = plan.event("Elsewhere", "2024-05-02T10:00", "2024-05-02T12:00")
    [found] = only(plan.findings(Scope.event(a)), "venue_double_booked")
    assert found.severity is Severity.WARNING
    assert only(plan.findings(Scope.event(other)), "venue_double_booked") == []
