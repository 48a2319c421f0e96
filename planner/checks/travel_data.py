"""Where the travel data comes from: the organiser's copy in the data folder, else the shipped one.

The files are resources/travel/travel-times.toml and travel-documents.toml; a file of the same
name in <data folder>/travel/ replaces the shipped one. Loaded data is cached per file and
modification time, so an edited copy takes effect at the next check without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from planner import config
from planner.checks.data_reader import DataError, invalid, read_toml
from planner.checks.travel_documents import DocumentRules, parse_documents
from planner.checks.travel_table import TravelTable, parse_table

TIMES_FILE = "travel-times.toml"
DOCUMENTS_FILE = "travel-documents.toml"
T = TypeVar("T")


@dataclass(frozen=True)
class TravelData:
    table: TravelTable
    documents: DocumentRules
    sources: tuple[Path, Path]


def user_folder() -> Path:
    """Where the organiser puts edited copies: <data folder>/travel."""
    return config.data_dir() / "travel"


def source(name: str) -> Path:
    """The organiser's copy of a travel data file when there is one, else the shipped file."""
    copy = user_folder() / name
    return copy if copy.is_file() else config.resources_dir() / "travel" / name


def load_travel_data() -> TravelData:
    """Both tables; PlannerError travel_data_invalid names the file and the mistake."""
    times, documents = source(TIMES_FILE), source(DOCUMENTS_FILE)
    return TravelData(_table(str(times), _stamp(times)),
                      _documents(str(documents), _stamp(documents)), (times, documents))


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0  # read_toml reports the missing file


@lru_cache(maxsize=4)
def _table(path: str, _stamp: int) -> TravelTable:
    return parse_file(Path(path), parse_table)


@lru_cache(maxsize=4)
def _documents(path: str, _stamp: int) -> DocumentRules:
    return parse_file(Path(path), parse_documents)


def parse_file(path: Path, parser: Callable[[dict[str, Any]], T]) -> T:
    data = read_toml(path)
    try:
        return parser(data)
    except DataError as exc:
        raise invalid(path, str(exc)) from exc
