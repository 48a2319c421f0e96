"""Printed documents: `export itinerary|attendance|crossing|catering|report` (the itinerary and
the report also as Word copies, `--format docx`). See docs/cli.md."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from planner.cli import arguments
from planner.cli.context import EXIT_OK, CommandGroups, Context
from planner.cli.output import check_destination, write_file
from planner.domain.errors import PlannerError
from planner.exports.pdf import documents
from planner.exports.pdf.badges import sheet_names
from planner.exports.pdf.collation import NameOrder
from planner.exports.pdf.sign_in import Grouping
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.operations.participants import audit
from planner.store.database import Database

_YEAR = re.compile(r"^\d{4}-\d{2}$")


def add_commands(groups: CommandGroups) -> None:
    _itinerary(groups.export.add_parser("itinerary", help="a delegation's or programme's itinerary (PDF or Word)"))
    _attendance(groups.export.add_parser(
        "attendance", help="an event's sign-in sheet, attendance report or name badges (PDF)"))
    _crossing(groups.export.add_parser("crossing", help="a delegation's boundary-crossing name list (PDF)"))
    _catering(groups.export.add_parser("catering", help="dietary and access needs of an event or delegation (PDF)"))
    _report(groups.export.add_parser("report", help="the annual progress report of a year (PDF or Word)"))


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="where to write the PDF (written atomically); - for standard output")
    parser.add_argument("--lang", choices=[lang.value for lang in Lang], default=Lang.BI.value,
                        help="en, zh-hk (Traditional), zh-cn (Simplified) or bi (English with "
                        "Chinese, the default)")
    parser.add_argument("--order", choices=[o.value for o in NameOrder],
                        help="how names sort: english, stroke (Hong Kong) or pinyin (Guangdong); "
                        "default: stroke for zh-hk, pinyin for zh-cn, english otherwise")
    parser.add_argument("--printed", type=_date, metavar="DATE",
                        help="the print date in the footer (default: today)")


def _format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("pdf", "docx"),
                        help="pdf, or docx for a Word copy to edit (default: docx when the "
                        "output ends in .docx, else pdf)")


def _itinerary(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--delegation", type=arguments.record_id, metavar="ID")
    which.add_argument("--programme", type=arguments.record_id, metavar="ID", help="every leg of an exchange programme")
    parser.add_argument("--page-per-day", action="store_true", help="start each day on a new page")
    _format(parser)
    _common(parser)
    parser.set_defaults(handler=run_itinerary)


def _attendance(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event", type=arguments.record_id, metavar="ID", required=True)
    parser.add_argument("--kind", choices=("sheet", "report", "badges"), required=True)
    parser.add_argument("--group-by", choices=[g.value for g in Grouping], default="name",
                        help="sign-in sheet: one list by name, or grouped by organisation")
    parser.add_argument("--blank-rows", type=arguments.blank_rows, default=10, metavar="N",
                        help="sign-in sheet: empty rows for walk-ins at the end (default 10, "
                        f"at most {arguments.BLANK_ROWS_MAX})")
    parser.add_argument("--day", action="append", type=_date, metavar="DATE",
                        help="sign-in sheet: a day to sign for (repeatable; default: each day "
                        "of an event of up to a week with exact dates)")
    parser.add_argument("--layout", choices=sheet_names(), default="L7165",
                        help="badges: the A4 label sheet (default L7165, 8 per page)")
    _common(parser)
    parser.set_defaults(handler=run_attendance)


def _crossing(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--delegation", type=arguments.record_id, metavar="ID", required=True)
    parser.add_argument("--include-document-numbers", action="store_true",
                        help="print travel document numbers (withheld by default)")
    parser.add_argument("--include-birth-dates", action="store_true",
                        help="print dates of birth, minors' included (withheld by default)")
    _common(parser)
    parser.set_defaults(handler=run_crossing)


def _catering(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=arguments.record_id, metavar="ID")
    which.add_argument("--delegation", type=arguments.record_id, metavar="ID")
    _common(parser)
    parser.set_defaults(handler=run_catering)


def _report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, metavar="YYYY-YY", help="e.g. 2016-17")
    _format(parser)
    _common(parser)
    parser.set_defaults(handler=run_report)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _options(args: argparse.Namespace) -> Options:
    return Options(lang=Lang(args.lang), order=NameOrder(args.order) if args.order else None,
                   printed_on=args.printed)


def _write(ctx: Context, make: Callable[[Database, Options], bytes]) -> int:
    check_destination(ctx.args.output)  # before the document is made (and audited)
    with ctx.database() as db:
        data = make(db, _options(ctx.args))
    write_file(ctx.args.output, data)
    if ctx.args.output != "-":
        ctx.out.write(f"wrote {ctx.args.output} ({len(data):,} bytes)\n")
    return EXIT_OK


def _makers(args: argparse.Namespace) -> Any:
    """The module that makes the chosen format: PDF, or a Word copy (.docx)."""
    wanted = args.format or ("docx" if args.output.lower().endswith(".docx") else "pdf")
    if wanted == "docx":
        from planner.exports.docx import documents as word

        return word
    return documents


def run_itinerary(ctx: Context) -> int:
    a = ctx.args
    make = _makers(a)
    if a.programme is not None:
        return _write(ctx, lambda db, o: make.programme_itinerary(
            db, a.programme, o, page_per_day=a.page_per_day))
    return _write(ctx, lambda db, o: make.itinerary(
        db, a.delegation, o, page_per_day=a.page_per_day))


def run_attendance(ctx: Context) -> int:
    a = ctx.args
    if a.kind == "sheet":
        return _write(ctx, lambda db, o: documents.sign_in_sheet(
            db, a.event, o, grouping=Grouping(a.group_by), blank_rows=a.blank_rows, days=a.day))
    if a.kind == "report":
        return _write(ctx, lambda db, o: documents.attendance_report(db, a.event, o))
    return _write(ctx, lambda db, o: documents.badges(db, a.event, o, layout=a.layout))


def run_crossing(ctx: Context) -> int:
    a = ctx.args
    included = [name for name, on in (("document_numbers", a.include_document_numbers),
                                      ("birth_dates", a.include_birth_dates)) if on]

    def make(db: Database, options: Options) -> bytes:
        data = documents.crossing_list(db, a.delegation, options,
                                       include_numbers=a.include_document_numbers,
                                       include_birth_dates=a.include_birth_dates)
        if included:  # printing sensitive fields is recorded: who, when, what
            with db.write() as session:
                audit.record(session, "export_sensitive", "delegation", a.delegation,
                             document="crossing", fields=included)
        return data

    return _write(ctx, make)


def run_catering(ctx: Context) -> int:
    a = ctx.args
    if a.event is not None:
        return _write(ctx, lambda db, o: documents.catering_for_event(db, a.event, o))
    return _write(ctx, lambda db, o: documents.catering_for_delegation(db, a.delegation, o))


def run_report(ctx: Context) -> int:
    a = ctx.args
    if not _YEAR.match(a.year):
        raise PlannerError("invalid_choice", field="year", choices="YYYY-YY (e.g. 2016-17)")
    make = _makers(a)
    return _write(ctx, lambda db, o: make.annual_report(db, a.year, o))
