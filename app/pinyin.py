"""Pinyin search keys for Chinese names: 张三 → ("zs", "zhangsan").

Two-character surnames are written with a space between their syllables (ou yang).
"""

from __future__ import annotations

from functools import lru_cache

# pypinyin reads surnames as ordinary words (曾 → ceng); the surname reading wins here.
SURNAME_READINGS = {
    "欧阳": "ou yang", "上官": "shang guan", "司马": "si ma", "诸葛": "zhu ge",
    "尉迟": "yu chi", "万俟": "mo qi", "长孙": "zhang sun", "单于": "chan yu",
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha",
    "朴": "piao", "繁": "po", "覃": "qin", "乐": "yue", "员": "yun", "盖": "ge",
    "缪": "miao", "翟": "zhai", "相": "xiang", "黑": "he", "秘": "bi", "种": "chong",
    "召": "shao", "折": "she", "重": "chong", "过": "guo", "牟": "mou", "华": "hua",
    "任": "ren", "沈": "shen", "纪": "ji", "燕": "yan", "柏": "bai", "贲": "ben",
}  # fmt: skip


def _syllables(name: str) -> list[str]:
    for length in (2, 1):
        if name[:length] in SURNAME_READINGS:
            head, rest = SURNAME_READINGS[name[:length]].split(), name[length:]
            break
    else:
        head, rest = [], name
    # pypinyin loads its phrase dictionary on import (~0.7 s): only when a name is keyed.
    from pypinyin import Style, lazy_pinyin

    tail = lazy_pinyin(rest, style=Style.NORMAL, errors="default")
    return head + [s.lower() for s in tail if s.strip()]


@lru_cache(maxsize=4096)
def name_keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin), lower-case, no spaces. Latin parts are kept as typed."""
    syllables = _syllables(name.strip())
    initials = "".join(s[0] for s in syllables if s)
    return _only_latin(initials), _only_latin("".join(syllables))


def _only_latin(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())
