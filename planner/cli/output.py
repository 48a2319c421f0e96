"""Printing rows as JSON or as a table that lines up Chinese (double-width) text."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from planner.domain.errors import PlannerError
from planner.domain.rows import to_json
from planner.exports.files import write_output


def check_destination(destination: str) -> None:
    """An output that can be no file: an empty name, a folder (refused before any work)."""
    if not destination.strip():
        raise PlannerError("output_no_name", field="output")
    if destination != "-" and Path(destination).is_dir():
        raise PlannerError("output_is_folder", path=destination)


def write_file(destination: str, data: bytes) -> None:
    """`-o FILE`: written atomically (or `-`: standard output); a name that is empty or a
    folder, or a disk that refuses the write, is refused on one line and leaves no file."""
    check_destination(destination)
    try:
        write_output(destination, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if destination == "-":
            raise PlannerError("stdout_failed", reason=reason) from exc
        raise PlannerError("output_failed", path=destination, reason=reason) from exc


def print_json(value: Any, out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    json.dump(to_json(value), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        char_width = width(ch)
        if used + char_width > limit - 1:
            break
        out.append(ch)
        used += char_width
    return "".join(out) + "…"


def print_table(headers: Sequence[str], body: Sequence[Sequence[Any]], out: TextIO | None = None,
                max_width: int = 60) -> None:
    stream = out or sys.stdout
    cells = [[clip("" if c is None else str(c), max_width) for c in row] for row in body]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    stream.write(line(headers) + "\n")
    stream.write(line(["-" * w for w in widths]) + "\n")
    for row in cells:
        stream.write(line(row) + "\n")


def label(en: str | None, *others: str | None) -> str:
    """'English / 中文' from whichever names exist."""
    parts = [p for p in (en, *others) if p]
    unique = list(dict.fromkeys(parts))
    return " / ".join(unique[:2])
