"""Entry point of the command line: parse, run the command's handler, map errors to exit codes.

Exit codes: 0 success; 2 usage or validation error, refused input, nothing written (one line on
stderr); 3 planning checks found errors; 1 anything unexpected.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from typing import TextIO

from planner.cli.context import EXIT_OK, EXIT_REFUSED, EXIT_UNEXPECTED, Context
from planner.cli.parser import build_parser
from planner.domain.errors import PlannerError
from planner.i18n import render_error


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            args = parser.parse_args(argv)
            if args.command is None:  # the desktop application replaces this fallback
                args = parser.parse_args([*argv, "list", "events"])
    except SystemExit as exc:  # argparse already printed usage and the reason (or --help)
        return int(exc.code or 0)
    try:
        return int(args.handler(Context(args, out, err)))
    except PlannerError as exc:
        err.write(f"error: {render_error(exc, name_fields=True)}\n")
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        return EXIT_OK
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return EXIT_UNEXPECTED
    except Exception:  # noqa: BLE001 (the last line of defence prints and exits 1)
        err.write("unexpected error; please report it with the details below\n")
        traceback.print_exc(file=err)
        return EXIT_UNEXPECTED
