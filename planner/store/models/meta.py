"""Database-wide settings and the revision counter that tells readers when to refresh."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.domain.enums import FeedScope
from planner.store.base import Base, Editable, enum_type, utcnow

DEFAULT_SETTINGS = {
    "uid_domain": "planner.gdhk-ip.example",
    "feed_base_url": "https://planner.gdhk-ip.example/feeds/",
}


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class DbRevision(Base):
    """A single row whose value increases on every committed write."""

    __tablename__ = "db_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(nullable=False, default=0)


class Feed(Editable, Base):
    """A subscribable calendar: a scope and a secret token that works like a password."""

    __tablename__ = "feed"

    token: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    scope: Mapped[FeedScope] = mapped_column(enum_type(FeedScope), nullable=False)
    target_id: Mapped[int | None]
    label: Mapped[str | None] = mapped_column(String(200))
    revoked_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who revealed, exported, erased or merged personal data, and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, index=True)
    user: Mapped[str | None] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class ImportMapping(Base):
    """A column mapping the organiser confirmed, remembered by the file's header signature."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    used_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
