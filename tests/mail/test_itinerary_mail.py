"""A delegation's itinerary by e-mail through a real STARTTLS server: one message per member,
the PDF in the member's language, an iTIP invitation with the feeds' UIDs; a minor's goes to
the guardian; updates only to those who had the earlier version; cancellations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from planner.domain.enums import Status
from planner.mail import outbox, service
from planner.mail.worker import Sender
from planner.store.database import Database
from planner.store.models import AuditEntry, Delegation, DelegationMember, ItineraryItem, Person
from tests.mail.conftest import NOW, Programme, configure
from tests.mail.helpers import attachments, body, calendar_part, parse, pdf_text
from tests.mail.smtp_server import SmtpServer


def _send(db: Database, server: SmtpServer) -> None:
    report = Sender(db, context=server.client_context).run()
    assert not report.failed and not report.uncertain and report.connection_error is None


def _by_recipient(server: SmtpServer) -> dict[str, object]:
    return {r.rcpt_tos[0]: parse(r.content) for r in server.handler.received}


def test_each_member_gets_a_pdf_and_an_invitation_a_minor_through_the_guardian(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    batch = service.prepare(empty_db, "itinerary", programme.delegation_id, now=NOW)
    assert batch.count == 3
    assert [(s.person_id, s.reason) for s in batch.skipped] == [
        (programme.no_address_id, "mail_no_address")]
    service.queue(empty_db, batch)
    _send(empty_db, smtp_server)
    got = _by_recipient(smtp_server)
    # One recipient per message; the minor's own address never used.
    assert sorted(got) == ["ann@example.org", "li.ming@gd.example.cn", "parent.chan@example.hk"]
    assert all(len(r.rcpt_tos) == 1 for r in smtp_server.handler.received)
    assert "kid@example.hk" not in b"".join(r.content for r in smtp_server.handler.received).decode()
    with empty_db.read() as session:
        visit = session.get(Delegation, programme.delegation_id)
        uids = {visit.uid} | {i.uid for i in session.scalars(select(ItineraryItem))}
    for address, msg in got.items():
        assert msg["To"].addresses[0].addr_spec == address
        assert msg["From"].addresses[0].addr_spec == "ipd-events@example.org"
        method, cal = calendar_part(msg)
        assert method == "REQUEST" == str(cal["METHOD"])
        events = cal.walk("VEVENT")
        assert {str(e["UID"]) for e in events} == uids  # the feeds' own UIDs
        for event in events:
            assert str(event["ORGANIZER"]) == "mailto:ipd-events@example.org"
            assert [str(a) for a in _list(event["ATTENDEE"])] == [f"mailto:{address}"]
            assert event["ATTENDEE"].params["RSVP"] == "TRUE"
        files = attachments(msg)
        pdf = next(data for name, data in files.items() if name.endswith(".pdf"))
        assert pdf.startswith(b"%PDF")
        text = pdf_text(pdf)  # the PDF opens and holds the itinerary
        assert "Visit the Science Park" in text or "Visit the Science Park 中文" in text
    # Language: the Guangdong member reads Simplified Chinese, Ann chose English.
    assert got["li.ming@gd.example.cn"]["Subject"].startswith("行程")
    assert "广东代表团访港" in body(got["li.ming@gd.example.cn"])
    assert got["ann@example.org"]["Subject"] == "Itinerary: Guangdong delegation to Hong Kong"
    assert "itinerary-1-zh-cn.pdf" in attachments(got["li.ming@gd.example.cn"])
    # The guardian is greeted as the minor's guardian (a Hong Kong school: Traditional).
    assert body(got["parent.chan@example.hk"]).startswith("陳小明的家長／監護人Chan Tai Man：")
    with empty_db.read() as session:
        assert outbox.counts(session)["sent"] == 3
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "mail_queued")).one()
        assert entry.details["count"] == 3 and entry.details["guardians"] == 1
        assert "@" not in str(entry.details)


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]


def test_a_change_goes_only_to_those_who_had_the_earlier_version_with_sequence_advanced(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    service.queue(empty_db, service.prepare(empty_db, "itinerary", programme.delegation_id,
                                            now=NOW))
    _send(empty_db, smtp_server)
    first = {a: calendar_part(m)[1] for a, m in _by_recipient(smtp_server).items()}
    smtp_server.handler.received.clear()
    # A new member who never had the itinerary; the first item moves by an hour.
    with empty_db.write() as session:
        newcomer = Person(name_en="New Comer", email="new@example.org", search_key="new")
        session.add(newcomer)
        session.flush()
        session.add(DelegationMember(delegation_id=programme.delegation_id,
                                     person_id=newcomer.id))
        item = session.get(ItineraryItem, programme.item_ids[0])
        moved_uid = item.uid
        item.starts_at = item.starts_at.replace(hour=item.starts_at.hour + 1)
        item.ends_at = item.ends_at.replace(hour=item.ends_at.hour + 1)
    batch = service.prepare(empty_db, "updates", now=NOW)
    assert sorted(m.recipient for m in batch.messages) == [
        "ann@example.org", "li.ming@gd.example.cn", "parent.chan@example.hk"]
    service.queue(empty_db, batch)
    _send(empty_db, smtp_server)
    for address, msg in _by_recipient(smtp_server).items():
        method, cal = calendar_part(msg)
        assert method == "REQUEST" == str(cal["METHOD"])
        [event] = cal.walk("VEVENT")
        assert str(event["UID"]) == moved_uid
        before = next(e for e in first[address].walk("VEVENT") if str(e["UID"]) == moved_uid)
        assert int(event["SEQUENCE"]) > int(before["SEQUENCE"])
        assert event.decoded("DTSTART").hour == before.decoded("DTSTART").hour + 1
    # Nothing changed since: nothing more to send.
    assert service.prepare(empty_db, "updates", now=NOW).count == 0


def test_a_cancelled_delegation_sends_cancel_for_every_uid(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    service.queue(empty_db, service.prepare(empty_db, "itinerary", programme.delegation_id,
                                            now=NOW))
    _send(empty_db, smtp_server)
    sent_before = {str(e["UID"]): int(e["SEQUENCE"]) for e in calendar_part(
        parse(smtp_server.handler.received[0].content))[1].walk("VEVENT")}
    smtp_server.handler.received.clear()
    with empty_db.write() as session:
        session.get(Delegation, programme.delegation_id).status = Status.CANCELLED
    service.queue(empty_db, service.prepare(empty_db, "updates", now=NOW))
    _send(empty_db, smtp_server)
    assert len(smtp_server.handler.received) == 3
    for msg in _by_recipient(smtp_server).values():
        method, cal = calendar_part(msg)
        assert method == "CANCEL" == str(cal["METHOD"])
        events = cal.walk("VEVENT")
        assert {str(e["UID"]) for e in events} == set(sent_before)
        for event in events:
            assert str(event["STATUS"]) == "CANCELLED"
            assert int(event["SEQUENCE"]) > sent_before[str(event["UID"])]
        assert msg["Subject"].startswith(("Cancelled", "取消"))
    assert service.prepare(empty_db, "updates", now=NOW).count == 0


def test_a_deleted_item_is_cancelled_for_those_who_had_it(
        empty_db: Database, programme: Programme, smtp_server: SmtpServer) -> None:
    configure(empty_db, smtp_server.port)
    service.queue(empty_db, service.prepare(empty_db, "itinerary", programme.delegation_id,
                                            now=NOW))
    _send(empty_db, smtp_server)
    smtp_server.handler.received.clear()
    with empty_db.write() as session:
        item = session.get(ItineraryItem, programme.item_ids[1])
        gone = item.uid
        item.deleted_at = datetime(2027, 3, 2)
    service.queue(empty_db, service.prepare(empty_db, "updates", now=NOW))
    _send(empty_db, smtp_server)
    for msg in _by_recipient(smtp_server).values():
        method, cal = calendar_part(msg)
        assert method == "CANCEL"
        assert [str(e["UID"]) for e in cal.walk("VEVENT")] == [gone]
