"""Writing output files so that a crash never leaves a half-written file in place of a good one.

A regular file is written beside its target and renamed over it. Anything else that may
legitimately receive output is written to directly: a character device (`-o /dev/null`,
`-o /dev/stdout`) or a pipe. Renaming over those would replace the device node with a regular
file, which for `/dev/null` in a root cron job breaks the whole system. Other special files
(block devices, sockets) are refused.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from planner.domain.errors import PlannerError


def _umask() -> int:
    """The process's umask. Linux tells it in /proc; elsewhere it is set and restored, which
    for a moment gives files other threads create the wrong mode, so /proc comes first."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _umask_mode() -> int:
    return 0o666 & ~_umask()


def atomic_write(path: Path | str, data: bytes, *, public: bool = False) -> Path:
    """Write `data` to `path`: a regular file through a temporary file, fsync and rename.

    A file that already exists keeps its permission bits (and, written by root, its owner);
    a new one gets the user's default (0666 less the umask). `public` gives the default even
    to a file replaced: what a folder a web server reads needs. Character devices and pipes
    are written to directly."""
    target = Path(path)
    try:
        existing: os.stat_result | None = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        return _write_special(target, data, existing)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existing is not None and not public:
            os.chmod(tmp, stat.S_IMODE(existing.st_mode))
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                os.chown(tmp, existing.st_uid, existing.st_gid)
        else:
            os.chmod(tmp, _umask_mode())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _write_special(target: Path, data: bytes, existing: os.stat_result) -> Path:
    if stat.S_ISDIR(existing.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(target))
    if not (stat.S_ISCHR(existing.st_mode) or stat.S_ISFIFO(existing.st_mode)):
        raise PlannerError("output_special_file", path=str(target))
    with open(target, "wb") as handle:  # no temporary file, no rename: the node stays
        handle.write(data)
    return target


def write_output(destination: str, data: bytes) -> None:
    """`-` writes to standard output; anything else is a path written atomically."""
    if destination == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write(destination, data)
