"""Boundary-crossing lists, catering lists and the annual progress report."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select, update

from planner.exports.pdf import documents
from planner.exports.pdf.catering import CateringList
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store.database import Database
from planner.store.models import (
    Delegation,
    DelegationMember,
    Person,
    PersonSensitive,
    Registration,
    TravelDocument,
)
from tests.documents.pdf_helpers import ORG_A, PRINTED, person, read_pdf

EN = Options(lang=Lang.EN, printed_on=PRINTED)


def _students(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(Delegation.id).where(
            Delegation.name_en.contains("students' copyright exchange delegation to Zhongshan")))


def _numbers_and_births(db: Database, delegation_id: int) -> tuple[list[str], list[str]]:
    with db.read() as session:
        people = select(DelegationMember.person_id).where(
            DelegationMember.delegation_id == delegation_id)
        numbers = session.scalars(select(TravelDocument.number)
                                  .where(TravelDocument.person_id.in_(people))).all()
        births = session.scalars(select(PersonSensitive.date_of_birth)
                                 .where(PersonSensitive.person_id.in_(people))).all()
    return list(numbers), [b.isoformat() for b in births if b]


def test_crossing_list_withholds_document_numbers_and_birth_dates(demo_db: Database,
                                                                  tmp_path: Path) -> None:
    ident = _students(demo_db)
    numbers, births = _numbers_and_births(demo_db, ident)
    assert len(numbers) == 18 and len(births) == 16
    pdf = read_pdf(documents.crossing_list(demo_db, ident, EN), tmp_path)
    assert not any(n in pdf.flat for n in numbers)
    assert not re.search(r"Document number(?!s)", pdf.text) and "Date of birth" not in pdf.text
    assert "Document numbers are withheld" in pdf.text
    assert pdf.text.count("Home Return Permit") == 18
    assert pdf.text.count("●") == 16  # the minors are marked, their birth dates are not printed
    assert "China Ferry Terminal" in pdf.text and "Zhongshan Port" in pdf.text


def test_crossing_list_with_numbers_when_the_organiser_includes_them(demo_db: Database,
                                                                     tmp_path: Path) -> None:
    ident = _students(demo_db)
    numbers, births = _numbers_and_births(demo_db, ident)
    pdf = read_pdf(documents.crossing_list(demo_db, ident, EN, include_numbers=True), tmp_path)
    assert all(n in pdf.flat for n in numbers)
    assert "Date of birth" not in pdf.text
    both = read_pdf(documents.crossing_list(demo_db, ident, EN, include_numbers=True,
                                            include_birth_dates=True), tmp_path)
    assert "Date of birth" in both.text


def test_catering_counts_and_names_by_need(tmp_path: Path) -> None:
    people = [person(1, "Amy", dietary_needs="Vegetarian"),
              person(2, "Ben", dietary_needs="vegetarian "),
              person(3, "Cat", dietary_needs="Halal", access_needs="Wheelchair"),
              person(4, "Dan", org=ORG_A),
              person(5, "Eve", dietary_needs="不吃豬肉"), person(6, "Fay", dietary_needs="不吃猪肉"),
              person(7, "Gus", dietary_needs="不吃 猪肉")]
    doc = CateringList("Test seminar", "2 June 2017", people, EN)
    groups = doc.groups("dietary_needs")
    assert [(k, len(v)) for k, v in groups.items()] == [
        ("不吃豬肉", 3), ("Vegetarian", 2), ("Halal", 1), ("", 1)]
    pdf = read_pdf(doc.render(), tmp_path)
    order = pdf.order_of(["Dietary needs", "不吃豬肉3", "Vegetarian2", "Halal1", "No special needs1",
                          "Total7", "Access needs", "Wheelchair1", "No special needs6"])
    assert -1 not in order and order == sorted(order)


def test_catering_for_a_demo_event_in_traditional(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as session:
        first = session.scalar(select(Registration.person_id).where(Registration.event_id == 18)
                               .order_by(Registration.id).limit(1))
        session.execute(update(Person).where(Person.id == first).values(dietary_needs="素食"))
        vegetarians = session.scalar(
            select(func.count()).select_from(Registration).join(Person)
            .where(Registration.event_id == 18, Person.dietary_needs == "素食"))
    assert vegetarians and vegetarians > 1  # the demo's own, and the one set here
    options = Options(lang=Lang.ZH_HK, printed_on=PRINTED)
    pdf = read_pdf(documents.catering_for_event(demo_db, 18, options), tmp_path)
    assert "膳食需要" in pdf.text and f"素食{vegetarians}" in pdf.flat and "總數240" in pdf.flat
    pdf = read_pdf(documents.catering_for_delegation(demo_db, _students(demo_db), EN), tmp_path)
    assert "Total18" in pdf.flat


def test_annual_report_2016_17(demo_db: Database, tmp_path: Path) -> None:
    pdf = read_pdf(documents.annual_report(demo_db, "2016-17", EN), tmp_path)
    flat = pdf.flat
    order = [flat.find(f"Item{n}.") for n in range(1, 25)]
    assert -1 not in order and order == sorted(order)
    # chosen by the item's year: July 2017 activities belong to 2016-17
    assert "12July2017" in flat and "18July2017" in flat
    # a month is printed as a month, never as a made-up day
    assert "June 2017" in pdf.text and "1 June 2017" not in pdf.text
    # confidential operations only in aggregate: no title, no exact dates of any of them
    # (the published narrative names one operation; the events table never lists them)
    assert "Joint enforcement operation" not in pdf.text
    assert "Enforcement operation" not in pdf.text and "11July2016" not in flat
    assert "5 confidential operations (July 2016 – June 2017)" in pdf.text.replace("\n", " ")
    # typed figures and figures computed from the data
    assert "HK$13,880,000" in pdf.text and "14.5%" in pdf.text and "2,400" in pdf.text
    assert pdf.reader.metadata.title == "Annual progress report 2016-17"


def test_annual_report_in_simplified_chinese(demo_db: Database, tmp_path: Path) -> None:
    options = Options(lang=Lang.ZH_CN, printed_on=PRINTED)
    pdf = read_pdf(documents.annual_report(demo_db, "2016-17", options), tmp_path)
    assert "粤港知识产权交流合作进展" in pdf.flat and "第24项" in pdf.flat and "（新增项目）" in pdf.flat
    assert "2017年6月" in pdf.text and "保密行动5次" in pdf.flat
