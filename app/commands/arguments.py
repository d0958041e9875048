"""What the command line accepts, checked as argparse reads it: each type function refuses a
bad value in Chinese and names the form it expects; `in_chinese` words argparse's own
messages (a missing or unknown option) the same way."""

from __future__ import annotations

import argparse
import re
from datetime import date

# Dates the rules can reckon with: lunar birthdays need lunardate's table (to 2099), and
# windows and lead days must not run past date.max or before date.min.
FIRST_DATE, LAST_DATE = date(2000, 1, 1), date(2099, 12, 31)

DATE_FORM = "日期格式应为 YYYY-MM-DD，例如 2026-12-01"
COUNT_FORM = "应为 1 或更大的整数，例如 50"
WEEK_FORM = "周次格式应为 YYYY-Www（ISO 周），例如 2026-W47"
MONTH_FORM = "月份格式应为 YYYY-MM，例如 2026-12"


def positive_int(text: str) -> int:
    """A count or a number given to the command: 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数，{COUNT_FORM}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} 太小，{COUNT_FORM}")
    return value


def whole_number(text: str) -> int:
    """Any integer (a random seed)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数，应为整数，例如 2026") from None


def iso_date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，{DATE_FORM}") from None
    if not FIRST_DATE <= value <= LAST_DATE:
        raise argparse.ArgumentTypeError(
            f"日期 {text} 超出范围，应为 {FIRST_DATE} 至 {LAST_DATE} 之间的 YYYY-MM-DD"
        )
    return value


def iso_week(text: str) -> str:
    """'2026-W47' as given (spaces trimmed), once it names a week that exists."""
    from ..errors import ValidationError
    from ..services.key_customers import parse_week  # the sheet's rule, read on use

    try:
        parse_week(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"“{text}”不是周次，{WEEK_FORM}") from None
    return text.strip()


def iso_month(text: str) -> str:
    """'2026-12' (spaces trimmed), once it names a month the rules can reckon with."""
    from ..errors import ValidationError
    from ..rules.due_list import month_text, parse_month  # the list's rule, read on use

    try:
        first = parse_month(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"“{text}”不是月份，{MONTH_FORM}") from None
    if not FIRST_DATE <= first <= LAST_DATE:
        raise argparse.ArgumentTypeError(
            f"月份 {text} 超出范围，应为 {FIRST_DATE:%Y-%m} 至 {LAST_DATE:%Y-%m} 之间的 YYYY-MM"
        )
    return month_text(first)


# argparse's own messages (Python 3.11 to 3.13), with the Chinese for each.
_ARGPARSE_MESSAGES = (
    (r"argument (.+?): (.*)", "参数 {0}：{1}"),
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"one of the arguments (.*) is required", "必须给出以下参数之一：{0}"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (r"invalid choice: (.*?) \(choose from (.*)\)", "无效的选项：{0}（可选：{1}）"),
    (r"expected one argument", "需要一个值"),
    (r"not allowed with argument (.*)", "不能与参数 {0} 同时使用"),
    (r"ambiguous option: (.*?) could match (.*)", "选项 {0} 不明确，可能是：{1}"),
)


def in_chinese(message: str) -> str:
    """argparse's message in Chinese (ours, from the type functions, already are)."""
    for pattern, chinese in _ARGPARSE_MESSAGES:
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            return chinese.format(*(in_chinese(part) for part in found.groups()))
    return message
