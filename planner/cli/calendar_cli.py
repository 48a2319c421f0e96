"""Calendar commands: `export ical`, `import ical FILE`, and the `feeds` group. See docs/cli.md."""

from __future__ import annotations

import argparse
import os
import re
from datetime import date, timedelta
from pathlib import Path

from planner.cli import arguments, feeds_cli
from planner.cli.context import EXIT_OK, CommandGroups, Context
from planner.cli.output import check_destination, print_json, write_file
from planner.domain.errors import PlannerError
from planner.domain.schedule import zone
from planner.exports.ical import ExportOptions, export_ical
from planner.imports.ical import MAX_BYTES, ReadOptions, read_calendar
from planner.operations.calendars import ImportSummary, import_calendar
from planner.store.calendar_rows import CalendarScope

EXPORT_SCOPES = ("event", "delegation", "programme", "person", "organisation")
LANGUAGES = {"bilingual": "bilingual", "en": "en", "zh_HK": "zh_hant", "zh_CN": "zh_hans"}
_ALARM = re.compile(r"(\d+)([wdhm])")
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}


def add_commands(groups: CommandGroups) -> None:
    _add_export(groups.export.add_parser("ical", help="write an iCalendar (.ics) file"))
    _add_import(groups.imports.add_parser("ical", help="import events from an .ics file"))
    feeds_cli.add_feeds(groups.root)


def _add_export(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="the whole programme")
    for scope in EXPORT_SCOPES:
        which.add_argument(f"--{scope}", type=arguments.record_id, metavar="ID", help=f"one {scope}")
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE",
                        help="only items on or after this date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE",
                        help="only items on or before this date")
    parser.add_argument("--item", type=arguments.record_id, metavar="ID", help="only this co-operation item")
    parser.add_argument("--alarm", action="append", default=[], metavar="BEFORE",
                        help="a reminder this long before each item (1d, 2h, 30m); repeatable")
    parser.add_argument("--language", choices=tuple(LANGUAGES), default="bilingual",
                        help="language of titles and descriptions (default: English and Chinese)")
    parser.add_argument("--name", help="the calendar's name (X-WR-CALNAME)")
    parser.add_argument("-o", "--output", default="-", metavar="FILE",
                        help="where to write it; - (the default) for standard output")
    parser.set_defaults(handler=run_export)


def _add_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="an .ics file from Outlook, Google or Apple")
    parser.add_argument("--timezone", default="Asia/Hong_Kong", metavar="ZONE",
                        help="IANA zone for times without one, unless the file names one "
                        "(X-WR-TIMEZONE); default Asia/Hong_Kong")
    parser.add_argument("--territory", metavar="CC", help="region for Windows zone names "
                        "(HK maps 'China Standard Time' to Asia/Hong_Kong; default: CLDR's choice)")
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE",
                        help="first day of the window recurring events are expanded in")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day of it")
    parser.add_argument("--dry-run", action="store_true", help="report what would change only")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(handler=run_import)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def parse_alarm(text: str) -> timedelta:
    """'1d', '2h', '30m', '1h30m' -> a timedelta; PlannerError otherwise."""
    parts = _ALARM.findall(text.strip().lower())
    if not parts or "".join(n + u for n, u in parts) != text.strip().lower():
        raise PlannerError("bad_alarm", value=text)
    total = timedelta(**{_UNITS[u]: 0 for u in _UNITS})
    for number, unit in parts:
        total += timedelta(**{_UNITS[unit]: int(number)})
    if total <= timedelta(0):
        raise PlannerError("bad_alarm", value=text)
    return total


def export_scope(args: argparse.Namespace) -> CalendarScope:
    if args.all:
        return CalendarScope("all", None, args.start, args.end, args.item)
    kind = next(s for s in EXPORT_SCOPES if getattr(args, s) is not None)
    return CalendarScope(kind, getattr(args, kind), args.start, args.end, args.item)


def run_export(ctx: Context) -> int:
    args = ctx.args
    check_destination(args.output)
    options = ExportOptions(language=LANGUAGES[args.language],
                            alarms=tuple(parse_alarm(a) for a in args.alarm), name=args.name)
    with ctx.database() as db:
        with db.read() as session:
            data = export_ical(session, export_scope(args), options)
    if args.output == "-":
        write_bytes(ctx, data)
    else:
        write_file(args.output, data)
        ctx.out.write(f"wrote {data.count(b'BEGIN:VEVENT')} events to {args.output}\n")
    return EXIT_OK


def write_bytes(ctx: Context, data: bytes) -> None:
    """Bytes to the command's output: the raw buffer of a real stream, text otherwise."""
    buffer = getattr(ctx.out, "buffer", None)
    if buffer is not None:
        ctx.out.flush()
        buffer.write(data)
        buffer.flush()
    else:
        ctx.out.write(data.decode("utf-8"))


class _DryRun(Exception):
    def __init__(self, summary: ImportSummary) -> None:
        self.summary = summary


def run_import(ctx: Context) -> int:
    args = ctx.args
    zone(args.timezone)
    path = Path(args.file)
    data = read_limited(path)
    options = ReadOptions(default_zone=args.timezone, territory=args.territory,
                          start=args.start, end=args.end)
    parsed = read_calendar(data, path.name, options)
    db = ctx.open_db()
    try:
        with db.write() as session:
            summary = import_calendar(session, parsed).value
            if args.dry_run:
                raise _DryRun(summary)
    except _DryRun as dry:
        summary = dry.summary
    finally:
        db.close()
    _report(ctx, summary, dry_run=args.dry_run)
    return EXIT_OK


def read_limited(path: Path) -> bytes:
    """The file's bytes, reading no more than one byte past the size limit (read_calendar then
    refuses it): a 50 MB file, or an endless pipe, is refused without being read whole."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:  # a regular file says its size; a pipe does not
                raise PlannerError("ical_too_large", file=path.name,
                                   size=f"{size / 1_000_000:.1f}",
                                   limit=f"{MAX_BYTES / 1_000_000:.1f}")
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PlannerError("ical_unreadable", file=str(path), reason=exc.strerror) from exc


def _report(ctx: Context, summary: ImportSummary, *, dry_run: bool) -> None:
    if ctx.args.json:
        print_json({**vars(summary), "dry_run": dry_run}, ctx.out)
        return
    verb = "would import" if dry_run else "imported"
    ctx.out.write(f"{verb} {summary.source}: {summary.created} created, {summary.updated} "
                  f"updated, {summary.unchanged} unchanged, {summary.cancelled} cancelled, "
                  f"{summary.skipped_older} skipped (older), {summary.skipped_deleted} skipped "
                  f"(deleted here), {summary.ignored} ignored\n")
    for uid in summary.truncated:
        ctx.out.write(f"note: series {uid} has more occurrences than imported; "
                      "use --from/--to to choose the window\n")
    for fallback in summary.unknown_zones:
        ctx.out.write(f"note: event {fallback['uid']} (line {fallback['line']}): unknown time "
                      f"zone {fallback['tzid']!r}, its times were read in {fallback['zone']}\n")
