"""The writes of an import: organisations, people, their sensitive data, merges, list places."""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from planner.domain.enums import PersonCategory, RegistrationRole
from planner.domain.text import search_key
from planner.operations.participants.bulk import BulkWriter
from planner.operations.participants.planning import (
    Action,
    ImportPlan,
    PlannedRow,
    new_organisation_names,
)
from planner.operations.people import new_check_in_code
from planner.store.models import (
    DelegationMember,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
)

# What differs from row to row; the rest (BulkWriter.editable_columns) is the same for all.
PERSON_COLUMNS = ("id", "name_en", "name_zh", "search_key", "organisation_id", "position",
                  "category", "email", "phone", "dietary_needs", "access_needs", "is_minor",
                  "language")
SENSITIVE_COLUMNS = ("version", "created_at", "modified_at", "modified_by", "deleted_at",
                     "person_id", "date_of_birth", "guardian_name", "guardian_phone",
                     "guardian_relationship", "guardian_email", "notes")
REGISTRATION_COLUMNS = ("id", "person_id", "status", "role", "registered_at", "check_in_code")
MEMBER_COLUMNS = ("id", "version", "created_at", "modified_at", "modified_by", "deleted_at",
                  "delegation_id", "person_id", "role", "status", "guardian_consent",
                  "consent_date")
# Fields a merge may fill in when the existing person has none.
FILLABLE = ("name_en", "name_zh", "organisation_id", "position", "email", "phone",
            "dietary_needs", "access_needs", "language")


def create_organisations(session: Session, writer: BulkWriter, plan: ImportPlan) -> dict[str, int]:
    """The organisations the file names but the database lacks; folded name -> new id."""
    if not plan.new_organisations:
        return {}
    rows: list[dict[str, Any]] = []
    for text in plan.new_organisations.values():
        names = new_organisation_names(text)
        rows.append({"version": 1, "created_at": writer.now, "modified_at": writer.now,
                     "modified_by": writer.user, "code": None, "aliases": [], **names,
                     "side": "other", "kind": "other",
                     "search_key": search_key(None, *names.values())})
    table = Organisation.__table__
    ids = session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                          rows).scalars().all()
    return dict(zip(plan.new_organisations, ids))


def create_people(writer: BulkWriter, rows: list[PlannedRow], org_ids: dict[str, int]
                  ) -> list[int]:
    """Insert the new people in file order; returns their ids."""
    ids = writer.reserve_ids(Person.__table__, len(rows))
    other = PersonCategory.OTHER.value
    flags = {False: writer.flag(False), True: writer.flag(True)}
    data = []
    for ident, row in zip(ids, rows):
        check = row.check
        p = check.person
        get = p.get
        org = row.organisation_id if row.org_key is None else org_ids[row.org_key]
        data.append((ident, p["name_en"], p["name_zh"], check.search_key, org,
                     get("position"), get("category") or other, get("email"), get("phone"),
                     get("dietary_needs"), get("access_needs"),
                     flags[bool(get("is_minor", False))], get("language")))
    writer.insert(Person.__table__, PERSON_COLUMNS, data,
                  {**writer.editable_columns(), "erased_at": None})
    return ids


def merge_people(session: Session, writer: BulkWriter, rows: list[PlannedRow],
                 org_ids: dict[str, int]) -> list[dict[str, Any]]:
    """Fill in the empty fields of the matched people; returns {id, version, old, new} each."""
    wanted = {r.match_id: r for r in rows if r.match_id is not None}  # all matched
    current = _current(session, list(wanted))
    changes: list[dict[str, Any]] = []
    for ident, row in wanted.items():
        existing = current.get(ident)
        if existing is None:
            continue
        incoming = dict(row.check.person)
        incoming["organisation_id"] = row.organisation_id if row.org_key is None \
            else org_ids.get(row.org_key)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for name in FILLABLE:
            if existing[name] in (None, "") and incoming.get(name) not in (None, ""):
                old[name], new[name] = existing[name], incoming[name]
        if incoming.get("is_minor") and not existing["is_minor"]:  # when in doubt, a minor
            old["is_minor"], new["is_minor"] = False, True
        if existing["category"] == PersonCategory.OTHER and incoming.get("category") not in (
                None, PersonCategory.OTHER.value):
            old["category"], new["category"] = existing["category"].value, incoming["category"]
        if "name_en" in new or "name_zh" in new:
            names = {k: new.get(k, existing[k]) for k in ("name_en", "name_zh")}
            old["search_key"] = existing["search_key"]
            new["search_key"] = search_key(names["name_en"], names["name_zh"])
        if new:
            changes.append({"id": ident, "version": existing["version"], "old": old, "new": new})
    return apply_person_values(writer, changes, "new")


