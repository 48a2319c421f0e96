"""Student exchanges: enough chaperones for the minors on a trip (the organiser sets the ratio)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError, Problem
from planner.operations.base import Outcome, Undo, operation
from planner.store import participant_queries
from planner.store.models import Setting

RATIO_SETTING = "chaperone_ratio"
DEFAULT_RATIO = 8  # one chaperone for every eight students


def chaperone_ratio(session: Session) -> int:
    """Students per chaperone allowed (the Setting 'chaperone_ratio', default 8)."""
    raw = participant_queries.setting(session, RATIO_SETTING, str(DEFAULT_RATIO))
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_RATIO
    return value if value > 0 else DEFAULT_RATIO


def ratio_warning(session: Session, adults: int, minors: int) -> Problem | None:
    """A warning when `minors` students have fewer chaperones than the ratio asks."""
    ratio = chaperone_ratio(session)
    if minors and adults * ratio < minors:
        return Problem("chaperone_ratio_low", {"adults": adults, "minors": minors,
                                               "ratio": ratio})
    return None


def chaperone_check(session: Session, delegation_id: int) -> Problem | None:
    """The warning for a delegation as it stands (members not withdrawn)."""
    adults, minors = participant_queries.chaperone_counts(session, delegation_id)
    return ratio_warning(session, adults, minors)


@operation("settings.chaperone_ratio")
def set_chaperone_ratio(session: Session, ratio: int) -> Outcome[int]:
    """Change the students-per-chaperone setting; undo sets the old one back."""
    if int(ratio) < 1:
        raise PlannerError("negative", field="chaperone_ratio")
    old = chaperone_ratio(session)
    row = session.scalar(select(Setting).where(Setting.key == RATIO_SETTING))
    if row is None:
        session.add(Setting(key=RATIO_SETTING, value=str(int(ratio))))
    else:
        row.value = str(int(ratio))
    session.flush()
    return Outcome(int(ratio), Undo("settings.chaperone_ratio", {"ratio": old}))
