"""Preferences, in tabs: General (the interface language, the window rebuilt in it at once; the
appearance, system, light or dark, applied at once; the step drags in the calendar snap to); Calendar feeds (the database's feed address
and UID domain, the same settings as `feeds settings` on the command line, each change undoable);
Mail (with a database open: planner.ui.mail.settings_panel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.feeds.tokens import example_settings
from planner.operations.calendar_feeds import set_calendar_setting
from planner.store.calendar_queries import calendar_settings
from planner.ui.context import UiContext
from planner.ui.language import system_language
from planner.ui.settings import SNAP_STEPS, set_snap_minutes, snap_minutes
from planner.ui.text import QT_TRANSLATE_NOOP, tr, ui_script
from planner.ui.theme import APPEARANCES, apply_appearance, current_appearance

# Each language is named in itself, so anyone can find their own; only "System" is translated.
LANGUAGES = (("", QT_TRANSLATE_NOOP("PreferencesDialog", "System language")), ("en", "English"),
             ("zh_HK", "繁體中文（香港）"), ("zh_CN", "简体中文"))


class PreferencesDialog(QDialog):
    language_chosen = Signal(str)  # on OK, when the interface should change language

    def __init__(self, settings: QSettings, parent: QWidget | None = None,
                 ctx: UiContext | None = None, mail: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: dict[str, str] = {}
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(tr("PreferencesDialog", "Preferences"))
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(tr("PreferencesDialog", name) if code == "" else name, code)
        current = str(settings.value("language", ""))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferences_tabs")
        general = QWidget()
        form = QFormLayout(general)
        self.tabs.addTab(general, tr("PreferencesDialog", "General"))
        form.addRow(tr("PreferencesDialog", "&Language"), self.language)
        form.addRow(QLabel(tr("PreferencesDialog", "The window is rebuilt in the new language "
                             "on the same section and record; Undo and Redo go on as before "
                             "(steps already done keep the language they were done in).")))
        self.appearance = QComboBox()
        self.appearance.setObjectName("appearance")
        for code, name in APPEARANCES:
            self.appearance.addItem(tr("PreferencesDialog", name), code)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(
            str(settings.value("appearance", "") or ""))))
        form.addRow(tr("PreferencesDialog", "&Appearance"), self.appearance)
        self.snap = QComboBox()
        self.snap.setObjectName("snap_minutes")
        for minutes in SNAP_STEPS:
            self.snap.addItem(tr("PreferencesDialog", "{0} minutes").format(minutes), minutes)
        self.snap.setCurrentIndex(max(0, self.snap.findData(snap_minutes())))
        self.snap.setToolTip(tr("PreferencesDialog", "Times dragged in the calendar's week view "
                                "and a delegation's timeline snap to this step; hold Alt to "
                                "drag without snapping"))
        form.addRow(tr("PreferencesDialog", "&Drag times in steps of"), self.snap)
        self.feed_edits: dict[str, QLineEdit] = {}
        if ctx is not None:
            feeds = QWidget()
            self._feed_rows(QFormLayout(feeds), ctx)
            self.tabs.addTab(feeds, tr("PreferencesDialog", "Calendar feeds"))
        # The mail settings (planner.ui.mail.settings_panel), when a database is open.
        self.mail = mail
        if mail is not None:
            self.tabs.addTab(mail, tr("PreferencesDialog", "Mail"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _feed_rows(self, form: QFormLayout, ctx: UiContext) -> None:
        for key, label, tip in (
                ("feed_base_url", tr("PreferencesDialog", "Feeds' &address:"),
                 tr("PreferencesDialog", "Where the published feed files can be fetched, "
                    "ending with /, e.g. https://calendar.example.org/feeds/")),
                ("uid_domain", tr("PreferencesDialog", "&UID domain:"),
                 tr("PreferencesDialog", "Your organisation's domain: calendar apps tell "
                    "events apart by it. Change it before anyone subscribes."))):
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setToolTip(tip)
            edit.textChanged.connect(lambda _t: self._warn())
            self.feed_edits[key] = edit
            form.insertRow(form.rowCount(), label, edit)
        self.feed_warning = QLabel()
        self.feed_warning.setObjectName("feed_settings_warning")
        self.feed_warning.setWordWrap(True)
        form.insertRow(form.rowCount(), self.feed_warning)
        self.feed_error = QLabel()
        self.feed_error.setObjectName("feed_settings_error")
        self.feed_error.setWordWrap(True)
        form.insertRow(form.rowCount(), self.feed_error)
        ctx.runner.read(calendar_settings, on_success=self._loaded)

    def _loaded(self, values: dict[str, str]) -> None:
        self.loaded = dict(values)
        for key, edit in self.feed_edits.items():
            edit.setText(values.get(key, ""))

    def _warn(self) -> None:
        shown = {key: edit.text().strip() for key, edit in self.feed_edits.items()}
        self.feed_warning.setText(tr(
            "PreferencesDialog", "⚠ These are still the example settings: feed links made with "
            "them reach nobody.") if example_settings(shown) else "")

    def save(self) -> None:
        """The feed settings first (each an undoable change), then the mail settings, then the
        language and the appearance."""
        changed = [(key, edit.text().strip()) for key, edit in self.feed_edits.items()
                   if self.loaded and edit.text().strip() != self.loaded.get(key)]
        self._save_feeds(changed)

    def _save_feeds(self, changed: list[tuple[str, str]]) -> None:
        if not changed or self.ctx is None:
            self._save_mail()
            return
        key, value = changed[0]

        def failed(error: BaseException) -> None:
            assert self.ctx is not None
            self.feed_error.setText(self.ctx.message(error))

        def done(_outcome: Any) -> None:
            self.loaded[key] = value
            self._save_feeds(changed[1:])

        self.ctx.perform(tr("PreferencesDialog", "Change feed settings"), set_calendar_setting,
                         key, value, on_done=done, on_error=failed, parent=self)

    def _save_mail(self) -> None:
        if self.mail is not None and self.mail.changed():
            self.mail.save(self._save_language)  # accepted once the settings are stored
            return
        self._save_language()

    def _save_language(self) -> None:
        chosen = str(self.language.currentData() or "")
        self.settings.setValue("language", chosen)
        look = str(self.appearance.currentData() or "")
        self.settings.setValue("appearance", look)
        self.settings.sync()
        if int(self.snap.currentData()) != snap_minutes():
            set_snap_minutes(int(self.snap.currentData()))
        self.accept()
        app = QApplication.instance()
        if isinstance(app, QApplication) and look != current_appearance(app):
            apply_appearance(app, look)
        if (chosen or system_language()) != ui_script():
            self.language_chosen.emit(chosen)
