"""Help > User guide: in the window's language, searchable, its pictures present and the menu
and section names it quotes the window's own."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu

from planner.ui.guide_pages import LANGUAGES, guide_root, images, load_pages
from planner.ui.sections import SECTIONS
from planner.ui.text import tr

# A word found on one page only, in each language, and that page.
SEARCHES = {"en": ("Duplicate", "03-delegations"),
            "zh_HK": ("上移", "03-delegations"),
            "zh_CN": ("上移", "03-delegations")}
WRITTEN = LANGUAGES
BOLD = re.compile(r"\*\*([^*]+)\*\*")
MNEMONIC = re.compile(r"\(&\w\)|&")


def plain(text: str) -> str:
    """A menu text as the guide writes it: no mnemonic, no trailing ellipsis."""
    return MNEMONIC.sub("", text).strip().removesuffix("…").strip()


def menu_paths(menu: QMenu, above: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = above + (plain(action.text()),)
        found.add(path)
        if action.menu() is not None:
            found |= menu_paths(action.menu(), path)
    return found


@pytest.mark.parametrize("language", WRITTEN)
def test_every_page_and_picture_is_there_in_every_language(language: str) -> None:
    english = [p.slug for p in load_pages("en")]
    pages = load_pages(language)
    assert [p.slug for p in pages] == english and len(pages) >= 12
    for page in pages:
        assert page.path.parent.name == language, f"{page.slug} is not translated"
        pictures = images(page)
        for picture in pictures:
            assert picture.is_file(), f"{page.slug} shows {picture}, which is missing"
            assert picture.parent == (guide_root() / "images" / language).resolve()
    assert sum(len(images(p)) for p in pages) >= 10


@pytest.mark.parametrize("language", WRITTEN)
def test_the_markdown_renders_without_stray_marks(qapp, language: str) -> None:
    """Bold that CommonMark does not close (Chinese text straight after "…**") shows its
    asterisks and runs on: every page renders without any."""
    for page in load_pages(language):
        document = QTextDocument()
        document.setMarkdown(page.markdown)
        text = document.toPlainText()
        assert "**" not in text and "](" not in text, page.slug


@pytest.mark.parametrize("locale", WRITTEN)
def test_the_guide_opens_in_the_window_language_and_finds_words(open_window, locale) -> None:
    language = locale
    window = open_window(locale).window
    window.actions_["user_guide"].trigger()
    guide = window.dialogs.last("guide_dialog")
    assert guide.isVisible()
    first = guide.pages[0]
    assert first.path.parent.name == language
    shown = guide.browser.toPlainText()
    assert first.title in shown
    # The first page's picture is loaded, not a broken-image box.
    picture = images(first)[0]
    resource = guide.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl.fromLocalFile(str(picture)))
    assert resource is not None and not resource.isNull()

    word, slug = SEARCHES[language]
    guide.search.setText(word)
    assert guide.current_slug() == slug
    assert word in guide.browser.toPlainText()
    visible = [guide.contents.item(r).text() for r in range(guide.contents.count())
               if not guide.contents.item(r).isHidden()]
    assert visible == [guide.page(slug).title]
    assert guide.browser.extraSelections(), "the hits are not highlighted"
    assert guide.browser.textCursor().selectedText() == word
    guide.search.setText("zzzz-nowhere")
    assert guide.found.text() and not any(
        not guide.contents.item(r).isHidden() for r in range(guide.contents.count()))
    guide.search.clear()
    assert all(not guide.contents.item(r).isHidden() for r in range(guide.contents.count()))

    # Every menu path the guide quotes in bold ("File > Import > ...") is in the menus, and
    # every section is named as the side bar names it.
    paths: set[tuple[str, ...]] = set()
    for action in window.menuBar().actions():
        paths.add((plain(action.text()),))
        paths |= menu_paths(action.menu(), (plain(action.text()),))
    text = "\n".join(p.markdown for p in guide.pages)
    quoted = [tuple(plain(part) for part in bold.split(" > "))
              for bold in BOLD.findall(text.replace("\n", " ")) if " > " in bold]
    assert len(quoted) >= 10
    for path in quoted:
        assert path in paths, f"the guide quotes {' > '.join(path)}, which no menu has"
    for _key, title, _view in SECTIONS:
        assert f"**{tr('MainWindow', title)}**" in text, title
