"""File > Export and File > Import: calendars, printed documents and lists, on the worker.

Each export runs on the database worker with a cancellable progress dialog; the result opens
in a dialog that previews a PDF inside the window, prints it or saves it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from planner.domain.progress import Progress
from planner.exports import names
from planner.store.database import Database
from planner.store.queries import list_items
from planner.ui.context import UiContext
from planner.ui.dialogs.document_ready import DocumentReady
from planner.ui.document_makers import document_kind, documents, maker, word_documents
from planner.ui.settings import app_settings
from planner.ui.text import tr

if TYPE_CHECKING:
    from planner.exports.pdf.template import Options
    from planner.ui.dialogs.document_options import DocumentChoices

PDF = "PDF (*.pdf)"
ICS = "iCalendar (*.ics)"
DOCX = "Word (*.docx)"
EXTENSIONS = {ICS: ".ics", DOCX: ".docx"}
CALENDAR_LANG = {"en": "bilingual", "zh_HK": "bilingual", "zh_CN": "bilingual"}


class ExportActions:
    """Builds the Export and Import menus for a window; `selection()` says what is selected."""

    def __init__(self, ctx: UiContext, parent: QWidget,
                 selection: Callable[[], tuple[str, int] | None]) -> None:
        self.ctx = ctx
        self.parent = parent
        self.selection = selection
        self.actions: dict[str, QAction] = {}
        self.last_dialog: DocumentReady | None = None
        self.last_options: QDialog | None = None

    # ----- menus ----------------------------------------------------------------------------
    def fill(self, export_menu: QMenu, import_menu: QMenu) -> None:
        add = self._add
        export_menu.addSeparator()
        add(export_menu, "export_ical_all", tr("ExportActions", "Whole programme as a &calendar (.ics)…"),
            lambda: self.calendar("all", None))
        add(export_menu, "export_ical_selected", tr("ExportActions", "&Selected item as a calendar (.ics)…"),
            self.calendar_of_selection)
        export_menu.addSeparator()
        add(export_menu, "export_itinerary", tr("ExportActions", "&Itinerary (PDF)…"), self.itinerary, "delegation", "programme")
        add(export_menu, "export_crossing", tr("ExportActions", "&Boundary-crossing list (PDF)…"),
            lambda: self._pdf_for("delegation", "crossing_list"), "delegation")
        add(export_menu, "export_sign_in", tr("ExportActions", "Si&gn-in sheet (PDF)…"),
            lambda: self._pdf_for("event", "sign_in_sheet"), "event")
        add(export_menu, "export_attendance", tr("ExportActions", "&Attendance report (PDF)…"),
            lambda: self._pdf_for("event", "attendance_report"), "event")
        add(export_menu, "export_badges", tr("ExportActions", "Name ba&dges (PDF)…"),
            lambda: self._pdf_for("event", "badges"), "event")
        add(export_menu, "export_catering", tr("ExportActions", "Ca&tering list (PDF)…"), self.catering,
            "event", "delegation")
        add(export_menu, "export_report", tr("ExportActions", "Annual &progress report (PDF)…"), self.report)
        export_menu.addSeparator()
        add(export_menu, "export_itinerary_docx", tr("ExportActions", "Itinerary as a &Word copy (.docx)…"),
            lambda: self.itinerary(word=True), "delegation", "programme")
        add(export_menu, "export_report_docx",
            tr("ExportActions", "Annual progress report as a Wo&rd copy (.docx)…"),
            lambda: self.report(word=True))
        add(import_menu, "import_ical", tr("ExportActions", "&Calendar file (.ics)…"), self.import_calendar)
        add(import_menu, "import_people", tr("ExportActions", "&Participants (Excel/CSV)…"),
            self._import_wizard)
        export_menu.aboutToShow.connect(self.update_enabled)

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], Any],
             *kinds: str) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setProperty("kinds", ",".join(kinds))
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        return action

    def update_enabled(self) -> None:
        chosen = self.selection()
        for action in self.actions.values():
            kinds = str(action.property("kinds") or "")
            if kinds:
                action.setEnabled(chosen is not None and chosen[0] in kinds.split(","))
        self.actions["export_ical_selected"].setEnabled(
            chosen is not None and chosen[0] in ("event", "delegation", "programme"))

    # ----- running --------------------------------------------------------------------------
    def _run(self, label: str, kind: str, file_filter: str,
             make: Callable[[Database, Progress], bytes], *, about: tuple[str, int] | None = None,
             when: str = "") -> None:
        """Make a file on the worker, then offer it named `kind - title - date` (the title and
        date of the record `about`, read on the worker too)."""
        extension = EXTENSIONS.get(file_filter, ".pdf")

        def job(db: Database, progress: Progress) -> tuple[bytes, names.Heading | None]:
            data = make(db, progress)
            if about is None:
                return data, None
            with db.read() as session:
                return data, names.heading(session, *about)

        def ready(result: tuple[bytes, names.Heading | None]) -> None:
            data, heading = result
            title = heading.title(self.ctx.ui_locale) if heading else ""
            suggested = names.file_name(kind, title, heading.when if heading else when,
                                        extension)
            dialog = DocumentReady(label, suggested, data, self.ctx.dialogs, file_filter,
                                   self.parent, self.ctx.runner)
            self.last_dialog = dialog
            self.ctx.dialogs.show(dialog)

        self.ctx.runner.run(job, on_success=ready,
                            on_failure=lambda error: self.ctx.show_error(self.parent, error),
                            label=label)

    def _ask(self, doc: str, label: str, go: Callable[[DocumentChoices], None],
             **extra: Any) -> None:
        """The document's choices (language, order...), then `go` with them once accepted."""
        from planner.ui.dialogs.document_options import DocumentOptions

        dialog = DocumentOptions(doc, label, app_settings(), self.ctx.ui_locale, self.parent,
                                 **extra)
        dialog.accepted.connect(lambda: go(dialog.choices()))
        self.last_options = dialog
        self.ctx.dialogs.show(dialog)

    @staticmethod
    def _options(choices: DocumentChoices) -> Options:
        from planner.exports.pdf.collation import NameOrder
        from planner.exports.pdf.template import Options
        from planner.exports.pdf.words import Lang

        return Options(lang=Lang(choices.lang),
                       order=NameOrder(choices.order) if choices.order else None)

    def _pdf_for(self, kind: str, name: str) -> None:
        chosen = self.selection()
        if chosen is None or chosen[0] != kind:
            return
        extra = {}
        if name == "badges":
            from planner.exports.pdf.badges import sheet_names

            extra["layouts"] = sheet_names()

        def go(choices: DocumentChoices) -> None:
            make = maker(name, chosen[1], choices, self._options(choices))
            self._run(tr("ExportActions", "Preparing the document…"), document_kind(name), PDF,
                      make, about=chosen)

        self._ask(name, document_kind(name), go, **extra)

    def itinerary(self, *, word: bool = False) -> None:
        chosen = self.selection()
        if chosen is None:
            return
        kind, ident = chosen
        module = word_documents() if word else documents()
        make = module.itinerary if kind == "delegation" else module.programme_itinerary

        def go(choices: DocumentChoices) -> None:
            options = self._options(choices)
            self._run(tr("ExportActions", "Preparing the itinerary…"), document_kind("itinerary"),
                      DOCX if word else PDF,
                      lambda db, progress: make(db, ident, options, progress,
                                                page_per_day=choices.page_per_day),
                      about=chosen)

        self._ask("itinerary", document_kind("itinerary"), go)

    def catering(self) -> None:
        chosen = self.selection()
        if chosen is None:
            return
        kind, ident = chosen
        make = documents().catering_for_event if kind == "event" \
            else documents().catering_for_delegation

        def go(choices: DocumentChoices) -> None:
            options = self._options(choices)
            self._run(tr("ExportActions", "Preparing the catering list…"),
                      document_kind("catering"), PDF,
                      lambda db, progress: make(db, ident, options, progress), about=chosen)

        self._ask("catering", document_kind("catering"), go)

    def report(self, *, word: bool = False) -> None:
        module = word_documents() if word else documents()

        def go(choices: DocumentChoices) -> None:
            options, year = self._options(choices), choices.year
            self._run(tr("ExportActions", "Preparing the annual report…"),
                      document_kind("annual_report"), DOCX if word else PDF,
                      lambda db, progress: module.annual_report(db, year, options, progress),
                      when=year)

        def chosen_years(years: list[str]) -> None:
            if not years:
                self.ctx.dialogs.info(self.parent, document_kind("annual_report"), tr(
                    "ExportActions", "There are no co-operation items yet: the report lists "
                    "a year's items."))
                return
            self._ask("annual_report", document_kind("annual_report"), go, years=years)

        self.ctx.runner.read(lambda s: sorted({i.year for i in list_items(s)}, reverse=True),
                             on_success=chosen_years)

    def calendar(self, kind: str, ident: int | None) -> None:
        from planner.exports.ical.calendar import export_ical
        from planner.exports.ical.components import ExportOptions
        from planner.store.calendar_rows import CalendarScope

        scope = CalendarScope(kind, ident)
        options = ExportOptions(language=CALENDAR_LANG.get(self.ctx.ui_locale, "bilingual"))

        def make(db: Database, progress: Progress) -> bytes:
            with db.read() as session:
                return export_ical(session, scope, options, progress=progress)

        if ident is None:
            self._run(tr("ExportActions", "Preparing the calendar…"),
                      document_kind("programme_calendar"), ICS, make)
        else:
            self._run(tr("ExportActions", "Preparing the calendar…"), document_kind("calendar"),
                      ICS, make, about=(kind, ident))

    def calendar_of_selection(self) -> None:
        chosen = self.selection()
        if chosen is not None:
            self.calendar(*chosen)

    def _import_wizard(self) -> None:
        from planner.ui.dialogs.import_wizard import open_import_wizard

        open_import_wizard(self.ctx, self.parent, self.selection())

    def import_calendar(self) -> None:
        from planner.imports.ical.reader import read_calendar
        from planner.operations.calendars import import_calendar

        path = self.ctx.dialogs.open_file(self.parent, tr("ExportActions", "Import a calendar"),
                                          f"{ICS};;" + tr("ExportActions", "All files (*)"))
        if not path:
            return

        def imported(outcome: Any) -> None:
            summary = outcome.value
            self.ctx.dialogs.info(self.parent, tr("ExportActions", "Calendar imported"), tr(
                "ExportActions", "{0}: {1} created, {2} updated, {3} unchanged, {4} cancelled. "
                "Edit > Undo takes the import back.").format(
                summary.source, summary.created, summary.updated, summary.unchanged,
                summary.cancelled))

        def parsed(result: Any) -> None:
            self.ctx.perform(tr("ExportActions", "Import calendar"), import_calendar, result,
                             parent=self.parent, on_done=imported)

        self.ctx.runner.run(lambda _db, _p: read_calendar(Path(path).read_bytes(), Path(path).name),
                            on_success=parsed,
                            on_failure=lambda error: self.ctx.show_error(self.parent, error),
                            label=tr("ExportActions", "Reading the calendar…"))
