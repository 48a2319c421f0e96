"""Headings recognised in English and both Chinese scripts, corrections, per-row checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.domain.errors import PlannerError
from planner.domain.text import search_key
from planner.imports.people import (
    apply_overrides,
    check_mapping,
    check_rows,
    parse_overrides,
    propose_mapping,
    read_people_file,
    signature,
)
from tests.participants.conftest import write_csv


@pytest.mark.parametrize("heading, field", [
    ("Name", "name"), ("姓名", "name"), ("English name", "name_en"), ("英文名", "name_en"),
    ("Chinese Name", "name_zh"), ("Organisation", "organisation"), ("Organization", "organisation"),
    ("機構", "organisation"), ("机构", "organisation"), ("单位", "organisation"),
    ("單位", "organisation"), ("Position", "position"), ("職位", "position"), ("职务", "position"),
    ("E-mail", "email"), ("email address", "email"), ("電郵", "email"), ("邮箱", "email"),
    ("Phone", "phone"), ("電話", "phone"), ("手机", "phone"), ("手機號碼", "phone"),
    ("Date of birth", "date_of_birth"), ("出生日期", "date_of_birth"),
    ("Dietary requirements", "dietary_needs"), ("饮食要求", "dietary_needs"),
    ("Guardian's phone", "guardian_phone"), ("家長電話", "guardian_phone"),
    ("Name / 姓名", "name"), ("E-mail / 電郵", "email")])
def test_headings_are_recognised(heading: str, field: str) -> None:
    assert propose_mapping(["No.", heading]) == {1: field}


def test_a_field_claimed_twice_keeps_the_first_column() -> None:
    assert propose_mapping(["Phone", "Mobile", "Remarks", "Whatever"]) == {0: "phone"}


def test_overrides_by_heading_letter_and_number() -> None:
    headers = ["Name", "Mobile", "Remarks"]
    overrides = parse_overrides(["remarks=dietary_needs", "B=phone", "1=name_zh"], headers)
    assert overrides == {2: "dietary_needs", 1: "phone", 0: "name_zh"}
    mapping = apply_overrides(propose_mapping(headers), {**overrides, 1: "ignore"})
    assert mapping == {0: "name_zh", 2: "dietary_needs"}


@pytest.mark.parametrize("item, code", [("nonsense", "import_bad_mapping"),
                                        ("A=shoe_size", "import_unknown_field"),
                                        ("Z=email", "import_unknown_column"),
                                        ("Fax=email", "import_unknown_column")])
def test_bad_overrides_are_refused(item: str, code: str) -> None:
    with pytest.raises(PlannerError) as info:
        parse_overrides([item], ["Name", "Phone"])
    assert info.value.code == code


def test_a_mapping_without_a_name_is_refused() -> None:
    with pytest.raises(PlannerError) as info:
        check_mapping({0: "email"})
    assert info.value.code == "import_no_name_column"


def test_signature_ignores_case_and_spacing() -> None:
    assert signature(["E-mail", "Name "]) == signature(["email", "NAME"])
    assert signature(["E-mail", "Name"]) != signature(["Name", "E-mail"])


def _check(tmp_path: Path, rows: list[list[object]], target: str | None = None,
           strict: bool = False):
    table = read_people_file(write_csv(tmp_path / "rows.csv", rows))
    return check_rows(table, propose_mapping(table.headers), target=target,
                      today=date(2017, 5, 17), strict=strict)


def test_names_as_given_never_recased_and_split_from_one_cell(tmp_path: Path) -> None:
    checks = _check(tmp_path, [["Name", "Organisation"], ["CHAN Tai-man 陳大文", "HKIPD"],
                               ["mcDONALD ronald", ""], ["陈小明 (Chen Xiaoming)", ""]])
    assert [(c.person["name_en"], c.person["name_zh"]) for c in checks] == [
        ("CHAN Tai-man", "陳大文"), ("mcDONALD ronald", None), ("Chen Xiaoming", "陈小明")]
    assert [c.search_key for c in checks] == [search_key("CHAN Tai-man", "陳大文"),
                                              search_key("mcDONALD ronald"),
                                              search_key("Chen Xiaoming", "陈小明")]


def test_surname_and_given_name_columns_are_joined(tmp_path: Path) -> None:
    checks = _check(tmp_path, [["Surname", "Given name"], ["CHAN", "Tai-man"], ["陳", "大文"]])
    assert [(c.person["name_en"], c.person["name_zh"]) for c in checks] == [
        ("CHAN Tai-man", None), (None, "陳大文")]


def test_each_problem_is_reported_with_its_field(tmp_path: Path) -> None:
    checks = _check(tmp_path, [
        ["Name", "E-mail", "Date of birth", "Minor", "Category"],
        ["Good Person", "good@example.org", "2001-02-03", "no", "Student"],
        ["", "nobody@example.org", "", "", ""],
        ["Bad Mail", "bad@", "", "", ""],
        ["Bad Date", "", "31/02/2001", "", ""],
        ["Bad Flag", "", "", "perhaps", ""],
        ["Bad Category", "", "", "", "astronaut"],
        ["X" * 201, "", "", "", ""]])
    found = [sorted((p.code, p.field) for p in c.problems) for c in checks]
    assert found == [[], [("name_missing", "name_en")], [],
                     [("invalid_date", "date_of_birth")], [("invalid_flag", "is_minor")],
                     [("invalid_choice", "category")], [("too_long", "name_en")]]
    # A bad e-mail is left out (a note), the rest of the row kept; strict makes it invalid.
    assert [(p.code, p.field) for p in checks[2].notes] == [("email_left_out", "email")]
    assert "email" not in checks[2].person and checks[2].person["name_en"] == "Bad Mail"
    strict = _check(tmp_path, [["Name", "E-mail"], ["Bad Mail", "bad@"]], strict=True)
    assert [(p.code, p.field) for p in strict[0].problems] == [("invalid_email", "email")]
    assert checks[0].person["category"] == "student"
    assert checks[0].sensitive["date_of_birth"] == date(2001, 2, 3)


@pytest.mark.parametrize("written, expected", [
    ("2001-02-03", date(2001, 2, 3)), ("2001/2/3", date(2001, 2, 3)),
    ("2001年2月3日", date(2001, 2, 3)), ("3/2/2001", date(2001, 2, 3)),
    ("3 Feb 2001", date(2001, 2, 3)), ("2001-02-03 00:00:00", date(2001, 2, 3))])
def test_dates_as_partners_write_them(tmp_path: Path, written: str, expected: date) -> None:
    checks = _check(tmp_path, [["Name", "出生日期"], ["A", written]])
    assert checks[0].sensitive["date_of_birth"] == expected


def test_minor_follows_the_date_of_birth_on_the_event_day(tmp_path: Path) -> None:
    checks = _check(tmp_path, [["Name", "DOB"], ["Student", "2000-05-18"], ["Teacher",
                                                                          "1980-01-01"]])
    assert [c.person["is_minor"] for c in checks] == [True, False]


def test_confirmed_minor_needs_consent_for_a_delegation(tmp_path: Path) -> None:
    rows = [["Name", "Minor", "Status", "Guardian consent", "Role"],
            ["LAU Ka-yan", "是", "confirmed", "否", "學生"],
            ["HO Wai-man", "yes", "confirmed", "yes", "member"],
            ["Ms WONG", "no", "registered", "", "帶隊老師"]]
    checks = _check(tmp_path, rows, target="delegation")
    assert [p.code for p in checks[0].problems] == ["invalid_choice",
                                                    "minor_needs_guardian_consent"]
    assert checks[1].ok and checks[1].status == "confirmed" and checks[1].guardian_consent
    assert checks[2].ok and (checks[2].status, checks[2].role) == ("confirmed", "chaperone")


def test_cells_are_cleaned_of_control_characters(tmp_path: Path) -> None:
    checks = _check(tmp_path, [["Name", "Position"], ["  LEE\u200b Ka-yan ", "Officer\x07"]])
    assert checks[0].person["name_en"] == "LEE Ka-yan"
    assert checks[0].person["position"] == "Officer"
