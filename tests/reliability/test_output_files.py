"""Writing `-o FILE` (issue 15, part 6): device nodes and pipes are written to, never renamed
over; a replaced file keeps its permission bits; a new one gets the user's default."""

from __future__ import annotations

import io
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.domain.errors import PlannerError
from planner.exports.files import atomic_write

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="device nodes and FIFOs: Unix")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A private copy of /dev/null (the real one is never put at risk by a test)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("making a device node needs root (the case that destroyed /dev/null)")
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


@unix_only
def test_a_character_device_is_written_to_and_stays_a_device(null_device: Path) -> None:
    before = os.stat(null_device)
    atomic_write(null_device, b"BEGIN:VCALENDAR\r\n")
    after = os.stat(null_device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino
    assert [p.name for p in null_device.parent.iterdir()] == ["null"]  # no temporary left


@unix_only
def test_export_ical_onto_a_device_keeps_the_device(demo_path: Path, null_device: Path) -> None:
    code, out, err = run("--db", str(demo_path), "export", "ical", "--delegation", "1",
                         "-o", str(null_device))
    assert code == 0, err
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


@unix_only
def test_a_pipe_is_written_to_and_stays_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "calendar.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    atomic_write(fifo, b"through the pipe")
    reader.join(10)
    assert received == [b"through the pipe"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


@unix_only
def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(PlannerError) as refused:
            atomic_write(path, b"x")
    assert refused.value.code == "output_special_file"


@unix_only
def test_a_replaced_file_keeps_its_permission_bits(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "shared.ics"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


@unix_only
def test_a_new_file_gets_the_users_default(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "new" / "calendar.ics"
    atomic_write(target, b"data")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644
    os.umask(0o077)
    private = tmp_path / "private.ics"
    atomic_write(private, b"data")
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600


@unix_only
def test_export_ical_over_an_existing_file_keeps_its_bits(demo_path: Path, tmp_path: Path,
                                                          umask_022: None) -> None:
    target = tmp_path / "team.ics"
    target.write_bytes(b"")
    os.chmod(target, 0o664)
    code, _, err = run("--db", str(demo_path), "export", "ical", "--delegation", "1",
                       "-o", str(target))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o664
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
