"""A private CUPS server with a cups-pdf queue that prints to a temporary folder (for the tests).

`cups_queue` (session-scoped) starts its own `cupsd` (own configuration, spool and log folders,
a local socket named by CUPS_SERVER), adds the queue PlannerPDF with Debian's cups-pdf driver,
and stops the server at the end. cups-pdf reads its settings only from /etc/cups (the file
`cups-pdf-<queue>.conf`, written for the session and removed after) and its backend runs only
as root, so this needs root, as in CI; elsewhere the tests skip and say why. With CI=true a
missing piece fails instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "PlannerPDF"
PPD_PLACES = ("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd", "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


@dataclass
class CupsQueue:
    name: str
    server: str  # the socket CUPS_SERVER names
    output: Path

    def wait_for_pdf(self, before: set[Path], timeout: float = 120) -> Path:
        """The PDF the queue writes next (after `before`), once every job has finished."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = set(self.output.glob("*.pdf")) - before
            if new and not self.pending():
                return max(new, key=lambda p: p.stat().st_mtime)
            time.sleep(0.3)
        raise AssertionError(f"no PDF from the queue after {timeout} s: {self.log_tail()}")

    def pending(self) -> str:
        env = dict(os.environ, CUPS_SERVER=self.server)
        return subprocess.run(["lpstat", "-o", self.name], capture_output=True, text=True,
                              env=env).stdout.strip()

    def log_tail(self) -> str:
        log = self.output.parent / "log" / "error_log"
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        return "\n".join(line for line in lines[-400:] if line.startswith("E "))[-2000:]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CUPS printing test cannot run in CI: {reason}")
    pytest.skip(reason)


def _ppd() -> str | None:
    return next((p for p in PPD_PLACES if Path(p).exists()), None)


def _write_config(root: Path) -> None:
    folders = {name: root / name for name in ("conf", "spool", "cache", "state", "tmp", "log",
                                              "out", "cups-pdf-spool")}
    for folder in folders.values():
        folder.mkdir()
    for name in ("tmp", "out", "cups-pdf-spool"):  # filters run as lp, the backend as root
        folders[name].chmod(0o1777)
    (root / "cups-files.conf").write_text(
        f"ServerRoot {folders['conf']}\nRequestRoot {folders['spool']}\n"
        f"CacheDir {folders['cache']}\nStateDir {folders['state']}\nTempDir {folders['tmp']}\n"
        f"AccessLog {folders['log']}/access_log\nErrorLog {folders['log']}/error_log\n"
        f"PageLog {folders['log']}/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
        "User lp\nGroup lp\nSystemGroup root\nSandboxing Relaxed\n")
    (root / "cupsd.conf").write_text(
        f"Listen {root}/cups.sock\nLogLevel info\nWebInterface No\nBrowsing Off\n"
        "DefaultAuthType None\nDefaultPolicy open\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy open>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")


def _wait_for_socket(socket: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if socket.exists():
            return
        if process.poll() is not None:
            raise RuntimeError(f"cupsd ended with status {process.returncode}")
        time.sleep(0.1)
    raise RuntimeError("cupsd did not open its socket within 15 s")


@pytest.fixture(scope="session")
def cups_queue() -> Iterator[CupsQueue]:
    missing = [tool for tool in ("cupsd", "lpadmin", "lp", "lpstat", "pdftotext", "pdftoppm")
               if shutil.which(tool) is None]
    if missing:
        _unavailable(f"missing {', '.join(missing)} (Debian: cups, printer-driver-cups-pdf, "
                     "poppler-utils)")
    ppd = _ppd()
    if ppd is None or not BACKEND.exists():
        _unavailable("printer-driver-cups-pdf is not installed")
    if os.geteuid() != 0:
        _unavailable("a private cups-pdf queue needs root: cups-pdf reads its settings from "
                     "/etc/cups and its backend runs only as root")
    root = Path(tempfile.mkdtemp(prefix="planner-cups-"))  # outside pytest's 0700 folders:
    root.chmod(0o755)                                        # the filters run as lp
    _write_config(root)
    tag = root.name
    conf = Path(f"/etc/cups/cups-pdf-{tag}.conf")
    conf.write_text(f"Out {root}/out\nAnonDirName {root}/out\nSpool {root}/cups-pdf-spool\n"
                    "Grp root\nLabel 0\nTitlePref 1\n")
    process = subprocess.Popen(["cupsd", "-f", "-c", str(root / "cupsd.conf"),
                                "-s", str(root / "cups-files.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    old_server = os.environ.get("CUPS_SERVER")
    try:
        _wait_for_socket(root / "cups.sock", process)
        os.environ["CUPS_SERVER"] = str(root / "cups.sock")
        subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{tag}", "-P", ppd],
                       check=True, capture_output=True)
        yield CupsQueue(QUEUE, str(root / "cups.sock"), root / "out")
    finally:
        if old_server is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = old_server
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
