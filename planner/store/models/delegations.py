"""Delegations that cross the boundary, their members and itineraries, and exchange programmes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.enums import (
    ItineraryKind,
    MemberRole,
    MemberStatus,
    OrganiserRole,
    Side,
    Status,
)
from planner.store.base import Base, Editable, Scheduled, enum_type
from planner.store.models.reference import CooperationItem, Organisation, Venue

if TYPE_CHECKING:  # people.py imports this module
    from planner.store.models.people import Person


class ExchangeProgramme(Editable, Base):
    """A two-way exchange (e.g. secondary school students); each leg is a delegation."""

    __tablename__ = "exchange_programme"

    title_en: Mapped[str | None] = mapped_column(String(500))
    title_zh_hant: Mapped[str | None] = mapped_column(String(500))
    title_zh_hans: Mapped[str | None] = mapped_column(String(500))
    theme_en: Mapped[str | None] = mapped_column(String(500))
    theme_zh_hant: Mapped[str | None] = mapped_column(String(500))
    theme_zh_hans: Mapped[str | None] = mapped_column(String(500))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("cooperation_item.id"), index=True)
    status: Mapped[Status] = mapped_column(enum_type(Status), nullable=False, default=Status.DRAFT)

    item: Mapped[CooperationItem | None] = relationship()
    legs: Mapped[list[Delegation]] = relationship(
        back_populates="programme", order_by="Delegation.leg_number")


class Delegation(Editable, Scheduled, Base):
    __tablename__ = "delegation"
    uid_prefix = "delegation"

    name_en: Mapped[str | None] = mapped_column(String(500))
    name_zh_hant: Mapped[str | None] = mapped_column(String(500))
    name_zh_hans: Mapped[str | None] = mapped_column(String(500))
    theme_en: Mapped[str | None] = mapped_column(String(500))
    theme_zh_hant: Mapped[str | None] = mapped_column(String(500))
    theme_zh_hans: Mapped[str | None] = mapped_column(String(500))
    lead_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    origin: Mapped[Side] = mapped_column(enum_type(Side), nullable=False)
    destination: Mapped[Side] = mapped_column(enum_type(Side), nullable=False)
    origin_city: Mapped[str | None] = mapped_column(String(120))
    destination_city: Mapped[str | None] = mapped_column(String(120))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("cooperation_item.id"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_programme.id"), index=True)
    leg_number: Mapped[int | None]
    status: Mapped[Status] = mapped_column(enum_type(Status), nullable=False, default=Status.DRAFT)
    notes: Mapped[str | None] = mapped_column(Text)

    lead_organisation: Mapped[Organisation | None] = relationship()
    item: Mapped[CooperationItem | None] = relationship()
    programme: Mapped[ExchangeProgramme | None] = relationship(back_populates="legs")
    co_organisers: Mapped[list[DelegationOrganisation]] = relationship(
        back_populates="delegation", order_by="DelegationOrganisation.position",
        cascade="all, delete-orphan")
    contacts: Mapped[list[DelegationContact]] = relationship(
        back_populates="delegation", order_by="DelegationContact.position",
        cascade="all, delete-orphan")
    members: Mapped[list[DelegationMember]] = relationship(
        back_populates="delegation", order_by="DelegationMember.id", cascade="all, delete-orphan")
    itinerary: Mapped[list[ItineraryItem]] = relationship(
        back_populates="delegation", order_by="ItineraryItem.position", cascade="all, delete-orphan")


class DelegationOrganisation(Base):
    __tablename__ = "delegation_organisation"

    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    role: Mapped[OrganiserRole] = mapped_column(enum_type(OrganiserRole), nullable=False)
    position: Mapped[int] = mapped_column(nullable=False, default=0)

    delegation: Mapped[Delegation] = relationship(back_populates="co_organisers")
    organisation: Mapped[Organisation] = relationship()


class DelegationContact(Editable, Base):
    """An emergency contact for the trip (organiser staff, not members' private data)."""

    __tablename__ = "delegation_contact"

    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(64))
    role: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(nullable=False, default=0)

    delegation: Mapped[Delegation] = relationship(back_populates="contacts")


class DelegationMember(Editable, Base):
    __tablename__ = "delegation_member"
    __table_args__ = (UniqueConstraint("delegation_id", "person_id"),)

    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), nullable=False, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    role: Mapped[MemberRole] = mapped_column(enum_type(MemberRole), nullable=False,
                                             default=MemberRole.MEMBER)
    status: Mapped[MemberStatus] = mapped_column(enum_type(MemberStatus), nullable=False,
                                                 default=MemberStatus.INVITED)
    guardian_consent: Mapped[bool] = mapped_column(nullable=False, default=False)
    consent_date: Mapped[date | None]

    delegation: Mapped[Delegation] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class ItineraryItem(Editable, Scheduled, Base):
    __tablename__ = "itinerary_item"
    uid_prefix = "itinerary"

    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(nullable=False, default=0)
    kind: Mapped[ItineraryKind] = mapped_column(enum_type(ItineraryKind), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(500))
    title_zh_hant: Mapped[str | None] = mapped_column(String(500))
    title_zh_hans: Mapped[str | None] = mapped_column(String(500))
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)
    host_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    contact_person: Mapped[str | None] = mapped_column(String(300))
    control_point: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)

    delegation: Mapped[Delegation] = relationship(back_populates="itinerary")
    venue: Mapped[Venue | None] = relationship()
    host: Mapped[Organisation | None] = relationship()

    sequence_fields = ("starts_at", "ends_at", "timezone", "all_day", "venue_id", "control_point")
