"""Closed vocabularies of the model, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    HONG_KONG = "hong_kong"
    GUANGDONG = "guangdong"
    MACAO = "macao"
    MAINLAND = "mainland"
    OTHER = "other"


class OrganisationKind(StrEnum):
    GOVERNMENT = "government"
    TRADE_BODY = "trade_body"
    ENTERPRISE = "enterprise"
    SCHOOL = "school"
    UNIVERSITY = "university"
    OTHER = "other"


class EventKind(StrEnum):
    SEMINAR = "seminar"
    FORUM = "forum"
    FAIR = "fair"
    EXCHANGE_VISIT = "exchange_visit"
    MEETING = "meeting"
    TRAINING = "training"
    COMPETITION = "competition"
    EXAMINATION = "examination"
    CEREMONY = "ceremony"
    ENFORCEMENT_OPERATION = "enforcement_operation"
    OTHER = "other"


class Status(StrEnum):
    """Status of events, delegations and programmes."""

    DRAFT = "draft"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


class DatePrecision(StrEnum):
    EXACT = "exact"
    MONTH = "month"
    APPROXIMATE = "approximate"


class OrganiserRole(StrEnum):
    ORGANISER = "organiser"
    CO_ORGANISER = "co_organiser"
    SUPPORTER = "supporter"
    PARTICIPANT = "participant"
    HOST = "host"


class MemberRole(StrEnum):
    LEADER = "leader"
    MEMBER = "member"
    LIAISON_OFFICER = "liaison_officer"
    INTERPRETER = "interpreter"
    CHAPERONE = "chaperone"


class MemberStatus(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    WITHDRAWN = "withdrawn"


class ItineraryKind(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    MEAL = "meal"
    TRAVEL = "travel"
    BOUNDARY_CROSSING = "boundary_crossing"
    HOTEL = "hotel"
    FREE_TIME = "free_time"


class RegistrationStatus(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class RegistrationRole(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    GUEST = "guest"
    ORGANISER = "organiser"
    STAFF = "staff"
    MEDIA = "media"


class PersonCategory(StrEnum):
    OFFICIAL = "official"
    ENTERPRISE = "enterprise"
    EXPERT = "expert"
    STUDENT = "student"
    TEACHER = "teacher"
    PRACTITIONER = "practitioner"
    OTHER = "other"


class TravelDocumentType(StrEnum):
    HKSAR_PASSPORT = "hksar_passport"
    HOME_RETURN_PERMIT = "home_return_permit"
    EXIT_ENTRY_PERMIT = "exit_entry_permit"
    PRC_PASSPORT = "prc_passport"
    HKID = "hkid"
    PASSPORT = "passport"
    OTHER = "other"


class FigureUnit(StrEnum):
    COUNT = "count"
    PEOPLE = "people"
    HKD = "hkd"
    PERCENT = "percent"


class FeedScope(StrEnum):
    ALL = "all"
    DELEGATION = "delegation"
    PROGRAMME = "programme"
    ORGANISATION = "organisation"
    PERSON = "person"
