"""Compiled `regex` patterns kept on disk between runs.

A run starts by compiling a few hundred patterns, and the `regex` module parses and
compiles a pattern in Python: ~0.25 s of every run and of every worker process. The
larger half of that is the patterns the cached functions of the extract rules build from
the rule files and the vocabulary (alternations of hundreds of words), which they compile
here. A compiled pattern pickles as its compiled code (the `regex` module registers that
with copyreg) and loads from it in microseconds, so the first run compiles and stores
each such pattern and later runs load it. Only for patterns built once per rule set: a
pattern made per document would add a file per document.

A pattern is filed under a hash of its text, its flags and the `regex` version: a changed
rule or word list gives a new pattern (the old file is merely no longer read), an upgrade
of `regex` compiles again. Loading admits nothing but what a pickled pattern holds
(`regex._regex.compile` and plain values), so a file put into the folder by someone else
cannot run code. Where the folder cannot be read or written, patterns are compiled as
before; PIPELINE_PATTERN_CACHE names another folder, or turns the cache off when empty.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import regex

CACHE_ENV = "PIPELINE_PATTERN_CACHE"
MAX_FILES = 5000


def compile_cached(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, loaded from the cache folder when a run before
    stored it there (and stored there when not)."""
    path = _cache_file(pattern, flags)
    loaded = _load(path, pattern) if path is not None else None
    if loaded is not None:
        return loaded
    compiled = regex.compile(pattern, flags)
    if path is not None:
        _store(path, compiled)
    return compiled


def longest_first(words: Iterable[str]) -> list[str]:
    """The words longest first, as an alternation tries them, and those of one length in
    alphabetical order: an order that is the same in every process. Sorted by length
    alone, a set's words of one length come in the set's order, which changes with the
    hash seed; the pattern's text would change with it, and be compiled and stored again
    each run. (Of distinct literals of one length at most one matches at a position, or,
    ignoring case, each the same characters: their order changes no match.)"""
    return sorted(words, key=lambda word: (-len(word), word))


@lru_cache(maxsize=1)
def cache_folder() -> Path | None:
    """PIPELINE_PATTERN_CACHE if set (None when empty: no cache), else the user's cache
    folder ($XDG_CACHE_HOME or ~/.cache) / cluster-pipeline / patterns."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cluster-pipeline" / "patterns"


def _cache_file(pattern: str, flags: int) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    key = hashlib.sha256(f"{regex.__version__}\0{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"{key[:40]}.pickle"


class _PatternUnpickler(pickle.Unpickler):
    """Builds a pattern from its compiled code; refuses every other global."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")


def _load(path: Path, pattern: str) -> regex.Pattern | None:
    """The stored pattern, or None (none stored, unreadable, or not this pattern)."""
    try:
        loaded = _PatternUnpickler(io.BytesIO(path.read_bytes())).load()
    except Exception:  # missing, truncated, foreign: compile instead
        return None
    return loaded if isinstance(loaded, regex.Pattern) and loaded.pattern == pattern else None


def _store(path: Path, compiled: regex.Pattern) -> None:
    """Write beside the file and rename over it (a reader sees a whole file or none;
    workers storing the same pattern at once write the same bytes)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _empty_when_full(path.parent)
        temp.write_bytes(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temp, path)
    except (OSError, pickle.PicklingError):  # a folder that cannot be written: compiled each run
        with suppress(OSError):
            temp.unlink(missing_ok=True)


def _empty_when_full(folder: Path) -> None:
    """Empty the folder once it holds MAX_FILES patterns (a run uses a few hundred): the
    files of old rule sets are never read again, and a pattern whose text changed every
    run would add one each run. The runs after refill it."""
    names = os.listdir(folder)
    if len(names) >= MAX_FILES:
        for name in names:
            if name.endswith(".pickle"):
                with suppress(OSError):
                    os.unlink(folder / name)
