"""Every list opens sorted A to Z (dates oldest first) and remembers the user's order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from planner.store.database import open_database
from planner.ui.app import Controller
from planner.ui.models.base import SORT_ROLE
from planner.ui.settings import app_settings
from planner.ui.widgets.tables import select_where
from tests.ui.conftest import settle

# section, table, the column it opens sorted by
LISTS = (("events", "events_table", 0), ("events", "registrations_table", 0),
         ("delegations", "delegations_table", 0), ("delegations", "members_table", 0),
         ("programmes", "programmes_table", 1), ("organisations", "organisations_table", 0),
         ("venues", "venues_table", 0), ("items", "items_table", 0))

PANELS = {"registrations_table": lambda event: event.registered > 3,
          "members_table": lambda delegation: delegation.member_count > 3}


def _keys(view: QTableView, column: int) -> list[object]:
    model = view.model()
    return [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]


def _sortable(key: object) -> object:
    return key.casefold() if isinstance(key, str) else key


@pytest.mark.parametrize(("section", "table", "column"), LISTS)
def test_each_list_opens_ascending_by_its_natural_column(window, controller, section, table,
                                                         column) -> None:
    shown = window.show_section(section)
    settle(controller)
    if table in PANELS:  # a record whose panel lists several people
        select_where(shown.view, PANELS[table])
        settle(controller)
    view = shown.findChild(QTableView, table)
    header = view.horizontalHeader()
    assert header.sortIndicatorSection() == column
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    keys = _keys(view, column)
    assert len(keys) >= 2, f"{table} shows too few rows to tell its order"
    assert keys == sorted(keys, key=_sortable)


def test_people_open_a_to_z_by_english_name(window, controller) -> None:
    people = window.show_section("people")
    settle(controller)
    header = people.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.AscendingOrder)
    names = [p.name_en or "" for p in people.model.rows()]
    assert len(names) > 10 and names == sorted(names)


def _click_header(qtbot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_the_users_order_is_remembered_per_list(qtbot, window, controller, dialogs,
                                                demo_path) -> None:
    venues = window.show_section("venues")
    settle(controller)
    _click_header(qtbot, venues.view, 4)  # capacity, ascending
    _click_header(qtbot, venues.view, 4)  # then descending
    settle(controller)
    capacities = _keys(venues.view, 4)
    assert capacities == sorted(capacities, reverse=True)
    controller.stop()

    again = Controller(dialogs, "en")
    window = again.start(open_database(str(demo_path)))
    qtbot.addWidget(window)
    window.show()
    try:
        settle(again)
        header = window.show_section("venues").view.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            4, Qt.SortOrder.DescendingOrder)
        organisations = window.show_section("organisations").view.horizontalHeader()
        assert organisations.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder  # its own
    finally:
        again.stop()
    assert app_settings().value("sort/venues_table") == "4 desc"  # the test's own settings
