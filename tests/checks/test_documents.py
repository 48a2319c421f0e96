"""Travel documents by the direction of the trip, named without their numbers."""

from __future__ import annotations

import json

from planner.checks import Severity
from planner.domain.enums import MemberStatus, Side, TravelDocumentType
from tests.checks.conftest import Plan, only

HRP, EEP = TravelDocumentType.HOME_RETURN_PERMIT, TravelDocumentType.EXIT_ENTRY_PERMIT


def _to_mainland(plan: Plan, **member: object) -> tuple[int, int]:
    d = plan.delegation("HKIPD delegation", "2024-05-02", "2024-05-03")
    alice = plan.person("Alice CHAN")
    plan.member(d, alice, **member)  # type: ignore[arg-type]
    return d, alice


def _to_hong_kong(plan: Plan) -> tuple[int, int]:
    d = plan.delegation("GDCB delegation", "2024-05-02", "2024-05-03", origin=Side.GUANGDONG,
                        destination=Side.HONG_KONG)
    li = plan.person("LI Wei")
    plan.member(d, li)
    return d, li


def test_hong_kong_member_without_home_return_permit(plan: Plan) -> None:
    d, alice = _to_mainland(plan)
    plan.document(alice, TravelDocumentType.HKSAR_PASSPORT, "2030-01-01")  # not the one needed
    [found] = only(plan.findings(), "document_missing")
    assert found.severity is Severity.ERROR
    assert found.message == "Alice CHAN (HKIPD delegation) has no Home Return Permit on record."
    assert [(i.kind, i.id) for i in found.items] == [("person", alice), ("delegation", d)]


def test_valid_permit_and_withdrawn_members(plan: Plan) -> None:
    _d, alice = _to_mainland(plan)
    plan.document(alice, HRP, "2030-01-01")
    _e, bob = _to_mainland(plan, status=MemberStatus.WITHDRAWN)
    assert plan.codes() == []


def test_permit_expiring_during_the_trip_or_within_the_margin(plan: Plan) -> None:
    _d, alice = _to_mainland(plan)
    plan.document(alice, HRP, "2024-05-02")
    _e, bob = _to_mainland(plan)
    plan.document(bob, HRP, "2024-06-01")  # 29 days after the return
    found = plan.findings()
    [during] = only(found, "document_expires_during_trip")
    [soon] = only(found, "document_expires_soon")
    assert during.severity is Severity.ERROR and during.concerns("person", alice)
    assert soon.severity is Severity.WARNING and soon.concerns("person", bob)
    assert soon.params["margin"] == 30 and soon.params["returns"] == "2024-05-03"


def test_margin_is_a_setting(plan: Plan) -> None:
    _d, bob = _to_mainland(plan)
    plan.document(bob, HRP, "2024-06-01")
    plan.document(bob, HRP, "2020-01-01")  # an old permit on record does not matter
    plan.setting("document_margin_days", "10")
    assert plan.codes() == []


def test_unknown_expiry_is_a_warning(plan: Plan) -> None:
    _d, alice = _to_mainland(plan)
    plan.document(alice, HRP, None)
    [found] = only(plan.findings(), "document_expiry_unknown")
    assert found.severity is Severity.WARNING


def test_guangdong_member_needs_an_endorsement(plan: Plan) -> None:
    _d, li = _to_hong_kong(plan)
    plan.document(li, EEP, "2030-01-01")
    [found] = only(plan.findings(), "endorsement_missing")
    assert found.severity is Severity.ERROR
    assert "endorsement on the Exit-Entry Permit" in found.message


def test_endorsement_used_up_or_running_out(plan: Plan) -> None:
    _d, li = _to_hong_kong(plan)
    plan.document(li, EEP, "2030-01-01", endorsement="2024-12-31", entries=0)
    _e, wang = _to_hong_kong(plan)
    plan.document(wang, EEP, "2030-01-01", endorsement="2024-05-02", entries=1)
    found = plan.findings()
    assert only(found, "endorsement_missing")[0].concerns("person", li)
    assert only(found, "endorsement_expires_during_trip")[0].concerns("person", wang)


def test_valid_endorsement(plan: Plan) -> None:
    _d, li = _to_hong_kong(plan)
    plan.document(li, EEP, "2030-01-01", endorsement="2024-08-01", entries=1)
    assert plan.codes() == []


def test_no_document_number_anywhere(plan: Plan) -> None:
    _d, alice = _to_mainland(plan)
    plan.document(alice, HRP, "2024-05-02")
    _e, li = _to_hong_kong(plan)
    plan.document(li, EEP, "2024-05-02", endorsement="2024-05-02")
    found = plan.findings()
    assert len(found) == 3
    for locale in ("en", "zh_HK", "zh_CN"):
        text = json.dumps([f.to_json() for f in plan.findings(locale=locale)], ensure_ascii=False)
        assert "SECRET123" not in text


def test_direction_without_a_rule_needs_nothing(plan: Plan) -> None:
    d = plan.delegation("Within Hong Kong", "2024-05-02", "2024-05-03",
                        destination=Side.HONG_KONG)
    plan.member(d, plan.person("Alice CHAN"))
    assert plan.codes() == []
