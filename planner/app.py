"""Launcher: with a command, the headless command line; without one, the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from planner.cli.main import main as cli_main

    return cli_main(list(sys.argv[1:] if argv is None else argv))
