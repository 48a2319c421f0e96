"""Undo and redo of database operations.

An operation is pushed only after it succeeded on the worker. Undo replays the inverse it
returned as a new write; that replay returns the inverse's inverse, which redo replays. Versions
and SEQUENCE therefore always move forward, and a stale replay is refused like any stale edit.

Versions moving forward means an older command's inverse names a version its row no longer has
once a later command on the same row was done and undone (edit a title twice, undo twice). The
history therefore remembers which states of a row are the same: undoing a command puts its rows
back in the state they had before it, so the version that state had and the version the replay
gave it are one state. Before a replay, every version its inverse names is moved to the newest
version of that same state. A row somebody else changed meanwhile has a version that is no
state of ours, so the replay is still refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.operations import Outcome, Undo, replay
from planner.operations.base import OP_TABLES, VersionChanges, tracked
from planner.ui.tasks import TaskRunner

RowKey = tuple[str, int]


class OperationCommand(QUndoCommand):
    def __init__(self, text: str, runner: TaskRunner, inverse: Undo,
                 on_replayed: Callable[[Outcome[object]], None],
                 on_failed: Callable[[BaseException], None],
                 changes: VersionChanges | None = None,
                 history: UndoHistory | None = None) -> None:
        super().__init__(text)
        self._runner = runner
        self._inverse = inverse
        self._on_replayed = on_replayed
        self._on_failed = on_failed
        self._skip_first_redo = True
        self._changes = dict(changes or {})  # row -> (version before, version after) when done
        self._history = history

    def rebind(self, runner: TaskRunner, on_replayed: Callable[[Outcome[object]], None],
               on_failed: Callable[[BaseException], None]) -> None:
        """Replay through another worker and window (the window rebuilt in another language)."""
        self._runner, self._on_replayed, self._on_failed = runner, on_replayed, on_failed

    def redo(self) -> None:
        if self._skip_first_redo:  # QUndoStack.push() calls redo(); the write already happened
            self._skip_first_redo = False
            return
        self._replay(undoing=False)

    def undo(self) -> None:
        self._replay(undoing=True)

    def _replay(self, undoing: bool) -> None:
        history = self._history
        # The state the inverse starts from: after the command (undo) or before it (redo).
        start = {row: after if undoing else before
                 for row, (before, after) in self._changes.items()}
        inverse = history.current(self._inverse, start) if history else self._inverse

        def done(outcome: Outcome[object]) -> None:
            self._inverse = outcome.undo
            if history is not None:
                # The rows are back in the state before the command (undo) or after it (redo).
                reached = {row: before if undoing else after
                           for row, (before, after) in self._changes.items()}
                history.reached(reached, outcome.changes)
            self._on_replayed(outcome)

        self._runner.write(tracked, replay, inverse, on_success=done,
                           on_failure=self._on_failed)


class UndoHistory(QUndoStack):
    """The window's undo stack; undo and redo wait while a replay is still running."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        # row -> {a version the row had: the newest version of that same state}
        self._same: dict[RowKey, dict[int, int]] = {}

    def safe_undo(self) -> None:
        if self._runner.is_idle():
            self.undo()

    def safe_redo(self) -> None:
        if self._runner.is_idle():
            self.redo()

    def adopt(self, runner: TaskRunner, on_replayed: Callable[[Outcome[object]], None],
              on_failed: Callable[[BaseException], None]) -> None:
        """Carry the history over to a new worker and window: the commands done so far are
        undone and redone through them (the window rebuilt in another language)."""
        self._runner = runner
        for index in range(self.count()):
            command = self.command(index)
            if isinstance(command, OperationCommand):
                command.rebind(runner, on_replayed, on_failed)

    def clear(self) -> None:  # noqa: D102 (QUndoStack's)
        self._same.clear()
        super().clear()

    def reached(self, states: Mapping[RowKey, int], changes: VersionChanges) -> None:
        """A replay put each row of `states` back in that state, at the version it now has."""
        for row, (_before, now) in changes.items():
            state = states.get(row)
            if state is not None:
                same = self._same.setdefault(row, {})
                same[state] = now
                for old, newest in same.items():  # versions already known as that state
                    if newest == state:
                        same[old] = now

    def current(self, inverse: Undo, start: Mapping[RowKey, int]) -> Undo:
        """The inverse with each row's version moved to the newest version of its state."""
        return Undo(inverse.op, self._args(inverse.op, inverse.args, start))

    def _args(self, op: str, args: Mapping[str, Any], start: Mapping[RowKey, int]
              ) -> dict[str, Any]:
        out = dict(args)
        if op == "batch":
            out["steps"] = [{"op": s["op"], "args": self._args(s["op"], s["args"], start)}
                            for s in args.get("steps", ())]
            return out
        table = OP_TABLES.get(op.partition(".")[0])
        ident, version = args.get("ident"), args.get("version")
        if table is None or not isinstance(ident, int) or not isinstance(version, int):
            return out
        row = (table, ident)
        state = start.get(row)
        newest = self._same.get(row, {}).get(state) if state is not None else None
        if newest is not None:  # the inverse was made at a version of that same state
            out["version"] = newest
        return out
