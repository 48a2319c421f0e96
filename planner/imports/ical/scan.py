"""A strict first pass over an .ics file that knows line numbers.

icalendar is lenient and forgets where things were; this pass checks the shape (content lines,
BEGIN/END nesting) and records where every component and property starts, so that a refusal
can name the line. It does not interpret values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.domain.errors import PlannerError

# Calendars nest three deep (VCALENDAR > VTIMEZONE > STANDARD, VEVENT > VALARM); anything much
# deeper is not a calendar, and would exhaust the parser's recursion.
MAX_DEPTH = 8

_NAME = re.compile(r"[A-Za-z0-9-]+")
_PARAM_VALUE = re.compile(r'"[^"]*"|[^";:,]*')


@dataclass
class Node:
    """A component (VCALENDAR, VEVENT...) with the line of its BEGIN and of each property."""

    name: str
    line: int
    properties: dict[str, int] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)

    def walk(self, name: str) -> list[Node]:
        """This node and its descendants called `name`, in document order."""
        found, pending = [], [self]
        while pending:
            node = pending.pop()
            if node.name == name:
                found.append(node)
            pending.extend(reversed(node.children))
        return found


def decode(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM is dropped); refuses other encodings naming the first bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PlannerError("ical_syntax", file=source, line=line,
                           reason="not UTF-8 text") from exc


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded content lines with the number of the physical line each starts on.

    The pieces of a folded line are joined once, at its end: adding each continuation to the
    line so far would copy it again for every fold (a line folded 160,000 times)."""
    out: list[tuple[int, str]] = []
    pieces: list[str] = []
    start = 0
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw[:1] in (" ", "\t") and pieces:
            pieces.append(raw[1:])
            continue
        if raw.strip():
            if pieces:
                out.append((start, "".join(pieces)))
            start, pieces = number, [raw]
    if pieces:
        out.append((start, "".join(pieces)))
    return out


def content_name(line: str) -> str | None:
    """The property name of a content line `NAME;PARAM=VALUE:value`, or None if malformed."""
    match = _NAME.match(line)
    if not match:
        return None
    pos = match.end()
    while pos < len(line) and line[pos] == ";":
        param = _NAME.match(line, pos + 1)
        if not param or param.end() >= len(line) or line[param.end()] != "=":
            return None
        pos = param.end()
        while True:
            value = _PARAM_VALUE.match(line, pos + 1)
            assert value is not None  # the pattern also matches the empty string
            pos = value.end()
            if pos >= len(line) or line[pos] != ",":
                break
    if pos >= len(line) or line[pos] != ":":
        return None
    return match.group(0).upper()


def scan(text: str, source: str) -> list[Node]:
    """The VCALENDAR trees of a file; refuses anything that is not well-formed iCalendar."""
    roots: list[Node] = []
    stack: list[Node] = []
    lines = logical_lines(text)
    if not lines or lines[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise PlannerError("ical_not_calendar", file=source)
    for number, line in lines:
        name = content_name(line)
        if name is None:
            raise _syntax(source, number, f"not a content line: {line[:40]!r}")
        value = line.split(":", 1)[1].strip().upper() if name in ("BEGIN", "END") else ""
        if name == "BEGIN":
            if len(stack) >= MAX_DEPTH:
                raise _syntax(source, number, f"components nested more than {MAX_DEPTH} deep")
            node = Node(value, number)
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
        elif name == "END":
            if not stack or stack[-1].name != value:
                open_name = stack[-1].name if stack else "nothing"
                raise _syntax(source, number, f"END:{value} while {open_name} is open")
            stack.pop()
        elif not stack:
            raise _syntax(source, number, f"{name} outside BEGIN:VCALENDAR")
        else:
            stack[-1].properties.setdefault(name, number)
    if stack:
        raise _syntax(source, stack[-1].line, f"BEGIN:{stack[-1].name} is never ended")
    return roots


def _syntax(source: str, line: int, reason: str) -> PlannerError:
    return PlannerError("ical_syntax", file=source, line=line, reason=reason)
