"""Shared fixtures: a default config and a helper that runs the pipeline in-process."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.executors import LocalExecutor
from pipeline.run import run

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "raw"
SAMPLE_GOLD = ROOT / "data" / "gold"


@pytest.fixture(scope="session")
def config():
    return load_config(ROOT / "pipeline" / "config.toml")


@pytest.fixture
def run_pipeline(config):
    """run_pipeline(input_dir, output_dir, **kwargs) -> RunSummary, in this process."""

    def _run(input_dir, output_dir, workers=1, **kwargs):
        return run(Path(input_dir), Path(output_dir), kwargs.pop("config", config),
                   executor=LocalExecutor(workers), progress=False, **kwargs)

    return _run
