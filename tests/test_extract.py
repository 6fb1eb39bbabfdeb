"""Behavioural tests of the extract stage on short invented sentences.

Every cluster, company, person and project name below is made up; no sentence is taken
from the dev corpus. Each test runs the real nlp stage (blank spaCy pipeline + rules)
and `pipeline.extract.extract`, then asserts on the rows as dicts keyed by the
columns of pipeline/schemas.py.

Tests marked xfail(strict=True) document what the extractor does not do yet: they
describe the behaviour a good tool should have, and turn red when it is fixed so the
marker can be removed.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline import schemas
from pipeline.clean import normalise
from pipeline.config import load_config
from pipeline.extract import extract
from pipeline.nlp import get_pipeline

TABLES = (schemas.CLUSTERS, schemas.LABELS, schemas.PROGRAMMES, schemas.ORGANISATIONS,
          schemas.PEOPLE, schemas.DATES, schemas.MENTIONS)


@lru_cache(maxsize=None)
def _nlp(language: str):
    return get_pipeline(language, load_config())


@lru_cache(maxsize=None)
def _run(language: str, text: str):
    doc = _nlp(language)(text)
    extracted = extract(doc, language, "testdoc")
    return {t.name: [dict(zip(t.column_names, row)) for row in extracted.rows[t.name]]
            for t in TABLES}


def run(language: str, text: str) -> dict[str, list[dict[str, str]]]:
    """Table name -> list of row dicts (a fresh copy, safe to mutate)."""
    return {name: [dict(r) for r in rows] for name, rows in _run(language, text).items()}


def forms(row) -> set[str]:
    return set(row["surface_forms"].split(schemas.MULTI_SEPARATOR)) if row["surface_forms"] else set()


def labels_of(out) -> set[tuple[str, str]]:
    return {(r["cluster"], r["tier"]) for r in out["labels"]}


def only(rows):
    assert len(rows) == 1, rows
    return rows[0]


def one_label(out, cluster: str, tier: str) -> dict[str, str]:
    row = only(out["labels"])
    assert (row["cluster"], row["tier"]) == (cluster, tier), row
    return row


# --------------------------------------------------------------------------------------
# Label statements: one row per statement, right cluster, right tier
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, cluster, tier", [
    ("en", "The Cluster Management Excellence Label GOLD was awarded to the Lakeside "
           "Photonics Cluster.", "Lakeside Photonics Cluster", "gold"),
    ("en", "Brightwater Robotics Cluster receives the GOLD Label for Cluster Management "
           "Excellence.", "Brightwater Robotics Cluster", "gold"),
    ("de", "Das Tannbach Automotive Cluster hat das Silber-Label der ECEI erhalten.",
     "Tannbach Automotive Cluster", "silver"),
    ("de", "Der Cluster Feldmark Energie erhält das Bronzelabel.",
     "Cluster Feldmark Energie", "bronze"),
    ("de", "Das Rheinwald Medizintechnik-Cluster wurde mit dem Qualitätslabel in Silber "
           "ausgezeichnet.", "Rheinwald Medizintechnik-Cluster", "silver"),
    ("de", "Das Fenwick-Cluster wurde mit dem Bronze-Label ausgezeichnet.",
     "Fenwick-Cluster", "bronze"),
    ("de", "Das Cluster Nordlicht Sensorik erhält Gold.", "Cluster Nordlicht Sensorik", "gold"),
    ("de", "Der Ostsee Maritim Cluster erhält das Gold-Label.", "Ostsee Maritim Cluster", "gold"),
    ("de", "Im Herbst wurde das Kranich Luftfahrt-Cluster mit dem Goldlabel ausgezeichnet.",
     "Kranich Luftfahrt-Cluster", "gold"),
    ("en", "The Alpine Textiles Cluster was re-certified with the Silver Label.",
     "Alpine Textiles Cluster", "silver"),
    ("en", "Brightwater Robotics Cluster has renewed its Gold Label.",
     "Brightwater Robotics Cluster", "gold"),
    ("de", "Der Cluster Feldmark Energie ist erneut mit dem Silber-Label zertifiziert worden.",
     "Cluster Feldmark Energie", "silver"),
    ("en", "Lakeside Photonics Cluster wins Cluster Management Excellence Label GOLD",
     "Lakeside Photonics Cluster", "gold"),
    ("en", "Another Success: Gold for Velmora Wind", "Velmora Wind", "gold"),
    ("de", "Silber für Velmora Wind", "Velmora Wind", "silver"),
    ("en", "Finland's Velmora Health Hub was awarded the Gold label.", "Velmora Health Hub", "gold"),
    ("en", "Velmora Agritech – now Gold!", "Velmora Agritech", "gold"),
    ("de", "Velmora Agritech: Erneut Gold!", "Velmora Agritech", "gold"),
    ("de", "Gold-Status für Velmora Agritech", "Velmora Agritech", "gold"),
])
def test_label_phrasings_give_one_row(language, text, cluster, tier):
    out = run(language, text)
    one_label(out, cluster, tier)
    assert only(out["clusters"])["cluster"] == cluster


def test_label_evidence_is_the_sentence():
    text = "The cluster held its annual meeting. The Alpine Textiles Cluster was " \
           "re-certified with the Silver Label."
    row = only(run("en", text)["labels"])
    assert row["evidence"] == "The Alpine Textiles Cluster was re-certified with the Silver Label."


@pytest.mark.parametrize("text", [
    "Die Clusterinitiative Holzland Thüringen wurde mit dem Bronze-Label ausgezeichnet.",
    "Die Cluster-Initiative Holzland Thüringen wurde mit dem Bronze-Label ausgezeichnet.",
])
def test_label_for_clusterinitiative(text):
    out = run("de", text)
    row = only(out["labels"])
    assert row["tier"] == "bronze"
    # the introducer may or may not be kept in the name; the name itself must be whole
    assert row["cluster"].endswith("Holzland Thüringen")
    assert only(out["clusters"])["cluster"] == row["cluster"]


def test_past_award_reported_in_passing_is_a_row_with_its_year():
    out = run("en", "In 2014, the Harbourview Logistics Cluster was awarded the GOLD label.")
    assert one_label(out, "Harbourview Logistics Cluster", "gold")["awarded"] == "2014"


def test_award_month_in_german():
    out = run("de", "Im Juni 2018 wurde das Kranich Luftfahrt-Cluster mit dem Goldlabel "
                    "ausgezeichnet.")
    assert one_label(out, "Kranich Luftfahrt-Cluster", "gold")["awarded"] == "2018-06"


def test_award_day_and_awarding_body_by_acronym():
    out = run("en", "Quarzberg Cluster was awarded the Silver Label by ESCA on 12 May 2022.")
    row = one_label(out, "Quarzberg Cluster", "silver")
    assert row["awarded"] == "2022-05-12"
    assert row["awarding_body"] == "European Secretariat for Cluster Analysis"


def test_award_year_through_acronym_in_a_later_sentence():
    text = ("The Harrowgate Food Cluster (HFC) was founded in 2009. In 2015 HFC became the "
            "first cluster in the region to receive the Gold Label.")
    row = one_label(run("en", text), "Harrowgate Food Cluster", "gold")
    assert row["awarded"] == "2015"  # not the founding year


def test_label_history_over_two_sentences():
    text = ("In 2012 the Kelvan Cluster received the Silver Label. "
            "In 2016 it was awarded the Gold Label.")
    rows = run("en", text)["labels"]
    assert sorted((r["cluster"], r["tier"], r["awarded"]) for r in rows) == [
        ("Kelvan Cluster", "gold", "2016"), ("Kelvan Cluster", "silver", "2012")]


@pytest.mark.parametrize("language, text, cluster", [
    ("en", "The Kelvan Cluster was awarded the Gold Label in 2016 and the Silver Label in 2012.",
     "Kelvan Cluster"),
    ("de", "Das Kelvan-Cluster erhielt 2016 das Gold-Label und 2012 das Silber-Label.",
     "Kelvan-Cluster"),
])
def test_label_history_in_one_sentence(language, text, cluster):
    rows = run(language, text)["labels"]
    assert sorted((r["cluster"], r["tier"], r["awarded"]) for r in rows) == [
        (cluster, "gold", "2016"), (cluster, "silver", "2012")]


@pytest.mark.parametrize("language, text, cluster, history", [
    ("de", "Zweimal hatte das Kelvan-Cluster schon das Bronze-Label erhalten, jetzt bekam es "
           "das Silber-Label.", "Kelvan-Cluster", {"bronze", "silver"}),
    ("en", "After holding the Bronze Label since 2015, the Kelvan Cluster has now been awarded "
           "the Silver Label.", "Kelvan Cluster", {"bronze", "silver"}),
])
def test_earlier_tier_in_a_separate_clause_is_a_row(language, text, cluster, history):
    rows = run(language, text)["labels"]
    assert {(r["cluster"], r["tier"]) for r in rows} == {(cluster, t) for t in history}


@pytest.mark.parametrize("language, text", [
    ("de", "Das Kelvan-Cluster ist Mitglied. Viele Clusterorganisationen haben schon ein "
           "Bronze-, ein Silber- oder ein Gold-Label bekommen."),
    ("en", "The Kelvan Cluster is a member. Clusters can be awarded a Bronze, a Silver or a "
           "Gold Label."),
])
def test_coordinated_tiers_are_the_scheme_not_an_award(language, text):
    out = run(language, text)
    assert out["clusters"] and out["labels"] == []


def test_headline_and_dated_body_of_the_same_award_are_one_row():
    text = ("Kelvan-Cluster mit dem Silber-Label zertifiziert\n\n"
            "Im März 2014 wurde das Kelvan-Cluster mit dem Bronze-Label ausgezeichnet. "
            "Im Januar 2018 wurde das Kelvan-Cluster mit dem Silber-Label zertifiziert.")
    rows = run("de", text)["labels"]
    assert sorted((r["tier"], r["awarded"]) for r in rows) == [("bronze", "2014-03"), ("silver", "2018-01")]


def test_award_held_since_an_old_year_is_not_the_headline_award():
    text = ("Kelvan Cluster is awarded the Gold Label.\n\n"
            "The Kelvan Cluster has held the Gold Label since 2013 and scores high again.")
    rows = run("en", text)["labels"]
    assert sorted(r["awarded"] for r in rows) == ["", "2013"]


def test_sentence_goes_on_after_a_quoted_title_with_exclamation_mark():
    text = ("Das Kelvan-Cluster wurde in die Initiative „Gemeinsam stark!“ aufgenommen und "
            "im März 2014 mit dem Bronze-Label ausgezeichnet.")
    row = one_label(run("de", text), "Kelvan-Cluster", "bronze")
    assert row["awarded"] == "2014-03"


def test_place_in_genitive_after_a_cluster_word_is_no_cluster():
    text = ("Im März 2014 wurde das Kelvan-Cluster als erster Spitzencluster Thüringens "
            "mit dem Bronze-Label ausgezeichnet.")
    out = run("de", text)
    assert [r["cluster"] for r in out["clusters"]] == ["Kelvan-Cluster"]
    assert labels_of(out) == {("Kelvan-Cluster", "bronze")}


def test_intention_to_reach_a_tier_is_no_row():
    out = run("de", "Das Kelvan-Cluster hat das Silber-Label. Langfristig will das Cluster die "
                    "höchste Stufe erreichen, das Gold-Label.")
    assert labels_of(out) == {("Kelvan-Cluster", "silver")}


def test_several_clusters_in_one_sentence_one_row_each():
    text = ("The Quarzberg Materials Cluster, Veltrana Mobility Cluster and the Sunmoor Food "
            "Cluster have been awarded the Bronze Label.")
    out = run("en", text)
    assert labels_of(out) == {("Quarzberg Materials Cluster", "bronze"),
                              ("Veltrana Mobility Cluster", "bronze"),
                              ("Sunmoor Food Cluster", "bronze")}
    assert len(out["labels"]) == 3


def test_two_tiers_in_one_sentence_split_between_clusters():
    text = ("Greyfield Aerospace Cluster and Koronet Biotech Cluster received the Gold Label, "
            "while the Merrow Water Cluster was awarded the Silver Label.")
    out = run("en", text)
    assert labels_of(out) == {("Greyfield Aerospace Cluster", "gold"),
                              ("Koronet Biotech Cluster", "gold"),
                              ("Merrow Water Cluster", "silver")}
    assert len(out["labels"]) == 3


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Silver labels were awarded to Kelvo Energy Cluster and Brunkel Photonics, while Quendt "
           "Aero obtained Bronze.",
     {("Kelvo Energy Cluster", "silver"), ("Brunkel Photonics", "silver"), ("Quendt Aero", "bronze")}),
    ("de", "Silber-Labels wurden an Kelvo Energie und Brunkel Photonik verliehen, Quendt Aero "
           "erhielt Bronze.",
     {("Kelvo Energie", "silver"), ("Brunkel Photonik", "silver"), ("Quendt Aero", "bronze")}),
    ("en", "Gold labels went to Velmora Agrifood (Spain), Nordalb Maritime (Norway) and the Tarsio "
           "Textile Cluster (Portugal).",
     {("Velmora Agrifood", "gold"), ("Nordalb Maritime", "gold"), ("Tarsio Textile Cluster", "gold")}),
    ("en", "The Gold label went to Velmora Agrifood.", {("Velmora Agrifood", "gold")}),
])
def test_recipients_after_the_tier_each_clause_its_own_tier(language, text, expected):
    out = run(language, text)
    assert labels_of(out) == expected
    assert len(out["labels"]) == len(expected)


@pytest.mark.parametrize("language, text, tiers", [
    ("en", "The Velmora Agritech cluster moved up from Bronze to Silver.", {"bronze", "silver"}),
    ("de", "Velmora Agritech steigt von Silber auf Gold auf.", {"silver", "gold"}),
])
def test_moving_up_a_tier_reports_both(language, text, tiers):
    assert labels_of(run(language, text)) == {("Velmora Agritech", tier) for tier in tiers}


@pytest.mark.parametrize("language, text", [
    ("en", "The Ashcombe Cluster offers coaching to members that do not already hold a valid "
           "Gold label."),
    ("de", "Das Ostwald-Cluster bereitet sich auf das Audit vor. Die Zertifizierung wird in "
           "Bronze, Silber oder Gold verliehen."),
    ("en", "The Lorvik Cluster aims to reach Gold by 2025."),
])
def test_tier_mentioned_in_general_is_no_row(language, text):
    out = run(language, text)
    assert out["clusters"], "the cluster itself is still found"
    assert out["labels"] == []


def test_valid_until_in_english():
    out = run("en", "The Silverlake Chemistry Cluster holds the Gold Label, valid until "
                    "March 2026.")
    row = one_label(out, "Silverlake Chemistry Cluster", "gold")
    assert row["valid_until"] == "2026-03"
    assert row["awarded"] == ""


def test_valid_until_in_german():
    out = run("de", "Das Ostwald-Cluster hat das Gold-Label erhalten, das bis Dezember 2025 "
                    "gültig ist.")
    row = one_label(out, "Ostwald-Cluster", "gold")
    assert row["valid_until"] == "2025-12"
    assert row["awarded"] == ""


def test_the_cluster_of_an_award_sentence_is_the_release_s_own_after_partners():
    out = run("de", "Nordalb Energie-Cluster: Silber bestätigt\n\nDer Nordalb Energie-Cluster arbeitet "
                    "eng mit dem Cluster Tarsio Solar zusammen. Nach der erfolgreichen Re-Zertifizierung "
                    "im Oktober 2023 darf sich das Clustermanagement weitere zwei Jahre mit dem "
                    "Silber-Label schmücken.")
    assert [(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]] == [
        ("Nordalb Energie-Cluster", "silver", "2023-10")]


def test_two_cluster_names_joined_by_and_and_a_handover_date():
    out = run("en", "The Velmora Automotive Cluster was awarded the GOLD label, while the Wood Industry "
                    "Cluster Nordalb and TARSIO – Slovenian Smart Materials Cluster both received the "
                    "BRONZE label. The labels were handed over at a ceremony on 21 February 2023.")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Automotive Cluster", "gold", "2023-02-21"),
        ("Wood Industry Cluster Nordalb", "bronze", "2023-02-21"),
        ("TARSIO – Slovenian Smart Materials Cluster", "bronze", "2023-02-21")}


def test_inline_list_of_names_each_with_a_dash_and_its_tier():
    out = run("en", "The following clusters were awarded: Velmora Agri – Gold; Nordalb Digital – Silver; "
                    "Tarsio Energy – Bronze.")
    assert labels_of(out) == {("Velmora Agri", "gold"), ("Nordalb Digital", "silver"), ("Tarsio Energy", "bronze")}


def test_a_place_and_a_dash_before_a_name_and_its_validity_after_a_link():
    out = run("en", "There is currently only one Gold-labelled Cluster in the Czech Republic – VELMORA, z.s. "
                    "(https://www.velmora.example/). Its label is valid until 2024/12/14.")
    assert [(r["cluster"], r["tier"], r["valid_until"]) for r in out["labels"]] == [
        ("VELMORA, z.s.", "gold", "2024-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("The Velmora IT Cluster has the Silver label. Clusters from three countries were audited and three "
     "clusters renewed their Bronze Label certificates but two IT clusters received Silver Label "
     "certificates.", {("Velmora IT Cluster", "silver")}),  # 'IT' is no pronoun
    ("There are three certified clusters in Denmark – Velmora Food Cluster (bronze level) and Velmora "
     "IT Cluster (silver level).", {("Velmora Food Cluster", "bronze"), ("Velmora IT Cluster", "silver")}),
    ("The Nordalb Cluster was earlier awarded the bronze certificate, but the team has worked towards "
     "attaining the highest gold level.", {("Nordalb Cluster", "bronze")}),
    ("Three clusters have renewed their Bronze Label certificates but the Velmora IT Cluster has "
     "received the Silver Label.", {("Velmora IT Cluster", "silver")}),
    ("For the long-term impact on the Northern Velmora industry, the Tarsio Furniture Cluster received "
     "the Gold label.", {("Tarsio Furniture Cluster", "gold")}),
])
def test_whose_tier_a_sentence_of_several_statements_gives(text, expected):
    assert labels_of(run("en", text)) == expected


def test_a_heading_on_the_label_over_a_paragraph_gives_its_clusters_no_label():
    out = run("de", "Das Velmora-Cluster hat das Bronze-Label erhalten.\n\nBronze-Label hat große Bedeutung\n\n"
                    "Das Velmora-Cluster liegt in den Händen der Tarsio GmbH, die auch das Nordalb-Cluster managt.")
    assert labels_of(out) == {("Velmora-Cluster", "bronze")}


def test_a_possessive_before_the_tier_names_whose_label():
    row = one_label(run("en", "Velmora Agritech's Silver label was extended until 2025."), "Velmora Agritech", "silver")
    assert row["valid_until"] == "2025"


def test_validity_in_the_next_sentence_with_gilt_bis():
    out = run("de", "Das Brunkel Photonik Netzwerk hat das Gold-Label der Europäischen "
                    "Cluster-Exzellenz-Initiative erhalten. Die Auszeichnung gilt bis Mai 2025.")
    row = one_label(out, "Brunkel Photonik Netzwerk", "gold")
    assert (row["valid_until"], row["awarded"]) == ("2025-05", "")
    assert row["awarding_body"] == "European Cluster Excellence Initiative"


def test_label_renewed_until_a_date_is_its_validity_in_its_own_clause():
    out = run("en", "In September 2022, Velmora Foods achieved the Bronze Label, while Kelvo "
                    "Smart Materials renewed its Silver Label until 2024.")
    assert labels_of(out) == {("Velmora Foods", "bronze"), ("Kelvo Smart Materials", "silver")}
    bronze, silver = sorted(out["labels"], key=lambda row: row["tier"])
    assert (bronze["awarded"], bronze["valid_until"]) == ("2022-09", "")
    assert (silver["awarded"], silver["valid_until"]) == ("", "2024")


def test_reaching_a_tier_is_an_award():
    out = run("en", "Nordalb Cleantech became the first cluster in the country to reach Gold.")
    one_label(out, "Nordalb Cleantech", "gold")


def test_no_dates_invented():
    out = run("en", "The Quarzberg Cluster received the Bronze Label, which is valid for two "
                    "years.")
    row = one_label(out, "Quarzberg Cluster", "bronze")
    assert (row["awarded"], row["valid_until"], row["awarding_body"]) == ("", "", "")


def test_awarding_body_named_in_english():
    out = run("en", "The Tidewell Marine Cluster was awarded the Silver Label by the European "
                    "Secretariat for Cluster Analysis.")
    row = one_label(out, "Tidewell Marine Cluster", "silver")
    assert row["awarding_body"] == "European Secretariat for Cluster Analysis"


def test_awarding_body_named_in_german_maps_to_canonical():
    out = run("de", "Das Silber-Label wurde dem Cluster Eisenwald Metall vom Europäischen "
                    "Sekretariat für Clusteranalysen verliehen.")
    row = one_label(out, "Cluster Eisenwald Metall", "silver")
    assert row["awarding_body"] == "European Secretariat for Cluster Analysis"
    org = only(out["organisations"])
    assert (org["organisation"], org["acronym"], org["org_type"]) == (
        "European Secretariat for Cluster Analysis", "ESCA", "agency")


def test_label_of_the_ecei_with_award_month():
    out = run("de", "Das Ostwald-Cluster erhielt im März 2023 das Silber-Label der European "
                    "Cluster Excellence Initiative.")
    row = one_label(out, "Ostwald-Cluster", "silver")
    assert row["awarded"] == "2023-03"
    assert row["awarding_body"] == "European Cluster Excellence Initiative"


def test_a_label_award_is_no_programme():
    out = run("en", "Velmora Cluster wins Gold Award 2022")
    assert out["programmes"] == [] and labels_of(out) == {("Velmora Cluster", "gold")}


def test_the_label_itself_is_not_a_programme():
    out = run("en", "The Brightwater Robotics Cluster receives the Cluster Management "
                    "Excellence Label GOLD.")
    assert out["programmes"] == []
    assert out["organisations"] == []


def test_label_heading_with_for():
    out = run("en", "Cluster Management Excellence Label GOLD for Lakeside Photonics Cluster")
    one_label(out, "Lakeside Photonics Cluster", "gold")


@pytest.mark.parametrize("language, text, cluster, company", [
    ("de", "Das Weserbergland-Cluster erhielt das Silber-Label, sagt Markus Feldhaus, "
           "Geschäftsführer der Steinbrück Maschinenbau GmbH.",
     "Weserbergland-Cluster", "Steinbrück Maschinenbau GmbH"),
    ("en", "The Weserbergland Cluster received the Silver Label, says Mark Fieldhouse, CEO of "
           "Steinbrook Engineering Ltd.", "Weserbergland Cluster", "Steinbrook Engineering Ltd."),
])
def test_speakers_company_in_label_sentence_gets_no_label(language, text, cluster, company):
    out = run(language, text)
    one_label(out, cluster, "silver")
    assert only(out["clusters"])["cluster"] == cluster
    assert only(out["organisations"])["organisation"] == company


def test_german_sentence_ending_in_a_year_ends_the_label_statement():
    text = ("Das Ostwald-Cluster erhielt das Gold-Label, gültig bis 2025. "
            "Die Partner des Kranich-Clusters sind zufrieden.")
    out = run("de", text)
    assert one_label(out, "Ostwald-Cluster", "gold")["valid_until"] == "2025"
    kranich = [m for m in out["mentions"] if m["text"].startswith("Kranich")]
    assert [m["sentence"] for m in kranich] == ["1"]


# --------------------------------------------------------------------------------------
# Clusters
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, cluster", [
    ("en", "The Lakeside Photonics Cluster is based in Bristol.", "Lakeside Photonics Cluster"),
    ("de", "Der Cluster Feldmark Energie hat 80 Mitglieder.", "Cluster Feldmark Energie"),
    ("de", "Das Zellwald-Cluster hat 80 Mitglieder.", "Zellwald-Cluster"),
    ("de", "Die Kümmelberg-Cluster-Initiative hat 80 Mitglieder.", "Kümmelberg-Cluster-Initiative"),
    ("en", "The cluster Kestrel Valley Agritech was awarded the Silver Label.",
     "Kestrel Valley Agritech"),
    ("de", "Das Spitzencluster Bremen Aviation hat 80 Mitglieder.", "Bremen Aviation"),
])
def test_cluster_name_shapes(language, text, cluster):
    out = run(language, text)
    row = only(out["clusters"])
    assert row["cluster"] == cluster
    assert cluster in forms(row)
    assert out["organisations"] == []  # a cluster is not also an organisation


def test_label_subject_without_cluster_word_is_a_cluster():
    out = run("en", "NordVolt has been awarded the GOLD Label for Cluster Management Excellence.")
    assert only(out["clusters"])["cluster"] == "NordVolt"
    one_label(out, "NordVolt", "gold")


@pytest.mark.parametrize("language, text", [
    ("en", "Solvind has been awarded the Cluster Management Excellence Label GOLD."),
    ("de", "Solvind erhält das Gold-Label für exzellentes Clustermanagement."),
    ("de", "Seit 2019 trägt Solvind das Bronze-Label."),
    ("de", "Auch Solvind erhielt das Gold-Label."),
])
def test_plain_coined_label_subject_is_a_cluster(language, text):
    """A coined one-word name is the label's subject; in German only a word that is no
    common word of the language (pipeline/lexicon), for German opens sentences with
    adverbs and capitalises nouns."""
    out = run(language, text)
    assert {r["cluster"] for r in out["labels"]} == {"Solvind"}


def test_name_followed_by_lower_case_cluster():
    out = run("en", "The Solvind cluster has been awarded the Cluster Management Excellence "
                    "Label GOLD.")
    row = only(out["labels"])
    assert row["tier"] == "gold"
    assert "Solvind" in row["cluster"]


@pytest.mark.parametrize("language, text, clusters", [
    ("en", "Members of the Velmora Wind cluster visited the Nordalb Energy cluster.",
     ["Nordalb Energy", "Velmora Wind"]),
    ("en", "Members of the Life Science cluster visited Spain.", []),  # a generic phrase
    ("en", "Velmora Wind is one of the 20 Danish clusters funded by the Board.", ["Velmora Wind"]),
    ("de", "Beteiligt sind außerdem die Cluster Velmora Wind und Nordalb Energie.",
     ["Nordalb Energie", "Velmora Wind"]),
    ("de", "Das Velmora-Cluster ist das größte Netzwerk der Windbranche.", ["Velmora-Cluster"]),
    ("de", "Im Spitzencluster-Wettbewerb setzte sich das Netzwerk Nordalb Elektronik durch.",
     ["Nordalb Elektronik"]),
    ("de", "Das Netzwerk Bayern lädt ein.", []),  # a place: no coined name
    ("de", "Ausgezeichnete Cluster\n\nDie führenden Cluster der Region treffen sich.", []),
    ("en", "Velmora, Danish wind cluster, has 300 members.", ["Velmora"]),
    ("en", "Velmora Agri, French pôle de compétitivité reaching European excellence!", ["Velmora Agri"]),
    ("en", "The meeting with Velmora, Danish Minister of Trade, was productive.", []),
    ("de", "Das Land fördert zwölf Landescluster, darunter Velmora Energie und Nordalb Chemie.",
     ["Nordalb Chemie", "Velmora Energie"]),
    ("en", "Twelve clusters are supported, among them Velmora Energy and Nordalb Chemicals.",
     ["Nordalb Chemicals", "Velmora Energy"]),
    ("en", "The three clusters have many members, including Velmotec and Nordsys.", []),
])
def test_clusters_named_once_outside_label_statements(language, text, clusters):
    assert sorted(r["cluster"] for r in run(language, text)["clusters"]) == clusters


@pytest.mark.parametrize("text, second, third", [
    ("The Ravenmoor Cluster, Stellwick and Ondara have been awarded the Silver Label.",
     "Stellwick", "Ondara"),
    ("The Ravenmoor Cluster, Stellwick Materials and Ondara Health have been awarded the "
     "Silver Label.", "Stellwick Materials", "Ondara Health"),
])
def test_coordinated_cluster_list_without_cluster_words(text, second, third):
    out = run("en", text)
    assert labels_of(out) == {("Ravenmoor Cluster", "silver"), (second, "silver"),
                              (third, "silver")}
    assert {r["cluster"] for r in out["clusters"]} == {"Ravenmoor Cluster", second, third}


def test_a_one_word_short_form_is_the_one_cluster_it_opens():
    out = run("de", "Gold für Velmora\n\nDer Velmora Medizintechnik e.V. hat im Februar 2024 das "
                    "GOLD-Label erhalten. Mit dem Cluster Nordalb Gesundheit bildet Velmora eine Allianz.")
    assert sorted(r["cluster"] for r in out["clusters"]) == ["Cluster Nordalb Gesundheit",
                                                             "Velmora Medizintechnik e.V."]
    assert [(r["cluster"], r["awarded"]) for r in out["labels"]] == [("Velmora Medizintechnik e.V.", "2024-02")]


def test_a_network_compound_in_a_headline_is_the_network_named_in_full():
    out = run("de", "Bronze für Velmora-Netzwerk\n\nDas Netzwerk Velmora Schleswig-Holstein ist mit dem "
                    "Bronze-Label ausgezeichnet worden.")
    assert [r["cluster"] for r in out["clusters"]] == ["Velmora Schleswig-Holstein"]


def test_a_programme_known_by_its_acronym_is_matched_as_written():
    out = run("de", "Clusters exist in every region. Im Rahmen von EXIST wurden drei Gründungen unterstützt.")
    assert [(r["programme"], r["acronym"]) for r in out["programmes"]] == [
        ("EXIST – Existenzgründungen aus der Wissenschaft", "EXIST")]


@pytest.mark.parametrize("language, text", [
    ("de", "Der Velmora Textil-Cluster wird von der Textil-Netzwerk Velmora GmbH gemanagt."),
    ("en", "The Velmora Plastics Cluster is managed by Velmora Plastics Network Ltd."),
])
def test_the_body_that_runs_a_cluster_is_one_of_its_names(language, text):
    assert len(run(language, text)["clusters"]) == 1


def test_a_body_managing_another_cluster_stays_apart():
    out = run("en", "The Velmora Plastics Cluster is managed by Nordalb Consulting Ltd.")
    assert [r["cluster"] for r in out["clusters"]] == ["Velmora Plastics Cluster"]


def test_genitive_and_nominative_forms_are_one_cluster():
    text = ("Die Geschäftsstelle des Weserbergland-Clusters liegt in Hameln. "
            "Das Weserbergland-Cluster wurde mit dem Gold-Label ausgezeichnet.")
    out = run("de", text)
    row = only(out["clusters"])
    assert forms(row) == {"Weserbergland-Cluster", "Weserbergland-Clusters"}
    assert row["n_mentions"] == "2"
    assert only(out["labels"])["cluster"] == row["cluster"]


def test_canonical_cluster_name_is_nominative():
    text = ("Die Geschäftsstelle des Weserbergland-Clusters liegt in Hameln. "
            "Das Weserbergland-Cluster wurde mit dem Gold-Label ausgezeichnet.")
    out = run("de", text)
    assert only(out["clusters"])["cluster"] == "Weserbergland-Cluster"
    one_label(out, "Weserbergland-Cluster", "gold")


def test_genitive_cluster_introducer_is_normalised():
    out = run("de", "Das Label des Clusters Eisenwald Metall ist gültig bis Dezember 2025.")
    assert only(out["clusters"])["cluster"] in {"Cluster Eisenwald Metall", "Eisenwald Metall"}


@pytest.mark.parametrize("text, cluster, form", [
    ("Jana Brunkel, Geschäftsführerin des Clusters Tarsio Werkstoffe Lippe, freut sich über Gold.",
     "Cluster Tarsio Werkstoffe Lippe", "Clusters Tarsio Werkstoffe Lippe"),
    ("Das Clustermanagement des Netzwerks Kognitive Robotik Velden lud ein.",
     "Netzwerk Kognitive Robotik Velden", "Netzwerks Kognitive Robotik Velden"),
    ("Das Silber-Label des Holzclusters Tarsiental wurde verlängert.", "Holzcluster Tarsiental", "Holzclusters Tarsiental"),
])
def test_a_name_given_only_in_the_genitive_is_named_in_the_nominative(text, cluster, form):
    row = only(run("de", text)["clusters"])
    assert (row["cluster"], forms(row)) == (cluster, {form})


@pytest.mark.parametrize("language, text, cluster, brand", [
    ("de", "Das Management des Clusters Velmora Süd, das unter der Marke TarsioNet auftritt, ist zertifiziert.",
     "Cluster Velmora Süd", "TarsioNet"),
    ("en", "The Velmora Marine Cluster, known as BlueTars, won Silver.", "Velmora Marine Cluster", "BlueTars"),
])
def test_the_brand_a_cluster_goes_by_is_one_of_its_names(language, text, cluster, brand):
    row = only(run(language, text)["clusters"])
    assert row["cluster"] == cluster and brand in forms(row)


def test_network_ev_and_short_form_are_one_cluster():
    text = ("Brennholt Cluster Network e.V. is based in Kiel. "
            "Brennholt was awarded the Bronze Label in 2019.")
    out = run("en", text)
    row = only(out["clusters"])
    assert forms(row) == {"Brennholt Cluster Network e.V.", "Brennholt"}
    label = one_label(out, row["cluster"], "bronze")
    assert label["awarded"] == "2019"


def test_association_with_ev_and_short_form_german():
    text = ("Das Medizintechnik-Netzwerk Vitanor e.V. erhielt 2017 das Bronze-Label. "
            "Vitanor will nun Silber erreichen.")
    out = run("de", text)
    row = only(out["clusters"])
    assert "Vitanor" in forms(row)
    assert any(form.endswith("Vitanor e.V.") for form in forms(row))
    assert one_label(out, row["cluster"], "bronze")["awarded"] == "2017"


def test_organisation_called_a_cluster_is_a_cluster():
    text = ("The Marlowe Network e.V. is a cluster of 90 firms. "
            "Marlowe received the Silver Label in 2021.")
    out = run("en", text)
    row = only(out["clusters"])
    assert {"Marlowe Network e.V.", "Marlowe"} <= forms(row)
    assert one_label(out, row["cluster"], "silver")["awarded"] == "2021"
    assert out["organisations"] == []


@pytest.mark.parametrize("language, text, name, acronym", [
    ("en", "The Baltic Offshore Wind Cluster (BOWC) connects 80 firms. BOWC received the "
           "Gold Label.", "Baltic Offshore Wind Cluster", "BOWC"),
    ("de", "Das Eisenwald Metall Cluster (EMC) erhält das Silber-Label. Das EMC hat 120 "
           "Mitglieder.", "Eisenwald Metall Cluster", "EMC"),
])
def test_acronym_in_parentheses_is_linked(language, text, name, acronym):
    out = run(language, text)
    row = only(out["clusters"])
    assert row["cluster"] == name
    assert forms(row) == {name, acronym}
    assert only(out["labels"])["cluster"] == name


def test_acronym_introduced_with_kurz_is_linked():
    text = ("Die Quellental Wasser-Cluster-Initiative – kurz QWC – erhält das Silber-Label. "
            "Die QWC hat 60 Mitglieder.")
    out = run("de", text)
    row = only(out["clusters"])
    assert forms(row) == {"Quellental Wasser-Cluster-Initiative", "QWC"}
    one_label(out, "Quellental Wasser-Cluster-Initiative", "silver")


def test_management_company_is_an_alias_of_its_cluster():
    text = ("The Coppervale Cluster, managed by Coppervale Management GmbH, received the "
            "Gold Label.")
    out = run("en", text)
    row = only(out["clusters"])
    assert forms(row) == {"Coppervale Cluster", "Coppervale Management GmbH"}
    assert only(out["labels"])["tier"] == "gold"
    assert out["organisations"] == []


def test_cluster_named_after_cluster_not_its_management_company():
    text = ("The Coppervale Cluster, managed by Coppervale Management GmbH, received the "
            "Gold Label.")
    out = run("en", text)
    assert only(out["clusters"])["cluster"] == "Coppervale Cluster"
    one_label(out, "Coppervale Cluster", "gold")


# --------------------------------------------------------------------------------------
# Programmes
# --------------------------------------------------------------------------------------

def test_german_and_english_programme_names_are_one_canonical():
    text = ("Der Verbund gewann den Spitzencluster-Wettbewerb des Bundes. "
            "The Leading-Edge Cluster Competition ran in three rounds.")
    row = only(run("de", text)["programmes"])
    assert row["programme"] == "Leading-Edge Cluster Competition"
    assert forms(row) == {"Spitzencluster-Wettbewerb", "Leading-Edge Cluster Competition"}
    assert row["n_mentions"] == "2"


@pytest.mark.parametrize("text", [
    "Das Netzwerk gewann den Spitzencluster-Wettbewerb des Bundes.",
    "Das Netzwerk war ein Gewinner des Spitzenclusterwettbewerbs.",
])
def test_german_programme_name_maps_to_english_canonical(text):
    row = only(run("de", text)["programmes"])
    assert row["programme"] == "Leading-Edge Cluster Competition"


def test_ecei_acronym_maps_to_canonical_with_acronym():
    out = run("en", "The Brackenfield Cluster joined the ECEI.")
    row = only(out["programmes"])
    assert (row["programme"], row["acronym"], forms(row)) == (
        "European Cluster Excellence Initiative", "ECEI", {"ECEI"})
    assert out["organisations"] == []


def test_programme_defined_with_acronym_is_one_row():
    out = run("en", "The label is part of the European Cluster Excellence Initiative (ECEI).")
    row = only(out["programmes"])
    assert row["acronym"] == "ECEI"
    assert forms(row) == {"European Cluster Excellence Initiative", "ECEI"}


@pytest.mark.parametrize("text", [
    "The label is part of the European Cluster Excellence Initiative (ECEI).",
    "The label was awarded by the European Secretariat for Cluster Analysis (ESCA).",
])
def test_no_span_mentioned_twice(text):
    out = run("en", text)
    spans = [(m["start_char"], m["end_char"], m["label"]) for m in out["mentions"]]
    assert len(spans) == len(set(spans)), out["mentions"]
    row = only(out["programmes"] + out["organisations"])
    assert row["n_mentions"] == "2"


@pytest.mark.parametrize("language, text, programmes", [
    ("en", "The project GreenBridge (grant agreement No 101083456) started in 2023.", ["GreenBridge"]),
    ("de", "Das INTERREG-Projekt Velmora-Nordalb-Wasser startet im März.",
     ["INTERREG", "Velmora-Nordalb-Wasser"]),
])
def test_a_project_named_before_a_remark_or_as_one_hyphenated_word(language, text, programmes):
    assert sorted(r["programme"] for r in run(language, text)["programmes"]) == programmes


def test_project_with_acronym_is_a_programme():
    out = run("en", "The Harlow Cluster coordinates the project Smart Harbour Innovation "
                    "(SHARBI).")
    row = only(out["programmes"])
    assert (row["programme"], row["acronym"]) == ("Smart Harbour Innovation", "SHARBI")
    assert only(out["clusters"])["cluster"] == "Harlow Cluster"


def test_im_projekt_names_a_programme():
    out = run("de", "Das Zellwald-Cluster ist im Projekt DigiForst Nord aktiv.")
    assert only(out["programmes"])["programme"] == "DigiForst Nord"
    assert only(out["clusters"])["cluster"] == "Zellwald-Cluster"


# --------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, name, org_type", [
    ("en", "The Lindqvist Cluster works with the University of Eastmarch on sensors.",
     "University of Eastmarch", "university"),
    ("de", "Partner ist die Universität Kornbach.", "Universität Kornbach", "university"),
    ("de", "Das Fraunhofer-Institut für Glasfasertechnik entwickelt neue Sensoren.",
     "Fraunhofer-Institut für Glasfasertechnik", "research"),
    ("en", "Prof. Tomasz Wierzbicki heads the Institute of Applied Optics.",
     "Institute of Applied Optics", "research"),
    ("de", "Zu den Mitgliedern gehört die Helmfeld Antriebstechnik GmbH aus Kassel.",
     "Helmfeld Antriebstechnik GmbH", "company"),
    ("de", "Die Orlanda Pharma AG ist Mitglied des Netzwerks.", "Orlanda Pharma AG", "company"),
    ("en", "The project is funded by the Regional Innovation Agency of Westmoor.",
     "Regional Innovation Agency of Westmoor", "agency"),
    ("de", "Gefördert wird das Projekt von der Landesagentur für Innovation Nordhessen.",
     "Landesagentur für Innovation Nordhessen", "agency"),
    ("de", "Partner ist die Industrie- und Handelskammer Kornbach.", "Industrie- und Handelskammer Kornbach",
     "public_body"),
    ("en", "The event was hosted by the Westmoor Chamber of Commerce.", "Westmoor Chamber of Commerce", "public_body"),
    ("en", "Students of the Eastmarch Institute of Technology visited the firms.", "Eastmarch Institute of Technology",
     "university"),
    ("en", "The Westmoor Business School runs the course.", "Westmoor Business School", "university"),
    ("de", "Neues Mitglied ist die Digitalwerkstatt Kornbach eG.", "Digitalwerkstatt Kornbach eG", "company"),
])
def test_organisation_types(language, text, name, org_type):
    row = only(run(language, text)["organisations"])
    assert (row["organisation"], row["org_type"]) == (name, org_type)


def test_polish_legal_form_is_kept_whole():
    row = only(run("en", "Members include Wolnik Systems Sp. z o.o. from Gdansk.")["organisations"])
    assert row["organisation"] == "Wolnik Systems Sp. z o.o."
    assert row["org_type"] == "company"


def test_ministry_acronym_is_public_body_with_full_name():
    row = only(run("de", "Das Projekt wird vom BMBF gefördert.")["organisations"])
    assert (row["organisation"], row["acronym"], row["org_type"]) == (
        "Bundesministerium für Bildung und Forschung", "BMBF", "public_body")


@pytest.mark.parametrize("language, text, names", [
    ("en", "The cluster unites companies such as Trelby Motors, Astrix Components and "
           "Vandor Logistics.", {"Trelby Motors", "Astrix Components", "Vandor Logistics"}),
    ("de", "Zum Cluster gehören Unternehmen wie Trelby Motoren, Astrix Bauteile und "
           "Vandor Logistik.", {"Trelby Motoren", "Astrix Bauteile", "Vandor Logistik"}),
])
def test_companies_such_as_are_split(language, text, names):
    rows = run(language, text)["organisations"]
    assert {r["organisation"] for r in rows} == names
    assert {r["org_type"] for r in rows} == {"company"}


@pytest.mark.parametrize("text, names", [
    ("Members include Nordcare Ltd, the University of Velmora and St Brunkel Hospital.",
     {"Nordcare Ltd", "University of Velmora", "St Brunkel Hospital"}),
    ("Partners are the Ministry of Economy and Labour and Tarsio University.",
     {"Ministry of Economy and Labour", "Tarsio University"}),
    ("The University of Science and Technology of Velmora joined.",
     {"University of Science and Technology of Velmora"}),  # one name: no head after 'and'
])
def test_a_head_first_name_and_a_name_ending_in_a_head_are_two_bodies(text, names):
    assert {r["organisation"] for r in run("en", text)["organisations"]} == names


def test_a_consulting_firm_is_a_company():
    row = only(run("en", "The assessment was carried out by Tarsio Consulting on behalf of the "
                         "secretariat.")["organisations"])
    assert (row["organisation"], row["org_type"]) == ("Tarsio Consulting", "company")


def test_a_body_joined_to_a_known_name_is_found_too():
    out = run("en", "The cluster is supported by the Ministry of Economic Affairs and Employment of "
                    "Finland and Business Finland.")
    assert {r["organisation"] for r in out["organisations"]} == {
        "Ministry of Economic Affairs and Employment of Finland", "Business Finland"}


def test_a_hub_is_an_organisation():
    row = only(run("en", "The cluster is headquartered in the Velmora Sound Hub in Struer.")["organisations"])
    assert (row["organisation"], row["org_type"]) == ("Velmora Sound Hub", "network")


@pytest.mark.parametrize("language, text, names", [
    ("de", "Partner ist die Hochschule für angewandte Wissenschaften Velmora.",
     {"Hochschule für angewandte Wissenschaften Velmora"}),
    ("en", "Members include SMEs, large companies such as Velmotec AG, and research institutes.",
     {"Velmotec AG"}),  # 'SMEs' is no name
])
def test_lower_case_words_inside_a_name_and_plural_acronyms(language, text, names):
    assert {r["organisation"] for r in run(language, text)["organisations"]} == names


@pytest.mark.parametrize("text, names", [
    ("Die Veranstaltung fand in der österreichischen Botschaft in Berlin statt.", {"österreichischen Botschaft"}),
    ("Die Förderung kommt vom bayerischen Wirtschaftsministerium.", {"bayerischen Wirtschaftsministerium"}),
    ("Die technische Kammer tagt in der sächsischen Landeshauptstadt.", set()),
    ("Das Amt für Wirtschaft und Arbeit des Kantons Zürich ist Partner.",
     {"Amt für Wirtschaft und Arbeit des Kantons Zürich"}),
    ("Die Cluster wurden vom polnischen Ministerium für Entwicklung und Technologie ausgewählt.",
     {"Ministerium für Entwicklung und Technologie"}),
])
def test_german_public_bodies_named_by_an_adjective_or_an_office(text, names):
    assert {r["organisation"] for r in run("de", text)["organisations"]} == names


def test_an_office_before_a_person_s_name_is_no_body():
    out = run("de", "Grußworte sprach Staatsrat Beat Muster vom Staatsrat des Kantons Velmora.")
    assert [(r["person"], r["organisation"]) for r in out["people"]] == [("Beat Muster", "Staatsrat des Kantons Velmora")]


def test_esca_with_acronym_is_one_agency():
    out = run("en", "The label was awarded by the European Secretariat for Cluster Analysis "
                    "(ESCA).")
    row = only(out["organisations"])
    assert (row["organisation"], row["acronym"], row["org_type"]) == (
        "European Secretariat for Cluster Analysis", "ESCA", "agency")
    assert "ESCA" in forms(row)


def test_surface_forms_do_not_start_with_an_article():
    text = "The label was awarded by the European Secretariat for Cluster Analysis (ESCA)."
    out = run("en", text)
    assert forms(only(out["organisations"])) == {
        "European Secretariat for Cluster Analysis", "ESCA"}
    assert not any(m["text"].lower().startswith("the ") for m in out["mentions"])


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

def test_person_after_says_with_title_role_and_organisation():
    text = ("\"This is a great success,\" says Dr. Anna Beispiel, Managing Director of the "
            "Corvane Photonics Cluster.")
    out = run("en", text)
    person = only(out["people"])
    # the entity-id column refers to the document's entity record until the tables phase
    assert person.pop("organisation_entity_id") == only(out["clusters"])["entity_id"] != ""
    assert person == {"doc_id": "testdoc", "person": "Anna Beispiel",
                      "role": "Managing Director", "organisation": "Corvane Photonics Cluster"}
    assert only(out["clusters"])["cluster"] == "Corvane Photonics Cluster"


def test_person_after_betont_with_company():
    text = "„Wir sind stolz“, betont Markus Feldhaus, Geschäftsführer der Steinbrück " \
           "Maschinenbau GmbH."
    out = run("de", text)
    person = only(out["people"])
    assert (person["person"], person["role"], person["organisation"]) == (
        "Markus Feldhaus", "Geschäftsführer", "Steinbrück Maschinenbau GmbH")
    assert only(out["organisations"])["org_type"] == "company"


def test_role_before_name_in_german():
    person = only(run("de", "Wirtschaftsministerin Hanna Lindemann gratulierte dem "
                            "Cluster.")["people"])
    assert (person["person"], person["role"]) == ("Hanna Lindemann", "Wirtschaftsministerin")


def test_role_before_name_in_english():
    person = only(run("en", "Minister of Economic Affairs Karl Brandtner congratulated the "
                            "cluster.")["people"])
    assert person["person"] == "Karl Brandtner"
    assert person["role"] == "Minister of Economic Affairs"


def test_several_titles_are_dropped_and_organisation_is_the_cluster_row():
    text = ("„Das Label bestätigt unsere Arbeit“, sagt Prof. Dr. Jörg Albrecht, Sprecher des "
            "Clusters Nordwind Energie.")
    out = run("de", text)
    person = only(out["people"])
    assert (person["person"], person["role"]) == ("Jörg Albrecht", "Sprecher")
    assert person["organisation"] == only(out["clusters"])["cluster"]


def test_english_role_after_name_with_research_institute():
    text = "Prof. Tomasz Wierzbicki, head of the Institute of Applied Optics, welcomed it."
    person = only(run("en", text)["people"])
    assert (person["person"], person["organisation"]) == (
        "Tomasz Wierzbicki", "Institute of Applied Optics")
    assert person["role"].lower() == "head"


# --------------------------------------------------------------------------------------
# Mentions: offsets and consistency
# --------------------------------------------------------------------------------------

MIXED = {
    "en": ("Kiel, 3 April 2024 – The Baltic Offshore Wind Cluster (BOWC) has been awarded the "
           "GOLD Label for Cluster Management Excellence by the European Secretariat for Cluster "
           "Analysis.\n\n“A milestone,” says Dr. Anna Beispiel, Managing Director of BOWC. "
           "Partners include the University of Eastmarch, Helmfeld Antriebstechnik GmbH and the "
           "Regional Innovation Agency of Westmoor. The cluster is part of the ECEI and won the "
           "Leading-Edge Cluster Competition in 2012."),
    "de": ("Hameln, 12.03.2023 – Das Weserbergland-Cluster wurde mit dem Silber-Label der ECEI "
           "ausgezeichnet, das bis März 2025 gültig ist. „Ein großer Tag für uns“, betont Markus "
           "Feldhaus, Geschäftsführer der Steinbrück Maschinenbau GmbH. Die Geschäftsstelle des "
           "Weserbergland-Clusters arbeitet mit dem Fraunhofer-Institut für Glasfasertechnik, "
           "der Universität Kornbach und dem BMBF zusammen. Wirtschaftsministerin Hanna "
           "Lindemann gratulierte; das Cluster ist im Projekt DigiForst Nord aktiv."),
}


@pytest.mark.parametrize("language", sorted(MIXED))
def test_every_mention_offset_round_trips(language):
    text = MIXED[language]
    out = run(language, text)
    mentions = out["mentions"]
    assert len(mentions) >= 10
    for m in mentions:
        assert text[int(m["start_char"]):int(m["end_char"])] == m["text"], m
        assert m["label"] in schemas.MENTION_LABELS
    assert {m["label"] for m in mentions} >= {"CLUSTER", "ORG", "PROGRAMME", "TIER", "DATE",
                                             "PERSON"}
    for d in out["dates"]:
        assert text[int(d["start_char"]):int(d["end_char"])] == d["text"], d


@pytest.mark.parametrize("language", sorted(MIXED))
def test_mentions_are_sorted_and_sentences_increase(language):
    out = run(language, MIXED[language])
    keys = [(int(m["start_char"]), int(m["end_char"])) for m in out["mentions"]]
    assert keys == sorted(keys)
    sentences = [int(m["sentence"]) for m in out["mentions"]]
    assert sentences == sorted(sentences)
    assert sentences[0] == 0 and sentences[-1] >= 3


@pytest.mark.parametrize("language", sorted(MIXED))
def test_every_entity_row_has_its_mentions(language):
    out = run(language, MIXED[language])
    label_of = {"clusters": ("CLUSTER", "cluster"), "programmes": ("PROGRAMME", "programme"),
                "organisations": ("ORG", "organisation")}
    for table, (label, column) in label_of.items():
        for row in out[table]:
            ms = [m for m in out["mentions"] if m["label"] == label and m["canonical"] == row[column]]
            assert {m["text"] for m in ms} == forms(row), row
    for row in out["labels"]:
        assert row["cluster"] in {c["cluster"] for c in out["clusters"]}


def test_mixed_english_document_rows():
    out = run("en", MIXED["en"])
    label = one_label(out, "Baltic Offshore Wind Cluster", "gold")
    assert label["awarding_body"] == "European Secretariat for Cluster Analysis"
    assert label["awarded"] == ""  # the dateline is the release date, not the award date
    assert {p["programme"] for p in out["programmes"]} == {
        "European Cluster Excellence Initiative", "Leading-Edge Cluster Competition"}
    orgs = {o["organisation"]: o["org_type"] for o in out["organisations"]}
    assert orgs == {"European Secretariat for Cluster Analysis": "agency",
                    "University of Eastmarch": "university",
                    "Helmfeld Antriebstechnik GmbH": "company",
                    "Regional Innovation Agency of Westmoor": "agency"}
    person = only(out["people"])
    assert (person["person"], person["role"], person["organisation"]) == (
        "Anna Beispiel", "Managing Director", "Baltic Offshore Wind Cluster")


def test_mixed_german_document_rows():
    out = run("de", MIXED["de"])
    row = only(out["clusters"])
    assert forms(row) == {"Weserbergland-Cluster", "Weserbergland-Clusters"}
    label = one_label(out, row["cluster"], "silver")
    assert label["valid_until"] == "2025-03"
    assert label["awarding_body"] == "European Cluster Excellence Initiative"
    assert label["awarded"] == ""
    orgs = {o["organisation"]: o["org_type"] for o in out["organisations"]}
    assert orgs == {"Steinbrück Maschinenbau GmbH": "company",
                    "Fraunhofer-Institut für Glasfasertechnik": "research",
                    "Universität Kornbach": "university",
                    "Bundesministerium für Bildung und Forschung": "public_body"}
    assert {p["programme"] for p in out["programmes"]} == {
        "European Cluster Excellence Initiative", "DigiForst Nord"}
    assert {(p["person"], p["role"]) for p in out["people"]} == {
        ("Markus Feldhaus", "Geschäftsführer"), ("Hanna Lindemann", "Wirtschaftsministerin")}


def orgs_of(out) -> set[tuple[str, str]]:
    return {(r["organisation"], r["org_type"]) for r in out["organisations"]}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The Danube Agency for Research, Innovation and Technology (DARIT) funds the study.",
     ("Danube Agency for Research, Innovation and Technology", "agency")),
    ("en", "Speakers came from the Ministry for Energy, Housing and Innovation (MEHI).",
     ("Ministry for Energy, Housing and Innovation", "public_body")),
])
def test_enumerated_subject_before_an_acronym_is_one_name(language, text, expected):
    row = only(run(language, text)["organisations"])
    assert (row["organisation"], row["org_type"]) == expected
    assert row["acronym"] == text.split("(")[1].split(")")[0]


def test_lower_case_head_phrase_after_a_name_belongs_to_it():
    out = run("en", "She chairs the Biotope Regions working group since May.")
    assert orgs_of(out) == {("Biotope Regions working group", "network")}


def test_legal_form_ends_a_name_before_a_dash():
    out = run("en", "The audit was led by Ola Nordmann (Fjordvik Consulting AS - Norway).")
    assert orgs_of(out) == {("Fjordvik Consulting AS", "company")}


def test_gmbh_and_co_kg_is_one_legal_form_in_a_list():
    out = run("de", "Es sprachen Karl Beispiel, Geschäftsführer der sonnen-werk & wärme GmbH & Co. KG "
                    "sowie Hanna Muster.")
    assert orgs_of(out) == {("sonnen-werk & wärme GmbH & Co. KG", "company")}


def test_unit_of_a_known_programme_is_an_organisation():
    out = run("en", "Questions go to the COSME Support Office in Brussels.")
    assert ("COSME Support Office", "public_body") in orgs_of(out)
    assert [r["programme"] for r in out["programmes"]] == ["COSME"]


def test_camel_case_name_ending_in_a_head_word():
    out = run("de", "Das Label wird mit der InnoRegioAgentur Nordhessen vergeben.")
    assert orgs_of(out) == {("InnoRegioAgentur Nordhessen", "agency")}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Next to the major companies – Korvald Aero, Lindqvist Technik and Nordhafen Airport – "
           "the network grew.",
     {"Korvald Aero", "Lindqvist Technik", "Nordhafen Airport"}),
    ("en", "Members include the business associations Aero-Nord and KLEMA, Bremen's schools.",
     {"Aero-Nord", "KLEMA"}),
    ("de", "Zu den Mitgliedern zählen die Städte Lindenau, Falkstein und Oberhain.",
     {"Lindenau", "Falkstein", "Oberhain"}),
])
def test_items_after_a_plural_organisation_noun(language, text, expected):
    assert {r["organisation"] for r in run(language, text)["organisations"]} == expected


def test_circle_of_clusters_is_no_public_body():
    out = run("de", "Die Runde tagte im Kreis der Zukunftscluster, der Rhein-Main-Kreis lud ein.")
    assert orgs_of(out) == {("Rhein-Main-Kreis", "public_body")}


def people_of(out) -> dict[str, tuple[str, str]]:
    return {r["person"]: (r["role"], r["organisation"]) for r in out["people"]}


def test_role_with_and_before_the_name():
    out = run("en", "The Minister for Economy and Labour, Ramon Pujolar, said the award matters.")
    assert people_of(out)["Ramon Pujolar"][0] == "Minister for Economy and Labour"


def test_role_before_a_titled_name():
    out = run("de", "Das sagt der Vorstand. Geschäftsführer Dr. Stefan Beispiel ergänzt, dass alles gut ist.")
    assert people_of(out) == {"Stefan Beispiel": ("Geschäftsführer", "")}


def test_organisation_after_a_comma_without_role():
    out = run("de", "Text: 03.05.2021 von Mirjam Muster, Lindenau Technologiezentrum GmbH")
    assert people_of(out)["Mirjam Muster"][1] == "Lindenau Technologiezentrum GmbH"


def test_contact_block_organisation_on_the_line_above():
    text = ("Das Kelvan-Cluster erhält Gold.\n\nKontakt:\nKelvan-Cluster e.V.\n"
            "Lena Beispiel, Presse- und Öffentlichkeitsarbeit\nHauptstraße 1")
    assert people_of(run("de", text))["Lena Beispiel"] == (
        "Presse- und Öffentlichkeitsarbeit", "Kelvan-Cluster e.V.")


def test_organisation_then_person_on_a_line_of_a_list():
    text = "The first Gold labels went to:\n• Kelvan Cluster e.V., Gitta Muster\n• Orbis Cluster, Ola Berg"
    people = people_of(run("en", text))
    assert people["Gitta Muster"][1].startswith("Kelvan Cluster")
    assert people["Ola Berg"][1] == "Orbis Cluster"


def test_organisation_cut_by_periods_is_taken_whole():
    out = run("de", "Es sprach Fabian Muster, Geschäftsführer der K.L. Heizkörper GmbH, über Wärme.")
    assert people_of(out)["Fabian Muster"] == ("Geschäftsführer", "K.L. Heizkörper GmbH")


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Vertreter des Clusters Elbsensorik und des Netzwerks Velmora trafen sich in Dresden.",
     {"Clusters Elbsensorik", "Netzwerks Velmora"}),
    ("en", "Representatives of the Elbe Sensor Cluster and of the Velmora Network met in Dresden.",
     {"Elbe Sensor Cluster", "Velmora Network"}),
])
def test_two_names_coordinated_with_their_articles_are_two(language, text, expected):
    out = run(language, text)
    names = {r["surface_forms"] for r in out["clusters"] + out["organisations"]}
    assert names == expected


@pytest.mark.parametrize("text", [
    "„Gold ist kein Endpunkt“, betont Prof. Dr. Ilka Muster, Vorstandsvorsitzende des Clusters Elbsensorik "
    "und Professorin an der Technischen Universität Lindenau.",
    "Die Kolleginnen und Kollegen des Clusters Elbsensorik gratulierten.",
])
def test_a_role_or_colleagues_beside_a_cluster_are_no_part_of_its_name(text):
    assert [r["cluster"] for r in run("de", text)["clusters"]] == ["Cluster Elbsensorik"]


def test_first_name_alone_coordinated_with_a_full_name():
    out = run("en", "Guests were Enrico Rossi, Petra and Gilberto Bianchi from TEXCO.")
    assert set(people_of(out)) == {"Enrico Rossi", "Petra", "Gilberto Bianchi"}


def test_capitalised_function_word_after_a_name_is_not_part_of_it():
    out = run("de", "Die Urkunde überreichte Minister Wolfgang Beispiel Aus den Netzwerken kamen viele.")
    assert set(people_of(out)) == {"Wolfgang Beispiel"}


def test_period_after_a_legal_form_ends_the_name():
    out = run("de", "Zu den Mitgliedern zählt die Kelvan Systems SE. Getragen wird das Netzwerk von vielen.")
    assert "Kelvan Systems SE" in {r["organisation"] for r in out["organisations"]}


def test_truncated_compound_inside_a_name():
    out = run("de", "Partner ist das Leibniz-Institut für Holz- und Faserforschung (IHF) in Dresden.")
    row = only(out["organisations"])
    assert (row["organisation"], row["acronym"], row["org_type"]) == (
        "Leibniz-Institut für Holz- und Faserforschung", "IHF", "research")


@pytest.mark.parametrize("lang, text, programme", [
    ("en", "Funding came from the Operational Programme Enterprise and Innovation for Competitiveness.",
     "Operational Programme Enterprise and Innovation for Competitiveness"),
    ("de", "Das Förderprogramm Innovation und Wachstum Tarsien unterstützt Cluster.",
     "Förderprogramm Innovation und Wachstum Tarsien"),
])
def test_a_programme_s_name_goes_on_after_its_and(lang, text, programme):
    assert [r["programme"] for r in run(lang, text)["programmes"]] == [programme]


def test_strand_of_a_known_programme_is_one_programme():
    out = run("en", "The project is funded by INTERREG Deutschland-Nederland and the ERDF.")
    assert {r["programme"] for r in out["programmes"]} == {
        "INTERREG Deutschland-Nederland", "European Regional Development Fund"}


@pytest.mark.parametrize("text, name", [
    ("The clusters joined the Digital Transformation Pact in 2022.", "Digital Transformation Pact"),
    ("The Nordland Green Deal aims at climate neutrality by 2040.", "Nordland Green Deal"),
    ("The Nordalb Cluster won the Cluster Award 2022 of the Velmora Council.", "Cluster Award"),
    ("Seven clusters cooperate within the European Cluster Partnership for Mobility.",
     "European Cluster Partnership"),
    ("Funding was provided by the Velmora Regional Development Fund.", "Velmora Regional Development Fund"),
])
def test_a_name_ending_in_a_programme_word_is_a_programme(text, name):
    assert [r["programme"] for r in run("en", text)["programmes"]] == [name]


@pytest.mark.parametrize("text, names", [
    ("Das Clusterprogramm Velmora fördert zwölf Landescluster.", ["Clusterprogramm Velmora"]),
    ("Der Clusterwettbewerb Velmora ging in die zweite Runde.", ["Clusterwettbewerb Velmora"]),
    ("Der Wettbewerb Vorbildcharakter ging in die zweite Runde.", []),  # a compound noun, no name
])
def test_a_programme_head_before_a_coined_name(text, names):
    assert [r["programme"] for r in run("de", text)["programmes"]] == names


def test_offensive_names_a_programme():
    out = run("de", "Gegründet 2006 als Initiative der Clusteroffensive Sachsen, zählt der Verein 185 Mitglieder.")
    assert [r["programme"] for r in out["programmes"]] == ["Clusteroffensive Sachsen"]


def test_the_bavarian_cluster_programme_under_its_official_name():
    out = run("de", "Gegründet 2006 als Initiative der Clusteroffensive Bayern, zählt der Verein 185 Mitglieder.")
    assert [r["programme"] for r in out["programmes"]] == ["Cluster-Offensive Bayern"]


def test_german_adverb_before_the_verb_is_no_cluster():
    out = run("de", "Das Kelvan-Cluster hat viele Mitglieder. Erstmals erhielt der Cluster Gold im Jahr 2017.")
    assert [r["cluster"] for r in out["clusters"]] == ["Kelvan-Cluster"]


def test_programme_name_keeps_its_year():
    out = run("de", "Der Masterplan Wasserwirtschaft 2030 des Landes gilt weiter.")
    assert [r["programme"] for r in out["programmes"]] == ["Masterplan Wasserwirtschaft 2030"]
    assert out["dates"] == []


def test_plan_of_an_organisation_is_no_programme():
    out = run("de", "Die Strategie der Stadt Lindenau setzt auf Wasserstoff.")
    assert out["programmes"] == []
    assert {r["organisation"] for r in out["organisations"]} == {"Stadt Lindenau"}


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Das Kelvan-Cluster wurde im März 2023 mit Silber ausgezeichnet. Das Cluster hatte bereits "
           "2017 das Bronze-Label erhalten; im Herbst 2020 folgte erstmals Silber.",
     {("silver", "2023-03"), ("bronze", "2017"), ("silver", "2020")}),
    ("en", "In February 2024 the Kelvan Cluster was re-certified with the Gold Label. Having already "
           "received the Bronze label in 2016, the cluster reached Silver in 2018 and Gold in 2021.",
     {("gold", "2024-02"), ("bronze", "2016"), ("silver", "2018"), ("gold", "2021")}),
])
def test_anaphoric_subject_refers_to_the_cluster_named_before(language, text, expected):
    rows = run(language, text)["labels"]
    assert {r["cluster"] for r in rows} == {"Kelvan-Cluster" if language == "de" else "Kelvan Cluster"}
    assert {(r["tier"], r["awarded"]) for r in rows} == expected


def test_das_netzwerk_makes_the_network_named_before_a_cluster():
    text = ("Den Transfer koordiniert das Akkunetzwerk Lindenau e.V. Das Netzwerk hatte 2018 als erste "
            "Clusterinitiative des Landes das Bronze-Label erhalten.")
    out = run("de", text)
    assert labels_of(out) == {("Akkunetzwerk Lindenau e.V.", "bronze")}
    assert out["organisations"] == []


def test_general_clause_drops_only_its_own_tier():
    text = ("The Kelvan Smart Mobility Cluster (KSMC) hosts the exchange. "
            "KSMC, which had already received the Bronze label in 2017 and has held the Silver label "
            "since 2020, aims for Gold in its next assessment.")
    out = run("en", text)
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == {("bronze", "2017"), ("silver", "2020")}


def test_intentions_give_no_rows():
    out = run("en", "The Kelvan Cluster has decided to apply for the Bronze Label next year, and to aim "
                    "for Silver in the following round.")
    assert out["labels"] == []


PAGE_OF_A_CLUSTER = """Velmora Maritime Cluster
Home   About   Members   News

