"""Windows built in a chosen language, and the language put back to English afterwards.

Translators, QLocale's default and the "planner_locale" property are process-wide, so every
fixture here restores them: the GUI tests that run later must see English.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from planner.store.database import open_database  # noqa: E402
from planner.ui.app import Controller  # noqa: E402
from planner.ui.language import apply_language  # noqa: E402
from tests.conftest import copy_database  # noqa: E402

# The GUI tests' leak check (tests/ui/leaks.py) applies to these windows too.
from tests.ui.conftest import FakeDialogs, settle  # noqa: E402  # noqa: E402, F401


class RecordingDialogs(FakeDialogs):
    """FakeDialogs that also keep the questions asked, to check their language."""

    def __init__(self) -> None:
        super().__init__()
        self.questions: list[tuple[str, str]] = []

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append((title, text))
        return False  # look, but never delete


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Call with 'en', 'zh_HK' or 'zh_CN' to switch the interface language for this test."""
    saved = QLocale()

    def switch(locale: str) -> None:
        apply_language(qapp, locale)

    yield switch
    apply_language(qapp, "en")
    qapp.setProperty("planner_locale", None)
    QLocale.setDefault(saved)


@pytest.fixture
def open_window(qtbot: Any, demo_template: Path, tmp_path: Path,
                language: Callable[[str], None]) -> Iterator[Callable[[str], Controller]]:
    """Build the main window on a fresh copy of the demo in a language (as app.run() does)."""
    controllers: list[Controller] = []

    def build(locale: str) -> Controller:
        language(locale)
        path = copy_database(demo_template, tmp_path / f"demo-{locale}-{len(controllers)}.sqlite")
        controller = Controller(RecordingDialogs(), locale)
        # Not handed to qtbot: switching language replaces (and deletes) the window;
        # controller.stop() closes whichever window is current.
        window = controller.start(open_database(str(path)))
        window.show()
        settle(controller)
        controllers.append(controller)
        return controller

    yield build
    for controller in controllers:
        if controller.window is not None:
            # Emptied while the window's Undo/Redo actions still exist: emptying it later, when
            # Python frees it, would signal actions Qt has already deleted.
            controller.window.ctx.history.clear()
        controller.stop()
