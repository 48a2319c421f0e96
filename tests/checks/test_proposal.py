"""The checks on a proposed new time (what a drag shows before the drop): only the item's own
problems at that time, nothing saved."""

from __future__ import annotations

from planner.checks import Severity
from planner.checks.proposal import proposal_findings
from planner.domain.enums import ItineraryKind
from tests.checks.conftest import HK, Plan, when


def test_a_crossing_moved_too_close_to_a_meeting_far_away(plan: Plan) -> None:
    office = plan.venue("GDIPO offices", city="Guangzhou", tz="Asia/Shanghai")
    lo_wu = plan.venue("Lo Wu Control Point (to Luohu)")
    d = plan.delegation("Proposal delegation", "2017-07-18", "2017-07-18")
    plan.item(d, "Meeting", "2017-07-18T14:00", "2017-07-18T15:00", venue=office,
              tz="Asia/Shanghai")
    crossing = plan.item(d, "Cross at Lo Wu", "2017-07-18T17:30", "2017-07-18T18:00",
                         kind=ItineraryKind.BOUNDARY_CROSSING, venue=lo_wu, control_point="Lo Wu")
    other = plan.delegation("Someone else", "2017-07-18", "2017-07-18")
    plan.item(other, "Elsewhere", "2017-07-18T09:00", "2017-07-18T10:00")
    plan.findings()  # commits
    with plan.db.read() as session:
        assert proposal_findings(session, "itinerary", crossing,
                                 when("2017-07-18T17:30", "2017-07-18T18:00", HK)) == []
    with plan.db.read() as session:
        found = proposal_findings(session, "itinerary", crossing,
                                  when("2017-07-18T15:30", "2017-07-18T16:00", HK))
    [too_short] = [f for f in found if f.code == "travel_too_short"]
    assert too_short.severity is Severity.ERROR and too_short.params["needed"] == 65
    assert all(f.concerns("itinerary", crossing) for f in found)
    with plan.db.read() as session:  # closed at night
        late = proposal_findings(session, "itinerary", crossing,
                                 when("2017-07-18T23:40", "2017-07-19T00:10", HK), locale="zh_HK")
    assert "control_point_closed_hours" in {f.code for f in late}
    assert any("羅湖" in f.message for f in late)
    with plan.db.read() as session:  # nothing was saved
        assert proposal_findings(session, "itinerary", crossing,
                                 when("2017-07-18T17:30", "2017-07-18T18:00", HK)) == []


def test_an_event_moved_onto_a_booked_exclusive_venue(plan: Plan) -> None:
    hall = plan.venue("Small hall", exclusive=True)
    plan.event("Morning talk", "2017-07-18T09:00", "2017-07-18T11:00", venue=hall)
    moving = plan.event("Afternoon talk", "2017-07-18T14:00", "2017-07-18T15:00", venue=hall)
    plan.findings()
    with plan.db.read() as session:
        found = proposal_findings(session, "event", moving,
                                  when("2017-07-18T10:00", "2017-07-18T11:00", HK))
    assert [f.code for f in found] == ["venue_double_booked"]
    assert "Morning talk" in found[0].message
    with plan.db.read() as session:
        assert proposal_findings(session, "event", moving,
                                 when("2017-07-18T11:00", "2017-07-18T12:00", HK)) == []
        assert proposal_findings(session, "session", moving,
                                 when("2017-07-18T10:00", "2017-07-18T11:00", HK)) == []
