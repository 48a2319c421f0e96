"""Sign-in sheet: landscape A4, one row per registered person, signature boxes, walk-in rows.

The header row repeats on every page; at most MAX_DAY_COLUMNS signature columns per table
(a multi-day event gets one table per group of days), so the sheet never grows too wide.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from planner.domain.errors import PlannerError
from planner.domain.limits import BLANK_ROWS_MAX
from planner.domain.progress import Progress
from planner.exports.pdf.people import (
    by_name,
    event_days,
    grouped_by_organisation,
    organisation_name,
)
from planner.exports.pdf.styles import cell, para, table_style
from planner.exports.pdf.template import Options, PdfDocument
from planner.store.document_queries import EventSheet, RegistrationLine

MAX_DAY_COLUMNS = 3
FIXED = (11 * mm, 52 * mm, 30 * mm)  # number, English name, Chinese name
SIGN_PADDING = 8  # points above and below a row's text: room to sign


class Grouping(StrEnum):
    NAME = "name"
    ORGANISATION = "organisation"


class SignInSheet(PdfDocument):
    landscape = True

    def __init__(self, sheet: EventSheet, options: Options | None = None,
                 progress: Progress | None = None, *, grouping: Grouping = Grouping.NAME,
                 blank_rows: int = 10, days: list[date] | None = None) -> None:
        super().__init__(options, progress)
        self.sheet = sheet
        self.grouping = grouping
        if not 0 <= blank_rows <= BLANK_ROWS_MAX:
            raise PlannerError("number_out_of_range", field="blank_rows", value=blank_rows,
                               low=0, high=BLANK_ROWS_MAX)
        self.blank_rows = blank_rows
        self.days = days if days is not None else event_days(sheet.event)
        # grouped by organisation, the group rows name it: the column would only repeat it
        self.org_column = grouping != Grouping.ORGANISATION

    def title(self) -> str:
        return self.words.label("doc.sign_in")

    def heading(self) -> str:
        e = self.sheet.event
        return self.words.pick(e.title_en, e.title_zh_hant, e.title_zh_hans, " ")

    def get_story(self) -> list[Flowable]:
        story: list[Flowable] = []
        chunks = [self.days[i:i + MAX_DAY_COLUMNS]
                  for i in range(0, len(self.days), MAX_DAY_COLUMNS)] or [[]]
        for n, days in enumerate(chunks):
            if n:
                story.append(PageBreak())
            story += self._intro(days)
            story += self._tables(days)
        return story

    def _intro(self, days: list[date]) -> list[Flowable]:
        w, e = self.words, self.sheet.event
        venue = w.ref(self.sheet.venue, sep=" ") if self.sheet.venue else ""
        when = " · ".join(w.date(d) for d in days) if days else w.span(e.schedule)
        return [para(f"{self.title()}: {self.heading()}", "h1"),
                para(" · ".join(x for x in (when, venue) if x), "body"), Spacer(0, 2 * mm)]

    def _widths(self, day_count: int) -> list[float]:
        rest = self.frame_width - sum(FIXED)
        signs = max(1, day_count)
        sign = rest * {1: 0.42, 2: 0.30}.get(signs, 0.23)
        other = rest - sign * signs
        middle = [other * 0.6, other * 0.4] if self.org_column else [other]
        return [*FIXED, *middle] + [sign] * signs

    def _header(self, days: list[date]) -> list[object]:
        words = self.words
        labels = [words.label("no", "\n"), words.label("name_en", "\n"), words.label("name_zh", "\n"),
                  *([words.label("organisation", "\n")] if self.org_column else []),
                  words.label("position", "\n")]
        if len(self.days) > 1:
            signs = [f"{words.label('signature', ' ')}\n{words.date(d)}" for d in days]
        else:
            signs = [words.label("signature", "\n")]
        return [para(text, "head") for text in labels + signs]

    def _tables(self, days: list[date]) -> list[Flowable]:
        """One table per group (no spanning rows: reportlab re-measures spans on every page
        split, which is quadratic in long tables), then the walk-in rows."""
        widths = self._widths(len(days))
        style = table_style(padding=SIGN_PADDING)
        style += [("TOPPADDING", (0, 0), (-1, 0), 3), ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
        out: list[Flowable] = []
        number = 0
        people = self.sheet.registrations
        for label, group in self._groups(people):
            data: list[list[object]] = [self._header(days)]
            for reg in group:
                number += 1
                data.append(self._row(number, reg, widths, len(days)))
                self.tick(number, len(people))
            if label is not None:
                out += [CondPageBreak(35 * mm), para(label, "h2")]
            out.append(Table(data, colWidths=widths, repeatRows=1, style=style))
        if self.blank_rows:
            data = [self._header(days)] + [[""] * len(widths) for _ in range(self.blank_rows)]
            out += [CondPageBreak(35 * mm), para(self.words.label("walk_ins"), "h2"),
                    Table(data, colWidths=widths, repeatRows=1, style=style)]
        return out

    def _groups(self, people: tuple[RegistrationLine, ...]
                ) -> list[tuple[str | None, list[RegistrationLine]]]:
        if self.grouping == Grouping.ORGANISATION:
            return list(grouped_by_organisation(people, self.order, self.words,
                                                lambda r: r.person))
        return [(None, by_name(people, self.order, lambda r: r.person))]

    def _row(self, number: int, reg: RegistrationLine, widths: list[float],
             days: int) -> list[object]:
        p = reg.person
        texts = [str(number), p.name_en, p.name_zh,
                 *([organisation_name(self.words, p)] if self.org_column else []), p.position]
        return [cell(t, widths[i] - 6) for i, t in enumerate(texts)] + [""] * max(1, days)
