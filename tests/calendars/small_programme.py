"""A small constructed programme with fixed identities and times, for golden files.

Everything a golden file shows is fixed here: UIDs, created/modified times, and (through the
`frozen` fixture in conftest.py) the DTSTAMP. It holds one of each case the export must handle.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from planner.domain.enums import (
    EventKind,
    ItineraryKind,
    MemberRole,
    OrganiserRole,
    RegistrationRole,
    Side,
    Status,
    TravelDocumentType,
)
from planner.domain.schedule import Schedule
from planner.store.database import Database
from planner.store.models import (
    CooperationItem,
    Delegation,
    DelegationContact,
    DelegationMember,
    Event,
    EventOrganiser,
    EventSession,
    ItineraryItem,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
    Setting,
    TravelDocument,
    Venue,
)

FROZEN = datetime(2017, 1, 2, 3, 4, 5, tzinfo=UTC)
CREATED = datetime(2016, 5, 1, 8, 0)
MODIFIED = datetime(2016, 5, 2, 9, 30)
STAMPS = {"created_at": CREATED, "modified_at": MODIFIED}
DOMAIN = "golden.example"
LONG_CJK = ("粵港知識產權合作計劃：中小企業知識產權管理及保護研討會暨粵港澳大灣區創新科技企業"
            "知識產權交易與融資專題分享會")
# Personal data that must never reach a calendar (checked by the tests).
SECRETS = ("chan.tai-man@example.hk", "+852 9123 4567", "H12345678", "+86 138 0000 9999",
           "guardian.wong@example.hk", "+852 6000 0001", "2003-04-05", "20030405", "Wong Ka-yan",
           "+852 2222 3333")


def _timed(day: date, start: str, end: str, tz: str) -> Schedule:
    return Schedule.timed(datetime.fromisoformat(f"{day}T{start}"),
                          datetime.fromisoformat(f"{day}T{end}"), tz)


def build_small(db: Database) -> None:
    """One of each: timed, all-day month-precision, cancelled, draft in UTC, confidential,
    a delegation with a crossing, a hosted visit and a meal, an adult and a minor member."""
    with db.write() as s:
        s.add(Setting(key="uid_domain", value=DOMAIN))
        hkipd = Organisation(code="HKIPD", name_en="Intellectual Property Department",
                             name_zh_hant="知識產權署", name_zh_hans="知识产权署",
                             side=Side.HONG_KONG, **STAMPS)
        gdipo = Organisation(code="GDIPO", name_en="Guangdong Intellectual Property Office",
                             name_zh_hant="廣東省知識產權局", name_zh_hans="广东省知识产权局",
                             side=Side.GUANGDONG, **STAMPS)
        hk = Venue(name_en="InnoCentre", name_zh_hant="創新中心", name_zh_hans="创新中心",
                   address_en="72 Tat Chee Avenue, Kowloon Tong; Hong Kong",
                   address_zh="香港九龍塘達之路72號", city="Hong Kong", region=Side.HONG_KONG,
                   timezone="Asia/Hong_Kong", latitude=22.3367, longitude=114.1745, **STAMPS)
        sz = Venue(name_en="Shenzhen Convention Centre", name_zh_hant="深圳會展中心",
                   name_zh_hans="深圳会展中心", address_en="Futian, Shenzhen",
                   address_zh="深圳市福田区", city="Shenzhen", region=Side.GUANGDONG,
                   timezone="Asia/Shanghai", **STAMPS)
        item = CooperationItem(year="2016-17", number=3, title_en="SME support",
                               title_zh_hant="支援中小企", title_zh_hans="支援中小企", **STAMPS)
        s.add_all([hkipd, gdipo, hk, sz, item])
        s.flush()
        seminar = _event("seminar", EventKind.SEMINAR, Status.CONFIRMED,
                         _timed(date(2016, 6, 15), "09:30", "17:00", "Asia/Hong_Kong"),
                         title_en="SME seminar, IP management; protection",
                         title_zh_hant=LONG_CJK, theme_en="Managing IP, line one\nline two",
                         theme_zh_hant="知識產權管理", venue=hk, item=item,
                         description_en="Enquiries: Ms Chan, tel +852 2222 3333.")
        seminar.organisers = [EventOrganiser(organisation=hkipd, role=OrganiserRole.ORGANISER),
                              EventOrganiser(organisation=gdipo, role=OrganiserRole.SUPPORTER,
                                             position=1)]
        seminar.sessions = [EventSession(uid=f"session-opening@{DOMAIN}", title_en="Opening",
                                         title_zh_hant="開幕", speaker="Dr Lee",
                                         schedule=_timed(date(2016, 6, 15), "09:30", "10:00",
                                                         "Asia/Hong_Kong"), **STAMPS)]
        fair = _event("fair", EventKind.FAIR, Status.COMPLETED,
                      Schedule.month(2016, 9, "Asia/Shanghai"), title_en="IP trading fair",
                      title_zh_hant="知識產權交易博覽會", venue=sz)
        cancelled = _event("forum", EventKind.FORUM, Status.CANCELLED,
                           _timed(date(2016, 11, 3), "14:00", "17:30", "Asia/Macau"),
                           title_en="Forum in Macao", title_zh_hant="澳門論壇")
        draft = _event("call", EventKind.MEETING, Status.DRAFT,
                       _timed(date(2017, 1, 10), "01:00", "02:00", "UTC"),
                       title_en="Video call")
        secret = _event("raid", EventKind.ENFORCEMENT_OPERATION, Status.CONFIRMED,
                        Schedule.days(date(2016, 7, 4), date(2016, 7, 5), "Asia/Shanghai"),
                        title_en="Joint raid", confidential=True)
        s.add_all([seminar, fair, cancelled, draft, secret])
        adult = Person(name_en="CHAN Tai-man", name_zh="陳大文", email=SECRETS[0],
                       phone=SECRETS[1], organisation=hkipd, **STAMPS)
        adult.documents = [TravelDocument(doc_type=TravelDocumentType.HOME_RETURN_PERMIT,
                                          number=SECRETS[2], **STAMPS)]
        minor = Person(name_en="WONG Siu-ming", name_zh="黃小明", is_minor=True,
                       email=SECRETS[4], phone=SECRETS[5], **STAMPS)
        minor.sensitive = PersonSensitive(date_of_birth=date(2003, 4, 5),
                                          guardian_name=SECRETS[8], guardian_phone=SECRETS[5],
                                          **STAMPS)
        s.add_all([adult, minor])
        s.add(Registration(event=seminar, person=adult, role=RegistrationRole.SPEAKER,
                           registered_at=CREATED, **STAMPS))
        s.add(Registration(event=secret, person=adult, registered_at=CREATED, **STAMPS))
        s.add(_delegation(gdipo, hkipd, item, hk, adult, minor))


def _event(key: str, kind: EventKind, status: Status, schedule: Schedule, **values: object
           ) -> Event:
    event = Event(uid=f"event-{key}@{DOMAIN}", kind=kind, status=status, **STAMPS, **values)
    event.schedule = schedule
    return event


def _delegation(lead: Organisation, host: Organisation, item: CooperationItem, hk: Venue,
                adult: Person, minor: Person) -> Delegation:
    delegation = Delegation(uid=f"delegation-visit@{DOMAIN}", name_en="Guangdong delegation "
                            "to Hong Kong", name_zh_hant="廣東代表團訪港", origin=Side.GUANGDONG,
                            destination=Side.HONG_KONG, status=Status.CONFIRMED,
                            lead_organisation=lead, item=item, theme_en="Copyright exchange",
                            **STAMPS)
    delegation.schedule = Schedule.days(date(2016, 10, 20), date(2016, 10, 21), "Asia/Hong_Kong")
    delegation.contacts = [DelegationContact(name="Duty officer", phone=SECRETS[3])]
    delegation.members = [
        DelegationMember(person=adult, role=MemberRole.LEADER, **STAMPS),
        DelegationMember(person=minor, role=MemberRole.MEMBER, guardian_consent=True, **STAMPS)]
    day = date(2016, 10, 20)
    delegation.itinerary = [
        _stop(1, ItineraryKind.BOUNDARY_CROSSING, "Cross at Lok Ma Chau", "落馬洲過境",
              _timed(day, "08:45", "09:30", "Asia/Shanghai"), control_point="Lok Ma Chau"),
        _stop(2, ItineraryKind.VISIT, "Visit InnoCentre", "參觀創新中心",
              _timed(day, "10:30", "12:00", "Asia/Hong_Kong"), venue=hk, host=host,
              contact_person="HKIPD liaison, +86 138 0000 9999", notes="private notes"),
        _stop(3, ItineraryKind.MEAL, "Lunch", "午膳", _timed(day, "12:30", "13:30",
                                                          "Asia/Hong_Kong")),
    ]
    return delegation


def _stop(n: int, kind: ItineraryKind, en: str, zh: str, schedule: Schedule, **values: object
          ) -> ItineraryItem:
    stop = ItineraryItem(uid=f"itinerary-visit-{n}@{DOMAIN}", position=n, kind=kind, title_en=en,
                         title_zh_hant=zh, **STAMPS, **values)
    stop.schedule = schedule
    return stop
