"""Argument parsing. The command and flag names are a contract (docs/cli.md); keep them.

Each command module in COMMAND_MODULES has `add_commands(groups: CommandGroups)`, which adds its
parsers and sets `handler=` on each (see planner.cli.context.Handler).
"""

from __future__ import annotations

import argparse
import importlib

from planner import __version__
from planner.cli.arguments import OneLineParser, translate_argparse
from planner.cli.context import CommandGroups

COMMAND_MODULES = (
    "planner.cli.core_commands",
    "planner.cli.calendar_cli",
    "planner.cli.documents_cli",
    "planner.cli.participants_cli",
    "planner.cli.checks_cli",
    "planner.cli.records_cli",
    "planner.cli.search_cli",

    "planner.cli.mail_cli",
)


def build_parser() -> argparse.ArgumentParser:
    """Usage errors exit 2 with argparse's usage line and reason, never a traceback."""
    translate_argparse()
    parser = OneLineParser(
        prog="planner", description="Plan events, delegations and exchange programmes. "
        "Without a command, opens the desktop application.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL or SQLite file path "
                        "(default: PLANNER_DATABASE_URL, else the file in the user data folder)")
    root = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = root.add_parser("export", help="write calendars, documents and lists")
    export_sub = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    imports = root.add_parser("import", help="read calendars and participant lists")
    import_sub = imports.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    groups = CommandGroups(root, export_sub, import_sub)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(groups)
    return parser
