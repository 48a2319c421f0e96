"""People: search in English or Chinese over the whole database, details and memberships."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rows
from planner.domain.kinds import RecordKind
from planner.operations.people import delete_person
from planner.store import queries
from planner.store.sensitive import may_see_sensitive, reveal_sensitive
from planner.ui.context import UiContext
from planner.ui.dialogs.person_dialog import PersonDialog
from planner.ui.formats import number_text, shown_of
from planner.ui.models.people import PeopleModel
from planner.ui.text import QT_TRANSLATE_NOOP, bilingual, tr
from planner.ui.views.base import SectionView
from planner.ui.views.batch_save import delete_after_asking, edit_in_batch
from planner.ui.widgets.buttons import explain, push_button
from planner.ui.widgets.sizing import chars_wide
from planner.ui.widgets.tables import make_table, names_in_ui_order, select_where, selected_row

MASK = "••••••"
MEMBERSHIPS = {"events": QT_TRANSLATE_NOOP("PeopleView", "Event"),
               "delegations": QT_TRANSLATE_NOOP("PeopleView", "Delegation")}


DEBOUNCE_MS = 30


class PeopleView(SectionView):
    # People, their organisations, documents and the events and delegations they are in.
    CONCERNS = frozenset({"delegation", "event", "member", "organisation", "person",
                          "registration", "travel_document"})
    title = QT_TRANSLATE_NOOP("MainWindow", "People")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.organisations: tuple[rows.OrganisationRow, ...] = ()
        self.person: rows.PersonRow | None = None
        self.model = PeopleModel(ctx.runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.counted.connect(self._counted)
        self.view = names_in_ui_order(make_table(self.model, "people_table", refit=False))
        self.view.doubleClicked.connect(lambda _i: self.edit_item())
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.search = QLineEdit()
        self.search.setObjectName("people_search")
        self.search.setPlaceholderText(tr("PeopleView", "Search names in English or Chinese, or e-mail…"))
        self.search.setClearButtonEnabled(True)
        explain(self.search, tr("PeopleView", "Search people"),
                tr("PeopleView", "Find people by a part of their English or Chinese name, or "
                                 "their e-mail address"))
        # Short: typing must update the table within 100 ms, and a search the next keystroke
        # supersedes is dropped before the worker runs it (PeopleModel.reload).
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.model.set_filter(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.count = QLabel()
        self.count.setObjectName("people_count")
        self.everyone = 0  # people in the database, whatever the filter
        new = push_button(tr("PeopleView", "New &person…"), "new_person", self.new_item,
                          tr("PeopleView", "Add a person to the address book"))
        bar = QHBoxLayout()
        for widget in (self.search, self.count, new):
            bar.addWidget(widget)
        self.details = QLabel()
        self.details.setObjectName("person_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.memberships = QListWidget()
        self.memberships.setObjectName("person_memberships")
        self.memberships.itemDoubleClicked.connect(self._open_membership)
        self.sensitive = QLabel(MASK)
        self.sensitive.setObjectName("person_sensitive")
        self.sensitive.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal = push_button(tr("PeopleView", "&Reveal"), "reveal_sensitive", self._reveal)
        self.reveal.setToolTip(tr("PeopleView", "Show them for the selected person (written to "
                                  "the audit log)"))
        self.may_see: bool | None = None
        self.revealed = False
        sensitive_box = QGroupBox(tr("PeopleView", "Sensitive: birth date, guardian, travel documents"))
        inner = QHBoxLayout(sensitive_box)
        inner.addWidget(self.sensitive, 1)
        inner.addWidget(self.reveal)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.addWidget(self.details)
        side_box.addWidget(QLabel(tr("PeopleView", "Events and delegations")))
        side_box.addWidget(self.memberships)
        side_box.addWidget(sensitive_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("people_splitter")
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Both columns stay: a narrow window (or splitter sizes saved on a wide one) used to
        # leave the list alone, the details squeezed to nothing.
        self.view.setMinimumWidth(chars_wide(self.view, 32))
        side.setMinimumWidth(chars_wide(side, 28))
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(split)
        self._pending_select: int | None = None
        self._last_chosen: int | None = None

    def refresh(self) -> None:
        self.model.reload()
        self.ctx.runner.read(queries.count_people, on_success=self._everyone)
        self.ctx.runner.read(lambda s: tuple(queries.list_organisations(s)),
                             on_success=lambda orgs: setattr(self, "organisations", orgs))
        if self.may_see is None:
            self.ctx.runner.read(may_see_sensitive, on_success=self._access)

    def _access(self, allowed: bool) -> None:
        """Without the role the Reveal button is off and says why."""
        self.may_see = allowed
        self.reveal.setEnabled(allowed)
        if not allowed:
            self.sensitive.setText(tr("PeopleView", "Not available to your login"))
            self.reveal.setToolTip(tr("PeopleView", "Birth dates, guardians and travel documents "
                                      "need the planner_sensitive role; ask the administrator "
                                      "for it"))

    def _everyone(self, total: int) -> None:
        self.everyone = total
        self._counted(self.model.total)

    def _counted(self, total: int) -> None:
        if self.model.filter_text is None:
            self.everyone = total
        self.count.setText(shown_of(
            total, max(total, self.everyone),
            (tr("PeopleView", "{0} person"), tr("PeopleView", "{0} people")),
            (tr("PeopleView", "{0} of {1} person"), tr("PeopleView", "{0} of {1} people"))))
        self._fetch_if_at_bottom()

    def _fetch_if_at_bottom(self) -> None:
        """Qt asks for more rows only when the scroll bar moves to its end: a reload that left
        it there (same number of rows) would otherwise wait for the user to scroll away."""
        bar = self.view.verticalScrollBar()
        if 0 < bar.maximum() == bar.value() and self.model.canFetchMore():
            self.model.fetchMore()

    def _loaded(self, shown: int) -> None:
        if self.model.total > shown:  # a full first page: the count is on its way
            self.count.setText(tr("PeopleView", "{0}+ people").format(number_text(shown)))
            self._fetch_if_at_bottom()
        # else the model says `counted` next, with the number shown
        if self._pending_select is not None:
            select_where(self.view, lambda p: p.id == self._pending_select)
            self._pending_select = None
        if selected_row(self.view) is None and self.person is not None:
            self._selected()  # the search left the person out: no details of a hidden row

    def _keep_selection(self) -> None:
        """A reset (new search, new order) loses the selection: choose the row again if the
        new rows have it (see _loaded)."""
        chosen = selected_row(self.view)
        if self._pending_select is None:
            self._pending_select = chosen.id if chosen is not None else self._last_chosen

    def _selected(self) -> None:
        chosen = selected_row(self.view)
        self._mask()
        if chosen is not None:  # chosen again when a search that hid it is cleared
            self._last_chosen = chosen.id
        if chosen is None:
            self.person = None
            self.details.clear()
            self.memberships.clear()
            return

        def loaded(result: tuple[rows.PersonRow, dict[str, list[rows.Ref]]]) -> None:
            person, memberships = result
            self.person = person
            org = person.organisation
            self.details.setText("\n".join(x for x in (
                f"{person.name_en or ''}  {person.name_zh or ''}".strip(),
                bilingual(org.name_en, org.name_zh_hant, org.name_zh_hans) if org else "",
                person.position or "", person.email or "", person.phone or "",
                tr("PeopleView", "Dietary: {0}").format(person.dietary_needs) if person.dietary_needs else "",
                tr("PeopleView", "Access: {0}").format(person.access_needs) if person.access_needs else "",
            ) if x))
            self.memberships.clear()
            for kind, refs in memberships.items():
                for ref in refs:
                    self.memberships.addItem(f"{tr('PeopleView', MEMBERSHIPS.get(kind, kind))}: "
                                             f"{bilingual(ref.name_en, ref.name_zh_hant, ref.name_zh_hans)}")
                    record = RecordKind.EVENT if kind == "events" else RecordKind.DELEGATION
                    self.memberships.item(self.memberships.count() - 1).setData(
                        Qt.ItemDataRole.UserRole, (record, ref.id))

        self.ctx.runner.read(lambda s: (queries.get_person(s, chosen.id),
                                        queries.person_memberships(s, chosen.id)),
                             on_success=loaded)
        self.selection_changed.emit()

    def _open_membership(self, item: Any) -> None:
        kind, ident = item.data(Qt.ItemDataRole.UserRole)
        self.ctx.open_item.emit(kind, ident)

    def _mask(self) -> None:
        """Sensitive data hidden again; the button offers Reveal."""
        if self.may_see is not False:
            self.sensitive.setText(MASK)
        self.revealed = False
        self.reveal.setText(tr("PeopleView", "&Reveal"))
        if self.may_see is not False:
            self.reveal.setToolTip(tr("PeopleView", "Show them for the selected person (written "
                                      "to the audit log)"))

    def _reveal(self) -> None:
        person = self.person
        if person is None or self.may_see is False:
            return
        if self.revealed:  # the button says Hide
            self._mask()
            return

        def shown(text: str) -> None:
            if self.person is not None and self.person.id == person.id:
                self.sensitive.setText(text)
                self.revealed = True
                self.reveal.setText(tr("PeopleView", "&Hide"))
                self.reveal.setToolTip(tr("PeopleView", "Mask them again"))

        self.ctx.runner.write(reveal_sensitive, person.id, on_success=shown,
                              on_failure=lambda e: self.ctx.show_error(self, e))

    def table(self) -> Any:
        return self.view

    def search_box(self) -> QWidget:
        return self.search

    def export_model(self) -> PeopleModel:
        return self.model

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        chosen = selected_row(self.view)
        return (RecordKind.PERSON, chosen.id) if chosen is not None else None

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        if kind != RecordKind.PERSON:
            return False
        self._pending_select = ident
        if not select_where(self.view, lambda p: p.id == ident):
            # Not among the rows loaded so far (100,000 people come a page at a time): the
            # table is filtered to the person's name, and the row selected once it is shown.
            self.ctx.runner.read(queries.get_person, ident, on_success=self._filter_to)
        return True

    def _filter_to(self, person: rows.PersonRow) -> None:
        self.search.setText(person.name_en or person.name_zh or "")
        self._debounce.stop()
        self.model.set_filter(self.search.text())

    def new_item(self) -> None:
        self._open(None)

    def edit_item(self) -> None:
        if self.person is not None:
            self._open(self.person)

    def _open(self, person: rows.PersonRow | None) -> None:
        dialog = PersonDialog(self.organisations, person, self.ctx.ui_locale, self,
                              runner=self.ctx.runner)
        dialog.setObjectName("person_dialog")
        dialog.confirm = self.ctx.dialogs.confirm

        edit_in_batch(self.ctx, dialog, person, "Person",
                      (tr("PeopleView", "Create person"), tr("PeopleView", "Edit person")),
                      self._saved)

    def _saved(self, outcome: Any) -> None:
        self._pending_select = outcome.value[0].id
        if self.may_see:  # what was revealed before may have changed
            self._mask()

    def delete_item(self) -> None:
        person = selected_row(self.view)
        if person is not None:
            delete_after_asking(self.ctx, self, person, tr("PeopleView", "Delete person"),
                                tr("PeopleView", "Delete {0}? You can undo this.").format(
                                    person.name_en or person.name_zh), delete_person)
