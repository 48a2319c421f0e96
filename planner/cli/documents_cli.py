"""Printed documents: `export itinerary|attendance|crossing|catering|report` (the itinerary and
the report also as Word copies, `--format docx`). See docs/cli.md.

Built from the document registry (planner.operations.documents): each document's record
kinds become `--event`/`--delegation`/`--programme`, its options become arguments, and
documents sharing a command are told apart by `--kind`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from planner.cli import arguments
from planner.cli.context import EXIT_OK, CommandGroups, Context
from planner.cli.output import check_destination, write_file
from planner.domain.kinds import RecordKind
from planner.operations.documents import Document, Request, Target, documents
from planner.operations.documents.options import COMMON, DocumentOption, OptionKind


def add_commands(groups: CommandGroups) -> None:
    for command, docs in _commands().items():
        parser = groups.export.add_parser(command, help=docs[0].command_help)
        _add_targets(parser, docs)
        if len(docs) > 1:
            parser.add_argument("--kind", choices=[d.variant for d in docs], required=True)
        for option in _own_options(docs):
            _add_option(parser, option)
        if any("docx" in d.formats for d in docs):
            parser.add_argument("--format", choices=("pdf", "docx"),
                                help="pdf, or docx for a Word copy to edit (default: docx when "
                                "the output ends in .docx, else pdf)")
        parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                            help="where to write the PDF (written atomically); - for standard "
                            "output")
        for option in COMMON:
            _add_option(parser, option)
        parser.set_defaults(handler=_runner(docs))


def _commands() -> dict[str, list[Document]]:
    """The registry's documents by `export` command, in registry order."""
    commands: dict[str, list[Document]] = {}
    for doc in documents():
        commands.setdefault(doc.command, []).append(doc)
    return commands


def _kinds(docs: list[Document]) -> list[RecordKind]:
    kinds: list[RecordKind] = []
    for doc in docs:
        kinds += [kind for kind in doc.applies_to if kind not in kinds]
    return kinds


def _add_targets(parser: argparse.ArgumentParser, docs: list[Document]) -> None:
    """`--delegation ID` (required), or one of `--event ID` / `--delegation ID` and so on."""
    kinds = _kinds(docs)
    helps = {kind: text for doc in docs for kind, text in doc.target_help.items()}
    if len(kinds) == 1:
        parser.add_argument(f"--{kinds[0]}", type=arguments.record_id, metavar="ID",
                            required=True, help=helps.get(kinds[0]))
    elif kinds:
        which = parser.add_mutually_exclusive_group(required=True)
        for kind in kinds:
            which.add_argument(f"--{kind}", type=arguments.record_id, metavar="ID",
                               help=helps.get(kind))


def _own_options(docs: list[Document]) -> list[DocumentOption]:
    seen: dict[str, DocumentOption] = {}
    for doc in docs:
        for option in doc.options:
            seen.setdefault(option.name, option)
    return list(seen.values())


def _add_option(parser: argparse.ArgumentParser, option: DocumentOption) -> None:
    named: dict[str, Any] = {"help": option.cli_help, "dest": option.name}
    if option.metavar:
        named["metavar"] = option.metavar
    if option.kind is OptionKind.FLAG:
        parser.add_argument(option.flag, action="store_true", **named)
    elif option.kind is OptionKind.CHOICE:
        default = option.default or None  # "" = not given (the language decides)
        parser.add_argument(option.flag, choices=option.values(), default=default, **named)
    elif option.kind is OptionKind.COUNT:
        parser.add_argument(option.flag, type=arguments.ranged(0, option.maximum),
                            default=option.default, **named)
    elif option.kind is OptionKind.DATE:
        parser.add_argument(option.flag, type=_date, **named)
    elif option.kind is OptionKind.DATES:
        parser.add_argument(option.flag, action="append", type=_date, **named)
    else:  # YEAR: checked with the other values, before anything is written
        parser.add_argument(option.flag, required=option.required, **named)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _runner(docs: list[Document]) -> Callable[[Context], int]:
    def run(ctx: Context) -> int:
        args = ctx.args
        doc = docs[0] if len(docs) == 1 else next(d for d in docs if d.variant == args.kind)
        return _write(ctx, doc, _request(doc, args))

    return run


def _request(doc: Document, args: argparse.Namespace) -> Request:
    target = next((Target(kind, getattr(args, str(kind))) for kind in doc.applies_to
                   if getattr(args, str(kind), None) is not None), None)
    wanted = getattr(args, "format", None) or (
        "docx" if "docx" in doc.formats and args.output.lower().endswith(".docx") else "pdf")
    values = {option.name: getattr(args, option.name) for option in doc.all_options}
    values["order"] = values["order"] or ""
    return Request(target, values, wanted)


def _write(ctx: Context, doc: Document, request: Request) -> int:
    doc.check(doc.values(request.values))
    check_destination(ctx.args.output)  # before the document is made (and audited)
    with ctx.database() as db:
        data = doc.make(db, request)
    write_file(ctx.args.output, data)
    if ctx.args.output != "-":
        ctx.out.write(f"wrote {ctx.args.output} ({len(data):,} bytes)\n")
    return EXIT_OK
