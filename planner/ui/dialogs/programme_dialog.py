"""Create or edit an exchange programme with its legs, saved in one step.

A leg is a delegation: one already planned (attached from the list of delegations in no other
programme) or a new one filled in with the delegation editor. Nothing is written until OK; then
`collect()` gives the steps of one batch (planner.operations.base.run_batch): the programme,
then every delegation that leaves, joins, moves along or is created for the programme.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from planner.domain import rows
from planner.domain.enums import Status
from planner.domain.validation import TITLE_FIELDS
from planner.operations.base import Earlier
from planner.operations.programmes import THEME_FIELDS, validate_programme
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.delegation_dialogs import DelegationDialog
from planner.ui.dialogs.discard import ConfirmDiscard
from planner.ui.dialogs.event_dialog import compact, enum_combo, item_label, scrolled
from planner.ui.dialogs.ordered_list import OrderedList
from planner.ui.models.tables import when
from planner.ui.reference import Reference
from planner.ui.text import bilingual, tr
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.scripts import ScriptSuggestion, with_button


@dataclass(eq=False)  # one leg is one entry, even beside an equal one
class Leg:
    """A leg in the editor: an existing delegation (`row`) or a new one (`values` for
    create_delegation, and the editor that filled them in, to change them again)."""

    row: rows.DelegationRow | None = None
    values: dict[str, Any] | None = None
    editor: DelegationDialog | None = None

    def label(self) -> str:
        source: Any = self.row if self.row is not None else _Values(self.values or {})
        text = f"{when(source.schedule)} · " \
               f"{bilingual(source.name_en, source.name_zh_hant, source.name_zh_hans)}"
        return text if self.row is not None else tr("ProgrammeDialog", "{0} (new)").format(text)


class _Values:
    def __init__(self, values: dict[str, Any]) -> None:
        self.name_en, self.name_zh_hant, self.name_zh_hans = (
            values.get(n) for n in ("name_en", "name_zh_hant", "name_zh_hans"))
        self.schedule = values["schedule"]


class ProgrammeDialog(ConfirmDiscard, EditDialog):
    """`delegations` are every live delegation; `show_dialog` opens the editor of a new leg.
    The owner sets `confirm` (Cancel asks before dropping changed legs; so do new legs' editors
    before dropping their emergency contacts)."""

    def __init__(self, reference: Reference, delegations: Sequence[rows.DelegationRow],
                 programme: rows.ProgrammeRow | None, show_dialog: Callable[[QDialog], None],
                 locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(tr("ProgrammeDialog", "New exchange programme") if programme is None
                         else tr("ProgrammeDialog", "Edit exchange programme"), locale, parent,
                         embed_form=False)
        self.setObjectName("programme_dialog")
        self.reference = reference
        self.programme = programme
        self.show_dialog = show_dialog
        self.delegations = {d.id: d for d in delegations}
        self.original = [self.delegations[leg.id] for leg in programme.legs
                         if leg.id in self.delegations] if programme else []
        self._texts()
        form = self.form
        self.item = form.add_field("item_id", tr("ProgrammeDialog", "Co-operation &item"),
                                compact(QComboBox()))
        self.item.setObjectName("item_id")
        self.item.addItem(tr("ProgrammeDialog", "(none)"), None)
        for item in sorted(reference.items, key=lambda i: (i.year, -i.number), reverse=True):
            self.item.addItem(item_label(item), item.id)
        self.status = form.add_field("status", tr("ProgrammeDialog", "&Status"),
                                  enum_combo(Status, "status"))
        form.add_field("legs", tr("ProgrammeDialog", "Le&gs"), self._legs_box())
        page = QWidget()
        page.setLayout(self.form)
        self.scroll_area = scrolled(page)
        self.layout_.insertWidget(0, self.scroll_area)
        if programme is not None:
            self._load(programme)
        self._fill_attach()
        self._legs_at_start = self._leg_plan()
        self.texts["title_en"].setFocus()
        self.resize(780, 620)

    def _texts(self) -> None:
        labels = {"title_en": tr("ProgrammeDialog", "Title (&English)"),
                  "title_zh_hant": tr("ProgrammeDialog", "Title (&Traditional Chinese)"),
                  "title_zh_hans": tr("ProgrammeDialog", "Title (Si&mplified Chinese)"),
                  "theme_en": tr("ProgrammeDialog", "T&heme (English)"),
                  "theme_zh_hant": tr("ProgrammeDialog", "Theme (Tra&ditional Chinese)"),
                  "theme_zh_hans": tr("ProgrammeDialog", "Theme (Simp&lified Chinese)")}
        self.texts = {name: QLineEdit() for name in labels}
        for name, edit in self.texts.items():
            edit.setObjectName(name)
        self.title_suggest = ScriptSuggestion(self.texts["title_zh_hant"],
                                              self.texts["title_zh_hans"], self)
        self.theme_suggest = ScriptSuggestion(self.texts["theme_zh_hant"],
                                              self.texts["theme_zh_hans"], self)
        for name, label in labels.items():
            suggest = self.title_suggest if name.startswith("title") else self.theme_suggest
            button = {"zh_hant": suggest.hant_button, "zh_hans": suggest.hans_button}.get(
                name.split("_", 1)[1])
            edit = self.texts[name]
            self.form.add_field(name, label, with_button(edit, button) if button else edit)

    def _legs_box(self) -> QWidget:
        self.legs = OrderedList("legs", tr("ProgrammeDialog", "Deta&ch"),
                                tr("ProgrammeDialog", "Move u&p"),
                                tr("ProgrammeDialog", "Move do&wn"))
        self.legs.list.setMinimumHeight(110)
        self.legs.list.setWordWrap(True)  # long names in full, on two lines
        self.legs.list.setToolTip(tr("ProgrammeDialog", "The delegations of the programme in "
                                                        "the order they travel; double-click "
                                                        "a new leg to change it"))
        self.legs.remove_button.setToolTip(tr("ProgrammeDialog", "Take the leg out of the "
                                                                 "programme; the delegation "
                                                                 "stays as it is"))
        self.legs.changed.connect(self._legs_changed)
        self.legs.list.itemDoubleClicked.connect(lambda _entry: self._edit_new_leg())
        new = push_button(tr("ProgrammeDialog", "&New leg…"), "new_leg", self.new_leg)
        new.setToolTip(tr("ProgrammeDialog", "Plan a new delegation as the next leg; it is "
                                             "saved with the programme"))
        self.legs.add_button(new)
        self.attach_choice = compact(QComboBox())
        self.attach_choice.setObjectName("attach_choice")
        self.attach_choice.setToolTip(tr("ProgrammeDialog", "Delegations in no other programme"))
        self.attach_button = push_button(tr("ProgrammeDialog", "&Attach"), "attach_leg",
                                         self.attach)
        self.attach_button.setToolTip(tr("ProgrammeDialog", "Add the chosen delegation as the "
                                                            "next leg"))
        row = QHBoxLayout()
        row.addWidget(self.attach_choice, 1)
        row.addWidget(self.attach_button)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.legs)
        column.addLayout(row)
        return box

    def _load(self, p: rows.ProgrammeRow) -> None:
        for name, edit in self.texts.items():
            edit.setText(getattr(p, name) or "")
        self.item.setCurrentIndex(max(0, self.item.findData(p.item.id if p.item else None)))
        self.status.setCurrentIndex(self.status.findData(p.status.value))
        for row in self.original:
            leg = Leg(row=row)
            self.legs.add(leg.label(), leg)
        self.legs.list.setCurrentRow(-1)

    # ----- legs -----------------------------------------------------------------------------
    def _legs_changed(self) -> None:
        for row, leg in enumerate(self.legs.entries()):  # numbered as they will be saved
            self.legs.set_text(row, f"{row + 1}. {leg.label()}")
        self._fill_attach()

    def _fill_attach(self) -> None:
        """Delegations in no programme (or taken out of this one here), by date."""
        shown = {leg.row.id for leg in self.legs.entries() if leg.row is not None}
        mine = self.programme.id if self.programme else None
        free = [d for d in self.delegations.values() if d.id not in shown
                and d.programme_id in (None, mine)]
        free.sort(key=lambda d: (d.schedule.utc_bounds()[0], d.id))
        self.attach_choice.clear()
        if not free:
            self.attach_choice.addItem(tr("ProgrammeDialog", "(no delegation outside a "
                                                             "programme)"), None)
        for d in free:
            self.attach_choice.addItem(Leg(row=d).label(), d.id)
        self.attach_choice.setEnabled(bool(free))
        self.attach_button.setEnabled(bool(free))

    def attach(self) -> None:
        ident = self.attach_choice.currentData()
        if ident is not None:
            leg = Leg(row=self.delegations[ident])
            self.legs.add(leg.label(), leg)

    def new_leg(self) -> None:
        editor = DelegationDialog(self.reference, None, self.ui_locale, self)
        editor.confirm = self.confirm
        editor.setObjectName("new_leg_dialog")
        editor.setWindowTitle(tr("ProgrammeDialog", "New leg"))
        item = self.item.currentData()
        if item is not None:  # the programme's item, unless the organiser picks another
            editor.item.setCurrentIndex(max(0, editor.item.findData(item)))
        leg = Leg(editor=editor)

        def take(values: dict[str, Any]) -> None:
            first = leg.values is None
            leg.values = values
            if first:
                self.legs.add(leg.label(), leg)
            else:
                self._legs_changed()
            editor.saved()

        editor.submitted.connect(take)
        self.show_dialog(editor)

    def _edit_new_leg(self) -> None:
        """Open a new leg's editor again, as it was left."""
        leg = self.legs.current()
        if leg is not None and leg.editor is not None:
            leg.editor.buttons.setEnabled(True)
            self.show_dialog(leg.editor)

    def _leg_plan(self) -> list[tuple[int | None, int]]:
        """The legs as shown: (delegation id or None for a new one, id of the entry)."""
        return [(leg.row.id if leg.row else None, id(leg)) for leg in self.legs.entries()]

    def unsaved_rows(self) -> str:
        return tr("ProgrammeDialog", "The changes to the legs") \
            if self._leg_plan() != self._legs_at_start else ""

    # ----- saving ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}
        values.update(item_id=self.item.currentData(), status=self.status.currentData())
        return values

    def collect(self) -> list[dict[str, Any]]:
        """The steps of one batch; empty when editing changed nothing."""
        values = self.values()
        clean = validate_programme(values, self.programme)  # type: ignore[arg-type]
        return self.steps(values, clean)

    def steps(self, values: dict[str, Any], clean: dict[str, Any]) -> list[dict[str, Any]]:
        p = self.programme
        steps: list[dict[str, Any]] = []
        if p is None:
            steps.append({"op": "programme.create", "args": values})
            programme_id: Any = Earlier(0)
        else:
            current = {**{n: getattr(p, n) for n in TITLE_FIELDS + THEME_FIELDS},
                       "item_id": p.item.id if p.item else None, "status": p.status}
            changed = {k: v for k, v in clean.items() if current.get(k) != v}
            if changed:
                steps.append({"op": "programme.update",
                              "args": {"ident": p.id, "version": p.version, **changed}})
            programme_id = p.id
        legs: list[Leg] = self.legs.entries()
        kept = {leg.row.id for leg in legs if leg.row is not None}
        for row in self.original:
            if row.id not in kept:
                steps.append({"op": "delegation.update", "args": {
                    "ident": row.id, "version": row.version, "programme_id": None}})
        for number, leg in enumerate(legs, start=1):
            if leg.row is None:
                steps.append({"op": "delegation.create", "args": {
                    **(leg.values or {}), "programme_id": programme_id, "leg_number": number}})
                if leg.editor is not None:  # its emergency contacts, typed in its editor
                    steps += leg.editor.contact_steps(Earlier(len(steps) - 1))
            elif p is None or leg.row.programme_id != p.id or leg.row.leg_number != number:
                steps.append({"op": "delegation.update", "args": {
                    "ident": leg.row.id, "version": leg.row.version,
                    "programme_id": programme_id, "leg_number": number}})
        return steps
