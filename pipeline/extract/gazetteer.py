"""Gazetteer spans of the nlp stage's SpanRulers turned into entities: the longest
span wins, the pattern id gives the canonical name."""
from __future__ import annotations

from functools import lru_cache

from pipeline import ruleset
from pipeline.extract.model import DocumentEntities, Mention, ORG, PROGRAMME


def add_gazetteer_mentions(doc, found: DocumentEntities, spans_key: str) -> None:
    """Longest gazetteer span wins where spans overlap; the pattern id gives the entity."""
    spans = [s for s in doc.spans.get(spans_key, []) if s.label_ in (ORG, PROGRAMME)]
    spans.sort(key=lambda s: (-(s.end_char - s.start_char), s.start_char))
    taken: list[tuple[int, int]] = []
    entries = gazetteer_entries()
    for span in spans:
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        taken.append((span.start_char, span.end_char))
        kind, _, canonical = span.id_.partition("::")
        entry = entries.get((kind, canonical), {})
        start, surface = span.start_char, span.text
        if surface[:4].casefold() == "the " and span.id_.partition("::")[2][:4] != "The ":
            start, surface = start + 4, surface[4:]  # 'the European Secretariat ...'
        mention = Mention(start, span.end_char, surface, span.label_, "gazetteer")
        found.add(mention, canonical, acronym=entry.get("acronym", ""),
                  org_type=entry.get("type", ""), fixed_canonical=True)


@lru_cache(maxsize=1)
def gazetteer_entries() -> dict:
    """(kind, canonical) -> gazetteer entry, for the acronym and org_type of a span."""
    data = ruleset.active().gazetteer()
    return {(kind, e["canonical"]): e for kind in ("programme", "organisation")
            for e in data.get(kind, [])}
