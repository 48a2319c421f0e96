"""The embedded demo: the 2016-17 programme of the annual progress report, with generated lists.

Everything comes from resources/demo/programme-2016-17.json (see SCHEMA.md there); participants
are fictional. Seeding is one transaction and is reproducible (fixed random seed, stable UIDs).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from planner.config import resources_dir
from planner.demo.names import fake_name
from planner.domain.enums import (
    DatePrecision,
    MemberRole,
    MemberStatus,
    OrganisationKind,
    OrganiserRole,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
    Side,
    Status,
    TravelDocumentType,
)
from planner.domain.errors import PlannerError
from planner.domain.schedule import Schedule, schedule_from_text, zone
from planner.domain.text import search_key
from planner.operations.people import new_check_in_code
from planner.store.base import Base
from planner.store.database import Database, open_database
from planner.store.hooks import new_uid, uid_domain
from planner.store.models import (
    Attendance,
    CooperationItem,
    Delegation,
    DelegationContact,
    DelegationMember,
    DelegationOrganisation,
    Event,
    EventOrganiser,
    ExchangeProgramme,
    ItemFigure,
    ItemLead,
    ItineraryItem,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
    TravelDocument,
    Venue,
)
from planner.store.sqlite_file import removed_on_failure

DEMO_FILE = "programme-2016-17.json"
KEEP_TABLES = {"alembic_version", "db_revision", "setting"}


@dataclass
class SeedSummary:
    organisations: int = 0
    venues: int = 0
    items: int = 0
    events: int = 0
    delegations: int = 0
    programmes: int = 0
    people: int = 0
    registrations: int = 0
    members: int = 0
    itinerary_items: int = 0

    def describe(self) -> str:
        return "demo programme 2016-17: " + ", ".join(
            f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self))


def load_programme(path: Path | None = None) -> dict[str, Any]:
    with (path or resources_dir() / "demo" / DEMO_FILE).open(encoding="utf-8") as handle:
        return json.load(handle)


def seed_demo(db: Database, *, reset: bool = False, path: Path | None = None) -> SeedSummary:
    """Fill the database with the demo programme in one transaction.

    Refuses (nothing written) when the database already holds a programme, unless `reset`,
    which replaces everything in the same transaction.
    """
    data = load_programme(path)
    with db.write() as session:
        if reset:
            wipe(session)
        elif session.scalar(select(func.count()).select_from(Event)) or \
                session.scalar(select(func.count()).select_from(CooperationItem)):
            raise PlannerError("demo_not_empty")
        return Seeder(session, data).run()


def wipe(session: Session) -> None:
    """Delete every row of the programme (settings and counters stay)."""
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in KEEP_TABLES:
            session.execute(delete(table))
    session.expunge_all()


class Seeder:
    def __init__(self, session: Session, data: dict[str, Any]) -> None:
        self.session = session
        self.data = data
        self.year: str = data["year"]
        self.rng = random.Random(20162017)
        # Needs come from a stream of their own, so the rest of the demo stays as it was.
        self.needs_rng = random.Random(2017)
        self.orgs: dict[str, Organisation] = {}
        self.venues: dict[str, Venue] = {}
        self.items: dict[int, CooperationItem] = {}
        self.delegations: dict[str, Delegation] = {}
        self.members: dict[str, list[DelegationMember]] = {}
        self.summary = SeedSummary()
        self.domain = uid_domain(session)
        self.serial = 0

    def run(self) -> SeedSummary:
        for org in self.data["organisations"]:
            self._organisation(org)
        for venue in self.data["venues"]:
            self._venue(venue)
        self.session.flush()
        for item in self.data["items"]:
            self._item(item)
        self.session.flush()
        for delegation in self.data["delegations"]:
            self._delegation(delegation)
        for event in self.data["events"]:
            self._event(event)
        self.session.flush()
        for programme in self.data.get("programmes", []):
            self._programme(programme)
        self.session.flush()
        return self.summary

    def uid(self, prefix: str, key: str) -> str:
        # Readable, and unguessable all the same: the demo's events are the ones a prober
        # would try first (event-2016-17-<key>@...), confidential ones included.
        return new_uid(f"{prefix}-{self.year}-{key}", self.domain)

    def _organisation(self, row: dict[str, Any]) -> None:
        org = Organisation(code=row["code"], name_en=row.get("name_en"),
                           name_zh_hant=row.get("name_zh_hant"),
                           name_zh_hans=row.get("name_zh_hans"), aliases=row.get("aliases", []),
                           side=Side(row["side"]), kind=OrganisationKind(row["kind"]))
        org.search_key = search_key(org.code, org.name_en, org.name_zh_hant, org.name_zh_hans,
                                    *org.aliases)
        self.session.add(org)
        self.orgs[row["code"]] = org
        self.summary.organisations += 1

    def _venue(self, row: dict[str, Any]) -> None:
        zone(row["timezone"])
        venue = Venue(name_en=row.get("name_en"), name_zh_hant=row.get("name_zh_hant"),
                      name_zh_hans=row.get("name_zh_hans"), address_en=row.get("address_en"),
                      address_zh=row.get("address_zh"), city=row.get("city"),
                      region=Side(row["region"]), timezone=row["timezone"],
                      latitude=row.get("latitude"), longitude=row.get("longitude"),
                      capacity=row.get("capacity"))
        self.session.add(venue)
        self.venues[row["key"]] = venue
        self.summary.venues += 1

    def _item(self, row: dict[str, Any]) -> None:
        item = CooperationItem(
            year=self.year, number=row["number"], is_new=row["new"], title_en=row.get("title_en"),
            title_zh_hant=row.get("title_zh_hant"), title_zh_hans=row.get("title_zh_hans"),
            narrative_en=row.get("narrative_en"), narrative_zh_hant=row.get("narrative_zh_hant"),
            narrative_zh_hans=row.get("narrative_zh_hans"))
        item.leads = [ItemLead(organisation=self.orgs[code], position=i)
                      for i, code in enumerate(row.get("leads", []))]
        item.figures = [ItemFigure(key=f["key"], label_en=f.get("label_en"),
                                   label_zh_hant=f.get("label_zh_hant"),
                                   label_zh_hans=f.get("label_zh_hans"), value=f["value"],
                                   unit=f["unit"], position=i)
                        for i, f in enumerate(row.get("figures", []))]
        self.session.add(item)
        self.items[row["number"]] = item
        self.summary.items += 1

    def _schedule(self, row: dict[str, Any]) -> Schedule:
        precision = DatePrecision(row["precision"]) if row.get("precision") else None
        return schedule_from_text(row["start"], row["end"], row["timezone"], precision)

    def _event(self, row: dict[str, Any]) -> None:
        event = Event(
            uid=self.uid("event", row["key"]), kind=row["kind"],
            title_en=row.get("title_en"), title_zh_hant=row.get("title_zh_hant"),
            title_zh_hans=row.get("title_zh_hans"), theme_en=row.get("theme_en"),
            theme_zh_hant=row.get("theme_zh_hant"), theme_zh_hans=row.get("theme_zh_hans"),
            description_en=row.get("description_en"),
            venue=self.venues[row["venue"]] if row.get("venue") else None,
            item=self.items.get(row["item"]) if row.get("item") else None,
            capacity=row.get("capacity"), status=Status(row.get("status", "completed")),
            confidential=bool(row.get("confidential")))
        event.schedule = self._schedule(row)
        event.organisers = [EventOrganiser(organisation=self.orgs[o["org"]],
                                           role=OrganiserRole(o["role"]), position=i)
                            for i, o in enumerate(row.get("organisers", []))]
        self.session.add(event)
        self.summary.events += 1
        attended = event.status == Status.COMPLETED
        for group in row.get("participants", []):
            if "from_delegation" in group:
                people = [m.person for m in self.members[group["from_delegation"]]]
            else:
                people = self._people(group, event.start_date)
            for person in people:
                registration = Registration(
                    event=event, person=person, status=RegistrationStatus.REGISTERED,
                    role=RegistrationRole(group.get("role", "participant")),
                    registered_at=event.starts_at - timedelta(days=self.rng.randint(7, 40)),
                    check_in_code=new_check_in_code(),
                    checked_in_at=event.starts_at + timedelta(minutes=self.rng.randint(-30, 20))
                    if attended else None)
                self.session.add(registration)
                if registration.checked_in_at is not None:  # the desk counts each day's marks
                    self.session.add(Attendance(registration=registration,
                                                day=event.start_date,
                                                checked_in_at=registration.checked_in_at))
                self.summary.registrations += 1

    def _people(self, group: dict[str, Any], when: date,
                minors: bool = False) -> list[Person]:
        side = Side(group.get("side", "other"))
        codes = group.get("organisations") or []
        category = PersonCategory(group.get("category", "other"))
        people = []
        for _ in range(int(group["count"])):
            name = fake_name(self.rng, side)
            org = self.orgs[self.rng.choice(codes)] if codes else None
            self.serial += 1
            person = Person(
                name_en=name.name_en, name_zh=name.name_zh,
                search_key=search_key(name.name_en, name.name_zh), organisation=org,
                position=POSITIONS.get(category), category=category,
                email=f"demo.{self.serial:04d}@{(org.code or 'org').lower() if org else 'mail'}.example",
                phone=_fake_phone(self.rng, side), is_minor=minors)
            person.dietary_needs, person.access_needs = _fake_needs(self.needs_rng, side)
            if minors:
                person.sensitive = PersonSensitive(
                    date_of_birth=when - timedelta(days=365 * self.rng.randint(13, 16)
                                                   + self.rng.randint(0, 300)),
                    guardian_name=fake_name(self.rng, side).name_zh,
                    guardian_phone=_fake_phone(self.rng, side),
                    guardian_relationship=self.rng.choice(["father", "mother"]))
            self.session.add(person)
            people.append(person)
            self.summary.people += 1
        return people

    def _delegation(self, row: dict[str, Any]) -> None:
        delegation = Delegation(
            uid=self.uid("delegation", row["key"]), name_en=row.get("name_en"),
            name_zh_hant=row.get("name_zh_hant"), name_zh_hans=row.get("name_zh_hans"),
            theme_en=row.get("theme_en"), theme_zh_hant=row.get("theme_zh_hant"),
            theme_zh_hans=row.get("theme_zh_hans"),
            lead_organisation=self.orgs.get(row.get("lead") or ""),
            origin=Side(row["origin"]), destination=Side(row["destination"]),
            origin_city=row.get("origin_city"), destination_city=row.get("destination_city"),
            item=self.items.get(row["item"]) if row.get("item") else None,
            status=Status(row.get("status", "completed")))
        tz = "Asia/Hong_Kong" if delegation.destination == Side.HONG_KONG else "Asia/Shanghai"
        delegation.schedule = schedule_from_text(row["start"], row["end"], row.get("timezone", tz),
                                                 DatePrecision(row.get("precision", "exact")))
        delegation.co_organisers = [
            DelegationOrganisation(organisation=self.orgs[code], role=OrganiserRole.CO_ORGANISER,
                                   position=i) for i, code in enumerate(row.get("co_organisers", []))]
        delegation.contacts = [DelegationContact(name=c["name"], phone=c.get("phone"),
                                                 role=c.get("role"), position=i)
                               for i, c in enumerate(row.get("emergency_contacts", []))]
        self.session.add(delegation)
        self.delegations[row["key"]] = delegation
        self.summary.delegations += 1
        for group in row.get("members", []):
            minors = bool(group.get("minors"))
            for person in self._people(group, delegation.start_date, minors=minors):
                self._travel_document(person, delegation)
                member = DelegationMember(
                    delegation=delegation, person=person, role=MemberRole(group["role"]),
                    status=MemberStatus.CONFIRMED, guardian_consent=minors,
                    consent_date=delegation.start_date - timedelta(days=21) if minors else None)
                self.session.add(member)
                self.members.setdefault(row["key"], []).append(member)
                self.summary.members += 1
        for position, entry in enumerate(row.get("itinerary", [])):
            self._itinerary(delegation, row["key"], position, entry)

    def _travel_document(self, person: Person, delegation: Delegation) -> None:
        """The permit a member needs for the crossing, with a fictional number."""
        start = delegation.start_date
        if delegation.origin == Side.HONG_KONG and delegation.destination != Side.HONG_KONG:
            person.documents.append(TravelDocument(
                doc_type=TravelDocumentType.HOME_RETURN_PERMIT,
                number=f"H{self.rng.randint(10_000_000, 99_999_999)}",
                expiry=start + timedelta(days=self.rng.randint(200, 3000))))
        elif delegation.origin != Side.HONG_KONG and delegation.destination == Side.HONG_KONG:
            person.documents.append(TravelDocument(
                doc_type=TravelDocumentType.EXIT_ENTRY_PERMIT,
                number=f"C{self.rng.randint(10_000_000, 99_999_999)}",
                expiry=start + timedelta(days=self.rng.randint(400, 3000)),
                endorsement_type="business" if not person.is_minor else "exchange",
                endorsement_entries=1,
                # 45+ days: beyond the planning checks' 30-day margin after the return.
                endorsement_expiry=start + timedelta(days=self.rng.randint(45, 90))))

    def _itinerary(self, delegation: Delegation, key: str, position: int,
                   row: dict[str, Any]) -> None:
        tz = row.get("timezone") or delegation.timezone
        day = date.fromisoformat(row["date"])
        if row.get("start") and row.get("end"):
            start = datetime.combine(day, time.fromisoformat(row["start"]))
            end = datetime.combine(day, time.fromisoformat(row["end"]))
            if end < start:  # an overnight stay ends the next morning
                end += timedelta(days=1)
            schedule = Schedule.timed(start, end, tz)
        else:
            schedule = Schedule.days(day, day, tz)
        item = ItineraryItem(
            uid=self.uid("itinerary", f"{key}-{position + 1}"), delegation=delegation,
            position=position, kind=row["kind"], title_en=row.get("title_en"),
            title_zh_hant=row.get("title_zh_hant"), title_zh_hans=row.get("title_zh_hans"),
            venue=self.venues[row["venue"]] if row.get("venue") else None,
            host=self.orgs[row["host"]] if row.get("host") else None,
            contact_person=row.get("contact"), control_point=row.get("control_point"),
            notes=row.get("notes"))
        item.schedule = schedule
        self.session.add(item)
        self.summary.itinerary_items += 1

    def _programme(self, row: dict[str, Any]) -> None:
        programme = ExchangeProgramme(
            title_en=row.get("title_en"), title_zh_hant=row.get("title_zh_hant"),
            title_zh_hans=row.get("title_zh_hans"), theme_en=row.get("theme_en"),
            theme_zh_hant=row.get("theme_zh_hant"), theme_zh_hans=row.get("theme_zh_hans"),
            item=self.items.get(row["item"]) if row.get("item") else None,
            status=Status(row.get("status", "completed")))
        self.session.add(programme)
        for number, key in enumerate(row["legs"], start=1):
            leg = self.delegations[key]
            leg.programme = programme
            leg.leg_number = number
        self.summary.programmes += 1


POSITIONS = {
    PersonCategory.OFFICIAL: "Officer",
    PersonCategory.ENTERPRISE: "Manager",
    PersonCategory.EXPERT: "Consultant",
    PersonCategory.STUDENT: "Student",
    PersonCategory.TEACHER: "Teacher",
    PersonCategory.PRACTITIONER: "IP practitioner",
}


# What a registration form's "dietary / access needs" fields collect, in the person's script:
# about one person in ten has a dietary need and one in a hundred an access need.
_DIETARY = {"hant": ["素食", "清真", "不吃豬肉", "對果仁過敏", "Vegetarian"],
            "hans": ["素食", "清真", "不吃猪肉", "对坚果过敏", "Vegetarian"]}
_ACCESS = {"hant": ["輪椅通道", "需要助聽設備"], "hans": ["无障碍通道", "需要助听设备"]}


def _fake_needs(rng: random.Random, side: Side) -> tuple[str | None, str | None]:
    script = "hant" if side in (Side.HONG_KONG, Side.MACAO) else "hans"
    dietary = rng.choice(_DIETARY[script]) if rng.random() < 0.1 else None
    access = rng.choice(_ACCESS[script]) if rng.random() < 0.01 else None
    return dietary, access


def _fake_phone(rng: random.Random, side: Side) -> str:
    if side in (Side.HONG_KONG, Side.MACAO):
        return f"+852 5550 {rng.randint(0, 9999):04d}"
    return f"+86 138 0000 {rng.randint(0, 9999):04d}"




def create_seeded_file(target: Path) -> SeedSummary:
    """Build a demo database beside `target`, then move it into place in one rename.

    A crash or a failure half-way leaves no file at `target`, so the next start tries again
    instead of opening an empty programme.
    """
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    with removed_on_failure(partial):
        db = open_database(str(partial), create=True)
        try:
            summary = seed_demo(db)
        finally:
            db.close()
        conn = sqlite3.connect(partial)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        os.replace(partial, target)
    return summary
