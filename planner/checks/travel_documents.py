"""Which travel documents a trip needs, by direction, and the documents' names in each language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.checks.data_reader import DataError, Entry
from planner.checks.travel_table import Names
from planner.domain.enums import Side, TravelDocumentType

SIDE_VALUES = tuple(s.value for s in Side)
DOCUMENT_TYPES = tuple(t.value for t in TravelDocumentType)


@dataclass(frozen=True)
class DocumentRule:
    origins: frozenset[str]
    destinations: frozenset[str]
    any_of: tuple[str, ...]
    endorsement: bool


@dataclass(frozen=True)
class DocumentKind:
    type: str
    names: Names
    endorsement: Names | None


@dataclass(frozen=True)
class DocumentRules:
    rules: tuple[DocumentRule, ...]
    kinds: dict[str, DocumentKind]

    def rule_for(self, origin: str, destination: str) -> DocumentRule | None:
        """The first rule for this direction of travel, or None when nothing is required."""
        for rule in self.rules:
            if origin in rule.origins and destination in rule.destinations:
                return rule
        return None

    def name(self, doc_type: str, locale: str) -> str:
        kind = self.kinds.get(doc_type)
        return kind.names.pick(locale) if kind else doc_type.replace("_", " ")

    def endorsement_name(self, doc_type: str, locale: str) -> str:
        kind = self.kinds.get(doc_type)
        if kind and kind.endorsement:
            return kind.endorsement.pick(locale)
        return self.name(doc_type, locale)


def parse_documents(data: dict[str, Any]) -> DocumentRules:
    """The rules from the parsed TOML; DataError names the entry and field that is wrong."""
    top = Entry(data, "")
    kinds: dict[str, DocumentKind] = {}
    for entry in top.entries("document"):
        doc_type = entry.choice("type", DOCUMENT_TYPES)
        entry.named(doc_type)
        endorsement = entry.text("endorsement_en", required=False)
        kinds[doc_type] = DocumentKind(
            doc_type, Names(entry.text("name_en") or doc_type,
                            entry.text("name_zh_hant", required=False),
                            entry.text("name_zh_hans", required=False)),
            Names(endorsement, entry.text("endorsement_zh_hant", required=False),
                  entry.text("endorsement_zh_hans", required=False)) if endorsement else None)
    rules = []
    for entry in top.entries("rule"):
        any_of = entry.choices("any_of", DOCUMENT_TYPES)
        unnamed = [t for t in any_of if t not in kinds]
        if unnamed:
            raise DataError(f"{entry.where}.any_of", f"add a [[document]] for {unnamed}")
        rules.append(DocumentRule(frozenset(entry.choices("from", SIDE_VALUES)),
                                  frozenset(entry.choices("to", SIDE_VALUES)), any_of,
                                  entry.flag("endorsement")))
    return DocumentRules(tuple(rules), kinds)
