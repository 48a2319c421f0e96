"""A person registered for, or a member of, overlapping items."""

from __future__ import annotations

from datetime import datetime

from planner.checks import Scope, Severity
from planner.domain.enums import DatePrecision, MemberStatus, RegistrationStatus, Status
from planner.store.models import Person
from tests.checks.conftest import Plan, only

CODE = "person_double_booked"


def _two_events(plan: Plan, second_start: str, second_end: str, **second: object) -> tuple[int, int, int]:
    alice = plan.person("Alice CHAN", name_zh="陳愛麗")
    a = plan.event("Copyright seminar", "2024-05-02T09:00", "2024-05-02T12:00")
    b = plan.event("Trademark forum", second_start, second_end, **second)  # type: ignore[arg-type]
    plan.register(a, alice)
    plan.register(b, alice)
    return alice, a, b


def test_overlapping_events_are_an_error_naming_both(plan: Plan) -> None:
    alice, a, b = _two_events(plan, "2024-05-02T11:00", "2024-05-02T13:00")
    [found] = only(plan.findings(), CODE)
    assert found.severity is Severity.ERROR
    assert "Alice CHAN" in found.message
    assert "Copyright seminar (2024-05-02 09:00–12:00)" in found.message
    assert "Trademark forum (2024-05-02 11:00–13:00)" in found.message
    assert [(i.kind, i.id) for i in found.items] == [("person", alice), ("event", a), ("event", b)]


def test_back_to_back_events_do_not_clash(plan: Plan) -> None:
    _two_events(plan, "2024-05-02T12:00", "2024-05-02T13:00")
    assert only(plan.findings(), CODE) == []


def test_cancelled_event_or_waiting_list_does_not_count(plan: Plan) -> None:
    alice, _a, _b = _two_events(plan, "2024-05-02T11:00", "2024-05-02T13:00",
                                status=Status.CANCELLED)
    c = plan.event("Fair", "2024-05-02T10:00", "2024-05-02T11:00")
    plan.register(c, alice, RegistrationStatus.WAITLISTED)
    assert only(plan.findings(), CODE) == []


def test_deleted_person_is_not_reported(plan: Plan) -> None:
    alice, _a, _b = _two_events(plan, "2024-05-02T11:00", "2024-05-02T13:00")
    plan.session.get(Person, alice).deleted_at = datetime(2024, 4, 1)
    assert only(plan.findings(), CODE) == []


def test_all_day_or_approximate_is_a_warning_and_month_is_skipped(plan: Plan) -> None:
    _two_events(plan, "2024-05-02", "2024-05-02")
    [found] = only(plan.findings(), CODE)
    assert found.severity is Severity.WARNING
    bob = plan.person("Bob LEE")
    month = plan.event("Someday in May", "2024-05-01", "2024-05-31", precision=DatePrecision.MONTH)
    exact = plan.event("Meeting", "2024-05-10T10:00", "2024-05-10T11:00")
    rough = plan.event("Visit", "2024-05-10T10:30", "2024-05-10T12:00",
                       precision=DatePrecision.APPROXIMATE)
    for event in (month, exact, rough):
        plan.register(event, bob)
    bobs = [f for f in only(plan.findings(), CODE) if f.items[0].id == bob]
    assert [f.severity for f in bobs] == [Severity.WARNING]
    assert "Someday" not in bobs[0].message


def _delegate(plan: Plan, name: str, person: int, venue: int | None = None,
              status: MemberStatus = MemberStatus.CONFIRMED) -> tuple[int, int]:
    d = plan.delegation(name, "2024-05-02", "2024-05-02")
    plan.member(d, person, status=status)
    item = plan.item(d, f"{name} visit", "2024-05-02T10:00", "2024-05-02T11:30", venue=venue)
    return d, item


def test_event_and_delegation_item_overlap(plan: Plan) -> None:
    alice, a, _b = _two_events(plan, "2024-05-02T14:00", "2024-05-02T15:00")
    d, item = _delegate(plan, "Copyright delegation", alice)
    [found] = only(plan.findings(), CODE)
    assert ("itinerary", item) in [(i.kind, i.id) for i in found.items]
    assert ("delegation", d) in [(i.kind, i.id) for i in found.items]
    assert "Copyright delegation visit (2024-05-02 10:00–11:30, Copyright delegation)" \
        in found.message


def test_delegation_attending_the_event_at_its_venue_is_one_visit(plan: Plan) -> None:
    hall = plan.venue("Convention Centre")
    alice = plan.person("Alice CHAN")
    fair = plan.event("IP fair", "2024-05-02T09:00", "2024-05-02T17:00", venue=hall)
    plan.register(fair, alice)
    d, _item = _delegate(plan, "Fair delegation", alice, venue=hall)
    plan.item(d, "Lunch nearby", "2024-05-02T11:30", "2024-05-02T13:00")
    assert only(plan.findings(), CODE) == []


def test_two_delegations_sharing_a_member_give_one_finding(plan: Plan) -> None:
    alice = plan.person("Alice CHAN")
    d1, first = _delegate(plan, "First", alice)
    d2, second = _delegate(plan, "Second", alice)
    plan.item(d1, "Lunch", "2024-05-02T11:30", "2024-05-02T13:00")
    plan.item(d2, "Lunch too", "2024-05-02T12:00", "2024-05-02T13:00")
    [found] = only(plan.findings(), CODE)
    assert [i.id for i in found.items if i.kind == "itinerary"] == [first, second]


def test_withdrawn_member_is_not_booked(plan: Plan) -> None:
    alice = plan.person("Alice CHAN")
    _delegate(plan, "First", alice)
    _delegate(plan, "Second", alice, status=MemberStatus.WITHDRAWN)
    assert only(plan.findings(), CODE) == []


def test_scope_keeps_what_concerns_the_event(plan: Plan) -> None:
    alice, a, b = _two_events(plan, "2024-05-02T11:00", "2024-05-02T13:00")
    bob = plan.person("Bob LEE")
    c = plan.event("Other", "2024-06-01T09:00", "2024-06-01T10:00")
    e = plan.event("Other too", "2024-06-01T09:30", "2024-06-01T10:00")
    plan.register(c, bob)
    plan.register(e, bob)
    assert len(only(plan.findings(), CODE)) == 2
    scoped = only(plan.findings(Scope.event(a)), CODE)
    assert [f.items[0].id for f in scoped] == [alice]
    assert [f.items[0].id for f in only(plan.findings(Scope.event(c)), CODE)] == [bob]
