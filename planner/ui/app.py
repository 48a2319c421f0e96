"""The controller of the desktop application: the open database, its worker and the window,
and switching between databases. Start-up itself is in planner.ui.launch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from planner.domain.errors import PlannerError
from planner.i18n import normalise_locale, render, render_error
from planner.store.backups import daily_backup, restore_backup
from planner.store.database import Database, open_database
from planner.store.server import is_server_url, open_server, without_password
from planner.ui.context import UiContext
from planner.ui.dialog_service import DialogService
from planner.ui.language import apply_language, system_language
from planner.ui.live_updates import LiveUpdates
from planner.ui.main_window import MainWindow
from planner.ui.opening import BackgroundOpen, OpeningProgress, OpenWork
from planner.ui.settings import app_settings, remember_database
from planner.ui.tasks import TaskRunner
from planner.ui.text import tr
from planner.ui.undo import UndoHistory
from planner.ui.widgets.progress import JobProgress


class Controller:
    """Owns the open database, its worker and the window; replaces them on File > Open."""

    def __init__(self, dialogs: DialogService | None = None, locale: str = "en") -> None:
        self.dialogs = dialogs or DialogService()
        self.ui_locale = locale
        self.db: Database | None = None
        self.runner: TaskRunner | None = None
        self.window: MainWindow | None = None
        self.ctx: UiContext | None = None  # the window's: its runner and undo history
        self.live: LiveUpdates | None = None  # on a server: other organisers' changes
        self.opening: BackgroundOpen | None = None  # File > Open etc. while it runs
        self._abandoned: list[BackgroundOpen] = []  # cancelled openings still ending

    def start(self, db: Database, window: MainWindow | None = None,
              history: UndoHistory | None = None) -> MainWindow:
        """Attach `db` to `window` (already shown at start-up) or to a new window; `history`
        is the undo history to go on with (the window rebuilt in another language)."""
        self.db = db
        self.runner = TaskRunner(db, self._progress)
        ctx = UiContext(self.runner, self.dialogs, self.ui_locale, history)
        self.window = window if window is not None else MainWindow(self.dialogs)
        # The window owns its context, and the context its runner and undo history: deleting
        # the window deletes them, and with them the connections that keep Python objects
        # alive (a lambda held by a signal of the runner refers to the window, the window to
        # the runner). Left alone, each of those would outlive its window until the process
        # ends, and then be destroyed in no particular order by PySide's exit-time cleanup.
        ctx.setParent(self.window)
        self.runner.setParent(ctx)
        self.ctx = ctx
        self.window.attach(ctx, db)
        self.window.open_database_requested.connect(self.switch)
        self.window.restore_requested.connect(self.restore)
        self.window.language_requested.connect(self.change_language)
        self._stop_listening()
        if not db.is_sqlite:  # a SQLite file keeps the window's revision poll
            self.live = LiveUpdates(db, self.window, self.window.refresh_current)
        if db.path is not None:  # a rolling copy once a day of use, after the first screenful
            runner = self.runner  # not another database's, if this one is switched away first
            self._when_idle(runner, lambda: self._daily_backup() if self.runner is runner else None)
        settings = app_settings()  # a server's URL without its password, never with it
        remember_database(settings, str(db.path) if db.path is not None
                          else without_password(db.url))
        settings.sync()
        for warning in db.warnings:
            self.dialogs.error(self.window, tr("Controller", "Warning"), render(warning, self.ui_locale))
        return self.window

    @staticmethod
    def _when_idle(runner: TaskRunner, then: Callable[[], None]) -> None:
        """Call `then` once the worker has finished what it was given so far and what their
        results asked for (the first screenful): the day's backup of a large file takes seconds.
        """
        state = {"done": False}

        def confirm() -> None:
            if not state["done"] and runner.is_idle():
                state["done"] = True
                runner.busy_changed.disconnect(check)
                then()

        def check(busy: bool = False) -> None:
            if not busy:  # after the finished job's callbacks, which may queue more
                QTimer.singleShot(0, runner, confirm)

        runner.busy_changed.connect(check)
        check()

    def _daily_backup(self) -> None:
        if self.runner is not None and self.db is not None and self.db.path is not None:
            self.runner.run(lambda database, _p: daily_backup(database),
                            on_failure=lambda error: self.dialogs.error(
                                self.window, tr("Controller", "Backup failed"), str(error)))

    def _progress(self, label: str, progress: Any) -> JobProgress:
        return JobProgress(self.window, label, progress)

    def switch(self, target: str, create: bool) -> None:
        """Open a SQLite file or (File > Connect to server, Open recent) a server's URL, off the
        UI thread; the window stays on its database until the other one is open (or Cancel)."""
        if self.opening is not None:
            return  # one opening at a time

        def work(ask_password: Callable[[str], str | None]) -> Database:
            if is_server_url(target):
                return open_server(target, ask_password=ask_password)
            return open_database(target, create=create)

        self._open_behind(work, tr("Controller", "Opening the database…"), cancellable=True,
                          failed_title=tr("Controller", "Cannot open the database"))

    def _open_behind(self, work: OpenWork, label: str, cancellable: bool,
                     failed_title: str) -> None:
        opening = BackgroundOpen(lambda shown: self.dialogs.server_password(self.window, shown))
        progress = OpeningProgress(self.window, label, cancellable)
        self.opening = opening

        def cancelled() -> None:
            progress.close()
            opening.abandon()
            self._abandoned.append(opening)  # joined by stop(); closes what it opens
            self.opening = None

        def finished(result: Database | BaseException) -> None:
            progress.close()
            self.opening = None
            if isinstance(result, BaseException):
                self._report_open_failure(failed_title, result)
                return
            self._replace_window(result)

        progress.cancelled.connect(cancelled)
        opening.finished.connect(finished)
        opening.start(work)

    def _report_open_failure(self, title: str, error: BaseException) -> None:
        if isinstance(error, PlannerError):
            self.dialogs.error(self.window, title, render_error(error, self.ui_locale))
        else:  # a defect: said over the window, the details on stderr
            import traceback

            traceback.print_exception(error)
            self.dialogs.error(self.window, title, f"{type(error).__name__}: {error}")

    def _replace_window(self, db: Database) -> None:
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
        return self.dialogs.server_password(self.window, shown_url)

    def _stop_listening(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def restore(self, backup: str) -> None:
        """Close the database, put the backup in its place and open it again, off the UI thread
        (a large file takes seconds to copy). It cannot be cancelled half-way."""
        if self.db is None or self.db.path is None or self.opening is not None:
            return
        path = self.db.path
        if self.window is not None:
            self.window.detach()  # no more reads: its database is about to be replaced
        self.stop(close_window=False)
        problems: list[PlannerError] = []

        def work(_ask_password: Callable[[str], str | None]) -> Database:
            try:
                restore_backup(Path(backup), path)
            except PlannerError as error:  # said once the file is open again
                problems.append(error)
            return open_database(str(path))

        self._open_behind(work, tr("Controller", "Restoring the backup…"), cancellable=False,
                          failed_title=tr("Controller", "Cannot restore"))
        assert self.opening is not None

        def say_problems(_result: object) -> None:
            for error in problems:
                self.dialogs.error(self.window, tr("Controller", "Cannot restore"),
                                   render_error(error, self.ui_locale))

        self.opening.finished.connect(say_problems)

    def change_language(self, code: str) -> None:
        """Preferences > Language ('' for the system's): rebuild the window in that language on
        the same database, on the same section and record, with the same undo history (its
        entries keep the words they were recorded in)."""
        self.ui_locale = normalise_locale(code or system_language())
        app = QApplication.instance()
        if app is not None:  # there is one while a window is open
            apply_language(app, self.ui_locale)
        old, db = self.window, self.db
        if old is None or db is None or old.ctx is None:
            return
        old.save_state()
        key = old.current_key()
        chosen = old.current_view().selected_ref()
        history = old.ctx.history
        old.release_history()
        if self.runner is not None:  # the old window's reads finish before it goes
            self.runner.shutdown()
        window = self.start(db, history=history)
        window.restoreGeometry(old.saveGeometry())
        window.show()
        old.close()
        old.deleteLater()
        window.show_section(key)
        if chosen is not None:  # once the section's rows are read (open_item waits for them)
            window.open_item(*chosen)

    def finish_openings(self) -> None:
        """The application is ending: wait for openings still running, close what they opened."""
        for opening in [self.opening, *self._abandoned]:
            if opening is not None:
                opening.close_undelivered()
        self.opening = None
        self._abandoned.clear()

    def stop(self, close_window: bool = True) -> None:
        """Stop the worker and close the database; with `close_window`, also close the window
        and delete it (once the worker's last callbacks have run), so that nothing of it
        outlives the controller. (The application keeps its window until app.exec() returns.)
        """
        window = self.window if close_window and self.window is not None else None
        if window is not None:
            if shiboken6.isValid(window):  # not already deleted by whoever closed it
                window.close()
            self.finish_openings()
        self._stop_listening()
        if self.runner is not None:
            self.runner.shutdown()
        if self.ctx is not None and shiboken6.isValid(self.ctx):
            # Its commands replay on the runner that just stopped. Emptied now, while the
            # window showing Undo and Redo is whole: emptied by its own destructor, during
            # the window's, the history would signal a window half deleted.
            self.ctx.history.clear()
        if self.db is not None:
            self.db.close()
        self.runner = None
        self.ctx = None
        self.db = None
        if window is not None:
            self.window = None
            if shiboken6.isValid(window):
                window.deleteLater()
