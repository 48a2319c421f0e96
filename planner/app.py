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
        # The core first: once PySide6 is imported, its import hook reads the source of every
        # module imported after it (about 0.1 s for SQLAlchemy and our models).
        import planner.operations  # noqa: F401
        import planner.store.agenda  # noqa: F401
        from planner.demo import startup  # noqa: F401
        from planner.ui.app import run

        db, qt_options = gui
        return run(db, [sys.argv[0], *qt_options])
    from planner.cli.main import main as cli_main

    return cli_main(args)
