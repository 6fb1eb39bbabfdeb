"""What a run has to do: the documents under --input (scan, with the drop's boundary
kept), and which of them are current in the output folder (their bytes, configuration
and rules unchanged since their rows were made), so that only the rest is processed."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import ingest
from pipeline.process import DocResult
from pipeline.store import CACHE_DIR, TEXT_DIR, RunError


@dataclass(slots=True)
class FileEntry:
    """One input file. The run keeps one per file from scan to manifest, so it is
    small: slots, and the path as a string (a Path object costs ~400 bytes more)."""

    source_path: str
    path: str
    size: int
    mtime_ns: int
    doc_id: str = ""
    problem: str = ""  # why the file could not be read (it becomes an error row)
    problem_status: str = "error"  # or "skipped" (a link that leads out of the input)

    def read_bytes(self) -> bytes:
        """The bytes, not through a symlink (links are resolved when scanning, so a
        file swapped for a link since then is refused)."""
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with open(fd, "rb") as handle:
            return handle.read()

    def manifest_record(self) -> dict:
        return {"doc_id": self.doc_id, "size": self.size, "mtime_ns": self.mtime_ns}


@dataclass
class RunSummary:
    n_files: int = 0
    n_processed: int = 0
    status_counts: dict = field(default_factory=dict)
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    tables_written: bool = False
    # the tables phase (every CSV from the stored results), for the benchmark:
    # perf_counter() when it began, its wall and CPU seconds in this process
    tables_started: float = 0.0
    tables_seconds: float = 0.0
    tables_cpu_seconds: float = 0.0

    def render(self) -> str:
        from pipeline.schemas import TABLES

        statuses = ", ".join(f"{self.status_counts.get(s, 0)} {s}" for s in ("ok", "skipped", "error"))
        order = [t.name for t in TABLES if t.name in self.rows]
        order += sorted(set(self.rows) - set(order))
        rows = ", ".join(f"{name} {self.rows[name]}" for name in order)
        action = "tables written" if self.tables_written else "nothing changed, tables kept"
        return (f"documents: {self.n_files} ({statuses}); processed now: {self.n_processed}; "
                f"{action}\nrows: {rows}\ntime: {self.seconds:.2f} s")


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def unreadable_id(source_path: str) -> str:
    """doc_id of a file whose bytes cannot be read: there are no bytes to hash, so the
    path stands in (a different id from any readable file's)."""
    return ingest.doc_id_of(f"unreadable file: {source_path}".encode("utf-8"))


def scan_input(input_dir: Path, output_dir: Path, manifest: dict, rehash: bool) -> list[FileEntry]:
    """Every document file with its doc_id. A file whose size and mtime match the
    manifest keeps its recorded doc_id (as git does); others are hashed. A file that
    cannot be read (broken link, no permission, gone) is an entry with a `problem`; a
    symlink that resolves outside the input is not read at all (skipped)."""
    entries = []
    real_input = os.path.realpath(input_dir)
    for path in ingest.discover(input_dir, exclude=output_dir):
        source_path = ingest.relative_source_path(path, input_dir)
        if os.path.islink(path):  # os.walk does not enter folder links: only files here
            real = os.path.realpath(path)
            if os.path.commonpath([real_input, real]) != real_input:
                entries.append(FileEntry(
                    source_path, os.fspath(path), -1, -1,
                    ingest.doc_id_of(f"outside the input: {source_path}".encode()),
                    "symlink to a file outside the input folder: not read", "skipped"))
                continue
            path = Path(real)
        try:
            stat = path.stat()
            entry = FileEntry(source_path, os.fspath(path), stat.st_size, stat.st_mtime_ns)
            known = manifest["files"].get(entry.source_path)
            if (not rehash and known and known.get("size") == entry.size
                    and known.get("mtime_ns") == entry.mtime_ns):
                entry.doc_id = known["doc_id"]
            else:
                entry.doc_id = hash_file(path)
        except OSError as exc:
            # size/mtime -1: checked again next run, processed once it is readable
            entry = FileEntry(source_path, os.fspath(path), -1, -1, unreadable_id(source_path),
                              f"unreadable file: {exc.strerror or exc}")
        entries.append(entry)
    return entries


def files_unchanged(recorded, entries: list[FileEntry]) -> bool:
    """The manifest lists exactly these files with these ids, sizes and mtimes."""
    return (isinstance(recorded, dict) and len(recorded) == len(entries)
            and all(recorded.get(e.source_path) == e.manifest_record() for e in entries))


def _print_for(language: str | None, prints: dict) -> str:
    return prints.get(language or "", prints[""])


def is_current(doc_id: str, manifest: dict, prints: dict, output_dir: Path) -> dict | None:
    """The manifest record of a document whose stored rows were made under the current
    fingerprint, else None. A document finished by a run killed before it wrote the
    manifest is recognised by the fingerprint stored in its cache file."""
    cache = output_dir / CACHE_DIR / f"{doc_id}.json"
    record = manifest["docs"].get(doc_id)
    if record and record.get("fingerprint") == _print_for(record.get("language"), prints):
        return record if cache.is_file() else None
    try:
        payload = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    language = payload.get("language") or ""
    if payload.get("fingerprint") != _print_for(language, prints):
        return None
    return {"language": language, "status": payload.get("status"),
            "fingerprint": payload["fingerprint"]}


def fingerprint_of(result: DocResult, prints: dict) -> str:
    return _print_for(result.language, prints)


def check_folders(input_dir: Path, output_dir: Path) -> None:
    if not input_dir.exists():
        raise RunError(f"input folder not found: {input_dir}")
    if not input_dir.is_dir():
        raise RunError(f"input is not a folder: {input_dir}")
    try:
        next(iter(input_dir.iterdir()), None)
    except OSError as exc:
        raise RunError(f"input folder not readable: {input_dir}: {exc.strerror}") from exc
    try:
        (output_dir / CACHE_DIR).mkdir(parents=True, exist_ok=True)
        (output_dir / TEXT_DIR).mkdir(parents=True, exist_ok=True)
        probe = output_dir / CACHE_DIR / ".write-probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise RunError(f"output folder not writable: {output_dir}: {exc.strerror or exc}") from exc
