"""What a GUI test must not leave behind: windows, Python threads, running QThreads.

The rule, checked after every GUI test (tests/ui/conftest.py `_no_leaks`), once pytest-qt has
closed the widgets given to `qtbot.addWidget` and every fixture has been torn down:

- Deferred deletes (`deleteLater`) are carried out first, until none is left.
- A *leaked window* is a top-level widget (`QApplication.topLevelWidgets()`: windows, dialogs,
  menus and other popups, parented or not) that did not exist before the test and still exists
  now, whether shown or hidden. The report names each one's *owner*: the top of its chain of
  parent widgets (a `MainWindow` leaked with its menus is one line, "MainWindow ... and 9
  windows it owns"). Widgets that only a reference cycle keeps alive are leaks too: Python's
  collector would delete them later, at any moment and on whichever thread allocates.
- A *leaked thread* is a Python thread started during the test and still alive (threads that
  Python made up for foreign threads, `_DummyThread`, are QThreads: see below).
- A *leaked QThread* is one started during the test (`QThread.start` is watched) and still
  running; QThreadPool's workers must be idle too.

Whatever leaked is then closed, deleted or stopped, so that one leak fails one test only.
"""

from __future__ import annotations

import gc
import threading
import traceback
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

# How long a stopped thread may take to end before it counts as left running.
JOIN_GRACE_S = 2.0


def flush_deletes(rounds: int = 10) -> None:
    """Run posted events and deferred deletes until a round deletes nothing new."""
    for _ in range(rounds):
        before = len(QApplication.topLevelWidgets())
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if len(QApplication.topLevelWidgets()) == before:
            return


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # its C++ object is gone
        return False
    return True


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    title = widget.windowTitle()
    shown = "shown" if widget.isVisible() else "hidden"
    return (f"{type(widget).__name__}"
            + (f" objectName={name!r}" if name else " (no objectName)")
            + (f" title={title!r}" if title else "") + f", {shown}")


def _owner(widget: QWidget) -> QWidget:
    while widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


class Snapshot:
    """Top-level widgets and threads that exist before a test (kept alive by this object)."""

    def __init__(self) -> None:
        flush_deletes()
        self.widgets = {id(w): w for w in QApplication.topLevelWidgets()}
        self.threads = set(threading.enumerate())

    def new_widgets(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets()
                if id(w) not in self.widgets and _alive(w)]

    def new_threads(self) -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t not in self.threads and t.is_alive()
                and not isinstance(t, threading._DummyThread)]  # type: ignore[attr-defined]


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def widget_report(widgets: list[QWidget]) -> list[tuple[int, str]]:
    """One line per owner: (its C++ address, what it is and what it owns)."""
    owners: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for widget in widgets:
        owner = _owner(widget)
        owners.setdefault(_address(owner), (owner, []))[1].append(widget)
    lines = []
    for address, (owner, leaked) in owners.items():
        owned = [w for w in leaked if w is not owner]
        line = f"window left open: {describe(owner)}"
        if owned:
            kinds = sorted({type(w).__name__ for w in owned})
            line += f" and {len(owned)} window(s) it owns ({', '.join(kinds)})"
        if all(w is not owner for w in leaked):
            line += " [the owner existed before the test: the windows it owns are new]"
        lines.append((address, line))
    return lines


def dispose_widgets(widgets: list[QWidget]) -> None:
    for widget in widgets:
        if _alive(widget):
            widget.close()
            widget.deleteLater()
    flush_deletes()


class QThreadWatch:
    """Remembers every QThread started while it is installed (weakly), with where it started."""

    def __init__(self) -> None:
        self.started: weakref.WeakKeyDictionary[QThread, str] = weakref.WeakKeyDictionary()

    @contextmanager
    def installed(self) -> Iterator[None]:
        real = QThread.start
        watch = self

        def start(thread: QThread, *args: Any) -> None:
            watch.started[thread] = "".join(traceback.format_stack(limit=6)[:-1])
            real(thread, *args)

        QThread.start = start  # type: ignore[method-assign]
        try:
            yield
        finally:
            QThread.start = real  # type: ignore[method-assign]

    def running(self) -> list[tuple[QThread, str]]:
        found = []
        for thread, where in list(self.started.items()):
            try:
                if thread.isRunning():
                    found.append((thread, where))
            except RuntimeError:  # deleted: it is not running
                pass
        return found


def thread_leaks(snapshot: Snapshot, watch: QThreadWatch) -> list[str]:
    """Describe (and then stop or wait for) threads the test left running."""
    lines = []
    for thread in snapshot.new_threads():
        thread.join(JOIN_GRACE_S)  # one that was told to stop may be just ending
        if thread.is_alive():
            target = getattr(thread, "_target", None)
            lines.append(f"thread left running: {thread.name!r} (daemon={thread.daemon}, "
                         f"target={getattr(target, '__qualname__', target)})")
    for thread, where in watch.running():
        lines.append(f"QThread left running: {type(thread).__name__} "
                     f"objectName={thread.objectName()!r}, started at:\n{where}")
        thread.quit()
        thread.wait(int(JOIN_GRACE_S * 1000))
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount():
        lines.append(f"QThreadPool.globalInstance() still runs {pool.activeThreadCount()} "
                     "task(s)")
        pool.waitForDone(int(JOIN_GRACE_S * 1000))
    return lines


def leaks(snapshot: Snapshot, watch: QThreadWatch) -> list[str]:
    """Everything the test left behind, one line each; what leaked is cleaned up."""
    flush_deletes()
    report = widget_report(snapshot.new_widgets())
    if report:  # tell apart what only the garbage collector would have freed
        gc.collect()
        flush_deletes()
    remaining = snapshot.new_widgets()
    left = {_address(w) for w in remaining}
    lines = [line if address in left else
             line + " (only a reference cycle kept it: delete it, do not leave it to gc)"
             for address, line in report]
    dispose_widgets(remaining)
    return lines + thread_leaks(snapshot, watch)
