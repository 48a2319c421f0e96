"""Starting the desktop application, and switching between databases."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from planner.demo.startup import open_planner_database
from planner.domain.errors import PlannerError
from planner.i18n import normalise_locale, render, render_error
from planner.store.backups import daily_backup, restore_backup
from planner.store.database import Database, open_database
from planner.store.server import is_server_url, open_server, without_password
from planner.ui.context import UiContext
from planner.ui.dialogs.service import DialogService
from planner.ui.language import apply_language, choose_language, system_language
from planner.ui.live_updates import LiveUpdates
from planner.ui.main_window import MainWindow
from planner.ui.settings import app_settings, remember_database
from planner.ui.tasks import TaskRunner
from planner.ui.text import tr
from planner.ui.widgets.progress import JobProgress


def choose_locale() -> str:
    return choose_language(str(app_settings().value("language", "") or ""))


def install_translators(app: QApplication, locale: str) -> None:
    """Qt's own strings (zh_HK uses qtbase's zh_TW) and Planner's, QLocale and name order."""
    apply_language(app, locale)


class Controller:
    """Owns the open database, its worker and the window; replaces them on File > Open."""

    def __init__(self, dialogs: DialogService | None = None, locale: str = "en") -> None:
        self.dialogs = dialogs or DialogService()
        self.ui_locale = locale
        self.db: Database | None = None
        self.runner: TaskRunner | None = None
        self.window: MainWindow | None = None
        self.live: LiveUpdates | None = None  # on a server: other organisers' changes

    def start(self, db: Database) -> MainWindow:
        self.db = db
        self.runner = TaskRunner(db, self._progress)
        ctx = UiContext(self.runner, self.dialogs, self.ui_locale)
        self.window = MainWindow(ctx, db)
        self.window.open_database_requested.connect(self.switch)
        self.window.restore_requested.connect(self.restore)
        self.window.language_requested.connect(self.change_language)
        self._stop_listening()
        if not db.is_sqlite:  # a SQLite file keeps the window's revision poll
            self.live = LiveUpdates(db, self.window, self.window.refresh_current)
        if db.path is not None:  # a rolling copy once a day of use, on the worker
            self.runner.run(lambda database, _p: daily_backup(database),
                            on_failure=lambda error: self.dialogs.error(
                                self.window, tr("Controller", "Backup failed"), str(error)))
        settings = app_settings()  # a server's URL without its password, never with it
        remember_database(settings, str(db.path) if db.path is not None
                          else without_password(db.url))
        settings.sync()
        for warning in db.warnings:
            self.dialogs.error(self.window, tr("Controller", "Warning"), render(warning, self.ui_locale))
        return self.window

    def _progress(self, label: str, progress: Any) -> JobProgress:
        return JobProgress(self.window, label, progress)

    def switch(self, target: str, create: bool) -> None:
        """Open a SQLite file or (File > Connect to server, Open recent) a server's URL."""
        try:
            db = open_server(target, ask_password=self._ask_password) if is_server_url(target) \
                else open_database(target, create=create)
        except PlannerError as error:
            self.dialogs.error(self.window, tr("Controller", "Cannot open the database"),
                               render_error(error, self.ui_locale))
            return
        old = self.window
        self.stop(close_window=False)
        window = self.start(db)
        if old is not None:
            window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        window.show()

    def _ask_password(self, shown_url: str) -> str | None:
        # Kept in the Database's URL in memory only: remember_database strips it.
        return self.dialogs.ask_password(self.window, tr("Controller", "Server password"),
                                         tr("Controller", "Password for {0}:").format(shown_url))

    def _stop_listening(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def restore(self, backup: str) -> None:
        """Close the database, put the backup in its place, and open it again."""
        if self.db is None or self.db.path is None:
            return
        path = self.db.path
        old = self.window
        self.stop(close_window=False)
        try:
            restore_backup(Path(backup), path)
        except PlannerError as error:
            self.dialogs.error(old, tr("Controller", "Cannot restore"), render_error(error, self.ui_locale))
        window = self.start(open_database(str(path)))
        if old is not None:
            window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        window.show()

    def change_language(self, code: str) -> None:
        """Preferences > Language ('' for the system's): rebuild the window in that language on
        the same database (the undo history starts afresh with the new window)."""
        self.ui_locale = normalise_locale(code or system_language())
        apply_language(QApplication.instance(), self.ui_locale)
        old, db = self.window, self.db
        if old is None or db is None:
            return
        old.save_state()
        old.ctx.history.clear()  # now, while its Undo/Redo actions still exist
        if self.runner is not None:
            self.runner.shutdown()
        window = self.start(db)
        window.restoreGeometry(old.saveGeometry())
        window.show()
        old.close()
        old.deleteLater()

    def stop(self, close_window: bool = True) -> None:
        if self.window is not None and close_window:
            self.window.close()
        self._stop_listening()
        if self.runner is not None:
            self.runner.shutdown()
        if self.db is not None:
            self.db.close()
        self.runner = None
        self.db = None


class QuitAfterFirstPaint(QObject):
    """For the start-up benchmark (PLANNER_QUIT_AFTER_FIRST_PAINT=1): quit once painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def run(db_url: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Planner")
    app.setOrganizationName("GDHK-IP")
    locale = choose_locale()
    install_translators(app, locale)
    dialogs = DialogService()
    try:
        db = open_planner_database(db_url)
    except PlannerError as error:
        dialogs.error(None, tr("Controller", "Cannot open the database"), render_error(error, locale))
        return 2
    controller = Controller(dialogs, locale)
    window = controller.start(db)
    if os.environ.get("PLANNER_QUIT_AFTER_FIRST_PAINT"):
        quitter = QuitAfterFirstPaint(window)
        window.installEventFilter(quitter)
    window.show()
    code = app.exec()
    controller.stop(close_window=False)
    return int(code)


