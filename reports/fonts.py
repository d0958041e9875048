"""The CJK font every PDF embeds, shipped in resources/ so no system font is needed.

WenQuanYi Micro Hei is TrueType (glyf outlines) inside a .ttc, which reportlab embeds
as a subset; OpenType/CFF fonts (Noto CJK, Source Han) it cannot embed.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

CJK_FONT = "WQYMicroHei"
CJK_FONT_FILE = resource_path("fonts", "wqy-microhei.ttc")


@cache
def register_cjk_font() -> str:
    """Register the font once and return its reportlab name."""
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(CJK_FONT_FILE), subfontIndex=0))
    return CJK_FONT
