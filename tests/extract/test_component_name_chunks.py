"""name_chunks: proper-name chunks classified by their own words; the rest kept."""
from pipeline.config import load_config
from pipeline.extract.model import CLUSTER, ORG, PERSON, PROGRAMME
from pipeline.nlp import get_pipeline

UP_TO = ["sentencizer", "line_breaks", "domain_rules", "domain_acronyms", "entity_gazetteer", "name_chunks"]


def _mentions_up_to_chunks(language: str, text: str) -> list:
    """The mentions the components up to name_chunks find in `text`."""
    nlp = get_pipeline(language, load_config())
    with nlp.select_pipes(enable=UP_TO):
        return list(nlp(text)._.entities.mentions)


def _chunk_texts(language: str, text: str) -> set[str]:
    """The texts of the name chunks the pipeline reads in `text`, classified or not."""
    nlp = get_pipeline(language, load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp(text)
    return {m.text for m in doc._.entities.mentions} | {c.text for c in doc._.name_chunks}


def test_chunks_are_classified_and_the_unclassified_kept():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Dr. Jana Velling vom Nordalb Cluster sprach mit der Quillon GmbH über Valtrona.")
    found = {(m.label, m.text) for m in doc._.entities.mentions}
    assert {(PERSON, "Jana Velling"), (CLUSTER, "Nordalb Cluster"), (ORG, "Quillon GmbH")} <= found
    assert "Valtrona" in {c.text for c in doc._.name_chunks}


def test_a_web_page_section_after_a_dash_is_no_part_of_a_name():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Clusterplattform Velmora – Aktuelles\n\nDas Netzwerk Nordalb – Tarsio wächst.")
    found = {m.text for m in doc._.entities.mentions} | {c.text for c in doc._.name_chunks}
    assert "Clusterplattform Velmora" in found and "Clusterplattform Velmora – Aktuelles" not in found
    assert "Netzwerk Nordalb – Tarsio" in found  # a name's own dash stays


def test_a_programme_name_ends_before_the_body_that_runs_it():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Gefördert wird das Netzwerk über die Förderrichtlinie Velmora-Netz.Zukunft des Sächsischen "
                  "Staatsministeriums für Wirtschaft. Die Strategie der Stadt Lindenau hilft auch.")
    programmes = {m.text for m in doc._.entities.mentions if m.label == "PROGRAMME"}
    assert programmes == {"Förderrichtlinie Velmora-Netz.Zukunft"}


def test_a_coined_word_and_a_university_are_two_names():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Merisol works with Braxen and Tallinn University of Technology and with Kerstholm and TU Delft. "
                  "The Science and Technology Facilities Council and the Agri-Food and Biosciences Institute help.")
    organisations = {m.text for m in doc._.entities.mentions if m.label == ORG}
    assert {"Tallinn University of Technology", "TU Delft", "Science and Technology Facilities Council",
            "Agri-Food and Biosciences Institute"} <= organisations
    assert not any(name.startswith(("Braxen and", "Kerstholm and")) for name in organisations)


def test_an_events_word_and_a_genitive_before_a_clusters_name_are_no_part_of_it():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Mehr als 300 Gäste kamen zum Clusterforum des Velmora-Clusters Elbe-Saale in die Festung.")
    clusters = {m.text for m in doc._.entities.mentions if m.label == CLUSTER}
    assert clusters == {"Velmora-Clusters Elbe-Saale"}


def test_an_ampersand_after_a_common_word_joins_the_fields_of_one_name():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("The Velmora Food & Agritech Cluster met the Tarsova Wood & Quendtex Cluster and Brunkel & Nordalb.")
    clusters = {m.text for m in doc._.entities.mentions if m.label == CLUSTER}
    assert {"Velmora Food & Agritech Cluster", "Tarsova Wood & Quendtex Cluster"} <= clusters
    assert not clusters & {"Velmora Food", "Agritech Cluster", "Quendtex Cluster"}


def test_a_name_in_capitals_the_text_also_writes_as_a_persons_is_a_person():
    nlp = get_pipeline("en", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("I'm joined by Declan Velmore, director of the Tarsova Marine Cluster.\n\n"
                  "DECLAN VELMORE: Thanks.\n\nKEY ACHIEVEMENTS\n\nWe follow DIN EN ISO 9001.")
    people = {m.text for m in doc._.entities.mentions if m.label == PERSON}
    assert "DECLAN VELMORE" in people
    assert not people & {"KEY ACHIEVEMENTS", "DIN EN ISO"}
    assert "DECLAN VELMORE" not in {m.text for m in doc._.entities.mentions if m.label == CLUSTER}


def test_a_programme_head_ending_a_name_outweighs_a_company_word_in_it():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Funding came from the Velmora Technologies Growth Programme and the Tarsio Solutions Innovation Fund. "
              "Velmora Technologies Ltd supplies sensors.")
    programmes = {e.best_name() for e in doc._.entities.entities if e.label == "PROGRAMME"}
    organisations = {e.best_name() for e in doc._.entities.entities if e.label == ORG}
    assert {"Velmora Technologies Growth Programme", "Tarsio Solutions Innovation Fund"} <= programmes
    assert "Velmora Technologies Ltd" in organisations


def test_clusterinitiative_is_part_of_the_name_and_ende_juni_is_no_name():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Die Clusterinitiative Velmora Präzision erhielt Ende Juni das Gold-Label.")
    clusters = [set(e.forms) for e in doc._.entities.entities if e.label == CLUSTER]
    assert clusters == [{"Clusterinitiative Velmora Präzision"}]
    doc = nlp("Das Innovationscluster Holz- und Bauwirtschaft Tarsova erhielt das Bronze-Label.")
    assert [set(e.forms) for e in doc._.entities.entities if e.label == CLUSTER] == [
        {"Innovationscluster Holz- und Bauwirtschaft Tarsova"}]


def test_a_trade_opens_a_companys_name_and_a_branch_of_a_body_is_that_body():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Beteiligt sind das Sägewerk Velmer & Frey aus Tarsdorf und das Weingut Quendt. Brandes leitet "
              "die Krefelder Niederlassung der Spedition Brunkel. Sie forscht am Fachgebiet Ressourcenmanagement "
              "der Universität Kassel.")
    organisations = {e.best_name() for e in doc._.entities.entities if e.label == ORG}
    assert {"Sägewerk Velmer & Frey", "Weingut Quendt", "Spedition Brunkel", "Universität Kassel"} <= organisations
    assert not any("Niederlassung" in name or "Fachgebiet" in name for name in organisations)


def test_a_languages_noun_opens_no_name_and_introduces_a_translation():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Die Delegation schloss sich dem Cluster Velmora Foodtech Südtirol an, der auf Italienisch "
              "Cluster Velmora Foodtech Alto Adige heißt.")
    clusters = [set(e.forms) for e in doc._.entities.entities if e.label == CLUSTER]
    assert clusters == [{"Cluster Velmora Foodtech Südtirol", "Cluster Velmora Foodtech Alto Adige"}]


