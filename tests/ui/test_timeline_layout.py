"""Short items keep a line of text and overlapping items stand side by side, in the delegation
timeline and the calendar's week view: judged by the rectangles the blocks are drawn in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF

from planner.ui.widgets.timeline import Block, Timeline
from tests.ui.conftest import selected_in, settle

DAY = date(2017, 7, 12)


def _overlap_in_time(a: Block, b: Block) -> bool:
    return a.day == b.day and a.start < b.end and b.start < a.end


def _check_geometry(timeline: Timeline) -> list[tuple[QRectF, Block]]:
    timeline.grab()  # paints, which lays the blocks out at this size
    drawn = [(r, b) for r, b in timeline._hit if not b.all_day]
    assert len(drawn) == sum(1 for b in timeline.blocks if not b.all_day)
    line = timeline.fontMetrics().height()
    for i, (rect, block) in enumerate(drawn):
        assert rect.height() >= line, (block.title, rect.height(), line)
        for other_rect, other in drawn[i + 1:]:
            assert not rect.intersects(other_rect), (block.title, other.title)
            if _overlap_in_time(block, other):  # side by side: columns that do not overlap
                assert rect.right() <= other_rect.left() or other_rect.right() <= rect.left()
    return drawn


def test_short_and_overlapping_blocks_stay_visible(qtbot) -> None:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    day2 = date(2017, 7, 13)
    blocks = [Block(DAY, 14.5, 16, "Visit the Nansha Research Institute", "visit", False, 1),
              Block(DAY, 16, 16.5, "Wrap-up", "meeting", False, 2),
              Block(DAY, 16.5, 18, "Coach to Shenzhen Bay Port", "travel", False, 3),
              Block(DAY, 12, 12 + 1 / 6, "Photo", "meeting", False, 4),  # ten minutes
              Block(DAY, 12 + 1 / 6, 13, "Lunch", "meal", False, 5),
              Block(day2, 9, 11, "Forum", "forum", False, 6),
              Block(day2, 9.5, 10, "Interview", "meeting", False, 7),
              Block(day2, 10, 10.25, "Call", "meeting", False, 8),
              Block(day2, 0, 24, "Fair", "fair", False, 9, True)]
    timeline.set_blocks([DAY, day2], blocks)
    timeline.show()
    for height in (timeline.minimumHeight(), 300):  # its own size, then squeezed
        timeline.setMinimumHeight(0)
        timeline.resize(700, height)
        drawn = _check_geometry(timeline)
    wrap = next(r for r, b in drawn if b.title == "Wrap-up")
    coach = next(r for r, b in drawn if b.title == "Coach to Shenzhen Bay Port")
    assert wrap.right() <= coach.left() or wrap.bottom() <= coach.top()  # beside or above


def test_the_delegation_timeline_shows_the_wrap_up(window, controller) -> None:
    window.resize(1024, 700)
    view = window.show_section("delegations")
    view.search.setText("Nansha")
    settle(controller)
    view.view.selectRow(0)
    settle(controller)
    assert "Nansha" in selected_in(view).name_en
    view.tabs.setCurrentWidget(view.timeline_page)
    settle(controller)
    drawn = _check_geometry(view.timeline)
    assert any(b.title.startswith("Wrap-up") for _r, b in drawn)


def test_the_week_view_lays_out_the_same_way(window, controller) -> None:
    from planner.ui.views.calendar_view import WEEK

    window.resize(1024, 700)
    calendar = window.show_section("calendar")
    calendar.set_mode(WEEK)
    calendar.show_date(DAY)
    settle(controller)
    assert calendar.week.blocks
    _check_geometry(calendar.week)
