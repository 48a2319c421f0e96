"""Every printed document Planner makes, in the order the File > Export menu lists them.

The PDF and Word modules are imported when a document is made: reportlab, its fonts and
python-docx cost about half a second of start-up that most sessions never need.
"""

from __future__ import annotations

from typing import Any

from planner.domain.kinds import RecordKind
from planner.domain.progress import Progress
from planner.operations.documents.options import (
    BIRTH_DATES,
    BLANK_ROWS,
    DAYS,
    DOCUMENT_NUMBERS,
    GROUPING,
    LAYOUT,
    PAGE_PER_DAY,
    YEAR,
)
from planner.operations.documents.registry import Document, Request, register
from planner.store.database import Database

EVENT, DELEGATION, PROGRAMME = RecordKind.EVENT, RecordKind.DELEGATION, RecordKind.PROGRAMME
ATTENDANCE_HELP = "an event's sign-in sheet, attendance report or name badges (PDF)"


def _module(request: Request) -> Any:
    """The module that makes the requested format: the PDFs, or the Word copies."""
    if request.format == "docx":
        from planner.exports.docx import documents as word

        return word
    from planner.exports.pdf import documents as pdf

    return pdf


def _ident(request: Request) -> int:
    assert request.target is not None, "this document is about a record"
    return request.target.ident


def _itinerary(db: Database, request: Request, progress: Progress | None) -> bytes:
    module = _module(request)
    assert request.target is not None
    make = module.programme_itinerary if request.target.kind is PROGRAMME else module.itinerary
    return make(db, request.target.ident, request.page_options(), progress,
                page_per_day=request.values["page_per_day"])


def _sign_in_sheet(db: Database, request: Request, progress: Progress | None) -> bytes:
    from planner.exports.pdf.sign_in import Grouping

    values = request.values
    return _module(request).sign_in_sheet(
        db, _ident(request), request.page_options(), progress,
        grouping=Grouping(values["grouping"]), blank_rows=values["blank_rows"],
        days=values["day"])


def _attendance_report(db: Database, request: Request, progress: Progress | None) -> bytes:
    return _module(request).attendance_report(db, _ident(request), request.page_options(),
                                              progress)


def _badges(db: Database, request: Request, progress: Progress | None) -> bytes:
    return _module(request).badges(db, _ident(request), request.page_options(), progress,
                                   layout=request.values["layout"])


def _crossing_list(db: Database, request: Request, progress: Progress | None) -> bytes:
    return _module(request).crossing_list(
        db, _ident(request), request.page_options(), progress,
        include_numbers=request.values["document_numbers"],
        include_birth_dates=request.values["birth_dates"])


def _catering(db: Database, request: Request, progress: Progress | None) -> bytes:
    module = _module(request)
    assert request.target is not None
    make = module.catering_for_event if request.target.kind is EVENT \
        else module.catering_for_delegation
    return make(db, request.target.ident, request.page_options(), progress)


def _annual_report(db: Database, request: Request, progress: Progress | None) -> bytes:
    return _module(request).annual_report(db, request.values["year"], request.page_options(),
                                          progress)


ITINERARY = register(Document(
    "itinerary", "Itinerary", (DELEGATION, PROGRAMME), (PAGE_PER_DAY,), _itinerary,
    "itinerary", "a delegation's or programme's itinerary (PDF or Word)",
    formats=("pdf", "docx"), action="itinerary",
    menu={"pdf": "&Itinerary (PDF)…", "docx": "Itinerary as a &Word copy (.docx)…"},
    target_help={PROGRAMME: "every leg of an exchange programme"}))
CROSSING_LIST = register(Document(
    "crossing_list", "Boundary-crossing list", (DELEGATION,), (DOCUMENT_NUMBERS, BIRTH_DATES),
    _crossing_list, "crossing", "a delegation's boundary-crossing name list (PDF)",
    action="crossing", menu={"pdf": "&Boundary-crossing list (PDF)…"}))
SIGN_IN_SHEET = register(Document(
    "sign_in_sheet", "Sign-in sheet", (EVENT,), (GROUPING, BLANK_ROWS, DAYS), _sign_in_sheet,
    "attendance", ATTENDANCE_HELP, variant="sheet", action="sign_in",
    menu={"pdf": "Si&gn-in sheet (PDF)…"}))
ATTENDANCE_REPORT = register(Document(
    "attendance_report", "Attendance report", (EVENT,), (), _attendance_report, "attendance",
    ATTENDANCE_HELP, variant="report", action="attendance",
    menu={"pdf": "&Attendance report (PDF)…"}))
BADGES = register(Document(
    "badges", "Name badges", (EVENT,), (LAYOUT,), _badges, "attendance", ATTENDANCE_HELP,
    variant="badges", action="badges", menu={"pdf": "Name ba&dges (PDF)…"}))
CATERING = register(Document(
    "catering", "Catering list", (EVENT, DELEGATION), (), _catering, "catering",
    "dietary and access needs of an event or delegation (PDF)", action="catering",
    menu={"pdf": "Ca&tering list (PDF)…"}))
ANNUAL_REPORT = register(Document(
    "annual_report", "Annual progress report", (), (YEAR,), _annual_report, "report",
    "the annual progress report of a year (PDF or Word)", formats=("pdf", "docx"),
    action="report", menu={"pdf": "Annual &progress report (PDF)…",
                           "docx": "Annual progress report as a Wo&rd copy (.docx)…"}))
