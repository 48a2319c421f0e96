"""An item moved or stretched in the calendar or the timeline: one operation, with its undo,
refused with the usual message when someone changed the item meanwhile or a rule forbids it
(a session outside its event)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from planner.domain.errors import ValidationError
from planner.domain.schedule import Schedule, zone
from planner.operations.delegations import delete_itinerary_item, update_itinerary_item
from planner.operations.events import delete_event, update_event
from planner.operations.sessions import delete_session, update_session
from planner.ui.context import UiContext
from planner.ui.text import primary_secondary, tr

OPERATIONS: dict[str, Callable[..., Any]] = {
    "event": update_event, "session": update_session, "itinerary": update_itinerary_item}
DELETIONS: dict[str, Callable[..., Any]] = {
    "event": delete_event, "session": delete_session, "itinerary": delete_itinerary_item}


def shifted(schedule: Schedule, start_minutes: int, end_minutes: int,
            view_zone: str | None = None) -> Schedule:
    """The schedule with its start and end moved on the wall clock (whole days if all-day):
    the clock of `view_zone` when given (the week view's Hong Kong time), else the item's own;
    the item keeps its zone either way."""
    if schedule.all_day:
        assert schedule.first_day and schedule.last_day
        return Schedule.days(schedule.first_day + timedelta(days=start_minutes // 1440),
                             schedule.last_day + timedelta(days=end_minutes // 1440),
                             schedule.timezone, schedule.precision)
    assert schedule.start and schedule.end
    if view_zone is not None and view_zone != schedule.timezone:
        shown, own = zone(view_zone), zone(schedule.timezone)

        def moved(value: datetime, minutes: int) -> datetime:
            there = value.astimezone(shown).replace(tzinfo=None) + timedelta(minutes=minutes)
            return there.replace(tzinfo=shown).astimezone(own).replace(tzinfo=None)

        return Schedule.timed(moved(schedule.start, start_minutes),
                              moved(schedule.end, end_minutes), schedule.timezone,
                              schedule.precision)
    start: datetime = schedule.start.replace(tzinfo=None) + timedelta(minutes=start_minutes)
    end: datetime = schedule.end.replace(tzinfo=None) + timedelta(minutes=end_minutes)
    return Schedule.timed(start, end, schedule.timezone, schedule.precision)


def reschedule(ctx: UiContext, kind: str, item: Any, start_minutes: int, end_minutes: int,
               reload: Callable[[], None], view_zone: str | None = None) -> None:
    """Save the item (an AgendaEntry or an ItineraryRow) at its new time, moved on the clock of
    `view_zone` (default: its own); `reload` shows the stored state again after a refusal (what
    the other person saved, say)."""
    title = primary_secondary(item.title_en, item.title_zh_hant, item.title_zh_hans)[0]
    text = tr("ScheduleMoves", "Move “{0}”") if start_minutes == end_minutes \
        else tr("ScheduleMoves", "Change the time of “{0}”")

    def refused(error: BaseException) -> None:
        ctx.show_error(None, error)
        reload()

    try:
        schedule = shifted(item.schedule, start_minutes, end_minutes, view_zone)
    except ValidationError as error:  # an end before its start, a time the clock skips
        refused(error)
        return
    ctx.perform(text.format(title), OPERATIONS[kind], item.id, item.version, schedule=schedule,
                on_error=refused)


def delete_entry(ctx: UiContext, kind: str, item: Any, parent: Any) -> None:
    """Delete the item chosen in the calendar or the timeline (asks first; undoable)."""
    title = primary_secondary(item.title_en, item.title_zh_hant, item.title_zh_hans)[0]
    text = tr("ScheduleMoves", "Delete “{0}”").format(title)
    if ctx.dialogs.confirm(parent, text, tr("ScheduleMoves", "Delete “{0}”? You can undo "
                                           "this.").format(title)):
        ctx.perform(text, DELETIONS[kind], item.id, item.version, parent=parent)
