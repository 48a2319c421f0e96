"""A 2017-18 programme built from an empty database with `create` and `edit` JSON alone; what the
checks, the itinerary and the annual report then make of it; and every refusal writing nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from planner.cli.main import main
from planner.store.database import open_database
from tests.documents.pdf_helpers import read_pdf


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        import sys

        saved, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            code = main(list(argv), out, err)
        finally:
            sys.stdin = saved
    else:
        code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


class Cli:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self, *argv: str, stdin: Any = None) -> tuple[int, str, str]:
        text = stdin if stdin is None or isinstance(stdin, str) else json.dumps(stdin)
        return run("--db", str(self.path), *argv, stdin=text)

    def create(self, kind: str, obj: Any) -> Any:
        code, out, err = self("create", kind, "--from", "-", stdin=obj)
        assert code == 0, err
        return json.loads(out)

    def edit(self, kind: str, ident: int, obj: Any) -> Any:
        code, out, err = self("edit", kind, str(ident), "--from", "-", stdin=obj)
        assert code == 0, err
        return json.loads(out)

    def show(self, kind: str, ident: int, *extra: str) -> Any:
        code, out, err = self("show", kind, str(ident), "--json", *extra)
        assert code == 0, err
        return json.loads(out)

    def refused(self, *argv: str, stdin: Any = None) -> str:
        """Exit 2, one line on stderr, nothing written (the revision counter stays)."""
        before = self.revision()
        code, out, err = self(*argv, stdin=stdin)
        assert code == 2, (code, out, err)
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
        assert self.revision() == before
        return err

    def revision(self) -> int:
        db = open_database(str(self.path))
        try:
            return db.revision()
        finally:
            db.close()


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    path = tmp_path / "2017-18.sqlite"
    code, _, err = run("--db", str(path), "db", "upgrade")
    assert code == 0, err
    return Cli(path)


def build_programme(cli: Cli) -> dict[str, Any]:
    """The small 2017-18 programme of the issue, through JSON alone; returns the ids."""
    hkipd, gdcb = cli.create("organisations", [
        {"code": "HKIPD", "name_en": "Intellectual Property Department",
         "name_zh_hant": "知識產權署", "side": "hong_kong", "kind": "government"},
        {"code": "GDCB", "name_en": "Copyright Bureau of Guangdong Province",
         "name_zh_hans": "广东省版权局", "side": "guangdong", "kind": "government"}])
    item = cli.create("item", {
        "year": "2017-18", "number": 5, "title_en": "IP seminars for SMEs",
        "title_zh_hant": "中小企知識產權研討會", "is_new": True, "leads": [{"id": hkipd["id"]}],
        "narrative_en": "Two seminars were held in Dongguan.\nBoth were full.",
        "figures": [{"label_en": "Participants", "value": 480, "unit": "people"}]})
    venue = cli.create("venue", {"name_en": "Dongguan Convention Centre",
                                 "name_zh_hans": "东莞会展中心", "city": "Dongguan",
                                 "side": "guangdong", "capacity": 300})
    seminar = cli.create("event", {
        "kind": "seminar", "title_en": "SME IP seminar", "start": "2017-06-15T09:00",
        "end": "2017-06-15T17:00", "venue": {"id": venue["id"]}, "item_id": item["id"],
        "organisers": [{"organisation": {"id": hkipd["id"]}, "role": "organiser"},
                       {"organisation": gdcb["id"], "role": "co_organiser"}]})
    sessions = cli.create("sessions", [
        {"event_id": seminar["id"], "title_en": "Opening", "start": "2017-06-15T09:00",
         "end": "2017-06-15T09:30", "room": "Hall 1"},
        {"event_id": seminar["id"], "title_en": "Trade marks in e-commerce",
         "start": "2017-06-15T10:00", "end": "2017-06-15T12:00", "speaker": "Ms Chan; Mr Li"}])
    programme = cli.create("programme", {"title_en": "Student exchange 2017",
                                         "item": {"id": item["id"]}})
    out_leg = cli.create("delegation", {
        "name_en": "Hong Kong students to Guangzhou", "origin": "hong_kong",
        "destination": "guangdong", "start": "2017-07-10", "end": "2017-07-12",
        "programme_id": programme["id"], "lead": {"id": hkipd["id"]}})
    back_leg = cli.create("delegation", {
        "name_en": "Guangzhou students to Hong Kong", "origin": "guangdong",
        "destination": "hong_kong", "start": "2017-08-01", "end": "2017-08-03",
        "programme": {"id": programme["id"]}})
    contact = cli.create("contact", {"delegation_id": out_leg["id"], "name": "Wong Chi-keung",
                                     "phone": "+852 5550 0201", "role": "HKIPD secretary"})
    minor = cli.create("person", {"name_en": "CHAN Siu-ming", "name_zh": "陳小明",
                                  "is_minor": True, "category": "student",
                                  "date_of_birth": "2003-05-02",
                                  "guardian": {"name": "陳大文", "phone": "+852 5550 1234",
                                               "relationship": "father"}})
    document = cli.create("travel-document", {
        "person_id": minor["id"], "kind": "home_return_permit", "number": "H1234567",
        "issuing_authority": "Exit and Entry Administration", "issue_date": "2012-07-01",
        "expiry": "2017-07-11"})  # expires before the trip ends on 12 July
    member = cli.create("member", {"delegation_id": out_leg["id"], "person": {"id": minor["id"]},
                                   "role": "member", "status": "confirmed",
                                   "guardian_consent": True, "consent_date": "2017-06-20"})
    return {"hkipd": hkipd, "item": item, "venue": venue, "seminar": seminar,
            "sessions": sessions, "programme": programme, "out": out_leg, "back": back_leg,
            "contact": contact, "minor": minor, "document": document, "member": member}


def test_a_new_year_built_with_json_alone(cli: Cli, tmp_path: Path) -> None:
    made = build_programme(cli)
    seminar = cli.show("event", made["seminar"]["id"])
    assert seminar["timezone"] == "Asia/Shanghai"  # the venue's zone
    assert [s["title_en"] for s in seminar["sessions"]] == ["Opening", "Trade marks in e-commerce"]
    assert [o["organisation"]["code"] for o in seminar["organisers"]] == ["HKIPD", "GDCB"]
    programme = cli.show("programme", made["programme"]["id"])
    assert [leg["id"] for leg in programme["legs"]] == [made["out"]["id"], made["back"]["id"]]
    assert (made["out"]["leg_number"], made["back"]["leg_number"]) == (1, 2)
    assert cli.show("delegation", made["out"]["id"])["contacts"][0]["name"] == "Wong Chi-keung"

    person = cli.show("person", made["minor"]["id"])
    assert "date_of_birth" not in person and "guardian" not in person
    revealed = cli.show("person", made["minor"]["id"], "--reveal")
    assert revealed["date_of_birth"] == "2003-05-02"
    assert revealed["guardian"] == {"name": "陳大文", "phone": "+852 5550 1234",
                                    "relationship": "father"}
    assert revealed["travel_documents"][0]["number"] == "H1234567"

    code, out, _ = cli("check", "--json")
    assert code == 3
    expiring = [f for f in json.loads(out) if f["code"] == "document_expires_during_trip"]
    assert len(expiring) == 1
    assert "CHAN Siu-ming" in expiring[0]["message"] and "2017-07-11" in expiring[0]["message"]

    pdf = tmp_path / "itinerary.pdf"
    code, _, err = cli("export", "itinerary", "--delegation", str(made["out"]["id"]),
                       "-o", str(pdf), "--lang", "en")
    assert code == 0, err
    assert "Wong Chi-keung" in read_pdf(pdf.read_bytes()).text
    report = tmp_path / "report.pdf"
    code, _, err = cli("export", "report", "--year", "2017-18", "-o", str(report), "--lang", "en")
    assert code == 0, err
    flat = read_pdf(report.read_bytes()).flat
    assert "TwoseminarswereheldinDongguan." in flat and "480" in flat


def test_edit_changes_only_the_given_keys_and_refuses_a_stale_version(cli: Cli) -> None:
    made = build_programme(cli)
    seminar = made["seminar"]
    moved = cli.edit("event", seminar["id"], {"version": seminar["version"],
                                              "start": "2017-06-16T09:00",
                                              "end": "2017-06-16T17:00"})
    assert moved["title_en"] == "SME IP seminar" and moved["start"].startswith("2017-06-16T09:00")
    assert [s["start"][:10] for s in moved["sessions"]] == ["2017-06-16"] * 2  # carried along
    err = cli.refused("edit", "event", str(seminar["id"]), "--from", "-",
                      stdin={"version": seminar["version"], "title_en": "Too late"})
    assert "was changed by" in err and f"version {moved['version']}" in err
    err = cli.refused("edit", "event", str(seminar["id"]), "--from", "-",
                      stdin={"title_en": "No version"})
    assert "version" in err
    session = made["sessions"][0]
    err = cli.refused("edit", "session", str(session["id"]), "--from", "-",
                      stdin={"version": session["version"] + 1, "event_id": 999})
    assert "cannot be changed" in err


@pytest.mark.parametrize("kind, obj, words", [
    ("event", {"kind": "seminar", "start": "2017-06-15", "end": "2017-06-15"},
     "Give a title in at least one language"),
    ("event", {"kind": "seminar", "title_en": "x", "start": "2017-06-15T10:00",
               "end": "2017-06-15T09:00"}, "is before the start"),
    ("event", {"kind": "seminar", "title_en": "x", "start": "2017-06-15", "end": "2017-06-15",
               "timezone": "+08:00"}, "Unknown time zone: +08:00"),
    ("event", {"kind": "seminar", "title_en": "x", "start": "2017-06-15", "end": "2017-06-15",
               "capacity": "many"}, "The capacity must be a whole number"),
    ("event", {"kind": "party", "title_en": "x", "start": "2017-06-15", "end": "2017-06-15"},
     "The kind must be one of"),
    ("event", {"kind": "seminar", "title_en": "x", "start": "2017-06-15", "end": "2017-06-15",
               "venue": {"id": 99}}, "The venue: Venue 99 does not exist"),
    ("event", {"kind": "seminar", "title_en": "x", "start": "2017-06-15", "end": "2017-06-15",
               "colour": "red"}, "“colour” is not a field of event records"),
    ("venue", {"name_en": "Hall", "side": "hong_kong", "capacity": -5},
     "The capacity must not be negative"),
    ("venue", {"name_en": "Hall", "side": "hong_kong", "latitude": 123},
     "The latitude must be between -90 and 90"),
    ("item", {"year": "2017-18", "number": 1, "title_en": "x",
              "narrative_en": "x" * 10_000_001}, "longer than 50000 characters"),
    ("item", {"year": "2017", "number": 1, "title_en": "x"}, "programme year such as 2017-18"),
    ("travel-document", {"person_id": 1, "kind": "passport", "issue_date": "2020-01-01",
                         "expiry": "2019-01-01"}, "is before the date of issue"),
    ("session", {"event_id": 1, "title_en": "Late", "start": "2017-06-15T18:00",
                 "end": "2017-06-15T19:00"}, "must lie within its event"),
    ("contact", {"delegation_id": 1, "name": "\x07\x1b  "}, "The name is required"),
])
def test_bad_input_is_refused_naming_the_field(cli: Cli, kind: str, obj: dict[str, Any],
                                               words: str) -> None:
    code, _, err = cli("create", "event", "--from", "-", stdin={
        "kind": "seminar", "title_en": "Host", "start": "2017-06-15T09:00",
        "end": "2017-06-15T17:00"})
    assert code == 0, err
    cli.create("person", {"name_en": "Someone"})
    cli.create("delegation", {"name_en": "Trip", "origin": "hong_kong",
                              "destination": "guangdong", "start": "2017-07-10",
                              "end": "2017-07-12"})
    assert words in cli.refused("create", kind, "--from", "-", stdin=obj)


def test_item_numbers_legs_and_json_shapes_are_refused(cli: Cli) -> None:
    made = build_programme(cli)
    err = cli.refused("create", "item", "--from", "-",
                      stdin={"year": "2017-18", "number": 5, "title_en": "Again"})
    assert "already has an item number 5" in err
    other = cli.create("programme", {"title_en": "Another exchange"})
    err = cli.refused("edit", "delegation", str(made["back"]["id"]), "--from", "-",
                      stdin={"version": made["back"]["version"], "programme_id": other["id"]})
    assert "already a leg of programme" in err
    for bad in ("[1, 2]", '"text"', "{not json", "[]"):
        assert "JSON" in cli.refused("create", "venue", "--from", "-", stdin=bad)


def test_a_list_is_created_whole_or_not_at_all(cli: Cli) -> None:
    err = cli.refused("create", "venues", "--from", "-", stdin=[
        {"name_en": "First hall", "side": "hong_kong"},
        {"name_en": "Second hall", "side": "hong_kong", "timezone": "Mars/Olympus"}])
    assert err.startswith("error: Record 2 of 2:") and "Mars/Olympus" in err
    code, out, _ = cli("list", "venues", "--json")
    assert code == 0 and json.loads(out) == []


def test_delete_and_restore_every_kind_of_the_new_year(cli: Cli) -> None:
    made = build_programme(cli)
    for kind, key in (("session", "sessions"), ("contact", "contact"), ("member", "member"),
                      ("travel-document", "document"), ("venue", "venue"), ("item", "item"),
                      ("programme", "programme")):
        record = made[key][0] if isinstance(made[key], list) else made[key]
        code, out, err = cli("delete", kind, str(record["id"]))
        assert code == 0 and json.loads(out)["status"] == "deleted", err
        assert "has been deleted" in cli.refused("show", kind, str(record["id"]))
        code, out, err = cli("restore", kind, str(record["id"]))
        assert code == 0 and json.loads(out)["id"] == record["id"], err
        assert "is not deleted" in cli.refused("restore", kind, str(record["id"]))


def test_rollover_starts_the_next_year(cli: Cli) -> None:
    build_programme(cli)
    cli.create("item", {"year": "2017-18", "number": 6, "title_en": "Copyright week"})
    code, out, err = cli("programme", "rollover", "--from", "2017-18", "--to", "2018-19",
                         "--items", "6")
    assert code == 0 and out == "copied 1 items of 2017-18 into 2018-19: 6\n", err
    code, out, _ = cli("list", "items", "--year", "2018-19", "--json")
    [copied] = json.loads(out)
    assert (copied["number"], copied["title_en"], copied["narrative_en"]) == \
        (6, "Copyright week", None)
    assert "already has items numbered 6" in cli.refused(
        "programme", "rollover", "--from", "2017-18", "--to", "2018-19")


def test_lists_of_the_new_kinds_filter_by_parent(cli: Cli) -> None:
    made = build_programme(cli)
    code, out, _ = cli("list", "sessions", "--event", str(made["seminar"]["id"]), "--json")
    assert [s["room"] for s in json.loads(out)] == ["Hall 1", None]
    code, out, _ = cli("list", "contacts", "--delegation", str(made["out"]["id"]))
    assert code == 0 and "Wong Chi-keung" in out
    code, out, _ = cli("list", "travel-documents", "--person", str(made["minor"]["id"]), "--json")
    assert json.loads(out)[0]["expiry"] == "2017-07-11"
    assert "does not apply to venues" in cli.refused("list", "venues", "--event", "1")


def test_json_with_a_byte_order_mark_is_read(cli: Cli) -> None:
    made = cli.create("venue", "\ufeff" + json.dumps({"name_en": "Hall", "side": "hong_kong"}))
    assert made["name_en"] == "Hall" and made["timezone"] == "Asia/Hong_Kong"
