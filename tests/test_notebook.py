"""notebooks/explore.ipynb runs top to bottom (nbclient) against real output, so it
never goes stale: the sample documents in data/raw/, and the hand-made sample output
whose answers are known."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis_sample import write_sample_output

nbformat = pytest.importorskip("nbformat", reason="nbformat not installed (pip install -e '.[analysis]')")
nbclient = pytest.importorskip("nbclient", reason="nbclient not installed (pip install -e '.[analysis]')")
pytest.importorskip("ipykernel", reason="ipykernel not installed (pip install -e '.[analysis]')")
pytest.importorskip("matplotlib", reason="matplotlib not installed (pip install -e '.[analysis]')")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def execute(monkeypatch, output: Path, **env) -> tuple[str, int]:
    """Run the notebook against `output`; returns (all printed text, number of plots)."""
    monkeypatch.setenv("PIPELINE_OUTPUT", str(output))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    for name in ("AS_OF", "CLUSTER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on any failing cell
    printed, images = [], 0
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                printed.append(out["text"])
            if "image/png" in out.get("data", {}):
                images += 1
    return "".join(printed), images


def test_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)
    text = "\n".join(c.source for c in notebook.cells)
    assert "two years after award" in text and "PIPELINE_OUTPUT" in text


def test_notebook_runs_on_the_sample_documents(tmp_path, run_pipeline, monkeypatch):
    output = tmp_path / "out"
    run_pipeline(ROOT / "data" / "raw", output)
    printed, images = execute(monkeypatch, output)
    assert f"output folder: {output.resolve()}" in printed
    for n in (1, 2, 3):
        assert f"ANSWER {n}" in printed
    assert images >= 3


def test_notebook_answers_on_known_output(tmp_path, monkeypatch):
    output = write_sample_output(tmp_path / "out")
    printed, images = execute(monkeypatch, output, AS_OF="2021-06-01",
                              CLUSTER="Rheinaue Mobility Network")
    assert ("ANSWER 1 (as of 2021-06-01): Rheinaue Mobility Network gold; "
            "Nordic Water Cluster silver") in printed
    assert ("ANSWER 2 (Rheinaue Mobility Network): gold 2018-06 2020-06; "
            "gold 2020-07 2022-07") in printed
    assert "Nordic Water Cluster organisation Baltic Institute of Technology 2" in printed
    assert "partners with the most clusters: Baltic Institute of Technology organisation 2" in printed
    assert images >= 3
