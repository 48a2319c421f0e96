"""The parts of a zip-based workbook (.xlsx, .xlsm, .xlsb, .ods), unpacked with a bound.

A workbook's parts are unpacked here once, before the spreadsheet reader sees the file, so that
a zip bomb (a part that unpacks to far more than its entry says, or entries that add up to
gigabytes) is refused (exit 2) instead of filling the memory: the reader trusts the archive.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from planner.domain.errors import PlannerError
from planner.domain.limits import IMPORT_UNPACKED_MB

CHUNK = 1 << 20
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # signature ... name length, extra length


def parts(path: Path, name: str, only: str | None = None
          ) -> Iterator[tuple[str, Iterator[bytes]]]:
    """(part name, its unpacked bytes in chunks) for every part of the archive, each checked
    against the size its entry declares and all of them against IMPORT_UNPACKED_MB."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PlannerError("import_unreadable", file=name, reason=str(exc) or "not a zip") from exc
    with archive, path.open("rb") as raw:
        entries = archive.infolist()
        if sum(e.file_size for e in entries) > IMPORT_UNPACKED_MB * 1_000_000:
            raise PlannerError("import_unpacked_too_large", file=name, limit=IMPORT_UNPACKED_MB)
        for entry in entries:
            if entry.is_dir() or (only is not None and entry.filename != only):
                continue
            if entry.flag_bits & 1:
                raise PlannerError("import_unreadable", file=name, reason="encrypted")
            if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PlannerError("import_unreadable", file=name,
                                   reason=f"compression method {entry.compress_type}")
            yield entry.filename, _unpacked(raw, entry, name)


def part(path: Path, name: str, wanted: str) -> Iterator[bytes]:
    """One part's bytes again (after `parts` checked the archive)."""
    for _found, chunks in parts(path, name, only=wanted):
        yield from chunks


def _unpacked(raw: BinaryIO, entry: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """The entry's bytes, never more than it declares (more is a bomb: refused)."""
    raw.seek(entry.header_offset)
    header = raw.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise PlannerError("import_unreadable", file=name, reason="damaged zip entry")
    fields = _LOCAL_HEADER.unpack(header)
    raw.seek(fields[-2] + fields[-1], 1)  # past the entry's name and extra field
    left = entry.compress_size
    inflate = zlib.decompressobj(-zlib.MAX_WBITS) if entry.compress_type else None
    produced = 0
    while left > 0:
        data = raw.read(min(CHUNK, left))
        if not data:
            raise PlannerError("import_unreadable", file=name, reason="truncated zip entry")
        left -= len(data)
        while data:
            if inflate is None:
                out, data = data, b""
            else:
                try:
                    out = inflate.decompress(data, CHUNK)
                except zlib.error as exc:
                    raise PlannerError("import_unreadable", file=name, reason=str(exc)) from exc
                data = inflate.unconsumed_tail
            produced += len(out)
            if produced > entry.file_size:
                raise PlannerError("import_unreadable", file=name, reason=(
                    f"{entry.filename} unpacks to more than its entry declares (a zip bomb)"))
            if out:
                yield out
