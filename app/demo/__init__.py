"""Believable demo data: a store group after five years, the same for the same seed and
moment. Per customer about five service visits (with their work items) and 25 follow-ups
of the past and to come; nothing after "now".

`generate(db, customers, seed)` is what `python main.py demo` runs.
"""

from .generate import generate

__all__ = ["generate"]
