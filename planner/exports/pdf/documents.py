"""One call per printed document: read what it needs, lay it out, return the PDF bytes.

The command line, the desktop application (its preview) and the tests use these. Reading
happens in one short read session; layout happens after it, with progress and cancellation.
"""

from __future__ import annotations

from datetime import date

from planner.domain.enums import RegistrationStatus
from planner.domain.progress import Progress
from planner.exports.pdf.annual_report import AnnualReport
from planner.exports.pdf.attendance_report import AttendanceReport
from planner.exports.pdf.badges import Badges
from planner.exports.pdf.catering import CateringList
from planner.exports.pdf.crossing import CrossingList
from planner.exports.pdf.itinerary import Itinerary, ProgrammeItinerary
from planner.exports.pdf.sign_in import Grouping, SignInSheet
from planner.exports.pdf.template import Options
from planner.store import document_queries
from planner.store.database import Database


def itinerary(db: Database, delegation_id: int, options: Options | None = None,
              progress: Progress | None = None, *, page_per_day: bool = False) -> bytes:
    with db.read() as session:
        book = document_queries.delegation_book(session, delegation_id)
    return Itinerary(book, options, progress, page_per_day=page_per_day).render()


def programme_itinerary(db: Database, programme_id: int, options: Options | None = None,
                        progress: Progress | None = None, *, page_per_day: bool = False) -> bytes:
    with db.read() as session:
        book = document_queries.programme_book(session, programme_id)
    return ProgrammeItinerary(book, options, progress, page_per_day=page_per_day).render()


def sign_in_sheet(db: Database, event_id: int, options: Options | None = None,
                  progress: Progress | None = None, *, grouping: Grouping = Grouping.NAME,
                  blank_rows: int = 10, days: list[date] | None = None) -> bytes:
    with db.read() as session:
        sheet = document_queries.event_sheet(session, event_id)
    return SignInSheet(sheet, options, progress, grouping=grouping, blank_rows=blank_rows,
                       days=days).render()


def attendance_report(db: Database, event_id: int, options: Options | None = None,
                      progress: Progress | None = None) -> bytes:
    with db.read() as session:
        sheet = document_queries.event_sheet(session, event_id)
    return AttendanceReport(sheet, options, progress).render()


def badges(db: Database, event_id: int, options: Options | None = None,
           progress: Progress | None = None, *, layout: str = "L7165") -> bytes:
    with db.read() as session:
        sheet = document_queries.event_sheet(session, event_id, statuses=(RegistrationStatus.REGISTERED,))
    return Badges(sheet, options, progress, layout=layout).render()


def crossing_list(db: Database, delegation_id: int, options: Options | None = None,
                  progress: Progress | None = None, *, include_numbers: bool = False,
                  include_birth_dates: bool = False) -> bytes:
    with db.read() as session:
        book = document_queries.delegation_book(session, delegation_id, documents=True,
                                  include_numbers=include_numbers,
                                  include_birth_dates=include_birth_dates)
    return CrossingList(book, options, progress, include_numbers=include_numbers,
                        include_birth_dates=include_birth_dates).render()


def catering_for_event(db: Database, event_id: int, options: Options | None = None,
                       progress: Progress | None = None) -> bytes:
    with db.read() as session:
        sheet = document_queries.event_sheet(session, event_id, needs=True)
    e = sheet.event
    return CateringList.about((e.title_en, e.title_zh_hant, e.title_zh_hans), e.schedule,
                              [r.person for r in sheet.registrations], options, progress).render()


def catering_for_delegation(db: Database, delegation_id: int, options: Options | None = None,
                            progress: Progress | None = None) -> bytes:
    with db.read() as session:
        book = document_queries.delegation_book(session, delegation_id, needs=True)
    d = book.delegation
    return CateringList.about((d.name_en, d.name_zh_hant, d.name_zh_hans), d.schedule,
                              [m.person for m in book.members], options, progress).render()


def annual_report(db: Database, year: str, options: Options | None = None,
                  progress: Progress | None = None) -> bytes:
    with db.read() as session:
        items = document_queries.report_items(session, year)
    return AnnualReport(year, items, options, progress).render()
