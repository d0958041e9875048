"""Believable demo data for a store over three years, the same for the same seed and day.

`generate(db, customers, seed)` is what `python main.py demo` runs.
"""

from .generate import generate

__all__ = ["generate"]
