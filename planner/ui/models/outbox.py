"""The outbox table: state, kind, recipient (masked), attempts, last error."""

from __future__ import annotations

from planner.exports.people.masking import mask_email
from planner.mail.outbox import OutboxRow
from planner.ui.models.base import Column, RowTableModel
from planner.ui.text import QT_TRANSLATE_NOOP, tr

STATE_NAMES = {"queued": QT_TRANSLATE_NOOP("OutboxModel", "Queued"),
               "sending": QT_TRANSLATE_NOOP("OutboxModel", "Sending"),
               "sent": QT_TRANSLATE_NOOP("OutboxModel", "Sent"),
               "failed": QT_TRANSLATE_NOOP("OutboxModel", "Failed"),
               "uncertain": QT_TRANSLATE_NOOP("OutboxModel", "May have been sent")}
KIND_NAMES = {"itinerary": QT_TRANSLATE_NOOP("OutboxModel", "Itinerary"),
              "update": QT_TRANSLATE_NOOP("OutboxModel", "Update"),
              "cancel": QT_TRANSLATE_NOOP("OutboxModel", "Cancellation"),
              "confirmation": QT_TRANSLATE_NOOP("OutboxModel", "Confirmation"),
              "waitlist": QT_TRANSLATE_NOOP("OutboxModel", "Waiting list"),
              "promotion": QT_TRANSLATE_NOOP("OutboxModel", "Promotion"),
              "reminder": QT_TRANSLATE_NOOP("OutboxModel", "Reminder")}


def state_name(state: str) -> str:
    return tr("OutboxModel", STATE_NAMES.get(state, state))


def kind_name(kind: str) -> str:
    return tr("OutboxModel", KIND_NAMES.get(kind, kind))


def recipient(row: OutboxRow) -> str:
    return f"{row.recipient_name or ''} <{mask_email(row.recipient)}>".strip()


class OutboxModel(RowTableModel[OutboxRow]):
    CONTEXT = "OutboxModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OutboxModel", "State"), lambda r: state_name(r.state),
               tooltip=lambda r: r.last_error),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Kind"), lambda r: kind_name(r.kind)),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "To"), recipient),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Subject"), lambda r: r.subject),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Tries"), lambda r: r.attempts,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Last error"), lambda r: r.last_error or ""),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Queued"),
               lambda r: r.created_at.strftime("%Y-%m-%d %H:%M"), sort=lambda r: r.created_at),
    )
