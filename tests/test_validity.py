"""The label-validity model (pipeline/validity.py) is one module: the report, the
notebook and the database take it from there. The rule itself is tested through the
report's and the database's answers (test_report.py, test_db.py check they agree)."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline import db, report, validity

ROOT = Path(__file__).resolve().parents[1]


def test_report_and_database_use_the_one_model():
    for name in ("label_validity", "tiers_as_of", "label_history", "period", "add_years",
                 "VALIDITY_YEARS", "TIER_RANK"):
        assert getattr(report, name) is getattr(validity, name), name
    assert db.VIEWS_SQL.startswith(validity.VIEWS_SQL)
    for view in ("label_validity", "tiers_as_of", "current_tiers", "label_history", "entity_names"):
        assert f" {view}" in validity.VIEWS_SQL, view


def test_the_sql_states_the_constants_of_the_model():
    assert f"INTERVAL {validity.VALIDITY_YEARS} YEAR" in validity.VIEWS_SQL
    assert "@" not in validity.VIEWS_SQL
    for tier, rank in validity.TIER_RANK.items():
        assert f"WHEN '{tier}' THEN {rank}" in validity.VIEWS_SQL


def test_the_notebook_imports_the_model():
    notebook = json.loads((ROOT / "notebooks" / "explore.ipynb").read_text(encoding="utf-8"))
    code = "".join("".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code")
    assert "from pipeline.validity import" in code
