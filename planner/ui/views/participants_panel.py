"""The participant list of the selected event: add, create, change status or role, check in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.domain import rows
from planner.domain.changes import Changes
from planner.domain.enums import RegistrationRole, RegistrationStatus
from planner.operations.participants import attendance
from planner.operations.people import (
    create_person,
    delete_registration,
    register_person,
    update_registration,
)
from planner.store import queries
from planner.ui.context import UiContext
from planner.ui.dialogs.event_dialog import enum_combo
from planner.ui.dialogs.person_dialog import PersonDialog
from planner.ui.dialogs.person_picker import PersonPicker
from planner.ui.models.tables import RegistrationsModel
from planner.ui.text import tr
from planner.ui.widgets.attendance_time import AttendanceTimeDialog
from planner.ui.widgets.buttons import explain, push_button
from planner.ui.widgets.flow_layout import FlowLayout
from planner.ui.widgets.tables import TextFilter, make_table, names_in_ui_order, selected_row

if TYPE_CHECKING:
    from planner.ui.dialogs.check_in import CheckInDialog
    from planner.ui.dialogs.import_wizard import ImportWizard


class ParticipantsPanel(QWidget):
    # Who is registered for the event, their check-ins and organisations.
    CONCERNS = frozenset({"attendance", "event", "organisation", "person", "registration",
                          "session"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_event: rows.EventRow | None = None
        self.organisations: tuple[rows.OrganisationRow, ...] = ()
        self.model = RegistrationsModel(self)
        proxy = TextFilter(self)
        proxy.setSourceModel(self.model)
        self.view = names_in_ui_order(make_table(proxy, "registrations_table"))
        self.heading = QLabel()
        self.heading.setObjectName("participants_heading")
        self.add_button = push_button(tr("ParticipantsPanel", "&Add person…"), "add_participant",
                                      self.add_existing, tr("ParticipantsPanel", "Register a "
                                      "person from the address book for this event"))
        self.new_button = push_button(tr("ParticipantsPanel", "&New person…"), "new_participant",
                                      self.add_new, tr("ParticipantsPanel", "Enter a new person "
                                      "and register them for this event"))
        self.status = enum_combo(RegistrationStatus, "registration_status")
        self.role = enum_combo(RegistrationRole, "registration_role")
        explain(self.status, tr("ParticipantsPanel", "Status of the participant"),
                tr("ParticipantsPanel", "Invited, registered, waiting…: Apply gives it to the "
                                        "selected participant"))
        explain(self.role, tr("ParticipantsPanel", "Role of the participant"),
                tr("ParticipantsPanel", "Participant, speaker, guest…: Apply gives it to the "
                                        "selected participant; Add uses it for new ones"))
        apply = push_button(tr("ParticipantsPanel", "A&pply"), "apply_registration",
                            self.apply_status, tr("ParticipantsPanel", "Give the selected "
                            "participant the status and role chosen on the left"))
        apply.setAccessibleName(tr("ParticipantsPanel", "Apply status and role"))
        self.check_in_button = push_button(tr("ParticipantsPanel", "Check &in"), "check_in",
                                           self.check_in, tr("ParticipantsPanel", "Record that "
                                           "the selected participant has arrived"))
        remove = push_button(tr("ParticipantsPanel", "&Remove"), "remove_participant", self.remove,
                             tr("ParticipantsPanel", "Take the selected participant off the "
                                                     "list (you can undo this)"))
        self.import_button = push_button(tr("ParticipantsPanel", "I&mport…"), "import_participants",
                                         self.import_list, tr("ParticipantsPanel", "Add "
                                         "participants from an Excel or CSV list"))
        self.door_button = push_button(tr("ParticipantsPanel", "Chec&k-in…"), "open_check_in",
                                       self.open_check_in, tr("ParticipantsPanel", "Open the "
                                       "check-in desk for this event"))
        # The heading over its own line (it wraps), the controls in a row that wraps: side by
        # side they needed 1,160 px and pushed the window off a 1024 px screen.
        self.heading.setWordWrap(True)
        bar = FlowLayout()
        for widget in (self.add_button, self.new_button, self.status, self.role, apply,
                       self.check_in_button, remove, self.import_button, self.door_button):
            bar.addWidget(widget)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        ctx.data_changed.connect(self._data_changed)
        self.set_event(None)

    def set_event(self, event: rows.EventRow | None) -> None:
        self.current_event = event
        enabled = event is not None
        for button in (self.add_button, self.new_button, self.check_in_button,
                       self.import_button, self.door_button):
            button.setEnabled(enabled)
        self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(self.CONCERNS):
            self.reload()

    def reload(self) -> None:
        event = self.current_event
        if event is None:
            self.model.set_rows([])
            self.heading.setText(tr("ParticipantsPanel", "Participants"))
            return

        def loaded(result: tuple[list[rows.RegistrationRow], Any, Any]) -> None:
            if self.current_event is None or self.current_event.id != event.id:
                return
            registrations, counts, self.organisations = result
            self.model.set_zone(event.schedule.timezone)
            self.model.set_rows(registrations)
            # The desk's own figures: both read attendance.counts.
            self.heading.setText(tr("ParticipantsPanel", "Participants: {0} registered, {1} "
                                    "waiting, {2} checked in").format(
                counts.registered, counts.waitlisted, counts.attended))

        self.ctx.runner.read(lambda s: (queries.list_registrations(s, event.id),
                                        attendance.counts(s, event.id),
                                        tuple(queries.list_organisations(s))),
                             on_success=loaded)

    def add_existing(self) -> None:
        if self.current_event is None:
            return
        event_id = self.current_event.id
        picker = PersonPicker(self.ctx.runner, self)
        picker.setObjectName("person_picker")
        picker.picked.connect(lambda person: self.ctx.perform(
            tr("ParticipantsPanel", "Add participant"), register_person, event_id, person.id,
            role=self.role.currentData(), parent=self))
        self.ctx.dialogs.show(picker)

    def add_new(self) -> None:
        if self.current_event is None:
            return
        event_id = self.current_event.id
        dialog = PersonDialog(self.organisations, None, self.ctx.ui_locale, self)
        dialog.setObjectName("person_dialog")

        def save(values: dict[str, Any]) -> None:
            def created(outcome: Any) -> None:
                dialog.saved()
                self.ctx.perform(tr("ParticipantsPanel", "Add participant"), register_person,
                                 event_id, outcome.value.id, role=self.role.currentData())

            self.ctx.perform(tr("ParticipantsPanel", "Create person"), create_person,
                             on_done=created, on_error=dialog.failed, **values)

        dialog.submitted.connect(save)
        self.ctx.dialogs.show(dialog)

    def apply_status(self) -> None:
        registration = selected_row(self.view)
        if registration is not None:
            self.ctx.perform(tr("ParticipantsPanel", "Change participant"), update_registration,
                             registration.id, registration.version,
                             status=self.status.currentData(), role=self.role.currentData(),
                             parent=self)

    def check_in(self) -> None:
        """The desk's check-in; for an event not on today, first ask when they attended."""
        registration = selected_row(self.view)
        if registration is None:
            return
        text = tr("ParticipantsPanel", "Check in")

        def known(when: attendance.AttendanceTime) -> None:
            if when.on_today:
                self.ctx.perform(text, attendance.check_in, registration.id, parent=self)
                return
            name = " ".join(n for n in (registration.person.name_en,
                                        registration.person.name_zh) if n)
            dialog = AttendanceTimeDialog(when, name, self)
            dialog.accepted.connect(lambda: self.ctx.perform(
                text, attendance.check_in, registration.id, at=dialog.edit.utc(), parent=self))
            self.ctx.dialogs.show(dialog)

        self.ctx.runner.read(attendance.attendance_time, registration.event_id,
                             on_success=known)

    def remove(self) -> None:
        registration = selected_row(self.view)
        if registration is not None:
            self.ctx.perform(tr("ParticipantsPanel", "Remove participant"), delete_registration,
                             registration.id, registration.version, parent=self)

    def import_list(self) -> ImportWizard | None:
        """Import a participant list (Excel/CSV) into this event."""
        from planner.ui.dialogs.import_wizard import open_import_wizard  # on first use

        if self.current_event is None:
            return None
        return open_import_wizard(self.ctx, self, ("event", self.current_event.id))

    def open_check_in(self) -> CheckInDialog | None:
        """The check-in screen for this event (non-modal: it stays open at the door)."""
        from planner.ui.dialogs.check_in import CheckInDialog  # on first use

        if self.current_event is None:
            return None
        dialog = CheckInDialog(self.ctx, self.current_event, self)
        self.ctx.dialogs.show(dialog)
        return dialog
