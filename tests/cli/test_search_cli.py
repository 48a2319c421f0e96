"""`planner search TEXT`: grouped results as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run


def test_search_prints_groups_and_json_finds_an_organisation_by_alias(demo_path: Path) -> None:
    code, out, err = run("--db", str(demo_path), "search", "GDPD", "--json")
    assert code == 0, err
    groups = json.loads(out)
    assert [g["kind"] for g in groups] == ["organisation"]
    hit = groups[0]["hits"][0]
    assert hit["name_zh_hant"] == "廣東省公安廳" and hit["detail"] == "GDPSD · GDPD"
    assert hit["opens"] == {"kind": "organisation", "id": hit["id"]}
    code, out, err = run("--db", str(demo_path), "search", "GDPD")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Organisations"
    assert lines[1].split() == ["ID", "Name", "Detail"]
    assert lines[3].startswith(f"{hit['id']} ") and "GDPSD · GDPD" in lines[3]


def test_search_in_simplified_finds_traditional_names_limited_per_kind(demo_path: Path) -> None:
    code, out, err = run("--db", str(demo_path), "search", "知识产权", "--json", "--limit", "2")
    assert code == 0, err
    groups = {g["kind"]: g for g in json.loads(out)}
    assert {"event", "delegation", "itinerary", "organisation", "venue", "item"} <= set(groups)
    assert all(len(g["hits"]) <= 2 for g in groups.values())
    assert groups["item"]["more"] is True
    assert any("知識產權" in (h["name_zh_hant"] or "") for h in groups["event"]["hits"])
    code, out, err = run("--db", str(demo_path), "search", "知识产权", "--kind", "venue",
                         "--kind", "item", "--json")
    assert [g["kind"] for g in json.loads(out)] == ["venue", "item"]


def test_search_says_when_nothing_is_found_and_refuses_blank_text(demo_path: Path) -> None:
    code, out, err = run("--db", str(demo_path), "search", "zzqqxx")
    assert (code, out) == (0, "nothing found\n")
    code, out, err = run("--db", str(demo_path), "search", "  ")
    assert code == 2 and "TEXT is required" in err and out == ""
    code, out, err = run("--db", str(demo_path), "search", "x", "--kind", "dragon")
    assert code == 2
