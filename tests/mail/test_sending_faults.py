"""The outbox against a real server's faults: down then up, 451 then success, 550, a connection
lost in the middle of DATA, a program stopped while sending; a login through the keyring."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from planner.mail import outbox, service
from planner.mail.worker import Sender
from planner.store.base import utcnow
from planner.store.database import Database
from planner.store.models import OutboxMessage
from tests.mail.conftest import NOW, Programme, configure
from tests.mail.helpers import parse
from tests.mail.smtp_server import SmtpServer, free_port


def _states(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {r.recipient: r.state for r in outbox.list_outbox(session)}


def _queue_itineraries(db: Database, programme: Programme) -> None:
    service.queue(db, service.prepare(db, "itinerary", programme.delegation_id, now=NOW))


def test_server_down_keeps_messages_queued_and_sends_them_when_it_is_back(
        empty_db: Database, programme: Programme) -> None:
    port = free_port()
    configure(empty_db, port)
    _queue_itineraries(empty_db, programme)
    server = SmtpServer(port)
    report = Sender(empty_db, context=server.client_context).run()
    assert report.sent == 0 and report.connection_error and "cannot reach" in report.connection_error
    with empty_db.read() as session:
        rows = outbox.list_outbox(session)
    assert {r.state for r in rows} == {"queued"} and {r.attempts for r in rows} == {0}
    server.start()
    try:
        report = Sender(empty_db, context=server.client_context).run()
    finally:
        server.stop()
    assert report.sent == 3 and report.connection_error is None
    assert set(_states(empty_db).values()) == {"sent"}
    assert len(server.handler.received) == 3


def test_451_is_retried_with_backoff_then_sent(empty_db: Database, programme: Programme,
                                               smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    _queue_itineraries(empty_db, programme)
    smtp_server.handler.data_replies = ["451 4.7.1 Greylisted, try again later"]
    report = Sender(empty_db, context=smtp_server.client_context).run()
    assert report.sent == 2 and len(report.retrying) == 1
    [waiting] = report.retrying.values()
    assert "451 4.7.1 Greylisted" in waiting.error
    with empty_db.read() as session:
        row = session.get(OutboxMessage, waiting.id)
        assert row.state == "queued" and row.attempts == 1
        assert row.next_attempt_at >= utcnow() + timedelta(seconds=25)  # backoff, not at once
    # Later (the backoff elapsed): the same message goes, once.
    with empty_db.write() as session:
        session.execute(update(OutboxMessage).values(next_attempt_at=utcnow()))
    report = Sender(empty_db, context=smtp_server.client_context).run()
    assert report.sent == 1 and not report.retrying
    assert set(_states(empty_db).values()) == {"sent"}
    ids = [parse(r.content)["Message-ID"] for r in smtp_server.handler.received]
    assert len(ids) == len(set(ids)) == 3


def test_550_fails_with_the_servers_words_and_the_rest_go(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    _queue_itineraries(empty_db, programme)
    smtp_server.handler.refuse["ann@example.org"] = "550 5.1.1 <ann@example.org>: no such user"
    report = Sender(empty_db, context=smtp_server.client_context).run()
    assert report.sent == 2
    [failed] = report.failed
    assert failed.recipient == "ann@example.org" and failed.name == "Ann Smith"
    assert failed.error == "550 5.1.1 <ann@example.org>: no such user"
    states = _states(empty_db)
    assert states["ann@example.org"] == "failed"
    # Failed for good: not tried again.
    assert Sender(empty_db, context=smtp_server.client_context).run().sent == 0
    assert _states(empty_db)["ann@example.org"] == "failed"


def test_a_connection_lost_during_data_may_have_been_sent_and_is_not_resent(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    _queue_itineraries(empty_db, programme)
    smtp_server.handler.drop_during_data = 1
    report = Sender(empty_db, context=smtp_server.client_context).run()
    [lost] = report.uncertain
    assert "may have been sent" not in lost.error  # the state says it; the reason is the cause
    assert report.sent == 2
    with empty_db.read() as session:
        row = session.get(OutboxMessage, lost.id)
        assert row.state == "uncertain" and row.last_error.startswith("may have been sent")
    received = len(smtp_server.handler.received)
    assert received == 3  # the server did get it: resending would send it twice
    assert Sender(empty_db, context=smtp_server.client_context).run().sent == 0
    assert len(smtp_server.handler.received) == received
    # Only the organiser's word sends it again.
    with empty_db.write() as session:
        assert outbox.resend(session, [lost.id]) == 1
    assert Sender(empty_db, context=smtp_server.client_context).run().sent == 1


def test_a_program_stopped_while_sending_leaves_may_have_been_sent(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    _queue_itineraries(empty_db, programme)
    with empty_db.write() as session:
        [first, *_] = outbox.due(session)
        assert outbox.claim(session, first) is not None  # committed: then the program died
        session.execute(update(OutboxMessage).where(OutboxMessage.id == first)
                        .values(next_attempt_at=utcnow() - timedelta(hours=1)))
    report = Sender(empty_db, context=smtp_server.client_context).run()
    assert report.recovered == 1 and report.sent == 2
    with empty_db.read() as session:
        assert session.get(OutboxMessage, first).state == "uncertain"


def test_the_password_comes_from_the_keyring_and_a_wrong_one_keeps_messages_queued(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer,
        memory_keyring: object) -> None:
    saved = configure(empty_db, smtp_server.port)
    _queue_itineraries(empty_db, programme)
    from planner.mail.secrets import store_password

    store_password(saved, "wrong")
    report = Sender(empty_db, context=smtp_server.client_context).run()
    assert report.connection_error and report.connection_error.startswith("login refused: 535")
    assert set(_states(empty_db).values()) == {"queued"}
    store_password(saved, "s3cret-pw")
    assert Sender(empty_db, context=smtp_server.client_context).run().sent == 3


def test_an_untrusted_certificate_is_refused(empty_db: Database, programme: Programme,
                                             smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    _queue_itineraries(empty_db, programme)
    report = Sender(empty_db).run()  # the system's authorities do not know the test's CA
    assert report.connection_error and "secure connection failed" in report.connection_error
    assert not smtp_server.handler.received
