"""`create`, `edit`, `delete` and `restore` of every kind of record, from JSON; and `programme
rollover`, which starts next year's items from this year's.

Each command is one transaction: a refusal (exit 2, one line naming the field) writes nothing,
a list given to `create` is created whole or not at all.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from planner.cli.arguments import record_id
from planner.cli.arguments import version as version_number
from planner.cli.context import EXIT_OK, CommandGroups, Context
from planner.cli.kinds.catalogue import BY_NAME, KINDS, kind_named
from planner.cli.kinds.reading import arguments, edit_version, load_json
from planner.cli.kinds.spec import Kind
from planner.cli.output import print_json
from planner.domain.errors import PlannerError
from planner.domain.rows import to_json
from planner.i18n import render_error

KIND_NAMES = tuple(BY_NAME)
KIND_HELP = ", ".join(k.name for k in KINDS) + " (or their plurals)"


def add_kind_argument(parser: Any) -> None:
    parser.add_argument("kind", metavar="KIND", choices=KIND_NAMES, help=KIND_HELP)


def add_commands(groups: CommandGroups) -> None:
    create = groups.root.add_parser(
        "create", help="create records from JSON (one object, or a list)",
        description="Create one record (a JSON object as 'show KIND ID --json' prints it) or "
        "several of one kind (a JSON list), in one transaction; prints what was created.")
    add_kind_argument(create)
    create.add_argument("--from", dest="source", metavar="FILE", required=True,
                        help="the JSON file, or - for standard input")
    create.set_defaults(handler=run_create)

    edit = groups.root.add_parser(
        "edit", help="change some keys of a record (JSON with its version)",
        description="Change the keys a JSON object gives (with `version`, as 'show' printed "
        "it); prints the record.")
    add_kind_argument(edit)
    edit.add_argument("id", type=record_id)
    edit.add_argument("--from", dest="source", metavar="FILE", required=True,
                      help="the JSON file, or - for standard input")
    edit.set_defaults(handler=run_edit)

    for name, helptext in (("delete", "delete a record (restore brings it back)"),
                           ("restore", "bring a deleted record back")):
        parser = groups.root.add_parser(name, help=helptext)
        add_kind_argument(parser)
        parser.add_argument("id", type=record_id)
        parser.add_argument("--version", type=version_number, help="refuse if the record's version is "
                            "another (someone changed it since you looked)")
        parser.set_defaults(handler=run_delete if name == "delete" else run_restore)

    programme = groups.root.add_parser("programme", help="the year's programme as a whole")
    actions = programme.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    rollover = actions.add_parser(
        "rollover", help="start next year's items from this year's",
        description="Copy a year's co-operation items (numbers, titles in three scripts, lead "
        "organisations; not narratives, figures or 'new') into the next year, in one step.")
    rollover.add_argument("--from", dest="from_year", required=True, metavar="YEAR",
                          help="the year to start from, e.g. 2016-17")
    rollover.add_argument("--to", dest="to_year", required=True, metavar="YEAR",
                          help="the new year, e.g. 2017-18")
    rollover.add_argument("--items", metavar="N,N,...",
                          help="only these item numbers (default: all of the year's items)")
    rollover.add_argument("--json", action="store_true", help="print the new items as JSON")
    rollover.set_defaults(handler=run_rollover)


@contextmanager
def _source(name: str) -> Iterator[IO[str]]:
    if name == "-":
        yield sys.stdin
        return
    try:
        handle = Path(name).open(encoding="utf-8-sig")
    except OSError as exc:
        raise PlannerError("import_unreadable", file=name, reason=exc.strerror or str(exc)) from exc
    with handle:
        yield handle


def _printed(kind: Kind, session: Any, ident: int) -> dict[str, Any]:
    """What create, edit and restore print: the record as `show` prints it. A travel document
    the organiser has just written is printed back without counting as a reveal."""
    if kind.sensitive:
        return dict(to_json(kind.get(session, ident)))
    return kind.show(session, ident)


def run_create(ctx: Context) -> int:
    kind = kind_named(ctx.args.kind)
    if kind.create is None:
        raise PlannerError("unknown_key", kind=kind.name, key="create")
    with _source(ctx.args.source) as stream:
        data = load_json(stream, kind)
    many = isinstance(data, list)
    objects = data if isinstance(data, list) else [data]
    with ctx.database() as db, db.write() as session:
        created = []
        for index, given in enumerate(objects, start=1):
            try:
                outcome = kind.create(session, **arguments(session, kind, given))
                created.append(_printed(kind, session, outcome.value.id))
            except PlannerError as exc:
                if not many:
                    raise
                raise PlannerError("list_element", index=index, count=len(objects),
                                   message=render_error(exc, name_fields=True)) from exc
    print_json(created if many else created[0], ctx.out)
    return EXIT_OK


def run_edit(ctx: Context) -> int:
    kind = kind_named(ctx.args.kind)
    with _source(ctx.args.source) as stream:
        given = load_json(stream, kind)
    if isinstance(given, list):
        raise PlannerError("json_not_object", kind=kind.name, found="a list")
    version = edit_version(given)
    with ctx.database() as db, db.write() as session:
        current = kind.get(session, ctx.args.id)
        assert kind.update is not None
        kind.update(session, ctx.args.id, version,
                    **arguments(session, kind, given, current=current))
        shown = _printed(kind, session, ctx.args.id)
    print_json(shown, ctx.out)
    return EXIT_OK


def run_delete(ctx: Context) -> int:
    kind = kind_named(ctx.args.kind)
    with ctx.database() as db, db.write() as session:
        kind.get(session, ctx.args.id)  # refused (not found, or hidden without the role) first
        assert kind.delete is not None
        outcome = kind.delete(session, ctx.args.id, ctx.args.version)
    print_json({"kind": kind.name, "id": ctx.args.id, "version": outcome.undo.args["version"],
                "status": "deleted"}, ctx.out)
    return EXIT_OK


def run_restore(ctx: Context) -> int:
    kind = kind_named(ctx.args.kind)
    with ctx.database() as db, db.write() as session:
        assert kind.restore is not None
        kind.restore(session, ctx.args.id, ctx.args.version)
        shown = _printed(kind, session, ctx.args.id)
    print_json(shown, ctx.out)
    return EXIT_OK


def run_rollover(ctx: Context) -> int:
    from planner.operations.items import rollover

    numbers = None
    if ctx.args.items:
        try:
            numbers = [int(n) for n in ctx.args.items.replace(" ", "").split(",") if n]
        except ValueError as exc:
            raise PlannerError("bad_reference", field="items", value=ctx.args.items) from exc
    with ctx.database() as db, db.write() as session:
        outcome = rollover(session, ctx.args.from_year, ctx.args.to_year, numbers)
    made = outcome.value
    if ctx.args.json:
        print_json(made, ctx.out)
    else:
        ctx.out.write(f"copied {len(made)} items of {ctx.args.from_year} into "
                      f"{ctx.args.to_year}: {', '.join(str(i.number) for i in made)}\n")
    return EXIT_OK
