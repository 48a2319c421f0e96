"""Light and dark looks: the system's (Qt 6.5+ reports its colour scheme) or the user's choice.

Native styles that follow the system themselves (Windows 11, macOS) keep their own palette;
elsewhere, or when the choice differs from what the style draws, Planner sets Fusion with its
own palette. Icons take the new text colour (planner.ui.icons) and the custom-painted widgets
read palette roles (planner.ui.palette), so everything follows at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.ui.text import QT_TRANSLATE_NOOP

# Stored in the settings as "appearance"; "" follows the system.
APPEARANCES = (("", QT_TRANSLATE_NOOP("PreferencesDialog", "System")),
               ("light", QT_TRANSLATE_NOOP("PreferencesDialog", "Light")),
               ("dark", QT_TRANSLATE_NOOP("PreferencesDialog", "Dark")))
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}

_DARK = {  # role: (active and inactive colour, disabled colour or None for the same)
    "Window": ("#2d2d30", None), "WindowText": ("#e8e8e8", "#7f7f7f"),
    "Base": ("#1f1f22", "#262629"), "AlternateBase": ("#29292c", None),
    "ToolTipBase": ("#3a3a3e", None), "ToolTipText": ("#e8e8e8", None),
    "PlaceholderText": ("#8e8e93", None), "Text": ("#e8e8e8", "#7f7f7f"),
    "Button": ("#3a3a3e", "#303033"), "ButtonText": ("#e8e8e8", "#7f7f7f"),
    "BrightText": ("#ff7b72", None), "Light": ("#555559", None), "Midlight": ("#45454a", None),
    "Mid": ("#38383c", None), "Dark": ("#1a1a1c", None), "Shadow": ("#000000", None),
    "Highlight": ("#3d7cc9", "#4a4a4e"), "HighlightedText": ("#ffffff", "#9a9a9a"),
    "Link": ("#6cb4ff", None), "LinkVisited": ("#c49bff", None),
}
_LIGHT = {
    "Window": ("#efefef", None), "WindowText": ("#000000", "#8c8c8c"),
    "Base": ("#ffffff", "#efefef"), "AlternateBase": ("#f7f7f7", None),
    "ToolTipBase": ("#ffffdc", None), "ToolTipText": ("#000000", None),
    "PlaceholderText": ("#7a7a7a", None), "Text": ("#000000", "#8c8c8c"),
    "Button": ("#efefef", None), "ButtonText": ("#000000", "#8c8c8c"),
    "BrightText": ("#ffffff", None), "Light": ("#ffffff", None), "Midlight": ("#cacaca", None),
    "Mid": ("#b8b8b8", None), "Dark": ("#9f9f9f", None), "Shadow": ("#767676", None),
    "Highlight": ("#308cc6", "#919191"), "HighlightedText": ("#ffffff", "#ffffff"),
    "Link": ("#0000ff", None), "LinkVisited": ("#ff00ff", None),
}
_connected: list[bool] = []


def build_palette(colours: dict[str, tuple[str, str | None]]) -> QPalette:
    palette = QPalette()
    for role_name, (normal, disabled) in colours.items():
        role = getattr(QPalette.ColorRole, role_name)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled or normal))
    return palette


def dark_palette() -> QPalette:
    return build_palette(_DARK)


def light_palette() -> QPalette:
    return build_palette(_LIGHT)


def is_dark(palette: QPalette) -> bool:
    """Light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < \
        palette.color(QPalette.ColorRole.WindowText).lightness()


def wants_dark(app: QApplication, choice: str) -> bool:
    if choice in SCHEMES:
        return choice == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def current_appearance(app: QApplication) -> str:
    return str(app.property("planner_appearance") or "")


def apply_appearance(app: QApplication, choice: str) -> None:
    """Switch the whole application to the system's look ('') or 'light' or 'dark', at once."""
    choice = choice if choice in SCHEMES else ""
    app.setProperty("planner_appearance", choice)
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native styles that can, follow the choice
        hints.setColorScheme(SCHEMES.get(choice, Qt.ColorScheme.Unknown))
    dark = wants_dark(app, choice)
    native = app.style().standardPalette()
    if is_dark(native) == dark:
        palette = native
    else:
        if app.style().name().lower() != "fusion":  # a native style may ignore a dark palette
            app.setStyle("Fusion")
        palette = dark_palette() if dark else light_palette()
    app.setPalette(palette)
    _recolour_icons(app)
    if not _connected:  # the system switching between light and dark while Planner runs
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        _connected.append(True)


def _follow_system(app: QApplication) -> None:
    if current_appearance(app) == "":
        apply_appearance(app, "")


def _recolour_icons(app: QApplication) -> None:
    from planner.ui.icons import decorate, decorate_window

    palette = app.palette()
    for widget in app.topLevelWidgets():
        keys = widget.property("section_keys")
        if keys:
            decorate_window(widget, tuple(keys), palette)
        else:
            decorate(widget, palette)
