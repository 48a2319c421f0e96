"""Moving between places: missing legs, too little time, crossings and control points."""

from __future__ import annotations

from planner.checks import Severity
from planner.domain.enums import DatePrecision, ItineraryKind, Side
from tests.checks.conftest import SH, Plan, only

TRAVEL, CROSSING = ItineraryKind.TRAVEL, ItineraryKind.BOUNDARY_CROSSING


def _places(plan: Plan) -> dict[str, int]:
    return {
        "gz_office": plan.venue("GDIPO offices", city="Guangzhou", region=Side.GUANGDONG, tz=SH),
        "gz_hotel": plan.venue("Garden Hotel", city="Guangzhou (Tianhe)", region=Side.GUANGDONG,
                               tz=SH),
        "sz_park": plan.venue("Science park", city="Shenzhen", region=Side.GUANGDONG, tz=SH),
        "hk_office": plan.venue("HKIPD office"),
        "lo_wu": plan.venue("Lo Wu Control Point (to Luohu)"),
    }


def _trip(plan: Plan) -> int:
    return plan.delegation("No Fakes delegation", "2017-07-18", "2017-07-19")


def test_visits_in_two_cities_without_travel_between(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    a = plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH)
    b = plan.item(d, "Visit", "2017-07-18T14:00", "2017-07-18T16:00", venue=v["sz_park"], tz=SH)
    [found] = only(plan.findings(), "itinerary_missing_travel")
    assert found.severity is Severity.WARNING
    assert [i.id for i in found.items[:2]] == [a, b]
    assert "Meeting (2017-07-18 09:00–10:00) in Guangzhou and Visit" in found.message


