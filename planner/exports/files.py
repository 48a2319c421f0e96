"""Writing output files so that a crash never leaves a half-written file in place of a good one."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def atomic_write(path: Path | str, data: bytes, *, public: bool = False) -> Path:
    """Write to a temporary file in the same folder, flush it to disk, then rename over `path`.

    The file is private to the user (mkstemp's 0600) unless `public`: then readable as the
    umask allows, for a web server serving the folder."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if public:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_output(destination: str, data: bytes) -> None:
    """`-` writes to standard output; anything else is a path written atomically."""
    if destination == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write(destination, data)
