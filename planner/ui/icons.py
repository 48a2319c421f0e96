"""Icons of the sections and the main actions, drawn from qtawesome's Material Design font.

A font icon is drawn at whatever size and device pixel ratio it is painted at, so it stays crisp
at 200 %, and it takes the palette's text colour, so it reads on a light and a dark window
alike (`decorate` again after the palette changes: planner.ui.theme does).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QToolBar, QWidget

# Section key -> icon (the side bar and View > section).
SECTION_ICONS = {
    "calendar": "mdi6.calendar-month",
    "events": "mdi6.calendar-star",
    "delegations": "mdi6.bus-multiple",
    "programmes": "mdi6.school-outline",
    "people": "mdi6.account-multiple",
    "organisations": "mdi6.domain",
    "venues": "mdi6.map-marker",
    "items": "mdi6.handshake",
}

# Object name of an action or button -> icon. Actions and buttons are found by object name, so
# the modules that make them need not know about icons.
ACTION_ICONS = {
    # File
    "new_database": "mdi6.database-plus",
    "open_database": "mdi6.folder-open",
    "connect_server": "mdi6.server-network",
    "restore_backup": "mdi6.backup-restore",
    "quit": "mdi6.exit-to-app",
    "import_ical": "mdi6.calendar-import",
    "import_people": "mdi6.file-import-outline",
    "export_csv": "mdi6.table-arrow-right",
    "calendar_feeds": "mdi6.rss",
    "export_ical_all": "mdi6.calendar-export",
    "export_ical_selected": "mdi6.calendar-export",
    "export_itinerary": "mdi6.file-pdf-box",
    "export_crossing": "mdi6.file-pdf-box",
    "export_sign_in": "mdi6.file-pdf-box",
    "export_attendance": "mdi6.file-pdf-box",
    "export_badges": "mdi6.card-account-details-outline",
    "export_catering": "mdi6.file-pdf-box",
    "export_report": "mdi6.file-pdf-box",
    # Edit
    "new_item": "mdi6.plus-circle-outline",
    "edit_item": "mdi6.pencil",
    "delete_item": "mdi6.delete-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "find": "mdi6.magnify",
    "preferences": "mdi6.cog",
    # View
    "refresh": "mdi6.refresh",
    "calendar_month": "mdi6.calendar-month",
    "calendar_week": "mdi6.calendar-week",
    "calendar_agenda": "mdi6.format-list-bulleted",
    # Help
    "user_guide": "mdi6.book-open-page-variant-outline",
    "about": "mdi6.information-outline",
    # Buttons of the panels: check-in, importing lists, the checks
    "open_check_in": "mdi6.qrcode-scan",
    "check_in": "mdi6.account-check",
    "import_participants": "mdi6.file-import-outline",
    "import_members": "mdi6.file-import-outline",
    "checks_now": "mdi6.check-decagram",
    "print": "mdi6.printer",
}
# The window's actions that show only their icon beside the others' text on the tool bar: their
# text grows with what they undo ("Undo Delete event Cross-boundary IP seminar…").
ICON_ONLY = ("undo", "redo")
# Qt drops "&" and "..." from a tool bar button's text, but not a Chinese "(&N)" mnemonic.
_MNEMONIC = re.compile(r"\(&\w\)|&|…|\.\.\.")


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon `name` (a qtawesome name) in the palette's text colour, greyed when disabled."""
    import qtawesome  # its fonts load on first use: after the window's first paint

    palette = palette or QApplication.palette()
    return qtawesome.icon(
        name, color=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        color_active=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        color_selected=palette.color(QPalette.ColorGroup.Active,
                                     QPalette.ColorRole.HighlightedText))


def action_icon(object_name: str, palette: QPalette | None = None) -> QIcon | None:
    """The icon of an action or button by its object name ('section_events' included)."""
    if object_name.startswith("section_"):
        name = SECTION_ICONS.get(object_name.removeprefix("section_"))
    else:
        name = ACTION_ICONS.get(object_name)
    return icon(name, palette) if name else None


def decorate(root: QWidget, palette: QPalette | None = None) -> None:
    """Give every action and button under `root` that has an icon its icon, in the palette
    given, else root's (a new application palette reaches the widgets only with the events)."""
    palette = palette or root.palette()
    for action in root.findChildren(QAction):
        found = action_icon(action.objectName(), palette)
        if found is not None:
            action.setIcon(found)
            action.setIconVisibleInMenu(True)
            if action.objectName() in ICON_ONLY:
                action.setPriority(QAction.Priority.LowPriority)
    for button in root.findChildren(QAbstractButton):
        found = action_icon(button.objectName(), palette)
        if found is not None:
            button.setIcon(found)


def decorate_sections(sidebar: QListWidget, keys: tuple[str, ...],
                      palette: QPalette | None = None) -> None:
    """An icon before each section's name in the side bar, in the order of `keys`."""
    palette = palette or sidebar.palette()
    for row, key in enumerate(keys):
        item = sidebar.item(row)
        if item is not None:
            item.setIcon(icon(SECTION_ICONS[key], palette))


def decorate_window(window: QWidget, keys: tuple[str, ...],
                    palette: QPalette | None = None) -> None:
    """The main window's actions, buttons, side bar and tool bar (again after a palette change)."""
    decorate(window, palette)
    window.setProperty("section_keys", list(keys))  # for planner.ui.theme, after a change
    sidebar = window.findChild(QListWidget, "sidebar")
    if sidebar is not None:
        decorate_sections(sidebar, keys, palette)
    for toolbar in window.findChildren(QToolBar):
        # Icons with their text beside them, but only the icon of the low-priority ones.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in toolbar.actions():
            if action.objectName() not in ICON_ONLY and action.text():
                action.setIconText(_MNEMONIC.sub("", action.text()).strip())
