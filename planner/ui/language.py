"""The interface language: Qt's own and Planner's translations, QLocale, bilingual name order.

Planner's translations are Qt .ts sources in resources/i18n/qt, built to the .qm files beside
them by tools/update_translations.py (the .qm files are committed, so a fresh clone needs no
build step). Qt ships no qtbase catalogue for zh_HK, so Hong Kong gets Qt's zh_TW strings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.config import resources_dir
from planner.i18n import normalise_locale
from planner.ui.formats import qt_locale

QTBASE = {"zh_HK": "zh_TW", "zh_CN": "zh_CN"}
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "i18n" / "qt"


def qm_path(locale: str) -> Path:
    return translations_dir() / f"planner_{locale}.qm"


def system_language() -> str:
    """The language the desktop runs in: its preferred UI language, else its locale."""
    system = QLocale.system()
    preferred = system.uiLanguages()
    return normalise_locale(preferred[0] if preferred else system.name())


def choose_language(saved: str | None) -> str:
    """PLANNER_LANG (for one run), else the Preferences choice, else the system's language."""
    return normalise_locale(os.environ.get("PLANNER_LANG") or saved or system_language())


def apply_language(app: QCoreApplication, locale: str) -> None:
    """Switch the whole interface to 'en', 'zh_HK' or 'zh_CN' (replacing earlier translators).

    Widgets built afterwards speak the new language; QLocale's default changes too, so date
    editors, calendar pop-ups and number fields follow.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    app.setProperty("planner_locale", locale)
    QLocale.setDefault(qt_locale(locale))
    if locale not in QTBASE:
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{QTBASE[locale]}", qt_dir),
                         (qm_path(locale).stem, str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def installed_count() -> int:
    """How many translators apply_language installed (tests check both catalogues loaded)."""
    return len(_installed)
