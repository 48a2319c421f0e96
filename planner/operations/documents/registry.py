"""A printed document, as one registered object (the idea of pretix's exporters): what it is
called, which records it is about, its options, its formats and what makes it.

The window (File > Export, the options dialog) and the command line (`export ...`) read the
same registry; adding a document is one `register(Document(...))` in `catalogue.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.domain.errors import PlannerError
from planner.domain.kinds import RecordKind
from planner.domain.progress import Progress
from planner.operations.documents.options import COMMON, DocumentOption, OptionKind
from planner.store.database import Database

if TYPE_CHECKING:
    from planner.exports.pdf.template import Options

_YEAR = re.compile(r"^\d{4}-\d{2}$")


@dataclass(frozen=True)
class Target:
    """The record a document is about."""

    kind: RecordKind
    ident: int


@dataclass(frozen=True)
class Request:
    """One document to make: about what, with which option values, in which format."""

    target: Target | None
    values: Mapping[str, Any]
    format: str = "pdf"

    def page_options(self) -> Options:
        """Language, name order and print date, as every maker takes them."""
        from planner.exports.pdf.collation import NameOrder
        from planner.exports.pdf.template import Options
        from planner.exports.pdf.words import Lang

        order = self.values.get("order")
        return Options(lang=Lang(self.values.get("lang") or "bi"),
                       order=NameOrder(order) if order else None,
                       printed_on=self.values.get("printed"))


Maker = Callable[[Database, Request, Progress | None], bytes]


@dataclass(frozen=True)
class Document:
    key: str  # stable: settings keys ("documents/<key>/...") and menu action names use it
    title: str  # core catalogue; the first part of the suggested file name
    applies_to: tuple[RecordKind, ...]  # () = about no one record (the annual report)
    options: tuple[DocumentOption, ...]  # its own; COMMON ones follow
    maker: Maker
    command: str  # `export COMMAND`
    command_help: str
    variant: str = ""  # `export COMMAND --kind VARIANT`, when a command makes several
    formats: tuple[str, ...] = ("pdf",)
    action: str = ""  # the menu action's name: export_<action>[_docx]
    menu: Mapping[str, str] = field(default_factory=dict)  # format -> menu text (catalogue)
    target_help: Mapping[RecordKind, str] = field(default_factory=dict)

    @property
    def all_options(self) -> tuple[DocumentOption, ...]:
        return self.options + COMMON

    def values(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Every option's value: the given ones, else the defaults."""
        return {o.name: given.get(o.name, o.default) for o in self.all_options}

    def check(self, values: Mapping[str, Any]) -> None:
        """Refuse values no maker can use, before anything is made or written."""
        for option in self.all_options:
            if option.kind is OptionKind.YEAR and not _YEAR.match(str(values.get(option.name))):
                raise PlannerError("invalid_choice", field=option.name,
                                   choices="YYYY-YY (e.g. 2016-17)")

    def sensitive_fields(self, values: Mapping[str, Any]) -> list[str]:
        """The sensitive options asked for (the audit log's field names)."""
        return [o.name for o in self.all_options if o.sensitive and values.get(o.name)]

    def make(self, db: Database, request: Request, progress: Progress | None = None) -> bytes:
        """The document's bytes; printing sensitive fields is recorded: who, when, what."""
        values = self.values(request.values)
        self.check(values)
        data = self.maker(db, Request(request.target, values, request.format), progress)
        included = self.sensitive_fields(values)
        if included and request.target is not None:
            from planner.operations.participants import audit

            with db.write() as session:
                audit.record(session, "export_sensitive", str(request.target.kind),
                             request.target.ident, document=self.command, fields=included)
        return data


_REGISTRY: dict[str, Document] = {}


def register(document: Document) -> Document:
    if document.key in _REGISTRY:
        raise ValueError(f"document {document.key} is registered twice")
    _REGISTRY[document.key] = document
    return document


def registered() -> dict[str, Document]:
    return _REGISTRY
