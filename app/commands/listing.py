"""How a listing command prints its rows: a JSON list (the shape scripts rely on), or one
line per row and a sentence when there are none."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO


def print_rows(
    rows: Sequence[Any],
    *,
    as_json: bool,
    line: Callable[[Any], str],
    nothing: str,
    to_json: Callable[[Any], object] = lambda row: row.as_json(),
    nothing_to: TextIO | None = None,
) -> int:
    """Exit status 0; `nothing` goes to `nothing_to` (stdout unless given)."""
    if as_json:
        print(json.dumps([to_json(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(line(row))
    if not rows:
        print(nothing, file=nothing_to or sys.stdout)
    return 0
