"""Display labels for the stored vocabulary values (kinds, statuses, roles, sides...).

The database keeps the values ("exchange_visit", "hong_kong"); tables and combo boxes show these
labels, translated. Each vocabulary has its own translation context because the same English
word can need different Chinese words ("organiser" of an event is an organisation, "organiser"
on a participant list is a person). The texts are marked with QT_TRANSLATE_NOOP so
tools/update_translations.py finds them.
"""

from __future__ import annotations

import json
import re
from enum import Enum
from functools import lru_cache
from typing import Any

from PySide6.QtWidgets import QComboBox

from planner.config import resources_dir
from planner.domain import enums
from planner.ui.text import QT_TRANSLATE_NOOP, tr, ui_script

LABELS: dict[type[Enum], dict[str, str]] = {
    enums.Side: {
        "hong_kong": QT_TRANSLATE_NOOP("Side", "Hong Kong"),
        "guangdong": QT_TRANSLATE_NOOP("Side", "Guangdong"),
        "macao": QT_TRANSLATE_NOOP("Side", "Macao"),
        "mainland": QT_TRANSLATE_NOOP("Side", "Mainland"),
        "other": QT_TRANSLATE_NOOP("Side", "other"),
    },
    enums.OrganisationKind: {
        "government": QT_TRANSLATE_NOOP("OrganisationKind", "government"),
        "trade_body": QT_TRANSLATE_NOOP("OrganisationKind", "trade body"),
        "enterprise": QT_TRANSLATE_NOOP("OrganisationKind", "enterprise"),
        "school": QT_TRANSLATE_NOOP("OrganisationKind", "school"),
        "university": QT_TRANSLATE_NOOP("OrganisationKind", "university"),
        "other": QT_TRANSLATE_NOOP("OrganisationKind", "other"),
    },
    enums.EventKind: {
        "seminar": QT_TRANSLATE_NOOP("EventKind", "seminar"),
        "forum": QT_TRANSLATE_NOOP("EventKind", "forum"),
        "fair": QT_TRANSLATE_NOOP("EventKind", "fair"),
        "exchange_visit": QT_TRANSLATE_NOOP("EventKind", "exchange visit"),
        "meeting": QT_TRANSLATE_NOOP("EventKind", "meeting"),
        "training": QT_TRANSLATE_NOOP("EventKind", "training"),
        "competition": QT_TRANSLATE_NOOP("EventKind", "competition"),
        "examination": QT_TRANSLATE_NOOP("EventKind", "examination"),
        "ceremony": QT_TRANSLATE_NOOP("EventKind", "ceremony"),
        "enforcement_operation": QT_TRANSLATE_NOOP("EventKind", "enforcement operation"),
        "other": QT_TRANSLATE_NOOP("EventKind", "other"),
    },
    enums.Status: {
        "draft": QT_TRANSLATE_NOOP("Status", "draft"),
        "confirmed": QT_TRANSLATE_NOOP("Status", "confirmed"),
        "cancelled": QT_TRANSLATE_NOOP("Status", "cancelled"),
        "completed": QT_TRANSLATE_NOOP("Status", "completed"),
    },
    enums.OrganiserRole: {
        "organiser": QT_TRANSLATE_NOOP("OrganiserRole", "organiser"),
        "co_organiser": QT_TRANSLATE_NOOP("OrganiserRole", "co-organiser"),
        "supporter": QT_TRANSLATE_NOOP("OrganiserRole", "supporter"),
        "participant": QT_TRANSLATE_NOOP("OrganiserRole", "participant"),
        "host": QT_TRANSLATE_NOOP("OrganiserRole", "host"),
    },
    enums.MemberRole: {
        "leader": QT_TRANSLATE_NOOP("MemberRole", "leader"),
        "member": QT_TRANSLATE_NOOP("MemberRole", "member"),
        "liaison_officer": QT_TRANSLATE_NOOP("MemberRole", "liaison officer"),
        "interpreter": QT_TRANSLATE_NOOP("MemberRole", "interpreter"),
        "chaperone": QT_TRANSLATE_NOOP("MemberRole", "chaperone"),
    },
    enums.MemberStatus: {
        "invited": QT_TRANSLATE_NOOP("MemberStatus", "invited"),
        "confirmed": QT_TRANSLATE_NOOP("MemberStatus", "confirmed"),
        "withdrawn": QT_TRANSLATE_NOOP("MemberStatus", "withdrawn"),
    },
    enums.ItineraryKind: {
        "visit": QT_TRANSLATE_NOOP("ItineraryKind", "visit"),
        "meeting": QT_TRANSLATE_NOOP("ItineraryKind", "meeting"),
        "meal": QT_TRANSLATE_NOOP("ItineraryKind", "meal"),
        "travel": QT_TRANSLATE_NOOP("ItineraryKind", "travel"),
        "boundary_crossing": QT_TRANSLATE_NOOP("ItineraryKind", "boundary crossing"),
        "hotel": QT_TRANSLATE_NOOP("ItineraryKind", "hotel"),
        "free_time": QT_TRANSLATE_NOOP("ItineraryKind", "free time"),
    },
    enums.RegistrationStatus: {
        "invited": QT_TRANSLATE_NOOP("RegistrationStatus", "invited"),
        "registered": QT_TRANSLATE_NOOP("RegistrationStatus", "registered"),
        "waitlisted": QT_TRANSLATE_NOOP("RegistrationStatus", "waitlisted"),
        "declined": QT_TRANSLATE_NOOP("RegistrationStatus", "declined"),
        "cancelled": QT_TRANSLATE_NOOP("RegistrationStatus", "cancelled"),
    },
    enums.RegistrationRole: {
        "participant": QT_TRANSLATE_NOOP("RegistrationRole", "participant"),
        "speaker": QT_TRANSLATE_NOOP("RegistrationRole", "speaker"),
        "guest": QT_TRANSLATE_NOOP("RegistrationRole", "guest"),
        "organiser": QT_TRANSLATE_NOOP("RegistrationRole", "organiser"),
        "staff": QT_TRANSLATE_NOOP("RegistrationRole", "staff"),
        "media": QT_TRANSLATE_NOOP("RegistrationRole", "media"),
    },
    enums.PersonCategory: {
        "official": QT_TRANSLATE_NOOP("PersonCategory", "official"),
        "enterprise": QT_TRANSLATE_NOOP("PersonCategory", "enterprise"),
        "expert": QT_TRANSLATE_NOOP("PersonCategory", "expert"),
        "student": QT_TRANSLATE_NOOP("PersonCategory", "student"),
        "teacher": QT_TRANSLATE_NOOP("PersonCategory", "teacher"),
        "practitioner": QT_TRANSLATE_NOOP("PersonCategory", "practitioner"),
        "other": QT_TRANSLATE_NOOP("PersonCategory", "other"),
    },
    enums.TravelDocumentType: {
        "hksar_passport": QT_TRANSLATE_NOOP("TravelDocumentType", "HKSAR passport"),
        "home_return_permit": QT_TRANSLATE_NOOP("TravelDocumentType", "Home Return Permit"),
        "exit_entry_permit": QT_TRANSLATE_NOOP("TravelDocumentType",
                                               "Exit-entry Permit for Travelling to and from "
                                               "Hong Kong and Macao"),
        "prc_passport": QT_TRANSLATE_NOOP("TravelDocumentType", "PRC passport"),
        "hkid": QT_TRANSLATE_NOOP("TravelDocumentType", "Hong Kong identity card"),
        "passport": QT_TRANSLATE_NOOP("TravelDocumentType", "passport"),
        "other": QT_TRANSLATE_NOOP("TravelDocumentType", "other"),
    },
    enums.FigureUnit: {
        "count": QT_TRANSLATE_NOOP("FigureUnit", "count"),
        "people": QT_TRANSLATE_NOOP("FigureUnit", "people"),
        "hkd": QT_TRANSLATE_NOOP("FigureUnit", "HKD"),
        "percent": QT_TRANSLATE_NOOP("FigureUnit", "percent"),
    },
    enums.FeedScope: {
        "all": QT_TRANSLATE_NOOP("FeedScope", "everything"),
        "delegation": QT_TRANSLATE_NOOP("FeedScope", "delegation"),
        "programme": QT_TRANSLATE_NOOP("FeedScope", "exchange programme"),
        "organisation": QT_TRANSLATE_NOOP("FeedScope", "organisation"),
        "person": QT_TRANSLATE_NOOP("FeedScope", "person"),
    },
}

