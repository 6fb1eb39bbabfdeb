"""Where the per-document work runs: in this process, in a local process pool, or on
a Dask cluster (pipeline.executors_dask). Each executor maps `process_chunk` over chunks
of raw documents and yields the results chunk by chunk, in input order, so the run
stores them as they arrive and memory stays flat.
"""
from __future__ import annotations

import sys
from typing import Callable, Iterable, Iterator


def progress_bar(total: int, enabled: bool | None = None):
    """A tqdm bar on stderr for runs of more than a handful of documents; silent when
    stderr is not a terminal (CI, pipes, notebooks running make)."""
    from tqdm import tqdm

    if enabled is None:
        enabled = total > 5 and sys.stderr.isatty()
    return tqdm(total=total, unit="doc", disable=not enabled, file=sys.stderr,
                dynamic_ncols=True, leave=False)


_worker_config: dict | None = None


def _init_worker(config: dict) -> None:
    global _worker_config
    _worker_config = config


def _run_in_worker(args):
    function, chunk = args
    return function(chunk, _worker_config)


class LocalExecutor:
    """workers=1: in this process. workers>1: a process pool; each worker process
    builds its spaCy pipelines once (they are cached per process) and handles whole
    chunks, so pickling cost is per chunk, not per document."""

    def __init__(self, workers: int = 1):
        self.workers = max(1, int(workers))

    def map_chunks(self, function: Callable, chunks: Iterable, config: dict) -> Iterator[list]:
        if self.workers == 1:
            for chunk in chunks:
                yield function(chunk, config)
            return
        import multiprocessing

        context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
        with context.Pool(self.workers, initializer=_init_worker, initargs=(config,)) as pool:
            yield from pool.imap(_run_in_worker, ((function, chunk) for chunk in chunks))
