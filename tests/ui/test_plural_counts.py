"""Counts in the window agree with their number in English (1 member, 2 members); Chinese has
one form."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from planner.domain.enums import FigureUnit
from planner.domain.rows import FigureRow
from planner.ui.language import apply_language
from planner.ui.views.items_view import figure_text
from planner.ui.views.programmes_view import ProgrammesView
from tests.ui.conftest import selected_in, settle


def _figure(value: float) -> FigureRow:
    return FigureRow("participants", "Participants", "參與人數", "参与人数", value,
                     FigureUnit.PEOPLE)


def test_item_figures_and_programme_legs_in_three_languages(qapp) -> None:
    assert figure_text(_figure(1)) == "• Participants: 1 person"
    assert figure_text(_figure(1200)) == "• Participants: 1,200 people"
    assert ProgrammesView._leg_counts(12, 1, 2) == "12 members, 1 student, 2 chaperones"
    assert ProgrammesView._leg_counts(1, 0, 1) == "1 member, 0 students, 1 chaperone"
    try:
        apply_language(QApplication.instance(), "zh_HK")
        assert figure_text(_figure(1)) == "• 參與人數：1 人" or \
            figure_text(_figure(1)) == "• 參與人數: 1 人"
        assert ProgrammesView._leg_counts(12, 1, 2) == "成員 12 人，學生 1 人，隨團導師 2 人"
        apply_language(QApplication.instance(), "zh_CN")
        assert ProgrammesView._leg_counts(1, 0, 1) == "成员 1 人，学生 0 人，带队教师 1 人"
    finally:
        apply_language(QApplication.instance(), "en")


def test_delegation_summary_counts_its_members(window, controller) -> None:
    view = window.show_section("delegations")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    delegation = selected_in(view)
    assert delegation is not None
    count = re.search(r" · (\d+) (members?)\n", view.summary.text())
    assert count is not None, view.summary.text()
    assert int(count.group(1)) == delegation.member_count > 1
    assert count.group(2) == "members"
