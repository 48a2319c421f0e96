"""Catering list of an event or a delegation: counts and names by dietary need and by access
need. Needs are free text; the same need written with other case or spacing counts once.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from planner.domain.progress import Progress
from planner.domain.text import fold, script_fold
from planner.exports.pdf.people import by_name, organisation_name
from planner.exports.pdf.styles import cell, para, table_style
from planner.exports.pdf.template import Options, PdfDocument
from planner.store.document_queries import PersonLine


class CateringList(PdfDocument):
    def __init__(self, subject_title: str, when: str, people: list[PersonLine],
                 options: Options | None = None, progress: Progress | None = None) -> None:
        super().__init__(options, progress)
        self.subject_title = subject_title
        self.when = when
        self.people = people

    @classmethod
    def about(cls, names: tuple[str | None, str | None, str | None], schedule: Any,
              people: list[PersonLine], options: Options | None = None,
              progress: Progress | None = None) -> CateringList:
        """For an event or a delegation: its names (en, Traditional, Simplified) and dates in
        the document's language."""
        document = cls("", "", people, options, progress)
        document.subject_title = document.words.pick(*names, " ")
        document.when = document.words.span(schedule)
        return document

    def title(self) -> str:
        return self.words.label("doc.catering")

    def heading(self) -> str:
        return self.subject_title

    def get_story(self) -> list[Flowable]:
        words = self.words
        story: list[Flowable] = [para(f"{self.title()}: {self.subject_title}", "h1"),
                                 para(f"{self.when} · {words.label('people')}: {len(self.people)}",
                                      "body")]
        for field, label in (("dietary_needs", "dietary_needs"), ("access_needs", "access_needs")):
            groups = self.groups(field)
            story += [para(words.label(label), "h2"), self._counts(groups)]
            for need, people in groups.items():
                if need:
                    story += [CondPageBreak(30 * mm), para(need, "h2"), self._names(people)]
        return story

    def groups(self, field: str) -> dict[str, list[PersonLine]]:
        """Need as first written -> people with it; '' for people without one, last. Needs
        written alike but for case, spaces or Chinese script (不吃豬肉 / 不吃猪肉) are one group."""
        by_key: dict[str, list[PersonLine]] = {}
        shown: dict[str, str] = {}
        for n, person in enumerate(self.people, start=1):
            text = (getattr(person, field) or "").strip()
            key = script_fold(fold(text))
            shown.setdefault(key, text)
            by_key.setdefault(key, []).append(person)
            self.tick(n, len(self.people))
        ordered = sorted(by_key, key=lambda k: (k == "", -len(by_key[k]), k))
        return {shown[k]: by_name(by_key[k], self.order, lambda p: p) for k in ordered}

    def _counts(self, groups: dict[str, list[PersonLine]]) -> Table:
        words = self.words
        widths = [self.frame_width * 0.7, self.frame_width * 0.15]
        data: list[list[object]] = [[para(words.label("need", "\n"), "head"),
                                     para(words.label("count", "\n"), "head")]]
        for need, people in groups.items():
            data.append([cell(need or words.label("no_special_needs"), widths[0] - 6),
                         str(len(people))])
        data.append([words.label("total"), str(len(self.people))])
        style = table_style() + [("ALIGN", (1, 1), (1, -1), "RIGHT"),
                                 ("LINEABOVE", (0, -1), (-1, -1), 1, "black")]
        return Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", style=style)

    def _names(self, people: list[PersonLine]) -> Table:
        words = self.words
        widths = [self.frame_width * f for f in (0.07, 0.33, 0.18, 0.42)]
        data: list[list[object]] = [[para(words.label(k, "\n"), "head")
                                     for k in ("no", "name_en", "name_zh", "organisation")]]
        for n, p in enumerate(people, start=1):
            texts = [str(n), p.name_en, p.name_zh, organisation_name(words, p)]
            data.append([cell(t, widths[i] - 6) for i, t in enumerate(texts)])
        return Table(data, colWidths=widths, repeatRows=1, style=table_style())
