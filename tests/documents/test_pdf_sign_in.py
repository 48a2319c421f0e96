"""Sign-in sheets: order, grouping, repeated header, walk-in rows, edge cases, 2,000 people."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.domain.progress import Cancelled, Progress
from planner.exports.pdf import documents
from planner.exports.pdf.sign_in import Grouping, SignInSheet
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store import document_queries
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

EN = Options(lang=Lang.EN, printed_on=PRINTED)


def test_demo_seminar_sheet_lists_everyone_registered_in_name_order(demo_db: Database,
                                                                    tmp_path: Path) -> None:
    with demo_db.read() as session:
        event_id = _event_id(session, "Seminar on IP and the Development of SMEs")
        sheet = document_queries.event_sheet(session, event_id)
    pdf = read_pdf(documents.sign_in_sheet(demo_db, event_id, EN), tmp_path)
    names = sorted((r.person.name_en for r in sheet.registrations), key=_fold)
    positions = pdf.order_of(names)
    assert -1 not in positions and positions == sorted(positions)
    assert len(sheet.registrations) == 240
    assert f"Page 1 of {len(pdf.pages)}" in pdf.pages[0]
    assert pdf.reader.metadata.title == "Sign-in sheet"
    assert "Seminar" in pdf.reader.metadata.subject


def test_header_row_repeats_on_every_page_and_walk_in_rows_follow(tmp_path: Path) -> None:
    regs = [registration(n, person(n)) for n in range(1, 61)]
    pdf = read_pdf(SignInSheet(sheet_of(regs), EN, blank_rows=12).render(), tmp_path)
    assert len(pdf.pages) >= 3
    for text in pdf.pages:
        assert "Signature" in text and "Name (English)" in text
    numbers = [int(n) for n in re.findall(r"^(\d+)\s+Person", pdf.text, re.MULTILINE)]
    assert numbers == list(range(1, 61))
    assert pdf.flat.rfind("Person00060") < pdf.flat.rfind("Walk-ins")


def test_grouped_by_organisation(tmp_path: Path) -> None:
    regs = [registration(1, person(1, "Zoe Lam", "林柔", ORG_B)),
            registration(2, person(2, "Amy Ho", "何美", ORG_A)),
            registration(3, person(3, "Ben Yu", "余彬", ORG_B)),
            registration(4, person(4, "Cat Lo", "盧貓", None))]
    data = SignInSheet(sheet_of(regs), EN, grouping=Grouping.ORGANISATION).render()
    pdf = read_pdf(data, tmp_path)
    order = pdf.order_of(["Guangdong Intellectual Property Office", "Ben Yu", "Zoe Lam",
                          "Intellectual Property Department", "Amy Ho", "No organisation",
                          "Cat Lo", "Walk-ins"])
    assert -1 not in order and order == sorted(order)


def test_hong_kong_sheet_sorts_by_strokes_and_labels_in_traditional(tmp_path: Path) -> None:
    regs = [registration(n, person(n, f"P{n}", zh)) for n, zh in
            enumerate(["鍾一", "陳二", "王三", "黃四"], start=1)]
    options = Options(lang=Lang.ZH_HK, printed_on=PRINTED)
    pdf = read_pdf(SignInSheet(sheet_of(regs), options).render(), tmp_path)
    order = pdf.order_of(["王三", "陳二", "黃四", "鍾一"])
    assert -1 not in order and order == sorted(order)
    assert "簽名" in pdf.text and "簽到表" in pdf.text and "第1頁，共1頁" in pdf.flat


def test_markup_in_names_prints_as_is_and_names_are_not_recased(tmp_path: Path) -> None:
    regs = [registration(1, person(1, "<b>& Co", "陳<i>大文")),
            registration(2, person(2, "van der BERG Anna-Marie", "ＡＢＣ")),
            registration(3, person(3, "mcDONALD o'neil", None))]
    pdf = read_pdf(SignInSheet(sheet_of(regs), EN).render(), tmp_path)
    for name in ("<b>& Co", "陳<i>大文", "van der BERG Anna-Marie", "mcDONALD o'neil"):
        assert name.replace(" ", "") in pdf.flat


def test_very_long_and_mixed_script_names_wrap_instead_of_being_cut(tmp_path: Path) -> None:
    long_en = "Alexandrina Wilhelmina Montgomery-Fitzwilliam-Habsburg-Lothringen von Sachsen"
    long_zh = "歐陽司馬諸葛上官皇甫夏侯令狐長孫慕容尉遲"
    regs = [registration(1, person(1, long_en, long_zh, ORG_A, position="Chief 首席 IP 顧問 " * 4))]
    pdf = read_pdf(SignInSheet(sheet_of(regs), EN).render(), tmp_path)
    assert long_en.replace(" ", "") in pdf.flat
    assert long_zh in pdf.flat


def test_empty_list_still_prints_header_and_walk_in_rows(tmp_path: Path) -> None:
    pdf = read_pdf(SignInSheet(sheet_of([]), EN).render(), tmp_path)
    assert len(pdf.pages) == 1
    assert "Signature" in pdf.text and "Walk-ins" in pdf.text


def test_one_person(tmp_path: Path) -> None:
    pdf = read_pdf(SignInSheet(sheet_of([registration(1, person(1, "Solo Person", "獨行"))]),
                               EN, blank_rows=0).render(), tmp_path)
    assert len(pdf.pages) == 1
    assert "SoloPerson" in pdf.flat and "Walk-ins" not in pdf.text


def test_multi_day_event_gets_one_signature_column_per_day(tmp_path: Path) -> None:
    regs = [registration(1, person(1))]
    pdf = read_pdf(SignInSheet(sheet_of(regs, days=5), EN).render(), tmp_path)
    # five days: two tables (three days, then two), each starting a page
    assert len(pdf.pages) == 2
    first, second = pdf.page_flat(0), pdf.page_flat(1)
    assert all(f"Signature{d}June2017" in first for d in (2, 3, 4))
    assert all(f"Signature{d}June2017" in second for d in (5, 6))
    assert "Signature2June2017" not in second


def test_two_thousand_people(tmp_path: Path) -> None:
    regs = [registration(n, person(n, f"Person {n:05d}", "測試人員", ORG_A if n % 2 else ORG_B))
            for n in range(1, 2001)]
    steps: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, message: steps.append((done, total)))
    pdf = read_pdf(SignInSheet(sheet_of(regs), EN, progress, blank_rows=0).render(), tmp_path)
    numbers = [int(n) for n in re.findall(r"^(\d+)\s+Person", pdf.text, re.MULTILINE)]
    assert numbers == list(range(1, 2001))
    pages = len(pdf.pages)
    counts = [len(re.findall(r"^\d+\s+Person", t, re.MULTILINE)) for t in pdf.pages]
    first, full = counts[0], set(counts[1:-1])
    assert len(full) == 1  # after the first page (which has the title) every page is full
    assert pages == 1 + -(-(2000 - first) // full.pop())
    assert f"Page {pages} of {pages}" in pdf.pages[-1]
    assert steps and steps[-1][0] == steps[-1][1]
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_cancelling_stops_the_document() -> None:
    progress = Progress()
    progress.cancel()
    regs = [registration(n, person(n)) for n in range(1, 500)]
    with pytest.raises(Cancelled):
        SignInSheet(sheet_of(regs), EN, progress).render()


def _event_id(session, fragment: str) -> int:  # noqa: ANN001
    from sqlalchemy import select

    from planner.store.models import Event

    return session.scalar(select(Event.id).where(Event.title_en.contains(fragment)))


def _fold(name: str) -> str:
    return re.sub(r"[\W_]+", " ", name.casefold()).strip()
