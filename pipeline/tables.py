"""Stage 6, tables: rows in the contract's shape, written atomically.

Rows travel between stages and processes as lists of strings in schema order, so a
value is formatted exactly once and a re-run reproduces every byte.
"""
from __future__ import annotations

import bisect
import csv
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pipeline.schemas import MULTI_SEPARATOR, Table


def format_value(value) -> str:
    """One cell: None -> empty, floats with 4 decimals, lists joined with '|'."""
    if value is None:
        return ""
    if type(value) is str:  # (most cells: returned as str() would, before the other tests)
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, (list, tuple)):
        return MULTI_SEPARATOR.join(format_value(v) for v in value if v not in (None, ""))
    return str(value)


def make_row(table: Table, **values) -> list[str]:
    """A row of `table` from keyword values; unknown keys are a programming error."""
    if not table.column_set.issuperset(values):
        unknown = set(values) - table.column_set
        raise KeyError(f"{table.name} has no column(s) {sorted(unknown)}")
    return [format_value(values.get(name)) for name in table.column_order]


# Spreadsheet safety (OWASP, CSV injection): a text cell that starts with one of these
# is written with a leading apostrophe, so that no spreadsheet runs it as a formula.
# A value that already starts with apostrophes before one of them gets one more, so the
# readers (schemas.read_table) strip exactly one and get every raw value back.
FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_RISKY_FIRST = frozenset("=+-@\t\r'")


def escape_cell(cell: str) -> str:
    return "'" + cell if cell[:1] in _RISKY_FIRST and FORMULA_START.match(cell) else cell


def escape_rows(table: Table, rows: list[list[str]]) -> list[list[str]]:
    """The rows with every text cell escaped (numbers and counts never need it)."""
    text_columns = table.text_column_indexes
    out = rows
    for number, row in enumerate(rows):
        risky = [i for i in text_columns if row[i][:1] in _RISKY_FIRST]
        if risky:
            if out is rows:
                out = list(rows)
            row = list(row)
            for i in risky:
                row[i] = escape_cell(row[i])
            out[number] = row
    return out


def csv_bytes(table: Table, rows: Iterable[list[str]], escape: bool = True) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.column_names)
    rows = list(rows)
    writer.writerows(escape_rows(table, rows) if escape else rows)
    return buffer.getvalue().encode("utf-8")


class AtomicWriter:
    """A file written beside its target and renamed over it on commit: readers and a
    killed run only ever see the old file or the new one, never a half-written one."""

    def __init__(self, target: Path, mode: str = "w"):
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.temp_path = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp",
                                              dir=self.target.parent)
        kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
        self.handle = os.fdopen(fd, mode, **kwargs)

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.temp_path, self.target)

    def abort(self) -> None:
        self.handle.close()
        Path(self.temp_path).unlink(missing_ok=True)


def write_atomic(target: Path, data: bytes | str) -> None:
    writer = AtomicWriter(target, "wb")
    try:
        writer.handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    except BaseException:
        writer.abort()
        raise
    writer.commit()


class SortedPairs:
    """A JSON object too large to build as a dict (one entry per document): its
    (key, value) pairs in key order, made and written one at a time."""

    def __init__(self, pairs: Iterable[tuple[str, object]]):
        self.pairs = pairs


def _indented_json(value, depth: int) -> str:
    """`value` as json.dumps(indent=1) writes it at nesting depth `depth` (a JSON
    string never holds a raw newline, so every newline starts an indented line)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).replace(
        "\n", "\n" + " " * depth)


def write_json_atomic(target: Path, payload) -> None:
    """The bytes of json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1),
    written piece by piece: a top-level value may be SortedPairs, so the manifest of a
    large drop is never a second dict of every document nor one huge string."""
    if not isinstance(payload, dict) or not payload:
        write_atomic(target, json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1))
        return
    writer = AtomicWriter(target, "w")
    try:
        write = writer.handle.write
        for number, key in enumerate(sorted(payload)):
            write(("{" if number == 0 else ",") + "\n " + json.dumps(key, ensure_ascii=False) + ": ")
            value = payload[key]
            if not isinstance(value, SortedPairs):
                write(_indented_json(value, 1))
                continue
            empty = True
            for inner_key, inner_value in value.pairs:
                write(("{" if empty else ",") + "\n  " + json.dumps(inner_key, ensure_ascii=False)
                      + ": " + _indented_json(inner_value, 2))
                empty = False
            write("{}" if empty else "\n }")
        write("\n}")
    except BaseException:
        writer.abort()
        raise
    writer.commit()


class TableWriter:
    """Streams rows of one table to a temp file; `commit` renames it into place. Text
    cells are escaped for spreadsheets unless `escape` is False (--csv-raw)."""

    def __init__(self, folder: Path, table: Table, escape: bool = True):
        self.table = table
        self.escape = escape
        self.rows_written = 0
        self._file = AtomicWriter(Path(folder) / table.filename, "w")
        self._csv = csv.writer(self._file.handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._csv.writerow(table.column_names)

    def write(self, rows: Iterable[list[str]]) -> None:
        """One document's rows at a time: writerows, not a Python loop per row."""
        rows = rows if isinstance(rows, list) else list(rows)
        self._csv.writerows(escape_rows(self.table, rows) if self.escape else rows)
        self.rows_written += len(rows)

    def commit(self) -> None:
        self._file.commit()

    def abort(self) -> None:
        self._file.abort()


