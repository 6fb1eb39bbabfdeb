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


def test_a_timeline_under_the_title_dates_the_labels_of_the_cluster_it_names():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Jahresbericht 2022\nNetzwerk Tarsio Optik e.V.\n\nUnsere Meilensteine\n\n"
              "2014 Gründung des Vereins durch 23 Unternehmen\n"
              "2017 Erstes Benchmarking durch die ESCA: Bronze-Label\n"
              "2020 Silber-Label der European Cluster Excellence Initiative\n\n"
              "Das Clustermanagement von VelOpt – so die Kurzbezeichnung, unter der das Netzwerk auftritt – "
              "wurde neu geordnet.")
    assert {(s.cluster.best_name(), s.tier, s.awarded) for s in doc._.label_statements} == {
        ("Tarsio Optik e.V.", "bronze", "2017"), ("Tarsio Optik e.V.", "silver", "2020")}
