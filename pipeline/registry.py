"""entities.csv: one registry of clusters, organisations and programmes across all
documents. Names that share a normalised form or an acronym are one entity; its
canonical name is the fullest form seen most often.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from pipeline.names import name_key
from pipeline.schemas import CLUSTERS, ENTITIES, MULTI_SEPARATOR, ORGANISATIONS, PROGRAMMES
from pipeline.tables import make_row

KIND_OF_TABLE = {CLUSTERS.name: "cluster", ORGANISATIONS.name: "organisation",
                 PROGRAMMES.name: "programme"}


class Registry:
    """Union-find over (kind, normalised name) keys, fed table rows document by document."""

    def __init__(self):
        self._parent: dict[tuple, tuple] = {}
        self._names: dict[tuple, Counter] = defaultdict(Counter)
        self._docs: dict[tuple, set] = defaultdict(set)

    def _find(self, key):
        self._parent.setdefault(key, key)
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a, b):
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def add_entity(self, kind: str, doc_id: str, canonical: str, forms: list[str]) -> None:
        keys = [(kind, name_key(f)) for f in [canonical, *forms] if name_key(f)]
        if not keys:
            return
        for key in keys[1:]:
            self._union(keys[0], key)
        self._names[keys[0]][canonical] += 1
        for form in forms:
            self._names[keys[0]][form] += 0
        self._docs[keys[0]].add(doc_id)

    def add_document(self, rows: dict[str, list[list[str]]]) -> None:
        for table in (CLUSTERS, ORGANISATIONS, PROGRAMMES):
            kind = KIND_OF_TABLE[table.name]
            names = table.column_names
            for row in rows.get(table.name, []):
                values = dict(zip(names, row))
                canonical = values[names[1]]
                forms = [f for f in values["surface_forms"].split(MULTI_SEPARATOR) if f]
                if values.get("acronym"):
                    forms.append(values["acronym"])
                self.add_entity(kind, values["doc_id"], canonical, forms)

    def rows(self) -> list[list[str]]:
        groups: dict[tuple, list[tuple]] = defaultdict(list)
        for key in list(self._parent):
            groups[self._find(key)].append(key)
        out = []
        for root, keys in groups.items():
            names, docs = Counter(), set()
            for key in keys:
                names.update(self._names.get(key, Counter()))
                for name in self._names.get(key, {}):
                    names[name] += 0
                docs |= self._docs.get(key, set())
            if not names:
                continue
            canonical = max(names, key=lambda n: (names[n], len(n), n))
            aliases = sorted(n for n in names if n != canonical)
            entity_id = root[0][0] + hashlib.sha1(root[1].encode()).hexdigest()[:10]
            out.append(make_row(ENTITIES, entity_id=entity_id, kind=root[0],
                                canonical=canonical, aliases=MULTI_SEPARATOR.join(aliases),
                                n_docs=len(docs)))
        return sorted(out, key=lambda r: (r[1], r[2].casefold(), r[0]))
