"""The person dialog's Sensitive tab: date of birth, guardian and travel documents.

Shown only to those who may see sensitive data (asked on the worker as the dialog opens; on a
server that is the planner_sensitive role). An existing person's values stay hidden until the
organiser presses Reveal, which reads them in a write transaction that puts the reveal in the
audit log (field names, never values). Changes are saved with the person in one batch.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import TravelDocumentType
from planner.domain.errors import Problem, ValidationError
from planner.i18n import render
from planner.operations.travel_documents import DOCUMENT_FIELDS, validate_document
from planner.store import audit, record_queries
from planner.ui.models.drafts import DraftList, loaded, same
from planner.ui.models.travel_documents import TravelDocumentsModel, document_values
from planner.ui.text import tr
from planner.ui.widgets.cell_editors import DraftDelegate
from planner.ui.widgets.draft_table import DraftTable
from planner.ui.widgets.form import FieldForm
from planner.ui.widgets.optional_date import OptionalDateEdit

GUARDIAN = ("guardian_name", "guardian_phone", "guardian_relationship", "guardian_email")
SENSITIVE = ("date_of_birth", *GUARDIAN)
REVEALED_FIELDS = [*SENSITIVE, "travel_documents"]
CHECKING, DENIED, MASKED, SHOWN = range(4)

Revealed = tuple[date | None, rows.Guardian | None, list[rows.TravelDocumentRow]]


def reveal(session: Session, person_id: int) -> Revealed:
    """A person's sensitive data, read on the worker in a write transaction that records the
    reveal in the audit log (refused without the role)."""
    born, guardian = record_queries.person_sensitive(session, person_id)
    documents = record_queries.list_travel_documents(session, person_id=person_id)
    audit.record(session, "reveal", "person", person_id, fields=REVEALED_FIELDS)
    return born, guardian, documents


class SensitiveTab(QWidget):
    def __init__(self, person_id: int | None, locale: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.ui_locale = locale
        self.allowed: bool | None = None
        self.minor = False
        self.before: dict[str, Any] = {name: None for name in SENSITIVE}
        self.documents = DraftList(ordered=False)
        self.stack = QStackedWidget()
        self.checking = QLabel(tr("SensitiveTab", "Checking whether you may see sensitive "
                                  "data…"))
        self.denied = QLabel()
        self.denied.setObjectName("sensitive_denied")
        self.stack.addWidget(self.checking)
        self.stack.addWidget(self.denied)
        self.stack.addWidget(self._masked_page())
        self.stack.addWidget(self._form_page())
        for label in (self.checking, self.denied):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Reveal, then Hide: above the pages so the data can be masked again once shown.
        self.reveal_button = QPushButton(tr("SensitiveTab", "&Reveal"))
        self.reveal_button.setObjectName("reveal_in_dialog")
        self.reveal_button.hide()
        self.has_values = person_id is None  # revealed (or new): the fields hold the data
        row = QHBoxLayout()
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.stack)
        self._label_toggle()

    # ----- pages ----------------------------------------------------------------------------
    def _masked_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.masked_note = QLabel(tr("SensitiveTab", "The date of birth, the guardian and the "
                                     "travel documents are hidden. Reveal shows them here so "
                                     "you can change them; each reveal is written to the audit "
                                     "log."))
        self.masked_note.setWordWrap(True)
        self.reveal_error = QLabel()
        self.reveal_error.setObjectName("reveal_error")
        self.reveal_error.setStyleSheet("color: #b00020;")
        self.reveal_error.setWordWrap(True)
        self.reveal_error.hide()
        for widget in (self.masked_note, self.reveal_error):
            box.addWidget(widget)
        box.addStretch(1)
        return page

    def _form_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.fields = FieldForm()
        holder = QWidget()
        holder.setLayout(self.fields)
        self.born = OptionalDateEdit(page=date(date.today().year - 15, 1, 1))
        self.born.setObjectName("date_of_birth")
        clear = QToolButton()
        clear.setText(tr("SensitiveTab", "Clear"))
        clear.setToolTip(tr("SensitiveTab", "No date of birth on record"))
        clear.clicked.connect(lambda: self.born.set_value(None))
        born_row = QWidget()
        line = QHBoxLayout(born_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.born)
        line.addWidget(clear)
        line.addStretch(1)
        self.fields.add_field("date_of_birth", tr("SensitiveTab", "Date of &birth"), born_row)
        self.guardian: dict[str, QLineEdit] = {}
        for name, text, hint in (
                ("guardian_name", tr("SensitiveTab", "&Guardian"),
                 tr("SensitiveTab", "A parent or other guardian of a minor")),
                ("guardian_phone", tr("SensitiveTab", "Guardian's p&hone"),
                 tr("SensitiveTab", "With the country code, e.g. +852 9123 4567")),
                ("guardian_relationship", tr("SensitiveTab", "Re&lationship"),
                 tr("SensitiveTab", "e.g. mother, father, aunt")),
                ("guardian_email", tr("SensitiveTab", "Guardian's e-&mail"),
                 tr("SensitiveTab", "A minor's e-mail goes here, never to the minor"))):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
            self.guardian[name] = edit
            self.fields.add_field(name, text, edit)
        self.minor_note = QLabel(tr("SensitiveTab", "A minor without a date of birth can be "
                                    "saved; the planning checks will point it out."))
        self.minor_note.setWordWrap(True)
        self.minor_note.hide()
        self.documents_model = TravelDocumentsModel(self.documents, editable=True, parent=self)
        self.documents_table = DraftTable(self.documents_model, "documents_table", (
            ("add", tr("SensitiveTab", "&Add document"),
             tr("SensitiveTab", "Add a travel document; type its details in the table")),
            ("remove", tr("SensitiveTab", "Remo&ve document"),
             tr("SensitiveTab", "Delete the chosen document (on OK)"))),
            DraftDelegate(TravelDocumentType))
        blank: dict[str, str | None] = {name: None for name in DOCUMENT_FIELDS}
        blank["kind"] = TravelDocumentType.HKSAR_PASSPORT.value
        self.documents_table.add_clicked.connect(lambda: self.documents_table.append(blank))
        self.born.dateChanged.connect(lambda _d: self._update_minor_note())
        box.addWidget(holder)
        box.addWidget(self.minor_note)
        box.addWidget(QLabel(tr("SensitiveTab", "Travel documents")))
        box.addWidget(self.documents_table, 1)
        return page

    # ----- access and reveal ----------------------------------------------------------------
    def set_allowed(self, allowed: bool) -> None:
        """The worker's answer to may_see_sensitive."""
        self.allowed = allowed
        if not allowed:
            self.denied.setText(tr("SensitiveTab", "Birth dates, guardians and travel documents "
                                   "need the planner_sensitive role, which your login does not "
                                   "have. Ask the administrator for it (see 'db roles')."))
            self.stack.setCurrentIndex(DENIED)
        elif self.person_id is None:
            self.stack.setCurrentIndex(SHOWN)
        else:
            self.stack.setCurrentIndex(MASKED)
            self.reveal_button.show()
        self._label_toggle()

    def access_failed(self, message: str) -> None:
        self.allowed = False
        self.denied.setText(message)
        self.stack.setCurrentIndex(DENIED)

    def revealed(self, found: Revealed) -> None:
        born, guardian, documents = found
        self.before = {"date_of_birth": born,
                       "guardian_name": guardian.name if guardian else None,
                       "guardian_phone": guardian.phone if guardian else None,
                       "guardian_relationship": guardian.relationship if guardian else None,
                       "guardian_email": guardian.email if guardian else None}
        self.born.set_value(born)
        for name, edit in self.guardian.items():
            edit.setText(self.before[name] or "")
        drafts = loaded(documents, document_values, ordered=False)
        self.documents_model.change(lambda: self.documents.load(drafts))
        self.documents_table.fit(0 if drafts else -1)
        self.has_values = True
        self.reveal_button.setEnabled(True)  # disabled while the worker read
        self.set_shown(True)

    @property
    def shown(self) -> bool:
        return self.stack.currentIndex() == SHOWN

    def set_shown(self, shown: bool) -> None:
        """Show the revealed data, or mask it again (what was typed is kept for OK)."""
        self.stack.setCurrentIndex(SHOWN if shown else MASKED)
        self.reveal_error.hide()
        self._label_toggle()
        self._update_minor_note()

    def _label_toggle(self) -> None:
        if self.shown:
            self.reveal_button.setText(tr("SensitiveTab", "&Hide"))
            self.reveal_button.setToolTip(tr("SensitiveTab", "Mask the sensitive data again"))
        else:
            self.reveal_button.setText(tr("SensitiveTab", "&Reveal"))
            self.reveal_button.setToolTip(tr("SensitiveTab", "Show the sensitive data (written "
                                             "to the audit log)"))

    def reveal_failed(self, message: str) -> None:
        self.reveal_error.setText(message)
        self.reveal_error.show()

    # ----- values ---------------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        """Whether the fields hold the values to be saved (new person, or revealed, even if
        masked again since)."""
        return self.has_values and self.allowed is not False

    def set_minor(self, minor: bool) -> None:
        self.minor = minor
        self._update_minor_note()

    def _update_minor_note(self) -> None:
        self.minor_note.setVisible(self.minor and self.editable and self.born.is_empty())

    def values(self) -> dict[str, Any]:
        """The sensitive fields that changed (all of them given, for a new person)."""
        if not self.editable:
            return {}
        now = {"date_of_birth": self.born.value(),
               **{name: edit.text() for name, edit in self.guardian.items()}}
        return {k: v for k, v in now.items() if same(v) != same(self.before.get(k))}

    def check_documents(self) -> list[Problem]:
        """Each document as the core will judge it; problems named by row beside the table."""
        self.documents_table.clear_problems()
        if not self.editable:
            return []
        by_row: dict[int, list[str]] = {}
        found: list[Problem] = []
        for i, draft in enumerate(self.documents.drafts):
            try:
                validate_document(draft.values)
            except ValidationError as error:
                found.extend(Problem(p.code, p.params, "documents") for p in error.problems)
                by_row[i] = [tr("SensitiveTab", "Travel document {0}: {1}").format(
                    i + 1, render(p, self.ui_locale)) for p in error.problems]
        if by_row:
            self.documents_table.show_problems(
                "\n".join(m for ms in by_row.values() for m in ms), by_row)
        return found

    def show_problems(self, problems: list[Problem]) -> None:
        """Problems the core found with the sensitive fields or the documents."""
        fields = [p for p in problems if p.field in SENSITIVE]
        documents = [p for p in problems if p.field not in SENSITIVE]
        self.fields.show_problems(fields, lambda p: render(p, self.ui_locale))
        if documents and not self.documents_table.problem.text():
            self.documents_table.show_problems(
                "\n".join(render(p, self.ui_locale) for p in documents))

    def clear_problems(self) -> None:
        self.fields.clear_problems()

    def document_steps(self, person_ref: Any) -> list[dict[str, Any]]:
        if not self.editable:
            return []
        return self.documents.steps("travel_document", {"person_id": person_ref})