def test_a_double_surname_ending_in_a_place_is_a_persons_name():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Cluster manager Mette Velskov Lund and Anna Tarsgaard Berlin attended. Frank Electric Deutschland "
              "and the German Velmoracluster Emsland sent delegates.")
    people = {m.text for m in doc._.entities.mentions if m.label == PERSON}
    assert {"Mette Velskov Lund", "Anna Tarsgaard Berlin"} <= people
    assert not people & {"Frank Electric Deutschland", "German Velmoracluster Emsland"}


def test_a_university_and_another_academic_body_are_two_names():
    found = {m.text for m in _mentions_up_to_chunks(
        "en", "Partners include Northern University of Technology and Coastal University College. She studied "
              "at the University of Applied Sciences and Arts Northwestern Switzerland.") if m.label == ORG}
    assert {"Northern University of Technology", "Coastal University College",
            "University of Applied Sciences and Arts Northwestern Switzerland"} <= found


def test_a_web_page_section_before_a_dash_is_no_part_of_a_name():
    from pipeline.extract.chunks import name_chunks
    assert [c.text for c in name_chunks("Careers - Velmora Hydrogen Cluster\n\nAbout us – Tarsova Netzwerk e.V.")] == [
        "Velmora Hydrogen Cluster", "Tarsova Netzwerk e.V."]


def test_an_amounts_unit_and_its_connector_open_no_name():
    from pipeline.extract.chunks import name_chunks
    assert [c.text for c in name_chunks("Rund 640.000 Euro für VelmoNet Westerwald gehen an das Projekt.")][-1] \
        == "VelmoNet Westerwald"


def test_the_body_after_a_programmes_name_is_an_organisation_of_its_own():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Gefördert über die Förderrichtlinie Velmora-Netzwerk.Zukunft des Sächsischen Staatsministeriums für "
                  "Wirtschaft, Arbeit und Verkehr.")
    found = {(m.label, m.text) for m in doc._.entities.mentions}
    assert ("PROGRAMME", "Förderrichtlinie Velmora-Netzwerk.Zukunft") in found
    assert (ORG, "Sächsischen Staatsministeriums für Wirtschaft, Arbeit und Verkehr") in found


def test_a_files_name_is_no_name():
    from pipeline.extract.chunks import name_chunks
    assert [c.text for c in name_chunks("Foto: VELMO_Muster_Urkunde.jpg zeigt den Tarsova Cluster. "
                                        "Download: Jahresbericht_2031.PDF")] == ["Tarsova Cluster", "Download"]


def test_a_tier_after_a_name_is_no_part_of_it_but_a_rating_systems_is():
    from pipeline.extract.chunks import name_chunks
    text = "Bereits 2031 hatte der VCJ Silber erreicht. Das Gebäude ist LEED Gold zertifiziert, wie Velmora Silver Economy."
    assert [c.text for c in name_chunks(text)] == ["VCJ", "Gebäude", "LEED Gold", "Velmora Silver Economy"]


def test_a_name_between_slashes_before_a_datelines_dash_is_the_wire_service():
    mentions = _mentions_up_to_chunks(
        "en", "TARSIO, Spain, May 6, 2031 /VelmoraWire/ -- The Nordalb Cluster has been awarded the Silver Label.")
    assert (ORG, "VelmoraWire") in {(m.label, m.text) for m in mentions}


def test_a_firm_advising_clusters_is_a_company_not_a_cluster():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "en", "The Velmora Cluster worked with Tarsio Cluster Advisory on its strategy.")}
    assert (ORG, "Tarsio Cluster Advisory") in found and (CLUSTER, "Tarsio Cluster Advisory") not in found


def test_a_scandinavian_definite_cluster_word_ends_a_clusters_name():
    clusters = {m.text for m in _mentions_up_to_chunks(
        "en", "Partners include Batteriklustret Tarsbotten and the Danish Klyngen for Velmora Plastik.") if m.label == CLUSTER}
    assert "Batteriklustret Tarsbotten" in clusters


def test_an_event_the_cluster_word_names_is_no_cluster():
    mentions = _mentions_up_to_chunks("en", "Join us at the Cluster Café on Monday and at the Cluster Night in Tarsio.")
    assert not [m for m in mentions if m.label == CLUSTER]


def test_a_regions_or_communes_government_in_its_own_language_is_a_public_body():
    bodies = {(m.text, m.entity.org_type) for m in _mentions_up_to_chunks(
        "en", "The project is co-funded by Regione Piemonte and the Région Occitanie.") if m.label == ORG}
    assert {("Regione Piemonte", "public_body"), ("Région Occitanie", "public_body")} <= bodies


def test_a_participle_closing_a_headline_in_capitals_is_no_part_of_the_name():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("NETZWERK WASSERSTOFF TARSLAND GEGRÜNDET\n\nDas Netzwerk wächst.")
    found = {m.text for m in doc._.entities.mentions} | {c.text for c in doc._.name_chunks}
    assert not [name for name in found if "GEGRÜNDET" in name]


def test_a_programme_name_keeps_its_funding_period():
    mentions = _mentions_up_to_chunks("de", "Die Skizze wurde über das Landesprogramm Velmora 2021–2027 finanziert, "
                                            "die erste über das Landesprogramm Velmora 2014-2020.")
    assert {m.text for m in mentions if m.label == "PROGRAMME"} == {
        "Landesprogramm Velmora 2021–2027", "Landesprogramm Velmora 2014-2020"}


def test_a_capitalised_adjective_or_an_acronym_before_a_programme_compound_names_a_programme():
    mentions = _mentions_up_to_chunks("de", "Den Rahmen bildet die Velmorische Wasserstoffstrategie aus dem Jahr 2020. "
                                            "Die Projekte werden aus der FTI-Richtlinie des Landes und im Rahmen der "
                                            "Regionalen Innovationsstrategie Brandenburg finanziert. Das EU-Programm und die "
                                            "Regionale Innovationsstrategie sind bekannt.")
    assert {m.text for m in mentions if m.label == "PROGRAMME"} == {
        "Velmorische Wasserstoffstrategie", "FTI-Richtlinie", "Regionalen Innovationsstrategie Brandenburg"}


def test_an_initiative_of_the_eu_is_a_programme_and_a_cluster_initiative_none():
    nlp = get_pipeline("en", load_config())
    doc = nlp("The call is aligned with the EU Algae Initiative of the Commission. The European Cluster Initiative "
              "Velmora met in Brussels.")
    assert {e.best_name() for e in doc._.entities.entities if e.label == "PROGRAMME"} == {"EU Algae Initiative"}


