"""A school's list with the guardians' e-mail addresses and the language to write in: imported,
and what the mail then uses (a minor's messages go to the guardian, in the chosen language)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from planner.domain.enums import Side
from planner.imports.people import read_people_file
from planner.mail.recipients import delegation_members
from planner.operations import replay
from planner.operations.participants import Target, import_people, preview_import
from planner.operations.people import create_person
from planner.store.database import Database
from planner.store.models import Person, PersonSensitive
from tests.participants.conftest import make_delegation, write_csv


def _import(db: Database, path: Path, target: Target):
    table = read_people_file(path)
    with db.read() as session:
        preview = preview_import(session, table)
    with db.write() as session:
        return preview, import_people(session, table, preview.mapping, target)


def test_chinese_headings_map_guardian_email_and_language(db: Database, tmp_path: Path) -> None:
    delegation = make_delegation(db)
    path = write_csv(tmp_path / "school.csv", [
        ["姓名", "出生日期", "監護人", "監護人電郵", "通訊語言", "狀態", "家長同意"],
        ["陳小明", "2010-04-01", "陳大文", "parent.chan@example.hk", "繁體中文", "已確認", "是"],
        ["李小紅", "2010-09-12", "李志強", "li.parent@example.cn", "简体中文", "已確認", "是"],
        ["張家豪", "2011-01-20", "張太", "not an address", "English", "已確認", "是"],
        ["黃子晴", "2010-06-30", "黃先生", "wong@example.hk", "Klingon", "已確認", "是"],
    ], encoding="utf-8-sig")
    preview, outcome = _import(db, path, Target.delegation(delegation))
    result = outcome.value
    assert preview.mapping == {0: "name", 1: "date_of_birth", 2: "guardian_name",
                               3: "guardian_email", 4: "language", 5: "status",
                               6: "guardian_consent"}
    # A bad address and a language we cannot write in are left out with a note each; the
    # rows still go in.
    assert all(not row.problems for row in result.plan.rows)
    notes = {row.line: [(n.code, n.params.get("field")) for n in row.notes]
             for row in result.plan.rows}
    assert notes[4] == [("email_left_out", "guardian_email")]
    assert notes[5] == [("language_left_out", "language")]
    with db.read() as session:
        got = session.execute(
            select(Person.name_zh, Person.language, Person.is_minor,
                   PersonSensitive.guardian_name, PersonSensitive.guardian_email)
            .join(PersonSensitive, PersonSensitive.person_id == Person.id)
            .order_by(Person.id)).all()
        assert [tuple(row) for row in got] == [
            ("陳小明", "zh-hk", True, "陳大文", "parent.chan@example.hk"),
            ("李小紅", "zh-cn", True, "李志強", "li.parent@example.cn"),
            ("張家豪", "en", True, "張太", None),
            ("黃子晴", None, True, "黃先生", "wong@example.hk")]
        # As planner.mail.prepare asks: the delegation's side of origin (Hong Kong here).
        recipients, skipped = delegation_members(session, delegation, Side.HONG_KONG)
    # The mail goes to each guardian in the family's language (else the delegation's side's);
    # no address, no message, and the preview names who was left out.
    assert sorted((r.address, r.language, r.to_guardian) for r in recipients) == [
        ("li.parent@example.cn", "zh-cn", True), ("parent.chan@example.hk", "zh-hk", True),
        ("wong@example.hk", "zh-hk", True)]
    assert [s.reason for s in skipped] == ["mail_no_guardian_address"]


def test_english_headings_and_a_merge_fill_in_a_missing_language(db: Database,
                                                                  tmp_path: Path) -> None:
    with db.write() as session:
        create_person(session, name_en="Mary LEUNG", email="mary@example.hk")
    delegation = make_delegation(db)
    path = write_csv(tmp_path / "list.csv", [
        ["Name", "E-mail", "Preferred language", "Parent's e-mail", "Status"],
        ["Mary LEUNG", "mary@example.hk", "Cantonese", "", "confirmed"],
        ["Peter HO", "peter@example.hk", "zh-CN", "ho.family@example.hk", "confirmed"]])
    preview, _result = _import(db, path, Target.delegation(delegation))
    assert preview.mapping == {0: "name", 1: "email", 2: "language", 3: "guardian_email",
                               4: "status"}
    with db.read() as session:
        people = dict(session.execute(select(Person.name_en, Person.language)).all())
        guardian = session.scalars(select(PersonSensitive.guardian_email)).all()
    assert people == {"Mary LEUNG": "zh-hk", "Peter HO": "zh-cn"}  # Mary's filled in by merge
    assert guardian == ["ho.family@example.hk"]


def test_a_second_list_fills_in_the_guardians_email_and_undo_takes_it_back(
        db: Database, tmp_path: Path) -> None:
    """The school sends the guardians' addresses after the first list: the people are matched,
    their empty guardian fields filled (what is there already is kept), and Undo empties them."""
    delegation = make_delegation(db)
    _import(db, write_csv(tmp_path / "first.csv", [
        ["Name", "Date of birth", "Guardian", "Guardian's phone", "Status"],
        ["CHAN Siu-ming", "2010-04-01", "CHAN Tai-man", "+852 5550 1234", "invited"]]),
        Target.delegation(delegation))
    _preview, outcome = _import(db, write_csv(tmp_path / "second.csv", [
        ["Name", "Guardian", "Guardian's e-mail", "Status"],
        ["CHAN Siu-ming", "Someone else", "chan.family@example.hk", "invited"]]),
        Target.delegation(delegation))

    def guardian() -> tuple:
        with db.read() as session:
            return tuple(session.execute(select(
                PersonSensitive.date_of_birth, PersonSensitive.guardian_name,
                PersonSensitive.guardian_phone, PersonSensitive.guardian_email)).one())

    filled = (date(2010, 4, 1), "CHAN Tai-man", "+852 5550 1234", "chan.family@example.hk")
    assert guardian() == filled  # the name already there is kept, the e-mail added
    with db.write() as session:
        undone = replay(session, outcome.undo)
    assert guardian() == (date(2010, 4, 1), "CHAN Tai-man", "+852 5550 1234", None)
    with db.write() as session:
        replay(session, undone.undo)
    assert guardian() == filled
