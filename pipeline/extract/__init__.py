"""Stage 5, extract: from a processed spaCy Doc to the rows of the domain tables.

Order of the rules, each a module with one job:
1. gazetteer spans (nlp stage's SpanRuler) -> programmes and well-known bodies;
2. name chunks classified by their own words (entities.classify_chunks): people,
   clusters ("X Cluster", "Cluster X"), organisations (heads, legal forms), programmes;
3. acronym definitions, repeats and short forms merged into their entity;
4. context rules (context.py) for names that say nothing by themselves;
5. label statements (labels.py), people's roles (people.py), dates (dates.py);
then rows in the shapes of pipeline.schemas.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pipeline import dates as dates_stage
from pipeline.extract import context, programmes
from pipeline.extract.doc_view import doc_sentences, view
from pipeline.extract.entities import (CLUSTER, ORG, PERSON, PROGRAMME, DocumentEntities,
                                       Mention, add_gazetteer_mentions, apply_definitions,
                                       classify_chunks, merge_appositions, org_type_of,
                                       merge_cluster_variants,
                                       resolve_short_forms)
from pipeline.extract.labels import label_rows
from pipeline.extract.people import people
from pipeline.nlp import RULES_SPANS_KEY
from pipeline.registry import EntityRecord
from pipeline.schemas import (CLUSTERS, DATES, LABELS, MENTIONS, ORGANISATIONS, PEOPLE,
                              PROGRAMMES)
from pipeline.tables import make_row

MODEL_LABELS = {"ORG": ORG, "PER": PERSON, "PERSON": PERSON}


KIND_OF_LABEL = {CLUSTER: "cluster", ORG: "organisation", PROGRAMME: "programme"}


@dataclass
class Extracted:
    published: str | None
    rows: dict[str, list[list[str]]] = field(default_factory=dict)
    # the document's entities for the registry; a row's entity-id column holds the index
    # of its entity's record here (schemas.ENTITY_ID_COLUMNS), resolved by the tables phase
    entities: list[EntityRecord] = field(default_factory=list)


def find_entities(doc, language: str) -> tuple[DocumentEntities, list]:
    """All entity mentions of the document, and the tier spans in label sentences."""
    text = view(doc).text
    found = DocumentEntities()
    add_gazetteer_mentions(doc, found, RULES_SPANS_KEY)
    add_model_entities(doc, found)
    programmes.quoted_and_listed(text, found)
    context.acronym_lines(text, found)
    chunks = classify_chunks(text, language, found)
    chunks = programmes.apposed(text, chunks, found)
    apply_definitions(text, found, chunks)
    chunks = [c for c in chunks if not found.covered(c.start, c.end)]
    chunks = context.link_initials(chunks, found)
    chunks = context.promote_introduced(text, chunks, found)
    chunks = context.introduced_cluster_lists(text, chunks, found)
    tier_spans = [s for s in doc.spans.get(RULES_SPANS_KEY, []) if s.label_ == "TIER"]
    in_labels = context.label_sentences(doc, tier_spans)
    merge_cluster_variants(found)
    chunks = resolve_short_forms(text, found, chunks)
    chunks = context.promote_label_lists(text, chunks, found, in_labels, language)
    chunks = context.promote_label_subjects(text, chunks, found, in_labels, language)
    chunks = context.expand_lists(text, chunks, found, language)
    context.bullet_lists(text, found)
    context.promote_colon_lists(text, found, in_labels)
    merge_appositions(text, found)
    merge_cluster_variants(found)
    resolve_short_forms(text, found, chunks)
    return found, tier_spans


def add_model_entities(doc, found: DocumentEntities) -> None:
    """An installed model's ORG and person entities, where the rules found nothing."""
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label and not found.covered(ent.start_char, ent.end_char):
            attrs = {"org_type": org_type_of(ent.text) or "other"} if label == ORG else {}
            found.add(Mention(ent.start_char, ent.end_char, ent.text, label, "model_ner"), **attrs)


