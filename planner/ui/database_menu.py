"""File menu commands about the database itself: new, open, open recent, connect to a server,
restore from a backup. Each asks what it needs, then tells the window (which the controller
listens to): the window that asked is replaced by one on the chosen database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from planner.ui.settings import recent_databases
from planner.ui.text import tr

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


class DatabaseActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def new_database(self) -> None:
        w = self.window
        path = w.dialogs.save_file(w, tr("MainWindow", "New database"), "planner.sqlite",
                                   tr("MainWindow", "Planner database (*.sqlite)"))
        if path:
            w.open_database_requested.emit(path, True)

    def open_database(self) -> None:
        w = self.window
        path = w.dialogs.open_file(w, tr("MainWindow", "Open database"),
                                   tr("MainWindow", "Planner database (*.sqlite *.db);;All files (*)"))
        if path:
            w.open_database_requested.emit(path, False)

    def restore_backup(self) -> None:
        from planner.store.backups import list_backups

        w = self.window
        if w.db is None or w.db.path is None:
            return
        backups = list_backups(w.db.path)
        title = tr("MainWindow", "Restore from backup")
        if not backups:
            w.dialogs.info(w, title, tr("MainWindow", "There is no backup of this database yet."))
            return
        names = [b.name for b in backups]
        chosen = w.dialogs.choose(w, title, tr("MainWindow", "Backup to restore:"), names)
        if chosen and w.dialogs.confirm(
                w, title, tr("MainWindow", "Replace the current database with {0}? The current "
                             "file is kept beside it.").format(chosen)):
            w.restore_requested.emit(str(backups[names.index(chosen)]))

    def fill_recent(self) -> None:
        w = self.window
        w.recent_menu.clear()
        recent = recent_databases(w.settings)
        for url in recent:
            action = w.recent_menu.addAction(url)
            action.triggered.connect(
                lambda _c=False, u=url: w.open_database_requested.emit(u, False))
        w.recent_menu.setEnabled(bool(recent))

    def connect_server(self) -> None:
        from planner.ui.dialogs.server_dialog import ServerDialog

        w = self.window
        dialog = ServerDialog(self.server_or_recent(recent_databases(w.settings)), w)
        # Queued past the dialog's own signal: the window that owns the dialog is replaced.
        dialog.connect_requested.connect(
            lambda url: QTimer.singleShot(0, lambda: w.open_database_requested.emit(url, False)))
        w.dialogs.show(dialog)

    def server_or_recent(self, recent: list[str]) -> str | None:
        """The server this window uses, else the most recent server (the dialog starts there)."""
        db = self.window.db
        if db is not None and not db.is_sqlite:
            return db.url.render_as_string(hide_password=True)
        return next((r for r in recent if "://" in r), None)
