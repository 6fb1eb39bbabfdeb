"""The Dask executor: a run on a two-process LocalCluster writes exactly the tables of
a local run, through the real command line; an unreachable scheduler is a clear error.
Skipped when the `dask` extra is not installed (`make test` installs it)."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed "
                                          "(pip install -e '.[test,dask]'; `make test` does)")

from pipeline import run as run_module  # noqa: E402
from pipeline.bench import generate_corpus  # noqa: E402
from pipeline.cli import main as cli_main  # noqa: E402
from pipeline.run import RunError, run  # noqa: E402
from pipeline.schemas import TABLES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pipeline" / "config.toml"


def make_drop(folder: Path) -> Path:
    """Synthetic German and English releases (txt, HTML, Markdown) plus the awkward
    cases: an empty file, a byte-identical duplicate, a language we do not extract."""
    generate_corpus(folder, 8, seed=7)
    first = sorted(folder.rglob("*.*"))[0]
    (folder / "zz-copy-of-first.txt").write_bytes(first.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fr.txt").write_text(
        "Le pôle de compétitivité a présenté mardi sa nouvelle feuille de route aux "
        "entreprises membres. Les projets communs portent sur l'énergie, les matériaux "
        "et la formation des salariés dans toute la région.", encoding="utf-8")
    return folder


def folder_bytes(folder: Path) -> dict[str, bytes]:
    files = {t.filename: (folder / t.filename).read_bytes() for t in TABLES}
    files.update({f"text/{p.name}": p.read_bytes() for p in (folder / "text").glob("*.txt")})
    return files


@pytest.mark.slow
def test_dask_run_writes_the_local_runs_tables_byte_for_byte(tmp_path, config, monkeypatch):
    from distributed import Client, LocalCluster

    raw = make_drop(tmp_path / "raw")
    # small chunks, so that both workers get several and the order has to be restored
    monkeypatch.setattr(run_module, "CHUNK_SIZE", 2)
    from pipeline.executors import LocalExecutor

    local = run(raw, tmp_path / "local", config, executor=LocalExecutor(1), progress=False)
    assert local.status_counts == {"ok": 8, "skipped": 2, "error": 1}

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        status = cli_main(["run", "--input", str(raw), "--output", str(tmp_path / "dask"),
                           "--config", str(CONFIG), "--executor", "dask",
                           "--scheduler", cluster.scheduler_address])
        assert status == 0
        with Client(cluster) as client:  # the chunks were shared by both worker processes
            executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
        assert len(executed) == 2 and all(n > 0 for n in executed.values())
        assert sum(executed.values()) == 5  # 10 distinct documents in chunks of 2

    assert folder_bytes(tmp_path / "dask") == folder_bytes(tmp_path / "local")


def test_unreachable_scheduler_is_a_run_error(tmp_path, config):
    from pipeline.executors_dask import DaskExecutor

    raw = make_drop(tmp_path / "raw")
    executor = DaskExecutor("tcp://127.0.0.1:9", timeout="2s")
    with pytest.raises(RunError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run(raw, tmp_path / "out", config, executor=executor, progress=False)


def test_cli_needs_a_scheduler_address(tmp_path, capsys):
    raw = make_drop(tmp_path / "raw")
    status = cli_main(["run", "--input", str(raw), "--output", str(tmp_path / "out"),
                       "--config", str(CONFIG), "--executor", "dask"])
    assert status == 2
    assert "--scheduler" in capsys.readouterr().err