def test_a_german_place_adjective_before_the_cluster_word_names_no_cluster():
    mentions = _mentions_up_to_chunks("de", "Zwei Bremer Cluster, zwei Wege. Anträge können über den Thüringer Cluster "
                                            "gestellt werden. Der Bremer Cluster Windenergie Weserbogen wächst.")
    assert {m.text for m in mentions if m.label == CLUSTER} == {"Bremer Cluster Windenergie Weserbogen"}


def test_italian_and_polish_conjunctions_join_the_words_of_one_name():
    mentions = _mentions_up_to_chunks("en", "Giulia Ferraresi (Università di Velden e Tarsia) and the Ministerstwo Rozwoju "
                                            "i Technologii met in Warsaw.")
    assert {"Università di Velden e Tarsia", "Ministerstwo Rozwoju i Technologii"} <= {
        m.text for m in mentions if m.label == ORG}


def test_a_sector_cluster_compound_before_a_preposition_describes_and_names_no_cluster():
    mentions = _mentions_up_to_chunks("de", "Die BioRegion Velden ist das Life-Sciences-Cluster für Dresden und "
                                            "Ostsachsen mit über 90 Mitgliedern.")
    assert {m.text for m in mentions if m.label == CLUSTER} == {"BioRegion Velden"}


def test_a_programme_named_after_a_programme_word_keeps_its_funding_period():
    nlp = get_pipeline("en", load_config())
    doc = nlp("The cluster prepares projects under the regional programme European Funds for Velmora 2021-2027 (FEWV).")
    assert {e.best_name() for e in doc._.entities.entities if e.label == "PROGRAMME"} == {
        "European Funds for Velmora 2021-2027"}


def test_an_institute_name_runs_through_its_fields_to_its_acronym():
    mentions = _mentions_up_to_chunks("de", "Begleitet wird das Vorhaben vom Velden-Institut für Oberflächen von "
                                            "Gläsern und Keramiken IOGK in Tarsia und vom Velden-Institut für Boden-, "
                                            "Wasser- und Luftanalytik IBWL in Nordalb.")
    assert {m.text for m in mentions if m.label == ORG} >= {
        "Velden-Institut für Oberflächen von Gläsern und Keramiken IOGK",
        "Velden-Institut für Boden-, Wasser- und Luftanalytik IBWL"}
    english = _mentions_up_to_chunks("en", "Partners are the Tarsia Polytechnic and the Velden Institute for Coated "
                                           "Materials and Systems IVCS in Nordalb.")
    assert "Velden Institute for Coated Materials and Systems IVCS" in {m.text for m in english if m.label == ORG}


def test_a_coined_word_before_a_company_field_names_a_company_and_no_person():
    mentions = _mentions_up_to_chunks("en", "Also involved are Tessa Quarnvik and Dalvora Automation, with "
                                            "Hanna Fabrications and Brekkvor Marine Engineering as suppliers.")
    people = {m.text for m in mentions if m.label == PERSON}
    assert "Tessa Quarnvik" in people and "Hanna Fabrications" not in people
    assert {"Dalvora Automation", "Brekkvor Marine Engineering"} <= {m.text for m in mentions if m.label == ORG}


def test_a_development_bank_of_a_state_is_a_public_body():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Die Investitionsbank Velden und die Tarsische Aufbaubank fördern das Vorhaben.")
    types = {e.best_name(): e.org_type for e in doc._.entities.entities if e.label == ORG}
    assert types == {"Investitionsbank Velden": "public_body", "Tarsische Aufbaubank": "public_body"}


def test_a_name_that_is_one_of_the_euroclusters_is_a_programme():
    english = _mentions_up_to_chunks("en", "The work is backed by Innovate UK. TARSIA4PORTS is one of the "
                                           "Euroclusters co-funded by the European Union.")
    german = _mentions_up_to_chunks("de", "Heute koordinieren wir mit VELMO4GREEN einen der Euroclusters.")
    assert "TARSIA4PORTS" in {m.text for m in english if m.label == PROGRAMME}
    assert "VELMO4GREEN" in {m.text for m in german if m.label == PROGRAMME}


def test_a_network_compound_of_verbund_before_a_coined_name_names_a_cluster_and_a_research_one_none():
    mentions = _mentions_up_to_chunks("de", "Es stellen aus: der Präzisionsteile-Verbund Velmoteil Baar und der "
                                            "Forschungsverbund Tarsipol aus Hof.")
    clusters = {m.text for m in mentions if m.label == CLUSTER}
    assert clusters == {"Präzisionsteile-Verbund Velmoteil Baar"}  # (the canonical name drops the compound)


def test_a_name_with_a_cluster_word_and_a_firms_head_before_its_legal_form_is_a_firm():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Northvel Cluster Advisory Ltd today announced that four clusters it advised won labels.")
    assert [(e.label, e.best_name()) for e in doc._.entities.entities] == [(ORG, "Northvel Cluster Advisory Ltd")]


def test_foreign_hospitals_foundations_and_governments_are_bodies_and_an_investor_a_company():
    mentions = _mentions_up_to_chunks("en", "It involves the Szpital Powiatowy w Velmorze, the Fundación Tarsia Verde "
                                            "and the Generalitat Valenciana.")
    assert {"Szpital Powiatowy w Velmorze", "Fundación Tarsia Verde", "Generalitat Valenciana"} <= {
        m.text for m in mentions if m.label == ORG}
    nlp = get_pipeline("en", load_config())
    doc = nlp("The round was led by the Munich investor Velmar Capital.")
    assert [(e.best_name(), e.org_type) for e in doc._.entities.entities] == [("Velmar Capital", "company")]


def test_elided_articles_and_the_catalan_middle_dot_stay_inside_a_name():
    mentions = _mentions_up_to_chunks("en", "Members of the Clúster d'Agricultura Intel·ligent de Velmor met the "
                                            "Polo dell'Imballaggio Circolare di Tarsia.")
    assert {"Clúster d'Agricultura Intel·ligent de Velmor", "Polo dell'Imballaggio Circolare di Tarsia"} <= {
        m.text for m in mentions if m.label == CLUSTER}


def test_a_place_and_a_clusters_name_joined_by_and_are_two_names():
    mentions = _mentions_up_to_chunks("en", "The partners come from Finland and Velmovaartcluster Tarsia joined too.")
    assert {m.text for m in mentions if m.label == CLUSTER} == {"Velmovaartcluster Tarsia"}


def test_a_spaced_hyphen_after_a_clusters_name_is_a_dash_before_its_place():
    mentions = _mentions_up_to_chunks("en", "Partners\n\nNordvel Energy Cluster - Groningen, the Netherlands\n"
                                            "The cluster connects offshore wind players.")
    assert {m.text for m in mentions if m.label == CLUSTER} == {"Nordvel Energy Cluster"}


def test_a_camel_case_cluster_compound_before_a_place_names_a_cluster_but_not_before_common_words():
    mentions = _mentions_up_to_chunks("de", "Deshalb stellt sich das KunststoffCluster Velmoranken seit 2014 einer "
                                            "Bewertung. Das Labor liegt im BioCluster Park bei Roslin.")
    clusters = {m.text for m in mentions if m.label == CLUSTER}
    assert clusters == {"KunststoffCluster Velmoranken"}


