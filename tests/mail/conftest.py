"""Mail tests: a private keyring in memory, a real STARTTLS server on loopback, a small
programme (a delegation with a minor, an event with a waiting list)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from planner.domain.enums import (
    EventKind,
    ItineraryKind,
    MemberRole,
    RegistrationStatus,
    Side,
    Status,
)
from planner.domain.schedule import Schedule
from planner.mail import settings as mail_settings
from planner.mail.secrets import store_password
from planner.mail.settings import MailSettings
from planner.store.database import Database
from planner.store.models import (
    Delegation,
    DelegationMember,
    Event,
    ItineraryItem,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
    Venue,
)
from tests.mail.fixtures import MemoryKeyring
from tests.mail.smtp_server import PASSWORD, USER

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _keyring_in_memory(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """Every mail test writes passwords to a keyring in memory (tests/mail/fixtures.py)."""
    return memory_keyring


@dataclass
class Programme:
    delegation_id: int
    item_ids: list[int]
    event_id: int
    adult_id: int
    english_id: int
    minor_id: int
    no_address_id: int
    waiting_id: int


def configure(db: Database, port: int, **changes: object) -> MailSettings:
    chosen = MailSettings(host="127.0.0.1", port=port, security="starttls", user=USER,
                          sender_address="ipd-events@example.org",
                          sender_name="IP Co-operation Office", reply_to="help@example.org")
    chosen = MailSettings(**{**chosen.to_json(), **changes})
    with db.write() as session:
        saved = mail_settings.save(session, chosen)
    store_password(saved, PASSWORD)
    return saved


def seed(db: Database) -> Programme:
    with db.write() as session:
        hk = Organisation(code="HKIPD", name_en="Intellectual Property Department",
                          name_zh_hant="知識產權署", side=Side.HONG_KONG, search_key="hkipd")
        gd = Organisation(code="GDIPA", name_en="Guangdong IP Administration",
                          name_zh_hans="广东省知识产权局", side=Side.GUANGDONG, search_key="gdipa")
        venue = Venue(name_en="Science Park", name_zh_hant="科學園", name_zh_hans="科学园",
                      timezone="Asia/Hong_Kong", region=Side.HONG_KONG, city="Hong Kong")
        session.add_all([hk, gd, venue])
        session.flush()
        visit = Delegation(name_en="Guangdong delegation to Hong Kong",
                           name_zh_hant="廣東代表團訪港", name_zh_hans="广东代表团访港",
                           origin=Side.GUANGDONG, destination=Side.HONG_KONG,
                           destination_city="Hong Kong", status=Status.CONFIRMED,
                           lead_organisation_id=gd.id)
        visit.schedule = Schedule.days(date(2027, 5, 17), date(2027, 5, 18), "Asia/Hong_Kong")
        session.add(visit)
        session.flush()
        items = []
        for n, (hour, title) in enumerate(((10, "Visit the Science Park"), (14, "Meeting"))):
            item = ItineraryItem(delegation_id=visit.id, position=n, kind=ItineraryKind.VISIT,
                                 title_en=title, title_zh_hans=f"{title} 中文",
                                 venue_id=venue.id)
            item.schedule = Schedule.timed(datetime(2027, 5, 17, hour), datetime(2027, 5, 17,
                                           hour + 2), "Asia/Hong_Kong")
            items.append(item)
        session.add_all(items)
        adult = Person(name_en="Li Ming", name_zh="李明", email="li.ming@gd.example.cn",
                       organisation_id=gd.id, search_key="li ming")
        english = Person(name_en="Ann Smith", email="ann@example.org", language="en",
                         organisation_id=hk.id, search_key="ann smith")
        minor = Person(name_en="Chan Siu Ming", name_zh="陳小明", email="kid@example.hk",
                       is_minor=True, organisation_id=hk.id, search_key="chan siu ming")
        minor.sensitive = PersonSensitive(guardian_name="Chan Tai Man",
                                          guardian_email="parent.chan@example.hk")
        nobody = Person(name_en="No Address", search_key="no address")
        waiting = Person(name_en="Wai Ting", email="wai@example.org", organisation_id=hk.id,
                         search_key="wai ting")
        session.add_all([adult, english, minor, nobody, waiting])
        session.flush()
        for person, role in ((adult, MemberRole.LEADER), (english, MemberRole.MEMBER),
                             (minor, MemberRole.MEMBER), (nobody, MemberRole.MEMBER)):
            session.add(DelegationMember(delegation_id=visit.id, person_id=person.id, role=role,
                                         guardian_consent=person.is_minor))
        seminar = Event(kind=EventKind.SEMINAR, title_en="Patent seminar",
                        title_zh_hant="專利研討會", title_zh_hans="专利研讨会", capacity=2,
                        status=Status.CONFIRMED, venue_id=venue.id)
        seminar.schedule = Schedule.timed(datetime(2027, 6, 1, 9), datetime(2027, 6, 1, 12),
                                          "Asia/Hong_Kong")
        session.add(seminar)
        session.flush()
        for n, (person, status) in enumerate(((adult, RegistrationStatus.REGISTERED),
                                              (english, RegistrationStatus.REGISTERED),
                                              (waiting, RegistrationStatus.WAITLISTED))):
            session.add(Registration(event_id=seminar.id, person_id=person.id, status=status,
                                     registered_at=datetime(2027, 2, 1, 9, n),
                                     check_in_code=f"CHK{person.id:05d}"))
        session.flush()
        return Programme(visit.id, [i.id for i in items], seminar.id, adult.id, english.id,
                         minor.id, nobody.id, waiting.id)


@pytest.fixture
def programme(empty_db: Database) -> Programme:
    return seed(empty_db)
