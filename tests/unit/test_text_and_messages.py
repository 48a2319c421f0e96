from __future__ import annotations

import pytest

from planner.domain.errors import Problem, ValidationError
from planner.domain.messages import FIELD_LABELS, MESSAGES
from planner.domain.text import clean, fold, search_key
from planner.domain.validation import Rules
from planner.i18n import catalogue, normalise_locale, render


def test_fold_ignores_case_spaces_and_punctuation_but_keeps_characters() -> None:
    assert fold("CHAN  Tai-man") == "chantaiman"
    assert fold("鍾 家偉") == "鍾家偉"
    assert fold("鍾") != fold("钟")  # no script conversion in the key itself


def test_search_key_joins_names() -> None:
    assert search_key("Winnie CHAN", "陳慧玲", None) == "winniechan|陳慧玲|陈慧玲"


def test_clean_strips_controls() -> None:
    assert clean("  a\x00b\u200b ") == "ab"
    assert clean("line one\nline two") == "line one\nline two"
    assert clean("   ") is None


def test_validation_collects_every_problem_with_fields() -> None:
    with pytest.raises(ValidationError) as info:
        Rules({"email": "not-an-email", "capacity": -1}).email().count("capacity") \
            .one_of(("name_en", "name_zh"), "name_missing").done()
    codes = {(p.code, p.field) for p in info.value.problems}
    assert codes == {("invalid_email", "email"), ("negative", "capacity"),
                     ("name_missing", "name_en")}


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_every_message_and_field_label_is_translated(locale: str) -> None:
    translated = catalogue(locale)
    missing = [m for m in list(MESSAGES.values()) + list(FIELD_LABELS.values())
               if not translated.get(m)]
    assert missing == []


def test_render_in_three_languages() -> None:
    problem = Problem("required", {"field": "title_en"}, "title_en")
    assert render(problem, "en") == "The English title is required."
    assert render(problem, "zh_HK") == "必須填寫英文標題。"
    assert render(problem, "zh_CN") == "必须填写英文标题。"


@pytest.mark.parametrize("raw, expected", [
    ("zh_TW.UTF-8", "zh_HK"), ("zh-hk", "zh_HK"), ("zh_CN.UTF-8", "zh_CN"), ("zh_SG", "zh_CN"),
    ("en_GB.UTF-8", "en"), ("fr_FR", "en"), (None, "en"), ("C", "en")])
def test_locale_names(raw: str | None, expected: str) -> None:
    assert normalise_locale(raw) == expected