# ---------------------------------------------------------------- a document's rows

@dataclass
class Extracted:
    """The rows of one document's domain tables, and its entities for the registry."""
    published: str | None
    rows: dict[str, list[list[str]]] = field(default_factory=dict)
    # a row's entity-id column holds the index of its entity's record here
    # (schemas.ENTITY_ID_COLUMNS), resolved to an entity_id of entities.csv by the tables phase
    entities: list = field(default_factory=list)


def document_rows(doc, doc_id: str) -> Extracted:
    """The rows of clusters, labels, programmes, organisations, people, dates and
    mentions, formatted from the domain objects the extract stage left on the Doc
    (pipeline.extract.components)."""
    from pipeline.extract.doc_view import doc_sentences
    from pipeline.extract.model import CLUSTER, ORG, PROGRAMME
    from pipeline.registry import EntityRecord
    from pipeline.schemas import CLUSTERS, DATES, LABELS, MENTIONS, ORGANISATIONS, PEOPLE, PROGRAMMES

    kind_of_label = {CLUSTER: "cluster", ORG: "organisation", PROGRAMME: "programme"}
    found, found_dates = doc._.entities, doc._.found_dates
    starts = [s.start_char for s in doc_sentences(doc)]

    def sentence_of(char: int) -> int:
        return max(bisect.bisect_right(starts, char) - 1, 0)

    rows = {t.name: [] for t in (CLUSTERS, LABELS, PROGRAMMES, ORGANISATIONS, PEOPLE, DATES, MENTIONS)}
    records: list = []
    ref: dict[int, int] = {}  # id(entity) -> index of its record
    by_name: dict[str, int] = {}  # best name -> index of the first record of that name
    names: dict[int, str] = {}  # id(entity) -> its best name, computed once
    for entity in found.entities:
        forms = sorted(entity.forms, key=lambda f: (-entity.forms[f], f))
        common = dict(doc_id=doc_id, surface_forms=forms, n_mentions=len(entity.mentions))
        name = names[id(entity)] = entity.best_name()
        kind = kind_of_label.get(entity.label)
        if kind is not None:
            ref[id(entity)] = len(records)
            by_name.setdefault(name, len(records))
            common["entity_id"] = len(records)
            records.append(EntityRecord(kind, name, tuple(
                [f for f in forms if f] + ([entity.acronym] if entity.acronym else []))))
        if entity.label == CLUSTER:
            rows[CLUSTERS.name].append(make_row(CLUSTERS, cluster=name, **common))
        elif entity.label == PROGRAMME:
            rows[PROGRAMMES.name].append(make_row(PROGRAMMES, programme=name,
                                                  acronym=entity.acronym or None, **common))
        elif entity.label == ORG:
            rows[ORGANISATIONS.name].append(make_row(
                ORGANISATIONS, organisation=name, acronym=entity.acronym or None,
                org_type=entity.org_type or "other", **common))
    for label in doc._.label_statements:
        rows[LABELS.name].append(make_row(
            LABELS, doc_id=doc_id, cluster=label.cluster.best_name(), tier=label.tier,
            awarded=label.awarded, valid_until=label.valid_until,
            awarding_body=label.awarding_body, evidence=label.evidence,
            cluster_entity_id=ref.get(id(label.cluster))))
    for person in doc._.people:
        rows[PEOPLE.name].append(make_row(PEOPLE, doc_id=doc_id, person=person.name,
                                          role=person.role, organisation=person.organisation,
                                          organisation_entity_id=by_name.get(person.organisation)))
    for d in found_dates:
        rows[DATES.name].append(make_row(DATES, doc_id=doc_id, text=d.text, date=d.value,
                                         granularity=d.granularity, role=d.role,
                                         start_char=d.start, end_char=d.end))
    mentions = [(m.start, m.end, m.label, m.text,
                 names[id(m.entity)] if m.entity is not None else m.text, m.source,
                 ref.get(id(m.entity), -1)) for m in found.mentions]
    mentions += [(s.start_char, s.end_char, "TIER", s.text, s.id_, "tier_rules", -1)
                 for s in doc._.tier_spans]
    mentions += [(d.start, d.end, "DATE", d.text, d.value, "dates", -1) for d in found_dates]
    for start, end, label, surface, canonical, source, entity_ref in sorted(mentions):
        rows[MENTIONS.name].append(make_row(
            MENTIONS, doc_id=doc_id, label=label, text=surface, canonical=canonical,
            start_char=start, end_char=end, sentence=sentence_of(start), source=source,
            entity_id=entity_ref if entity_ref >= 0 else None))
    published = next((d.value for d in found_dates if d.role == "published"), None)
    return Extracted(published, rows, records)

