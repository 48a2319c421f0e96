"""The Foundation's commands: demo, db, list and show."""

from __future__ import annotations

from planner.cli import arguments, commands, server_cli
from planner.cli.context import EXIT_OK, CommandGroups, Context
from planner.cli.records_cli import add_kind_argument


def add_commands(groups: CommandGroups) -> None:
    demo = groups.root.add_parser("demo", help="create the database with the 2016-17 demo programme")
    demo.add_argument("--reset", action="store_true",
                      help="replace everything in the database with the demo programme")
    demo.set_defaults(handler=run_demo)

    db = groups.root.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="create the database or migrate it to this version") \
        .set_defaults(handler=run_db)
    db_commands.add_parser("status", help="show the schema version and the revision counter") \
        .set_defaults(handler=run_db)
    server_cli.add_db_commands(db_commands)  # db copy, db roles

    lister = groups.root.add_parser("list", help="list rows of one kind")
    add_kind_argument(lister)
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.add_argument("--search", metavar="TEXT", help="only rows matching TEXT "
                        "(people and organisations: either script; events: titles; venues: "
                        "names, address, city)")
    lister.add_argument("--year", type=arguments.programme_year, help="co-operation items of this year, e.g. 2016-17")
    lister.add_argument("--limit", type=arguments.limit, help="at most this many rows")
    lister.add_argument("--public", action="store_true", help="leave out confidential events")
    lister.add_argument("--event", type=arguments.record_id, metavar="ID",
                        help="sessions or registrations of this event")
    lister.add_argument("--delegation", type=arguments.record_id, metavar="ID",
                        help="itinerary items, contacts or members of this delegation")
    lister.add_argument("--person", type=arguments.record_id, metavar="ID",
                        help="registrations, memberships or travel documents of this person")
    lister.set_defaults(handler=run_list)

    show = groups.root.add_parser("show", help="show one row in detail")
    add_kind_argument(show)
    show.add_argument("id", type=arguments.record_id)
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.add_argument("--reveal", action="store_true",
                      help="a person's birth date, guardian and travel documents too "
                      "(written to the audit log)")
    show.set_defaults(handler=run_show)


def run_demo(ctx: Context) -> int:
    from planner.demo.seed import seed_demo

    with ctx.database(create=True) as db:
        ctx.out.write(seed_demo(db, reset=ctx.args.reset).describe() + "\n")
    return EXIT_OK


def run_db(ctx: Context) -> int:
    from planner.store import migrate

    upgrading = ctx.args.db_command == "upgrade"
    with ctx.database(create=upgrading, upgrade=True if upgrading else False) as db:
        state = migrate.schema_state(db.engine)
        ctx.out.write(f"schema {state.current} (head {state.head}), revision {db.revision()}\n")
        for path in db.backups:
            ctx.out.write(f"backup: {path}\n")
    return EXIT_OK


def run_list(ctx: Context) -> int:
    with ctx.database() as db:
        return commands.list_command(db, ctx.args, ctx.out)


def run_show(ctx: Context) -> int:
    with ctx.database() as db:
        return commands.show_command(db, ctx.args, ctx.out)
