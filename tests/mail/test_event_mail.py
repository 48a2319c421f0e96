"""An event's confirmations (QR code and invitation), waiting-list notices, the promotion when a
place frees up, reminders some days before, and a cancelled registration."""

from __future__ import annotations

from datetime import datetime, timedelta
from io import BytesIO

from PIL import Image
from sqlalchemy import select

from planner.mail import outbox, service
from planner.mail.worker import Sender
from planner.operations.participants.registrations import cancel_registration
from planner.store.database import Database
from planner.store.models import Event, OutboxMessage, Registration
from tests.mail.conftest import NOW, Programme, configure
from tests.mail.helpers import attachments, body, calendar_part, parse
from tests.mail.smtp_server import SmtpServer


def _send(db: Database, server: SmtpServer) -> dict[str, object]:
    server.handler.received.clear()
    report = Sender(db, context=server.client_context).run()
    assert not report.failed and not report.uncertain
    return {r.rcpt_tos[0]: parse(r.content) for r in server.handler.received}


def test_confirmations_carry_the_qr_code_and_an_invitation_waiting_gets_a_notice(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    batch = service.prepare(empty_db, "invitations", programme.event_id, now=NOW)
    assert sorted(m.kind for m in batch.messages) == ["confirmation", "confirmation", "waitlist"]
    service.queue(empty_db, batch)
    got = _send(empty_db, smtp_server)
    with empty_db.read() as session:
        event_uid = session.get(Event, programme.event_id).uid
        codes = {r.person_id: r.check_in_code for r in session.scalars(select(Registration))}
    confirmed = got["ann@example.org"]
    method, cal = calendar_part(confirmed)
    assert method == "REQUEST" == str(cal["METHOD"])
    assert [str(e["UID"]) for e in cal.walk("VEVENT")] == [event_uid]
    files = attachments(confirmed)
    png = files[f"check-in-{codes[programme.english_id]}.png"]
    assert Image.open(BytesIO(png)).size[0] >= 200  # a QR code big enough to scan
    assert confirmed["Subject"] == "Registration confirmed: Patent seminar"
    assert "Science Park" in body(confirmed)
    notice = got["wai@example.org"]
    assert notice["Subject"].startswith("候補名單")  # a Hong Kong organisation: Traditional
    assert not any(p.get_content_type() == "text/calendar" for p in notice.walk())


def test_a_freed_place_sends_the_promotion_with_its_invitation(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    service.queue(empty_db, service.prepare(empty_db, "invitations", programme.event_id, now=NOW))
    _send(empty_db, smtp_server)
    with empty_db.write() as session:
        ann = session.scalars(select(Registration).where(
            Registration.person_id == programme.english_id)).one()
        result = cancel_registration(session, ann.id, ann.version).value
        assert [r.person.id for r in result.promoted] == [programme.waiting_id]
    batch = service.prepare(empty_db, "updates", now=NOW)
    assert sorted((m.kind, m.recipient) for m in batch.messages) == [
        ("cancel", "ann@example.org"), ("promotion", "wai@example.org")]
    service.queue(empty_db, batch)
    got = _send(empty_db, smtp_server)
    method, cal = calendar_part(got["wai@example.org"])
    assert method == "REQUEST" and got["wai@example.org"]["Subject"].startswith("已為你保留名額")
    assert any(name.endswith(".png") for name in attachments(got["wai@example.org"]))
    method, cal = calendar_part(got["ann@example.org"])
    assert method == "CANCEL" == str(cal["METHOD"])
    assert service.prepare(empty_db, "updates", now=NOW).count == 0


def test_reminders_wait_until_their_day(empty_db: Database, programme: Programme,
                                        smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    # Sent now, the reminder waits until 3 days before the seminar.
    service.queue(empty_db, service.prepare(empty_db, "reminders", programme.event_id, days=3,
                                            now=NOW))
    with empty_db.read() as session:
        due = set(session.scalars(select(OutboxMessage.next_attempt_at)))
        start = session.get(Event, programme.event_id).starts_at
    assert due == {start - timedelta(days=3)}
    assert _send(empty_db, smtp_server) == {}
    with empty_db.read() as session:
        assert outbox.counts(session)["queued"] == 2
    late = Sender(empty_db, context=smtp_server.client_context,
                  clock=lambda: start - timedelta(days=2))
    assert late.run().sent == 2


def test_templates_are_the_organisations_own_when_edited(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    from planner.mail.templates import save_template, template

    configure(empty_db, smtp_server.port)
    with empty_db.write() as session:
        save_template(session, "confirmation", "en", "See you at {event}",
                      "Hello {name}, {event} on {dates}. {unknown} stays. {link}")
    batch = service.prepare(empty_db, "invitations", programme.event_id, now=NOW)
    ann = next(m for m in batch.messages if m.recipient == "ann@example.org")
    assert ann.subject == "See you at Patent seminar"
    assert ann.body.startswith("Hello Ann Smith, Patent seminar on ")
    assert "{unknown} stays." in ann.body
    with empty_db.write() as session:  # the default's text again: back to the default
        default = template(session, "itinerary", "en")
        assert save_template(session, "itinerary", "en", default.subject, default.body).custom \
            is False
    assert datetime  # imported for type clarity in other tests
