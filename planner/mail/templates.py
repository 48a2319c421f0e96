"""Message texts per kind and language: the defaults in resources/mail/templates.json, the
organisation's own versions in the database's settings. Fields are filled in, nothing else
is interpreted (a brace the organiser typed stays a brace)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.config import resources_dir
from planner.domain.errors import PlannerError
from planner.store.models import Setting

KINDS = ("itinerary", "update", "cancel", "confirmation", "waitlist", "promotion", "reminder")
LANGUAGES = ("en", "zh-hk", "zh-cn")
FIELDS = ("name", "event", "dates", "venue", "link", "sender")
_KEY = "mailtpl:{kind}:{lang}"
_FIELD = re.compile(r"\{(" + "|".join(FIELDS) + r")\}")


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str
    custom: bool = False

    def render(self, values: dict[str, str]) -> tuple[str, str]:
        """(subject, body) with the fields filled in; a subject stays on one line."""
        subject = fill(self.subject, values).replace("\r", " ").replace("\n", " ")
        body = self.body
        if not values.get("link"):  # no feed to subscribe to: no line that offers one
            body = "\n".join(line for line in body.split("\n") if not _offers_link(line))
        return subject.strip(), fill(body, values)


def _offers_link(line: str) -> bool:
    """A line that is only a label and the feed's link ("Calendar feed: {link}")."""
    rest = line.replace("{link}", "").strip()
    return "{link}" in line and not _FIELD.search(rest) and rest.endswith((":", "："))


def fill(text: str, values: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: values.get(m.group(1), "") or "", text)


@lru_cache(maxsize=1)
def defaults() -> dict[str, Any]:
    path = resources_dir() / "mail" / "templates.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _check(kind: str, language: str) -> None:
    if kind not in KINDS:
        raise PlannerError("invalid_choice", field="kind", choices=", ".join(KINDS))
    if language not in LANGUAGES:
        raise PlannerError("invalid_choice", field="language", choices=", ".join(LANGUAGES))


def default_template(kind: str, language: str) -> Template:
    _check(kind, language)
    text = defaults()[kind][language]
    return Template(kind, language, text["subject"], text["body"])


def template(session: Session, kind: str, language: str) -> Template:
    """The organisation's version when there is one, else the default."""
    _check(kind, language)
    stored = session.scalar(select(Setting.value).where(
        Setting.key == _KEY.format(kind=kind, lang=language)))
    if stored:
        text = json.loads(stored)
        return Template(kind, language, text["subject"], text["body"], custom=True)
    return default_template(kind, language)


def all_templates(session: Session) -> list[Template]:
    return [template(session, kind, lang) for kind in KINDS for lang in LANGUAGES]


def save_template(session: Session, kind: str, language: str, subject: str,
                  body: str) -> Template:
    """Store the organisation's version; the default's text (or an empty one) restores it."""
    _check(kind, language)
    if not subject.strip():
        raise PlannerError("required", field="subject")
    if not body.strip():
        raise PlannerError("required", field="body")
    key = _KEY.format(kind=kind, lang=language)
    row = session.get(Setting, key)
    default = default_template(kind, language)
    if (subject, body) == (default.subject, default.body):
        if row is not None:
            session.delete(row)
        session.flush()
        return default
    value = json.dumps({"subject": subject, "body": body}, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    return Template(kind, language, subject, body, custom=True)
