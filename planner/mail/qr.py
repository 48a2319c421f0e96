"""The check-in QR code as a PNG for a confirmation (the same code the badge prints)."""

from __future__ import annotations

from io import BytesIO

from PIL import Image
from reportlab.graphics.barcode.qr import QrCodeWidget

SCALE = 8  # pixels per module: sharp on a phone held up to a scanner
BORDER = 4  # modules of quiet zone the standard asks for


def qr_png(code: str) -> bytes:
    widget = QrCodeWidget(code, barLevel="M", barBorder=0)
    widget.qr.make()
    modules = widget.qr.modules
    count = len(modules)
    side = count + 2 * BORDER
    image = Image.new("1", (side, side), 1)
    pixels = image.load()
    assert pixels is not None  # None only for an image not in memory
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                pixels[x + BORDER, y + BORDER] = 0
    image = image.resize((side * SCALE, side * SCALE), Image.Resampling.NEAREST)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
