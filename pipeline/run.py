"""The run: which documents need work, doing it (locally or on an executor), storing
each result, then writing every table from the stored results.

State in the output folder:
- manifest.json: per source path its doc_id, size and mtime; per doc_id the language,
  status and the fingerprint its rows were made under. Written last.
- .cache/<doc_id>.json: the rows of one document and the fingerprint they were made
  under, written as soon as it is done, so a killed run loses nothing it finished and
  the next run completes the rest (it trusts a cache file whose fingerprint is current
  even when the manifest, written last, does not list it yet).
- text/<doc_id>.txt: the cleaned text every offset points into.
- the nine tables, each replaced atomically.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pipeline import __version__, ingest, ruleset
from pipeline.config import fingerprints
from pipeline.nlp import check_models
from pipeline.process import DocResult, failed, process_chunk
from pipeline.registry import Registry
from pipeline.schemas import (DOCUMENT_TABLES, DOCUMENTS, ENTITIES, ENTITY_ID_COLUMNS,
                              TABLES_BY_NAME)
from pipeline.tables import SortedPairs, TableWriter, write_json_atomic

log = logging.getLogger(__name__)
MANIFEST = "manifest.json"
CACHE_DIR = ".cache"
TEXT_DIR = "text"
LOCK_FILE = ".lock"
CHUNK_SIZE = 32


class RunError(Exception):
    """The run itself cannot go on (bad input folder, unwritable output)."""


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


def load_manifest(output_dir: Path) -> dict:
    try:
        manifest = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"files": {}, "docs": {}}
    return manifest if isinstance(manifest, dict) and "files" in manifest else {"files": {}, "docs": {}}


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


RECORD_FIELDS = ("fingerprint", "language", "status")  # a manifest record, in key order


def compact_record(record: dict) -> tuple:
    """A manifest record as the run keeps it for every document until the manifest is
    written: a tuple of interned strings (~70 bytes, not ~300 for a dict of fresh
    strings per document)."""
    return tuple(sys.intern(v) if isinstance(v, str) else v
                 for v in map(record.get, RECORD_FIELDS))


def expand_record(record: tuple) -> dict:
    return dict(zip(RECORD_FIELDS, record))


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


def _write_replace(target: Path, data: str) -> None:
    """Write beside `target` and rename over it: a killed run leaves the old file or the
    new one, never half of one. No fsync per file (it cost ~5 ms each, more than the
    processing of a document): run() syncs once, before the manifest that trusts them."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def flush_to_disk() -> None:
    """Make the files written so far durable before the manifest that lists them."""
    if hasattr(os, "sync"):
        os.sync()


def store_result(output_dir: Path, result: DocResult, fingerprint: str) -> dict:
    """Write one document's text and rows; returns its manifest record."""
    if result.text is not None:
        _write_replace(output_dir / TEXT_DIR / f"{result.doc_id}.txt", result.text)
    _write_replace(output_dir / CACHE_DIR / f"{result.doc_id}.json",
                   json.dumps({**result.to_json(), "fingerprint": fingerprint},
                              ensure_ascii=False, separators=(",", ":")))
    return {"language": result.language, "status": result.status, "fingerprint": fingerprint}


def load_result(output_dir: Path, doc_id: str) -> DocResult:
    payload = json.loads((output_dir / CACHE_DIR / f"{doc_id}.json").read_text(encoding="utf-8"))
    return DocResult.from_json(payload)


