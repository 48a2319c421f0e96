"""JSON in: a record as `show --json` prints it, checked key by key, into an operation's arguments.

Nothing here writes; the operations validate the values themselves (the same rules as the
window), so this only refuses what is not a key of the kind or not of the right shape, each
problem naming its key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import IO, Any

from sqlalchemy.orm import Session

from planner.cli.kinds.spec import Form, Kind, read_schedule, read_value
from planner.domain.errors import Collector, PlannerError
from planner.domain.schedule import Schedule
from planner.store.sensitive import require_sensitive

INPUT_LIMIT_MB = 64


def load_json(stream: IO[str] | IO[bytes], kind: Kind) -> list[dict[str, Any]] | dict[str, Any]:
    """One object or a list of objects, from a file or standard input (at most 64 MB)."""
    raw = stream.read(INPUT_LIMIT_MB * 1024 * 1024 + 1)
    if len(raw) > INPUT_LIMIT_MB * 1024 * 1024:
        raise PlannerError("json_too_large", limit=INPUT_LIMIT_MB)
    if isinstance(raw, str):
        raw = raw.removeprefix("\ufeff")  # a byte-order mark Windows editors put first
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        reason = exc.args[0] if isinstance(exc, ValueError) and exc.args else "nested too deep"
        raise PlannerError("json_invalid", reason=reason) from exc
    if isinstance(data, list):
        bad = next((d for d in data if not isinstance(d, dict)), None)
        if bad is None and data:
            return data
        found = "a list" if not data else f"a list holding {_shape(bad)}"
        raise PlannerError("json_not_object", kind=kind.name, found=found)
    if isinstance(data, dict):
        return data
    shape = _shape(data)
    raise PlannerError("json_not_object", kind=kind.name, found=shape)


def _shape(value: Any) -> str:
    """How a JSON value reads in a message (translated like the `expected` words)."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    return "null"


def check_keys(kind: Kind, given: Mapping[str, Any], *, editing: bool) -> None:
    """Every key given is one the kind has (an edit also has `version`)."""
    for name in given:
        if name == "version" and editing:
            continue
        if kind.key(name) is None:
            raise PlannerError("unknown_key", field=name, kind=kind.name, key=name)


def arguments(session: Session, kind: Kind, given: Mapping[str, Any], *,
              current: Any = None) -> dict[str, Any]:
    """The operation's keyword arguments for a new record (`current` None) or an edit."""
    editing = current is not None
    check_keys(kind, given, editing=editing)
    errors = Collector()
    out: dict[str, Any] = {}
    schedule_given: dict[str, Any] = {}
    sensitive = [k.name for k in kind.keys if k.sensitive and k.settable and k.name in given]
    if kind.sensitive or (sensitive and (editing or any(given[n] is not None
                                                        for n in sensitive))):
        require_sensitive(session, sensitive[0] if sensitive else None)
    for name, value in given.items():
        key = kind.key(name)
        if key is None or not key.settable:
            continue  # `version` (an edit's), and what show prints but nobody sets
        if key.form is Form.SCHEDULE:
            schedule_given[key.name] = value
            continue
        converted = read_value(key, value, errors)
        if key.parent and editing:
            now = getattr(current, key.target, None)
            if now is None and key.ref in ("person", "event", "delegation"):
                now = _current_ref(current, key)
            if converted.get(key.target) != now:
                errors.add("parent_fixed", field=key.name, kind=kind.name)
            continue
        out.update(converted)
    if kind.scheduled and (schedule_given or not editing):
        zone = kind.zone(session, out) if kind.zone else None
        schedule = read_schedule(schedule_given, getattr(current, "schedule", None),
                                 zone or "Asia/Hong_Kong", errors)
        if schedule is not None:
            out["schedule"] = schedule
    if not editing:
        for key in kind.keys:
            if key.required and key.settable and key.form is not Form.SCHEDULE \
                    and out.get(key.target) in (None, "") and key.name not in given \
                    and not any(a in given for a in key.aliases):
                errors.add("required", field=key.name)
    errors.raise_if_any()
    return out


def _current_ref(current: Any, key: Any) -> int | None:
    """A row's parent id where the row prints it as a nested reference (a member's person)."""
    nested = getattr(current, key.name, None)
    return getattr(nested, "id", None)


def edit_version(given: Mapping[str, Any]) -> int:
    """The `version` an edit must give, as `show` printed it."""
    version = given.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version <= 0:
        raise PlannerError("version_required", field="version")
    return version


__all__ = ["Schedule", "arguments", "check_keys", "edit_version", "load_json"]
