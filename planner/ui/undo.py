"""Undo and redo of database operations.

An operation is pushed only after it succeeded on the worker. Undo replays the inverse it
returned as a new write; that replay returns the inverse's inverse, which redo replays. Versions
and SEQUENCE therefore always move forward, and a stale replay is refused like any stale edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.operations import Outcome, Undo, replay
from planner.ui.tasks import TaskRunner


class OperationCommand(QUndoCommand):
    def __init__(self, text: str, runner: TaskRunner, inverse: Undo,
                 on_replayed: Callable[[Outcome[object]], None],
                 on_failed: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self._runner = runner
        self._inverse = inverse
        self._on_replayed = on_replayed
        self._on_failed = on_failed
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:  # QUndoStack.push() calls redo(); the write already happened
            self._skip_first_redo = False
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        def done(outcome: Outcome[object]) -> None:
            self._inverse = outcome.undo
            self._on_replayed(outcome)

        self._runner.write(replay, self._inverse, on_success=done, on_failure=self._on_failed)


class UndoHistory(QUndoStack):
    """The window's undo stack; undo and redo wait while a replay is still running."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self._runner = runner

    def safe_undo(self) -> None:
        if self._runner.is_idle():
            self.undo()

    def safe_redo(self) -> None:
        if self._runner.is_idle():
            self.redo()