def _current(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    cols = [Person.id, Person.version, Person.search_key, Person.is_minor, Person.category,
            *(getattr(Person, n) for n in FILLABLE)]
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        for row in session.execute(select(*cols).where(Person.id.in_(ids[start:start + 500]))):
            out[row.id] = dict(row._mapping)
    return out


def apply_person_values(writer: BulkWriter, changes: list[dict[str, Any]], side: str
                        ) -> list[dict[str, Any]]:
    """Set each change's `side` ('old' or 'new') values if the row still has its version.

    Returns the changes with the version they now have. A row changed by someone else since
    refuses the whole write (StaleVersionError), so nobody's edit is silently overwritten.
    """
    return _apply_values(writer, "person", "Person", changes, side)


def _apply_values(writer: BulkWriter, table: str, entity: str, changes: list[dict[str, Any]],
                  side: str) -> list[dict[str, Any]]:
    from planner.domain.errors import StaleVersionError

    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        groups.setdefault(tuple(sorted(change[side])), []).append(change)
    stamp = writer.stamp(writer.now)
    for names, group in groups.items():
        sets = ", ".join(f"{n} = {writer.mark}" for n in names)
        sql = (f"UPDATE {table} SET {sets}, version = version + 1, modified_at = {writer.mark}, "
               f"modified_by = {writer.mark} WHERE id = {writer.mark} AND version = {writer.mark}")
        params = [(*(_stored(writer, n, c[side][n]) for n in names), stamp, writer.user,
                   c["id"], c["version"]) for c in group]
        result = writer.conn.exec_driver_sql(sql, params)
        if result.rowcount is not None and 0 <= result.rowcount < len(group):
            raise StaleVersionError("stale_version", entity=entity, id=group[0]["id"],
                                    who="?", current="?", given=group[0]["version"])
    return [{**c, "version": c["version"] + 1} for c in changes]


def _stored(writer: BulkWriter, name: str, value: Any) -> Any:
    if name == "is_minor":
        return writer.flag(value)
    if name == "date_of_birth":
        return writer.day(value if value is None or isinstance(value, date)
                          else date.fromisoformat(str(value)))
    return value.value if hasattr(value, "value") else value


# The sensitive fields an import writes, and may fill in where a person's are empty.
SENSITIVE_FIELDS = ("date_of_birth", "guardian_name", "guardian_phone", "guardian_relationship",
                    "guardian_email")


def create_sensitive(session: Session, writer: BulkWriter, pairs: list[tuple[int, PlannedRow]]
                     ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Date of birth and guardian: a new row for people that have none yet, and the empty
    fields of those that have one filled in (a second list from the school bringing the
    guardians' e-mail). Returns what was added and the {id, version, old, new} of each fill."""
    wanted = [(ident, row) for ident, row in pairs if any(
        v not in (None, "") for v in row.check.sensitive.values())]
    if not wanted:
        return [], []
    having: dict[int, Any] = {}
    ids = [ident for ident, _row in wanted]
    table = PersonSensitive
    for start in range(0, len(ids), 500):
        for found in session.execute(select(
                table.id, table.version, table.person_id,
                *(getattr(table, name) for name in SENSITIVE_FIELDS)).where(
                table.person_id.in_(ids[start:start + 500]))):
            having[found.person_id] = found
    added = [{"person_id": ident, **{k: row.check.sensitive.get(k) for k in SENSITIVE_FIELDS}}
             for ident, row in wanted if ident not in having]
    insert_sensitive(writer, added)
    filled = []
    for ident, row in wanted:
        current = having.get(ident)
        if current is None:
            continue
        new = {name: row.check.sensitive[name] for name in SENSITIVE_FIELDS
               if row.check.sensitive.get(name) not in (None, "")
               and getattr(current, name) in (None, "")}
        if new:
            filled.append({"id": current.id, "version": current.version,
                           "old": {name: None for name in new}, "new": new})
    return added, apply_sensitive_values(writer, filled, "new")


def apply_sensitive_values(writer: BulkWriter, changes: list[dict[str, Any]], side: str
                           ) -> list[dict[str, Any]]:
    """apply_person_values for person_sensitive rows (their dates as the driver wants them)."""
    return _apply_values(writer, "person_sensitive", "PersonSensitive", changes, side)


def insert_sensitive(writer: BulkWriter, added: list[dict[str, Any]]) -> None:
    base = writer.editable()
    writer.insert(PersonSensitive.__table__, SENSITIVE_COLUMNS, [
        (*base, a["person_id"], writer.day(a["date_of_birth"]), a["guardian_name"],
         a["guardian_phone"], a["guardian_relationship"], a.get("guardian_email"), None)
        for a in added])


def add_registrations(writer: BulkWriter, event_id: int, pairs: list[tuple[int, PlannedRow]],
                      revive: dict[int, int]) -> list[int]:
    """Registrations for the rows that get one; a person's soft-deleted registration for the
    event (the pair is unique) comes back instead. Returns every registration id touched."""
    wanted = [(ident, row) for ident, row in pairs if row.status is not None]
    back = [(revive[ident], row) for ident, row in wanted if ident in revive]
    wanted = [(ident, row) for ident, row in wanted if ident not in revive]
    _revive(writer, "registration", [
        (row.status, row.check.role or RegistrationRole.PARTICIPANT.value,
         writer.stamp(row.registered_at), ident) for ident, row in back],
        ("status", "role", "registered_at"))
    ids = writer.reserve_ids(Registration.__table__, len(wanted))
    codes = check_in_codes(len(wanted))
    participant = RegistrationRole.PARTICIPANT.value
    stamp = writer.stamp
    data = [(reg_id, person_id, row.status, row.check.role or participant,
             stamp(row.registered_at), code)
            for reg_id, code, (person_id, row) in zip(ids, codes, wanted)]
    writer.insert(Registration.__table__, REGISTRATION_COLUMNS, data,
                  {**writer.editable_columns(), "event_id": event_id,
                   "walk_in": writer.flag(False), "checked_in_at": None,
                   "checked_out_at": None})
    return [ident for ident, _row in back] + ids


def _revive(writer: BulkWriter, table: str, rows: list[tuple[Any, ...]],
            columns: tuple[str, ...]) -> None:
    """Bring soft-deleted rows back with new values (each tuple: values..., id)."""
    if not rows:
        return
    sets = ", ".join(f"{c} = {writer.mark}" for c in columns)
    stamp = writer.stamp(writer.now)
    writer.conn.exec_driver_sql(
        f"UPDATE {table} SET {sets}, deleted_at = NULL, version = version + 1, "
        f"modified_at = {writer.mark}, modified_by = {writer.mark} WHERE id = {writer.mark}",
        [(*r[:-1], stamp, writer.user, r[-1]) for r in rows])


def check_in_codes(count: int) -> list[str]:
    """`count` distinct codes like new_check_in_code()'s (12 hex digits from the OS's CSPRNG),
    drawn in one call: 50,000 one by one cost a tenth of the import."""
    raw = secrets.token_bytes(6 * count).hex().upper()
    codes = list(dict.fromkeys(raw[i:i + 12] for i in range(0, 12 * count, 12)))
    while len(codes) < count:  # a repeat within the batch: vanishingly rare
        codes = list(dict.fromkeys([*codes, new_check_in_code()]))
    return codes


def add_members(writer: BulkWriter, delegation_id: int, pairs: list[tuple[int, PlannedRow]],
                revive: dict[int, int], today: date) -> list[int]:
    """Memberships as add_registrations makes registrations (soft-deleted ones come back)."""
    wanted = [(ident, row) for ident, row in pairs if row.status is not None]
    back = [(revive[ident], row) for ident, row in wanted if ident in revive]
    wanted = [(ident, row) for ident, row in wanted if ident not in revive]
    _revive(writer, "delegation_member", [
        (row.check.role or "member", row.status, writer.flag(bool(row.check.guardian_consent)),
         writer.day(today) if row.check.guardian_consent else None, ident)
        for ident, row in back], ("role", "status", "guardian_consent", "consent_date"))
    ids = writer.reserve_ids(DelegationMember.__table__, len(wanted))
    base = writer.editable()
    data = [(member_id, *base, delegation_id, person_id, row.check.role or "member",
             row.status, writer.flag(bool(row.check.guardian_consent)),
             writer.day(today) if row.check.guardian_consent else None)
            for member_id, (person_id, row) in zip(ids, wanted)]
    writer.insert(DelegationMember.__table__, MEMBER_COLUMNS, data)
    return [ident for ident, _row in back] + ids


def created_and_merged(plan: ImportPlan) -> tuple[list[PlannedRow], list[PlannedRow]]:
    ok = [p for p in plan.planned if not p.check.problems]
    return ([p for p in ok if p.action == Action.CREATE],
            [p for p in ok if p.action == Action.MERGE])
