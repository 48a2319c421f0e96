"""Printed documents: a sign-in sheet of 10,000 people and an itinerary of 200 items.

    python bench/bench_pdf.py [--people 10000] [--items 200] [--repeat 2]

Each is compared in the same run with a bare reportlab document holding the same table rows
(plain strings in one Table with a repeated header row, the same embedded font and column
widths, no header or footer). Ours adds what an organiser gets: name ordering by collation,
wrapping paragraphs where a cell does not fit, signature padding, walk-in rows, the running
header and the "Page x of y" footer, PDF metadata, progress and cancellation checks.
Data comes from memory, so the figures are layout and PDF writing only.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from bench.common import best_of, report  # noqa: E402
from planner.demo.names import fake_name  # noqa: E402
from planner.domain import rows  # noqa: E402
from planner.domain.enums import (  # noqa: E402
    EventKind,
    ItineraryKind,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
    Side,
    Status,
)
from planner.domain.schedule import Schedule  # noqa: E402
from planner.exports.pdf import fonts  # noqa: E402
from planner.exports.pdf.fonts import FONT_NAME  # noqa: E402
from planner.exports.pdf.itinerary import Itinerary  # noqa: E402
from planner.exports.pdf.sign_in import SignInSheet  # noqa: E402
from planner.exports.pdf.template import Options  # noqa: E402
from planner.exports.pdf.words import Lang  # noqa: E402
from planner.store.document_queries import DelegationBook, EventSheet, PersonLine, RegistrationLine  # noqa: E402

ORGS = [rows.Ref(n, f"ORG{n}", f"Organisation number {n} Limited", f"第{n}號機構有限公司",
                 f"第{n}号机构有限公司") for n in range(1, 60)]


def sign_in_data(people: int) -> EventSheet:
    rng = random.Random(7)
    regs = []
    for n in range(1, people + 1):
        name = fake_name(rng, Side.HONG_KONG if n % 2 else Side.GUANGDONG)
        person = PersonLine(n, name.name_en, name.name_zh, rng.choice(ORGS), "Officer",
                            PersonCategory.OFFICIAL, False)
        regs.append(RegistrationLine(n, person, RegistrationStatus.REGISTERED,
                                     RegistrationRole.PARTICIPANT, False, None, None))
    schedule = Schedule.timed(datetime(2017, 6, 2, 9), datetime(2017, 6, 2, 17), "Asia/Hong_Kong")
    event = rows.EventRow(1, 1, "e@bench", 0, EventKind.SEMINAR, "Benchmark seminar", "測試研討會",
                          None, None, None, None, None, schedule, None, None, None,
                          Status.CONFIRMED, False, (), people,
                          datetime.now(UTC).replace(tzinfo=None), None)
    return EventSheet(event, None, tuple(regs))


def itinerary_data(items: int) -> DelegationBook:
    kinds = list(ItineraryKind)
    entries = []
    for n in range(items):
        day = date(2017, 4, 19) + timedelta(days=n // 12)
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=8, minutes=50 * (n % 12))
        schedule = Schedule.timed(start, start + timedelta(minutes=45), "Asia/Shanghai")
        entries.append(rows.ItineraryRow(
            n, 1, f"i{n}@bench", 0, 1, n, kinds[n % len(kinds)], f"Visit the organisation {n}",
            f"參觀機構{n}", f"参观机构{n}", schedule, None, ORGS[n % len(ORGS)],
            "Ms Chan +852 5550 0000", "Lok Ma Chau" if n % 9 == 0 else None, None))
    schedule = Schedule.days(date(2017, 4, 19), entries[-1].schedule.local_days()[1], "Asia/Shanghai")
    delegation = rows.DelegationRow(1, 1, "d@bench", 0, "Benchmark delegation", "測試代表團", None,
                                    None, None, None, ORGS[0], (), Side.HONG_KONG, Side.GUANGDONG,
                                    "Hong Kong", "Guangzhou", schedule, None, None, None,
                                    Status.CONFIRMED, 0, (), (), tuple(entries))
    return DelegationBook(delegation, {}, ())


def bare(data: list[list[str]], widths: list[float], pagesize: tuple[float, float],
         wrap: bool = False) -> bytes:
    """A bare reportlab document: one table, header row repeated; cells are plain strings
    (which overflow when too long) or, with `wrap`, CJK-wrapping Paragraphs."""
    if wrap:
        style = ParagraphStyle("cell", fontName=FONT_NAME, fontSize=8.5, wordWrap="CJK")
        data = [[Paragraph(escape(text).replace("\n", "<br/>"), style) for text in row]
                for row in data]
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, initialFontName=FONT_NAME)
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                        ("GRID", (0, 0), (-1, -1), 0.4, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    doc.build([Table(data, colWidths=widths, repeatRows=1, style=style)])
    return buffer.getvalue()


def sign_in_rows(sheet: EventSheet) -> list[list[str]]:
    out = [["No.", "Name (English)", "Name (Chinese)", "Organisation", "Position", "Signature"]]
    for n, r in enumerate(sheet.registrations, start=1):
        p = r.person
        out.append([str(n), p.name_en or "", p.name_zh or "", p.organisation.name_en if p.organisation else "",
                    p.position or "", ""])
    return out


def itinerary_rows(book: DelegationBook) -> list[list[str]]:
    out = [["Time", "Activity", "Venue", "Host"]]
    for i in book.delegation.itinerary:
        out.append([f"{i.schedule.start:%H:%M}–{i.schedule.end:%H:%M}",
                    f"{i.kind.value}\n{i.title_en}\n{i.title_zh_hant}", "",
                    f"{i.host.name_en if i.host else ''}\n{i.contact_person or ''}"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    fonts.register()
    options = Options(lang=Lang.BI, printed_on=date(2026, 1, 15))

    sheet = sign_in_data(args.people)
    widths = [11 * mm, 52 * mm, 30 * mm, 62 * mm, 41 * mm, 73 * mm]
    table = sign_in_rows(sheet)
    base = best_of(lambda: bare(table, widths, landscape(A4)), args.repeat)
    wrapped = best_of(lambda: bare(table, widths, landscape(A4), wrap=True), args.repeat)
    ours = best_of(lambda: SignInSheet(sheet, options).render(), args.repeat)
    report(f"sign-in sheet, {args.people:,} people (bilingual)", ours, base,
           note="vs bare reportlab table of the same rows as plain strings")
    report(f"sign-in sheet, {args.people:,} people (bilingual)", ours, wrapped,
           note="vs bare reportlab table of the same rows as wrapping paragraphs")

    book = itinerary_data(args.items)
    widths = [w * (A4[0] - 28 * mm) for w in (0.12, 0.37, 0.29, 0.22)]
    table = itinerary_rows(book)
    base = best_of(lambda: bare(table, widths, A4), args.repeat * 2)
    wrapped = best_of(lambda: bare(table, widths, A4, wrap=True), args.repeat * 2)
    ours = best_of(lambda: Itinerary(book, options).render(), args.repeat * 2)
    report(f"itinerary, {args.items} items (bilingual)", ours, base,
           note="vs bare reportlab table of the same rows as plain strings")
    report(f"itinerary, {args.items} items (bilingual)", ours, wrapped,
           note="vs bare reportlab table of the same rows as wrapping paragraphs")


if __name__ == "__main__":
    main()