def test_a_place_adjective_before_a_cluster_named_after_its_head_word_is_no_part_of_the_name():
    mentions = _mentions_up_to_chunks("de", "Das Nürnberger Cluster Sensorik Velmora hat sich dort Tipps geholt.")
    assert {m.text for m in mentions if m.label == CLUSTER} == {"Cluster Sensorik Velmora"}


def test_a_kind_of_programme_before_a_coined_name_is_no_part_of_it_before_common_words_it_is():
    mentions = _mentions_up_to_chunks("de", "Gefördert wird das Vorhaben vom Landesprogramm VelmoTop, vom Bundesprogramm "
                                            "TARSK und vom Wettbewerb Regio.Velm. Das Landesprogramm Wirtschaft hilft.")
    programmes = {m.text for m in mentions if m.label == PROGRAMME}
    assert {"VelmoTop", "TARSK", "Regio.Velm"} <= programmes
    assert not programmes & {"Landesprogramm VelmoTop", "Bundesprogramm TARSK", "Wettbewerb Regio.Velm", "Wirtschaft"}


def test_a_first_name_and_a_word_before_an_ampersand_and_a_fields_cluster_head_are_one_clusters_name():
    mentions = _mentions_up_to_chunks("en", "First, the Clyde Space & Satellite Cluster renewed its label. "
                                            "Anna Velmor & Tarsio Cluster met in May.")
    clusters = {m.text for m in mentions if m.label == CLUSTER}
    assert "Clyde Space & Satellite Cluster" in clusters and "Satellite Cluster" not in clusters
    assert "Anna Velmor" in {m.text for m in mentions if m.label == PERSON}


def test_a_legal_form_read_from_words_before_it_does_not_carry_over_to_the_next_name():
    from pipeline.extract.chunks import name_chunks
    text = ("Der Verein ist ein eingetragener Verein. Geschäftsführender Gesellschafter ist Jan Velmor. "
            "Die Landesgesellschaft VELMO.Energy4Climate. unterstützt.")
    chunks = name_chunks(text)
    assert all(0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text for c in chunks)
    assert "Landesgesellschaft VELMO.Energy4Climate" in {c.text for c in chunks}


def test_a_university_named_after_a_person_with_a_name_particle_is_one_name():
    mentions = _mentions_up_to_chunks("de", "Partner ist die Carl von Velmossky Universität Oldenburg. Es sprach Anna "
                                            "von Tarsio Maschinenbau GmbH.")
    organisations = {m.text for m in mentions if m.label == ORG}
    assert "Carl von Velmossky Universität Oldenburg" in organisations
    assert "Tarsio Maschinenbau GmbH" in organisations


def test_a_capitals_heading_of_common_english_words_names_no_cluster_but_a_capitals_name_with_a_place_does():
    mentions = _mentions_up_to_chunks("en", "CLUSTER NEWS IN BRIEF\n\n2. THE CLUSTER AT A GLANCE\n\n"
                                            "The VELMORA SAXONY CLUSTER grows.")
    assert {m.text for m in mentions if m.label == CLUSTER} == {"VELMORA SAXONY CLUSTER"}


def test_an_elided_article_after_a_clusters_head_is_no_lower_case_brand():
    from pipeline.extract.chunks import name_chunks
    assert "Cluster d'Envasos Velmorats de Catalunya" in {
        c.text for c in name_chunks("The Cluster d'Envasos Velmorats de Catalunya received Gold.")}


def test_an_ellipsis_after_a_name_is_no_part_of_it_initials_keep_their_periods():
    from pipeline.extract.chunks import name_chunks
    chunks = {c.text for c in name_chunks("Text von Oliver Velmor... und mehr. Die H.M. Velmo GmbH hilft.")}
    assert {"Oliver Velmor", "H.M. Velmo GmbH"} <= chunks


def test_a_tier_modifier_alone_is_no_name():
    from pipeline.extract.chunks import name_chunks
    assert [c.text for c in name_chunks("Our hosts were the Velmora Build Cluster, the Silver-labelled cluster.")] == [
        "Velmora Build Cluster"]


def test_a_version_inside_a_name_stays_in_it_and_opens_none():
    from pipeline.extract.chunks import name_chunks
    chunks = [c.text for c in name_chunks("Das Cluster Bauen 4.0 Velmoland wächst. Es gab 1.5 Millionen und 4.0 Prozent.")]
    assert "Cluster Bauen 4.0 Velmoland" in chunks and not any(c.startswith("4.0") for c in chunks)


def test_an_agenda_lines_time_opens_no_name():
    from pipeline.extract.chunks import name_chunks
    assert not any(c.text.startswith("Uhr") for c in name_chunks("10:30 Uhr  Drei Cluster, drei Perspektiven\n"
                                                                  "11:00 Uhr  Velmora Netzwerk stellt sich vor"))


def test_a_network_of_a_field_before_a_camel_case_name_is_a_description():
    chunks = _chunk_texts("de", "Das Netzwerk der Oberflächentechnik VelmoNet Südwestfalen e.V. wächst. Der Cluster für "
                                "Vernetzte TarsioSensorik auch.")
    assert "VelmoNet Südwestfalen e.V." in chunks
    assert "Cluster für Vernetzte TarsioSensorik" in chunks


def test_common_words_in_capitals_joined_by_an_ampersand_are_one_name():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks("en", "VELMORA FURNITURE & WOOD CLUSTER\n\nNews.")}
    assert (CLUSTER, "VELMORA FURNITURE & WOOD CLUSTER") in found


def test_project_names_after_a_eurocluster_project_or_a_consortium_and_before_a_programmes_acronym():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks("en", (
        "Three members form part of the consortium behind VELMOWATCH, which was selected under Horizon Europe. "
        "Tarsio will link with the partnership QUENDTCAL-I3, an interregional investment project."))}
    assert {(PROGRAMME, "VELMOWATCH"), (PROGRAMME, "QUENDTCAL-I3")} <= found
    assert (PROGRAMME, "I3") not in found
    found = {(m.label, m.text) for m in _mentions_up_to_chunks("de", "Wir sind Partner im Eurocluster-Projekt "
                                                                     "VELMO-SHIFT, das Häfen unterstützt.")}
    assert (PROGRAMME, "VELMO-SHIFT") in found


def test_a_funding_instrument_for_clusters_is_a_programme_not_a_cluster():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks("de", "Gefördert wird das Vorhaben über die "
                                                                     "Förderrichtlinie Netzwerke und Cluster.")}
    assert found == {(PROGRAMME, "Förderrichtlinie Netzwerke und Cluster")}


