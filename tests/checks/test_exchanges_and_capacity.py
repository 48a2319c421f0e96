"""Minors on trips (consent, chaperones) and events registered beyond capacity."""

from __future__ import annotations

from planner.checks import Scope, Severity
from planner.domain.enums import MemberRole, MemberStatus, RegistrationStatus, Side, Status
from tests.checks.conftest import Plan, only


def _exchange(plan: Plan, minors: int, chaperones: int, consent: bool = True) -> int:
    d = plan.delegation("Student exchange", "2024-05-02", "2024-05-03",
                        destination=Side.HONG_KONG)
    for n in range(minors):
        plan.member(d, plan.person(f"Student {n}", minor=True), consent=consent)
    for n in range(chaperones):
        plan.member(d, plan.person(f"Teacher {n}"), role=MemberRole.CHAPERONE)
    return d


def test_minor_without_consent(plan: Plan) -> None:
    d = _exchange(plan, 1, 1, consent=False)
    [found] = only(plan.findings(), "minor_without_consent")
    assert found.severity is Severity.ERROR
    assert found.message == ("Student 0 is a minor on Student exchange without the guardian's "
                             "consent for this trip on record.")
    assert found.concerns("delegation", d)


def test_minor_with_consent(plan: Plan) -> None:
    _exchange(plan, 1, 1)
    assert only(plan.findings(), "minor_without_consent") == []


def test_too_few_chaperones(plan: Plan) -> None:
    d = _exchange(plan, 9, 1)
    [found] = only(plan.findings(), "chaperones_too_few")
    assert found.severity is Severity.ERROR
    assert (found.params["chaperones"], found.params["minors"], found.params["ratio"]) == (1, 9, 8)
    assert found.items[0].id == d


def test_enough_chaperones_and_the_ratio_setting(plan: Plan) -> None:
    _exchange(plan, 8, 1)
    assert only(plan.findings(), "chaperones_too_few") == []
    plan.setting("chaperone_ratio", "4")
    assert only(plan.findings(), "chaperones_too_few")[0].params["ratio"] == 4


def test_withdrawn_chaperone_does_not_count(plan: Plan) -> None:
    d = _exchange(plan, 2, 0)
    plan.member(d, plan.person("Leader"), role=MemberRole.LEADER)
    assert only(plan.findings(), "chaperones_too_few") == []
    e = _exchange(plan, 2, 0)
    plan.member(e, plan.person("Gone"), role=MemberRole.CHAPERONE, status=MemberStatus.WITHDRAWN)
    assert [f.items[0].id for f in only(plan.findings(), "chaperones_too_few")] == [e]


def _event(plan: Plan, capacity: int, registered: int, waitlisted: int = 0, **options: object) -> int:
    event = plan.event("Seminar", "2024-05-02T09:00", "2024-05-02T12:00", capacity=capacity,
                       **options)  # type: ignore[arg-type]
    for n in range(registered):
        plan.register(event, plan.person(f"Guest {n}"))
    for n in range(waitlisted):
        plan.register(event, plan.person(f"Waiting {n}"), RegistrationStatus.WAITLISTED)
    return event


def test_registered_beyond_capacity(plan: Plan) -> None:
    event = _event(plan, 2, 3)
    [found] = only(plan.findings(), "event_over_capacity")
    assert found.severity is Severity.ERROR
    assert (found.params["registered"], found.params["capacity"], found.params["over"]) == (3, 2, 1)
    assert found.items[0].id == event
    assert only(plan.findings(Scope.event(event)), "event_over_capacity") == [found]


def test_full_with_a_waiting_list_or_cancelled(plan: Plan) -> None:
    _event(plan, 2, 2, waitlisted=3)
    _event(plan, 2, 5, status=Status.CANCELLED)
    assert only(plan.findings(), "event_over_capacity") == []


def test_a_minor_without_a_date_of_birth_is_flagged_as_a_warning(plan: Plan) -> None:
    from datetime import date

    from planner.store.models import PersonSensitive

    d = _exchange(plan, 2, 1)
    [found] = [f for f in only(plan.findings(), "minor_without_birth_date")
               if f.params["person"] == "Student 0"] or [None]
    assert found is not None and found.severity is Severity.WARNING
    assert found.concerns("delegation", d)
    born = plan.person("Student born", minor=True)
    plan.session.add(PersonSensitive(person_id=born, date_of_birth=date(2010, 3, 1)))
    plan.member(d, born, consent=True)
    flagged = {f.params["person"] for f in only(plan.findings(), "minor_without_birth_date")}
    assert flagged == {"Student 0", "Student 1"}
