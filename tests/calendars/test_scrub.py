"""No phone number or e-mail address in anything that leaves the organiser (issue 15, part 1).

The corpus (data/contact-lines.toml) holds contact lines in three scripts and what must stay;
the demo programme's own texts are a second corpus of real text that must come out unchanged.
Then the whole path: hostile contacts typed into a programme never reach an exported calendar,
a feed or the annual report, and hostile text costs linear time.
"""

from __future__ import annotations

import json
import re
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from planner.config import resources_dir
from planner.exports.ical import ExportOptions
from planner.exports.scrub import find_personal, fold, scrub
from planner.feeds.service import FeedService
from planner.operations.calendar_feeds import create_feed
from planner.store.database import Database
from planner.store.models import CooperationItem, Event, ItineraryItem, Venue
from tests.calendars.calendar_helpers import export, unfolded

CORPUS = tomllib.loads((Path(__file__).parent / "data" / "contact-lines.toml")
                       .read_text(encoding="utf-8"))["line"]
# Fields of the demo programme that hold a phone on purpose (printed itineraries need them).
PHONE_FIELDS = {"contact", "phone"}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", fold(text))


def _check(text: str, out: str, line: dict[str, Any]) -> None:
    for gone in line.get("gone", []):
        number = _digits(gone)
        assert gone not in out, f"{gone!r} survived in {out!r}"
        if len(number) >= 6:
            assert number not in _digits(out), f"the digits of {gone!r} survived in {out!r}"
    for kept in line.get("kept", []):
        assert kept in out, f"{kept!r} was lost from {text!r}: {out!r}"
    if "result" in line:
        assert out == line["result"]


@pytest.mark.parametrize("line", CORPUS, ids=[line["text"][:24] for line in CORPUS])
def test_contact_lines_corpus(line: dict[str, Any]) -> None:
    _check(line["text"], scrub(line["text"]) or "", line)


def test_the_corpus_covers_three_scripts_and_both_directions() -> None:
    texts = [line["text"] for line in CORPUS]
    assert any(re.search(r"[電話聯絡處澳門]", t) for t in texts)  # Traditional
    assert any(re.search(r"[电话联系办事处]", t) for t in texts)  # Simplified
    assert sum("gone" in line for line in CORPUS) >= 25
    assert sum("gone" not in line for line in CORPUS) >= 8


def _demo_strings(value: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _demo_strings(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _demo_strings(v, key)]
    return [(key, value)] if isinstance(value, str) else []


def test_the_demo_programmes_texts_survive_and_its_phones_do_not() -> None:
    data = json.loads((resources_dir() / "demo" / "programme-2016-17.json")
                      .read_text(encoding="utf-8"))
    strings = _demo_strings(data)
    assert len(strings) > 1000
    touched = [(k, s) for k, s in strings if k not in PHONE_FIELDS and find_personal(s)]
    assert touched == []  # narratives with figures, dates, item numbers, addresses
    phones = [s for k, s in strings if k in PHONE_FIELDS and "+" in s]
    assert len(phones) > 20
    for text in phones:
        assert not re.search(r"\d{4}", scrub(text) or "")


HOSTILE = ["陳生 電話66661234", "陈先生13812345678", "6666-1234/6777-1234",
           "李小姐 ６６６６１２３４", "Ms Ho (852) 9123 4567 ext. 12", "chan.tm@example.org"]


def _plant(db: Database) -> None:
    """The attack: personal data typed into every free-text field a calendar shows."""
    with db.write() as s:
        stop = s.scalars(select(ItineraryItem).where(ItineraryItem.position == 2)).one()
        stop.contact_person = HOSTILE[0]
        stop.title_en = f"Visit, call {HOSTILE[2]}"
        seminar = s.scalars(select(Event).where(Event.uid.like("event-seminar%"))).one()
        seminar.description_en = f"Enquiries {HOSTILE[1]}, {HOSTILE[5]}"
        seminar.theme_en = HOSTILE[4]
        seminar.sessions[0].speaker = HOSTILE[3]
        venue = s.scalars(select(Venue).where(Venue.name_en == "InnoCentre")).one()
        venue.address_en = f"72 Tat Chee Avenue, reception {HOSTILE[2]}"


def _assert_clean(data: bytes) -> None:
    text = "\n".join(unfolded(data)).replace("\\,", ",").replace("\\;", ";")
    digits = _digits(text)
    for number in ("66661234", "13812345678", "67771234", "91234567"):
        assert number not in digits
    assert "@example.org" not in text and "６６６６" not in text


def test_hostile_contacts_never_reach_a_calendar_file(small_db: Database) -> None:
    _plant(small_db)
    for language in ("bilingual", "en", "zh_hant", "zh_hans"):
        options = ExportOptions(language=language, name=f"Mr Chan {HOSTILE[0]}")
        for scope, target in (("all", None), ("delegation", 1), ("event", 1), ("person", 1)):
            _assert_clean(export(small_db, scope, target, options))
    text = "\n".join(unfolded(export(small_db, "delegation", 1))).replace("\\,", ",")
    assert "Contact: 陳生" in text  # the rest of the line stays
    assert "SUMMARY:Visit, call / 參觀創新中心" in text
    assert "LOCATION:InnoCentre, 72 Tat Chee Avenue, reception / 創新中心" in text


def test_hostile_contacts_never_reach_a_feed(small_db: Database) -> None:
    _plant(small_db)
    with small_db.write() as s:
        feed = create_feed(s, "all", None, f"Team feed {HOSTILE[1]}").value
    rendered = FeedService(small_db).rendered(feed)
    assert rendered is not None
    _assert_clean(rendered.body)
    assert "Team feed" in rendered.body.decode()


def test_the_published_annual_report_leaves_out_a_phone_in_a_narrative(
        small_db: Database) -> None:
    from planner.exports.pdf import documents
    from planner.exports.pdf.template import Options
    from planner.exports.pdf.words import Lang
    from tests.documents.pdf_helpers import read_pdf

    with small_db.write() as s:
        item = s.scalars(select(CooperationItem)).one()
        item.narrative_en = f"Both sides met twice.\n\nAsk {HOSTILE[1]} or {HOSTILE[5]}."
    pdf = read_pdf(documents.annual_report(small_db, "2016-17", Options(lang=Lang.EN)))
    assert "Both sides met twice." in pdf.text and "Ask" in pdf.text
    assert "13812345678" not in _digits(pdf.flat) and "example.org" not in pdf.flat


HOSTILE_CPU = {
    "a digit run": "1" * 20_000,
    "numbers joined by slashes": "6666 1234 / " * 1_700 + "z",
    "numbers glued to Chinese": "陳生電話66661234，" * 1_500,
    "slashes": "/" * 20_000 + "z",
    "spaces after a number": "66661234" + " " * 20_000 + "z",
    "ideographic spaces in brackets": "(" + "\u3000" * 20_000 + ")66661234",
    "plus signs": "+" * 20_000,
    "e-mail lookalikes": "a@b.c" * 4_000 + ("x" * 60 + "@") * 300,
    "dates and prefixes": ("2016-12-01 09:30 +852 ") * 1_000,
    "extensions": "66661234 x" * 2_000,
}


@pytest.mark.parametrize("text", HOSTILE_CPU.values(), ids=HOSTILE_CPU.keys())
def test_hostile_text_costs_linear_time(text: str) -> None:
    started = time.perf_counter()
    scrub(text + " ")  # a text never scrubbed before (the results are cached)
    assert time.perf_counter() - started < 5.0
