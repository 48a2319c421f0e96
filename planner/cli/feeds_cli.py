"""`feeds list|create|rotate|revoke|publish|serve`: managing and serving calendar feeds."""

from __future__ import annotations

import argparse
import threading
from typing import Any

from planner.cli import arguments
from planner.cli.context import EXIT_OK, Context
from planner.cli.output import label, print_json, print_table
from planner.domain.errors import PlannerError
from planner.feeds import tokens
from planner.feeds.publish import publish
from planner.feeds.server import is_loopback, make_server
from planner.feeds.service import FeedService
from planner.operations.calendar_feeds import (
    create_feed,
    find_feed,
    revoke_feed,
    rotate_feed,
    set_calendar_setting,
)
from planner.store.calendar_queries import calendar_settings
from planner.store.calendar_rows import FEED_SCOPES, FeedRow
from planner.store.feed_queries import list_feeds


def add_feeds(root: argparse._SubParsersAction) -> None:
    feeds = root.add_parser("feeds", help="calendar feeds people subscribe to")
    sub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    lister = sub.add_parser("list", help="every feed with its scope, token and links")
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.set_defaults(handler=run_list)
    create = sub.add_parser("create", help="a new feed with a secret token")
    create.add_argument("scope", choices=FEED_SCOPES)
    create.add_argument("id", nargs="?", type=arguments.record_id, help="the delegation, programme, "
                        "organisation or person (not for 'all')")
    create.add_argument("--label", help="a name for the feed (also the calendar's name)")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=run_create)
    for action, text in (("rotate", "give a feed a new token; the old link stops working"),
                         ("revoke", "stop a feed; its link answers 404")):
        parser = sub.add_parser(action, help=text)
        parser.add_argument("feed", metavar="FEED", help="the feed's id or token")
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(handler=run_change)
    publisher = sub.add_parser("publish", help="write every enabled feed as DIR/<token>.ics")
    publisher.add_argument("directory", metavar="DIR")
    publisher.set_defaults(handler=run_publish)
    server = sub.add_parser("serve", help="serve /feeds/<token>.ics over HTTP")
    server.add_argument("--host", default="127.0.0.1",
                        help="address to bind (default loopback; anything else is explicit)")
    server.add_argument("--port", type=arguments.port, default=8080)
    server.add_argument("--check-every", type=float, default=1.0, metavar="SECONDS",
                        help="how often to look for changes in the database (default 1)")
    server.set_defaults(handler=run_serve)
    settings = sub.add_parser("settings", help="show or set the feeds' base URL and UID domain")
    settings.add_argument("--base-url", metavar="URL",
                          help="public address of the feeds, ending in / (https://...)")
    settings.add_argument("--uid-domain", metavar="DOMAIN",
                          help="domain in new UIDs (existing UIDs never change)")
    settings.add_argument("--json", action="store_true")
    settings.set_defaults(handler=run_settings)


def feed_json(feed: FeedRow, base_url: str) -> dict[str, Any]:
    return {"id": feed.id, "version": feed.version, "scope": feed.scope,
            "target_id": feed.target_id,
            "target": label(feed.target.name_en, feed.target.name_zh_hant,
                            feed.target.name_zh_hans) if feed.target else None,
            "label": feed.label, "token": feed.token,
            "status": "active" if feed.active else "revoked",
            "revoked_at": feed.revoked_at, "created_at": feed.created_at,
            **tokens.links(base_url, feed.token)}


def run_list(ctx: Context) -> int:
    with ctx.database() as db:
        with db.read() as session:
            base = calendar_settings(session)["feed_base_url"]
            found = [feed_json(f, base) for f in list_feeds(session)]
    if ctx.args.json:
        print_json(found, ctx.out)
        return EXIT_OK
    print_table(["ID", "Scope", "Target", "Status", "Link"],
                [[f["id"], f["scope"], f["label"] or f["target"] or "", f["status"], f["url"]]
                 for f in found], ctx.out, max_width=100)
    ctx.out.write("A feed link works like a password: share it only with its audience.\n")
    return EXIT_OK


def _show(ctx: Context, feed: FeedRow, base: str) -> None:
    shown = feed_json(feed, base)
    if ctx.args.json:
        print_json(shown, ctx.out)
        return
    ctx.out.write(f"feed {shown['id']} ({shown['scope']}) {shown['status']}\n"
                  f"token:  {shown['token']}\nhttps:  {shown['url']}\n"
                  f"webcal: {shown['webcal']}\n")


def run_create(ctx: Context) -> int:
    with ctx.database() as db:
        with db.write() as session:
            feed = create_feed(session, ctx.args.scope, ctx.args.id, ctx.args.label).value
            base = calendar_settings(session)["feed_base_url"]
    _show(ctx, feed, base)
    return EXIT_OK


def run_change(ctx: Context) -> int:
    change = rotate_feed if ctx.args.feeds_command == "rotate" else revoke_feed
    with ctx.database() as db:
        with db.write() as session:
            feed = change(session, find_feed(session, ctx.args.feed)).value
            base = calendar_settings(session)["feed_base_url"]
    _show(ctx, feed, base)
    return EXIT_OK


def run_publish(ctx: Context) -> int:
    with ctx.database() as db:
        report = publish(db, ctx.args.directory)
    ctx.out.write(f"published into {ctx.args.directory}: {len(report.written)} written, "
                  f"{len(report.unchanged)} unchanged, {report.removed} removed, "
                  f"{len(report.skipped)} skipped\n")
    return EXIT_OK


def run_settings(ctx: Context) -> int:
    changes = {"feed_base_url": ctx.args.base_url, "uid_domain": ctx.args.uid_domain}
    with ctx.database() as db:
        with db.write() as session:
            for key, value in changes.items():
                if value is not None:
                    set_calendar_setting(session, key, value)
            current = calendar_settings(session)
    if ctx.args.json:
        print_json(current, ctx.out)
    else:
        for key, value in current.items():
            ctx.out.write(f"{key}: {value}\n")
    return EXIT_OK


def run_serve(ctx: Context) -> int:
    args = ctx.args
    if not is_loopback(args.host):
        ctx.err.write(f"warning: serving on {args.host}, not only this computer: put HTTPS "
                      "in front, since a feed link works like a password\n")
    db = ctx.open_db()
    service = FeedService(db, check_every=args.check_every)
    try:
        server = make_server(service, args.host, args.port, log=ctx.err)
    except OSError as exc:
        db.close()
        raise PlannerError("feeds_cannot_listen", host=args.host, port=args.port,
                           reason=exc.strerror or str(exc)) from exc
    host, port = server.server_address
    shown = f"[{host}]" if ":" in host else host
    ctx.out.write(f"serving feeds at http://{shown}:{port}/feeds/<token>.ics; Ctrl+C stops\n")
    ctx.out.flush()
    threading.Thread(target=_warm, args=(service,), name="warm-feeds", daemon=True).start()
    try:
        server.serve_forever()  # waitress stops on Ctrl+C and returns
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        db.close()
    ctx.out.write("stopped\n")
    return EXIT_OK


def _warm(service: FeedService) -> None:
    try:
        service.warm()
    except Exception:  # noqa: BLE001 (a request generates the feed anyway; stopping may race)
        pass
