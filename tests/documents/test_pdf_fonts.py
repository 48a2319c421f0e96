"""The Chinese font: found on the system or configured, embedded, or a clear refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.domain.errors import PlannerError
from planner.exports.pdf import fonts
from planner.i18n import render_error

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


@pytest.fixture(autouse=True)
def _fresh_registration() -> None:
    fonts._register.cache_clear()
    yield
    fonts._register.cache_clear()


def test_a_truetype_cjk_font_is_found_here() -> None:
    choice = fonts.register()
    assert choice.path.suffix.lower() in (".ttf", ".ttc")
    font = fonts.load(choice)
    assert all(ord(ch) in font.face.charToGlyph for ch in "陳陈粵粤")


def test_configured_font_with_subfont_index(monkeypatch: pytest.MonkeyPatch) -> None:
    if not WQY.exists():
        pytest.skip("WenQuanYi Zen Hei is not installed")
    monkeypatch.setenv(fonts.ENV_VAR, f"{WQY}#1")
    choice = fonts.register()
    assert (choice.path, choice.index) == (WQY, 1)


def test_configured_font_that_does_not_exist_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setenv(fonts.ENV_VAR, str(tmp_path / "missing.ttf"))
    with pytest.raises(PlannerError) as info:
        fonts.register()
    assert info.value.code == "cjk_font_unusable"


def test_a_file_that_is_not_a_font_is_refused(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"not a font at all")
    monkeypatch.setenv(fonts.ENV_VAR, str(fake))
    with pytest.raises(PlannerError) as info:
        fonts.register()
    assert info.value.code == "cjk_font_unusable"


def test_no_font_anywhere_names_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "_folders", lambda settings: [tmp_path])
    monkeypatch.setattr(fonts, "_platform", lambda: "linux")
    with pytest.raises(PlannerError) as info:
        fonts.register()
    assert info.value.code == "cjk_font_missing"
    assert "fonts-wqy-zenhei" in render_error(info.value, "en")
    assert "fonts-wqy-zenhei" in render_error(info.value, "zh_HK")
