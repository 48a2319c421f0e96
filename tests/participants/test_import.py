"""Importing into an event or a delegation: one transaction, de-duplication, capacity, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.domain.enums import RegistrationStatus
from planner.domain.progress import Cancelled, Progress
from planner.domain.text import search_key
from planner.imports.people import read_people_file
from planner.operations import replay
from planner.operations.organisations import update_organisation
from planner.operations.participants import (
    Action,
    ImportRefused,
    Target,
    import_people,
    import_writes,
    plan_import,
    preview_file,
    preview_import,
)
from planner.operations.people import create_person, delete_registration, register_person
from planner.store.database import Database
from planner.store.models import (
    AuditEntry,
    DelegationMember,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
)
from tests.participants.conftest import make_delegation, make_event, make_org, write_csv

HEAD = ["Name", "Organisation", "E-mail", "Phone"]


def _import(db: Database, path: Path, target: Target = Target(), **options):
    table = read_people_file(path)
    with db.read() as session:
        mapping = preview_import(session, table).mapping
    with db.write() as session:
        return import_people(session, table, mapping, target, **options)


def _people(db: Database) -> list[tuple]:
    with db.read() as session:
        return session.execute(select(Person.name_en, Person.name_zh, Person.email,
                                      Person.deleted_at.is_(None))
                               .order_by(Person.id)).all()


def _count(db: Database, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_import_into_an_event(db: Database, tmp_path: Path) -> None:
    hkipd = make_org(db, "HKIPD", "Intellectual Property Department", "知識產權署", "知识产权署")
    event = make_event(db)
    path = write_csv(tmp_path / "list.csv", [
        ["IP Forum participants"], [], HEAD,
        ["CHAN Tai-man 陳大文", "HKIPD", "TM.Chan@example.org", "+852 9123 4567"],
        ["mcDONALD ronald", "知識產權署", "", ""]], encoding="utf-8-sig")
    before = db.revision()
    result = _import(db, path, Target.event(event)).value
    assert db.revision() > before  # readers learn that something changed
    assert _people(db) == [("CHAN Tai-man", "陳大文", "TM.Chan@example.org", True),
                           ("mcDONALD ronald", None, None, True)]
    with db.read() as session:
        people = session.scalars(select(Person).order_by(Person.id)).all()
        assert [p.search_key for p in people] == [search_key("CHAN Tai-man", "陳大文"),
                                                  search_key("mcDONALD ronald")]
        assert [p.organisation_id for p in people] == [hkipd, hkipd]
        assert {p.modified_by for p in people} == {db.user}
        regs = session.scalars(select(Registration).order_by(Registration.id)).all()
        assert [(r.event_id, r.person_id, r.status) for r in regs] == [
            (event, people[0].id, RegistrationStatus.REGISTERED),
            (event, people[1].id, RegistrationStatus.REGISTERED)]
        assert len({r.check_in_code for r in regs}) == 2
        assert all(len(r.check_in_code or "") == 12 for r in regs)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert (audit.user, audit.entity, audit.entity_id) == (db.user, "event", event)
        assert audit.details["created"] == 2 and "Chan" not in str(audit.details)
        assert result.people == tuple(p.id for p in people)


def test_rejected_rows_are_listed_and_the_valid_ones_written(db: Database,
                                                             tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [HEAD, ["Good One", "", "good@example.org", ""],
                                             ["", "", "nameless@example.org", ""],
                                             ["Bad Mail", "", "bad@", ""]])
    plan = _import(db, path).value.plan
    assert [(r.line, r.action) for r in plan.rows] == [
        (2, Action.CREATE), (3, Action.REJECT), (4, Action.CREATE)]
    assert [p.code for r in plan.rejected for p in r.problems] == ["name_missing"]
    # A bad e-mail is left out of its row, which is imported, and the row says so.
    assert [(p.code, p.params["value"]) for p in plan.rows[2].notes] == [
        ("email_left_out", "bad@")]
    assert plan.counts.emails_left_out == 1 and plan.counts.rejected == 1
    assert [p[0] for p in _people(db)] == ["Good One", "Bad Mail"]
    with db.read() as session:
        assert session.scalar(select(Person.email).where(Person.name_en == "Bad Mail")) is None


def test_strict_refuses_the_whole_file(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [HEAD, ["Good One", "", "", ""],
                                             ["Bad Mail", "", "bad@", ""]])
    before = db.revision()
    with pytest.raises(ImportRefused) as info:
        _import(db, path, strict=True)
    assert info.value.code == "import_refused_strict"
    assert info.value.plan.counts.rejected == 1
    assert _people(db) == [] and db.revision() == before


def test_nothing_to_write_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [HEAD, ["", "", "a@b.org", ""]])
    with pytest.raises(ImportRefused) as info:
        _import(db, path)
    assert info.value.code == "import_nothing_to_write"


def test_failure_half_way_writes_nothing(db: Database, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    event = make_event(db)
    path = write_csv(tmp_path / "list.csv", [HEAD, ["A Person", "New Org Ltd", "", ""],
                                             ["B Person", "", "b@example.org", ""]])

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    # People and organisations are written by then; registrations fail.
    monkeypatch.setattr(import_writes, "add_registrations", broken)
    before = db.revision()
    with pytest.raises(RuntimeError):
        _import(db, path, Target.event(event))
    assert (_count(db, Person), _count(db, Organisation), _count(db, Registration),
            _count(db, AuditEntry)) == (0, 0, 0, 0)
    assert db.revision() == before


def test_cancelled_import_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [HEAD, ["A Person", "", "", ""]])
    progress = Progress(lambda done, _total, _msg: progress.cancel() if done == 3 else None)
    with pytest.raises(Cancelled):
        _import(db, path, progress=progress)
    assert _count(db, Person) == 0


def test_capacity_sends_the_rest_to_the_waiting_list_in_order(db: Database,
                                                              tmp_path: Path) -> None:
    event = make_event(db, capacity=2)
    rows = [["Name", "Registered at"], ["Late", "2017-04-03 09:00"],
            ["First", "2017-04-01 09:00"], ["Second", "2017-04-02 09:00"], ["No date", ""]]
    plan = _import(db, write_csv(tmp_path / "list.csv", rows), Target.event(event)).value.plan
    assert [(r.name, r.status) for r in plan.rows] == [
        ("Late", "waitlisted"), ("First", "registered"), ("Second", "registered"),
        ("No date", "waitlisted")]
    assert [p.params["place"] for r in plan.rows for p in r.notes
            if p.code == "will_waitlist"] == [1, 2]
    with db.read() as session:
        waiting = session.execute(select(Person.name_en).join(
            Registration, Registration.person_id == Person.id).where(
            Registration.status == RegistrationStatus.WAITLISTED)
            .order_by(Registration.registered_at)).scalars().all()
    assert waiting == ["Late", "No date"]


def _existing(db: Database, event: int | None = None, **values) -> int:
    with db.write() as session:
        person = create_person(session, **values).value.id
        if event:
            register_person(session, event, person)
    return person


def test_duplicates_merge_keep_or_skip(db: Database, tmp_path: Path) -> None:
    org = make_org(db, "GDIPA", "Guangdong IP Administration", "廣東省知識產權局",
                   "广东省知识产权局")
    by_mail = _existing(db, name_en="CHAN Tai-man", email="tm.chan@example.org")
    by_name = _existing(db, name_zh="陳小明", organisation_id=org, phone="+86 138 0013 8000")
    other = _existing(db, name_en="LEE Ka-yan", email="ky@example.org")
    event = make_event(db)
    rows = [["Name", "Organisation", "E-mail", "Position"],
            ["Tai-man CHAN", "", "TM.CHAN@example.org", "Director"],  # e-mail, any case
            ["陈小明", "广东省知识产权局", "xm@example.cn", "处长"],  # same name, other script
            ["LEE Ka-yan", "", "ky@example.org", ""]]
    path = write_csv(tmp_path / "list.csv", rows)
    table = read_people_file(path)
    with db.read() as session:
        mapping = preview_import(session, table).mapping
        plan = plan_import(session, table, mapping, Target.event(event), decisions={4: "skip"})
    assert [(r.action, r.match_id, r.match_by) for r in plan.rows] == [
        (Action.MERGE, by_mail, "email"), (Action.MERGE, by_name, "name"),
        (Action.SKIP, other, "email")]
    assert [p.code for p in plan.rows[0].notes] == ["matches_email", "will_merge"]
    with db.write() as session:
        outcome = import_people(session, table, mapping, Target.event(event),
                                decisions={4: "skip"})
    assert outcome.value.people == ()
    with db.read() as session:
        chan = session.get_one(Person, by_mail)
        assert (chan.name_en, chan.position) == ("CHAN Tai-man", "Director")  # kept, filled
        xm = session.get_one(Person, by_name)
        assert (xm.name_zh, xm.email, xm.position) == ("陳小明", "xm@example.cn", "处长")
        listed = set(session.scalars(select(Registration.person_id)))
    assert listed == {by_mail, by_name}
    with db.write() as session:  # undo: the filled-in fields are empty again
        replay(session, outcome.undo)
    with db.read() as session:
        assert session.get_one(Person, by_mail).position is None
        assert session.get_one(Person, by_name).email is None
        assert session.scalar(select(func.count()).where(Registration.deleted_at.is_(None))) == 0


def test_keep_both_creates_another_person(db: Database, tmp_path: Path) -> None:
    _existing(db, name_en="CHAN Tai-man", email="tm.chan@example.org")
    path = write_csv(tmp_path / "list.csv", [HEAD, ["CHAN Tai-man", "", "tm.chan@example.org",
                                                    ""]])
    result = _import(db, path, duplicates="keep").value
    assert len(result.people) == 1 and _count(db, Person) == 2
    assert [p.code for p in result.plan.rows[0].notes] == ["matches_email", "will_keep_both"]


def test_duplicates_within_the_file_are_rejected(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [HEAD, ["A Person", "", "same@example.org", ""],
                                             ["Another", "", "SAME@example.org", ""],
                                             ["a  person", "", "", ""]])
    plan = _import(db, path).value.plan
    assert [(r.action, [(p.code, p.params.get("line")) for p in r.problems])
            for r in plan.rows] == [(Action.CREATE, []),
                                    (Action.REJECT, [("duplicate_in_file", 2)]),
                                    (Action.REJECT, [("duplicate_in_file", 2)])]


def test_someone_already_on_the_list_is_not_registered_twice(db: Database,
                                                             tmp_path: Path) -> None:
    event = make_event(db)
    _existing(db, event, name_en="CHAN Tai-man", email="tm@example.org")
    path = write_csv(tmp_path / "list.csv", [HEAD, ["CHAN Tai-man", "", "tm@example.org", ""],
                                             ["New Person", "", "", ""]])
    result = _import(db, path, Target.event(event)).value
    assert result.plan.counts.already_listed == 1 and len(result.registrations) == 1
    assert "duplicate_registration" in [p.code for p in result.plan.rows[0].notes]


def test_organisations_by_code_name_alias_or_created(db: Database, tmp_path: Path) -> None:
    customs = make_org(db, "C&ED", "Customs and Excise Department", "香港海關", None)
    with db.write() as session:
        update_organisation(session, customs, None, aliases=["HK Customs"])
    rows = [["Name", "Organisation"], ["A", "c&ed"], ["B", "Customs and Excise Department"],
            ["C", "香港海關"], ["D", "hk customs"], ["E", "Acme Trading Ltd"],
            ["F", "ACME trading ltd."], ["G", "廣州市知識產權局"], ["H", "中山大学"],
            ["I", "中山"]]
    result = _import(db, write_csv(tmp_path / "list.csv", rows)).value
    with db.read() as session:
        orgs = {o.id: (o.name_en, o.name_zh_hant, o.name_zh_hans)
                for o in session.scalars(select(Organisation))}
        people = session.scalars(select(Person.organisation_id).order_by(Person.id)).all()
    assert people[:4] == [customs] * 4
    assert people[4] == people[5] != customs
    assert [orgs[p] for p in people[4:]] == [
        ("Acme Trading Ltd", None, None), ("Acme Trading Ltd", None, None),
        (None, "廣州市知識產權局", None), (None, None, "中山大学"), (None, "中山", "中山")]
    assert result.plan.counts.new_organisations == 4 and len(result.organisations) == 4


def test_unknown_organisation_can_be_a_problem_instead(db: Database, tmp_path: Path) -> None:
    table = read_people_file(write_csv(tmp_path / "list.csv", [["Name", "Organisation"],
                                                               ["A", "Nowhere Ltd"]]))
    with db.read() as session:
        plan = plan_import(session, table, {0: "name", 1: "organisation"},
                           create_organisations=False)
    assert [p.code for p in plan.rows[0].problems] == ["organisation_unknown"]


def test_undo_and_redo_an_import(db: Database, tmp_path: Path) -> None:
    event = make_event(db)
    path = write_csv(tmp_path / "list.csv", [
        ["Name", "Organisation", "Date of birth", "Guardian"],
        ["LAU Ka-yan", "New School", "2005-03-04", "LAU Tai-wai"]])
    outcome = _import(db, path, Target.event(event))
    with db.write() as session:
        undone = replay(session, outcome.undo)
    with db.read() as session:
        assert session.scalar(select(func.count()).where(Person.deleted_at.is_(None))) == 0
        assert session.scalar(select(func.count()).where(Registration.deleted_at.is_(None))) == 0
        assert session.scalar(select(func.count()).where(
            Organisation.deleted_at.is_(None))) == 0
    with db.write() as session:
        replay(session, undone.undo)
    with db.read() as session:
        person = session.scalars(select(Person).where(Person.deleted_at.is_(None))).one()
        assert person.name_en == "LAU Ka-yan" and person.is_minor
        assert session.scalars(select(PersonSensitive.guardian_name)).one() == "LAU Tai-wai"
        assert session.scalar(select(func.count()).where(Registration.deleted_at.is_(None))) == 1


def test_the_confirmed_mapping_is_remembered(db: Database, tmp_path: Path) -> None:
    rows = [["Participant", "Remarks", "Mobile"], ["A Person", "vegetarian", "+852 1234 5678"]]
    table = read_people_file(write_csv(tmp_path / "list.csv", rows))
    with db.read() as session:
        first = preview_import(session, table, {1: "dietary_needs"})
    assert first.mapping_source == "given"
    with db.write() as session:
        import_people(session, table, first.mapping)
    again = read_people_file(write_csv(tmp_path / "again.csv", [["participant", "REMARKS",
                                                                 "Mobile"], ["B", "", ""]]))
    with db.read() as session:
        second = preview_import(session, again)
    assert second.mapping_source == "remembered"
    assert second.mapping == {0: "name", 1: "dietary_needs", 2: "phone"}
    assert [c.field for c in second.columns] == ["name", "dietary_needs", "phone"]


def test_import_into_a_delegation_with_consent_and_ratio(db: Database, tmp_path: Path) -> None:
    delegation = make_delegation(db)
    rows = [["Name", "Minor", "Role", "Status", "Guardian consent"]]
    rows += [[f"Student {n}", "yes", "member", "confirmed", "yes"] for n in range(9)]
    rows += [["Minor Without Consent", "yes", "member", "confirmed", "no"],
             ["Ms Teacher", "no", "chaperone", "confirmed", ""]]
    result = _import(db, write_csv(tmp_path / "list.csv", rows),
                     Target.delegation(delegation)).value
    assert [p.code for p in result.plan.rows[9].problems] == ["minor_needs_guardian_consent"]
    assert [(w.code, w.params) for w in result.plan.warnings] == [
        ("chaperone_ratio_low", {"adults": 1, "minors": 9, "ratio": 8})]
    with db.read() as session:
        members = session.execute(select(DelegationMember.status,
                                         DelegationMember.guardian_consent)).all()
    assert len(members) == 10 and {m.status.value for m in members} == {"confirmed"}
    assert sum(m.guardian_consent for m in members) == 9


def test_fifty_thousand_rows(db: Database, tmp_path: Path) -> None:
    """The whole path at full size (the timing is bench/bench_import.py's business)."""
    event = make_event(db)
    rows = [["序號", "英文姓名", "中文姓名", "機構", "電郵"]]
    rows += [[n, f"Person {n}", f"參加者{n}", f"Partner {n % 50}", f"p{n}@example.org"]
             for n in range(50_000)]
    rows[20_000][4] = "broken@"
    path = write_csv(tmp_path / "big.csv", rows, encoding="utf-8-sig")
    result = _import(db, path, Target.event(event)).value
    assert result.plan.counts.rows == 50_000 and result.plan.counts.rejected == 0
    assert result.plan.counts.emails_left_out == 1  # imported without it
    assert len(result.people) == len(result.registrations) == 50_000
    assert len(result.organisations) == 50
    with db.read() as session:
        last = session.scalars(select(Person).order_by(Person.id.desc()).limit(1)).one()
        assert (last.name_en, last.name_zh, last.search_key) == (
            "Person 49999", "參加者49999", search_key("Person 49999", "參加者49999"))
        assert session.scalar(select(func.count(func.distinct(
            Registration.check_in_code)))) == 50_000
        assert session.scalar(select(Person.email).where(Person.name_en == "Person 19999")) \
            is None  # row 20,000's bad address, left out


def test_preview_for_the_wizard(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["名單"], [], ["姓名", "單位", "Remarks"],
                                             ["陳大文", "HKIPD", "素食"]],
                     encoding="big5hkscs", delimiter=";")
    with db.read() as session:
        table, preview = preview_file(session, path)
    assert (preview.file, preview.format, preview.encoding, preview.bom, preview.delimiter) == (
        "list.csv", "csv", "Big5-HKSCS", False, ";")
    assert (preview.header_line, preview.skipped_lines, preview.total_rows) == (3, (1,), 1)
    assert [(c.letter, c.heading, c.field, c.samples) for c in preview.columns] == [
        ("A", "姓名", "name", ("陳大文",)), ("B", "單位", "organisation", ("HKIPD",)),
        ("C", "Remarks", None, ("素食",))]
    assert preview.first_rows == ((4, ("陳大文", "HKIPD", "素食")),)
    assert preview.mapping_source == "headings" and table.records[0][0] == 4


def test_a_removed_registration_comes_back_instead_of_a_second_one(db: Database,
                                                                   tmp_path: Path) -> None:
    event = make_event(db)
    with db.write() as session:
        person = create_person(session, name_en="CHAN Tai-man", email="tm@example.org").value
        registration = register_person(session, event, person.id).value
        delete_registration(session, registration.id, registration.version)
    path = write_csv(tmp_path / "list.csv", [HEAD, ["CHAN Tai-man", "", "tm@example.org", ""]])
    outcome = _import(db, path, Target.event(event))
    assert outcome.value.registrations == (registration.id,)
    with db.read() as session:
        rows = session.execute(select(Registration.id, Registration.deleted_at.is_(None))).all()
    assert rows == [(registration.id, True)]
    with db.write() as session:
        replay(session, outcome.undo)
    with db.read() as session:
        assert session.get_one(Registration, registration.id).deleted_at is not None
