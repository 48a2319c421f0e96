"""The main window: a side bar of sections, a view per section, menus, tool bar and status bar.

Built in two steps so that the window paints before the core is imported: the frame (menus,
side bar, status bar, the saved geometry) needs only Qt; `attach` gives it the database and its
worker, and each section's view is built on its first visit.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

# Not Qt's `Qt` namespace here: importing it builds all its enums (12 ms before the first paint).
from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from planner.ui.settings import app_settings
from planner.ui.text import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:
    from planner.domain.changes import Changes
    from planner.store.database import Database
    from planner.ui.context import UiContext
    from planner.ui.views.base import SectionView
    from planner.ui.views.checks_panel import ChecksPanel

# key, title, "module:class" of its view (imported on the section's first visit)
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar"),
     "planner.ui.views.calendar_view:CalendarView"),
    ("events", QT_TRANSLATE_NOOP("MainWindow", "Events"),
     "planner.ui.views.events_view:EventsView"),
    ("delegations", QT_TRANSLATE_NOOP("MainWindow", "Delegations"),
     "planner.ui.views.delegations_view:DelegationsView"),
    ("programmes", QT_TRANSLATE_NOOP("MainWindow", "Exchange programmes"),
     "planner.ui.views.programmes_view:ProgrammesView"),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"),
     "planner.ui.views.people_view:PeopleView"),
    ("organisations", QT_TRANSLATE_NOOP("MainWindow", "Organisations"),
     "planner.ui.views.reference_views:OrganisationsView"),
    ("venues", QT_TRANSLATE_NOOP("MainWindow", "Venues"),
     "planner.ui.views.venues_view:VenuesView"),
    ("items", QT_TRANSLATE_NOOP("MainWindow", "Co-operation items"),
     "planner.ui.views.items_view:ItemsView"))
KEYS = tuple(key for key, _title, _view in SECTIONS)
# Sections whose rows Edit > New, Edit and Delete work on.
EDITABLE = ("events", "delegations", "programmes", "people", "organisations", "venues", "items")
POLL_MS = 3000
BUSY_DELAY_MS = 400
# Actions that work before a database is attached; the others are enabled by `attach`.
WITHOUT_DATABASE = ("quit", "about", "user_guide")


def view_class(key: str) -> type[SectionView]:
    module, name = dict((k, v) for k, _t, v in SECTIONS)[key].split(":")
    return getattr(import_module(module), name)


# What attach() builds beyond the section: imported by the loader thread at start-up
# (planner/ui/launch.py), so that the UI thread does not spend 0.4 s importing them between
# the first paint and the first rows (qtawesome alone brings qtpy and 0.17 s of modules).
# qtawesome is not among them: it is loaded after the first rows (MainWindow._load_icons).
ATTACH_MODULES = ("planner.ui.exports_menu", "planner.ui.views.checks_panel",
                  "planner.ui.mail.actions", "planner.ui.widgets.search_everything")


def preload_attach(section: str) -> None:
    """Import the modules attach() and `section`'s view need (on a loader thread)."""
    for module in ATTACH_MODULES:
        import_module(module)
    view_class(section)


