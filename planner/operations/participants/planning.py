"""What an import will do, row by row, before it writes: the report the wizard and --dry-run show.

Looks things up (organisations, existing people, the event's list and capacity) inside the
caller's session and writes nothing. `import_people` plans again inside its own transaction,
so what it writes matches the database at that moment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from planner.domain.enums import MemberStatus, RegistrationStatus
from planner.domain.errors import Problem
from planner.domain.text import search_key
from planner.imports.people import SourceTable, check_mapping, check_rows, signature
from planner.imports.people.checks import EMAIL_LEFT_OUT
from planner.imports.people.memory import paused_gc
from planner.imports.people.organisations import region_form, region_index
from planner.imports.people.values import chinese_scripts
from planner.operations.participants.plan_types import (
    Action,
    Duplicates,
    ImportCounts,
    ImportPlan,
    PlannedRow,
    RowReport,
    Target,
)
from planner.store import participant_queries, queries
from planner.store.base import utcnow
from planner.store.models import Delegation, Event


@dataclass
class _Context:
    target: Target
    capacity: int | None = None
    registered: int = 0
    waitlisted: int = 0
    zone: str | None = None
    listed: dict[int, int] = field(default_factory=dict)  # person id -> registration/member id
    revive: dict[int, int] = field(default_factory=dict)  # the same, soft-deleted ones
    today: date = field(default_factory=date.today)


def plan_import(session: Session, table: SourceTable, mapping: Mapping[int, str],
                target: Target = Target(), *, duplicates: Duplicates | str = Duplicates.MERGE,
                decisions: Mapping[int, Duplicates | str] | None = None,
                create_organisations: bool = True, strict: bool = False) -> ImportPlan:
    """Check every row against the database; `decisions` (row line -> merge/keep/skip) override
    `duplicates` for single rows; with `strict` a bad e-mail makes its row invalid instead of
    being left out. Writes nothing."""
    with paused_gc():
        return _plan(session, table, mapping, target, Duplicates(duplicates), decisions,
                     create_organisations, strict)


def _plan(session: Session, table: SourceTable, mapping: Mapping[int, str], target: Target,
          duplicates: Duplicates, decisions: Mapping[int, Duplicates | str] | None,
          create_organisations: bool, strict: bool = False) -> ImportPlan:
    check_mapping(mapping)
    chosen = {line: Duplicates(d) for line, d in (decisions or {}).items()}
    context = _context(session, target)
    checks = check_rows(table, mapping, target=target.kind, today=context.today,
                        strict=strict)
    orgs = participant_queries.organisation_index(session)
    by_region = region_index(orgs.items())
    people = participant_queries.people_index(session)
    new_orgs: dict[str, str] = {}
    planned: list[PlannedRow] = []
    seen = _Seen()
    found_orgs: dict[str, tuple[int | None, str]] = {}  # lists name few organisations often
    for check in checks:
        row = PlannedRow(check)
        if check.organisation:
            _organisation(row, orgs, by_region, new_orgs, create_organisations, found_orgs)
        if not check.problems:
            _match(row, people, seen, duplicates, chosen)
        planned.append(row)
    _labels(session, planned)
    _list_places(planned, context)
    warnings = _encoding_warnings(table) + _warnings(session, planned, context)
    used = {p.org_key for p in planned if p.org_key and not p.check.problems
            and p.action != Action.SKIP}
    new_orgs = {k: v for k, v in new_orgs.items() if k in used}
    reports = tuple(p.report(new_orgs) for p in planned)
    return ImportPlan(table.name, table.format, table.encoding, table.delimiter, table.sheet,
                      table.header_line, table.headers, signature(table.headers), dict(mapping),
                      target, duplicates, reports, tuple(warnings), _count(reports, new_orgs),
                      new_orgs, tuple(planned), context.revive, table.mixed_lines)


def _encoding_warnings(table: SourceTable) -> list[Problem]:
    if not table.mixed_lines:
        return []
    return [Problem("import_mixed_encoding", {"lines": _lines(table.mixed_lines),
                                              "encoding": table.encoding,
                                              "other": table.other_encoding})]


def _lines(lines: tuple[int, ...], shown: int = 20) -> str:
    text = ", ".join(str(n) for n in lines[:shown])
    return text + (f" and {len(lines) - shown} more" if len(lines) > shown else "")


@dataclass
class _Seen:
    """Who the file already had: by e-mail, by (name key, organisation), by matched person."""

    email: dict[str, int] = field(default_factory=dict)
    name: dict[tuple[str, object], int] = field(default_factory=dict)
    match: dict[int, int] = field(default_factory=dict)


def _context(session: Session, target: Target) -> _Context:
    context = _Context(target)
    if target.kind == "event":
        event = queries.fetch(session, Event, int(target.id or 0))
        context.capacity, context.zone, context.today = event.capacity, event.timezone, \
            event.start_date
        context.registered = participant_queries.count_status(session, event.id, RegistrationStatus.REGISTERED)
        context.waitlisted = participant_queries.count_status(session, event.id, RegistrationStatus.WAITLISTED)
        context.listed = participant_queries.registrations_by_person(session, event.id)
        context.revive = participant_queries.registrations_by_person(session, event.id, deleted=True)
    elif target.kind == "delegation":
        delegation = queries.fetch(session, Delegation, int(target.id or 0))
        context.zone, context.today = delegation.timezone, delegation.start_date
        context.listed = participant_queries.members_by_person(session, delegation.id)
        context.revive = participant_queries.members_by_person(session, delegation.id, deleted=True)
    elif target.kind is not None:
        raise ValueError(f"unknown import target {target.kind!r}")
    return context


@lru_cache(maxsize=4096)
def _org_parts(text: str) -> tuple[str, ...]:
    """A name as keys: folded, and in Simplified script when different (lists name few
    organisations many times, so each is worked out once)."""
    return tuple(search_key(text).split("|"))


def _organisation_id(parts: tuple[str, ...], orgs: dict[str, int],
                     by_region: dict[str, int]) -> int | None:
    """By code, name in either script or alias as written; else by the same name with its
    place written another way (香港知識產權署, 香港特別行政區政府知識產權署)."""
    for part in parts:
        if part in orgs:
            return orgs[part]
    for part in parts:
        form = region_form(part)
        if form is not None and form in by_region:
            return by_region[form]
    return None


def _organisation(row: PlannedRow, orgs: dict[str, int], by_region: dict[str, int],
                  new_orgs: dict[str, str], create: bool,
                  found: dict[str, tuple[int | None, str]]) -> None:
    check = row.check
    text = str(check.organisation)
    known = found.get(text)
    if known is None:
        parts = _org_parts(text)
        known = found[text] = (_organisation_id(parts, orgs, by_region), parts[0])
    ident, key = known
    if ident is not None:
        row.organisation_id = ident
        return
    if not key:  # nothing but punctuation: no organisation
        return
    if not create:
        check.problems.append(Problem("organisation_unknown", {"value": text}, "organisation"))
        return
    new_orgs.setdefault(key, text)
    row.org_key = key
    check.notes.append(Problem("organisation_new", {"value": text}, "organisation"))


def _match(row: PlannedRow, people: participant_queries.PeopleIndex, seen: _Seen, duplicates: Duplicates,
           chosen: Mapping[int, Duplicates]) -> None:
    check = row.check
    email = check.person.get("email")
    email = email.lower() if email else ""
    org: object = row.organisation_id if row.org_key is None else row.org_key
    # Any part of the key: the English name, the Chinese name, its Simplified form (a key's
    # parts are never empty).
    key = check.search_key
    names = [(k, org) for k in key.split("|")] if key else []
    seen_name = seen.name
    earlier = seen.email.get(email) if email else None
    if earlier is None:
        for n in names:
            if n in seen_name:
                earlier = seen_name[n]
                break
    if earlier is not None:
        check.problems.append(Problem("duplicate_in_file", {"line": earlier}))
        return
    line = check.line
    if email:
        seen.email[email] = line
    for n in names:
        if n not in seen_name:
            seen_name[n] = line
    match_id, how = (people.by_email.get(email), "email") if email else (None, None)
    if match_id is None and row.org_key is None:  # nobody is in an organisation not yet created
        by_name = people.by_name
        for name, _org in names:  # here the organisation is row.organisation_id
            match_id = by_name.get((name, row.organisation_id))
            if match_id is not None:
                how = "name"
                break
    if match_id is None:
        row.action = Action.CREATE
        return
    if match_id in seen.match:  # two rows, one existing person (say by e-mail and by name)
        check.problems.append(Problem("duplicate_in_file", {"line": seen.match[match_id]}))
        return
    seen.match[match_id] = line
    row.match_id, row.match_by = match_id, how
    row.action = _ACTIONS[chosen.get(line, duplicates) if chosen else duplicates]


_ACTIONS = {Duplicates.MERGE: Action.MERGE, Duplicates.KEEP: Action.CREATE,
            Duplicates.SKIP: Action.SKIP}


def _labels(session: Session, planned: list[PlannedRow]) -> None:
    """Name the people rows matched, in notes the organiser reads."""
    matched = [p for p in planned if p.match_id is not None and not p.check.problems]
    labels = participant_queries.person_labels(session, [p.match_id for p in matched if p.match_id is not None])
    for row in matched:
        ident = int(row.match_id or 0)
        code = "matches_email" if row.match_by == "email" else "matches_name"
        row.check.notes.append(Problem(code, {"person": labels.get(ident, f"#{ident}"),
                                              "id": ident}))
        row.check.notes.append(Problem(_DECIDED[row.action]))


_DECIDED = {Action.MERGE: "will_merge", Action.CREATE: "will_keep_both", Action.SKIP: "will_skip"}


def _list_places(planned: list[PlannedRow], context: _Context) -> None:
    """Registration or membership status for each row, with the event's capacity applied."""
    kind = context.target.kind
    free = None
    if context.capacity is not None:
        free = 0 if context.waitlisted else max(0, context.capacity - context.registered)
    start = utcnow()
    rows = [p for p in planned if not p.check.problems
            and p.action in (Action.CREATE, Action.MERGE)]
    given = False
    moment, step = start, timedelta(microseconds=1)
    for row in rows:
        # File order breaks ties: a microsecond apart keeps the waiting list in that order.
        if row.check.registered_at is None:
            row.registered_at = moment
        else:
            row.registered_at, given = _utc(row.check.registered_at, context.zone), True
        moment += step
    if kind is None:
        return
    if given:  # otherwise they are in order already
        rows.sort(key=lambda r: (r.registered_at, r.check.line))
    registered, waitlisted = RegistrationStatus.REGISTERED.value, \
        RegistrationStatus.WAITLISTED.value
    place = context.waitlisted
    for row in rows:
        if row.match_id is not None and row.match_id in context.listed:
            code = "duplicate_registration" if kind == "event" else "duplicate_member"
            row.check.notes.append(Problem(code, {"person": row.check.label()}))
        elif kind == "event":
            status = row.check.status or registered
            if status == registered and free is not None:
                if free > 0:
                    free -= 1
                else:
                    status = waitlisted
            if status == waitlisted:
                place += 1
                row.check.notes.append(Problem("will_waitlist", {"place": place}))
            row.status = status
        else:
            row.status = row.check.status or MemberStatus.INVITED.value


