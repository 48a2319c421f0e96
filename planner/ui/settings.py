"""Window state and preferences in an INI file beside the default database (PLANNER_HOME moves it)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from planner import config

MAX_RECENT = 8


def app_settings() -> QSettings:
    path = config.data_dir() / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember_database(settings: QSettings, url: str) -> None:
    recent = [url] + [r for r in recent_databases(settings) if r != url]
    settings.setValue("recent", recent[:MAX_RECENT])
