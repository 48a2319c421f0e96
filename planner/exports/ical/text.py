"""The words of a calendar entry: summary, location and description in the chosen language.

`bilingual` (the default) writes English and Chinese side by side ("Seminar / 研討會"), which is
what a mixed Hong Kong / Guangdong audience reads; the other choices pick one language and fall
back to whichever name exists. Every text a calendar carries goes through
`planner.exports.scrub` (no phone number or e-mail address leaves in free text).
"""

from __future__ import annotations

from planner.domain.enums import DatePrecision, Status
from planner.domain.rows import Ref
from planner.exports.scrub import scrub
from planner.i18n import gettext
from planner.store.calendar_rows import CalendarEntry, Place

LANGUAGES = ("bilingual", "en", "zh_hant", "zh_hans")
_LOCALES = {"bilingual": "en", "en": "en", "zh_hant": "zh_HK", "zh_hans": "zh_CN"}
_ORDER = {"en": ("en", "zh_hant", "zh_hans"), "zh_hant": ("zh_hant", "zh_hans", "en"),
          "zh_hans": ("zh_hans", "zh_hant", "en")}
_SEPARATOR = {"bilingual": ", ", "en": ", ", "zh_hant": "，", "zh_hans": "，"}

# Labels in the description, translated through the core catalogue (resources/i18n).
LABELS = {
    "event": "Event", "delegation": "Delegation", "theme": "Theme", "host": "Host",
    "contact": "Contact", "control_point": "Control point", "speaker": "Speaker",
    "role": "Your role", "item": "Co-operation item", "cancelled": "Cancelled",
    "month": "Only the month is known: shown as an all-day span of the month.",
    "approximate": "The dates are approximate.",
}


def label(key: str, language: str) -> str:
    return gettext(LABELS[key], _LOCALES[language])


def words(value: str, language: str) -> str:
    """A vocabulary value ('exchange_visit') as words in the language ('Exchange visit')."""
    return gettext(value.replace("_", " ").capitalize(), _LOCALES[language])


def pick(ref: Ref | None, language: str) -> str | None:
    """The name in the language, or both English and Chinese for `bilingual`."""
    if ref is None:
        return None
    names = {"en": ref.name_en, "zh_hant": ref.name_zh_hant, "zh_hans": ref.name_zh_hans}
    if language == "bilingual":
        chinese = names["zh_hant"] or names["zh_hans"]
        parts = [p for p in (names["en"], chinese) if p]
        return " / ".join(dict.fromkeys(parts)) or None
    return next((names[k] for k in _ORDER[language] if names[k]), None)


def summary(entry: CalendarEntry, language: str) -> str:
    title = (scrub(pick(entry.title, language)) or scrub(pick(entry.parent, language))
             or words(entry.kind, language))
    if entry.status == Status.CANCELLED:
        # Outlook shows a cancelled item of a subscribed calendar as if it were on.
        return f"{label('cancelled', language)}: {title}"
    return title


def location(place: Place | None, language: str) -> str | None:
    if place is None:
        return None
    name = Ref(0, None, place.name_en, place.name_zh_hant, place.name_zh_hans)
    english = _join([place.name_en, place.address_en], ", ")
    chinese = _join([place.name_zh_hant or place.name_zh_hans, place.address_zh], "，")
    if language == "bilingual":
        where = _join([english, chinese], " / ")
    elif language == "en":
        where = english or chinese
    else:
        where = _join([pick(name, language), place.address_zh], _SEPARATOR[language]) or english
    return scrub(_join([place.room, where], ", ") if place.room else where)


def description(entry: CalendarEntry, language: str) -> str | None:
    """Parent, theme, text, host, contact, control point, speaker, role, item and precision."""
    lines = []
    if entry.parent is not None:
        key = "delegation" if entry.source == "itinerary" else "event"
        lines.append(_line(key, pick(entry.parent, language), language))
    lines.append(_line("theme", pick(entry.theme, language), language))
    lines.append(scrub(pick(entry.description, language)))
    lines.append(_line("host", pick(entry.host, language), language))
    lines.append(_line("contact", entry.contact, language))
    lines.append(_line("control_point", entry.control_point, language))
    lines.append(_line("speaker", entry.speaker, language))
    lines.append(_line("role", words(entry.role, language) if entry.role else None, language))
    if entry.item is not None:
        lines.append(_line("item", _join([entry.item.code, pick(entry.item, language)], " "),
                           language))
    if entry.schedule.precision != DatePrecision.EXACT:
        lines.append(label(entry.schedule.precision.value, language))
    return "\n".join(line for line in lines if line) or None


def categories(entry: CalendarEntry, language: str) -> list[str]:
    found = [words(entry.kind, language)]
    if entry.item is not None and entry.item.code:
        found.append(f"{label('item', language)} {entry.item.code}")
    return found


def _line(key: str, value: str | None, language: str) -> str | None:
    value = scrub(value)
    if not value:
        return None
    colon = "：" if language in ("zh_hant", "zh_hans") else ": "
    return f"{label(key, language)}{colon}{value}"


def _join(parts: list[str | None], separator: str) -> str | None:
    present = [p for p in parts if p]
    return separator.join(dict.fromkeys(present)) or None
