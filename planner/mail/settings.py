"""The organisation's mail server and sender, kept in the database's settings (shared by the
office); the password never is (see planner.mail.secrets)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.errors import Collector, ValidationError
from planner.domain.validation import EMAIL
from planner.store.models import Setting

SECURITY = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
PREFIX = "mail_"
_HOST = re.compile(r"^[A-Za-z0-9.\-:\[\]]+$")


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender_address: str = ""
    sender_name: str = ""
    reply_to: str = ""
    # Days before an event that reminders go out (the window's default; `mail reminders`).
    reminder_days: int = 2

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender_address)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


FIELDS = tuple(MailSettings.__dataclass_fields__)


def load(session: Session) -> MailSettings:
    """The stored settings, with defaults for what was never set."""
    stored = dict(session.execute(select(Setting.key, Setting.value)
                                  .where(Setting.key.like(f"{PREFIX}%"))).all())
    values: dict[str, Any] = {}
    for name in FIELDS:
        raw = stored.get(PREFIX + name)
        if raw is None:
            continue
        values[name] = int(raw) if name in ("port", "reminder_days") else raw
    return MailSettings(**values)


def validate(settings: MailSettings) -> None:
    """Refuse what cannot work: no host, an unknown security, a port out of range, bad addresses."""
    errors = Collector()
    if not settings.host or not _HOST.match(settings.host):
        errors.add("required" if not settings.host else "mail_bad_host", field="host",
                   value=settings.host)
    if settings.security not in SECURITY:
        errors.add("invalid_choice", field="security", choices=", ".join(SECURITY))
    if not 1 <= settings.port <= 65_535:
        errors.add("number_out_of_range", field="port", value=settings.port, low=1,
                   high="65,535")
    if not settings.sender_address:
        errors.add("required", field="sender_address")
    for name in ("sender_address", "reply_to"):
        value = getattr(settings, name)
        if value and not EMAIL.match(value):
            errors.add("invalid_email", field=name, value=value)
    if not 0 <= settings.reminder_days <= 365:
        errors.add("number_out_of_range", field="reminder_days", value=settings.reminder_days,
                   low=0, high="365")
    if errors.problems:
        raise ValidationError(errors.problems)


def save(session: Session, settings: MailSettings) -> MailSettings:
    """Validate and store every field (in the caller's transaction); returns what was stored."""
    settings = replace(settings, host=settings.host.strip(), user=settings.user.strip(),
                       sender_address=settings.sender_address.strip(),
                       sender_name=settings.sender_name.strip(),
                       reply_to=settings.reply_to.strip())
    validate(settings)
    for name in FIELDS:
        key = PREFIX + name
        value = str(getattr(settings, name))
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value
    session.flush()
    return settings


def is_email(value: str | None) -> bool:
    return bool(value and EMAIL.match(value.strip()))
