"""Participant commands: `import people`, `export people`, `people erase|purge`,
`people check-in|check-out`. See docs/cli.md."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any, TextIO

from planner.cli import arguments
from planner.cli.context import EXIT_OK, EXIT_REFUSED, CommandGroups, Context
from planner.cli.output import check_destination, print_json, write_file
from planner.domain.errors import Problem
from planner.domain.schedule import from_utc_naive
from planner.i18n import render
from planner.imports.people import (
    FIELDS,
    IGNORE,
    apply_overrides,
    column_letter,
    parse_overrides,
    read_people_file,
)
from planner.operations import participants as ops
from planner.operations.participants import Action, ImportPlan, ImportRefused, Target


def add_commands(groups: CommandGroups) -> None:
    _add_import(groups.imports.add_parser(
        "people", help="import a participant list (.xlsx, .csv, .tsv)"))
    _add_export(groups.export.add_parser(
        "people", help="write an event's participant list (.xlsx or .csv)"))
    people = groups.root.add_parser("people", help="privacy: erase a person, purge old data")
    sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    erase = sub.add_parser("erase", help="remove a person's personal data for good")
    erase.add_argument("id", type=arguments.record_id)
    erase.set_defaults(handler=run_erase)
    purge = sub.add_parser("purge", help="erase the people of events and trips that all "
                           "ended before a date")
    purge.add_argument("--before", type=_date, required=True, metavar="DATE")
    purge.set_defaults(handler=run_purge)
    for name, verb in (("check-in", "in"), ("check-out", "out")):
        attend = sub.add_parser(name, help=f"check a registration {verb} (the desk's "
                                "check-in; past attendance with --at)")
        attend.add_argument("id", type=arguments.record_id, metavar="REGISTRATION_ID")
        attend.add_argument("--at", type=_local_moment, metavar='"YYYY-MM-DD HH:MM"',
                            help="when, on the event's clock (from a signed sheet); default: "
                            "now while the event is on, else its start (end for check-out) "
                            "on its first day")
        attend.set_defaults(handler=run_attendance, leaving=verb == "out")


def _add_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the list; its format and encoding are "
                        "detected (UTF-8, UTF-16, Big5-HKSCS, GB18030)")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--event", type=arguments.record_id, metavar="ID", help="register them for this event")
    target.add_argument("--delegation", type=arguments.record_id, metavar="ID",
                        help="add them as members of this delegation")
    parser.add_argument("--dry-run", action="store_true", help="show the report, write nothing")
    parser.add_argument("--strict", action="store_true",
                        help="any invalid row refuses the whole file")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: first)")
    parser.add_argument("--mapping", nargs="+", action="extend", default=[],
                        metavar="COL=FIELD", help="map a column (heading, letter or number) "
                        f"to a field, or to {IGNORE}; fields: {', '.join(FIELDS)}")
    parser.add_argument("--header-row", type=arguments.header_row, metavar="N",
                        help="the row with the headings (0: none); default: detected")
    parser.add_argument("--duplicates", choices=[d.value for d in ops.Duplicates],
                        default="merge", help="a row matching someone already in the "
                        "database: use that person (merge, the default), keep both, or skip")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run_import)


def _add_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event", type=arguments.record_id, required=True, metavar="ID")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="FILE.xlsx or FILE.csv (UTF-8 with BOM)")
    parser.add_argument("--columns", nargs="+", action="extend", metavar="COLUMN",
                        help="columns in order (default: "
                        f"{','.join(ops.exporting.sheets.DEFAULT_COLUMNS)}); all: "
                        f"{','.join(ops.exporting.sheets.COLUMNS)}")
    parser.add_argument("--include-sensitive", action="store_true",
                        help="write e-mails, phones, birth dates ... unmasked (audited)")
    parser.set_defaults(handler=run_export)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _local_moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is not None:
        raise argparse.ArgumentTypeError(
            f"not a date and time on the event's clock (YYYY-MM-DD HH:MM): {text}")
    return moment


def run_attendance(ctx: Context) -> int:
    args = ctx.args
    op = ops.check_out if args.leaving else ops.check_in
    with ctx.database() as db:
        with db.write() as session:
            at = None if args.at is None else \
                ops.attendance.from_event_clock(session, args.id, args.at)
            row = op(session, args.id, at=at).value
            zone = ops.attendance.event_zone(session, args.id)
    moment = row.checked_out_at if args.leaving else row.checked_in_at
    name = " ".join(n for n in (row.person.name_en, row.person.name_zh) if n) \
        or f"#{row.person.id}"
    local = from_utc_naive(moment, zone) if moment else None
    ctx.out.write(f"{name}: registration {row.registration_id} checked "
                  f"{'out' if args.leaving else 'in'} on {row.day.isoformat()}"
                  + (f" at {local:%H:%M} ({zone})" if local else "") + "\n")
    return EXIT_OK


def run_import(ctx: Context) -> int:
    args = ctx.args
    table = read_people_file(args.file, sheet=args.sheet, header_line=args.header_row)
    target = Target.event(args.event) if args.event else \
        Target.delegation(args.delegation) if args.delegation else Target()
    with ctx.database() as db:
        with db.read() as session:
            preview = ops.preview_import(session, table)
        mapping = apply_overrides(preview.mapping, parse_overrides(args.mapping, table.headers))
        options: dict[str, Any] = {"duplicates": args.duplicates}
        if args.dry_run:
            with db.read() as session:
                plan = ops.plan_import(session, table, mapping, target, strict=args.strict,
                                       **options)
            refused = (args.strict and (plan.counts.rejected or plan.mixed_lines)) \
                or not plan.writes_anything
            _report(ctx, plan, written=False, dry_run=True)
            return EXIT_REFUSED if refused else EXIT_OK
        try:
            with db.write() as session:
                outcome = ops.import_people(session, table, mapping, target, strict=args.strict,
                                            **options)
        except ImportRefused as exc:
            _report(ctx, exc.plan, written=False, dry_run=False)
            raise
    _report(ctx, outcome.value.plan, written=True)
    return EXIT_OK


def _report(ctx: Context, plan: ImportPlan, *, written: bool, dry_run: bool = False) -> None:
    if ctx.args.json:
        print_json(_plan_json(plan, written), ctx.out)
        return
    out = ctx.out
    out.write(_describe_source(plan) + "\n")
    heads = plan.headers
    out.write("columns: " + ", ".join(
        f"{column_letter(i)} {heads[i] if i < len(heads) else ''} -> {f}".replace("  ", " ")
        for i, f in sorted(plan.mapping.items())) + "\n")
    for row in plan.rows:
        messages = [render(p) for p in row.problems] if row.problems else \
            [render(p) for p in row.notes]
        if messages:
            verdict = "rejected" if row.action == Action.REJECT else row.action.value
            if row.status and row.action != Action.REJECT:
                verdict += f", {row.status}"
            out.write(f"row {row.line} ({verdict}) {row.name}: {' '.join(messages)}\n")
    for warning in plan.warnings:
        out.write(f"warning: {render(warning)}\n")
    out.write(_summary(plan, written, dry_run) + "\n")


def _describe_source(plan: ImportPlan) -> str:
    parts = [f"{plan.file}: {plan.format}"]
    if plan.encoding:
        parts.append(f"encoding {plan.encoding}")
    if plan.delimiter:
        parts.append("delimiter " + {"\t": "tab"}.get(plan.delimiter, repr(plan.delimiter)))
    if plan.sheet:
        parts.append(f"sheet {plan.sheet!r}")
    parts.append(f"headings on row {plan.header_line}" if plan.header_line else "no headings")
    return ", ".join(parts)


def _summary(plan: ImportPlan, written: bool, dry_run: bool) -> str:
    c = plan.counts
    where = {"event": f"event {plan.target.id}", "delegation": f"delegation {plan.target.id}"
             }.get(plan.target.kind or "", "the people list")
    # A refused import is no dry run: it says so, and the error line below says why.
    verb = "imported into" if written else "dry run, nothing written; would import into" \
        if dry_run else "refused, nothing written; would have imported into"
    listed = f", {c.listed} listed" + (f" ({c.waitlisted} on the waiting list)"
                                      if c.waitlisted else "") if plan.target.kind else ""
    emails = f", {c.emails_left_out} invalid e-mail addresses left out" \
        if c.emails_left_out else ""
    return (f"{verb} {where}: {c.rows} rows, {c.created} new people, {c.merged} merged, "
            f"{c.skipped} skipped, {c.rejected} rejected, {c.new_organisations} new "
            f"organisations{listed}{emails}")


def _problems(items: tuple[Problem, ...]) -> list[dict[str, Any]]:
    return [{"code": p.code, "field": p.field, "message": render(p)} for p in items]


def _plan_json(plan: ImportPlan, written: bool) -> dict[str, Any]:
    return {"file": plan.file, "format": plan.format, "encoding": plan.encoding,
            "delimiter": plan.delimiter, "sheet": plan.sheet, "header_line": plan.header_line,
            "mapping": {column_letter(i): f for i, f in sorted(plan.mapping.items())},
            "target": {"kind": plan.target.kind, "id": plan.target.id}, "written": written,
            "counts": plan.counts.__dict__, "warnings": _problems(plan.warnings),
            "rows": [{"line": r.line, "name": r.name, "action": r.action.value,
                      "status": r.status, "match_id": r.match_id, "match_by": r.match_by,
                      "problems": _problems(r.problems), "notes": _problems(r.notes)}
                     for r in plan.rows]}


def run_export(ctx: Context) -> int:
    args = ctx.args
    fmt = ops.format_for(args.output)
    check_destination(args.output)  # refused before anything is read or audited
    with ctx.database() as db:
        with db.write() as session:
            result = ops.export_people(session, args.event, fmt, columns=args.columns,
                                       include_sensitive=args.include_sensitive)
    # After the audit entry is committed: a file on disk is always in the audit log (a write
    # the disk refuses leaves an entry for an export that did not happen, never the reverse).
    write_file(args.output, result.data)
    _say(ctx.err, f"wrote {result.rows} participants to {args.output} "
         f"({', '.join(result.columns)})")
    if result.sensitive_included:
        _say(ctx.err, "sensitive columns included unmasked (recorded in the audit log): "
             + ", ".join(result.sensitive_included))
    return EXIT_OK


def run_erase(ctx: Context) -> int:
    with ctx.database() as db:
        with db.write() as session:
            result = ops.erase_person(session, ctx.args.id)
        ops.scrub(db)
    ctx.out.write(f"erased person {ctx.args.id}; {result.registrations_kept} registrations "
                  "kept, counted anonymously\n")
    return EXIT_OK


def run_purge(ctx: Context) -> int:
    with ctx.database() as db:
        with db.write() as session:
            result = ops.purge_before(session, ctx.args.before)
        ops.scrub(db)
    ctx.out.write(f"erased {result.people} people whose events and trips all ended before "
                  f"{result.before.isoformat()}; {result.registrations_kept} registrations kept, "
                  "counted anonymously\n")
    return EXIT_OK


def _say(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")
