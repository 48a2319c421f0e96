"""Preferences: the interface language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.ui.text import tr

LANGUAGES = (("", "System"), ("en", "English"), ("zh_HK", "繁體中文（香港）"), ("zh_CN", "简体中文"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(tr("PreferencesDialog", "Preferences"))
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(tr("PreferencesDialog", name) if code == "" else name, code)
        current = str(settings.value("language", ""))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form = QFormLayout(self)
        form.addRow(tr("PreferencesDialog", "&Language"), self.language)
        form.addRow(QLabel(tr("PreferencesDialog", "The language changes at the next start.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        self.settings.setValue("language", self.language.currentData())
        self.settings.sync()
        self.accept()
