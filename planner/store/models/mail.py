"""The outbox: every message Planner sends is a row first, and what each person last received.

A message is built whole when it is queued (what the organiser previewed is what leaves) and
sent by a worker; `mail_delivery` remembers, per person and calendar UID, the SEQUENCE and
METHOD of the invitation they were sent, so that an update goes only to those who had the
earlier version.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.store.base import Base, utcnow


class OutboxMessage(Base):
    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_state_due", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    # What the message is about (a delegation or an event) and whom (the person, not the
    # address: a minor's messages go to the guardian's address).
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[int | None]
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    recipient: Mapped[str] = mapped_column(String(254), nullable=False)
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500), nullable=False)
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    message_id: Mapped[str] = mapped_column(String(255), nullable=False, unique=True)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="queued")
    attempts: Mapped[int] = mapped_column(nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # Not sent before this instant: the backoff after a temporary failure, or a reminder's day.
    next_attempt_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(120))
    sent_at: Mapped[datetime | None]

    deliveries: Mapped[list[MailDelivery]] = relationship(
        back_populates="message", cascade="all, delete-orphan")


class MailDelivery(Base):
    """One calendar component a message carried to a person: its UID, SEQUENCE and METHOD."""

    __tablename__ = "mail_delivery"
    __table_args__ = (Index("ix_mail_delivery_person_uid", "person_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int] = mapped_column(
        ForeignKey("mail_outbox.id", ondelete="CASCADE"), nullable=False, index=True)
    person_id: Mapped[int] = mapped_column(nullable=False)
    entity: Mapped[str] = mapped_column(String(32), nullable=False)
    entity_id: Mapped[int] = mapped_column(nullable=False)
    uid: Mapped[str] = mapped_column(String(255), nullable=False)
    sequence: Mapped[int] = mapped_column(nullable=False)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    # The registration's status when it was sent (a waiting-list notice, then a promotion).
    status: Mapped[str | None] = mapped_column(String(32))

    message: Mapped[OutboxMessage] = relationship(back_populates="deliveries")
