"""The language of a document: labels from the core catalogue, data in the chosen script, dates.

`en`, `zh-hk` (Traditional), `zh-cn` (Simplified) or `bi` (English with Traditional Chinese).
People's names are never translated or converted: they print as given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from babel.dates import format_date, format_interval, format_skeleton

from planner.domain.enums import DatePrecision
from planner.domain.schedule import Schedule
from planner.exports.pdf.collation import NameOrder
from planner.exports.pdf.labels import ALL_LABELS
from planner.i18n import gettext


class Lang(StrEnum):
    EN = "en"
    ZH_HK = "zh-hk"
    ZH_CN = "zh-cn"
    BI = "bi"


_CATALOGUE = {Lang.EN: "en", Lang.ZH_HK: "zh_HK", Lang.ZH_CN: "zh_CN", Lang.BI: "zh_HK"}
_BABEL = {"en": "en_GB", "zh_HK": "zh_Hant_HK", "zh_CN": "zh_Hans_CN"}
_ORDER = {Lang.EN: NameOrder.ENGLISH, Lang.BI: NameOrder.ENGLISH, Lang.ZH_HK: NameOrder.STROKE,
          Lang.ZH_CN: NameOrder.PINYIN}


@dataclass(frozen=True)
class Words:
    lang: Lang = Lang.BI

    @property
    def chinese(self) -> str | None:
        """The catalogue locale of the Chinese part, if the document has one."""
        return None if self.lang == Lang.EN else _CATALOGUE[self.lang]

    @property
    def name_order(self) -> NameOrder:
        return _ORDER[self.lang]

    @property
    def pdf_language(self) -> str:
        return {Lang.EN: "en-GB", Lang.ZH_HK: "zh-HK", Lang.ZH_CN: "zh-CN", Lang.BI: "en-GB"}[self.lang]

    def label(self, key: str, sep: str = " ", **params: Any) -> str:
        """A label in the document's language; bilingual labels are English, `sep`, Chinese."""
        english = ALL_LABELS[key]
        if self.lang == Lang.EN:
            return english.format(**params)
        chinese = gettext(english, _CATALOGUE[self.lang]).format(**params)
        if self.lang != Lang.BI:
            return chinese
        english = english.format(**params)
        return english if chinese == english else f"{english}{sep}{chinese}"

    def enum(self, prefix: str, value: Any, sep: str = " ") -> str:
        return self.label(f"{prefix}.{getattr(value, 'value', value)}", sep)

    def pick(self, en: str | None, hant: str | None, hans: str | None, sep: str = "\n") -> str:
        """Data text in the chosen script, falling back to whatever the data has."""
        if self.lang == Lang.EN:
            return en or hant or hans or ""
        if self.lang == Lang.ZH_HK:
            return hant or hans or en or ""
        if self.lang == Lang.ZH_CN:
            return hans or hant or en or ""
        chinese = hant or hans
        if en and chinese and chinese != en:
            return f"{en}{sep}{chinese}"
        return en or chinese or ""

    def ref(self, ref: Any, sep: str = "\n") -> str:
        """A Ref (organisation, venue, item...) named in the chosen script."""
        if ref is None:
            return ""
        return self.pick(ref.name_en, ref.name_zh_hant, ref.name_zh_hans, sep)

    # dates ---------------------------------------------------------------------------------

    def _locales(self) -> list[str]:
        if self.lang == Lang.BI:
            return ["en"]
        return [_CATALOGUE[self.lang]]

    def date(self, value: dt.date) -> str:
        return " / ".join(format_skeleton("yMMMMd", value, locale=_BABEL[loc])
                          for loc in self._locales())

    def month(self, value: dt.date) -> str:
        return " / ".join(format_skeleton("yMMMM", value, locale=_BABEL[loc])
                          for loc in self._locales())

    def day_heading(self, value: dt.date) -> str:
        """A day of an itinerary: the weekday and the date, in both languages when bilingual."""
        parts = []
        for loc in (["en", "zh_HK"] if self.lang == Lang.BI else self._locales()):
            if loc == "en":
                parts.append(format_date(value, "full", locale="en_GB"))
            else:
                babel = _BABEL[loc]
                parts.append(f"{format_date(value, 'long', locale=babel)} "
                             f"{format_date(value, 'EEEE', locale=babel)}")
        return "  ".join(parts)

    def printed(self, value: dt.date) -> str:
        """'Printed 15 January 2026'; bilingual documents print the date once, in English."""
        if self.lang == Lang.BI:
            return ALL_LABELS["printed_on"].format(date=self.date(value))
        return self.label("printed_on", date=self.date(value))

    def span(self, schedule: Schedule, *, with_time: bool = True) -> str:
        """When something happens, as precisely as the data knows it (a month prints as a month)."""
        first, last = schedule.local_days()
        if schedule.precision == DatePrecision.MONTH:
            text = self._interval(first, last, "yMMMM")
        elif schedule.all_day or not with_time or first != last:
            text = self._interval(first, last, "yMMMMd")
        else:
            assert schedule.start and schedule.end
            text = f"{self.date(first)}, {self.times(schedule)}"
        if schedule.precision == DatePrecision.APPROXIMATE:
            text = f"{text} ({self.label('approximate')})"
        return text

    def _interval(self, first: dt.date, last: dt.date, skeleton: str) -> str:
        out = []
        for loc in self._locales():
            if (first.year, first.month) == (last.year, last.month) and skeleton == "yMMMM":
                out.append(format_skeleton(skeleton, first, locale=_BABEL[loc]))
            elif first == last:
                out.append(format_skeleton(skeleton, first, locale=_BABEL[loc]))
            else:
                out.append(format_interval(first, last, skeleton, locale=_BABEL[loc]))
        return " / ".join(out)

    @staticmethod
    def times(schedule: Schedule) -> str:
        """Start and end wall-clock times in the item's own zone; empty for all-day items."""
        if schedule.all_day or schedule.start is None or schedule.end is None:
            return ""
        end = schedule.end.strftime("%H:%M")
        if schedule.end.date() != schedule.start.date():
            end = f"{end} (+{(schedule.end.date() - schedule.start.date()).days})"
        return f"{schedule.start.strftime('%H:%M')}–{end}"

    @staticmethod
    def clock(value: dt.datetime) -> str:
        return value.strftime("%H:%M")
