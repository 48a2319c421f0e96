"""Every document word is translated; names sort the way Hong Kong and Guangdong expect."""

from __future__ import annotations

import pytest

from planner.exports.pdf.collation import NameOrder, name_key, strokes
from planner.exports.pdf.labels import ALL_LABELS, english_texts
from planner.exports.pdf.words import Lang, Words
from planner.i18n import catalogue


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_every_document_label_is_translated(locale: str) -> None:
    translated = catalogue(locale)
    missing = [text for text in english_texts() if not translated.get(text)]
    assert missing == []


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_translations_keep_their_placeholders(locale: str) -> None:
    translated = catalogue(locale)
    for text in english_texts():
        for name in ("{page}", "{total}", "{number}", "{count}", "{span}", "{date}"):
            assert (name in text) == (name in translated[text]), (text, translated[text])


def test_words_in_each_language() -> None:
    assert Words(Lang.EN).label("signature") == "Signature"
    assert Words(Lang.ZH_HK).label("signature") == "簽名"
    assert Words(Lang.ZH_CN).label("signature") == "签名"
    assert Words(Lang.BI).label("signature", "\n") == "Signature\n簽名"
    assert Words(Lang.ZH_CN).label("page_of", page=2, total=9) == "第 2 页，共 9 页"
    assert set(ALL_LABELS) >= {"doc.sign_in", "itinerary.boundary_crossing", "document.hkid"}


def test_data_text_in_the_chosen_script() -> None:
    en, hant, hans = "Customs", "海關", "海关"
    assert Words(Lang.EN).pick(en, hant, hans) == "Customs"
    assert Words(Lang.ZH_HK).pick(en, hant, hans) == "海關"
    assert Words(Lang.ZH_CN).pick(en, hant, hans) == "海关"
    assert Words(Lang.BI).pick(en, hant, hans, " ") == "Customs 海關"
    assert Words(Lang.ZH_CN).pick(en, hant, None) == "海關"  # falls back, never converts
    assert Words(Lang.ZH_HK).pick(None, None, None) == ""


def _sorted(order: NameOrder, names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: name_key(order, None, n))


def test_hong_kong_stroke_order_of_common_surnames() -> None:
    # 王 4, 何吳李 7, 周林 8, 范 9 (艹 four strokes), 張梁許連陳陸麥 11 (阝 three strokes,
    # ties by radical), 馮黃 12, 楊葉 13, 劉蔡鄭 15, 鍾 17: as Hong Kong name lists print them.
    shuffled = list("鍾鄭蔡劉葉楊黃馮麥陸陳連許梁張范林周李吳何王")
    assert "".join(_sorted(NameOrder.STROKE, shuffled)) == "王何吳李周林范張梁許連陳陸麥馮黃楊葉劉蔡鄭鍾"
    assert (strokes("陳"), strokes("連"), strokes("范"), strokes("鄭")) == (11, 11, 9, 15)


def test_stroke_order_goes_character_by_character() -> None:
    names = ["陳大文", "陳小明", "王大文", "陳大", "李四"]
    assert _sorted(NameOrder.STROKE, names) == ["王大文", "李四", "陳大", "陳大文", "陳小明"]


def test_guangdong_pinyin_order_with_surname_readings() -> None:
    names = ["赵六", "张三", "曾志伟", "王五", "单田芳", "罗伟", "吕芳", "李四", "程小明", "陈大文",
             "区伟", "欧阳修", "仇英", "解缙"]
    assert _sorted(NameOrder.PINYIN, names) == [
        "陈大文", "程小明", "李四", "吕芳", "罗伟", "区伟", "欧阳修", "仇英", "单田芳", "王五",
        "解缙", "曾志伟", "张三", "赵六"]


def test_pinyin_reads_traditional_names_too() -> None:
    assert _sorted(NameOrder.PINYIN, ["張三", "陳大文", "區偉"]) == ["陳大文", "區偉", "張三"]


def test_english_order_ignores_case_accents_and_punctuation() -> None:
    names = ["Winnie Chan", "chan tai-man", "ÁLVAREZ José", "CHAN Siu-ming"]
    key = lambda n: name_key(NameOrder.ENGLISH, n, None)  # noqa: E731
    assert sorted(names, key=key) == ["ÁLVAREZ José", "CHAN Siu-ming", "chan tai-man",
                                      "Winnie Chan"]


def test_people_without_chinese_names_go_last_in_chinese_orders() -> None:
    people = [("Zed Smith", None), ("Amy Wong", "黃艾美"), (None, "王五")]
    ordered = sorted(people, key=lambda p: name_key(NameOrder.STROKE, *p))
    assert ordered == [(None, "王五"), ("Amy Wong", "黃艾美"), ("Zed Smith", None)]
