"""What a write touched: kinds of record and, where known, their ids (Anki's OpChanges idea).

A view, panel or dialog names the kinds it shows and reloads only when a change concerns one of
them. `Changes.everything()` stands for a change of unknown scope (a restore, a commit whose
outcome nobody knows, another organiser's change heard without details): it concerns everyone.

Kinds are the operations' families ("event", "session", "person", "venue"...; see
planner.store.change_kinds for the table each comes from). Ids are None where a write touched
a kind without saying which rows (a bulk import's INSERT ... SELECT, a privacy purge).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; stay well below.
PAYLOAD_LIMIT = 7900


@dataclass(frozen=True)
class Changes:
    """Kinds touched -> the ids touched (None: some, unknown which); or everything."""

    kinds: Mapping[str, frozenset[int] | None] = field(default_factory=dict)
    all: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(all=True)

    @classmethod
    def of(cls, kind: str, *ids: int) -> Changes:
        """A change of `kind`: of these ids, or of unknown ones when none are given."""
        return cls({kind: frozenset(ids) if ids else None})

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, int | None]]) -> Changes:
        """From (kind, id) pairs; an id of None makes the kind's ids unknown."""
        kinds: dict[str, set[int] | None] = {}
        for kind, ident in rows:
            known = kinds.setdefault(kind, set())
            if ident is None:
                kinds[kind] = None
            elif known is not None:
                known.add(ident)
        return cls({k: None if v is None else frozenset(v) for k, v in kinds.items()})

    def __bool__(self) -> bool:
        return self.all or bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        if self.all or other.all:
            return Changes.everything()
        kinds = dict(self.kinds)
        for kind, ids in other.kinds.items():
            mine = kinds.get(kind, frozenset())
            kinds[kind] = None if mine is None or ids is None else mine | ids
        return Changes(kinds)

    def touches(self, kinds: Iterable[str]) -> bool:
        """Does this change concern a reader of any of these kinds?"""
        return self.all or any(kind in self.kinds for kind in kinds)

    def touches_row(self, kind: str, ident: int) -> bool:
        """Did this change (perhaps) touch that row?"""
        if self.all or kind not in self.kinds:
            return self.all
        ids = self.kinds[kind]
        return ids is None or ident in ids

    def ids(self, kind: str) -> frozenset[int] | None:
        """The ids of `kind` touched (empty: none; None: unknown, perhaps any)."""
        if self.all:
            return None
        return self.kinds.get(kind, frozenset())

    # ----- as text: a NOTIFY payload ---------------------------------------------------------

    def payload(self, revision: int, limit: int = PAYLOAD_LIMIT) -> str:
        """JSON for a NOTIFY: the revision with kinds and ids, kinds only when that is too
        long, the revision alone (everything) when even that is."""
        if not self.all:
            full = {k: None if v is None else sorted(v) for k, v in sorted(self.kinds.items())}
            for kinds in (full, dict.fromkeys(full)):
                text = json.dumps({"revision": revision, "kinds": kinds}, separators=(",", ":"))
                if len(text.encode()) < limit:
                    return text
        return json.dumps({"revision": revision})

    @staticmethod
    def parse(payload: str) -> tuple[int, Changes] | None:
        """(revision, changes) from a payload; a bare revision (older writers, a restore)
        means everything; None when it is neither."""
        try:
            data: Any = json.loads(payload)
        except ValueError:
            return None
        if isinstance(data, int) and not isinstance(data, bool):
            return data, Changes.everything()
        if not isinstance(data, dict) or not isinstance(data.get("revision"), int):
            return None
        kinds = data.get("kinds")
        if not isinstance(kinds, dict):
            return data["revision"], Changes.everything()
        return data["revision"], Changes(
            {str(k): None if v is None else frozenset(int(i) for i in v)
             for k, v in kinds.items()})