Third Gold in a row
Posted on 3 May 2023

We are proud to share that on 27 April 2023 our cluster organisation was once again awarded the Gold
label by ESCA.

Some of you may remember how it all started: Bronze in 2014, Silver in 2016, and our first Gold in 2018.

We congratulate our friends at Tarsio Ocean Cluster in Norway, who received their first Silver label
in the same round, and the team at Brunkel Blue Economy Cluster, who kept their Gold.

Share: Facebook  LinkedIn
"""


def test_we_on_a_cluster_s_own_page_is_the_cluster_named_in_its_header():
    rows = {(r["cluster"], r["tier"], r["awarded"]) for r in run("en", PAGE_OF_A_CLUSTER)["labels"]}
    assert {("Velmora Maritime Cluster", "gold", "2023-04-27"), ("Velmora Maritime Cluster", "bronze", "2014"),
            ("Velmora Maritime Cluster", "silver", "2016"), ("Velmora Maritime Cluster", "gold", "2018")} <= rows
    assert ("Tarsio Ocean Cluster", "silver", "") in rows


def test_we_on_a_page_is_the_cluster_its_footer_names_not_a_partner_named_just_before():
    text = ("Frequently asked questions about our label\n\nHave we always been Gold?\nNo. We started with Bronze "
            "in 2015, were awarded Silver in 2018 and renewed Silver in 2020.\n\nAre our partners labelled too?\n"
            "Yes. Our partner Tarsio Fish Cluster holds the Silver label and Brunkel Sea Cluster the Bronze label.\n\n"
            "Write to us: info@example.org\n\nVelmora Aquaculture Cluster · Hirtshals, Denmark\n")
    rows = {(r["cluster"], r["tier"], r["awarded"]) for r in run("en", text)["labels"]}
    assert {("Velmora Aquaculture Cluster", "bronze", "2015"), ("Velmora Aquaculture Cluster", "silver", "2018"),
            ("Tarsio Fish Cluster", "silver", ""), ("Brunkel Sea Cluster", "bronze", "")} <= rows


def test_we_in_a_newsletter_is_not_a_cluster_named_once_in_its_header():
    text = ("VELMORA CLUSTER NEWS · Newsletter #47\n\nThe Gold label went to the Tarsio Bay Cluster (TBC). "
            "TBC thanked its members.\n\nAnd our own Bronze label has been renewed until June 2026.")
    assert {c for c, _ in labels_of(run("en", text))} <= {"Tarsio Bay Cluster"}


def test_none_of_our_clusters_holding_a_tier_is_no_row():
    text = ("Velmora Cluster Network\n\nThe Tarsio Textiles Cluster received Silver. \"None of our clusters holds a "
            "Gold label yet,\" says the network's director.")
    assert labels_of(run("en", text)) == {("Tarsio Textiles Cluster", "silver")}


def test_a_count_of_organisations_holding_a_tier_is_talk_in_general():
    text = ("Das Cluster Backwaren Südheide erhielt Silber. Ganz oben ist noch Luft: Nur rund 100 "
            "Clusterorganisationen in Europa tragen derzeit das Gold-Label.")
    assert labels_of(run("de", text)) == {("Cluster Backwaren Südheide", "silver")}


def test_counted_tiers_are_the_round_not_a_cluster():
    out = run("en", "One Gold, two Silver and two Bronze labels for cluster organisations around the Baltic Sea")
    assert out["labels"] == [] and out["clusters"] == []


def test_short_reference_with_lower_case_cluster_joins_the_full_name():
    text = ("ESCA awarded the Gold label to the Aarhus Food Technology Cluster. For the Aarhus cluster "
            "the result is a step up. It had held the Silver label since 2021.")
    out = run("en", text)
    assert [r["cluster"] for r in out["clusters"]] == ["Aarhus Food Technology Cluster"]
    assert labels_of(out) == {("Aarhus Food Technology Cluster", "gold"),
                              ("Aarhus Food Technology Cluster", "silver")}


@pytest.mark.parametrize("head", ["Pôle", "Clúster"])
def test_short_form_without_an_accented_head_joins_the_full_name(head):
    text = (f"{head} Veraluce was relabelled for the new phase of the policy. Veraluce was awarded "
            "the Gold label of the European Cluster Excellence Initiative in March 2022.")
    out = run("en", text)
    assert [r["cluster"] for r in out["clusters"]] == [f"{head} Veraluce"]
    assert labels_of(out) == {(f"{head} Veraluce", "gold")}


def test_genitive_name_with_an_inflected_adjective_is_the_same_cluster():
    text = ("Das Maritime Cluster Wesertal hat im Juli 2023 das GOLD-Label erhalten. Dr. Frauke Beispiel, "
            "Geschäftsführerin des Maritimen Clusters Wesertal, betonte die Bedeutung.")
    out = run("de", text)
    assert [r["cluster"] for r in out["clusters"]] == ["Maritime Cluster Wesertal"]
    assert labels_of(out) == {("Maritime Cluster Wesertal", "gold")}


def test_genitive_compound_network_is_the_same_cluster():
    text = ("Das Kunststoff-Netzwerk Velmatal ist mit dem Silber-Label ausgezeichnet worden. "
            "Henrike Muster, Geschäftsführerin des Kunststoff-Netzwerks Velmatal, freut sich.")
    (cluster,) = run("de", text)["clusters"]
    assert set(cluster["surface_forms"].split("|")) == {"Kunststoff-Netzwerk Velmatal", "Kunststoff-Netzwerks Velmatal"}


def test_an_acronym_spelled_by_two_forms_of_one_name_links_to_it():
    text = ("Mit dem Silber-Label, das dem Cluster Backwaren Südheide überreicht wurde, hat sich die Arbeit "
            "ausgezahlt, sagt Martina Beispiel, Vorstandsvorsitzende des Clusters Backwaren Südheide. Foto: CBS")
    (cluster,) = run("de", text)["clusters"]
    assert "CBS" in cluster["surface_forms"].split("|")


@pytest.mark.parametrize("language, text, cluster", [
    ("en", "The Nordic Tidal Valley Cluster was awarded the Bronze label in 2021, shortly after its "
           "management organisation, NTV Cluster AB, was set up in Umeå.", "Nordic Tidal Valley Cluster"),
    ("en", "The Scheldt Smart Barges Cluster received Silver. The cluster office today operates as SSBC vzw "
           "with a staff of nine.", "Scheldt Smart Barges Cluster"),
    ("de", "Das Netzwerk Ernährungswirtschaft Velmora-Oberland erhielt Silber. Die NEVO Netzwerkmanagement GmbH "
           "führt die Geschäfte.", "Netzwerk Ernährungswirtschaft Velmora-Oberland"),
])
def test_a_body_named_by_the_cluster_s_acronym_is_one_of_its_names(language, text, cluster):
    out = run(language, text)
    assert [r["cluster"] for r in out["clusters"]] == [cluster]
    assert {c for c, _ in labels_of(out)} == {cluster}
    assert not any(r["organisation"].split()[0].isupper() for r in out["organisations"])


def test_a_cluster_s_name_in_another_language_after_a_slash_is_the_same_cluster():
    text = ("Neu ausgezeichnet wurden:\n– Vesiklusteri Velmora / Velmora Water Cluster (Finnland)\n"
            "– Klaster Tarsio Pomorze / Tarsio Pomerania Cluster (Polen)")
    forms = {frozenset(r["surface_forms"].split("|")) for r in run("de", text)["clusters"]}
    assert forms == {frozenset({"Vesiklusteri Velmora", "Velmora Water Cluster"}),
                     frozenset({"Klaster Tarsio Pomorze", "Tarsio Pomerania Cluster"})}


def test_a_common_word_and_a_cluster_head_refer_to_the_release_s_cluster():
    text = ("Das Cluster Velmora Medtech erhielt im Januar 2025 erneut das Gold-Label. Damit bleibt der "
            "Medizintechnik-Cluster der einzige Gold-Träger der Region. Das Cluster Velmora Medtech zählt 80 "
            "Mitglieder, der KI-Logistikcluster 20.")
    out = run("de", text)
    assert {r["cluster"] for r in out["clusters"]} == {"Cluster Velmora Medtech", "KI-Logistikcluster"}
    assert labels_of(out) == {("Cluster Velmora Medtech", "gold")}


def test_genitive_compound_joins_the_cluster_it_shortens():
    text = ("Der Agrartechnik-Cluster Rheinhessen erhielt Gold. Geschäftsführer des Agrartechnik-Clusters "
            "ist Karl Beispiel.")
    assert [r["cluster"] for r in run("de", text)["clusters"]] == ["Agrartechnik-Cluster Rheinhessen"]


def test_headline_with_two_clusters_and_a_dash():
    out = run("de", "Kelvan bestätigt Gold-Label – Medizintechnik-Cluster Lindenau erstmals Silber")
    assert ("Medizintechnik-Cluster Lindenau", "silver") in labels_of(out)
    assert all(t == "gold" for c, t in labels_of(out) if c != "Medizintechnik-Cluster Lindenau")


def test_partners_after_und_are_not_part_of_the_name():
    out = run("de", "Das Projekt koordiniert MiSyO gemeinsam mit dem Medizintechnik-Cluster Lindenau "
                    "und Partnern aus dem Elsass.")
    assert "Medizintechnik-Cluster Lindenau" in {r["cluster"] for r in out["clusters"]}


@pytest.mark.parametrize("language, text, ministry", [
    ("de", "Eingeladen hat das Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau.",
     "Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau"),
    ("en", "Support came from the Slovenian Ministry of the Economy, Tourism and Sport.",
     "Slovenian Ministry of the Economy, Tourism and Sport"),
])
def test_ministry_named_by_its_portfolio_is_one_name(language, text, ministry):
    assert orgs_of(run(language, text)) == {(ministry, "public_body")}


def test_person_of_the_ministry():
    out = run("en", "Minister Jana Muster of the Saarland Ministry of Economic Affairs, Innovation, "
                    "Digital and Energy opened the event.")
    ministry = "Saarland Ministry of Economic Affairs, Innovation, Digital and Energy"
    assert people_of(out) == {"Jana Muster": ("Minister", ministry)}
    assert orgs_of(out) == {(ministry, "public_body")}


def test_located_prefix_is_not_part_of_the_name():
    out = run("en", "Members include the Luxembourg-based Lux Cyber Defence S.A. and others.")
    assert orgs_of(out) == {("Lux Cyber Defence S.A.", "company")}


def test_european_research_organisations_by_acronym():
    out = run("en", "Partners include TNO and VTT.")
    assert {(r["acronym"], r["org_type"]) for r in out["organisations"]} == {("TNO", "research"), ("VTT", "research")}


def test_label_history_as_a_dated_list():
    text = ("Das Kompetenznetz Lindenau Präzision wächst. Das Kompetenznetz Lindenau Präzision "
            "hat alle Labels von der ESCA erhalten:\n\n- 2014: Bronze\n- 2017 – Silber\n"
            "- 11/2023: Gold, gültig bis 11/2025\n")
    rows = run("de", text)["labels"]
    assert {(r["tier"], r["awarded"]) for r in rows} == {("bronze", "2014"), ("silver", "2017"), ("gold", "2023-11")}


def test_we_in_a_quote_is_the_main_cluster():
    text = ("The Kelvan Timber Cluster received the Gold label. The Kelvan Timber Cluster has 90 members. "
            "Partners include the Orbis Cluster. \"When we received our first Bronze label in 2017, "
            "we had a lot to learn,\" says its manager.")
    assert ("Kelvan Timber Cluster", "bronze") in labels_of(run("en", text))


def test_es_refers_to_the_network_named_before():
    text = ("Der Wasserstoffcluster Lindenau erhält Geld. Gefördert wird auch das Textil-Netzwerk "
            "Oberhain. Es hatte im November 2021 das Bronze-Label erhalten.")
    assert labels_of(run("de", text)) == {("Textil-Netzwerk Oberhain", "bronze")}


def test_initials_name_the_cluster_named_before():
    text = "The Adriatic Nautical Cluster grows. In August 2024 ANC earned the Silver label."
    out = run("en", text)
    assert [r["cluster"] for r in out["clusters"]] == ["Adriatic Nautical Cluster"]
    assert labels_of(out) == {("Adriatic Nautical Cluster", "silver")}


def test_adverb_before_the_is_not_part_of_a_name():
    out = run("en", "Which partners matter? Mainly the Wood Industry Cluster Kovac, says she.")
    assert [r["cluster"] for r in out["clusters"]] == ["Wood Industry Cluster Kovac"]


@pytest.mark.parametrize("language, text, programme", [
    ("en", "It also coordinates KORALINK-EU, one of the Euroclusters financed by the SMP.", "KORALINK-EU"),
    ("en", "The cluster is a partner in WAVESHIFT, a Horizon Europe project on water.", "WAVESHIFT"),
    ("en", "Projects like SEALOOP show it can work.", "SEALOOP"),
    ("de", "Das Land hilft im Rahmen der Clusterstrategie Lindenau 2030 mit Mitteln.", "Clusterstrategie Lindenau 2030"),
    ("en", "It is funded by the Interreg VI-A Greater Region programme.", "Interreg VI-A Greater Region"),
])
def test_programme_named_by_its_context(language, text, programme):
    assert programme in {r["programme"] for r in run(language, text)["programmes"]}


def _inside_a_word(text: str, position: int) -> bool:
    return 0 < position < len(text) and text[position - 1].isalnum() and text[position].isalnum()


@pytest.mark.parametrize("language, text", [
    ("de", "Daneben engagieren sich große Unternehmen wie Valtrona, Merisol, Braxen und Quendt "
           "im Netzwerk. Eingeladen hatten die Städte Falkenau und Lindhorst."),
    ("de", "Die Straße der Großindustrie: Firmen wie Ölmühle Brandt GmbH und Weißwerk AG sind "
           "Mitglieder des Clusters Nordmark, das Gold erhielt."),
    ("en", "Companies such as Ærøtech, Straßburg Optics and Quillon joined the Fennic Cluster."),
])
def test_every_mention_starts_and_ends_on_a_word_boundary(language, text):
    """Offsets must not drift where case folding changes a length ('ß' -> 'ss'): the
    list rule once cut the first letter off 'Valtrona' after 'große Unternehmen wie'."""
    out = run(language, text)
    assert out["mentions"]
    for mention in out["mentions"]:
        start, end = int(mention["start_char"]), int(mention["end_char"])
        assert text[start:end] == mention["text"]
        assert not _inside_a_word(text, start) and not _inside_a_word(text, end), mention
    names = {r["organisation"] for r in out["organisations"]}
    if "Valtrona" in text:
        assert {"Valtrona", "Merisol", "Braxen", "Quendt", "Falkenau", "Lindhorst"} <= names


def test_role_compound_ends_the_name_before_a_genitive_cluster():
    out = run("de", "Dazu sprach Jonas Keller, Cluster-Manager des Sensorik Cluster Velden, "
                    "über die Zusammenarbeit.")
    assert "Sensorik Cluster Velden" in {r["cluster"] for r in out["clusters"]}


def test_coined_names_joined_by_und_are_two_clusters():
    out = run("de", "Das Projekt wurde von den Clustern veNTo und KaLiNet.org durchgeführt.")
    assert {"veNTo", "KaLiNet.org"} <= {r["cluster"] for r in out["clusters"]}


@pytest.mark.parametrize("language, text", [
    ("de", "Die Cluster-Strategie und die Cluster-Teams wurden vorgestellt; das Nordmark Cluster "
           "erhielt das Silber-Label."),
    ("de", "Sichtbares Zeichen dafür: Das Nordmark Cluster erhielt das Gold-Label der Europäischen Union."),
    ("en", "Nordmark Cluster Is Gilded: the Nordmark Cluster received the Gold Label."),
])
def test_generic_phrases_headline_verbs_and_places_make_no_cluster(language, text):
    out = run(language, text)
    assert {r["cluster"] for r in out["clusters"]} == {"Nordmark Cluster"}
    assert {r["cluster"] for r in out["labels"]} == {"Nordmark Cluster"}


@pytest.mark.parametrize("language, text", [
    ("de", "Das Netzwerk hafen.net erhielt das Bronze-Label der ECEI. Kontakt: info@hafen.net, "
           "www.hafen.net"),
    ("en", "The Gold Label was awarded by ESCA to the cluster velo.net:x in May 2021."),
])
def test_lower_case_brand_written_like_a_domain_is_a_cluster(language, text):
    out = run(language, text)
    (label,) = out["labels"]
    assert label["cluster"] in ("hafen.net", "velo.net:x")
    assert {r["cluster"] for r in out["clusters"]} == {label["cluster"]}


def test_awarding_agent_is_no_label_subject():
    out = run("en", "Velmora Cluster has been awarded the Bronze Label by the Quality Board, "
                    "operating under Fennick Consulting Ltd.")
    assert {r["cluster"] for r in out["labels"]} == {"Velmora Cluster"}


def test_founding_date_in_a_relative_clause_is_not_the_award_year():
    out = run("de", "Das Netzwerk hafen.net, das 2016 unter der Leitung der Stadt Velden gegründet "
                    "wurde, hat das Audit bestanden – und wurde mit dem Bronze-Label ausgezeichnet.")
    (label,) = out["labels"]
    assert (label["cluster"], label["tier"], label["awarded"]) == ("hafen.net", "bronze", "")
    assert {(d["date"], d["role"]) for d in out["dates"]} == {("2016", "founded")}


@pytest.mark.parametrize("text", [
    "Damit ist Nordmark Cluster das einzige Agrar-Cluster im Land mit Gold-Label.",
    "Nordmark Cluster erhielt Gold. Bundesweit gibt es zwölf Agrar-Cluster, zwei davon tragen "
    "bereits das Silber-Label.",
])
def test_described_cluster_compounds_and_counted_holders_give_no_row(text):
    out = run("de", text)
    assert {(r["cluster"], r["tier"]) for r in out["labels"]} == {("Nordmark Cluster", "gold")}


@pytest.mark.parametrize("language, text, tier", [
    ("de", "Valtrona, Merisol und Braxen wurden mit dem Gold-Label ausgezeichnet.", "gold"),
    ("de", "Das Silber-Label ging an Valtrona, Merisol und Braxen.", "silver"),
    ("en", "Valtrona, Merisol and Braxen have been awarded the Gold Label.", "gold"),
    ("en", "The Bronze Label went to Valtrona, Merisol and Braxen.", "bronze"),
])
def test_list_of_one_word_names_in_a_label_sentence_are_the_labelled_clusters(language, text, tier):
    out = run(language, text)
    assert labels_of(out) == {("Valtrona", tier), ("Merisol", tier), ("Braxen", tier)}


def test_list_next_to_a_named_cluster_in_subject_position():
    out = run("de", "Nordalb Cluster, Merisol und Braxen erhielten das Silber-Label.")
    assert labels_of(out) == {("Nordalb Cluster", "silver"), ("Merisol", "silver"), ("Braxen", "silver")}


@pytest.mark.parametrize("text", [
    "Im Bereich Forschung, Entwicklung und Vernetzung erhielt der Nordalb Cluster das Gold-Label.",
    "Forschung, Entwicklung und Vernetzung: dafür erhielt der Nordalb Cluster das Gold-Label.",
])
def test_common_nouns_are_no_listed_clusters(text):
    assert labels_of(run("de", text)) == {("Nordalb Cluster", "gold")}


def test_dateline_place_before_a_dash_is_no_part_of_the_cluster():
    out = run("en", "Split, Croatia – The Adriatic Nautical Cluster has been awarded the Silver Label.")
    assert labels_of(out) == {("Adriatic Nautical Cluster", "silver")}


@pytest.mark.parametrize("language, text, tier", [
    ("en", "Velmora Cluster becomes first cluster in Portugal to receive Gold.", "gold"),
    ("en", "Velmora Cluster gets Gold", "gold"),
    ("de", "Der Nordalb Cluster ist jetzt Silber-Cluster.", "silver"),
])
def test_tier_with_receive_get_or_as_a_cluster_attribute_is_a_label(language, text, tier):
    assert {t for _, t in labels_of(run(language, text))} == {tier}


@pytest.mark.parametrize("language, text", [
    ("en", "Members include Valtrona, Merisol and Braxen."),
    ("de", "Zu den Partnern gehören Valtrona, Merisol und Braxen."),
])
def test_members_introduced_anywhere_in_the_text_are_organisations(language, text):
    names = {r["organisation"] for r in run(language, text + " Mehr dazu später.")["organisations"]}
    assert {"Valtrona", "Merisol", "Braxen"} <= names


def test_described_list_item_is_the_name_after_its_description():
    out = run("en", "Its members include Kestrel Aero GmbH, the Spanish test specialist Ensayos del "
                    "Norte S.A. and the Institute for Catalysis at the Coast (IKC).")
    names = {r["organisation"] for r in out["organisations"]}
    assert {"Kestrel Aero GmbH", "Ensayos del Norte S.A."} <= names
    assert not names & {"Spanish", "Coast"}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Gold: Velmora Cluster, Nordic Wood Network. Silver: AgriFood Lumen.",
     {("Velmora Cluster", "gold"), ("Nordic Wood Network", "gold"), ("AgriFood Lumen", "silver")}),
    ("en", "- Velmora Cluster, Portugal – Gold\n- Nordic Wood Network, Finland – Silver",
     {("Velmora Cluster", "gold"), ("Nordic Wood Network", "silver")}),
])
def test_lines_pairing_clusters_with_a_tier_are_label_rows(language, text, expected):
    assert labels_of(run(language, text)) == expected


@pytest.mark.parametrize("language, text", [
    ("de", "Nach dem Audit im März 2021 erhielt der Nordalb Cluster im Mai 2021 das Silber-Label."),
    ("en", "After an on-site audit in March 2021, Velmora Cluster received the Silver Label in May 2021."),
])
def test_audit_date_is_not_the_award_date(language, text):
    (label,) = run(language, text)["labels"]
    assert label["awarded"] == "2021-05"


@pytest.mark.parametrize("language, text", [
    ("en", "Following an audit in March 2021, Velmora Cluster received the Gold label."),
    ("de", "Nach dem Audit im März 2021 erhielt das Velmora Cluster das Gold-Label."),
    ("en", "Velmora Cluster received the Gold label after being benchmarked in 2020."),
    ("en", "Velmora Cluster, which has been working with ESCA since 2015, received the Gold label."),
    ("de", "Das Velmora Cluster, das seit 2010 die Windbranche vernetzt, erhielt das Gold-Label."),
    ("en", "Velmora Cluster received the Gold label, the highest level of the ECEI launched in 2009."),
])
def test_the_only_date_of_an_award_sentence_may_be_no_award_date(language, text):
    """An audit's date, the start of the cluster's work, the founding of the scheme: the
    statement says nothing of when the label was awarded."""
    (label,) = run(language, text)["labels"]
    assert label["awarded"] == ""


def test_a_period_dates_no_award():
    text = "In the project term March 2021 – June 2022, the Velmora Cluster received the Gold label."
    (label,) = run("en", text)["labels"]
    assert label["awarded"] == ""


def test_a_range_of_years_in_a_history_keeps_its_first_year():
    out = run("en", "Velmora Cluster held the Silver label 2017–2019 and now holds Gold.")
    assert ("silver", "2017") in {(r["tier"], r["awarded"]) for r in out["labels"]}


def test_the_stamp_of_a_news_item_is_no_award_date():
    text = ("News archive\n\nMay 2022 – Tarsio hosts a matchmaking\n\n"
            "March 2021 – The Velmora Cluster has received the Gold label.")
    (label,) = run("en", text)["labels"]
    assert label["awarded"] == ""


@pytest.mark.parametrize("language, text, year", [
    ("en", "The Velmora Cluster has held the Gold label since 2016.", "2016"),
    ("de", "Das Velmora Cluster trägt seit 2016 das Gold-Label.", "2016"),
    ("en", "In June 2021, Velmora Cluster received the Gold label.", "2021-06"),
])
def test_the_only_date_of_an_award_sentence_dates_the_award(language, text, year):
    (label,) = run(language, text)["labels"]
    assert label["awarded"] == year


def test_acronym_between_dashes_is_no_part_of_the_name():
    out = run("en", "The Velmora Maritime Cluster – VMC – received the Gold Label in June 2023.")
    assert labels_of(out) == {("Velmora Maritime Cluster", "gold")}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Today the European Secretariat for Cluster Analysis awarded Velmora Cluster the Gold Label.",
     {("Velmora Cluster", "gold")}),
    ("en", "BREAKING NEWS: Velmora Cluster received the Bronze Label.", {("Velmora Cluster", "bronze")}),
    ("de", "Herzlichen Glückwunsch: Der Nordalb Cluster erhielt das Silber-Label.",
     {("Nordalb Cluster", "silver")}),
    ("de", "Der Dachverband Clusterland Velden gratuliert dem Nordalb Cluster zum Silber-Label.",
     {("Nordalb Cluster", "silver")}),
])
def test_kickers_congratulators_and_the_label_after_a_name_are_no_subjects(language, text, expected):
    assert labels_of(run(language, text)) == expected


@pytest.mark.parametrize("language, text, cluster", [
    ("en", "The National Cluster Association congratulated Velmora Cluster on the Gold Label.",
     "Velmora Cluster"),
    ("en", "The Platform for Cluster Cooperation reports that Velmora Cluster received the Gold Label.",
     "Velmora Cluster"),
    ("en", "Cluster Velmora Knowledge City has received the Bronze Label.",
     "Cluster Velmora Knowledge City"),
    ("de", "Im Schweizer Cluster-Umfeld erhielt der Nordalb Cluster das Gold-Label.", "Nordalb Cluster"),
])
def test_cluster_word_as_modifier_of_another_body_is_no_cluster(language, text, cluster):
    out = run(language, text)
    assert {r["cluster"] for r in out["clusters"]} == {cluster}
    assert {c for c, _ in labels_of(out)} == {cluster}


@pytest.mark.parametrize("text", [
    "Another goal is the Silver Label, which Velmora Cluster will try to acquire in the coming years.",
    "The highest mark, the Gold label, can then be applied for by Velmora Cluster.",
])
def test_goals_and_what_can_be_applied_for_are_no_labels(text):
    assert run("en", text)["labels"] == []


@pytest.mark.parametrize("language, text, cluster, alias", [
    ("de", "Der Nordalb Cluster erhielt das Gold-Label. Getragen wird der Cluster vom Verein "
           "Nordalb e.V. mit Sitz in Velden.", "Nordalb Cluster", "Verein Nordalb e.V."),
    ("en", "Velmora Maritime Cluster received the Gold Label. The cluster is managed by Velmora "
           "Cluster Management Lda.", "Velmora Maritime Cluster", "Velmora Cluster Management Lda."),
])
def test_support_association_and_management_company_are_aliases_of_the_cluster(
        language, text, cluster, alias):
    out = run(language, text)
    (row,) = out["clusters"]
    assert row["cluster"] == cluster and alias in forms(row)
    assert out["organisations"] == []


@pytest.mark.parametrize("text, name", [
    ("says Ona Kairyte, Director of Velden Agency for Science, Innovation and Technology. She added",
     "Velden Agency for Science, Innovation and Technology"),
    ("We met the Ministry of Housing, Urban and Rural Affairs in Nordheim.",
     "Ministry of Housing, Urban and Rural Affairs"),
])
def test_enumerated_portfolio_of_an_agency_or_ministry_is_part_of_its_name(text, name):
    assert name in {r["organisation"] for r in run("en", text)["organisations"]}
def test_role_compound_before_the_name_is_split_off():
    out = run("de", "Es sprach Verkehrslandesrätin Maria Muster über die Auszeichnung.")
    assert people_of(out) == {"Maria Muster": ("Verkehrslandesrätin", "")}


def test_role_compound_after_the_name():
    out = run("de", "Das betonte Kai Beispiel, LW-Geschäftsführer der Lindor Werke GmbH, am Montag.")
    assert people_of(out)["Kai Beispiel"] == ("LW-Geschäftsführer", "Lindor Werke GmbH")


def test_a_semiconductor_is_no_role():
    from pipeline.extract.vocab import is_role_word
    assert is_role_word("clustersprecherin") and is_role_word("netzwerkmanager")
    assert not is_role_word("halbleiter")


def test_own_role_without_organisation_is_the_release_cluster():
    text = ("Das Kelvan-Cluster erhält das Gold-Label. Das Kelvan-Cluster vernetzt 90 Firmen. "
            "„Wir freuen uns“, sagt Geschäftsführerin Lena Beispiel. "
            "Auch Wirtschaftsministerin Hanna Muster gratulierte.")
    people = people_of(run("de", text))
    assert people["Lena Beispiel"] == ("Geschäftsführerin", "Kelvan-Cluster")
    assert people["Hanna Muster"] == ("Wirtschaftsministerin", "")


def test_generic_organisation_after_a_role_is_no_name():
    text = ("The Orvane Cluster was awarded Gold. The Orvane Cluster has 80 members. "
            "Jana Beispiel, CEO of the cluster organisation, was happy. "
            "Ola Muster, Chairman of the Board, agreed.")
    people = people_of(run("en", text))
    assert people["Jana Beispiel"] == ("CEO", "Orvane Cluster")
    assert people["Ola Muster"] == ("Chairman of the Board", "Orvane Cluster")


def test_role_ending_in_for_keeps_its_portfolio():
    out = run("de", "Maria Muster, Landesrätin für Wirtschaft, Tourismus und Sport, sagte das.")
    assert people_of(out) == {"Maria Muster": ("Landesrätin für Wirtschaft", "")}


def test_people_in_a_list_share_the_role_before_and_the_organisation_after():
    text = ("Die Gäste waren die Clustermanagerinnen Gitta Muster, Hanna Beispiel und "
            "Prof. Dr. Lena Probst von der Kelvan Systems GmbH.")
    people = people_of(run("de", text))
    assert set(people) == {"Gitta Muster", "Hanna Beispiel", "Lena Probst"}
    assert {p[1] for p in people.values()} == {"Kelvan Systems GmbH"}
    assert all(p[0] for p in people.values())


def test_organisation_in_parenthesis_after_a_list_of_names():
    text = "Two experts, Ola Berg and Kari Muster (both Orvane Consulting AS, Sweden), checked the files."
    people = people_of(run("en", text))
    assert people["Ola Berg"][1] == people["Kari Muster"][1] == "Orvane Consulting AS"


def test_bylines_give_the_author_role():
    assert people_of(run("en", "Submitted by Jana Muster on 15 May 2021. The text."))["Jana Muster"][0] == "author"
    out = run("de", "Redaktion: 12.02.2020 von Mirjam Muster, Lindenau Technologiezentrum GmbH")
    assert people_of(out)["Mirjam Muster"][0] == "Redaktion"
    out = run("en", "The study was authored by Ola Berg, Dr. Kari Muster and Dr. Lena Probst. It is good.")
    assert {p[0] for p in people_of(out).values()} == {"author"}


def test_second_list_of_names_shares_the_role_of_the_first():
    text = ("The results came from CXC participants Ola Berg and Kari Muster from Orva GmbH, "
            "and Lena Probst and Greta Beispiel from Kelvo GmbH.")
    people = people_of(run("en", text))
    assert people["Kari Muster"] == ("CXC participants", "Orva GmbH")
    assert people["Greta Beispiel"] == ("CXC participants", "Kelvo GmbH")


def test_minister_compound_gives_the_ministry_the_text_names():
    text = ("Das Bundesministerium für Bildung und Forschung fördert die Cluster. "
            "„Das ist gut“, sagte Bundesforschungsministerin Hanna Muster.")
    assert people_of(run("de", text))["Hanna Muster"] == (
        "Bundesforschungsministerin", "Bundesministerium für Bildung und Forschung")


def test_role_before_does_not_reach_over_another_role_word():
    out = run("de", "Der Verein wählt neuen Vorstand Sachsens Wirtschaftsminister Kai Beispiel überreichte den Preis.")
    assert people_of(out)["Kai Beispiel"][0] == "Sachsens Wirtschaftsminister"


def test_noun_phrase_with_an_article_is_no_person():
    out = run("de", "Die Gruppe tagte. Ziel der Gruppe sind Beratung und Austausch. Ende des Jahres Bestand.")
    assert people_of(out) == {}


def test_name_particle_stays_in_a_name():
    from pipeline.extract.name_shapes import is_person_name
    assert is_person_name("Karl von Beispiel", False)
    assert is_person_name("Jan van der Muster", True)
    assert not is_person_name("Ziel der Gruppe", False)


def test_title_inside_a_run_of_capitals_starts_the_name():
    out = run("de", "Der Präsident der Westlichen Regierungskonferenz Dr. Karl Muster sprach zur Eröffnung.")
    assert "Karl Muster" in people_of(out)


def test_misspelt_repeat_of_a_name_is_the_same_person():
    text = "Heinrich Muellers, Project Manager, spoke first.\n\nDr. Heinrich Mullers\nPhone +49 1234"
    assert set(people_of(run("en", text))) == {"Heinrich Muellers"}


def test_person_after_a_body_in_a_coordination_and_professor_as_role():
    text = ("Es sprachen Professor Karl Muster von der Lindor Universität und Christoph Beispiel, "
            "Cluster-Manager des Kelvan Cluster Bern, zum Thema.")
    people = people_of(run("de", text))
    assert people["Karl Muster"][0] == "Professor"
    assert people["Christoph Beispiel"] == ("Cluster-Manager", "Kelvan Cluster Bern")


def test_name_with_zu_particle_in_a_list_of_authors():
    out = run("en", "The study was authored by Ola Berg, Dr. Gerd Muster zu Beispielstein, Kari Muster "
                    "and Dr. Lena Probst. It is good.")
    people = people_of(out)
    assert "Gerd Muster zu Beispielstein" in people
    assert {p[0] for p in people.values()} == {"author"}


def test_surname_alone_as_speaker():
    out = run("de", "Das Netz wächst weiter, sagte Quendtner. „Wir sind zufrieden.“ "
                    "Fazit: „Gut.“")
    assert set(people_of(out)) == {"Quendtner"}


def test_surname_speaking_twice_after_a_colon_and_first_names_are_no_new_person():
    text = ("Die Staatsregierung startet die Offensive. Quendtner: „Wir legen los.“ "
            "Quendtner: „Wir bleiben dran.“ Greta Muster kam auch, sagte Greta.")
    assert set(people_of(run("de", text))) == {"Quendtner", "Greta Muster"}


def programmes_of(out) -> set[str]:
    return {r["programme"] for r in out["programmes"]}


def test_quoted_name_after_a_programme_word_and_its_call_code():
    text = ("Kelvo applied to the COSME call ‘Clusters Go Global’ (COS-CLUSTER-2031-2-01) last year. "
            "Lindor now runs the project “Cross-Border Data Skills”.")
    out = run("en", text)
    assert {"Clusters Go Global", "Cross-Border Data Skills"} <= programmes_of(out)
    go_global = next(r for r in out["programmes"] if r["programme"] == "Clusters Go Global")
    assert "COS-CLUSTER-2031-2-01" in go_global["surface_forms"]
    assert not out["clusters"]


def test_a_call_code_holding_a_programme_s_acronym_or_opening_with_a_year_is_one_name():
    text = ("Velmo Loop is funded through SMP-COSME-2031-CLUSTER and Tarsio Hub through DIGITAL-2031-EDIH-01. "
            "In the COVID-2020 times nothing moved.")
    names = programmes_of(run("en", text))
    assert {"SMP-COSME-2031-CLUSTER", "DIGITAL-2031-EDIH-01"} <= names
    assert "COSME" not in names and not any("COVID" in n for n in names)


@pytest.mark.parametrize("language, text, programme", [
    ("de", "Der Cluster ist Partner im Konsortium SolarVelm, das unter Horizon Europe gefördert wird.", "SolarVelm"),
    ("de", "Die Kommission hat das Konsortium FIELDVELM ausgewählt.", "FIELDVELM"),
])
def test_a_consortium_named_after_the_word_is_a_project(language, text, programme):
    out = run(language, text)
    assert programme in programmes_of(out)
    assert not any(programme in r["organisation"] for r in out["organisations"])


@pytest.mark.parametrize("language, text, programme", [
    ("de", "Juni – VelmHub bewilligt. Das Projekt läuft unter Interreg.", "VelmHub"),
    ("de", "Februar – PrintVelm startet. Wir untersuchen neue Druckverfahren.", "PrintVelm"),
    ("en", "Dirty sensors: CleanVelm gets underway", "CleanVelm"),
])
def test_a_brand_a_project_verb_follows_is_a_project(language, text, programme):
    assert programme in programmes_of(run(language, text))


def test_a_company_starting_something_is_no_project():
    assert programmes_of(run("de", "VelmoTech startet die Produktion in Ulm.")) == set()


def test_names_listed_before_projects():
    out = run("en", "The meeting showed the Voltra, Merigrid, Ecto and Inno-Flux projects to the guests.")
    assert {"Voltra", "Merigrid", "Ecto", "Inno-Flux"} <= programmes_of(out)


def test_quoted_name_before_a_partnership_and_apposed_project():
    out = run("en", "Lindor leads the “FlexPack” European Strategic Cluster Partnership since 2030. "
                    "Orvane coordinates GRIDLANE – an EU project on smart grids.")
    assert {"FlexPack", "GRIDLANE"} <= programmes_of(out)


@pytest.mark.parametrize("language, text, programme", [
    ("de", "Dafür stehen 2,4 Millionen Euro aus der Förderlinie „Velmora Innovationsnetze“ bereit.", "Velmora Innovationsnetze"),
    ("de", "Der Cluster ist seit 2022 Teil des Förderaufrufs „Region im Aufbruch“ des Landes.", "Region im Aufbruch"),
    ("de", "Wir arbeiten in den Projekten ‚Daten für Velden‘ und ‚Werkbank Nord‘ mit.", "Daten für Velden"),
    ("en", "The suppliers receive £3 million from the 'Net Zero Velmora' fund.", "Net Zero Velmora"),
    ("en", "Much of it is due to 'Quantum Velmora', the strategy our members adopted in 2022.", "Quantum Velmora"),
    ("de", "Für Digitalisierungsvorhaben verweist das Cluster auf die Förderung „Velmora Innovativ & Digital“ (VID).",
     "Velmora Innovativ & Digital"),
])
def test_quoted_names_after_funding_words_or_before_a_programme_apposition(language, text, programme):
    out = run(language, text)
    assert programme in {r["programme"] for r in out["programmes"]}


@pytest.mark.parametrize("language, text, programme", [
    ("en", "The strategy is aligned with Smart Specialisation Velland, the county's research and innovation strategy.",
     "Smart Specialisation Velland"),
    ("en", "Many members have used Hazivel, the R&D support line of the regional agency.", "Hazivel"),
    ("en", "In 2022 its members secured funds through Velmora Launch, Innovate UK's place-based funding competition.",
     "Velmora Launch"),
])
def test_a_name_an_apposition_calls_a_strategy_fund_or_support_line_is_a_programme(language, text, programme):
    out = run(language, text)
    assert programme in {r["programme"] for r in out["programmes"]}


@pytest.mark.parametrize("text", [
    "Im Mittelpunkt standen die Strategie und Dienstleistungen des Clusters Velmora Nord.",
    "Für die Aufnahme musste das Clustermanagement seine Strukturen, Services und Strategie offenlegen.",
])
def test_a_programme_head_and_a_common_noun_joined_by_und_name_no_programme(text):
    out = run("de", text)
    assert out["programmes"] == []


def test_quoted_cluster_initiative_stays_a_cluster():
    out = run("de", "Die Cluster-Initiative „Nordalb Medizintechnik“ erhielt das Label.")
    assert not programmes_of(out)


def test_offensive_compound_is_a_programme_not_a_cluster():
    out = run("de", "Die Innovationscluster-Offensive Thüringen startet im Mai.")
    assert "Innovationscluster-Offensive Thüringen" in programmes_of(out)
    assert not out["clusters"]


def test_programme_head_before_an_article_or_a_plain_noun_is_no_name():
    out = run("de", "Im Wettbewerb der Regionen zählt Ausdauer. Der Wettbewerb Teamgeist fehlt. "
                    "Der Masterplan Lindenau 2030 gilt.")
    assert programmes_of(out) == {"Masterplan Lindenau 2030"}


@pytest.mark.parametrize("text, name", [
    ("Das EU-Projekt Smart Grain Chain startet im Mai.", "Smart Grain Chain"),
    ("Im Verbundprojekt KELVO 4.0 arbeiten zehn Partner.", "KELVO 4.0"),
    ("Das Forschungsprojekt „Merigrid“ läuft bis 2027.", "Merigrid"),
])
def test_project_compound_introduces_a_programme(text, name):
    assert name in programmes_of(run("de", text))


def test_organisation_named_before_the_role():
    text = ("Kelvaro Technology Centre was founded in 1990. "
            "Kelvaro Technology Centre’s Managing Director Mira Muster comments.")
    assert people_of(run("en", text))["Mira Muster"][1] == "Kelvaro Technology Centre"
    out = run("de", "Die Lindor GmbH feiert. „Gut“, sagt Lindor GmbH Geschäftsführer Kai Muster.")
    assert people_of(out)["Kai Muster"][1] == "Lindor GmbH"


def test_every_role_word_in_a_run_ends_a_piece():
    out = run("de", "Es sprachen Geschäftsführer Kai Beispiel, Präsidentin Anna Muster und Landrat Jonas Probst.")
    assert people_of(out) == {"Kai Beispiel": ("Geschäftsführer", ""), "Anna Muster": ("Präsidentin", ""),
                              "Jonas Probst": ("Landrat", "")}
    out = run("de", "Oberbürgermeister Kai Beispiel und Landrat Jonas Probst gratulierten.")
    assert people_of(out) == {"Kai Beispiel": ("Oberbürgermeister", ""), "Jonas Probst": ("Landrat", "")}


def test_role_before_stops_at_a_comma_or_a_verb():
    out = run("en", "The award was presented by Kai Beispiel, President of ESCA, to Anna Muster.")
    assert people_of(out)["Anna Muster"][0] == ""
    out = run("de", "Staatssekretärin Anna Muster überreichte das Label an Kai Beispiel.")
    assert people_of(out)["Kai Beispiel"][0] == ""


def test_title_alone_is_no_person_and_eu_commissioner_compound():
    assert set(people_of(run("de", "Prof. Dr.-Ing. Kai Beispiel leitet das Institut."))) == {"Kai Beispiel"}
    assert people_of(run("de", "EU-Kommissarin Anna Muster gratulierte."))["Anna Muster"][0] == "EU-Kommissarin"


def test_role_on_a_line_of_its_own_in_a_contact_block():
    text = "Das Kelvan Cluster wächst.\n\nKontakt\nAnna Muster\nProjektmanagerin\nKelvan Cluster e.V.\nHauptstr. 1"
    assert people_of(run("de", text))["Anna Muster"] == ("Projektmanagerin", "Kelvan Cluster e.V.")
    text = "Das Kelvan Cluster wächst.\n\nPresse- und Öffentlichkeitsarbeit\nDr. Anna Muster\nTel. +49 30 1234"
    assert people_of(run("de", text))["Anna Muster"][0] == "Presse- und Öffentlichkeitsarbeit"


@pytest.mark.parametrize("language, text", [
    ("en", "The Gold Label was awarded to the cluster Velmora."),
    ("en", "The cluster organisation Velmora received the Gold Label."),
])
def test_one_word_name_after_a_cluster_introducer(language, text):
    assert labels_of(run(language, text)) == {("Velmora", "gold")}


def test_genitive_acronym_and_programme_word_after_an_introducer_are_no_names():
    out = run("de", "Die Plattform bietet den Clustern NRWs Möglichkeiten; das go-cluster Programms "
                    "auch. Der Nordalb Cluster erhielt Gold-Label.")
    assert {r["cluster"] for r in out["clusters"]} == {"Nordalb Cluster"}


def test_rows_refer_to_the_entity_records_of_the_document():
    """extract gives the registry one record per entity (kind, name, forms with the
    acronym) and each row the index of its record; the tables phase turns that into
    the registry's entity_id."""
    text = ("The Corvane Photonics Cluster (CPC) was awarded the Gold label in 2021. "
            "Its office is at the University of Tarnholm.")
    doc = _nlp("en")(text)
    extracted = extract(doc, "en", "testdoc")
    records = extracted.entities
    by_table = {t.name: [dict(zip(t.column_names, row)) for row in extracted.rows[t.name]]
                for t in TABLES}
    cluster = only(by_table["clusters"])
    record = records[int(cluster["entity_id"])]
    assert (record.kind, record.canonical) == ("cluster", cluster["cluster"])
    assert "CPC" in record.forms
    assert only(by_table["labels"])["cluster_entity_id"] == cluster["entity_id"]
    organisation = only(by_table["organisations"])
    assert records[int(organisation["entity_id"])].kind == "organisation"
    for mention in by_table["mentions"]:
        if mention["label"] in ("CLUSTER", "ORG"):
            assert records[int(mention["entity_id"])].canonical == mention["canonical"]
        else:
            assert mention["entity_id"] == ""


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The Gold-labelled Velmora Cluster hosts the meeting.", {("Velmora Cluster", "gold")}),
    ("de", "Nordalb Cluster bleibt Gold", {("Nordalb Cluster", "gold")}),
    ("en", "Velmora Cluster upgraded from Bronze to Silver.",
     {("Velmora Cluster", "bronze"), ("Velmora Cluster", "silver")}),
])
def test_tier_modifiers_and_verbs_of_keeping_or_upgrading(language, text, expected):
    assert labels_of(run(language, text)) == expected


