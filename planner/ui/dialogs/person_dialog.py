"""Create or edit a person; names are kept exactly as typed. Given the worker, the dialog also
edits the person's sensitive data (date of birth, guardian, travel documents) on a tab of its
own, shown only to those who may see it; OK saves everything as one batch."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTabWidget, QWidget

from planner.domain import rows
from planner.domain.enums import PersonCategory
from planner.domain.errors import PlannerError, Problem, ValidationError
from planner.i18n import render
from planner.operations.base import Earlier
from planner.operations.people import validate_person
from planner.store.sensitive import may_see_sensitive
from planner.ui.dialogs.base import EditDialog
from planner.ui.dialogs.discard import ConfirmDiscard
from planner.ui.dialogs.event_dialog import compact, enum_combo, scrolled
from planner.ui.dialogs.sensitive_tab import SENSITIVE, SensitiveTab, reveal
from planner.ui.tasks import TaskRunner
from planner.ui.text import bilingual, tr

TEXT_FIELDS = ("name_en", "name_zh", "position", "email", "phone", "dietary_needs", "access_needs")
DOCUMENT_PROBLEM_FIELDS = {"documents", "kind", "number", "issuing_authority", "issue_date",
                           "expiry", "endorsement_type", "endorsement_entries",
                           "endorsement_expiry", "person_id"}


# The languages of messages (planner.operations.people.MESSAGE_LANGUAGES), each in itself.
MESSAGE_LANGUAGE_NAMES = (("en", "English"), ("zh-hk", "繁體中文（香港）"), ("zh-cn", "简体中文"))


class PersonDialog(ConfirmDiscard, EditDialog):
    """Without a `runner` (quick entry of a new participant) there is no Sensitive tab."""

    def __init__(self, organisations: tuple[rows.OrganisationRow, ...],
                 person: rows.PersonRow | None = None, locale: str = "en",
                 parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        title = tr("PersonDialog", "New person") if person is None else tr("PersonDialog", "Edit person")
        super().__init__(title, locale, parent, embed_form=runner is None)
        self.person = person
        self.runner = runner
        self.sensitive: SensitiveTab | None = None
        form = self.form
        labels = {"name_en": tr("PersonDialog", "&English name"),
                  "name_zh": tr("PersonDialog", "&Chinese name"),
                  "position": tr("PersonDialog", "&Position"),
                  "email": tr("PersonDialog", "E-&mail"), "phone": tr("PersonDialog", "P&hone"),
                  "dietary_needs": tr("PersonDialog", "&Dietary needs"),
                  "access_needs": tr("PersonDialog", "&Access needs")}
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS[:2]:
            self.edits[name] = form.add_field(name, labels[name], QLineEdit())
        self.organisation = form.add_field("organisation_id", tr("PersonDialog", "&Organisation"),
                                        compact(QComboBox()))
        self.organisation.setObjectName("organisation_id")
        self.organisation.addItem(tr("PersonDialog", "(none)"), None)
        for org in organisations:
            self.organisation.addItem(f"{org.code or ''} {bilingual(org.name_en, org.name_zh_hant, org.name_zh_hans)}".strip(), org.id)
        for name in TEXT_FIELDS[2:]:
            self.edits[name] = form.add_field(name, labels[name], QLineEdit())
        self.category = form.add_field("category", tr("PersonDialog", "Ca&tegory"),
                                    enum_combo(PersonCategory, "category"))
        self.is_minor = form.add_field("is_minor", tr("PersonDialog", "&Minor"),
                                    QCheckBox(tr("PersonDialog", "Under 18: trips need a guardian's consent")))
        self.language = form.add_field("language", tr("PersonDialog", "Messages &in"),
                                    compact(QComboBox()))
        self.language.setObjectName("language")
        self.language.setToolTip(tr("PersonDialog", "The language of the e-mails Planner sends "
                                    "this person; by default it follows the side they come from"))
        self.language.addItem(tr("PersonDialog", "(the side they come from)"), "")
        for code, name in MESSAGE_LANGUAGE_NAMES:  # each named in itself, like Preferences
            self.language.addItem(name, code)
        for name, edit in self.edits.items():
            edit.setObjectName(name)
        if person is not None:
            for name in TEXT_FIELDS:
                self.edits[name].setText(getattr(person, name) or "")
            self.organisation.setCurrentIndex(
                max(0, self.organisation.findData(person.organisation.id if person.organisation else None)))
            self.category.setCurrentIndex(self.category.findData(person.category.value))
            self.is_minor.setChecked(person.is_minor)
            self.language.setCurrentIndex(max(0, self.language.findData(
                getattr(person, "language", None) or "")))
        if runner is None:
            self.resize(520, 420)
            return
        self.tabs = QTabWidget()
        self.tabs.setObjectName("person_tabs")
        page = QWidget()
        page.setLayout(self.form)
        self.tabs.addTab(scrolled(page), tr("PersonDialog", "Perso&n"))
        self.sensitive = SensitiveTab(None if person is None else person.id, locale, self)
        self.tabs.addTab(self.sensitive, tr("PersonDialog", "&Sensitive"))
        self.tabs.setTabToolTip(1, tr("PersonDialog", "Date of birth, guardian and travel "
                                      "documents"))
        self.layout_.insertWidget(0, self.tabs)
        self.is_minor.toggled.connect(self.sensitive.set_minor)
        self.sensitive.set_minor(self.is_minor.isChecked())
        self.sensitive.reveal_button.clicked.connect(self.reveal)
        tab = self.sensitive
        runner.read(may_see_sensitive, on_success=tab.set_allowed,
                    on_failure=lambda e: tab.access_failed(render_any(e, self.ui_locale)))
        self.resize(820, 560)

    def unsaved_rows(self) -> str:
        tab = self.sensitive
        if tab is not None and (tab.values() or tab.documents.changed()):
            return tr("PersonDialog", "The changes to the sensitive data")
        return ""

    def reveal(self) -> None:
        """Read the sensitive data on the worker (the reveal is written to the audit log)."""
        tab, person = self.sensitive, self.person
        if tab is None or person is None or self.runner is None:
            return
        if tab.shown or tab.has_values:  # Hide, or show again what this dialog has read
            tab.set_shown(not tab.shown)
            return
        tab.reveal_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            tab.reveal_button.setEnabled(True)
            tab.reveal_failed(render_any(error, self.ui_locale))

        self.runner.write(reveal, person.id, on_success=tab.revealed, on_failure=failed)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values.update(organisation_id=self.organisation.currentData(),
                      category=self.category.currentData(), is_minor=self.is_minor.isChecked(),
                      language=self.language.currentData() or "")
        problems: list[Problem] = []
        if self.sensitive is not None:
            self.sensitive.clear_problems()
            values.update(self.sensitive.values())
            problems.extend(self.sensitive.check_documents())
        try:
            validate_person(values, self.person)  # type: ignore[arg-type]
        except ValidationError as error:
            problems[:0] = error.problems
        if problems:
            raise ValidationError(problems)
        return values

    def show_error(self, error: BaseException) -> None:
        """Sensitive fields and documents on their tab, the rest beside the person's fields."""
        tab = self.sensitive
        problems = list(getattr(error, "problems", ()))
        ours = [p for p in problems if p.field in SENSITIVE or p.field in DOCUMENT_PROBLEM_FIELDS]
        if tab is None or not isinstance(error, PlannerError) or not ours:
            if tab is not None:
                tab.clear_problems()
                self.tabs.setCurrentIndex(0)
            super().show_error(error)
            return
        rest = [p for p in problems if p not in ours]
        self.form.clear_problems()
        if rest:
            self.form.show_problems(rest, lambda p: render(p, self.ui_locale))
        tab.show_problems(ours)
        self.tabs.setCurrentIndex(0 if rest else 1)

    def batch(self, values: dict[str, Any], version: int | None = None) -> list[dict[str, Any]]:
        """The person (created, or updated at `version`) and the travel documents that
        changed, as one batch."""
        tab = self.sensitive
        if self.person is None:
            documents = tab.document_steps(Earlier(0)) if tab is not None else []
            return [{"op": "person.create", "args": values}, *documents]
        p = self.person
        documents = tab.document_steps(p.id) if tab is not None else []
        return [{"op": "person.update", "args": {
            "ident": p.id, "version": p.version if version is None else version, **values}},
            *documents]


def render_any(error: BaseException, locale: str) -> str:
    if isinstance(error, PlannerError):
        return " ".join(render(p, locale) for p in error.problems)
    return str(error) or type(error).__name__
