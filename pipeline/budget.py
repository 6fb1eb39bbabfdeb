"""The time budget of one document (config `[limits] document_seconds`, default 60).

`process.py` names the stage a document is in (`enter`) and runs its work inside
`within(seconds)`: when the budget runs out, `DocumentTimeout` is raised where the work
is, and the document becomes an error row "timed out after N s in <stage>" while the
run goes on.

How the work is interrupted depends on the thread it runs in:
- the main thread of a process (one local worker, or a local worker process): a
  SIGALRM timer; its handler raises, which also stops a long regular-expression search
  (the regex engine checks for signals);
- any other thread (a Dask worker's task threads): a timer thread asks the
  interpreter to raise the exception in the working thread at its next bytecode
  (PyThreadState_SetAsyncExc); a single long call in native code ends first.

`DocumentTimeout` is a BaseException, so that no `except Exception` inside a stage
swallows it.
"""
from __future__ import annotations

import contextlib
import ctypes
import signal
import threading

_stages: dict[int, str] = {}  # thread id -> the stage its document is in


class DocumentTimeout(BaseException):
    def __init__(self, seconds: float, stage: str):
        super().__init__(f"timed out after {seconds:g} s in {stage}")
        self.seconds = seconds
        self.stage = stage


def enter(stage: str) -> None:
    """The stage the current thread's document is in now."""
    _stages[threading.get_ident()] = stage


def current(thread_id: int | None = None) -> str:
    return _stages.get(threading.get_ident() if thread_id is None else thread_id,
                       "unknown stage")


def budget_seconds(config: dict) -> float:
    """The configured budget; 0 or less means none."""
    return float((config.get("limits") or {}).get("document_seconds", 0) or 0)


@contextlib.contextmanager
def within(seconds: float, budget: float | None = None):
    """Raise DocumentTimeout in this thread if the block runs longer than `seconds`
    (no limit when `seconds` <= 0); the message names `budget` (default `seconds`),
    the whole budget of which `seconds` may be what is left."""
    budget = seconds if budget is None else budget
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds, budget):
            yield
    else:
        with _async_timer(seconds, budget):
            yield


@contextlib.contextmanager
def _alarm(seconds: float, budget: float):
    def expire(signum, frame):
        raise DocumentTimeout(budget, current())

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _async_timer(seconds: float, budget: float):
    thread_id = threading.get_ident()
    lock = threading.Lock()
    armed = [True]

    def expire():
        with lock:
            if armed[0]:
                _set_async_exc(thread_id, _timeout_class(budget, current(thread_id)))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            armed[0] = False
            timer.cancel()
            _set_async_exc(thread_id, None)  # one that fired as the block ended


def _timeout_class(seconds: float, stage: str) -> type:
    """PyThreadState_SetAsyncExc takes a class, not an instance: a subclass that carries
    the message."""
    return type("DocumentTimeout", (DocumentTimeout,),
                {"__init__": lambda self, *args: DocumentTimeout.__init__(self, seconds, stage)})


def _set_async_exc(thread_id: int, exc_class) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc_class) if exc_class else None)