def test_a_meeting_held_at_a_labelled_cluster_dates_no_award():
    out = run("en", "The study visit was held on 21 July 2021 at the office of the Gold-labelled "
                    "Cluster Velmora – Rua Nova 10, Porto.")
    (label,) = out["labels"]
    assert (label["cluster"], label["awarded"]) == ("Cluster Velmora", "")


def test_undated_award_takes_the_date_of_a_sentence_naming_the_cluster():
    out = run("en", "Velmora Maritime Cluster (VMC) awarded Gold label\n\nThe cluster grew. In the "
                    "beginning of September 2023, VMC obtained the quality label for cluster "
                    "management.")
    (label,) = out["labels"]
    assert (label["cluster"], label["tier"], label["awarded"]) == ("Velmora Maritime Cluster", "gold",
                                                                    "2023-09")


def test_holding_a_label_since_a_year_dates_its_first_award():
    (label,) = run("de", "Der Nordalb Cluster vertritt 80 Firmen. Seit 2019 trägt er das "
                         "Silber-Label.")["labels"]
    assert (label["cluster"], label["tier"], label["awarded"]) == ("Nordalb Cluster", "silver", "2019")


def test_lines_of_acronym_and_full_name_after_a_winners_intro_are_clusters():
    text = ("Die Jury hat sechs Gewinner ausgewählt. Die Gewinner sind:\n"
            "VELKAT: Velder Katalyse-Verbund für grüne Chemie; Region Velden\n"
            "hyMARA: Wasserstoff für maritime Anwendungen; Nordheim, Niedersachsen\n")
    out = run("de", text)
    clusters = {r["cluster"]: r for r in out["clusters"]}
    assert set(clusters) == {"Velder Katalyse-Verbund für grüne Chemie",
                             "Wasserstoff für maritime Anwendungen"}
    assert {"VELKAT"} <= forms(clusters["Velder Katalyse-Verbund für grüne Chemie"])
    assert {"hyMARA"} <= forms(clusters["Wasserstoff für maritime Anwendungen"])


