"""Names sorted as each interface language's readers expect."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from planner.ui.sorting import name_key, sort_key, sorted_by


@pytest.fixture
def script(qapp: QApplication) -> Iterator[object]:
    def use(locale: str) -> None:
        qapp.setProperty("planner_locale", locale)

    yield use
    qapp.setProperty("planner_locale", None)


def test_each_language_has_its_order(script) -> None:
    names = ["廣州", "中山", "東莞"]
    script("zh_HK")  # by strokes: 中 (4), 東 (8), 廣 (15)
    assert sorted_by(names, lambda n: n) == ["中山", "東莞", "廣州"]
    script("zh_CN")  # by pinyin: dong, guang, zhong
    assert sorted_by(["广州", "中山", "东莞"], lambda n: n) == ["东莞", "广州", "中山"]
    script("en")
    assert sorted_by(["b-side", "Alpha", "ángel"], lambda n: n) == ["Alpha", "ángel", "b-side"]


def test_a_name_sorts_by_the_script_shown_first(script) -> None:
    script("en")
    assert name_key("Zhongshan", "中山", "中山") > name_key("Dongguan", "東莞", "东莞")
    script("zh_HK")
    assert name_key("Zhongshan", "中山", "中山") < name_key("Dongguan", "東莞", "东莞")
    assert sort_key(None) == sort_key("")
