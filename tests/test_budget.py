"""The time budget per document and dead workers: a document that runs too long, or
whose worker process dies, costs one error row and the run goes on, with one worker
(in this process), with several, and on the Dask executor.

A stage is made to hang or to kill its process by a marker word (monkeypatched before
the pool forks, so the workers inherit it); the budget is 1 s so that the tests are short.
"""
from __future__ import annotations

import copy
import logging
import os
import signal
import time
from pathlib import Path

import pytest

from pipeline import budget
from pipeline import process as process_module
from pipeline.executors import LocalExecutor
from pipeline.run import run
from pipeline.schemas import DOCUMENTS, read_table

TEXT = ("Der Cluster Nordmetall e.V. aus Bremen hat am 12. März 2021 das Gold-Label der "
        "European Secretariat for Cluster Analysis erhalten. Die Geschäftsstelle betreut "
        "mehr als hundert Unternehmen und Hochschulen in der Region. {marker} Nummer {n}.")


def make_drop(folder: Path, markers: dict[int, str], n: int = 6) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"{i}.txt").write_text(TEXT.format(marker=markers.get(i, ""), n=i),
                                         encoding="utf-8")
    return folder


def documents(out: Path) -> dict[str, dict]:
    frame = read_table(out, DOCUMENTS)
    return {row["source_path"]: row for row in frame.to_dict("records")}


@pytest.fixture
def quick(config):
    """The default config with a one-second budget."""
    configured = copy.deepcopy(config)
    configured["limits"]["document_seconds"] = 1
    return configured


def hang_in(monkeypatch, module, name: str, marker: str = "HANG") -> None:
    """Make `module.name` spin (pure Python, as a runaway rule would) on a marked text."""
    real = getattr(module, name)

    def slow(text, *args, **kwargs):
        if marker in str(text):
            while True:
                sum(range(1000))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(module, name, slow)


def test_default_budget_is_sixty_seconds(config):
    assert budget.budget_seconds(config) == 60


def test_within_raises_in_the_stage_that_overran():
    budget.enter("language")
    with pytest.raises(budget.DocumentTimeout, match=r"^timed out after 0.2 s in language$"):
        with budget.within(0.2):
            time.sleep(30)
    with budget.within(0.2):
        pass
    time.sleep(0.4)  # a disarmed budget never fires later


def test_within_interrupts_a_long_regular_expression_search():
    import re

    with pytest.raises(budget.DocumentTimeout):
        with budget.within(0.5):
            re.search(r"\S+@\S+\.\w+", "x" * 400_000)  # quadratic: minutes without a budget


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("stage, module, name", [
    ("language", process_module.language_stage, "detect"),
    ("clean", process_module.clean_stage, "clean"),
])
def test_document_over_budget_is_an_error_row_and_the_run_goes_on(
        tmp_path, quick, monkeypatch, workers, stage, module, name):
    hang_in(monkeypatch, module, name)
    raw = make_drop(tmp_path / "raw", {2: "HANG"})
    out = tmp_path / "out"
    summary = run(raw, out, quick, executor=LocalExecutor(workers), progress=False)
    docs = documents(out)
    assert docs["2.txt"]["status"] == "error"
    assert docs["2.txt"]["error"] == f"timed out after 1 s in {stage}"
    assert all(docs[f"{i}.txt"]["status"] == "ok" for i in (0, 1, 3, 4, 5))
    assert summary.status_counts == {"ok": 5, "error": 1}


def test_budget_covers_nlp_and_extract_in_a_batch(tmp_path, quick, monkeypatch):
    """A document that hangs in extraction times out there; its batch-mates keep their rows."""
    real = process_module.extract_stage.extract

    def slow(doc, language, doc_id):
        if "HANG" in doc.text:
            while True:
                sum(range(1000))
        return real(doc, language, doc_id)

    monkeypatch.setattr(process_module.extract_stage, "extract", slow)
    raw = make_drop(tmp_path / "raw", {0: "HANG", 4: "HANG"})
    out = tmp_path / "out"
    run(raw, out, quick, executor=LocalExecutor(1), progress=False)
    docs = documents(out)
    for path in ("0.txt", "4.txt"):
        assert docs[path]["error"] == "timed out after 1 s in extract"
        assert docs[path]["language"] == "de"  # what the text stages found is kept
    assert [docs[f"{i}.txt"]["status"] for i in (1, 2, 3, 5)] == ["ok"] * 4


