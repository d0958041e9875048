"""The store's logo as reportlab draws it, from the bytes the documents carry."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.utils import ImageReader


def logo_image(content: bytes | None) -> ImageReader | None:
    """The logo, or None if unset or not a readable image (the PDF prints without it)."""
    if not content:
        return None
    try:
        image = ImageReader(BytesIO(content))
        image.getSize()
    except (OSError, ValueError):
        return None
    return image
