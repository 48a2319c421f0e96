"""Window state and preferences in an INI file beside the default database (PLANNER_HOME moves it)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from planner import config

MAX_RECENT = 8
SNAP_STEPS = (5, 15, 30)  # minutes a drag in the calendar and the timeline snaps to
SNAP_KEY, DEFAULT_SNAP = "calendar/snap_minutes", 15


class SettingsChanges(QObject):
    """Preferences that widgets already shown apply at once."""

    snap_changed = Signal(int)


_changes: SettingsChanges | None = None


def changes() -> SettingsChanges:
    global _changes
    if _changes is None:
        _changes = SettingsChanges()
    return _changes


def app_settings() -> QSettings:
    path = config.data_dir() / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value("recent", [])
    if isinstance(value, str):  # an ini file keeps a list of one as a plain string
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_database(settings: QSettings, url: str) -> None:
    recent = [url] + [r for r in recent_databases(settings) if r != url]
    settings.setValue("recent", recent[:MAX_RECENT])


def saved_sort(table: str) -> tuple[int, Qt.SortOrder] | None:
    """The column and order the user last sorted this table by, if any."""
    value = str(app_settings().value(f"sort/{table}", "") or "")
    column, _space, order = value.partition(" ")
    if not column.isdigit() or order not in ("asc", "desc"):
        return None
    return int(column), (Qt.SortOrder.AscendingOrder if order == "asc"
                         else Qt.SortOrder.DescendingOrder)


def save_sort(table: str, column: int, order: Qt.SortOrder) -> None:
    descending = order == Qt.SortOrder.DescendingOrder
    app_settings().setValue(f"sort/{table}", f"{column} {'desc' if descending else 'asc'}")


def snap_minutes() -> int:
    """The step drags snap to: 5, 15 or 30 minutes (15 unless chosen in Preferences)."""
    try:
        value = int(str(app_settings().value(SNAP_KEY, DEFAULT_SNAP) or DEFAULT_SNAP))
    except ValueError:
        return DEFAULT_SNAP
    return value if value in SNAP_STEPS else DEFAULT_SNAP


def set_snap_minutes(value: int) -> None:
    """Remember the snap step and apply it to the calendar and the timelines shown."""
    if value not in SNAP_STEPS:
        raise ValueError(f"not a snap step: {value}")
    app_settings().setValue(SNAP_KEY, value)
    changes().snap_changed.emit(value)


def restore_splitter(settings: QSettings, splitter: QSplitter) -> None:
    """The pane sizes the user left this splitter with (by its object name)."""
    state = settings.value(f"splitters/{splitter.objectName()}")
    if splitter.objectName() and isinstance(state, QByteArray):
        splitter.restoreState(state)


def keep_panes(settings: QSettings, widget: QWidget) -> None:
    """Every splitter under `widget` as the user left it, its panes never collapsed: a pane
    dragged (or a window narrowed) to nothing is lost to anyone who does not know to find its
    handle, so panes keep their minimum size instead."""
    for splitter in widget.findChildren(QSplitter):
        splitter.setChildrenCollapsible(False)
        restore_splitter(settings, splitter)


def save_window_state(settings: QSettings, window: QWidget, section: str) -> None:
    """The window's geometry, every named splitter under it and the section shown."""
    settings.setValue("window/geometry", window.saveGeometry())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    settings.setValue("window/section", section)
    settings.sync()
