"""Who the process is acting for: the staff member signed in at this desk, or the system
(command line, scripts). Services ask here instead of taking an actor in every call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .permissions import SYSTEM, Actor
from .validation import mask_mobile

_actor: ContextVar[Actor | None] = ContextVar("dealerdesk_actor", default=None)


def set_actor(actor: Actor | None) -> None:
    _actor.set(actor)


def signed_in() -> Actor | None:
    return _actor.get()


def current_actor() -> Actor:
    return _actor.get() or SYSTEM


@contextmanager
def acting_as(actor: Actor | None) -> Iterator[None]:
    token = _actor.set(actor)
    try:
        yield
    finally:
        _actor.reset(token)


def shown_mobile(mobile: str | None) -> str | None:
    """Staff see numbers masked in every list; revealing one is a deliberate, audited act
    (CustomerService.reveal_mobile). The command line, run by IT, sees them whole."""
    if mobile is None or _actor.get() is None:
        return mobile
    return mask_mobile(mobile)
