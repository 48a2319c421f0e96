"""One database worker thread and the main-thread runner that talks to it.

Every database job runs on the worker, one after another, so writes are serialised and the UI
thread never waits on SQLite. Results come back to the main thread through queued signals.
Long jobs get a progress dialog (shown only after a short delay) with a cancel button.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from planner.domain.progress import Cancelled, Progress
from planner.store.database import Database
from planner.ui import gc_policy

Job = Callable[[Database, Progress], Any]
PROGRESS_DELAY_MS = 600
# How long a thread running Python keeps the GIL when another asks for it (Python's default
# is 5 ms). Every call from Qt into Python (painting a cell, a row count, a timer) needs the
# GIL; while the worker runs Python (a whole-programme check takes seconds), each such call
# waited up to 5 ms, and painting the People table froze the window for 250-450 ms.
SWITCH_INTERVAL_S = 0.0005
# The collector's occasional full sweep (planner.ui.gc_policy.sweep) waits for this much idleness.
SWEEP_IDLE_MS = 2000


@dataclass
class _Task:
    ident: int
    job: Job
    on_success: Callable[[Any], object] | None
    on_failure: Callable[[BaseException], None] | None
    progress: Progress = field(default_factory=Progress)
    label: str | None = None


class _Worker(QObject):
    finished = Signal(int, object, object)  # task id, result, error
    progressed = Signal(int, int, int, str)  # task id, done, total, message

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db

    @Slot(object)
    def execute(self, task: _Task) -> None:
        try:
            result = task.job(self.db, task.progress)
        except BaseException as exc:  # noqa: BLE001 (handed to the failure callback)
            self.finished.emit(task.ident, None, exc)
        else:
            self.finished.emit(task.ident, result, None)


class TaskRunner(QObject):
    """Submit jobs from the main thread; callbacks run on the main thread."""

    _submit = Signal(object)
    busy_changed = Signal(bool)
    failed = Signal(object)  # an error nobody handled

    def __init__(self, db: Database, progress_factory: Callable[[str, Progress], Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.db = db
        self._ids = itertools.count(1)
        self._pending: dict[int, _Task] = {}
        self._dialogs: dict[int, Any] = {}
        self._progress_factory = progress_factory
        self._holding_gc = False  # full garbage collections held back: there is work
        self._stopped = False  # shut down: jobs are no longer taken
        self._sweep = QTimer(self, singleShot=True, interval=SWEEP_IDLE_MS)
        self._sweep.timeout.connect(self._sweep_if_idle)
        self._thread = QThread()
        self._thread.setObjectName("planner-db-worker")
        self._worker = _Worker(db)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._finished)
        self._worker.progressed.connect(self._progressed)
        self._thread.start()

    def run(self, job: Job, on_success: Callable[[Any], object] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            label: str | None = None) -> Progress:
        """Queue `job(db, progress)`; with a `label`, a cancellable progress dialog may appear.
        Once the runner has shut down, nothing runs (the progress says cancelled)."""
        if self._stopped:
            # A late timer of a window that is closing (the checks' refresh, a search): its
            # database is closed, and a job queued to the ended thread would stay there,
            # holding its callbacks and everything they refer to, until the process ends.
            stopped = Progress()
            stopped.cancel()
            return stopped
        ident = next(self._ids)
        worker = self._worker

        def report(done: int, total: int, message: str) -> None:
            worker.progressed.emit(ident, done, total, message)

        task = _Task(ident, job, on_success, on_failure, Progress(report), label)
        self._pending[ident] = task
        self._sweep.stop()
        if not self._holding_gc:
            self._holding_gc = True
            gc_policy.work_started()
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        if label and self._progress_factory is not None:
            # With `self` as context, Qt drops the timer if the runner is gone by then.
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(ident))
        self._submit.emit(task)
        return task.progress

    def write(self, op: Callable[..., Any], *args: Any,
              on_success: Callable[[Any], object] | None = None,
              on_failure: Callable[[BaseException], None] | None = None,
              **kwargs: Any) -> None:
        """Run an operation `op(session, *args, **kwargs)` in one write transaction."""

        def job(db: Database, _progress: Progress) -> Any:
            with db.write() as session:
                return op(session, *args, **kwargs)

        self.run(job, on_success, on_failure)

    def read(self, query: Callable[..., Any], *args: Any,
             on_success: Callable[[Any], object] | None = None,
             on_failure: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        """Run `query(session, *args, **kwargs)` in a read session; rows come back."""

        def job(db: Database, _progress: Progress) -> Any:
            with db.read() as session:
                return query(session, *args, **kwargs)

        self.run(job, on_success, on_failure)

    def is_idle(self) -> bool:
        return not self._pending

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until no job is left, including jobs that callbacks queue on the way
        (tests and shutdown use this). False when the timeout ran out first."""
        waited = 0
        while True:
            QCoreApplication.processEvents()
            if not self._pending:
                return True
            if waited >= timeout_ms:
                return False
            self._thread.wait(5)
            waited += 5

    def shutdown(self) -> None:
        self.wait_idle()
        self._stopped = True
        self._thread.quit()
        self._thread.wait()
        if self._holding_gc:  # the wait timed out: let full collections run again
            self._holding_gc = False
            gc_policy.work_done()
        gc_policy.thaw()

    def _show_progress(self, ident: int) -> None:
        task = self._pending.get(ident)
        if task is None or self._progress_factory is None:
            return
        self._dialogs[ident] = self._progress_factory(task.label or "", task.progress)

    @Slot(int, int, int, str)
    def _progressed(self, ident: int, done: int, total: int, message: str) -> None:
        dialog = self._dialogs.get(ident)
        if dialog is not None:
            dialog.update(done, total, message)

    @Slot(int, object, object)
    def _finished(self, ident: int, result: Any, error: BaseException | None) -> None:
        task = self._pending.pop(ident, None)
        dialog = self._dialogs.pop(ident, None)
        if dialog is not None:
            dialog.close()
        if not self._pending:
            self.busy_changed.emit(False)
        try:
            if task is None:
                return
            if error is None:
                if task.on_success is not None:
                    task.on_success(result)
            elif isinstance(error, Cancelled):
                pass
            elif task.on_failure is not None:
                task.on_failure(error)
            else:
                self.failed.emit(error)
        finally:
            if not self._pending and self._holding_gc:
                # In a later turn of the event loop, so that what the callbacks changed is
                # painted first.
                QTimer.singleShot(0, self, self._out_of_work)

    def _out_of_work(self) -> None:
        """No job left and their callbacks done: the jobs' objects are garbage or held by the
        window. One full collection now, and none while there is work (planner.ui.gc_policy)."""
        if not self._pending and self._holding_gc:
            self._holding_gc = False
            gc_policy.work_done()
            if gc_policy.sweep_due():
                self._sweep.start()

    def _sweep_if_idle(self) -> None:
        if not self._pending and not self._holding_gc:
            gc_policy.sweep()
