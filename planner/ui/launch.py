"""Starting the desktop application: the window paints first, the database opens behind it.

The frame of the main window needs only Qt, so it is shown at once; a loader thread then
imports the core (SQLAlchemy, the models, the services: most of start-up) and opens the
database, and the window is attached to it on the UI thread. A database that cannot be opened
is reported in a message box over the window, and the application ends with exit status 2.

PLANNER_STARTUP_PROBE=FILE (for bench/bench_startup.py and bench/bench_gui.py): the times of
the first paint and of the first screenful of data are written to FILE as JSON, then the
application quits.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from planner.ui.dialog_service import DialogService
from planner.ui.language import apply_language, choose_language
from planner.ui.main_window import MainWindow
from planner.ui.opening import BackgroundOpen, PasswordPrompt
from planner.ui.sections import preload_attach
from planner.ui.settings import app_settings
from planner.ui.text import tr
from planner.ui.theme import apply_appearance

if TYPE_CHECKING:
    from planner.store.database import Database
    from planner.ui.app import Controller

# Loading starts at the first paint, or after this long if the window is never painted
# (minimised, or no compositor): the loader thread competes with painting for the GIL.
LOAD_FALLBACK_MS = 250


def choose_locale() -> str:
    return choose_language(str(app_settings().value("language", "") or ""))


def install_translators(app: QApplication, locale: str) -> None:
    """Qt's own strings (zh_HK uses qtbase's zh_TW) and Planner's, QLocale and name order."""
    apply_language(app, locale)


class Launch(QObject):
    """Shows the main window's frame, opens the database on a thread, then attaches it.

    `ready` is emitted once the first section has shown its rows; `failed` with the exit
    status when the database could not be opened (the message has been shown).
    """

    ready = Signal()
    failed = Signal(int)

    def __init__(self, db_url: str | None, dialogs: DialogService, locale: str) -> None:
        super().__init__()
        self.db_url = db_url
        self.dialogs = dialogs
        self.locale = locale
        self.controller: Controller | None = None
        self.window = MainWindow(dialogs)
        # The same path as File > Open: a thread, a password asked over the window.
        self.opening = BackgroundOpen(lambda shown: dialogs.server_password(self.window, shown))
        self.opening.finished.connect(self._attach)
        self._started = False
        self.window.installEventFilter(self)
        QTimer.singleShot(LOAD_FALLBACK_MS, self, self._start_loading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start_loading)
        return False

    def _start_loading(self) -> None:
        if self._started:
            return
        self._started = True
        self.window.install_shortcuts()  # after the first paint: they cost 12 ms before it
        section = self.window.current_key()
        self.opening.start(lambda ask_password: self._load(section, ask_password))

    def _load(self, section: str, ask_password: PasswordPrompt) -> Database:
        """On the loader thread: import what the window needs next and open the database."""
        from planner import config
        from planner.demo.startup import open_planner_database
        from planner.store.server import is_server_url, open_server
        from planner.ui import app  # noqa: F401 (the controller, the worker, the services)

        preload_attach(section)
        url = config.database_url(self.db_url)
        if url is not None and is_server_url(url):
            return open_server(url, ask_password=ask_password)
        return open_planner_database(self.db_url)

    def join(self) -> None:
        """Wait for the loader thread (tests; it ends before `ready` or `failed`)."""
        self.opening.join()

    def close_unattached(self) -> None:
        """The window was closed before the database was attached: close what was opened."""
        if self.controller is None:
            self.opening.close_undelivered()
        else:
            self.opening.join()

    def _attach(self, result: Database | BaseException) -> None:
        if isinstance(result, BaseException):
            self._fail(result)
            return
        from planner.ui.app import Controller

        controller = Controller(self.dialogs, self.locale)
        try:
            controller.start(result, self.window)
        except Exception as error:  # noqa: BLE001 (a defect: said, not left as a dead window)
            controller.stop(close_window=False)
            result.close()
            self._fail(error)
            return
        self.controller = controller
        runner = controller.runner
        assert runner is not None
        # The worker runs jobs in order: this one ends after the section's first rows.
        runner.run(lambda _db, _p: None, on_success=lambda _r: self.ready.emit())

    def _fail(self, error: BaseException) -> None:
        import traceback

        from planner.domain.errors import PlannerError
        from planner.i18n import render_error

        if isinstance(error, PlannerError):
            text, status = render_error(error, self.locale), 2
        else:  # a defect: the details go to stderr too
            traceback.print_exception(error, file=sys.stderr)
            text, status = f"{type(error).__name__}: {error}", 1
        self.dialogs.error(self.window, tr("Controller", "Cannot open the database"), text)
        self.failed.emit(status)


class StartupProbe(QObject):
    """Writes when the window was first painted and when it showed its first rows, then quits."""

    def __init__(self, launch: Launch, path: str) -> None:
        super().__init__()
        self.path = path
        self.times: dict[str, float] = {}
        launch.window.installEventFilter(self)
        launch.ready.connect(self._ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and "painted" not in self.times:
            self.times["painted"] = time.time()
        return False

    def _ready(self) -> None:
        import json

        self.times["ready"] = time.time()
        with open(self.path, "w", encoding="utf-8") as handle:
            json.dump(self.times, handle)
        QTimer.singleShot(0, QApplication.quit)


def run(db_url: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Planner")
    app.setOrganizationName("GDHK-IP")
    locale = choose_locale()
    install_translators(app, locale)
    apply_appearance(app, str(app_settings().value("appearance", "") or ""))
    launch = Launch(db_url, DialogService(), locale)
    status = {"code": 0}

    def failed(code: int) -> None:
        status["code"] = code
        app.exit(code)

    launch.failed.connect(failed)
    probe_file = os.environ.get("PLANNER_STARTUP_PROBE")
    probe = StartupProbe(launch, probe_file) if probe_file else None
    launch.window.show()
    code = app.exec()
    launch.close_unattached()
    if launch.controller is not None:
        launch.controller.stop(close_window=False)
        launch.controller.finish_openings()
    del probe
    return int(code or status["code"])
