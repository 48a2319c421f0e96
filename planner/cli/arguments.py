"""Argument types for numbers typed on the command line: record ids, counts and limits.

Every id a command takes fits the database's integer column (1 to 2**31-1, PostgreSQL's
`integer`), so an id like 1180591620717411303424 is refused by argparse before any query
could overflow; counts have an explicit range, documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from planner.domain.errors import Problem
from planner.domain.limits import BLANK_ROWS_MAX, HEADER_ROW_MAX, ID_MAX
from planner.i18n import render

LIMIT_MAX = ID_MAX  # `list --limit`: at most this many rows (more than any table holds)


def _whole(text: str) -> int | None:
    try:
        return int(text.strip(), 10)
    except ValueError:
        return None


def ranged(low: int, high: int, what: str = "number_out_of_range") -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high` (a one-line refusal otherwise)."""

    def parse(text: str) -> int:
        number = _whole(text)
        if number is None or not low <= number <= high:
            raise argparse.ArgumentTypeError(render(Problem(
                what, {"value": text[:40], "low": low, "high": f"{high:,}"})))
        return number

    return parse


record_id = ranged(1, ID_MAX, "id_out_of_range")
version = ranged(1, ID_MAX)
limit = ranged(0, LIMIT_MAX)
blank_rows = ranged(0, BLANK_ROWS_MAX)  # sign-in sheets: exports.pdf.sign_in
header_row = ranged(0, HEADER_ROW_MAX)
port = ranged(0, 65_535)


def programme_year(text: str) -> str:
    """`--year`: a programme year such as 2016-17 (the second year the next one)."""
    from planner.operations.items import year_error

    if year_error(text):
        raise argparse.ArgumentTypeError(render(Problem(
            "invalid_year", {"field": "year", "value": text[:40]})))
    return text


class TranslatedHelp(argparse.HelpFormatter):
    """Help texts in the user's language (the core catalogue is keyed by the English)."""

    def _expand_help(self, action: argparse.Action) -> str:
        from planner.i18n import gettext

        if action.help:
            action.help = gettext(action.help)
        return super()._expand_help(action)

    def _format_text(self, text: str) -> str:
        from planner.i18n import gettext

        return super()._format_text(gettext(text) if text else text)


def translate_argparse() -> None:
    """argparse's own words ("usage: ", "options"...) through the core catalogue: argparse
    looks its module's `_` up each time it speaks."""
    from planner.i18n import gettext

    argparse._ = gettext  # type: ignore[attr-defined]


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line, `error: ...`, like every other refusal (exit 2)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelp)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"error: {self.prog}: {message} (see {self.prog} --help)\n")
