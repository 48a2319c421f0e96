"""Itinerary items that overlap one another or fall outside their delegation's dates.

All-day items are containers ("Day 2 in Guangzhou") and are only checked against the dates;
month-precision items are skipped (the day is unknown). Approximate times, or a delegation whose
dates are not exact, make the finding a warning.
"""

from __future__ import annotations

from typing import Any

from planner.checks.context import CheckContext, severity, vague
from planner.checks.labels import schedule_of
from planner.domain.enums import DatePrecision


def check(ctx: CheckContext) -> None:
    for delegation in ctx.delegations:
        items = [i for i in ctx.itineraries[delegation.id]
                 if i.date_precision != DatePrecision.MONTH]
        _outside(ctx, delegation, items)
        _overlaps(ctx, delegation, [i for i in items if not i.all_day])


def _outside(ctx: CheckContext, delegation: Any, items: list[Any]) -> None:
    first, last = schedule_of(delegation).local_days()
    for item in items:
        if item.starts_at >= delegation.starts_at and item.ends_at <= delegation.ends_at:
            continue
        trip = ctx.labels.delegation(delegation)
        ref = ctx.labels.item(item)
        ctx.add(severity(soft=vague(item, delegation)), "itinerary_outside_dates", [ref, trip],
                item=ref.label, delegation=trip.label, start=first.isoformat(),
                end=last.isoformat())


def _overlaps(ctx: CheckContext, delegation: Any, items: list[Any]) -> None:
    """One sweep in time order: each item against the one reaching furthest before it."""
    reaching: Any = None
    for item in sorted(items, key=lambda i: (i.starts_at, i.position, i.id)):
        if reaching is not None and item.starts_at < reaching.ends_at and \
                item.starts_at < item.ends_at:
            trip = ctx.labels.delegation(delegation)
            first, second = ctx.labels.item(reaching), ctx.labels.item(item)
            ctx.add(severity(soft=vague(reaching, item)), "itinerary_overlap",
                    [first, second, trip], first=first.label, second=second.label,
                    delegation=trip.label)
        if reaching is None or item.ends_at > reaching.ends_at:
            reaching = item
