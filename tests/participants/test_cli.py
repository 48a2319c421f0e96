"""`import people`, `export people` and `people erase|purge` on the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import func, select

from planner.cli.main import main
from planner.store.database import open_database
from planner.store.models import AuditEntry, Person, Registration
from tests.participants.conftest import write_csv, write_xlsx


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _count(db_path: Path, model, *where) -> int:
    db = open_database(str(db_path))
    try:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0
    finally:
        db.close()


def _event(db_path: Path) -> int:
    code, out, _err = run("--db", str(db_path), "list", "events", "--json")
    assert code == 0
    return next(e["id"] for e in json.loads(out) if e["registered"])


def _list(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "list.csv", [
        ["與會者名單"], ["姓名", "機構", "電郵", "電話"],
        ["陳大文", "新夥伴有限公司", "tm.chan@partner.example", "+852 9123 4567"],
        ["李嘉欣", "", "broken@", ""],
        ["CHAN Siu-ming", "", "sm@partner.example", ""]], encoding="big5hkscs")


def test_dry_run_reports_and_writes_nothing(demo_path: Path, tmp_path: Path) -> None:
    people = _count(demo_path, Person)
    code, out, err = run("--db", str(demo_path), "import", "people", str(_list(tmp_path)),
                         "--event", str(_event(demo_path)), "--dry-run")
    assert code == 0, err
    assert "encoding Big5-HKSCS" in out and "headings on row 2" in out
    assert ("row 4 (create, registered) 李嘉欣: Not a valid e-mail address: broken@. Imported "
            "without it.") in out
    assert "新夥伴有限公司 is not a known organisation: it will be created." in out
    assert "dry run, nothing written" in out and "3 new people" in out
    assert "0 rejected" in out and out.strip().endswith("1 invalid e-mail addresses left out")
    assert _count(demo_path, Person) == people


def test_import_writes_valid_rows_and_lists_rejected(demo_path: Path, tmp_path: Path) -> None:
    people, event = _count(demo_path, Person), _event(demo_path)
    code, out, err = run("--db", str(demo_path), "import", "people", str(_list(tmp_path)),
                         "--event", str(event))
    assert code == 0, err
    assert "row 4 (create, registered) 李嘉欣" in out
    assert out.strip().endswith("3 listed, 1 invalid e-mail addresses left out")
    assert _count(demo_path, Person) == people + 3
    assert _count(demo_path, Person, Person.name_zh == "李嘉欣", Person.email.is_(None)) == 1
    assert _count(demo_path, Registration, Registration.event_id == event,
                  Registration.person_id > 0) >= 2


def test_strict_refuses_with_exit_2(demo_path: Path, tmp_path: Path) -> None:
    people = _count(demo_path, Person)
    code, out, err = run("--db", str(demo_path), "import", "people", str(_list(tmp_path)),
                         "--strict")
    assert code == 2
    assert "row 4 (rejected)" in out
    assert err == "error: 1 rows are invalid; in strict mode nothing was imported.\n"
    assert _count(demo_path, Person) == people


def test_unreadable_file_exits_2(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    code, out, err = run("--db", str(demo_path), "import", "people", str(path))
    assert (code, out) == (2, "")
    assert err.startswith("error: photo.csv is neither a workbook nor a text file")


def test_sheet_mapping_and_json(demo_path: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {
        "Notes": [["ignore me"]],
        "Guests": [["Who", "Where", "Contact"], ["WONG Siu-ming", "HKIPD", "sm@example.org"]]})
    code, out, err = run("--db", str(demo_path), "import", "people", str(path), "--sheet",
                         "Guests", "--mapping", "who=name_en", "B=organisation", "3=email",
                         "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["written"] and report["mapping"] == {"A": "name_en", "B": "organisation",
                                                       "C": "email"}
    assert report["rows"][0]["action"] == "create" and report["counts"]["created"] == 1


def test_export_csv_and_xlsx_with_masking_and_audit(demo_path: Path, tmp_path: Path) -> None:
    event = _event(demo_path)
    target = tmp_path / "out" / "list.csv"
    code, _out, err = run("--db", str(demo_path), "export", "people", "--event", str(event),
                          "-o", str(target))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(target.read_bytes()[3:].decode("utf-8"))))
    assert rows[0][-2:] == ["E-mail / 電郵", "Phone / 電話"]
    assert len(rows) > 2 and all("***@" in r[-2] for r in rows[1:])
    assert _count(demo_path, AuditEntry) == 0
    code, _out, err = run("--db", str(demo_path), "export", "people", "--event", str(event),
                          "-o", str(tmp_path / "list.xlsx"), "--columns", "name_en,email",
                          "--include-sensitive")
    assert code == 0 and "(recorded in the audit log): email" in err
    assert _count(demo_path, AuditEntry, AuditEntry.action == "export_sensitive") == 1
    code, _out, err = run("--db", str(demo_path), "export", "people", "--event", str(event),
                          "-o", str(tmp_path / "list.pdf"))
    assert code == 2 and "Write the list to a .xlsx or .csv file" in err


def test_erase_and_purge(demo_path: Path) -> None:
    code, out, err = run("--db", str(demo_path), "people", "erase", "1")
    assert code == 0, err
    assert out.startswith("erased person 1;")
    code, out, err = run("--db", str(demo_path), "people", "erase", "1")
    assert code == 2 and err == "error: Person 1 has been erased.\n"
    code, out, err = run("--db", str(demo_path), "people", "purge", "--before", "2017-01-01")
    assert code == 0, err
    assert out.startswith("erased ") and "before 2017-01-01" in out
