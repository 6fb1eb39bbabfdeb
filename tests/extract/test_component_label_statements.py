"""label_statements: who was awarded or holds which tier, on doc._.label_statements."""
from pipeline.config import load_config
from pipeline.nlp import get_pipeline


def test_statements_name_cluster_tier_date_and_body():
    nlp = get_pipeline("en", load_config())
    doc = nlp("In May 2021, Velmora Cluster received the Silver Label of the European Cluster "
              "Excellence Initiative. Members who do not yet hold a Gold label may apply.")
    (statement,) = doc._.label_statements
    assert (statement.cluster.best_name(), statement.tier, statement.awarded) == \
        ("Velmora Cluster", "silver", "2021-05")
    assert statement.awarding_body == "European Cluster Excellence Initiative"
