"""The use cases the command line and the window share: build a batch (a read), queue it (one
write with its audit entry), write it as .eml files instead (a dry run)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.errors import PlannerError
from planner.exports.files import atomic_write
from planner.mail import outbox
from planner.mail.prepare import Batch, prepare_invitations, prepare_itinerary, prepare_reminders
from planner.mail.settings import load
from planner.mail.updates import prepare_updates
from planner.store.database import Database

WHAT = ("itinerary", "invitations", "reminders", "updates")


def clock() -> datetime:
    return datetime.now(UTC)


def prepare(db: Database, what: str, target_id: int | None = None, *, days: int | None = None,
            now: datetime | None = None) -> Batch:
    """Build every message of a batch (nothing is written)."""
    now = now or clock()
    with db.read() as session:
        settings = load(session)
        if what == "itinerary":
            return prepare_itinerary(session, int(target_id or 0), settings, now)
        if what == "invitations":
            return prepare_invitations(session, int(target_id or 0), settings, now)
        if what == "reminders":
            chosen = settings.reminder_days if days is None else days
            return prepare_reminders(session, int(target_id or 0), chosen, settings, now)
        if what == "updates":
            return prepare_updates(session, settings, now)
    raise ValueError(f"unknown batch {what!r}")


def queue(db: Database, batch: Batch) -> list[int]:
    """Queue the batch in one transaction (audited); returns the outbox ids."""
    with db.write() as session:
        return outbox.queue(session, batch)


def write_eml(batch: Batch, directory: str | Path) -> list[Path]:
    """A dry run: each message as DIR/NNN-kind-person.eml (no address in a file name)."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):
        raise PlannerError("mail_dry_run_folder", path=str(folder))
    return [atomic_write(folder / f"{number:03d}-{message.kind}-{message.person_id}.eml",
                         message.content)
            for number, message in enumerate(batch.messages, start=1)]
