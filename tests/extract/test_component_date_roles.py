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


def test_a_newsletter_s_number_or_week_before_a_date_in_its_head_makes_it_the_published_date():
    nlp = get_pipeline("en", load_config())
    for head in ("Velmora Wood Cluster, z.s.\nNEWSLETTER #18 | 5 July 2021",
                 "VELMORA CLUSTER MONITOR\nWeekly digest · Week 12 · Friday, 22 March 2024"):
        doc = nlp(head + "\n\nDear members,\nthe first half of the year was busy. Here is a short round-up.")
        assert [d.role for d in doc._.found_dates][0] == "published"


def test_a_newsletter_s_month_is_its_published_date_unless_a_stamp_gives_its_day():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Bundesforum Velmora e.V. | Newsletter März 2024\nStartseite > Aktuelles\n\nLiebe Mitglieder,\nder "
              "Frühling bringt Zuwachs: Seit unserem letzten Newsletter sind sechs neue Mitglieder eingetreten.")
    assert [(d.value, d.role) for d in doc._.found_dates] == [("2024-03", "published")]
    doc = nlp("Betreff: Newsletter Februar 2025 – Silber-Label, Agenda\nVon: Cluster Velmora\nDatum: Di, 18.02.2025 "
              "08:15\n\nLiebe Mitglieder,\nder Cluster Velmora hat das Silber-Label erhalten.")
    assert [d.value for d in doc._.found_dates if d.role == "published"] == ["2025-02-18"]
