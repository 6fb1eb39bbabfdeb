"""The extract stage as registered spaCy components, added after the nlp stage's
sentencizer and SpanRuler, in the order of EXTRACTION_COMPONENTS.

Each component does one step of the extraction and keeps its results on the Doc, in
the style of spaCy's own span_ruler: `Doc._` extensions for the domain objects
(`doc._.entities`, the document's entities and mentions; `doc._.label_statements`;
`doc._.people`; `doc._.found_dates`) and `doc.spans["entities"]` with every entity
mention, its label and, as `kb_id_`, the canonical name of its entity. Entity types are
final once `coreference` has run. The rules themselves are the modules of this package
(chunks, entities, context, programmes, labels, people) and the rule set's data files;
a component only calls them in order. Rows are made from the Doc by `pipeline.tables`.

`nlp.analyze_pipes()` shows what each component assigns and requires; the components
keep no state of their own (nothing to serialise beyond their names).
"""
from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import dates as dates_stage
from pipeline.extract import context, programmes
from pipeline.extract.doc_view import view
from pipeline.extract.acronyms import apply_definitions
from pipeline.extract.classify import classify_chunks
from pipeline.extract.coreference import (merge_appositions, merge_brand_names, merge_cluster_variants, merge_management_appositions,
                                          merge_managed_by, merge_management_fields, merge_bodies_running_the_cluster, merge_paired_header_names, merge_title_descriptions,
                                          resolve_short_forms, merge_inflected_organisations,
                                          merge_initialled_organisations)
from pipeline.extract.gazetteer import add_gazetteer_mentions
from pipeline.extract.model import DocumentEntities, Mention, ORG, PERSON, PROGRAMME
from pipeline.extract.name_shapes import org_type_of
from pipeline.extract.labels import label_rows
from pipeline.extract.people import people
from pipeline.nlp import RULES_SPANS_KEY

ENTITY_SPANS_KEY = "entities"
MODEL_LABELS = {"ORG": ORG, "PER": PERSON, "PERSON": PERSON}
# name -> (what it requires, what it assigns); the order is the pipeline's.
EXTRACTION_COMPONENTS = {
    "entity_gazetteer": (["doc.spans"], ["doc._.entities"]),
    "name_chunks": (["doc._.entities"], ["doc._.name_chunks"]),
    "acronyms": (["doc._.entities", "doc._.name_chunks"], ["doc._.name_chunks"]),
    "cluster_context": (["doc._.entities", "doc._.name_chunks", "doc.sents", "doc.spans"],
                        ["doc._.name_chunks", "doc._.tier_spans"]),
    "coreference": (["doc._.entities", "doc._.name_chunks"], ["doc._.entities", "doc.spans"]),
    "date_roles": (["doc.sents"], ["doc._.found_dates"]),
    "label_statements": (["doc._.entities", "doc._.tier_spans", "doc._.found_dates"],
                         ["doc._.label_statements"]),
    "people_roles": (["doc._.entities"], ["doc._.people"]),
}
EXTENSIONS = ("entities", "name_chunks", "tier_spans", "found_dates", "label_statements", "people")

for _extension in EXTENSIONS:
    if not Doc.has_extension(_extension):
        Doc.set_extension(_extension, default=None)


def add_extraction_components(nlp) -> None:
    """Append the extraction components to `nlp` (after its SpanRuler), in order."""
    for name in EXTRACTION_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)


def run_extraction(doc, language: str) -> Doc:
    """Run the extraction steps on a Doc that has been through the nlp stage only (a
    pipeline without them, or the benchmark timing the stages apart)."""
    for step in _steps(language):
        doc = step(doc)
    return doc


@lru_cache(maxsize=8)
def _steps(language: str) -> tuple:
    host = SimpleNamespace(lang=language)
    return tuple(_CLASSES[name](host, name) for name in EXTRACTION_COMPONENTS)


class _Step:
    """A component: one step of the extraction, for documents of the pipeline's language."""

    def __init__(self, nlp, name: str):
        self.name, self.language = name, nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        self.apply(doc, view(doc).text)
        return doc

    def apply(self, doc: Doc, text: str) -> None:
        raise NotImplementedError


class EntityGazetteer(_Step):
    """The entities the rule set names outright: gazetteer spans of the SpanRuler, an
    installed model's ORG/PER entities where the rules found nothing, quoted and listed
    programmes, and lines 'ACRONYM: Full Name' under a winners' heading."""

    def apply(self, doc, text):
        found = DocumentEntities()
        add_gazetteer_mentions(doc, text, found, RULES_SPANS_KEY, programmes.whole_name_spans(text))
        add_model_entities(doc, found)
        programmes.quoted_and_listed(text, found)
        context.acronym_lines(text, found)
        doc._.entities = found


class NameChunks(_Step):
    """Proper-name chunks, classified by their own words (people, clusters,
    organisations, programmes); the unclassified ones are left for the context rules."""

    def apply(self, doc, text):
        chunks = classify_chunks(text, self.language, doc._.entities)
        doc._.name_chunks = programmes.apposed(text, chunks, doc._.entities)


class Acronyms(_Step):
    """Acronym definitions in parentheses, and initials that spell a known name."""

    def apply(self, doc, text):
        found = doc._.entities
        apply_definitions(text, found, doc._.name_chunks)
        chunks = [c for c in doc._.name_chunks if not found.covered(c.start, c.end)]
        doc._.name_chunks = context.link_initials(chunks, found)


