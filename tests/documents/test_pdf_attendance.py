"""Attendance reports and name badges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.domain.enums import PersonCategory, RegistrationRole
from planner.exports.pdf import documents
from planner.exports.pdf.attendance_report import AttendanceReport
from planner.exports.pdf.badges import MIN_SIZE, Badges, sheet, shrink
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store.database import Database
from tests.documents.pdf_helpers import (
    ORG_A,
    ORG_B,
    PRINTED,
    person,
    read_pdf,
    registration,
    sheet_of,
)
from tests.system_tools import need_tools

EN = Options(lang=Lang.EN, printed_on=PRINTED)


def _mixed() -> list:
    return [registration(1, person(1, "Amy Came", org=ORG_A)),
            registration(2, person(2, "Ben Absent", org=ORG_A), attended=False),
            registration(3, person(3, "Cat Walkin", org=ORG_B, category=PersonCategory.STUDENT),
                         walk_in=True),
            registration(4, person(4, "Dan Came", org=ORG_B, category=PersonCategory.STUDENT)),
            registration(5, person(5, "Eve Absent", org=None, category=PersonCategory.STUDENT),
                         attended=False)]


def test_figures_count_registered_attended_no_shows_and_walk_ins() -> None:
    figures = AttendanceReport(sheet_of(_mixed()), EN).figures()
    t = figures.total
    assert (t.registered, t.attended, t.no_shows, t.walk_ins, t.rate) == (4, 3, 2, 1, "50%")
    students = figures.categories[PersonCategory.STUDENT]
    assert (students.registered, students.attended, students.no_shows, students.walk_ins) == \
        (2, 2, 1, 1)
    assert figures.organisations["No organisation"].no_shows == 1


def test_report_pdf_has_summary_chart_breakdowns_and_list(tmp_path: Path) -> None:
    pdf = read_pdf(AttendanceReport(sheet_of(_mixed()), EN).render(), tmp_path)
    order = pdf.order_of(["Attendance report", "Summary", "Attendance by category", "Student",
                          "Attendance by organisation", "Participant list", "Amy Came",
                          "Ben Absent", "Cat Walkin"])
    assert -1 not in order and order == sorted(order)
    listed = pdf.flat[pdf.flat.find("Participantlist"):]
    assert "BenAbsentIntellectualPropertyDepartmentNo-show" in listed
    assert "CatWalkinGuangdongIntellectualPropertyOfficeWalk-in" in listed
    # the chart is drawn with the embedded font: its legend and axis labels are text
    assert pdf.text.count("Registered") >= 3


def test_multi_day_attendance_by_day(tmp_path: Path) -> None:
    days = (date(2017, 6, 2), date(2017, 6, 3))
    regs = [registration(1, person(1), days=days), registration(2, person(2), days=days[:1]),
            registration(3, person(3), attended=False)]
    pdf = read_pdf(AttendanceReport(sheet_of(regs, days=2), EN).render(), tmp_path)
    assert "Attendance by day" in pdf.text
    assert "2June20172" in pdf.flat and "3June20171" in pdf.flat


def test_demo_report_in_simplified_chinese(demo_db: Database, tmp_path: Path) -> None:
    options = Options(lang=Lang.ZH_CN, printed_on=PRINTED)
    pdf = read_pdf(documents.attendance_report(demo_db, 18, options), tmp_path)
    assert "出席报告" in pdf.text and "按类别统计出席" in pdf.text and "第1页" in pdf.flat


def test_empty_event_report(tmp_path: Path) -> None:
    pdf = read_pdf(AttendanceReport(sheet_of([]), EN).render(), tmp_path)
    assert "Nobody on the list yet." in pdf.text


def test_shrink_to_fit_down_to_the_minimum_then_wrap() -> None:
    size, lines = shrink("Amy Wong", 15, 200)
    assert (size, lines) == (15, ["Amy Wong"])
    size, lines = shrink("Alexandrina Wilhelmina Montgomery", 15, 120)
    assert MIN_SIZE < size < 15 and len(lines) == 1
    size, lines = shrink("Alexandrina Wilhelmina Montgomery-Fitzwilliam " * 3, 15, 120)
    assert size == MIN_SIZE and len(lines) == 2 and lines[-1].endswith("…")
    size, lines = shrink("歐陽司馬諸葛上官皇甫夏侯令狐長孫慕容尉遲" * 2, 20, 60)
    assert size == MIN_SIZE and len(lines) == 2


def test_badges_one_per_person_eight_per_page(tmp_path: Path) -> None:
    regs = [registration(n, person(n, f"Badge {n:03d}", "徽章", ORG_A)) for n in range(1, 20)]
    regs.append(registration(20, person(20, "<b>& Very Long Name Montgomery-Fitzwilliam-Habsburg",
                                        "歐陽司馬諸葛上官皇甫夏侯令狐"),
                             role=RegistrationRole.SPEAKER))
    pdf = read_pdf(Badges(sheet_of(regs), EN).render(), tmp_path)
    assert sheet("L7165").per_page == 8
    assert len(pdf.pages) == 3
    for n in range(1, 20):
        assert f"Badge{n:03d}" in pdf.flat
    assert "<b>&VeryLong" in pdf.flat and "Speaker" in pdf.text
    # a QR code per badge, drawn as vector modules (hundreds of filled squares per badge)
    first_page = pdf.reader.pages[0].get_contents().get_data()
    assert first_page.count(b" re") > 8 * 100
    assert b"CODE00000001" not in pdf.data  # the code is in the QR modules, not printed as text


def test_demo_badges(demo_db: Database, tmp_path: Path) -> None:
    pdf = read_pdf(documents.badges(demo_db, 18, EN, layout="3x3"), tmp_path)
    assert len(pdf.pages) == -(-240 // 9)
    assert pdf.reader.metadata.title == "Name badges"


@pytest.mark.parametrize("layout", ["L7163"])
def test_other_label_sheet(layout: str, tmp_path: Path) -> None:
    regs = [registration(n, person(n)) for n in range(1, 16)]
    pdf = read_pdf(Badges(sheet_of(regs), EN, layout=layout).render(), tmp_path)
    assert len(pdf.pages) == 2


def test_badge_qr_codes_scan_back_to_the_check_in_codes(tmp_path: Path) -> None:
    import subprocess

    need_tools("pdftoppm", "zbarimg")
    regs = [registration(n, person(n, f"Scan {n}")) for n in range(1, 5)]
    (tmp_path / "badges.pdf").write_bytes(Badges(sheet_of(regs), EN).render())
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(tmp_path / "badges.pdf"),
                    str(tmp_path / "page")], check=True)
    result = subprocess.run(["zbarimg", "-q", "--raw", *map(str, sorted(tmp_path.glob("page*.png")))],
                            capture_output=True, text=True)
    assert sorted(result.stdout.split()) == [f"CODE{n:08d}" for n in range(1, 5)]
