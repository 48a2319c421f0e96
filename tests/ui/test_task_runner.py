"""The database worker's runner after it has shut down."""

from __future__ import annotations

import weakref
from typing import Any

from planner.store.database import Database
from planner.ui.tasks import TaskRunner


def test_a_job_given_after_shutdown_is_dropped_with_its_callbacks(qapp: Any,
                                                                  demo_db: Database) -> None:
    """A closing window's late timer may still ask: nothing is queued to the ended thread,
    where the job and its callbacks (and the window they refer to) would stay for good."""
    runner = TaskRunner(demo_db)
    runner.shutdown()
    seen: list[object] = []

    def on_success(result: object) -> None:
        seen.append(result)

    kept = weakref.ref(on_success)
    progress = runner.run(lambda _db, _p: 1, on_success=on_success)
    del on_success
    assert progress.cancelled and runner.is_idle()
    assert kept() is None and seen == []
