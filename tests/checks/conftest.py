"""A small builder of constructed programmes for the planning checks, on a fresh database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from planner.checks import Finding, Scope, run_checks
from planner.domain.enums import (
    DatePrecision,
    ItineraryKind,
    MemberRole,
    MemberStatus,
    RegistrationStatus,
    Side,
    Status,
    TravelDocumentType,
)
from planner.domain.schedule import Schedule
from planner.store.database import Database, open_database
from planner.store.models import (
    Delegation,
    DelegationMember,
    Event,
    ItineraryItem,
    Person,
    Registration,
    Setting,
    TravelDocument,
    Venue,
)

HK, SH = "Asia/Hong_Kong", "Asia/Shanghai"


class Plan:
    """Rows written straight through the ORM (so that tests can build what operations refuse)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._write: Any = None
        self._session: Any = None

    @property
    def session(self) -> Any:
        if self._session is None:
            self._write = self.db.write()
            self._session = self._write.__enter__()
        return self._session

    def commit(self) -> None:
        if self._write is not None:
            self._write.__exit__(None, None, None)
            self._write = self._session = None

    def _add(self, obj: Any) -> int:
        self.session.add(obj)
        self.session.flush()
        return obj.id

    def venue(self, name: str, city: str = "Hong Kong", region: Side = Side.HONG_KONG,
              tz: str = HK, capacity: int | None = None, exclusive: bool = False) -> int:
        return self._add(Venue(name_en=name, city=city, region=region, timezone=tz,
                               capacity=capacity, exclusive=exclusive))

    def event(self, title: str, start: str, end: str, *, tz: str = HK, venue: int | None = None,
              capacity: int | None = None, status: Status = Status.CONFIRMED,
              precision: DatePrecision = DatePrecision.EXACT) -> int:
        event = Event(kind="seminar", title_en=title, venue_id=venue, capacity=capacity,
                      status=status)
        event.schedule = when(start, end, tz, precision)
        return self._add(event)

    def person(self, name: str, *, minor: bool = False, name_zh: str | None = None) -> int:
        return self._add(Person(name_en=name, name_zh=name_zh, search_key=name.lower(),
                                is_minor=minor))

    def register(self, event: int, person: int,
                 status: RegistrationStatus = RegistrationStatus.REGISTERED) -> int:
        return self._add(Registration(event_id=event, person_id=person, status=status))

    def delegation(self, name: str, first: str, last: str, *, origin: Side = Side.HONG_KONG,
                   destination: Side = Side.GUANGDONG, tz: str = HK,
                   status: Status = Status.CONFIRMED,
                   precision: DatePrecision = DatePrecision.EXACT) -> int:
        delegation = Delegation(name_en=name, origin=origin, destination=destination,
                                status=status)
        delegation.schedule = Schedule.days(date.fromisoformat(first), date.fromisoformat(last),
                                            tz, precision)
        return self._add(delegation)

    def member(self, delegation: int, person: int, *, role: MemberRole = MemberRole.MEMBER,
               status: MemberStatus = MemberStatus.CONFIRMED, consent: bool = False) -> int:
        return self._add(DelegationMember(delegation_id=delegation, person_id=person, role=role,
                                          status=status, guardian_consent=consent))

    def item(self, delegation: int, title: str, start: str, end: str, *,
             kind: ItineraryKind = ItineraryKind.VISIT, venue: int | None = None,
             control_point: str | None = None, tz: str = HK,
             precision: DatePrecision = DatePrecision.EXACT) -> int:
        item = ItineraryItem(delegation_id=delegation, kind=kind, title_en=title, venue_id=venue,
                             control_point=control_point, position=int(start[-5:-3]))
        item.schedule = when(start, end, tz, precision)
        return self._add(item)

    def document(self, person: int, doc_type: TravelDocumentType, expiry: str | None, *,
                 endorsement: str | None = None, entries: int | None = None) -> int:
        return self._add(TravelDocument(
            person_id=person, doc_type=doc_type, number="SECRET123",
            expiry=date.fromisoformat(expiry) if expiry else None,
            endorsement_type="business" if endorsement else None, endorsement_entries=entries,
            endorsement_expiry=date.fromisoformat(endorsement) if endorsement else None))

    def setting(self, key: str, value: str) -> None:
        self.session.merge(Setting(key=key, value=value))

    def findings(self, scope: Scope | None = None, locale: str = "en") -> list[Finding]:
        self.commit()
        with self.db.read() as session:
            return run_checks(session, scope, locale=locale)

    def codes(self, scope: Scope | None = None) -> list[str]:
        return [f.code for f in self.findings(scope)]


def when(start: str, end: str, tz: str, precision: DatePrecision = DatePrecision.EXACT) -> Schedule:
    if "T" in start:
        return Schedule.timed(datetime.fromisoformat(start), datetime.fromisoformat(end), tz,
                              precision)
    return Schedule.days(date.fromisoformat(start), date.fromisoformat(end), tz, precision)


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("checks") / "empty.sqlite"
    open_database(str(path), create=True).close()
    return path


@pytest.fixture
def plan(empty_template: Path, tmp_path: Path) -> Iterator[Plan]:
    target = tmp_path / "plan.sqlite"
    for suffix in ("", "-wal", "-shm"):
        source = empty_template.with_name(empty_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, target.with_name(target.name + suffix))
    db = open_database(str(target))
    builder = Plan(db)
    yield builder
    builder.commit()
    db.close()
