"""date_roles: calendar references with their role, on doc._.found_dates."""
from pipeline.config import load_config
from pipeline.nlp import get_pipeline


def test_dates_with_roles():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Berlin, 12.05.2023 – Das Nordalb Cluster wurde 2016 gegründet und im März 2023 "
              "mit dem Gold-Label ausgezeichnet, das bis 2025 gültig ist.")
    roles = {(d.value, d.role) for d in doc._.found_dates}
    assert roles == {("2023-05-12", "published"), ("2016", "founded"), ("2023-03", "awarded"),
                     ("2025", "valid_until")}


def test_an_expiry_word_owns_the_date_it_governs_and_the_end_of_a_period():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Velmora Textiles Cluster: its Bronze label of 2016 expired in 2018 and was not renewed.")
    assert {(d.value, d.role) for d in doc._.found_dates} >= {("2018", "valid_until")}
    assert ("2016", "valid_until") not in {(d.value, d.role) for d in doc._.found_dates}
    doc = nlp("Velmora Textiles Cluster (Brno) - label expired (Silver 2018-2020).")
    assert ("2020", "valid_until") in {(d.value, d.role) for d in doc._.found_dates}
    assert ("2018", "valid_until") not in {(d.value, d.role) for d in doc._.found_dates}


def test_a_label_that_ran_out_on_a_date_was_valid_until_then():
    nlp = get_pipeline("de", load_config())
    doc = nlp("In Vorarlberg ist das Silber-Label des Textilclusters Velmora am 2019-08-31 ausgelaufen.")
    assert {(d.value, d.role) for d in doc._.found_dates} == {("2019-08-31", "valid_until")}
