"""Word copies (.docx) of the itinerary and the annual progress report: opened by LibreOffice
(converted to PDF and read back), they keep their headings, tables and Chinese text, and
withhold what the PDFs withhold."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from sqlalchemy import select, update

from planner.cli.main import main
from planner.exports.docx import documents as word
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store.database import Database
from planner.store.models.events import Event
from planner.store.models.reference import CooperationItem
from tests.documents.pdf_helpers import PRINTED
from tests.system_tools import need_tools


def office_text(data: bytes, tmp_path: Path) -> str:
    """The text of a .docx as LibreOffice lays it out (converted to PDF, read by pdftotext)."""
    need_tools("soffice", "pdftotext")
    source = tmp_path / "copy.docx"
    source.write_bytes(data)
    profile = tmp_path / "lo-profile"  # its own profile: other soffice runs do not interfere
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    return subprocess.run(["pdftotext", "-layout", str(tmp_path / "copy.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout


def _flat(text: str) -> str:
    return "".join(text.split())


def test_annual_report_in_word_keeps_headings_tables_and_chinese(demo_db: Database,
                                                                  tmp_path: Path) -> None:
    with demo_db.write() as session:  # a phone number and an address typed into a narrative
        first = session.scalar(select(CooperationItem.id).where(
            CooperationItem.year == "2016-17", CooperationItem.number == 1))
        session.execute(update(CooperationItem).where(CooperationItem.id == first).values(
            narrative_zh_hant="聯絡：+852 2961 6800，電郵 officer@ipd.gov.hk。粵港雙方繼續合作。"))
        secret = session.scalars(select(Event.title_zh_hant).where(Event.confidential)).all()
    assert len(secret) == 5
    data = word.annual_report(demo_db, "2016-17", Options(lang=Lang.ZH_HK, printed_on=PRINTED))
    text = office_text(data, tmp_path)
    flat = _flat(text)
    assert "粵港知識產權交流合作進展" in flat and "第1項強化粵港知識產權合作項目機制" in flat
    assert "第24項" in flat and "（新增項目）" in flat
    assert "粵港雙方繼續合作" in flat and "29616800" not in flat and "officer@" not in flat
    assert "落實的合作項目24" in flat  # a figures table row: label cell, number cell
    assert "HK$13,880,000" in flat
    assert "保密行動5次" in flat and not any(_flat(t) in flat for t in secret if t)
    document = Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == 24 and headings[0].startswith("第 1 項")
    assert len(document.tables) >= 24


def test_itinerary_in_word_keeps_days_and_members(demo_db: Database, tmp_path: Path) -> None:
    data = word.itinerary(demo_db, 5, Options(lang=Lang.BI, printed_on=PRINTED))
    document = Document(io.BytesIO(data))
    # Chinese is set in an East Asian font, and header rows repeat on each page
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Microsoft JhengHei"
    day = document.tables[2]
    assert day.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in day.rows[1].cells] == ["Time 時間", "Activity 活動", "Venue 地點",
                                                   "Host 接待機構"]
    flat = _flat(office_text(data, tmp_path))
    assert "Itinerary行程表" in flat and "廣東版權產業代表團訪港" in flat
    assert "Day1第1天·Wednesday,17May2017" in flat
    assert "InnoCentre" in flat and "創新中心" in flat
    assert "Memberlist團員名單" in flat and "SuLeyang" in flat  # the leader, first


def test_export_format_docx_from_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    for args, target in ((["itinerary", "--delegation", "5", "--format", "docx"], "a.out"),
                         (["report", "--year", "2016-17"], "report.docx")):
        out = io.StringIO()
        code = main(["--db", str(demo_path), "export", *args, "-o", str(tmp_path / target),
                     "--lang", "en"], out=out, err=io.StringIO())
        assert code == 0 and f"wrote {tmp_path / target}" in out.getvalue()
        document = Document(str(tmp_path / target))
        assert document.core_properties.title in ("Itinerary", "Annual progress report 2016-17")
    pdf = tmp_path / "report.pdf"
    assert main(["--db", str(demo_path), "export", "report", "--year", "2016-17", "-o", str(pdf)],
                out=io.StringIO(), err=io.StringIO()) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("lang", [Lang.ZH_CN])
def test_simplified_chinese_gets_a_simplified_font(demo_db: Database, lang: Lang) -> None:
    document = Document(io.BytesIO(word.annual_report(demo_db, "2016-17", Options(lang=lang))))
    fonts = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Microsoft YaHei"
    assert fonts.get(qn("w:eastAsiaTheme")) is None
