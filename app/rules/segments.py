"""The segment expression language (客户筛选), pure: text -> tree, tree -> text.

    expression := or ;  or := and (OR and)* ;  and := not (AND not)* ;
    not := NOT not | "(" or ")" | condition
    condition := FIELD op VALUE | FIELD IN "(" VALUE ("," VALUE)* ")"
    op := = | != | < | <= | > | >=

AND binds tighter than OR; NOT tighter than both. Keywords: and/or/not/in in any case, or
且/或/非/属于 (as separate words). A value is a word, a number, an ISO date (2026-01-31)
or a quoted string ("…", '…', “…”). Fields are named in English or Chinese
(app.rules.segment_fields); an enum takes its stored value or its Chinese label (女 or
female). An empty expression selects every customer. Errors name the position (counted
from 1) and the word, in Chinese.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP, term
from .segment_fields import SEGMENTS, Field, Kind, field_named

Value = str | int | date


@dataclass(frozen=True)
class Condition:
    field: Field
    op: str  # = != < <= > >= in
    values: tuple[Value, ...]


@dataclass(frozen=True)
class All:
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Any:
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    part: Node


Node = Condition | All | Any | Not

KEYWORDS = {"and": "and", "且": "and", "or": "or", "或": "or", "not": "not", "非": "not",
            "in": "in", "属于": "in"}  # fmt: skip
_TOKEN = re.compile(
    r"\s*(?:(?P<op><=|>=|!=|≠|≤|≥|<|>|=)|(?P<punct>[(),（），])"
    r"|(?P<quoted>\"[^\"]*\"|'[^']*'|“[^”]*”)|(?P<open>[\"'“])|(?P<word>[^\s()<>=!,（），≠≤≥\"'“]+))"
)
_SAME = {"≠": "!=", "≤": "<=", "≥": ">=", "（": "(", "）": ")", "，": ","}


@dataclass(frozen=True)
class Token:
    kind: str  # op, punct, quoted, word, keyword
    text: str
    position: int  # 1-based character position in the expression


class SegmentSyntaxError(UserError):
    """A mistake in a segment expression; `position` counts characters from 1."""

    def __init__(self, template: str, position: int, **params: object) -> None:
        super().__init__(template, position=position, **params)
        self.position = position


def tokens(text: str) -> list[Token]:
    found, at = [], 0
    while at < len(text) and text[at:].strip():
        match = _TOKEN.match(text, at)
        if match is None or match.lastgroup == "open":
            position = _start(text, at)
            raise SegmentSyntaxError(
                QT_TRANSLATE_NOOP("Errors", "筛选条件第 {position} 个字符处的引号没有结束。"),
                position,
            )
        found.append(_token(match))
        at = match.end()
    return found


def _start(text: str, at: int) -> int:
    return at + len(text[at:]) - len(text[at:].lstrip()) + 1


def _token(match: re.Match[str]) -> Token:
    kind = match.lastgroup or "word"
    position = match.start(kind) + 1
    text = _SAME.get(match.group(kind), match.group(kind))
    if kind == "quoted":
        text = text[1:-1]
    elif kind == "word" and text.lower() in KEYWORDS:
        kind, text = "keyword", KEYWORDS[text.lower()]
    return Token(kind, text, position)


def parse(text: str) -> Node | None:
    """The tree of an expression; None for an empty one (every customer)."""
    parser = _Parser(tokens(text), len(text))
    if not parser.tokens:
        return None
    node = parser.any()
    if parser.at < len(parser.tokens):
        parser.unexpected(parser.tokens[parser.at])
    return node


class _Parser:
    def __init__(self, found: list[Token], length: int) -> None:
        self.tokens, self.at, self.length = found, 0, length

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise SegmentSyntaxError(
                QT_TRANSLATE_NOOP("Errors", "筛选条件在结尾处不完整（第 {position} 个字符）。"),
                self.length + 1,
            )
        self.at += 1
        return token

    def is_next(self, kind: str, text: str) -> bool:
        token = self.peek()
        return token is not None and (token.kind, token.text) == (kind, text)

    def unexpected(self, token: Token) -> None:
        raise SegmentSyntaxError(
            QT_TRANSLATE_NOOP("Errors", "筛选条件第 {position} 个字符处的“{word}”放错了位置。"),
            token.position,
            word=token.text,
        )

    def any(self) -> Node:
        parts = [self.all()]
        while self.is_next("keyword", "or"):
            self.at += 1
            parts.append(self.all())
        return parts[0] if len(parts) == 1 else Any(tuple(parts))

    def all(self) -> Node:
        parts = [self.negated()]
        while self.is_next("keyword", "and"):
            self.at += 1
            parts.append(self.negated())
        return parts[0] if len(parts) == 1 else All(tuple(parts))

    def negated(self) -> Node:
        if self.is_next("keyword", "not"):
            self.at += 1
            return Not(self.negated())
        if self.is_next("punct", "("):
            opening = self.take()
            inner = self.any()
            self.closing(opening)
            return inner
        return self.condition()

    def closing(self, opening: Token) -> None:
        if self.peek() is None:
            raise SegmentSyntaxError(
                QT_TRANSLATE_NOOP("Errors", "筛选条件第 {position} 个字符处的括号没有闭合。"),
                opening.position,
            )
        if not self.is_next("punct", ")"):
            self.unexpected(self.take())
        self.at += 1

    def condition(self) -> Condition:
        name = self.take()
        found = field_named(name.text) if name.kind in ("word", "quoted") else None
        if found is None:
            raise SegmentSyntaxError(
                QT_TRANSLATE_NOOP(
                    "Errors", "筛选条件第 {position} 个字符处的“{word}”不是可筛选的字段。"
                ),
                name.position,
                word=name.text,
            )
        op = self.operator(found)
        if op == "in":
            return Condition(found, op, self.listed(found))
        return Condition(found, op, (value_of(found, self.value()),))

    def operator(self, found: Field) -> str:
        token = self.take()
        if token.kind not in ("op", "keyword") or token.text not in ("=", "!=", "<", "<=",
                                                                      ">", ">=", "in"):
            raise SegmentSyntaxError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "筛选条件第 {position} 个字符处应为比较符号（= != < <= > >= in），"
                    "而不是“{word}”。",
                ),
                token.position,
                word=token.text,
            )
        if token.text not in found.operators:
            raise SegmentSyntaxError(
                QT_TRANSLATE_NOOP(
                    "Errors", "筛选条件第 {position} 个字符处：“{field}”不能用“{word}”比较。"
                ),
                token.position,
                word=token.text,
                field=term(SEGMENTS, found.label),
            )
        return token.text

    def value(self) -> Token:
        token = self.take()
        if token.kind not in ("word", "quoted"):
            self.unexpected(token)
        return token

    def listed(self, found: Field) -> tuple[Value, ...]:
        opening = self.take()
        if (opening.kind, opening.text) != ("punct", "("):
            self.unexpected(opening)
        values = [value_of(found, self.value())]
        while self.is_next("punct", ","):
            self.at += 1
            values.append(value_of(found, self.value()))
        self.closing(opening)
        return tuple(values)


def value_of(found: Field, token: Token) -> Value:
    """The value as stored: an enum's stored value, an int, a date or the text."""
    if found.kind in (Kind.ENUM, Kind.YES_NO):
        return _choice(found, token)
    if found.kind is Kind.NUMBER:
        return _number(token)
    if found.kind is Kind.DATE:
        return _date(token)
    return token.text