# Where each kind of record is shown (open_item).
SECTION_OF = {RecordKind.EVENT: "events", RecordKind.DELEGATION: "delegations",
              RecordKind.ITINERARY: "delegations", RecordKind.PERSON: "people",
              RecordKind.ORGANISATION: "organisations", RecordKind.VENUE: "venues",
              RecordKind.ITEM: "items", RecordKind.PROGRAMME: "programmes"}

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
        self.actions_: dict[str, QAction] = {}
        self._shortcuts: dict[str, QKeySequence.StandardKey | str] = {}
        self.databases = DatabaseActions(self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        for name, action in self.actions_.items():
            action.setEnabled(name in WITHOUT_DATABASE)
        self.recent_menu.menuAction().setEnabled(False)  # its entries need the controller
        self._seen_revision = -1
        self._icons_on = False  # qtawesome loaded and the window decorated (_load_icons)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_revision)
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
        ctx.runner.busy_changed.connect(self._show_busy)  # bound: dropped with the window
        if db.is_sqlite:  # a server tells us through LISTEN/NOTIFY (ui.live_updates)
            self._poll.start()
        self.statusBar().clearMessage()
        self._section_changed(self.sidebar.currentRow())
        # Queued behind what the caller asks of the worker now (the launch's first rows).
        QTimer.singleShot(0, self, self._load_icons)

    def _load_icons(self) -> None:
        """The icons, once the first rows are shown: importing qtawesome (and the Qt modules
        qtpy brings) takes 0.2 s, on the worker after the rows; its fonts then load here."""
        if self.ctx is None or self._icons_on:
            return

        def show(_module: object) -> None:
            decorate_window(self, KEYS)
            self._icons_on = True

        self.ctx.runner.run(lambda _db, _p: import_module("qtawesome"), on_success=show)

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
        self._restore_splitters(view)
        self._mark_rows()
        return view

    # ----- building -------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            self._shortcuts[name] = shortcut
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_[name] = action
        return action

    def install_shortcuts(self) -> None:
        """Set after the first paint (planner.ui.launch) or on attach, once: the first key
        sequence builds every enum of Qt's `Qt` namespace, 12 ms before the first paint."""
        for name, shortcut in self._shortcuts.items():
            self.actions_[name].setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    def _build_actions(self) -> None:
        action = self._action
        files = self.databases
        action("new_database", tr("MainWindow", "&New database…"), files.new_database)
        action("open_database", tr("MainWindow", "&Open database…"), files.open_database,
          QKeySequence.StandardKey.Open)
        action("restore_backup", tr("MainWindow", "Restore from &backup…"), files.restore_backup)
        action("connect_server", tr("MainWindow", "Connect to &server…"), files.connect_server)
        action("calendar_feeds", tr("MainWindow", "Calendar &feeds…"), self._calendar_feeds)
        action("publish_feeds", tr("MainWindow", "&Publish feeds to a folder…"), self._publish_feeds)
        action("export_csv", tr("MainWindow", "Current table as &CSV…"), self.export_current_csv,
          "Ctrl+Shift+E")
        action("quit", tr("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        action("new_item", tr("MainWindow", "&New…"), lambda: self.current_view().new_item(),
          QKeySequence.StandardKey.New)
        action("edit_item", tr("MainWindow", "&Edit…"), lambda: self.current_view().edit_item(),
          "Ctrl+E")
        action("delete_item", tr("MainWindow", "&Delete…"), lambda: self.current_view().delete_item(),
          QKeySequence.StandardKey.Delete)
        action("undo", tr("MainWindow", "&Undo"), lambda: self._context().history.safe_undo(),
          QKeySequence.StandardKey.Undo)
        action("redo", tr("MainWindow", "&Redo"), lambda: self._context().history.safe_redo(),
          "Ctrl+Shift+Z")
        action("find", tr("MainWindow", "&Find"), self.find_in_section,
               QKeySequence.StandardKey.Find)
        action("search_everything", tr("MainWindow", "&Search everything"), self.search_everything,
          "Ctrl+K")
        action("preferences", tr("MainWindow", "&Preferences…"), self._preferences, "Ctrl+,")
        action("refresh", tr("MainWindow", "&Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh)
        for name, text in (("month", tr("MainWindow", "&Month")),
                           ("week", tr("MainWindow", "&Week")),
                           ("agenda", tr("MainWindow", "&Agenda"))):

            def calendar(m: str = name) -> None:
                self._calendar(m)

            action(f"calendar_{name}", text, calendar)
        for number, (key, title, _view) in enumerate(SECTIONS, start=1):

            def section(k: str = key) -> None:
                self.show_section(k)

            action(f"section_{key}", tr("MainWindow", title), section, f"Ctrl+{number}")
        action("user_guide", tr("MainWindow", "&User guide"), self.user_guide,
          QKeySequence.StandardKey.HelpContents)
        action("about", tr("MainWindow", "&About Planner"), self._about)

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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(tr("MainWindow", "&File"))
        file.addAction(self.actions_["new_database"])
        file.addAction(self.actions_["open_database"])
        file.addAction(self.actions_["connect_server"])
        self.recent_menu = file.addMenu(tr("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self.databases.fill_recent)
        file.addAction(self.actions_["restore_backup"])
        file.addSeparator()
        self.import_menu = file.addMenu(tr("MainWindow", "&Import"))
        self.export_menu = file.addMenu(tr("MainWindow", "E&xport"))
        self.export_menu.addAction(self.actions_["export_csv"])
        self.export_menu.addAction(self.actions_["calendar_feeds"])
        file.addAction(self.actions_["publish_feeds"])
        file.addSeparator()
        file.addAction(self.actions_["quit"])
        edit = bar.addMenu(tr("MainWindow", "&Edit"))
        for name in ("undo", "redo", None, "new_item", "edit_item", "delete_item", None, "find",
                     "search_everything", "preferences"):
            edit.addSeparator() if name is None else edit.addAction(self.actions_[name])
        view = bar.addMenu(tr("MainWindow", "&View"))
        for key in KEYS:
            view.addAction(self.actions_[f"section_{key}"])
        view.addSeparator()
        calendar = view.addMenu(tr("MainWindow", "&Calendar"))
        for name in ("month", "week", "agenda"):
            calendar.addAction(self.actions_[f"calendar_{name}"])
        view.addAction(self.actions_["refresh"])
        self.view_menu = view
        help_menu = bar.addMenu(tr("MainWindow", "&Help"))
        self.help_menu = help_menu
        help_menu.addAction(self.actions_["user_guide"])
        help_menu.addAction(self.actions_["about"])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(tr("MainWindow", "Main tool bar"))
        toolbar.setObjectName("main_toolbar")
        for name, tip in (
                ("new_item", tr("MainWindow", "Create a record in this section (an event, a "
                                              "delegation, a person…)")),
                ("edit_item", tr("MainWindow", "Open the selected record in its editor")),
                ("delete_item", tr("MainWindow", "Delete the selected record (you can undo "
                                                 "this)")),
                ("undo", tr("MainWindow", "Take back the last change")),
                ("redo", tr("MainWindow", "Make the change you took back again")),
                ("refresh", tr("MainWindow", "Read this section again from the database")),
                ("export_csv", tr("MainWindow", "Save the table shown as a CSV file for a "
                                                "spreadsheet"))):
            self.actions_[name].setToolTip(tip)
        for shown in ("new_item", "edit_item", "delete_item", None, "undo", "redo", None,
                      "refresh", "export_csv"):
            toolbar.addSeparator() if shown is None else toolbar.addAction(self.actions_[shown])
        self.addToolBar(toolbar)

    def _build_status(self) -> None:
        self.busy = QLabel()
        self.busy.setObjectName("busy_indicator")
        # Said only when work lasts: most jobs take a few milliseconds, and a label that
        # flickers on every click says nothing.
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._still_busy)
        self.statusBar().addPermanentWidget(self.busy)
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.statusBar().addPermanentWidget(self.database_label)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def _show_failure(self, error: BaseException) -> None:
        self._context().show_error(self, error)

    def _show_busy(self, busy: bool) -> None:
        """'Working…' for work that lasts, gone as soon as the worker has nothing left."""
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.clear()

    def _still_busy(self) -> None:
        if self.ctx is not None and not self.ctx.runner.is_idle():
            self.busy.setText(tr("MainWindow", "Working…"))

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

    def _check_revision(self) -> None:
        def seen(revision: int) -> None:
            if self._seen_revision not in (-1, revision):
                self.refresh_current()
            self._seen_revision = revision

        if self.ctx is not None and self.ctx.runner.is_idle():
            self.ctx.runner.run(lambda db, _p: db.revision(), on_success=seen,
                                on_failure=lambda _e: None)

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

    # ----- state ----------------------------------------------------------------------------
    def _restore_frame(self) -> None:
        """The saved geometry and section, before the window is first shown."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.splitter.setSizes([180, 1100])
        self._restore_splitter(self.splitter)  # the views' own are restored when built
        last = str(self.settings.value("window/section", "calendar"))
        self.sidebar.setCurrentRow(KEYS.index(last if last in KEYS else "calendar"))

    def _restore_splitters(self, widget: QWidget) -> None:
        for splitter in widget.findChildren(QSplitter):
            # A pane dragged (or a window narrowed) to nothing is lost to anyone who does not
            # know to find its handle: panes keep their minimum size instead.
            splitter.setChildrenCollapsible(False)
            self._restore_splitter(splitter)

    def _restore_splitter(self, splitter: QSplitter) -> None:
        state = self.settings.value(f"splitters/{splitter.objectName()}")
        if splitter.objectName() and isinstance(state, QByteArray):
            splitter.restoreState(state)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        self.settings.setValue("window/section", self.current_key())
        self.settings.sync()

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
        self._poll.stop()
        self.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        mail = getattr(self, "mail", None)
        if mail is not None and not mail.may_close(event):
            return  # waiting for queued messages: it closes itself when they have gone
        self.save_state()
        self._poll.stop()
        super().closeEvent(event)
