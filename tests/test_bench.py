"""The benchmark's synthetic corpus and command, and the local executor it drives.
Speed targets live in `make bench`, not here: these tests check behaviour only."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from pipeline import bench
from pipeline.cli import main as cli_main
from pipeline.executors import LocalExecutor, WorkerCrashed
from pipeline.run import RunError

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pipeline" / "config.toml"


def corpus_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.*"))}


def test_corpus_is_deterministic_for_a_seed(tmp_path):
    first = bench.generate_corpus(tmp_path / "a", 30, seed=3)
    bench.generate_corpus(tmp_path / "b", 30, seed=3)
    bench.generate_corpus(tmp_path / "c", 30, seed=4)
    assert corpus_bytes(tmp_path / "a") == corpus_bytes(tmp_path / "b")
    assert corpus_bytes(tmp_path / "a") != corpus_bytes(tmp_path / "c")
    assert first.n_docs == 30 == len(corpus_bytes(tmp_path / "a"))
    # document i does not depend on how many come before or after it
    assert bench.render(bench.make_release(7, 3)) == (tmp_path / "a" / "000" / next(
        p.name for p in (tmp_path / "a" / "000").iterdir() if p.name.startswith("000007"))).read_bytes()


def test_corpus_mixes_languages_formats_and_entities(tmp_path):
    stats = bench.generate_corpus(tmp_path, 120, seed=0)
    assert set(stats.languages) == {"de", "en"} and min(stats.languages.values()) >= 30
    assert set(stats.formats) == {"txt", "html", "md"}
    assert 340 <= stats.n_words / stats.n_docs <= 520
    releases = [bench.make_release(i, 0) for i in range(120)]
    texts = ["\n".join(r.paragraphs) for r in releases]
    # the things the pipeline extracts vary from release to release
    tiers = {t for t in ("Gold", "Silber", "Silver", "Bronze") if any(t in x for x in texts)}
    assert tiers == {"Gold", "Silber", "Silver", "Bronze"}
    clusters = {r.paragraphs[-2].split(":")[0] for r in releases}  # "About the X: ..."
    assert len(clusters) > 60
    assert all(len(set(r.paragraphs)) >= 4 for r in releases)
    html = next(p for p in tmp_path.rglob("*.html")).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<nav>" in html and "<footer>" in html


def test_bench_command_measures_a_small_corpus(tmp_path, capsys):
    out_json = tmp_path / "bench.json"
    status = cli_main(["bench", "--docs", "20", "--stages", "5", "--json", str(out_json),
                       "--config", str(CONFIG), "--workdir", str(tmp_path / "work")])
    assert status == 0
    printed = capsys.readouterr().out
    for label in ("docs/s", "words/s", "peak RSS", "no-op re-run", "pipeline/tokenizer"):
        assert label in printed
    result = json.loads(out_json.read_text(encoding="utf-8"))
    assert json.loads(printed.strip().splitlines()[-1]) == result  # the same numbers, as JSON
    assert result["docs"] == 20 and result["workers"] == 1
    assert result["run"]["status_counts"] == {"ok": 20}  # every synthetic release extracts
    assert result["run"]["rows"]["documents"] == 20 and result["run"]["rows"]["dates"] > 20
    assert result["run"]["docs_per_s"] > 0 and result["run"]["words_per_s"] > 0
    noop = result["noop"]
    assert noop["processed"] == 0 and noop["tables_written"] is False
    assert noop["command_seconds"] is not None  # `python -m pipeline run` agreed: nothing to do
    assert 0 < result["tokenizer"]["pipeline_fraction"] < 1
    assert result["tokenizer"]["docs"] == 20
    assert result["peak_rss_mb"]["main"] > 0
    assert "tables phase" in printed and result["tables"]["cpu_seconds"] > 0
    if sys.platform.startswith("linux"):  # the main process sampled while writing tables
        assert result["peak_rss_mb"]["main_tables"] > 0
        assert result["peak_rss_mb"]["main_before_tables"] > 0
    assert set(result["stages"]["ms_per_doc"]) == set(bench.STAGES)
    assert (tmp_path / "work" / "out" / "documents.csv").is_file()  # --workdir is kept


def test_bench_rejects_bad_arguments(capsys):
    assert cli_main(["bench", "--docs", "0"]) == 2
    assert "--docs" in capsys.readouterr().err


def _double(chunk, config):
    return [config["factor"] * x for x in chunk]


def _die_on_three(chunk, config):
    if 3 in chunk:
        os._exit(7)
    return chunk


def test_local_pool_keeps_order_and_reads_ahead_only_a_bounded_number_of_chunks():
    pulled = []

    def chunks():
        for i in range(12):
            pulled.append(i)
            yield [i, i + 100]

    executor = LocalExecutor(workers=2, max_in_flight=3)
    results = executor.map_chunks(_double, chunks(), {"factor": 2})
    first = next(results)
    assert first == [0, 200]
    assert len(pulled) == 3  # no more read ahead than may be in flight
    assert [first, *results] == [[2 * i, 2 * i + 200] for i in range(12)]


def test_a_dying_worker_is_a_run_error_not_a_hang():
    executor = LocalExecutor(workers=2)
    with pytest.raises(WorkerCrashed, match="worker process died") as caught:
        list(executor.map_chunks(_die_on_three, ([i] for i in range(6)), {}))
    assert isinstance(caught.value, RunError)
