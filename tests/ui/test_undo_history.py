"""The undo history: several edits of one row undone and redone in turn; a row somebody else
changed meanwhile is refused, never overwritten."""

from __future__ import annotations

from datetime import datetime

from planner.domain.schedule import Schedule
from planner.operations.events import create_event, update_event
from planner.store import queries
from planner.ui.app import Controller
from planner.ui.main_window import MainWindow
from tests.ui.conftest import FakeDialogs, settle

WHEN = Schedule.timed(datetime(2017, 9, 1, 9), datetime(2017, 9, 1, 12), "Asia/Hong_Kong")


def _title(controller: Controller, ident: int) -> str | None:
    assert controller.db is not None
    with controller.db.read() as session:
        return queries.get_event(session, ident).title_en


def _perform(controller: Controller, window: MainWindow, op, *args, **kwargs) -> object:
    done: list[object] = []
    window.ctx.perform("Edit", op, *args, on_done=done.append, **kwargs)
    settle(controller)
    assert done, "the operation did not succeed"
    return done[0].value  # type: ignore[attr-defined]


def test_three_steps_on_one_row_undo_and_redo_in_turn(
        window: MainWindow, controller: Controller, dialogs: FakeDialogs) -> None:
    event = _perform(controller, window, create_event, kind="seminar", title_en="A",
                     schedule=WHEN)
    b = _perform(controller, window, update_event, event.id, event.version, title_en="B")
    _perform(controller, window, update_event, b.id, b.version, title_en="C")
    history = window.ctx.history
    seen = []
    for _ in range(3):
        history.undo()
        settle(controller)
        seen.append(_title(controller, event.id) if history.index() else None)
    assert seen == ["B", "A", None] and dialogs.errors == []
    for _ in range(3):
        history.redo()
        settle(controller)
    assert _title(controller, event.id) == "C" and dialogs.errors == []
    history.undo()
    settle(controller)
    assert _title(controller, event.id) == "B"


def test_a_row_somebody_else_changed_is_not_undone_over(
        window: MainWindow, controller: Controller, dialogs: FakeDialogs) -> None:
    event = _perform(controller, window, create_event, kind="seminar", title_en="Mine",
                     schedule=WHEN)
    ours = _perform(controller, window, update_event, event.id, event.version, title_en="Ours")
    assert controller.db is not None
    with controller.db.write() as session:  # another organiser, outside this history
        update_event(session, ours.id, ours.version, title_en="Theirs")
    window.ctx.history.undo()
    settle(controller)
    assert _title(controller, event.id) == "Theirs"
    assert dialogs.errors and "changed by" in dialogs.errors[-1][1]
