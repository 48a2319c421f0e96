"""The itinerary as a Word document: the same cover, days and member list as the PDF.

The texts come from the PDF's document class (planner.exports.pdf.itinerary), so both copies
say the same things and withhold the same personal data.
"""

from __future__ import annotations

from planner.domain.progress import Progress
from planner.exports.docx.word import WordDocument
from planner.exports.pdf.itinerary import (
    COLUMNS,
    ENTRY_KEYS,
    MEMBER_KEYS,
    Itinerary,
    ProgrammeItinerary,
)
from planner.exports.pdf.template import Options
from planner.store.document_queries import DelegationBook, ProgrammeBook

MEMBER_COLUMNS = (0.06, 0.24, 0.14, 0.14, 0.26, 0.16)


def _word(source: Itinerary) -> WordDocument:
    words = source.words
    return WordDocument(words, source.title(), f"{source.heading()}    {words.label('programme.name')}",
                        f"{source.title()} · {words.printed(source.printed_on())}")


def _leg(word: WordDocument, source: Itinerary, book: DelegationBook, title: str) -> None:
    w, d = source.words, book.delegation
    word.heading(title, 0 if title == source.title() else 1)
    word.paragraph(w.pick(d.name_en, d.name_zh_hant, d.name_zh_hans), bold=True, size=13)
    word.table(None, [[w.label(k, " "), v] for k, v in source.facts(book)], [0.25, 0.75])
    if d.contacts:
        word.heading(w.label("emergency_contacts"), 2)
        word.table([w.label(k, " ") for k in ("name", "role", "phone")],
                   [[c.name or "", c.role or "", c.phone or ""] for c in d.contacts],
                   [0.35, 0.35, 0.30])
    groups = source.day_groups(book)
    if not groups:
        word.paragraph(w.label("no_itinerary"))
    show_offset = source.shows_offsets(book)
    for number, day, items in groups:
        if source.page_per_day or number == 1:
            word.page_break()
        else:
            word.paragraph("")
        word.table([w.label(k, " ") for k in ENTRY_KEYS],
                   [source.entry_texts(item, book, show_offset) for item in items],
                   list(COLUMNS), banner=source.day_heading(number, day))
        source.tick(number, len(groups))
    word.heading(w.label("member_list"), 1)
    members = source.member_rows(book)
    if members:
        word.table([w.label(k, " ") for k in MEMBER_KEYS], members, list(MEMBER_COLUMNS))
    else:
        word.paragraph(w.label("no_people"))


def itinerary_docx(book: DelegationBook, options: Options | None = None,
                   progress: Progress | None = None, *, page_per_day: bool = False) -> bytes:
    source = Itinerary(book, options, progress, page_per_day=page_per_day)
    word = _word(source)
    _leg(word, source, book, source.title())
    return word.bytes()


def programme_itinerary_docx(book: ProgrammeBook, options: Options | None = None,
                             progress: Progress | None = None, *,
                             page_per_day: bool = False) -> bytes:
    source = ProgrammeItinerary(book, options, progress, page_per_day=page_per_day)
    w, p = source.words, book.programme
    word = _word(source)
    word.heading(source.title(), 0)
    word.paragraph(w.pick(p.title_en, p.title_zh_hant, p.title_zh_hans), bold=True, size=13)
    word.paragraph(w.pick(p.theme_en, p.theme_zh_hant, p.theme_zh_hans))
    for n, leg in enumerate(book.legs, start=1):
        d = leg.delegation
        word.paragraph(f"{w.label('leg', number=d.leg_number or n)}: "
                       f"{w.pick(d.name_en, d.name_zh_hant, d.name_zh_hans, ' ')} "
                       f"({w.span(d.schedule)})")
    for leg in book.legs:
        word.page_break()
        _leg(word, source, leg, w.label("delegation"))
    return word.bytes()
