"""Before a document is made, the window asks the choices the command line has for it, and
remembers them per document; printing travel document numbers is audited and never remembered."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select

from planner.store.models import AuditEntry, Delegation, TravelDocument
from planner.ui.dialogs.document_options import CHOICES, DocumentOptions
from planner.ui.settings import app_settings
from tests.ui.conftest import settle
from tests.ui.test_exports_menu import _select, confirm_options


def _text(data: bytes) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_each_document_asks_what_the_command_line_has(qtbot) -> None:
    settings = app_settings()
    for kind, names in CHOICES.items():
        dialog = DocumentOptions(kind, kind, settings, "en", years=["2016-17"], layouts=["L7165"])
        qtbot.addWidget(dialog)
        assert set(dialog.fields) == set(names)
    assert "blank_rows" in CHOICES["sign_in_sheet"] and "grouping" in CHOICES["sign_in_sheet"]
    assert "page_per_day" in CHOICES["itinerary"] and "layout" in CHOICES["badges"]


def test_sign_in_sheet_choices_are_used_and_remembered(window, controller, dialogs) -> None:
    view = window.show_section("events")
    settle(controller)
    _select(view.view, lambda e: "Development of SMEs" in (e.title_en or ""))
    window.exports.update_enabled()
    window.exports.actions["export_sign_in"].trigger()
    settle(controller)
    first = dialogs.last("document_options")
    assert first.fields["lang"].currentData() == "bi"  # the window is in English
    confirm_options(controller, dialogs, lang="zh-hk", grouping="organisation", blank_rows=0,
                    order="stroke")
    text = _text(dialogs.last("document_ready").data)
    assert "簽到表" in text and "Sign-insheet" not in text
    window.exports.actions["export_sign_in"].trigger()
    settle(controller)
    again = dialogs.last("document_options")
    assert again is not first
    assert [again.fields[n].currentData() for n in ("lang", "grouping", "order")] == \
        ["zh-hk", "organisation", "stroke"]
    assert again.fields["blank_rows"].value() == 0
    again.reject()


def test_document_numbers_are_audited_and_not_remembered(window, controller, dialogs) -> None:
    view = window.show_section("delegations")
    settle(controller)
    with controller.db.read() as session:
        students = session.scalar(select(Delegation.id).where(Delegation.name_en.contains(
            "students' copyright exchange delegation to Zhongshan")))
        numbers = session.scalars(select(TravelDocument.number)).all()
    _select(view.view, lambda d: d.id == students)
    window.exports.update_enabled()
    window.exports.actions["export_crossing"].trigger()
    settle(controller)
    confirm_options(controller, dialogs, lang="en", document_numbers=True)
    text = _text(dialogs.last("document_ready").data)
    assert sum(1 for n in numbers if n in text) == 18
    with controller.db.read() as session:
        entries = [(e.entity_id, e.details["fields"]) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export_sensitive"))]
    assert entries == [(students, ["document_numbers"])]
    window.exports.actions["export_crossing"].trigger()
    settle(controller)
    again = dialogs.last("document_options")
    assert not again.fields["document_numbers"].isChecked()
    assert again.fields["lang"].currentData() == "en"  # the rest is remembered
    confirm_options(controller, dialogs)
    assert not any(n in _text(dialogs.last("document_ready").data) for n in numbers)


def test_the_report_asks_the_year_with_the_rest(window, controller, dialogs) -> None:
    window.exports.actions["export_report"].trigger()
    settle(controller)
    options = dialogs.last("document_options")
    years = [options.fields["year"].itemData(i) for i in range(options.fields["year"].count())]
    assert "2016-17" in years and years == sorted(years, reverse=True)
    confirm_options(controller, dialogs, year="2016-17", lang="en")
    ready = dialogs.last("document_ready")
    assert ready.suggested == "Annual progress report - 2016-17.pdf"
    assert "Annualprogressreport" in _text(ready.data)
