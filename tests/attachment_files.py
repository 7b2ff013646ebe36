"""Files for the attachment tests, made on the spot."""

from __future__ import annotations

import io

from PIL import Image

from tests.clamd import EICAR


def photo_with_metadata(width: int = 640, height: int = 480) -> bytes:
    """A JPEG as phones write them: camera, GPS position, turned by its EXIF orientation."""
    image = Image.new("RGB", (width, height), (180, 40, 40))
    for x in range(0, width, 40):  # something to encode besides one colour
        image.paste((40, 90, 160), (x, 0, x + 20, height))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "SpyPhone 12"  # Model
    exif[0x0112] = 6  # Orientation: turned 90 degrees
    exif[0x8825] = {1: "N", 2: (60.0, 10.0, 0.0), 3: "E", 4: (24.0, 56.0, 0.0)}  # GPS
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=b"secret editing note")
    return out.getvalue()


def pdf_document(pages: int = 2) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def eicar() -> bytes:
    return EICAR


def executable() -> bytes:
    return b"MZ\x90\x00" + bytes(200)
