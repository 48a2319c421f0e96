"""Exchange programmes: delegations travelling one after another as the legs of one programme."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import rows
from planner.domain.errors import StaleVersionError
from planner.domain.kinds import RecordKind
from planner.operations.base import run_batch
from planner.operations.programmes import delete_programme
from planner.store import queries
from planner.ui.context import UiContext
from planner.ui.dialogs.programme_dialog import ProgrammeDialog
from planner.ui.formats import counted, shown_of
from planner.ui.models.tables import ProgrammesModel, when
from planner.ui.reference import Reference, load_reference
from planner.ui.text import QT_TRANSLATE_NOOP, bilingual, primary_secondary, tr
from planner.ui.views.reference_views import ListSection
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.tables import select_where, selected_row


class ProgrammesView(ListSection):
    # Programmes and the delegations that are their legs.
    CONCERNS = frozenset({"delegation", "item", "itinerary", "member", "organisation",
                          "programme", "venue"})
    title = QT_TRANSLATE_NOOP("MainWindow", "Exchange programmes")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ProgrammesModel(), "programmes", parent,
                         sort_column=ProgrammesModel.START)  # by date, as events are
        self.reference = Reference()
        self.delegations: list[rows.DelegationRow] = []
        self.detail.anchorClicked.connect(self._open_leg)
        self.detail.setOpenLinks(False)
        new = push_button(tr("ProgrammesView", "New &programme…"), "new_programme",
                          self.new_item)
        new.setToolTip(tr("ProgrammesView", "Plan an exchange programme and its legs"))
        self.bar.addWidget(new)

    def count_text(self, shown: int, total: int) -> str:
        return shown_of(shown, total, (tr("ProgrammesView", "{0} programme"),
                                       tr("ProgrammesView", "{0} programmes")),
                        (tr("ProgrammesView", "{0} of {1} programme"),
                         tr("ProgrammesView", "{0} of {1} programmes")))

    def refresh(self) -> None:
        def loaded(found: tuple[list[rows.ProgrammeRow], list[rows.DelegationRow],
                                Reference]) -> None:
            programmes, delegations, self.reference = found
            live = {p.id for p in programmes}
            # A leg of a deleted programme is free to join another (undo of the deletion
            # brings the programme back with the legs it still has).
            self.delegations = [d if d.programme_id in live or d.programme_id is None
                                else replace(d, programme_id=None, leg_number=None)
                                for d in delegations]
            self.loaded(programmes)

        self.ctx.runner.read(lambda s: (queries.list_programmes(s), queries.list_delegations(s),
                                        load_reference(s)), on_success=loaded)

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        chosen = selected_row(self.view)
        return (RecordKind.PROGRAMME, chosen.id) if chosen is not None else None

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        if kind != RecordKind.PROGRAMME:
            return False
        self.search.clear()
        if not select_where(self.view, lambda p: p.id == ident):
            self._pending_select = ident
        return True

    def _selected(self) -> None:
        row = selected_row(self.view)
        if row is None:
            self.detail.clear()
            self.selection_changed.emit()
            return
        self.ctx.runner.read(lambda s: [queries.get_delegation(s, leg.id) for leg in row.legs],
                             on_success=lambda legs: self._show(row, legs))
        self.selection_changed.emit()

    def _show(self, programme: rows.ProgrammeRow, legs: list[rows.DelegationRow]) -> None:
        parts = [f"<h3>{escape(bilingual(programme.title_en, programme.title_zh_hant, programme.title_zh_hans))}</h3>"]
        if not legs:
            parts.append("<p>" + escape(tr("ProgrammesView", "No legs yet: edit the programme "
                                                             "to add them.")) + "</p>")
        for leg in legs:
            students = sum(1 for m in leg.members if m.is_minor)
            chaperones = sum(1 for m in leg.members if m.role.value == "chaperone")
            parts.append(
                f"<p><a href='delegation:{leg.id}'>"
                f"{escape(bilingual(leg.name_en, leg.name_zh_hant, leg.name_zh_hans))}</a>"
                f"<br>{escape(when(leg.schedule))}: "
                + escape(self._leg_counts(len(leg.members), students, chaperones)) + "</p>")
        self.detail.setHtml("".join(parts))

    @staticmethod
    def _leg_counts(members: int, students: int, chaperones: int) -> str:
        """'12 members, 1 student, 2 chaperones', each noun agreeing with its number."""
        return tr("ProgrammesView", "{0}, {1}, {2}").format(
            counted(members, tr("ProgrammesView", "{0} member"),
                    tr("ProgrammesView", "{0} members")),
            counted(students, tr("ProgrammesView", "{0} student"),
                    tr("ProgrammesView", "{0} students")),
            counted(chaperones, tr("ProgrammesView", "{0} chaperone"),
                    tr("ProgrammesView", "{0} chaperones")))

    def _open_leg(self, url: Any) -> None:
        kind, _, ident = url.toString().partition(":")
        if ident.isdigit():
            self.ctx.open_item.emit(kind, int(ident))

    # ----- editing --------------------------------------------------------------------------
    def open_editor(self, programme: rows.ProgrammeRow | None) -> None:
        dialog = ProgrammeDialog(self.reference, self.delegations, programme,
                                 self.ctx.dialogs.show, self.ctx.ui_locale, self)
        dialog.confirm = self.ctx.dialogs.confirm

        def save(steps: list[dict[str, Any]]) -> None:
            if not steps:  # nothing changed: nothing to write or to undo
                dialog.saved()
                return

            def done(outcome: Any) -> None:
                self._pending_select = outcome.value[0].id if programme is None \
                    else programme.id
                dialog.saved()

            text = tr("ProgrammesView", "Create exchange programme") if programme is None \
                else tr("ProgrammesView", "Edit exchange programme")

            def failed(error: BaseException) -> None:
                dialog.failed(error)
                if isinstance(error, StaleVersionError):  # what the dialog edited is old:
                    self.refresh()  # opened again, it shows what the others saved

            self.ctx.perform(text, run_batch, steps, on_done=done, on_error=failed)

        dialog.submitted.connect(save)
        self.ctx.dialogs.show(dialog)

    def delete_item(self) -> None:
        chosen = selected_row(self.view)
        if chosen is None:
            return
        title = primary_secondary(chosen.title_en, chosen.title_zh_hant, chosen.title_zh_hans)[0]
        if self.ctx.dialogs.confirm(
                self, tr("ProgrammesView", "Delete exchange programme"),
                tr("ProgrammesView", "Delete “{0}”? Its legs stay as delegations. You can undo "
                                     "this.").format(title)):
            self.ctx.perform(tr("ProgrammesView", "Delete exchange programme"),
                             delete_programme, chosen.id, chosen.version, parent=self)
