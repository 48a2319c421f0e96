"""Database-wide settings and the revision counter that tells readers when to refresh."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.store.base import Base

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
