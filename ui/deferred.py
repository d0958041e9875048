"""Functions of heavy modules (openpyxl, reportlab, …) imported when first called, which
is on the worker that writes the file: a tab that can export does not load them when it
opens, on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def deferred(module: str, name: str) -> Callable[..., Any]:
    """`module.name`, imported at its first call."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call
