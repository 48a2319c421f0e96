"""Fictional bilingual names for demo and benchmark participants, from resources/demo/names.json.

Hong Kong people get Cantonese romanisation and Traditional characters; Guangdong people get
pinyin and Simplified characters, as each side writes them.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from planner.config import resources_dir
from planner.domain.enums import Side


@lru_cache(maxsize=1)
def name_parts() -> dict[str, Any]:
    with (resources_dir() / "demo" / "names.json").open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class FakeName:
    name_en: str
    name_zh: str


def fake_name(rng: random.Random, side: Side | str) -> FakeName:
    parts = name_parts()
    surname = rng.choice(parts["surnames"])
    given = [rng.choice(parts["given"]) for _ in range(1 if rng.random() < 0.2 else 2)]
    if Side(side) == Side.HONG_KONG or Side(side) == Side.MACAO:
        zh = surname["hant"] + "".join(g["hant"] for g in given)
        romanised = "-".join(g["hk"] for g in given)
        romanised = romanised[:1].upper() + romanised[1:].lower()
        en = f"{surname['hk'].upper()} {romanised}"
        if rng.random() < 0.45:  # many Hong Kong people also use an English given name
            given_words = " ".join(g["hk"].capitalize() for g in given)
            en = f"{rng.choice(parts['english_given'])} {surname['hk']} {given_words}"
        return FakeName(en, zh)
    zh = surname["hans"] + "".join(g["hans"] for g in given)
    given_pinyin = "".join(g["pinyin"].lower() for g in given)
    return FakeName(f"{surname['pinyin'].capitalize()} {given_pinyin.capitalize()}", zh)
