"""Where file dialogs start: the folder last used, else the user's Documents folder.

Qt's dialogs start in the current directory when given a bare name, which for a desktop
application is wherever it was launched from (the program's own folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from planner.ui.settings import app_settings

KEY = "files/last_folder"


def documents_folder() -> Path:
    """The user's Documents folder (home when the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder() -> Path:
    """The folder the user last saved to or opened from, while it exists."""
    last = str(app_settings().value(KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def start_path(suggested: str = "") -> str:
    """A suggested name placed in the start folder; a suggested path is kept as it is."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    folder = start_folder()
    return str(folder / suggested) if suggested else str(folder)


def remember(chosen: str) -> None:
    """Remember the folder of a file the user chose, for the next dialog."""
    settings = app_settings()
    settings.setValue(KEY, str(Path(chosen).parent))
    settings.sync()
