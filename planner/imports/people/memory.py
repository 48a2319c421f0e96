"""Bulk work creates millions of small objects and no reference cycles worth collecting:
Python's cyclic collector would walk them all again and again (a third of a 50,000-row import
in measurements). It is paused for such work and runs again afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block (nested blocks are fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