def test_an_event_of_a_cluster_and_a_regions_field_cluster_name_no_cluster_of_their_own():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks("de", (
        "Rund 200 Gäste kamen zum vierten Clustertag des Food Cluster Velmora-Tarsland. Das Netzwerk ist eines "
        "der größeren Luftfahrtcluster Norddeutschlands."))}
    assert {text for label, text in found if label == CLUSTER} == {"Food Cluster Velmora-Tarsland"}


def test_an_economic_interest_grouping_is_an_associations_legal_form():
    doc = get_pipeline("en", load_config())("The project partners are Velmora Embalaža GIZ from Celje and Tarsio "
                                            "Polymers from Graz.")
    types = {e.canonical: e.org_type for e in doc._.entities.entities if e.label == ORG}
    assert types["Velmora Embalaža GIZ"] == "association"


def test_family_and_partners_firms_and_their_legal_forms_are_one_name():
    chunks = _chunk_texts("de", "Neu sind die Kühnle & Partner Elektronik GmbH & Co. KG, die Gebr. Tarsmann KG, die "
                                "Dörfler + Partner Ingenieurgesellschaft mbB, die Velmora Vakuumtechnik e.K. und die "
                                "Tessitura Quendti & Figli S.r.l.")
    assert {"Kühnle & Partner Elektronik GmbH & Co. KG", "Gebr. Tarsmann KG",
            "Dörfler + Partner Ingenieurgesellschaft mbB", "Velmora Vakuumtechnik e.K.",
            "Tessitura Quendti & Figli S.r.l."} <= chunks


def test_a_lower_case_brand_after_a_young_companys_noun_is_the_company():
    doc = get_pipeline("de", load_config())("Neu im Cluster sind das Elektrolyse-Start-up velmonis, die Tarsio Gase SE "
                                            "und die Sensorik-Ausgründung quendilo UG (haftungsbeschränkt). Unternehmen "
                                            "arbeiten branchenübergreifend zusammen.")
    organisations = {e.canonical for e in doc._.entities.entities if e.label == ORG}
    assert organisations == {"velmonis", "Tarsio Gase SE", "quendilo UG (haftungsbeschränkt)"}


def test_a_name_an_extended_chunk_runs_into_is_kept():
    chunks = _chunk_texts("de", "Unterstützt wird der Cluster von der IHK zu Coburg und der Standortagentur Allgäu "
                                "GmbH, mit denen eine Vereinbarung besteht.")
    assert {"IHK zu Coburg", "Standortagentur Allgäu GmbH"} <= chunks


def test_the_invited_after_a_clusters_place_and_a_clusters_part_in_a_consortium_name_no_cluster():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks("de", (
        "Zum dritten Mal lädt der Cluster Velmora Innovativ Unterfranken Hersteller, Handwerksbetriebe und Start-ups "
        "ein. Neben Hochschulen sind drei Cluster Teil des Konsortiums."))}
    assert {text for label, text in found if label == CLUSTER} == {"Cluster Velmora Innovativ Unterfranken"}



def test_a_topic_noun_and_a_projects_item_codes_open_no_name():
    chunks = _chunk_texts("de", "Das Clustermanagement hatte einen Workshop zum Thema Feldrobotik organisiert.")
    assert not any(c.startswith("Thema") for c in chunks)
    chunks = _chunk_texts("en", "PP1 | Velmora Maritime Cluster (VMC) | NL | 2010\nWP2 – Cluster capacity assessment\n")
    assert not {"PP1", "WP2", "WP2 – Cluster"} & chunks


def test_a_heading_in_capitals_is_chunked_as_the_text_writes_it_elsewhere():
    chunks = _chunk_texts("en", "In this issue\n1. Bronze for Moravian textile network\n\n1. BRONZE FOR MORAVIAN TEXTILE "
                                "NETWORK\n\nVelmotex – Moravian Technical Textiles Cluster received the Bronze label.")
    assert "BRONZE FOR MORAVIAN TEXTILE NETWORK" not in chunks
    assert "MORAVIAN" in chunks


def test_a_network_noun_before_a_firms_legal_form_names_a_firm():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "de", "Mitglieder (Auswahl): Velmora Chirurgie GmbH, Klinikverbund Tarswest gGmbH und die Hochschule Velden.")}
    assert (ORG, "Klinikverbund Tarswest gGmbH") in found
    assert not any(label == CLUSTER for label, _ in found)


def test_an_ampersand_joins_the_fields_of_one_cluster_name():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "de", "Cluster Zuckerrübe & Bioökonomie Velmstädter Börde (Hildesheim) – Erneuerung")}
    assert (CLUSTER, "Cluster Zuckerrübe & Bioökonomie Velmstädter Börde") in found


def test_a_cluster_for_a_plural_field_is_a_description():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "de", "VelmoWerk Tarsland e.V. | Cluster für Faserverbundwerkstoffe")}
    assert not any(text.startswith("Cluster für") for _, text in found)


def test_a_neighbour_cluster_a_profile_heading_and_a_file_type_name_nothing_but_the_cluster():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "de", "Die Zusammenarbeit mit dem Nachbarcluster Velmo-Motion Tarsland wurde vertieft.")}
    assert not any(text.startswith("Nachbarcluster") for _, text in found)
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "en", "CLUSTER PROFILE\n\nVelmora Glass Cluster, z.s.\n\nRead the full release (PDF, 212 KB).")}
    assert not any("PROFILE" in text or text == "PDF" for label, text in found if label == CLUSTER)


def test_runs_of_spaces_in_uncleaned_text_make_no_empty_chunk():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Geschäftsführung        Dr. Lena Velmhofer\nVorstandsvorsitzender   Prof. Dr. Reinhard Tarsberger\n")
    assert all(c.text.strip() for c in doc._.name_chunks)
    assert "Lena Velmhofer" in {m.text for m in doc._.entities.mentions if m.label == PERSON}


def test_a_name_after_projects_such_as_is_a_programme():
    mentions = _mentions_up_to_chunks("de", "„In grenzüberschreitenden Projekten wie VelmAlp, das wir umsetzen, öffnet "
                                            "das Gold-Label Türen“, sagt sie.")
    assert ("VelmAlp", PROGRAMME) in {(m.text, m.label) for m in mentions}


def _clusters_up_to_chunks(language: str, text: str) -> set[str]:
    return {m.text for m in _mentions_up_to_chunks(language, text) if m.label == CLUSTER}


def test_a_network_named_by_its_region_of_two_hyphened_places_keeps_its_head():
    assert _clusters_up_to_chunks("de", "Das Treffen organisierte das H2-Netzwerk Velm-Tarse in Lingen.") \
        == {"H2-Netzwerk Velm-Tarse"}


def test_a_field_and_a_cluster_head_before_a_coined_name_are_no_part_of_it():
    assert _clusters_up_to_chunks("en", "Corvance Joins German Robotics Cluster RoboVel Swabia") == {"RoboVel Swabia"}
    assert _clusters_up_to_chunks("en", "The Central Cluster ICT joined.") == {"Central Cluster ICT"}