def test_budget_zero_means_no_budget(tmp_path, config, monkeypatch):
    unlimited = copy.deepcopy(config)
    unlimited["limits"]["document_seconds"] = 0
    assert budget.budget_seconds(unlimited) == 0
    raw = make_drop(tmp_path / "raw", {}, n=2)
    summary = run(raw, tmp_path / "out", unlimited, executor=LocalExecutor(1), progress=False)
    assert summary.status_counts == {"ok": 2}


def test_killed_worker_is_replaced_and_only_its_document_is_lost(tmp_path, config, monkeypatch):
    real = process_module.clean_stage.clean

    def deadly(text, fmt):
        if "KILLME" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, fmt)

    monkeypatch.setattr(process_module.clean_stage, "clean", deadly)
    monkeypatch.setattr("pipeline.run.CHUNK_SIZE", 2)
    raw = make_drop(tmp_path / "raw", {1: "KILLME", 6: "KILLME"}, n=9)
    out = tmp_path / "out"
    summary = run(raw, out, config, executor=LocalExecutor(2), progress=False)
    docs = documents(out)
    for path in ("1.txt", "6.txt"):
        assert docs[path]["status"] == "error"
        assert docs[path]["error"].startswith("worker process died while processing this document")
    assert summary.status_counts == {"ok": 7, "error": 2}
    # the lost documents are rows like any error: a second run keeps them as they are
    again = run(raw, out, config, executor=LocalExecutor(2), progress=False)
    assert again.n_processed == 0


def test_worker_stuck_where_the_budget_cannot_reach_is_stopped(tmp_path, quick, monkeypatch):
    """A stage stuck in native code never sees the alarm; here the alarm is blocked while
    the stage sleeps. The run stops that worker, replaces it and goes on."""
    real = process_module.clean_stage.clean

    def stuck(text, fmt):
        if "STUCK" in text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(600)
        return real(text, fmt)

    monkeypatch.setattr(process_module.clean_stage, "clean", stuck)
    monkeypatch.setattr("pipeline.run.CHUNK_SIZE", 2)
    raw = make_drop(tmp_path / "raw", {3: "STUCK"})
    out = tmp_path / "out"
    summary = run(raw, out, quick, executor=LocalExecutor(2), progress=False)
    docs = documents(out)
    assert docs["3.txt"]["error"] == ("timed out after 1 s; its worker process did not respond "
                                      "and was stopped")
    assert summary.status_counts == {"ok": 5, "error": 1}


@pytest.mark.slow
def test_dask_executor_keeps_the_budget(tmp_path, quick, monkeypatch):
    """Workers that run tasks in threads (here a LocalCluster of threads, so that the
    patched stage is seen) are held to the budget too."""
    distributed = pytest.importorskip("distributed")
    from pipeline.executors_dask import DaskExecutor

    hang_in(monkeypatch, process_module.language_stage, "detect")
    raw = make_drop(tmp_path / "raw", {3: "HANG"})
    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1,
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            distributed.Client(cluster) as client:
        summary = run(raw, out, quick, executor=DaskExecutor(client=client), progress=False)
    docs = documents(out)
    assert docs["3.txt"]["error"] == "timed out after 1 s in language"
    assert summary.status_counts == {"ok": 5, "error": 1}


def _die_on_marker(chunk, config):
    """A chunk function for the Dask test: kills its worker process on a marked item."""
    if any(item == "KILLME" for item in chunk):
        os.kill(os.getpid(), signal.SIGKILL)
    return [item.upper() for item in chunk]


_die_on_marker.on_lost = lambda item, reason: f"lost {item}: {reason}"


@pytest.mark.slow
def test_dask_worker_killed_by_an_item_loses_only_that_item(monkeypatch):
    distributed = pytest.importorskip("distributed")
    import dask

    from pipeline.executors_dask import DaskExecutor

    # the worker processes import this module by name to run the chunk function
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]))
    chunks = [["a", "b"], ["c", "KILLME", "d"], ["e"]]
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=1, processes=True, threads_per_worker=1,
                                     dashboard_address=None,
                                     silence_logs=logging.CRITICAL) as cluster, \
            distributed.Client(cluster) as client:
        results = list(DaskExecutor(client=client).map_chunks(_die_on_marker, iter(chunks), {}))
    assert results[0] == ["A", "B"] and results[2] == ["E"]
    assert results[1][0] == "C" and results[1][2] == "D"
    assert results[1][1].startswith("lost KILLME: worker process died while processing")
