"""The test SMTP server in a process of its own, for measuring the window: in the test's own
process, the server's Python would compete with the window for the GIL, which no user's mail
server does. Each message received is written as DIR/NNNNN.eml with DIR/NNNNN.rcpt beside it.

Run: python -m tests.mail.smtp_process DIR PORT (it writes DIR/ca.pem, then DIR/ready).
"""

from __future__ import annotations

import itertools
import ssl
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.mail.smtp_server import Handler, SmtpServer

ROOT = Path(__file__).resolve().parents[2]


class SavingHandler(Handler):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        number = next(self.numbers)
        (self.folder / f"{number:05d}.rcpt").write_text("\n".join(envelope.rcpt_tos))
        (self.folder / f"{number:05d}.eml").write_bytes(envelope.original_content
                                                       or envelope.content)
        return "250 2.0.0 Accepted"


def serve(folder: Path, port: int) -> None:
    server = SmtpServer(port)
    server.handler = SavingHandler(folder)
    server.authority.cert_pem.write_to_path(str(folder / "ca.pem"))
    server.start()
    (folder / "ready").write_text("ready")
    try:
        sys.stdin.read()  # until the test closes our standard input
    finally:
        server.stop()


class ServerProcess:
    def __init__(self, folder: Path, port: int) -> None:
        self.folder = folder
        self.port = port
        folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.mail.smtp_process", str(folder), str(port)],
            cwd=ROOT, stdin=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while not (folder / "ready").exists():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("the SMTP server process did not start")
            time.sleep(0.05)
        self.client_context = ssl.create_default_context(cafile=str(folder / "ca.pem"))

    def received(self) -> list[tuple[str, bytes]]:
        return [(path.with_suffix(".rcpt").read_text(), path.read_bytes())
                for path in sorted(self.folder.glob("*.eml"))]

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
