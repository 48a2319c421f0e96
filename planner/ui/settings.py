"""Window state and preferences in an INI file beside the default database (PLANNER_HOME moves it)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from planner import config

MAX_RECENT = 8


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
