"""Breaking plain text into lines: whole English words, Chinese between characters, kinsoku.

reportlab's CJK wrapping (wordWrap='CJK') cuts anywhere, knows only a few of the characters that
may not start a line (not `，！？：；`), none that may not end one (`（「『`), and when a paragraph
runs onto the next page it joins the remaining lines without the spaces it dropped at the
breaks ("Crime" + "Investigation" printed as "CrimeInvestigation"). `TextParagraph` breaks
lines itself with the rules below and carries the rest of its own text over a page break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.rl_config import _FUZZ

# Characters that may not begin a line (closing brackets and quotes, sentence and clause
# punctuation, iteration marks, small kana) and those that may not end one (opening brackets
# and quotes, currency signs that prefix a figure): the usual Chinese/Japanese rules.
CANNOT_START = frozenset(
    ")]}’”,.;:!?%"
    "，。、．：；！？）〕］｝〉》」』】〙〗〞…‥・ー～〜％‰℃°′″々〻"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
CANNOT_END = frozenset("([{‘“（〔［｛〈《「『【〘〖〝$£¥＄￥")
_LIST_MARKER = re.compile(r"^\s*(?:[-•*·‧]\s|\(?\d+[.)]\s|\(?[a-z][.)]\s)")


def is_cjk(ch: str) -> bool:
    """Wide characters (Chinese, kana, CJK punctuation, full-width forms) break on their own."""
    return ord(ch) >= 0x2E80


def reflow(text: str) -> str:
    """One paragraph typed or pasted with line breaks, as a paragraph again.

    A break between English words becomes a space; between Chinese characters it disappears.
    A line that starts like a list item keeps its break.
    """
    lines = [line.strip() for line in text.split("\n")]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        if not line:
            continue
        if not out or _LIST_MARKER.match(line):
            out = f"{out}\n{line}" if out else line
        elif is_cjk(out[-1]) or is_cjk(line[0]):
            out += line
        else:
            out += " " + line
    return out


@dataclass(frozen=True)
class _Unit:
    """An English word or one wide character; `start` is its offset in the whole text."""

    text: str
    start: int
    space_before: bool


@dataclass(frozen=True)
class Line:
    text: str
    width: float
    start: int  # where the line's text begins in the whole text


@lru_cache(maxsize=64)
def _widths(font: str, size: float) -> dict[str, float]:
    return {}


def _width(text: str, font: str, size: float) -> float:
    table = _widths(font, size)
    total = 0.0
    for ch in text:
        char_width = table.get(ch)
        if char_width is None:
            char_width = table[ch] = pdfmetrics.stringWidth(ch, font, size)
        total += char_width
    return total


def _is_space(ch: str) -> bool:
    # Any space (a thin space from a date interval too) prints as one ordinary space; the
    # ideographic space is a full-width character that Chinese text sets on purpose.
    return ch.isspace() and ch != "\u3000"


def _units(text: str, base: int) -> list[_Unit]:
    units: list[_Unit] = []
    i, n, space = 0, len(text), False
    while i < n:
        ch = text[i]
        if _is_space(ch):
            space, i = True, i + 1
            continue
        j = i + 1
        if not is_cjk(ch):
            while j < n and not _is_space(text[j]) and not is_cjk(text[j]):
                j += 1
        units.append(_Unit(text[i:j], base + i, space))
        space, i = False, j
    return units


def _clusters(units: list[_Unit]) -> list[list[_Unit]]:
    """Units that may not be broken apart, by the kinsoku rules, kept together."""
    clusters: list[list[_Unit]] = []
    for unit in units:
        joined = clusters and not unit.space_before and (
            unit.text[0] in CANNOT_START or clusters[-1][-1].text[-1] in CANNOT_END)
        if joined:
            clusters[-1].append(unit)
        else:
            clusters.append([unit])
    return clusters


def _text(units: list[_Unit]) -> str:
    return "".join((" " if u.space_before and k else "") + u.text for k, u in enumerate(units))


def _chars(cluster: list[_Unit]) -> list[list[_Unit]]:
    """A cluster wider than a whole line, cut between characters (a long address, say)."""
    out: list[list[_Unit]] = []
    for unit in cluster:
        for k, ch in enumerate(unit.text):
            out.append([_Unit(ch, unit.start + k, unit.space_before and k == 0)])
    return out


def break_lines(text: str, widths: list[float], font: str, size: float) -> list[Line]:
    """`text` as lines no wider than `widths` (the first line's, then the others')."""
    lines: list[Line] = []
    offset = 0
    for segment in text.split("\n"):  # a line break in the text is a hard break
        units = _units(segment, offset)
        offset += len(segment) + 1
        if not units:
            lines.append(Line("", 0.0, offset - len(segment) - 1))
            continue
        _fill(_clusters(units), widths, font, size, lines)
    return lines


def _fill(clusters: list[list[_Unit]], widths: list[float], font: str, size: float,
          lines: list[Line]) -> None:
    space = _width(" ", font, size)
    current: list[_Unit] = []
    used = 0.0

    def room() -> float:
        return widths[min(len(lines), len(widths) - 1)] + _FUZZ

    def close() -> None:
        nonlocal current, used
        lines.append(Line(_text(current), used, current[0].start))
        current, used = [], 0.0

    pending = list(reversed(clusters))
    while pending:
        cluster = pending.pop()
        width = _width(_text(cluster), font, size)
        gap = space if current and cluster[0].space_before else 0.0
        if used + gap + width <= room():
            current += cluster
            used += gap + width
        elif current:
            close()
            pending.append(cluster)
        elif len(cluster) > 1 or len(cluster[0].text) > 1:
            pending += reversed(_chars(cluster))
        else:  # one character wider than the line: it goes on a line of its own
            current, used = list(cluster), width
    if current:
        close()


class TextParagraph(Paragraph):
    """A paragraph of plain text broken by `break_lines`; made with `TextParagraph.of`."""

    plain: str | None = None
    _starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str, style: object) -> TextParagraph:
        # The markup only gives reportlab the font and colour; the lines come from `plain`.
        made = cls(escape(text.replace("\n", " ")), style)
        made.plain = text
        return made

    def breakLinesCJK(self, maxWidths: float | list[float] | tuple[float, ...]) -> object:
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        if self.plain is None or len(self.frags) != 1 or getattr(self, "_splitpara", False):
            return super().breakLinesCJK(widths)
        frag = self.frags[0]
        lines = break_lines(self.plain, widths, frag.fontName, frag.fontSize)
        self._starts = tuple(line.start for line in lines)
        limits = [widths[min(k, len(widths) - 1)] for k in range(len(lines))]
        return frag.clone(kind=0, lines=[(limit - line.width, [line.text])
                                         for limit, line in zip(limits, lines)],
                          ascent=frag.fontSize, descent=-0.2 * frag.fontSize)

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or self.plain is None or not self._starts:
            return parts
        first = parts[0]
        rest = self.plain[self._starts[len(first.blPara.lines)]:]
        style = self.style
        if style.firstLineIndent:
            style = style.clone(style.name, firstLineIndent=0)
        return [first, TextParagraph.of(rest, style)]
