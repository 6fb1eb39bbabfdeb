"""The cross-document entity registry (entities.csv) against a straightforward
reference: the registry keeps compact per-key document numbers instead of sets of
doc_id strings, and must give exactly the rows the plain version gives, including in
the awkward cases (two keys of one entity in one document unioned only by a later
document; an entity repeated within a document; rows without forms).

All names are invented.
"""
from __future__ import annotations

import hashlib
import random
from collections import Counter, defaultdict

import pytest

from pipeline.names import name_key
from pipeline.registry import KIND_OF_TABLE, Registry
from pipeline.schemas import CLUSTERS, ENTITIES, MULTI_SEPARATOR, ORGANISATIONS, PROGRAMMES
from pipeline.tables import make_row


class ReferenceRegistry:
    """The registry as first written: a set of doc_id strings per key, kept for
    comparison only (it grows by a set entry and a string per document)."""

    def __init__(self):
        self.parent: dict[tuple, tuple] = {}
        self.names: dict[tuple, Counter] = defaultdict(Counter)
        self.docs: dict[tuple, set] = defaultdict(set)

    def find(self, key):
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            key = self.parent[key]
        return key

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def add_document(self, rows: dict) -> None:
        for table in (CLUSTERS, ORGANISATIONS, PROGRAMMES):
            for row in rows.get(table.name, []):
                values = dict(zip(table.column_names, row))
                canonical = row[1]
                forms = [f for f in values["surface_forms"].split(MULTI_SEPARATOR) if f]
                if values.get("acronym"):
                    forms.append(values["acronym"])
                kind = KIND_OF_TABLE[table.name]
                keys = [(kind, name_key(f)) for f in [canonical, *forms] if name_key(f)]
                if not keys:
                    continue
                for key in keys[1:]:
                    self.union(keys[0], key)
                self.names[keys[0]][canonical] += 1
                for form in forms:
                    self.names[keys[0]][form] += 0
                self.docs[keys[0]].add(values["doc_id"])

    def rows(self) -> list[list[str]]:
        groups = defaultdict(list)
        for key in list(self.parent):
            groups[self.find(key)].append(key)
        out = []
        for root, keys in groups.items():
            names, docs = Counter(), set()
            for key in keys:
                for name, count in self.names.get(key, {}).items():
                    names[name] += count
                docs |= self.docs.get(key, set())
            canonical = max(names, key=lambda n: (names[n], len(n), n))
            out.append(make_row(ENTITIES, entity_id=root[0][0] + hashlib.sha1(root[1].encode()).hexdigest()[:10],
                                kind=root[0], canonical=canonical,
                                aliases=MULTI_SEPARATOR.join(sorted(n for n in names if n != canonical)),
                                n_docs=len(docs)))
        return sorted(out, key=lambda r: (r[1], r[2].casefold(), r[0]))


def cluster(doc_id: str, name: str, *forms: str) -> list[str]:
    return make_row(CLUSTERS, doc_id=doc_id, cluster=name, surface_forms=list(forms), n_mentions=1)


def organisation(doc_id: str, name: str, *forms: str, acronym: str = "") -> list[str]:
    return make_row(ORGANISATIONS, doc_id=doc_id, organisation=name, acronym=acronym,
                    org_type="company", surface_forms=list(forms), n_mentions=1)


def programme(doc_id: str, name: str, *forms: str, acronym: str = "") -> list[str]:
    return make_row(PROGRAMMES, doc_id=doc_id, programme=name, acronym=acronym,
                    surface_forms=list(forms), n_mentions=1)


def document(*rows: list[str]) -> dict:
    """Rows of one document by table, told apart by their width."""
    tables = {len(CLUSTERS.columns): CLUSTERS, len(PROGRAMMES.columns): PROGRAMMES,
              len(ORGANISATIONS.columns): ORGANISATIONS}
    out: dict = {}
    for row in rows:
        out.setdefault(tables[len(row)].name, []).append(row)
    return out


def entities(documents: list[dict], registry_class=Registry) -> list[list[str]]:
    registry = registry_class()
    for rows in documents:
        registry.add_document(rows)
    return registry.rows()


AWKWARD = [
    # d1: one entity under two keys (name and acronym in separate rows), not yet joined
    document(organisation("d1", "Nordlicht Photonik GmbH", "Nordlicht Photonik GmbH"),
             organisation("d1", "NLPX", "NLPX"),
             organisation("d1", "Nordlicht Photonik", "Nordlicht Photonik"),
             cluster("d1", "Alpha-Netz Rheinau", "Alpha-Netz Rheinau", "ANR")),
    # d2: the same entity twice in one document, and a row with no forms at all
    document(cluster("d2", "Alpha-Netz Rheinau", "Alpha-Netz Rheinau"),
             cluster("d2", "ANR", "ANR"),
             cluster("d2", "Beta Verbund"),
             programme("d2", "Zukunftsfonds Nord", "Zukunftsfonds Nord", acronym="ZFN")),
    # d3: joins d1's two keys; same name as a cluster and as an organisation
    document(organisation("d3", "Nordlicht Photonik", "Nordlicht Photonik", acronym="NLPX"),
             organisation("d3", "Alpha-Netz Rheinau", "Alpha-Netz Rheinau"),
             programme("d3", "ZFN", "ZFN"),
             organisation("d3", "GmbH", "Gamma Werke GmbH")),
]


def test_awkward_documents_match_the_reference():
    assert entities(AWKWARD) == entities(AWKWARD, ReferenceRegistry)


def test_n_docs_counts_distinct_documents_across_keys_joined_later():
    rows = {(r[1], r[2]): r for r in entities(AWKWARD)}
    photonik = rows[("organisation", "Nordlicht Photonik")]
    # d1 under two keys and d3 joining them: two documents, not three
    assert photonik[ENTITIES.column_names.index("n_docs")] == "2"
    assert photonik[ENTITIES.column_names.index("aliases")] == "NLPX|Nordlicht Photonik GmbH"
    assert rows[("cluster", "Alpha-Netz Rheinau")][4] == "2"  # twice in d2: once
    assert rows[("programme", "Zukunftsfonds Nord")][4] == "2"
    assert ("organisation", "Alpha-Netz Rheinau") in rows  # kinds stay apart


def test_rows_do_not_depend_on_document_order():
    assert entities(AWKWARD) == entities(AWKWARD[::-1])


@pytest.mark.parametrize("seed", range(5))
def test_random_documents_match_the_reference(seed):
    rng = random.Random(seed)
    names = ["Nordlicht Photonik GmbH", "Nordlicht Photonik", "NLPX", "Kiel Marine Netz",
             "KMN", "Kiel Marine Netz e.V.", "Solaris Verbund", "SV", "Rhein Robotik AG",
             "RR", "—", "Gamma Werke"]
    makers = [cluster, organisation, programme]
    documents = []
    for number in range(40):
        doc_id = f"doc{number:03d}"
        rows = []
        for _ in range(rng.randint(0, 6)):
            make = rng.choice(makers)
            forms = rng.sample(names, rng.randint(0, 3))
            if make is cluster:
                rows.append(make(doc_id, rng.choice(names), *forms))
            else:
                rows.append(make(doc_id, rng.choice(names), *forms,
                                 acronym=rng.choice(["", "", "NLPX", "KMN", "SV"])))
        documents.append(document(*rows))
    assert entities(documents) == entities(documents, ReferenceRegistry)
