"""The application's objects and Python's cyclic garbage collector.

A full collection walks every object that can hold references, holding the GIL: whichever
thread starts it (usually the database worker, which allocates the most) stops the UI thread
for as long as it takes. With start-up's 100,000 objects (modules, classes, functions,
SQLAlchemy's mappers), a whole-programme check's 90,000 and the rows of a long job in flight,
full collections took 30-95 ms while the People table was scrolled: more than the 50 ms the
UI may block.

So the oldest generation is collected at one moment only, when the worker has run out of work
(the jobs' objects are then either garbage or held by what the window shows), and what
survives that collection is frozen (`gc.freeze`): later collections skip it, and each one walks
only what was made since. Young collections run as usual all the time (at most a few thousand
objects each). Frozen objects are still freed by reference counting; one that later becomes
part of an unreachable cycle stays in memory, and everything is thawed when the worker stops
(another database, another language, quitting).

The first time, start-up's objects are frozen after a young collection only: walking them all
would add 25-30 ms before the first screenful; what start-up left as garbage in the oldest
generation stays, once.

So that cycles which died after being frozen are not kept for a whole session, everything is
thawed and collected once in a while (`sweep`): at most every SWEEP_EVERY_S, and only after
the worker has had nothing to do for a while (planner.ui.tasks), when a pause of the window
goes unnoticed.
"""

from __future__ import annotations

import gc
import time

# A full collection is due after this many young ones (Python's default is 10): never, here.
_NEVER = 1 << 30

SWEEP_EVERY_S = 300.0

_threshold: tuple[int, int, int] | None = None  # the collector's own thresholds
_started = False
_sending = False  # the mail sender (planner.ui.mail.sending) is at work
_last_sweep = time.monotonic()


def work_started() -> None:
    """The worker got work: no full collections until it has none left."""
    global _threshold
    current = gc.get_threshold()
    if current[2] != _NEVER:
        _threshold = current
        gc.set_threshold(current[0], current[1], _NEVER)


def work_done() -> None:
    """The worker ran out of work (after the callbacks of its last job): collect and freeze.
    (The application has one worker; with more, as in tests, the first one out of work lets
    full collections run again: they are then just as Python makes them.)"""
    global _started
    if _sending:  # the mail sender still works: its end collects (sending_done)
        return
    if _threshold is not None:
        gc.set_threshold(*_threshold)
    if _started:
        gc.collect()  # only what is not frozen: what was made since the last time
    else:
        _started = True
        gc.collect(1)
    gc.freeze()


def sweep_due() -> bool:
    return time.monotonic() - _last_sweep >= SWEEP_EVERY_S


def sweep() -> int:
    """Thaw, collect everything, freeze again; the number of unreachable objects found."""
    global _last_sweep
    _last_sweep = time.monotonic()
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    return found


def sending_started() -> None:
    """The mail sender got work: no full collections until it is done (its SMTP
    conversation takes minutes, alongside whatever the database worker does)."""
    global _sending
    _sending = True
    work_started()


def sending_done() -> None:
    global _sending
    _sending = False
    work_done()


def thaw() -> None:
    """Let the collector see everything again (a worker is stopping)."""
    global _sending
    _sending = False
    gc.unfreeze()
