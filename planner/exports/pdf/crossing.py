"""Boundary-crossing name list of a delegation: name, travel document type and expiry, and the
endorsement; document numbers only when the organiser includes them, dates of birth (minors'
included) only when asked for. The delegation's control points head the list.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from planner.domain.enums import ItineraryKind
from planner.domain.progress import Progress
from planner.exports.pdf.itinerary import ROLE_ORDER
from planner.exports.pdf.people import by_name
from planner.exports.pdf.styles import cell, para, table_style
from planner.exports.pdf.template import Options, PdfDocument
from planner.store.document_queries import DelegationBook, DocumentLine, MemberLine


class CrossingList(PdfDocument):
    landscape = True

    def __init__(self, book: DelegationBook, options: Options | None = None,
                 progress: Progress | None = None, *, include_numbers: bool = False,
                 include_birth_dates: bool = False) -> None:
        super().__init__(options, progress)
        self.book = book
        self.include_numbers = include_numbers
        self.include_birth_dates = include_birth_dates

    def title(self) -> str:
        return self.words.label("doc.crossing")

    def heading(self) -> str:
        d = self.book.delegation
        return self.words.pick(d.name_en, d.name_zh_hant, d.name_zh_hans, " ")

    def get_story(self) -> list[Flowable]:
        w, d = self.words, self.book.delegation
        points = list(dict.fromkeys(i.control_point for i in d.itinerary
                                    if i.kind == ItineraryKind.BOUNDARY_CROSSING and i.control_point))
        story: list[Flowable] = [para(f"{self.title()}: {self.heading()}", "h1"),
                                 para(w.span(d.schedule), "body")]
        if points:
            story.append(para(f"{w.label('control_points')}: {' · '.join(points)}", "body"))
        if not self.include_numbers:
            story.append(para(w.label("numbers_withheld"), "note"))
        story.append(self._table())
        return story

    def _columns(self) -> list[tuple[str, float]]:
        columns = [("no", 0.04), ("name_en", 0.19), ("name_zh", 0.10), ("role", 0.09),
                   ("document", 0.15)]
        if self.include_numbers:
            columns.append(("document_number", 0.12))
        columns += [("expiry", 0.11), ("endorsement", 0.15)]
        if self.include_birth_dates:
            columns.append(("date_of_birth", 0.11))
        columns.append(("minor", 0.05))
        total = sum(f for _, f in columns)
        return [(k, self.frame_width * f / total) for k, f in columns]

    def _table(self) -> Table | Flowable:
        words = self.words
        columns = self._columns()
        widths = [width for _, width in columns]
        data: list[list[object]] = [[para(words.label(k, "\n"), "head") for k, _ in columns]]
        members = sorted(by_name(self.book.members, self.order, lambda m: m.person),
                         key=lambda m: ROLE_ORDER.get(m.role, 9))
        for n, member in enumerate(members, start=1):
            texts = self._row(n, member)
            data.append([cell(t, widths[i] - 6) for i, t in enumerate(texts)])
            self.tick(n, len(members))
        if len(data) == 1:
            return para(words.label("no_people"), "body")
        return Table(data, colWidths=widths, repeatRows=1, style=table_style())

    def _row(self, number: int, member: MemberLine) -> list[str]:
        w, p = self.words, member.person
        doc = _crossing_document(member.documents)
        texts = [str(number), p.name_en or "", p.name_zh or "", w.enum("member", member.role, "\n"),
                 w.enum("document", doc.doc_type, "\n") if doc else w.label("no_document")]
        if self.include_numbers:
            texts.append(doc.number or "" if doc else "")
        texts += [w.date(doc.expiry) if doc and doc.expiry else "", self._endorsement(doc)]
        if self.include_birth_dates:
            texts.append(w.date(member.date_of_birth) if member.date_of_birth else "")
        texts.append("●" if p.is_minor else "")
        return texts

    def _endorsement(self, doc: DocumentLine | None) -> str:
        if doc is None or not doc.endorsement_type:
            return ""
        parts = [doc.endorsement_type]
        if doc.endorsement_entries:
            parts.append(f"×{doc.endorsement_entries}")
        if doc.endorsement_expiry:
            parts.append(self.words.date(doc.endorsement_expiry))
        return " ".join(parts)


def _crossing_document(documents: tuple[DocumentLine, ...]) -> DocumentLine | None:
    """The document the member crosses with: the one that expires last (permits come first)."""
    if not documents:
        return None
    return max(documents, key=lambda d: (d.expiry is not None, d.expiry))
