"""cluster_context: names that say nothing by themselves, read from their context."""
from pipeline.config import load_config
from pipeline.extract.model import CLUSTER
from pipeline.nlp import get_pipeline

UP_TO = ["sentencizer", "line_breaks", "domain_rules", "domain_acronyms", "entity_gazetteer", "name_chunks", "acronyms",
         "cluster_context"]


def test_label_subjects_and_introduced_names_become_clusters():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Valtrona, Merisol and Braxen have been awarded the Gold Label. "
                  "The Silver Label went to the cluster Quendt.")
    clusters = {m.text for m in doc._.entities.mentions if m.label == CLUSTER}
    assert clusters == {"Valtrona", "Merisol", "Braxen", "Quendt"}
    assert {s.id_ for s in doc._.tier_spans} == {"gold", "silver"}
