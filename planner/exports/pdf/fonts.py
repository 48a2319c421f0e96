"""Finding and registering one TrueType font with Chinese glyphs, embedded as a subset.

reportlab's built-in CID fonts (MSung-Light, STSong-Light) are not embedded and poppler shows
nothing for them, and reportlab cannot embed CFF-outline fonts (Noto CJK, PingFang), so we look
for a font with TrueType outlines in the usual Windows, macOS and Linux places, or take the one
PLANNER_CJK_FONT names (`/path/font.ttc#1` picks a subfont of a collection).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from planner.config import resources_dir
from planner.domain.errors import PlannerError

FONT_NAME = "PlannerCJK"
ENV_VAR = "PLANNER_CJK_FONT"
# A font must draw both scripts and Latin: Traditional, Simplified and a few common letters.
PROBE = "陳鍾陈钟粵粤 Aa0"


@dataclass(frozen=True)
class FontChoice:
    path: Path
    index: int
    name: str


def _settings() -> dict[str, Any]:
    with (resources_dir() / "pdf" / "cjk-fonts.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def _platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    return "darwin" if sys.platform == "darwin" else "linux"


def _folders(settings: dict[str, Any]) -> list[Path]:
    out = []
    for raw in settings["folders"][_platform()]:
        expanded = os.path.expanduser(os.path.expandvars(raw))
        if "%" not in expanded and "$" not in expanded:
            out.append(Path(expanded))
    return out


def candidates() -> list[FontChoice]:
    """Every listed font present on this machine, in order of preference."""
    settings = _settings()
    wanted = {c["file"].lower(): c for c in settings["candidates"]}
    found: dict[str, FontChoice] = {}
    for folder in _folders(settings):
        if not folder.is_dir():
            continue
        for path in _font_files(folder):
            entry = wanted.get(path.name.lower())
            if entry and entry["file"].lower() not in found:
                found[entry["file"].lower()] = FontChoice(path, int(entry["index"]), entry["name"])
    return [found[k] for k in wanted if k in found]


def _font_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc"))
    except OSError:
        return []


def configured() -> FontChoice | None:
    """The font PLANNER_CJK_FONT names, if set: `path` or `path#subfont-index`."""
    raw = os.environ.get(ENV_VAR, "").strip()
    if not raw:
        return None
    path, _, index = raw.partition("#")
    if not Path(path).is_file():
        raise PlannerError("cjk_font_unusable", path=path, reason="no such file")
    return FontChoice(Path(path), int(index) if index.isdigit() else 0, Path(path).stem)


def load(choice: FontChoice) -> TTFont:
    """The font, checked to have TrueType outlines and glyphs for both Chinese scripts."""
    try:
        font = TTFont(FONT_NAME, str(choice.path), subfontIndex=choice.index)
    except (TTFError, OSError, ValueError) as exc:
        raise PlannerError("cjk_font_unusable", path=str(choice.path), reason=str(exc)) from exc
    missing = [ch for ch in PROBE if ch != " " and ord(ch) not in font.face.charToGlyph]
    if missing:
        raise PlannerError("cjk_font_unusable", path=str(choice.path),
                           reason="no glyphs for " + "".join(missing))
    return font


@lru_cache(maxsize=1)
def _register(env_value: str) -> FontChoice:
    chosen = configured()
    choices = [chosen] if chosen else candidates()
    last_error: PlannerError | None = None
    for choice in choices:
        try:
            font = load(choice)
        except PlannerError as exc:
            if chosen:
                raise
            last_error = exc
            continue
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME, bold=FONT_NAME,
                                      italic=FONT_NAME, boldItalic=FONT_NAME)
        return choice
    hint = _settings()["install_hint"][_platform()]
    raise PlannerError("cjk_font_missing", hint=hint,
                       tried=", ".join(str(c.path) for c in choices) or "none") from last_error


def register() -> FontChoice:
    """Register the Chinese font once per process (again if PLANNER_CJK_FONT changes)."""
    return _register(os.environ.get(ENV_VAR, ""))