def test_acronym_lines_without_an_intro_naming_winners_or_clusters_are_nothing():
    text = "Kontakt:\nTel: Nordheim Zentrale; 0123\nFax: Nordheim Büro; 0456\n"
    assert run("de", text)["clusters"] == []


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Das Projekt (durchgeführt von den Clustern hafenwerk und der Nordalb Management GmbH) "
           "lief gut.", {"hafenwerk", "Nordalb Management GmbH"}),
    ("en", "The clusters Velmora, Nordwind and the Kestrel Network met in Porto.",
     {"Velmora", "Nordwind", "Kestrel Network"}),
    ("en", "The consortium consists of three clusters: Velmora, Tarsio and Brunkel.",
     {"Velmora", "Tarsio", "Brunkel"}),
    ("de", "Gemeinsam mit den Partnerclustern Velmora aus Dänemark und Tarsio aus Spanien "
           "organisiert das Netzwerk Studienreisen.", {"Velmora", "Tarsio"}),
    ("de", "Beteiligt sind die Cluster Velmora, Tarsio und Brunkel aus drei Ländern.",
     {"Cluster Velmora", "Tarsio", "Brunkel"}),
    ("en", "Over 30 clusters, including Velmora and Tarsio, attended the matchmaking.",
     {"Velmora", "Tarsio"}),
])
def test_items_after_a_plural_cluster_noun_are_clusters(language, text, expected):
    assert {r["cluster"] for r in run(language, text)["clusters"]} == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Velmora and Tarsio, both clusters from the Baltic region, signed a memorandum.",
     {"Velmora", "Tarsio"}),
    ("de", "Velmora und Tarsio, zwei Cluster aus dem Ostseeraum, unterzeichneten eine Erklärung.",
     {"Velmora", "Tarsio"}),
    ("en", "Velmora, Tarsio and Brunkel are among the 30 clusters taking part in the exchange.",
     {"Velmora", "Tarsio", "Brunkel"}),
    ("de", "Velmora, Tarsio und Brunkel gehören zu den 30 Clustern, die am Austausch teilnehmen.",
     {"Velmora", "Tarsio", "Brunkel"}),
    ("en", "Siemens and Bosch are two companies from Germany.", set()),
])
def test_a_list_called_clusters_together(language, text, expected):
    assert {r["cluster"] for r in run(language, text)["clusters"]} == expected


@pytest.mark.parametrize("language, text, cluster", [
    ("de", "Die Clustermanagerin von Velmora, Karla Muster, freut sich über die Auszeichnung.", "Velmora"),
    ("en", "Karla Muster, cluster manager at the Velmora Wind Network, said the label was a team effort.",
     "Velmora Wind Network"),
    ("de", "Karla Muster, Clustermanagerin beim Velmora e.V., freut sich.", "Velmora e.V."),
    ("de", "Die Velmora e.V. ist das Netzwerk der Windbranche in Norddeutschland.", "Velmora e.V."),
    ("en", "Velmora is a cluster organisation located in Aarhus, Denmark.", "Velmora"),
])
def test_a_name_whose_cluster_manager_the_text_names_is_a_cluster(language, text, cluster):
    assert cluster in {r["cluster"] for r in run(language, text)["clusters"]}


def test_members_of_the_german_cluster_programme_are_clusters():
    assert labels_of(run("de", "Das go-cluster-Mitglied Velmora hat das Silber-Label erhalten.")) == {
        ("Velmora", "silver")}
    out = run("de", "Die go-cluster-Mitglieder Velmora, Tarsio und Brunkel trafen sich in Berlin.")
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora", "Tarsio", "Brunkel"}


@pytest.mark.parametrize("language, text, cluster", [
    ("en", "Velmora's cluster manager Karla Muster opened the meeting.", "Velmora"),
    ("de", "Die Clusterorganisation Velmora zählt 80 Mitglieder.", "Clusterorganisation Velmora"),
])
def test_a_cluster_named_by_its_manager_or_its_kind(language, text, cluster):
    assert {r["cluster"] for r in run(language, text)["clusters"]} == {cluster}


def test_cluster_manager_of_the_year_names_no_cluster():
    assert run("en", "Karla Muster, cluster manager of the Year 2022, spoke.")["clusters"] == []


@pytest.mark.parametrize("text", [
    "Partners include Velmora, the Danish wind cluster, and the University of Nordheim.",
    "Among the partners are Velmora, the Danish wind cluster, and Tarsio, a Spanish food cluster.",
])
def test_an_adjective_in_an_apposition_is_no_list_item(text):
    out = run("en", text)
    names = {r["cluster"] for r in out["clusters"]} | {r["organisation"] for r in out["organisations"]}
    assert "Velmora" in names and "Danish" not in names


@pytest.mark.parametrize("text", [
    "Die Clusterplattform Nordland vernetzt die Cluster des Landes.",
    "Das Ministerium fördert die Cluster des Freistaats.",
])
def test_clusters_of_a_state_name_no_cluster(text):
    assert run("de", text)["clusters"] == []


def test_the_state_whose_cluster_initiative_it_is_is_no_part_of_its_name():
    out = run("de", "Das Netzwerk ist Teil der Clusterinitiative Nordalb des Landes.")
    assert {r["cluster"] for r in out["clusters"]} == {"Nordalb"}


@pytest.mark.parametrize("language, text, kind, names", [
    ("en", "The project brings together eight cluster organisations from six countries: Velmora "
           "(Denmark), Tarsio (Spain), Brunkel (Austria) and Quendt (Poland).",
     "clusters", {"Velmora", "Tarsio", "Brunkel", "Quendt"}),
    ("en", "Eight clusters joined: Velmora (wind energy), Tarsio (agrifood) and Brunkel (photonics).",
     "clusters", {"Velmora", "Tarsio", "Brunkel"}),
    ("en", "Eight clusters joined: Velmora (food & drink), Tarsio (wind, solar) and Brunkel (photonics).",
     "clusters", {"Velmora", "Tarsio", "Brunkel"}),
    ("de", "Am Projekt beteiligt sind folgende Cluster: Velmora (Dänemark), Tarsio (Spanien) und "
           "Brunkel (Österreich).", "clusters", {"Velmora", "Tarsio", "Brunkel"}),
    ("en", "The cluster brings together Valtrona (sensors), Merisol (software) and Braxen (robotics).",
     "organisations", {"Valtrona", "Merisol", "Braxen"}),
    ("en", "Partners: Velmora (Denmark), Tarsio (Spain), Brunkel (Austria)",
     "organisations", {"Velmora", "Tarsio", "Brunkel"}),
])
def test_names_listed_with_their_place_or_field(language, text, kind, names):
    """A list of names each with its place or field names bodies: clusters when the line
    speaks of clusters in the plural, else organisations."""
    column = "cluster" if kind == "clusters" else "organisation"
    out = run(language, text)
    assert {r[column] for r in out[kind]} == names
    other = "organisations" if kind == "clusters" else "clusters"
    assert out[other] == []


def test_a_kind_of_body_of_a_region_is_no_name():
    out = run("de", "Das Kompetenznetz Nordalb ist als erstes Netzwerk der Region ausgezeichnet worden.")
    assert out["organisations"] == []


def test_plural_cluster_noun_before_words_is_no_list():
    out = run("de", "Die Plattform hilft den Clustern sich auszutauschen und vernetzt sie.")
    assert out["clusters"] == []


@pytest.mark.parametrize("language, text, name", [
    ("en", "Funding comes from the Danish government and the cluster's members.", "Danish government"),
    ("de", "Die Bundesregierung fördert das Unternehmen Velnet GmbH & Co. KG in Nordheim.",
     "Velnet GmbH & Co. KG"),
])
def test_governments_and_companies_after_a_generic_noun(language, text, name):
    assert name in {r["organisation"] for r in run(language, text)["organisations"]}
def test_role_then_a_named_body_in_a_sentence_that_runs_on():
    text = ("The prize was handed over by Ms. Anna Muster, head of unit at the Lindor Innovation Agency "
            "which thanked the teams of every network in the region for all of their work over the past years.")
    assert people_of(run("en", text))["Anna Muster"] == ("head of unit", "Lindor Innovation Agency")


def test_two_names_before_projects_but_not_common_words():
    assert {"Voltra", "Merigrid"} <= programmes_of(run("en", "The Voltra and Merigrid projects started."))
    out = run("en", "We fund research and innovation. Research and Innovation projects matter.")
    assert not programmes_of(out)


def test_name_ending_in_a_programme_word():
    out = run("en", "The work is funded under the Kelvo Growth Scheme of the region.")
    assert "Kelvo Growth Scheme" in programmes_of(out)


def test_no_name_starts_with_a_dash():
    from pipeline.extract.chunks import _trim
    assert _trim("– Phase", 10) == ("Phase", 12)


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Bei der Sitzung wurde Karl Muster von der Lindor GmbH zum Clustersprecher ernannt.",
     ("Clustersprecher", "Lindor GmbH")),
    ("en", "Anna Muster was appointed as new Managing Director of the network.", ("Managing Director", "")),
    ("de", "Anna Muster wurde zur neuen Vorsitzenden gewählt.", ("Vorsitzenden", "")),
])
def test_role_given_by_the_sentence_predicate(language, text, expected):
    assert list(people_of(run(language, text)).values()) == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Das sagt Anna Muster, Geschäftsführerin, Kelvan Systems GmbH, am Montag.",
     ("Geschäftsführerin", "Kelvan Systems GmbH")),
    ("en", "Anna Muster, Managing Director, Kelvan Systems Ltd, said the label matters.",
     ("Managing Director", "Kelvan Systems Ltd")),
    ("de", "Laut Anna Muster, Clustermanagerin beim Lindor-Cluster, ist das gut.",
     ("Clustermanagerin", "Lindor-Cluster")),
])
def test_organisation_after_the_role_apposition(language, text, expected):
    assert people_of(run(language, text))["Anna Muster"] == expected


@pytest.mark.parametrize("text, name", [
    ("Das Netzwerk wird im Rahmen des Innovationsprogramms Nordland 2030 gefördert.", "Innovationsprogramms Nordland 2030"),
    ("Gefördert wird es über die Richtlinie Innovationsnetzwerke Nordland.", "Richtlinie Innovationsnetzwerke Nordland"),
    ("Das Projekt wird im Programm Invest Nordland gefördert.", "Invest Nordland"),
])
def test_german_programme_names(text, name):
    assert name in programmes_of(run("de", text))


def test_first_name_particle_surname_and_no_month_in_a_name():
    out = run("en", "The network is led by Pieter van Beispiel. Ende Februar folgt mehr.")
    assert set(people_of(out)) == {"Pieter van Beispiel"}


def test_contact_line_with_role_then_organisation_line():
    text = "The cluster grows.\n\nMedia enquiries\nAnna Muster, Press Officer\nKelvan Subsea Cluster Ltd\n+44 1224 000 000"
    assert people_of(run("en", text))["Anna Muster"] == ("Press Officer", "Kelvan Subsea Cluster Ltd")


def test_of_two_clusters_named_as_often_the_first_is_the_release_cluster():
    text = ("Orvane Marine Cluster renews its Gold label. The Orvane Marine Cluster works with the "
            "Kelvan Food Cluster. The Kelvan Food Cluster is a partner. Its manager, Anna Muster, is glad.")
    assert people_of(run("en", text))["Anna Muster"] == ("manager", "Orvane Marine Cluster")


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Anna Muster, who is the CEO of Kelvan Systems Ltd, said it matters.", ("CEO", "Kelvan Systems Ltd")),
    ("en", "Anna Muster, who will lead the new working group, said it matters.", ("", "")),
    ("en", "Anna Muster, Communications Lead at Kelvan Systems Ltd, said it matters.",
     ("Communications Lead", "Kelvan Systems Ltd")),
    ("en", "Anna Muster, Head of Innovation at Kelvan Systems Ltd, said it matters.",
     ("Head of Innovation", "Kelvan Systems Ltd")),
    ("de", "Anna Muster, die seit 2019 Geschäftsführerin der Kelvan Systems GmbH ist, sagte das.",
     ("Geschäftsführerin", "Kelvan Systems GmbH")),
    ("de", "Anna Muster, Leiterin Kommunikation, Kelvan Systems GmbH, sagte das.",
     ("Leiterin Kommunikation", "Kelvan Systems GmbH")),
])
def test_apposition_variants(language, text, expected):
    assert people_of(run(language, text))["Anna Muster"] == expected


@pytest.mark.parametrize("text, name", [
    ("Ionuț Marin presented the results.", "Ionuț Marin"),  # the lexicon writes 'Ionuţ', 'Ionut'
    ("Ştefan Ionescu presented the results.", "Ştefan Ionescu"),
])
def test_a_first_name_is_known_whatever_its_diacritics(text, name):
    assert name in people_of(run("en", text))


def test_noun_before_a_full_name_in_one_chunk():
    out = run("de", "Auch Jurymitglied Anna Muster lobte die Bewerbung. Die Universität Lindor Süd lud ein.")
    assert set(people_of(out)) == {"Anna Muster"}


def test_jan_is_a_first_name_and_a_month():
    assert set(people_of(run("de", "Es sprach Jan Muster über das Cluster. Am 3. Jan. 2021 kam Jan-Hendrik Probst."))) \
        == {"Jan Muster", "Jan-Hendrik Probst"}
    assert not people_of(run("en", "Status: Jan 2021. All good."))


def test_role_after_a_name_without_punctuation_in_a_caption():
    out = run("de", "Im Bild: Anna Muster Geschäftsführerin Kelvan Systems GmbH")
    assert people_of(out) == {"Anna Muster": ("Geschäftsführerin", "Kelvan Systems GmbH")}


def test_quoted_programme_names_and_quoted_speech():
    assert "Technik-Offensive" in programmes_of(run("de", "Mit der ‚Technik-Offensive‘ hat das Land viel erreicht."))
    text = 'Anna Muster stellte das Projekt "Pflege und Technik auf dem Weg zu einem Netzwerk" vor.'
    assert "Pflege und Technik auf dem Weg zu einem Netzwerk" in programmes_of(run("de", text))
    assert not programmes_of(run("de", "Er sagte: „Das ist unser Programm“."))


def test_two_common_words_ending_in_strategy_are_no_programme():
    assert not programmes_of(run("en", "Our Growth Strategy. It works."))
    assert "KELVO Scheme" in programmes_of(run("en", "The KELVO Scheme funds SMEs."))


def test_a_name_after_a_funding_phrase_or_a_german_project_noun_is_a_programme():
    text = ("The pilot is financed from KAVRON through the national agency. Smaller trials are supported "
            "through Fundusze Velmorskie dla Kujaw (FVK).")
    assert {"KAVRON", "Fundusze Velmorskie dla Kujaw"} <= programmes_of(run("en", text))
    text = "Der Cluster erhält für das Vorhaben CarbVelt rund 1,1 Millionen Euro, gefördert aus QUENDTFONDS."
    assert {"CarbVelt", "QUENDTFONDS"} <= programmes_of(run("de", text))
    events = "Die Urkunde wurde im Rahmen des Velmora-Forums übergeben; gefördert aus dem Förderprogramm des Landes."
    assert programmes_of(run("de", events)) == set()


def test_a_call_code_with_long_topic_words_after_its_year_is_a_programme():
    text = ("The consortium won funding in the call ABCD-CL4-2031-TWIN-TRANSITION-01-07, and its sister "
            "project under ABCD-XYZ-2032-PATHFINDERCHALLENGES-01.")
    assert {"ABCD-CL4-2031-TWIN-TRANSITION-01-07", "ABCD-XYZ-2032-PATHFINDERCHALLENGES-01"} <= programmes_of(run("en", text))


def test_standards_are_no_call_codes():
    from pipeline.extract.programmes import patterns
    call_code = patterns().call_code
    assert call_code.search("under HORIZON-CL4-2031-TWIN-01-05 we")
    assert not call_code.search("certified to DIN-EN-ISO-9001-2015 and ISO-14001-2015")


def test_shorter_form_of_a_name_with_a_particle_and_no_adverb_speaker():
    text = ("Es sprach Dr. Gerd Muster zu Beispielstein vom Kelvan Cluster. Später sagte Muster zu "
            "Beispielstein, das sei gut. Später ergänzte er etwas. Dann betonte er es.")
    assert set(people_of(run("de", text))) == {"Gerd Muster zu Beispielstein"}
    assert set(people_of(run("en", "The cluster grew. Quendtner said the label matters."))) == {"Quendtner"}


def test_a_legal_form_takes_whole_lower_case_words_only():
    out = run("de", "Die Bronze GmbH und die ºº0 GmbH liefern Teile. Die sonnen-kraft & wärme GmbH & "
                    "Co. KG auch.")
    assert {r["organisation"] for r in out["organisations"]} == {"sonnen-kraft & wärme GmbH & Co. KG"}


def test_a_verb_before_a_lower_case_company_is_no_part_of_its_name():
    out = run("en", "Partners include velmotec GmbH and tarsiosoft AG.")
    assert {r["organisation"] for r in out["organisations"]} == {"velmotec GmbH", "tarsiosoft AG"}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Velmora Receives Gold Label for Cluster Management Excellence", {("Velmora", "gold")}),
    ("en", "Silver Label for Velmora", {("Velmora", "silver")}),
    ("en", "Gold Label Goes to Velmora", {("Velmora", "gold")}),
    ("en", "Velmora, Nordwind and Kestrel Receive Bronze Label",
     {("Velmora", "bronze"), ("Nordwind", "bronze"), ("Kestrel", "bronze")}),
    ("de", "Gold-Label für Velmora", {("Velmora", "gold")}),
    ("en", "ESCA Gold Label for Velmora Maritime Network", {("Velmora Maritime Network", "gold")}),
])
def test_title_case_headlines_name_the_labelled_cluster(language, text, expected):
    assert labels_of(run(language, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velmora erhält Gold-Label\n\nDas Netzwerk wächst.", {("Velmora", "gold")}),
    ("Erstmals erhält der Nordalb Cluster das Gold-Label.", {("Nordalb Cluster", "gold")}),
])
def test_german_headline_subject_but_no_adverb(text, expected):
    assert labels_of(run("de", text)) == expected


def test_a_cluster_name_whose_words_stand_in_a_longer_one_is_that_cluster():
    out = run("de", "Das Velder Cluster Robotik ist gewachsen. Der Cluster Robotik zählt 80 Mitglieder.")
    assert {r["cluster"] for r in out["clusters"]} == {"Velder Cluster Robotik"}
    out = run("de", "Der Robotik-Cluster Velden wächst. Das Cluster Robotik zählt 80 Mitglieder.")
    assert {r["cluster"] for r in out["clusters"]} == {"Robotik-Cluster Velden"}


def test_an_acronym_compound_cluster_and_its_acronym_after_cluster_are_one():
    out = run("de", "Das ICT-Cluster Nordalb wächst. Der Sprecher des Clusters ICT ist Karl Muster.")
    assert {r["cluster"] for r in out["clusters"]} == {"ICT-Cluster Nordalb"}


def test_a_cluster_compound_is_no_person_whatever_its_first_part():
    out = run("de", "Das KI-Cluster Nordalb wächst.")  # 'Ki' is also a first name
    assert {r["cluster"] for r in out["clusters"]} == {"KI-Cluster Nordalb"} and out["people"] == []


def test_an_acronym_before_a_dash_and_the_name_it_spells_are_one_cluster():
    out = run("en", "VWEC – Velmora Wind Energy Cluster – has received the Silver label.")
    (row,) = out["clusters"]
    assert row["cluster"] == "Velmora Wind Energy Cluster" and forms(row) == {"VWEC", "Velmora Wind Energy Cluster"}
    assert labels_of(out) == {("Velmora Wind Energy Cluster", "silver")}


def test_two_clusters_sharing_a_generic_phrase_stay_apart():
    out = run("en", "The Velmora Food Cluster and the Tarsio Food Cluster met. Each food cluster grows.")
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Food Cluster", "Tarsio Food Cluster"}


def test_a_place_word_of_a_coined_cluster_name_is_that_cluster():
    out = run("en", "NordHavn is proud of its new label. The Havn cluster had already earlier been "
                    "awarded the bronze certificate; now NordHavn has been awarded the Gold Label.")
    assert {r["cluster"] for r in out["clusters"]} == {"NordHavn"}
    assert labels_of(out) == {("NordHavn", "bronze"), ("NordHavn", "gold")}


def test_genitive_clusters_x_joins_cluster_x():
    out = run("de", "Der Cluster Velmora Logistik wächst. Sprecher des Clusters Velmora Logistik ist "
                    "Jonas Keller.")
    assert [r["cluster"] for r in out["clusters"]] == ["Cluster Velmora Logistik"]


def test_the_city_of_a_place_is_a_public_body():
    out = run("en", "The event was organised by the Chamber of Commerce of Nordheim and the city of Velden.")
    assert ("city of Velden", "public_body") in {(r["organisation"], r["org_type"]) for r in out["organisations"]}


@pytest.mark.parametrize("language, text, company", [
    ("en", "Kestrel Robotics, a spin-off of the University of Velden, presented its drone.", "Kestrel Robotics"),
    ("de", "Quillon Optics, ein Start-up aus Velden, stellte seinen Sensor vor.", "Quillon Optics"),
])
def test_a_name_called_a_company_in_apposition_is_a_company(language, text, company):
    assert (company, "company") in {(r["organisation"], r["org_type"]) for r in run(language, text)["organisations"]}


def test_cluster_words_of_other_european_languages_head_a_cluster_name():
    out = run("en", "Velmorski Energetický Klastr received the Bronze Label, as did Nordvik Vindklynge.")
    assert {"Velmorski Energetický Klastr", "Nordvik Vindklynge"} <= {r["cluster"] for r in out["clusters"]}


def test_an_award_and_its_renewal_in_one_sentence_are_two_rows():
    out = run("en", "The Gold Label, which Velmora Cluster received in 2016, was renewed in 2019.")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Cluster", "gold", "2016"), ("Velmora Cluster", "gold", "2019")}


@pytest.mark.parametrize("language, text, cluster, tier", [
    ("en", "Nordalb, the automotive cluster of the northern region, was awarded the Bronze Label.",
     "Nordalb", "bronze"),
    ("en", "Since 2016, Velmora has held the Bronze label.", "Velmora", "bronze"),
    ("en", "We are proud to announce that Velmora has been awarded the Silver label.", "Velmora", "silver"),
    ("en", "Velmora has now successfully renewed its Gold label.", "Velmora", "gold"),
    ("de", "Wir freuen uns, dass Velmora das Gold-Label erhalten hat.", "Velmora", "gold"),
    ("en", "Good news for the region: Velmora has received the Gold label.", "Velmora", "gold"),
    ("de", "Wir freuen uns: Velmora ist jetzt Gold-zertifiziert.", "Velmora", "gold"),
    ("de", "Velmora, das Netzwerk der Kunststoffindustrie in Franken, wurde mit dem Silber-Label "
           "ausgezeichnet.", "Velmora", "silver"),
])
def test_one_word_subject_where_a_clause_opens(language, text, cluster, tier):
    """A coined one-word name is the subject where a clause opens: after a short opening
    phrase and comma, after 'that'/'dass' or a short lead-in and colon, and before an
    apposition and the verb."""
    one_label(run(language, text), cluster, tier)


@pytest.mark.parametrize("language, text", [
    ("en", "Twelve clusters received the Gold label, among them Velmora, Tarsio and Brunkel."),
    ("de", "Zwölf Cluster erhielten das Gold-Label, darunter Velmora, Tarsio und Brunkel."),
    ("en", "The Gold label was awarded to three clusters, namely Velmora, Tarsio and Brunkel."),
    ("en", "New Gold labels for Velmora, Tarsio and Brunkel"),
    ("de", "Gold-Label für Velmora, Tarsio und Brunkel"),
    ("de", "Zu den neuen Gold-Label-Trägern gehören Velmora, Tarsio und Brunkel."),
])
def test_a_list_closing_a_label_sentence_after_a_recipient_word(language, text):
    """'..., among them A, B and C', 'Gold-Label für A, B und C': each item got the tier;
    the counted clusters ('Zwölf Cluster') are no name."""
    assert labels_of(run(language, text)) == {("Velmora", "gold"), ("Tarsio", "gold"), ("Brunkel", "gold")}


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Wir gratulieren Velmora zum Gold-Label!", {("Velmora", "gold")}),
    ("de", "Das Velmora Cluster gratuliert Tarsio zum Gold-Label.", {("Tarsio", "gold")}),
    ("en", "The Velmora Cluster congratulates Tarsio on its Silver label.", {("Tarsio", "silver")}),
])
def test_who_is_congratulated_got_the_label_not_who_congratulates(language, text, expected):
    assert labels_of(run(language, text)) == expected


def test_who_congratulates_is_no_cluster():
    out = run("de", "Nordalb Innovativ gratuliert dem Velmora-Cluster zum Gold-Label.")
    assert [r["cluster"] for r in out["clusters"]] == ["Velmora-Cluster"]


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Sowohl Velmora als auch Tarsio erhielten das Gold-Label.", {("Velmora", "gold"), ("Tarsio", "gold")}),
    ("en", "Both Velmora and Tarsio received the Gold label.", {("Velmora", "gold"), ("Tarsio", "gold")}),
    ("en", "For the third time in a row, Velmora has been awarded the Gold label.", {("Velmora", "gold")}),
    ("de", "Velmora erreicht Gold-Status", {("Velmora", "gold")}),
])
def test_coordinated_and_introduced_subjects_of_a_label_sentence(language, text, expected):
    assert labels_of(run(language, text)) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Velmora (wind energy) received the Gold label.", {("Velmora", "gold")}),
    ("de", "Folgende Cluster erhielten das Gold-Label: Velmora (Dänemark), Tarsio (Spanien) und Brunkel "
           "(Österreich).", {("Velmora", "gold"), ("Tarsio", "gold"), ("Brunkel", "gold")}),
])
def test_names_with_a_note_in_label_sentences(language, text, expected):
    assert labels_of(run(language, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Bronze Label was awarded to Velmora in March 2020.", {("Velmora", "bronze", "2020-03")}),
    ("Velmora obtains Silver", {("Velmora", "silver", "")}),
    ("Velmora became the first Danish cluster to receive the Gold Label.", {("Velmora", "gold", "")}),
    ("Velmora joins the group of Gold-labelled clusters.", {("Velmora", "gold", "")}),
])
def test_more_english_label_statements(text, expected):
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in run("en", text)["labels"]} == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Among the winners: Velmora Cluster (Gold) and Tarsio Cluster (Silver).",
     {("Velmora Cluster", "gold"), ("Tarsio Cluster", "silver")}),
    ("de", "Velmora Cluster: Gold", {("Velmora Cluster", "gold")}),
])
def test_a_tier_in_parentheses_or_after_a_colon_pairs_with_its_cluster(language, text, expected):
    assert labels_of(run(language, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Neu ausgezeichnet wurden:\n- Velmora e.V. (Silber)\n- Tarsio GmbH (Bronze)",
     {("Velmora e.V.", "silver"), ("Tarsio GmbH", "bronze")}),
    ("Über das Bronze-Label freuen sich Velmora aus Nordheim und Tarsio aus Südheim.",
     {("Velmora", "bronze"), ("Tarsio", "bronze")}),
    ("Velmora, Tarsio und Brunkel konnten das Silber-Label erneut bestätigen.",
     {("Velmora", "silver"), ("Tarsio", "silver"), ("Brunkel", "silver")}),
])
def test_more_german_label_lists(text, expected):
    assert labels_of(run("de", text)) == expected


def test_list_subject_with_adverb_before_the_verb():
    rows = run("en", "Velmora and Nordalb both received the Gold label.")["labels"]
    assert {(r["cluster"], r["tier"]) for r in rows} == {("Velmora", "gold"), ("Nordalb", "gold")}


