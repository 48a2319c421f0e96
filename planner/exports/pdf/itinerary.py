"""Itinerary of a delegation (or of every leg of an exchange programme).

A cover with the delegation, its leader, dates, organisers and emergency contacts; then day by
day: time, activity, venue with address, host and contact, travel legs and control points.
Each day is one table whose day header and column header repeat on continuation pages
(marked "(continued)"); entries never split across pages; optionally each day starts a page.
The member list with roles closes the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from planner.domain import rows
from planner.domain.enums import MemberRole
from planner.domain.progress import Progress
from planner.exports.pdf.people import by_name, organisation_name
from planner.exports.pdf.styles import ACCENT, cell, para, table_style
from planner.exports.pdf.template import Options, PdfDocument
from planner.store.document_queries import DelegationBook, MemberLine, ProgrammeBook

ROLE_ORDER = {MemberRole.LEADER: 0, MemberRole.LIAISON_OFFICER: 1, MemberRole.INTERPRETER: 2,
              MemberRole.CHAPERONE: 3, MemberRole.MEMBER: 4}
COLUMNS = (0.12, 0.37, 0.29, 0.22)  # time, activity, venue, host and contact
ENTRY_KEYS = ("time", "activity", "venue", "host")
MEMBER_KEYS = ("no", "name_en", "name_zh", "role", "organisation", "position")


class DayTable(Table):
    """A day's table; on continuation pages its day header says "(continued)"."""

    continued_text: str = ""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 (reportlab)
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.continued_text:
            # the repeated rows are shared with the first part: give the second its own row
            first = parts[1]._cellvalues[0]
            parts[1]._cellvalues[0] = [para(self.continued_text, "day"), *first[1:]]
            for part in parts:
                part.continued_text = self.continued_text
        return parts


