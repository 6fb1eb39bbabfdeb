"""The run: which documents need work, doing it (locally or on an executor), storing
each result, then writing every table from the stored results.

State in the output folder:
- manifest.json: per source path its doc_id, size and mtime; per doc_id the language,
  status and the fingerprint its rows were made under. Written last.
- .cache/<doc_id>.json: the rows of one document, written as soon as it is done, so a
  killed run loses nothing it finished and the next run completes the rest.
- text/<doc_id>.txt: the cleaned text every offset points into.
- the nine tables, each replaced atomically.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pipeline import __version__, ingest
from pipeline.config import fingerprints
from pipeline.process import DocResult, failed, process_chunk
from pipeline.registry import Registry
from pipeline.schemas import DOCUMENT_TABLES, DOCUMENTS, ENTITIES
from pipeline.tables import TableWriter, write_atomic, write_json_atomic

log = logging.getLogger(__name__)
MANIFEST = "manifest.json"
CACHE_DIR = ".cache"
TEXT_DIR = "text"
CHUNK_SIZE = 32


class RunError(Exception):
    """The run itself cannot go on (bad input folder, unwritable output)."""


@dataclass
class FileEntry:
    source_path: str
    path: Path
    size: int
    mtime_ns: int
    doc_id: str = ""


@dataclass
class RunSummary:
    n_files: int = 0
    n_processed: int = 0
    status_counts: dict = field(default_factory=dict)
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    tables_written: bool = False

    def render(self) -> str:
        statuses = ", ".join(f"{self.status_counts.get(s, 0)} {s}" for s in ("ok", "skipped", "error"))
        rows = ", ".join(f"{name} {n}" for name, n in self.rows.items())
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


def scan_input(input_dir: Path, output_dir: Path, manifest: dict, rehash: bool) -> list[FileEntry]:
    """Every document file with its doc_id. A file whose size and mtime match the
    manifest keeps its recorded doc_id (as git does); others are hashed."""
    entries = []
    for path in ingest.discover(input_dir, exclude=output_dir):
        stat = path.stat()
        entry = FileEntry(ingest.relative_source_path(path, input_dir), path, stat.st_size,
                          stat.st_mtime_ns)
        known = manifest["files"].get(entry.source_path)
        if (not rehash and known and known.get("size") == entry.size
                and known.get("mtime_ns") == entry.mtime_ns):
            entry.doc_id = known["doc_id"]
        else:
            entry.doc_id = hash_file(path)
        entries.append(entry)
    return entries


def is_current(doc_id: str, manifest: dict, prints: dict, output_dir: Path) -> bool:
    """Were this document's stored rows made under the current fingerprint?"""
    record = manifest["docs"].get(doc_id)
    if not record or not (output_dir / CACHE_DIR / f"{doc_id}.json").is_file():
        return False
    return record.get("fingerprint") == prints.get(record.get("language") or "", prints[""])


def fingerprint_of(result: DocResult, prints: dict) -> str:
    return prints.get(result.language, prints[""])


def oversized_result(entry: FileEntry, max_bytes: int) -> DocResult:
    fmt = ingest.sniff_format(entry.source_path, b"")
    return failed(entry.doc_id, fmt, "skipped",
                  f"file too large: {entry.size} bytes > limit {max_bytes}")


def store_result(output_dir: Path, result: DocResult) -> None:
    if result.text is not None:
        write_atomic(output_dir / TEXT_DIR / f"{result.doc_id}.txt", result.text)
    write_json_atomic(output_dir / CACHE_DIR / f"{result.doc_id}.json", result.to_json())


def load_result(output_dir: Path, doc_id: str) -> DocResult:
    payload = json.loads((output_dir / CACHE_DIR / f"{doc_id}.json").read_text(encoding="utf-8"))
    return DocResult.from_json(payload)


