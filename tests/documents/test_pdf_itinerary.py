"""Itineraries: cover, days in order with repeated day headers, members; programmes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from planner.domain.enums import MemberRole, MemberStatus
from planner.exports.pdf import documents
from planner.exports.pdf.itinerary import Itinerary
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store import document_queries
from planner.store.database import Database
from planner.store.document_queries import MemberLine
from planner.store.models import Delegation, ExchangeProgramme
from tests.documents.pdf_helpers import PRINTED, delegation_book, itinerary_item, person, read_pdf

EN = Options(lang=Lang.EN, printed_on=PRINTED)


def _delegation(db: Database, fragment: str) -> int:
    with db.read() as session:
        return session.scalar(select(Delegation.id).where(Delegation.name_en.contains(fragment)))


def test_demo_delegation_itinerary(demo_db: Database, tmp_path: Path) -> None:
    ident = _delegation(demo_db, "Vipshop")
    with demo_db.read() as session:
        book = document_queries.delegation_book(session, ident)
    pdf = read_pdf(documents.itinerary(demo_db, ident, EN), tmp_path)
    d = book.delegation
    leader = next(m for m in book.members if m.role == MemberRole.LEADER)
    cover = pdf.page_flat(0)
    for text in ("Itinerary", d.name_en, "Emergency contacts", d.contacts[0].name,
                 leader.person.name_en, "16 December 2016"):
        assert text.replace(" ", "") in cover, text
    titles = [i.title_en for i in sorted(d.itinerary, key=lambda i: i.schedule.utc_bounds())]
    order = pdf.order_of(["Day 1", *titles, "Member list"])
    assert -1 not in order and order == sorted(order)
    assert book.members[-1].person.name_en.replace(" ", "") in pdf.page_flat(len(pdf.pages) - 1)
    assert pdf.reader.metadata.title == "Itinerary"
    assert pdf.reader.metadata.subject == d.name_en


def test_month_precision_prints_only_the_month(demo_db: Database, tmp_path: Path) -> None:
    ident = _delegation(demo_db, "students' copyright exchange delegation to Zhongshan")
    pdf = read_pdf(documents.itinerary(demo_db, ident, EN), tmp_path)
    cover = pdf.pages[0]
    assert "April 2017" in cover and "19 April 2017" not in cover
    assert "Control point: China Ferry Terminal" in pdf.text.replace("\n", " ")
    # minors are on the member list, but nothing about their birth dates or guardians
    assert "Date of birth" not in pdf.text and "Guardian" not in pdf.text


def test_long_day_repeats_its_header_marked_continued(tmp_path: Path) -> None:
    items = [itinerary_item(n, 19, 7) for n in range(1, 201)]
    pdf = read_pdf(Itinerary(delegation_book(items), EN).render(), tmp_path)
    day_pages = [n for n, text in enumerate(pdf.pages) if "Day 1" in text]
    assert len(day_pages) >= 5
    assert "(continued)" not in pdf.pages[day_pages[0]]
    for n in day_pages[1:]:
        assert "(continued)" in pdf.pages[n] and "Activity" in pdf.pages[n]
    order = pdf.order_of([f"Activity {n:04d}" for n in range(1, 201)])
    assert -1 not in order and order == sorted(order)


def test_page_break_per_day(tmp_path: Path) -> None:
    items = [itinerary_item(1, 19, 9), itinerary_item(2, 19, 11), itinerary_item(3, 20, 9),
             itinerary_item(4, 21, 9)]
    doc = Itinerary(delegation_book(items), EN, page_per_day=True)
    pdf = read_pdf(doc.render(), tmp_path)
    starts = [n for n, t in enumerate(pdf.pages) if any(f"Day {d}" in t for d in (1, 2, 3))]
    assert len(starts) == 3 and len(set(starts)) == 3
    together = read_pdf(Itinerary(delegation_book(items), EN).render(), tmp_path)
    assert len(together.pages) < len(pdf.pages)


def test_members_leaders_first_then_by_name(tmp_path: Path) -> None:
    members = (MemberLine(person(1, "Zed Member", "甲"), MemberRole.MEMBER, MemberStatus.CONFIRMED),
               MemberLine(person(2, "Yan Leader", "乙"), MemberRole.LEADER, MemberStatus.CONFIRMED),
               MemberLine(person(3, "Amy Member", "丙"), MemberRole.MEMBER, MemberStatus.CONFIRMED))
    pdf = read_pdf(Itinerary(delegation_book([], members), EN).render(), tmp_path)
    listed = pdf.flat[pdf.flat.find("Memberlist"):]
    order = [listed.find(n) for n in ("YanLeader", "AmyMember", "ZedMember")]
    assert -1 not in order and order == sorted(order)
    assert "No itinerary items yet." in pdf.text


def test_programme_itinerary_has_every_leg(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.read() as session:
        ident = session.scalar(select(ExchangeProgramme.id).where(
            ExchangeProgramme.title_en.contains("Secondary School Students")))
        book = document_queries.programme_book(session, ident)
    options = Options(lang=Lang.ZH_CN, printed_on=PRINTED)
    pdf = read_pdf(documents.programme_itinerary(demo_db, ident, options), tmp_path)
    legs = [leg.delegation.name_zh_hans for leg in book.legs]
    assert len(legs) == 2
    order = pdf.order_of([book.programme.title_zh_hans, *legs, "团员名单"])
    assert -1 not in order and order == sorted(order)
    assert "交流活动行程表" in pdf.text