def test_an_ordinal_before_a_compound_cluster_noun_describes_the_named_network():
    assert _clusters_up_to_chunks("de", "Das Netzwerk Kreislaufbau Velmora hat als erstes Bau-Cluster in "
                                        "Nordrhein-Westfalen das Gold-Label erhalten.") == {"Netzwerk Kreislaufbau Velmora"}


def test_a_heading_of_cluster_briefs_names_no_cluster():
    assert _clusters_up_to_chunks("en", "CLUSTER BRIEFS\n\nAUSTRIA – Velmora MedAlliance renews Gold") == set()


def test_a_field_s_cluster_of_a_region_a_place_s_cluster_and_a_dash_before_a_bare_head_name_none():
    assert _clusters_up_to_chunks("de", "Der Verein ist das Wasserstoff-Cluster der Region Westpfalz.") == set()
    assert _clusters_up_to_chunks("de", "Mehrere Firmen sind im Allgäuer Cluster aktiv.") == set()
    assert _clusters_up_to_chunks("de", "„Vom Netzwerk zur Wirkung – Cluster als Motor der Transformation“") == set()
    assert _clusters_up_to_chunks("de", "AUS DEM CLUSTER TERMINE") == set()


def test_a_coined_word_ending_in_er_before_cluster_is_a_name():
    assert _clusters_up_to_chunks("en", "We welcome a delegation from our partner Tarsiowater Cluster.") \
        == {"Tarsiowater Cluster"}


def test_a_plural_cluster_head_before_two_field_and_place_names_and_a_singular_one_before_its_own():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Die Cluster Wärmespeicher Emsland und Feinkosttechnik Münsterland sind im Januar 2024 mit dem "
              "Silber-Label ausgezeichnet worden.")
    assert {m.text for m in doc._.entities.mentions if m.label == CLUSTER} == {
        "Cluster Wärmespeicher Emsland", "Feinkosttechnik Münsterland"}
    doc = nlp("Dass mit dem Cluster Velmorafertigung Tarsio und der BioRegion Nordalb zwei Initiativen im Juli 2023 "
              "das Silber-Label erhalten haben.")
    assert "Cluster Velmorafertigung Tarsio" in {m.text for m in doc._.entities.mentions if m.label == CLUSTER}


def test_a_participle_after_a_known_programme_opens_no_name_and_the_project_after_it_is_named():
    programmes = {m.text for m in _mentions_up_to_chunks("en", "The sleeve was developed by the Horizon Europe-funded "
                                                               "VELMA-LINK project.") if m.label == PROGRAMME}
    assert "VELMA-LINK" in programmes


def test_a_foreign_cluster_name_goes_on_over_its_short_joining_words():
    chunks = _chunk_texts("de", "Der Tarvenski grozd za krožno gospodarstvo und der Velmorský klastr skla a "
                                "bižuterie erhielten Silber.")
    assert {"Tarvenski grozd za krožno gospodarstvo", "Velmorský klastr skla a bižuterie"} <= chunks


def test_a_ministry_s_portfolio_may_end_in_a_word_that_is_also_a_role():
    assert "Ministry of Velmoran Affairs and Communications" in _chunk_texts(
        "en", "The Ministry of Velmoran Affairs and Communications supports the cluster.")


def test_a_nationality_before_a_place_opens_no_name():
    chunks = _chunk_texts("en", "The Slovenian Ljubljana Velmo Factory Network visited us.")
    assert "Ljubljana Velmo Factory Network" in chunks and not any("Slovenian" in c for c in chunks)


def test_a_norwegian_programme_level_before_a_name_makes_it_a_cluster():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "en", "Admitted at NCE level: NCE Velmora Space Systems. Admitted at Arena level: Arena Tarvel Aquaculture "
              "Tech. The concert was at Arena Velden.")}
    assert {(CLUSTER, "NCE Velmora Space Systems"), (CLUSTER, "Arena Tarvel Aquaculture Tech")} <= found
    assert (CLUSTER, "Arena Velden") not in found


def test_a_ministry_s_name_ends_at_the_land_after_its_portfolio():
    chunks = _chunk_texts("de", "Auf Landesebene unterstützt das Ministerium für Wirtschaft, Arbeit und Tourismus "
                                "Baden-Württemberg Innovationsprojekte der Mitglieder über das Programm Velmora.")
    assert "Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg" in chunks
    assert not any("Innovationsprojekte" in c and "Ministerium" in c for c in chunks)
    chunks = _chunk_texts("de", "Das Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes "
                                "Sachsen-Anhalt fördert das Netzwerk Velmora.")
    assert "Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt" in chunks


def test_a_portfolio_of_two_coordinated_subjects_goes_on_over_its_enumeration():
    chunks = _chunk_texts("de", "Das Hessische Ministerium für Wissenschaft und Forschung, Kunst und Kultur "
                                "unterstützt das Netzwerk Velmora.")
    assert "Hessische Ministerium für Wissenschaft und Forschung, Kunst und Kultur" in chunks


def test_a_legal_form_written_before_the_name_makes_a_company():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "en", "Project partners\n- SIA Kurzemes Velmoradis (LV)\n- UAB Tarsiava (LT)\n- MTÜ Velmora Energeetikaklaster (EE)\n")}
    assert {(ORG, "SIA Kurzemes Velmoradis"), (ORG, "UAB Tarsiava")} <= found
    assert (ORG, "MTÜ Velmora Energeetikaklaster") not in found  # (a cluster's head: the cluster's association)


def test_a_legal_form_in_lower_case_is_no_brand():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "en", "The Velmora Materials Cluster asbl has been awarded the Bronze Label. President Marc Hoffmann said "
              "the asbl had grown. The Velmora Materials Cluster asbl thanks its members.")}
    assert (CLUSTER, "Velmora Materials Cluster asbl") in found and not any(text == "asbl" for _, text in found)


def test_a_name_ending_in_a_legal_form_in_capitals_is_no_person():
    found = {(m.label, m.text) for m in _mentions_up_to_chunks(
        "de", "Der Cluster vereint 58 Mitglieder, Lachszüchter wie Senja Velmørat AS und Futtermittelhersteller.")}
    assert (ORG, "Senja Velmørat AS") in found and not any(label == PERSON for label, _ in found)


def test_a_foreign_cluster_name_going_on_after_its_head_with_a_connector():
    chunks = _chunk_texts("de", "Der Kooperationspartner, Grozd za lesno predelavo Velmora (Velmora Wood Processing "
                                "Cluster), wurde mit dem Goldlabel ausgezeichnet.")
    assert "Grozd za lesno predelavo Velmora" in chunks


def _programme_texts(language: str, text: str) -> set[str]:
    """The texts of the programme mentions the whole pipeline finds in `text`."""
    return {m.text for m in get_pipeline(language, load_config())(text)._.entities.mentions if m.label == PROGRAMME}


