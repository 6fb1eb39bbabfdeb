"""The output tables: names, columns, order and dtypes, defined once.

Every writer, reader and test takes its columns from here, so the contract in
../shared/CONTRACT.md (and the README) has exactly one home in code. Columns may be
added at the end of a table, never removed or renamed.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

MULTI_SEPARATOR = "|"  # joins multi-valued cells (surface_forms, aliases)


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # pandas dtype to read the column with: "string", "Int64", "Float64"


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    per_document: bool = True  # False for tables built across all documents

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @cached_property
    def column_order(self) -> tuple[str, ...]:
        """column_names computed once (tables.make_row reads them for every row)."""
        return tuple(c.name for c in self.columns)

    @cached_property
    def column_set(self) -> frozenset[str]:
        """The column names as a set, computed once (make_row checks every row's keys)."""
        return frozenset(self.column_order)

    @property
    def dtypes(self) -> dict[str, str]:
        return {c.name: c.dtype for c in self.columns}

    @property
    def text_column_indexes(self) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.columns) if c.dtype == "string")


def _cols(spec: str) -> tuple[Column, ...]:
    """Parse 'name:dtype, ...' (dtype defaults to string) into Columns."""
    columns = []
    for item in spec.split(","):
        name, _, dtype = item.strip().partition(":")
        columns.append(Column(name, dtype or "string"))
    return tuple(columns)


DOCUMENTS = Table("documents", _cols(
    "doc_id, source_path, format, language, language_score:Float64, title, published,"
    " n_chars:Int64, n_tokens:Int64, n_sentences:Int64, status, error,"
    # appended after the contract's first columns:
    " published_source"))
# Columns appended since the first release come last: the registry's id of the entity a
# row names (ENTITY_ID_COLUMNS), an entity_id of entities.csv or empty.
CLUSTERS = Table("clusters", _cols("doc_id, cluster, surface_forms, n_mentions:Int64, entity_id"))
LABELS = Table("labels", _cols(
    "doc_id, cluster, tier, awarded, valid_until, awarding_body, evidence, cluster_entity_id"))
PROGRAMMES = Table("programmes", _cols(
    "doc_id, programme, acronym, surface_forms, n_mentions:Int64, entity_id"))
ORGANISATIONS = Table("organisations", _cols(
    "doc_id, organisation, acronym, org_type, surface_forms, n_mentions:Int64, entity_id"))
PEOPLE = Table("people", _cols("doc_id, person, role, organisation, organisation_entity_id"))
DATES = Table("dates", _cols(
    "doc_id, text, date, granularity, role, start_char:Int64, end_char:Int64"))
MENTIONS = Table("mentions", _cols(
    "doc_id, label, text, canonical, start_char:Int64, end_char:Int64,"
    " sentence:Int64, source, entity_id"))
ENTITIES = Table("entities", _cols("entity_id, kind, canonical, aliases, n_docs:Int64"),
                 per_document=False)

TABLES: tuple[Table, ...] = (DOCUMENTS, CLUSTERS, LABELS, PROGRAMMES, ORGANISATIONS,
                             PEOPLE, DATES, MENTIONS, ENTITIES)
TABLES_BY_NAME = {t.name: t for t in TABLES}
DOCUMENT_TABLES = tuple(t for t in TABLES if t.per_document)
# Per table, the column holding the id of the registered entity the row names. In a
# document's stored rows it holds a reference into that document's entity records (the
# record's index, or empty); the tables phase replaces it with the registry's entity_id.
ENTITY_ID_COLUMNS = {CLUSTERS.name: "entity_id", PROGRAMMES.name: "entity_id",
                     ORGANISATIONS.name: "entity_id", MENTIONS.name: "entity_id",
                     LABELS.name: "cluster_entity_id", PEOPLE.name: "organisation_entity_id"}

# Controlled vocabularies of the contract.
FORMATS = ("txt", "md", "html", "pdf", "docx", "other")
# Where documents.published came from (empty when there is no date).
PUBLISHED_SOURCES = ("text", "metadata", "url")
STATUSES = ("ok", "skipped", "error")
TIERS = ("bronze", "silver", "gold")
ORG_TYPES = ("company", "university", "research", "public_body", "agency",
             "association", "network", "other")
GRANULARITIES = ("day", "month", "year")
DATE_ROLES = ("published", "awarded", "valid_until", "founded", "event", "other")
MENTION_LABELS = ("CLUSTER", "ORG", "PROGRAMME", "TIER", "DATE", "PERSON")
ENTITY_KINDS = ("cluster", "organisation", "programme")


def read_table(folder, table: Table):
    """Read one output table with the contract's dtypes (pandas imported lazily), text
    cells as the pipeline made them: the apostrophe that keeps a spreadsheet from running
    a cell (pipeline.tables.FORMULA_START) is stripped, unless the folder's tables were
    written raw (--csv-raw, recorded in its manifest)."""
    import pandas as pd
    from pathlib import Path

    frame = pd.read_csv(Path(folder) / table.filename, dtype=table.dtypes,
                        keep_default_na=False, na_values=[""], encoding="utf-8")
    if not written_raw(folder):
        for column in (c.name for c in table.columns if c.dtype == "string"):
            frame[column] = frame[column].str.replace(r"^'(?='*[=+\-@\t\r])", "", regex=True)
    return frame


def written_raw(folder) -> bool:
    """Whether the run that wrote `folder` was told --csv-raw. The manifest's keys are
    sorted, so its "csv_raw" key, when there, is on the second line: no need to read
    the whole manifest of a large drop."""
    from pathlib import Path

    try:
        with open(Path(folder) / "manifest.json", encoding="utf-8") as handle:
            head = handle.read(200)
    except OSError:
        return False
    return '\n "csv_raw": true,' in head
