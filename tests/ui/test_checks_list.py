"""The Checks panel shows what is wrong first, then what it concerns, counted in good English."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.operations.events import update_event
from planner.store import queries
from planner.ui.views.checks_panel import CONCERNS_COLUMN, PROBLEM, concerns_text
from tests.ui.conftest import settle


def _overfill(controller) -> tuple[str, int]:
    """Give a registered event one place fewer than people on its list: an error."""
    with controller.db.read() as session:
        event = next(e for e in queries.list_events(session) if e.registered >= 3)
    controller.window.ctx.perform("capacity", update_event, event.id, event.version,
                                  capacity=event.registered - 1)
    settle(controller)
    return event.title_en, event.registered


def _run(window, controller) -> None:
    window.checks._timer.timeout.emit()
    settle(controller)


def test_the_problem_comes_first_and_is_readable(window, controller) -> None:
    window.resize(1024, 700)
    window.show_section("calendar")
    title, registered = _overfill(controller)
    _run(window, controller)
    checks = window.checks
    assert checks.summary.text().startswith("1 error, ")
    top = checks.list.topLevelItem(0)
    problem = top.text(PROBLEM)
    assert problem.startswith(f"{registered} people registered for {registered - 1} places")
    assert title not in problem  # the event is named in the next column
    assert top.text(CONCERNS_COLUMN) == concerns_text([title])
    # the problem column has most of the room; long texts wrap instead of being cut
    header = checks.list.header()
    assert header.sectionSize(PROBLEM) > header.sectionSize(CONCERNS_COLUMN)
    assert checks.list.wordWrap()
    width = checks.list.fontMetrics().horizontalAdvance(top.text(CONCERNS_COLUMN))
    assert header.sectionSize(CONCERNS_COLUMN) >= width + 12  # text margins: not cut
    assert top.toolTip(PROBLEM) and title in top.toolTip(CONCERNS_COLUMN)


def test_errors_and_warnings_are_counted_in_three_languages(qapp, window, controller) -> None:
    from dataclasses import replace

    from planner.checks.findings import Severity
    from planner.ui.language import apply_language

    window.show_section("calendar")
    _overfill(controller)
    _run(window, controller)
    checks = window.checks
    error = next(f for f in checks.findings if f.is_error)
    warning = replace(error, severity=Severity.WARNING)
    checks.show_findings([error, warning])
    assert checks.summary.text() == "1 error, 1 warning in the whole programme"
    checks.show_findings([error, error, warning, warning])
    assert checks.summary.text() == "2 errors, 2 warnings in the whole programme"
    try:
        apply_language(qapp, "zh_HK")
        checks.show_findings([error, warning])
        assert checks.summary.text() == "整個計劃：1 個錯誤、1 個警告"
        apply_language(qapp, "zh_CN")
        checks.show_findings([error, error, warning])
        assert checks.summary.text() == "整个计划：2 个错误、1 个警告"
    finally:
        apply_language(qapp, "en")


def test_findings_sort_errors_first_and_the_choice_is_kept(window, controller) -> None:
    window.show_section("calendar")
    _overfill(controller)
    _run(window, controller)
    tree = window.checks.list
    assert tree.header().sortIndicatorSection() == PROBLEM
    assert tree.header().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    kinds = [tree.topLevelItem(i).data(PROBLEM, Qt.ItemDataRole.UserRole).is_error
             for i in range(tree.topLevelItemCount())]
    assert kinds == sorted(kinds, reverse=True)


def test_long_and_chinese_names_are_shortened_to_the_same_room() -> None:
    assert concerns_text(["Short"]) == "Short"
    assert concerns_text(["A", "B", "C"]) == "A +2"
    long = concerns_text(["Dongguan Songshan Lake Science and Technology Industrial Park"])
    assert long.endswith("…") and len(long) <= 40
    chinese = concerns_text(["東莞松山湖高新技術產業開發區管理委員會科技創新局知識產權科"])
    assert chinese.endswith("…") and len(chinese) <= 21


def test_with_nothing_found_the_panel_is_one_line_and_opens_for_problems(window, controller) -> None:
    window.resize(1024, 700)
    section = window.show_section("calendar")
    _run(window, controller)
    checks = window.checks
    assert checks.summary.text().startswith("No problems found")
    assert checks.list.isHidden() and checks.height() < 80  # the calendar gets the room
    folded = section.height()
    _overfill(controller)
    _run(window, controller)
    assert not checks.list.isHidden() and checks.height() >= 120
    assert section.height() < folded
