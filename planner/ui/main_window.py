"""The main window: a side bar of sections, a view per section, menus, tool bar and status bar.

Built in two steps so that the window paints before the core is imported: the frame (menus,
side bar, status bar, the saved geometry) needs only Qt; `attach` gives it the database and its
worker, and each section's view is built on its first visit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

# Not Qt's `Qt` namespace here: importing it builds all its enums (12 ms before the first paint).
from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from planner import __version__
from planner.domain.kinds import RecordKind
from planner.ui.database_menu import DatabaseActions
from planner.ui.dialog_service import DialogService
from planner.ui.icons import decorate, decorate_window
from planner.ui.revision_poll import RevisionPoll
from planner.ui.sections import EDITABLE, KEYS, SECTION_OF, SECTIONS, view_class
from planner.ui.settings import app_settings, keep_panes, restore_splitter, save_window_state
from planner.ui.text import tr
from planner.ui.widgets.busy_label import BusyLabel
from planner.ui.window_menus import (
    CALENDAR_MODES,
    build_actions,
    build_menus,
    build_toolbar,
)
from planner.ui.window_menus import (
    install_shortcuts as set_shortcuts,
)

if TYPE_CHECKING:
    from planner.domain.changes import Changes
    from planner.store.database import Database
    from planner.ui.context import UiContext
    from planner.ui.views.base import SectionView
    from planner.ui.views.checks_panel import ChecksPanel

# Actions that work before a database is attached; the others are enabled by `attach`.
WITHOUT_DATABASE = ("quit", "about", "user_guide")


class MainWindow(QMainWindow):
    open_database_requested = Signal(str, bool)  # url or path, create
    restore_requested = Signal(str)  # path of a backup
    language_requested = Signal(str)  # "en", "zh_HK", "zh_CN" or "" for the system's

    def __init__(self, dialogs: DialogService | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or DialogService()
        self.ctx: UiContext | None = None
        self.db: Database | None = None
        self.setObjectName("main_window")
        self.setWindowTitle(tr("MainWindow", "Planner"))
        self.settings = app_settings()
        self.views: dict[str, SectionView] = {}  # the sections built so far
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.stack = QStackedWidget()
        for _key, title, _view in SECTIONS:  # a placeholder until the section's first visit
            self.stack.addWidget(QWidget())
            self.sidebar.addItem(tr("MainWindow", title))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.databases = DatabaseActions(self)
        self.actions_, self._shortcuts = build_actions(self, self._commands())
        menus = build_menus(self.menuBar(), self.actions_)
        self.recent_menu, self.import_menu, self.export_menu = \
            menus.recent, menus.imports, menus.exports
        self.view_menu, self.help_menu = menus.view, menus.help
        self.recent_menu.aboutToShow.connect(self.databases.fill_recent)
        self.addToolBar(build_toolbar(self.actions_))
        self._build_status()
        for name, action in self.actions_.items():
            action.setEnabled(name in WITHOUT_DATABASE)
        self.recent_menu.menuAction().setEnabled(False)  # its entries need the controller
        self._icons_on = False  # qtawesome loaded and the window decorated (_load_icons)
        self.revision_poll = RevisionPoll(self)
        self.revision_poll.changed.connect(self.refresh_current)
        self._restore_frame()
        self.statusBar().showMessage(tr("MainWindow", "Opening the database…"))

    def attach(self, ctx: UiContext, db: Database) -> None:
        """Give the window its database and worker: the current section is built and loaded."""
        from PySide6.QtCore import Qt

        from planner.ui.exports_menu import ExportActions
        from planner.ui.views.checks_panel import ChecksPanel

        self.ctx = ctx
        self.db = db
        self.setWindowTitle(tr("MainWindow", "Planner — {0}").format(self._db_label()))
        self.database_label.setText(self._db_label())
        self.install_shortcuts()
        for action in self.actions_.values():
            action.setEnabled(True)
        self.recent_menu.menuAction().setEnabled(True)
        history = ctx.history
        undo, redo = self.actions_["undo"], self.actions_["redo"]
        # A history carried over from the window this one replaces has commands already.
        undo.setEnabled(history.canUndo())
        redo.setEnabled(history.canRedo())
        self._undo_text(history.undoText())
        self._redo_text(history.redoText())
        # Bound methods, not lambdas: Qt drops these connections when the window is deleted.
        history.canUndoChanged.connect(undo.setEnabled)
        history.canRedoChanged.connect(redo.setEnabled)
        history.undoTextChanged.connect(self._undo_text)
        history.redoTextChanged.connect(self._redo_text)
        self.checks: ChecksPanel = ChecksPanel(ctx, self._selected_ref, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks)
        self.resizeDocks([self.checks], [150], Qt.Orientation.Vertical)
        ctx.findings_changed.connect(self._mark_rows)
        self.view_menu.addAction(self.checks.toggleViewAction())
        self.exports = ExportActions(ctx, self, self._selected_ref)
        self.exports.fill(self.export_menu, self.import_menu)
        self._attach_mail(ctx, db)
        ctx.data_changed.connect(self.refresh_current)
        ctx.open_item.connect(self.open_item)
        self._attach_search(ctx)
        ctx.create_item.connect(self.create_item)
        ctx.status_message.connect(self._show_status)
        ctx.runner.failed.connect(self._show_failure)
        self.busy.follow(ctx.runner)
        self.statusBar().clearMessage()
        self._section_changed(self.sidebar.currentRow())
        if db.is_sqlite:  # a server tells us through LISTEN/NOTIFY (ui.live_updates)
            self.revision_poll.start(ctx.runner)  # its first read after the section's rows
        # Queued behind what the caller asks of the worker now (the launch's first rows).
        QTimer.singleShot(0, self, self._load_icons)

    def _load_icons(self) -> None:
        """The icons, once the first rows are shown (a job queued behind them): importing
        qtawesome (and the Qt modules qtpy brings) takes 0.15-0.2 s and its fonts load then.
        On the UI thread: a thread importing PySide modules while this one runs Python slots
        crashed start-up (SIGSEGV, 2 starts in about 150) when this import ran on the worker."""
        if self.ctx is None or self._icons_on:
            return

        def show(_nothing: object) -> None:
            if not self._icons_on:
                decorate_window(self, KEYS)
                self._icons_on = True

        self.ctx.runner.run(lambda _db, _p: None, on_success=show)

    @property
    def attached(self) -> bool:
        return self.ctx is not None

    def view(self, key: str) -> SectionView:
        """The section's view, built (and its saved splitter sizes restored) on first use."""
        found = self.views.get(key)
        if found is not None:
            return found
        assert self.ctx is not None, "attach() a database before building views"
        index = KEYS.index(key)
        view = view_class(key)(self.ctx)
        view.setObjectName(f"{key}_view")
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        if placeholder is not None:  # the stack holds one page per section
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.insertWidget(index, view)
        self.stack.setCurrentIndex(current)
        self.views[key] = view
        if self._icons_on:  # else the whole window is decorated when the icons are loaded
            decorate(view)
        view.selection_changed.connect(self._update_actions)
        view.selection_changed.connect(self._selection_changed)
        keep_panes(self.settings, view)
        self._mark_rows()
        return view

    # ----- building -------------------------------------------------------------------------
    def install_shortcuts(self) -> None:
        """Set after the first paint (planner.ui.launch) or on attach, once: the first key
        sequence builds every enum of Qt's `Qt` namespace, 12 ms before the first paint."""
        set_shortcuts(self.actions_, self._shortcuts)

    def _commands(self) -> dict[str, Callable[[], object]]:
        """What each of the window's commands (planner.ui.window_menus.ACTIONS) does."""
        files = self.databases
        commands: dict[str, Callable[[], object]] = {
            "new_database": files.new_database, "open_database": files.open_database,
            "restore_backup": files.restore_backup, "connect_server": files.connect_server,
            "calendar_feeds": self._calendar_feeds, "publish_feeds": self._publish_feeds,
            "export_csv": self.export_current_csv, "quit": self.close,
            "new_item": lambda: self.current_view().new_item(),
            "edit_item": lambda: self.current_view().edit_item(),
            "delete_item": lambda: self.current_view().delete_item(),
            "undo": lambda: self._context().history.safe_undo(),
            "redo": lambda: self._context().history.safe_redo(),
            "find": self.find_in_section, "search_everything": self.search_everything,
            "preferences": self._preferences, "refresh": self.refresh_current,
            "user_guide": self.user_guide, "about": self._about}
        for mode in CALENDAR_MODES:
            commands[f"calendar_{mode}"] = partial(self._calendar, mode)
        for key in KEYS:
            commands[f"section_{key}"] = partial(self.show_section, key)
        return commands

    def _context(self) -> UiContext:
        assert self.ctx is not None, "no database is attached yet"
        return self.ctx

    def _selected_ref(self) -> tuple[RecordKind, int] | None:
        return self.current_view().selected_ref()

    def _undo_text(self, text: str) -> None:
        self.actions_["undo"].setText(tr("MainWindow", "&Undo {0}").format(text) if text
                                      else tr("MainWindow", "&Undo"))

    def _redo_text(self, text: str) -> None:
        self.actions_["redo"].setText(tr("MainWindow", "&Redo {0}").format(text) if text
                                      else tr("MainWindow", "&Redo"))

    def _build_status(self) -> None:
        self.busy = BusyLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.statusBar().addPermanentWidget(self.database_label)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def _show_failure(self, error: BaseException) -> None:
        self._context().show_error(self, error)

    def _db_label(self) -> str:
        if self.db is None:
            return ""
        return str(self.db.path) if self.db.path else self.db.url.render_as_string(hide_password=True)

    # ----- sections -------------------------------------------------------------------------
    def current_key(self) -> str:
        return KEYS[max(0, self.sidebar.currentRow())]

    def current_view(self) -> SectionView:
        return self.view(self.current_key())

    def show_section(self, key: str) -> SectionView:
        self.sidebar.setCurrentRow(KEYS.index(key))
        return self.view(key)

    def _section_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if self.ctx is None:  # the frame before its database: placeholders only
            return
        self.view(KEYS[max(0, row)])
        self.refresh_current()
        self._update_actions()
        self.checks.schedule()

    def _selection_changed(self) -> None:
        """The checks follow the selection of the section on screen only: a section loading
        behind it (after a refresh) selects its first row without concerning the checks."""
        if self.sender() is self.views.get(self.current_key()):
            self.checks.schedule()

    def _update_actions(self) -> None:
        if self.ctx is None:
            return
        key = self.current_key()
        editable = key in EDITABLE
        for name in ("new_item", "edit_item", "delete_item"):
            self.actions_[name].setEnabled(editable)
        if key == "calendar":  # New: an event on the day chosen in the calendar
            self.actions_["new_item"].setEnabled(True)
        self.actions_["export_csv"].setEnabled(self.current_view().export_model() is not None)

    def _mark_rows(self) -> None:
        """Warning and error markers on the rows the planning checks name."""
        from planner.ui.models.base import RowTableModel

        if self.ctx is None:
            return
        for view in self.views.values():
            for model in view.findChildren(RowTableModel):
                if model.MARKER_KIND:
                    model.set_markers(self.ctx.markers(model.MARKER_KIND))

    def refresh_current(self, changes: Changes | None = None) -> None:
        """Reload the section shown, unless `changes` (what a write touched) does not concern
        it; the others reload when they are shown again."""
        if self.ctx is None:
            return
        view = self.current_view()
        if changes is None or view.concerned_by(changes):
            view.refresh()

    def open_item(self, kind: str, ident: int) -> None:
        """Show record `ident` of `kind` in its section (the signal carries the kind's word)."""
        try:
            record = RecordKind(kind)
        except ValueError:
            return
        view = self.show_section(SECTION_OF[record])
        self._context().runner.run(lambda _db, _p: None,
                                   on_success=lambda _r: view.open_id(record, ident))

    def create_item(self, kind: str, schedule: Any) -> None:
        """A new item's editor, opened from another section (the calendar) with its time."""
        if kind == RecordKind.EVENT:
            self.view("events").new_item(schedule)  # type: ignore[call-arg]

    def find_in_section(self) -> None:
        box = self.current_view().search_box()
        if box is None:  # a section without a filter of its own (Calendar)
            self.search_everything()
            return
        box.setFocus()
        if hasattr(box, "selectAll"):
            box.selectAll()

    # ----- search everything (planner.ui.widgets.search_everything) -------------------------
    def _attach_search(self, ctx: UiContext) -> None:
        """The tool bar's search box, made on attach: it needs the worker (and Qt's `Qt`)."""
        from planner.ui.widgets.search_everything import SearchBox

        self.search_box = SearchBox(ctx.runner, self)
        self.search_box.opened.connect(self.open_item)
        toolbar = self.findChild(QToolBar, "main_toolbar")
        if toolbar is None:  # built with the window, before any database is attached
            return
        toolbar.addSeparator()
        action = toolbar.addWidget(self.search_box)
        action.setToolTip(self.search_box.toolTip())  # what the overflow menu shows for it

    def search_everything(self) -> None:
        if self.ctx is not None:
            self.search_box.focus()

    def _calendar(self, mode: str) -> None:
        from planner.ui.views import calendar_view

        view = self.show_section("calendar")
        assert isinstance(view, calendar_view.CalendarView)
        view.set_mode({"month": calendar_view.MONTH, "week": calendar_view.WEEK,
                       "agenda": calendar_view.AGENDA}[mode])

    # ----- file actions (the database ones: planner.ui.database_menu) -----------------------
    def export_current_csv(self) -> None:
        from planner.ui.export_table import export_table_csv

        view = self.current_view()
        model = view.export_model()
        if model is None:
            return
        path = self.dialogs.save_file(self, tr("MainWindow", "Export as CSV"),
                                      f"{self.current_key()}.csv", "CSV (*.csv)")
        if path:
            export_table_csv(self._context(), model, view.table(), path, self)

    def _calendar_feeds(self) -> None:
        from planner.ui.dialogs.feeds_dialog import open_feeds

        self.feeds_dialog = open_feeds(self._context(), self, self.current_view().selected_ref())

    def _publish_feeds(self) -> None:
        from planner.ui.dialogs.feeds_dialog import publish_feeds

        publish_feeds(self._context(), self)

    # ----- mail (planner.ui.mail) -------------------------------------------------------------
    def _attach_mail(self, ctx: UiContext, db: Database) -> None:
        from PySide6.QtWidgets import QMenu

        from planner.ui.mail.actions import MailActions

        self.mail = MailActions(ctx, db, self, self._selected_ref)
        menu = QMenu(tr("MainWindow", "&Mail"), self)
        menu.setObjectName("mail_menu")
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        self.mail.fill(menu)

    def _mail_settings_panel(self) -> QWidget | None:
        if self.ctx is None:
            return None
        from planner.ui.mail.settings_panel import MailSettingsPanel

        return MailSettingsPanel(self.ctx)

    def _preferences(self) -> None:
        # Imported here: it brings the feeds' and the core's modules, which the first paint
        # must not wait for (docs/performance.md).
        from planner.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, self.ctx, self._mail_settings_panel())
        dialog.setObjectName("preferences_dialog")
        # Queued past the dialog's own signal: the window that owns the dialog is replaced.
        dialog.language_chosen.connect(
            lambda code: QTimer.singleShot(0, lambda: self.language_requested.emit(code)))
        self.dialogs.show(dialog)

    def user_guide(self) -> None:
        """Help > User guide, in the window's language (one guide window, raised if open)."""
        from planner.ui.dialogs.guide_dialog import GuideDialog
        from planner.ui.text import ui_script

        guide = getattr(self, "guide", None)
        if guide is None:
            self.guide = guide = GuideDialog(ui_script(), self)
            self.dialogs.show(guide)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def _about(self) -> None:
        self.dialogs.info(self, tr("MainWindow", "About Planner"), tr(
            "MainWindow", "Planner {0}\nEvents, delegations and exchange programmes of the "
            "Guangdong / Hong Kong IP co-operation programme.").format(__version__))

    # ----- state (kept by planner.ui.settings) ---------------------------------------------
    def _restore_frame(self) -> None:
        """The saved geometry and section, before the window is first shown."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.splitter.setSizes([180, 1100])
        restore_splitter(self.settings, self.splitter)  # the views' own are restored when built
        last = str(self.settings.value("window/section", "calendar"))
        self.sidebar.setCurrentRow(KEYS.index(last if last in KEYS else "calendar"))

    def save_state(self) -> None:
        save_window_state(self.settings, self, self.current_key())

    def release_history(self) -> None:
        """The undo history goes on in the window that replaces this one: stop following it."""
        if self.ctx is None:
            return
        history, undo, redo = self.ctx.history, self.actions_["undo"], self.actions_["redo"]
        history.canUndoChanged.disconnect(undo.setEnabled)
        history.canRedoChanged.disconnect(redo.setEnabled)
        history.undoTextChanged.disconnect(self._undo_text)
        history.redoTextChanged.disconnect(self._redo_text)

    def detach(self) -> None:
        """Its database is about to be closed under it (Restore): no more polls or input."""
        self.revision_poll.stop()
        self.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        mail = getattr(self, "mail", None)
        if mail is not None and not mail.may_close(event):
            return  # waiting for queued messages: it closes itself when they have gone
        self.save_state()
        self.revision_poll.stop()
        super().closeEvent(event)
