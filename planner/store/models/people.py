"""People, their sensitive data (kept apart), and registrations for events."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.enums import (
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
    TravelDocumentType,
)
from planner.store.base import Base, Editable, enum_type, utcnow
from planner.store.models.events import Event
from planner.store.models.reference import Organisation


class Person(Editable, Base):
    """A participant. Names are stored exactly as given; `search_key` is for matching only."""

    __tablename__ = "person"

    name_en: Mapped[str | None] = mapped_column(String(200))
    name_zh: Mapped[str | None] = mapped_column(String(200))
    # Searched for fragments anywhere inside (instr / LIKE '%...%'): no index could serve it.
    search_key: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    position: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[PersonCategory] = mapped_column(
        enum_type(PersonCategory), nullable=False, default=PersonCategory.OTHER)
    email: Mapped[str | None] = mapped_column(String(254))  # searched like search_key
    phone: Mapped[str | None] = mapped_column(String(64))
    # en, zh-hk or zh-cn: the language of messages sent to the person (else their side's).
    language: Mapped[str | None] = mapped_column(String(8))
    dietary_needs: Mapped[str | None] = mapped_column(String(300))
    access_needs: Mapped[str | None] = mapped_column(String(300))
    is_minor: Mapped[bool] = mapped_column(nullable=False, default=False)
    # Set when the person's personal data was erased; attendance stays, counted anonymously.
    erased_at: Mapped[datetime | None]

    organisation: Mapped[Organisation | None] = relationship()
    sensitive: Mapped[PersonSensitive | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False)
    documents: Mapped[list[TravelDocument]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="TravelDocument.id")


class PersonSensitive(Editable, Base):
    """Date of birth and guardian: masked in anything shared or printed, never in a feed."""

    __tablename__ = "person_sensitive"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), nullable=False, unique=True)
    date_of_birth: Mapped[date | None]
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    guardian_phone: Mapped[str | None] = mapped_column(String(64))
    guardian_relationship: Mapped[str | None] = mapped_column(String(64))
    # A minor's messages go here, never to the minor's own address.
    guardian_email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="sensitive")


class TravelDocument(Editable, Base):
    __tablename__ = "travel_document"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True)
    doc_type: Mapped[TravelDocumentType] = mapped_column(enum_type(TravelDocumentType), nullable=False)
    number: Mapped[str | None] = mapped_column(String(64))
    issuing_authority: Mapped[str | None] = mapped_column(String(200))
    issue_date: Mapped[date | None]
    expiry: Mapped[date | None]
    endorsement_type: Mapped[str | None] = mapped_column(String(64))
    endorsement_entries: Mapped[int | None]
    endorsement_expiry: Mapped[date | None]

    person: Mapped[Person] = relationship(back_populates="documents")


class Registration(Editable, Base):
    """A person on an event's list; `registered_at` orders the waiting list."""

    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), nullable=False)  # leads the unique index
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    status: Mapped[RegistrationStatus] = mapped_column(
        enum_type(RegistrationStatus), nullable=False, default=RegistrationStatus.REGISTERED)
    role: Mapped[RegistrationRole] = mapped_column(
        enum_type(RegistrationRole), nullable=False, default=RegistrationRole.PARTICIPANT)
    registered_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    walk_in: Mapped[bool] = mapped_column(nullable=False, default=False)
    checked_in_at: Mapped[datetime | None]
    checked_out_at: Mapped[datetime | None]
    check_in_code: Mapped[str | None] = mapped_column(String(32), unique=True)

    event: Mapped[Event] = relationship()
    person: Mapped[Person] = relationship()


class Attendance(Base):
    """Check-in and check-out of one registration on one day of a (multi-day) event."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("registration_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), nullable=False, index=True)
    day: Mapped[date] = mapped_column(nullable=False)
    checked_in_at: Mapped[datetime | None]
    checked_out_at: Mapped[datetime | None]
    modified_by: Mapped[str | None] = mapped_column(String(120))

    registration: Mapped[Registration] = relationship()
