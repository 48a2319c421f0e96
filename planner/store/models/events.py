"""Events (seminars, forums, fairs, operations...), their sessions and organisers."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.enums import EventKind, OrganiserRole, Status
from planner.store.base import Base, Editable, Scheduled, enum_type
from planner.store.models.reference import CooperationItem, Organisation, Venue


class Event(Editable, Scheduled, Base):
    __tablename__ = "event"
    uid_prefix = "event"

    kind: Mapped[EventKind] = mapped_column(enum_type(EventKind), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(500))
    title_zh_hant: Mapped[str | None] = mapped_column(String(500))
    title_zh_hans: Mapped[str | None] = mapped_column(String(500))
    theme_en: Mapped[str | None] = mapped_column(String(500))
    theme_zh_hant: Mapped[str | None] = mapped_column(String(500))
    theme_zh_hans: Mapped[str | None] = mapped_column(String(500))
    description_en: Mapped[str | None] = mapped_column(Text)
    description_zh_hant: Mapped[str | None] = mapped_column(Text)
    description_zh_hans: Mapped[str | None] = mapped_column(Text)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("cooperation_item.id"), index=True)
    capacity: Mapped[int | None]
    status: Mapped[Status] = mapped_column(enum_type(Status), nullable=False, default=Status.DRAFT)
    confidential: Mapped[bool] = mapped_column(nullable=False, default=False)
    # Where an imported event came from: its source UID, RECURRENCE-ID and SEQUENCE, so that
    # importing the same or a newer file updates it in place instead of duplicating it.
    source_uid: Mapped[str | None] = mapped_column(String(255), index=True)
    source_recurrence_id: Mapped[str | None] = mapped_column(String(64))
    source_sequence: Mapped[int | None]

    venue: Mapped[Venue | None] = relationship()
    item: Mapped[CooperationItem | None] = relationship()
    organisers: Mapped[list[EventOrganiser]] = relationship(
        back_populates="event", order_by="EventOrganiser.position", cascade="all, delete-orphan")
    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", order_by="EventSession.position", cascade="all, delete-orphan")


class EventOrganiser(Base):
    __tablename__ = "event_organiser"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    role: Mapped[OrganiserRole] = mapped_column(enum_type(OrganiserRole), nullable=False)
    position: Mapped[int] = mapped_column(nullable=False, default=0)

    event: Mapped[Event] = relationship(back_populates="organisers")
    organisation: Mapped[Organisation] = relationship()


class EventSession(Editable, Scheduled, Base):
    """One slot of an event's agenda."""

    __tablename__ = "event_session"
    uid_prefix = "session"
    sequence_fields = ("starts_at", "ends_at", "timezone", "all_day", "venue_id")

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(nullable=False, default=0)
    title_en: Mapped[str | None] = mapped_column(String(500))
    title_zh_hant: Mapped[str | None] = mapped_column(String(500))
    title_zh_hans: Mapped[str | None] = mapped_column(String(500))
    speaker: Mapped[str | None] = mapped_column(String(300))
    room: Mapped[str | None] = mapped_column(String(200))
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="sessions")
    venue: Mapped[Venue | None] = relationship()
