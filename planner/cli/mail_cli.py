"""`mail settings|itinerary|invitations|reminders|updates|outbox|send|resend`: e-mail through the
organisation's server, by way of the outbox."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from planner.cli import arguments
from planner.cli.context import EXIT_OK, EXIT_REFUSED, CommandGroups, Context
from planner.cli.output import print_json, print_table
from planner.domain.errors import Problem
from planner.exports.people.masking import mask_email
from planner.i18n import render
from planner.mail import outbox, secrets, service
from planner.mail import settings as mail_settings
from planner.mail.prepare import Batch
from planner.mail.worker import Sender, SendReport

# `mail send`: some messages are still queued (the server could not be reached, or answered
# "try later"); they go on a later run.
EXIT_STILL_QUEUED = 4


def add_commands(groups: CommandGroups) -> None:
    mail = groups.root.add_parser("mail", help="send itineraries, invitations and notices by e-mail")
    sub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    _settings(sub)
    for name, target, text in (
            ("itinerary", "delegation", "each member's itinerary (PDF) with a calendar invitation"),
            ("invitations", "event", "confirmations with QR code and invitation, waiting-list "
             "notices"),
            ("reminders", "event", "a reminder to each registered person, some days before"),
            ("updates", None, "updates and cancellations of what changed since the last sending, "
             "and waiting-list promotions")):
        parser = sub.add_parser(name, help=text)
        if target:
            parser.add_argument(f"--{target}", required=True, type=arguments.record_id,
                                metavar="ID")
        if name == "reminders":
            parser.add_argument("--days", type=arguments.ranged(0, 365), metavar="N",
                                help="days before the event (default: the mail settings', 2)")
        parser.add_argument("--dry-run", metavar="DIR", help="write each message as an .eml "
                            "file into DIR and queue nothing")
        parser.add_argument("--json", action="store_true", help="print JSON instead of text")
        parser.set_defaults(handler=run_batch, batch=name, target=target)
    lister = sub.add_parser("outbox", help="the messages in the outbox and their states")
    lister.add_argument("--state", choices=outbox.STATES, action="append",
                        help="only these states (repeatable)")
    lister.add_argument("--limit", type=arguments.limit, default=200)
    lister.add_argument("--json", action="store_true")
    lister.set_defaults(handler=run_outbox)
    sender = sub.add_parser("send", help="send what is queued; exit 0 when all went, 2 when any "
                            "failed, 4 when some wait for a later try")
    sender.add_argument("--json", action="store_true")
    sender.set_defaults(handler=run_send)
    again = sub.add_parser("resend", help="queue failed or 'may have been sent' messages again")
    again.add_argument("ids", nargs="+", type=arguments.record_id, metavar="ID")
    again.set_defaults(handler=run_resend)


def _settings(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("settings", help="show or set the mail server and the sender")
    parser.add_argument("--host", metavar="H")
    parser.add_argument("--port", metavar="P", type=arguments.ranged(1, 65_535))
    parser.add_argument("--security", choices=mail_settings.SECURITY)
    parser.add_argument("--user", metavar="U", help="login (the password: --password-stdin, "
                        "or PLANNER_SMTP_PASSWORD)")
    parser.add_argument("--from", dest="sender", metavar="ADDRESS", help="the sender's address")
    parser.add_argument("--name", metavar="NAME", help="the sender's name")
    parser.add_argument("--reply-to", metavar="ADDRESS")
    parser.add_argument("--reminder-days", metavar="N", type=arguments.ranged(0, 365))
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input into the system's keyring")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run_settings)


CHANGES = {"host": "host", "port": "port", "security": "security", "user": "user",
           "sender": "sender_address", "name": "sender_name", "reply_to": "reply_to",
           "reminder_days": "reminder_days"}


def run_settings(ctx: Context) -> int:
    args = ctx.args
    given = {field: getattr(args, option) for option, field in CHANGES.items()
             if getattr(args, option) is not None}
    with ctx.database() as db:
        with (db.write() if given else db.read()) as session:
            current = mail_settings.load(session)
            if given:
                if "security" in given and "port" not in given and current.port in \
                        mail_settings.DEFAULT_PORTS.values():
                    given["port"] = mail_settings.DEFAULT_PORTS[given["security"]]
                current = mail_settings.save(session, replace(current, **given))
    if args.password_stdin:
        secrets.store_password(current, sys.stdin.readline().rstrip("\r\n"))
    shown: dict[str, Any] = {**current.to_json(),
                             "password": "stored" if secrets.password(current) else "none"}
    if args.json:
        print_json(shown, ctx.out)
    else:
        for key, value in shown.items():
            ctx.out.write(f"{key}: {value}\n")
    return EXIT_OK


def _batch_json(batch: Batch) -> dict[str, Any]:
    return {"kind": batch.kind, "entity": batch.entity, "entity_id": batch.entity_id,
            "count": batch.count,
            "messages": [{"kind": m.kind, "person_id": m.person_id,
                          "recipient": mask_email(m.recipient), "to_guardian": m.to_guardian,
                          "language": m.language, "subject": m.subject, "method": m.method,
                          "attachments": [{"file": f, "type": t, "bytes": n}
                                          for f, t, n in m.attachments]}
                         for m in batch.messages],
            "skipped": [{"person_id": s.person_id, "name": s.name,
                         "reason": render(Problem(s.reason, {}))} for s in batch.skipped]}


def run_batch(ctx: Context) -> int:
    args = ctx.args
    target_id = getattr(args, args.target) if args.target else None
    with ctx.database() as db:
        batch = service.prepare(db, args.batch, target_id, days=getattr(args, "days", None))
        if args.dry_run:
            written = service.write_eml(batch, args.dry_run)
        elif batch.messages:
            ids = service.queue(db, batch)
    shown = _batch_json(batch)
    if args.json:
        shown["queued"] = 0 if args.dry_run or not batch.messages else len(ids)
        print_json(shown, ctx.out)
        return EXIT_OK
    if args.dry_run:
        ctx.out.write(f"dry run: {_count(len(written))} written to {args.dry_run}, "
                      "nothing queued\n")
    elif batch.messages:
        ctx.out.write(f"queued {_count(len(ids))}; `planner mail send` sends them\n")
    else:
        ctx.out.write("nothing to send\n")
    guardians = sum(1 for m in batch.messages if m.to_guardian)
    if guardians:
        ctx.out.write(f"{guardians} to a minor's guardian\n")
    for skipped in shown["skipped"]:
        ctx.out.write(f"not sent to {skipped['name']}: {skipped['reason']}\n")
    return EXIT_OK


def _count(n: int) -> str:
    return f"{n} message" if n == 1 else f"{n} messages"


def run_outbox(ctx: Context) -> int:
    states = tuple(ctx.args.state) if ctx.args.state else outbox.STATES
    with ctx.database() as db:
        with db.read() as session:
            found = outbox.list_outbox(session, states, ctx.args.limit)
            totals = outbox.counts(session)
    rows = [{"id": r.id, "state": r.state, "kind": r.kind, "name": r.recipient_name,
             "recipient": mask_email(r.recipient), "subject": r.subject,
             "attempts": r.attempts, "last_error": r.last_error, "message_id": r.message_id,
             "created_at": r.created_at, "next_attempt_at": r.next_attempt_at,
             "sent_at": r.sent_at, "batch": r.batch} for r in found]
    if ctx.args.json:
        print_json({"counts": totals, "messages": rows}, ctx.out)
        return EXIT_OK
    print_table(["ID", "State", "Kind", "To", "Tries", "Subject / last error"],
                [[r["id"], STATE_WORDS[str(r["state"])], r["kind"],
                  f"{r['name'] or ''} <{r['recipient']}>", r["attempts"],
                  r["last_error"] if r["state"] in ("failed", "uncertain") else r["subject"]]
                 for r in rows], ctx.out)
    ctx.out.write(", ".join(f"{n} {STATE_WORDS[s]}" for s, n in totals.items()) + "\n")
    return EXIT_OK


STATE_WORDS = {"queued": "queued", "sending": "sending", "sent": "sent", "failed": "failed",
               "uncertain": "may have been sent"}


def _report_json(report: SendReport, queued: int) -> dict[str, Any]:
    def named(items: Any) -> list[dict[str, Any]]:
        return [{"id": p.id, "name": p.name, "recipient": mask_email(p.recipient),
                 "error": p.error} for p in items]

    return {"sent": report.sent, "failed": named(report.failed),
            "may_have_been_sent": named(report.uncertain),
            "retrying": named(report.retrying.values()), "still_queued": queued,
            "unreachable": report.connection_error}


def run_send(ctx: Context) -> int:
    with ctx.database() as db:
        report = Sender(db).run()
        with db.read() as session:
            queued = outbox.counts(session)["queued"]
    if ctx.args.json:
        print_json(_report_json(report, queued), ctx.out)
    else:
        ctx.out.write(f"sent {report.sent}, failed {len(report.failed)}\n")
        for p in report.failed:
            ctx.out.write(f"failed: #{p.id} {p.name or ''} <{mask_email(p.recipient)}>: "
                          f"{p.error}\n")
        for p in report.uncertain:
            ctx.out.write(f"may have been sent (not sent again): #{p.id} {p.name or ''} "
                          f"<{mask_email(p.recipient)}>: {p.error}\n")
        for p in report.retrying.values():
            ctx.out.write(f"will try again: #{p.id} {p.name or ''}: {p.error}\n")
    if report.connection_error:
        ctx.err.write("error: " + render(Problem("mail_unreachable", {
            "reason": report.connection_error, "count": queued})) + "\n")
    if report.failed or report.uncertain:
        return EXIT_REFUSED
    return EXIT_STILL_QUEUED if queued else EXIT_OK


def run_resend(ctx: Context) -> int:
    with ctx.database() as db:
        with db.write() as session:
            count = outbox.resend(session, list(ctx.args.ids))
    ctx.out.write(f"queued again: {_count(count)}\n")
    return EXIT_OK
