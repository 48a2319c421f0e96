"""The command line speaks one language: messages, record names, its help and check summary."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.domain.messages import CLI_WORDS, ENTITIES
from planner.i18n import catalogue

LATIN_WORD = re.compile(r"\b[a-z]{4,}\b")


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_HK", "錯誤：活動 9999 不存在。"), ("zh_CN", "错误：活动 9999 不存在。"),
    ("en", "error: Event 9999 does not exist.")])
def test_a_missing_record_is_named_in_the_language(monkeypatch, demo_path: Path, locale: str,
                                                   expected: str) -> None:
    monkeypatch.setenv("PLANNER_LANG", locale)
    code, _out, err = _run(["--db", str(demo_path), "show", "event", "9999"])
    assert code == 2 and err.strip() == expected


@pytest.mark.parametrize(("locale", "none_found", "usage", "options"), [
    ("zh_HK", "沒有發現問題", "用法：", "選項"), ("zh_CN", "没有发现问题", "用法：", "选项"),
    ("en", "no problems found", "usage: ", "options")])
def test_check_and_help_in_the_language(monkeypatch, demo_path: Path, locale: str,
                                        none_found: str, usage: str, options: str) -> None:
    monkeypatch.setenv("PLANNER_LANG", locale)
    code, out, _err = _run(["--db", str(demo_path), "check"])
    assert code == 0 and out.strip().splitlines()[-1] == none_found
    code, out, _err = _run(["--help"])
    assert code == 0 and out.startswith(usage) and f"\n{options}:" in out
    if locale != "en":  # no English words left but names of commands, options and variables
        described = [line.split(None, 1)[1] for line in out.splitlines()
                     if line.startswith("    ") and len(line.split(None, 1)) == 2]
        assert described and not [d for d in described if LATIN_WORD.search(d)
                                  and not {"PLANNER_DATABASE_URL", "JSON", "restore"} & set(
                                      re.findall(r"[\w]+", d))]


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_check_counts_its_findings_in_the_language(monkeypatch, demo_path: Path,
                                                   locale: str) -> None:
    from planner.operations.events import update_event
    from planner.store import queries
    from planner.store.database import open_database

    db = open_database(str(demo_path))
    with db.read() as session:
        event = next(e for e in queries.list_events(session) if e.registered >= 3)
    with db.write() as session:
        update_event(session, event.id, event.version, capacity=event.registered - 1)
    db.close()
    monkeypatch.setenv("PLANNER_LANG", locale)
    code, out, _err = _run(["--db", str(demo_path), "check"])
    lines = out.strip().splitlines()
    assert code == 3
    assert lines[-1] == ("1 個錯誤、0 個警告" if locale == "zh_HK" else "1 个错误、0 个警告")
    assert lines[0].startswith("錯誤: " if locale == "zh_HK" else "错误: ")


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_every_record_name_and_command_line_word_is_translated(locale: str) -> None:
    translated = catalogue(locale)
    assert [w for w in (*ENTITIES, *CLI_WORDS) if not translated.get(w)] == []


COMMON = ("list", "show", "create", "edit", "delete", "check", "export", "import", "feeds")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _help_texts(parser, path: tuple[str, ...] = ()):
    """(command path, text) of every description and option help under `parser`."""
    import argparse

    if parser.description:
        yield path, parser.description
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield path, action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield path, choice.help
            for name, sub in action.choices.items():
                yield from _help_texts(sub, (*path, name))


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_the_common_commands_explain_their_options_in_the_language(monkeypatch,
                                                                   locale: str) -> None:
    import argparse

    from planner.cli.parser import build_parser

    root = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    texts = [(path, text) for name in COMMON
             for path, text in _help_texts(root.choices[name], (name,))]
    assert len(texts) > 80  # every option of every subcommand, not a sample
    found = catalogue(locale)
    untranslated = [(" ".join(path), text) for path, text in texts
                    if not CJK.search(found.get(text, ""))]
    assert untranslated == []
    monkeypatch.setenv("PLANNER_LANG", locale)  # and what --help prints uses them
    code, out, _err = _run(["import", "people", "--help"])
    assert code == 0
    assert found["show the report, write nothing"] in out.replace("\n", "")
    assert "show the report" not in out
