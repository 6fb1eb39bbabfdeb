"""A small, hand-made output folder (invented clusters and organisations) with rows in
every table, for the report, notebook and database tests: the extraction is built in
parallel, so these tests cannot count on the pipeline producing labels yet.

Known answers: as of 2019-01-01 Rheinaue Mobility Network holds gold and Nordic Water
Cluster bronze; as of 2021-06-01 gold and silver; as of 2024-01-01 nobody holds a label.
"""
from __future__ import annotations

from pathlib import Path

from pipeline import schemas
from pipeline.tables import csv_bytes, make_row

D1, D2, D3, D4 = "aaaa000000000001", "bbbb000000000002", "cccc000000000003", "dddd000000000004"

TEXTS = {
    D1: ("Karlsruhe, 12.06.2018\n\nDas Rheinaue Mobility Network hat im Juni 2018 das "
         "Gold-Label erhalten, gültig bis Juni 2020. Partner sind die Hochschule Rheinaue "
         "und die Lindner Antriebe GmbH. Geschäftsführerin Maria Keller dankt dem Programm "
         "go-cluster."),
    D2: ("Oslo, 3 February 2021\n\nThe Nordic Water Cluster (NWC) was awarded the Silver "
         "label in 2021, after its Bronze label of 1 March 2017. The Rheinaue Mobility "
         "Network renewed its Gold label in July 2020, valid until July 2022. Partners: "
         "Baltic Institute of Technology; funding from Interreg Europe."),
    D3: ("NWC & partners <meet> in Bergen.\n\nThe Baltic Institute of Technology hosts "
         "the NWC workshop."),
}

# (doc, label, text, canonical, occurrence) -> mentions; offsets are found in the text.
MENTIONS = [
    (D1, "DATE", "12.06.2018", "2018-06-12"), (D1, "CLUSTER", "Rheinaue Mobility Network", ""),
    (D1, "DATE", "Juni 2018", "2018-06"), (D1, "TIER", "Gold", "gold"),
    (D1, "DATE", "Juni 2020", "2020-06"), (D1, "ORG", "Hochschule Rheinaue", ""),
    (D1, "ORG", "Lindner Antriebe GmbH", ""), (D1, "PERSON", "Maria Keller", ""),
    (D1, "PROGRAMME", "go-cluster", ""),
    (D2, "DATE", "3 February 2021", "2021-02-03"), (D2, "CLUSTER", "Nordic Water Cluster", ""),
    (D2, "CLUSTER", "NWC", "Nordic Water Cluster"), (D2, "TIER", "Silver", "silver"),
    (D2, "TIER", "Bronze", "bronze"), (D2, "CLUSTER", "Rheinaue Mobility Network", ""),
    (D2, "ORG", "Baltic Institute of Technology", ""), (D2, "PROGRAMME", "Interreg Europe", ""),
    (D3, "CLUSTER", "NWC", "Nordic Water Cluster"),
    (D3, "ORG", "Baltic Institute of Technology", ""),
    # overlaps the ORG span above: the report must drop one of them for display
    (D3, "CLUSTER", "Baltic Institute", ""),
]


ENTITY_OF_MENTION = {
    ("CLUSTER", "Rheinaue Mobility Network"): "c2", ("CLUSTER", "Nordic Water Cluster"): "c1",
    ("ORG", "Hochschule Rheinaue"): "o2", ("ORG", "Lindner Antriebe GmbH"): "o3",
    ("ORG", "Baltic Institute of Technology"): "o1", ("PROGRAMME", "go-cluster"): "p1",
    ("PROGRAMME", "Interreg Europe"): "p2"}


def _rows(table, records):
    return [make_row(table, **r) for r in records]


