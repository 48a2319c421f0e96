"""File > Export and File > Import: calendars, printed documents and lists, on the worker.

Each export runs on the database worker with a cancellable progress dialog; the result opens
in a dialog that previews a PDF inside the window, prints it or saves it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from planner.domain.kinds import RecordKind
from planner.domain.progress import Progress
from planner.exports import names
from planner.i18n import gettext
from planner.operations.documents import Document, Request, Target, documents
from planner.store.database import Database
from planner.store.queries import list_items
from planner.ui.context import UiContext
from planner.ui.dialogs.document_ready import DocumentReady
from planner.ui.settings import app_settings
from planner.ui.text import tr

PDF = "PDF (*.pdf)"
ICS = "iCalendar (*.ics)"
DOCX = "Word (*.docx)"
FILTERS = {"pdf": PDF, "docx": DOCX}
EXTENSIONS = {ICS: ".ics", DOCX: ".docx"}
CALENDAR_KINDS = (RecordKind.EVENT, RecordKind.DELEGATION, RecordKind.PROGRAMME)
Selection = tuple[RecordKind, int]


class ExportActions:
    """Builds the Export and Import menus for a window; `selection()` says what is selected."""

    def __init__(self, ctx: UiContext, parent: QWidget,
                 selection: Callable[[], Selection | None]) -> None:
        self.ctx = ctx
        self.parent = parent
        self.selection = selection
        self.actions: dict[str, QAction] = {}
        self.applies: dict[str, tuple[RecordKind, ...]] = {}  # document action -> kinds
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
        for fmt in ("pdf", "docx"):  # the PDFs, then the Word copies
            export_menu.addSeparator()
            for doc in documents():
                if fmt in doc.menu:
                    self._add_document(export_menu, doc, fmt)
        add(import_menu, "import_ical", tr("ExportActions", "&Calendar file (.ics)…"), self.import_calendar)
        add(import_menu, "import_people", tr("ExportActions", "&Participants (Excel/CSV)…"),
            self._import_wizard)
        export_menu.aboutToShow.connect(self.update_enabled)

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], Any]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        return action

    def _add_document(self, menu: QMenu, doc: Document, fmt: str) -> None:
        name = f"export_{doc.action}" + ("" if fmt == "pdf" else f"_{fmt}")
        self._add(menu, name, gettext(doc.menu[fmt], self.ctx.ui_locale),
                  lambda: self.document(doc, fmt))
        self.applies[name] = doc.applies_to

    def update_enabled(self) -> None:
        chosen = self.selection()
        for name, kinds in self.applies.items():
            if kinds:  # a document about no one record (the report) is always there
                self.actions[name].setEnabled(chosen is not None and chosen[0] in kinds)
        self.actions["export_ical_selected"].setEnabled(
            chosen is not None and chosen[0] in CALENDAR_KINDS)

    # ----- running --------------------------------------------------------------------------
    def _run(self, label: str, kind: str, file_filter: str,
             make: Callable[[Database, Progress], bytes], *, about: Selection | None = None,
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

    def _ask(self, doc: Document, go: Callable[[dict[str, Any]], None],
             **extra: Any) -> None:
        """The document's options (language, order...), then `go` with them once accepted."""
        from planner.ui.dialogs.document_options import DocumentOptions

        dialog = DocumentOptions(doc.key, self._title(doc), app_settings(), self.ctx.ui_locale,
                                 self.parent, **extra)
        dialog.accepted.connect(lambda: go(dialog.choices()))
        self.last_options = dialog
        self.ctx.dialogs.show(dialog)

    def _title(self, doc: Document) -> str:
        return gettext(doc.title, self.ctx.ui_locale)

    def document(self, doc: Document, fmt: str = "pdf") -> None:
        """Ask the document's options, then make it on the worker about the selected record
        (or, for the annual report, about the year chosen)."""
        if not doc.applies_to:
            self._about_a_year(doc, fmt)
            return
        chosen = self.selection()
        if chosen is None or chosen[0] not in doc.applies_to:
            return
        target = Target(RecordKind(chosen[0]), chosen[1])
        self._ask(doc, lambda values: self._make(doc, fmt, values, target, about=chosen))

    def _make(self, doc: Document, fmt: str, values: dict[str, Any], target: Target | None,
              **name: Any) -> None:
        """Make the document on the worker with the options chosen; `name` says what it is
        about (the selected record, or the year) for its file name."""
        request = Request(target, values, fmt)
        self._run(tr("ExportActions", "Preparing the document…"), self._title(doc),
                  FILTERS[fmt], lambda db, progress: doc.make(db, request, progress), **name)

    def _about_a_year(self, doc: Document, fmt: str) -> None:
        def go(values: dict[str, Any]) -> None:
            self._make(doc, fmt, values, None, when=values["year"])

        def chosen_years(years: list[str]) -> None:
            if not years:
                self.ctx.dialogs.info(self.parent, self._title(doc), tr(
                    "ExportActions", "There are no co-operation items yet: the report lists "
                    "a year's items."))
                return
            self._ask(doc, go, years=years)

        self.ctx.runner.read(lambda s: sorted({i.year for i in list_items(s)}, reverse=True),
                             on_success=chosen_years)

    def calendar(self, kind: RecordKind | str, ident: int | None) -> None:
        from planner.exports.ical.calendar import export_ical
        from planner.exports.ical.components import ExportOptions
        from planner.store.calendar_rows import CalendarScope

        scope = CalendarScope(kind, ident)
        options = ExportOptions()  # bilingual: one calendar serves readers of any language

        def make(db: Database, progress: Progress) -> bytes:
            with db.read() as session:
                return export_ical(session, scope, options, progress=progress)

        if ident is None:
            self._run(tr("ExportActions", "Preparing the calendar…"),
                      tr("DocumentNames", "Programme calendar"), ICS, make)
        else:
            self._run(tr("ExportActions", "Preparing the calendar…"),
                      tr("DocumentNames", "Calendar"), ICS, make, about=(RecordKind(kind), ident))

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
