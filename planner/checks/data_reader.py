"""Reading the organiser-editable TOML data of the checks, with errors that say where and why."""

from __future__ import annotations

import re
import tomllib
from datetime import date, time
from pathlib import Path
from typing import Any

from planner.domain.errors import PlannerError
from planner.domain.schedule import is_known_zone

_CLOCK = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


class DataError(Exception):
    """A mistake in a data file; `where` is the entry's path, e.g. control_point[3].hours."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}" if where else reason)


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed file, or PlannerError travel_data_invalid naming the file and the line."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise invalid(path, exc.strerror or str(exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise invalid(path, str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise invalid(path, f"not UTF-8 text ({exc.reason})") from exc


def invalid(path: Path, reason: str) -> PlannerError:
    return PlannerError("travel_data_invalid", file=str(path), reason=reason)


class Entry:
    """One table of the file, read field by field; every failure names the entry and field."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise DataError(where, "must be a table of fields")
        self.data = data
        self.where = where

    def _fail(self, key: str, reason: str) -> DataError:
        return DataError(f"{self.where}.{key}" if self.where else key, reason)

    def text(self, key: str, *, required: bool = True) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self._fail(key, "is missing")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self._fail(key, f"must be non-empty text, not {value!r}")
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self._fail(key, "must be a list of texts")
        return tuple(v.strip() for v in value)

    def minutes(self, key: str, *, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if value is None:
            raise self._fail(key, "is missing")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 24 * 60:
            raise self._fail(key, f"must be a whole number of minutes from 0 to 1440, not {value!r}")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self._fail(key, f"must be true or false, not {value!r}")
        return value

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None or isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise self._fail(key, f"must be a date written YYYY-MM-DD, not {value!r}") from None

    def zone(self, key: str) -> str:
        name = self.text(key)
        assert name is not None
        if not is_known_zone(name):
            raise self._fail(key, f"unknown time zone {name!r} (use an IANA name such as Asia/Hong_Kong)")
        return name

    def hours(self, key: str) -> tuple[time, time | None]:
        """[opens, closes] as clock times; closes None means 24:00 (midnight at the day's end)."""
        value = self.data.get(key)
        if not isinstance(value, list) or len(value) != 2:
            raise self._fail(key, 'must be ["HH:MM", "HH:MM"]: opening and closing time')
        opens, closes = (_clock(v) for v in value)
        if opens is _BAD or closes is _BAD:
            raise self._fail(key, f"times must be written HH:MM (00:00 to 24:00), not {value!r}")
        if opens is None:
            raise self._fail(key, "the opening time cannot be 24:00 (write 00:00)")
        return opens, closes

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in choices:
            raise self._fail(key, f"must be one of {', '.join(choices)}, not {value!r}")
        assert value is not None
        return value

    def choices(self, key: str, choices: tuple[str, ...]) -> tuple[str, ...]:
        values = self.texts(key)
        wrong = [v for v in values if v not in choices]
        if wrong or not values:
            raise self._fail(key, f"must list some of {', '.join(choices)}; wrong: {wrong}")
        return values

    def entries(self, key: str, *, required: bool = True) -> list[Entry]:
        value = self.data.get(key, None)
        if value is None:
            if required:
                raise self._fail(key, "is missing")
            return []
        if not isinstance(value, list):
            raise self._fail(key, "must be a list of tables")
        prefix = f"{self.where}.{key}" if self.where else key
        return [Entry(item, f"{prefix}[{i + 1}]") for i, item in enumerate(value)]

    def named(self, name: str | None) -> Entry:
        """The same entry, its errors naming it by `name` too: control_point[3] (lo_wu)."""
        if name:
            self.where = f"{self.where} ({name})"
        return self


_BAD = object()


def _clock(value: Any) -> Any:
    match = _CLOCK.match(value) if isinstance(value, str) else None
    if not match:
        return _BAD
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour == 24:
        return None if minute == 0 else _BAD
    return time(hour, minute)
