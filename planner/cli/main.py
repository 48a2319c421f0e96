"""Entry point of the command line: parse, run the command's handler, map errors to exit codes.

Exit codes: 0 success; 2 usage or validation error, refused input, nothing written (one line on
stderr); 3 planning checks found errors; 1 anything unexpected.
"""

from __future__ import annotations

import errno
import os
import sys
import traceback
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from typing import TextIO

from planner.cli.context import EXIT_OK, EXIT_REFUSED, EXIT_UNEXPECTED, Context
from planner.cli.parser import build_parser
from planner.domain.errors import PlannerError
from planner.i18n import gettext, render_error
from planner.store import sqlite_errors


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
        code = int(args.handler(Context(args, out, err)))
        out.flush()  # a full disk behind standard output says so here, not at exit
        return code
    except PlannerError as exc:
        err.write(gettext("error: {message}").format(
            message=render_error(exc, name_fields=True)) + "\n")
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        _discard(out)
        return EXIT_OK
    except OSError as exc:
        if exc.errno not in REFUSED_ERRNOS:
            return _unexpected(err)
        reason = exc.strerror or str(exc)
        problem = PlannerError("file_error", path=exc.filename, reason=reason) \
            if exc.filename else PlannerError("stdout_failed", reason=reason)
        _discard(out)
        err.write(f"error: {render_error(problem)}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return EXIT_UNEXPECTED
    except Exception as exc:  # noqa: BLE001 (the last line of defence prints and exits 1)
        translated = sqlite_errors.translate(exc, None)  # SQLite outside a Database's guard
        if translated is not None:
            err.write(f"error: {render_error(translated)}\n")
            return EXIT_REFUSED
        return _unexpected(err)


# What the system says about a disk, a file or a stream given on the command line: refused
# (exit 2, one line), not a bug.
REFUSED_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM,
                  errno.EISDIR, errno.ENOTDIR, errno.ENOENT, errno.EIO, errno.ENAMETOOLONG,
                  errno.EEXIST, errno.EXDEV, errno.EBUSY, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _unexpected(err: TextIO) -> int:
    err.write("unexpected error; please report it with the details below\n")
    traceback.print_exc(file=err)
    return EXIT_UNEXPECTED


def _discard(out: TextIO) -> None:
    """After standard output failed, send what is still buffered nowhere: the interpreter
    would otherwise try again at exit and print a second error."""
    if out is not sys.__stdout__:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
