"""What a file is, decided from its bytes, and the form the hub keeps it in.

Images (PNG, JPEG, WebP, as Pillow recognises them by their content) are
decoded and encoded anew - turned upright by their EXIF orientation first,
then written without EXIF, XMP, ICC or comments, so no location, camera or
editing history leaves the customer's device through us. PDFs (the ``%PDF-``
header, and pdfium must open them) are kept as sent: rewriting a PDF is not
something a viewer's user would trust more. Each gets a PNG preview at most
``PREVIEW_PX`` on a side: the image's thumbnail, the PDF's first page.

CPU-bound and not thread-safe (pdfium): the hub runs ``prepare`` in one
worker thread of its own.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from hub_protocol.attachments import PREVIEW_PX

MAX_PIXELS = 40_000_000  # a 40-megapixel photo; beyond it a "decompression bomb" is refused
IMAGE_FORMATS = ("PNG", "JPEG", "WEBP")


class UnsupportedType(Exception):
    """Not an image or PDF we accept (the message says what it seemed to be)."""


@dataclass(frozen=True)
class Prepared:
    kind: str  # "image" | "pdf"
    mime: str
    data: bytes  # what is stored and fetched
    preview: bytes  # PNG
    width: int
    height: int
    pages: int
    sha256: str


def prepare(raw: bytes) -> Prepared:
    if raw.startswith(b"%PDF-"):
        return _pdf(raw)
    return _image(raw)


def _image(raw: bytes) -> Prepared:
    try:
        with Image.open(io.BytesIO(raw), formats=IMAGE_FORMATS) as probe:
            fmt = probe.format or ""
            if probe.width * probe.height > MAX_PIXELS:
                raise UnsupportedType(f"the image is too large ({probe.width}x{probe.height} pixels)")
            probe.load()
            image = ImageOps.exif_transpose(probe)
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise UnsupportedType("not a PNG, JPEG, WebP image or PDF") from exc
    except (OSError, SyntaxError, ValueError) as exc:  # a truncated or damaged file
        raise UnsupportedType(f"a damaged {fmt or 'image'} file") from exc
    photo = fmt == "JPEG"
    clear = not photo and (image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info)
    converted = image.convert("RGBA" if clear else "RGB")
    # A new image of the pixels alone: Pillow would otherwise write some of the
    # old file's info (a JPEG comment, say) into the new one.
    image = Image.frombytes(converted.mode, converted.size, converted.tobytes())
    out = io.BytesIO()
    if photo:
        image.save(out, "JPEG", quality=90, optimize=True)
    else:
        image.save(out, "PNG", optimize=False)
    data = out.getvalue()
    return Prepared("image", "image/jpeg" if photo else "image/png", data, _thumbnail(image),
                    image.width, image.height, 0, hashlib.sha256(data).hexdigest())


def _pdf(raw: bytes) -> Prepared:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:  # damaged, or locked with a password
        raise UnsupportedType("a PDF that cannot be opened (damaged or password-protected)") from exc
    try:
        pages = len(document)
        if pages == 0:
            raise UnsupportedType("a PDF without pages")
        page = document[0]
        width, height = page.get_size()
        scale = PREVIEW_PX / max(width, height, 1)
        first = page.render(scale=scale).to_pil()
        page.close()
    finally:
        document.close()
    return Prepared("pdf", "application/pdf", raw, _png(first), first.width, first.height, pages,
                    hashlib.sha256(raw).hexdigest())


def _thumbnail(image: Image.Image) -> bytes:
    small = image.copy()
    small.thumbnail((PREVIEW_PX, PREVIEW_PX))
    return _png(small)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
