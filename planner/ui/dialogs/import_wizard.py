"""The participant-list import wizard: file preview, column mapping, row report, import.

Every file read and database job runs on the worker; the import itself goes through
ctx.perform, so Edit > Undo takes the whole import back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.errors import PlannerError
from planner.i18n import render
from planner.imports.people import FIELDS, ImportPreview, SourceTable
from planner.operations.participants import (
    Duplicates,
    ImportPlan,
    Target,
    import_people,
    plan_import,
    preview_file,
)
from planner.store import queries
from planner.store.database import Database
from planner.ui.context import UiContext
from planner.ui.dialogs.import_labels import (
    action_label,
    duplicates_label,
    field_label,
    row_organisation,
)
from planner.ui.text import tr
from planner.ui.widgets.buttons import push_button

FILES = "Excel / CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)"


def open_import_wizard(ctx: UiContext, parent: QWidget | None,
                       selection: tuple[str, int] | None) -> ImportWizard | None:
    """Ask for a file, then open the wizard for the selected event or delegation (if any)."""
    path = ctx.dialogs.open_file(parent, tr("ImportWizard", "Import participants"),
                                 f"{FILES};;" + tr("ImportWizard", "All files (*)"))
    if not path:
        return None
    target = Target()
    if selection is not None and selection[0] in ("event", "delegation"):
        target = Target(selection[0], selection[1])
    wizard = ImportWizard(ctx, Path(path), target, parent)
    ctx.dialogs.show(wizard)
    wizard.load()
    return wizard


def _table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportWizard(QDialog):
    def __init__(self, ctx: UiContext, path: Path, target: Target,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(tr("ImportWizard", "Import participants: {0}").format(path.name))
        self.ctx, self.path, self.target = ctx, path, target
        self.table: SourceTable | None = None
        self.preview: ImportPreview | None = None
        self.plan: ImportPlan | None = None
        self.imported: Any = None
        self.organisations: dict[int, rows.OrganisationRow] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._report_page())
        self.message = QLabel()
        self.message.setObjectName("import_message")
        self.message.setWordWrap(True)
        self.back = QPushButton(tr("ImportWizard", "< &Back"))
        self.next = QPushButton(tr("ImportWizard", "&Next >"))
        self.next.setObjectName("import_next")
        self.import_button = QPushButton(tr("ImportWizard", "&Import"))
        self.import_button.setObjectName("import_run")
        close = QPushButton(tr("ImportWizard", "&Close"))
        close.setObjectName("import_close")
        close.setAutoDefault(False)  # Enter never means Close: it would drop the import
        self.back.setAutoDefault(False)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self.advance)
        self.import_button.clicked.connect(self.run_import)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.import_button, close):
            buttons.addWidget(button)
        box = QVBoxLayout(self)
        box.addWidget(self.pages)
        box.addWidget(self.message)
        box.addLayout(buttons)
        self.resize(900, 600)
        self._go(0)

    # ----- pages ----------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.file_info = QLabel(tr("ImportWizard", "Reading the file…"))
        self.file_info.setObjectName("import_file_info")
        self.file_info.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.header_line = QSpinBox()
        self.header_line.setObjectName("import_header_line")
        self.header_line.setRange(0, 30)
        self.header_line.setSpecialValueText(tr("ImportWizard", "none"))
        reread = push_button(tr("ImportWizard", "&Read again"), "import_reread", self.reread)
        row = QHBoxLayout()
        sheet_label = QLabel(tr("ImportWizard", "&Sheet:"))
        header_label = QLabel(tr("ImportWizard", "&Heading row:"))
        for widget in (sheet_label, self.sheet, header_label, self.header_line, reread):
            row.addWidget(widget)
        sheet_label.setBuddy(self.sheet)
        header_label.setBuddy(self.header_line)
        row.addStretch(1)
        self.first_rows = _table("import_first_rows")
        box = QVBoxLayout(page)
        box.addWidget(self.file_info)
        box.addLayout(row)
        box.addWidget(self.first_rows)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_info = QLabel()
        self.mapping_info.setWordWrap(True)
        self.mapping_table = _table("import_mapping")
        self.mapping_table.setColumnCount(4)
        self.mapping_table.setHorizontalHeaderLabels(
            [tr("ImportWizard", "Column"), tr("ImportWizard", "Heading"),
             tr("ImportWizard", "Import as"), tr("ImportWizard", "First values")])
        self.combos: list[QComboBox] = []
        box = QVBoxLayout(page)
        box.addWidget(self.mapping_info)
        box.addWidget(self.mapping_table)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.duplicates = QComboBox()
        self.duplicates.setObjectName("import_duplicates")
        for choice in Duplicates:
            self.duplicates.addItem(duplicates_label(choice), choice.value)
        self.duplicates.currentIndexChanged.connect(lambda _i: self.check())
        self.strict = QCheckBox(
            tr("ImportWizard", "&Strict: refuse the whole file if any row is invalid"))
        self.strict.setObjectName("import_strict")
        self.strict.toggled.connect(lambda _on: self.check())  # strict: bad e-mails are invalid
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.report = _table("import_report")
        self.report.setColumnCount(5)
        self.report.setHorizontalHeaderLabels(
            [tr("ImportWizard", "Row"), tr("ImportWizard", "Name"),
             tr("ImportWizard", "Organisation"), tr("ImportWizard", "What will happen"),
             tr("ImportWizard", "Details")])
        row = QHBoxLayout()
        label = QLabel(tr("ImportWizard", "People already in the database: "))
        label.setBuddy(self.duplicates)
        for widget in (label, self.duplicates, self.strict):
            row.addWidget(widget)
        row.addStretch(1)
        box = QVBoxLayout(page)
        box.addLayout(row)
        box.addWidget(self.summary)
        box.addWidget(self.report)
        return page

    def _go(self, index: int) -> None:
        index = max(0, min(2, index))
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < 2 and self.table is not None)
        self.import_button.setEnabled(index == 2 and self.plan is not None
                                      and self.plan.writes_anything and self.imported is None)
        # Enter goes forward: Next, then Import on the last page (never Close).
        self.next.setDefault(index < 2)
        self.import_button.setDefault(index == 2)

    def pending(self) -> bool:
        """A checked import that would write something and has not been run."""
        return self.plan is not None and self.plan.writes_anything and self.imported is None

    def reject(self) -> None:
        """Closing (Esc, Close, the title bar) with a checked import not run asks first."""
        if self.pending() and not self.ctx.dialogs.confirm(
                self, tr("ImportWizard", "Import participants"),
                tr("ImportWizard", "The list has not been imported. Close without importing?")):
            return
        super().reject()

    def advance(self) -> None:
        if self.pages.currentIndex() == 0:
            self._go(1)
        elif self.pages.currentIndex() == 1:
            self.check()

    # ----- reading --------------------------------------------------------------------------
    def load(self, sheet: str | None = None, header_line: int | None = None) -> None:
        """Read and preview the file on the worker."""
        path = self.path

        def job(db: Database, _progress: Any) -> tuple[SourceTable, ImportPreview]:
            with db.read() as session:
                return preview_file(session, path, sheet=sheet, header_line=header_line)

        self.message.clear()
        self.ctx.runner.run(job, on_success=self._loaded, on_failure=self._failed,
                            label=tr("ImportWizard", "Reading the file…"))

    def reread(self) -> None:
        self.load(self.sheet.currentText() or None, self.header_line.value())

    def _failed(self, error: BaseException) -> None:
        self.message.setText(self.ctx.message(error))

    def _loaded(self, result: tuple[SourceTable, ImportPreview]) -> None:
        self.table, self.preview = result
        self.plan = None
        p = self.preview
        details = [tr("ImportWizard", "Format: {0}").format(p.format.upper())]
        if p.encoding:
            encoding = p.encoding + (" (BOM)" if p.bom else "")
            details.append(tr("ImportWizard", "Encoding: {0}").format(encoding))
        if p.delimiter:
            shown = {"\t": tr("ImportWizard", "tab"),
                     " ": tr("ImportWizard", "space")}.get(p.delimiter, p.delimiter)
            details.append(tr("ImportWizard", "Delimiter: {0}").format(shown))
        details.append(tr("ImportWizard", "{0} rows").format(p.total_rows))
        if p.skipped_lines:
            details.append(tr("ImportWizard", "lines left out: {0}").format(
                ", ".join(str(n) for n in p.skipped_lines)))
        self.file_info.setText(" · ".join(details))
        self.sheet.clear()
        self.sheet.addItems(list(p.sheet_names))
        self.sheet.setCurrentText(p.sheet or "")
        self.sheet.setEnabled(len(p.sheet_names) > 1)
        self.header_line.setValue(p.header_line or 0)
        self._fill_first_rows(p)
        self._fill_mapping(p)
        self._go(self.pages.currentIndex())

    def _fill_first_rows(self, p: ImportPreview) -> None:
        self.first_rows.clear()
        self.first_rows.setColumnCount(len(p.columns))
        self.first_rows.setHorizontalHeaderLabels(
            [f"{c.letter} {c.heading}".strip() for c in p.columns])
        self.first_rows.setRowCount(len(p.first_rows))
        self.first_rows.setVerticalHeaderLabels([str(line) for line, _cells in p.first_rows])
        for r, (_line, cells) in enumerate(p.first_rows):
            for c, cell in enumerate(cells):
                self.first_rows.setItem(r, c, QTableWidgetItem(cell))

    def _fill_mapping(self, p: ImportPreview) -> None:
        source = {"headings": tr("ImportWizard", "proposed from the headings"),
                  "remembered": tr("ImportWizard", "remembered from an earlier import of this layout"),
                  "given": tr("ImportWizard", "as given")}.get(p.mapping_source, p.mapping_source)
        self.mapping_info.setText(tr("ImportWizard", "Choose what each column holds (mapping {0}).")
                                  .format(source))
        self.mapping_table.setRowCount(len(p.columns))
        self.combos = []
        for r, column in enumerate(p.columns):
            combo = QComboBox()
            combo.setObjectName(f"import_field_{column.letter}")
            combo.addItem(tr("ImportWizard", "(not imported)"), None)
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(column.field)))
            self.combos.append(combo)
            self.mapping_table.setItem(r, 0, QTableWidgetItem(column.letter))
            self.mapping_table.setItem(r, 1, QTableWidgetItem(column.heading))
            self.mapping_table.setCellWidget(r, 2, combo)
            self.mapping_table.setItem(r, 3, QTableWidgetItem(
                " | ".join(s for s in column.samples[:3] if s)))
        self.mapping_table.resizeColumnsToContents()

    def mapping(self) -> dict[int, str]:
        """The mapping as the organiser left it in the combo boxes."""
        return {i: combo.currentData() for i, combo in enumerate(self.combos)
                if combo.currentData()}

    # ----- checking and importing -------------------------------------------------------------
    def check(self) -> None:
        """Plan the import on the worker and show each row's verdict."""
        if self.table is None:
            return
        table, mapping, target = self.table, self.mapping(), self.target
        duplicates = self.duplicates.currentData()
        strict = self.strict.isChecked()
        self.message.clear()
        self.plan = None
        self._go(2)

        def job(db: Database, _progress: Any) -> tuple[ImportPlan, list[rows.OrganisationRow]]:
            with db.read() as session:  # the organisations, to name the matched ones
                return (plan_import(session, table, mapping, target, duplicates=duplicates,
                                    strict=strict), queries.list_organisations(session))

        self.ctx.runner.run(job, on_success=lambda found: self._planned(*found),
                            on_failure=self._failed,
                            label=tr("ImportWizard", "Checking the rows…"))

    def _planned(self, plan: ImportPlan,
                 organisations: list[rows.OrganisationRow] | None = None) -> None:
        self.plan = plan
        if organisations is not None:
            self.organisations = {o.id: o for o in organisations}
        c = plan.counts
        summary = tr("ImportWizard", "{0} rows: {1} new, {2} merged, {3} skipped, {4} invalid; "
                     "{5} to be listed ({6} on the waiting list), {7} new "
                     "organisations.").format(c.rows, c.created, c.merged, c.skipped,
                                              c.rejected, c.listed, c.waitlisted,
                                              c.new_organisations)
        if c.emails_left_out == 1:
            summary += " " + tr("ImportWizard", "1 row is imported without its e-mail address, "
                                "which is not valid (see Details).")
        elif c.emails_left_out:
            summary += " " + tr("ImportWizard", "{0} rows are imported without their e-mail "
                                "addresses, which are not valid (see Details).").format(
                c.emails_left_out)
        self.summary.setText(summary)
        warnings = [render(w, self.ctx.ui_locale) for w in plan.warnings]
        if warnings:
            self.message.setText("\n".join(warnings))
        self.report.setRowCount(len(plan.rows))
        for r, row in enumerate(plan.rows):
            details = [render(p, self.ctx.ui_locale) for p in (*row.problems, *row.notes)]
            cells = (str(row.line), row.name, row_organisation(row, self.organisations),
                     action_label(row.action), "; ".join(details))
            for c_, text in enumerate(cells):
                self.report.setItem(r, c_, QTableWidgetItem(text))
        self.report.resizeColumnsToContents()
        self._go(2)

    def run_import(self) -> None:
        if self.table is None or self.plan is None or self.imported is not None:
            return
        self.import_button.setEnabled(False)
        self.ctx.perform(tr("ImportWizard", "Import participants"), import_people, self.table,
                         self.mapping(), self.target, strict=self.strict.isChecked(),
                         duplicates=self.duplicates.currentData(),
                         on_done=self._done, on_error=self._refused, parent=self)

    def _done(self, outcome: Any) -> None:
        self.imported = outcome.value
        c = outcome.value.plan.counts
        self.message.setText(tr("ImportWizard", "Imported: {0} new people, {1} merged, {2} listed, {3} rows "
                                "left out. Edit > Undo takes the whole import back.").format(
            c.created, c.merged, c.listed, c.rejected + c.skipped))
        self._go(2)

    def _refused(self, error: BaseException) -> None:
        plan = getattr(error, "plan", None)
        if plan is not None:
            self._planned(plan)
        self.message.setText(self.ctx.message(error) if isinstance(error, PlannerError)
                             else str(error))
        self._go(2)