@pytest.mark.parametrize("language, text, cluster", [
    ("en", "Having already received the Bronze label in 2016, the Kelvan Cluster now holds Silver.",
     "Kelvan Cluster"),
    ("de", "Große Freude in Stuttgart: Das Netzwerk Velmora erhält das Gold-Label.", "Velmora"),
    ("en", "BREAKING: Velmora Cluster wins Gold Label", "Velmora Cluster"),
    ("de", "Gemeinsam mit dem Partner Nordalb GmbH hat das Velmora Cluster das Gold-Label erhalten.",
     "Velmora Cluster"),
    ("en", "Last year, Nordalb Consulting Ltd audited the Velmora Cluster, which then received the "
           "Gold Label.", "Velmora Cluster"),
])
def test_kickers_participles_partners_and_auditors_get_no_label(language, text, cluster):
    """Only the cluster the sentence names as recipient gets the row: not a participle
    opening the sentence, a kicker before a colon, a partner or an auditor beside it."""
    assert {r["cluster"] for r in run(language, text)["labels"]} == {cluster}


@pytest.mark.parametrize("text, cluster, tier", [
    ("The Velmora Silver Economy Cluster has been awarded the Gold Label.", "Velmora Silver Economy Cluster", "gold"),
    ("The Nordalb Gold Coast Cluster received the Bronze Label.", "Nordalb Gold Coast Cluster", "bronze"),
])
def test_tier_word_inside_a_cluster_name_is_part_of_the_name(text, cluster, tier):
    """A tier word between two name words ('Silver Economy') belongs to the name: the
    cluster is found and the word gives no label of its own."""
    one_label(run("en", text), cluster, tier)


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The following clusters obtained the Silver label: Medalba (Portugal), Polyfrank (Germany) "
           "and Nordalb Energy (Norway).", {"Medalba", "Polyfrank", "Nordalb Energy"}),
    ("de", "Das Gold-Label erhielten Medalba aus Portugal, Polyfrank aus Deutschland und Nordalb Energy "
           "aus Norwegen.", {"Medalba", "Polyfrank", "Nordalb Energy"}),
    ("de", "Mit dem Silber-Label wurden Medalba, Polyfrank und Nordalb Energy ausgezeichnet.",
     {"Medalba", "Polyfrank", "Nordalb Energy"}),
    ("en", "Three clusters – Techvale, Nordalb and Quendt – received the Gold Label.",
     {"Techvale", "Nordalb", "Quendt"}),
    ("en", "The Gold Label went to Foodvale, the Catalan Wine Cluster and Innovac.",
     {"Foodvale", "Catalan Wine Cluster", "Innovac"}),
])
def test_lists_of_recipients_with_origins_dashes_and_descriptions(language, text, expected):
    assert {r["cluster"] for r in run(language, text)["labels"]} == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The Working Group met in Vienna with the PARTNERSHIP board.", set()),
    ("de", "Die IHK unterstützt das Netzwerk.", {"IHK"}),
    ("de", "Die Bundesregierung und der Freistaat Sachsen fördern das Netzwerk.",
     {"Bundesregierung", "Freistaat Sachsen"}),
])
def test_kinds_of_body_alone_are_no_names(language, text, expected):
    """A head word or head phrase alone ('Working Group') names a kind of body; an
    acronym ('IHK') or a well-known body names one."""
    assert {r["organisation"] for r in run(language, text)["organisations"]} == expected


def test_the_place_cluster_refers_to_the_cluster_named_after_the_place():
    """'the Tampere cluster' is the Tampere Food Cluster named before, though Tampere is a
    place: its later statement is that cluster's, not the cluster named last."""
    text = ("The Tampere Food Cluster received the Gold label, while the Nordalb Materials Network "
            "was awarded the Bronze label.\n\nFor the Tampere cluster the result is a step up. "
            "It had held the Silver label since 2021.")
    rows = {(r["cluster"], r["tier"]) for r in run("en", text)["labels"]}
    assert rows == {("Tampere Food Cluster", "gold"), ("Tampere Food Cluster", "silver"),
                    ("Nordalb Materials Network", "bronze")}


@pytest.mark.parametrize("text", [
    "Erstmals erhielt der Cluster das Gold-Label.",
    "Anfang 2020 hat Qualitätslabel-Inhaber Velmora-Cluster nichts erhalten.",
    "Die Ministerin Anna Tiefenthal gratulierte. Am Montag hat Tiefenthal das Gold-Label an den "
    "Cluster Velmora überreicht.",
])
def test_german_common_words_and_surnames_are_no_one_word_subjects(text):
    """German adverbs, compounds of label words and a person's surname stand where a
    one-word subject would: none of them becomes a cluster."""
    out = run("de", text)
    assert not {r["cluster"] for r in out["clusters"]} & {"Erstmals", "Anfang", "Qualitätslabel-Inhaber",
                                                          "Tiefenthal"}


@pytest.mark.parametrize("language, text", [
    ("en", "Valorial is one of the leading clusters in Europe."),
    ("en", "Valorial, Germany's leading aerospace cluster, organises the conference."),
    ("en", "Valorial is a cluster organisation with 300 members."),
    ("de", "Valorial ist eines der führenden Netzwerke in Europa."),
    ("de", "Valorial ist eine Clusterinitiative des Landes."),
])
def test_a_name_called_a_cluster_is_one(language, text):
    assert {r["cluster"] for r in run(language, text)["clusters"]} == {"Valorial"}


@pytest.mark.parametrize("language, text", [
    ("en", "Anna Keller is the cluster manager of the network."),
    ("en", "Today, ESCA is a network of cluster experts from 40 countries."),
])
def test_people_and_known_bodies_called_a_network_are_no_clusters(language, text):
    assert run(language, text)["clusters"] == []


@pytest.mark.parametrize("language, text, awarded", [
    ("en", "The Velmora Cluster has been awarded the Gold Label. The award ceremony took place in "
           "Brussels on 12 May 2022.", "2022-05-12"),
    ("de", "Der Velmora Cluster hat das Gold-Label erhalten. Die Urkunde wurde am 12. Mai 2022 in Berlin "
           "überreicht.", "2022-05-12"),
    ("de", "Der Velmora Cluster ist seit März 2021 Träger des Gold-Labels.", "2021-03"),
])
def test_award_date_from_the_ceremony_or_the_holding(language, text, awarded):
    """The ceremony sentence after an undated award dates it; 'Träger seit' dates a holding."""
    assert one_label(run(language, text), "Velmora Cluster", "gold")["awarded"] == awarded


def test_list_under_a_dated_heading_takes_its_date_and_drops_the_country():
    text = ("New Gold Labels awarded in March 2023\n\nESCA has awarded the Cluster Management Excellence "
            "Label GOLD to the following cluster organisations:\n\n- Velmora Maritime Cluster (Norway)\n"
            "- AgroNord (Finland)\n\nWe congratulate all clusters.")
    rows = {(r["cluster"], r["tier"], r["awarded"]) for r in run("en", text)["labels"]}
    assert rows == {("Velmora Maritime Cluster", "gold", "2023-03"), ("AgroNord", "gold", "2023-03")}


def test_a_name_described_as_a_programme_is_one():
    text = ("Nordstar Excellence, the national support programme for clusters, funded the visit of "
            "the Velmora Cluster.")
    out = run("en", text)
    assert [r["programme"] for r in out["programmes"]] == ["Nordstar Excellence"]
    assert [r["cluster"] for r in out["clusters"]] == ["Velmora Cluster"]


def test_inflected_headline_name_and_the_confirming_sentence_date():
    """'Maritimes Cluster X' in the headline is the 'Maritime Cluster X' of the body; the
    sentence after the award that confirms it dates it with its news, not the earlier year."""
    text = ("Maritimes Cluster Nordalb erneut mit GOLD ausgezeichnet\n\nDas Maritime Cluster Nordalb "
            "hat zum zweiten Mal das GOLD-Label erhalten. Nach 2018 bestätigten die Gutachter im Juni "
            "2021 erneut die Exzellenz des Clustermanagements.")
    out = run("de", text)
    assert len(out["clusters"]) == 1
    assert [(r["tier"], r["awarded"]) for r in out["labels"]] == [("gold", "2021-06")]


@pytest.mark.parametrize("language, text, tier, awarded", [
    ("en", "The assessment, carried out by an expert in April 2023, confirmed the progress the Velmora "
           "Cluster has made since receiving the Bronze label in 2020.", "bronze", "2020"),
    ("en", "Velmora Cluster, Gold Label 2022\n\nThe cluster is proud.", "gold", "2022"),
])
def test_a_date_right_after_the_tier_is_its_date(language, text, tier, awarded):
    assert one_label(run(language, text), "Velmora Cluster", tier)["awarded"] == awarded


def test_service_company_named_after_the_cluster_is_its_alias():
    text = ("Das Kunststoff-Netzwerk Nordalb e.V. (KNN) hat das Bronze-Label erhalten. Das KNN wird von "
            "der KNN Service GmbH gemanagt; Mitglied ist die Polytec AG.")
    out = run("de", text)
    assert "KNN Service GmbH" in forms(only(out["clusters"]))
    assert [r["organisation"] for r in out["organisations"]] == ["Polytec AG"]


def test_dash_and_parenthesis_pairs_in_a_list_and_a_later_validity():
    text = ("VELMA - the Nordalb Automotive Cluster and HEGRA (Nordalb Aerospace Cluster) were awarded the "
            "GOLD label. The labels are valid until November 2024.")
    out = run("en", text)
    assert {(r["cluster"], r["valid_until"]) for r in out["labels"]} == {
        ("Nordalb Automotive Cluster", "2024-11"), ("Nordalb Aerospace Cluster", "2024-11")}
    assert {frozenset(forms(r)) for r in out["clusters"]} == {
        frozenset({"VELMA", "Nordalb Automotive Cluster"}), frozenset({"HEGRA", "Nordalb Aerospace Cluster"})}


def test_the_company_running_a_cluster_is_one_of_its_names():
    text = ("Die Nordalb Bio GmbH, Managementgesellschaft des Life-Science-Clusters Velbio, wurde mit dem "
            "Silber-Label ausgezeichnet. Velbio hatte 2019 bereits das Bronze-Label erhalten.")
    out = run("de", text)
    cluster = only(out["clusters"])
    assert {"Nordalb Bio GmbH", "Velbio"} <= forms(cluster)
    assert {r["tier"] for r in out["labels"]} == {"silver", "bronze"}
    assert out["organisations"] == []


def test_headline_name_joins_the_network_named_in_the_body():
    text = ("Nordalb Energy erhält Silber-Label\nDas Netzwerk Nordalb Energy ist vom ESCA mit dem "
            "Silber-Label ausgezeichnet worden.")
    out = run("de", text)
    assert forms(only(out["clusters"])) == {"Nordalb Energy", "Netzwerk Nordalb Energy"}
    assert len(out["labels"]) == 1


def test_list_partners_of_a_cluster_with_their_countries_are_clusters():
    text = ("The partners are Velmora Cluster (Germany), Nordalb Materials (Sweden), Polycat (Spain) and "
            "Green Tech Slovenia.")
    out = run("en", text)
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Cluster", "Nordalb Materials", "Polycat",
                                                        "Green Tech Slovenia"}
    assert out["organisations"] == []


@pytest.mark.parametrize("text, expected", [
    ("Zu den Partnern gehören die Universität Velden und das Start-up DataMed.", {"Universität Velden", "DataMed"}),
    ("Die Firma Velmora GmbH ist Mitglied im Netzwerk.", {"Velmora GmbH"}),
])
def test_company_noun_before_a_name_is_no_part_of_it(text, expected):
    assert {r["organisation"] for r in run("de", text)["organisations"]} == expected


def test_introduced_name_keeps_its_version_number():
    out = run("de", "Das Berliner Bündnis „Nordstern 2.0“ gehört zu den Finalisten. Nordstern 2.0 wird von "
                    "der Universität Velden koordiniert.")
    assert "Nordstern 2.0" in forms(only(out["clusters"]))


@pytest.mark.parametrize("text, role, organisation", [
    ("Velmora Cluster CEO Anna Keller received the certificate.", "CEO", "Velmora Cluster"),
    ("Contact: Anna Keller, Communications, Velmora Cluster, phone +49 123", "Communications", "Velmora Cluster"),
])
def test_body_before_the_role_and_department_roles(text, role, organisation):
    person = only(run("en", text)["people"])
    assert (person["role"], person["organisation"]) == (role, organisation)


@pytest.mark.parametrize("text, expected", [
    ("Velmora's managing director Anna Keller welcomed the label.", ("managing director", "Velmora")),
    ("The cluster's president, Jan Berg, thanked the members.", ("president", "")),
    ("Bavaria's Minister of Economic Affairs Anna Keller congratulated the cluster.",
     ("Bavaria's Minister of Economic Affairs", "")),  # a place's minister: the place is part of the role
])
def test_possessive_owner_and_verbs_after_the_name(text, expected):
    person = only(run("en", text)["people"])
    assert (person["role"], person["organisation"]) == expected


@pytest.mark.parametrize("language, text, role, organisation", [
    ("en", "Jan Novak, Chairman of the Board of NANOVEL, z.s., welcomed the guests.", "Chairman of the Board",
     "NANOVEL, z.s."),
    ("de", "Jan Berg, Vorsitzender des Vorstands der Velmora Cluster e.V., sprach.", "Vorsitzender des Vorstands",
     "Velmora Cluster e.V."),
])
def test_the_board_is_part_of_the_role(language, text, role, organisation):
    person = only(run(language, text)["people"])
    assert (person["role"], person["organisation"]) == (role, organisation)


@pytest.mark.parametrize("language, text, role, organisation", [
    ("en", "Anna Keller is the managing director of the Velmora Cluster.", "managing director", "Velmora Cluster"),
    ("de", "Anna Keller ist Geschäftsführerin der Velmora GmbH.", "Geschäftsführerin", "Velmora GmbH"),
])
def test_copula_gives_the_role_and_the_body(language, text, role, organisation):
    person = only(run(language, text)["people"])
    assert (person["role"], person["organisation"]) == (role, organisation)


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Velmora coordinates an Interreg project called AlpTrans.", {"AlpTrans"}),
    ("de", "Das Cluster ist Teil der Hightech Agenda Bayern.", {"Hightech Agenda Bayern"}),
    ("de", "Gefördert wird das Netzwerk über die Förderrichtlinie „Regionale Innovationsnetzwerke“.",
     {"Regionale Innovationsnetzwerke"}),
])
def test_programmes_named_called_headed_before_a_place_or_quoted_after_a_guideline(language, text, expected):
    assert expected <= {r["programme"] for r in run(language, text)["programmes"]}


def test_inflected_long_form_of_a_known_acronym_joins_it():
    out = run("de", "Das Projekt wird im Rahmen des Zentralen Innovationsprogramms Mittelstand (ZIM) gefördert.")
    assert only(out["programmes"])["acronym"] == "ZIM"
    assert out["organisations"] == []


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Die Hochschule für Technik und Wirtschaft Velden (HTW) ist Gründungsmitglied.",
     {"Hochschule für Technik und Wirtschaft Velden"}),
    ("en", "The cluster works with Scottish Enterprise and the Ministry of Industry and the Ministry of "
           "Education.", {"Scottish Enterprise", "Ministry of Industry", "Ministry of Education"}),
])
def test_a_head_s_for_phrase_goes_on_past_und_and_enterprise_agencies(language, text, expected):
    assert {r["organisation"] for r in run(language, text)["organisations"]} == expected


@pytest.mark.parametrize("language, text, cluster", [
    ("en", "The Velmora Competence Centre received the Silver label.", "Velmora Competence Centre"),
    ("de", "Das Kompetenzzentrum Velmora Holz erhielt das Silber-Label.", "Kompetenzzentrum Velmora Holz"),
])
def test_a_competence_centre_that_receives_a_label_is_the_cluster(language, text, cluster):
    one_label(run(language, text), cluster, "silver")


def test_a_research_centre_in_the_object_of_a_label_sentence_stays_an_organisation():
    text = ("Das Velmora-Netzwerk trägt seit Juni 2022 das Silber-Label und will ein Prüfzentrum für "
            "Faserverbundbauteile aufbauen.")
    out = run("de", text)
    assert [r["cluster"] for r in out["labels"]] == ["Velmora-Netzwerk"]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Valorial, a cluster from Brittany, organised the workshop.", {"Valorial"}),
    ("en", "The workshop was organised by Valorial, the French agri-food cluster.", {"Valorial"}),
    ("en", "The delegation visited Innovac, one of Spain's leading clusters.", {"Innovac"}),
    ("en", "Partners from the clusters Innovac (Spain) and Medalba (Italy) joined.", {"Innovac", "Medalba"}),
    ("de", "Innovac, ein Cluster aus Spanien, war ebenfalls vertreten.", {"Innovac"}),
    ("de", "Vier Jahre nach dem Silber-Label, das der Cluster im Jahr 2019 erhalten hatte, kam Gold.", set()),
])
def test_appositions_that_call_a_name_a_cluster(language, text, expected):
    assert {r["cluster"] for r in run(language, text)["clusters"]} == expected


@pytest.mark.parametrize("text", [
    "Five clusters received labels: Gold went to Innovac (Spain) and Medalba (Portugal); Silver to Polyfrank "
    "(Germany) and Nordalb Wood (Norway); Bronze to Techvale (Romania).",
    "Gold: Innovac, Medalba\nSilver: Polyfrank, Nordalb Wood\nBronze: Techvale",
])
def test_tier_first_lists_give_each_cluster_the_tier_before_it(text):
    rows = {(r["cluster"], r["tier"]) for r in run("en", text)["labels"]}
    assert rows == {("Innovac", "gold"), ("Medalba", "gold"), ("Polyfrank", "silver"), ("Nordalb Wood", "silver"),
                    ("Techvale", "bronze")}


def test_agency_kind_compound_before_a_name_is_no_part_of_it():
    out = run("de", "Die Standortagentur Nordalb Business Agency und die Wirtschaftsförderung Region Velden "
                    "unterstützen das Netzwerk.")
    assert {r["organisation"] for r in out["organisations"]} == {"Nordalb Business Agency",
                                                                 "Wirtschaftsförderung Region Velden"}


@pytest.mark.parametrize("text, expected", [
    ("Das Gold-Label ging in diesem Jahr an die Netzwerke Velmora und Nordalb.", {"Velmora", "Nordalb"}),
    ("Die drei Mitglieder Velmora aus Bayern, das Logistiknetzwerk Nordalb sowie der Verein Medalba e.V. haben "
     "das Silber-Label erhalten.", {"Velmora", "Nordalb", "Verein Medalba e.V."}),
])
def test_german_recipient_lists_after_a_plural_noun_or_beside_named_networks(text, expected):
    assert {r["cluster"] for r in run("de", text)["labels"]} == expected


def test_recognised_with_a_label_is_an_award_dated_by_the_ceremony():
    text = ("BioVelden, the life sciences network of the Velden region, has been recognised with the Silver "
            "Label. The label was presented at a ceremony in Berlin on 3 May 2023.")
    assert one_label(run("en", text), "BioVelden", "silver")["awarded"] == "2023-05-03"


def test_list_subject_past_a_shared_apposition():
    rows = run("en", "Foodvale and Innovac, both from Catalonia, received the Silver Label.")["labels"]
    assert {(r["cluster"], r["tier"]) for r in rows} == {("Foodvale", "silver"), ("Innovac", "silver")}


def test_a_tier_after_a_connector_ends_the_name():
    one_label(run("en", "Congratulations to Valorial for the Gold label!"), "Valorial", "gold")


def test_scheme_statistics_and_a_partner_that_holds_a_label():
    text = ("The Velmora Cluster has been awarded the Gold Label.\n\nSince 2012, ESCA has issued over 1,300 "
            "Bronze labels.\n\nThe Velmora Cluster brings together 150 companies. Its partner Nordalb Network "
            "holds the Silver Label since 2019.")
    rows = {(r["cluster"], r["tier"]) for r in run("en", text)["labels"]}
    assert rows == {("Velmora Cluster", "gold"), ("Nordalb Network", "silver")}


@pytest.mark.parametrize("language, text", [
    ("en", "The Velmora Cluster has 150 members.\n\nClusters with a Gold label enjoy greater visibility."),
    ("en", "The Velmora Cluster has 150 members.\n\nThe benchmarking for the Bronze label takes one day."),
    ("de", "Das Velmora Cluster hat 150 Mitglieder.\n\nDas Gold-Label ist die höchste Stufe der Initiative."),
])
def test_statements_about_a_label_give_the_only_cluster_no_row(language, text):
    assert run(language, text)["labels"] == []


@pytest.mark.parametrize("language, text", [
    ("de", "Das Velmora Cluster hat 150 Mitglieder.\n\nDas Gold-Label bestätigt die Arbeit des Teams."),
    ("en", "The Velmora Cluster has 150 members.\n\nWith its Silver label, the team looks ahead."),
])
def test_the_label_of_a_sentence_naming_no_cluster_is_the_only_clusters(language, text):
    assert len(run(language, text)["labels"]) == 1


@pytest.mark.parametrize("language, text", [
    ("en", "The Velmora Cluster won a gold medal at the fair."),
    ("en", "Velmora Cluster | Sponsor | Gold Sponsor"),
    ("de", "Das Velmora Cluster erhielt auf der Messe eine Gold-Medaille."),
])
def test_another_prize_of_a_tier_is_no_label(language, text):
    assert run(language, text)["labels"] == []


def test_the_rows_of_a_label_table():
    text = ("Cluster | Country | Label\n\nVelmora Wind Cluster | Denmark | Gold\n\n"
            "Tarsio Food Cluster | Spain | Silver")
    assert labels_of(run("en", text)) == {("Velmora Wind Cluster", "gold"), ("Tarsio Food Cluster", "silver")}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Cluster profile\nName: Velmora Wind Cluster\nCountry: Denmark\nLabel: Gold (2021)",
     {("Velmora Wind Cluster", "gold", "2021")}),
    ("de", "Clustername: Velmora\nLabel: Silber\nMitglieder: 120", {("Velmora", "silver", "")}),
])
def test_the_fields_of_a_cluster_profile(language, text, expected):
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in run(language, text)["labels"]} == expected


def test_an_award_without_a_name_goes_to_the_only_cluster():
    text = "The Velmora Cluster has 150 members.\n\nThe cluster had earlier been awarded the Bronze label."
    one_label(run("en", text), "Velmora Cluster", "bronze")


@pytest.mark.parametrize("language, text", [
    ("en", "The Velmora Cluster is preparing for the Silver label assessment."),
    ("en", "The Velmora Cluster hopes to achieve Gold in 2025."),
    ("en", "The Velmora Cluster is working towards the Gold label."),
    ("de", "Das Velmora Cluster bereitet sich auf das Silber-Label vor."),
    ("de", "Als nächstes peilt das Velmora Cluster das Gold-Label an."),
])
def test_preparations_and_hopes_give_no_label_row(language, text):
    assert run(language, text)["labels"] == []


def test_acronym_defined_for_a_strategy_is_a_programme():
    out = run("de", "Im Rahmen der Regionalen Innovationsstrategie (RIS) des Landes wird das Netzwerk gefördert.")
    assert only(out["programmes"])["acronym"] == "RIS"
    assert out["organisations"] == []


@pytest.mark.parametrize("language, text, role", [
    ("de", "Der Velmora Cluster erhielt das Gold-Label. Der Sprecher des Clusters, Jan Berg, betonte die "
           "Bedeutung.", "Sprecher"),
    ("en", "The Velmora Cluster received the Gold label. Jan Berg, the cluster's chairman, thanked the members.",
     "chairman"),
    ("de", "Der Velmora Cluster erhielt das Gold-Label. Jan Berg, Vorsitzender des Vorstands, dankte.",
     "Vorsitzender des Vorstands"),
])
def test_roles_inside_the_cluster_s_own_body(language, text, role):
    person = only(run(language, text)["people"])
    assert (person["role"], person["organisation"]) == (role, "Velmora Cluster")


@pytest.mark.parametrize("language, text, brand", [
    ("de", "velmotex holt Gold\n\nAugsburg – Das bayerische Textilnetzwerk velmotex hat das Gold-Label erhalten. "
           "velmotex bündelt seit 2012 die Kompetenzen von 90 Unternehmen.", "velmotex"),
    ("de", "Dresden – lumbrix, das Netzwerk der sächsischen Optikbranche, ist mit dem Silber-Label ausgezeichnet "
           "worden. Zwei Jahre zuvor hatte lumbrix das Bronze-Label erhalten.", "lumbrix"),
    ("en", "The Catalan packaging cluster tarvopak received the Bronze label in March 2022. Founded in 2015, "
           "tarvopak gathers 60 members.", "tarvopak"),
])
def test_lower_case_brand_is_a_cluster_with_its_label(language, text, brand):
    out = run(language, text)
    assert brand in {r["cluster"] for r in out["clusters"]}
    assert brand in {r["cluster"] for r in out["labels"]}


def test_lower_case_word_named_once_after_a_head_noun_is_no_brand():
    out = run("de", "Das E-Mobilitätscluster Velden liegt in den Händen der Tarsio GmbH, die auch das "
                    "Logistikcluster managt.")
    assert "managt" not in {n for r in out["clusters"] + out["organisations"] for n in forms(r)}


def test_lower_case_company_with_a_legal_form_is_an_organisation():
    out = run("de", "Klaus Berger von der velmocom GmbH wurde zum Sprecher des Clusters Nordalb ernannt.")
    assert "velmocom GmbH" in {r["organisation"] for r in out["organisations"]}


def test_a_person_and_an_organisation_s_officer_joined_by_und_are_two_people():
    out = run("de", "„Wir gratulieren“, freuen sich Wirtschaftslandesrätin Petra Velmsen und Nordalbix "
                    "Geschäftsführer Hans Brunkel.")
    assert {r["person"] for r in out["people"]} == {"Petra Velmsen", "Hans Brunkel"}


def test_an_adverb_before_a_sentence_calling_something_a_network_is_no_cluster():
    out = run("de", "Der Velmora e.V. erhielt 2023 das Gold-Label. Erstmals war das Netzwerk im Jahr 2019 "
                    "mit dem Goldlabel ausgezeichnet worden.")
    assert "Erstmals" not in {r["cluster"] for r in out["clusters"]}
    assert {(r["cluster"], r["awarded"]) for r in out["labels"]} == {("Velmora e.V.", "2023"), ("Velmora e.V.", "2019")}


def test_a_list_of_kinds_before_such_as_names_no_members():
    out = run("de", "Zu den Mitgliedern zählen Spritzgießer, Compoundeure, Werkzeugbauer und Forschungspartner "
                    "wie die Hochschule Velden.")
    assert [r["organisation"] for r in out["organisations"]] == ["Hochschule Velden"]


def test_a_network_named_by_its_acronym_is_the_cluster_of_that_acronym():
    out = run("de", "VELNET e.V. | Kunststoffnetzwerk Nordalb\n\nDas Kunststoffnetzwerk Nordalb (VELNET) hat "
                    "erneut Gold erhalten. Am 5. Dezember 2023 erhielt VELNET zum dritten Mal das Gold-Label.")
    cluster = only(out["clusters"])
    assert {"VELNET", "Kunststoffnetzwerk Nordalb"} <= forms(cluster)
    assert out["organisations"] == []


def test_role_lines_under_each_name_of_a_contact_block():
    out = run("de", "Ansprechpartner\nTobias Velmer\nClustermanager\nSabine Hohlberg\nProjektmanagerin Förderprojekte\n")
    assert {(r["person"], r["role"]) for r in out["people"]} == {
        ("Tobias Velmer", "Clustermanager"), ("Sabine Hohlberg", "Projektmanagerin Förderprojekte")}


def test_the_bare_word_cluster_before_a_plural_verb_is_a_body_s_clusters():
    out = run("de", "Velmora Cluster sind Gold wert\n\nZum dritten Mal wurden alle Clusterinitiativen der Agentur "
                    "mit dem Gold-Label ausgezeichnet.")
    assert out["clusters"] == [] and out["labels"] == []


@pytest.mark.parametrize("text", [
    "Die ESCA hat dem Cluster Ende Mai 2023 das Gold-Label verliehen.",
    "Das Netzwerk ist Ende Oktober 2022 mit dem Silber-Label ausgezeichnet worden.",
])
def test_a_month_before_a_year_is_no_part_of_a_name(text):
    out = run("de", text)
    assert not {n for r in out["clusters"] for n in forms(r)} & {"Cluster Ende Mai", "Ende Oktober", "Ende Mai"}


def test_a_partner_cluster_is_named_without_the_word_partnercluster():
    out = run("de", "Auch der Partnercluster Velmora Präzision wurde 2022 erstmals mit Bronze zertifiziert.")
    assert labels_of(out) == {("Velmora Präzision", "bronze")}


@pytest.mark.parametrize("dateline", ["Bad Velden, 18.04.2024 –", "Nordhausen/Velden, 11. Juli 2019 –"])
def test_the_place_of_a_dateline_gets_no_label(dateline):
    out = run("de", f"{dateline} Das Netzwerk TARVO hat das Cluster Management Excellence Label GOLD erhalten.")
    assert {c for c, _ in labels_of(out)} <= {"TARVO", "Netzwerk TARVO"} and len(out["labels"]) == 1


def test_a_wire_service_in_parentheses_before_the_dateline_gets_no_label():
    out = run("de", "Velmora-Cluster – jetzt Gold!\n\n(PresseBox) (Velden, 14.09.2021) Nun ist es offiziell: Der "
                    "Velmora-Cluster trägt das Goldlabel.")
    assert {c for c, _ in labels_of(out)} == {"Velmora-Cluster"}


def test_a_validity_sentence_naming_the_cluster_of_the_row_before_gives_its_validity():
    out = run("de", "Der Velmora-Cluster hat das Gold-Label erhalten. Die Urkunde wurde der Velmora-Cluster "
                    "GmbH am 26. August 2021 übergeben; die Auszeichnung ist bis August 2023 gültig.")
    assert only(out["labels"])["valid_until"] == "2023-08"


def test_each_row_of_a_table_of_clusters_and_tiers_is_a_label():
    out = run("de", "Übersicht: Label der Cluster\n\nNetzwerk | Branche | Label\nVelmora Mikrosysteme | Halbleiter | "
                    "Gold (05/2023)\nTarsio Erzgebirge | Automotive | Silber (seit 04/2022)\n")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Mikrosysteme", "gold", "2023-05"), ("Tarsio Erzgebirge", "silver", "2022-04")}


@pytest.mark.parametrize("text, cluster", [
    ("Als Vorbild nennt er das Gold-zertifizierte Netzwerk Velmora Jade, das 2020 Gold erhielt.", "Velmora Jade"),
    ("The Gold-labelled Velmora Food Alliance received the Gold label in 2022.", "Velmora Food Alliance"),
])
def test_a_tier_modifier_is_no_part_of_the_name(text, cluster):
    out = run("de" if " das " in text else "en", text)
    assert cluster in {r["cluster"] for r in out["clusters"]}


@pytest.mark.parametrize("text, cluster", [
    ("Velden – Beim Holzbau-Cluster Nordalb ist die Freude groß: Er erhielt das Silber-Label.", "Holzbau-Cluster Nordalb"),
    ("Velden – Der Cluster Tarsio Holz hat das Gold-Label erhalten.", "Cluster Tarsio Holz"),
    ("Velmora – IT Security Cluster Nordalb has been awarded the Silver label.", "Velmora – IT Security Cluster Nordalb"),
])
def test_a_dateline_place_and_dash_before_a_sentence_are_no_part_of_the_name(text, cluster):
    out = run("de" if " der " in text.lower() or "Beim" in text else "en", text)
    assert {r["cluster"] for r in out["clusters"]} == {cluster}


def test_a_definite_noun_phrase_with_a_participle_refers_to_the_cluster_named_before():
    out = run("de", "Neu dabei ist der Cluster Smart Logistics Velden (SLoV). Das erst Ende 2019 gegründete Netzwerk "
                    "wurde mit dem Bronze-Label ausgezeichnet.")
    assert labels_of(out) == {("Cluster Smart Logistics Velden", "bronze")}


@pytest.mark.parametrize("language, text, cluster", [
    ("de", "Der Optik-Cluster Velden, der bereits seit 2017 das Gold-Label führt, hat die Auszeichnung im Dezember "
           "2023 zum zweiten Mal bestätigt bekommen.", "Optik-Cluster Velden"),
    ("en", "The Velmora Cluster, which has held the Gold label since 2017, had it confirmed for the second time "
           "in December 2023.", "Velmora Cluster"),
])
def test_a_tier_held_since_a_year_and_renewed_later_is_two_rows(language, text, cluster):
    rows = run(language, text)["labels"]
    assert sorted((r["cluster"], r["awarded"]) for r in rows) == [(cluster, "2017"), (cluster, "2023-12")]


def test_since_a_year_far_from_the_tier_dates_no_label():
    rows = run("de", "Der Velmora-Cluster, seit 2017 Mitglied im go-cluster, erhielt im Dezember 2023 das Gold-Label.")["labels"]
    assert [r["awarded"] for r in rows] == ["2023-12"]


@pytest.mark.parametrize("text", [
    "Im Allgäuer Netzwerk arbeiten 40 Betriebe zusammen.",
    "Der Velmora Cluster hat als erstes Südtiroler Netzwerk das Silber-Label erhalten.",
    "+++ Wasserstoff-Netzwerk mit Bronze +++\nDas Wasserstoff-Netzwerk freut sich über neue Mitglieder.",
])
def test_a_network_named_by_a_place_adjective_or_a_field_is_no_organisation(text):
    out = run("de", text)
    names = {n for r in out["organisations"] + out["clusters"] for n in forms(r)}
    assert not names & {"Allgäuer Netzwerk", "Südtiroler Netzwerk", "Wasserstoff-Netzwerk"}


def test_an_austrian_title_after_a_role_word_is_no_surname():
    out = run("de", "Auch Landesrat Mag. Hans Velmer gratulierte dem Cluster.")
    assert [r["person"] for r in out["people"]] == ["Hans Velmer"]


def test_an_austrian_title_of_office_before_a_name_is_no_part_of_it():
    out = run("de", "Neuer Obmann des Vereins ist Karl Velmer. Er folgt auf KR Franz Tarvos, der den Verein seit "
                    "2014 geführt hat.")
    assert {r["person"] for r in out["people"]} == {"Karl Velmer", "Franz Tarvos"}
    assert not any("Tarvos" in r["organisation"] for r in out["organisations"])


@pytest.mark.parametrize("language, text, forms_expected", [
    ("de", "Der Cluster Alpenholz Velden (italienisch Cluster Legno Alpino Velden) hat das Silber-Label erhalten.",
     {"Cluster Alpenholz Velden", "Cluster Legno Alpino Velden"}),
    ("de", "Der Niederschlesische Cluster für Velmora-Chemie (Dolnośląski Klaster Velmora, DKV) erhielt 2019 Gold.",
     {"Niederschlesische Cluster für Velmora-Chemie", "Dolnośląski Klaster Velmora", "DKV"}),
])
def test_a_cluster_s_name_in_another_language_in_parentheses_is_the_same_cluster(language, text, forms_expected):
    out = run(language, text)
    assert forms(only(out["clusters"])) == forms_expected and len(out["labels"]) == 1


