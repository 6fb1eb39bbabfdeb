"""acronyms: definitions in parentheses and initials join the entity they name."""
from pipeline.config import load_config
from pipeline.nlp import get_pipeline

UP_TO = ["sentencizer", "line_breaks", "domain_rules", "domain_acronyms", "entity_gazetteer", "name_chunks", "acronyms"]


def test_defined_acronym_and_initials_join_their_entity():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("The Velmora Maritime Cluster (VMC) met. Later VMC grew.")
    (entity,) = [e for e in doc._.entities.entities if "Velmora Maritime Cluster" in e.forms]
    assert entity.acronym == "VMC" and entity.forms.get("VMC", 0) >= 1
    assert not any(c.text == "VMC" for c in doc._.name_chunks)


def test_dateline_agencies_are_organisations_and_the_place_is_none():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("St. Pölten (OTS/NLK) - Der Velmora-Cluster wächst.\n"
                  "- Velmora Cluster (DEN) - Gold")
    organisations = {e.best_name(): e.org_type for e in doc._.entities.entities if e.label == "ORG"}
    assert organisations == {"OTS": "company", "NLK": "company"}  # not 'St. Pölten', not 'DEN'


def test_a_source_in_parentheses_before_a_dateline_is_an_organisation():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("(VelmoraWire) Potsdam, 18.05.2031 – Die Bioregion Tarsova bleibt vorn.\n"
                  "(Velmora Cluster) Gold für alle.")
    organisations = {e.best_name(): e.org_type for e in doc._.entities.entities if e.label == "ORG"}
    assert organisations == {"VelmoraWire": "company"}


def test_a_short_name_of_several_words_after_kurz_joins_its_entity():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Der Kompetenzverbund Velmora Sensorik Thüringen e.V. – kurz VelNet Thüringen – hat das Label.")
    (entity,) = [e for e in doc._.entities.entities if "VelNet Thüringen" in e.forms]
    assert any(form.startswith("Kompetenzverbund Velmora") for form in entity.forms)


def test_an_acronym_dotted_to_a_word_is_defined_by_the_name_before_it():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der Cluster Velmora Messtechnik Ruhr (CVM.Ruhr) hat Sitz in Bochum. CVM.Ruhr wurde 2031 ausgezeichnet.")
    clusters = [set(e.forms) for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert clusters == [{"Cluster Velmora Messtechnik Ruhr", "CVM.Ruhr"}]


def test_an_acronym_hyphened_to_a_word_is_defined_by_the_name_before_it():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der Cluster Velmstofftechnik Ostmark (V2-Ost) mit Sitz in Gera erhielt das Silber-Label. "
              "V2-Ost wächst.")
    clusters = [set(e.forms) for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert clusters == [{"Cluster Velmstofftechnik Ostmark", "V2-Ost"}]


def test_a_tier_in_parentheses_is_no_acronym():
    nlp = get_pipeline("en", load_config())
    doc = nlp("New labels this spring:\n- Velmora Maritime Digital (BRONZE)\n- Tarsova Food Valley (BRONZE)\n")
    clusters = [set(e.forms) for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert sorted(map(sorted, clusters)) == [["Tarsova Food Valley"], ["Velmora Maritime Digital"]]


def _entity_forms(language: str, text: str, label: str) -> list[set[str]]:
    nlp = get_pipeline(language, load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp(text)
    return [set(e.forms) for e in doc._.entities.entities if e.label == label]


def test_a_bracketed_short_form_of_acronym_and_place_or_a_bodys_bracketed_name_is_the_same_entity():
    programmes = _entity_forms("de", "Das Land fördert im Rahmen der Regionalen Innovationsstrategie Brandenburg (RIS3 Brandenburg). "
                                     "Das Netzwerk kooperiert im Projekt „FoodLink Tarsia“ (Interreg South Baltic).", "PROGRAMME")
    assert {"Regionalen Innovationsstrategie Brandenburg", "RIS3 Brandenburg"} <= next(f for f in programmes if "RIS3 Brandenburg" in f)
    assert not any({"FoodLink Tarsia", "Interreg South Baltic"} <= forms for forms in programmes)  # its programme
    organisations = _entity_forms("en", "Partners are the Politechnika Veldenska (Velden University of Technology) "
                                        "and Quendt Labs.", "ORG")
    assert {"Politechnika Veldenska", "Velden University of Technology"} in organisations


def test_a_brand_in_capitals_before_a_dash_and_a_clusters_name_is_one_more_of_its_names():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Partners:\n• VELMOGRO – Cluster Agroalimentario del Tarsio (Spain)\n\nVELMOGRO grew.")
    (entity,) = [e for e in doc._.entities.entities if "Cluster Agroalimentario del Tarsio" in e.forms]
    assert "VELMOGRO" in entity.forms
