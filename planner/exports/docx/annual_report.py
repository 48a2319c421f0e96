"""The annual progress report as a Word document, for organisers to edit and circulate before
the Expert Group meets. Texts come from the PDF's document class (narratives scrubbed of
phone numbers and e-mail addresses, confidential operations only in aggregate)."""

from __future__ import annotations

from planner.domain.progress import Progress
from planner.exports.docx.word import WordDocument
from planner.exports.pdf.annual_report import DELEGATION_KEYS, EVENT_KEYS, AnnualReport
from planner.exports.pdf.template import Options
from planner.store.document_queries import ReportItem


def annual_report_docx(year: str, items: tuple[ReportItem, ...], options: Options | None = None,
                       progress: Progress | None = None) -> bytes:
    report = AnnualReport(year, items, options, progress)
    words = report.words
    word = WordDocument(words, report.title(), f"{report.heading()}    {words.label('programme.name')}",
                        f"{report.title()} · {words.printed(report.printed_on())}")
    word.heading(words.label("report.heading", "\n"), 0)
    word.paragraph(year, bold=True, size=14)
    word.paragraph(report.summary())
    for n, ri in enumerate(items, start=1):
        _section(word, report, ri)
        report.tick(n, len(items))
    return word.bytes()


def _section(word: WordDocument, report: AnnualReport, ri: ReportItem) -> None:
    w, item = report.words, ri.item
    word.heading(report.item_heading(item), 1)
    if item.leads:
        word.paragraph(report.leads(item), size=8.5)
    for text in report.narrative(item):
        word.paragraph(text)
    if ri.events:
        word.heading(w.label("events"), 2)
        word.table([w.label(k, " ") for k in EVENT_KEYS], report.event_rows(ri),
                   [0.17, 0.35, 0.22, 0.16, 0.10])
    if ri.delegations or ri.programmes:
        word.heading(w.label("delegations"), 2)
        word.table([w.label(k, " ") for k in DELEGATION_KEYS], report.delegation_rows(ri),
                   [0.17, 0.35, 0.22, 0.10, 0.08, 0.08])
    if ri.confidential:
        word.paragraph(report.confidential(ri.confidential))
    if item.figures:
        word.heading(w.label("figures"), 2)
        word.table(None, [[w.pick(f.label_en, f.label_zh_hant, f.label_zh_hans, " "),
                           report.figure(f)] for f in item.figures], [0.75, 0.20])
    if not (ri.events or ri.delegations or ri.programmes or ri.confidential):
        word.paragraph(w.label("no_activities"), size=8.5)
