"""Light and dark palettes: chosen in Preferences, applied at once, read by the painted widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from planner.ui import theme
from planner.ui.palette import outside_fill
from planner.ui.theme import current_appearance, is_dark
from planner.ui.widgets.month_grid import HEADER, MonthGrid
from planner.ui.widgets.timeline import Timeline


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    theme.apply_appearance(app, "")  # the next tests get the system's (light, offscreen) look back


def apply_appearance(app: QApplication, choice: str) -> None:
    """Switch, and let the new palette reach the widgets (it travels by events)."""
    theme.apply_appearance(app, choice)
    QApplication.processEvents()


def role(widget, name: str):
    return widget.palette().color(getattr(QPalette.ColorRole, name))


def test_dark_gives_a_dark_window_with_light_text_and_back(app, window) -> None:
    apply_appearance(app, "dark")
    assert current_appearance(app) == "dark"
    assert role(window, "Window").lightness() < 80 and role(window, "WindowText").lightness() > 200
    assert role(window.sidebar, "Base").lightness() < 80
    # The tool bar's icons were redrawn in the light text colour.
    image = window.actions_["refresh"].icon().pixmap(32, 32).toImage()
    inked = [image.pixelColor(x, y) for x in range(32) for y in range(32)
             if image.pixelColor(x, y).alpha() == 255]
    assert inked and min(c.lightness() for c in inked) > 200
    apply_appearance(app, "light")
    assert not is_dark(window.palette())
    assert role(window, "Window").lightness() > 200 and role(window, "WindowText").lightness() < 60


def test_painted_widgets_use_the_palette(app, qtbot) -> None:
    apply_appearance(app, "dark")
    grid = MonthGrid()
    qtbot.addWidget(grid)
    grid.resize(700, 500)
    grid.set_month(date(2017, 5, 1), [])  # starts on Monday 1 May; 4 June is in the last row
    image = grid.grab().toImage()
    cell_w, cell_h = 700 / 7, (500 - HEADER) / 6
    inside = image.pixelColor(int(cell_w * 2.5), int(HEADER + cell_h * 2.6))
    outside = image.pixelColor(int(cell_w * 5.5), int(HEADER + cell_h * 5.6))
    assert inside == grid.palette().color(QPalette.ColorRole.Base)
    assert inside.lightness() < 60
    assert outside.name() == outside_fill(grid.palette()).name() and outside != inside
    assert outside.lightness() < 80  # not the light grey the light look uses
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(400, 400)
    timeline.set_blocks([date(2017, 5, 17)], [])
    assert timeline.grab().toImage().pixelColor(300, 380) == \
        timeline.palette().color(QPalette.ColorRole.Base)


def test_preferences_remember_the_appearance_and_apply_it_at_once(app, window, dialogs) -> None:
    window.actions_["preferences"].trigger()
    prefs = dialogs.last("preferences_dialog")
    prefs.appearance.setCurrentIndex(prefs.appearance.findData("dark"))
    prefs.save()
    QApplication.processEvents()
    assert window.settings.value("appearance") == "dark"
    assert is_dark(window.palette())
    window.actions_["preferences"].trigger()
    again = dialogs.last("preferences_dialog")
    assert again.appearance.currentData() == "dark"  # remembered
    again.appearance.setCurrentIndex(again.appearance.findData(""))
    again.save()
    QApplication.processEvents()
    assert window.settings.value("appearance") == "" and not is_dark(window.palette())
