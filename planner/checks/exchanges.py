"""Minors on a trip: the guardian's consent for that trip, and enough chaperones.

Applies to every delegation with minors among its members (not withdrawn), exchange legs or
not. Chaperones are adult members whose role is chaperone or leader (as the participant lists
count them); the setting chaperone_ratio (8 unless changed) is the most minors one may look
after.
"""

from __future__ import annotations

from planner.checks.context import DEFAULT_RATIO, RATIO_SETTING, CheckContext
from planner.checks.findings import Severity
from planner.domain.enums import MemberRole

RESPONSIBLE = (MemberRole.CHAPERONE, MemberRole.LEADER)


def check(ctx: CheckContext) -> None:
    ratio = None
    for delegation in ctx.delegations:
        members = ctx.members[delegation.id]
        minors = [m for m in members if m.is_minor]
        if not minors:
            continue
        trip = ctx.labels.delegation(delegation)
        for member in minors:
            if not member.guardian_consent:
                who = ctx.labels.person(member.person_id, member.name_en, member.name_zh)
                ctx.add(Severity.ERROR, "minor_without_consent", [who, trip], person=who.label,
                        delegation=trip.label)
        adults = sum(1 for m in members if not m.is_minor and m.role in RESPONSIBLE)
        ratio = ratio or ctx.setting_int(RATIO_SETTING, DEFAULT_RATIO)
        if adults * ratio < len(minors):
            ctx.add(Severity.ERROR, "chaperones_too_few", [trip], delegation=trip.label,
                    chaperones=adults, minors=len(minors), ratio=ratio)
