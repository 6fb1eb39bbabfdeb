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

import logging
import time
from pathlib import Path
from typing import Iterator

from pipeline import __version__, ingest, ruleset
from pipeline.config import fingerprints
from pipeline.nlp import check_models
from pipeline.process import DocResult, failed, process_chunk
from pipeline.tables import SortedPairs, write_json_atomic
from pipeline.plan import (FileEntry, RunSummary, check_folders, files_unchanged, fingerprint_of,
                           is_current, scan_input)
from pipeline.store import (MANIFEST, RunError, compact_record, expand_record, flush_to_disk,
                            load_manifest, load_result, lock_output, remove_stale,
                            remove_temp_files, store_result, tables_present, write_tables)


__all__ = ["RunError", "RunSummary", "run"]  # RunError: what cli and callers catch
log = logging.getLogger(__name__)
CHUNK_SIZE = 32


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