class Itinerary(PdfDocument):
    def __init__(self, book: DelegationBook, options: Options | None = None,
                 progress: Progress | None = None, *, page_per_day: bool = False) -> None:
        super().__init__(options, progress)
        self.books = [book]
        self.page_per_day = page_per_day

    def title(self) -> str:
        return self.words.label("doc.itinerary")

    def heading(self) -> str:
        d = self.books[0].delegation
        return self.words.pick(d.name_en, d.name_zh_hant, d.name_zh_hans, " ")

    def get_story(self) -> list[Flowable]:
        book = self.books[0]
        return [*self.cover(book, self.title()), PageBreak(), *self.days(book),
                *self.member_list(book)]

    # cover ---------------------------------------------------------------------------------

    def cover(self, book: DelegationBook, title: str) -> list[Flowable]:
        w, d = self.words, book.delegation
        story: list[Flowable] = [para(title, "title"),
                                 para(w.pick(d.name_en, d.name_zh_hant, d.name_zh_hans), "h1")]
        story.append(self._facts(self.facts(book)))
        story += self._contacts(d.contacts)
        return story

    def facts(self, book: DelegationBook) -> list[tuple[str, str]]:
        """The cover's facts as (label key, text); the Word copy prints the same."""
        w, d = self.words, book.delegation
        facts = [("theme", w.pick(d.theme_en, d.theme_zh_hant, d.theme_zh_hans)),
                 ("dates", w.span(d.schedule)),
                 ("route", " → ".join(x for x in (d.origin_city, d.destination_city) if x)),
                 ("lead_organisation", w.ref(d.lead, " ")),
                 ("leader", "; ".join(_name(m) for m in book.members
                                      if m.role == MemberRole.LEADER)),
                 ("co_organisers", "\n".join(w.ref(o.organisation, " ") for o in d.co_organisers)),
                 ("members", str(len(book.members)))]
        if book.programme:
            p = book.programme
            leg = f" ({w.label('leg', number=d.leg_number)})" if d.leg_number else ""
            facts.insert(0, ("programme", w.pick(p.title_en, p.title_zh_hant, p.title_zh_hans)
                             + leg))
        return [(k, v) for k, v in facts if v]

    def _facts(self, facts: list[tuple[str, str]]) -> Table:
        width = self.frame_width
        data = [[para(self.words.label(k, "\n"), "cell"), para(v, "body")] for k, v in facts]
        style = table_style(header_rows=0, zebra=False, padding=4)
        style += [("GRID", (0, 0), (-1, -1), 0, "white"),
                  ("LINEBELOW", (0, 0), (-1, -1), 0.4, ACCENT)]
        return Table(data, colWidths=[width * 0.25, width * 0.75], style=style, hAlign="LEFT")

    def _contacts(self, contacts: tuple[rows.ContactRow, ...]) -> list[Flowable]:
        if not contacts:
            return []
        words = self.words
        widths = [self.frame_width * f for f in (0.35, 0.35, 0.30)]
        data: list[list[object]] = [[para(words.label(k, "\n"), "head")
                                     for k in ("name", "role", "phone")]]
        data += [[cell(c.name, widths[0] - 6), cell(c.role, widths[1] - 6),
                  cell(c.phone, widths[2] - 6)] for c in contacts]
        return [para(words.label("emergency_contacts"), "h2"),
                Table(data, colWidths=widths, repeatRows=1, style=table_style())]

    # days ----------------------------------------------------------------------------------

    def days(self, book: DelegationBook) -> list[Flowable]:
        groups = self.day_groups(book)
        if not groups:
            return [para(self.words.label("no_itinerary"), "body")]
        show_offset = self.shows_offsets(book)
        story: list[Flowable] = []
        for number, day, items in groups:
            if number > 1:
                story.append(PageBreak() if self.page_per_day else Spacer(0, 4 * mm))
            story.append(CondPageBreak(50 * mm))
            story.append(self._day(number, day, items, book, show_offset))
        return story

    @staticmethod
    def day_groups(book: DelegationBook) -> list[tuple[int, date, list[rows.ItineraryRow]]]:
        """The itinerary day by day, each day's entries in the order they happen."""
        ordered = sorted(book.delegation.itinerary,
                         key=lambda i: (i.schedule.local_days()[0], i.schedule.utc_bounds(),
                                        i.position))
        return [(number, day, list(group)) for number, (day, group) in enumerate(
            groupby(ordered, key=lambda i: i.schedule.local_days()[0]), start=1)]

    @staticmethod
    def shows_offsets(book: DelegationBook) -> bool:
        """Entries in more than one UTC offset print theirs (a trip across time zones)."""
        items = book.delegation.itinerary
        return len({i.schedule.start.utcoffset() for i in items if i.schedule.start}) > 1

    def day_heading(self, number: int, day: date) -> str:
        return f"{self.words.label('day', number=number)} · {self.words.day_heading(day)}"

    def _day(self, number: int, day: date, items: list[rows.ItineraryRow], book: DelegationBook,
             show_offset: bool) -> DayTable:
        words = self.words
        widths = [self.frame_width * f for f in COLUMNS]
        heading = self.day_heading(number, day)
        data: list[list[object]] = [
            [para(heading, "day"), "", "", ""],
            [para(words.label(k, "\n"), "head") for k in ENTRY_KEYS]]
        for n, item in enumerate(items, start=1):
            texts = self.entry_texts(item, book, show_offset)
            data.append([cell(t, widths[i] - 6) for i, t in enumerate(texts)])
            self.tick(n, len(items))
        style = table_style(header_rows=2)
        style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), "#07344b")]
        table = DayTable(data, colWidths=widths, repeatRows=2, style=style)
        table.continued_text = f"{heading} {words.label('continued')}"
        return table

    def entry_texts(self, item: rows.ItineraryRow, book: DelegationBook,
                    show_offset: bool) -> list[str]:
        """An entry's time, activity, venue and host, as the columns print them."""
        words = self.words
        time = f"{words.times(item.schedule)}\n{words.enum('itinerary', item.kind, chr(10))}"
        if show_offset and item.schedule.start:
            time += f"\n{_offset(item.schedule.start)}"
        activity = [words.pick(item.title_en, item.title_zh_hant, item.title_zh_hans)]
        if item.control_point:
            activity.append(f"{words.label('control_point')}: {item.control_point}")
        if item.notes:
            activity.append(item.notes)
        host = [words.ref(item.host, " ") if item.host else "", item.contact_person or ""]
        return [time, "\n".join(activity), self._venue(item.venue, book),
                "\n".join(x for x in host if x)]

    def _venue(self, ref: rows.Ref | None, book: DelegationBook) -> str:
        if ref is None:
            return ""
        words = self.words
        venue = book.venues.get(ref.id)
        lines = [words.ref(ref, " ")]
        if venue:
            lines.append(words.pick(venue.address_en, venue.address_zh, venue.address_zh))
        return "\n".join(x for x in lines if x)

    # members -------------------------------------------------------------------------------

    def member_list(self, book: DelegationBook) -> list[Flowable]:
        words = self.words
        widths = [self.frame_width * f for f in (0.06, 0.24, 0.14, 0.14, 0.26, 0.16)]
        data: list[list[object]] = [[para(words.label(k, "\n"), "head") for k in MEMBER_KEYS]]
        data += [[cell(t, widths[i] - 6) for i, t in enumerate(texts)]
                 for texts in self.member_rows(book)]
        heading = para(words.label("member_list"), "h1")
        if len(data) == 1:
            return [heading, para(words.label("no_people"), "body")]
        table = Table(data, colWidths=widths, repeatRows=1, style=table_style())
        return [CondPageBreak(50 * mm), KeepTogether([heading]), table]

    def member_rows(self, book: DelegationBook) -> list[list[str]]:
        """The members, leader first, as the member list prints them (no personal data)."""
        words = self.words
        out = []
        for n, m in enumerate(self.ordered_members(book.members), start=1):
            p = m.person
            out.append([str(n), p.name_en or "", p.name_zh or "", words.enum("member", m.role, "\n"),
                        organisation_name(words, p), p.position or ""])
        return out

    def ordered_members(self, members: Iterable[MemberLine]) -> list[MemberLine]:
        by_person = by_name(members, self.order, lambda m: m.person)
        return sorted(by_person, key=lambda m: ROLE_ORDER.get(m.role, 9))


