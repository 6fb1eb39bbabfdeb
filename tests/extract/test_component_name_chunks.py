"""name_chunks: proper-name chunks classified by their own words; the rest kept."""
from pipeline.config import load_config
from pipeline.extract.model import CLUSTER, ORG, PERSON
from pipeline.nlp import get_pipeline

UP_TO = ["sentencizer", "line_breaks", "domain_rules", "domain_acronyms", "entity_gazetteer", "name_chunks"]


def test_chunks_are_classified_and_the_unclassified_kept():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Dr. Jana Velling vom Nordalb Cluster sprach mit der Quillon GmbH über Valtrona.")
    found = {(m.label, m.text) for m in doc._.entities.mentions}
    assert {(PERSON, "Jana Velling"), (CLUSTER, "Nordalb Cluster"), (ORG, "Quillon GmbH")} <= found
    assert "Valtrona" in {c.text for c in doc._.name_chunks}
