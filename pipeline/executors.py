"""Where the per-document work runs: in this process, in a local process pool, or on
a Dask cluster (pipeline.executors_dask). Each executor maps `process_chunk` over chunks
of raw documents and yields the results chunk by chunk, in input order, so the run
stores them as they arrive and memory stays flat.
"""
from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from pipeline.store import RunError


def progress_bar(total: int, enabled: bool | None = None):
    """A tqdm bar on stderr for runs of more than a handful of documents; silent when
    stderr is not a terminal (CI, pipes, notebooks running make)."""
    from tqdm import tqdm

    if enabled is None:
        enabled = total > 5 and sys.stderr.isatty()
    return tqdm(total=total, unit="doc", disable=not enabled, file=sys.stderr,
                dynamic_ncols=True, leave=False)


class WorkerCrashed(RunError):
    """A worker process died (killed, out of memory, a crash in native code); a RunError,
    so the command line reports it in one line."""


_worker_config: dict | None = None
LOST_REASON = ("worker process died while processing this document (killed, out of memory "
               "or a crash in native code)")
STOPPED_REASON = "timed out after {seconds:g} s; its worker process did not respond and was stopped"


def _init_worker(config: dict) -> None:
    """Runs once in each worker process: keep the config (sent once, not per chunk) and
    leave Ctrl-C to the parent, which shuts the pool down cleanly."""
    global _worker_config
    _worker_config = config
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_in_worker(function: Callable, chunk):
    return function(chunk, _worker_config)


def _submit(pool: ProcessPoolExecutor, function: Callable, chunk) -> Future:
    """The chunk's future; a pool that broke since the last chunk gives a future that
    holds the error, met where the results are taken."""
    try:
        return pool.submit(_run_in_worker, function, chunk)
    except BrokenProcessPool as exc:
        future: Future = Future()
        future.set_exception(exc)
        return future


def _budget(config: dict, on_lost) -> float:
    """The time budget per item, when the items are documents (0: no watch)."""
    from pipeline.budget import budget_seconds

    return budget_seconds(config) if on_lost is not None else 0


def _patience(seconds: float, items: int) -> float | None:
    """How long to wait for a chunk: each item may use its budget twice (in its batch,
    then alone), plus one budget of slack. None (for ever) without a budget."""
    return seconds * (2 * items + 1) if seconds > 0 else None


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's worker processes; the pool then reports itself broken."""
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()


def start_method() -> str:
    """fork where it is safe and cheap (Linux: workers inherit the imported modules),
    spawn elsewhere (macOS and Windows cannot fork a process that has loaded
    system frameworks safely)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


class LocalExecutor:
    """workers=1: in this process. workers>1: our own pool of worker processes; each
    builds its spaCy pipelines once (they are cached per process) and handles whole
    chunks, so pickling cost is per chunk, not per document.

    At most `max_in_flight` chunks (default two per worker) are submitted and not yet
    handed back, so neither the raw documents read ahead nor the results waiting to be
    stored grow with the size of the drop. Results come back in input order.
    """

    def __init__(self, workers: int = 1, max_in_flight: int | None = None):
        self.workers = max(1, int(workers))
        self.max_in_flight = max(self.workers, int(max_in_flight or 2 * self.workers))

    def map_chunks(self, function: Callable, chunks: Iterable, config: dict) -> Iterator[list]:
        """When `function.on_lost(item, reason)` exists it makes the result of an item
        whose worker process died on it: the pool is replaced, the chunks that were in
        flight are processed again one item at a time, and only an item that kills its
        worker again is lost. Without it, a dead worker ends the run (WorkerCrashed)."""
        on_lost = getattr(function, "on_lost", None)
        if self.workers == 1:
            for chunk in chunks:
                yield function(chunk, config)
            return
        pool = self._pool(config)
        pending: deque = deque()  # (chunk, future)
        try:
            for chunk in chunks:
                pending.append((chunk, _submit(pool, function, chunk)))
                while len(pending) >= self.max_in_flight:
                    pool = yield from self._take(pool, pending, function, config, on_lost)
            while pending:
                pool = yield from self._take(pool, pending, function, config, on_lost)
        finally:
            # normal end: nothing pending; early end (error, Ctrl-C, consumer stopped):
            # drop what has not started and wait only for the chunks already running
            pool.shutdown(wait=True, cancel_futures=True)

    def _pool(self, config: dict) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(start_method())
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                   initargs=(config,))

    def _take(self, pool, pending: deque, function, config, on_lost):
        """Yield the results of the oldest chunk; returns the pool to go on with (a new
        one when a worker died). With a time budget per document, a chunk that is not
        back long after all its documents' budgets ran out means a worker stuck where the
        budget cannot interrupt it (native code): its processes are stopped, which is
        then handled as a dead worker."""
        seconds = _budget(config, on_lost)
        try:
            try:
                result = pending[0][1].result(_patience(seconds, len(pending[0][0])))
            except FutureTimeout:
                _stop(pool)
                result = pending[0][1].result()
            yield result
            pending.popleft()
            return pool
        except BrokenProcessPool as exc:
            if on_lost is None:
                raise WorkerCrashed("a worker process died (killed, out of memory or a crash "
                                    "in native code); finished documents are kept and the next "
                                    "run continues; --workers 1 shows which document it was"
                                    ) from exc
        pool.shutdown(wait=True, cancel_futures=True)
        pool = self._pool(config)
        while pending:  # every chunk in flight went down with the pool
            chunk, _ = pending.popleft()
            results = []
            for item in chunk:
                future = _submit(pool, function, [item])
                try:
                    results.extend(future.result(_patience(seconds, 1)))
                    continue
                except FutureTimeout:
                    _stop(pool)
                    results.append(on_lost(item, STOPPED_REASON.format(seconds=seconds)))
                except BrokenProcessPool:
                    results.append(on_lost(item, LOST_REASON))
                pool.shutdown(wait=True, cancel_futures=True)
                pool = self._pool(config)
            yield results
        return pool
