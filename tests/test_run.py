"""Run-level behaviour: tables, texts and offsets; incremental runs; atomic writes and
resuming after a killed run; one bad document never costs another its rows; duplicates.

Every drop here is a handful of small invented documents, run in this process (the
run_pipeline fixture), except the SIGKILL test, which must kill a real process.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import config as config_module
from pipeline import process as process_module
from pipeline import ruleset
from pipeline import run as run_module
from pipeline import tables as tables_module
from pipeline.config import load_config
from pipeline.schemas import DATES, DOCUMENTS, MENTIONS, TABLES, read_table

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- helpers

def german(n: int, year: int = 2018) -> str:
    return (f"Stuttgart, 12.03.{year}\n\nMeldung Nummer {n}\n\n"
            f"Der Cluster Mobilität Süd hat im Jahr {year} das Silber-Label der Initiative "
            f"erhalten. Die Geschäftsstelle arbeitet seit 2012 mit Unternehmen und Hochschulen "
            f"der Region zusammen und lädt zum Netzwerktreffen ein (Ausgabe {n}).\n")


def english(n: int, year: int = 2019) -> str:
    return (f"Brussels, 05.06.{year}\n\nNews item number {n}\n\n"
            f"The Northern Food Cluster received the Gold label in {year}. Since 2015 the "
            f"cluster management has supported small companies across the whole region, "
            f"and this is issue {n} of its newsletter.\n")


def html_page(n: int) -> str:
    return ("<!DOCTYPE html><html><head><title>Cluster news</title></head><body>"
            "<nav>Home | Contact | Imprint</nav><main><h1>Cluster news</h1>"
            f"<p>Hamburg, 01.02.2017</p><p>Das Netzwerk Maritime Wirtschaft hat 2016 neue "
            f"Mitglieder aus Industrie und Forschung gewonnen; Beitrag {n}.</p></main>"
            "<footer>Cookie settings</footer></body></html>")


def write(folder: Path, name: str, content) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def table_files(out: Path) -> dict[str, bytes]:
    return {t.filename: (out / t.filename).read_bytes() for t in TABLES}


def snapshot(out: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of every table, the manifest and every text file."""
    paths = [out / t.filename for t in TABLES] + [out / "manifest.json"]
    paths += sorted((out / "text").glob("*.txt"))
    return {p.relative_to(out).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}


