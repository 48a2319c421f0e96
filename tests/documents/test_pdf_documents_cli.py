"""The `export` commands for printed documents."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from planner.cli.main import main
from tests.documents.pdf_helpers import read_pdf


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("args, expect", [
    (["itinerary", "--delegation", "2"], "Itinerary"),
    (["itinerary", "--programme", "1", "--page-per-day"], "Exchange programme itinerary"),
    (["attendance", "--event", "18", "--kind", "sheet", "--group-by", "organisation"],
     "Sign-in sheet"),
    (["attendance", "--event", "18", "--kind", "report"], "Attendance report"),
    (["attendance", "--event", "18", "--kind", "badges", "--layout", "3x3"], "Name badges"),
    (["crossing", "--delegation", "4", "--include-document-numbers"], "Boundary-crossing"),
    (["catering", "--delegation", "4"], "Dietary and access needs"),
    (["report", "--year", "2016-17"], "Annual progress report"),
])
def test_each_document_command_writes_a_pdf(demo_path: Path, tmp_path: Path, args: list[str],
                                            expect: str) -> None:
    target = tmp_path / "out.pdf"
    code, out, err = run("--db", str(demo_path), "export", *args, "-o", str(target),
                         "--lang", "en", "--printed", "2026-01-15")
    assert (code, err) == (0, "")
    assert f"wrote {target}" in out
    pdf = read_pdf(target.read_bytes(), tmp_path)
    assert expect in pdf.text + pdf.reader.metadata.title
    assert "15 January 2026" in pdf.text or expect == "Name badges"


def test_language_and_name_order_options(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "hk.pdf"
    code, _, _ = run("--db", str(demo_path), "export", "attendance", "--event", "18", "--kind",
                     "sheet", "-o", str(target), "--lang", "zh-hk", "--order", "pinyin")
    assert code == 0
    pdf = read_pdf(target.read_bytes(), tmp_path)
    assert "簽到表" in pdf.text and "簽名" in pdf.text


def test_bilingual_is_the_default(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "bi.pdf"
    assert run("--db", str(demo_path), "export", "report", "--year", "2016-17",
               "-o", str(target))[0] == 0
    text = read_pdf(target.read_bytes()).text
    assert "Figures" in text and "數字" in text


@pytest.mark.parametrize("args, message", [
    (["itinerary", "--delegation", "9999"], "Delegation 9999 does not exist."),
    (["attendance", "--event", "9999", "--kind", "sheet"], "Event 9999 does not exist."),
    (["report", "--year", "1999-00"], "does not exist"),
    (["report", "--year", "2016"], "must be one of"),
    (["attendance", "--event", "18", "--kind", "sheet", "--blank-rows", "-1"], "from 0 to 500"),
    (["attendance", "--event", "18", "--kind", "sheet", "--blank-rows", "501"], "from 0 to 500"),
    (["attendance", "--event", "18", "--kind", "sheet", "--blank-rows", str(2**70)],
     "from 0 to 500"),
])
def test_refusals_exit_2_and_write_nothing(demo_path: Path, tmp_path: Path, args: list[str],
                                           message: str) -> None:
    target = tmp_path / "never.pdf"
    code, _, err = run("--db", str(demo_path), "export", *args, "-o", str(target))
    assert code == 2 and message in err and err.startswith("error: ")
    assert not target.exists()


def test_output_is_required(demo_path: Path) -> None:
    code, _, _ = run("--db", str(demo_path), "export", "report", "--year", "2016-17")
    assert code == 2


def test_including_document_numbers_is_audited(demo_path, tmp_path) -> None:
    import io as _io

    from sqlalchemy import select

    from planner.cli.main import main
    from planner.store.database import open_database
    from planner.store.models import AuditEntry

    out, err = _io.StringIO(), _io.StringIO()
    target = tmp_path / "crossing.pdf"
    assert main(["--db", str(demo_path), "export", "crossing", "--delegation", "5",
                 "--include-document-numbers", "-o", str(target)], out, err) == 0, err.getvalue()
    assert main(["--db", str(demo_path), "export", "crossing", "--delegation", "5",
                 "-o", str(target)], out, err) == 0
    db = open_database(str(demo_path))
    try:
        with db.read() as session:
            entries = [(e.entity_id, e.details["fields"]) for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "export_sensitive"))]
    finally:
        db.close()
    assert entries == [(5, ["document_numbers"])]
