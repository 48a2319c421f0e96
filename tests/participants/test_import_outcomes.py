"""Every row of a small hand-made list and what the import does with it, exactly.

The checks read a list a column at a time and the plan matches in one pass; this list pins
the outcome row by row (rejected with which problems, matched by e-mail or by name in either
script, created, organisations found or created, places with capacity and a waiting list),
so that a faster path cannot change what an organiser gets.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from planner.imports.people import read_people_file
from planner.operations.participants import Action, Target, import_people, preview_import
from planner.operations.people import create_person
from planner.store.database import Database
from planner.store.models import Person, Registration
from tests.participants.conftest import make_event, make_org, write_csv

HEAD = ["Name", "中文姓名", "Organisation", "E-mail", "Phone", "Status"]
ROWS = [
    ["CHAN Tai-man", "", "HKIPD", "TM.CHAN@EXAMPLE.ORG", "", ""],  # 4: e-mail, any case
    ["lee  siu-ming", "", "hkipd", "", "+852 1", ""],  # 5: English name + organisation
    ["", "钟小红", "知識產權署", "", "", ""],  # 6: Chinese name in the other script
    ["Wong Ka-ho", "", "Other Body", "", "", ""],  # 7: same name, a new organisation
    ["Ho Yan", "", "", "ho@example.org", "", ""],  # 8: new, no organisation
    ["Ho Yan 2", "", "", "HO@example.org", "", ""],  # 9: same e-mail as line 8
    ["Ho Yan", "", "", "", "", ""],  # 10: same name and (no) organisation as line 8
    ["Bad Mail", "", "", "bad@", "", ""],  # 11
    ["", "", "HKIPD", "nobody@example.org", "", ""],  # 12: no name
    ["X" * 201, "", "", "", "", ""],  # 13
    ["Wait Listed", "", "", "", "", ""],  # 14: beyond the capacity
    ["Choose Me", "", "", "", "", "astronaut"],  # 15: not a status
]


def test_each_row_has_the_outcome_it_always_had(db: Database, tmp_path: Path) -> None:
    hkipd = make_org(db, "HKIPD", "Intellectual Property Department", "知識產權署", "知识产权署")
    event = make_event(db, capacity=5)
    with db.write() as session:
        chan = create_person(session, name_en="Chan Tai Man", email="tm.chan@example.org").value.id
        lee = create_person(session, name_en="LEE Siu-ming", organisation_id=hkipd).value.id
        chung = create_person(session, name_zh="鍾小紅", organisation_id=hkipd).value.id
        create_person(session, name_en="Wong Ka-ho", organisation_id=hkipd)
    path = write_csv(tmp_path / "list.csv", [["Participants"], [], HEAD, *ROWS])
    table = read_people_file(path)
    with db.read() as session:
        mapping = preview_import(session, table).mapping
    with db.write() as session:
        result = import_people(session, table, mapping, Target.event(event)).value
    got = [(r.line, r.action.value, sorted(p.code for p in r.problems), r.match_id, r.match_by,
            r.status) for r in result.plan.rows]
    reg, wait = "registered", "waitlisted"
    assert got == [
        (4, "merge", [], chan, "email", reg),
        (5, "merge", [], lee, "name", reg),
        (6, "merge", [], chung, "name", reg),
        (7, "create", [], None, None, reg),
        (8, "create", [], None, None, reg),
        (9, "reject", ["duplicate_in_file"], None, None, None),
        (10, "reject", ["duplicate_in_file"], None, None, None),
        (11, "create", [], None, None, wait),  # imported without its bad e-mail
        (12, "reject", ["name_missing"], None, None, None),
        (13, "reject", ["too_long"], None, None, None),
        (14, "create", [], None, None, wait),
        (15, "reject", ["invalid_choice"], None, None, None)]
    rows = {r.line: r for r in result.plan.rows}
    assert [p.params["line"] for p in rows[9].problems + rows[10].problems] == [8, 8]
    assert rows[7].new_organisation == "Other Body" and rows[7].organisation_id is None
    assert rows[4].organisation_id == rows[5].organisation_id == rows[6].organisation_id == hkipd
    assert [(p.code, p.params) for p in rows[11].notes] == [
        ("email_left_out", {"field": "email", "value": "bad@"}), ("will_waitlist", {"place": 1})]
    assert [(p.code, p.params) for p in rows[14].notes] == [("will_waitlist", {"place": 2})]
    assert result.plan.counts.rejected == 5 and result.plan.counts.waitlisted == 2
    assert result.plan.counts.emails_left_out == 1
    assert sum(r.action == Action.REJECT for r in result.plan.rows) == 5
    with db.read() as session:
        made = session.execute(select(Person.name_en, Person.email, Person.search_key)
                               .where(Person.id.in_(result.people)).order_by(Person.id)).all()
        assert made == [("Wong Ka-ho", None, "wongkaho"), ("Ho Yan", "ho@example.org", "hoyan"),
                        ("Bad Mail", None, "badmail"), ("Wait Listed", None, "waitlisted")]
        phone = session.scalar(select(Person.phone).where(Person.id == lee))
        assert phone == "+852 1"  # a merge fills in what the person lacked
        statuses = session.execute(select(Registration.person_id, Registration.status)
                                   .order_by(Registration.registered_at)).all()
        assert [s.value for _p, s in statuses] == [reg] * 5 + [wait] * 2
