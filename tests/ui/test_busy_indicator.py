"""'Working…' in the status bar while work lasts, and never after it ends."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest

from planner.ui.views.checks_panel import DEBOUNCE_MS as CHECKS_DEBOUNCE_MS
from planner.ui.widgets.busy_label import BUSY_DELAY_MS
from tests.ui.conftest import settle


def test_working_is_said_while_work_lasts_and_cleared_after(window, controller) -> None:
    window.revision_poll.stop()  # periodic work of its own: see the test below
    runner = controller.runner
    runner.run(lambda _db, _p: time.sleep(BUSY_DELAY_MS * 2.5 / 1000))
    QTest.qWait(20)
    assert window.busy.text() == ""  # not for the first moments
    QTest.qWait(BUSY_DELAY_MS + 150)
    assert window.busy.text() == "Working…"
    settle(controller)
    assert runner.is_idle() and window.busy.text() == ""
    QTest.qWait(BUSY_DELAY_MS + 50)
    assert window.busy.text() == ""


def test_quick_jobs_and_their_follow_ups_leave_nothing_behind(window, controller) -> None:
    # The revision poll is periodic work, not a follow-up: stopped so that it cannot be the job
    # that happens to be running at the moment of the assertion.
    window.revision_poll.stop()
    for key in ("events", "people", "delegations", "venues"):
        window.show_section(key)
        window.actions_["refresh"].trigger()
    window.checks.run(forced=True)
    settle(controller)
    # Loaded rows move the selection, which schedules a check after its debounce: a follow-up
    # too, so it is waited for and let finish before nothing may be left.
    QTest.qWait(max(BUSY_DELAY_MS, CHECKS_DEBOUNCE_MS) + 50)
    settle(controller)
    assert controller.runner.is_idle() and window.busy.text() == ""
    QTest.qWait(BUSY_DELAY_MS + 50)
    assert controller.runner.is_idle() and window.busy.text() == ""