def write_sample_output(folder) -> Path:
    folder = Path(folder)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for doc_id, text in TEXTS.items():
        (folder / "text" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    docs = [
        dict(doc_id=D1, source_path="de/rheinaue.txt", format="txt", language="de",
             language_score=0.9999, title="Karlsruhe, 12.06.2018", published="2018-06-12",
             n_chars=len(TEXTS[D1]), n_tokens=40, n_sentences=4, status="ok"),
        dict(doc_id=D2, source_path="en/nordic.md", format="md", language="en",
             language_score=0.9998, title="Nordic Water Cluster goes Silver",
             published="2021-02-03", n_chars=len(TEXTS[D2]), n_tokens=50, n_sentences=4,
             status="ok"),
        dict(doc_id=D3, source_path="en/bergen.html", format="html", language="en",
             language_score=0.97, title="<Workshop> in Bergen", n_chars=len(TEXTS[D3]),
             n_tokens=17, n_sentences=2, status="ok"),
        dict(doc_id=D4, source_path="broken.html", format="html", status="error",
             error="unreadable markup: parser gave up"),
        dict(doc_id=D1, source_path="copy/rheinaue.txt", format="txt", status="skipped",
             error="duplicate of de/rheinaue.txt"),
    ]
    mentions, seen = [], {}
    for doc_id, label, text, canonical in MENTIONS:
        start = TEXTS[doc_id].find(text, seen.get((doc_id, text), 0))
        assert start >= 0, (doc_id, text)
        seen[(doc_id, text)] = start + 1
        mentions.append(dict(doc_id=doc_id, label=label, text=text,
                             canonical=canonical or text, start_char=start,
                             end_char=start + len(text), sentence=0, source="sample",
                             entity_id=ENTITY_OF_MENTION.get((label, canonical or text))))
    tables = {
        schemas.DOCUMENTS: docs,
        schemas.CLUSTERS: [
            dict(doc_id=D1, cluster="Rheinaue Mobility Network",
                 surface_forms="Rheinaue Mobility Network", n_mentions=1, entity_id="c2"),
            dict(doc_id=D2, cluster="Nordic Water Cluster", surface_forms="Nordic Water Cluster|NWC",
                 n_mentions=2, entity_id="c1"),
            dict(doc_id=D2, cluster="Rheinaue Mobility Network",
                 surface_forms="Rheinaue Mobility Network", n_mentions=1, entity_id="c2"),
            dict(doc_id=D3, cluster="NWC", surface_forms="NWC", n_mentions=2, entity_id="c1"),
        ],
        schemas.LABELS: [
            dict(doc_id=D1, cluster="Rheinaue Mobility Network", tier="gold", awarded="2018-06",
                 valid_until="2020-06", awarding_body="ESCA", evidence="Gold-Label erhalten", cluster_entity_id="c2"),
            dict(doc_id=D2, cluster="Nordic Water Cluster", tier="silver", awarded="2021",
                 evidence="awarded the Silver label in 2021", cluster_entity_id="c1"),
            dict(doc_id=D2, cluster="NWC", tier="bronze", awarded="2017-03-01",
                 evidence="its Bronze label of 1 March 2017", cluster_entity_id="c1"),
            dict(doc_id=D2, cluster="Rheinaue Mobility Network", tier="gold", awarded="2020-07",
                 valid_until="2022-07", evidence="renewed its Gold label in July 2020",
                 cluster_entity_id="c2"),
            dict(doc_id=D3, cluster="NWC", tier="gold", evidence="no date: cannot be placed",
                 cluster_entity_id="c1"),
        ],
        schemas.PROGRAMMES: [
            dict(doc_id=D1, programme="go-cluster", surface_forms="go-cluster", n_mentions=1,
                 entity_id="p1"),
            dict(doc_id=D2, programme="Interreg Europe", surface_forms="Interreg Europe",
                 n_mentions=1, entity_id="p2"),
        ],
        schemas.ORGANISATIONS: [
            dict(doc_id=D1, organisation="Hochschule Rheinaue", org_type="university",
                 surface_forms="Hochschule Rheinaue", n_mentions=1, entity_id="o2"),
            dict(doc_id=D1, organisation="Lindner Antriebe GmbH", org_type="company",
                 surface_forms="Lindner Antriebe GmbH", n_mentions=1, entity_id="o3"),
            dict(doc_id=D2, organisation="Baltic Institute of Technology", org_type="research",
                 surface_forms="Baltic Institute of Technology", n_mentions=1, entity_id="o1"),
            dict(doc_id=D3, organisation="Baltic Institute of Technology", org_type="research",
                 surface_forms="Baltic Institute of Technology", n_mentions=1, entity_id="o1"),
        ],
        schemas.PEOPLE: [dict(doc_id=D1, person="Maria Keller", role="Geschäftsführerin",
                              organisation="Rheinaue Mobility Network",
                              organisation_entity_id="c2")],
        schemas.DATES: [dict(doc_id=m["doc_id"], text=m["text"], date=m["canonical"],
                             granularity={10: "day", 7: "month", 4: "year"}[len(m["canonical"])],
                             role="other", start_char=m["start_char"], end_char=m["end_char"])
                        for m in mentions if m["label"] == "DATE"],
        schemas.MENTIONS: mentions,
        schemas.ENTITIES: [
            dict(entity_id="c1", kind="cluster", canonical="Nordic Water Cluster", aliases="NWC",
                 n_docs=2),
            dict(entity_id="c2", kind="cluster", canonical="Rheinaue Mobility Network", n_docs=2),
            dict(entity_id="o1", kind="organisation", canonical="Baltic Institute of Technology",
                 n_docs=2),
            dict(entity_id="o2", kind="organisation", canonical="Hochschule Rheinaue", n_docs=1),
            dict(entity_id="o3", kind="organisation", canonical="Lindner Antriebe GmbH", n_docs=1),
            dict(entity_id="p1", kind="programme", canonical="go-cluster", n_docs=1),
            dict(entity_id="p2", kind="programme", canonical="Interreg Europe", n_docs=1),
        ],
    }
    for table, records in tables.items():
        (folder / table.filename).write_bytes(csv_bytes(table, _rows(table, records)))
    return folder