def _chunks(entries: list[FileEntry], on_unreadable) -> Iterator[list[ingest.RawDocument]]:
    chunk = []
    for entry in entries:
        try:
            data = entry.read_bytes()
        except OSError as exc:  # gone or locked since the scan: an error row, not a crash
            on_unreadable(entry, f"unreadable file: {exc.strerror or exc}")
            continue
        if ingest.doc_id_of(data) != entry.doc_id:  # its rows would go under a wrong id
            on_unreadable(entry, "file changed while the run read it; the next run reads it again")
            continue
        chunk.append(ingest.RawDocument(entry.source_path, data))
        if len(chunk) >= CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_tables(output_dir: Path, entries: list[FileEntry], summary: RunSummary,
                 redo=None, csv_raw: bool = False) -> None:
    """Every table from the stored results, in input order; one document's rows once
    even when its bytes appear under several paths. A stored result that cannot be
    read (damaged or deleted by hand) is made again by `redo(entry)` when given. Text
    cells are escaped for spreadsheets unless `csv_raw`.

    Two passes over the stored results: the first files every document's entities in
    the registry, the second writes the rows with the registry's entity ids (an id
    depends on every document, so no row can be written before all are filed)."""
    registry = Registry()
    first_path: dict[str, str] = {}
    for entry in entries:
        if entry.doc_id in first_path:
            continue
        first_path[entry.doc_id] = entry.source_path
        registry.add_document(_load_or_redo(output_dir, entry, redo).entities)
    writers = {t.name: TableWriter(output_dir, t, not csv_raw) for t in DOCUMENT_TABLES}
    written: set[str] = set()
    try:
        for entry in entries:
            if entry.doc_id in written:
                result = load_result(output_dir, entry.doc_id)
                row = failed(entry.doc_id, result.document.get("format", "other"), "skipped",
                             f"duplicate of {first_path[entry.doc_id]}").document_row(entry.source_path)
                writers[DOCUMENTS.name].write([row])
                summary.status_counts["skipped"] = summary.status_counts.get("skipped", 0) + 1
                continue
            written.add(entry.doc_id)
            result = load_result(output_dir, entry.doc_id)
            writers[DOCUMENTS.name].write([result.document_row(entry.source_path)])
            summary.status_counts[result.status] = summary.status_counts.get(result.status, 0) + 1
            ids = [registry.entity_id(record) for record in result.entities]
            for name, rows in result.rows.items():
                writers[name].write(_with_entity_ids(name, rows, ids))
        entities = TableWriter(output_dir, ENTITIES, not csv_raw)
        entities.write(registry.rows())
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in [*writers.values(), entities]:
        writer.commit()
        summary.rows[writer.table.name] = writer.rows_written


def _load_or_redo(output_dir: Path, entry: FileEntry, redo) -> DocResult:
    try:
        return load_result(output_dir, entry.doc_id)
    except (OSError, ValueError, KeyError, TypeError):
        if redo is None:
            raise
        return redo(entry)


def _with_entity_ids(name: str, rows: list[list[str]], ids: list[str]) -> list[list[str]]:
    """Rows whose entity-id column, which holds the index of the document's entity
    record, holds the registry's entity_id instead."""
    column = ENTITY_ID_COLUMNS.get(name)
    if column is None or not rows:
        return rows
    at = TABLES_BY_NAME[name].column_names.index(column)
    for row in rows:
        ref = row[at]
        row[at] = ids[int(ref)] if ref else ""
    return rows


def remove_stale(output_dir: Path, live_doc_ids: set[str]) -> None:
    """Cached results and texts of documents no longer in the input."""
    for folder, suffix in ((CACHE_DIR, ".json"), (TEXT_DIR, ".txt")):
        for path in (output_dir / folder).glob(f"*{suffix}"):
            if path.stem not in live_doc_ids:
                path.unlink(missing_ok=True)


def remove_temp_files(output_dir: Path) -> None:
    """Half-written temp files a killed run left beside the tables, texts and cache."""
    for folder in (output_dir, output_dir / CACHE_DIR, output_dir / TEXT_DIR):
        for path in folder.glob(".*.tmp"):
            path.unlink(missing_ok=True)


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


