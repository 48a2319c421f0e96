"""Organisations, venues and the co-operation items of a year's programme."""

from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, Index, Numeric, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.enums import FigureUnit, OrganisationKind, Side
from planner.store.base import Base, Editable, enum_type


class Organisation(Editable, Base):
    __tablename__ = "organisation"

    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    name_en: Mapped[str | None] = mapped_column(String(300))
    name_zh_hant: Mapped[str | None] = mapped_column(String(300))
    name_zh_hans: Mapped[str | None] = mapped_column(String(300))
    aliases: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    side: Mapped[Side] = mapped_column(enum_type(Side), nullable=False, default=Side.OTHER)
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_type(OrganisationKind), nullable=False, default=OrganisationKind.OTHER)
    search_key: Mapped[str] = mapped_column(String(1200), nullable=False, default="", index=True)


class Venue(Editable, Base):
    __tablename__ = "venue"

    name_en: Mapped[str | None] = mapped_column(String(300))
    name_zh_hant: Mapped[str | None] = mapped_column(String(300))
    name_zh_hans: Mapped[str | None] = mapped_column(String(300))
    address_en: Mapped[str | None] = mapped_column(String(500))
    address_zh: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[Side] = mapped_column(enum_type(Side), nullable=False, default=Side.OTHER)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    capacity: Mapped[int | None]
    exclusive: Mapped[bool] = mapped_column(nullable=False, default=False)


class CooperationItem(Editable, Base):
    """One numbered item of a year's Guangdong/Hong Kong co-operation programme."""

    __tablename__ = "cooperation_item"
    # One live item per number in a year; a deleted one does not keep its number.
    __table_args__ = (Index("uq_cooperation_item_year_number", "year", "number", unique=True,
                            sqlite_where=text("deleted_at IS NULL"),
                            postgresql_where=text("deleted_at IS NULL")),)

    year: Mapped[str] = mapped_column(String(16), nullable=False)
    number: Mapped[int] = mapped_column(nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(500))
    title_zh_hant: Mapped[str | None] = mapped_column(String(500))
    title_zh_hans: Mapped[str | None] = mapped_column(String(500))
    is_new: Mapped[bool] = mapped_column(nullable=False, default=False)
    narrative_en: Mapped[str | None] = mapped_column(Text)
    narrative_zh_hant: Mapped[str | None] = mapped_column(Text)
    narrative_zh_hans: Mapped[str | None] = mapped_column(Text)

    leads: Mapped[list[ItemLead]] = relationship(
        back_populates="item", order_by="ItemLead.position", cascade="all, delete-orphan")
    figures: Mapped[list[ItemFigure]] = relationship(
        back_populates="item", order_by="ItemFigure.position", cascade="all, delete-orphan")


class ItemLead(Base):
    __tablename__ = "item_lead"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("cooperation_item.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    position: Mapped[int] = mapped_column(nullable=False, default=0)

    item: Mapped[CooperationItem] = relationship(back_populates="leads")
    organisation: Mapped[Organisation] = relationship()


class ItemFigure(Base):
    """A figure the report quotes that is not attendance: 78 pieces exchanged, HK$13,880,000."""

    __tablename__ = "item_figure"
    __table_args__ = (UniqueConstraint("item_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("cooperation_item.id", ondelete="CASCADE"), nullable=False, index=True)
    key: Mapped[str] = mapped_column(String(64), nullable=False)
    label_en: Mapped[str | None] = mapped_column(String(300))
    label_zh_hant: Mapped[str | None] = mapped_column(String(300))
    label_zh_hans: Mapped[str | None] = mapped_column(String(300))
    value: Mapped[float] = mapped_column(Numeric(18, 2, asdecimal=False), nullable=False)
    unit: Mapped[FigureUnit] = mapped_column(enum_type(FigureUnit), nullable=False)
    position: Mapped[int] = mapped_column(nullable=False, default=0)

    item: Mapped[CooperationItem] = relationship(back_populates="figures")
