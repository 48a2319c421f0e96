"""A searchable list with a detail pane (the shape of the smaller sections), and organisations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from planner.domain import rows
from planner.domain.kinds import RecordKind
from planner.operations.organisations import (
    create_organisation,
    delete_organisation,
    update_organisation,
)
from planner.store import queries
from planner.ui.context import UiContext
from planner.ui.dialogs.organisation_dialog import OrganisationDialog
from planner.ui.formats import shown_of
from planner.ui.labels import label
from planner.ui.models.base import RowTableModel
from planner.ui.models.tables import OrganisationsModel
from planner.ui.text import QT_TRANSLATE_NOOP, primary_secondary, tr
from planner.ui.views.base import SectionView, save_edit
from planner.ui.views.batch_save import delete_after_asking
from planner.ui.widgets.buttons import explain, push_button
from planner.ui.widgets.tables import RowCount, TextFilter, make_table, select_where, selected_row


class ListSection(SectionView):
    """A searchable table with a detail pane below or beside it."""

    def __init__(self, ctx: UiContext, model: RowTableModel[Any], name: str,
                 parent: QWidget | None = None, sort_column: int = 0) -> None:
        super().__init__(ctx, parent)
        self.model = model
        self.proxy = TextFilter(self)
        self.proxy.setSourceModel(model)
        self.view = make_table(self.proxy, f"{name}_table", sort_column=sort_column)
        self.view.doubleClicked.connect(lambda _i: self.edit_item())
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("ListSection", "Filter…"))
        explain(self.search, tr("ListSection", "Filter the list"),
                tr("ListSection", "Show the rows that contain these words (English or Chinese)"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.detail = QTextBrowser()
        self.detail.setObjectName(f"{name}_detail")
        self.detail.setOpenLinks(False)
        self.count = RowCount(self.proxy, f"{name}_count", self.count_text)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search)
        self.bar.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addLayout(self.bar)
        box.addWidget(split)
        self._pending_select: int | None = None

    def loaded(self, found: list[Any]) -> None:
        current = selected_row(self.view)
        keep = self._pending_select or (current.id if current else None)
        self.model.set_rows(found)
        if keep is not None:
            select_where(self.view, lambda r: r.id == keep)
        self._pending_select = None

    def _selected(self) -> None:
        row = selected_row(self.view)
        self.detail.setPlainText(self.describe(row) if row is not None else "")
        self.selection_changed.emit()

    def describe(self, row: Any) -> str:
        return ""

    def count_text(self, shown: int, total: int) -> str:
        """'12 venues', '3 of 12 venues': each section words its own."""
        return shown_of(shown, total, (tr("ListSection", "{0} row"), tr("ListSection", "{0} rows")),
                        (tr("ListSection", "{0} of {1} row"), tr("ListSection", "{0} of {1} rows")))

    # ----- editing: subclasses implement open_editor(row), row None for a new record -----------
    def new_item(self) -> None:
        self.open_editor(None)

    def edit_item(self) -> None:
        chosen = selected_row(self.view)
        if chosen is not None:
            self.open_editor(chosen)

    def open_editor(self, row: Any) -> None:
        """Open the dialog that creates (row None) or edits a record of this section."""

    def save_from(self, dialog: Any, row: Any, entity: str, create: tuple[str, Any],
                  update: tuple[str, Any], on_saved: Any = None) -> None:
        """Show `dialog`; its OK creates a record with `create` (undo text, operation) or
        updates `row` with `update`, offering to reload or overwrite when somebody saved first.
        The saved record is selected when the rows come back."""

        def save(values: dict[str, Any]) -> None:
            def done(outcome: Any) -> None:
                self._pending_select = outcome.value.id
                if on_saved is not None:
                    on_saved(outcome)
                dialog.saved()

            if row is None:
                self.ctx.perform(create[0], create[1], on_done=done, on_error=dialog.failed,
                                 **values)
            else:
                save_edit(self.ctx, dialog, text=update[0], op=update[1], entity=entity,
                          ident=row.id, version=row.version, values=values, done=done)

        dialog.submitted.connect(save)
        self.ctx.dialogs.show(dialog)

    def table(self) -> Any:
        return self.view

    def search_box(self) -> QWidget:
        return self.search

    def export_model(self) -> RowTableModel[Any]:
        return self.model

    def confirm_delete(self, title: str, op: Any, question: Any) -> None:
        """Ask `question(row)` about the selected record, then delete it (undoable)."""
        chosen = selected_row(self.view)
        if chosen is not None:
            delete_after_asking(self.ctx, self, chosen, title, question(chosen), op)


class OrganisationsView(ListSection):
    CONCERNS = frozenset({"organisation"})
    title = QT_TRANSLATE_NOOP("MainWindow", "Organisations")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, OrganisationsModel(), "organisations", parent)
        new = push_button(tr("OrganisationsView", "New &organisation…"), "new_organisation",
                          self.new_item, tr("OrganisationsView", "Add an organisation"))
        self.bar.addWidget(new)

    def refresh(self) -> None:
        self.ctx.runner.read(queries.list_organisations, on_success=self.loaded)

    def count_text(self, shown: int, total: int) -> str:
        return shown_of(shown, total, (tr("OrganisationsView", "{0} organisation"),
                                       tr("OrganisationsView", "{0} organisations")),
                        (tr("OrganisationsView", "{0} of {1} organisation"),
                         tr("OrganisationsView", "{0} of {1} organisations")))

    def describe(self, o: rows.OrganisationRow) -> str:
        return "\n".join(x for x in (o.code or "", o.name_en or "", o.name_zh_hant or "",
                                     o.name_zh_hans or "", ", ".join(o.aliases),
                                     f"{label(o.side)} · {label(o.kind)}") if x)

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        chosen = selected_row(self.view)
        return (RecordKind.ORGANISATION, chosen.id) if chosen is not None else None

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        if kind == RecordKind.ORGANISATION:
            self.search.clear()
            select_where(self.view, lambda o: o.id == ident)
            return True
        return False

    def open_editor(self, organisation: rows.OrganisationRow | None) -> None:
        dialog = OrganisationDialog(organisation, self.ctx.ui_locale, self)
        dialog.setObjectName("organisation_dialog")
        self.save_from(dialog, organisation, "organisation",
                       (tr("OrganisationsView", "Create organisation"), create_organisation),
                       (tr("OrganisationsView", "Edit organisation"), update_organisation))

    def delete_item(self) -> None:
        self.confirm_delete(
            tr("OrganisationsView", "Delete organisation"), delete_organisation,
            lambda o: tr("OrganisationsView", "Delete {0}? You can undo this.").format(
                o.code or primary_secondary(o.name_en, o.name_zh_hant, o.name_zh_hans)[0]))
