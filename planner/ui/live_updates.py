"""Other organisers' changes on a shared server: LISTEN/NOTIFY, and the connection's status.

RevisionListener calls back on its own thread; the callbacks only emit signals, which Qt
queues to this object's (the UI) thread. A SQLite file keeps the main window's revision poll.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from planner.domain.changes import Changes
from planner.store.database import Database
from planner.ui.text import tr


class LiveUpdates(QObject):
    """Refreshes the window on each new revision with what it touched (`refresh(changes)`);
    shows the connection in the status bar."""

    revision_heard = Signal(int, object)  # the revision, its Changes
    status_heard = Signal(bool)

    def __init__(self, db: Database, window: QMainWindow,
                 refresh: Callable[[Changes], None]) -> None:
        super().__init__(window)
        self.refresh = refresh
        self.label = QLabel(tr("LiveUpdates", "Connecting…"))
        self.label.setObjectName("connection_status")
        window.statusBar().addPermanentWidget(self.label)
        queued = Qt.ConnectionType.QueuedConnection
        self.revision_heard.connect(self._revision, queued)
        self.status_heard.connect(self._status, queued)
        from planner.store.notify import RevisionListener  # psycopg: only for a server

        self.listener = RevisionListener(db, None, self.status_heard.emit,
                                         on_changes=self.revision_heard.emit, others_only=True)
        self.listener.start()

    def _revision(self, _revision: int, changes: Changes) -> None:
        self.refresh(changes)

    def _status(self, connected: bool) -> None:
        self.label.setText(tr("LiveUpdates", "Connected to the server") if connected
                           else tr("LiveUpdates", "Connection lost — retrying…"))

    def stop(self) -> None:
        """Stop listening (joins the listener's thread)."""
        self.listener.stop()
