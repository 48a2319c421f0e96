"""The main window's actions, menus and tool bar: what each command is called, its shortcut,
and where it is shown. The window (planner.ui.main_window) gives what each command does.

Shortcuts are set after the first paint (`install_shortcuts`): the first key sequence builds
every enum of Qt's `Qt` namespace, 12 ms before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from planner.ui.sections import KEYS, SECTIONS
from planner.ui.text import QT_TRANSLATE_NOOP, tr

Shortcut = QKeySequence.StandardKey | str
Standard = QKeySequence.StandardKey

# name, text, shortcut: the window's commands in the order of their menus.
ACTIONS: tuple[tuple[str, str, Shortcut | None], ...] = (
    ("new_database", QT_TRANSLATE_NOOP("MainWindow", "&New database…"), None),
    ("open_database", QT_TRANSLATE_NOOP("MainWindow", "&Open database…"), Standard.Open),
    ("restore_backup", QT_TRANSLATE_NOOP("MainWindow", "Restore from &backup…"), None),
    ("connect_server", QT_TRANSLATE_NOOP("MainWindow", "Connect to &server…"), None),
    ("calendar_feeds", QT_TRANSLATE_NOOP("MainWindow", "Calendar &feeds…"), None),
    ("publish_feeds", QT_TRANSLATE_NOOP("MainWindow", "&Publish feeds to a folder…"), None),
    ("export_csv", QT_TRANSLATE_NOOP("MainWindow", "Current table as &CSV…"), "Ctrl+Shift+E"),
    ("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), Standard.Quit),
    ("new_item", QT_TRANSLATE_NOOP("MainWindow", "&New…"), Standard.New),
    ("edit_item", QT_TRANSLATE_NOOP("MainWindow", "&Edit…"), "Ctrl+E"),
    ("delete_item", QT_TRANSLATE_NOOP("MainWindow", "&Delete…"), Standard.Delete),
    ("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), Standard.Undo),
    ("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "Ctrl+Shift+Z"),
    ("find", QT_TRANSLATE_NOOP("MainWindow", "&Find"), Standard.Find),
    ("search_everything", QT_TRANSLATE_NOOP("MainWindow", "&Search everything"), "Ctrl+K"),
    ("preferences", QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"), "Ctrl+,"),
    ("refresh", QT_TRANSLATE_NOOP("MainWindow", "&Refresh"), Standard.Refresh),
    ("calendar_month", QT_TRANSLATE_NOOP("MainWindow", "&Month"), None),
    ("calendar_week", QT_TRANSLATE_NOOP("MainWindow", "&Week"), None),
    ("calendar_agenda", QT_TRANSLATE_NOOP("MainWindow", "&Agenda"), None),
    *((f"section_{key}", title, f"Ctrl+{number}")
      for number, (key, title, _view) in enumerate(SECTIONS, start=1)),
    ("user_guide", QT_TRANSLATE_NOOP("MainWindow", "&User guide"), Standard.HelpContents),
    ("about", QT_TRANSLATE_NOOP("MainWindow", "&About Planner"), None),
)
CALENDAR_MODES = ("month", "week", "agenda")

# The tool bar: commands and separators (None), with what each button's tooltip says.
TOOLBAR: tuple[str | None, ...] = ("new_item", "edit_item", "delete_item", None, "undo", "redo",
                                   None, "refresh", "export_csv")
TOOLTIPS = {
    "new_item": QT_TRANSLATE_NOOP("MainWindow", "Create a record in this section (an event, a "
                                                "delegation, a person…)"),
    "edit_item": QT_TRANSLATE_NOOP("MainWindow", "Open the selected record in its editor"),
    "delete_item": QT_TRANSLATE_NOOP("MainWindow", "Delete the selected record (you can undo "
                                                   "this)"),
    "undo": QT_TRANSLATE_NOOP("MainWindow", "Take back the last change"),
    "redo": QT_TRANSLATE_NOOP("MainWindow", "Make the change you took back again"),
    "refresh": QT_TRANSLATE_NOOP("MainWindow", "Read this section again from the database"),
    "export_csv": QT_TRANSLATE_NOOP("MainWindow", "Save the table shown as a CSV file for a "
                                                  "spreadsheet"),
}


@dataclass(frozen=True)
class Menus:
    """The menus other parts of the window fill or open (recent databases, imports, exports,
    the Checks panel's toggle, the Mail menu placed before Help)."""

    recent: QMenu
    imports: QMenu
    exports: QMenu
    view: QMenu
    help: QMenu


def build_actions(owner: QObject, slots: Mapping[str, Callable[[], object]]
                  ) -> tuple[dict[str, QAction], dict[str, Shortcut]]:
    """Every command as a QAction named for it, calling `slots[name]`; and the shortcuts, to
    set with `install_shortcuts` once the window has painted."""
    actions: dict[str, QAction] = {}
    shortcuts: dict[str, Shortcut] = {}
    for name, text, shortcut in ACTIONS:
        action = QAction(tr("MainWindow", text), owner)
        action.setObjectName(name)
        slot = slots[name]
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        if shortcut is not None:
            shortcuts[name] = shortcut
        if name in TOOLTIPS:
            action.setToolTip(tr("MainWindow", TOOLTIPS[name]))
        actions[name] = action
    return actions, shortcuts


def install_shortcuts(actions: Mapping[str, QAction], shortcuts: dict[str, Shortcut]) -> None:
    """Set the shortcuts (once: the mapping is emptied)."""
    for name, shortcut in shortcuts.items():
        actions[name].setShortcut(QKeySequence(shortcut))
    shortcuts.clear()


def build_menus(bar: QMenuBar, actions: Mapping[str, QAction]) -> Menus:
    file = bar.addMenu(tr("MainWindow", "&File"))
    for name in ("new_database", "open_database", "connect_server"):
        file.addAction(actions[name])
    recent = file.addMenu(tr("MainWindow", "Open &recent"))
    file.addAction(actions["restore_backup"])
    file.addSeparator()
    imports = file.addMenu(tr("MainWindow", "&Import"))
    exports = file.addMenu(tr("MainWindow", "E&xport"))
    exports.addAction(actions["export_csv"])
    exports.addAction(actions["calendar_feeds"])
    file.addAction(actions["publish_feeds"])
    file.addSeparator()
    file.addAction(actions["quit"])
    edit = bar.addMenu(tr("MainWindow", "&Edit"))
    for entry in ("undo", "redo", None, "new_item", "edit_item", "delete_item", None, "find",
                  "search_everything", "preferences"):
        edit.addSeparator() if entry is None else edit.addAction(actions[entry])
    view = bar.addMenu(tr("MainWindow", "&View"))
    for key in KEYS:
        view.addAction(actions[f"section_{key}"])
    view.addSeparator()
    calendar = view.addMenu(tr("MainWindow", "&Calendar"))
    for mode in CALENDAR_MODES:
        calendar.addAction(actions[f"calendar_{mode}"])
    view.addAction(actions["refresh"])
    help_menu = bar.addMenu(tr("MainWindow", "&Help"))
    help_menu.addAction(actions["user_guide"])
    help_menu.addAction(actions["about"])
    return Menus(recent=recent, imports=imports, exports=exports, view=view, help=help_menu)


def build_toolbar(actions: Mapping[str, QAction]) -> QToolBar:
    toolbar = QToolBar(tr("MainWindow", "Main tool bar"))
    toolbar.setObjectName("main_toolbar")
    for shown in TOOLBAR:
        toolbar.addSeparator() if shown is None else toolbar.addAction(actions[shown])
    return toolbar
