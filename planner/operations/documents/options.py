"""What a document's options are, described once: the command line builds its arguments from
these and the window its options dialog, so the two can never offer different choices.

Labels are English source texts of the core catalogue (resources/i18n/*/planner.po); the
window shows them through `planner.i18n.gettext`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.limits import BLANK_ROWS_MAX


class OptionKind(StrEnum):
    CHOICE = "choice"  # one of a few values: a combo box, `--flag VALUE`
    FLAG = "flag"  # yes or no: a check box, `--flag`
    COUNT = "count"  # a whole number from 0 to `maximum`: a spin box, `--flag N`
    DATE = "date"  # one day (command line only)
    DATES = "dates"  # days, repeatable (command line only)
    YEAR = "year"  # a programme year such as 2016-17, chosen among the years there are


Choices = Callable[[], Sequence[tuple[str, str]]]  # (value, label); label "" shows the value


@dataclass(frozen=True)
class DocumentOption:
    """One choice a document offers, as the command line and the window both show it."""

    name: str  # the maker's key, the settings key and the dialog field's object name
    kind: OptionKind
    flag: str  # the command line's option, e.g. "--blank-rows"
    default: object = None
    label: str = ""  # the window's label; "" = asked on the command line only
    cli_help: str | None = None
    tooltip: str = ""
    choices: Choices | None = None  # in the window's order
    cli_choices: tuple[str, ...] = ()  # the command line's order, when it differs
    metavar: str | None = None
    maximum: int = 0  # COUNT
    sensitive: bool = False  # withheld unless asked, audited, never remembered
    required: bool = False  # on the command line

    @property
    def in_window(self) -> bool:
        return bool(self.label)

    @property
    def remembered(self) -> bool:
        """Kept in the settings for next time: not sensitive data, not the year."""
        return not self.sensitive and self.kind is not OptionKind.YEAR

    def values(self) -> list[str]:
        """The values the command line accepts."""
        if self.cli_choices:
            return list(self.cli_choices)
        return [value for value, _label in self.choices() if value] if self.choices else []


def _languages() -> list[tuple[str, str]]:
    return [("bi", "English with Chinese"), ("en", "English"),
            ("zh-hk", "Traditional Chinese (Hong Kong)"),
            ("zh-cn", "Simplified Chinese (Guangdong)")]


def _orders() -> list[tuple[str, str]]:
    return [("", "As the language suggests"), ("english", "English (A to Z)"),
            ("stroke", "Stroke count (Hong Kong)"), ("pinyin", "Pinyin (Guangdong)")]


def _groupings() -> list[tuple[str, str]]:
    return [("name", "One list by name"), ("organisation", "A list per organisation")]


def _label_sheets() -> list[tuple[str, str]]:
    from planner.exports.pdf.badges import sheet_names  # a JSON file, read when asked

    return [(name, "") for name in sheet_names()]


# Every document has these (after its own options, as `export ... --help` lists them).
LANG = DocumentOption(
    "lang", OptionKind.CHOICE, "--lang", default="bi", label="&Language", choices=_languages,
    cli_choices=("en", "zh-hk", "zh-cn", "bi"),
    cli_help="en, zh-hk (Traditional), zh-cn (Simplified) or bi (English with Chinese, the "
    "default)")
ORDER = DocumentOption(
    "order", OptionKind.CHOICE, "--order", default="", label="&Names in order of",
    choices=_orders,
    cli_help="how names sort: english, stroke (Hong Kong) or pinyin (Guangdong); default: "
    "stroke for zh-hk, pinyin for zh-cn, english otherwise")
PRINTED = DocumentOption(
    "printed", OptionKind.DATE, "--printed", metavar="DATE",
    cli_help="the print date in the footer (default: today)")
COMMON = (LANG, ORDER, PRINTED)

PAGE_PER_DAY = DocumentOption(
    "page_per_day", OptionKind.FLAG, "--page-per-day", default=False,
    label="Start each &day on a new page", cli_help="start each day on a new page")
GROUPING = DocumentOption(
    "grouping", OptionKind.CHOICE, "--group-by", default="name", label="&Group",
    choices=_groupings, cli_help="sign-in sheet: one list by name, or grouped by organisation")
BLANK_ROWS = DocumentOption(
    "blank_rows", OptionKind.COUNT, "--blank-rows", default=10, label="&Blank rows",
    maximum=BLANK_ROWS_MAX, metavar="N",
    tooltip="Empty rows at the end for people who walk in",
    cli_help="sign-in sheet: empty rows for walk-ins at the end (default 10, at most "
    f"{BLANK_ROWS_MAX})")
DAYS = DocumentOption(
    "day", OptionKind.DATES, "--day", metavar="DATE",
    cli_help="sign-in sheet: a day to sign for (repeatable; default: each day of an event of "
    "up to a week with exact dates)")
LAYOUT = DocumentOption(
    "layout", OptionKind.CHOICE, "--layout", default="L7165", label="Label &sheet",
    choices=_label_sheets, cli_help="badges: the A4 label sheet (default L7165, 8 per page)")
DOCUMENT_NUMBERS = DocumentOption(
    "document_numbers", OptionKind.FLAG, "--include-document-numbers", default=False,
    label="Print travel &document numbers", sensitive=True,
    cli_help="print travel document numbers (withheld by default)")
BIRTH_DATES = DocumentOption(
    "birth_dates", OptionKind.FLAG, "--include-birth-dates", default=False,
    label="Print dates of &birth (minors' too)", sensitive=True,
    cli_help="print dates of birth, minors' included (withheld by default)")
YEAR = DocumentOption(
    "year", OptionKind.YEAR, "--year", default="", label="Programme &year", metavar="YYYY-YY",
    required=True, cli_help="e.g. 2016-17")

SENSITIVE_NOTE = ("Withheld unless ticked. Printing them is recorded in the audit log (who, "
                  "when, which fields); they are unticked again next time.")
