"""Events with more people registered than places: the extra ones belong on the waiting list."""

from __future__ import annotations

from planner.checks.context import CheckContext
from planner.checks.findings import Severity
from planner.store import check_queries


def check(ctx: CheckContext) -> None:
    rows = check_queries.over_capacity(ctx.session, ctx.focus.events)
    if not rows:
        return
    events = check_queries.events(ctx.session, {r.event_id for r in rows})
    for row in rows:
        ref = ctx.labels.event(events[row.event_id])
        ctx.add(Severity.ERROR, "event_over_capacity", [ref], event=ref.label,
                registered=row.registered, capacity=row.capacity,
                over=row.registered - row.capacity)
