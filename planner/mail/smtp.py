"""Talking to the mail server with smtplib, and telling its failures apart.

Temporary (try again later): the server unreachable, a timeout, a 4xx answer, a connection
lost before the message's content went. Permanent (failed, with the server's words): a 5xx
answer to the sender, the recipient or the content. Uncertain: the connection lost or timed
out while the content was on its way or its answer awaited: the server may have accepted it.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from dataclasses import dataclass

from planner.mail.settings import MailSettings

TIMEOUT_S = 60.0


class SendFailure(Exception):
    """kind: temporary | permanent | uncertain | connection (the server, not the message)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def _words(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(said.split())}".strip()


def _kind(code: int) -> str:
    return "permanent" if 500 <= code < 600 else "temporary"


@dataclass
class Connection:
    """One session with the server: opened, logged in, used for many messages, closed."""

    settings: MailSettings
    password: str | None
    context: ssl.SSLContext | None = None
    timeout: float = TIMEOUT_S

    def __post_init__(self) -> None:
        self.smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        s = self.settings
        context = self.context or ssl.create_default_context()
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout,
                                                      context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
            smtp.ehlo_or_helo_if_needed()
            if s.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if s.user:
                if not self.password:
                    smtp.close()
                    raise SendFailure("connection", "no password: set one in Preferences, or "
                                      "PLANNER_SMTP_PASSWORD")
                _login(smtp, s.user, self.password)
        except SendFailure:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise SendFailure("connection", f"login refused: {_words(exc.smtp_code, exc.smtp_error)}"
                              ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise SendFailure("connection", f"the server does not offer STARTTLS: {exc}") from exc
        except smtplib.SMTPResponseException as exc:
            raise SendFailure("connection", _words(exc.smtp_code, exc.smtp_error)) from exc
        except ssl.SSLError as exc:
            raise SendFailure("connection", f"secure connection failed: {exc}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise SendFailure("connection", f"cannot reach {s.host}:{s.port}: "
                              f"{getattr(exc, 'strerror', None) or exc}") from exc
        self.smtp = smtp

    def close(self) -> None:
        if self.smtp is None:
            return
        try:
            self.smtp.quit()
        except (OSError, smtplib.SMTPException):
            self.smtp.close()
        self.smtp = None

    def send(self, recipient: str, content: bytes) -> None:
        """Send one message to one recipient or raise SendFailure; after an uncertain or a
        connection failure the connection is closed (the next message opens a new one)."""
        if self.smtp is None:
            self.open()
        smtp = self.smtp
        assert smtp is not None
        try:
            self._envelope(smtp, recipient)
        except SendFailure as failure:
            if failure.kind != "permanent":
                self._drop()
            else:
                self._reset(smtp)
            raise
        self._content(smtp, content)

    def _envelope(self, smtp: smtplib.SMTP, recipient: str) -> None:
        try:
            code, text = smtp.mail(self.settings.sender_address)
            if code != 250:
                raise SendFailure(_kind(code), _words(code, text))
            code, text = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise SendFailure(_kind(code), _words(code, text))
            code, text = smtp.docmd("DATA")
            if code != 354:
                raise SendFailure(_kind(code), _words(code, text))
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            # Nothing of the message has gone yet: safe to try again.
            raise SendFailure("temporary", f"connection lost: {exc}") from exc

    def _content(self, smtp: smtplib.SMTP, content: bytes) -> None:
        data = re.sub(rb"(?m)^\.", b"..", content)
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        try:
            smtp.send(data + b".\r\n")
            code, text = smtp.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._drop()
            raise SendFailure("uncertain", f"connection lost while sending: {exc}") from exc
        if code == 250:
            return
        if code == -1:  # smtplib's "no answer" after the data went
            self._drop()
            raise SendFailure("uncertain", _words(code, text))
        self._reset(smtp)
        raise SendFailure(_kind(code), _words(code, text))

    def _reset(self, smtp: smtplib.SMTP) -> None:
        try:
            smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.close()
            except OSError:
                pass
        self.smtp = None


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """PLAIN when offered (over TLS): one answer, right or wrong. smtplib's login() would try
    LOGIN after a refused PLAIN, which some servers answer by waiting for more."""
    offered = (smtp.esmtp_features.get("auth") or "").upper().split()
    if "PLAIN" in offered:
        smtp.user, smtp.password = user, password
        smtp.auth("PLAIN", smtp.auth_plain)
    else:
        smtp.login(user, password)