def test_a_name_ending_in_a_plural_compound_is_no_person_after_a_noun():
    out = run("de", "Spitzenreiter ist der Cluster Silicon Elbe Mikrosysteme.\n\nNetzwerk | Label\n"
                    "Silicon Elbe Mikrosysteme | Gold (05/2023)\nTarsio Erzgebirge | Silber (2021)")
    assert out["people"] == []
    assert {(r["cluster"], r["tier"]) for r in out["labels"]} == {
        ("Cluster Silicon Elbe Mikrosysteme", "gold"), ("Tarsio Erzgebirge", "silver")}


def test_a_journalist_after_his_role_word_is_a_person():
    out = run("de", "Das Gespräch führte Redakteur Jens Harms.")
    assert [r["person"] for r in out["people"]] == ["Jens Harms"]


def test_a_cluster_whose_own_clause_names_a_tier_in_general_takes_no_other_tier():
    out = run("en", "Sweden's Velmora Bioeconomy Cluster received its first Bronze label in spring 2022, while "
                    "Denmark's Tarsio Food Robotics Cluster says it aims to apply for Silver next year.")
    assert labels_of(out) == {("Velmora Bioeconomy Cluster", "bronze")}


def test_a_dateline_place_in_capitals_is_no_part_of_the_name():
    out = run("en", "TØNSBERG – Velmora Ocean Tech Cluster has retained the Gold label.")
    assert labels_of(out) == {("Velmora Ocean Tech Cluster", "gold")}


def test_a_preposition_opening_a_sentence_is_no_label_subject():
    out = run("de", "Der Velmora-Cluster hat das Gold-Label. Statt Zertifikaten zählt für uns Gold im Wettbewerb.")
    assert {c for c, _ in labels_of(out)} == {"Velmora-Cluster"}


def test_a_label_field_of_a_directory_entry_belongs_to_the_entry_s_cluster():
    text = ("Clusterdatenbank\n────────\nVelmora Netzwerk Anhalt (VNA)\nBranche: Fahrzeugbau\nSitz: Velden\n"
            "Label: Bronze (2018) / Silber (2022)\n────────\nChemie-Cluster Tarsio\nBranche: Chemie\n"
            "Label: Silber (2021)\n────────\nHolzcluster Brunkel\nBranche: Holz\nLabel: –\n")
    out = run("de", text)
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Netzwerk Anhalt", "bronze", "2018"), ("Velmora Netzwerk Anhalt", "silver", "2022"),
        ("Chemie-Cluster Tarsio", "silver", "2021")}


def test_a_profile_s_label_fields_belong_to_the_profile_s_cluster():
    text = ("Velmora Maritime Technology Cluster\nCluster organisation profile\n\nAcronym: VMTC\nCountry: Germany\n\n"
            "Cluster Management Excellence Label\nLabel: GOLD\nPrevious labels: SILVER (2019), BRONZE (2015)\n\n"
            "Description\nThe Velmora Maritime Technology Cluster (VMTC) works with the Tarsio Marine Cluster (FR).")
    out = run("en", text)
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Maritime Technology Cluster", "gold", ""), ("Velmora Maritime Technology Cluster", "silver", "2019"),
        ("Velmora Maritime Technology Cluster", "bronze", "2015")}


def test_each_line_of_a_dated_label_history_keeps_its_year():
    out = run("de", "Über uns\n\nDer Energietechnik-Cluster Velden wurde 2012 gegründet.\n\nMeilensteine\n"
                    "2016 – Bronze-Label der European Cluster Excellence Initiative (ECEI)\n2019 – Silber-Label\n"
                    "2022 – Gold-Label, verliehen vom European Secretariat for Cluster Analysis (ESCA)\n")
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == {("bronze", "2016"), ("silver", "2019"), ("gold", "2022")}


def test_a_ministry_s_portfolio_with_a_lower_case_adjective_is_one_name():
    out = run("de", "Das Hessische Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum fördert den Cluster.")
    assert [r["organisation"] for r in out["organisations"]] == [
        "Hessische Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum"]


def test_directory_entries_without_separator_lines_keep_their_own_labels():
    text = ("Velmora Netzwerk Anhalt (VNA)\nBranche: Fahrzeugbau\nManagement: VNA GmbH\nLabel: Bronze (2018)\n"
            "[Profil ansehen]\nChemie-Cluster Tarsio\nBranche: Chemie\nManagement: Tarsio GmbH\nLabel: Silber (2021)\n"
            "[Profil ansehen]\nHolzcluster Brunkel\nManagement: Holzcluster Brunkel e.V.\nLabel: –\n")
    out = run("de", text)
    assert {(r["cluster"], r["tier"]) for r in out["labels"]} == {
        ("Velmora Netzwerk Anhalt", "bronze"), ("Chemie-Cluster Tarsio", "silver")}


def test_a_country_code_in_parentheses_is_no_acronym():
    out = run("en", "The Gold label went to the Velmora Aerospace Cluster (DE) and to Distretto Tarsio Euganeo (IT).")
    assert all(r["acronym"] != "IT" for r in out["organisations"]) and all("IT" not in forms(r) for r in out["clusters"])


def test_a_project_named_after_the_word_eurocluster_is_a_programme():
    out = run("en", "The Velmora Cluster coordinates the Eurocluster TARSIO-EU under the Euroclusters initiative.")
    assert "TARSIO-EU" in {r["programme"] for r in out["programmes"]}
    assert "TARSIO-EU" not in {r["cluster"] for r in out["clusters"]}


def test_a_ministry_with_portfolios_of_two_words_is_one_name():
    out = run("en", "The Velden State Ministry of Economic Affairs, Regional Development and Energy supports the cluster.")
    assert [r["organisation"] for r in out["organisations"]] == [
        "Velden State Ministry of Economic Affairs, Regional Development and Energy"]


@pytest.mark.parametrize("text", [
    "Cluster Voices: The Velmora Robotics Cluster has been a Silver-labelled cluster since 2020.",
    "CLUSTER BULLETIN\n\nThe Velmora Robotics Cluster received the Silver label in 2020.",
])
def test_a_publication_named_after_clusters_is_no_cluster(text):
    out = run("en", text)
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Robotics Cluster"}


@pytest.mark.parametrize("line, role", [
    ("Ansprechpartner: Matthias Velmer", "Ansprechpartner"),
    ("Geschäftsführer: Timo Tarsner", "Geschäftsführer"),
    ("Contact person: Dr. Jana Köhlberg", "Contact person"),
])
def test_a_role_as_the_key_of_a_field_before_a_name(line, role):
    out = run("de", f"Chemie-Cluster Velden\nBranche: Chemie\n{line}\n[Profil ansehen]")
    assert [r["role"] for r in out["people"]] == [role]


def test_the_contact_of_a_directory_entry_belongs_to_the_entry_s_cluster():
    text = ("Velmora-Cluster Anhalt\nBranche: Fahrzeugbau\nLabel: Bronze (2018)\nAnsprechpartner: Jörg Velmer\n"
            "[Profil ansehen]\nChemie-Cluster Tarsio\nBranche: Chemie\nLabel: Silber (2021)\n"
            "Ansprechpartnerin: Dr. Anke Brunkel\n[Profil ansehen]\n")
    out = run("de", text)
    assert {(r["person"], r["organisation"]) for r in out["people"]} == {
        ("Jörg Velmer", "Velmora-Cluster Anhalt"), ("Anke Brunkel", "Chemie-Cluster Tarsio")}


def test_a_tier_held_since_a_year_is_dated_by_it():
    out = run("de", "Der Velmora-Cluster sowie das Netzwerk Tarsio Nord sind seit 2023 Bronze-gelabelt.")
    assert {(r["cluster"], r["awarded"]) for r in out["labels"]} == {("Velmora-Cluster", "2023"), ("Tarsio Nord", "2023")}


def test_a_table_whose_columns_are_tiers_gives_a_row_per_dated_cell():
    out = run("de", "Tabelle 4: Labelstufen der Landescluster\n\nCluster | Bronze | Silber | Gold\n"
                    "Photonik-Netzwerk Velden | 2013 | 2016 | 2019\nCluster Tarsio Maschinenbau (CTM) | 2015 | 2020 | –\n"
                    "Ernährungscluster Brunkel | – | – | –\n")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Photonik-Netzwerk Velden", "bronze", "2013"), ("Photonik-Netzwerk Velden", "silver", "2016"),
        ("Photonik-Netzwerk Velden", "gold", "2019"), ("Cluster Tarsio Maschinenbau", "bronze", "2015"),
        ("Cluster Tarsio Maschinenbau", "silver", "2020")}
    assert "Ernährungscluster Brunkel" in {r["cluster"] for r in out["clusters"]}


@pytest.mark.parametrize("text, names", [
    ("Neu im Netzwerk ist der Wärmespeicher-Spezialist Calorix Systems aus Velden.", {"Calorix Systems"}),
    ("Auch die Start-ups Fluxora und Tarvix sind dabei.", {"Fluxora", "Tarvix"}),
])
def test_a_company_noun_compound_before_a_name_is_no_part_of_it(text, names):
    assert {r["organisation"] for r in run("de", text)["organisations"]} == names


def test_a_compound_ending_in_a_company_noun_before_a_place_is_a_name():
    out = run("de", "Netzwerk | Label\nAutomobilzulieferer Sachsen | Silber (2022)\nTarsio Erzgebirge | Gold (2021)")
    assert "Automobilzulieferer Sachsen" in {r["cluster"] for r in out["clusters"]}


@pytest.mark.parametrize("text, name", [
    ("Die Industrie- und Handelskammer Velden unterstützt den Cluster.", "Industrie- und Handelskammer Velden"),
    ("Das Technologie- und Gründerzentrum Velden GmbH ist Partner.", "Technologie- und Gründerzentrum Velden GmbH"),
])
def test_a_truncated_compound_opens_the_name_of_a_body(text, name):
    assert name in {r["organisation"] for r in run("de", text)["organisations"]}


def test_a_truncated_compound_before_a_network_noun_is_a_description():
    out = run("de", "Sachsens größtes Mikroelektronik- und IKT-Netzwerk Tarsio Saxony erhielt das Gold-Label.")
    assert labels_of(out) == {("Tarsio Saxony", "gold")}


def test_italian_cluster_words_and_connectors():
    out = run("en", "Partners include the Polo Tessile Velmora and the Università degli Studi di Tarsio.")
    assert "Polo Tessile Velmora" in {r["cluster"] for r in out["clusters"]}
    assert "Università degli Studi di Tarsio" in {r["organisation"] for r in out["organisations"]}
    assert out["people"] == []


def test_a_lower_case_particle_opens_no_person_s_name():
    out = run("en", "The partners are the Cluster Aeroespacial del Velmo (CAV) from Zaragoza.")
    assert out["people"] == [] and "Cluster Aeroespacial del Velmo" in {r["cluster"] for r in out["clusters"]}


def test_a_tier_as_the_modifier_of_one_of_several_names_is_that_cluster_s():
    out = run("en", "The partners are the Gold-labelled Cluster Aeroespacial del Velmo (CAV) from Zaragoza and the "
                    "Luft- und Raumfahrtcluster Tarsio (LRT), which received the Silver label from ESCA in 2022.")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Cluster Aeroespacial del Velmo", "gold", ""), ("Luft- und Raumfahrtcluster Tarsio", "silver", "2022")}


def test_an_apposition_after_an_acronym_in_parentheses_calls_the_body_a_cluster():
    out = run("en", "The project is led by the Maritime Energy Network Velden (MENV), a Silver-labelled cluster of "
                    "port operators, shipyards and research institutes.")
    assert "Maritime Energy Network Velden" in {r["cluster"] for r in out["clusters"]}


def test_a_state_initiative_is_a_programme():
    out = run("de", "Die Landesinitiative Technologieland Velden unterstützt die Cluster des Landes.")
    assert [r["programme"] for r in out["programmes"]] == ["Landesinitiative Technologieland Velden"]


def test_a_run_of_letters_without_spaces_is_no_brand():
    from pipeline.extract.brands import lower_case_brands
    assert lower_case_brands("x" * 100_000 + " hat das Gold-Label.", "de") == frozenset()


def test_a_table_row_with_cells_after_its_tier_is_a_label():
    out = run("en", "Cluster | Tier | Awarded | Valid until\nVelmora Life Sciences Cluster | Gold | 2022 | 2024\n"
                    "Tarsio Marine Cluster | – | – | –")
    assert labels_of(out) == {("Velmora Life Sciences Cluster", "gold")}


def test_a_year_right_before_the_tier_phrase_dates_a_statement_without_an_award_verb():
    out = run("de", "Der Velmora Cluster wurde 2012 gegründet.\n\nEin erster Meilenstein war 2015 das Bronze-Label der ESCA.")
    assert [(r["tier"], r["awarded"]) for r in out["labels"]] == [("bronze", "2015")]


def test_a_cluster_s_management_company_and_support_association_are_its_aliases():
    out = run("de", "Der BioPack Cluster Velden erhielt 2023 Gold. Träger ist der Trägerverein BioPack Velden e.V., "
                    "das Management liegt bei der BioPack Velden Management GmbH.")
    assert forms(only(out["clusters"])) == {"BioPack Cluster Velden", "BioPack Velden Management GmbH",
                                            "Trägerverein BioPack Velden e.V."}
    assert out["organisations"] == []


def test_the_management_field_of_a_directory_entry_names_its_cluster_s_company():
    out = run("de", "Automotive Netzwerk Velden (ANV)\nBranche: Fahrzeugbau\nManagement: ANV Clustermanagement GmbH\n"
                    "Label: Bronze (2018)\n[Profil ansehen]\nChemie-Cluster Tarsio\nManagement: ChemNet Tarsio GmbH\n"
                    "Label: Silber (2021)")
    assert {r["cluster"] for r in out["clusters"]} == {"Automotive Netzwerk Velden", "Chemie-Cluster Tarsio"}
    assert "ChemNet Tarsio GmbH" in forms(next(r for r in out["clusters"] if r["cluster"] == "Chemie-Cluster Tarsio"))
    assert out["organisations"] == []


@pytest.mark.parametrize("text, absent", [
    ("Das Netzwerk für Quantensensorik wächst weiter.", "Netzwerk für Quantensensorik"),
    ("Die Alpine Velmora Alliance – Annual Report 2023 liegt vor.", "Alpine Velmora Alliance – Annual Report"),
])
def test_a_network_for_a_field_and_a_report_section_name_no_body(text, absent):
    out = run("de", text)
    assert absent not in {n for r in out["organisations"] + out["clusters"] for n in forms(r)}


@pytest.mark.parametrize("text, cluster", [
    ("Die Geschäftsführerin des Netzwerks Medtec Velden freut sich über das Gold-Label.", "Medtec Velden"),
    ("Auch das Partnernetzwerk Forst & Holz Velden erhielt 2018 Gold.", "Forst & Holz Velden"),
    ("Jana Rieck übernimmt das Clustermanagement des Netzwerks Medtec Velden.", "Medtec Velden"),
])
def test_a_genitive_head_and_a_partner_network_are_no_part_of_the_name(text, cluster):
    assert cluster in {r["cluster"] for r in run("de", text)["clusters"]}


def test_a_tier_that_went_to_a_cluster_in_german_is_a_label():
    assert labels_of(run("de", "Silber ging an den Cluster Tarsio Nord.")) == {("Cluster Tarsio Nord", "silver")}


@pytest.mark.parametrize("text, label", [
    ("Das Netzwerk Tarsio Nord hat die Re-Zertifizierung bestanden. Das Netzwerk darf das Gold-Label damit "
     "weitere zwei Jahre führen.", ("Tarsio Nord", "gold")),
    ("Kurz notiert: Tarsio Nord e.V. und Velmora Süd e.V. stellen sich vor. Das Clustermanagement von Velmora Süd "
     "wechselt. Der Verein hatte 2019 das Silber-Label erhalten.", ("Velmora Süd e.V.", "silver")),
])
def test_a_held_label_and_der_verein_refer_to_the_cluster_named_before(text, label):
    assert labels_of(run("de", text)) == {label}


@pytest.mark.parametrize("text, label", [
    ("Nachdem unserem Cluster Tarsio Nord im Mai 2022 das Bronze-Label zuerkannt worden war, bereiten wir uns "
     "derzeit auf das Silber-Assessment vor.", ("Cluster Tarsio Nord", "bronze")),
    ("Für Velmora Süd ist das ein guter Tag. Velmora Süd wächst. Schon seit 2017 gehört der Cluster Tarsio Nord "
     "zu go-cluster. Dessen Management konnte im Dezember 2023 das Gold-Label erneuern.", ("Cluster Tarsio Nord", "gold")),
])
def test_zuerkannt_erneuern_and_dessen_tell_the_award_of_the_cluster_named_last(text, label):
    assert labels_of(run("de", text)) == {label}


def test_a_seit_date_in_a_relative_clause_does_not_date_the_tier_of_the_main_clause():
    out = run("de", "Das Netzwerk Tarsio Nord, mit dem wir seit 2016 kooperieren, hat sein Silber-Label "
                    "im März 2024 erneuert.")
    assert {(r["cluster"], r["awarded"]) for r in out["labels"]} == {("Tarsio Nord", "2024-03")}


def test_a_quantity_noun_before_plural_networks_names_no_cluster():
    assert run("de", "Das Land zählt mehr als ein Dutzend Netzwerke mit Gold-Label.")["clusters"] == []


@pytest.mark.parametrize("text, forms_of_one", [
    ("Members of the Clúster de Movilidad de Velmora (Velmora Mobility Cluster – VMC) travelled to Tarsio.",
     {"Clúster de Movilidad de Velmora", "Velmora Mobility Cluster"}),
    ("The Pôle Vallée de Velmora (Velmora Valley competitiveness cluster) first received Gold in 2020.",
     {"Pôle Vallée de Velmora", "Velmora Valley"}),
])
def test_a_translation_in_parentheses_closed_by_an_acronym_or_a_descriptor_is_the_same_cluster(text, forms_of_one):
    (cluster,) = run("en", text)["clusters"]
    assert forms_of_one <= forms(cluster)


def test_an_english_word_of_a_participle_s_ending_is_a_proper_part_of_a_cluster_name():
    assert {r["cluster"] for r in run("en", "The Tampere Water Cluster has passed its audit.")["clusters"]} == \
        {"Tampere Water Cluster"}


@pytest.mark.parametrize("text, cluster", [
    ("The consortium brings together Klaster Tarsio and the Finnish Velmorapolis Cluster.", "Velmorapolis Cluster"),
    ("The Estonian Smart Timber Cluster hosted six visitors.", "Estonian Smart Timber Cluster"),
    ("The Latvian Photonics and ICT Cluster hosted six visitors.", "Latvian Photonics and ICT Cluster"),
])
def test_a_country_s_adjective_is_part_of_a_cluster_name_only_when_the_rest_is_common_words(text, cluster):
    assert cluster in {r["cluster"] for r in run("en", text)["clusters"]}


@pytest.mark.parametrize("text", [
    "Das Südtiroler Baunetzwerk hat 2023 das Bronze-Label erhalten.",
    "Reents blickte auf elf Jahre Netzwerkarbeit zurück: 2016 hatte das Netzwerk erstmals das Bronze-Label erhalten.",
    "Kofler kündigte an, das Clustermanagement von Beginn an nach europäischen Standards aufzubauen.",
    "Aus dem Besuch soll eine Partnerschaft werden: Beide Cluster wollen sich gemeinsam bewerben.",
])
def test_spans_of_time_common_words_beide_and_a_place_s_network_compound_name_no_cluster(text):
    assert run("de", text)["clusters"] == []


def test_branchennetzwerk_before_a_name_is_no_part_of_it():
    out = run("de", "Das Branchennetzwerk Velmora Textil ist im November 2023 mit dem Silber-Label ausgezeichnet worden.")
    assert labels_of(out) == {("Velmora Textil", "silver")}


def test_tier_lines_after_a_colon_line_list_clusters_not_acronyms():
    out = run("en", "Labels awarded in 2023:\n\nGold:   Velmora Rail Cluster, Tarsio BioData Cluster\n"
                    "Silver: Quendt Polymer Cluster; Braxen Textile Cluster\nBronze: Merisol Creative Cluster\n")
    assert labels_of(out) == {("Velmora Rail Cluster", "gold"), ("Tarsio BioData Cluster", "gold"),
                              ("Quendt Polymer Cluster", "silver"), ("Braxen Textile Cluster", "silver"),
                              ("Merisol Creative Cluster", "bronze")}


