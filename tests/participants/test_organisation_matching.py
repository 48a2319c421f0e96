"""Organisations in an imported list: by code, names in either script, aliases, and the same
name with its place written another way (香港知識產權署 is HKIPD); never a guess between two."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from planner.imports.people import read_people_file
from planner.imports.people.organisations import region_form, region_index
from planner.operations.organisations import create_organisation
from planner.operations.participants import Target, import_people, preview_import
from planner.store.database import Database
from planner.store.models import Organisation
from tests.participants.conftest import make_event, write_csv

HKIPD_EN = ("Intellectual Property Department, Government of the Hong Kong Special "
            "Administrative Region")


def _organisations(db: Database) -> int:
    with db.write() as session:
        hkipd = create_organisation(session, code="HKIPD", name_en=HKIPD_EN,
                                    name_zh_hant="香港特別行政區政府知識產權署",
                                    name_zh_hans="香港特别行政区政府知识产权署",
                                    aliases=["IPD"]).value.id
        create_organisation(session, code="GDIPO", name_en="Guangdong Intellectual Property "
                            "Office", name_zh_hans="广东省知识产权局",
                            name_zh_hant="廣東省知識產權局")
        # Two customs offices: "customs" with a place taken out is theirs both, so no guess.
        create_organisation(session, code="HKCED", name_en="Hong Kong Customs",
                            name_zh_hant="香港海關")
        create_organisation(session, code="GDCUS", name_en="Guangdong Customs",
                            name_zh_hans="广东海关")
    return hkipd


def test_region_forms_meet_and_shared_forms_say_nothing() -> None:
    assert region_form("香港知识产权署") == region_form("香港特别行政区政府知识产权署") \
        == "hong_kong:知识产权署"
    assert region_form("hongkongintellectualpropertydepartment") == region_form(
        "intellectualpropertydepartmentgovernmentofthehongkongspecialadministrativeregion")
    assert region_form("广东知识产权局") != region_form("香港知识产权署")
    assert region_form("香港") is None and region_form("customs") is None
    assert region_index([("hongkongcustoms", 1), ("customsofhongkong", 2),
                         ("广东海关", 3)]) == {"guangdong:海关": 3}


def test_an_imported_list_finds_hkipd_however_it_is_written(db: Database,
                                                            tmp_path: Path) -> None:
    hkipd = _organisations(db)
    event = make_event(db)
    path = write_csv(tmp_path / "list.csv", [
        ["姓名", "機構"], ["陳大文", "香港知識產權署"], ["李小明", "香港知识产权署"],
        ["張三", "HKIPD"], ["王五", "Hong Kong Intellectual Property Department"],
        ["趙六", "ipd"], ["周七", "知識產權署"], ["吳八", "廣東知識產權局"], ["鄭九", "海關"]])
    table = read_people_file(path)
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(Organisation))
        mapping = preview_import(session, table).mapping
    with db.write() as session:
        plan = import_people(session, table, mapping, Target.event(event)).value.plan
    by_name = {r.name: (r.organisation_id, r.new_organisation) for r in plan.rows}
    for name in ("陳大文", "李小明", "張三", "王五", "趙六"):
        assert by_name[name] == (hkipd, None), name
    with db.read() as session:
        gdipo = session.scalar(select(Organisation.id).where(Organisation.code == "GDIPO"))
        after = session.scalar(select(func.count()).select_from(Organisation))
    assert by_name["吳八"] == (gdipo, None)  # Guangdong's office, not Hong Kong's department
    # Without a place, 知識產權署 is none of them for sure, and 海關 is either customs office:
    # new organisations, named as the list wrote them, rather than a wrong guess.
    assert by_name["周七"] == (None, "知識產權署") and by_name["鄭九"] == (None, "海關")
    assert after == before + 2