# Calendar entries carry their kind as a plain string: an event kind or an itinerary item kind.
_CATEGORY_ENUMS: tuple[type[Enum], ...] = (enums.EventKind, enums.ItineraryKind)


def label(member: Enum) -> str:
    """The translated label of a stored value (the value itself, spaced, if it has none)."""
    enum = type(member)
    text = LABELS.get(enum, {}).get(str(member.value))
    if text is None:
        return str(member.value).replace("_", " ")
    return tr(enum.__name__, text)


def category_label(category: str) -> str:
    """The label of a calendar entry's kind (an event kind or an itinerary item kind)."""
    for enum in _CATEGORY_ENUMS:
        try:
            return label(enum(category))
        except ValueError:
            continue
    return category.replace("_", " ")


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    data = json.loads((resources_dir() / "i18n" / "places.json").read_text(encoding="utf-8"))
    names = {k.casefold(): v for k, v in data.items() if not k.startswith("_")}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), names


def place_label(text: str | None) -> str:
    """Known place names typed in English ("Guangzhou (Nansha)") in Chinese when the interface
    is; anything else as typed."""
    script = ui_script()
    if not text or script not in ("zh_HK", "zh_CN"):
        return text or ""
    pattern, names = _places()
    column = 0 if script == "zh_HK" else 1
    return pattern.sub(lambda m: names[m.group(0).casefold()][column], text)


def fill_combo(combo: QComboBox, enum: Any) -> QComboBox:
    """Every value of a vocabulary as items: the label shown, the stored value as item data."""
    for member in enum:
        combo.addItem(label(member), member.value)
    return combo
