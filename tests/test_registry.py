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
from pipeline.registry import EntityRecord, Registry
from pipeline.schemas import ENTITIES, MULTI_SEPARATOR
from pipeline.tables import make_row


class ReferenceRegistry:
    """The registry as first written: a set of doc_id strings per key, kept for
    comparison only (it grows by a set entry and a string per document)."""

    def find(self, key):
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            key = self.parent[key]
        return key

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def __init__(self):
        self.parent: dict[tuple, tuple] = {}
        self.names: dict[tuple, Counter] = defaultdict(Counter)
        self.docs: dict[tuple, set] = defaultdict(set)
        self.n_documents = 0

    def add_document(self, records) -> None:
        doc_id = self.n_documents = self.n_documents + 1
        for record in records:
            canonical, forms, kind = record.canonical, list(record.forms), record.kind
            keys = [(kind, name_key(f)) for f in [canonical, *forms] if name_key(f)]
            if not keys:
                continue
            for key in keys[1:]:
                self.union(keys[0], key)
            self.names[keys[0]][canonical] += 1
            for form in forms:
                self.names[keys[0]][form] += 0
            self.docs[keys[0]].add(doc_id)

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


def cluster(doc_id: str, name: str, *forms: str) -> EntityRecord:
    return EntityRecord("cluster", name, forms)


def organisation(doc_id: str, name: str, *forms: str, acronym: str = "") -> EntityRecord:
    return EntityRecord("organisation", name, forms + ((acronym,) if acronym else ()))


def programme(doc_id: str, name: str, *forms: str, acronym: str = "") -> EntityRecord:
    return EntityRecord("programme", name, forms + ((acronym,) if acronym else ()))


def document(*records: EntityRecord) -> list[EntityRecord]:
    return list(records)


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


def test_entity_id_of_a_record_is_the_id_of_its_entities_row():
    registry = Registry()
    for records in AWKWARD:
        registry.add_document(records)
    rows = {r[0]: r for r in registry.rows()}
    photonik = registry.entity_id(AWKWARD[0][0])
    assert rows[photonik][1:3] == ["organisation", "Nordlicht Photonik"]
    # the acronym row of d1 and the name row of d3 belong to the same entity
    assert registry.entity_id(AWKWARD[0][1]) == photonik == registry.entity_id(AWKWARD[2][0])
    assert registry.entity_id(AWKWARD[1][1]) == registry.entity_id(AWKWARD[0][3])
    # a row with no forms is no entity of its own, and one never seen has no id
    assert registry.entity_id(AWKWARD[1][2]) == ""
    assert registry.entity_id(EntityRecord("cluster", "Unbekannt Verbund", ("Unbekannt",))) == ""
    # the same name as another kind is another entity
    assert registry.entity_id(AWKWARD[2][1]) not in ("", registry.entity_id(AWKWARD[0][3]))


def test_entity_ids_do_not_depend_on_document_order():
    forward, backward = Registry(), Registry()
    for records in AWKWARD:
        forward.add_document(records)
    for records in AWKWARD[::-1]:
        backward.add_document(records)
    every = [record for records in AWKWARD for record in records]
    assert [forward.entity_id(r) for r in every] == [backward.entity_id(r) for r in every]


def test_a_record_has_a_known_kind():
    with pytest.raises(ValueError):
        EntityRecord("person", "Gitta Muster")
