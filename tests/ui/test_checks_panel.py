"""The Checks panel follows the selection, updates after an edit, marks rows, opens items."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.domain.schedule import Schedule
from planner.operations.delegations import update_itinerary_item
from planner.store import queries
from planner.ui.models.base import ROW_ROLE
from tests.ui.conftest import settle


def _run_checks(window, controller) -> None:
    window.checks._timer.timeout.emit()
    settle(controller)


def test_overlap_appears_after_an_edit_and_marks_the_rows(window, controller) -> None:
    view = window.show_section("delegations")
    settle(controller)
    for r in range(view.view.model().rowCount()):
        if view.view.model().index(r, 0).data(ROW_ROLE).id == 5:
            view.view.selectRow(r)
    settle(controller)
    _run_checks(window, controller)
    assert window.checks.scope.kind == "delegation" and window.checks.scope.id == 5
    before = len(window.checks.findings)
    with controller.db.read() as session:
        first, second = queries.get_delegation(session, 5).itinerary[3:5]
    # put the fourth item at the same time as the fifth: the itinerary overlaps itself
    moved = Schedule.timed(second.schedule.start.replace(tzinfo=None),
                           second.schedule.end.replace(tzinfo=None), second.schedule.timezone)
    controller.window.ctx.perform("move", update_itinerary_item, first.id, first.version,
                                  schedule=moved)
    settle(controller)
    _run_checks(window, controller)
    codes = [f.code for f in window.checks.findings]
    assert len(window.checks.findings) > before, codes
    assert window.checks.list.topLevelItemCount() == len(window.checks.findings)
    marked = view.itinerary.model
    row = marked.find(lambda i: i.id == first.id)
    assert marked.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert marked.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    # double-clicking a finding opens the item it concerns
    window.show_section("events")
    window.checks._open(window.checks.list.topLevelItem(0))
    settle(controller)
    assert window.current_key() == "delegations"


def test_clean_demo_has_no_errors(window, controller) -> None:
    window.show_section("calendar")
    settle(controller)
    _run_checks(window, controller)
    assert window.checks.scope.kind == "all"
    assert not [f for f in window.checks.findings if f.severity.value == "error"]
    assert "No problems" in window.checks.summary.text() or "0 errors" in window.checks.summary.text()


def test_a_large_programme_is_not_checked_whole_by_itself(window, controller,
                                                          monkeypatch) -> None:
    from planner.ui.views import checks_panel

    monkeypatch.setattr(checks_panel, "AUTO_ITEMS", 10)  # the demo counts as large now
    window.show_section("calendar")
    settle(controller)
    checks = window.checks
    checks._whole_took = 0.0  # as if never run on this database
    from PySide6.QtWidgets import QTreeWidgetItem

    checks.findings = ["a finding of the earlier selection"]  # type: ignore[list-item]
    checks.list.addTopLevelItem(QTreeWidgetItem(["a finding of the earlier selection"]))
    _run_checks(window, controller)
    assert checks.list.topLevelItemCount() == 0 and window.ctx.findings == []
    with controller.db.read() as session:
        from planner.store.check_queries import programme_size

        size = programme_size(session)
    assert size > 10 and checks.findings == []
    assert checks.summary.text() == (f"{size:,} events and visits: press Check now to check "
                                     "the whole programme.")
    checks.check_now.click()  # the organiser asks: then it runs
    settle(controller)
    assert checks.scope.kind == "all" and checks._whole_took > 0
    assert "No problems" in checks.summary.text() or "errors" in checks.summary.text()
