"""The People table pages 100,000 rows from the worker: every row arrives once, in the order
asked for, a sort while a page is on its way ends in the new order, and painting a cell is one
cheap call."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QApplication

from planner.store import queries
from planner.store.database import Database
from planner.ui import gc_policy
from planner.ui.models import people
from planner.ui.models.base import ROW_ROLE, RowTableModel
from planner.ui.models.people import PeopleModel
from planner.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp: Any, demo_db: Database) -> Iterator[TaskRunner]:
    runner = TaskRunner(demo_db)
    yield runner
    runner.shutdown()


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(people, "PAGE", 7)  # the demo has a few dozen people: several pages
    return 7


def settle(runner: TaskRunner) -> None:
    for _ in range(6):
        assert runner.wait_idle()
        QApplication.processEvents()


def fetch_all(model: PeopleModel, runner: TaskRunner) -> None:
    settle(runner)
    while model.canFetchMore():
        model.fetchMore()
        settle(runner)


def expected(db: Database, order: str, descending: bool = False) -> list[int]:
    with db.read() as session:
        return [p.id for p in queries.list_people(session, order=order, descending=descending)]


def test_paging_delivers_every_row_once_in_the_sorted_order(runner: TaskRunner, demo_db: Database,
                                                            small_pages: int) -> None:
    model = PeopleModel(runner)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    settle(runner)
    assert model.rowCount() == small_pages
    fetch_all(model, runner)
    ids = [row.id for row in model.rows()]
    assert ids == expected(demo_db, "name_en", descending=True)
    assert len(ids) == model.total > 3 * small_pages


def test_a_sort_while_a_page_is_loading_ends_in_the_new_order(runner: TaskRunner,
                                                              demo_db: Database,
                                                              small_pages: int) -> None:
    model = PeopleModel(runner)
    model.reload()
    settle(runner)
    model.fetchMore()  # a page in the old order is on its way...
    model.sort(1)  # ...when the table is sorted by the Chinese name
    settle(runner)
    assert [row.id for row in model.rows()] == expected(demo_db, "name_zh")[:small_pages]
    fetch_all(model, runner)
    assert [row.id for row in model.rows()] == expected(demo_db, "name_zh")


def test_the_old_rows_stay_until_the_new_first_page_arrives(runner: TaskRunner,
                                                           small_pages: int) -> None:
    model = PeopleModel(runner)
    model.reload()
    settle(runner)
    before = model.rows()
    model.sort(0)
    assert model.rows() == before  # nothing blank while the worker sorts
    settle(runner)
    assert model.rows() != before


def test_cells_show_the_same_text_through_data_and_multi_data(runner: TaskRunner) -> None:
    model = PeopleModel(runner)
    model.reload()
    settle(runner)
    plain = RowTableModel.data  # the general model's answer, formatted on every call
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert model.data(index) == plain(model, index)
            assert model.data(index, Qt.ItemDataRole.FontRole) is None
    index = model.index(2, 0)
    assert model.data(index, ROW_ROLE) == model.row_at(2)
    shown = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
    model.multiData(index, QModelRoleDataSpan(shown))
    assert shown.data() == model.data(index)
    font = QModelRoleData(int(Qt.ItemDataRole.FontRole))
    model.multiData(index, QModelRoleDataSpan(font))
    assert font.data() is None
    assert model.data(QModelIndex()) is None


def test_check_markers_still_reach_the_first_column(runner: TaskRunner) -> None:
    model = PeopleModel(runner)
    model.reload()
    settle(runner)
    person = model.row_at(0)
    model.set_markers({person.id: (True, "Passport expires")})
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Passport expires"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is None


def test_sorting_keeps_the_column_widths(window: Any) -> None:
    view = window.show_section("people")
    settle(window.ctx.runner)  # the first rows, which the columns are fitted to
    header = view.view.horizontalHeader()
    header.resizeSection(2, 123)
    view.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    settle(window.ctx.runner)
    assert view.model.rowCount() > 0
    assert header.sectionSize(2) == 123


def test_full_collections_wait_until_the_worker_is_out_of_work(
        runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(gc_policy, "work_started", lambda: calls.append("started"))
    monkeypatch.setattr(gc_policy, "work_done", lambda: calls.append("done"))
    seen: list[int] = []
    runner.run(lambda _db, _p: 1, on_success=lambda _r: runner.run(lambda _db, _p: 2,
                                                                   on_success=seen.append))
    assert calls == ["started"]
    settle(runner)
    assert seen == [2] and calls == ["started", "done"]  # once, after the callbacks' job too


def test_what_survives_a_full_collection_is_frozen(qapp: Any) -> None:
    normal = gc.get_threshold()
    try:
        gc_policy.work_started()
        assert gc.get_threshold()[2] > 10**6  # no full collection while there is work
        kept = [[i] for i in range(1000)]
        gc_policy.work_done()
        assert gc.get_threshold() == normal
        assert gc.get_freeze_count() >= len(kept)
        assert all(o is not kept for o in gc.get_objects())  # full collections skip it
    finally:
        gc_policy.thaw()
        gc.set_threshold(*normal)
    assert gc.get_freeze_count() == 0


def test_a_cycle_that_died_after_freezing_is_swept(qapp: Any) -> None:
    """Frozen objects that later become unreachable cycles are collected by the next sweep,
    not kept for the whole session."""
    import weakref

    class Node:
        pass

    normal = gc.get_threshold()
    try:
        gc_policy.work_started()
        node = Node()
        node.self = node  # type: ignore[attr-defined]  # a cycle: refcounting cannot free it
        alive = weakref.ref(node)
        gc_policy.work_done()  # frozen while still in use
        del node
        gc.collect()
        assert alive() is not None  # frozen: ordinary collections do not see it
        assert gc_policy.sweep() >= 1 and alive() is None
        assert gc.get_freeze_count() > 0  # and what lives is frozen again
    finally:
        gc_policy.thaw()
        gc.set_threshold(*normal)


def test_the_sweep_waits_for_an_idle_worker(runner: TaskRunner, qtbot: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    swept: list[bool] = []
    monkeypatch.setattr(gc_policy, "sweep_due", lambda: True)
    monkeypatch.setattr(gc_policy, "sweep", lambda: swept.append(True) or 0)
    runner._sweep.setInterval(50)
    runner.run(lambda _db, _p: None)
    settle(runner)
    assert runner._sweep.isActive() and swept == []
    runner.run(lambda _db, _p: None)  # more work: the sweep is put off
    assert not runner._sweep.isActive()
    settle(runner)
    qtbot.waitUntil(lambda: swept == [True], timeout=1000)


def texts_asked(monkeypatch: pytest.MonkeyPatch, query: str) -> list[str | None]:
    """The `text` of every call of queries.<query> from now on (the calls still run)."""
    asked: list[str | None] = []
    real = getattr(queries, query)

    def spy(session: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("text"))
        return real(session, **kwargs)

    monkeypatch.setattr(queries, query, spy)
    return asked


def test_a_search_superseded_before_the_worker_reached_it_is_not_run(
        runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    searched = texts_asked(monkeypatch, "list_people")
    model = PeopleModel(runner)
    gate = threading.Event()
    runner.run(lambda _db, _p: gate.wait(10))  # the worker is busy while three keys are typed
    for text in ("c", "ch", "cha"):
        model.set_filter(text)
    gate.set()
    settle(runner)
    assert searched == ["cha"]
    assert model.rowCount() == model.total and all(
        "cha" in (row.name_en or "").lower().replace(" ", "") or "cha" in (row.email or "")
        for row in model.rows())


def test_the_count_is_asked_for_only_when_the_first_page_is_full(
        runner: TaskRunner, demo_db: Database, small_pages: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = queries.count_people
    counts = texts_asked(monkeypatch, "count_people")
    model = PeopleModel(runner)
    totals: list[int] = []
    model.counted.connect(totals.append)
    model.reload()  # every person: pages of 7, so the count is needed
    settle(runner)
    with demo_db.read() as session:
        everyone = real(session)
        email = queries.get_person(session, queries.list_people(session, limit=1)[0].id).email
    assert email
    assert counts == [None] and totals == [everyone] and model.total == everyone
    model.set_filter(email)  # one person: the page is the answer
    settle(runner)
    assert counts == [None] and totals[-1] == model.total == model.rowCount() == 1


def test_a_reload_at_the_bottom_of_the_table_goes_on_fetching(qtbot: Any, window: Any,
                                                             controller: Any,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """Qt asks for more rows when the scroll bar moves to its end; after a reload that keeps
    the same number of rows the bar does not move, and the table must not stop there."""
    from tests.ui.conftest import settle as settle_window

    monkeypatch.setattr(people, "PAGE", 40)
    view = window.show_section("people")
    view.model.reload()
    settle_window(controller)
    bar = view.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    while view.model.canFetchMore():  # everyone, then back to one page at the very bottom
        view.model.fetchMore()
        settle_window(controller)
    everyone = view.model.rowCount()
    view.model.reload()
    settle_window(controller)
    bar.setValue(bar.maximum())
    assert view.model.rowCount() in (40, 80)
    view.model.reload()  # e.g. another organiser's change: same first page, bar unmoved
    settle_window(controller)
    qtbot.waitUntil(lambda: view.model.rowCount() > 40 or not view.model.canFetchMore())
    assert view.model.rowCount() > 40 and everyone > 80


def test_multidata_leaves_no_value_of_the_previous_cell(runner: TaskRunner) -> None:
    """Qt's delegates pass one span from cell to cell: a role without a value is cleared."""
    model = PeopleModel(runner)
    model.reload()
    settle(runner)
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
        item = QModelRoleData(int(role))
        item.setData("left over from another cell")
        model.multiData(model.index(0, 0), QModelRoleDataSpan(item))
        assert item.data() is None, role
    shown = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
    shown.setData("left over")
    model.multiData(model.index(0, 0), QModelRoleDataSpan(shown))
    assert shown.data() == model.index(0, 0).data() != "left over"
