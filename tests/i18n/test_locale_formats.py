"""Dates, times, numbers and vocabulary shown in the interface language; sorting unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner.store import queries
from planner.store.database import Database
from planner.ui.formats import month_text, number_text, weekday_name
from planner.ui.models.base import SORT_ROLE
from planner.ui.models.tables import DelegationsModel, EventsModel, ProgrammesModel
from planner.ui.settings import app_settings
from planner.ui.widgets.tables import TextFilter
from tests.ui.conftest import settle

SEMINAR = "Development of SMEs"  # dated by month only: 1 to 30 June 2017


def _events_model(db: Database) -> tuple[EventsModel, int]:
    with db.read() as session:
        events = queries.list_events(session)
    model = EventsModel()
    model.set_rows(events)
    return model, model.find(lambda e: SEMINAR in (e.title_en or ""))


@pytest.mark.parametrize("locale, when, kind, status", [
    ("en", "June 2017", "seminar", "completed"),
    ("zh_HK", "2017年6月", "研討會", "已完成"),
    ("zh_CN", "2017年6月", "研讨会", "已完成")])
def test_events_table_in_each_language(language, demo_db: Database, locale: str, when: str,
                                       kind: str, status: str) -> None:
    language(locale)
    model, seminar = _events_model(demo_db)
    assert model.index(seminar, 0).data() == when
    assert model.index(seminar, 0).data(SORT_ROLE).startswith("2017-05-31T16:00")  # UTC instant
    assert model.index(seminar, 3).data() == kind
    assert model.index(seminar, 4).data() == status
    assert model.index(seminar, 3).data(SORT_ROLE) == kind  # sorted as shown


def test_timed_items_and_sorting_in_chinese(language, demo_db: Database) -> None:
    language("zh_HK")
    model, _ = _events_model(demo_db)
    timed = model.find(lambda e: not e.schedule.all_day)
    event = model.row_at(timed)
    start, end = event.schedule.start, event.schedule.end
    expected = f"{start.year}年{start.month}月{start.day}日 {start:%H:%M}"
    assert model.index(timed, 0).data().startswith(expected)
    assert model.index(timed, 0).data().endswith(f"{end:%H:%M}")
    proxy = TextFilter()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 0).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert shown == sorted(shown)  # chronological, although 2016年12月 < 2016年8月 as text


def test_delegations_and_programmes_in_simplified(language, demo_db: Database) -> None:
    language("zh_CN")
    with demo_db.read() as session:
        delegations, programmes = queries.list_delegations(session), queries.list_programmes(session)
    model = DelegationsModel()
    model.set_rows(delegations)
    cities = {model.index(r, c).data() for r in range(model.rowCount()) for c in (2, 3)}
    assert {"广州", "香港"} <= cities
    assert not any(c and c.isascii() for c in cities)
    model = ProgrammesModel()
    model.set_rows(programmes)
    dated = next(r for r in range(model.rowCount()) if model.row_at(r).start)
    start = model.row_at(dated).start
    assert model.index(dated, 1).data() == f"{start.year}年{start.month}月{start.day}日"
    assert model.index(dated, 1).data(SORT_ROLE) == start.isoformat()


@pytest.mark.parametrize("locale, monday, may", [("en", "Mon", "May 2017"),
                                                  ("zh_HK", "週一", "2017年5月"),
                                                  ("zh_CN", "周一", "2017年5月")])
def test_names_and_numbers(language, locale: str, monday: str, may: str) -> None:
    language(locale)
    assert weekday_name(0) == monday
    assert month_text(date(2017, 5, 1)) == may
    assert number_text(1234567) == "1,234,567"
    assert number_text(12.4) == "12"


def test_preferences_switch_the_language_at_once(open_window) -> None:
    controller = open_window("en")
    first = controller.window
    first.show_section("delegations")
    first.actions_["preferences"].trigger()
    dialog = controller.dialogs.last("preferences_dialog")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    dialog.findChild(QDialogButtonBox).accepted.emit()
    settle(controller)
    window = controller.window
    assert window is not first
    assert window.menuBar().actions()[0].text() == "檔案(&F)"
    assert window.sidebar.currentItem().text() == "代表團"  # the same section, now in Chinese
    assert QApplication.instance().property("planner_locale") == "zh_HK"
    assert controller.ui_locale == "zh_HK"
    assert app_settings().value("language") == "zh_HK"
    delegations = window.show_section("delegations")
    settle(controller)
    assert delegations.model.rowCount() > 0  # the new window reads the same database
    controller.dialogs.shown.clear()  # the first dialog went with the first window
    window.actions_["preferences"].trigger()
    dialog = controller.dialogs.last("preferences_dialog")
    assert dialog.language.currentData() == "zh_HK"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.findChild(QDialogButtonBox).accepted.emit()
    settle(controller)
    assert controller.window.menuBar().actions()[0].text() == "&File"


@pytest.mark.parametrize("locale, first, second", [
    ("en", "Copyright Office", "版權處"), ("zh_HK", "版權處", "Copyright Office"),
    ("zh_CN", "版权处", "Copyright Office")])
def test_bilingual_names_put_the_interface_language_first(language, locale: str, first: str,
                                                         second: str) -> None:
    from planner.ui.text import bilingual, primary_secondary

    language(locale)
    assert primary_secondary("Copyright Office", "版權處", "版权处") == (first, second)
    assert bilingual("Copyright Office", "版權處", "版权处") == f"{first} / {second}"
    only_chinese = primary_secondary(None, "版權處", "版权处")
    assert only_chinese[0] == ("版权处" if locale == "zh_CN" else "版權處")


def test_chinese_names_come_first_in_people_tables(open_window) -> None:
    controller = open_window("zh_HK")
    window = controller.window
    people = window.show_section("people")
    settle(controller)
    header = people.view.horizontalHeader()
    assert people.model.headerData(header.logicalIndex(0), Qt.Orientation.Horizontal) == "中文姓名"
    members = window.view("delegations").members.view.horizontalHeader()
    assert members.logicalIndex(0) == 1  # the model is unchanged: only the display order
