"""The pure parts of dialog drafts and calendar layout: batch steps, positions, lanes, slots."""

from __future__ import annotations

from datetime import date, datetime

from planner.domain.schedule import Schedule
from planner.operations.base import Earlier
from planner.ui.dialogs.sessions_tab import default_schedule
from planner.ui.models.drafts import Draft, DraftList, positions
from planner.ui.widgets.timeline import Block, lanes


def _stored(*places: int) -> list[Draft]:
    return [Draft({"name": f"c{i}"}, ident=10 + i, version=1, before={"name": f"c{i}"},
                  position=p, loaded_index=i) for i, p in enumerate(places)]


def test_positions_keep_stored_rows_where_they_can() -> None:
    rows = _stored(0, 2, 5)
    assert positions(rows) == [0, 2, 5]  # gaps left alone
    assert positions(rows + [Draft({"name": "new"})]) == [0, 2, 5, 6]
    assert positions([rows[0], rows[2], rows[1]]) == [0, 2, 5]  # a swap: two rows move
    assert positions([Draft({"name": "new"}), *rows]) == [0, 2, 5, 6]
    assert positions(_stored(0, 0, 1)) == [0, 0, 1]  # ties in order: untouched
    tied = _stored(0, 0)
    assert positions([tied[1], tied[0]]) == [0, 1]  # reordered ties: made distinct


def test_steps_send_each_child_once_and_only_what_changed() -> None:
    drafts = DraftList()
    drafts.load(_stored(0, 1, 2))
    drafts.drafts[0].values["name"] = "  c0 "  # the same once trimmed
    drafts.drafts[1].values["name"] = "renamed"
    drafts.remove(2)
    drafts.add({"name": "new", "phone": ""})
    drafts.move(2, -1)  # the new one before "renamed"
    steps = drafts.steps("contact", {"delegation_id": Earlier(0)})
    assert steps == [
        {"op": "contact.delete", "args": {"ident": 12, "version": 1}},
        {"op": "contact.create", "args": {"delegation_id": Earlier(0), "name": "new",
                                          "position": 1}},
        {"op": "contact.update", "args": {"ident": 11, "version": 1, "name": "renamed",
                                          "position": 2}}]
    assert len({s["args"].get("ident") for s in steps if "ident" in s["args"]}) == 2
    unordered = DraftList(ordered=False)
    unordered.load(_stored(0))
    assert not unordered.changed()


def test_overlapping_blocks_share_the_column() -> None:
    day = date(2027, 4, 6)
    blocks = [Block(day, 9, 17, "Seminar", "seminar", False, None),
              Block(day, 9, 10, "Welcome", "seminar", False, None),
              Block(day, 10, 11, "Searching", "seminar", False, None),
              Block(day, 18, 19, "Dinner", "meal", False, None),
              Block(day, 0, 24, "Fair", "fair", False, None, True)]
    assert lanes(blocks) == [(0, 2), (1, 2), (1, 2), (0, 1), (0, 1)]


def test_a_new_session_goes_after_the_last_inside_the_event() -> None:
    event = Schedule.timed(datetime(2027, 4, 6, 9), datetime(2027, 4, 6, 17), "Asia/Hong_Kong")
    first = default_schedule(event, [])
    assert (first.start.hour, first.end.hour) == (9, 10)
    after = default_schedule(event, [Schedule.timed(datetime(2027, 4, 6, 9),
                                                    datetime(2027, 4, 6, 16, 30),
                                                    "Asia/Hong_Kong")])
    assert (after.start.isoformat(), after.end.isoformat()) == (
        "2027-04-06T16:30:00+08:00", "2027-04-06T17:00:00+08:00")
    full = default_schedule(event, [Schedule.timed(datetime(2027, 4, 6, 9),
                                                   datetime(2027, 4, 6, 17), "Asia/Hong_Kong")])
    assert full.start.hour == 9  # no hour left after the last: back to the start
    days = Schedule.days(date(2027, 5, 1), date(2027, 5, 2), "Asia/Shanghai")
    assert default_schedule(days, []).start.isoformat() == "2027-05-01T09:00:00+08:00"
    assert default_schedule(None, []) is None
