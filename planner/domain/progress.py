"""Qt-free progress reporting and cancellation for long work (exports, imports, checks).

The core calls `progress.step(done, total, message)`; the GUI passes a Progress whose callback
updates a dialog and whose `cancel()` the dialog's button calls. A cancelled job raises
Cancelled at its next step, inside its transaction, so nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the job; whatever it was writing is rolled back or discarded."""


class Progress:
    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancelled = threading.Event()

    def step(self, done: int, total: int, message: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total, message)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


def silent() -> Progress:
    """A Progress that reports nowhere and is never cancelled."""
    return Progress()
