"""Put translations from a JSON file into the Qt .ts files, then build the .qm files.

    python tools/fill_translations.py TRANSLATIONS.json [...]

Each file holds a list of {"context": ..., "source": ..., "zh_HK": ..., "zh_CN": ...}: the
texts of planner/ui as tr(context, source) has them. It runs tools/update_translations.py first
(new texts arrive unfinished), fills every message the files translate, then builds again.
Messages no file translates are left as they are; `update_translations.py --check` lists them.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations as ut  # noqa: E402


def fill(paths: list[Path]) -> int:
    wanted: dict[tuple[str, str], dict[str, str]] = {}
    for path in paths:
        for entry in json.loads(path.read_text(encoding="utf-8")):
            wanted[(entry["context"], entry["source"])] = entry
    ut.update()
    filled = 0
    for locale in ut.LOCALES:
        ts = ut.ts_path(locale)
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                entry = wanted.get((name, message.findtext("source") or ""))
                translation = message.find("translation")
                if entry is None or translation is None or not entry.get(locale):
                    continue
                translation.text = entry[locale]
                translation.attrib.pop("type", None)
                filled += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    ut.update()  # lupdate puts the file back in its own layout; lrelease builds the .qm
    return filled


if __name__ == "__main__":
    print(f"filled {fill([Path(p) for p in sys.argv[1:]])} translations")
