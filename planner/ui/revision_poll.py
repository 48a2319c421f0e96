"""A SQLite file another process may change (the command line, a second window): its revision is
read every few seconds while the worker is idle, and a change someone else made is announced
(the window's own edits have reloaded what they concern already). A server says so itself
(planner.ui.live_updates, LISTEN/NOTIFY)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from planner.ui.tasks import TaskRunner

POLL_MS = 3000


class RevisionPoll(QObject):
    changed = Signal()  # the revision moved since the last look

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner: TaskRunner | None = None
        self._seen = -1
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._look)

    def start(self, runner: TaskRunner) -> None:
        """Read the revision now, as the one later looks compare with (a change made before
        the first tick is a change too), then every POLL_MS while the worker is idle."""
        self._runner = runner
        self._read(runner)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        runner = self._runner
        if runner is None or not runner.is_idle():
            return  # the next tick looks again: no queue of polls behind real work
        self._read(runner)

    def _read(self, runner: TaskRunner) -> None:
        seen = self._seen
        runner.run(lambda db, _p: db.revision_by_others(seen), on_success=self._seen_revision,
                   on_failure=lambda _e: None)

    def _seen_revision(self, answer: tuple[int, bool]) -> None:
        revision, by_others = answer
        if self._seen != -1 and revision != self._seen and by_others:
            self.changed.emit()
        self._seen = revision
