"""`search TEXT [--kind KIND ...] [--limit N] [--json]`: every kind of record by any name."""

from __future__ import annotations

from typing import Any

from planner.cli import arguments
from planner.cli.context import EXIT_OK, CommandGroups, Context
from planner.cli.output import label, print_json, print_table
from planner.domain.errors import PlannerError
from planner.domain.rows import to_json
from planner.domain.search import KINDS, SearchGroup, SearchHit

HEADINGS = {"event": "Events", "session": "Sessions", "delegation": "Delegations",
            "itinerary": "Itinerary steps", "programme": "Exchange programmes",
            "person": "People", "organisation": "Organisations", "venue": "Venues",
            "item": "Co-operation items"}
CLI_LIMIT = 10


def add_commands(groups: CommandGroups) -> None:
    parser = groups.root.add_parser(
        "search", help="find records of every kind by any name, in English or Chinese",
        description="Find events, sessions, delegations, itinerary steps, programmes, people, "
        "organisations (also by code and alias), venues and co-operation items whose names "
        "hold TEXT, in English or either Chinese script; grouped by kind.")
    parser.add_argument("text", metavar="TEXT", help="a name or part of one")
    parser.add_argument("--kind", choices=KINDS, action="append", metavar="KIND",
                        help=f"only this kind (repeatable): {', '.join(KINDS)}")
    parser.add_argument("--limit", type=arguments.limit, default=CLI_LIMIT,
                        help=f"at most this many records of each kind (default {CLI_LIMIT})")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run_search)


def run_search(ctx: Context) -> int:
    from planner.store.search_queries import search_everything

    args = ctx.args
    if not args.text.strip():
        raise PlannerError("required", field="TEXT")
    kinds = [k for k in KINDS if k in args.kind] if args.kind else KINDS
    with ctx.database() as db, db.read() as session:
        groups = search_everything(session, args.text, limit=args.limit, kinds=kinds)
    if args.json:
        print_json([group_json(g) for g in groups], ctx.out)
    else:
        print_groups(groups, ctx)
    return EXIT_OK


def hit_json(hit: SearchHit) -> dict[str, Any]:
    kind, ident = hit.opens
    return {**to_json(hit), "title": hit.title(), "subtitle": hit.subtitle(),
            "opens": {"kind": kind, "id": ident}}


def group_json(group: SearchGroup) -> dict[str, Any]:
    return {"kind": group.kind, "more": group.more, "hits": [hit_json(h) for h in group.hits]}


def _name(hit: SearchHit) -> str:
    return label(hit.name_en, hit.name_zh_hant, hit.name_zh_hans) or f"#{hit.id}"


def print_groups(groups: list[SearchGroup], ctx: Context) -> None:
    if not groups:
        ctx.out.write("nothing found\n")
        return
    for number, group in enumerate(groups):
        if number:
            ctx.out.write("\n")
        more = f" (the first {len(group.hits)}; more match)" if group.more else ""
        ctx.out.write(f"{HEADINGS[group.kind]}{more}\n")
        print_table(["ID", "Name", "Detail"],
                    [[h.id, _name(h), h.subtitle()] for h in group.hits], ctx.out)
