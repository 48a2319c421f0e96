"""One registry of documents: the command line and the window read the same descriptions."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from planner.cli.parser import build_parser
from planner.domain.kinds import RecordKind
from planner.exports.pdf import documents as pdf
from planner.exports.pdf.template import Options
from planner.exports.pdf.words import Lang
from planner.i18n import catalogue
from planner.operations.documents import Request, Target, document, documents, for_kind
from planner.operations.documents.options import SENSITIVE_NOTE


def _registry_texts() -> list[str]:
    texts = [SENSITIVE_NOTE]
    for doc in documents():
        texts += [doc.title, *doc.menu.values()]
        for option in doc.all_options:
            texts += [t for t in (option.label, option.tooltip) if t]
            if option.choices and option.name != "layout":  # label sheets are product codes
                texts += [label for _value, label in option.choices()]
    return texts


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_every_title_label_and_choice_is_in_the_core_catalogue(locale: str) -> None:
    translated = catalogue(locale)
    assert [t for t in _registry_texts() if not translated.get(t)] == []


def test_documents_for_a_selected_record() -> None:
    assert [d.key for d in for_kind(RecordKind.EVENT)] == [
        "sign_in_sheet", "attendance_report", "badges", "catering"]
    assert [d.key for d in for_kind(RecordKind.PROGRAMME)] == ["itinerary"]
    assert document("annual_report").applies_to == ()
    assert {d.key for d in documents() if "docx" in d.formats} == {"itinerary",
                                                                    "annual_report"}


def test_each_document_option_is_a_command_line_argument() -> None:
    parser = build_parser()
    export = next(a for a in parser._actions if a.dest == "command").choices["export"]
    commands = next(a for a in export._actions if getattr(a, "choices", None)).choices
    for doc in documents():
        flags = {f for a in commands[doc.command]._actions for f in a.option_strings}
        assert {o.flag for o in doc.all_options} <= flags, doc.key
        assert {f"--{kind}" for kind in doc.applies_to} <= flags, doc.key


def test_the_registry_makes_what_the_exporter_makes(demo_db) -> None:
    request = Request(Target(RecordKind.EVENT, 1), {"lang": "en", "blank_rows": 0})
    made = document("sign_in_sheet").make(demo_db, request)
    direct = pdf.sign_in_sheet(demo_db, 1, Options(lang=Lang.EN), blank_rows=0)

    def text(data: bytes) -> str:
        return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)

    assert text(made) == text(direct) and "Sign-in sheet" in text(made)


def test_a_year_that_is_not_one_is_refused_before_anything_is_made(demo_db) -> None:
    from planner.domain.errors import PlannerError

    with pytest.raises(PlannerError):
        document("annual_report").make(demo_db, Request(None, {"year": "2016"}))
