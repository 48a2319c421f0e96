"""Opening a database off the UI thread: the one path for start-up, File > Open, Open recent,
Connect to server and Restore.

Opening can take seconds: a SQLite file of an older schema is backed up and migrated first, a
server means a network connect (and perhaps a password typed on the UI thread). The work runs
on a thread named ``planner-open-database``; its result (a Database or the exception) comes
back on the UI thread through `finished`. `abandon()` (Cancel, or the application closing)
lets the work end on its own; what it opened is then closed and never delivered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.ui.text import tr

PasswordPrompt = Callable[[str], "str | None"]
OpenWork = Callable[[PasswordPrompt], Any]

THREAD_NAME = "planner-open-database"
# The busy dialog appears only when opening takes longer than this (most files open at once).
SHOW_AFTER_MS = 400


class BackgroundOpen(QObject):
    """Runs one opening on its own thread and hands the result to the UI thread."""

    finished = Signal(object)  # the Database, or the exception the work raised
    _done = Signal(object)  # from the thread
    _password_wanted = Signal(str)  # from the thread: the server's URL, shown

    def __init__(self, ask_password: Callable[[str], str | None]) -> None:
        super().__init__()
        self._ask_password = ask_password
        self._thread: threading.Thread | None = None
        self._result: Any = None
        self._delivered = False
        self._password: str | None = None
        self._answered = threading.Event()
        self.abandoned = False
        self._done.connect(self._deliver)
        self._password_wanted.connect(self._answer)

    def start(self, work: OpenWork) -> None:
        self._thread = threading.Thread(target=self._run, args=(work,), name=THREAD_NAME)
        self._thread.start()

    @property
    def result(self) -> Any:
        """What the work ended with (None while it runs)."""
        return self._result

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self, work: OpenWork) -> None:
        try:
            result: Any = work(self._password_from_thread)
        except BaseException as error:  # noqa: BLE001 (reported on the UI thread)
            result = error
        self._result = result
        self._done.emit(result)

    def _password_from_thread(self, shown_url: str) -> str | None:
        """On the thread: ask on the UI thread and wait; None when cancelled or abandoned."""
        self._answered.clear()
        self._password_wanted.emit(shown_url)
        while not self._answered.wait(0.1):
            if self.abandoned:
                return None
        return None if self.abandoned else self._password

    def _answer(self, shown_url: str) -> None:
        self._password = None if self.abandoned else self._ask_password(shown_url)
        self._answered.set()

    def _deliver(self, result: Any) -> None:
        self.join()
        if self._delivered:
            return
        self._delivered = True
        if self.abandoned:
            _close(result)
            return
        self.finished.emit(result)

    def abandon(self) -> None:
        """Cancel: the current database stays; what the thread opens is closed when it ends."""
        self.abandoned = True
        self._answered.set()

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def close_undelivered(self) -> None:
        """The application is ending: wait for the thread, close what nobody took."""
        self.abandon()
        self.join()
        if not self._delivered:
            self._delivered = True
            _close(self._result)


def _close(result: Any) -> None:
    if result is not None and not isinstance(result, BaseException) and hasattr(result, "close"):
        result.close()


class OpeningProgress(QObject):
    """A busy dialog over the window while a database opens, shown only if it takes a while;
    with Cancel where abandoning is safe (not while a backup is being put back)."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, tr("JobProgress", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("opening_progress")
        self.dialog.setWindowTitle(tr("Controller", "Opening"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        if cancellable:
            self.dialog.canceled.connect(self.cancelled)
        else:
            self.dialog.setCancelButton(None)
        # Shown by Qt itself once this has passed without the opening being over.
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)

    def close(self) -> None:
        self.dialog.reset()  # stops the timer that would show it
        self.dialog.hide()
        self.dialog.deleteLater()
