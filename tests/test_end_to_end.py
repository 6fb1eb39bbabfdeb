"""The whole path on a small drop: every table written with the contract's columns."""
from __future__ import annotations

import csv

from pipeline.schemas import TABLES, read_table


def write(folder, name, content, encoding="utf-8"):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


def test_every_table_written_with_contract_header(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    write(raw, "a.txt", "Heidelberg, 23.11.2018\n\nDer Software-Cluster hat im Juni 2013 das "
                        "Gold-Label der European Cluster Excellence Initiative erhalten. " * 3)
    summary = run_pipeline(raw, tmp_path / "out")
    for table in TABLES:
        with open(tmp_path / "out" / table.filename, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == table.column_names
        frame = read_table(tmp_path / "out", table)
        assert list(frame.columns) == table.column_names
    assert summary.status_counts == {"ok": 1}
    docs = read_table(tmp_path / "out", TABLES[0])
    doc_id = docs.loc[0, "doc_id"]
    assert (tmp_path / "out" / "text" / f"{doc_id}.txt").read_text(encoding="utf-8").startswith("Heidelberg")


def test_empty_input_writes_header_only_tables(tmp_path, run_pipeline):
    (tmp_path / "raw").mkdir()
    run_pipeline(tmp_path / "raw", tmp_path / "out")
    for table in TABLES:
        lines = (tmp_path / "out" / table.filename).read_text(encoding="utf-8").splitlines()
        assert lines == [",".join(table.column_names)]
