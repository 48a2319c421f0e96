"""Running headers and badge names fit in time proportional to what is printed, not to the
title's length (fit() measured the whole title again for each character it removed: a
5,000-character title took 1–2 s per page header, 50,000 characters minutes)."""

from __future__ import annotations

import time

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.exports.pdf import fonts
from planner.exports.pdf.badges import shrink
from planner.exports.pdf.styles import FONT_NAME, fit


@pytest.fixture(scope="module", autouse=True)
def _font() -> None:
    fonts.register()


def slow_fit(text: str, size: float, width: float) -> str:
    """The former definition: the longest prefix that fits with an ellipsis."""
    if stringWidth(text, FONT_NAME, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT_NAME, size) > width:
        text = text[:-1]
    return text + "…"


@pytest.mark.parametrize("text", ["", "Seminar", "IP seminar for SMEs " * 12,
                                  "知識產權研討會" * 30, "Mixed 混合 text 文字 " * 20, "W" * 80])
@pytest.mark.parametrize("width", [10, 120, 300])
def test_fit_cuts_where_it_always_did(text: str, width: float) -> None:
    assert fit(text, 8, width) == slow_fit(text, 8, width)


@pytest.mark.timeout(60)
def test_a_long_title_costs_what_a_short_one_does() -> None:
    for title in ("Seminar on IP " * 15_000, "知識產權研討會" * 30_000):
        started = time.perf_counter()
        for _ in range(100):  # a hundred pages' headers
            fitted = fit(title, 8, 300)
        assert time.perf_counter() - started < 1.0
        assert fitted.endswith("…") and stringWidth(fitted, FONT_NAME, 8) <= 300


@pytest.mark.timeout(60)
def test_a_long_badge_name_wraps_quickly() -> None:
    started = time.perf_counter()
    size, lines = shrink("陳" * 50_000, 20, 150)
    assert time.perf_counter() - started < 5.0
    assert len(lines) == 2 and lines[-1].endswith("…")
