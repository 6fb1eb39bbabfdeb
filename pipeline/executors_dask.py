"""Run the per-document work on a Dask cluster: `python -m pipeline run --executor dask
--scheduler tcp://HOST:8786`.

The run itself (finding files, reading their bytes, storing results, writing the
tables) stays in this process; only `process_chunk` runs on the workers, so workers
need the package installed (`pip install '.[dask]'`) but no access to the input or
output folders. The configuration is sent to every worker once; each worker process
builds its spaCy pipelines once and keeps them. At most `max_in_flight` chunks
(default two per worker thread) are submitted and not yet handed back, so memory
stays flat here and on the cluster however large the drop. Results come back in input
order, so the tables are byte for byte those of a local run.

Use workers with one thread each (`dask worker ADDRESS --nthreads 1 --nworkers N`):
the work is CPU-bound Python, so more threads per process only take turns; a lock per
worker process makes them take turns safely (spaCy's memory zones are per pipeline).
"""
from __future__ import annotations

import threading
from collections import deque
from typing import Callable, Iterable, Iterator

import distributed  # noqa: F401  (ImportError here means the extra is missing)

from pipeline.store import RunError

CONNECT_TIMEOUT = "30s"
_process_lock = threading.Lock()


def run_locked(function: Callable, chunk, config: dict):
    """On a worker: one chunk at a time per process, whatever the worker's threads."""
    with _process_lock:
        return function(chunk, config)


class DaskExecutor:
    """Maps a chunk function over chunks on the cluster at `address` (or on a given
    `distributed.Client`), yielding each chunk's results in input order."""

    def __init__(self, address: str | None = None, *, client=None,
                 max_in_flight: int | None = None, timeout: str = CONNECT_TIMEOUT):
        if address is None and client is None:
            raise ValueError("DaskExecutor needs a scheduler address or a client")
        self.address = address
        self.client = client
        self.max_in_flight = max_in_flight
        self.timeout = timeout

    def _connect(self):
        from distributed import Client

        try:
            return Client(self.address, timeout=self.timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise RunError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from exc

    def _limit(self, client) -> int:
        if self.max_in_flight:
            return max(1, int(self.max_in_flight))
        workers = client.scheduler_info().get("workers", {})
        threads = sum(int(w.get("nthreads", 1)) for w in workers.values())
        return 2 * max(threads, 1)

    def map_chunks(self, function: Callable, chunks: Iterable, config: dict) -> Iterator[list]:
        from distributed import KilledWorker

        client = self.client or self._connect()
        on_lost = getattr(function, "on_lost", None)  # see LocalExecutor.map_chunks
        pending: deque = deque()  # (chunk, future)
        try:
            limit = self._limit(client)
            sent = _Sender(client, function, config)
            for chunk in chunks:
                pending.append((chunk, sent.submit(chunk)))
                if len(pending) >= limit:
                    yield _take(pending, sent, on_lost)
            while pending:
                yield _take(pending, sent, on_lost)
        except KilledWorker as exc:
            raise RunError("a Dask worker died on one chunk several times (out of memory or "
                           "a crash in native code); finished documents are kept and the next "
                           "run continues") from exc
        finally:
            for _, future in pending:
                future.cancel()
            pending.clear()
            if self.client is None:
                client.close()


class _Sender:
    """Submits chunks with the configuration scattered to the workers once; scatters it
    again when the workers that held it died (their tasks are then cancelled for "lost
    dependencies")."""

    def __init__(self, client, function: Callable, config: dict):
        self.client, self.function, self.config = client, function, config
        self.rescatter()

    def rescatter(self) -> None:
        # a list of one: scattering a dict would scatter its values one by one
        [self.config_future] = self.client.scatter([self.config], broadcast=True, hash=False)

    def submit(self, chunk):
        return self.client.submit(run_locked, self.function, chunk, self.config_future,
                                  pure=False)


def _take(pending: deque, sent: _Sender, on_lost: Callable | None) -> list:
    """The oldest chunk's results. A chunk that killed its workers (Dask retried it on
    others first), or was cancelled because the workers holding the configuration died,
    is sent again one item at a time when `on_lost` is given, so that only the item that
    kills a worker again becomes `on_lost(item, reason)`."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker

    from pipeline.executors import LOST_REASON

    chunk, future = pending.popleft()
    try:
        return future.result()
    except (KilledWorker, CancelledError):
        if on_lost is None:
            raise
    finally:
        future.release()
    results = []
    for item in chunk:
        sent.rescatter()
        single = sent.submit([item])
        try:
            results.extend(single.result())
        except (KilledWorker, CancelledError):
            results.append(on_lost(item, LOST_REASON))
        finally:
            single.release()
    return results