def _utc(local: datetime | None, zone: str | None) -> datetime | None:
    if local is None:
        return None
    if zone is None:
        return local
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).replace(tzinfo=None)


def _warnings(session: Session, planned: list[PlannedRow], context: _Context) -> list[Problem]:
    if context.target.kind != "delegation":
        return []
    from planner.operations.participants.exchanges import ratio_warning

    adults, minors = participant_queries.chaperone_counts(session, int(context.target.id or 0))
    for row in planned:
        if row.check.problems or row.status in (None, MemberStatus.WITHDRAWN.value):
            continue
        if row.check.person.get("is_minor"):
            minors += 1
        elif row.check.role in ("chaperone", "leader"):
            adults += 1
    warning = ratio_warning(session, adults, minors)
    return [warning] if warning else []


def _count(reports: tuple[RowReport, ...], new_orgs: dict[str, str]) -> ImportCounts:
    by_action = {a: 0 for a in Action}
    listed = waitlisted = already = left_out = 0
    for r in reports:
        by_action[r.action] += 1
        if r.action != Action.REJECT and any(p.code == EMAIL_LEFT_OUT for p in r.notes):
            left_out += 1
        if r.action in (Action.CREATE, Action.MERGE):
            if r.status is not None:
                listed += 1
                waitlisted += r.status == RegistrationStatus.WAITLISTED.value
            elif any(p.code in ("duplicate_registration", "duplicate_member") for p in r.notes):
                already += 1
    return ImportCounts(rows=len(reports), rejected=by_action[Action.REJECT],
                        created=by_action[Action.CREATE], merged=by_action[Action.MERGE],
                        skipped=by_action[Action.SKIP], already_listed=already, listed=listed,
                        waitlisted=waitlisted, new_organisations=len(new_orgs),
                        emails_left_out=left_out)


def new_organisation_names(text: str) -> dict[str, str | None]:
    """The name columns of an organisation created from one name, in the script(s) it is in."""
    hant, hans = chinese_scripts(text)
    if not hant and not hans:
        return {"name_en": text, "name_zh_hant": None, "name_zh_hans": None}
    return {"name_en": None, "name_zh_hant": text if hant else None,
            "name_zh_hans": text if hans else None}