class ProgrammeItinerary(Itinerary):
    """Every leg of an exchange programme: a programme cover, then each leg as in Itinerary."""

    def __init__(self, book: ProgrammeBook, options: Options | None = None,
                 progress: Progress | None = None, *, page_per_day: bool = False) -> None:
        PdfDocument.__init__(self, options, progress)
        self.programme = book
        self.books = list(book.legs)
        self.page_per_day = page_per_day

    def title(self) -> str:
        return self.words.label("doc.programme")

    def heading(self) -> str:
        p = self.programme.programme
        return self.words.pick(p.title_en, p.title_zh_hant, p.title_zh_hans, " ")

    def get_story(self) -> list[Flowable]:
        w, p = self.words, self.programme.programme
        story: list[Flowable] = [
            para(self.title(), "title"),
            para(w.pick(p.title_en, p.title_zh_hant, p.title_zh_hans), "h1"),
            para(w.pick(p.theme_en, p.theme_zh_hant, p.theme_zh_hans), "body")]
        for n, leg in enumerate(self.books, start=1):
            d = leg.delegation
            story.append(para(f"{w.label('leg', number=d.leg_number or n)}: "
                              f"{w.pick(d.name_en, d.name_zh_hant, d.name_zh_hans, ' ')} "
                              f"({w.span(d.schedule)})", "body"))
        for leg in self.books:
            story += [PageBreak(), *self.cover(leg, self.words.label("delegation")), Spacer(0, 6 * mm),
                      *self.days(leg), *self.member_list(leg)]
        return story


def _name(member: MemberLine) -> str:
    return " ".join(x for x in (member.person.name_en, member.person.name_zh) if x)


def _offset(value: Any) -> str:
    minutes = int(value.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


__all__ = ["DayTable", "Itinerary", "ProgrammeItinerary"]
