"""A large fill on two cores: this process tells the story, a writer process of its own
loads it (inserts, the task store's history, the indexes at the end). SQLite has one
writer anyway, and telling and loading each take about half of the time.

The story is told exactly as in one process (the same seeded generator, the same ids):
the same seed makes the same database. Memory stays bounded: at most CHUNKS_QUEUED
chunks wait for the writer. Spawned, not forked (as on Windows, everywhere): the
writer's target is a top-level function and it opens its own connection.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import queue
import traceback
from datetime import datetime
from types import TracebackType
from typing import Any

from ..db import Database
from .loading import FlatTask, collecting_per_chunk, loading
from .writer import Chunk

CHUNKS_QUEUED = 3
POLL_SECONDS = 1.0
ABORT = None  # sent instead of the end: roll everything back


class WriterFailed(RuntimeError):
    """The writer process failed; its traceback is the message."""


class WriterProcess:
    """The other end of `write_chunks`: the same `write`/`close` as app.demo.loading's
    Loading. Used as a context manager: leaving it on an error rolls the fill back."""

    def __init__(self, url: str, now: datetime) -> None:
        context = multiprocessing.get_context("spawn")
        self.chunks: Any = context.Queue(maxsize=CHUNKS_QUEUED)
        self.results: Any = context.Queue()
        self.process = context.Process(
            target=write_chunks, args=(url, now, self.chunks, self.results), daemon=True
        )
        self.process.start()

    def write(self, chunk: Chunk, tasks: list[FlatTask]) -> None:
        # Pickled here and now: the caller goes on changing its lists.
        self._send(pickle.dumps((chunk, tasks), pickle.HIGHEST_PROTOCOL))

    def close(self, customers: int) -> int:
        """The end of the fill: waits for the commit; returns the follow-up tasks written."""
        self._send(customers)
        outcome, value = self._result()
        self.process.join()
        if outcome != "done":
            raise WriterFailed(value)
        written: int = value
        return written

    def __enter__(self) -> WriterProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, _: TracebackType | None
    ) -> None:
        if kind is None or not self.process.is_alive():
            return
        try:
            self.chunks.put(ABORT, timeout=POLL_SECONDS)
            self.process.join(timeout=60)
        finally:
            if self.process.is_alive():
                self.process.terminate()  # its transaction is rolled back with it

    def _send(self, message: bytes | int | None) -> None:
        while True:
            try:
                self.chunks.put(message, timeout=POLL_SECONDS)
                return
            except queue.Full:
                if not self.process.is_alive():
                    raise WriterFailed(self._result()[1]) from None

    def _result(self) -> tuple[str, Any]:
        while True:
            try:
                result: tuple[str, Any] = self.results.get(timeout=POLL_SECONDS)
                return result
            except queue.Empty:
                if not self.process.is_alive() and self.results.empty():
                    return "failed", f"the writer process ended ({self.process.exitcode})"


def write_chunks(url: str, now: datetime, chunks: Any, results: Any) -> None:
    """The writer process: loads the chunks as they come, in one transaction, until the
    number of customers (commit) or ABORT (roll back). Reports ("done", tasks written)
    or ("failed", traceback)."""
    db = Database(url)
    try:
        results.put(("done", _load_all(db, now, chunks)))
    except BaseException:
        results.put(("failed", traceback.format_exc()))
    finally:
        db.dispose()


class _Aborted(Exception):
    pass


def _load_all(db: Database, now: datetime, chunks: Any) -> int:
    with collecting_per_chunk(), loading(db, now) as sink:
        while isinstance(message := chunks.get(), bytes):
            chunk, tasks = pickle.loads(message)
            sink.write(chunk, tasks)
            del chunk, tasks
            gc.collect(1)  # what this chunk made: older objects live on
        if message is ABORT:
            raise _Aborted("the story could not be told: nothing is kept")
        return sink.close(message)
