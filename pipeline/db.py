"""The tables in analytical formats: Parquet copies and a DuckDB database.

    python -m pipeline run ... --format csv,parquet   # <table>.parquet beside each CSV
    python -m pipeline db [--output DIR]              # <output>/pipeline.duckdb

Both take their columns and types from pipeline/schemas.py (string -> VARCHAR/string,
Int64 -> BIGINT/int64, Float64 -> DOUBLE/float64) and read the CSVs with
schemas.read_table, so every format holds exactly the same values. pyarrow and duckdb
are optional: `pip install -e ".[analysis]"`.

The database holds one table per CSV and, for the analyst questions,
- entity_names(kind, name, canonical): every name and alias in entities.csv mapped to
  the registry's canonical name (aliases claimed by two entities left out). The views
  below join rows to entities.csv by their entity id (entity_id, cluster_entity_id);
  entity_names only stands in for rows without one (tables of an older run);
- label_validity: labels.csv with valid_from / valid_to (exclusive) and until_assumed,
  by the validity rule of pipeline/validity.py (two years after award when no
  valid_until is given; these views' SQL is kept there, beside the pandas version);
- tiers_as_of(DATE): a table macro, one row per cluster holding a valid label that day
  (the most recently awarded one, the higher tier on a tie); current_tiers: the same
  for today;
- label_history: per cluster, its labels in award order with the documents stating them;
- cluster_partners: which organisations and programmes occur in documents with which
  clusters, with the number of documents.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from pipeline import schemas, validity

DEFAULT_OUTPUT = "data/processed"
DATABASE = "pipeline.duckdb"
FORMATS = ("csv", "parquet")
DUCKDB_TYPES = {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE"}


class FormatError(Exception):
    """A --format value that cannot be honoured."""


# --------------------------------------------------------------------------- Parquet

def parse_formats(value: str) -> tuple[str, ...]:
    """'csv,parquet' -> ('csv', 'parquet'); CSV is always written (it is the
    contract, and the incremental state), so 'parquet' alone means both."""
    formats = [f.strip().lower() for f in (value or "csv").split(",") if f.strip()]
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise FormatError(f"unknown --format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    if "parquet" in formats:
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise FormatError("--format parquet needs pyarrow: pip install -e '.[analysis]'") from exc
    return tuple(f for f in FORMATS if f == "csv" or f in formats)


def arrow_schema(table: schemas.Table):
    import pyarrow as pa

    types = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64()}
    return pa.schema([pa.field(c.name, types[c.dtype], nullable=True) for c in table.columns])


def parquet_path(folder, table: schemas.Table) -> Path:
    return Path(folder) / f"{table.name}.parquet"


def write_parquet(folder, tables=schemas.TABLES) -> list[Path]:
    """<table>.parquet for every CSV of `folder`, typed per schemas.py, each replaced
    atomically. Returns the files written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    written = []
    for table in tables:
        frame = schemas.read_table(folder, table)
        arrow = pa.Table.from_pandas(frame, schema=arrow_schema(table), preserve_index=False)
        target = parquet_path(folder, table)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        try:
            pq.write_table(arrow, temp)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        written.append(target)
    return written


def sync_parquet(folder, wanted: bool) -> list[Path]:
    """After a run: write the Parquet copies when wanted; otherwise remove copies older
    than their CSV, so no stale Parquet file outlives a run that changed the tables."""
    folder = Path(folder)
    if wanted:
        return write_parquet(folder)
    for table in schemas.TABLES:
        path, csv = parquet_path(folder, table), folder / table.filename
        if path.is_file() and csv.is_file() and path.stat().st_mtime_ns < csv.stat().st_mtime_ns:
            path.unlink()
    return []


# --------------------------------------------------------------------------- DuckDB

VIEWS_SQL = validity.VIEWS_SQL + r"""
CREATE VIEW cluster_partners AS
WITH named AS (
    SELECT doc_id, 'cluster' AS kind, cluster AS name, entity_id FROM clusters
    UNION ALL SELECT doc_id, 'cluster', cluster, cluster_entity_id FROM labels
    UNION ALL SELECT doc_id, 'organisation', organisation, entity_id FROM organisations
    UNION ALL SELECT doc_id, 'programme', programme, entity_id FROM programmes
), resolved AS (
    SELECT DISTINCT r.doc_id, r.kind, coalesce(e.canonical, n.canonical, r.name) AS name
    FROM named AS r
    LEFT JOIN entities AS e ON e.entity_id = r.entity_id
    LEFT JOIN entity_names AS n ON r.entity_id IS NULL AND n.kind = r.kind AND n.name = r.name
    WHERE coalesce(r.name, '') <> ''
)
SELECT c.name AS cluster, p.kind, p.name AS partner, count(DISTINCT c.doc_id) AS n_docs,
    string_agg(DISTINCT c.doc_id, '|' ORDER BY c.doc_id) AS doc_ids
FROM resolved AS c JOIN resolved AS p ON p.doc_id = c.doc_id
WHERE c.kind = 'cluster' AND p.kind IN ('organisation', 'programme')
GROUP BY c.name, p.kind, p.name
ORDER BY cluster, p.kind, n_docs DESC, partner;
"""

VIEWS = ("entity_names", "label_validity", "current_tiers", "label_history", "cluster_partners")


def create_table_sql(table: schemas.Table) -> str:
    columns = ", ".join(f'"{c.name}" {DUCKDB_TYPES[c.dtype]}' for c in table.columns)
    return f'CREATE TABLE "{table.name}" ({columns})'


def build_database(folder, target=None) -> Path:
    """<folder>/pipeline.duckdb from the CSVs in `folder`: one typed table per CSV plus
    the analyst views; built beside the target and renamed over it."""
    import duckdb

    folder = Path(folder)
    target = Path(target) if target else folder / DATABASE
    missing = [t.filename for t in schemas.TABLES if not (folder / t.filename).is_file()]
    if missing:
        raise FileNotFoundError(f"no {', '.join(missing)} in {folder}: run the pipeline first")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.unlink(temp)  # duckdb wants to create the file itself
    try:
        con = duckdb.connect(temp)
        try:
            for table in schemas.TABLES:
                frame = schemas.read_table(folder, table)
                con.execute(create_table_sql(table))
                if len(frame):
                    con.register("incoming", frame)
                    names = ", ".join(f'"{c}"' for c in table.column_names)
                    con.execute(f'INSERT INTO "{table.name}" SELECT {names} FROM incoming')
                    con.unregister("incoming")
            con.execute(VIEWS_SQL)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(temp, target)
    finally:
        Path(temp).unlink(missing_ok=True)
        Path(temp + ".wal").unlink(missing_ok=True)
    return target


def add_arguments(parser) -> None:
    parser.add_argument("--output", default=DEFAULT_OUTPUT,
                        help="the run's output folder; the database is written there "
                             f"as {DATABASE} (default data/processed)")


def main(args) -> int:
    try:
        import duckdb  # noqa: F401
    except ImportError:
        print("error: the db command needs duckdb: pip install -e '.[analysis]'", file=sys.stderr)
        return 2
    try:
        target = build_database(Path(args.output))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write the database: {exc}", file=sys.stderr)
        return 2
    print(f"database: {target} (tables: {', '.join(t.name for t in schemas.TABLES)}; "
          f"views: {', '.join(VIEWS)}; macro: tiers_as_of(DATE))", file=sys.stderr)
    return 0
