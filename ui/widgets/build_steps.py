"""Widgets built across turns of the event loop: a tab's skeleton at once, then each of
its panels in a turn of its own, so the UI thread answers the person between them.

The steps of every widget being built (and the window's tabs whose modules have just
arrived) wait in one queue and run one per turn: two tabs opened together still take
turns instead of adding up in one."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

_QUEUE: deque[tuple[QObject, Callable[[], None]]] = deque()
_next_turn_asked = [False]  # whether a turn is asked for the queue's next step


def in_a_turn_of_its_own(owner: QObject, step: Callable[[], None]) -> None:
    """Run `step` after the steps queued before it, alone in its turn of the event loop;
    dropped if `owner` is deleted first."""
    _QUEUE.append((owner, step))
    _ask_for_a_turn()


def steps_waiting() -> bool:
    """Whether a step is still to run (`--exit-when-ready` waits for them as for jobs)."""
    return bool(_QUEUE)


def _ask_for_a_turn() -> None:
    if _QUEUE and not _next_turn_asked[0]:
        _next_turn_asked[0] = True
        QTimer.singleShot(0, _run_next)


def _run_next() -> None:
    _next_turn_asked[0] = False
    if not _QUEUE:
        return
    owner, step = _QUEUE.popleft()
    try:
        if isValid(owner):
            step()
    finally:
        _ask_for_a_turn()


class BuildSteps(QObject):
    done = Signal()  # the last step has run

    def __init__(self, owner: QObject, *steps: Callable[[], None]) -> None:
        super().__init__(owner)
        self._steps = list(steps)
        self.finished = False
        in_a_turn_of_its_own(self, self._next)

    def run_all(self) -> None:
        """The steps left, now (a widget wanted whole at once: `MainWindow.tab()`)."""
        while self._steps:
            self._steps.pop(0)()
        self._finish()

    def _next(self) -> None:
        if not self._steps:
            return  # run already, by run_all()
        self._steps.pop(0)()
        if self._steps:
            in_a_turn_of_its_own(self, self._next)
        else:
            self._finish()

    def _finish(self) -> None:
        if not self.finished:
            self.finished = True
            self.done.emit()
