"""Calendars and printed documents from the File menu, through the worker, previewed or saved."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from icalendar import Calendar
from pypdf import PdfReader

from planner.store import queries
from tests.ui.conftest import settle


def _select(view, predicate) -> None:
    from planner.ui.models.base import ROW_ROLE

    model = view.model()
    for r in range(model.rowCount()):
        if predicate(model.index(r, 0).data(ROW_ROLE)):
            view.selectRow(r)
            return
    raise AssertionError("row not found")


def confirm_options(controller, dialogs, **values) -> Any:
    """Answer the document's options dialog (values by field name), press OK, let it run."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QSpinBox

    options = dialogs.last("document_options")
    for name, value in values.items():
        field = options.fields[name]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(field.findData(value))
            assert field.currentData() == value
        elif isinstance(field, QSpinBox):
            field.setValue(value)
        elif isinstance(field, QCheckBox):
            field.setChecked(value)
    options.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    settle(controller)
    return options


def test_itinerary_pdf_of_the_selected_delegation(window, controller, dialogs, tmp_path: Path) -> None:
    view = window.show_section("delegations")
    settle(controller)
    _select(view.view, lambda d: d.id == 5)
    window.exports.update_enabled()
    assert window.exports.actions["export_itinerary"].isEnabled()
    assert not window.exports.actions["export_sign_in"].isEnabled()
    window.exports.actions["export_itinerary"].trigger()
    settle(controller)
    confirm_options(controller, dialogs)
    ready = dialogs.last("document_ready")
    target = tmp_path / "itinerary.pdf"
    dialogs.save_paths.append(str(target))
    ready.save_button.click()
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "InnoCentre" in text and "Heritage Museum" in text


def test_sign_in_sheet_of_the_selected_event(window, controller, dialogs, tmp_path: Path) -> None:
    view = window.show_section("events")
    settle(controller)
    _select(view.view, lambda e: "Development of SMEs" in (e.title_en or ""))
    window.exports.update_enabled()
    window.exports.actions["export_sign_in"].trigger()
    settle(controller)
    confirm_options(controller, dialogs)
    ready = dialogs.last("document_ready")
    assert ready.data.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(ready.data)).pages) >= 5  # about 240 rows


def test_calendar_round_trip_through_the_menus(window, controller, dialogs, tmp_path: Path) -> None:
    window.show_section("events")
    settle(controller)
    window.exports.actions["export_ical_all"].trigger()
    settle(controller)
    ready = dialogs.last("document_ready")
    calendar = Calendar.from_ical(ready.data)
    titles = [str(e.get("summary")) for e in calendar.walk("VEVENT")]
    assert any("Development of SMEs" in t for t in titles)
    assert not any("Thundercracker" in t for t in titles)  # confidential never leaves
    outside = tmp_path / "outside.ics"
    outside.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:outside-1@example.org\r\nDTSTAMP:20170101T000000Z\r\n"
        b"DTSTART:20170610T020000Z\r\nDTEND:20170610T040000Z\r\nSUMMARY:Partner briefing\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    dialogs.open_paths.append(str(outside))
    window.exports.actions["import_ical"].trigger()
    settle(controller)
    assert dialogs.infos and "1 created" in dialogs.infos[-1][1]
    with controller.db.read() as session:
        assert queries.list_events(session, text="Partner briefing")
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert not queries.list_events(session, text="Partner briefing")


def test_word_copy_of_the_itinerary(window, controller, dialogs, tmp_path: Path) -> None:
    from docx import Document

    view = window.show_section("delegations")
    settle(controller)
    _select(view.view, lambda d: d.id == 5)
    window.exports.update_enabled()
    assert window.exports.actions["export_itinerary_docx"].isEnabled()
    window.exports.actions["export_itinerary_docx"].trigger()
    settle(controller)
    confirm_options(controller, dialogs)
    ready = dialogs.last("document_ready")
    assert ready.suggested.startswith("Itinerary - ") and ready.suggested.endswith(".docx")
    assert ready.viewer is None and ready.print_button.isHidden()
    target = tmp_path / "itinerary.docx"
    dialogs.save_paths.append(str(target))
    ready.save_button.click()
    text = "\n".join(cell.text for table in Document(str(target)).tables
                     for row in table.rows for cell in row.cells)
    assert "InnoCentre" in text and "Heritage Museum" in text
