"""`check [--json] [--event ID | --delegation ID | --programme ID]`: the planning checks.

Exit 0 when nothing is an error (warnings alone are fine), 3 when some finding is an error.
"""

from __future__ import annotations

import argparse
import json

from planner.checks import Finding, Scope, check_database
from planner.cli import arguments
from planner.cli.context import EXIT_CHECKS, EXIT_OK, CommandGroups, Context
from planner.i18n import gettext


def add_commands(groups: CommandGroups) -> None:
    parser = groups.root.add_parser(
        "check", help="find planning problems: double bookings, travel, documents, capacity",
        description="Run the planning checks over the whole programme or what concerns one "
        "event, delegation or programme. Exit 3 when there are errors.")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    which = parser.add_mutually_exclusive_group()
    for kind in ("event", "delegation", "programme"):
        which.add_argument(f"--{kind}", type=arguments.record_id, metavar="ID",
                           help=f"only what concerns this {kind}")
    parser.set_defaults(handler=run_check)


def scope_of(args: argparse.Namespace) -> Scope:
    for kind in ("event", "delegation", "programme"):
        ident = getattr(args, kind, None)
        if ident is not None:
            return Scope(kind, ident)
    return Scope.everything()


def run_check(ctx: Context) -> int:
    with ctx.database() as db:
        findings = check_database(db, scope_of(ctx.args))
    if ctx.args.json:
        json.dump([f.to_json() for f in findings], ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        _print(findings, ctx)
    return EXIT_CHECKS if any(f.is_error for f in findings) else EXIT_OK


def _print(findings: list[Finding], ctx: Context) -> None:
    for found in findings:
        ctx.out.write(f"{gettext(found.severity.value)}: {found.message} [{found.code}]\n")
    errors = sum(1 for f in findings if f.is_error)
    warnings = len(findings) - errors
    if not findings:
        ctx.out.write(gettext("no problems found") + "\n")
    else:
        ctx.out.write(gettext("{errors}, {warnings}").format(
            errors=gettext("{count} error" if errors == 1 else "{count} errors").format(
                count=errors),
            warnings=gettext("{count} warning" if warnings == 1 else "{count} warnings").format(
                count=warnings)) + "\n")
