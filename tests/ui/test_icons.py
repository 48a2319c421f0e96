"""Icons of the sections and main actions: present, in the palette's text colour, crisp at 200 %."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette

from planner.ui.icons import ACTION_ICONS, SECTION_ICONS, icon
from planner.ui.sections import KEYS

MAIN_ACTIONS = ("new_database", "open_database", "connect_server", "new_item", "edit_item",
                "delete_item", "undo", "redo", "find", "refresh", "export_csv", "calendar_feeds",
                "preferences", "about", "quit", "import_people", "import_ical", "export_report",
                "export_sign_in", "export_ical_all")


def test_every_section_and_main_action_has_an_icon(window) -> None:
    assert set(SECTION_ICONS) == set(KEYS)
    for row, key in enumerate(KEYS):
        assert not window.sidebar.item(row).icon().isNull(), key
        assert not window.actions_[f"section_{key}"].icon().isNull(), key
    actions = {**window.actions_, **window.exports.actions}
    for name in MAIN_ACTIONS:
        assert not actions[name].icon().isNull(), name
    assert not window.checks.check_now.icon().isNull()
    events = window.show_section("events")
    door = events.findChild(type(window.checks.check_now), "open_check_in")
    assert door is not None and not door.icon().isNull()


def test_icons_take_the_text_colour_and_stay_sharp_at_200_percent(qtbot) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff0000"))
    drawn = icon(ACTION_ICONS["undo"], palette).pixmap(QSize(24, 24), 2.0)
    assert drawn.width() == 48 and drawn.devicePixelRatio() == 2.0  # drawn for 2x, not scaled up
    image = drawn.toImage()
    inked = [image.pixelColor(x, y) for x in range(48) for y in range(48)
             if image.pixelColor(x, y).alpha() == 255]
    assert inked, "the icon drew nothing"
    assert all(c.red() == 255 and c.green() == 0 and c.blue() == 0 for c in inked)

