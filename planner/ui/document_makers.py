"""What makes each document, by name: the PDF and Word modules (imported on first use), the
document's own choices passed to them, and the document's name in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from planner.domain.progress import Progress
from planner.store.database import Database
from planner.ui.text import tr

if TYPE_CHECKING:
    from planner.exports.pdf.template import Options
    from planner.ui.dialogs.document_options import DocumentChoices


def documents() -> Any:
    """The document exporters, imported on first use: reportlab and its fonts cost about
    0.4 s of start-up that most sessions never need."""
    from planner.exports.pdf import documents as module

    return module


def maker(name: str, ident: int, choices: DocumentChoices,
           options: Options) -> Callable[[Database, Progress], bytes]:
    """An event's or delegation's PDF with the choices that document has; printing travel
    document numbers or dates of birth is recorded in the audit log, as the CLI does."""
    make = getattr(documents(), name)
    if name == "sign_in_sheet":
        from planner.exports.pdf.sign_in import Grouping

        return lambda db, progress: make(db, ident, options, progress,
                                         grouping=Grouping(choices.grouping),
                                         blank_rows=choices.blank_rows)
    if name == "badges":
        return lambda db, progress: make(db, ident, options, progress, layout=choices.layout)
    if name == "crossing_list":
        def crossing(db: Database, progress: Progress) -> bytes:
            from planner.operations.participants import audit

            data = make(db, ident, options, progress, include_numbers=choices.document_numbers,
                        include_birth_dates=choices.birth_dates)
            if choices.sensitive_fields:
                with db.write() as session:
                    audit.record(session, "export_sensitive", "delegation", ident,
                                 document="crossing", fields=choices.sensitive_fields)
            return data

        return crossing
    return lambda db, progress: make(db, ident, options, progress)


def word_documents() -> Any:
    """The Word copies (python-docx), imported on first use like the PDFs."""
    from planner.exports.docx import documents as module

    return module


def document_kind(key: str) -> str:
    """What a file is, first in its suggested name, in the user's language."""
    return {
        "itinerary": tr("DocumentNames", "Itinerary"),
        "crossing_list": tr("DocumentNames", "Boundary-crossing list"),
        "sign_in_sheet": tr("DocumentNames", "Sign-in sheet"),
        "attendance_report": tr("DocumentNames", "Attendance report"),
        "badges": tr("DocumentNames", "Name badges"),
        "catering": tr("DocumentNames", "Catering list"),
        "annual_report": tr("DocumentNames", "Annual progress report"),
        "calendar": tr("DocumentNames", "Calendar"),
        "programme_calendar": tr("DocumentNames", "Programme calendar"),
    }[key]
