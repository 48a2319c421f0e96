"""Regenerate the Qt translation sources from planner/ui and build them (PySide6's own tools).

    python tools/update_translations.py           # update the .ts files, then build the .qm files
    python tools/update_translations.py --check   # change nothing; list what is missing or stale

pyside6-lupdate reads every .py file under planner/ui and merges new texts into
resources/i18n/qt/planner_<locale>.ts, keeping the translations already there (texts that left
the sources are dropped). Translate the messages marked unfinished (Qt Linguist, or by hand in
the XML), then run this again: pyside6-lrelease builds planner_<locale>.qm beside each .ts. The
.qm files are committed, so a fresh clone shows translations without a build step;
tests/i18n fails when a .ts lags behind the sources or a .qm behind its .ts.

Our strings go through planner.ui.text.tr(context, text), which lupdate is told to read as
QCoreApplication.translate(context, text); QT_TRANSLATE_NOOP(context, text) marks the rest.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "planner" / "ui"
TS_DIR = ROOT / "resources" / "i18n" / "qt"
LOCALES = ("zh_HK", "zh_CN")
PLACEHOLDER = re.compile(r"\{\d*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" when finished; "unfinished", "vanished" or "obsolete" otherwise


def ts_path(locale: str, folder: Path = TS_DIR) -> Path:
    return folder / f"planner_{locale}.ts"


def qt_tool(name: str) -> str:
    """The lupdate / lrelease binary that ships inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"update_translations: pyside6-{name} not found; install PySide6")
    return found


def source_files() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def lupdate(targets: list[Path]) -> None:
    """Merge the texts of planner/ui into these .ts files (created when missing)."""
    for target in targets:
        language = target.stem.split("_", 1)[1]
        subprocess.run([qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-tr-function-alias", "translate+=tr", "-source-language", "en",
                        "-target-language", language, *source_files(), "-ts", str(target)],
                       check=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def read_ts(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append(Message(name, message.findtext("source") or "",
                                 (translation.text or "") if translation is not None else "",
                                 translation.get("type", "") if translation is not None else ""))
    return found


def mnemonic(text: str) -> bool:
    return bool(re.search(r"&[^&\s]", text))


def message_problems(message: Message) -> list[str]:
    """What is wrong with one message of a .ts file (empty when it is ready)."""
    where = f"{message.context}: {message.source!r}"
    if message.kind:
        return [f"{message.kind}: {where}"]
    if not message.translation.strip():
        return [f"empty translation: {where}"]
    problems = []
    if sorted(PLACEHOLDER.findall(message.source)) != sorted(PLACEHOLDER.findall(message.translation)):
        problems.append(f"placeholders differ: {where} -> {message.translation!r}")
    if mnemonic(message.source) and not mnemonic(message.translation):
        problems.append(f"keyboard mnemonic (&) lost: {where} -> {message.translation!r}")
    if message.source.endswith("…") and "…" not in message.translation:
        problems.append(f"ellipsis (…) lost: {where} -> {message.translation!r}")
    return problems


def check(folder: Path = TS_DIR) -> list[str]:
    """Every problem: texts in the sources missing from a .ts, unfinished or doubtful
    translations, and .qm files older than their .ts. Changes nothing."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for locale in LOCALES:
            committed = ts_path(locale, folder)
            if not committed.exists():
                problems.append(f"missing: {committed}")
                continue
            fresh = Path(tmp) / committed.name
            shutil.copyfile(committed, fresh)
            lupdate([fresh])  # what the .ts would become: new texts appear unfinished
            before = {(m.context, m.source) for m in read_ts(committed)}
            for message in read_ts(fresh):
                if (message.context, message.source) not in before:
                    problems.append(f"{locale}: not in the .ts yet: {message.context}: {message.source!r}")
                else:
                    problems.extend(f"{locale}: {p}" for p in message_problems(message))
            after = {(m.context, m.source) for m in read_ts(fresh)}
            problems.extend(f"{locale}: no longer in the sources: {c}: {s!r}"
                            for c, s in sorted(before - after))
            problems.extend(f"{locale}: {p}" for p in stale_qm(committed))
    return problems


def stale_qm(ts: Path) -> list[str]:
    """Messages whose translation in the built .qm differs from the .ts (or a missing .qm)."""
    from PySide6.QtCore import QTranslator

    qm = ts.with_suffix(".qm")
    translator = QTranslator()
    if not qm.exists() or not translator.load(str(qm)):
        return [f"{qm.name} is missing; run tools/update_translations.py"]
    return [f"{qm.name} is stale for {m.context}: {m.source!r}; run tools/update_translations.py"
            for m in read_ts(ts)
            if not m.kind and translator.translate(m.context, m.source) != m.translation]


def update(folder: Path = TS_DIR) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    targets = [ts_path(locale, folder) for locale in LOCALES]
    lupdate(targets)
    for target in targets:
        lrelease(target, target.with_suffix(".qm"))
        unfinished = [m for m in read_ts(target) if m.kind or not m.translation.strip()]
        print(f"{target.relative_to(ROOT)}: {len(read_ts(target))} messages, "
              f"{len(unfinished)} to translate")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations complete and built")
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
