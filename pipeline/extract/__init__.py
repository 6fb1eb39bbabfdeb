"""Stage 5, extract: the domain objects of a processed spaCy Doc.

The stage is a run of registered spaCy components (pipeline.extract.components),
added to each language's pipeline after the nlp stage's SpanRuler, each one step with
its own module of rules:
1. entity_gazetteer: gazetteer spans (programmes, well-known bodies), an installed
   model's entities, quoted/listed programmes, 'ACRONYM: Name' lines;
2. name_chunks: proper-name chunks (chunks.py; lower-case brands, brands.py, read as
   capitalised) classified by their own words
   (classify.py, name_shapes.py): people, clusters ("X Cluster", "Cluster X"), organisations (heads,
   legal forms), programmes (programmes.py);
3. acronyms: definitions in parentheses, initials of known names;
4. cluster_context: context rules (context.py) for names that say nothing by themselves;
5. coreference: appositions, variants and short forms merged; doc.spans["entities"];
6. date_roles, label_statements (labels.py), people_roles (people.py).
Their results stay on the Doc (`doc._.entities`, `doc._.label_statements`,
`doc._.people`, `doc._.found_dates`); pipeline.tables makes the rows.
"""
from __future__ import annotations

from pipeline.tables import Extracted, document_rows

__all__ = ["Extracted", "extract"]


def extract(doc, language: str, doc_id: str) -> Extracted:
    """The rows of a Doc's domain tables. A Doc from the project's pipelines has been
    through the extraction components; any other (a pipeline without them) is run
    through them here first."""
    if not doc.has_extension("label_statements") or doc._.label_statements is None:
        from pipeline.extract.components import run_extraction

        doc = run_extraction(doc, language)
    return document_rows(doc, doc_id)
