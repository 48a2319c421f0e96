"""Attendance report after an event: the figures, attendance by organisation and by category
with a chart, attendance by day for multi-day events, and the participant list.

Counted from registrations with status "registered": pre-registered people who attended or
did not (no-shows), and walk-ins (registered at the door). Attendance is a check-in on the
registration or on any day of the event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from planner.domain.enums import PersonCategory
from planner.domain.progress import Progress
from planner.domain.schedule import from_utc_naive
from planner.exports.pdf.fonts import FONT_NAME
from planner.exports.pdf.people import by_name, organisation_name
from planner.exports.pdf.styles import ACCENT, RULE, cell, para, table_style
from planner.exports.pdf.template import Options, PdfDocument
from planner.store.document_queries import EventSheet, RegistrationLine

ATTENDED_COLOUR = ACCENT
REGISTERED_COLOUR = colors.HexColor("#a9c4d4")
MAX_CHART_BARS = 12


@dataclass
class Tally:
    registered: int = 0  # pre-registered (not walk-ins)
    attended: int = 0  # everyone who came, walk-ins included
    no_shows: int = 0
    walk_ins: int = 0

    def add(self, reg: RegistrationLine) -> None:
        if reg.walk_in:
            self.walk_ins += 1
        else:
            self.registered += 1
            if not reg.attended:
                self.no_shows += 1
        if reg.attended:
            self.attended += 1

    @property
    def rate(self) -> str:
        if not self.registered:
            return "–"
        return f"{100 * (self.registered - self.no_shows) / self.registered:.0f}%"


@dataclass
class Figures:
    total: Tally = field(default_factory=Tally)
    organisations: dict[str, Tally] = field(default_factory=dict)
    categories: dict[PersonCategory, Tally] = field(default_factory=dict)
    days: Counter = field(default_factory=Counter)


class AttendanceReport(PdfDocument):
    def __init__(self, sheet: EventSheet, options: Options | None = None,
                 progress: Progress | None = None) -> None:
        super().__init__(options, progress)
        self.sheet = sheet

    def title(self) -> str:
        return self.words.label("doc.attendance")

    def heading(self) -> str:
        e = self.sheet.event
        return self.words.pick(e.title_en, e.title_zh_hant, e.title_zh_hans, " ")

    def figures(self) -> Figures:
        figures = Figures()
        regs = self.sheet.registrations
        for n, reg in enumerate(regs, start=1):
            figures.total.add(reg)
            org = organisation_name(self.words, reg.person) or self.words.label("no_organisation")
            figures.organisations.setdefault(org, Tally()).add(reg)
            figures.categories.setdefault(reg.person.category, Tally()).add(reg)
            figures.days.update(reg.attended_days)
            self.tick(n, len(regs))
        return figures

    def get_story(self) -> list[Flowable]:
        w, e = self.words, self.sheet.event
        figures = self.figures()
        venue = w.ref(self.sheet.venue, " ") if self.sheet.venue else ""
        story: list[Flowable] = [
            para(self.title(), "title"),
            para(self.heading(), "h1"),
            para(" · ".join(x for x in (w.span(e.schedule), venue) if x), "body"),
            para(w.label("summary"), "h2"), self._summary(figures.total)]
        story += [CondPageBreak(80 * mm), para(w.label("by_category"), "h2"),
                  self._chart(figures), Spacer(0, 3 * mm),
                  self._breakdown({w.enum("category", k, "\n"): v
                                   for k, v in sorted(figures.categories.items())}, "category")]
        story += [para(w.label("by_organisation"), "h2"),
                  self._breakdown(dict(sorted(figures.organisations.items())), "organisation")]
        if len(figures.days) > 1:
            story += [para(w.label("by_day"), "h2"), self._days(figures)]
        story += [CondPageBreak(40 * mm), para(w.label("participant_list"), "h2"), self._list()]
        return story

    def _summary(self, t: Tally) -> Table:
        words = self.words
        keys = ("registered", "attended", "no_shows", "walk_ins", "attendance_rate")
        values = (t.registered, t.attended, t.no_shows, t.walk_ins, t.rate)
        width = self.frame_width / len(keys)
        data = [[para(words.label(k, "\n"), "head") for k in keys], [str(v) for v in values]]
        style = table_style(zebra=False, font_size=14, padding=5)
        return Table(data, colWidths=[width] * len(keys), style=style)

    def _breakdown(self, rows: dict[str, Tally], first: str) -> Table:
        words = self.words
        widths = [self.frame_width * 0.40] + [self.frame_width * 0.12] * 5
        keys = (first, "registered", "attended", "no_shows", "walk_ins", "attendance_rate")
        data: list[list[object]] = [[para(words.label(k, "\n"), "head") for k in keys]]
        for name, t in rows.items():
            data.append([cell(name, widths[0] - 6), str(t.registered), str(t.attended),
                         str(t.no_shows), str(t.walk_ins), t.rate])
        style = table_style() + [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
        return Table(data, colWidths=widths, repeatRows=1, style=style)

    def _chart(self, figures: Figures) -> Drawing:
        """Registered and attended per category, as horizontal bars."""
        words = self.words
        items = sorted(figures.categories.items())[:MAX_CHART_BARS]
        height = 20 + max(1, len(items)) * 24
        drawing = Drawing(self.frame_width, height + 40, initialFontName=FONT_NAME)
        chart = HorizontalBarChart()
        chart.x, chart.y = 120, 16
        chart.width, chart.height = self.frame_width - 160, height
        chart.data = [[t.registered + t.walk_ins for _, t in items] or [0],
                      [t.attended for _, t in items] or [0]]
        chart.categoryAxis.categoryNames = [words.enum("category", k, " ") for k, _ in items] or [""]
        chart.categoryAxis.reverseDirection = True
        for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
            axis.fontName, axis.fontSize = FONT_NAME, 7.5
        chart.valueAxis.valueMin = 0
        largest = max([max(series) for series in chart.data] + [1])
        chart.valueAxis.valueMax = largest * 1.12  # room for the bar labels
        chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = RULE
        chart.bars[0].fillColor = REGISTERED_COLOUR
        chart.bars[1].fillColor = ATTENDED_COLOUR
        chart.bars.strokeColor = None
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName, chart.barLabels.fontSize = FONT_NAME, 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        legend = Legend()
        legend.x, legend.y = chart.x, height + 34
        legend.columnMaximum = 1
        legend.deltax = 110
        legend.fontName, legend.fontSize = FONT_NAME, 7.5
        legend.colorNamePairs = [(REGISTERED_COLOUR, words.label("registered", " ")),
                                 (ATTENDED_COLOUR, words.label("attended", " "))]
        drawing.add(legend)
        return drawing

    def _days(self, figures: Figures) -> Table:
        words = self.words
        data: list[list[object]] = [[para(words.label("date", "\n"), "head"),
                                     para(words.label("attended", "\n"), "head")]]
        data += [[words.date(day), str(count)] for day, count in sorted(figures.days.items())]
        widths = [self.frame_width * 0.5, self.frame_width * 0.2]
        return Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", style=table_style())

    def _list(self) -> Table | Flowable:
        words = self.words
        if not self.sheet.registrations:
            return para(words.label("no_people"), "body")
        widths = [self.frame_width * f for f in (0.06, 0.25, 0.14, 0.30, 0.13, 0.12)]
        keys = ("no", "name_en", "name_zh", "organisation", "status", "checked_in")
        data: list[list[object]] = [[para(words.label(k, "\n"), "head") for k in keys]]
        ordered = by_name(self.sheet.registrations, self.order, lambda r: r.person)
        for n, reg in enumerate(ordered, start=1):
            p = reg.person
            status = "walk_in" if reg.walk_in else ("attended" if reg.attended else "no_show")
            texts = [str(n), p.name_en, p.name_zh, organisation_name(words, p), words.label(status, "\n"),
                     self._check_in(reg)]
            data.append([cell(t, widths[i] - 6) for i, t in enumerate(texts)])
        return Table(data, colWidths=widths, repeatRows=1, style=table_style())

    def _check_in(self, reg: RegistrationLine) -> str:
        if reg.attended_days and len(reg.attended_days) > 1:
            return str(len(reg.attended_days))
        if reg.checked_in_at is None:
            return ""
        return self.words.clock(from_utc_naive(reg.checked_in_at, self.sheet.event.schedule.timezone))