def test_a_dated_award_line_ending_in_a_colon_dates_the_tier_lines_under_it():
    out = run("en", "Labels awarded by ESCA in 2023:\n\nGold:   Velmora Rail Cluster, Tarsio BioData Cluster\n"
                    "Bronze: Merisol Creative Cluster\n\nIn 2024 more clusters will apply.")
    assert {(r["cluster"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Rail Cluster", "2023"), ("Tarsio BioData Cluster", "2023"), ("Merisol Creative Cluster", "2023")}
    assert {r["awarding_body"] for r in out["labels"]} == {"European Secretariat for Cluster Analysis"}


@pytest.mark.parametrize("text, members", [
    ("Mit dabei waren unter anderem Kessler Kunststofftechnik, Bühlmaier Elektronik und Velmora Präzisionsteile.",
     {"Kessler Kunststofftechnik", "Bühlmaier Elektronik", "Velmora Präzisionsteile"}),
    ("Neu aufgenommen wurden Hafen Tarsio Logistik und Kühllogistik Quendt.", {"Hafen Tarsio Logistik", "Kühllogistik Quendt"}),
])
def test_member_lists_without_legal_forms_give_companies(text, members):
    out = run("de", text)
    assert {r["organisation"] for r in out["organisations"]} == members
    assert {r["org_type"] for r in out["organisations"]} == {"company"}


def test_a_gold_award_at_a_fair_is_no_label():
    out = run("en", "Congratulations to the Velmora Ceramics Cluster: its member Tarsio Ltd won a Gold award at the "
                    "Quendt Design Fair.")
    assert out["labels"] == []


def test_the_entries_under_a_tier_heading_take_the_dates_of_their_own_lines():
    out = run("en", "GOLD LABEL\n  Velmora Ceramics Cluster (ES) ........... awarded 03/2024\n"
                    "  Tarsio Fashion Cluster (IT) ............. awarded 04/2024\n\n"
                    "SILVER LABEL\n  Quendt Packaging Cluster (BE) ........... awarded 11/2023\n")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Ceramics Cluster", "gold", "2024-03"), ("Tarsio Fashion Cluster", "gold", "2024-04"),
        ("Quendt Packaging Cluster", "silver", "2023-11")}


def test_a_headline_naming_its_cluster_takes_no_date_from_the_body_s_first_line():
    out = run("de", "Bronze für Velmora Net\n\nVelmora Net zählt seit 2013 über 40 Mitglieder.")
    assert [r["awarded"] for r in out["labels"]] == [""]


@pytest.mark.parametrize("language, text", [
    ("de", "Jena, 27.05.2024 (PresseBox) - Das Photonik-Cluster Velmora Saale erhält das Silber-Label."),
    ("de", "Im März 2021 wurde der Cluster Velmora Hafen als erstes Hafennetzwerk Niedersachsens mit dem Gold-Label "
           "ausgezeichnet."),
    ("en", "The Velmora Wood Cluster, which holds the Gold label since 2021, will lead the work on SME internationalisation."),
])
def test_wire_services_kinds_of_networks_and_smes_are_no_label_holders(language, text):
    assert len(run(language, text)["labels"]) == 1


def test_a_tier_held_in_a_relative_clause_is_the_cluster_s_named_before_it_whatever_the_main_clause_intends():
    out = run("de", "Auf dem Weg zum Label hat Velmora Saale eng mit dem Cluster Tarsio Wald (CTW) zusammengearbeitet, "
                    "der bereits seit 2020 das Gold-Label führt.")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {("Cluster Tarsio Wald", "gold", "2020")}


def test_an_intention_in_the_clause_of_the_tier_still_makes_it_general():
    out = run("de", "Der Cluster Tarsio Wald plant, im kommenden Jahr das Gold-Label zu beantragen.")
    assert out["labels"] == []


@pytest.mark.parametrize("language, text", [
    ("de", "Derzeit bereitet sich der Cluster Tarsio Wald auf das Audit vor, um das Gold-Label zu erhalten."),
    ("en", "The Tarsio Wood Cluster plans to receive the Gold label next year."),
])
def test_an_award_verb_of_a_plan_or_purpose_tells_no_award(language, text):
    assert run(language, text)["labels"] == []


@pytest.mark.parametrize("language, text, rows", [
    ("de", "Das Cluster Holzbau Nordheide erhielt 2023 das Silber-Label. Die Managerin kündigte an, dass das "
           "Cluster Holzbau Nordheide bis 2026 das Gold-Label anstrebt.", {("silver", "2023")}),
    ("de", "Das Cluster Holzbau Nordheide erhielt 2022 das Bronze-Label. Das Team bereitet derzeit die "
           "Rezertifizierung vor, die für Anfang 2025 geplant ist – diesmal mit Silber als Ziel.", {("bronze", "2022")}),
    ("de", "Das Cluster Holzbau Nordheide trägt seit 2021 das Gold-Label; die Rezertifizierung ist für 2024 "
           "vorgesehen.", {("gold", "2021")}),
    ("en", "The Velmora Food Cluster has held the Gold label since 2021; its recertification is scheduled "
           "for 2024.", {("gold", "2021")}),
    ("en", "The Velmora Shoe Cluster, currently Silver-labelled, has announced that it will go for a Gold "
           "assessment in autumn.", {("silver", "")}),
    ("en", "The Velmora Food Cluster was awarded Gold in November 2021. It did not apply for renewal of its "
           "Gold label after the management change at the end of 2023.", {("gold", "2021-11")}),
    ("en", "In May 2021 the Velmora Food Cluster received the Silver label from ESCA; a re-assessment is "
           "planned for 2024.", {("silver", "2021-05")}),
    ("en", "The Velmora Robotics Cluster has held the Gold label since March 2023 and will be reassessed in 2025.",
     {("gold", "2023-03")}),
    ("de", "Das Food-Cluster Velmora, das im Herbst 2022 das Bronze-Label erhielt, will bis 2025 den Sprung zu "
           "Silber schaffen.", {("bronze", "2022")}),
    ("en", "The Velmora MedTech Cluster, a Silver label holder, has set its sights on the Gold Label in 2025.",
     {("silver", "")}),
    ("de", "Knapp am Gold vorbei schrammte das Nutzfahrzeugnetz Velmora Höhe: Es behält sein Silber-Label.",
     {("silver", "")}),
])
def test_a_tier_or_renewal_planned_or_aimed_for_gives_no_row(language, text, rows):
    assert {(r["tier"], r["awarded"]) for r in run(language, text)["labels"]} == rows


@pytest.mark.parametrize("language, text, rows", [
    ("en", "The Kelvan Water Network received Silver in 2021. Across the border, KWN works closely with the "
           "Dutch Water Cluster Velde-Oost, whose management was awarded Gold in May 2022.",
     {("Kelvan Water Network", "silver"), ("Water Cluster Velde-Oost", "gold")}),
    ("en", "The Velmora Composites Cluster was awarded Silver. On Wednesday the NCC signs a memorandum of "
           "understanding with the Holland Composites Hub (Delft), whose Gold label runs until March 2026.",
     {("Velmora Composites Cluster", "silver")}),
    ("de", "Gastgeber war das Netzwerk Maritime Technologien Velmora (VelmoTec MV), das im Herbst 2024 erstmals "
           "mit dem Bronze-Label ausgezeichnet worden war.", {("VelmoTec MV", "bronze")}),
    ("de", "Zu den Partnern zählen der Klaster Wodorowy Velmora aus Zielona Góra, der bereits seit 2021 das "
           "Silber-Label besitzt, das Energieinstitut Tarvos aus Österreich sowie die Stadtwerke Velde-Land GmbH.",
     {("Klaster Wodorowy Velmora", "silver")}),
])
def test_a_tier_in_a_relative_clause_is_the_name_s_before_it(language, text, rows):
    assert labels_of(run(language, text)) == rows


@pytest.mark.parametrize("language, text", [
    ("en", "The Velmora Food Cluster received Silver in 2022. Its new office has been awarded LEED Gold certification."),
    ("de", "Das Cluster Holzbau Nordheide erhielt 2022 Silber. Das neue Gründerzentrum wurde nach DGNB-Gold zertifiziert."),
    ("de", "Das Cluster Holzbau Nordheide erhielt 2022 Silber. Das Mitglied Velmora GmbH erhielt die Preisskulptur "
           "aus Bronze, die eigens für den Wettbewerb gestaltet wurde."),
    ("en", "The Velmora Food Cluster received Silver in 2022. The label should not be confused with the Investors "
           "in People Gold accreditation that Tarvos Ltd has held since 2017."),
])
def test_a_building_rating_is_no_label(language, text):
    assert {r["tier"] for r in run(language, text)["labels"]} == {"silver"}


def test_a_pole_named_with_a_word_like_a_first_name_is_a_cluster_not_a_person():
    text = ("Das Cluster Holzbau Nordheide erhielt 2023 das Silber-Label. Federführend ist der Pôle Santé Velmor, "
            "ein elsässischer Pôle de compétitivité, der seit 2021 das Gold-Label von ESCA trägt.")
    out = run("de", text)
    assert labels_of(out) == {("Cluster Holzbau Nordheide", "silver"), ("Pôle Santé Velmor", "gold")}
    assert out["people"] == []


def test_two_names_each_holding_a_coined_word_joined_by_und_are_two_clusters():
    out = run("de", "Zu den Gewinnern des Silber-Labels zählen der Cluster Tarsio Nord, das Swiss Foodtech Valley "
                    "Velmora und BauInnovation Quendtal.")
    assert labels_of(out) == {("Cluster Tarsio Nord", "silver"), ("Swiss Foodtech Valley Velmora", "silver"),
                              ("BauInnovation Quendtal", "silver")}


def test_a_ministry_s_field_after_und_stays_in_its_name():
    out = run("de", "Das Ministerium für Wissenschaft und Kunst Velmora fördert den Cluster.")
    assert {r["organisation"] for r in out["organisations"]} == {"Ministerium für Wissenschaft und Kunst Velmora"}


@pytest.mark.parametrize("language, text, programme", [
    ("en", "The Velmora Sea Cluster has launched BLUEFORGE, a three-year Interreg Atlantic Area project that helps "
           "small firms turn side-streams into products.", "BLUEFORGE"),
    ("en", "The cluster will coordinate TIMBERWAY, one of the joint cluster initiatives selected under the call.",
     "TIMBERWAY"),
    ("de", "Die Zusammenarbeit im Projekt ALPBUILD des Programms Interreg Italien–Österreich wird vertieft.", "ALPBUILD"),
    ("en", "Five textile clusters have formed VELMORA-TEX, one of the European Strategic Cluster Partnerships for "
           "Smart Specialisation Investments.", "VELMORA-TEX"),
])
def test_a_project_acronym_called_a_project_is_a_programme(language, text, programme):
    assert programme in {r["programme"] for r in run(language, text)["programmes"]}


def test_a_company_that_manages_the_cluster_is_not_called_a_cluster():
    out = run("en", "\"A second Gold label pays off,\" says Jana Velling, CEO of Tarsio Subsea AS, the company that "
                    "manages the cluster.")
    assert {r["organisation"] for r in out["organisations"]} == {"Tarsio Subsea AS"}


@pytest.mark.parametrize("language, text, label", [
    ("de", "Der Cluster Velmora Elbe ist bekannt. Das Gold-Label ging im Oktober 2022 erneut an den Cluster.",
     ("Cluster Velmora Elbe", "gold")),
    ("en", "Husum (ots) - Velmora Valley Cluster Nordfriesland has been re-labelled Gold.",
     ("Velmora Valley Cluster Nordfriesland", "gold")),
])
def test_ging_an_across_words_and_re_labelled_tell_an_award(language, text, label):
    assert labels_of(run(language, text)) == {label}


def test_a_network_listed_after_a_cluster_and_where_it_is_from_shares_its_tier():
    out = run("de", "Mit Gold rezertifiziert wurden der Tarsio Maritime Cluster (TMC) in Kiel und das Chemie-Netzwerk "
                    "Velmora Süd.")
    assert labels_of(out) == {("Tarsio Maritime Cluster", "gold"), ("Velmora Süd", "gold")}


def test_a_country_s_adjective_may_stand_in_an_anaphor():
    out = run("en", "The Tarsio Cluster met the Velmora Laser Cluster in Riga. The Lithuanian photonics network had held "
                    "the Bronze label since 2021.")
    assert labels_of(out) == {("Velmora Laser Cluster", "bronze")}


def test_an_employer_whose_relative_clause_holds_a_tier_is_the_cluster():
    out = run("en", "Dr Jana Velling has been appointed chair of the Tarsio Life Sciences Network, which has held a "
                    "Silver label since 2019.")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Tarsio Life Sciences Network", "silver", "2019")}


def test_a_profile_s_tier_line_with_its_dates_is_the_entry_s_label():
    out = run("en", "Velmora Aerospace Cluster\n\nLegal entity: Tarsio Luftfahrt e.V.\nCountry: Germany\n\n"
                    "Cluster Management Excellence Label\nGOLD – date of award: 15/06/2023 – valid until: 15/06/2025\n"
                    "Previous labels: SILVER (2019)\n")
    assert {(r["cluster"], r["tier"], r["awarded"], r["valid_until"]) for r in out["labels"]} == {
        ("Velmora Aerospace Cluster", "gold", "2023-06-15", "2025-06-15"),
        ("Velmora Aerospace Cluster", "silver", "2019", "")}


@pytest.mark.parametrize("text, rows", [
    ("The Velmora Energy Cluster obtained Silver in 2019 and kept it at the re-assessment in 2022.",
     {("silver", "2019"), ("silver", "2022")}),
    ("The Tarsio Agri-Tech Cluster first achieved the Bronze Label in 2020 and was re-awarded it by the European "
     "Secretariat for Cluster Analysis in February 2023.", {("bronze", "2020"), ("bronze", "2023-02")}),
    ("The Quendt Health Cluster grew. It received the Bronze Label in 2018 and the Silver Label in 2020, which was "
     "renewed in 2022.", {("bronze", "2018"), ("silver", "2020"), ("silver", "2022")}),
    ("The Velmora BioConvergence Cluster went through the benchmarking in 2014, was awarded the GOLD label in 2016 "
     "and renewed it in 2018, 2020 and 2022.", {("gold", "2016"), ("gold", "2018"), ("gold", "2020"), ("gold", "2022")}),
])
def test_a_renewal_dated_in_the_statement_is_a_row_of_its_own(text, rows):
    assert {(r["tier"], r["awarded"]) for r in run("en", text)["labels"]} == rows


@pytest.mark.parametrize("language, text, label", [
    ("de", "Die Tarsio GmbH ist Mitglied. Frau Velling, im vergangenen Jahr hat Ihr Cluster Velmora Nord das "
           "Gold-Label bekommen.", ("Cluster Velmora Nord", "gold")),
    ("de", "Der Cluster Velmora Nord wächst. Zuvor trug er seit 2019 das Silber-Label.", ("Cluster Velmora Nord", "silver")),
    ("en", "Velmora Battery Valley, which had held Silver since 2020, was upgraded to Gold.",
     ("Velmora Battery Valley", "gold")),
    ("en", "Its Belgian sister network, the Tarsio Logistiek Netwerk in Limburg, has held the Silver label since 2022.",
     ("Tarsio Logistiek Netwerk", "silver")),
])
def test_possessive_anaphors_er_upgraded_and_netwerk(language, text, label):
    assert label in labels_of(run(language, text))


def test_a_compound_cluster_name_inside_its_management_company_s_name_is_one_cluster():
    out = run("de", "Der Softwarecluster Velmora wächst. Jana Velling leitet seit 2017 die SCV Softwarecluster Velmora GmbH. "
                    "Das Silber-Label hatten wir schon 2019.")
    (cluster,) = out["clusters"]
    assert cluster["cluster"] == "Softwarecluster Velmora"
    assert "SCV Softwarecluster Velmora GmbH" in forms(cluster)


def test_a_cluster_s_initials_with_inner_capitals_are_one_of_its_names():
    out = run("en", "The VelmoraRhine AgriFood Cluster has renewed its Gold label. In 2023 the VRAF cluster hosted "
                    "a ClusterXchange visit.")
    (cluster,) = out["clusters"]
    assert {"VelmoraRhine AgriFood Cluster", "VRAF"} <= forms(cluster)


@pytest.mark.parametrize("text, bodies", [
    ("Das Land Salzburg unterstützt den Cluster Velmora.", {"Land Salzburg"}),
    ("Im Land der Ideen wächst der Cluster Velmora.", set()),
])
def test_a_state_noun_before_a_place_is_a_public_body(text, bodies):
    out = run("de", text)
    assert {r["organisation"] for r in out["organisations"]} == bodies
    assert {r["org_type"] for r in out["organisations"]} <= {"public_body"}


def test_numbered_directory_entries_give_their_fields_labels_to_their_own_names():
    text = ("1) Velmora Circular Plastics Cluster (VCP)\n   Country: Belgium | Members: 143\n"
            "   Label: GOLD — awarded 2022-05-17\n\n2) Tarsio Navarra\n   Country: Spain | Members: 48\n"
            "   Label history: Bronze 2019 → Silver 2023\n\n3) Emilia Quendt Valley\n   Country: Italy\n"
            "   Label: Silver | re-labelled 2024\n\nCluster Management Excellence Label\nLabel: Bronze (2020)\n")
    out = run("en", text)
    assert {(r["cluster"], r["tier"]) for r in out["labels"]} >= {
        ("Velmora Circular Plastics Cluster", "gold"), ("Tarsio Navarra", "bronze"), ("Tarsio Navarra", "silver"),
        ("Emilia Quendt Valley", "silver")}
    assert "Cluster Management Excellence Label" not in {r["cluster"] for r in out["clusters"]}
    assert "Emilia Quendt Valley" not in {r["person"] for r in out["people"]}


def test_a_label_badge_line_with_its_dates_is_the_page_s_cluster_s_label():
    out = run("de", "Cluster Keramik Velmora\n\nUnser Netzwerk verbindet 80 Unternehmen.\n\n"
                    "Cluster Management Excellence Label Gold – verliehen 06/2023, gültig bis 06/2025\n")
    assert {(r["cluster"], r["tier"], r["awarded"], r["valid_until"]) for r in out["labels"]} == {
        ("Cluster Keramik Velmora", "gold", "2023-06", "2025-06")}


@pytest.mark.parametrize("language, text, label", [
    ("de", "Der Cluster Velmora Saar wächst. Bereits 2014 hatte das Kompetenznetz mit dem Bronze-Label seinen ersten "
           "Schritt gemacht.", ("Cluster Velmora Saar", "bronze")),
    ("de", "Der Tarsio Klaster ist Partner. Der polnische Schlüsselcluster hält bereits seit 2019 das Gold-Label.",
     ("Tarsio Klaster", "gold")),
    ("en", "TØNSBERG – Velmora Ocean Tech Cluster has retained the Gold label for cluster management excellence.",
     ("Velmora Ocean Tech Cluster", "gold")),
])
def test_compound_anaphors_and_retained(language, text, label):
    assert label in labels_of(run(language, text))


def test_list_lines_opening_with_a_tier_and_a_dash_give_their_clusters_that_tier():
    out = run("en", "The following clusters hold a label:\n  - GOLD – Velmora Steel Cluster\n"
                    "  - SILVER – Tarsio Engineering Cluster (TEC)\n")
    assert labels_of(out) == {("Velmora Steel Cluster", "gold"), ("Tarsio Engineering Cluster", "silver")}


def test_a_name_in_parentheses_after_a_person_is_the_person_s_organisation():
    out = run("de", "Neu im Vorstand ist Dr. Tobias Velling (Velling Verpackungen); Jana Muster (Passau) und "
                    "Karl Tarsen (CEO) bleiben.")
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {("Velling Verpackungen", "company")}


def test_new_partners_and_welcomed_members_are_organisations():
    out = run("de", "Neue Partner im Cluster: Bäckerei Velmora, Weingut Tarsio und die Obstveredelung Quendt.")
    assert {r["organisation"] for r in out["organisations"]} == {"Bäckerei Velmora", "Weingut Tarsio",
                                                                "Obstveredelung Quendt"}


def test_a_support_association_taken_for_a_cluster_is_the_one_cluster_s_body():
    out = run("de", "Der Cluster Wasserstoff Velmora-Jade wächst. 2019 erhielt der Trägerverein H2 Velmora-Jade e.V. das "
                    "Bronze-Label.")
    (cluster,) = out["clusters"]
    assert cluster["cluster"] == "Cluster Wasserstoff Velmora-Jade"
    assert labels_of(out) == {("Cluster Wasserstoff Velmora-Jade", "bronze")}


def test_a_tier_word_ending_a_person_s_name_is_no_tier():
    out = run("en", "Rep. Jared Golden of Maine voiced frustration over another COVID-19 relief package in 2016.")
    assert out["labels"] == [] and out["clusters"] == []


@pytest.mark.parametrize("text, labels", [
    ("Erstmals Silber gab es im Herbst 2023 für den Cluster Velmora Textil.", {("Cluster Velmora Textil", "silver")}),
    ("Gold gab es für die Mannschaft Velmora Nord bei den Spielen.", set()),
])
def test_gab_es_fuer_den_cluster_tells_an_award_and_a_gold_medal_none(text, labels):
    assert labels_of(run("de", text)) == labels


def test_names_beside_a_gold_award_at_a_fair_are_no_clusters():
    out = run("en", "Congratulations to two of our members. Tarsio Ceramics Ltd won a Gold award at the Velmora Design "
                    "Fair for its new tableware range.")
    assert out["clusters"] == [] and out["labels"] == []


def test_hashtags_and_handles_name_no_body():
    out = run("en", "#ClusterExcellence #GoldLabel We are proud: the Velmora Water Cluster received Gold. Follow "
                    "@TarsioCluster for more.")
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Water Cluster"}
    assert labels_of(out) == {("Velmora Water Cluster", "gold")}


def test_informal_history_of_a_cluster_s_tiers():
    out = run("en", "The Velmora Maritime Cluster has been awarded the Gold Label. Quick flashback: in 2019 we started with "
                    "Bronze, in 2021 we climbed to Silver, and now this.")
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == {("gold", ""), ("bronze", "2019"), ("silver", "2021")}


@pytest.mark.parametrize("text", [
    "This month: Dr. Anke Brunkel, who has managed the Velmora Timber Cluster (VTC) since 2015.\n\n"
    "1) Anke, VTC has just renewed its Gold label. How does it feel?",
    "Our host talks to Jarek Wolnicki, managing director of the Tarsio Hydrogen Cluster (THC). THC picked up "
    "its Bronze Label in November 2023, and Jarek is refreshingly honest about the process.",
])
def test_a_person_s_first_name_or_surname_in_a_label_sentence_is_no_cluster(text):
    out = run("en", text)
    people = {r["person"] for r in out["people"]}
    assert not {r["cluster"] for r in out["clusters"]} & {p.split()[0] for p in people}
    assert len(out["clusters"]) == 1 and len(out["labels"]) == 1


def test_a_role_word_before_the_first_of_two_people_is_no_part_of_a_name():
    out = run("de", "In dieser Folge sprechen Moderatorin Jana Velte und Timo darüber, wie aus einem Stammtisch ein "
                    "Gold-Cluster wird. Der Cluster Nordalb Mobility bekam 2017 das Bronze-Label.")
    assert {r["person"]: r["role"] for r in out["people"]} == {"Jana Velte": "Moderatorin"}
    assert labels_of(out) == {("Cluster Nordalb Mobility", "bronze")}


@pytest.mark.parametrize("language, text, cluster", [
    ("de", "Schon im Januar 2023 hat auch der Velmorski ICT klaster aus Tarsk sein erstes Bronze-Label bekommen.",
     "Velmorski ICT klaster"),
    ("de", "Der Klaster Tarsanska nautika hat im Februar 2023 das Silber-Label erhalten.", "Klaster Tarsanska nautika"),
    ("en", "In May the Velmorski tehnološki klaster renewed its Bronze label.", "Velmorski tehnološki klaster"),
    ("en", "The Grozd čista energija Velmora was awarded the Gold label.", "Grozd čista energija Velmora"),
])
def test_a_cluster_name_in_its_own_language_goes_on_in_lower_case(language, text, cluster):
    out = run(language, text)
    assert {r["cluster"] for r in out["clusters"]} == {cluster}


def test_a_foreign_cluster_programme_is_no_lower_case_cluster_name():
    out = run("en", "The cluster is financed by the Klasteru programma of the Velmoran agency.")
    assert out["clusters"] == []


def test_a_foreign_association_word_before_a_cluster_s_name_wraps_the_cluster():
    out = run("en", "The Velmorski Klaster Wodorowy (VKW) received the Silver label. 'Silver is a confirmation', said Jan "
                    "Wolnicki, President of the Board of Stowarzyszenie Velmorski Klaster Wodorowy.")
    row = only(out["clusters"])
    assert row["cluster"] == "Velmorski Klaster Wodorowy"
    assert "Stowarzyszenie Velmorski Klaster Wodorowy" in forms(row)


@pytest.mark.parametrize("text, programme", [
    ("VKW holds the title Akkreditált Innovációs Klaszter, given by the ministry.", "Accredited Innovation Cluster"),
    ("VKW is since 2020 one of the National Key Clusters, a status given by the ministry.", "Key National Clusters"),
])
def test_national_cluster_statuses_are_programmes_not_clusters(text, programme):
    out = run("en", text)
    assert programme in {r["programme"] for r in out["programmes"]}
    assert not {r["cluster"] for r in out["clusters"]} & {programme}


@pytest.mark.parametrize("language, text, projects", [
    ("de", "Ein zweites Vorhaben, VELORAX, widmet sich der Qualität. Die beiden Vorhaben, TARSIK und NOVALDO, starten 2024.",
     {"VELORAX", "TARSIK", "NOVALDO"}),
    ("en", "The first two joint projects, HYDRAVEL and PURITARS, will develop sensors.", {"HYDRAVEL", "PURITARS"}),
])
def test_project_names_after_a_project_noun_are_programmes(language, text, projects):
    out = run(language, text)
    assert {r["programme"] for r in out["programmes"]} == projects
    assert out["clusters"] == [] and out["organisations"] == []


@pytest.mark.parametrize("language, text, organisation", [
    ("de", "Gemeinsam mit dem Universitätsklinikum Kornbach und Unternehmen der Region entwickelt das Netzwerk neue Geräte.",
     "Universitätsklinikum Kornbach"),
    ("de", "Das Netzwerk arbeitet mit der Hochschule Velden und Betrieben aus Thüringen zusammen.", "Hochschule Velden"),
])
def test_a_kind_of_body_after_a_conjunction_is_no_part_of_a_name(language, text, organisation):
    assert {r["organisation"] for r in run(language, text)["organisations"]} == {organisation}


def test_a_preposition_repeated_before_the_second_recipient_keeps_the_list():
    out = run("de", "Dr. Ines Velte von der ESCA überreicht das Silber-Label an das Agrarnetz Velmora und an das "
                    "Netzwerk Holzbau Tarsland.")
    assert labels_of(out) == {("Agrarnetz Velmora", "silver"), ("Netzwerk Holzbau Tarsland", "silver")}


def test_got_their_tier_in_a_relative_clause_tells_an_award():
    out = run("en", "Shout-out to our friends at Velmora AgriFood Network, who just got their Silver – well deserved!")
    assert labels_of(out) == {("Velmora AgriFood Network", "silver")}


@pytest.mark.parametrize("language, text, cluster, body", [
    ("en", "The Velmora Ocean Cluster received Gold. 'Gold is a way of working', says Ingrid Tarsen, CEO of Velmora Klynge "
           "AS, the company that runs the cluster.", "Velmora Ocean Cluster", "Velmora Klynge AS"),
    ("en", "The Tarsio Health Cluster got Gold, says Katja Velte, CEO of Tarsio Services Oy, which manages the cluster.",
     "Tarsio Health Cluster", "Tarsio Services Oy"),
    ("de", "Das Photonik-Netzwerk Velmora darf sich Silber-Cluster nennen. Den Weg dorthin hat das Clustermanagement, die "
           "Tarsio Photonics Management GmbH, vorbereitet.", "Velmora", "Tarsio Photonics Management GmbH"),
    ("en", "The Gold seal went to Velmora Cluster Services Ltd, the not-for-profit company that has run the Tarsio "
           "Offshore Cluster (TOC) since its launch in 2013.", "Tarsio Offshore Cluster", "Velmora Cluster Services Ltd"),
])
def test_the_body_said_to_run_the_cluster_is_one_of_its_names(language, text, cluster, body):
    out = run(language, text)
    row = only(out["clusters"])
    assert row["cluster"] == cluster and body in forms(row)
    assert out["organisations"] == []
    assert all(label["awarded"] != "2013" for label in out["labels"])  # (its launch: no award)


@pytest.mark.parametrize("text, names", [
    ("In 2022 VAMTEC (Velmora Aegean Marine Technologies Cluster / Σύμπλεγμα Θαλάσσιων Τεχνολογιών Βελμόρας) was "
     "awarded the Silver Label.", {"VAMTEC", "Σύμπλεγμα Θαλάσσιων Τεχνολογιών Βελμόρας"}),
    ("Velmorski klaster organske poljoprivrede (Velmora Organic Agriculture Cluster, VOKAP; in Cyrillic "
     "Велморски кластер) became the holder of the Bronze Label.", {"VOKAP", "Velmora Organic Agriculture Cluster"}),
])
def test_an_acronym_or_a_name_closing_a_translation_in_parentheses_is_the_same_cluster(text, names):
    row = only(run("en", text)["clusters"])
    assert names <= forms(row)


@pytest.mark.parametrize("language, text, cluster, form", [
    ("de", "Das Netzwerk VelmoMed Plus erhielt 2021 Gold.", "VelmoMed Plus", "Netzwerk VelmoMed Plus"),
    ("de", "Das Wasserstoffnetzwerk H2Tarsel hat Silber.", "H2Tarsel", "Wasserstoffnetzwerk H2Tarsel"),
    ("en", "The Cluster VELTAS received the Bronze label.", "VELTAS", "Cluster VELTAS"),
    ("de", "Der Cluster Kreislaufwirtschaft hat Bronze.", "Cluster Kreislaufwirtschaft", "Cluster Kreislaufwirtschaft"),
    ("de", "Das Velmora-Cluster e.V. hat Bronze.", "Velmora-Cluster e.V.", "Velmora-Cluster e.V."),
])
def test_a_head_word_before_a_brand_is_no_part_of_the_canonical_name(language, text, cluster, form):
    row = only(run(language, text)["clusters"])
    assert row["cluster"] == cluster and form in forms(row)


def test_a_table_row_with_a_tier_and_its_year_in_a_label_column():
    text = ("Cluster | Bundesland | Label (Jahr) | gültig bis\n"
            "Velmora Ring Nordheide | Niedersachsen | Gold (2022) | 06/2024\n"
            "TarsoTec Weserbergland | Niedersachsen | Silber (2023) | 10/2025\n")
    out = run("de", text)
    assert {(r["cluster"], r["tier"], r["awarded"], r["valid_until"]) for r in out["labels"]} == {
        ("Velmora Ring Nordheide", "gold", "2022", "2024-06"), ("TarsoTec Weserbergland", "silver", "2023", "2025-10")}


def test_bullets_naming_a_cluster_with_its_tier_and_year_in_parentheses():
    text = ("Aus unserem Gebiet erhielten drei Clusterorganisationen ein Label des ESCA:\n\n"
            "• Sensorik-Cluster Velmora-Regen (Gold, 2023)\n"
            "• Medizintechnik Tarsfeld – MTT (Silber, 2023)\n"
            "• Glas & Keramik Velden (Silber, 2023; zuvor Bronze 2020)\n")
    out = run("de", text)
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} >= {
        ("Sensorik-Cluster Velmora-Regen", "gold", "2023"), ("Medizintechnik Tarsfeld", "silver", "2023"),
        ("Glas & Keramik Velden", "silver", "2023")}


def test_the_canonical_name_is_the_nominative_when_the_text_has_both():
    out = run("de", "Die Geschäftsführerin des Holzclusters Velmora sprach. Das Holzcluster Velmora erhielt Silber.")
    assert only(out["clusters"])["cluster"] == "Holzcluster Velmora"


def test_a_place_ending_in_an_area_noun_is_no_label_subject():
    out = run("de", "Gleich drei Cluster aus dem Velmorakreis und dem Märkischen Kreis tragen inzwischen das europäische "
                    "Gold-Label für Clustermanagement.")
    assert out["clusters"] == [] and out["labels"] == []


def test_a_directory_line_with_leader_dots_before_the_tier():
    text = ("DIE LABELS 2023 AUF EINEN BLICK\n"
            "Präzisionscluster Velmora ............... Gold (Juni 2023)\n"
            "MedTarso Appenzell ...................... Bronze (September 2023)\n")
    out = run("de", text)
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Präzisionscluster Velmora", "gold", "2023-06"), ("MedTarso Appenzell", "bronze", "2023-09")}


def test_bullets_with_a_tier_since_a_date_or_after_a_colon():
    text = ("Weitere Landescluster:\n"
            "- AgriVelmo Mecklenburg (Bronze seit 11/2022)\n"
            "- Photonik Tarsland (PTL): Silber, März 2023\n")
    out = run("de", text)
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("AgriVelmo Mecklenburg", "bronze", "2022-11"), ("Photonik Tarsland", "silver", "2023-03")}


def test_a_management_named_in_parentheses_is_one_of_the_cluster_s_names():
    out = run("de", "Der Cluster Velmora Werft (Management: Tarsio Netzwerk GmbH) bündelt 84 Werften.")
    row = only(out["clusters"])
    assert "Tarsio Netzwerk GmbH" in forms(row) and out["organisations"] == []


def test_a_network_named_after_a_region_ending_in_land_is_a_label_subject():
    out = run("de", "Das Galvanotechnik-Netz Velmorisches Land erhielt 2020 das Silber-Label.")
    assert labels_of(out) == {("Galvanotechnik-Netz Velmorisches Land", "silver")}


@pytest.mark.parametrize("text, label", [
    ("The labelled clusters at a glance:\n\n• Pôle Velmoris (Montpellier) – Gold – 2023\n", ("Pôle Velmoris", "gold", "2023")),
    ("GCE level\nGCE Tarsobatt – battery materials, Mo i Rana (Gold, 2022)\n", ("GCE Tarsobatt", "gold", "2022")),
])
def test_a_list_line_with_a_dashed_tier_and_year_or_ending_in_its_tier_in_parentheses(text, label):
    out = run("en", text)
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {label}


def test_a_bare_tier_heading_gives_its_tier_to_the_clusters_listed_under_it():
    text = ("Three clusters have been awarded by ESCA.\n\nGOLD\n· Clúster Químic Velmora Sud (QVS)\n"
            "· Tarsio Robotics Cluster\n\nSILVER\n· Clúster Mobilitat Elèctrica Velmora\n")
    assert labels_of(run("en", text)) == {("Clúster Químic Velmora Sud", "gold"), ("Tarsio Robotics Cluster", "gold"),
                                          ("Clúster Mobilitat Elèctrica Velmora", "silver")}


def test_the_catalan_cluster_programme_is_a_programme():
    out = run("en", "Three clusters from the Catalonia Clusters programme (Catalunya Clústers) received the Gold Label.")
    assert "Catalonia Clusters" in {r["programme"] for r in out["programmes"]} and out["clusters"] == []


def test_an_acronym_spelling_only_the_last_of_two_coordinated_names_splits_them():
    out = run("en", "The cluster's members, including Corrib Precision Ltd, Tarsio Automation and Danish Manufacturing "
                    "Research (DMR), had jointly launched a project.")
    orgs = {r["organisation"]: r["acronym"] for r in out["organisations"]}
    assert orgs["Danish Manufacturing Research"] == "DMR" and "Tarsio Automation" in orgs


def test_a_company_field_compound_is_no_surname():
    out = run("de", "Beteiligt ist auch die Halvor Spanntechnik aus Aue.")
    assert out["people"] == []


def test_a_dated_history_of_several_tiers_belongs_to_the_release_s_cluster():
    out = run("de", "Das Maritime Netzwerk Velmora e.V. erhielt erneut das Gold-Label. Gegründet wurde das Netzwerk 2009. "
                    "2013 folgte das Bronze-Label, 2016 Silber.")
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == {("gold", ""), ("bronze", "2013"), ("silver", "2016")}


@pytest.mark.parametrize("text, expected", [
    ("Der Cluster Velmora Automotive blickt zurück: Nach Bronze (2014) und Silber (2017) folgten 2020 und "
     "– ganz frisch – im Februar 2024 jeweils Gold.",
     {("bronze", "2014"), ("silver", "2017"), ("gold", "2024-02")}),
    ("Das Netzwerk Velmora Food ist seit Jahren dabei. 2017 haben wir mit Bronze angefangen, 2020 kam Silber, "
     "und im November 2023 nun die Auszeichnung in Gold.",
     {("bronze", "2017"), ("silver", "2020"), ("gold", "2023-11")}),
])
def test_a_history_told_in_steps_gives_a_row_for_each_tier(text, expected):
    out = run("de", text)
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == expected


def test_a_tier_with_its_year_in_a_network_table_is_the_row_s_label():
    out = run("en", "The project brings together three business networks.\n\nNetwork | Country | Label\n"
                    "VELMOTEX | Hungary | Bronze (2022)\nquendtwood | Croatia | –\nBRAXOLOG | Austria | Silver (2023)\n")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("VELMOTEX", "bronze", "2022"), ("BRAXOLOG", "silver", "2023")}


def test_names_a_list_gave_hold_the_labels_a_later_sentence_tells():
    out = run("en", "Five medical technology networks signed a memorandum.\n\nThe partners are:\n"
                    "VELMIVANTA (Tuttlingen, Germany)\nquendmed (Basel, Switzerland)\nbraxalp (Innsbruck, Austria)\n\n"
                    "Three of the five partners already hold ESCA labels: quendmed and VELMIVANTA have both reached "
                    "Gold, while braxalp was awarded Silver in 2021.")
    assert {(r["cluster"], r["tier"]) for r in out["labels"]} == {
        ("quendmed", "gold"), ("VELMIVANTA", "gold"), ("braxalp", "silver")}


def test_a_network_of_a_place_in_the_genitive_is_no_cluster_name():
    out = run("de", "Und velmwerk hat 2021 als erstes maritimes Netzwerk Mecklenburg-Vorpommerns das Gold-Label erhalten.")
    assert "Netzwerk Mecklenburg-Vorpommerns" not in {r["cluster"] for r in out["clusters"]}


@pytest.mark.parametrize("text, tier", [
    ("Der Cluster Velmora Nord wurde im Mai 2024 erstmals mit Silber bewertet.", "silver"),
    ("Die Prüfstelle stufte den Cluster Velmora Nord nach dem Audit im Mai 2024 mit «Gold» ein.", "gold"),
])
def test_a_rating_with_a_tier_is_a_label(text, tier):
    out = run("de", text)
    assert {(r["cluster"], r["tier"]) for r in out["labels"]} == {("Cluster Velmora Nord", tier)}


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Der Cluster Velmora Nord blickt zurück. 2013 gab es zum ersten Mal Bronze, 2016 Silber, und seit 2020 "
           "ist das Netzwerk in der höchsten Stufe Gold eingestuft.",
     {("bronze", "2013"), ("silver", "2016"), ("gold", "2020")}),
    ("en", "The Velmora Cluster has had its ups and downs: Gold in 2016 and a step back to Silver in 2019.",
     {("gold", "2016"), ("silver", "2019")}),
])
def test_a_history_of_tiers_and_years_without_an_award_verb_gives_rows(language, text, expected):
    out = run(language, text)
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == expected


def test_first_tier_assessment_planned_is_no_label():
    out = run("en", "The Velmora Cluster is preparing its first Bronze assessment for spring 2024.")
    assert out["labels"] == []


@pytest.mark.parametrize("text", [
    "CLUSTER DIGEST – Issue 4/2024\n\nThe Velmora Cluster received the Gold label in March 2024.",
    "POLAND CLUSTERS MONTHLY\n\nThe Velmora Cluster received the Gold label in March 2024.",
])
def test_a_newsletter_s_title_with_a_cluster_word_is_no_cluster(text):
    out = run("en", text)
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Cluster"}


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Der Cluster Velmora Nord wurde 2012, 2015 und 2019 mit Gold ausgezeichnet.",
     {("gold", "2012"), ("gold", "2015"), ("gold", "2019")}),
    ("en", "The Velmora Cluster was awarded Gold in 2016, 2019 and 2022.",
     {("gold", "2016"), ("gold", "2019"), ("gold", "2022")}),
])
def test_a_list_of_years_gives_an_award_row_each(language, text, expected):
    out = run(language, text)
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == expected


def test_a_span_of_years_gives_one_row_not_one_a_year():
    out = run("de", "Der Cluster Velmora Nord wurde zwischen 2018 und 2020 mit Gold ausgezeichnet.")
    assert len(out["labels"]) == 1


def test_a_place_adjective_and_a_descriptor_before_a_cluster_s_name_are_no_part_of_it():
    out = run("de", "Auch das Straßburger Partnercluster Biovel Grand Est hat das Silber-Label erhalten.")
    assert {r["cluster"] for r in out["clusters"]} == {"Biovel Grand Est"}


def test_a_cluster_name_misspelt_once_by_one_letter_is_the_same_cluster():
    out = run("en", "The Cluster Velmora Knowledge City received Bronze. The Cluster Velmra Knowledge City label "
                    "shows the quality of its management. Cluster Velmora Knowledge City thanks its members.")
    assert [r["cluster"] for r in out["clusters"]] == ["Cluster Velmora Knowledge City"]


def test_cluster_names_apart_by_a_letter_of_a_short_word_stay_two():
    out = run("en", "The Velmora Mint Cluster and the Velmora Mind Cluster signed an agreement.")
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Mint Cluster", "Velmora Mind Cluster"}


def test_tiers_with_a_count_still_describe_the_scheme():
    out = run("de", "Das Netzwerk Velmora e.V. ist Mitglied. In Deutschland gibt es 12 Gold- und 30 Silber-Cluster.")
    assert out["labels"] == []


@pytest.mark.parametrize("text, cluster", [
    ("Ein älteres Bronze-Label des Vorgängervereins Velmoraforum Ostfriesland lief im Oktober 2022 aus.",
     "Velmoraforum Ostfriesland"),
    ("Auch das Greifswalder PlasmaVel Pommern hat 2018 Bronze erhalten.", "PlasmaVel Pommern"),
])
def test_an_association_s_genitive_compound_and_a_place_s_adjective_before_a_brand_are_no_part_of_the_name(
        text, cluster):
    assert {r["cluster"] for r in run("de", text)["clusters"]} == {cluster}


def test_a_field_s_genitive_compound_stays_part_of_the_name():
    out = run("de", "Der Sprecher des Sensorik-Clusters Velmora-Württemberg erhielt das Bronze-Label.")
    assert only(out["clusters"])["cluster"].startswith("Sensorik-Cluster")


@pytest.mark.parametrize("text, organisation", [
    ("Gefördert wird das Projekt vom Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes "
     "Velmora-Anhalt.", "Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Velmora-Anhalt"),
    ("Partner ist die IHK zu Velmora.", "IHK zu Velmora"),
    ("Partner ist die Universität zu Tarsbeck.", "Universität zu Tarsbeck"),
    ("Beteiligt ist die Schweizer Velmetis AG.", "Velmetis AG"),
    ("Beteiligt ist die lothringische Tarsel Composites SAS.", "Tarsel Composites SAS"),
])
def test_a_ministry_s_state_a_body_s_seat_and_no_place_adjective_in_organisation_names(text, organisation):
    assert {r["organisation"] for r in run("de", text)["organisations"]} == {organisation}


def test_an_institute_s_purpose_phrase_goes_on_past_und_before_a_compound_noun():
    out = run("de", "Beteiligt ist das Fraunhofer-Institut für Betriebsfestigkeit und Systemzuverlässigkeit LBF in Velden.")
    assert {r["organisation"] for r in out["organisations"]} == {
        "Fraunhofer-Institut für Betriebsfestigkeit und Systemzuverlässigkeit LBF"}


def test_an_owner_s_possessive_parts_its_name_from_what_it_owns():
    out = run("en", "Funding came from the Velmoran Government's SMART Tarsio programme.")
    assert {r["programme"] for r in out["programmes"]} == {"SMART Tarsio"}
    assert {r["organisation"] for r in out["organisations"]} == {"Velmoran Government"}


def test_a_possessive_before_a_tier_still_names_the_cluster():
    assert labels_of(run("en", "Velmora Agritech's Silver label was renewed in 2023.")) == {("Velmora Agritech", "silver")}


def test_national_cluster_associations_are_organisations_not_clusters():
    out = run("en", "France Clusters welcomed the Gold label of the Velmora Aero Cluster; Siva co-funds the "
                    "Norwegian clusters.")
    orgs = {r["organisation"]: r["org_type"] for r in out["organisations"]}
    assert {"France Clusters", "Siva"} <= set(orgs)
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Aero Cluster"}


@pytest.mark.parametrize("text, cluster", [
    ("Der Medizintechnikverbund Klaster Medyczny Velmora erhielt 2021 das Bronze-Label.", "Klaster Medyczny Velmora"),
    ("Das Gesundheitscluster Clúster Salud Tarsante erhielt das Silber-Label.", "Clúster Salud Tarsante"),
    ("Der Mikrosystem-Verbund Velden erhielt das Gold-Label.", "Mikrosystem-Verbund Velden"),
])
def test_a_verbund_is_a_network_and_a_descriptor_before_a_foreign_cluster_name_is_no_part_of_it(text, cluster):
    assert {r["cluster"] for r in run("de", text)["labels"]} == {cluster}


@pytest.mark.parametrize("text", [
    "Gothenburg-based Velmund AB said its oat drink had already taken Gold at the Tarsio Beverage Awards.",
    "Start-up Lumivel took silver in a start-up pitch competition at the show.",
])
def test_a_tier_won_at_awards_or_in_a_competition_is_another_prize(text):
    out = run("en", text)
    assert out["labels"] == [] and out["clusters"] == []


def test_a_headline_in_capitals_ends_the_name_at_its_verb_and_the_canonical_is_not_in_capitals():
    out = run("en", "VELMORA COMPOSITES CLUSTER BRINGS RECORD PAVILION TO JEC WORLD\n\nThe Velmora Composites Cluster (VCC) "
                    "is exhibiting with 14 member companies. The cluster was awarded the Silver Label in July 2023.")
    row = only(out["clusters"])
    assert row["cluster"] == "Velmora Composites Cluster" and "VELMORA COMPOSITES CLUSTER" in forms(row)


def test_a_prize_compound_is_no_label_subject():
    out = run("de", "Mit dem Velmorischen Leichtbaupreis in Gold wurde die Tarsio AG ausgezeichnet.")
    assert "Velmorischen Leichtbaupreis" not in {r["cluster"] for r in out["clusters"]}


@pytest.mark.parametrize("text, organisation", [
    ("Neu im Netzwerk ist der Anlagenbauer Velmfeld Extrusion GmbH aus Velden.", "Velmfeld Extrusion GmbH"),
    ("Die Tochter Tarsio Slovakia s.r.o. liefert Bremsen.", "Tarsio Slovakia s.r.o."),
    ("Dazu kommt der Schweizer Uhrenhersteller Montavel SA.", "Montavel SA"),
    ("Neben dem Gründungsmitglied Velmora Composites GmbH ist der Terminalbetreiber Tarsio Terminal S.A. dabei.",
     "Tarsio Terminal S.A."),
    ("Neben dem Gründungsmitglied Velmora Composites GmbH ist der Terminalbetreiber Tarsio Terminal S.A. dabei.",
     "Velmora Composites GmbH"),
])
def test_a_descriptor_noun_before_a_company_is_no_part_of_its_canonical_name(text, organisation):
    assert organisation in {r["organisation"] for r in run("de", text)["organisations"]}


@pytest.mark.parametrize("language, text, organisation, org_type", [
    ("en", "The Velmora Cluster works with Brunkel Universitet and the Tarsio Kommune.", "Brunkel Universitet", "university"),
    ("en", "The Velmora Cluster works with Brunkel Universitet and the Tarsio Kommune.", "Tarsio Kommune", "public_body"),
    ("de", "Gefördert wird das Projekt vom Ministerio de Industria y Velmora.", "Ministerio de Industria y Velmora", "public_body"),
    ("de", "Beteiligt ist die Universidade de Velmora.", "Universidade de Velmora", "university"),
])
def test_universities_and_public_bodies_named_in_other_languages(language, text, organisation, org_type):
    assert (organisation, org_type) in orgs_of(run(language, text))


def test_a_councillor_is_a_role_before_a_person_of_a_council():
    out = run("en", "The project was welcomed by Councillor Bev Velm of Tarsio Metropolitan Borough Council.")
    assert [(r["person"], r["role"], r["organisation"]) for r in out["people"]] == [
        ("Bev Velm", "Councillor", "Tarsio Metropolitan Borough Council")]


def test_slavic_prepositions_inside_a_body_s_name():
    text = ("Partners include Univerza v Velmori, the Szpital Powiatowy w Tarsiowie and Uniwersytecki Szpital "
            "Kliniczny we Wrocławiu.")
    names = {r["organisation"] for r in run("en", text)["organisations"]}
    assert {"Univerza v Velmori", "Szpital Powiatowy w Tarsiowie", "Uniwersytecki Szpital Kliniczny we Wrocławiu"} <= names


def test_suppliers_after_a_name_end_it():
    text = ("Beteiligt sind die Universitatea Politehnica Velmora und Zulieferer aus der Region sowie die "
            "Tarsiotech Zrt aus Győr.")
    names = {r["organisation"] for r in run("de", text)["organisations"]}
    assert {"Universitatea Politehnica Velmora", "Tarsiotech Zrt"} <= names


def test_a_trade_noun_before_a_company_without_a_legal_form_is_no_part_of_its_name():
    text = ("Zum Konsortium gehören der Werkzeugbauer Drossel, der Spritzgießer Velmberg, die Softwarefirma "
            "Planwerk Digital und das Abbruchunternehmen Raith & Söhne.")
    organisations = {r["organisation"]: r["surface_forms"] for r in run("de", text)["organisations"]}
    assert {"Drossel", "Velmberg", "Planwerk Digital", "Raith & Söhne"} <= set(organisations)
    assert organisations["Drossel"] == "Drossel"  # (the mention is the name: the trade noun is a company noun)


def test_a_department_named_by_its_portfolio_keeps_its_head():
    out = run("en", "The Department of Enterprise, Trade and Employment funds the Velmora Cluster CLG.")
    assert "Department of Enterprise, Trade and Employment" in {r["organisation"] for r in out["organisations"]}


