"""Use cases for feeds: create, rotate, revoke (each undoable), and the two calendar settings.

A person's feed exists only when an organiser creates it, only for an adult, and lists only
that person's own role. Rotating gives a feed a new token (the old link stops working);
revoking stops the link without creating a new one.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.enums import FeedScope
from planner.domain.errors import PlannerError
from planner.feeds.tokens import new_token
from planner.operations.base import (
    Outcome,
    Undo,
    flush,
    load_for_edit,
    operation,
    soft_delete,
    soft_restore,
)
from planner.store.base import utcnow
from planner.store.calendar_rows import FEED_SCOPES, FeedRow
from planner.store.feed_queries import get_feed
from planner.store.models import (
    DEFAULT_SETTINGS,
    Delegation,
    ExchangeProgramme,
    Feed,
    Organisation,
    Person,
    Setting,
)
from planner.store.queries import fetch

_TARGETS = {FeedScope.DELEGATION: Delegation, FeedScope.PROGRAMME: ExchangeProgramme,
            FeedScope.ORGANISATION: Organisation, FeedScope.PERSON: Person}
_DOMAIN = re.compile(r"^(?=.{1,200}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                     r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


def check_target(session: Session, scope: FeedScope, target_id: int | None) -> None:
    """The target exists and may have a feed (a person: an adult)."""
    if scope == FeedScope.ALL:
        if target_id is not None:
            raise PlannerError("feed_all_takes_no_id")
        return
    if target_id is None:
        raise PlannerError("calendar_scope_needs_id", scope=scope.value)
    target = fetch(session, _TARGETS[scope], target_id)
    if isinstance(target, Person) and target.is_minor:
        raise PlannerError("calendar_person_minor", id=target_id)


@operation("feed.create")
def create_feed(session: Session, scope: FeedScope | str, target_id: int | None = None,
                label: str | None = None) -> Outcome[FeedRow]:
    """A new feed with a fresh token; undo deletes it."""
    if str(scope) not in FEED_SCOPES:
        raise PlannerError("calendar_bad_scope", scope=str(scope), choices=", ".join(FEED_SCOPES))
    chosen = FeedScope(str(scope))
    check_target(session, chosen, target_id)
    feed = Feed(token=new_token(), scope=chosen, target_id=target_id,
                label=(label or "").strip()[:200] or None)
    session.add(feed)
    flush(session, feed)
    return Outcome(get_feed(session, feed.id),
                   Undo("feed.delete", {"ident": feed.id, "version": feed.version}))


@operation("feed.delete")
def delete_feed(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_delete(session, Feed, ident, version, "feed.restore")


@operation("feed.restore")
def restore_feed(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, Feed, ident, version, "feed.delete")


@operation("feed.rotate")
def rotate_feed(session: Session, ident: int, version: int | None = None) -> Outcome[FeedRow]:
    """A new token for the feed; the old link stops working. Undo brings the old token back."""
    return set_feed_token(session, ident, version, new_token())


@operation("feed.set_token")
def set_feed_token(session: Session, ident: int, version: int | None,
                   token: str) -> Outcome[FeedRow]:
    feed = load_for_edit(session, Feed, ident, version)
    old = feed.token
    feed.token = token
    flush(session, feed)
    return Outcome(get_feed(session, ident),
                   Undo("feed.set_token", {"ident": ident, "version": feed.version, "token": old}))


@operation("feed.revoke")
def revoke_feed(session: Session, ident: int, version: int | None = None) -> Outcome[FeedRow]:
    """The feed's link stops working (404); undo enables it again."""
    feed = load_for_edit(session, Feed, ident, version)
    if feed.revoked_at is not None:
        raise PlannerError("feed_revoked", id=ident)
    feed.revoked_at = utcnow()
    flush(session, feed)
    return Outcome(get_feed(session, ident),
                   Undo("feed.unrevoke", {"ident": ident, "version": feed.version}))


@operation("feed.unrevoke")
def unrevoke_feed(session: Session, ident: int, version: int | None = None) -> Outcome[FeedRow]:
    feed = load_for_edit(session, Feed, ident, version)
    feed.revoked_at = None
    flush(session, feed)
    return Outcome(get_feed(session, ident),
                   Undo("feed.revoke", {"ident": ident, "version": feed.version}))


def find_feed(session: Session, ref: str) -> int:
    """A feed's id from its id or its token (as `feeds rotate FEED` accepts either)."""
    if ref.isdigit():
        return fetch(session, Feed, int(ref)).id
    found = session.scalar(select(Feed.id).where(Feed.token == ref, Feed.deleted_at.is_(None)))
    if found is None:
        raise PlannerError("not_found", entity="Feed", id=ref[:6] + "…")
    return found


@operation("settings.calendar")
def set_calendar_setting(session: Session, key: str, value: str) -> Outcome[str]:
    """Set `uid_domain` or `feed_base_url`; undo puts the old value back."""
    if key not in DEFAULT_SETTINGS:
        raise PlannerError("setting_unknown", key=key)
    value = value.strip()
    if key == "uid_domain" and not _DOMAIN.match(value):
        raise PlannerError("setting_invalid_domain", value=value)
    if key == "feed_base_url" and not re.match(r"^https?://[^/\s]+(/\S*)?/$", value):
        raise PlannerError("setting_invalid_url", value=value)
    row = session.get(Setting, key)
    old = row.value if row is not None else DEFAULT_SETTINGS[key]
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    return Outcome(value, Undo("settings.calendar", {"key": key, "value": old}))
