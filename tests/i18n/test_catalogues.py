"""The Qt catalogues: complete against the sources, built, loaded with Qt's own for each language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from planner.i18n import catalogue
from planner.ui.language import choose_language, installed_count, qm_path
from tests.i18n.widget_texts import translation_tool

tool = translation_tool()


def test_both_catalogues_are_complete_and_built() -> None:
    """No text of planner/ui is missing or unfinished in either .ts, and each .qm is current
    (runs pyside6-lupdate on copies; fix with `python tools/update_translations.py`)."""
    assert tool.check() == []


def test_the_check_finds_what_is_wrong(tmp_path: Path) -> None:
    for locale in tool.LOCALES:
        for suffix in (".ts", ".qm"):
            source = tool.ts_path(locale).with_suffix(suffix)
            shutil.copyfile(source, tmp_path / source.name)
    broken = tool.ts_path("zh_HK", tmp_path)
    text = broken.read_text(encoding="utf-8")
    text = text.replace("<translation>檔案(&amp;F)</translation>",
                        '<translation type="unfinished"></translation>', 1)
    text = text.replace("<translation>找到 {0} 人</translation>", "<translation>找到人</translation>", 1)
    gone = "<source>&amp;Quit</source>"
    assert gone in text
    text = text.replace(gone, "<source>&amp;Leave</source>", 1)
    broken.write_text(text, encoding="utf-8")
    baseline = set(tool.check())  # whatever the committed files lack (nothing, normally)
    problems = "\n".join(p for p in tool.check(tmp_path) if p not in baseline)
    assert "unfinished: MainWindow: '&File'" in problems
    assert "placeholders differ: PersonPicker: '{0} found'" in problems
    assert "not in the .ts yet: MainWindow: '&Quit'" in problems
    assert "no longer in the sources: MainWindow: '&Leave'" in problems
    assert "planner_zh_HK.qm is stale" in problems
    assert "zh_CN" not in problems  # the untouched catalogue is as good as committed


@pytest.mark.parametrize("locale, file_menu, ok", [("zh_HK", "檔案(&F)", "確定"),
                                                    ("zh_CN", "文件(&F)", "确定")])
def test_language_loads_qt_and_planner_catalogues(language, locale: str, file_menu: str,
                                                  ok: str) -> None:
    assert qm_path(locale).exists()
    language(locale)
    assert installed_count() == 2  # Qt's qtbase (zh_TW for Hong Kong) and Planner's own
    assert QCoreApplication.translate("MainWindow", "&File") == file_menu
    assert QCoreApplication.translate("QPlatformTheme", "OK") == ok
    language("en")
    assert installed_count() == 0
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_language_follows_planner_lang_then_preferences_then_system(monkeypatch) -> None:
    monkeypatch.setenv("PLANNER_LANG", "zh_CN")
    assert choose_language("zh_HK") == "zh_CN"
    monkeypatch.delenv("PLANNER_LANG")
    assert choose_language("zh_HK") == "zh_HK"
    assert choose_language("zh-Hant-TW") == "zh_HK"
    assert choose_language("") in ("en", "zh_HK", "zh_CN")


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_core_messages_are_complete(locale: str) -> None:
    """The core catalogue (messages shown in dialogs) has every message; the full check with
    field labels is tests/unit/test_text_and_messages.py."""
    from planner.domain.messages import MESSAGES

    translated = catalogue(locale)
    assert [m for m in MESSAGES.values() if not translated.get(m)] == []
