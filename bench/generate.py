"""Build a large synthetic programme for benchmarks and manual testing.

    python bench/generate.py --db PATH-or-URL --events 5000 --people 100000 --registrations 300000

Writes organisations, venues, co-operation items, events, delegations with members and
itineraries, people with bilingual names, and registrations, with Core bulk inserts in one
transaction. The database must be new or empty (or pass --reset).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Table, func, insert, select, update  # noqa: E402

from planner.demo.names import fake_name  # noqa: E402
from planner.demo.seed import wipe  # noqa: E402
from planner.domain.enums import (  # noqa: E402
    EventKind,
    ItineraryKind,
    MemberRole,
    OrganisationKind,
    PersonCategory,
    RegistrationStatus,
    Side,
    Status,
)
from planner.domain.schedule import Schedule  # noqa: E402
from planner.domain.text import search_key  # noqa: E402
from planner.store.database import Database, open_database  # noqa: E402
from planner.store.models import (  # noqa: E402
    CooperationItem,
    DbRevision,
    Delegation,
    DelegationMember,
    Event,
    EventOrganiser,
    ItineraryItem,
    Organisation,
    Person,
    Registration,
    Venue,
)

CHUNK = 5_000
CITIES = [("Hong Kong", "香港", Side.HONG_KONG, "Asia/Hong_Kong"),
          ("Guangzhou", "广州", Side.GUANGDONG, "Asia/Shanghai"),
          ("Shenzhen", "深圳", Side.GUANGDONG, "Asia/Shanghai"),
          ("Dongguan", "东莞", Side.GUANGDONG, "Asia/Shanghai"),
          ("Zhongshan", "中山", Side.GUANGDONG, "Asia/Shanghai"),
          ("Foshan", "佛山", Side.GUANGDONG, "Asia/Shanghai"),
          ("Zhuhai", "珠海", Side.GUANGDONG, "Asia/Shanghai"),
          ("Macao", "澳門", Side.MACAO, "Asia/Macau")]
TOPICS = [("Copyright", "版權", "版权"), ("Trademark", "商標", "商标"), ("Patent", "專利", "专利"),
          ("IP Trading", "知識產權貿易", "知识产权贸易"), ("Enforcement", "執法", "执法"),
          ("E-commerce", "電子商務", "电子商务"), ("Design", "設計", "设计"),
          ("SME", "中小企", "中小企")]
KINDS = [EventKind.SEMINAR, EventKind.FORUM, EventKind.FAIR, EventKind.EXCHANGE_VISIT,
         EventKind.MEETING, EventKind.TRAINING, EventKind.COMPETITION, EventKind.CEREMONY]
KIND_WORDS = {EventKind.SEMINAR: ("Seminar", "研討會", "研讨会"),
              EventKind.FORUM: ("Forum", "論壇", "论坛"), EventKind.FAIR: ("Fair", "博覽會", "博览会"),
              EventKind.EXCHANGE_VISIT: ("Exchange visit", "交流訪問", "交流访问"),
              EventKind.MEETING: ("Meeting", "會議", "会议"),
              EventKind.TRAINING: ("Training course", "培訓課程", "培训课程"),
              EventKind.COMPETITION: ("Competition", "比賽", "比赛"),
              EventKind.CEREMONY: ("Ceremony", "典禮", "典礼")}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


class Generator:
    def __init__(self, db: Database, seed: int, domain: str = "bench.planner.example") -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.now = _now()
        self.domain = domain
        self.base = {"version": 1, "created_at": self.now, "modified_at": self.now,
                     "modified_by": "bench", "deleted_at": None}

    def uid(self, prefix: str) -> str:
        return f"{prefix}-{uuid.UUID(int=self.rng.getrandbits(128)).hex}@{self.domain}"

    def scheduled(self, schedule: Schedule, prefix: str) -> dict[str, Any]:
        return {**self.base, **schedule.columns(), "uid": self.uid(prefix), "sequence": 0}

    def insert(self, session: Any, table: Table, rows: list[dict[str, Any]]) -> None:
        for chunk in _chunks(rows):
            session.execute(insert(table), chunk)

    def run(self, *, events: int, people: int, registrations: int, delegations: int,
            organisations: int = 400, venues: int = 160) -> dict[str, int]:
        with self.db.write() as session:
            org_ids = self.organisations(session, organisations)
            venue_rows = self.venues(session, venues)
            item_ids = self.items(session, org_ids)
            person_ids = self.people(session, people, org_ids)
            event_rows = self.events(session, events, venue_rows, item_ids, org_ids)
            regs = self.registrations(session, registrations, event_rows, person_ids)
            members, itinerary = self.delegations(session, delegations, venue_rows, org_ids,
                                                  person_ids, item_ids)
            session.execute(update(DbRevision).where(DbRevision.id == 1)
                            .values(value=DbRevision.value + 1))
        return {"organisations": len(org_ids), "venues": len(venue_rows), "items": len(item_ids),
                "people": len(person_ids), "events": len(event_rows), "registrations": regs,
                "delegations": delegations, "members": members, "itinerary_items": itinerary}

    def _ids(self, session: Any, model: Any) -> list[int]:
        return list(session.scalars(select(model.id).order_by(model.id)))

    def organisations(self, session: Any, count: int) -> list[int]:
        rows = []
        for n in range(count):
            city_en, city_zh, side, _tz = self.rng.choice(CITIES)
            topic = self.rng.choice(TOPICS)
            en = f"{city_en} {topic[0]} Association {n + 1}"
            hant, hans = f"{city_zh}{topic[1]}協會{n + 1}", f"{city_zh}{topic[2]}协会{n + 1}"
            code = f"ORG{n + 1:05d}"
            rows.append({**self.base, "code": code, "name_en": en, "name_zh_hant": hant,
                         "name_zh_hans": hans, "aliases": [], "side": side.value,
                         "kind": self.rng.choice(list(OrganisationKind)).value,
                         "search_key": search_key(code, en, hant, hans)})
        self.insert(session, Organisation.__table__, rows)
        return self._ids(session, Organisation)

    def venues(self, session: Any, count: int) -> list[tuple[int, str]]:
        rows = []
        for n in range(count):
            city_en, city_zh, side, tz = CITIES[n % len(CITIES)]
            rows.append({**self.base, "name_en": f"{city_en} Conference Hall {n + 1}",
                         "name_zh_hant": f"{city_zh}會議廳{n + 1}", "name_zh_hans": f"{city_zh}会议厅{n + 1}",
                         "address_en": f"{n + 1} Example Road, {city_en}", "address_zh": None,
                         "city": city_en, "region": side.value, "timezone": tz,
                         "latitude": None, "longitude": None,
                         "capacity": self.rng.choice([None, 80, 150, 300, 1000]),
                         "exclusive": False})
        self.insert(session, Venue.__table__, rows)
        zones = {r["name_en"]: r["timezone"] for r in rows}
        return [(i, zones[name]) for i, name in
                session.execute(select(Venue.id, Venue.name_en).order_by(Venue.id))]

    def items(self, session: Any, org_ids: list[int]) -> list[int]:
        rows = []
        for year in range(2016, 2026):
            label = f"{year}-{(year + 1) % 100:02d}"
            for number in range(1, 25):
                topic = self.rng.choice(TOPICS)
                rows.append({**self.base, "year": label, "number": number,
                             "title_en": f"{topic[0]} co-operation item {number}",
                             "title_zh_hant": f"{topic[1]}合作項目{number}",
                             "title_zh_hans": f"{topic[2]}合作项目{number}",
                             "is_new": self.rng.random() < 0.25, "narrative_en": None,
                             "narrative_zh_hant": None, "narrative_zh_hans": None})
        self.insert(session, CooperationItem.__table__, rows)
        return self._ids(session, CooperationItem)

    def people(self, session: Any, count: int, org_ids: list[int]) -> list[int]:
        rows = []
        categories = [c.value for c in PersonCategory]
        for n in range(count):
            side = Side.HONG_KONG if self.rng.random() < 0.5 else Side.GUANGDONG
            name = fake_name(self.rng, side)
            rows.append({**self.base, "name_en": name.name_en, "name_zh": name.name_zh,
                         "search_key": search_key(name.name_en, name.name_zh),
                         "organisation_id": self.rng.choice(org_ids),
                         "position": None, "category": self.rng.choice(categories),
                         "email": f"person{n + 1}@bench.example", "phone": None,
                         "dietary_needs": None, "access_needs": None,
                         "is_minor": self.rng.random() < 0.03})
        self.insert(session, Person.__table__, rows)
        return self._ids(session, Person)

    def _when(self, tz: str) -> Schedule:
        day = date(2016, 7, 1) + timedelta(days=self.rng.randrange(0, 3650))
        if self.rng.random() < 0.3:
            return Schedule.days(day, day + timedelta(days=self.rng.randint(0, 2)), tz)
        start = datetime(day.year, day.month, day.day, self.rng.randint(8, 16),
                         self.rng.choice([0, 30]))
        return Schedule.timed(start, start + timedelta(hours=self.rng.randint(1, 6)), tz)

    def events(self, session: Any, count: int, venue_rows: list[tuple[int, str]],
               item_ids: list[int], org_ids: list[int]) -> list[int]:
        rows = []
        for n in range(count):
            venue_id, tz = self.rng.choice(venue_rows)
            kind = self.rng.choice(KINDS)
            topic, word = self.rng.choice(TOPICS), KIND_WORDS[kind]
            rows.append({**self.scheduled(self._when(tz), "event"), "kind": kind.value,
                         "title_en": f"{topic[0]} {word[0]} {n + 1}",
                         "title_zh_hant": f"{topic[1]}{word[1]}{n + 1}",
                         "title_zh_hans": f"{topic[2]}{word[2]}{n + 1}",
                         "theme_en": None, "theme_zh_hant": None, "theme_zh_hans": None,
                         "description_en": None, "description_zh_hant": None,
                         "description_zh_hans": None, "venue_id": venue_id,
                         "item_id": self.rng.choice(item_ids),
                         "capacity": self.rng.choice([None, 50, 100, 240, 500]),
                         "status": self.rng.choice([Status.CONFIRMED, Status.COMPLETED,
                                                    Status.DRAFT, Status.CANCELLED]).value,
                         "confidential": self.rng.random() < 0.02})
        self.insert(session, Event.__table__, rows)
        event_ids = self._ids(session, Event)
        organisers = [{"event_id": e, "organisation_id": o, "role": "organiser", "position": i}
                      for e in event_ids
                      for i, o in enumerate(self.rng.sample(org_ids, 2))]
        self.insert(session, EventOrganiser.__table__, organisers)
        return event_ids

    def registrations(self, session: Any, total: int, event_ids: list[int],
                      person_ids: list[int]) -> int:
        if not event_ids or not person_ids:
            return 0
        per_event = [0] * len(event_ids)
        for _ in range(total):
            per_event[self.rng.randrange(len(event_ids))] += 1
        rows = []
        for event_id, count in zip(event_ids, per_event):
            for person_id in self.rng.sample(person_ids, min(count, len(person_ids))):
                rows.append({**self.base, "event_id": event_id, "person_id": person_id,
                             "status": RegistrationStatus.REGISTERED.value,
                             "role": "participant", "registered_at": self.now, "walk_in": False,
                             "checked_in_at": None, "checked_out_at": None,
                             "check_in_code": uuid.UUID(int=self.rng.getrandbits(128)).hex[:16]})
        self.insert(session, Registration.__table__, rows)
        return len(rows)

    def delegations(self, session: Any, count: int, venue_rows: list[tuple[int, str]],
                    org_ids: list[int], person_ids: list[int],
                    item_ids: list[int]) -> tuple[int, int]:
        rows = []
        for n in range(count):
            to_hk = self.rng.random() < 0.5
            tz = "Asia/Hong_Kong" if to_hk else "Asia/Shanghai"
            first = date(2016, 7, 1) + timedelta(days=self.rng.randrange(0, 3650))
            topic = self.rng.choice(TOPICS)
            rows.append({**self.scheduled(Schedule.days(first, first + timedelta(days=
                                                        self.rng.randint(0, 3)), tz), "delegation"),
                         "name_en": f"{topic[0]} delegation {n + 1}",
                         "name_zh_hant": f"{topic[1]}代表團{n + 1}",
                         "name_zh_hans": f"{topic[2]}代表团{n + 1}",
                         "theme_en": None, "theme_zh_hant": None, "theme_zh_hans": None,
                         "lead_organisation_id": self.rng.choice(org_ids),
                         "origin": (Side.GUANGDONG if to_hk else Side.HONG_KONG).value,
                         "destination": (Side.HONG_KONG if to_hk else Side.GUANGDONG).value,
                         "origin_city": None, "destination_city": None,
                         "item_id": self.rng.choice(item_ids), "programme_id": None,
                         "leg_number": None, "status": Status.CONFIRMED.value, "notes": None})
        self.insert(session, Delegation.__table__, rows)
        delegations = session.execute(select(Delegation.id, Delegation.start_date,
                                             Delegation.end_date, Delegation.timezone)
                                      .order_by(Delegation.id)).all()
        members, items = [], []
        roles = [MemberRole.MEMBER.value] * 8 + [MemberRole.INTERPRETER.value]
        for ident, first, last, tz in delegations:
            for i, person_id in enumerate(self.rng.sample(person_ids, min(len(person_ids),
                                                                          self.rng.randint(5, 30)))):
                members.append({**self.base, "delegation_id": ident, "person_id": person_id,
                                "role": MemberRole.LEADER.value if i == 0 else self.rng.choice(roles),
                                "status": "confirmed", "guardian_consent": False,
                                "consent_date": None})
            position = 0
            day = first
            while day <= last:
                hour = 8
                for _ in range(self.rng.randint(3, 6)):
                    venue_id, _vtz = self.rng.choice(venue_rows)
                    kind = self.rng.choice([ItineraryKind.VISIT, ItineraryKind.MEETING,
                                            ItineraryKind.MEAL, ItineraryKind.TRAVEL])
                    start = datetime(day.year, day.month, day.day, hour)
                    items.append({**self.scheduled(Schedule.timed(start, start + timedelta(
                        minutes=90), tz), "itinerary"), "delegation_id": ident,
                        "position": position, "kind": kind.value,
                        "title_en": f"{kind.value.replace('_', ' ').title()} {position + 1}",
                        "title_zh_hant": None, "title_zh_hans": None, "venue_id": venue_id,
                        "host_organisation_id": self.rng.choice(org_ids), "contact_person": None,
                        "control_point": None, "notes": None})
                    position += 1
                    hour += 2
                day += timedelta(days=1)
        self.insert(session, DelegationMember.__table__, members)
        self.insert(session, ItineraryItem.__table__, items)
        return len(members), len(items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite path or database URL")
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--registrations", type=int, default=300_000)
    parser.add_argument("--delegations", type=int, help="default: events / 10")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="empty the database first")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    db = open_database(args.db, create=True, upgrade=True)
    try:
        with db.write() as session:
            if args.reset:
                wipe(session)
            elif session.scalar(select(func.count()).select_from(Event)):
                print("the database is not empty; pass --reset to replace it", file=sys.stderr)
                return 2
        counts = Generator(db, args.seed).run(
            events=args.events, people=args.people, registrations=args.registrations,
            delegations=args.events // 10 if args.delegations is None else args.delegations)
    finally:
        db.close()
    elapsed = time.perf_counter() - started
    print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
