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
from dataclasses import dataclass

from pipeline.names import name_key
from pipeline.schemas import ENTITIES, ENTITY_KINDS, MULTI_SEPARATOR
from pipeline.tables import make_row


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One entity of one document as the registry takes it: its kind (`cluster`,
    `organisation` or `programme`), the name its table row gives it, and every other
    form the text used (its acronym among them)."""

    kind: str
    canonical: str
    forms: tuple[str, ...] = ()

    def __post_init__(self):
        if self.kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {self.kind!r}")

    def to_json(self) -> list:
        return [self.kind, self.canonical, list(self.forms)]

    @classmethod
    def from_json(cls, value) -> "EntityRecord":
        kind, canonical, forms = value
        return cls(kind, canonical, tuple(forms))


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
        self._ids: dict[int, str] | None = None         # group root -> entity_id, once settled

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
        self._ids = None

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

    def add_document(self, records) -> None:
        """The entity records (EntityRecord) of one document."""
        self.start_document()
        for record in records:
            self.add_entity(record.kind, record.canonical, list(record.forms))

    def _first_number(self, kind: str, canonical: str, forms) -> int | None:
        """The number of the key an entity row is filed under (that of its first name
        with a key), None when it has no key or was never added."""
        for name in (canonical, *forms):
            key = name_key(name)
            if key:
                return self._number.get((kind, key))
        return None

    def entity_id(self, record: EntityRecord) -> str:
        """The entity_id of entities.csv the record belongs to, "" when it makes no
        entity there (no name with a key, or never linked). Valid once every document
        is added; the first call after the last document settles the ids."""
        if self._ids is None:
            self._ids = {root: entity_id for root, entity_id, _ in self._groups()}
        number = self._first_number(record.kind, record.canonical, record.forms)
        if number is None:
            return ""
        return self._ids.get(self._find(number), "")

    def _groups(self):
        """(root number, entity_id, member numbers) of every entity: a group of linked
        keys with at least one name. The id comes from the group's smallest key, so it
        does not depend on the order the documents were read in."""
        groups: dict[int, list[int]] = {}
        for number, linked in enumerate(self._linked):
            if linked:
                groups.setdefault(self._find(number), []).append(number)
        for root, members in groups.items():
            if not any(self._names.get(number) for number in members):
                continue
            kind, key = min(self._keys[number] for number in members)
            yield root, kind[0] + hashlib.sha1(key.encode()).hexdigest()[:10], members

    def rows(self) -> list[list[str]]:
        """entities.csv rows."""
        out = []
        for _, entity_id, members in self._groups():
            names: dict[str, int] = {}
            docs: set[int] = set()
            for number in members:
                for name, count in self._names.get(number, {}).items():
                    names[name] = names.get(name, 0) + count
                docs.update(self._docs.get(number, ()))
            canonical = max(names, key=lambda n: (names[n], len(n), n))
            aliases = sorted(n for n in names if n != canonical)
            out.append(make_row(ENTITIES, entity_id=entity_id, kind=kind_of(entity_id),
                                canonical=canonical, aliases=MULTI_SEPARATOR.join(aliases),
                                n_docs=len(docs)))
        return sorted(out, key=lambda r: (r[1], r[2].casefold(), r[0]))


KIND_BY_INITIAL = {kind[0]: kind for kind in ENTITY_KINDS}


def kind_of(entity_id: str) -> str:
    return KIND_BY_INITIAL[entity_id[0]]
