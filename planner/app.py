"""Launcher: with a command, the headless command line; without one, the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def gui_arguments(args: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """(--db value, Qt's own options) when no command is given, else None.

    Decided without building the whole command-line parser, which imports every command's
    modules: the desktop application starts faster without them.
    """
    db: str | None = None
    rest: list[str] = []
    items = iter(args)
    for arg in items:
        if arg == "--db":
            db = next(items, None)
        elif arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        elif arg in ("-h", "--help", "--version") or not arg.startswith("-"):
            return None
        else:
            rest.append(arg)
    return db, rest


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    gui = gui_arguments(args)
    if gui is not None:
        # Only Qt and the window's frame before the first paint; the core loads behind it.
        # Our few pure-Python needs go first: PySide6's import hook reads the source of every
        # module imported after it.
        import planner.i18n  # noqa: F401
        from planner.ui.launch import run

        db, qt_options = gui
        return run(db, [sys.argv[0], *qt_options])
    from planner.cli.main import main as cli_main

    return cli_main(args)
