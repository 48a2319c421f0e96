"""What one search box finds: records of every kind, grouped by kind, as plain rows."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.rows import Ref

# The kinds in the order their groups are shown.
KINDS = ("event", "session", "delegation", "itinerary", "programme", "person", "organisation",
         "venue", "item")
# The kind of record a hit opens: a session opens its event (where its agenda is edited).
OPENS = {"session": "event"}


def pick(locale: str, en: str | None, hant: str | None, hans: str | None) -> str | None:
    """The name in the reader's language, else the nearest one present."""
    if locale == "zh_HK":
        order = (hant, hans, en)
    elif locale == "zh_CN":
        order = (hans, hant, en)
    else:
        order = (en, hant, hans)
    return next((t for t in order if t), None)


@dataclass(frozen=True)
class SearchHit:
    """One record found: its names in each script, a language-neutral detail (a code, dates,
    a city) and the record it belongs to (a session's event, a person's organisation)."""

    kind: str
    id: int
    name_en: str | None
    name_zh_hant: str | None
    name_zh_hans: str | None
    detail: str | None = None
    parent: Ref | None = None

    def title(self, locale: str = "en") -> str:
        if self.kind == "person":  # a person's names are as given: both, in one line
            return " ".join(n for n in (self.name_en, self.name_zh_hant) if n) or f"#{self.id}"
        return pick(locale, self.name_en, self.name_zh_hant, self.name_zh_hans) or f"#{self.id}"

    def subtitle(self, locale: str = "en") -> str:
        parent = None
        if self.parent is not None:
            parent = self.parent.code or pick(locale, self.parent.name_en,
                                              self.parent.name_zh_hant, self.parent.name_zh_hans)
        return " · ".join(p for p in (parent, self.detail) if p)

    @property
    def opens(self) -> tuple[str, int]:
        """(kind, id) of the record to show: a session's event, else the hit itself."""
        if self.kind in OPENS and self.parent is not None:
            return OPENS[self.kind], self.parent.id
        return self.kind, self.id


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one kind, at most the limit asked for; `more` when others matched too."""

    kind: str
    hits: tuple[SearchHit, ...]
    more: bool = False
