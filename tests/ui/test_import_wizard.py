"""The participant import wizard: an .xlsx and a Big5 CSV into an event, mapping, report, undo."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from planner.store import queries
from planner.store.models import Person
from planner.ui.models.base import ROW_ROLE
from tests.ui.conftest import settle

EVENT = "Development of SMEs"


def _select_event(window, controller):
    view = window.show_section("events")
    settle(controller)
    model = view.view.model()
    for r in range(model.rowCount()):
        if EVENT in (model.index(r, 0).data(ROW_ROLE).title_en or ""):
            view.view.selectRow(r)
            settle(controller)
            return view
    raise AssertionError("event not found")


def _names_in_panel(view) -> set[str]:
    model = view.participants.model
    return {model.row_at(r).person.name_zh or "" for r in range(model.rowCount())}


def _workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Guests"
    sheet.append(["Seminar guests 研討會嘉賓"])  # a title row above the headings
    sheet.append([])
    sheet.append(["姓名", "English name", "機構", "電郵", "Remarks"])
    sheet.append(["黃小玲", "WONG Siu-ling", "Test Guild of Lanterns", "siuling@example.org", "素食"])
    sheet.append([None, None, None, None, None])
    sheet.append(["區志強", "AU Chi-keung", "Test Guild of Lanterns", "not-an-email", ""])
    sheet.append([None, None, "Test Guild of Lanterns", "nobody@example.org", ""])  # no name
    book.create_sheet("Other")
    book.save(path)
    return path


def test_xlsx_import_through_the_wizard_then_undo(window, controller, dialogs,
                                                  tmp_path: Path) -> None:
    view = _select_event(window, controller)
    before = _names_in_panel(view)
    dialogs.open_paths.append(str(_workbook(tmp_path / "guests.xlsx")))
    wizard = view.participants.import_list()
    settle(controller)
    assert dialogs.last("import_wizard") is wizard
    preview = wizard.preview
    assert preview.format == "xlsx" and preview.header_line == 3
    assert preview.sheet_names == ("Guests", "Other")
    assert wizard.first_rows.item(0, 0).text() == "黃小玲"
    assert "XLSX" in wizard.file_info.text()
    # Proposed from the headings; the organiser maps the unknown Remarks column by hand.
    assert wizard.combos[0].currentData() in ("name", "name_zh")
    assert wizard.combos[2].currentData() == "organisation"
    assert wizard.combos[4].currentData() is None
    combo = wizard.combos[4]
    combo.setCurrentIndex(combo.findData("dietary_needs"))
    wizard.next.click()
    wizard.next.click()  # mapping -> row report, planned on the worker
    settle(controller)
    report = {wizard.report.item(r, 1).text(): (wizard.report.item(r, 3).text(),
                                                 wizard.report.item(r, 4).text(),
                                                 wizard.report.item(r, 2).text())
              for r in range(wizard.report.rowCount())}
    assert report["WONG Siu-ling 黃小玲"][0] == "new"
    assert report["WONG Siu-ling 黃小玲"][2] == "Test Guild of Lanterns (new)"
    # A bad e-mail no longer costs the person: imported without it, and said so.
    assert report["AU Chi-keung 區志強"][0] == "new"
    assert "not-an-email" in report["AU Chi-keung 區志強"][1]
    assert "Imported without it" in report["AU Chi-keung 區志強"][1]
    assert "1 row is imported without its e-mail address" in wizard.summary.text()
    assert report[""][0] == "invalid" and "name" in report[""][1]  # listed, never dropped
    assert wizard.import_button.isEnabled()
    wizard.import_button.click()
    settle(controller)
    assert wizard.imported is not None
    assert "Undo" in wizard.message.text()
    assert "黃小玲" in _names_in_panel(view)
    with controller.db.read() as session:
        person = session.scalars(select(Person).where(Person.name_zh == "黃小玲")).one()
        assert person.dietary_needs == "素食"
        assert person.organisation is not None
        au = session.scalars(select(Person).where(Person.name_zh == "區志強")).one()
        assert au.email is None and au.name_en == "AU Chi-keung"
        assert au.organisation_id == person.organisation_id  # one new organisation, not two
    window.actions_["undo"].trigger()
    settle(controller)
    assert _names_in_panel(view) == before
    with controller.db.read() as session:
        assert not [p for p in queries.list_people(session, text="黃小玲")]


def _big5_csv(path: Path) -> Path:
    text = ("姓名,英文姓名,單位,電郵\r\n"
            "陳美玲,CHAN Mei-ling,香港測試協會,meiling@example.org\r\n"
            "張國榮,CHEUNG Kwok-wing,香港測試協會,kwokwing@example.org\r\n")
    path.write_bytes(text.encode("big5"))
    return path


def test_big5_csv_from_the_file_menu_and_duplicates(window, controller, dialogs,
                                                    tmp_path: Path) -> None:
    view = _select_event(window, controller)
    csv = _big5_csv(tmp_path / "list.csv")
    dialogs.open_paths.append(str(csv))
    window.exports.actions["import_people"].trigger()
    settle(controller)
    wizard = dialogs.last("import_wizard")
    assert wizard.target.kind == "event"
    assert "Big5" in (wizard.preview.encoding or "")
    assert wizard.first_rows.item(1, 0).text() == "張國榮"
    wizard.next.click()
    wizard.next.click()
    settle(controller)
    assert "2 new" in wizard.summary.text()
    wizard.import_button.click()
    settle(controller)
    assert {"陳美玲", "張國榮"} <= _names_in_panel(view)
    # The same file again: both rows now match people in the database.
    dialogs.open_paths.append(str(csv))
    window.exports.actions["import_people"].trigger()
    settle(controller)
    again = dialogs.last("import_wizard")
    assert again is not wizard
    again.next.click()
    again.next.click()
    settle(controller)
    actions = {again.report.item(r, 3).text() for r in range(again.report.rowCount())}
    assert actions == {"merge"}
    again.duplicates.setCurrentIndex(again.duplicates.findData("skip"))
    settle(controller)
    assert {again.report.item(r, 3).text() for r in range(again.report.rowCount())} == {"skip"}
    assert not again.import_button.isEnabled()  # nothing would be written
    with controller.db.read() as session:
        assert len(queries.list_people(session, text="陳美玲")) == 1


def test_matched_organisations_shown_alike_and_enter_on_the_last_page_imports(
        window, controller, dialogs, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from planner.store.models import Organisation

    view = _select_event(window, controller)
    path = tmp_path / "hk.csv"
    path.write_text("姓名,機構\n馮志明,香港知識產權署\n麥嘉儀,HKIPD\n", encoding="utf-8")
    dialogs.open_paths.append(str(path))
    wizard = view.participants.import_list()
    settle(controller)
    wizard.next.click()
    wizard.next.click()
    settle(controller)
    shown = {wizard.report.item(r, 1).text(): wizard.report.item(r, 2).text()
             for r in range(wizard.report.rowCount())}
    # One organisation, written two ways in the list, shown one way: its name and its code.
    assert shown["馮志明"] == shown["麥嘉儀"]
    assert shown["馮志明"].startswith("Intellectual Property Department")
    assert shown["馮志明"].endswith("(HKIPD)")
    assert wizard.import_button.isDefault() and not wizard.next.isDefault()
    dialogs.confirm_answers.append(False)  # Esc or Close with the import not run: asked
    wizard.reject()
    assert wizard.isVisible() and wizard.imported is None
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter on the last page imports
    settle(controller)
    assert wizard.imported is not None
    with controller.db.read() as session:
        hkipd = session.scalars(select(Organisation).where(Organisation.code == "HKIPD")).one()
        people = session.scalars(select(Person).where(Person.name_zh.in_(["馮志明", "麥嘉儀"])))
        assert {p.organisation_id for p in people} == {hkipd.id}
        assert session.scalar(select(Organisation.id).where(
            Organisation.name_zh_hant == "香港知識產權署")) is None  # no duplicate
    wizard.reject()  # imported: closes without asking
    assert not wizard.isVisible()
