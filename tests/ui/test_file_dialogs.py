"""File dialogs start in Documents, then in the last folder used; documents are offered under
their kind, title and date; saved files get the user's usual permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from planner.ui import file_places
from planner.ui.dialog_service import DialogService
from planner.ui.dialogs.document_ready import DocumentReady
from tests.ui.conftest import settle
from tests.ui.test_exports_menu import _select, confirm_options


def test_save_starts_in_documents_then_in_the_last_folder(qtbot, monkeypatch, tmp_path: Path) -> None:
    offered: list[str] = []
    answers = [str(tmp_path / "elsewhere" / "first.pdf"), ""]
    (tmp_path / "elsewhere").mkdir()

    def fake(parent, title, start, filters):  # noqa: ANN001, ANN202
        offered.append(start)
        return answers.pop(0), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    service = DialogService()
    first = answers[0]
    assert service.save_file(None, "Save", "Sign-in sheet.pdf", "PDF (*.pdf)") == first
    assert offered[0] == str(file_places.documents_folder() / "Sign-in sheet.pdf")
    assert service.save_file(None, "Save", "Itinerary.pdf", "PDF (*.pdf)") is None
    assert offered[1] == str(tmp_path / "elsewhere" / "Itinerary.pdf")


def test_a_vanished_last_folder_falls_back_to_documents(qtbot, tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    file_places.remember(str(gone / "x.pdf"))
    assert file_places.start_folder() == gone
    gone.rmdir()
    assert file_places.start_folder() == file_places.documents_folder()


def test_documents_are_offered_by_title_and_date(window, controller, dialogs) -> None:
    view = window.show_section("events")
    settle(controller)
    _select(view.view, lambda e: (e.title_en or "").startswith("6th China International Copyright"))
    window.exports.update_enabled()
    window.exports.actions["export_sign_in"].trigger()
    settle(controller)
    confirm_options(controller, dialogs)
    ready = dialogs.last("document_ready")
    # the title has a colon, which no Windows file name may have; it is longer than a name
    # should be, so it is cut before its date
    assert ready.suggested.startswith("Sign-in sheet - 6th China International Copyright Expo ")
    assert ready.suggested.endswith("… - 2016-12.pdf") and ":" not in ready.suggested


@pytest.fixture
def umask_022():  # noqa: ANN201
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_saved_document_gets_the_users_usual_permissions(qtbot, dialogs, tmp_path: Path,
                                                           umask_022: None) -> None:
    ready = DocumentReady("Ready", "Itinerary - Visit - 2017-04-19.pdf", b"%PDF-1.4 test",
                          dialogs, "PDF (*.pdf)")
    qtbot.addWidget(ready)
    target = tmp_path / "saved.pdf"
    dialogs.save_paths.append(str(target))
    ready.save_button.click()
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.umask(0o027)
    again = tmp_path / "again.pdf"
    dialogs.save_paths.append(str(again))
    ready.save_button.click()
    assert stat.S_IMODE(again.stat().st_mode) == 0o640
