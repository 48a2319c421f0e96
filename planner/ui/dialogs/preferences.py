"""Preferences: the interface language (the window is rebuilt in it at once) and, with a
database open, the mail settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.ui.language import system_language
from planner.ui.text import tr, ui_script

# Each language is named in itself, so anyone can find their own; only "System" is translated.
LANGUAGES = (("", QT_TRANSLATE_NOOP("PreferencesDialog", "System language")), ("en", "English"),
             ("zh_HK", "繁體中文（香港）"), ("zh_CN", "简体中文"))


class PreferencesDialog(QDialog):
    language_chosen = Signal(str)  # on OK, when the interface should change language

    def __init__(self, settings: QSettings, parent: QWidget | None = None,
                 mail: Any = None) -> None:
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
        form.addRow(QLabel(tr("PreferencesDialog", "The window is rebuilt in the new language; "
                             "the undo history starts afresh.")))
        # The mail settings (planner.ui.mail.settings_panel), when a database is open.
        self.mail = mail
        if mail is not None:
            form.addRow(mail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        if self.mail is not None and self.mail.changed():
            self.mail.save(self._save_language)  # accepted once the settings are stored
            return
        self._save_language()

    def _save_language(self) -> None:
        chosen = str(self.language.currentData() or "")
        self.settings.setValue("language", chosen)
        self.settings.sync()
        self.accept()
        if (chosen or system_language()) != ui_script():
            self.language_chosen.emit(chosen)