def lock_output(output_dir: Path):
    """An exclusive lock on the output folder for this run (a POSIX record lock on
    `.lock`, held until the returned file is closed). The system drops it when the
    process ends, however it ends, so a killed run leaves no lock behind."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        return None
    handle = open(output_dir / LOCK_FILE, "a+", encoding="utf-8")
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.seek(0)
        holder = handle.read().strip() or "?"
        handle.close()
        raise RunError(f"another run (pid {holder}) is writing to {output_dir}; wait for it "
                       f"to end or choose another --output") from exc
    handle.truncate(0)
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def tables_present(output_dir: Path) -> bool:
    from pipeline.schemas import TABLES

    return all((output_dir / t.filename).is_file() for t in TABLES)


def run(input_dir: Path, output_dir: Path, config: dict, *, full: bool = False,
        executor=None, progress: bool | None = None, csv_raw: bool = False) -> RunSummary:
    """Bring the tables in `output_dir` up to date with the documents in `input_dir`.
    The rules are those of the folder the config names (read afresh and checked first:
    ruleset.RuleError when they do not load), active in this process for the run.
    `csv_raw`: text cells as they are, without the spreadsheet-safety apostrophe."""
    rules_folder = ruleset.folder_of(config)
    ruleset.refresh(rules_folder)
    previous = ruleset.active_folder()
    ruleset.use(rules_folder)
    try:
        return _locked_run(input_dir, output_dir, config, full, executor, progress, csv_raw)
    finally:
        ruleset.use(previous)


def _locked_run(input_dir, output_dir, config: dict, full: bool, executor,
                progress: bool | None, csv_raw: bool) -> RunSummary:
    """run() with its rules active: the output folder checked and locked first."""
    started = time.perf_counter()
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    check_folders(input_dir, output_dir)
    lock = lock_output(output_dir)  # before anything in the folder is touched
    try:
        return _update(input_dir, output_dir, config, full, executor, progress, csv_raw, started)
    finally:
        if lock is not None:
            lock.close()


def _update(input_dir: Path, output_dir: Path, config: dict, full: bool, executor,
            progress: bool | None, csv_raw: bool, started: float) -> RunSummary:
    """run() once the output folder is checked and locked."""
    from pipeline.executors import LocalExecutor, progress_bar

    remove_temp_files(output_dir)
    prints = fingerprints(config)
    manifest = {"files": {}, "docs": {}} if full else load_manifest(output_dir)
    entries = scan_input(input_dir, output_dir, manifest, rehash=full)
    max_bytes = int(config["ingest"]["max_bytes"])
    docs = {doc_id: compact_record(record) for doc_id, record in manifest.get("docs", {}).items()
            if isinstance(record, dict)}
    todo, seen = [], set()
    for entry in entries:
        if entry.doc_id in seen:
            continue
        seen.add(entry.doc_id)
        record = None if full else is_current(entry.doc_id, manifest, prints, output_dir)
        if record:
            docs[entry.doc_id] = compact_record(record)
        else:
            todo.append(entry)
            # the key now, the record once stored: the dict keeps this key object, not
            # the equal string of each result (~65 bytes per document)
            docs[entry.doc_id] = None
    summary = RunSummary(n_files=len(entries), n_processed=len(todo))
    unchanged = (not todo and files_unchanged(manifest.get("files"), entries)
                 and manifest.get("version") == __version__ and tables_present(output_dir)
                 and manifest.get("csv_raw", False) == csv_raw)
    manifest = {"summary": manifest.get("summary", {})}  # the rest is in entries and docs now
    if not unchanged:
        def store_failure(entry: FileEntry, reason: str, status: str = "error") -> None:
            fmt = ingest.sniff_format(entry.source_path, b"")
            result = failed(entry.doc_id, fmt, status, reason)
            docs[entry.doc_id] = compact_record(store_result(output_dir, result, prints[""]))

        def redo(entry: FileEntry) -> DocResult:
            """Process one document again whose stored result is unreadable."""
            log.warning("stored result of %s unreadable; processing it again", entry.source_path)
            try:
                data = entry.read_bytes()
            except OSError as exc:
                store_failure(entry, f"unreadable file: {exc.strerror or exc}")
                return load_result(output_dir, entry.doc_id)
            [result] = process_chunk([ingest.RawDocument(entry.source_path, data)], worker_config)
            docs[entry.doc_id] = compact_record(
                store_result(output_dir, result, fingerprint_of(result, prints)))
            return result

        readable = []
        for entry in todo:
            if entry.problem:
                store_failure(entry, entry.problem, entry.problem_status)
            elif entry.size > max_bytes:
                store_failure(entry, f"file too large: {entry.size} bytes > limit {max_bytes}",
                              "skipped")
            else:
                readable.append(entry)
        executor = executor or LocalExecutor(workers=1)
        # a configured model that is not there: one warning here, not one per worker
        worker_config = check_models(config) if readable else config
        bar = progress_bar(len(readable), enabled=progress)
        try:
            for chunk_results in executor.map_chunks(process_chunk,
                                                     _chunks(readable, store_failure),
                                                     worker_config):
                for result in chunk_results:
                    docs[result.doc_id] = compact_record(
                        store_result(output_dir, result, fingerprint_of(result, prints)))
                bar.update(len(chunk_results))
        finally:
            bar.close()
        summary.tables_started, cpu_started = time.perf_counter(), time.process_time()
        write_tables(output_dir, entries, summary, redo, csv_raw)
        summary.tables_seconds = time.perf_counter() - summary.tables_started
        summary.tables_cpu_seconds = time.process_time() - cpu_started
        summary.tables_written = True
        live = seen  # the doc_id of every entry
        flush_to_disk()
        # streamed, one record at a time: no second copy of every file and document
        write_json_atomic(output_dir / MANIFEST, {
            **({"csv_raw": True} if csv_raw else {}),  # schemas.written_raw reads it
            "version": __version__,
            "files": SortedPairs((e.source_path, e.manifest_record())
                                 for e in sorted(entries, key=lambda e: e.source_path)),
            "docs": SortedPairs((d, expand_record(docs[d])) for d in sorted(live) if docs.get(d)),
            "summary": {"status_counts": summary.status_counts, "rows": summary.rows}})
        remove_stale(output_dir, live)
    else:
        summary.status_counts = dict(manifest.get("summary", {}).get("status_counts", {}))
        summary.rows = dict(manifest.get("summary", {}).get("rows", {}))
    summary.seconds = time.perf_counter() - started
    return summary