def _choice(found: Field, token: Token) -> str:
    for stored, label in found.choices.items():
        if token.text.lower() in (stored, label.lower()):
            return stored
    raise SegmentSyntaxError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "筛选条件第 {position} 个字符处的“{word}”不是“{field}”的取值，可选：{choices}。",
        ),
        token.position,
        word=token.text,
        field=term(SEGMENTS, found.label),
        choices=[term(SEGMENTS, label) for label in found.choices.values()],
    )  # fmt: skip


def _number(token: Token) -> int:
    if not re.fullmatch(r"-?\d{1,9}", token.text):
        raise SegmentSyntaxError(
            QT_TRANSLATE_NOOP("Errors", "筛选条件第 {position} 个字符处的“{word}”不是整数。"),
            token.position,
            word=token.text,
        )
    return int(token.text)


def _date(token: Token) -> date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", token.text):
            return date.fromisoformat(token.text)
    except ValueError:
        pass
    raise SegmentSyntaxError(
        QT_TRANSLATE_NOOP(
            "Errors", "筛选条件第 {position} 个字符处的“{word}”不是日期（例如 2026-01-31）。"
        ),
        token.position,
        word=token.text,
    )


def is_car_only(node: Node) -> bool:
    """Whether every condition under `node` is on a car (then they hold for one car)."""
    if isinstance(node, Condition):
        return node.field.where == "car"
    if isinstance(node, Not):
        return is_car_only(node.part)
    return all(is_car_only(part) for part in node.parts)


def render(node: Node | None) -> str:
    """The expression of a tree, in English keywords and field names (parse(render(n)) == n)."""
    if node is None:
        return ""
    if isinstance(node, Condition):
        return _render_condition(node)
    if isinstance(node, Not):
        return f"not {_grouped(node.part, Not)}"
    joiner = " and " if isinstance(node, All) else " or "
    return joiner.join(_grouped(part, type(node)) for part in node.parts)


def _grouped(node: Node, inside: type) -> str:
    tighter = isinstance(node, Condition | Not) or (isinstance(node, All) and inside is Any)
    return render(node) if tighter else f"({render(node)})"


def _render_condition(c: Condition) -> str:
    shown = [_shown(v) for v in c.values]
    if c.op == "in":
        return f"{c.field.key} in ({', '.join(shown)})"
    return f"{c.field.key}{c.op}{shown[0]}"


def _shown(value: Value) -> str:
    text = str(value)
    if re.fullmatch(r"[^\s()<>=!,（），≠≤≥\"'“”]+", text) and text.lower() not in KEYWORDS:
        return text
    opening, closing = next(
        ((o, c) for o, c in (("“", "”"), ('"', '"'), ("'", "'")) if c not in text), ("“", "”")
    )
    return f"{opening}{text}{closing}"


Row = tuple[str, Condition]  # ("and" | "or", condition): how it joins the rows before it


def rows_of(node: Node | None) -> list[Row] | None:
    """The expression as a list of conditions each joined to the ones before by and/or
    (AND binding tighter, as in the text), or None when it has NOT or nested groups."""
    if node is None:
        return []
    groups = node.parts if isinstance(node, Any) else (node,)
    rows: list[Row] = []
    for group in groups:
        conditions = group.parts if isinstance(group, All) else (group,)
        if not all(isinstance(c, Condition) for c in conditions):
            return None
        rows += [("or" if rows and i == 0 else "and", c) for i, c in enumerate(conditions)]  # type: ignore[misc]
    return rows


def joined(rows: list[tuple[str, str]]) -> str:
    """The expression of rows given as (joiner, condition text)."""
    return "".join(f" {joiner} {text}" if i else text for i, (joiner, text) in enumerate(rows))


def condition_text(c: Condition) -> str:
    return _render_condition(c)
