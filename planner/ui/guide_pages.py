"""The user guide's pages: Markdown files in docs/guide/<language>/, one per topic, in the
order of their file names; their pictures are in docs/guide/images/<language>/.

From a checkout the guide is read where it is kept; an installed Planner carries a copy in
<prefix>/share/planner/guide (pyproject.toml's data-files). No Qt here: tests and tools read it too.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("en", "zh_HK", "zh_CN")
_TITLE = re.compile(r"^#\s+(.+?)\s*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Page:
    slug: str  # the file name without ".md": the same in every language
    title: str
    markdown: str
    path: Path


def guide_root() -> Path:
    """The folder holding en/, zh_HK/, zh_CN/ and images/."""
    candidates = (Path(__file__).resolve().parents[2] / "docs" / "guide",
                  Path(sys.prefix) / "share" / "planner" / "guide")
    for candidate in candidates:
        if (candidate / "en").is_dir():
            return candidate
    raise FileNotFoundError("the user guide is missing (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def load_pages(language: str, root: Path | None = None) -> list[Page]:
    """The guide's pages in `language`; a page not yet translated comes in English."""
    root = root or guide_root()
    english = sorted((root / "en").glob("*.md"))
    pages = []
    for path in english:
        local = root / language / path.name
        chosen = local if language in LANGUAGES and local.is_file() else path
        text = chosen.read_text(encoding="utf-8")
        found = _TITLE.search(text)
        pages.append(Page(path.stem, found.group(1) if found else path.stem, text, chosen))
    return pages


def images(page: Page) -> list[Path]:
    """The pictures a page shows, as files (whether or not they exist)."""
    return [(page.path.parent / target).resolve() for target in _IMAGE.findall(page.markdown)
            if "://" not in target]