def test_a_programme_for_a_plain_group_is_a_description_and_a_coined_one_a_name():
    programmes = _programme_texts("de", "Der Cluster startet ein Qualifizierungsprogramm für Fachkräfte und ein "
                                        "Mentoring-Programm für Kfz-Werkstätten. Gefördert wird er aus dem "
                                        "Förderprogramm für Velmora.")
    assert "Förderprogramm für Velmora" in programmes
    assert not programmes & {"Qualifizierungsprogramm für Fachkräfte", "Mentoring-Programm für Kfz-Werkstätten"}


def test_a_heading_in_capitals_is_no_programme_but_a_name_in_capitals_is():
    programmes = _programme_texts("de", "Newsletter 3/2031\n\nNEU IM PROGRAMM\n\nSeit Mai 2030 gehört auch der "
                                        "Cluster Velmora Nord dazu.\n\nNETZWERKE & PROGRAMME\n\nDie Tarsio AG ist "
                                        "für den KELVO AWARD nominiert.")
    assert "KELVO AWARD" in programmes
    assert not programmes & {"NEU IM PROGRAMM", "NETZWERKE & PROGRAMME"}


def test_a_brand_and_a_dashed_foreign_cluster_name_completed_by_its_lower_case_words_are_two_names():
    texts = _chunk_texts("en", "In the project the cluster cooperates with the Czech partner cluster TARSOVA – Tarsovský "
                               "klastr průmyslové robotiky, which holds the Silver label.")
    assert {"TARSOVA", "Tarsovský klastr průmyslové robotiky"} <= texts


def test_a_brand_and_a_gloss_in_one_parenthesis_stay_one_gloss():
    texts = _chunk_texts("en", "• Clúster de la Automoción de Velmora (CLAVEL – Velmora Automotive Cluster), Spain")
    assert "CLAVEL – Velmora Automotive Cluster" in texts


def _organisations_up_to_chunks(language: str, text: str) -> set[str]:
    return {m.text for m in _mentions_up_to_chunks(language, text) if m.label == ORG}


def test_a_firm_named_by_a_surname_with_its_particles_keeps_them():
    assert "Van der Velm Kasbouw B.V." in _organisations_up_to_chunks(
        "en", "Greenhouse builder Van der Velm Kasbouw B.V. joined the Velmora Cluster.")


def test_two_trades_joined_by_an_ampersand_before_one_legal_form_are_one_firm():
    assert "Tarsnå Såg & Hyvleri AB" in _organisations_up_to_chunks(
        "en", "The new members are Velmby Sågverk AB, Tarsnå Såg & Hyvleri AB and Kronvelm Biorefinery AB.")


def test_an_article_after_a_dash_opens_a_teaser_not_the_name_before_it():
    texts = _chunk_texts("de", "12.02.2031 | Bronze für VelmoTec Tarsau – Der Medizintechnik-Cluster VelmoTec Tarsau hat "
                               "im Januar das Bronze-Label erhalten.")
    assert "VelmoTec Tarsau" in texts
    assert not any("– Der" in t for t in texts), texts


def test_a_brand_in_capitals_heading_a_page_before_its_clusters_name_is_no_dateline():
    texts = _chunk_texts("de", "TEXVELM – Textil-Cluster Velmtal\nStartseite » Aktuelles\n\nWir sind Silber!")
    assert {"TEXVELM", "Textil-Cluster Velmtal"} <= texts
    dateline = _chunk_texts("en", "HUDDERSFIELD – The Pennine Velmora Cluster has been awarded the Gold Label.")
    assert not any("HUDDERSFIELD" in t for t in dateline), dateline


def test_the_free_state_of_a_place_is_a_public_body_not_a_person():
    mentions = _mentions_up_to_chunks("en", "The cluster receives a grant from the Free State of Saxony.")
    assert ("Free State of Saxony", ORG) in {(m.text, m.label) for m in mentions}
    assert not any(m.label == PERSON for m in mentions)


def test_two_networks_each_ending_in_a_place_after_und_are_two_names():
    texts = _chunk_texts("de", "Am Nachmittag stellten zwei Cluster ohne Label, das Kompetenznetz Holzbau Schwarzwald "
                               "und Smart Grids Emsland, ihre Projekte vor.")
    assert {"Kompetenznetz Holzbau Schwarzwald", "Smart Grids Emsland"} <= texts, texts


def test_a_region_after_a_clusters_head_and_field_is_no_person():
    mentions = _mentions_up_to_chunks("en", "We start the project with our partner, Cluster Velmo Alto Adige, in May.")
    assert not any(m.label == PERSON for m in mentions), [(m.text, m.label) for m in mentions]


def test_a_lower_case_brand_named_once_with_an_apposition_calling_it_a_network_is_a_name():
    texts = _chunk_texts("en", "Two other organisations were benchmarked: velmosafe, the farm-safety technology network "
                               "in Kilkenny, renewed its Bronze label in January 2031.")
    assert "Velmosafe" in texts or "velmosafe" in texts, texts


def test_a_bodys_acronym_closes_its_name_before_und_and_its_genitive_head_gives_its_kind():
    mentions = _mentions_up_to_chunks("de", "Finanziert wurde der Aufbau über die Regionalpolitik des Velmischen "
                                            "Landesamts für Handel VLH und der Standortkantone.")
    assert (ORG, "Velmischen Landesamts für Handel VLH") in {(m.label, m.text) for m in mentions}


def test_a_ministrys_portfolio_in_the_genitive_goes_on_after_und():
    mentions = _mentions_up_to_chunks("de", "Die Förderung des Ministeriums für Wirtschaft, Arbeit und Tourismus "
                                            "Baden-Württemberg läuft bis 2031.")
    assert {(m.label, m.text) for m in mentions} == {
        (ORG, "Ministeriums für Wirtschaft, Arbeit und Tourismus Baden-Württemberg")}


def test_a_heading_in_capitals_naming_a_project_makes_no_programme_of_the_name_under_it():
    mentions = _mentions_up_to_chunks("en", "NEW HORIZON EUROPE PROJECT\nVelmokomposit Norr is one of 11 partners in "
                                            "TARSICOMP, a Horizon Europe project.")
    assert not any(m.label == PROGRAMME and m.text == "Velmokomposit Norr" for m in mentions)


def test_swedish_and_danish_association_forms_close_a_name():
    assert "Velmokomposit Norr ideell förening" in _organisations_up_to_chunks(
        "en", "Published by Velmokomposit Norr ideell förening in Umeå.")


def test_a_team_lists_name_a_dash_and_a_role_give_the_person():
    mentions = _mentions_up_to_chunks("en", "Management\n• Joost Velmers – Managing Director\n• Femke de Tarsma – Cluster "
                                            "Manager\n• Ruud Quendtema – Member, treasurer\n")
    assert {"Joost Velmers", "Femke de Tarsma", "Ruud Quendtema"} <= {m.text for m in mentions if m.label == PERSON}


