"""The output folder's state: the manifest, one stored result per document
(.cache/<doc_id>.json, written atomically as soon as it is done), the cleaned texts, the
lock of a running run, and the tables written from the stored results."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.process import DocResult, failed
from pipeline.registry import Registry
from pipeline.schemas import (DOCUMENT_TABLES, DOCUMENTS, ENTITIES, ENTITY_ID_COLUMNS,
                              TABLES_BY_NAME)
from pipeline.tables import TableWriter

if TYPE_CHECKING:  # the plan imports this module; these are only annotations here
    from pipeline.plan import FileEntry, RunSummary


MANIFEST = "manifest.json"
CACHE_DIR = ".cache"
TEXT_DIR = "text"
LOCK_FILE = ".lock"


class RunError(Exception):
    """The run itself cannot go on (bad input folder, unwritable output)."""


def load_manifest(output_dir: Path) -> dict:
    try:
        manifest = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"files": {}, "docs": {}}
    return manifest if isinstance(manifest, dict) and "files" in manifest else {"files": {}, "docs": {}}


RECORD_FIELDS = ("fingerprint", "language", "status")  # a manifest record, in key order


def compact_record(record: dict) -> tuple:
    """A manifest record as the run keeps it for every document until the manifest is
    written: a tuple of interned strings (~70 bytes, not ~300 for a dict of fresh
    strings per document)."""
    return tuple(sys.intern(v) if isinstance(v, str) else v
                 for v in map(record.get, RECORD_FIELDS))


def expand_record(record: tuple) -> dict:
    return dict(zip(RECORD_FIELDS, record))


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