def _chunks(entries: list[FileEntry]) -> Iterator[list[ingest.RawDocument]]:
    chunk = []
    for entry in entries:
        chunk.append(ingest.RawDocument(entry.source_path, entry.path.read_bytes()))
        if len(chunk) >= CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_tables(output_dir: Path, entries: list[FileEntry], summary: RunSummary) -> None:
    """Every table from the stored results, in input order; one document's rows once
    even when its bytes appear under several paths."""
    writers = {t.name: TableWriter(output_dir, t) for t in DOCUMENT_TABLES}
    registry = Registry()
    first_path: dict[str, str] = {}
    try:
        for entry in entries:
            result = load_result(output_dir, entry.doc_id)
            if entry.doc_id in first_path:
                row = failed(entry.doc_id, result.document.get("format", "other"), "skipped",
                             f"duplicate of {first_path[entry.doc_id]}").document_row(entry.source_path)
                writers[DOCUMENTS.name].write([row])
                summary.status_counts["skipped"] = summary.status_counts.get("skipped", 0) + 1
                continue
            first_path[entry.doc_id] = entry.source_path
            writers[DOCUMENTS.name].write([result.document_row(entry.source_path)])
            summary.status_counts[result.status] = summary.status_counts.get(result.status, 0) + 1
            for name, rows in result.rows.items():
                writers[name].write(rows)
            registry.add_document(result.rows)
        entities = TableWriter(output_dir, ENTITIES)
        entities.write(registry.rows())
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in [*writers.values(), entities]:
        writer.commit()
        summary.rows[writer.table.name] = writer.rows_written


def remove_stale(output_dir: Path, live_doc_ids: set[str]) -> None:
    """Cached results and texts of documents no longer in the input."""
    for folder, suffix in ((CACHE_DIR, ".json"), (TEXT_DIR, ".txt")):
        for path in (output_dir / folder).glob(f"*{suffix}"):
            if path.stem not in live_doc_ids:
                path.unlink(missing_ok=True)


def check_folders(input_dir: Path, output_dir: Path) -> None:
    if not input_dir.is_dir():
        raise RunError(f"input folder not found or not a folder: {input_dir}")
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


def tables_present(output_dir: Path) -> bool:
    from pipeline.schemas import TABLES

    return all((output_dir / t.filename).is_file() for t in TABLES)


def run(input_dir: Path, output_dir: Path, config: dict, *, full: bool = False,
        executor=None, progress: bool | None = None) -> RunSummary:
    """Bring the tables in `output_dir` up to date with the documents in `input_dir`."""
    from pipeline.executors import LocalExecutor, progress_bar

    started = time.perf_counter()
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    check_folders(input_dir, output_dir)
    prints = fingerprints(config)
    manifest = {"files": {}, "docs": {}} if full else load_manifest(output_dir)
    entries = scan_input(input_dir, output_dir, manifest, rehash=full)
    max_bytes = int(config["ingest"]["max_bytes"])
    todo, seen = [], set()
    for entry in entries:
        if entry.doc_id in seen or (not full and is_current(entry.doc_id, manifest, prints, output_dir)):
            continue
        seen.add(entry.doc_id)
        todo.append(entry)
    summary = RunSummary(n_files=len(entries), n_processed=len(todo))
    new_files = {e.source_path: {"doc_id": e.doc_id, "size": e.size, "mtime_ns": e.mtime_ns}
                 for e in entries}
    unchanged = (not todo and manifest.get("files") == new_files
                 and manifest.get("version") == __version__ and tables_present(output_dir))
    docs = {doc_id: record for doc_id, record in manifest.get("docs", {}).items()}
    if not unchanged:
        oversized = [e for e in todo if e.size > max_bytes]
        readable = [e for e in todo if e.size <= max_bytes]
        for entry in oversized:
            result = oversized_result(entry, max_bytes)
            store_result(output_dir, result)
            docs[entry.doc_id] = {"language": "", "status": result.status,
                                  "fingerprint": prints[""]}
        executor = executor or LocalExecutor(workers=1)
        bar = progress_bar(len(readable), enabled=progress)
        try:
            for chunk_results in executor.map_chunks(process_chunk, _chunks(readable), config):
                for result in chunk_results:
                    store_result(output_dir, result)
                    docs[result.doc_id] = {"language": result.language, "status": result.status,
                                           "fingerprint": fingerprint_of(result, prints)}
                bar.update(len(chunk_results))
        finally:
            bar.close()
        write_tables(output_dir, entries, summary)
        summary.tables_written = True
        live = {e.doc_id for e in entries}
        write_json_atomic(output_dir / MANIFEST, {
            "version": __version__, "files": new_files,
            "docs": {d: r for d, r in sorted(docs.items()) if d in live},
            "summary": {"status_counts": summary.status_counts, "rows": summary.rows}})
        remove_stale(output_dir, live)
    else:
        summary.status_counts = dict(manifest.get("summary", {}).get("status_counts", {}))
        summary.rows = dict(manifest.get("summary", {}).get("rows", {}))
    summary.seconds = time.perf_counter() - started
    return summary
