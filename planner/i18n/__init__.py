"""The core's message catalogue: English source texts, Traditional (zh_HK) and Simplified (zh_CN).

Catalogues are gettext .po files under resources/i18n, read with Babel, so the CLI, the PDFs and
the GUI show the same words without a compile step.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from planner.config import resources_dir
from planner.domain.errors import PlannerError, Problem
from planner.domain.messages import FIELD_LABELS, MESSAGES

LOCALES = ("en", "zh_HK", "zh_CN")
_ALIASES = {"zh_TW": "zh_HK", "zh_MO": "zh_HK", "zh_Hant": "zh_HK", "zh_SG": "zh_CN",
            "zh_Hans": "zh_CN", "zh": "zh_CN", "zh-hk": "zh_HK", "zh-cn": "zh_CN"}


def normalise_locale(name: str | None) -> str:
    """Map 'zh_TW.UTF-8', 'zh-hk', 'en_GB' ... to one of LOCALES (English when unknown)."""
    if not name:
        return "en"
    base = name.split(".")[0].split("@")[0]
    if base in LOCALES:
        return base
    if base in _ALIASES:
        return _ALIASES[base]
    base = base.replace("-", "_")
    parts = base.split("_")
    if parts[0].lower() == "zh":
        key = "_".join([parts[0].lower()] + parts[1:2])
        return _ALIASES.get(key, "zh_HK" if key[3:].upper() in ("HK", "TW", "MO") else "zh_CN")
    return "en"


def current_locale() -> str:
    for var in ("PLANNER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_locale(value)
    return "en"


@lru_cache(maxsize=8)
def catalogue(locale: str) -> dict[str, str]:
    """msgid -> msgstr for a locale; empty for English."""
    if locale == "en":
        return {}
    path = resources_dir() / "i18n" / locale / "LC_MESSAGES" / "planner.po"
    from babel.messages.pofile import read_po  # on first use: Babel costs 25 ms at start-up

    with path.open("rb") as handle:
        po = read_po(handle, locale=locale)
    return {str(m.id): str(m.string) for m in po if m.id and m.string and not m.fuzzy}


def gettext(text: str, locale: str | None = None) -> str:
    return catalogue(normalise_locale(locale or current_locale())).get(text, text)


def render(problem: Problem, locale: str | None = None) -> str:
    """A problem's message in the given (or current) language."""
    template = gettext(MESSAGES[problem.code], locale)
    params = _params(problem.params)
    if "field" in params:
        params["field"] = gettext(FIELD_LABELS.get(params["field"], params["field"]), locale)
    if "entity" in params:  # "Event 9999 does not exist": the record's name translated too
        params["entity"] = gettext(str(params["entity"]), locale)
    for name in ("expected", "found", "part"):  # words of messages.EXPECTED
        if name in params:
            params[name] = gettext(str(params[name]), locale)
    return template.format(**params)


def render_error(error: PlannerError, locale: str | None = None, *,
                 name_fields: bool = False) -> str:
    """The problems' messages on one line. With `name_fields` (the command line, where no
    field is beside the message), a message that does not name its field says it first."""
    return " ".join(_named(p, locale) if name_fields else render(p, locale)
                    for p in error.problems)


# Messages about a value that do not say which field held it.
_UNNAMED = {"invalid_datetime", "invalid_date", "unknown_timezone", "invalid_email",
            "nonexistent_time", "timed_needs_times", "all_day_needs_dates", "invalid_flag",
            "bad_alarm", "number_out_of_range"}


def _named(problem: Problem, locale: str | None) -> str:
    text = render(problem, locale)
    if problem.field and problem.code in _UNNAMED:
        label = gettext(FIELD_LABELS.get(problem.field, problem.field), locale)
        return f"{label}: {text}"
    return text


def _params(params: dict[str, Any]) -> dict[str, Any]:
    return {k: ("" if v is None else v) for k, v in params.items()}
