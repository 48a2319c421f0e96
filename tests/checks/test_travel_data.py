"""The travel tables: the shipped files, the organiser's copy, and clear errors for mistakes."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.checks.travel_data import (
    DOCUMENTS_FILE,
    TIMES_FILE,
    load_travel_data,
    source,
    user_folder,
)
from planner.checks.travel_table import Place
from planner.cli.main import main
from planner.config import resources_dir
from planner.domain.errors import PlannerError
from planner.i18n import render_error
from tests.checks.conftest import Plan

SHIPPED = resources_dir() / "travel" / TIMES_FILE


def _at(*nodes: str) -> Place:
    return Place(frozenset(nodes))


def test_shipped_table_names_cities_control_points_and_ports() -> None:
    table = load_travel_data().table
    assert table.city("Guangzhou (Nansha)").names.en == "Guangzhou"
    assert table.city("廣州").names.en == table.city("广州").names.en == "Guangzhou"
    assert table.control_point("Lok Ma Chau Spur Line / Futian").code == "lok_ma_chau_spur_line"
    assert table.control_point("lo wu / LUOHU").code == "lo_wu"
    assert table.control_point("Sha Tau Kok") is None
    assert table.ports_at_venue(None, "深圳湾口岸") == {"shenzhen_bay/hong_kong",
                                                   "shenzhen_bay/mainland"}
    assert table.ports_at_venue("InnoCentre") == frozenset()


def test_times_add_up_along_control_points_in_service_that_day() -> None:
    table = load_travel_data().table
    guangzhou, hong_kong = _at("city:Guangzhou"), _at("city:Hong Kong")
    # 2017: by rail to Shenzhen and across at Lo Wu (40 + 10 + 15 + 40).
    assert table.minutes(guangzhou, hong_kong, date(2017, 5, 1)) == 105
    # From 23 September 2018 the express rail through West Kowloon (50 + 15 + 15).
    assert table.minutes(guangzhou, hong_kong, date(2018, 9, 23)) == 80
    assert table.minutes(_at("city:Macao"), _at("city:Zhaoqing"), date(2017, 5, 1)) is not None
    assert table.minutes(_at("nowhere"), hong_kong, date(2017, 5, 1)) is None


def test_opening_hours_past_midnight() -> None:
    gongbei = load_travel_data().table.control_point("Border Gate")
    # 06:00 to 01:00 the next morning, Macao time (UTC+8).
    assert gongbei.open_during(datetime(2024, 1, 1, 16, 0), datetime(2024, 1, 1, 16, 50))
    assert not gongbei.open_during(datetime(2024, 1, 1, 17, 30), datetime(2024, 1, 1, 17, 50))
    assert gongbei.open_during(datetime(2024, 1, 1, 22, 0), datetime(2024, 1, 1, 22, 30))


def _copy(name: str, text: str) -> Path:
    user_folder().mkdir(parents=True, exist_ok=True)
    target = user_folder() / name
    target.write_text(text, encoding="utf-8")
    return target


def test_organisers_copy_replaces_the_shipped_file() -> None:
    assert source(TIMES_FILE) == SHIPPED
    copy = _copy(TIMES_FILE, SHIPPED.read_text(encoding="utf-8").replace(
        "within_city_minutes = 15", "within_city_minutes = 25"))
    assert source(TIMES_FILE) == copy
    assert load_travel_data().table.within_city_minutes == 25
    assert load_travel_data().sources[1] == resources_dir() / "travel" / DOCUMENTS_FILE


@pytest.mark.parametrize("change, expected", [
    (("hours = [\"06:30\", \"24:00\"]\nopened = \"2007-07-01\"",
      "hours = [\"6:30am\", \"24:00\"]\nopened = \"2007-07-01\""),
     "control_point[4] (shenzhen_bay).hours: times must be written HH:MM"),
    (("city = \"Zhongshan\"\nminutes = 20", "city = \"Zhongshen\"\nminutes = 20"),
     "'Zhongshen' is not a [[city]] of this file"),
    (("{ from = \"Zhuhai\", to = \"Jiangmen\", minutes = 60 }",
      "{ from = \"Zhuhai\", to = \"Jiangmen\", minutes = \"an hour\" }"),
     "legs[19].minutes: must be a whole number of minutes"),
    (("timezone = \"Asia/Macau\"", "timezone = \"Macau\""), "unknown time zone 'Macau'"),
    (("within_city_minutes = 15", "within_city_minutes = 15\nwithin_city_minutes = 20"),
     "line"),
])
def test_mistakes_in_the_copy_are_named(change: tuple[str, str], expected: str) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert change[0] in text
    copy = _copy(TIMES_FILE, text.replace(change[0], change[1], 1))
    with pytest.raises(PlannerError) as info:
        load_travel_data()
    assert info.value.code == "travel_data_invalid"
    message = render_error(info.value, "en")
    assert message.startswith(f"The travel data in {copy} cannot be used: ")
    assert expected in message


def test_document_rules_are_checked_too() -> None:
    text = (resources_dir() / "travel" / DOCUMENTS_FILE).read_text(encoding="utf-8")
    _copy(DOCUMENTS_FILE, text.replace('any_of = ["home_return_permit"]',
                                       'any_of = ["home_permit"]', 1))
    with pytest.raises(PlannerError) as info:
        load_travel_data()
    assert "rule[1].any_of: must list some of" in render_error(info.value, "en")


def test_a_broken_copy_stops_the_check_command(plan: Plan) -> None:
    plan.commit()
    _copy(TIMES_FILE, "within_city_minutes = 15\n[[city]]\nname = \n")
    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", str(plan.db.path), "check"], out, err) == 2
    assert err.getvalue().startswith("error: The travel data in ")
    assert "travel-times.toml" in err.getvalue() and "line 3" in err.getvalue()
