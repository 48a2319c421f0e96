"""Who sees what, enforced by PostgreSQL: organisers with and without planner_sensitive.

alice and carol are organisers, bob also has planner_sensitive, eve may log in but was never
let in. The demo programme is copied onto the server by its owner (the test superuser).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text, update

from planner.cli.main import main
from planner.domain.enums import EventKind
from planner.domain.errors import NotFoundError, PlannerError, StaleVersionError, StorageError
from planner.domain.schedule import Schedule
from planner.operations.events import create_event, update_event
from planner.operations.people import create_person, register_person
from planner.store import agenda, queries
from planner.store.copy import copy_database
from planner.store.database import Database, open_database
from planner.store.models import (
    AuditEntry,
    Event,
    EventSession,
    Person,
    PersonSensitive,
    Registration,
    TravelDocument,
)
from planner.store.sensitive import reveal_sensitive
from planner.store.server_roles import setup_roles, who_is_who

pytestmark = pytest.mark.postgres

CONFIDENTIAL = 12  # "Joint enforcement operation 1" in the demo
PUBLIC = 6
WITH_DOCUMENTS = (23, 24)  # people with a birth date, a guardian and travel documents
WHEN = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")


@dataclass
class Team:
    url: str
    names: dict[str, str]
    dbs: dict[str, Database]

    def __getitem__(self, who: str) -> Database:
        if who not in self.dbs:
            self.dbs[who] = open_database(self.url_for(who))
        return self.dbs[who]

    def url_for(self, who: str) -> str:
        from sqlalchemy.engine import make_url

        if who == "admin":
            return self.url
        return make_url(self.url).set(username=self.names[who]).render_as_string(
            hide_password=False)


@pytest.fixture(scope="module")
def team(pg_server: Any, demo_template: Path) -> Iterator[Team]:
    url = pg_server.create_database("roles")
    names = {who: pg_server.create_login(who) for who in ("alice", "bob", "carol", "eve")}
    admin = open_database(url)
    source = open_database(str(demo_template), upgrade=False)
    try:
        copy_database(source, admin)
    finally:
        source.close()
    setup_roles(admin, organisers=[names["alice"], names["carol"]], sensitive=[names["bob"]])
    with admin.write() as session:  # a confidential event's agenda and list
        session.add(EventSession(event_id=CONFIDENTIAL, title_en="Briefing", schedule=WHEN))
        session.add(Registration(event_id=CONFIDENTIAL, person_id=1, check_in_code="SECRET1"))
    team = Team(url, names, {"admin": admin})
    yield team
    for db in team.dbs.values():
        db.close()


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_who_is_who_and_roles_are_idempotent(team: Team) -> None:
    out = io.StringIO()
    code = main(["--db", team.url, "db", "roles", "--organiser", team.names["carol"]], out=out)
    assert code == 0
    lines = dict(line.split("\t", 1) for line in out.getvalue().splitlines()[1:])
    assert lines[team.names["alice"]] == "planner_organiser\tno confidential or sensitive data"
    assert lines[team.names["bob"]] == "planner_sensitive\teverything"
    assert team.names["eve"] not in lines
    members = {m.name: m for m in who_is_who(team["admin"])}
    assert members[team.names["carol"]].organiser and not members[team.names["carol"]].sensitive
    assert _count(team["bob"], Event) == _count(team["admin"], Event) == 26


def test_organiser_does_not_see_confidential_events(team: Team) -> None:
    alice, admin = team["alice"], team["admin"]
    with alice.read() as session:
        seen = [e.id for e in queries.list_events(session)]
        days = agenda.agenda(session, date(2016, 4, 1), date(2017, 3, 31))
        assert days
        with pytest.raises(NotFoundError):
            queries.get_event(session, CONFIDENTIAL)
        assert queries.get_event(session, PUBLIC).id == PUBLIC
    with admin.read() as session:
        everything = queries.list_events(session)
    assert seen == [e.id for e in everything if not e.confidential]
    assert len(seen) == len(everything) - 5 and CONFIDENTIAL not in seen
    assert not any(d.confidential for d in days)
    assert _count(alice, EventSession, EventSession.event_id == CONFIDENTIAL) == 0
    assert _count(alice, Registration, Registration.event_id == CONFIDENTIAL) == 0
    assert _count(team["bob"], Registration, Registration.event_id == CONFIDENTIAL) == 1
    assert _count(alice, Registration) == _count(admin, Registration) - 1


def test_organiser_sees_no_sensitive_personal_data(team: Team) -> None:
    alice = team["alice"]
    assert _count(alice, PersonSensitive) == 0 and _count(alice, TravelDocument) == 0
    assert _count(team["bob"], PersonSensitive) == _count(team["admin"], PersonSensitive) > 0
    with pytest.raises(PlannerError) as refused, alice.write() as session:
        reveal_sensitive(session, WITH_DOCUMENTS[0])  # would find nothing: refused instead
    assert refused.value.code == "sensitive_role_needed"
    assert "planner_sensitive" in str(refused.value)
    with alice.read() as session:
        assert queries.get_person(session, WITH_DOCUMENTS[0]).id == WITH_DOCUMENTS[0]
    with team["bob"].write() as session:
        shown_to_bob = reveal_sensitive(session, WITH_DOCUMENTS[0])
    assert "Born" in shown_to_bob
    with team["admin"].read() as session:  # the look was logged under bob's login, alone
        who = session.scalars(select(AuditEntry.user).where(
            AuditEntry.entity_id == WITH_DOCUMENTS[0]).order_by(AuditEntry.id)).all()
    assert who[-1:] == [team.names["bob"]] and team.names["alice"] not in who


def test_organiser_works_normally_under_their_own_name(team: Team) -> None:
    alice = team["alice"]
    with alice.write() as session:
        event = create_event(session, kind="seminar", title_en="Alice's seminar", schedule=WHEN)
        person = create_person(session, name_en="HO Wing-sze", name_zh="何詠詩").value
        register_person(session, event.value.id, person.id)
        update_event(session, event.value.id, event.value.version, capacity=30)
    with team["admin"].read() as session:
        row = session.get(Event, event.value.id)
        assert row is not None and row.modified_by == team.names["alice"]
        added = session.get(Person, person.id)
        assert added is not None and added.modified_by == team.names["alice"]
    with alice.read() as session:
        assert queries.get_event(session, event.value.id).registered == 1


def test_organiser_cannot_make_or_mark_confidential_events(team: Team) -> None:
    alice = team["alice"]
    before = _count(team["admin"], Event)
    with pytest.raises(StorageError) as info:
        with alice.write() as session:
            create_event(session, kind="enforcement_operation", title_en="Raid", schedule=WHEN,
                         confidential=True)
    assert info.value.code == "db_permission_denied"
    assert team.names["alice"] in str(info.value) and "planner_sensitive" in str(info.value)
    with pytest.raises(StorageError):
        with alice.write() as session:
            update_event(session, PUBLIC, None, confidential=True)
    assert _count(team["admin"], Event) == before
    assert _count(alice, Event, Event.id == PUBLIC) == 1
    with team["bob"].write() as session:
        made = create_event(session, kind="enforcement_operation", title_en="Raid",
                            schedule=WHEN, confidential=True).value
    assert _count(alice, Event, Event.id == made.id) == 0


def test_organiser_cannot_write_sensitive_data_or_history(team: Team) -> None:
    alice = team["alice"]
    with pytest.raises(StorageError) as info:
        with alice.write() as session:
            session.add(PersonSensitive(person_id=1, guardian_name="Someone"))
    assert info.value.code == "db_permission_denied"
    for statement in (delete(AuditEntry), update(AuditEntry).values(user="nobody"),
                      text("UPDATE alembic_version SET version_num = 'x'"),
                      text("CREATE TABLE mine (id integer)")):
        with pytest.raises(StorageError) as info:
            with alice.write() as session:
                session.execute(statement)
        assert info.value.code == "db_permission_denied"


def test_erasure_by_an_organiser_removes_rows_they_cannot_see(team: Team) -> None:
    from planner.operations.participants.privacy import erase_person

    ident = WITH_DOCUMENTS[1]
    admin = team["admin"]
    assert _count(admin, PersonSensitive, PersonSensitive.person_id == ident) == 1
    with team["alice"].write() as session:
        erase_person(session, ident)
    assert _count(admin, PersonSensitive, PersonSensitive.person_id == ident) == 0
    assert _count(admin, TravelDocument, TravelDocument.person_id == ident) == 0


def test_second_organiser_is_told_who_changed_the_event(team: Team) -> None:
    with team["carol"].read() as session:
        seen = queries.get_event(session, PUBLIC)
    with team["alice"].write() as session:
        update_event(session, PUBLIC, seen.version, capacity=99)
    with pytest.raises(StaleVersionError) as info:
        with team["carol"].write() as session:
            update_event(session, PUBLIC, seen.version, capacity=12)
    assert info.value.problems[0].params["who"] == team.names["alice"]
    assert team.names["alice"] in str(info.value)


def test_a_login_never_let_in_is_refused_clearly(team: Team) -> None:
    with pytest.raises(StorageError) as info:
        open_database(team.url_for("eve"))
    assert info.value.code == "db_permission_denied"


def test_copy_refuses_a_source_the_user_cannot_fully_see(team: Team, tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        copy_database(team["alice"], open_database(str(tmp_path / "a.sqlite"), create=True))
    assert info.value.code == "db_copy_hidden_rows"
    target = open_database(str(tmp_path / "b.sqlite"), create=True)
    try:
        report = copy_database(team["bob"], target)
    finally:
        target.close()
    assert report.counts["event"] == _count(team["admin"], Event)


def test_roles_need_a_server(demo_path: Path) -> None:
    err = io.StringIO()
    assert main(["--db", str(demo_path), "db", "roles"], err=err) == 2
    assert "PostgreSQL server" in err.getvalue()


def _cli(team: Team, who: str, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    import sys

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        code = main(["--db", team.url_for(who), *argv], out, err)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv, stdin", [
    (("show", "person", str(WITH_DOCUMENTS[0]), "--json", "--reveal"), None),
    (("list", "travel-documents", "--json"), None),
    (("list", "travel-documents", "--person", str(WITH_DOCUMENTS[0])), None),
    (("show", "travel-document", "1", "--json"), None),
    (("create", "travel-document", "--from", "-"),
     '{"person_id": 1, "kind": "passport", "number": "K1234567", "expiry": "2030-01-01"}'),
    (("edit", "travel-document", "1", "--from", "-"), '{"version": 1, "number": "X"}'),
    (("delete", "travel-document", "1"), None),
    (("create", "person", "--from", "-"),
     '{"name_en": "New minor", "is_minor": true, "date_of_birth": "2010-01-01"}'),
    (("create", "person", "--from", "-"),
     '{"name_en": "New minor", "guardian": {"name": "A guardian"}}'),
    (("edit", "person", str(WITH_DOCUMENTS[0]), "--from", "-"),
     '{"version": 1, "date_of_birth": "2004-01-01"}'),
    (("edit", "person", str(WITH_DOCUMENTS[0]), "--from", "-"),
     '{"version": 1, "guardian": null}'),
])
def test_an_organiser_without_the_role_cannot_touch_sensitive_data(
        team: Team, argv: tuple[str, ...], stdin: str | None) -> None:
    """Refused with exit 2 naming the role, by every path; nothing written, nothing shown."""
    before = team["admin"].revision()
    code, out, err = _cli(team, "alice", *argv, stdin=stdin)
    assert code == 2 and out == "", (code, out, err)
    assert "planner_sensitive" in err and err.count("\n") == 1 and "Traceback" not in err
    assert team["admin"].revision() == before
    code, out, err = _cli(team, "bob", *argv[:1], "--help")  # the command exists for bob too
    assert code == 0


def test_a_member_of_planner_sensitive_reads_and_writes_them_audited(team: Team) -> None:
    code, out, err = _cli(team, "bob", "create", "travel-document", "--from", "-",
                          stdin=json.dumps({"person_id": 100, "kind": "passport",
                                            "number": "K7654321", "expiry": "2031-01-01"}))
    assert code == 0, err
    made = json.loads(out)
    code, out, err = _cli(team, "bob", "show", "person", "100", "--json", "--reveal")
    assert code == 0, err
    assert "K7654321" in [d["number"] for d in json.loads(out)["travel_documents"]]
    with team["admin"].read() as session:
        logged = session.execute(select(AuditEntry.user, AuditEntry.action, AuditEntry.details)
                                 .order_by(AuditEntry.id.desc()).limit(2)).all()
    assert [(u, a) for u, a, _d in logged] == [(team.names["bob"], "reveal"),
                                               (team.names["bob"], "change")]
    assert "K7654321" not in str([d for _u, _a, d in logged])
    code, _, err = _cli(team, "bob", "delete", "travel-document", str(made["id"]))
    assert code == 0, err


def test_a_guessed_uid_reveals_no_confidential_event(team: Team) -> None:
    """Issue 15: inserting the predictable UID of a confidential event (the demo's
    event-2016-17-<key>@...) failed with a unique violation, telling an organiser who cannot
    see the event that it exists. UIDs now carry 128 random bits, so the guess is just a UID."""
    with team["admin"].read() as session:
        real = session.get(Event, CONFIDENTIAL).uid  # type: ignore[union-attr]
    guessed = re.sub(r"-[0-9a-f]{32}@", "@", real)
    assert guessed != real and re.fullmatch(r"event-2016-17-.+-[0-9a-f]{32}@.+", real)
    with team["alice"].write() as session:
        probe = Event(uid=guessed, kind=EventKind.MEETING, title_en="Probe")
        probe.schedule = WHEN
        session.add(probe)
        session.flush()
        probe_id = probe.id
    with team["admin"].write() as session:
        session.delete(session.get(Event, probe_id))


def test_audit_entries_about_confidential_events_follow_the_events(team: Team) -> None:
    """An organiser without planner_sensitive sees no audit entry about a confidential event
    (nor about travel documents): joined with modified_by they would name its list."""
    from planner.operations.participants import audit

    with team["bob"].write() as session:
        audit.record(session, "import", "event", CONFIDENTIAL, file="raid-list.xlsx", rows=7)
        audit.record(session, "import", "event", PUBLIC, file="seminar.xlsx", rows=30)
    about = (AuditEntry.entity == "event", AuditEntry.entity_id == CONFIDENTIAL)
    assert _count(team["alice"], AuditEntry, *about) == 0
    assert _count(team["bob"], AuditEntry, *about) == 1
    assert _count(team["admin"], AuditEntry, *about) == 1
    assert _count(team["alice"], AuditEntry, AuditEntry.entity_id == PUBLIC,
                  AuditEntry.entity == "event") >= 1
    assert _count(team["alice"], AuditEntry, AuditEntry.entity == "travel_document") == 0
    assert _count(team["admin"], AuditEntry, AuditEntry.entity == "travel_document") > 0
    with team["alice"].read() as session:  # nothing in a detail names the file either
        details = session.scalars(select(AuditEntry.details)).all()
    assert "raid-list.xlsx" not in json.dumps(details)


def test_the_server_names_who_changed_a_row_whatever_the_client_says(team: Team) -> None:
    alice, bob = team.names["alice"], team.names["bob"]
    with team["alice"].write() as session:
        session.execute(text("UPDATE person SET modified_by = :who WHERE id = 3"), {"who": bob})
        session.execute(text("INSERT INTO audit_log (at, \"user\", action, details) "
                             "VALUES (now(), :who, 'forged', '{}')"), {"who": bob})
    with team["alice"].write() as session:  # the ORM path, told another name
        session.info["user"] = bob
        person = create_person(session, name_en="TSANG Mei-ling").value
    with team["admin"].read() as session:
        assert session.scalar(select(Person.modified_by).where(Person.id == 3)) == alice
        assert session.scalar(select(Person.modified_by).where(Person.id == person.id)) == alice
        forged = session.scalars(select(AuditEntry.user).where(
            AuditEntry.action == "forged")).all()
    assert forged == [alice]


def test_the_owner_keeps_the_names_it_copies(team: Team) -> None:
    """`db copy` by the owner carries modified_by over as it was (history, not forgery)."""
    with team["admin"].write() as session:
        session.execute(text("UPDATE venue SET modified_by = 'someone before' WHERE id = 1"))
    with team["admin"].read() as session:
        assert session.scalar(text("SELECT modified_by FROM venue WHERE id = 1")) == \
            "someone before"


def test_roles_run_twice_change_nothing(team: Team) -> None:
    for _ in range(2):
        setup_roles(team["admin"])
    with team["admin"].read() as session:
        triggers = session.scalars(text(
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'planner_stamp_modified_by'")).one()
        tables = session.scalars(text(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
            "AND column_name = 'modified_by'")).one()
        policies = session.scalars(text(
            "SELECT count(*) FROM pg_policies WHERE tablename = 'audit_log'")).one()
    assert triggers == tables > 10 and policies == 2


def test_the_outbox_hides_confidential_events_and_guardians_addresses(team: Team) -> None:
    """Queued mail carries names, addresses and PDFs: an organiser without planner_sensitive
    sees no message about a confidential event, nor one addressed to a minor's guardian."""
    from planner.store.models import MailDelivery, OutboxMessage

    with team["admin"].write() as session:
        for pid in (1, WITH_DOCUMENTS[0]):
            session.execute(update(Person).where(Person.id == pid).values(
                email=f"person{pid}@example.org"))

        def message(n: int, entity: str, entity_id: int, pid: int, to: str) -> OutboxMessage:
            row = OutboxMessage(batch=f"b{n}", kind="invitation", entity=entity,
                                entity_id=entity_id, person_id=pid, recipient=to,
                                subject=f"subject {n}", language="en", message_id=f"<m{n}@x>",
                                content=b"...", state="queued", attempts=0)
            row.deliveries = [MailDelivery(person_id=pid, entity=entity, entity_id=entity_id,
                                           uid=f"uid{n}", sequence=0, method="REQUEST")]
            return row

        session.add_all([
            message(1, "event", CONFIDENTIAL, 1, "person1@example.org"),
            message(2, "event", PUBLIC, 1, "Person1@Example.org"),
            message(3, "delegation", 1, WITH_DOCUMENTS[0], "guardian@example.org"),
            message(4, "delegation", 1, WITH_DOCUMENTS[0], f"person{WITH_DOCUMENTS[0]}@example.org"),
        ])

    def subjects(who: str) -> list[str]:
        with team[who].read() as session:
            return sorted(session.scalars(select(OutboxMessage.subject)).all())

    assert subjects("alice") == ["subject 2", "subject 4"]
    assert subjects("bob") == subjects("admin") == [f"subject {n}" for n in (1, 2, 3, 4)]
    assert _count(team["alice"], MailDelivery) == 2 and _count(team["bob"], MailDelivery) == 4
    with team["alice"].write() as session:  # nor can one be made about a confidential event
        with pytest.raises(Exception, match="row-level security"):
            session.add(OutboxMessage(batch="x", kind="invitation", entity="event",
                                      entity_id=CONFIDENTIAL, person_id=None,
                                      recipient="someone@example.org", subject="s",
                                      language="en", message_id="<forged@x>", content=b"",
                                      state="queued", attempts=0))
            session.flush()
