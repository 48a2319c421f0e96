"""What the layout tests measure, in the test process or (200 % scaling) in a subprocess:
`python -m tests.ui.layout_probe DATABASE LANG` prints one JSON line per section."""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QSplitter, QToolBar

SIZE = (1024, 700)


def clipped_buttons(window: Any) -> list[str]:
    """Buttons shown narrower than their text and icon need (those a tool bar moved into its
    overflow menu are hidden, so not counted)."""
    out = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.objectName() == "qt_toolbar_ext_button":
            continue
        if isinstance(button.parent(), QLineEdit):  # Qt's own clear button: an icon only, which
            continue  # the line edit sizes to its icon (16 px in 22), whatever its size hint says
        if button.width() < button.sizeHint().width():
            out.append(f"{button.text() or button.toolTip()[:30]!r} "
                       f"{button.width()} < {button.sizeHint().width()}")
    return out


def measure(window: Any, settle: Any, key: str) -> dict[str, Any]:
    """Show a section in a window of SIZE; what fits and what does not."""
    view = window.show_section(key)
    settle()
    window.resize(*SIZE)
    settle()
    splitters = {s.objectName(): s.sizes() for s in view.findChildren(QSplitter)
                 if s.isVisible() and s.objectName()}
    minimum = window.minimumSizeHint()
    toolbar = window.findChild(QToolBar, "main_toolbar")
    return {"key": key, "width": window.width(), "height": window.height(),
            "min_width": minimum.width(), "min_height": minimum.height(),
            "clipped": clipped_buttons(window), "splitters": splitters,
            "toolbar_width": toolbar.width(),
            "dpr": window.grab().devicePixelRatio(), "grab": window.grab().size().toTuple()}


def main(database: str, lang: str) -> int:
    from planner.store.database import open_database
    from planner.ui.app import Controller
    from planner.ui.launch import install_translators
    from planner.ui.sections import KEYS

    app = QApplication([])
    install_translators(app, lang)
    controller = Controller(locale=lang)
    window = controller.start(open_database(database))
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        for _ in range(6):
            assert controller.runner is not None and controller.runner.wait_idle()
            app.processEvents()

    settle()
    for key in KEYS:
        print(json.dumps(measure(window, settle, key)), flush=True)
    controller.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