def _inside_a_name(span, found) -> bool:
    """A tier word inside a name ('Velmora Silver Economy Cluster') or ending a person's
    ('Rep. Jared Golden', 'Anna Silver') is no tier."""
    return any(m.start < span.start_char and (span.end_char < m.end or (span.end_char == m.end and m.label == PERSON))
               for m in found.mentions)


class ClusterContext(_Step):
    """Context rules for names that say nothing by themselves: introduced clusters,
    lists, the subjects of label statements, colon and bullet lists, project tables and
    project lists, member tables, member lists, supporters' rows and the lists under tier
    headings."""

    def apply(self, doc, text):
        found, language = doc._.entities, self.language
        chunks = context.promote_introduced(text, doc._.name_chunks, found)
        chunks = context.introduced_cluster_lists(text, chunks, found)
        tier_spans = [s for s in doc.spans.get(RULES_SPANS_KEY, []) if s.label_ == "TIER"
                      and not _inside_a_name(s, found)]  # 'Velmora Silver Economy Cluster'
        in_labels, in_statements = context.label_sentences(doc, tier_spans)
        merge_cluster_variants(found)
        chunks = resolve_short_forms(text, found, chunks)
        chunks = context.promote_label_lists(text, chunks, found, in_labels, language)
        chunks = context.promote_label_subjects(text, chunks, found, in_statements, language)
        chunks = context.promote_anaphor_antecedents(text, chunks, found, in_statements)
        chunks = context.promote_called_clusters(text, chunks, found, language)
        chunks = context.described_companies(text, chunks, found, language)
        chunks = context.person_affiliations(text, chunks, found, language)
        chunks = context.noted_lists(text, chunks, found, language)
        chunks = context.expand_lists(text, chunks, found, language)
        context.bullet_lists(text, found)
        context.promote_colon_lists(text, found, in_labels)
        context.tier_table_names(text, found)
        context.column_table_names(text, found)
        context.project_table_names(text, found)
        context.project_fact_sheet(text, found)
        context.project_titles(text, found)
        context.project_list_lines(text, found)
        context.member_table_names(text, found)
        context.member_list_lines(text, found)
        context.tier_list_lines(text, found)
        context.brands_of_their_bodies(text, found)
        context.described_lines(text, found)
        chunks = context.referred_to_as_cluster(text, chunks, found)
        doc._.name_chunks, doc._.tier_spans = chunks, tier_spans


class Coreference(_Step):
    """Appositions, name variants and short forms merged into their entity; then every
    mention into doc.spans["entities"], its kb_id_ the entity's canonical name."""

    def apply(self, doc, text):
        found = doc._.entities
        merge_appositions(text, found)
        merge_management_appositions(text, found)
        merge_managed_by(text, found)
        merge_management_fields(text, found)
        merge_bodies_running_the_cluster(text, found)
        merge_brand_names(text, found, doc._.name_chunks)
        merge_paired_header_names(text, found)
        merge_cluster_variants(found)
        merge_title_descriptions(found)
        if self.language == "de":
            merge_inflected_organisations(found)
        merge_initialled_organisations(found)
        resolve_short_forms(text, found, doc._.name_chunks)
        names: dict[int, str] = {}  # id(entity) -> its canonical name, once per entity
        spans = []
        for mention in found.mentions:
            entity = mention.entity
            if id(entity) not in names:
                names[id(entity)] = entity.best_name() if entity is not None else mention.text
            span = doc.char_span(mention.start, mention.end, label=mention.label,
                                 kb_id=names[id(entity)], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[ENTITY_SPANS_KEY] = spans


class DateRoles(_Step):
    """Calendar references with their role (published, awarded, valid_until, ...)."""

    def apply(self, doc, text):
        doc._.found_dates = dates_stage.find_dates(text, self.language)


class LabelStatements(_Step):
    """Statements that a named cluster was awarded, holds or held a tier."""

    def apply(self, doc, text):
        dates = _outside_programme_names(doc._.found_dates, doc._.entities)
        doc._.label_statements = label_rows(doc, doc._.entities, doc._.tier_spans, dates)


def _outside_programme_names(dates: list, found) -> list:
    """The dates that are no part of a programme's name: 'France 2030', 'Horizon 2020' date
    no award ('receives Gold Label and two France 2030 grants')."""
    named = [(m.start, m.end) for m in found.mentions if m.label == PROGRAMME]
    if not named:
        return dates
    return [d for d in dates if not any(start <= d.start and d.end <= end for start, end in named)]


class PeopleRoles(_Step):
    """People with the role and organisation the text gives them."""

    def apply(self, doc, text):
        doc._.people = people(text, doc._.entities)


def add_model_entities(doc, found: DocumentEntities) -> None:
    """An installed model's ORG and person entities, where the rules found nothing."""
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label and not found.covered(ent.start_char, ent.end_char):
            attrs = {"org_type": org_type_of(ent.text) or "other"} if label == ORG else {}
            found.add(Mention(ent.start_char, ent.end_char, ent.text, label, "model_ner"), **attrs)


_CLASSES = {"entity_gazetteer": EntityGazetteer, "name_chunks": NameChunks, "acronyms": Acronyms,
            "cluster_context": ClusterContext, "coreference": Coreference, "date_roles": DateRoles,
            "label_statements": LabelStatements, "people_roles": PeopleRoles}


def _register(name: str) -> None:
    requires, assigns = EXTRACTION_COMPONENTS[name]
    if not Language.has_factory(name):
        Language.factory(name, requires=requires, assigns=assigns,
                         func=lambda nlp, name, _cls=_CLASSES[name]: _cls(nlp, name))


for _name in EXTRACTION_COMPONENTS:
    _register(_name)
