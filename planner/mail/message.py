"""One e-mail as the standard library builds it: text, the invitation beside it, attachments.

`multipart/mixed` holding `multipart/alternative` (the text and `text/calendar;
method=...`, which is what Outlook, Gmail and Apple Mail read as an invitation) and then the
attachments (the PDF, the QR code, and the invitation again as invite.ics for clients that
only offer attachments). Each message has one recipient: nobody sees another's address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from planner.mail.settings import MailSettings


@dataclass(frozen=True)
class Attachment:
    filename: str
    mime: str  # maintype/subtype
    data: bytes


def _address(name: str, address: str) -> Address:
    local, _, domain = address.rpartition("@")
    return Address(display_name=name or "", username=local, domain=domain)


def new_message_id(settings: MailSettings) -> str:
    domain = settings.sender_address.rpartition("@")[2] or "planner.invalid"
    return make_msgid(idstring="planner", domain=domain)


def compose(settings: MailSettings, *, to_name: str, to_address: str, subject: str, body: str,
            message_id: str, now: datetime, calendar: bytes | None = None,
            method: str | None = None, attachments: tuple[Attachment, ...] = ()
            ) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(settings.sender_name, settings.sender_address)
    msg["To"] = _address(to_name, to_address)
    if settings.reply_to:
        msg["Reply-To"] = _address(settings.sender_name, settings.reply_to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg.set_content(body)
    if calendar is not None and method:
        msg.add_alternative(calendar.decode("utf-8"), subtype="calendar",
                            params={"method": method})
    for item in attachments:
        maintype, _, subtype = item.mime.partition("/")
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype,
                           filename=item.filename)
    if calendar is not None and method:
        msg.add_attachment(calendar, maintype="application", subtype="ics",
                           filename="invite.ics")
    return msg


def to_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=SMTP)
