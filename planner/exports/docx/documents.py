"""One call per Word document, as planner.exports.pdf.documents has for the PDFs."""

from __future__ import annotations

from planner.domain.progress import Progress
from planner.exports.docx.annual_report import annual_report_docx
from planner.exports.docx.itinerary import itinerary_docx, programme_itinerary_docx
from planner.exports.pdf.template import Options
from planner.store import document_queries
from planner.store.database import Database


def itinerary(db: Database, delegation_id: int, options: Options | None = None,
              progress: Progress | None = None, *, page_per_day: bool = False) -> bytes:
    with db.read() as session:
        book = document_queries.delegation_book(session, delegation_id)
    return itinerary_docx(book, options, progress, page_per_day=page_per_day)


def programme_itinerary(db: Database, programme_id: int, options: Options | None = None,
                        progress: Progress | None = None, *, page_per_day: bool = False) -> bytes:
    with db.read() as session:
        book = document_queries.programme_book(session, programme_id)
    return programme_itinerary_docx(book, options, progress, page_per_day=page_per_day)


def annual_report(db: Database, year: str, options: Options | None = None,
                  progress: Progress | None = None) -> bytes:
    with db.read() as session:
        items = document_queries.report_items(session, year)
    return annual_report_docx(year, items, options, progress)
