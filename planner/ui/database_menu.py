"""File menu commands about the database itself: new, open, open recent, connect to a server,
restore from a backup. Each asks what it needs, then tells the window (which the controller
listens to): the window that asked is replaced by one on the chosen database."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer

from planner.ui.settings import recent_databases
from planner.ui.text import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtWidgets import QMenu, QWidget

    from planner.store.database import Database
    from planner.ui.dialog_service import DialogService


class DatabaseWindow(Protocol):
    """What these commands need of the window that asks (planner.ui.main_window has it): the
    window imports this module, so this module names no window class."""

    db: Database | None
    dialogs: DialogService
    settings: QSettings
    recent_menu: QMenu
    open_database_requested: SignalInstance
    restore_requested: SignalInstance

    def window(self) -> QWidget:  # QWidget.window(): the window itself, the dialogs' parent
        ...


class DatabaseActions:
    def __init__(self, window: DatabaseWindow) -> None:
        self.window = window

    def new_database(self) -> None:
        window = self.window
        path = window.dialogs.save_file(window.window(), tr("MainWindow", "New database"), "planner.sqlite",
                                   tr("MainWindow", "Planner database (*.sqlite)"))
        if path:
            window.open_database_requested.emit(path, True)

    def open_database(self) -> None:
        window = self.window
        path = window.dialogs.open_file(window.window(), tr("MainWindow", "Open database"),
                                   tr("MainWindow", "Planner database (*.sqlite *.db);;All files (*)"))
        if path:
            window.open_database_requested.emit(path, False)

    def restore_backup(self) -> None:
        from planner.store.backups import list_backups

        window = self.window
        if window.db is None or window.db.path is None:
            return
        backups = list_backups(window.db.path)
        title = tr("MainWindow", "Restore from backup")
        if not backups:
            window.dialogs.info(window.window(), title, tr("MainWindow", "There is no backup of this database yet."))
            return
        names = [b.name for b in backups]
        chosen = window.dialogs.choose(window.window(), title, tr("MainWindow", "Backup to restore:"), names)
        if chosen and window.dialogs.confirm(
                window.window(), title, tr("MainWindow", "Replace the current database with {0}? The current "
                             "file is kept beside it.").format(chosen)):
            window.restore_requested.emit(str(backups[names.index(chosen)]))

    def fill_recent(self) -> None:
        window = self.window
        window.recent_menu.clear()
        recent = recent_databases(window.settings)
        for url in recent:
            action = window.recent_menu.addAction(url)
            action.triggered.connect(
                lambda _c=False, u=url: window.open_database_requested.emit(u, False))
        window.recent_menu.setEnabled(bool(recent))

    def connect_server(self) -> None:
        from planner.ui.dialogs.server_dialog import ServerDialog

        window = self.window
        dialog = ServerDialog(self.server_or_recent(recent_databases(window.settings)),
                              window.window())
        # Queued past the dialog's own signal: the window that owns the dialog is replaced.
        dialog.connect_requested.connect(
            lambda url: QTimer.singleShot(0, lambda: window.open_database_requested.emit(url, False)))
        window.dialogs.show(dialog)

    def server_or_recent(self, recent: list[str]) -> str | None:
        """The server this window uses, else the most recent server (the dialog starts there)."""
        db = self.window.db
        if db is not None and not db.is_sqlite:
            return db.url.render_as_string(hide_password=True)
        return next((r for r in recent if "://" in r), None)
