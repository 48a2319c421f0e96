"""Line breaks in printed text: English words stay whole and separated (also across a page
break), Chinese lines never start with closing punctuation nor end with opening punctuation."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A6
from reportlab.platypus import SimpleDocTemplate

from planner.exports.pdf import documents, fonts
from planner.exports.pdf.linebreak import CANNOT_END, CANNOT_START, break_lines, reflow
from planner.exports.pdf.styles import FONT_NAME, para
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.store.database import Database
from tests.documents.pdf_helpers import PRINTED
from tests.system_tools import need_tools

FORBIDDEN_START = "，。、）」』！？：；"
FORBIDDEN_END = "（「『"


@pytest.fixture(scope="module", autouse=True)
def _font() -> None:
    fonts.register()


def _pdftotext(data: bytes, tmp_path: Path) -> list[str]:
    need_tools("pdftotext")
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def test_english_breaks_between_words_and_keeps_every_word() -> None:
    text = "officers of the Economic Crime Investigation Bureau of the GDPD agreed " * 6
    lines = break_lines(text, [150.0], FONT_NAME, 9.5)
    assert len(lines) > 3
    assert " ".join(line.text for line in lines) == " ".join(text.split())
    assert all(line.width <= 150.01 for line in lines)


@pytest.mark.parametrize("closing", list(FORBIDDEN_START))
def test_chinese_closing_punctuation_never_starts_a_line(closing: str) -> None:
    # Ten characters fit a line; the eleventh is the punctuation mark and must not lead the next.
    text = "粵港知識產權合作交流" + closing + "雙方同意加強資訊交流" * 3
    width = 10 * 9.5 + 0.5
    lines = break_lines(text, [width], FONT_NAME, 9.5)
    assert "".join(line.text for line in lines) == text
    assert not any(line.text[0] in CANNOT_START for line in lines)
    assert lines[0].text == "粵港知識產權合作交"  # the last character went down with its mark


@pytest.mark.parametrize("opening", list(FORBIDDEN_END))
def test_chinese_opening_punctuation_never_ends_a_line(opening: str) -> None:
    # Eleven characters fit; the eleventh is the opening mark and goes down with what it opens.
    text = "粵港知識產權合作交流" + opening + "雷霆行動" + "雙方同意加強資訊交流" * 3
    lines = break_lines(text, [11 * 9.5 + 0.5], FONT_NAME, 9.5)
    assert "".join(line.text for line in lines) == text
    assert lines[0].text == "粵港知識產權合作交流"
    assert not any(line.text[-1] in CANNOT_END for line in lines)


def test_a_word_longer_than_the_line_is_cut_rather_than_lost() -> None:
    text = "see https://example.org/" + "x" * 80
    lines = break_lines(text, [60.0], FONT_NAME, 8)
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")
    assert all(line.width <= 60.01 for line in lines)


def test_reflow_joins_english_with_a_space_and_chinese_without() -> None:
    assert reflow("the Economic Crime\nInvestigation Bureau") == \
        "the Economic Crime Investigation Bureau"
    assert reflow("香港海關與廣東省公安廳\n經濟犯罪偵查局") == "香港海關與廣東省公安廳經濟犯罪偵查局"
    assert reflow("Results:\n- 78 pieces\n- 12 cases") == "Results:\n- 78 pieces\n- 12 cases"


def test_a_paragraph_continued_on_the_next_page_keeps_its_spaces(tmp_path: Path) -> None:
    words = [f"word{n}" for n in range(400)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A6).build([para(" ".join(words), "body")])
    lines = _pdftotext(buffer.getvalue(), tmp_path)
    assert len(buffer.getvalue()) and " ".join(lines).split() == words


@pytest.mark.parametrize("lang", [Lang.BI, Lang.ZH_HK, Lang.ZH_CN])
def test_annual_report_lines_follow_the_rules(demo_db: Database, tmp_path: Path,
                                              lang: Lang) -> None:
    data = documents.annual_report(demo_db, "2016-17", Options(lang=lang, printed_on=PRINTED))
    lines = _pdftotext(data, tmp_path)
    assert not [line for line in lines if line[0] in FORBIDDEN_START]
    assert not [line for line in lines if line[-1] in FORBIDDEN_END]
    joined = " ".join(lines)
    assert not re.search(r"CrimeInvestigation|includingenhancement|forcollaboration", joined)
    if lang == Lang.BI:
        assert "the Economic Crime Investigation Bureau of the GDPD. They conducted" in joined
        assert "mechanism for collaboration in investigation" in joined
