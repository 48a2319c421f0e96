"""Minors on a trip: the guardian's consent for that trip, a date of birth on record (a warning;
checked only where the user may see birth dates), and enough chaperones.

Applies to every delegation with minors among its members (not withdrawn), exchange legs or
not. Chaperones are adult members whose role is chaperone or leader (as the participant lists
count them); the setting chaperone_ratio (8 unless changed) is the most minors one may look
after.
"""

from __future__ import annotations

from planner.checks.context import DEFAULT_RATIO, RATIO_SETTING, CheckContext
from planner.checks.findings import Severity
from planner.domain.enums import MemberRole
from planner.store import check_queries
from planner.store.sensitive import may_see_sensitive

RESPONSIBLE = (MemberRole.CHAPERONE, MemberRole.LEADER)


def check(ctx: CheckContext) -> None:
    ratio = None
    born = _birth_dates(ctx)
    for delegation in ctx.delegations:
        members = ctx.members[delegation.id]
        minors = [m for m in members if m.is_minor]
        if not minors:
            continue
        trip = ctx.labels.delegation(delegation)
        for member in minors:
            who = ctx.labels.person(member.person_id, member.name_en, member.name_zh)
            if not member.guardian_consent:
                ctx.add(Severity.ERROR, "minor_without_consent", [who, trip], person=who.label,
                        delegation=trip.label)
            if born is not None and member.person_id not in born:
                ctx.add(Severity.WARNING, "minor_without_birth_date", [who, trip],
                        person=who.label, delegation=trip.label)
        adults = sum(1 for m in members if not m.is_minor and m.role in RESPONSIBLE)
        ratio = ratio or ctx.setting_int(RATIO_SETTING, DEFAULT_RATIO)
        if adults * ratio < len(minors):
            ctx.add(Severity.ERROR, "chaperones_too_few", [trip], delegation=trip.label,
                    chaperones=adults, minors=len(minors), ratio=ratio)


def _birth_dates(ctx: CheckContext) -> dict[int, object] | None:
    """The minors' dates of birth on record; None where the user may not see them (a server
    hides them from organisers without planner_sensitive: their absence proves nothing)."""
    if not may_see_sensitive(ctx.session):
        return None
    minors = {m.person_id for d in ctx.delegations for m in ctx.members[d.id] if m.is_minor}
    return check_queries.birth_dates(ctx.session, minors) if minors else {}
