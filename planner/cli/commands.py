"""What each command does, on an open database. Output goes to the given stream."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from planner.cli.kinds.catalogue import kind_named
from planner.cli.output import label, print_json, print_table
from planner.domain import rows
from planner.domain.errors import PlannerError
from planner.domain.rows import to_json
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
    kind = kind_named(args.kind)
    unused = [f"--{name}" for name in ("event", "delegation", "person")
              if getattr(args, name, None) is not None and name not in kind.filters]
    if unused:
        raise PlannerError("list_filter_unknown", field=unused[0][2:], option=unused[0],
                           kind=kind.plural)
    # A list of sensitive records is a reveal: written to the audit log, so in a write.
    with (db.write() if kind.sensitive else db.read()) as session:
        found: list[Any] = kind.listing(session, args)
    if args.limit is not None:
        found = found[: args.limit]
    if args.json:
        print_json(found, out)
        return 0
    headers, body = TABLES[kind.plural](found)
    print_table(headers, body, out)
    if kind.plural == "events" and any(e.confidential for e in found):
        out.write("* confidential\n")
    return 0


def _names(row: Any, stem: str = "name") -> str:
    return label(getattr(row, f"{stem}_en"), getattr(row, f"{stem}_zh_hant"),
                 getattr(row, f"{stem}_zh_hans"))


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
    "venues": lambda found: (
        ["ID", "Side", "City", "Capacity", "Time zone", "Name"],
        [[v.id, v.side.value, v.city, v.capacity, v.timezone, _names(v)] for v in found]),
    "sessions": lambda found: (
        ["ID", "Event", "When", "Room", "Title"],
        [[x.id, x.event_id, _when(x.schedule), x.room, _names(x, "title")] for x in found]),
    "itinerary-items": lambda found: (
        ["ID", "Delegation", "When", "Kind", "Activity"],
        [[i.id, i.delegation_id, _when(i.schedule), i.kind.value, _names(i, "title")]
         for i in found]),
    "contacts": lambda found: (
        ["ID", "Delegation", "Name", "Phone", "Role"],
        [[c.id, c.delegation_id, c.name, c.phone, c.role] for c in found]),
    "members": lambda found: (
        ["ID", "Delegation", "Person", "Role", "Status", "Minor", "Consent"],
        [[m.id, m.delegation_id, label(m.person.name_en, m.person.name_zh), m.role.value,
          m.status.value, "minor" if m.is_minor else "", "yes" if m.guardian_consent else ""]
         for m in found]),
    "registrations": lambda found: (
        ["ID", "Event", "Person", "Status", "Role", "Checked in"],
        [[r.id, r.event_id, label(r.person.name_en, r.person.name_zh), r.status.value,
          r.role.value, r.checked_in_at.isoformat(" ", "minutes") if r.checked_in_at else ""]
         for r in found]),
    "travel-documents": lambda found: (
        ["ID", "Person", "Kind", "Number", "Expiry"],
        [[t.id, t.person_id, t.kind.value, t.number, t.expiry] for t in found]),
}


def show_command(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    kind = kind_named(args.kind)
    reveal = bool(getattr(args, "reveal", False))
    if reveal and kind.name != "person":
        raise PlannerError("reveal_person_only", field="reveal")
    # A reveal is written to the audit log: in a write transaction.
    with (db.write() if reveal or kind.sensitive else db.read()) as session:
        detail = kind.show(session, args.id, reveal)
    if args.json:
        print_json(detail, out)
        return 0
    _print_detail(to_json(detail), out)
    return 0


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