def test_a_travel_item_between_fills_the_gap(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Train", "2017-07-18T11:00", "2017-07-18T12:00", kind=TRAVEL, tz=SH)
    plan.item(d, "Visit", "2017-07-18T14:00", "2017-07-18T16:00", venue=v["sz_park"], tz=SH)
    plan.item(d, "Hotel", "2017-07-18T20:00", "2017-07-18T21:00", venue=v["gz_hotel"], tz=SH,
              kind=TRAVEL)
    assert only(plan.findings(), "itinerary_missing_travel") == []


def test_too_little_time_between_cities(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Train to Shenzhen", "2017-07-18T10:00", "2017-07-18T10:30", kind=TRAVEL,
              venue=v["sz_park"], tz=SH)
    [found] = only(plan.findings(), "travel_too_short")
    assert found.severity is Severity.ERROR
    assert found.params["minutes"] == 30 and found.params["needed"] == 40


def test_enough_time_between_cities(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Train to Shenzhen", "2017-07-18T10:00", "2017-07-18T10:40", kind=TRAVEL,
              venue=v["sz_park"], tz=SH)
    assert only(plan.findings(), "travel_too_short") == []


def test_back_to_back_in_one_city_is_only_a_warning(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Check in", "2017-07-18T10:05", "2017-07-18T10:30", venue=v["gz_hotel"], tz=SH)
    [found] = only(plan.findings(), "travel_too_short")
    assert found.severity is Severity.WARNING and found.params["needed"] == 15


def test_to_hong_kong_through_lo_wu_needs_its_time(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T14:00", "2017-07-18T17:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Cross at Lo Wu", "2017-07-18T17:30", "2017-07-18T18:00", kind=CROSSING,
              venue=v["lo_wu"], control_point="Lo Wu")
    # Guangzhou -> Shenzhen 40, Shenzhen -> Luohu 10, across 15: 65 minutes, not 60.
    [found] = only(plan.findings(), "travel_too_short")
    assert found.params == {**found.params, "minutes": 60, "needed": 65}


def test_a_crossing_without_a_venue_is_at_its_control_point(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T14:00", "2017-07-18T17:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Cross at Huanggang", "2017-07-18T17:30", "2017-07-18T18:00", kind=CROSSING,
              control_point="Huanggang")
    plan.item(d, "Dinner", "2017-07-18T18:30", "2017-07-18T20:00", venue=v["hk_office"])
    # To the crossing: Guangzhou -> Shenzhen -> Huanggang, 55 of the 60 minutes until it ends.
    # From it: Lok Ma Chau -> Hong Kong takes 40 minutes, but dinner starts 30 minutes later.
    [found] = only(plan.findings(), "travel_too_short")
    assert found.params["minutes"] == 30 and found.params["needed"] == 40
    assert found.items[0].label.startswith("Cross at Huanggang")


def test_crossing_must_name_a_control_point(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Cross", "2017-07-18T10:00", "2017-07-18T10:30", kind=CROSSING, venue=v["lo_wu"])
    ok = _trip(plan)
    plan.item(ok, "Cross", "2017-07-18T10:00", "2017-07-18T10:30", kind=CROSSING,
              venue=v["lo_wu"], control_point="Lo Wu / Luohu")
    [found] = only(plan.findings(), "crossing_no_control_point")
    assert found.severity is Severity.ERROR and found.concerns("delegation", d)


def test_control_point_closed_at_that_hour(plan: Plan) -> None:
    d = _trip(plan)
    plan.item(d, "Late crossing", "2017-07-18T23:50", "2017-07-19T00:20", kind=CROSSING,
              control_point="Lo Wu")
    plan.item(d, "Night crossing", "2017-07-19T03:00", "2017-07-19T03:30", kind=CROSSING,
              control_point="Huanggang")  # round the clock
    [found] = only(plan.findings(), "control_point_closed_hours")
    assert found.severity is Severity.ERROR
    assert found.params["time"] == "23:50–00:20" and found.params["hours"] == "06:30–24:00"
    assert "Lo Wu / Luohu" in found.message


def test_control_point_open_until_midnight(plan: Plan) -> None:
    d = _trip(plan)
    plan.item(d, "Crossing", "2017-07-18T23:30", "2017-07-19T00:00", kind=CROSSING,
              control_point="Lo Wu")
    plan.item(d, "Early crossing", "2017-07-19T06:30", "2017-07-19T07:00", kind=CROSSING,
              control_point="Shenzhen Bay")
    assert only(plan.findings(), "control_point_closed_hours") == []


def test_control_points_not_yet_open_or_closed_down(plan: Plan) -> None:
    early = plan.delegation("Early", "2018-09-22", "2018-09-22")
    plan.item(early, "Express rail", "2018-09-22T09:00", "2018-09-22T09:30", kind=CROSSING,
              control_point="West Kowloon")
    late = plan.delegation("Late", "2021-03-01", "2021-03-01")
    plan.item(late, "Through train", "2021-03-01T09:00", "2021-03-01T09:30", kind=CROSSING,
              control_point="Hung Hom (Intercity Through Train)")
    fine = plan.delegation("Fine", "2018-09-23", "2018-09-23")
    plan.item(fine, "Express rail", "2018-09-23T09:00", "2018-09-23T09:30", kind=CROSSING,
              control_point="西九龍站")
    plan.item(fine, "Through train", "2018-09-23T19:00", "2018-09-23T19:30", kind=CROSSING,
              control_point="Intercity Through Train")
    found = plan.findings()
    [opening] = only(found, "control_point_not_yet_open")
    [closing] = only(found, "control_point_closed_down")
    assert opening.concerns("delegation", early) and opening.params["opened"] == "2018-09-23"
    assert closing.concerns("delegation", late) and closing.params["closed"] == "2020-01-30"


def test_unknown_control_point_is_a_warning(plan: Plan) -> None:
    d = _trip(plan)
    plan.item(d, "Crossing", "2017-07-18T10:00", "2017-07-18T10:30", kind=CROSSING,
              control_point="Sha Tau Kok")
    [found] = only(plan.findings(), "control_point_unknown")
    assert found.severity is Severity.WARNING and "“Sha Tau Kok”" in found.message


def test_changing_sides_without_a_crossing(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    a = plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Coach", "2017-07-18T10:00", "2017-07-18T13:00", kind=TRAVEL, tz=SH)
    b = plan.item(d, "Visit", "2017-07-18T14:00", "2017-07-18T16:00", venue=v["hk_office"])
    [found] = only(plan.findings(), "boundary_leg_unplanned")
    assert found.severity is Severity.ERROR and [i.id for i in found.items[:2]] == [a, b]


def test_a_leg_naming_an_open_control_point_crosses(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH)
    plan.item(d, "Coach via Huanggang", "2017-07-18T10:00", "2017-07-18T13:00", kind=TRAVEL,
              control_point="Huanggang", tz=SH)
    plan.item(d, "Visit", "2017-07-18T14:00", "2017-07-18T16:00", venue=v["hk_office"])
    codes = plan.codes()
    assert "boundary_leg_unplanned" not in codes and "control_point_closed_hours" not in codes


def test_month_precision_items_are_left_out(plan: Plan) -> None:
    v, d = _places(plan), _trip(plan)
    plan.item(d, "Meeting", "2017-07-18T09:00", "2017-07-18T10:00", venue=v["gz_office"], tz=SH,
              precision=DatePrecision.MONTH)
    plan.item(d, "Visit", "2017-07-18T10:00", "2017-07-18T11:00", venue=v["hk_office"])
    plan.item(d, "Crossing", "2017-07-18T01:00", "2017-07-18T01:30", kind=CROSSING,
              control_point="Lo Wu", precision=DatePrecision.MONTH)
    assert plan.codes() == []
