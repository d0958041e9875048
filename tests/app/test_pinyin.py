from __future__ import annotations

import pytest

from app.pinyin import name_keys


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("张三", "zs", "zhangsan"),
        ("曾小明", "zxm", "zengxiaoming"),  # pypinyin alone says "ceng"
        ("单田芳", "stf", "shantianfang"),
        ("欧阳娜娜", "oynn", "ouyangnana"),
        ("王", "w", "wang"),
    ],
)
def test_name_keys_read_surnames_as_surnames(name: str, initials: str, full: str) -> None:
    assert name_keys(name) == (initials, full)
