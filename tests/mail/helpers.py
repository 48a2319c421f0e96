"""Reading sent messages back: the e-mail, its invitation and its attachments."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from io import BytesIO

from icalendar import Calendar
from pypdf import PdfReader


def parse(content: bytes) -> EmailMessage:
    return message_from_bytes(content, policy=default)  # type: ignore[return-value]


def calendar_part(msg: EmailMessage) -> tuple[str, Calendar]:
    """The MIME `method` parameter of the text/calendar part and its parsed calendar."""
    for part in msg.walk():
        if part.get_content_type() == "text/calendar":
            return str(part.get_param("method")), Calendar.from_ical(part.get_content())
    raise AssertionError("no text/calendar part")


def attachments(msg: EmailMessage) -> dict[str, bytes]:
    return {str(part.get_filename()): part.get_payload(decode=True)
            for part in msg.iter_attachments()}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())
