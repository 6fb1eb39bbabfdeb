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


def test_rows_carry_the_registry_id_of_their_entity(tmp_path, run_pipeline):
    """entity_id, cluster_entity_id and organisation_entity_id hold ids of entities.csv:
    the same entity in two documents has one id, and a row's id names its own entity."""
    from pipeline.schemas import (CLUSTERS, ENTITIES, ENTITY_ID_COLUMNS, LABELS, MENTIONS,
                                  TABLES_BY_NAME)

    raw = tmp_path / "raw"
    write(raw, "a.txt", "Kiel, 03.02.2021\n\nDer Nordwind Cluster hat im Januar 2021 das "
                        "Gold-Label der European Cluster Excellence Initiative erhalten. "
                        "Sprecherin ist Gitta Muster, Geschäftsführerin der Nordwind Cluster GmbH.\n")
    write(raw, "b.txt", "Kiel, 04.05.2022\n\nDer Nordwind Cluster arbeitet mit der Solvind "
                        "Werke AG an Windparks. Die Solvind Werke AG liefert Rotoren.\n")
    run_pipeline(raw, tmp_path / "out")
    out = tmp_path / "out"
    entities = read_table(out, ENTITIES).set_index("entity_id")
    for name, column in ENTITY_ID_COLUMNS.items():
        ids = read_table(out, TABLES_BY_NAME[name])[column].dropna()
        assert set(ids) <= set(entities.index), name
    clusters = read_table(out, CLUSTERS)
    assert clusters["entity_id"].notna().all()
    assert clusters["entity_id"].nunique() == 1 and len(clusters) == 2
    assert entities.loc[clusters["entity_id"].iloc[0], "kind"] == "cluster"
    labels = read_table(out, LABELS)
    assert list(labels["cluster_entity_id"]) == [clusters["entity_id"].iloc[0]]
    mentions = read_table(out, MENTIONS)
    named = mentions[mentions["label"].isin(["CLUSTER", "ORG", "PROGRAMME"])]
    assert named["entity_id"].notna().all()
    assert mentions.loc[mentions["label"].isin(["TIER", "DATE"]), "entity_id"].isna().all()
