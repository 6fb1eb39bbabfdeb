"""Parquet copies and the DuckDB database (pipeline/db.py): same values and types as the
CSVs read per schemas.py, and views that answer as the pandas helpers do."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from analysis_sample import D2, write_sample_output
from pipeline import db, report, schemas
from pipeline.cli import main as cli_main

duckdb = pytest.importorskip("duckdb", reason="duckdb not installed (pip install -e '.[analysis]')")
pa = pytest.importorskip("pyarrow", reason="pyarrow not installed (pip install -e '.[analysis]')")
import pyarrow.parquet as pq  # noqa: E402

ARROW = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64()}
DUCK = {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return write_sample_output(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="module")
def con(sample):
    path = db.build_database(sample)
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def same_frame(left: pd.DataFrame, right: pd.DataFrame) -> None:
    def norm(frame):
        frame = frame.astype(object).where(frame.notna(), None)
        return sorted(map(tuple, frame.astype(str).values.tolist()))

    assert list(left.columns) == list(right.columns)
    assert norm(left) == norm(right)


# ------------------------------------------------------------------ Parquet

def test_run_writes_parquet_with_the_schema_types(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Stuttgart, 12.03.2019\n\nDer Beispiel-Cluster erhielt 2017 "
                               "das Gold-Label.\n", encoding="utf-8")
    (raw / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["run", "--input", str(raw), "--output", str(out),
                     "--format", "csv,parquet"]) == 0
    for table in schemas.TABLES:
        parquet = pq.read_table(out / f"{table.name}.parquet")
        assert parquet.schema.names == table.column_names
        assert [f.type for f in parquet.schema] == [ARROW[c.dtype] for c in table.columns]
        same_frame(parquet.to_pandas(), schemas.read_table(out, table))
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    assert len(docs) == 2 and docs["n_chars"].isna().sum() == 1  # a missing Int64 stays null


def test_parquet_of_the_sample_round_trips(sample):
    db.write_parquet(sample)
    for table in schemas.TABLES:
        same_frame(pq.read_table(sample / f"{table.name}.parquet").to_pandas(),
                   schemas.read_table(sample, table))


def test_unknown_format_is_refused(tmp_path, capsys):
    (tmp_path / "raw").mkdir()
    assert cli_main(["run", "--input", str(tmp_path / "raw"), "--output", str(tmp_path / "out"),
                     "--format", "csv,xlsx"]) == 2
    assert "unknown --format xlsx" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert db.parse_formats("parquet") == ("csv", "parquet")
    assert db.parse_formats("csv") == ("csv",)


def test_stale_parquet_is_removed_when_not_asked_for(tmp_path):
    folder = write_sample_output(tmp_path / "out")
    db.write_parquet(folder)
    labels_csv = folder / "labels.csv"
    later = (folder / "labels.parquet").stat().st_mtime_ns + 1_000_000_000
    os.utime(labels_csv, ns=(later, later))  # the CSV was rewritten after the copy
    db.sync_parquet(folder, wanted=False)
    assert not (folder / "labels.parquet").exists()
    assert (folder / "documents.parquet").exists()


# ------------------------------------------------------------------ DuckDB

def test_database_has_a_typed_table_per_csv(sample, con):
    for table in schemas.TABLES:
        described = con.execute(f'DESCRIBE "{table.name}"').fetchall()
        assert [(r[0], r[1]) for r in described] == [(c.name, DUCK[c.dtype]) for c in table.columns]
        frame = con.execute(f'SELECT * FROM "{table.name}"').df()
        same_frame(frame, schemas.read_table(sample, table))


@pytest.mark.parametrize("day", ["2017-03-01", "2019-01-01", "2019-03-01", "2021-06-01",
                                 "2022-07-31", "2022-08-01", "2030-01-01"])
def test_tiers_as_of_view_agrees_with_pandas(sample, con, day):
    frames = report.load_tables(sample)
    expected = report.tiers_as_of(frames["labels"], day, frames["entities"])
    got = con.execute("SELECT * FROM tiers_as_of(?::DATE)", [day]).df()
    columns = ["cluster", "tier", "awarded", "valid_until", "doc_id"]
    same_frame(got[columns], expected[columns])
    assert [str(d)[:10] for d in got["valid_to"]] == [str(d)[:10] for d in expected["valid_to"]]


def test_tiers_as_of_view_known_answer(con):
    rows = con.execute("SELECT cluster, tier FROM tiers_as_of(DATE '2019-01-01')").fetchall()
    assert rows == [("Rheinaue Mobility Network", "gold"), ("Nordic Water Cluster", "bronze")]
    assert con.execute("SELECT count(*) FROM current_tiers").fetchone()[0] >= 0


def test_label_validity_view_agrees_with_pandas_on_edge_cases(tmp_path):
    folder = write_sample_output(tmp_path / "out")
    rows = [["d", "C", "gold", "2016-02-29", "", "", "", ""], ["d", "C", "silver", "2019-12", "2020", "", "", ""],
            ["d", "C", "bronze", "", "2021-03-31", "", "", ""], ["d", "C", "gold", "2021-02-30", "", "", "", ""],
            ["d", "C", "platinum", "2019", "", "", "", ""], ["d", "C", "gold", "", "", "", "", ""]]
    from pipeline.tables import csv_bytes

    (folder / "labels.csv").write_bytes(csv_bytes(schemas.LABELS, rows))
    con = duckdb.connect(str(db.build_database(folder)), read_only=True)
    got = con.execute("SELECT tier, valid_from, valid_to, until_assumed FROM label_validity").df()
    expected = report.label_validity(schemas.read_table(folder, schemas.LABELS))
    as_text = lambda s: [str(v)[:10] if pd.notna(v) else "" for v in s]  # noqa: E731
    assert as_text(got["valid_from"]) == as_text(expected["valid_from"])
    assert as_text(got["valid_to"]) == as_text(expected["valid_to"])
    assert list(got["until_assumed"]) == list(expected["until_assumed"])
    assert as_text(got["valid_to"])[:3] == ["2018-02-28", "2021-01-01", "2021-04-01"]
    con.close()


def test_label_history_view_agrees_with_pandas(sample, con):
    frames = report.load_tables(sample)
    expected = report.label_history(frames["labels"], "Nordic Water Cluster", frames["entities"])
    got = con.execute("SELECT * FROM label_history WHERE cluster = 'Nordic Water Cluster'").df()
    columns = ["tier", "awarded", "valid_until", "n_docs", "doc_ids"]
    assert got[columns].astype(str).values.tolist() == expected[columns].astype(str).values.tolist()
    assert list(got["doc_ids"])[:2] == [D2, D2]


def test_cluster_partners_view_agrees_with_pandas(sample, con):
    expected = report.cluster_partners(report.load_tables(sample))
    got = con.execute("SELECT * FROM cluster_partners").df()
    same_frame(got, expected)
    assert len(got) == 7


def test_db_on_empty_tables_and_cli(tmp_path, run_pipeline, capsys):
    assert cli_main(["db", "--output", str(tmp_path / "missing")]) == 2
    assert "run the pipeline first" in capsys.readouterr().err
    (tmp_path / "raw").mkdir()
    run_pipeline(tmp_path / "raw", tmp_path / "out")
    assert cli_main(["db", "--output", str(tmp_path / "out")]) == 0
    con = duckdb.connect(str(tmp_path / "out" / db.DATABASE), read_only=True)
    for view in db.VIEWS:
        assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] == 0
    con.close()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".pipeline.duckdb")]


def test_tiers_as_of_view_latest_award_then_higher_tier(tmp_path):
    from pipeline.tables import csv_bytes

    folder = write_sample_output(tmp_path / "out")
    rows = [["d1", "X", "gold", "2018", "2022", "", "", ""], ["d2", "X", "silver", "2020-05", "", "", "", ""],
            ["d1", "Y", "bronze", "2020", "", "", "", ""], ["d2", "Y", "gold", "2020", "", "", "", ""]]
    (folder / "labels.csv").write_bytes(csv_bytes(schemas.LABELS, rows))
    con = duckdb.connect(str(db.build_database(folder)), read_only=True)
    got = con.execute("SELECT cluster, tier FROM tiers_as_of(DATE '2021-01-01')").fetchall()
    con.close()
    assert got == [("Y", "gold"), ("X", "silver")]
    expected = report.tiers_as_of(schemas.read_table(folder, schemas.LABELS), "2021-01-01")
    assert list(zip(expected["cluster"], expected["tier"])) == got


def test_views_join_labels_to_entities_by_id(tmp_path):
    """Two clusters one short name stands for are told apart by cluster_entity_id, in
    the views as in the pandas helpers."""
    from pipeline.tables import csv_bytes, make_row

    folder = write_sample_output(tmp_path / "out")
    rows = [make_row(schemas.LABELS, doc_id="d1", cluster="Alpha Verbund", tier=tier, awarded="2020",
                     cluster_entity_id=entity_id) for tier, entity_id in (("gold", "c7"), ("silver", "c8"))]
    (folder / "labels.csv").write_bytes(csv_bytes(schemas.LABELS, rows))
    entities = [make_row(schemas.ENTITIES, entity_id=i, kind="cluster", canonical=c,
                         aliases="Alpha Verbund", n_docs=1)
                for i, c in (("c7", "Alpha Verbund Nord"), ("c8", "Alpha Verbund Süd"))]
    (folder / "entities.csv").write_bytes(csv_bytes(schemas.ENTITIES, entities))
    con = duckdb.connect(str(db.build_database(folder)), read_only=True)
    got = con.execute("SELECT cluster, tier, cluster_entity_id FROM tiers_as_of(DATE '2021-01-01')"
                      ).fetchall()
    con.close()
    assert got == [("Alpha Verbund Nord", "gold", "c7"), ("Alpha Verbund Süd", "silver", "c8")]
    frames = report.load_tables(folder)
    expected = report.tiers_as_of(frames["labels"], "2021-01-01", frames["entities"])
    assert list(zip(expected["cluster"], expected["tier"], expected["cluster_entity_id"])) == got


def test_parquet_and_database_hold_raw_values_of_escaped_cells(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    title = "=cmd|' /C calc'!A0"
    (raw / "a.html").write_text(f"<html><head><title>{title}</title></head><body><p>Der "
                                "Beispiel-Cluster erhielt 2017 das Gold-Label.</p></body></html>",
                                encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["run", "--input", str(raw), "--output", str(out),
                     "--format", "csv,parquet"]) == 0
    assert f",'{title}," in (out / "documents.csv").read_text(encoding="utf-8")
    assert pq.read_table(out / "documents.parquet").to_pandas()["title"].tolist() == [title]
    connection = duckdb.connect(str(db.build_database(out)), read_only=True)
    try:
        assert connection.execute("SELECT title FROM documents").fetchall() == [(title,)]
    finally:
        connection.close()