def rows(out: Path, table) -> list[dict]:
    with open(out / table.filename, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def documents(out: Path) -> dict[str, dict]:
    """documents.csv rows by source_path."""
    return {r["source_path"]: r for r in rows(out, DOCUMENTS)}


def doc_ids_in(out: Path, table) -> set[str]:
    return {r["doc_id"] for r in rows(out, table)}


def rows_of(out: Path, doc_id: str) -> dict[str, list[dict]]:
    return {t.name: [r for r in rows(out, t) if r["doc_id"] == doc_id]
            for t in TABLES if t.per_document}


def config_file(tmp_path: Path, text: str):
    path = tmp_path / "pipeline-test.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


@pytest.fixture
def drop(tmp_path):
    raw = tmp_path / "raw"
    write(raw, "a.txt", german(1))
    write(raw, "sub/b.md", "# " + english(2))
    write(raw, "c.html", html_page(3))
    return raw


# ---------------------------------------------------------------- tables, texts, offsets

def test_all_tables_texts_and_offsets_round_trip(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    summary = run_pipeline(drop, out)
    assert summary.status_counts == {"ok": 3}
    for table in TABLES:
        with open(out / table.filename, encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == table.column_names
        assert list(read_table(out, table).columns) == table.column_names
    docs = documents(out)
    assert set(docs) == {"a.txt", "sub/b.md", "c.html"}
    assert {d["format"] for d in docs.values()} == {"txt", "md", "html"}
    texts = {}
    for doc in docs.values():
        with open(out / "text" / f"{doc['doc_id']}.txt", encoding="utf-8", newline="") as handle:
            texts[doc["doc_id"]] = handle.read()
        assert int(doc["n_chars"]) == len(texts[doc["doc_id"]])
    assert "Cookie settings" not in texts[docs["c.html"]["doc_id"]]
    checked = 0
    for table in (DATES, MENTIONS):
        for row in rows(out, table):
            text = texts[row["doc_id"]]
            assert text[int(row["start_char"]):int(row["end_char"])] == row["text"]
            checked += 1
    assert checked >= 6  # every document carries dates: the check is not vacuous
    assert summary.rows[DOCUMENTS.name] == 3
    assert summary.rows[DATES.name] == len(rows(out, DATES))


def test_run_with_only_failed_documents_writes_header_only_tables(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    write(raw, "empty.txt", b"")
    write(raw, "picture.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out"
    run_pipeline(raw, out)
    for table in TABLES:
        lines = (out / table.filename).read_bytes().decode("utf-8").split("\r\n")
        expected = 3 if table is DOCUMENTS else 1  # header (+ two rows) + final newline
        assert lines[0] == ",".join(table.column_names)
        assert len([line for line in lines if line]) == expected


# ---------------------------------------------------------------- incremental runs

def test_second_run_processes_nothing_and_keeps_every_byte(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    first = run_pipeline(drop, out)
    assert first.n_processed == 3 and first.tables_written
    assert (out / "manifest.json").is_file()
    before = snapshot(out)
    time.sleep(0.01)
    second = run_pipeline(drop, out)
    assert second.n_processed == 0
    assert not second.tables_written
    assert snapshot(out) == before
    assert second.status_counts == first.status_counts
    assert second.rows == first.rows


def test_new_file_adds_its_rows_and_keeps_the_others(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    old = documents(out)
    old_rows = {path: rows_of(out, doc["doc_id"]) for path, doc in old.items()}
    write(drop, "new/d.txt", german(4, year=2021))
    summary = run_pipeline(drop, out)
    assert summary.n_processed == 1
    docs = documents(out)
    assert set(docs) == set(old) | {"new/d.txt"}
    new_rows = rows_of(out, docs["new/d.txt"]["doc_id"])
    assert "2021-03-12" in {r["date"] for r in new_rows[DATES.name]}
    for path, doc in old.items():
        assert docs[path] == doc
        assert rows_of(out, doc["doc_id"]) == old_rows[path]


def test_removed_file_loses_rows_text_and_cache(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    gone = documents(out)["sub/b.md"]["doc_id"]
    assert (out / "text" / f"{gone}.txt").is_file()
    assert (out / ".cache" / f"{gone}.json").is_file()
    (drop / "sub" / "b.md").unlink()
    summary = run_pipeline(drop, out)
    assert summary.n_processed == 0 and summary.tables_written
    assert set(documents(out)) == {"a.txt", "c.html"}
    for table in TABLES:
        if table.per_document:
            assert gone not in doc_ids_in(out, table)
    assert not (out / "text" / f"{gone}.txt").exists()
    assert not (out / ".cache" / f"{gone}.json").exists()
    assert gone not in json.loads((out / "manifest.json").read_text())["docs"]


def test_changed_file_replaces_its_rows(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    old_id = documents(out)["a.txt"]["doc_id"]
    write(drop, "a.txt", german(1, year=2022))
    summary = run_pipeline(drop, out)
    assert summary.n_processed == 1
    new_id = documents(out)["a.txt"]["doc_id"]
    assert new_id != old_id
    for table in TABLES:
        if table.per_document:
            assert old_id not in doc_ids_in(out, table)
    dates = {r["date"] for r in rows_of(out, new_id)[DATES.name]}
    assert "2022-03-12" in dates and "2018-03-12" not in dates
    assert len(documents(out)) == 3
    assert not (out / "text" / f"{old_id}.txt").exists()


def test_changed_config_reprocesses_and_rows_follow_it(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    only_german = config_file(tmp_path, '[language]\nextract = ["de"]\n')
    summary = run_pipeline(drop, out, config=only_german)
    assert summary.n_processed == 3
    docs = documents(out)
    assert docs["sub/b.md"]["status"] == "skipped"
    assert "not extracted" in docs["sub/b.md"]["error"]
    assert docs["sub/b.md"]["language"] == "en"
    assert docs["sub/b.md"]["doc_id"] not in doc_ids_in(out, DATES)
    assert docs["a.txt"]["status"] == "ok"
    # the same config again: nothing to do
    assert run_pipeline(drop, out, config=only_german).n_processed == 0


def test_changed_rules_of_one_language_reprocess_only_its_documents(tmp_path, drop, run_pipeline,
                                                                     config):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    rules = tmp_path / "rules"
    ruleset.export(rules)
    own_rules = {**config, "rules": {"dir": str(rules)}}
    assert run_pipeline(drop, out, config=own_rules).n_processed == 0  # same rules, other folder
    write(rules, "en/extra_test_rules.jsonl", '{"label": "ORG", "pattern": "Nothing Ltd"}\n')
    summary = run_pipeline(drop, out, config=own_rules)
    assert summary.n_processed == 1  # the English document only
    assert documents(out)["sub/b.md"]["language"] == "en"


def test_new_pipeline_version_reprocesses_everything(tmp_path, drop, run_pipeline, monkeypatch):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    monkeypatch.setattr(config_module, "__version__", "999.0.0")
    monkeypatch.setattr(run_module, "__version__", "999.0.0")
    summary = run_pipeline(drop, out)
    assert summary.n_processed == 3
    assert json.loads((out / "manifest.json").read_text())["version"] == "999.0.0"


def test_full_reprocesses_everything_with_the_same_bytes(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    before = table_files(out)
    summary = run_pipeline(drop, out, full=True)
    assert summary.n_processed == 3 and summary.tables_written
    assert table_files(out) == before


def test_two_workers_give_the_same_tables(tmp_path, drop, run_pipeline):
    for i in range(4, 9):
        write(drop, f"more/{i}.txt", german(i) if i % 2 else english(i))
    run_pipeline(drop, tmp_path / "one", workers=1)
    run_pipeline(drop, tmp_path / "two", workers=2)
    assert table_files(tmp_path / "two") == table_files(tmp_path / "one")


# ---------------------------------------------------------------- killed runs, atomic writes

def _assert_whole_and_unchanged(out: Path, before: dict[str, bytes]) -> None:
    assert table_files(out) == before
    for table in TABLES:
        read_table(out, table)  # parseable with the contract's dtypes
    assert not list(out.glob(".*.tmp"))


def test_interrupted_run_keeps_old_tables_and_next_run_completes(tmp_path, run_pipeline,
                                                                  monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for i in range(3):
        write(raw, f"first/{i}.txt", german(i))
    run_pipeline(raw, out)
    before = table_files(out)
    for i in range(3, 10):
        write(raw, f"second/{i}.txt", english(i) if i % 2 else german(i))

    real, calls = run_module.process_chunk, []

    def interrupted(chunk, config):
        calls.append(len(chunk))
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(chunk, config)

    monkeypatch.setattr(run_module, "CHUNK_SIZE", 2)
    monkeypatch.setattr(run_module, "process_chunk", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(raw, out)
    _assert_whole_and_unchanged(out, before)

    monkeypatch.setattr(run_module, "process_chunk", real)
    resumed = run_pipeline(raw, out)
    assert resumed.n_processed == 7 - 4  # the four finished before the interrupt are kept
    assert resumed.status_counts == {"ok": 10}
    run_pipeline(raw, tmp_path / "clean", full=True)
    assert table_files(out) == table_files(tmp_path / "clean")


def test_failure_while_writing_tables_leaves_old_tables_whole(tmp_path, drop, run_pipeline,
                                                              monkeypatch):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    before = table_files(out)
    write(drop, "d.txt", german(4))
    real_write = tables_module.TableWriter.write

    def failing(self, rows):
        if self.table is MENTIONS:
            raise OSError(28, "No space left on device")
        return real_write(self, rows)

    monkeypatch.setattr(tables_module.TableWriter, "write", failing)
    with pytest.raises(OSError):
        run_pipeline(drop, out)
    _assert_whole_and_unchanged(out, before)
    monkeypatch.setattr(tables_module.TableWriter, "write", real_write)
    assert run_pipeline(drop, out).n_processed == 0  # d.txt was finished and cached
    assert "d.txt" in documents(out)


def test_leftover_temp_files_of_a_killed_run_are_removed(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    leftovers = [write(out, ".mentions.csv.x1.tmp", b"half"),
                 write(out, ".cache/.abc.json.x2.tmp", b"{")]
    write(drop, "d.txt", german(4))
    run_pipeline(drop, out)
    assert not any(p.exists() for p in leftovers)


def test_sigkill_midway_leaves_tables_whole_and_next_run_completes(tmp_path, run_pipeline):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for i in range(5):
        write(raw, f"a/{i:03d}.txt", german(i))
    run_pipeline(raw, out)
    before = table_files(out)
    manifest_before = (out / "manifest.json").read_bytes()
    for i in range(5, 120):
        write(raw, f"b/{i:03d}.txt", english(i) if i % 3 == 0 else german(i))

    # the real command line in a real process, with small chunks so that finished
    # documents are stored early and the kill surely lands in the middle of the work
    command = ("import sys, pipeline.run as r; assert hasattr(r, 'CHUNK_SIZE'); "
               "r.CHUNK_SIZE = 8; from pipeline.cli import main; sys.exit(main(sys.argv[1:]))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", command, "run", "--input", str(raw),
                             "--output", str(out)], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(list((out / ".cache").glob("*.json"))) <= 5:  # wait for a finished chunk
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    _assert_whole_and_unchanged(out, before)
    assert (out / "manifest.json").read_bytes() == manifest_before

    resumed = run_pipeline(raw, out, workers=2)
    assert resumed.n_processed < 115  # what the killed run finished is kept
    assert resumed.status_counts == {"ok": 120}
    run_pipeline(raw, tmp_path / "clean", workers=2, full=True)
    assert table_files(out) == table_files(tmp_path / "clean")


# ---------------------------------------------------------------- failures

def test_bad_documents_become_rows_and_good_ones_keep_theirs(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    write(raw, "good_de.txt", german(1))
    write(raw, "good_en.txt", english(2))
    write(raw, "sloppy.html", "<html><body><p>Hamburg, 01.02.2017<div><b>Das Netzwerk "
                              "Maritime Wirtschaft hat neue Mitglieder aus Industrie und "
                              "Forschung gewonnen</p></span><p>und plant weitere Treffen.")
    write(raw, "empty.txt", b"")
    write(raw, "blank.txt", b"  \n\n\t ")
    write(raw, "nul.txt", b"Stuttgart\x00\x00\x00 some text\x00 with NUL bytes")
    write(raw, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    write(raw, "undecodable.txt", b"\x81\x8d\x8f\x90\x9d" * 40)
    write(raw, "big.txt", german(9) * 20)
    write(raw, "broken.html", "<html><head><script>var x = '<p>';</script></head><body>"
                              "<div><span></p></div></b><<<>>></body>")
    os.symlink(raw / "does-not-exist.txt", raw / "dangling.txt")
    small = config_file(tmp_path, "[ingest]\nmax_bytes = 2000\n")
    assert len(german(1).encode()) < 2000 < len((german(9) * 20).encode())
    summary = run_pipeline(raw, tmp_path / "out", config=small)
    out = tmp_path / "out"
    docs = documents(out)
    assert len(docs) == 11
    expected = {"empty.txt": ("error", "empty"), "blank.txt": ("error", "empty"),
                "nul.txt": ("error", "NUL"), "image.png": ("error", "PNG"),
                "undecodable.txt": ("error", "undecodable"), "big.txt": ("skipped", "too large"),
                "broken.html": (None, ""), "dangling.txt": ("error", "unreadable")}
    for path, (status, reason) in expected.items():
        doc = docs[path]
        assert doc["status"] in ((status,) if status else ("error", "skipped")), (path, doc)
        assert doc["error"] and reason in doc["error"], (path, doc)
        assert doc["doc_id"] not in doc_ids_in(out, DATES)
    for path in ("good_de.txt", "good_en.txt", "sloppy.html"):
        assert docs[path]["status"] == "ok" and docs[path]["error"] == ""
        assert rows_of(out, docs[path]["doc_id"])[DATES.name], path
    assert summary.status_counts["ok"] == 3
    assert sum(summary.status_counts.values()) == 11
    # failed documents are not retried while unchanged
    assert run_pipeline(raw, out, config=small).n_processed == 0


def test_exception_in_extraction_costs_only_that_document(tmp_path, run_pipeline, monkeypatch):
    raw = tmp_path / "raw"
    for i in range(4):
        write(raw, f"{i}.txt", german(i))
    write(raw, "2.txt", german(2).replace("Meldung", "EXPLODE Meldung"))
    real = process_module.extract_stage.extract

    def fragile(doc, language, doc_id):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom in extraction")
        return real(doc, language, doc_id)

    monkeypatch.setattr(process_module.extract_stage, "extract", fragile)
    out = tmp_path / "out"
    summary = run_pipeline(raw, out)
    docs = documents(out)
    assert docs["2.txt"]["status"] == "error"
    assert "boom in extraction" in docs["2.txt"]["error"]
    assert docs["2.txt"]["language"] == "de"
    assert docs["2.txt"]["doc_id"] not in doc_ids_in(out, DATES)
    for path in ("0.txt", "1.txt", "3.txt"):
        assert docs[path]["status"] == "ok"
        assert rows_of(out, docs[path]["doc_id"])[DATES.name]
    assert summary.status_counts == {"ok": 3, "error": 1}


def test_exception_in_cleaning_costs_only_that_document(tmp_path, run_pipeline, monkeypatch):
    raw = tmp_path / "raw"
    write(raw, "good.txt", german(1))
    write(raw, "bad.html", html_page(2).replace("Hamburg", "EXPLODE Hamburg"))
    real = process_module.clean_stage.clean

    def fragile(text, fmt):
        if "EXPLODE" in text:
            raise ValueError("unparseable markup")
        return real(text, fmt)

    monkeypatch.setattr(process_module.clean_stage, "clean", fragile)
    out = tmp_path / "out"
    run_pipeline(raw, out)
    docs = documents(out)
    assert docs["bad.html"]["status"] == "error"
    assert "unparseable markup" in docs["bad.html"]["error"]
    assert docs["good.txt"]["status"] == "ok"
    assert rows_of(out, docs["good.txt"]["doc_id"])[DATES.name]


# ---------------------------------------------------------------- duplicates

def test_duplicate_bytes_processed_once_and_second_copy_skipped(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    write(raw, "a.txt", german(1))
    write(raw, "copies/a-copy.txt", german(1))
    write(raw, "b.txt", english(2))
    out = tmp_path / "out"
    summary = run_pipeline(raw, out)
    assert summary.n_processed == 2
    docs = documents(out)
    assert docs["a.txt"]["doc_id"] == docs["copies/a-copy.txt"]["doc_id"]
    assert docs["a.txt"]["status"] == "ok"
    assert docs["copies/a-copy.txt"]["status"] == "skipped"
    assert docs["copies/a-copy.txt"]["error"] == "duplicate of a.txt"
    doc_id = docs["a.txt"]["doc_id"]
    dates = rows_of(out, doc_id)[DATES.name]
    assert dates and len(dates) == len({(r["start_char"], r["text"]) for r in dates})
    assert summary.status_counts == {"ok": 2, "skipped": 1}
    # the first copy removed: the other one now carries the rows
    (raw / "a.txt").unlink()
    assert run_pipeline(raw, out).n_processed == 0
    docs = documents(out)
    assert docs["copies/a-copy.txt"]["status"] == "ok"
    assert rows_of(out, doc_id)[DATES.name] == dates


# ---------------------------------------------------------------- damaged state, odd layouts

def test_damaged_manifest_costs_no_reprocessing(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    before = table_files(out)
    (out / "manifest.json").write_text('{"files": {"a.txt"', encoding="utf-8")
    summary = run_pipeline(drop, out)
    assert summary.n_processed == 0  # the cache files carry their fingerprints
    assert table_files(out) == before
    assert json.loads((out / "manifest.json").read_text())["files"].keys() == documents(out).keys()


def test_damaged_cache_file_is_processed_again(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    before = table_files(out)
    damaged = out / ".cache" / f"{documents(out)['a.txt']['doc_id']}.json"
    damaged.write_text('{"doc_id": "trunc', encoding="utf-8")
    write(drop, "d.txt", german(4))  # something to do, so the tables are written
    run_pipeline(drop, out)
    json.loads(damaged.read_text(encoding="utf-8"))  # whole again
    (drop / "d.txt").unlink()
    run_pipeline(drop, out)
    assert table_files(out) == before


def test_touched_file_is_not_processed_again(tmp_path, drop, run_pipeline):
    out = tmp_path / "out"
    run_pipeline(drop, out)
    before = table_files(out)
    os.utime(drop / "a.txt", ns=(time.time_ns(), time.time_ns() + 10**9))
    summary = run_pipeline(drop, out)
    assert summary.n_processed == 0
    assert table_files(out) == before


def test_output_folder_inside_the_input_is_not_read_as_documents(tmp_path, drop, run_pipeline):
    out = drop / "processed"
    run_pipeline(drop, out)
    summary = run_pipeline(drop, out)
    assert summary.n_files == 3 and summary.n_processed == 0
    assert set(documents(out)) == {"a.txt", "sub/b.md", "c.html"}


def test_first_chunk_warms_the_pipeline_and_later_chunks_free_their_strings():
    """The first chunk through a pipeline runs outside spaCy's memory zone (its words stay
    cached); later chunks run inside one, so their strings do not pile up."""
    import spacy

    from pipeline import process

    nlp = spacy.blank("en")
    with process._memory_zone(nlp):
        nlp("Zyxwarmword arrives first")
    with process._memory_zone(nlp):
        nlp("Qwvfreedword arrives later")
    assert "Zyxwarmword" in nlp.vocab.strings
    assert "Qwvfreedword" not in nlp.vocab.strings


# ---------------------------------------------------------------- the drop's boundary

def test_symlink_to_a_file_outside_the_input_is_skipped_and_not_read(tmp_path, run_pipeline):
    raw, out = tmp_path / "raw", tmp_path / "out"
    secret = write(tmp_path / "elsewhere", "secret.txt", german(9).replace("Meldung", "GEHEIM"))
    write(raw, "a.txt", german(1))
    (raw / "leak.txt").symlink_to(secret)
    (raw / "inside.txt").symlink_to(raw / "a.txt")  # a link within the drop is read
    summary = run_pipeline(raw, out)
    docs = documents(out)
    assert docs["leak.txt"]["status"] == "skipped"
    assert docs["leak.txt"]["error"] == "symlink to a file outside the input folder: not read"
    assert docs["inside.txt"]["status"] == "skipped"  # read: a duplicate of a.txt's bytes
    assert docs["inside.txt"]["error"] == "duplicate of a.txt"
    texts = [p.read_text(encoding="utf-8") for p in (out / "text").glob("*.txt")]
    assert not any("GEHEIM" in text for text in texts)
    assert all("GEHEIM" not in p.read_text(encoding="utf-8") for p in out.glob("*.csv"))
    assert summary.status_counts == {"ok": 1, "skipped": 2}


def test_folder_links_are_not_entered_and_cycles_do_not_hang(tmp_path, run_pipeline):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(tmp_path / "elsewhere", "deep/other.txt", german(8))
    write(raw, "sub/a.txt", german(1))
    (raw / "outside").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (raw / "sub" / "loop").symlink_to(raw, target_is_directory=True)  # a folder cycle
    (raw / "self.txt").symlink_to(raw / "self.txt")  # a link to itself
    (raw / "ping.txt").symlink_to(raw / "pong.txt")
    (raw / "pong.txt").symlink_to(raw / "ping.txt")
    run_pipeline(raw, out)
    docs = documents(out)
    assert sorted(docs) == ["ping.txt", "pong.txt", "self.txt", "sub/a.txt"]
    assert docs["sub/a.txt"]["status"] == "ok"
    for looped in ("ping.txt", "pong.txt", "self.txt"):
        assert docs[looped]["status"] == "error"
        assert docs[looped]["error"].startswith("unreadable file:")


def _after_scan(monkeypatch, action) -> None:
    real = run_module.scan_input

    def scan_then_act(*args, **kwargs):
        entries = real(*args, **kwargs)
        action()
        return entries

    monkeypatch.setattr(run_module, "scan_input", scan_then_act)


def test_file_that_vanishes_or_changes_during_the_run_is_an_error_row(tmp_path, run_pipeline,
                                                                      monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for i in range(3):
        write(raw, f"{i}.txt", german(i))

    def meddle():
        (raw / "0.txt").unlink()
        write(raw, "1.txt", german(1) + "Nachtrag.\n")

    _after_scan(monkeypatch, meddle)
    summary = run_pipeline(raw, out)
    docs = documents(out)
    assert docs["0.txt"]["status"] == "error"
    assert docs["0.txt"]["error"].startswith("unreadable file:")
    assert docs["1.txt"]["status"] == "error"
    assert docs["1.txt"]["error"] == ("file changed while the run read it; "
                                      "the next run reads it again")
    assert docs["2.txt"]["status"] == "ok"
    assert summary.status_counts == {"ok": 1, "error": 2}
    monkeypatch.undo()
    again = run_pipeline(raw, out)  # the changed file is read as it is now
    assert documents(out)["1.txt"]["status"] == "ok"
    assert again.status_counts == {"ok": 2}


def test_second_run_on_the_same_output_is_refused_and_a_stale_lock_is_not(tmp_path,
                                                                          run_pipeline):
    from pipeline.cli import main as cli_main

    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw, "a.txt", german(1))
    run_pipeline(raw, out)
    # another process holds the output folder, as a running run does
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a+'); "
         "fcntl.lockf(f, fcntl.LOCK_EX); f.truncate(0); f.write('4242'); f.flush(); "
         "print('locked', flush=True); time.sleep(120)", str(out / ".lock")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = table_files(out)
        with pytest.raises(run_module.RunError, match=r"another run \(pid 4242\) is writing to"):
            run_pipeline(raw, out, full=True)
        assert table_files(out) == before
    finally:
        holder.kill()
        holder.wait()
    # the holder was killed: its lock went with it
    assert cli_main(["run", "--input", str(raw), "--output", str(out), "--full"]) == 0


def test_refused_run_says_so_in_one_line(tmp_path, run_pipeline, capsys):
    from pipeline.cli import main as cli_main

    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw, "a.txt", german(1))
    command = ("import sys; from pipeline import run as r; f = r.lock_output(r.Path(sys.argv[1])); "
               "print('locked', flush=True); sys.stdin.read()")
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", command, str(out)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert cli_main(["run", "--input", str(raw), "--output", str(out)]) == 2
    finally:
        holder.stdin.close()
        holder.wait()
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"error: another run (pid {holder.pid}) is writing to {out}")
    assert cli_main(["run", "--input", str(raw), "--output", str(out)]) == 0


# ---------------------------------------------------------------- spreadsheet safety

HOSTILE_TITLE = "=cmd|' /C calc'!A0"
HOSTILE_LINE = '=HYPERLINK("http://evil.example","x")'


def hostile_drop(raw: Path) -> Path:
    write(raw, "formula.txt", f"{HOSTILE_LINE}\n\n" + german(1))
    write(raw, "title.html", html_page(2).replace("Cluster news", HOSTILE_TITLE))
    return raw


def test_cells_a_spreadsheet_would_run_are_escaped_and_readers_get_them_back(tmp_path,
                                                                            run_pipeline):
    raw, out = hostile_drop(tmp_path / "raw"), tmp_path / "out"
    run_pipeline(raw, out)
    for table in TABLES:
        for row in rows(out, table):
            assert not [v for v in row.values() if v[:1] in ("=", "+", "-", "@", "\t", "\r")]
    docs = documents(out)
    assert docs["formula.txt"]["title"] == "'" + HOSTILE_LINE
    assert docs["title.html"]["title"] == "'" + HOSTILE_TITLE
    frame = read_table(out, DOCUMENTS).set_index("source_path")
    assert frame.loc["formula.txt", "title"] == HOSTILE_LINE
    assert frame.loc["title.html", "title"] == HOSTILE_TITLE
    # offsets still point at the raw text
    for mention in read_table(out, MENTIONS).to_dict("records"):
        text = (out / "text" / f"{mention['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[mention["start_char"]:mention["end_char"]] == mention["text"]


def test_csv_raw_writes_cells_as_they_are_and_switching_rewrites_the_tables(tmp_path):
    from pipeline.cli import main as cli_main

    raw, out = hostile_drop(tmp_path / "raw"), tmp_path / "out"
    command = ["run", "--input", str(raw), "--output", str(out)]
    assert cli_main(command + ["--csv-raw"]) == 0
    assert documents(out)["title.html"]["title"] == HOSTILE_TITLE
    frame = read_table(out, DOCUMENTS).set_index("source_path")
    assert frame.loc["title.html", "title"] == HOSTILE_TITLE  # nothing stripped from raw cells
    assert cli_main(command) == 0  # nothing else changed: the tables are escaped now
    assert documents(out)["title.html"]["title"] == "'" + HOSTILE_TITLE
    assert read_table(out, DOCUMENTS).set_index("source_path").loc["title.html", "title"] \
        == HOSTILE_TITLE
