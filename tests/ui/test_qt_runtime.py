"""Guards against Qt binding bugs that would crash a long working day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    number = Signal(int)
    payload = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    """PySide6 6.12.0 drops a reference on emit()'s bool result: Python 3.11 aborts
    ('deallocating True or False') after a few thousand signals. pyproject.toml excludes it."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.number.connect(received.append)
    emitter.payload.connect(received.append)
    marker = object()
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None),
              sys.getrefcount(marker))
    for i in range(500):
        emitter.number.emit(i)
        emitter.payload.emit(None)
        emitter.payload.emit(marker)
    received.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None),
             sys.getrefcount(marker))
    drift = [a - b for a, b in zip(after, before)]
    assert all(abs(d) < 50 for d in drift), f"reference counts drifted by {drift}"
