"""The checks on the 2016-17 demo, and the `check` command."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from planner.checks import Scope, Severity, by_item, check_database
from planner.cli.main import main
from planner.domain.progress import Cancelled, Progress
from planner.store.database import Database
from planner.store.models import Delegation, Event, ItineraryItem

# The demo's fictional endorsements are drawn 30 to 90 days after departure: a few run out
# within the 30-day margin after the return. That is a fair warning, not an inconsistency.
DEMO_WARNINGS = {"endorsement_expires_soon", "document_expires_soon"}


def test_the_demo_has_no_errors(demo_db: Database) -> None:
    findings = check_database(demo_db, locale="en")
    assert [f.message for f in findings if f.is_error] == []
    assert {f.code for f in findings} <= DEMO_WARNINGS
    with demo_db.read() as session:
        delegations = session.scalars(select(Delegation.id)).all()
    assert len(delegations) == 10
    for ident in delegations:
        assert not any(f.is_error for f in check_database(demo_db, Scope.delegation(ident)))


def _lo_wu_return(session) -> ItineraryItem:  # type: ignore[no-untyped-def]
    return session.scalars(select(ItineraryItem).where(
        ItineraryItem.control_point == "Lo Wu / Luohu").order_by(ItineraryItem.starts_at
                                                                  .desc())).first()


def test_a_late_crossing_in_the_demo_is_found(demo_db: Database) -> None:
    with demo_db.write() as session:
        crossing = _lo_wu_return(session)
        crossing.starts_at += timedelta(hours=4, minutes=15)  # 19:30 -> 23:45 local
        crossing.ends_at += timedelta(hours=4, minutes=15)  # 20:00 -> 00:15: Lo Wu is shut
        ident, delegation = crossing.id, crossing.delegation_id
    findings = check_database(demo_db, Scope.delegation(delegation), locale="en")
    [closed] = [f for f in findings if f.code == "control_point_closed_hours"]
    assert closed.severity is Severity.ERROR and closed.concerns("itinerary", ident)
    assert closed.params["time"] == "23:45–00:15"
    assert ("itinerary", ident) in by_item(findings)


def test_messages_in_chinese(demo_db: Database) -> None:
    from datetime import timedelta

    from planner.store.models import Delegation, DelegationMember, TravelDocument

    with demo_db.write() as session:  # an endorsement that runs out ten days after the return
        document, returns = session.execute(
            select(TravelDocument, Delegation.end_date)
            .join(DelegationMember, DelegationMember.person_id == TravelDocument.person_id)
            .join(Delegation, Delegation.id == DelegationMember.delegation_id)
            .where(TravelDocument.endorsement_expiry.is_not(None))).first()
        document.endorsement_expiry = returns + timedelta(days=10)
    for locale, word in (("zh_HK", "簽注"), ("zh_CN", "签注")):
        [found] = [f for f in check_database(demo_db, locale=locale)
                   if f.code == "endorsement_expires_soon"]
        assert word in found.message and "runs out" not in found.message
        assert found.items[0].label == found.params["person"]


def test_progress_and_cancel(demo_db: Database) -> None:
    steps: list[str] = []
    check_database(demo_db, progress=Progress(lambda done, total, name: steps.append(name)))
    assert steps[:3] == ["people", "venues", "itinerary"] and len(steps) == 8
    progress = Progress()
    progress.cancel()
    try:
        check_database(demo_db, progress=progress)
    except Cancelled:
        pass
    else:
        raise AssertionError("a cancelled run must stop")


def _run(path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(path), "check", *args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_check_command_on_the_demo(demo_path: Path) -> None:
    code, out, _err = _run(demo_path)
    assert code == 0
    assert out.splitlines()[-1] == "no problems found"  # the report's programme is consistent
    code, out, _err = _run(demo_path, "--json")
    assert code == 0
    assert json.loads(out) == []


def test_check_command_exits_3_on_errors_with_json(demo_path: Path, demo_db: Database) -> None:
    with demo_db.write() as session:
        event = session.scalars(select(Event).where(Event.capacity.is_not(None))).first()
        event.capacity = 10
        ident = event.id
    code, out, _err = _run(demo_path, "--json", "--event", str(ident))
    assert code == 3
    [row] = json.loads(out)
    assert row["severity"] == "error" and row["code"] == "event_over_capacity"
    assert row["params"]["capacity"] == 10 and row["params"]["over"] == 230
    assert row["items"] == [{"kind": "event", "id": ident, "label": row["params"]["event"]}]
    code, out, _err = _run(demo_path)
    assert code == 3 and out.splitlines()[-1].startswith("1 error, ")
    assert "error: " in out and "[event_over_capacity]" in out
    code, out, _err = _run(demo_path, "--delegation", "1")
    assert code == 0


def test_check_command_refuses_missing_ids_and_two_scopes(demo_path: Path) -> None:
    code, _out, err = _run(demo_path, "--programme", "99")
    assert code == 2 and err == "error: Programme 99 does not exist.\n"
    code, _out, err = _run(demo_path, "--event", "1", "--delegation", "1")
    assert code == 2 and "not allowed with argument" in err
