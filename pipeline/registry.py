"""entities.csv: one registry of clusters, organisations and programmes across all
documents. Names that share a normalised form or an acronym are one entity; its
canonical name is the fullest form seen most often.

The registry lives in the main process for the whole tables phase, so what it keeps
per document must stay small: keys are numbered once, and a key's documents are a
compact array of document numbers rather than a set of doc_id strings (4 bytes per
document an entity appears in instead of ~40 plus the string). What it keeps per
distinct name (the names and their counts) is the registry itself.
"""
from __future__ import annotations

import hashlib
from array import array

from pipeline.names import name_key
from pipeline.schemas import CLUSTERS, ENTITIES, MULTI_SEPARATOR, ORGANISATIONS, PROGRAMMES
from pipeline.tables import make_row

KIND_OF_TABLE = {CLUSTERS.name: "cluster", ORGANISATIONS.name: "organisation",
                 PROGRAMMES.name: "programme"}


def _positions(table) -> tuple[int, int, int | None]:
    """Where a row of `table` holds its name (the column after doc_id), its surface
    forms and its acronym (None: the table has none)."""
    names = table.column_names
    return 1, names.index("surface_forms"), names.index("acronym") if "acronym" in names else None


ENTITY_TABLES = tuple((table.name, KIND_OF_TABLE[table.name], *_positions(table))
                      for table in (CLUSTERS, ORGANISATIONS, PROGRAMMES))


class Registry:
    """Union-find over (kind, normalised name) keys, fed table rows document by document.

    A key is linked when it was part of an entity with more than one key (its canonical
    name and a surface form or acronym; they normally share a key, which still counts).
    Only linked keys make entities: an entity row with no forms at all contributes
    nothing, as it always has.
    """

    def __init__(self):
        self._number: dict[tuple[str, str], int] = {}  # key -> its number
        self._keys: list[tuple[str, str]] = []          # number -> key
        self._parent = array("i")                        # number -> parent number
        self._linked = bytearray()                       # number -> 1 once linked
        self._names: dict[int, dict[str, int]] = {}      # first key of an entity row -> counts
        self._docs: dict[int, array] = {}                # same keys -> document numbers, ascending
        self._document = -1

    def _key_number(self, key: tuple[str, str]) -> int:
        number = self._number.get(key)
        if number is None:
            number = self._number[key] = len(self._keys)
            self._keys.append(key)
            self._parent.append(number)
            self._linked.append(0)
        return number

    def _find(self, number: int) -> int:
        parent = self._parent
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    def _union(self, a: int, b: int) -> None:
        self._linked[a] = self._linked[b] = 1
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def start_document(self) -> None:
        """Entities added from now on belong to the next document (n_docs counts
        documents, however many rows or keys of one entity a document has)."""
        self._document += 1

    def add_entity(self, kind: str, canonical: str, forms: list[str]) -> None:
        """One entity row of the current document: its canonical name and other forms."""
        numbers = [self._key_number((kind, k)) for k in map(name_key, [canonical, *forms]) if k]
        if not numbers:
            return
        first = numbers[0]
        for number in numbers[1:]:
            self._union(first, number)
        names = self._names.get(first)
        if names is None:
            names = self._names[first] = {}
        names[canonical] = names.get(canonical, 0) + 1
        for form in forms:
            names.setdefault(form, 0)
        docs = self._docs.get(first)
        if docs is None:
            docs = self._docs[first] = array("i")
        if not docs or docs[-1] != self._document:
            docs.append(self._document)

    def add_document(self, rows: dict[str, list[list[str]]]) -> None:
        """The cluster, organisation and programme rows of one document."""
        self.start_document()
        for name, kind, at_name, at_forms, at_acronym in ENTITY_TABLES:
            for row in rows.get(name, ()):
                forms = [f for f in row[at_forms].split(MULTI_SEPARATOR) if f]
                if at_acronym is not None and row[at_acronym]:
                    forms.append(row[at_acronym])
                self.add_entity(kind, row[at_name], forms)

    def rows(self) -> list[list[str]]:
        """entities.csv rows. An entity's id comes from its smallest key, so it does
        not depend on the order the documents were read in."""
        groups: dict[int, list[int]] = {}
        for number, linked in enumerate(self._linked):
            if linked:
                groups.setdefault(self._find(number), []).append(number)
        out = []
        for members in groups.values():
            names: dict[str, int] = {}
            docs: set[int] = set()
            for number in members:
                for name, count in self._names.get(number, {}).items():
                    names[name] = names.get(name, 0) + count
                docs.update(self._docs.get(number, ()))
            if not names:
                continue
            canonical = max(names, key=lambda n: (names[n], len(n), n))
            aliases = sorted(n for n in names if n != canonical)
            kind, key = min(self._keys[number] for number in members)
            entity_id = kind[0] + hashlib.sha1(key.encode()).hexdigest()[:10]
            out.append(make_row(ENTITIES, entity_id=entity_id, kind=kind,
                                canonical=canonical, aliases=MULTI_SEPARATOR.join(aliases),
                                n_docs=len(docs)))
        return sorted(out, key=lambda r: (r[1], r[2].casefold(), r[0]))
