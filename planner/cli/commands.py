"""What each command does, on an open database. Output goes to the given stream."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from planner.cli.output import label, print_json, print_table
from planner.domain import rows
from planner.domain.rows import to_json
from planner.store import queries
from planner.store.database import Database


def _when(schedule: Any) -> str:
    start, end = schedule.iso()
    if schedule.all_day:
        text = start if start == end else f"{start} – {end}"
        return text + PRECISION_MARK.get(schedule.precision.value, "")
    return f"{start[:16].replace('T', ' ')} – {end[11:16]}" if start[:10] == end[:10] \
        else f"{start[:16].replace('T', ' ')} – {end[:16].replace('T', ' ')}"


PRECISION_MARK = {"month": " (month)", "approximate": " (approx.)"}


def _ref(ref: rows.Ref | None) -> str:
    if ref is None:
        return ""
    return ref.code or label(ref.name_en, ref.name_zh_hant, ref.name_zh_hans)


def list_command(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    with db.read() as session:
        found: list[Any]
        if args.kind == "events":
            found = queries.list_events(session, text=args.search, limit=args.limit,
                                        include_confidential=not args.public)
        elif args.kind == "delegations":
            found = queries.list_delegations(session)
        elif args.kind == "programmes":
            found = queries.list_programmes(session)
        elif args.kind == "people":
            found = queries.list_people(session, text=args.search, limit=args.limit)
        elif args.kind == "organisations":
            found = queries.list_organisations(session, text=args.search)
        else:
            found = queries.list_items(session, year=args.year)
    if args.limit is not None:
        found = found[: args.limit]
    if args.json:
        print_json(found, out)
        return 0
    headers, body = TABLES[args.kind](found)
    print_table(headers, body, out)
    if args.kind == "events" and any(e.confidential for e in found):
        out.write("* confidential\n")
    return 0


TABLES: dict[str, Callable[[list[Any]], tuple[list[str], list[list[Any]]]]] = {
    "events": lambda found: (
        ["ID", "When", "Kind", "Status", "Title"],
        [[e.id, _when(e.schedule), e.kind.value, e.status.value + (" *" if e.confidential else ""),
          label(e.title_en, e.title_zh_hant)] for e in found]),
    "delegations": lambda found: (
        ["ID", "When", "From", "To", "Members", "Name"],
        [[d.id, _when(d.schedule), d.origin.value, d.destination.value, d.member_count,
          label(d.name_en, d.name_zh_hant)] for d in found]),
    "programmes": lambda found: (
        ["ID", "From", "To", "Legs", "Title"],
        [[p.id, p.start, p.end, len(p.legs), label(p.title_en, p.title_zh_hant)] for p in found]),
    "people": lambda found: (
        ["ID", "English name", "Chinese name", "Organisation", "Category"],
        [[p.id, p.name_en, p.name_zh, _ref(p.organisation), p.category.value] for p in found]),
    "organisations": lambda found: (
        ["ID", "Code", "Side", "Kind", "Name"],
        [[o.id, o.code, o.side.value, o.kind.value, label(o.name_en, o.name_zh_hant)]
         for o in found]),
    "items": lambda found: (
        ["ID", "Year", "No.", "New", "Title"],
        [[i.id, i.year, i.number, "new" if i.is_new else "", label(i.title_en, i.title_zh_hant)]
         for i in found]),
}


def show_command(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    with db.read() as session:
        detail = SHOWS[args.kind](session, args.id)
    if args.json:
        print_json(detail, out)
        return 0
    _print_detail(to_json(detail), out)
    return 0


def _show_event(session: Any, ident: int) -> dict[str, Any]:
    event = queries.get_event(session, ident)
    return {"event": event, "sessions": queries.event_sessions(session, ident),
            "registrations": queries.registration_summary(session, ident)}


def _show_person(session: Any, ident: int) -> dict[str, Any]:
    return {"person": queries.get_person(session, ident),
            **queries.person_memberships(session, ident)}


SHOWS: dict[str, Callable[[Any, int], Any]] = {
    "event": _show_event,
    "delegation": queries.get_delegation,
    "programme": queries.get_programme,
    "person": _show_person,
    "organisation": queries.get_organisation,
    "item": queries.get_item,
}


def _print_detail(value: Any, out: TextIO, indent: str = "") -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if item in (None, [], {}, ""):
                continue
            if isinstance(item, (dict, list)):
                out.write(f"{indent}{key}:\n")
                _print_detail(item, out, indent + "  ")
            else:
                out.write(f"{indent}{key}: {item}\n")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                out.write(f"{indent}-\n")
                _print_detail(item, out, indent + "  ")
            else:
                out.write(f"{indent}- {item}\n")
    else:
        out.write(f"{indent}{value}\n")