@pytest.mark.parametrize("name", ["Velmora Oyj", "Tarsio ASA", "Brunkel ehf."])
def test_nordic_legal_forms_make_companies(name):
    out = run("en", f"Partners include {name} and others.")
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {(name, "company")}


def test_a_brand_ending_a_cluster_s_name_is_its_short_form():
    out = run("en", "The Mazowiecki Klaster ICT VelmoTech received the Gold label. In 2020 VelmoTech had received Silver.")
    row = only(out["clusters"])
    assert row["cluster"] == "Mazowiecki Klaster ICT VelmoTech" and "VelmoTech" in forms(row)


def test_a_name_described_as_a_cluster_initiative_is_a_cluster_not_a_programme():
    out = run("en", "A key partner is the VelmoTech Network Rhine-Tarsel, a cluster initiative with 95 members that has "
                    "held the Bronze Label since 2021.")
    assert labels_of(out) == {("VelmoTech Network Rhine-Tarsel", "bronze")} and out["programmes"] == []


def test_medal_signs_opening_lines_give_the_tiers_of_the_clusters_listed():
    text = ("Gestern haben drei unserer Netzwerke ihre Excellence-Labels bekommen, verliehen von der ESCA:\n\n"
            "🥇 Textilcluster Velmora\n🥈 Logistiknetz Tarsland (LNT)\n🥉 AgriTech Velden\n")
    assert labels_of(run("de", text)) == {("Textilcluster Velmora", "gold"), ("Logistiknetz Tarsland", "silver"),
                                          ("AgriTech Velden", "bronze")}


@pytest.mark.parametrize("text, labels", [
    ("Partner des Projekts:\n- Cluster Maré Velmora (MAVEL), Aveiro – Silber-Label seit 2020; das Gold-Assessment ist "
     "für Anfang 2024 geplant\n- Cluster Tarsio Nord, Kiel – Bronze-Label seit 2021",
     {("MAVEL", "silver"), ("Cluster Tarsio Nord", "bronze")}),
    ("Der Cluster Velmora Nord wächst. Das Clustermanagement hatte im Oktober 2022 das Silber-Label erhalten; für 2025 "
     "ist das Audit für das Gold-Label geplant.", {("Cluster Velmora Nord", "silver")}),
])
def test_a_plan_after_a_semicolon_is_no_label_and_leaves_the_statement_before_it(text, labels):
    assert labels_of(run("de", text)) == labels


def test_a_brand_joined_to_the_word_cluster_is_the_cluster_it_opens():
    out = run("de", "Zu den Vorhaben gehört der Zukunftscluster VelSense Oberlausitz. Im Mittelpunkt des "
                    "VelSense-Clusters stehen Quantensensoren.")
    row = only(out["clusters"])
    assert row["cluster"] == "VelSense Oberlausitz" and "VelSense-Clusters" in forms(row)


def test_the_head_that_opens_a_body_s_name_gives_its_type():
    out = run("en", "The Ministry of University and Research of Velmoria approved the plans.")
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {
        ("Ministry of University and Research of Velmoria", "public_body")}


@pytest.mark.parametrize("language, text, programme", [
    ("en", "Velmora AgriTech Cluster is one of 14 partners in Deep Roots, a three-year Horizon Europe project on soil.",
     "Deep Roots"),
    ("de", "Im Verbundvorhaben Smart Harbour haben sechs Partner gearbeitet.", "Smart Harbour"),
])
def test_a_project_named_by_ordinary_words_is_a_programme(language, text, programme):
    out = run(language, text)
    assert programme in {r["programme"] for r in out["programmes"]}
    assert programme not in {r["person"] for r in out["people"]}


def test_a_person_called_a_project_manager_stays_a_person():
    out = run("en", "Anna Velten, a project manager at the Tarsio Cluster, spoke.")
    assert "Anna Velten" in {r["person"] for r in out["people"]}
    assert out["programmes"] == []


def test_an_acronym_after_a_quoted_long_name_is_its_acronym():
    out = run("de", "Die Kommission hat das Projekt „Recyclable Velmora Enclosures for Circular Vehicles“ (REVELCO) "
                    "bewilligt. Das Vorhaben REVELCO startet 2025.")
    row = only(out["programmes"])
    assert (row["programme"], row["acronym"]) == ("Recyclable Velmora Enclosures for Circular Vehicles", "REVELCO")


@pytest.mark.parametrize("text, organisation", [
    ("Die Firma Velmora Optik aus Velden liefert Linsen.", "Velmora Optik"),
    ("Der Mittelständler Tarsio Optik aus Velden liefert Linsen.", "Tarsio Optik"),
])
def test_a_name_after_an_article_and_a_company_noun_is_a_company(text, organisation):
    out = run("de", text)
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {(organisation, "company")}


@pytest.mark.parametrize("language, text, organisations", [
    ("en", "The cluster brings together manufacturers such as Valtrona, Merisol and Braxen.",
     {"Valtrona", "Merisol", "Braxen"}),
    ("en", "Large firms (e.g. Valtrona, Merisol) and start-ups take part.", {"Valtrona", "Merisol"}),
    ("de", "Das Netzwerk zählt 120 Betriebe, darunter Valtrona und Merisol.", {"Valtrona", "Merisol"}),
])
def test_a_plural_company_noun_and_an_example_marker_introduce_companies(language, text, organisations):
    out = run(language, text)
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {(o, "company") for o in organisations}


@pytest.mark.parametrize("language, text, organisation", [
    ("en", "The network welcomes Merisol, a software house from Porto.", "Merisol"),
    ("de", "Neu dabei ist Quendt, ein Familienunternehmen aus Velden.", "Quendt"),
])
def test_one_coined_word_an_apposition_calls_a_company_is_one(language, text, organisation):
    out = run(language, text)
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {(organisation, "company")}


@pytest.mark.parametrize("language, text, organisation, org_type", [
    ("en", "The meeting was hosted by Valtrona at its plant in Braga.", "Valtrona", "company"),
    ("de", "Gastgeber war die Hochschule Tarnwick.", "Hochschule Tarnwick", "university"),
    ("de", "Die Mitglieder trafen sich im Hotel Meridian in Falkenau.", "Hotel Meridian", "company"),
])
def test_the_host_of_an_event_and_a_hotel_are_organisations(language, text, organisation, org_type):
    out = run(language, text)
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {(organisation, org_type)}


@pytest.mark.parametrize("language, text, organisations", [
    ("de", "Zu den Mitgliedern zählen Spritzgießer wie Tarsio, Köhrmann Formenbau oder Quendt.",
     {"Tarsio", "Köhrmann Formenbau", "Quendt"}),
    ("en", "The group met firms like Valtrona or Braxen Serwis in Toruń.", {"Valtrona", "Braxen Serwis"}),
    ("de", "Dazu zählen Werkzeugmacher wie Tarsmann Zerspanung, Wenzel & Söhne und Quendt Hartmetall.",
     {"Tarsmann Zerspanung", "Wenzel & Söhne", "Quendt Hartmetall"}),
    ("de", "Bereits dabei sind Unternehmen wie Velmer Laborbau, Ammon Biologics und Kaden Textil.",
     {"Velmer Laborbau", "Ammon Biologics", "Kaden Textil"}),
])
def test_examples_joined_by_or_and_compound_kind_nouns_introduce_companies(language, text, organisations):
    out = run(language, text)
    assert {r["organisation"] for r in out["organisations"]} == organisations


@pytest.mark.parametrize("language, text, organisation", [
    ("de", "Anschließend stellte das Bielefelder Start-up Flowvel seine Software vor.", "Flowvel"),
    ("de", "Ihr Dank galt dem Dichtungsspezialisten Kramvel aus Velden.", "Kramvel"),
    ("en", "We met the naval architecture firm Oyarvel Ingeniería in Vigo.", "Oyarvel Ingeniería"),
])
def test_a_company_noun_after_an_article_and_modifiers_names_the_company_after_it(language, text, organisation):
    out = run(language, text)
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {(organisation, "company")}


def test_a_company_word_opening_an_official_name_stays_in_it():
    out = run("de", "Mitglied ist auch die Molkerei Velmtal eG aus Velden.")
    assert {r["organisation"] for r in out["organisations"]} == {"Molkerei Velmtal eG"}


def test_a_german_compound_of_hotel_heads_a_company():
    out = run("de", "Überreicht wurde die Auszeichnung im Seminarhotel Velmberg vor 120 Gästen.")
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {("Seminarhotel Velmberg", "company")}


@pytest.mark.parametrize("language, text, organisations", [
    ("en", "Merisol's CEO Andres Tamm called the label a success.", {"Merisol"}),
    ("en", "Valtrona has joined the cluster as a full member.", {"Valtrona"}),
    ("en", "New members Sintera and Bitvoda will lead the pilot.", {"Sintera", "Bitvoda"}),
    ("en", "At the fair, speakers from Quendt and Velmor presented a cargo drone.", {"Quendt", "Velmor"}),
    ("de", "Die Tarsio ist dem Cluster beigetreten.", {"Tarsio"}),
])
def test_a_company_s_role_joining_or_speakers_name_companies(language, text, organisations):
    out = run(language, text)
    assert {(r["organisation"], r["org_type"]) for r in out["organisations"]} == {(o, "company") for o in organisations}


def test_a_cluster_s_acronym_before_a_ceo_stays_the_cluster():
    out = run("en", "The Danube Velmora Cluster (DVC) grows. DVC's CEO Ilze Ozola said so.")
    assert out["organisations"] == []


def test_a_single_titlecase_word_without_such_context_stays_no_organisation():
    out = run("en", "The delegation later visited Valtrona in Porto.")
    assert out["organisations"] == []


def test_a_role_compound_with_a_body_s_acronym_is_no_organisation():
    out = run("de", "IHK-Hauptgeschäftsführer Dr. Klaus Velten begrüßte die Gäste.")
    assert out["organisations"] == [] and {r["person"] for r in out["people"]} == {"Klaus Velten"}


def test_members_in_the_plural_before_a_noun_name_no_company():
    out = run("de", "Das Netzwerk öffnet seinen rund 400 Mitgliedsunternehmen Türen zu Kontakten.")
    assert out["organisations"] == []


def test_a_tier_opening_a_bullet_is_no_part_of_the_name_after_it():
    out = run("de", "In einer Feierstunde wurden am 18. Oktober 2023 folgende Labels überreicht:\n\n"
                    "• Silber: Tarsio Keramik\n• Silber: Oberpfälzer Keramiknetzwerk\n• Bronze: Velmora Netzwerk\n")
    assert "Oberpfälzer Keramiknetzwerk" in {r["cluster"] for r in out["clusters"]}
    assert not any(r["cluster"].startswith("Silber") for r in out["clusters"])


@pytest.mark.parametrize("text, programme", [
    ("Die Sieger des Ideenwettbewerbs „Velmora-Regionen.Hessen“ stehen fest.", "Velmora-Regionen.Hessen"),
    ("Treffen finden im Netzwerkformat „Tarsio.Connect Industrie“ statt.", "Tarsio.Connect Industrie"),
    ("Im Januar startet das Reallabor „ShuttleVelm“ im Harz.", "ShuttleVelm"),
])
def test_a_quoted_name_after_a_compound_of_a_programme_word_is_a_programme(text, programme):
    assert programme in {r["programme"] for r in run("de", text)["programmes"]}


@pytest.mark.parametrize("text, programme", [
    ("Das Netzwerk wird über das Landesprogramm Wirtschaft gefördert.", "Landesprogramm Wirtschaft"),
    ("Die Mittel kommen aus der Förderlinie Digitalisierung.", "Förderlinie Digitalisierung"),
    ("Gefördert wird nach der Richtlinie Technologieförderung.", "Richtlinie Technologieförderung"),
])
def test_a_funding_instrument_s_head_before_one_noun_names_the_instrument(text, programme):
    assert programmes_of(run("de", text)) == {programme}


@pytest.mark.parametrize("text, programme", [
    ("Die Tamlor GmbH erhielt den Keramikpreis Oberfranken für ihr Velmo-Geschirr.", "Keramikpreis Oberfranken"),
    ("Der Netzwerkpreis Rhein-Maas ging an das Velmora Netzwerk.", "Netzwerkpreis Rhein-Maas"),
    ("Der Bayerische Leichtbaupreis wurde an die Tamlor GmbH verliehen.", "Bayerische Leichtbaupreis"),
])
def test_a_compound_ending_in_preis_names_a_prize_a_programme(text, programme):
    assert programme in programmes_of(run("de", text))


def test_a_price_or_a_prize_s_head_alone_is_no_programme():
    out = run("de", "Der Strompreis Deutschland stieg. Der Publikumspreis für BLUEPORT ging an Selvo.")
    assert not {p for p in programmes_of(out) if "preis" in p}


def test_both_clusters_that_acquired_a_tier_hold_it():
    out = run("de", "Neu dabei sind der Sensorik-Verbund Velmar und die Cluster-Initiative Bioökonomie Selvtal. "
                    "Beide haben im Dezember 2024 das Bronze-Label erworben, das Voraussetzung für die Aufnahme ist.")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmar", "bronze", "2024-12"), ("Bioökonomie Selvtal", "bronze", "2024-12")}


def test_the_body_a_labelled_cluster_is_a_member_of_got_no_label():
    out = run("en", "Founded in 2019, the Selvora Hydrogen Cluster connects companies. The cluster received the "
                    "Gold label in 2023 and is a member of Tarvex Europe.")
    assert {r["cluster"] for r in out["labels"]} == {"Selvora Hydrogen Cluster"}


@pytest.mark.parametrize("text, programme", [
    ("Das Vorhaben wird im Programm Interreg Alpenraum gefördert; Interreg trägt 75 Prozent.", "Interreg Alpine Space"),
    ("VELMO-PORT is funded by Interreg North Sea. Interreg pays 60 per cent.", "Interreg North Sea"),
])
def test_an_interreg_strand_is_its_own_programme_and_takes_the_bare_head(text, programme):
    out = run("de" if " das " in text else "en", text)
    assert [r["programme"] for r in out["programmes"] if "nterreg" in r["programme"]] == [programme]


def test_a_name_said_to_be_one_of_several_state_clusters_is_a_cluster():
    out = run("de", "Der Verein wurde 2009 gegründet. Velmora ist einer von elf Landesclustern im Land.")
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora"}


def test_a_fact_sheet_s_subtitle_calls_the_name_above_it_a_cluster():
    out = run("de", "CLUSTERSTECKBRIEF\n\nVelmora Vorpommern e.V.\nNetzwerk für Medizintechnik und "
                    "Gesundheitswirtschaft\n\nSitz: Greifswald\n")
    assert {r["cluster"] for r in out["clusters"]} == {"Velmora Vorpommern e.V."}


def test_a_heading_in_capitals_over_a_line_is_no_cluster():
    out = run("en", "BUSINESS\nGames clusters from three countries meet in Valletta\n\nThe meeting was held.")
    assert out["clusters"] == []


def test_the_award_confirmed_again_as_a_noun_is_a_renewal_row():
    out = run("de", "Das Kompetenznetz Velmar hatte das Gold-Label erstmals 2019 erhalten. Im Mai 2023 wurde die "
                    "Auszeichnung nach einer erneuten Begutachtung bestätigt.")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Kompetenznetz Velmar", "gold", "2019"), ("Kompetenznetz Velmar", "gold", "2023-05")}


def test_another_name_after_the_acronym_in_a_parenthesis_is_the_same_cluster():
    out = run("en", "The Kompetenznetz Kreislauf Velm (KKV; Velm Circular Economy Network) has been awarded the "
                    "GOLD label.")
    assert len(out["clusters"]) == 1 and len(out["labels"]) == 1
    assert "Velm Circular Economy Network" in out["clusters"][0]["surface_forms"]


@pytest.mark.parametrize("language, text, rows", [
    ("en", "In 2024, the Velmo Cluster moved up from Silver to Gold.",
     {("Velmo Cluster", "gold", "2024"), ("Velmo Cluster", "silver", "")}),
    ("de", "Der Velmo Cluster ist 2023 von Silber auf Gold aufgestiegen.",
     {("Velmo Cluster", "gold", "2023"), ("Velmo Cluster", "silver", "")}),
    ("en", "The Velmo Cluster made the step from Silver, awarded in 2022, to Gold within two years.",
     {("Velmo Cluster", "gold", ""), ("Velmo Cluster", "silver", "2022")}),
])
def test_a_step_from_one_tier_to_another_dates_the_new_tier(language, text, rows):
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in run(language, text)["labels"]} == rows


def test_an_audit_s_date_before_a_clause_of_the_same_time_dates_the_award():
    out = run("en", "This began with our first benchmarking in 2018, when the Velmo Cluster received the Bronze Label.")
    assert [(r["tier"], r["awarded"]) for r in out["labels"]] == [("bronze", "2018")]


def test_a_place_after_a_comma_in_a_tier_line_leaves_the_next_item_in_the_list():
    out = run("en", "Four member clusters received their labels on 14 November 2024:\n"
                    "Silver: Tarsio Furniture Cluster, Italy, and Velmoran Microelectronics Network, Austria\n")
    assert {r["cluster"] for r in out["labels"]} == {"Tarsio Furniture Cluster", "Velmoran Microelectronics Network"}


def test_a_quoted_name_after_a_strategy_and_its_period_is_a_programme():
    out = run("en", "The recommendations shaped our strategy 2022-2026\n\"Smart Grids for Velm\". We are glad.")
    assert programmes_of(out) == {"Smart Grids for Velm"}


def test_a_quoted_project_s_short_name_and_title_are_one_programme():
    out = run("de", "Das Verbundprojekt „ReKuVa – Rezyklat-Kunststoffe für den Maschinenbau“ erhält 1,8 Millionen "
                    "Euro. ReKuVa startet im Mai.")
    assert len(out["programmes"]) == 1
    assert set(out["programmes"][0]["surface_forms"].split("|")) == {
        "ReKuVa", "Rezyklat-Kunststoffe für den Maschinenbau"}


def test_an_assessment_round_named_as_such_dates_the_awards_after_it():
    out = run("en", "ESCA has published the results of its autumn 2023 assessment round, in which cluster organisations "
                    "from nine countries were benchmarked against the European Cluster Excellence Initiative's "
                    "criteria. In this round, ESCA awarded Gold labels to Velmora "
                    "Agrifood Cluster (Spain) and the Silver label to Tarsio Offshore Cluster (Poland).")
    assert {(r["cluster"], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Velmora Agrifood Cluster", "gold", "2023"), ("Tarsio Offshore Cluster", "silver", "2023")}


def test_a_tier_before_a_german_passive_goes_to_the_names_after_it():
    out = run("de", "Mit dem Silber-Label wurden das Textil-Innovationsnetz Velm und das Cluster Lasertechnik Tarsau "
                    "ausgezeichnet, Bronze ging an MedWerk Velm-Bodensee.")
    assert labels_of(out) == {("Textil-Innovationsnetz Velm", "silver"), ("Cluster Lasertechnik Tarsau", "silver"),
                              ("MedWerk Velm-Bodensee", "bronze")}


def test_a_list_of_names_before_hold_holds_the_tier():
    out = run("en", "The consortium was formed. Both Velmos and TARVEG hold the Gold label; Resin Valley Tarsau "
                    "received the Silver label in January 2024.")
    assert labels_of(out) == {("Velmos", "gold"), ("TARVEG", "gold"), ("Resin Valley Tarsau", "silver")}


@pytest.mark.parametrize("language, text", [
    ("de", "Der Velmo Cluster hat im Februar 2024 die Goldstufe erreicht – ohne den Zwischenschritt Silber."),
    ("en", "Skipping Silver, the Velmo Cluster went straight from Bronze to Gold in 2023."),
])
def test_a_tier_passed_over_is_no_label(language, text):
    assert "silver" not in {r["tier"] for r in run(language, text)["labels"]}


def test_a_name_on_an_island_is_a_place_and_the_sentence_s_subject_the_cluster_before():
    out = run("de", "Der estnische Velmaa Targa Puidu Klaster hat das Gold-Label erhalten. Der Zusammenschluss von "
                    "27 Sägewerken auf der Ostseeinsel Velmaa war 2022 mit dem Silber-Label ausgezeichnet worden.")
    assert labels_of(out) == {("Velmaa Targa Puidu Klaster", "gold"), ("Velmaa Targa Puidu Klaster", "silver")}


def test_a_tier_s_result_still_awaited_is_no_label():
    out = run("de", "Im benachbarten Lettland wartet der Velmas Biotehnoloģiju klasteris noch auf das Ergebnis "
                    "seines Silber-Benchmarkings.")
    assert out["labels"] == []


def test_a_name_in_the_parenthesis_after_a_cluster_is_no_second_recipient():
    out = run("en", "Three clusters were awarded the Gold Label on 12 March 2025:\n\n"
                    "1. Velmora Ocean Tech Cluster (Ponta Velmada) – Gold, renewal of the label first obtained in 2021\n"
                    "2. Tarsio Cork Cluster (Tarsio Alto) – Gold, first award\n")
    assert {r["cluster"] for r in out["labels"]} == {"Velmora Ocean Tech Cluster", "Tarsio Cork Cluster"}


def test_a_letter_style_dateline_s_place_is_no_cluster():
    out = run("de", "Gold für Velmholz\n\nSankt Velm, den 30. November 2023 – Das Holzcluster Velmholz hat das "
                    "Gold-Label erhalten.")
    assert {r["cluster"] for r in out["labels"]} == {"Holzcluster Velmholz"}


def test_an_iso_date_with_its_period_ends_the_sentence_so_its_validity_stays_with_its_tier():
    out = run("de", "• Präzisionscluster Velmora (PCV): Gold-Label, verliehen am 2019-10-17, gültig bis 2021-10-17. "
                    "Der PCV hatte zuvor seit 2017 Silber.")
    rows = {(r["tier"], r["awarded"], r["valid_until"]) for r in out["labels"]}
    assert rows == {("gold", "2019-10-17", "2021-10-17"), ("silver", "2017", "")}


@pytest.mark.parametrize("language, text, rows", [
    ("en", "Five clusters moved up a tier.\n\n4. Velmora Water Cluster, Saxony-Anhalt: Silver since 2019, Gold since "
           "12 January 2023, which is how a fifth story made it into this post.",
     {("silver", "2019", ""), ("gold", "2023-01-12", "")}),
    ("en", "The Velmora Footwear Cluster received Gold in December 2018. The cluster held SILVER from 2016 to 2018.",
     {("gold", "2018-12", ""), ("silver", "2016", "2018")}),
    ("en", "Velmora Textiles Cluster: its BRONZE label of 2016 expired in 2018 and was not renewed.",
     {("bronze", "2016", "2018")}),
    ("en", "The Velmora Agrotech Cluster, based in Vechta, has held the Gold label of the European Cluster "
           "Excellence Initiative since 2022 and will share how its management was assessed.",
     {("gold", "2022", "")}),
])
def test_a_tier_held_since_or_from_a_year_is_a_label_row(language, text, rows):
    assert {(r["tier"], r["awarded"], r["valid_until"]) for r in run(language, text)["labels"]} == rows


def test_an_assessment_passed_at_a_tier_is_a_label_but_a_count_that_passed_a_number_is_none():
    out = run("en", "The Velmora Maritime Cluster (VMC), Lorient, France, passed its Gold assessment in February 2024.")
    assert labels_of(out) == {("Velmora Maritime Cluster", "gold")}
    out = run("en", "The Velmora Maritime Cluster renewed its Silver label in 2023. The number of cluster "
                    "organisations with a valid Gold label passed 120 in 2023.")
    assert labels_of(out) == {("Velmora Maritime Cluster", "silver")}


def test_a_name_given_in_another_language_after_the_acronym_is_the_same_cluster():
    out = run("de", "Le Cluster Alimentaire Velmorand (CAV), auf Deutsch «Lebensmittelcluster Velmora», erhält "
                    "erstmals Bronze (September 2019).")
    assert len(out["clusters"]) == 1
    assert {r["tier"] for r in out["labels"]} == {"bronze"}


def test_an_annual_general_meeting_is_no_person():
    out = run("en", "Members of the Velmora Health Cluster elected a new board at the cluster's Annual General "
                    "Meeting, held on 26 September 2023 in Oranmore.")
    assert out["people"] == []


def test_a_network_s_name_in_english_with_its_acronym_in_parentheses_is_the_same_cluster():
    out = run("en", "* NETHERLANDS – Noordelijk Velmoranetwerk (Northern Velmora Network, NVN) collected its Gold Label "
                    "of the European Cluster Excellence Initiative on 21 September 2022 in Groningen. NVN had held "
                    "Silver since June 2019.")
    assert len(out["clusters"]) == 1
    assert {r["tier"] for r in out["labels"]} == {"gold", "silver"}



@pytest.mark.parametrize("language, text, firm", [
    ("en", "Aoife Velmer of Velmer Tarvos Accountants was re-elected as Treasurer.", "Velmer Tarvos Accountants"),
    ("de", "Kassier ist Peter Velmer (Velmer & Partner Steuerberatung, Zeltweg).", "Velmer & Partner Steuerberatung"),
])
def test_a_professional_firm_named_by_its_trade_is_a_company(language, text, firm):
    out = run(language, text)
    assert (firm, "company") in {(r["organisation"], r["org_type"]) for r in out["organisations"]}


def test_a_tier_and_its_label_word_as_a_headline_name_no_cluster():
    out = run("de", "Velmora Energie-Cluster (VEC)\nQuartalsbrief Frühling 2023\n\nBronze-Label erreicht\nIm März 2023 "
                    "hat das Clustermanagement des VEC das Bronze-Label der ECEI erhalten.")
    assert not any("Label" in r["cluster"] for r in out["clusters"])
    assert labels_of(out) == {("Velmora Energie-Cluster", "bronze")}


def test_a_label_held_takes_the_date_the_next_sentence_gives_the_label():
    out = run("en", "Klaster Velmora (Velmora Hydrogen Cluster, KVH) is from this month holder of the Bronze Label of "
                    "Cluster Management Excellence. The label was granted on 6 May 2024 within the European Cluster "
                    "Excellence Initiative.")
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == {("bronze", "2024-05-06")}
    out = run("de", "In Vorarlberg ist das Silber-Label des Textilclusters Velmora am 2019-08-31 ausgelaufen. Der "
                    "Textilcluster Velmora plant die Re-Zertifizierung für 2020.")
    assert {(r["tier"], r["awarded"], r["valid_until"]) for r in out["labels"]} == {("silver", "", "2019-08-31")}


def test_a_tier_in_a_name_s_aside_between_dashes_is_that_name_s_alone():
    out = run("de", "Das KeramikNetz Velmora – 2018 als erste Clusterorganisation des Landes mit dem Silber-Label "
                    "zertifiziert, das bis 2020 gilt – entwickelt mit der Hochschule Montabaur und der Tarvos Klinker "
                    "AG energiesparende Brennverfahren.")
    assert labels_of(out) == {("KeramikNetz Velmora", "silver")}
    assert [r["cluster"] for r in out["clusters"]] == ["KeramikNetz Velmora"]


def test_a_history_s_next_step_followed_in_a_year_and_renewed_later_is_two_awards():
    out = run("en", "The Velmora Cluster first earned Silver in 2016. Gold followed in 2019 and was renewed in 2022.")
    assert {(r["tier"], r["awarded"]) for r in out["labels"]} == {("silver", "2016"), ("gold", "2019"),
                                                                  ("gold", "2022")}


def test_the_tier_a_headline_says_came_before_is_the_award_the_body_dates():
    out = run("en", "VRC Elbe – Velmora Robotics Cluster Elbe\n\nThree years after Silver, VRC Elbe reaches the highest "
                    "tier of the European Cluster Excellence Initiative\n\nThe Velmora Robotics Cluster Elbe (VRC Elbe) "
                    "has received the GOLD label of the European Cluster Excellence Initiative (ECEI). The certificate "
                    "was handed over in Hamburg on 24 February 2025. In 2022 the cluster had been awarded the SILVER "
                    "label.")
    assert sorted((r["tier"], r["awarded"]) for r in out["labels"]) == [("gold", "2025-02-24"), ("silver", "2022")]


def test_a_ministry_s_portfolio_ending_in_a_plural_head_is_no_list_of_programmes():
    out = run("en", "Ana Velmer, president of the Velmora MedTech Cluster, thanked the Ministry of Investments and "
                    "European Projects for the support of clusters in the region.")
    assert out["programmes"] == []
    assert "Ministry of Investments and European Projects" in {r["organisation"] for r in out["organisations"]}


def test_an_italian_name_goes_on_over_per_la_and_its_brand_known_with_is_the_same_cluster():
    out = run("en", "The Distretto Tecnologico Velmorese per la Mobilità Elettrica (Velmora Technology District for "
                    "Electric Mobility), known with the brand eVELMO, is the first technology district of the sector to "
                    "reach the Gold Label. Already in 2019 the District was awarded with the Silver Label.")
    assert [r["cluster"] for r in out["clusters"]] == ["Distretto Tecnologico Velmorese per la Mobilità Elettrica"]
    assert "eVELMO" in out["clusters"][0]["surface_forms"]


@pytest.mark.parametrize("text, organisation", [
    ("Zu den Partnern zählt die Werft Velkanen Marine Oy aus Turku.", "Velkanen Marine Oy"),
    ("Milch liefert die Molkerei SIA Tarsas Piens.", "SIA Tarsas Piens"),
    ("Dabei ist das Sägewerk Velmfeld GmbH aus Tarsdorf.", "Sägewerk Velmfeld GmbH"),
])
def test_a_german_trade_before_a_company_abroad_says_what_it_is(text, organisation):
    assert organisation in {r["organisation"] for r in run("de", text)["organisations"]}


@pytest.mark.parametrize("language, text", [
    ("de", "Der Velkasen Meriklusteri (VMK, übersetzt etwa „Schärenmeer-Maritimcluster“) bündelt 140 Werften. "
           "Im Mai 2031 verlieh ESCA dem Verbund das Gold-Label."),
    ("de", "Die Velkjysk Vindklynge (VVK, „Westjütländischer Windcluster“) aus Esbjerg hat im April 2031 das "
           "Gold-Label erhalten."),
    ("en", "Pomorski Klaster Velmowy | Pomeranian Velmo Cluster\n\nFirst Bronze Label for the Pomeranian Velmo "
           "Cluster – H2Velmo\n\nThe Bronze Label confirms that H2Velmo works to the standards. It was awarded "
           "on 5 September 2031."),
    ("en", "VELCERA · Clúster de la Cerámica de Velmora\n\nThe Ceramics Cluster of Velmora, VELCERA, has been "
           "upgraded to the Silver Label on 28 October 2031."),
])
def test_a_clusters_names_in_two_languages_and_its_brand_are_one_cluster(language, text):
    out = run(language, text)
    assert len(out["clusters"]) == 1, out["clusters"]
    assert len(out["labels"]) == 1


def test_a_clusters_supporting_organisation_is_the_cluster():
    out = run("de", "Der Velkasen Meriklusteri bündelt 140 Werften. 2027 erhielt die Trägerorganisation "
                    "Velkasen Meriklusteri ry das Bronze-Label, im Oktober 2030 folgte Silber.")
    assert {r["cluster"] for r in out["clusters"]} == {"Velkasen Meriklusteri"}
    assert {(r["cluster"], r["tier"]) for r in out["labels"]} == {("Velkasen Meriklusteri", "bronze"),
                                                                 ("Velkasen Meriklusteri", "silver")}


def test_a_title_describing_a_cluster_abroad_in_common_words_names_the_release_s_cluster():
    text = ("Kempischer Kunststoffcluster zum dritten Mal mit Gold ausgezeichnet\n\n"
            "Der Velmisch Kunststoffencluster (VKC) hat im März 2031 das Gold-Label erhalten. Der VKC bündelt "
            "120 Firmen. Mit dem VKC kooperiert auch das Kunststoff-Netzwerk Tarsau.")
    out = run("de", text)
    assert len([r for r in out["clusters"] if "Kunststoffencluster" in r["surface_forms"]]) == 1
    assert "Kempischer Kunststoffcluster" in next(r["surface_forms"] for r in out["clusters"]
                                                  if "Velmisch Kunststoffencluster" in r["surface_forms"])
    assert {r["tier"] for r in out["labels"]} == {"gold"} and len(out["labels"]) == 1


def test_a_german_short_name_after_hierzulande_meist_schlicht_is_the_cluster_s():
    out = run("de", "Der slowenische Grozd kompozitov Velmora, hierzulande meist schlicht „Velmora-Composites-"
                    "Cluster“ genannt, hat im Jänner 2031 das Silber-Label erhalten.")
    assert len(out["clusters"]) == 1


def test_a_label_table_exported_with_semicolons_gives_each_row_s_cluster_its_label():
    text = ("Clusterlandschaft Velmora - Übersicht\nStand: 01/2031\n\n"
            "Cluster;Branche;Label;verliehen;gültig bis\n"
            "Textilnetzwerk Velmora;Technische Textilien;Silber;05/2030;05/2032\n"
            "Tarsio-Cluster Nordalb;Medizintechnik;Bronze;02/2030;-\n")
    out = run("de", normalise(text))  # (the clean stage sets the cells apart)
    assert {r["surface_forms"] for r in out["clusters"]} == {"Textilnetzwerk Velmora", "Tarsio-Cluster Nordalb"}
    name_of = {r["cluster"]: r["surface_forms"] for r in out["clusters"]}
    assert {(name_of[r["cluster"]], r["tier"], r["awarded"]) for r in out["labels"]} == {
        ("Textilnetzwerk Velmora", "silver", "2030-05"), ("Tarsio-Cluster Nordalb", "bronze", "2030-02")}


@pytest.mark.parametrize("text", [
    "The Velmoran Circular Packaging Cluster (Velmorski grozd za embalažo – VelPack.si) is since September 2031 "
    "a holder of the Silver Label of Cluster Management Excellence.",
    "Dél-Velmorai Élelmiszeripari Klaszter\nSouth Velmora Food Industry Cluster – VELFOOD\n\n"
    "VELFOOD is again Silver\n\nThe South Velmora Food Industry Cluster has renewed its Silver Label in June 2031.",
])
def test_a_letterhead_and_a_parenthesis_name_one_cluster_in_two_languages_and_its_brand(text):
    out = run("en", text)
    assert len(out["clusters"]) == 1, out["clusters"]
    assert [r["tier"] for r in out["labels"]] == ["silver"]



def test_an_event_at_a_place_in_a_label_headline_is_no_cluster():
    out = run("de", "Wassertag Velmtal: Bronze-Label offiziell übergeben\n\nBeim diesjährigen Wassertag Velmtal in "
                    "Bruneck wurde das Bronze-Label an den Cluster Wasser & Alpine Ressourcen (CWAR) übergeben.")
    assert not any("Wassertag" in r["surface_forms"] for r in out["clusters"])
    assert [r["tier"] for r in out["labels"]] == ["bronze"]


def test_a_title_describing_the_cluster_with_a_place_adjective_in_ner_is_the_release_s_cluster():
    out = run("de", "Gold für den Velmtaler Energiecluster\n\nDer Cluster Erneuerbare Energie Velmtal (CEEV) ist mit dem "
                    "Gold-Label ausgezeichnet worden. Der CEEV hat 87 Mitglieder. Mit dem CEEV arbeitet das "
                    "Energienetzwerk Tarsau zusammen.")
    assert not any(r["surface_forms"] == "Velmtaler Energiecluster" for r in out["clusters"])
    assert [r["tier"] for r in out["labels"]] == ["gold"]
