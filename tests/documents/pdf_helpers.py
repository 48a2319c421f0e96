"""Helpers for the printed-document tests: read a PDF back, check it, build test data."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from planner.domain import rows
from planner.domain.enums import (
    EventKind,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
    Status,
)
from planner.domain.schedule import Schedule
from planner.store.document_queries import EventSheet, PersonLine, RegistrationLine
from tests.system_tools import need_tools

PRINTED = date(2026, 1, 15)
_SPACE = re.compile(r"\s+")


@dataclass
class Pdf:
    """A PDF read back: per-page text and the raw reader."""

    data: bytes
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All text without any white space: wrapped lines joined again."""
        return _SPACE.sub("", self.text)

    def page_flat(self, n: int) -> str:
        return _SPACE.sub("", self.pages[n])

    def order_of(self, needles: list[str]) -> list[int]:
        flat = self.flat
        return [flat.find(_SPACE.sub("", n)) for n in needles]


def read_pdf(data: bytes, tmp_path: Path | None = None) -> Pdf:
    """Parse with pypdf, check with qpdf, and check that every font is embedded."""
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    check_fonts_embedded(reader)
    if tmp_path is not None:
        qpdf_check(data, tmp_path)
    return Pdf(data, reader, [page.extract_text() or "" for page in reader.pages])


def check_fonts_embedded(reader: PdfReader) -> None:
    for number, page in enumerate(reader.pages, start=1):
        for font in _fonts(page):
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            assert descriptor is not None, f"page {number}: font {font.get('/BaseFont')} has no descriptor"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), \
                f"page {number}: font {font.get('/BaseFont')} is not embedded"


def _fonts(page) -> list:  # noqa: ANN001
    found = []
    stack = [page.get("/Resources")]
    seen = set()
    while stack:
        resources = stack.pop()
        if resources is None:
            continue
        resources = resources.get_object()
        if id(resources) in seen:
            continue
        seen.add(id(resources))
        for font in (resources.get("/Font") or {}).values():
            found.append(font.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                stack.append(xobject.get("/Resources"))
    return found


def qpdf_check(data: bytes, tmp_path: Path) -> None:
    need_tools("qpdf")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


def person(n: int, name_en: str | None = None, name_zh: str | None = None,
           org: rows.Ref | None = None, **extra: object) -> PersonLine:
    return PersonLine(n, name_en if name_en is not None else f"Person {n:05d}", name_zh, org,
                      extra.pop("position", "Officer"),  # type: ignore[arg-type]
                      extra.pop("category", PersonCategory.OFFICIAL),  # type: ignore[arg-type]
                      bool(extra.pop("is_minor", False)), **extra)  # type: ignore[arg-type]


def registration(n: int, who: PersonLine, *, attended: bool = True, walk_in: bool = False,
                 days: tuple[date, ...] = (), role: RegistrationRole = RegistrationRole.PARTICIPANT
                 ) -> RegistrationLine:
    checked = datetime(2017, 6, 2, 1, 30) if attended and not days else None
    return RegistrationLine(n, who, RegistrationStatus.REGISTERED, role, walk_in, checked,
                            f"CODE{n:08d}", days)


def event_row(*, days: int = 1, title: str = "Test seminar", zh: str = "測試研討會") -> rows.EventRow:
    schedule = (Schedule.timed(datetime(2017, 6, 2, 9), datetime(2017, 6, 2, 17), "Asia/Hong_Kong")
                if days == 1 else Schedule.days(date(2017, 6, 2), date(2017, 6, 1 + days),
                                                "Asia/Hong_Kong"))
    return rows.EventRow(1, 1, "event-1@test", 0, EventKind.SEMINAR, title, zh, None, None, None,
                         None, None, schedule, None, None, None, Status.CONFIRMED, False, (), 0,
                         datetime.now(UTC).replace(tzinfo=None), None)


def sheet_of(registrations: list[RegistrationLine], **event: object) -> EventSheet:
    return EventSheet(event_row(**event), None, tuple(registrations))  # type: ignore[arg-type]


ORG_A = rows.Ref(1, "HKIPD", "Intellectual Property Department", "知識產權署", "知识产权署")
ORG_B = rows.Ref(2, "GDIPO", "Guangdong Intellectual Property Office", "廣東省知識產權局",
                 "广东省知识产权局")
__all__ = ["ORG_A", "ORG_B", "PRINTED", "Pdf", "person", "read_pdf", "registration",
           "sheet_of"]


def itinerary_item(n: int, day: int, hour: int, *, title: str | None = None,
                   kind: str = "visit") -> rows.ItineraryRow:
    from planner.domain.enums import ItineraryKind

    start = datetime(2017, 4, day, hour) + timedelta(minutes=4 * n)
    schedule = Schedule.timed(start, start + timedelta(minutes=3), "Asia/Shanghai")
    return rows.ItineraryRow(n, 1, f"it-{n}@test", 0, 1, n, ItineraryKind(kind),
                             title or f"Activity {n:04d}", f"活動{n}", f"活动{n}", schedule,
                             None, ORG_B, "Ms Contact", None, None)


def delegation_book(items: list[rows.ItineraryRow], members: tuple = ()) -> object:
    from planner.domain.enums import Side
    from planner.store.document_queries import DelegationBook

    schedule = Schedule.days(date(2017, 4, 19), date(2017, 4, 21), "Asia/Shanghai")
    row = rows.DelegationRow(1, 1, "d-1@test", 0, "Test delegation", "測試代表團", "测试代表团",
                             None, None, None, ORG_A, (), Side.HONG_KONG, Side.GUANGDONG,
                             "Hong Kong", "Guangzhou", schedule, None, None, None,
                             Status.CONFIRMED, len(members),
                             (rows.ContactRow(1, 1, 1, 0, "Duty Officer", "+852 5550 0000", "HKIPD"),),
                             (), tuple(items))
    return DelegationBook(row, {}, members)
