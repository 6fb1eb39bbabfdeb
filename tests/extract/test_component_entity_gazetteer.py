"""entity_gazetteer: the entities the rule set names outright, on doc._.entities."""
from pipeline.config import load_config
from pipeline.extract.model import ORG, PROGRAMME
from pipeline.nlp import get_pipeline


def test_gazetteer_spans_become_entities_with_canonical_name_and_acronym():
    nlp = get_pipeline("en", load_config())
    doc = nlp.get_pipe("entity_gazetteer")(nlp.make_doc("x"))  # runs on any Doc
    assert doc._.entities.entities == []
    with nlp.select_pipes(enable=["sentencizer", "line_breaks", "domain_rules", "domain_acronyms",
                                  "entity_gazetteer"]):
        doc = nlp("The label was awarded by ESCA under the European Cluster Excellence Initiative.")
    found = {(e.label, e.canonical, e.acronym) for e in doc._.entities.entities}
    assert (ORG, "European Secretariat for Cluster Analysis", "ESCA") in found
    assert (PROGRAMME, "European Cluster Excellence Initiative", "ECEI") in found
    assert doc._.label_statements is None  # later components did not run


def test_a_misspelt_long_name_of_a_known_body_is_that_body():
    nlp = get_pipeline("en", load_config())
    doc = nlp("The label was awarded by the European Sercretariat for Cluster Analysis. "
              "The European Secretariat for ClusterAnalysis is based in Berlin. The Nordalb Cluster "
              "Analysis Secretariat is another body.")
    canonical = {e.best_name() for e in doc._.entities.entities if e.label == "ORG"}
    assert "European Secretariat for Cluster Analysis" in canonical
    assert not any("Sercretariat" in name or "ClusterAnalysis" in name for name in canonical)
    assert "Nordalb Cluster Analysis Secretariat" not in {  # other words, not a misspelling
        e.best_name() for e in doc._.entities.entities if e.fixed_canonical}


def test_horizon_europe_clusters_missions_and_erc_grants_are_programmes():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=["sentencizer", "line_breaks", "domain_rules", "domain_acronyms",
                                  "entity_gazetteer"]):
        doc = nlp("Gefördert wird Velmora über Horizont Europa Cluster 5 „Klima, Energie und Mobilität“ und die "
                  "EU-Mission Klimaneutrale und intelligente Städte; die Leiterin hält einen ERC Starting Grant.")
    programmes = {e.canonical for e in doc._.entities.entities if e.label == PROGRAMME}
    assert {"Climate, Energy and Mobility", "Climate-Neutral and Smart Cities", "ERC Starting Grant"} <= programmes


def test_the_enterprise_europe_network_and_national_agencies_are_organisations():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=["sentencizer", "line_breaks", "domain_rules", "domain_acronyms",
                                  "entity_gazetteer"]):
        doc = nlp("Innovate UK and the Enterprise Europe Network (EEN) support the cluster, with KfW and the EIB.")
    found = {(e.label, e.canonical) for e in doc._.entities.entities}
    assert {(ORG, "Innovate UK"), (ORG, "Enterprise Europe Network"), (ORG, "KfW"),
            (ORG, "European Investment Bank")} <= found
    assert not [e for e in doc._.entities.entities if e.label == PROGRAMME]


def test_north_rhine_westphalias_programme_of_the_eu_funds_is_one_programme():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Die Landesregierung unterstützt Cluster über das EFRE/JTF-Programm NRW.")
    programmes = {e.canonical for e in doc._.entities.entities if e.label == PROGRAMME}
    assert programmes == {"EFRE/JTF-Programm NRW"}


def _up_to_gazetteer(language: str, text: str):
    """The Doc of `text` after the components up to entity_gazetteer."""
    nlp = get_pipeline(language, load_config())
    with nlp.select_pipes(enable=["sentencizer", "line_breaks", "domain_rules", "domain_acronyms",
                                  "entity_gazetteer"]):
        return nlp(text)


