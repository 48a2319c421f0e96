"""Itinerary items that overlap or fall outside the delegation's dates."""

from __future__ import annotations

from planner.checks import Scope, Severity
from planner.domain.enums import DatePrecision, Status
from tests.checks.conftest import Plan, only


def _trip(plan: Plan, **options: object) -> int:
    return plan.delegation("Copyright delegation", "2024-05-02", "2024-05-03", **options)  # type: ignore[arg-type]


def test_overlapping_items(plan: Plan) -> None:
    d = _trip(plan)
    a = plan.item(d, "Visit InnoCentre", "2024-05-02T10:00", "2024-05-02T12:00")
    b = plan.item(d, "Lunch", "2024-05-02T11:30", "2024-05-02T13:00")
    [found] = only(plan.findings(), "itinerary_overlap")
    assert found.severity is Severity.ERROR
    assert [(i.kind, i.id) for i in found.items] == [("itinerary", a), ("itinerary", b),
                                                      ("delegation", d)]
    assert found.message == ("Copyright delegation: Visit InnoCentre (2024-05-02 10:00–12:00) "
                             "and Lunch (2024-05-02 11:30–13:00) overlap.")


def test_adjacent_items_and_all_day_containers_do_not_overlap(plan: Plan) -> None:
    d = _trip(plan)
    plan.item(d, "Day in Hong Kong", "2024-05-02", "2024-05-02")
    plan.item(d, "Visit", "2024-05-02T10:00", "2024-05-02T12:00")
    plan.item(d, "Lunch", "2024-05-02T12:00", "2024-05-02T13:00")
    assert only(plan.findings(), "itinerary_overlap") == []


def test_approximate_overlap_is_a_warning(plan: Plan) -> None:
    d = _trip(plan)
    plan.item(d, "Visit", "2024-05-02T10:00", "2024-05-02T12:00",
              precision=DatePrecision.APPROXIMATE)
    plan.item(d, "Lunch", "2024-05-02T11:30", "2024-05-02T13:00")
    [found] = only(plan.findings(), "itinerary_overlap")
    assert found.severity is Severity.WARNING


def test_item_after_the_last_day(plan: Plan) -> None:
    d = _trip(plan)
    late = plan.item(d, "Farewell dinner", "2024-05-04T19:00", "2024-05-04T21:00")
    [found] = only(plan.findings(), "itinerary_outside_dates")
    assert found.severity is Severity.ERROR and found.items[0].id == late
    assert "(2024-05-02 to 2024-05-03)" in found.message


def test_item_late_on_the_last_day_is_inside(plan: Plan) -> None:
    d = _trip(plan)
    plan.item(d, "Farewell dinner", "2024-05-03T21:00", "2024-05-03T23:59")
    plan.item(d, "Breakfast", "2024-05-02T00:00", "2024-05-02T01:00")
    assert only(plan.findings(), "itinerary_outside_dates") == []


def test_vague_delegation_dates_make_a_warning_and_cancelled_trips_are_skipped(plan: Plan) -> None:
    d = _trip(plan, precision=DatePrecision.APPROXIMATE)
    plan.item(d, "Farewell dinner", "2024-05-04T19:00", "2024-05-04T21:00")
    gone = _trip(plan, status=Status.CANCELLED)
    plan.item(gone, "Farewell dinner", "2024-05-04T19:00", "2024-05-04T21:00")
    [found] = only(plan.findings(), "itinerary_outside_dates")
    assert found.severity is Severity.WARNING and found.concerns("delegation", d)
    assert only(plan.findings(Scope.delegation(gone)), "itinerary_outside_dates") == []
