"""Printed documents as one registry, read by the window and the command line.

`documents()` lists them in menu order; `document(key)` finds one; `for_kind(kind)` says which
apply to a selected record.
"""

from __future__ import annotations

from planner.domain.kinds import RecordKind
from planner.operations.documents import catalogue as _catalogue  # noqa: F401  (registers)
from planner.operations.documents.registry import Document, Request, Target, registered

__all__ = ["Document", "Request", "Target", "document", "documents", "for_kind"]


def documents() -> list[Document]:
    return list(registered().values())


def document(key: str) -> Document:
    return registered()[key]


def for_kind(kind: RecordKind) -> list[Document]:
    return [d for d in documents() if kind in d.applies_to]