def test_a_compound_role_word_in_a_label_sentence_is_no_cluster():
    doc = get_pipeline("de", load_config())(
        "Beim Jahresempfang in Nürnberg hat Wirtschaftsstaatssekretär Roland Velmhofer heute dem Cluster Digitale "
        "Gesundheit Tarsland das Gold-Label überreicht.")
    assert "Wirtschaftsstaatssekretär" not in {e.best_name() for e in doc._.entities.entities if e.label == CLUSTER}


def test_an_acronym_ending_in_a_single_capital_ends_its_sentence():
    assert "VELMO-SENSE-X" in _programme_texts(
        "de", "Die Cluster sind Teil der Partnerschaft VELMO-SENSE-X. Interessierte melden sich bis 30.06.2031.")


def test_a_fact_sheets_full_title_and_acronym_name_one_project():
    doc = get_pipeline("en", load_config())(
        "PROJECT FACT SHEET\nAcronym | TARSLINK\n"
        "Full title | Tarsland Hydrogen Links through Cross-Border Cluster Collaboration\n"
        "Programme | Horizon Europe\nDuration | 01/2031 – 12/2033\n\n"
        "TARSLINK gives our members access to partners in four countries.")
    programmes = [e for e in doc._.entities.entities if e.label == PROGRAMME]
    linked = [e for e in programmes if "TARSLINK" in e.forms]
    assert len(linked) == 1 and linked[0].best_name().startswith("Tarsland Hydrogen Links")
    assert not {e.best_name() for e in programmes} & {"FACT SHEET", "Full title", "Programme", "Duration"}


def test_a_newsletters_section_heading_in_capitals_is_no_network():
    assert not _organisations_up_to_chunks("de", "Newsletter 2/2031\n\nNEU IM NETZWERK\nMit der Velmora GmbH wächst "
                                                 "unser Cluster.\n\nNETWORK NEWS\nThe Tarsio Cluster grows.") \
        & {"NEU IM NETZWERK", "NETWORK NEWS"}


def test_truncated_fields_before_a_cluster_compound_and_a_place_are_one_name():
    assert "Holz- und Baucluster Schwarzwald" in _chunk_texts(
        "de", "Daneben verlieh das Land das Landessiegel an den Holz- und Baucluster Schwarzwald.")


def test_an_elided_article_after_per_keeps_an_italian_name_whole():
    assert "Istituto Velmoriano per l'Energia" in _chunk_texts(
        "en", "Members include the research centre Istituto Velmoriano per l'Energia (IVE).")


def test_a_clusters_own_association_is_the_cluster():
    doc = get_pipeline("en", load_config())("The Velmora Textile Cluster Association received the Gold label in May 2031.")
    assert [(s.cluster.best_name(), s.tier) for s in doc._.label_statements] == \
        [("Velmora Textile Cluster Association", "gold")]


def test_a_projects_acronym_and_its_title_beside_it_name_one_programme():
    doc = get_pipeline("en", load_config())(
        "Five clusters signed the grant agreement for VELMO-REGIONS, \"Velmora Uptake in Regional Ecosystems through "
        "Cluster Support Services\", a Coordination and Support Action. VELMO-REGIONS started in June 2031.")
    (project,) = [e for e in doc._.entities.entities if "VELMO-REGIONS" in e.forms]
    assert project.label == PROGRAMME
    assert project.best_name() == "Velmora Uptake in Regional Ecosystems through Cluster Support Services"


def test_a_countrys_cluster_association_stays_an_organisation():
    doc = get_pipeline("en", load_config())("The Regional Cluster Association awarded the Gold label to the Velmora "
                                            "Cluster in May 2031.")
    assert "Regional Cluster Association" not in {e.best_name() for e in doc._.entities.entities if e.label == CLUSTER}


def test_a_headline_in_capitals_with_a_plural_field_noun_is_no_cluster():
    doc = get_pipeline("en", load_config())(
        "GOLD LABEL: VELMORA IS BETWEEN THE TOP CLUSTERS OF EUROPE\n\nThe Velmora Cluster received the Gold label.")
    assert "BETWEEN THE TOP CLUSTERS OF EUROPE" not in {e.best_name() for e in doc._.entities.entities}


def test_a_greeting_or_a_headquarters_adjective_before_a_firm_is_no_part_of_its_name():
    texts = _chunk_texts("de", "Willkommen Spreewald Velmtronik GmbH im Netzwerk! Neu ist auch die Dublin-headquartered "
                               "Tarsgillan Cyber DAC.")
    assert {"Spreewald Velmtronik GmbH", "Tarsgillan Cyber DAC"} <= texts


def test_a_region_s_city_deal_is_a_programme():
    doc = get_pipeline("en", load_config())("The cluster is part of the skills strand of the Velmport Bay City Deal.")
    assert ("Velmport Bay City Deal", PROGRAMME) in {(m.text, m.label) for m in doc._.entities.mentions}


def test_a_field_and_a_short_network_head_name_a_cluster_but_a_grid_does_not():
    clusters = {m.text for m in _mentions_up_to_chunks("de", (
        "Mitglieder des PhotonikNetz Velmora und das Kunststoffnetz Tarsvik bauen eine Messtechnik. "
        "Das Stromnetz Quendt wird ausgebaut.")) if m.label == CLUSTER}
    assert clusters == {"PhotonikNetz Velmora", "Kunststoffnetz Tarsvik"}


def test_a_cluster_head_written_as_a_brand_before_a_place_names_a_cluster():
    clusters = {m.text for m in _mentions_up_to_chunks("de", (
        "Eine gute Nachricht verkündete die BioRegion Westerwald: Sie erhielt im Juli 2031 das Gold-Label."))
        if m.label == CLUSTER}
    assert clusters == {"BioRegion Westerwald"}


def test_a_time_word_before_a_year_is_no_part_of_the_name_before_it():
    clusters = {m.text for m in _mentions_up_to_chunks("de", (
        "Zudem soll das FoodNetz Ems-Velm Anfang 2032 eine Kooperation mit dem Voedselcluster Tarsdal eingehen."))
        if m.label == CLUSTER}
    assert "FoodNetz Ems-Velm" in clusters and not any("Anfang" in name for name in clusters)


def test_a_media_network_in_camel_case_is_no_cluster():
    clusters = {m.text for m in _mentions_up_to_chunks("de", (
        "PresseNetz Süd | Wirtschaft\n\nDas MedNetz Tarsvik baut eine Messtechnik.")) if m.label == CLUSTER}
    assert clusters == {"MedNetz Tarsvik"}


def test_a_brand_and_what_it_is_after_a_dash_name_the_brand():
    clusters = {m.entity.best_name() for m in _mentions_up_to_chunks("de", (
        "HyRegio Velmrhein – Wasserstoff-Cluster für die Kreise Kleve und Wesel\n\nDas Netzwerk wächst."))
        if m.label == CLUSTER}
    assert clusters == {"HyRegio Velmrhein"}
