"""Suggested file names: what the document is, the record's title and its date, safe anywhere."""

from __future__ import annotations

from planner.exports import names
from planner.store import queries
from planner.store.database import Database


def test_a_name_says_what_the_document_is_about() -> None:
    assert names.file_name("Sign-in sheet", "Copyright seminar", "2017-06-15") == \
        "Sign-in sheet - Copyright seminar - 2017-06-15.pdf"
    assert names.file_name("Annual progress report", when="2016-17") == \
        "Annual progress report - 2016-17.pdf"
    assert names.file_name("Calendar", "研討會", "2017-06", ".ics") == "Calendar - 研討會 - 2017-06.ics"


def test_characters_no_file_system_takes_are_replaced() -> None:
    name = names.file_name("Itinerary", 'HK/GD: "IP" <visit>?*|\\ \x07tour.', "2017-04-19")
    assert name == "Itinerary - HK GD IP visit tour - 2017-04-19.pdf"
    assert not set('/\\:*?"<>|') & set(name)


def test_a_long_title_is_cut_and_keeps_its_date() -> None:
    name = names.file_name("Sign-in sheet", "Seminar on intellectual property " * 20,
                           "2017-06-15")
    assert len(name) <= names.MAX_STEM + len(".pdf")
    assert name.endswith("… - 2017-06-15.pdf") and name.startswith("Sign-in sheet - Seminar")


def test_the_title_in_the_users_language() -> None:
    heading = names.Heading("Copyright Expo", "版權博覽會", "版权博览会", "2016-12")
    assert heading.title("en") == "Copyright Expo"
    assert heading.title("zh_HK") == "版權博覽會"
    assert heading.title("zh_CN") == "版权博览会"
    assert names.Heading(None, "版權博覽會", None).title("zh_CN") == "版權博覽會"
    assert names.Heading(None, None, "版权博览会").title("en") == "版权博览会"


def test_headings_of_events_delegations_and_programmes(demo_db: Database) -> None:
    with demo_db.read() as session:
        event = next(e for e in queries.list_events(session)
                     if e.title_en and e.title_en.startswith("6th China International Copyright"))
        delegation = next(d for d in queries.list_delegations(session)
                          if d.schedule.precision.value == "exact")
        programme = queries.list_programmes(session)[0]
        got = names.heading(session, "event", event.id)
        assert (got.en, got.zh_hant, got.when) == (event.title_en, event.title_zh_hant, "2016-12")
        got = names.heading(session, "delegation", delegation.id)
        assert got.en == delegation.name_en
        assert got.when == delegation.schedule.local_days()[0].isoformat()
        got = names.heading(session, "programme", programme.id)
        assert got.en == programme.title_en and got.when == programme.start.isoformat()
