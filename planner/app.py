"""Launcher: with a command, the headless command line; without one, the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from planner.cli.parser import build_parser

    try:
        parsed, _rest = build_parser().parse_known_args(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    if parsed.command is None and not {"-h", "--help", "--version"} & set(args):
        from planner.ui.app import run

        return run(parsed.db, [sys.argv[0], *_rest])
    from planner.cli.main import main as cli_main

    return cli_main(args)
