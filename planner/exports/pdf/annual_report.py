"""The programme's annual progress report: one section per co-operation item of the year.

Each section has the item's narrative, its events, delegations and exchange programmes with
dates (a month when the data only knows the month), organisers and places, the figures computed
from the data (participants, delegation sizes, visits) and the item's own typed figures.
Confidential events (enforcement operations) appear only in aggregate: how many, and the
months they span.
"""

from __future__ import annotations

import re
from datetime import date

from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from planner.domain import rows
from planner.domain.enums import DatePrecision, FigureUnit
from planner.domain.progress import Progress
from planner.domain.schedule import Schedule
from planner.exports.pdf.linebreak import reflow
from planner.exports.pdf.styles import cell, para, table_style
from planner.exports.pdf.template import Options, PdfDocument
from planner.exports.pdf.words import Lang
from planner.exports.scrub import scrub
from planner.store.document_queries import ReportItem

EVENT_KEYS = ("dates", "events", "organisers", "place", "participants")
DELEGATION_KEYS = ("dates", "delegation", "lead_organisation", "route", "delegation_size", "visits")


class AnnualReport(PdfDocument):
    def __init__(self, year: str, items: tuple[ReportItem, ...], options: Options | None = None,
                 progress: Progress | None = None) -> None:
        super().__init__(options, progress)
        self.year = year
        self.items = items

    def title(self) -> str:
        return f"{self.words.label('doc.report')} {self.year}"

    def heading(self) -> str:
        return f"{self.words.label('report.heading')} {self.year}"

    def get_story(self) -> list[Flowable]:
        words = self.words
        story: list[Flowable] = [
            para(words.label("report.heading", "\n"), "title"), para(self.year, "subtitle"),
            para(self.summary(), "body")]
        for n, item in enumerate(self.items, start=1):
            story += self._section(item)
            self.tick(n, len(self.items))
        return story

    def item_heading(self, item: rows.ItemRow) -> str:
        """'Item 3. Title (New item)', or in Chinese '第3項　標題（新增項目）'."""
        words = self.words
        title = words.pick(item.title_en, item.title_zh_hant, item.title_zh_hans)
        chinese = self.options.lang in (Lang.ZH_HK, Lang.ZH_CN)
        marker = (f"（{words.label('new_item')}）" if chinese else f" ({words.label('new_item')})") \
            if item.is_new else ""
        sep = "　" if chinese else ". "
        return f"{words.label('item', number=item.number)}{sep}{title}{marker}"

    def leads(self, item: rows.ItemRow) -> str:
        if not item.leads:
            return ""
        return f"{self.words.label('leads')}: " + "; ".join(self.words.ref(r, " ")
                                                           for r in item.leads)

    def summary(self) -> str:
        new = sum(1 for i in self.items if i.item.is_new)
        return f"{self.words.label('items_count', count=len(self.items))} · " \
               f"{self.words.label('new_item')}: {new}"

    def _section(self, ri: ReportItem) -> list[Flowable]:
        w, item = self.words, ri.item
        head = [para(self.item_heading(item), "h1")]
        if item.leads:
            head.append(para(self.leads(item), "note"))
        story: list[Flowable] = [CondPageBreak(40 * mm), KeepTogether(head)]
        story += [para(text, "body") for text in self.narrative(item)]
        if ri.events:
            story += [CondPageBreak(35 * mm), para(w.label("events"), "h2"), self._events(ri)]
        if ri.delegations or ri.programmes:
            story += [CondPageBreak(35 * mm), para(w.label("delegations"), "h2"),
                      self._delegations(ri)]
        if ri.confidential:
            story.append(para(self.confidential(ri.confidential), "body"))
        if item.figures:
            story += [CondPageBreak(30 * mm), para(w.label("figures"), "h2"),
                      self._figures(item.figures)]
        if not (ri.events or ri.delegations or ri.programmes or ri.confidential):
            story.append(para(w.label("no_activities"), "note"))
        return story

    def narrative(self, item: rows.ItemRow) -> list[str]:
        lang = self.options.lang
        texts = {Lang.EN: [item.narrative_en], Lang.ZH_HK: [item.narrative_zh_hant],
                 Lang.ZH_CN: [item.narrative_zh_hans],
                 Lang.BI: [item.narrative_en, item.narrative_zh_hant]}[lang]
        if not any(texts):
            texts = [item.narrative_en or item.narrative_zh_hant or item.narrative_zh_hans]
        # The report is published: a phone number or e-mail address typed into a narrative
        # stays out of it (planner.exports.scrub). Paragraphs are separated by an empty line;
        # a line break inside one was typed or pasted and is reflowed.
        kept = [scrub(reflow(p)) for t in texts if t for p in re.split(r"\n\s*\n", t)]
        return [p for p in kept if p]

    def _events(self, ri: ReportItem) -> Table:
        widths = [self.frame_width * f for f in (0.17, 0.35, 0.22, 0.16, 0.10)]
        data: list[list[object]] = [[para(self.words.label(k, "\n"), "head") for k in EVENT_KEYS]]
        data += [[*(para(t, "cell") for t in texts[:-1]), texts[-1]]
                 for texts in self.event_rows(ri)]
        style = table_style() + [("ALIGN", (-1, 1), (-1, -1), "RIGHT")]
        return Table(data, colWidths=widths, repeatRows=1, style=style)

    def event_rows(self, ri: ReportItem) -> list[list[str]]:
        """Dates, event (and its kind), organisers, place, participants: as the table prints."""
        words = self.words
        out = []
        for e in ri.events:
            organisers = "\n".join(words.ref(o.organisation, " ") for o in e.organisers)
            event = f"{words.pick(e.title_en, e.title_zh_hant, e.title_zh_hans)}\n" \
                    f"({words.enum('event', e.kind, ' ')})"
            count = ri.participants.get(e.id, 0)
            out.append([words.span(e.schedule, with_time=False), event, organisers,
                        words.ref(e.venue, " "), self.number(count) if count else ""])
        return out

    def _delegations(self, ri: ReportItem) -> Table:
        widths = [self.frame_width * f for f in (0.17, 0.35, 0.22, 0.10, 0.08, 0.08)]
        data: list[list[object]] = [[para(self.words.label(k, "\n"), "head")
                                     for k in DELEGATION_KEYS]]
        for texts in self.delegation_rows(ri):
            data.append([para(texts[0], "cell"), para(texts[1], "cell"), para(texts[2], "cell"),
                         cell(texts[3], widths[3] - 6), *texts[4:]])
        style = table_style() + [("ALIGN", (-2, 1), (-1, -1), "RIGHT")]
        return Table(data, colWidths=widths, repeatRows=1, style=style)

    def delegation_rows(self, ri: ReportItem) -> list[list[str]]:
        """Delegations, then exchange programmes: dates, name, lead, route, size, visits."""
        words = self.words
        out = []
        for d in ri.delegations:
            route = " → ".join(x for x in (d.origin_city, d.destination_city) if x)
            out.append([words.span(d.schedule, with_time=False),
                        words.pick(d.name_en, d.name_zh_hant, d.name_zh_hans), words.ref(d.lead, " "),
                        route, self.number(d.member_count), self.number(ri.visits.get(d.id, 0))])
        for p in ri.programmes:
            name = f"{words.label('programme')}: {words.pick(p.title_en, p.title_zh_hant, p.title_zh_hans)}"
            out.append([self.span(p.start, p.end), name, "", "", str(len(p.legs)), ""])
        return out

    def span(self, start: date | None, end: date | None) -> str:
        if not start or not end:
            return ""
        return self.words.span(Schedule.days(start, end, "UTC"), with_time=False)

    def confidential(self, events: tuple[rows.EventRow, ...]) -> str:
        first = min(e.schedule.local_days()[0] for e in events)
        last = max(e.schedule.local_days()[1] for e in events)
        # months only: the aggregate never tells the days an operation ran
        months = Schedule("UTC", True, first_day=first, last_day=last,
                          precision=DatePrecision.MONTH)
        span = self.words.span(months, with_time=False)
        return self.words.label("confidential_ops", count=len(events), span=span)

    def _figures(self, figures: tuple[rows.FigureRow, ...]) -> Table:
        words = self.words
        widths = [self.frame_width * 0.75, self.frame_width * 0.2]
        data = [[para(words.pick(f.label_en, f.label_zh_hant, f.label_zh_hans, " "), "cell"),
                 self.figure(f)] for f in figures]
        style = table_style(header_rows=0) + [("ALIGN", (1, 0), (1, -1), "RIGHT")]
        return Table(data, colWidths=widths, style=style, hAlign="LEFT")

    def figure(self, f: rows.FigureRow) -> str:
        if f.unit == FigureUnit.HKD:
            return f"HK${self.number(f.value)}"
        if f.unit == FigureUnit.PERCENT:
            return f"{self.number(f.value)}%"
        return self.number(f.value)

    def number(self, value: float) -> str:
        locale = "en_GB" if self.options.lang in (Lang.EN, Lang.BI) else "zh_Hant_HK"
        return format_decimal(value, locale=locale)

