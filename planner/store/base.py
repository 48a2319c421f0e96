"""Declarative base, naming convention and the columns every editable or scheduled row shares."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Enum, Index, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from planner.domain.enums import DatePrecision
from planner.domain.schedule import Schedule

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC now: the database stores UTC instants without an offset."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_type(cls: type[StrEnum]) -> Enum:
    """A non-native enum stored as its string value, so new values need no table rebuild."""
    return Enum(cls, native_enum=False, create_constraint=False, length=32,
                values_callable=lambda members: [m.value for m in members],
                name=cls.__name__.lower())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:  # every model maps one Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


class Editable:
    """Optimistic locking, soft deletion and who-changed-it for every row users edit."""

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, onupdate=utcnow)
    modified_by: Mapped[str | None] = mapped_column(String(120))
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Scheduled:
    """Calendar identity (UID once, SEQUENCE that advances) and a time span; see domain.schedule."""

    uid_prefix = "item"
    # Changing one of these is a change subscribers must see: SEQUENCE advances.
    sequence_fields: tuple[str, ...] = ("starts_at", "ends_at", "timezone", "all_day", "venue_id",
                                        "status")

    uid: Mapped[str] = mapped_column(String(255), nullable=False, unique=True)
    sequence: Mapped[int] = mapped_column(nullable=False, default=0)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False)
    all_day: Mapped[bool] = mapped_column(nullable=False, default=False)
    starts_at: Mapped[datetime] = mapped_column(nullable=False)
    ends_at: Mapped[datetime] = mapped_column(nullable=False)
    start_date: Mapped[date] = mapped_column(nullable=False)
    end_date: Mapped[date] = mapped_column(nullable=False)
    date_precision: Mapped[DatePrecision] = mapped_column(
        enum_type(DatePrecision), nullable=False, default=DatePrecision.EXACT)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (Index(f"ix_{cls.__tablename__}_span", "starts_at", "ends_at"),)  # type: ignore[attr-defined]

    @property
    def schedule(self) -> Schedule:
        return Schedule.from_columns(
            timezone=self.timezone, all_day=self.all_day, starts_at=self.starts_at,
            ends_at=self.ends_at, start_date=self.start_date, end_date=self.end_date,
            date_precision=self.date_precision)

    @schedule.setter
    def schedule(self, value: Schedule) -> None:
        for key, column_value in value.columns().items():
            setattr(self, key, column_value)