def extract(doc, language: str, doc_id: str) -> Extracted:
    text = view(doc).text
    starts = [s.start_char for s in doc_sentences(doc)]

    def sentence_of(char: int) -> int:
        return max(bisect.bisect_right(starts, char) - 1, 0)

    found, tier_spans = find_entities(doc, language)
    found_dates = dates_stage.find_dates(text, language)
    labels = label_rows(doc, found, tier_spans, found_dates)
    persons = people(text, found)
    rows = {t.name: [] for t in (CLUSTERS, LABELS, PROGRAMMES, ORGANISATIONS, PEOPLE, DATES, MENTIONS)}
    records: list[EntityRecord] = []
    ref: dict[int, int] = {}  # id(entity) -> index of its record
    by_name: dict[str, int] = {}  # best name -> index of the first record of that name

    for entity in found.entities:
        forms = sorted(entity.forms, key=lambda f: (-entity.forms[f], f))
        common = dict(doc_id=doc_id, surface_forms=forms, n_mentions=len(entity.mentions))
        kind = KIND_OF_LABEL.get(entity.label)
        if kind is not None:
            name = entity.best_name()
            ref[id(entity)] = len(records)
            by_name.setdefault(name, len(records))
            common["entity_id"] = len(records)
            records.append(EntityRecord(kind, name, tuple(
                [f for f in forms if f] + ([entity.acronym] if entity.acronym else []))))
        if entity.label == CLUSTER:
            rows[CLUSTERS.name].append(make_row(CLUSTERS, cluster=entity.best_name(), **common))
        elif entity.label == PROGRAMME:
            rows[PROGRAMMES.name].append(make_row(PROGRAMMES, programme=entity.best_name(),
                                                  acronym=entity.acronym or None, **common))
        elif entity.label == ORG:
            rows[ORGANISATIONS.name].append(make_row(
                ORGANISATIONS, organisation=entity.best_name(), acronym=entity.acronym or None,
                org_type=entity.org_type or "other", **common))
    for label in labels:
        rows[LABELS.name].append(make_row(
            LABELS, doc_id=doc_id, cluster=label.cluster.best_name(), tier=label.tier,
            awarded=label.awarded, valid_until=label.valid_until,
            awarding_body=label.awarding_body, evidence=label.evidence,
            cluster_entity_id=ref.get(id(label.cluster))))
    for person in persons:
        rows[PEOPLE.name].append(make_row(PEOPLE, doc_id=doc_id, person=person.name,
                                          role=person.role, organisation=person.organisation,
                                          organisation_entity_id=by_name.get(person.organisation)))
    for d in found_dates:
        rows[DATES.name].append(make_row(DATES, doc_id=doc_id, text=d.text, date=d.value,
                                         granularity=d.granularity, role=d.role,
                                         start_char=d.start, end_char=d.end))
    names: dict[int, str] = {}  # id(entity) -> its best name, shared by all its mentions
    mentions = [(m.start, m.end, m.label, m.text, _canonical(m, names), m.source,
                 ref.get(id(m.entity), -1)) for m in found.mentions]
    mentions += [(s.start_char, s.end_char, "TIER", s.text, s.id_, "tier_rules", -1) for s in tier_spans]
    mentions += [(d.start, d.end, "DATE", d.text, d.value, "dates", -1) for d in found_dates]
    for start, end, label, surface, canonical, source, entity_ref in sorted(mentions):
        rows[MENTIONS.name].append(make_row(
            MENTIONS, doc_id=doc_id, label=label, text=surface, canonical=canonical,
            start_char=start, end_char=end, sentence=sentence_of(start), source=source,
            entity_id=entity_ref if entity_ref >= 0 else None))
    published = next((d.value for d in found_dates if d.role == "published"), None)
    return Extracted(published, rows, records)


def _canonical(mention, names: dict[int, str]) -> str:
    """The best name of the mention's entity (computed once per entity), else its text."""
    entity = mention.entity
    if entity is None:
        return mention.text
    if id(entity) not in names:
        names[id(entity)] = entity.best_name()
    return names[id(entity)]