def test_a_regions_programme_of_an_eu_fund_is_one_programme_without_the_fund_inside():
    doc = _up_to_gazetteer("de", "Gefördert aus dem EFRE-Programm Sachsen 2021–2027 und dem ERDF programme Saarland. "
                                 "Der EFRE fördert auch andere Vorhaben, wie das Programm EFRE Thüringen 2021-2027.")
    programmes = {m.text for m in doc._.entities.mentions if m.label == PROGRAMME}
    assert programmes == {"EFRE-Programm Sachsen 2021–2027", "ERDF programme Saarland", "EFRE",
                          "EFRE Thüringen 2021-2027"}


def test_a_body_that_is_also_a_place_is_an_organisation_only_where_named_as_a_party():
    doc = _up_to_gazetteer("en", "The project is co-financed by the European Union. Clusters in the European Union "
                                 "grow. It was a European Union project.")
    assert [(m.text, m.start) for m in doc._.entities.mentions if m.label == ORG] == [("European Union", 34)]


def test_the_eu_funds_for_rural_areas_and_fisheries_are_known_programmes():
    doc = _up_to_gazetteer("de", "Das Projekt wird aus dem Europäischen Landwirtschaftsfonds für die Entwicklung "
                                 "des ländlichen Raums (ELER) und dem Europäischen Meeres-, Fischerei- und "
                                 "Aquakulturfonds gefördert.")
    assert {e.canonical for e in doc._.entities.entities if e.label == PROGRAMME} == {
        "European Agricultural Fund for Rural Development", "European Maritime, Fisheries and Aquaculture Fund"}


def test_a_project_called_by_name_after_a_comma_is_a_programme():
    doc = _up_to_gazetteer("en", "The £2 million project, called VELMO-WELD, starts in May.")
    assert {e.best_name() for e in doc._.entities.entities if e.label == PROGRAMME} == {"VELMO-WELD"}


def test_a_cross_border_programme_is_named_through_the_places_it_joins():
    doc = _up_to_gazetteer("de", "Gefördert aus Interreg Sachsen – Tschechien 2021–2027. Die Mittel aus Interreg "
                                 "sind knapp.")
    other = _up_to_gazetteer("de", "Das Interreg Oberrhein – Projekt Velmotrans läuft.")
    programmes = [e.best_name() for e in doc._.entities.entities if e.label == PROGRAMME]
    assert programmes == ["Interreg Sachsen – Tschechien 2021–2027"]  # (the bare head is the same programme)
    assert "Interreg Oberrhein" in {e.best_name() for e in other._.entities.entities if e.label == PROGRAMME}


def test_a_call_code_with_a_digit_in_its_prefix_is_a_programme():
    from pipeline.extract.programmes import call_code_spans
    text = "The project was selected under call AB4H-2031-PJ-04, which supports care."
    assert [text[s:e] for s, e in call_code_spans(text)] == ["AB4H-2031-PJ-04"]


def test_regional_agencies_promotional_banks_and_research_bodies_are_organisations():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=["sentencizer", "line_breaks", "domain_rules", "domain_acronyms",
                                  "entity_gazetteer"]):
        doc = nlp("The project is co-funded by the Danish Board of Business Development and NBank, with "
                  "Wageningen University & Research and Teagasc as partners.")
    found = {(e.label, e.canonical, e.org_type) for e in doc._.entities.entities}
    assert {(ORG, "Danish Board of Business Development", "public_body"), (ORG, "NBank", "agency"),
            (ORG, "Wageningen University & Research", "university"), (ORG, "Teagasc", "research")} <= found


def test_interreg_s_transnational_programmes_are_programmes_of_their_own():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=["sentencizer", "line_breaks", "domain_rules", "domain_acronyms",
                                  "entity_gazetteer"]):
        doc = nlp("Gefördert wird das Vorhaben über Interreg Alpenraum und Interreg North Sea.")
    programmes = {e.canonical for e in doc._.entities.entities if e.label == PROGRAMME}
    assert {"Interreg Alpine Space", "Interreg North Sea"} <= programmes and "INTERREG" not in programmes
