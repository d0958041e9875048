"""A figure (a value against its floor, measured in the same run) and its goal; the
timing helpers every benchmark uses."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

try:
    import resource
except ImportError:  # Windows: no preemption counts, every run kept
    resource = None  # type: ignore[assignment]

_WHO = getattr(resource, "RUSAGE_THREAD", getattr(resource, "RUSAGE_SELF", 0))


@dataclass(frozen=True)
class Goal:
    """≤ `times_floor` × the floor and/or ≤ `at_most` (in the figure's unit); both must
    hold when both are given."""

    times_floor: float | None = None
    at_most: float | None = None
    unit: str = "ms"

    def text(self) -> str:
        parts = []
        if self.times_floor is not None:
            parts.append(f"≤{self.times_floor:g}× floor")
        if self.at_most is not None:
            parts.append(f"≤{self.at_most:g} {self.unit}")
        return " and ".join(parts)

    def met(self, value: float, floor: float) -> bool:
        if self.times_floor is not None and value > self.times_floor * floor:
            return False
        return self.at_most is None or value <= self.at_most


@dataclass(frozen=True)
class Figure:
    """One line of the benchmark's table. For a figure named *_mb the value and the floor
    are megabytes (the JSON keys stay value_ms/floor_ms: one shape for every figure)."""

    name: str
    value: float
    floor: float
    goal: Goal
    floor_is: str  # what the floor is, in a few words
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor > 0 else float("inf")

    @property
    def ok(self) -> bool:
        return self.goal.met(self.value, self.floor)

    def as_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "value_ms": _rounded(self.value),
            "floor_ms": _rounded(self.floor),
            "ratio": round(ratio, 2) if ratio != float("inf") else None,
            "goal": self.goal.text(),
            "ok": self.ok,
        }

    def line(self) -> str:
        unit = self.goal.unit
        ratio = f"{self.ratio:7.2f}×" if self.ratio != float("inf") else "      -×"
        verdict = "ok" if self.ok else "MISSED"
        text = (
            f"{self.name:<34} {self.value:10.2f} {unit}  floor {self.floor:9.3f} {unit} {ratio}"
            f"  goal {self.goal.text():<28} {verdict:<6}  floor = {self.floor_is}"
        )
        return f"{text}; {self.note}" if self.note else text


def _rounded(value: float) -> float:
    """Hundredths of a millisecond, but three significant digits below 1 (a search by
    plate takes 0.02 ms: rounded to 0.01 its ratio to the floor would be off by half)."""
    return round(value, 2) if abs(value) >= 1 else float(f"{value:.3g}")


def elapsed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _preemptions() -> int:
    """How often the scheduler has taken the CPU from this thread (Linux) or process."""
    return resource.getrusage(_WHO).ru_nivcsw if resource is not None else 0


def unpreempted_ms(action: Callable[[], object], tries: int = 5) -> tuple[float, int]:
    """The time of `action`, run again (up to `tries` times in all) while the scheduler
    took the CPU away in the middle (another process ran: on a busy 2-core machine one
    time slice, ~4 ms, is 100 searches by plate); with how many runs were dropped. Waits
    the action itself causes (a disk read, an fsync, a lock) are kept: they are not
    preemptions."""
    dropped = 0
    while True:
        before = _preemptions()
        ms = elapsed_ms(action)
        if _preemptions() == before or dropped == tries - 1:
            return ms, dropped
        dropped += 1


def timings_ms(action: Callable[[], object], rounds: int) -> list[float]:
    return [elapsed_ms(action) for _ in range(rounds)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile by the nearest rank (20 values: the 19th smallest)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
