"""A delegation's members: add people with a role, change role, status and guardian consent."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from planner.domain import rows
from planner.domain.enums import MemberRole, MemberStatus
from planner.operations.people import add_member, remove_member, update_member
from planner.ui.context import UiContext
from planner.ui.dialogs.event_dialog import enum_combo
from planner.ui.dialogs.person_picker import PersonPicker
from planner.ui.models.tables import MembersModel
from planner.ui.text import tr
from planner.ui.widgets.buttons import explain, push_button
from planner.ui.widgets.tables import TextFilter, make_table, names_in_ui_order, selected_row


class MembersPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation: rows.DelegationRow | None = None
        self.model = MembersModel(self)
        proxy = TextFilter(self)
        proxy.setSourceModel(self.model)
        self.view = names_in_ui_order(make_table(proxy, "members_table"))
        self.role = enum_combo(MemberRole, "member_role")
        self.status = enum_combo(MemberStatus, "member_status")
        self.consent = QCheckBox(tr("MembersPanel", "Guardian &consent"))
        self.consent.setObjectName("member_consent")
        self.consent.setToolTip(tr("MembersPanel", "A minor's guardian has agreed to the trip "
                                                   "(Apply records it for the selected member)"))
        explain(self.role, tr("MembersPanel", "Role of the member"),
                tr("MembersPanel", "Leader, member, chaperone…: Apply gives it to the selected "
                                   "member; Add uses it for new ones"))
        explain(self.status, tr("MembersPanel", "Status of the member"),
                tr("MembersPanel", "Apply gives it to the selected member"))
        bar = QHBoxLayout()
        add = push_button(tr("MembersPanel", "&Add member…"), "add_member", self.add,
                          tr("MembersPanel", "Add a person from the address book to this "
                                             "delegation"))
        apply = push_button(tr("MembersPanel", "A&pply"), "apply_member", self.apply,
                            tr("MembersPanel", "Give the selected member the role, status and "
                                               "consent chosen on the left"))
        remove = push_button(tr("MembersPanel", "&Remove"), "remove_member", self.remove,
                             tr("MembersPanel", "Take the selected member off the delegation "
                                                "(you can undo this)"))
        import_button = push_button(tr("MembersPanel", "I&mport…"), "import_members",
                                    self.import_list, tr("MembersPanel", "Add members from an "
                                                         "Excel or CSV list"))
        for widget in (add, self.role, self.status, self.consent, apply, remove, import_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.view)

    def set_delegation(self, delegation: rows.DelegationRow | None) -> None:
        self.delegation = delegation
        self.model.set_rows(delegation.members if delegation else [])

    def add(self) -> None:
        if self.delegation is None:
            return
        delegation_id = self.delegation.id
        picker = PersonPicker(self.ctx.runner, self)
        picker.setObjectName("member_picker")
        picker.picked.connect(lambda person: self.ctx.perform(
            tr("MembersPanel", "Add member"), add_member, delegation_id, person.id,
            role=self.role.currentData(), status=self.status.currentData(),
            guardian_consent=self.consent.isChecked(), parent=self))
        self.ctx.dialogs.show(picker)

    def apply(self) -> None:
        member = selected_row(self.view)
        if member is not None:
            self.ctx.perform(tr("MembersPanel", "Change member"), update_member, member.id,
                             member.version, role=self.role.currentData(),
                             status=self.status.currentData(),
                             guardian_consent=self.consent.isChecked(), parent=self)

    def remove(self) -> None:
        member = selected_row(self.view)
        if member is not None:
            self.ctx.perform(tr("MembersPanel", "Remove member"), remove_member, member.id,
                             member.version, parent=self)

    def import_list(self) -> None:
        """Import a list (Excel/CSV) as members of this delegation."""
        if self.delegation is not None:
            from planner.ui.dialogs.import_wizard import open_import_wizard  # on first use

            open_import_wizard(self.ctx, self, ("delegation", self.delegation.id))
