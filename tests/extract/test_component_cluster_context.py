"""cluster_context: names that say nothing by themselves, read from their context."""
from pipeline.config import load_config
from pipeline.extract.model import CLUSTER, ORG, PROGRAMME
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


def _mentions_up_to_context(language: str, text: str, label: str) -> set[str]:
    nlp = get_pipeline(language, load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp(text)
    return {m.text for m in doc._.entities.mentions if m.label == label}


def _clusters_up_to_context(language: str, text: str) -> set[str]:
    return _mentions_up_to_context(language, text, CLUSTER)


def test_lines_after_a_selection_line_name_one_cluster_each():
    text = ("Die Jury hat fünf Innovationsnetzwerke ausgewählt.\n\nAusgewählt wurden:\n"
            "• VELMIQ (Velden) – Medizintechnik\n• quendtwerk (Falkenau) – Leistungselektronik\n"
            "• BRAXO Süd (Ulm) – Quantensensorik\n")
    assert _clusters_up_to_context("de", text) == {"VELMIQ", "quendtwerk", "BRAXO Süd"}


def test_lines_after_a_line_announcing_consortia_or_companies_name_no_cluster():
    for intro in ("Selected consortia include:", "The following companies were selected:"):
        text = f"{intro}\n\n• VELMIQ – coordinated by a network\n• QUENDTO – led by a university\n"
        assert _clusters_up_to_context("en", text) == set(), intro


def test_short_lines_under_a_heading_that_speaks_of_networks_name_clusters():
    text = ("Members\n\nRegional innovation networks\nThese networks link firms and universities of their region.\n"
            "  Velnord – Umeå, Sweden\n  Quendt Ostrobothnia – Kokkola, Finland\n\n"
            "Partner companies\n  Braxo Nord – Oulu, Finland\n  Tarsix – Luleå, Sweden\n")
    assert _clusters_up_to_context("en", text) == {"Velnord", "Quendt Ostrobothnia"}
    paragraphs = ("Our innovation networks\nVelnord: " + "a long paragraph that opens with a name " * 3 + ".\n"
                  "Quendtix: " + "another long paragraph that opens with a name " * 3 + ".\n")
    assert _clusters_up_to_context("en", paragraphs) == set()


def test_first_cells_of_a_table_headed_by_a_cluster_noun_are_clusters():
    text = ("Die Neuen im Überblick:\n\nNetzwerk | Sitz | Technologiefeld\nvelmowerk | Velden | Fertigung\n"
            "SENSARIQ | Falkenau | Sensorik\nTarsio Maschinenbau GmbH | Ulm | Maschinenbau\n")
    assert _clusters_up_to_context("de", text) == {"velmowerk", "SENSARIQ"}


def test_lines_after_a_colon_line_name_clusters_when_the_paragraph_before_speaks_of_networks():
    text = ("Innsbruck, 16 October 2023 – The managers of five medical technology networks signed a memorandum.\n\n"
            "The partners are:\nVELMIVANTA (Tuttlingen, Germany)\nquendmed (Basel, Switzerland)\n"
            "BRAXOMEDIX Lombardia (Milan, Italy)\n")
    assert _clusters_up_to_context("en", text) == {"VELMIVANTA", "quendmed", "BRAXOMEDIX Lombardia"}


def test_a_name_described_as_a_network_by_a_closed_compound_or_after_a_dash_is_a_cluster():
    text = ("Die Velmora Allianz, das Branchennetzwerk der Kunststoffindustrie im Lahntal, lädt ein. "
            "Quendt Tal ist das Innovationsnetzwerk der optischen Industrie in Thüringen.")
    assert _clusters_up_to_context("de", text) == {"Velmora Allianz", "Quendt Tal"}
    text = ("Signatories:\n1. PlastNet Vora – the triple-helix innovation network of the plastics sector, Kaunas\n"
            "2. Braxen Valley – the Pomeranian network of polymer companies, Gdansk\n")
    assert _clusters_up_to_context("en", text) == {"PlastNet Vora", "Braxen Valley"}


def test_a_network_described_is_no_name_and_a_member_or_an_adverb_is_no_cluster():
    text = ("Die Tarsio AG ist Teil vom Netzwerk der Metallindustrie. Die Brunkel GmbH ist ein Mitglied "
            "des Innovationsnetzwerks der Region. Bayernweit ist das Innovationsnetzwerk der Branche einzigartig. "
            "Es startet eine neue Generation dieser Innovationsnetzwerke – die Zukunftscluster.")
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp(text)
    assert {m.text for m in doc._.entities.mentions if m.label == CLUSTER} == set()
    assert not any(m.text.startswith("Netzwerk der") for m in doc._.entities.mentions)


def test_an_apposition_may_end_at_a_line_end_a_dash_or_a_relative_pronoun():
    text = ("Partners are the Jozef Institute and VORAX, the network of automotive suppliers that has "
            "linked firms, institutes and schools of the region since the year 2005.\n"
            "Quendtal Hub – the maritime technology district of Liguria\nSigned in Genoa, 4 May 2024.")
    assert _clusters_up_to_context("en", text) == {"VORAX", "Quendtal Hub"}


def test_a_dash_after_a_name_inside_a_sentence_opens_no_apposition():
    for text in ("Guests came from VELQUA – the network of Braxen, and from Tarsio.",
                 "The meeting was opened by Velmora Allianz – the network of the plastics industry, and by Tarsio."):
        assert _clusters_up_to_context("en", text) == set(), text


def _organisations_up_to_context(language: str, text: str) -> set[str]:
    return _mentions_up_to_context(language, text, ORG)


def test_companies_named_by_what_they_do_or_by_their_trade():
    text = ("The board comes from the Finnish fibre specialist Kuvelo. The terminal operator NordKai Velmo "
            "tests shore power. Wrozak, a family-owned foundry from Olawa, cut scrap.")
    assert {"Kuvelo", "NordKai Velmo", "Wrozak"} <= _organisations_up_to_context("en", text)
    text = "Getestet wird bei der Molkerei Diemelbach, der Zimmerei Schwendemark und beim Klinikausrüster Sanvaro."
    assert {"Molkerei Diemelbach", "Zimmerei Schwendemark"} <= _organisations_up_to_context("de", text)


def test_an_apposition_calling_a_name_an_institute_association_or_agency_makes_it_one():
    text = ("Begleitet wird das Projekt von Quarnix, dem Zittauer Forschungsinstitut für Antriebe. "
            "Beteiligt ist auch Velmarin, ein gemeinnütziger Verein für Recycling.")
    assert _organisations_up_to_context("de", text) >= {"Quarnix", "Velmarin"}
    text = "The jury praised Lennomar, the independent marine research foundation in Arendal."
    assert "Lennomar" in _organisations_up_to_context("en", text)


def test_a_coined_word_after_a_persons_name_and_of_or_von_is_the_body_the_person_works_for():
    text = ("Es sprachen Melanie Vogt, Geschäftsführerin bei Kapvelt, und Prof. Dr. Judith Kern von Sensorvald.")
    assert _organisations_up_to_context("de", text) == {"Kapvelt", "Sensorvald"}
    assert _organisations_up_to_context("en", "Lotte Veld, chief executive at Quorvelt, agreed.") == {"Quorvelt"}
    units = ("Dr Declan Furlong, Head of Medtrix at Enterprise Ireland, spoke. Anna Berg, CTO of the Toruń "
             "start-up Voltrik, agreed. Jan Holt, cluster manager at Aerovik, thanked the members.")
    found = _organisations_up_to_context("en", units)
    assert not found & {"Medtrix", "Toruń", "Aerovik"}


def test_a_coined_word_before_aus_from_or_in_and_a_place_is_an_organisation():
    text = ("Drei Gründungsteams stellten sich vor: Lumvera aus Marburg, Prismakt aus Herborn und "
            "Spektrava aus Wetzlar. Die Gläser liefert Vitrelo aus Bad Wurzach.")
    assert _organisations_up_to_context("de", text) == {"Lumvera", "Prismakt", "Spektrava", "Vitrelo"}
    not_companies = ("Der Stand auf der Lignova in Hannover war voll. Das neue Fertigungsgebäude in Radeberg "
                     "steht. Die Übergabe des Förderbescheids in München folgte beim Kick-off in Freiburg.")
    assert _organisations_up_to_context("de", not_companies) == set()


def test_a_parenthesis_that_calls_a_name_a_cluster_or_network_makes_it_one():
    text = ("The webinar is hosted by Lumivor (Wallonia's industrial vision cluster, based in Liège). The "
            "accelerator is run by FinRova (the Stockholm region's fintech network). Tarsio GmbH (a member of "
            "the plastics cluster) joined MATEXA (Euroclusters, 2030-2032).")
    assert _clusters_up_to_context("en", text) == {"Lumivor", "FinRova"}
    text = "Neu dabei sind ProFeed (der Lebensmittelcluster der Rhön, mit Sitz in Fulda) und weitere."
    assert _clusters_up_to_context("de", text) == {"ProFeed"}


def _programmes_up_to_context(language: str, text: str) -> set[str]:
    return _mentions_up_to_context(language, text, PROGRAMME)


def test_rows_of_a_project_table_name_projects_and_their_funding_programmes():
    text = ("Der Cluster koordiniert folgende Vorhaben:\n\nProjekt | Laufzeit | Förderung | Partner\n"
            "VELKO-Faser | 03/2030 – 02/2033 | Quendtprogramm (Land) | Tarsio GmbH\n"
            "ReBraxComp | 2031 – 2034 | Velmora-Fonds / MWAE | Brunkel AG\n")
    found = _programmes_up_to_context("de", text)
    assert {"VELKO-Faser", "ReBraxComp", "Quendtprogramm", "Velmora-Fonds"} <= found
    assert not found & {"Tarsio GmbH", "Brunkel AG", "MWAE"}


def test_lines_under_a_heading_that_speaks_of_projects_name_one_project_each():
    text = ("Aktuelle Projekte\n• VelBot – grenzüberschreitende Testfelder\n• GRIPS-QX – gefördert vom Land\n\n"
            "Unsere Partner\n• Tarsio – Maschinenbau\n")
    assert _programmes_up_to_context("de", text) == {"VelBot", "GRIPS-QX"}
    long_intro = ("Over the years the clusters of the region have worked together in projects, and the "
                  "following partner clusters joined them:\n- HydroVelt Flanders (joined in 2031)\n")
    assert _programmes_up_to_context("en", long_intro) == set()


def test_a_cluster_word_before_a_thing_names_a_newsletter_or_event_not_a_cluster():
    text = ("Subscribe to our monthly newsletter, The Cluster Letter. Meet us at the Scottish Cluster Forum – "
            "Edinburgh. The ESCA newsletter \"Cluster Analysis Update\" is out. Velmora Cluster won Gold.\n\n"
            "Cluster Spotlight\n\nIn this series we talk to cluster managers.")
    assert _clusters_up_to_context("en", text) == {"Velmora Cluster"}


def test_lines_under_a_tier_heading_name_one_cluster_each():
    text = ("Neue Labels, eine Auswahl:\n\nGOLD\n– Havbruksklyngen Velmo (Norwegen) – Rezertifizierung\n\n"
            "BRONZE\n– HydroVelm (Norwegen)\n– Nordic Foodtech Hub Tarsio (Schweden)\n\n"
            "Partner\n– Brunkel Maschinenbau (Schweden)\n")
    assert _clusters_up_to_context("de", text) == {"Havbruksklyngen Velmo", "HydroVelm", "Nordic Foodtech Hub Tarsio"}


def test_the_page_s_header_name_before_its_management_company_s_words_is_a_cluster():
    page = ("VelmoTec Lausitz   Über uns   Mitglieder   Kontakt\n\nQualität\n\nSeit 2012 tragen wir das "
            "Bronze-Label.\n\nVelmoTec Lausitz Management GmbH · Cottbus\n")
    assert _clusters_up_to_context("de", page) == {"VelmoTec Lausitz", "VelmoTec Lausitz Management GmbH"}
    no_header = "Die VelmoTec Lausitz Management GmbH liefert Sensoren. Der Cluster Tarsio trägt Gold."
    assert "VelmoTec Lausitz" not in _clusters_up_to_context("de", no_header)


def test_noted_names_after_the_members_of_a_cluster_are_organisations():
    text = ("Zu den 84 Mitgliedern des Clusters zählen unter anderem die Velmora Diagnostics AG (Velden), "
            "die Tarsio Medical GmbH (Falkenau) und die Hochschule Kurpfalz.")
    assert _clusters_up_to_context("de", text) == set()
    assert {"Velmora Diagnostics AG", "Tarsio Medical GmbH"} <= _organisations_up_to_context("de", text)


def test_cells_under_a_member_column_and_rows_under_a_supporters_heading_are_organisations():
    text = ("Member | Town | Field\nVelmora Precision Parts | Ventspils | CNC machining\nQuendtix | Liepāja | Fasteners\n\n"
            "Supported by\nTarsivo – the national innovation agency | Brunkel Sparebank\n\n"
            "Kennzahl | Wert\nMitglieder | 57\nForschung | 12\n")
    assert _organisations_up_to_context("en", text) == {"Velmora Precision Parts", "Quendtix", "Tarsivo", "Brunkel Sparebank"}


def test_bulleted_lines_under_a_heading_of_members_name_one_organisation_each():
    text = ("Neu im Netzwerk sind:\n\n- Brennvelt, Lüdenscheid (Spritzgießwerkzeuge)\n- Polymarix, Iserlohn (Compounds)\n"
            "- Tarsio Recycling e.V., Werdohl (Verein)\n\nAusblick\n- Velmora, Altena (Termin folgt)\n")
    assert _organisations_up_to_context("de", text) == {"Brennvelt", "Polymarix", "Tarsio Recycling e.V."}


def test_where_a_cluster_is_is_no_second_label_subject():
    nlp = get_pipeline("en", load_config())
    doc = nlp("The Velmora Textile Cluster in the Tarsova Borders let its Silver label, obtained in 2031, lapse in 2033.")
    assert {e.best_name() for e in doc._.entities.entities if e.label == "CLUSTER"} == {"Velmora Textile Cluster"}


def test_a_coined_name_of_several_words_after_a_persons_role_is_the_persons_company():
    text = ("The members elected Kari Velmoen, CEO of Fjordtarsk Subsea, as chair. Anna Muster, managing director of "
            "Quendtor Devices, joins the board.")
    assert _organisations_up_to_context("en", text) == {"Fjordtarsk Subsea", "Quendtor Devices"}


def test_a_word_before_a_cluster_noun_with_a_name_after_it_is_no_cluster():
    clusters = _clusters_up_to_context("en", "They run a project with the Basque cluster Velmora Hub as partner. "
                                             "The Tarsova cluster received the Gold label.")
    assert "Basque" not in clusters and "Tarsova" in clusters


def test_the_network_of_a_label_statement_is_the_coined_name_its_paragraph_named_before():
    assert _clusters_up_to_context(
        "de", "Größter Posten sind rund 640.000 Euro für VelmoNet Westerwald. Mit dem Geld will der Zusammenschluss "
              "aus 93 Betrieben eine Plattform aufbauen. Das Netzwerk war 2031 eines der ersten mit dem Bronze-Label."
    ) == {"VelmoNet Westerwald"}


def test_a_town_after_a_clusters_name_on_an_entry_line_is_where_it_is():
    clusters = _clusters_up_to_context("de", "Die Preisträger:\n– Maritimes Kompetenznetz Velmora (MKV), Tarsenburg – Gold\n"
                                             "– Ernährungscluster Nordalb, Quellstadt – Gold\n– velnet, Tarsau – Silber\n")
    assert "Tarsenburg" not in clusters and "Quellstadt" not in clusters and "Tarsau" not in clusters
    assert "Ernährungscluster Nordalb" in clusters


def test_the_place_a_described_cluster_is_of_and_a_bodys_board_are_no_clusters():
    clusters = _clusters_up_to_context("en", "Tarsio Vale's robotics cluster reaches the highest European tier. "
                                             "Robotklynge Velmora, the robotics and automation cluster of Tarsio Vale, "
                                             "was awarded the Gold Label. Anna Muster, chair of the RKV Advisory Board, "
                                             "added: \"Having a Gold-labelled cluster is a real asset.\"")
    assert clusters == {"Robotklynge Velmora"}


def test_a_network_holding_a_tier_in_a_relative_clause_is_a_cluster_whatever_it_plans_next():
    clusters = _clusters_up_to_context("de", "Das Antriebstechnik-Netzwerk Unterfranken (ANU) in Tarsstadt, das seit 2031 das "
                                             "Silber-Label trägt, bereitet sich auf das Gold-Assessment im Frühjahr 2034 vor.")
    assert "Antriebstechnik-Netzwerk Unterfranken" in clusters


def test_a_universitys_chair_is_no_label_subject():
    clusters = _clusters_up_to_context("de", "„Das Gold-Label bestätigt, was wir im Alltag erleben“, sagt Prof. Dr. "
                                             "Anna Muster, Inhaberin der Professur Textile Technologien an der "
                                             "TU Tarsstadt und Vorsitzende des Clusters SmartTex Velmora.")
    assert "Professur Textile Technologien" not in clusters


def test_a_count_of_members_opening_a_list_is_no_organisation():
    organisations = _organisations_up_to_context(
        "de", "Zwölf Unternehmen, die Samtgemeinde Tarsau und die Stadtwerke Velmora GmbH haben das Netzwerk gegründet.")
    assert "Zwölf Unternehmen" not in organisations and "Stadtwerke Velmora GmbH" in organisations


def test_an_apposition_with_an_amount_or_in_parentheses_calls_a_name_a_project_or_programme():
    text = ("The highlight was the launch of TARVEX, a £2.4m vertical-farming testbed project near Velden. "
            "A jury prize went to QUENDLINK (an Interreg North-West Europe project that installs shore power). "
            "The network was founded as part of Velmora Textile Futures, a €22 million programme backed by the region.")
    assert _programmes_up_to_context("en", text) >= {"TARVEX", "QUENDLINK", "Velmora Textile Futures"}


def test_a_company_noun_opening_a_list_item_makes_the_name_after_it_a_company():
    text = ("The team met in Velden. Gripper start-up Vingr, machine builder Van Tarsen and vision specialist "
            "Quendt Optics presented their robot. Der Cluster hat mit dem Landmaschinenhändler Agrartechnik Velmor "
            "ein Gerät entwickelt.")
    assert "Quendt Optics" in _mentions_up_to_context("en", text, ORG)
    assert "Agrartechnik Velmor" in _mentions_up_to_context("de", text, ORG)


def test_names_in_the_apposition_of_a_label_sentences_subject_describe_it_and_get_no_label():
    text = ("The Velmora Logistics Alliance, a logistics cluster centred on the inland ports of Tarsk and Quendt "
            "Dolny, earned its first Bronze label in 2019.")
    assert _clusters_up_to_context("en", text) == {"Velmora Logistics Alliance"}


def test_a_compass_region_is_a_place_and_no_label_subject():
    text = "The first cluster north of the Arctic Circle to be awarded the Silver Label was Velmora Cluster, in the North East."
    assert _clusters_up_to_context("en", text) == {"Velmora Cluster"}


def test_the_bare_names_of_a_bulleted_list_of_organisations_are_organisations():
    organisations = _mentions_up_to_context("de", "Wir begrüßen herzlich im Netzwerk:\n\n• Velmora Fleischwaren GmbH, "
                                                  "Lohne\n• Molkerei Tarsia eG, Westerstede\n• Lingener Verpackungsdienst, "
                                                  "Lingen\n\nDamit wächst das Netzwerk.", ORG)
    assert "Lingener Verpackungsdienst" in organisations


def test_the_companies_a_release_says_a_list_includes_are_organisations():
    organisations = _mentions_up_to_context("en", "Participating companies include Dravolt, Quennick and Ostrava "
                                                  "Velmorix.", ORG)
    assert {"Dravolt", "Quennick", "Ostrava Velmorix"} <= organisations


def test_a_clusters_sister_cluster_is_a_cluster_whatever_its_own_head():
    assert "Photonics Velmo Hub" in _clusters_up_to_context(
        "en", "Through Interreg, we and our Flemish sister cluster Photonics Velmo Hub start a pilot line.")


def test_a_numbered_tables_cluster_column_names_its_clusters_and_a_field_with_slashes_none():
    text = ("Tabelle 1: Landescluster und Labelstatus\n\n"  # (cells as the clean stage writes them apart)
            "Nr. | Cluster | Branche | ECEI-Label | verliehen\n"
            "1 | Velmora-Netz Saale | Kunststoff/Chemie | Gold | 05/2022\n"
            "2 | Tarsiowerk Halle | IKT/Software | Bronze | 10/2022\n")
    clusters = _mentions_up_to_context("de", text, CLUSTER)
    assert {"Velmora-Netz Saale", "Tarsiowerk Halle"} <= clusters
    assert not clusters & {"Kunststoff/Chemie", "IKT/Software"}


def test_a_clusters_management_column_names_one_more_of_its_names():
    nlp = get_pipeline("de", load_config())
    with nlp.select_pipes(enable=UP_TO):
        doc = nlp("Tabelle 1\n\nNr. | Cluster | Managementorganisation | ECEI-Label\n"
                  "1 | Velmora-Netz Saale (VNS) | VNS Management GmbH | Gold\n"
                  "2 | Leichtbau-Cluster Tarsio (LCT) | Tarsio Leichtbau Service GmbH | Bronze\n")
    forms = [set(e.forms) for e in doc._.entities.entities if e.label == CLUSTER]
    assert {"Velmora-Netz Saale", "VNS Management GmbH"} <= next(f for f in forms if "Velmora-Netz Saale" in f)
    assert "Tarsio Leichtbau Service GmbH" in next(f for f in forms if "Leichtbau-Cluster Tarsio" in f)


def test_a_name_right_after_a_cluster_managers_role_is_the_cluster_unless_it_is_a_persons():
    clusters = _mentions_up_to_context("de", "Begrüßung: Dr. Marion Quendt, Clustermanagerin Velmora Saar. Danach "
                                             "spricht Clustermanager Ole Brandenburg, dann Clustermanagerin "
                                             "Dipl.-Ing. Carla Tarsen.", CLUSTER)
    assert clusters == {"Velmora Saar"}


def test_an_association_opening_an_item_of_a_bulleted_cluster_list_is_a_cluster():
    clusters = _mentions_up_to_context("de", (
        "Das Ministerium hat vier weitere Innovationscluster aufgenommen. Neu dabei sind:\n\n"
        "- Cluster Wasserstoff Velmora Nord (Bremerhaven)\n- VelmoTech Tarsfranken e.V. (Würzburg)\n"
        "- Cluster Holz & Bau Tarswald (Freiburg)\n- Tarsio Werkzeugbau GmbH (Jena)\n"), CLUSTER)
    assert "VelmoTech Tarsfranken e.V." in clusters
    assert "Tarsio Werkzeugbau GmbH" not in clusters


def test_an_agency_listed_beside_a_cluster_stays_an_organisation():
    doc = get_pipeline("de", load_config())("Die Innovationsagentur Velmora GmbH und das Cluster Halbleiterallianz Tarsio "
                                            "(HAT) übernehmen die Verwertung.")
    kinds = {e.canonical: e.label for e in doc._.entities.entities}
    assert kinds == {"Innovationsagentur Velmora GmbH": ORG, "Cluster Halbleiterallianz Tarsio": CLUSTER}


def test_bulleted_cluster_items_end_their_names_at_a_parenthesis():
    clusters = _mentions_up_to_context("de", (
        "Gefördert werden:\n\n- Netzwerk Velmora Bauwende (Görlitz): 820.000 Euro für eine gemeinsame Plattform für "
        "serielles Bauen mit Holz und die Qualifizierung von Fachkräften.\n- Cluster Bahntechnik Tarsachsen (Chemnitz): "
        "910.000 Euro.\n- QuendHydroTec (Leipzig): 780.000 Euro für die Vernetzung von Zulieferern und Anwendern.\n"), CLUSTER)
    assert {"Netzwerk Velmora Bauwende", "Cluster Bahntechnik Tarsachsen", "QuendHydroTec"} <= clusters


def test_an_associations_board_roles_are_no_clusters():
    doc = get_pipeline("de", load_config())(
        "Der Vorstand des Velmora-Clusters Saar e. V.:\n\n- Velmora Automotive Cluster, Saarbrücken\n"
        "- Tarsio Automotive Cluster, Homburg\n- Schatzmeisterin, Kreissparkasse Homburg\n"
        "- Beisitzer, Quendt Werkzeugbau GmbH\n")
    clusters = {m.text for m in doc._.entities.mentions if m.label == CLUSTER}
    assert not any(word in text for text in clusters for word in ("Stellv", "Schatzmeisterin", "Beisitzer"))


def test_a_partner_cluster_described_by_its_place_names_the_cluster_apposed_to_it():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der dritte Holzbautag des Holzinnovationsnetzes Velmgäu bringt Praxis und Forschung zusammen. "
              "Mitveranstalter ist erstmals unser Vorarlberger Partnercluster, das Holzforum Tarswald.")
    clusters = {e.canonical for e in doc._.entities.entities if e.label == CLUSTER}
    assert "Holzforum Tarswald" in clusters
    assert "Vorarlberger Partnercluster" not in clusters


def test_a_name_with_its_acronym_called_a_cluster_is_one():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Velmora Flanders West (VFW) is the innovation cluster for environmental technologies in the "
              "province of West Flanders.")
    assert {e.canonical for e in doc._.entities.entities if e.label == CLUSTER} == {"Velmora Flanders West"}


def test_the_network_named_in_the_sentence_before_the_cluster_opens_one_is_a_cluster():
    doc = get_pipeline("de", load_config())(
        "Eng eingebunden ist das Textilnetzwerk Vogtland (TexVel), dem die TU Chemnitz seit 2032 angehört. "
        "Der Cluster vermittelt vor allem kleinere Betriebe an das Labor.")
    assert {e.label for e in doc._.entities.entities if "TexVel" in e.forms} == {"CLUSTER"}
    doc = get_pipeline("en", load_config())(
        "Velmplast Flanders is the cluster for circular plastics. It is managed by the Velmplast Network, "
        "based in Antwerp. The cluster received the Silver Label.")
    assert {e.label for e in doc._.entities.entities if "Velmplast Network" in e.forms} == {"ORG"}


def test_a_surname_after_a_cluster_role_noun_names_the_person_named_before():
    doc = get_pipeline("de", load_config())(
        "Den Bescheid überreichte der Staatssekretär an Clustersprecherin Dr. Annegret Velmwein. „Wir freuen uns“, "
        "sagte Clustersprecherin Velmwein bei der Übergabe.")
    assert not [e for e in doc._.entities.entities if e.label == CLUSTER]


def test_a_coined_name_opening_the_sentence_before_the_cluster_opens_one_is_a_cluster():
    doc = get_pipeline("en", load_config())(
        "Three projects were selected.\n\nVelmoCare Saxony, led by TU Dresden, wants to bring neurotechnology to the "
        "patient's home. The cluster spokesperson is Prof. Dr. Konrad Tarsberg.")
    assert {e.canonical for e in doc._.entities.entities if e.label == CLUSTER} == {"VelmoCare Saxony"}


def test_a_flattened_tables_column_header_of_a_cluster_noun_is_no_cluster():
    doc = get_pipeline("de", load_config())(
        "Das Land fördert vier Clusterinitiativen.\n\nDie geförderten Clusterinitiativen im Überblick:\n"
        "Clusterinitiative\nSitz\nVelmoDigital Cluster Weser-Ems\nVechta\nTarsnetz Ostfriesland\nEmden\n")
    assert "Clusterinitiative" not in {e.canonical for e in doc._.entities.entities if e.label == CLUSTER}


def test_two_nationalities_before_a_cluster_noun_name_no_cluster():
    assert "Danish-Swedish" not in _clusters_up_to_context(
        "en", "The Velmora Blue Food Cluster won Gold. The Danish-Swedish cluster, which brings together growers, "
              "first achieved the Silver Label in 2020.")


def test_a_table_s_location_column_holds_places_and_its_management_column_the_cluster_s_body():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Cluster | Träger / Management | Standort | Label | verliehen\n"
              "Velmora Vintech | VV Management GmbH | Velden | Silber | 11/2021\n"
              "Keramikforum Tarsio | Keramikforum Tarsio GmbH | Höhr-Tarsenhausen | Bronze | 09/2022\n")
    clusters = [e for e in doc._.entities.entities if e.label == CLUSTER]
    assert all("Höhr-Tarsenhausen" not in e.forms for e in clusters)
    assert any({"Velmora Vintech", "VV Management GmbH"} <= set(e.forms) for e in clusters)


def test_a_nationality_before_cluster_nouns_names_no_cluster():
    assert "Basque" not in _clusters_up_to_context(
        "en", "The Basque Government congratulated four Basque cluster associations on their labels.")


def test_a_project_s_coined_name_before_its_funding_programme_in_parentheses_is_a_programme():
    programmes = _mentions_up_to_context("en", "Projects, among them VELMOSME (Interreg Baltic Sea Region, 2019-2022) "
                                               "and others.", PROGRAMME)
    assert "VELMOSME" in programmes


def test_a_coined_name_ending_the_sentence_before_die_clusterorganisation_is_a_cluster():
    assert "TARVONIA" in _clusters_up_to_context(
        "de", "Die Velden Feinmechanik GmbH ist seit Jahresbeginn Mitglied bei TARVONIA. Die Clusterorganisation "
              "vernetzt rund 150 Unternehmen.")
    assert "Velden" not in _clusters_up_to_context(
        "de", "Die Firma zog 2031 nach Velden. Der Cluster vernetzt rund 150 Unternehmen.")  # a place


def test_a_project_s_acronym_and_its_quoted_title_in_parentheses_are_one_programme():
    nlp = get_pipeline("en", load_config())
    doc = nlp('The cluster joined TARVO-GRID ("Photonic Sensors for Resilient Velmoran Grids") in 2031.')
    (programme,) = [e for e in doc._.entities.entities if e.label == PROGRAMME]
    assert {"TARVO-GRID", "Photonic Sensors for Resilient Velmoran Grids"} <= set(programme.forms)
    doc = nlp('Velmotex is a partner of the Eurocluster TEX-VELO ("Textile Circularity Across Velmoran Clusters").')
    assert not [e for e in doc._.entities.entities if e.label == CLUSTER and "Textile" in e.canonical]
    doc = nlp('Der Zukunftscluster VELQUANT („Photonische Quantensensorik Velden-Nord“) startet.')
    assert not [e for e in doc._.entities.entities if e.label == PROGRAMME and "VELQUANT" in e.forms]


def test_an_opening_of_common_german_words_is_no_label_subject():
    clusters = _clusters_up_to_context(
        "de", "Doppelter Grund zur Freude beim Netzwerk Velmoraner Kunststoffe (VK): Zehn Jahre nach seiner Gründung "
              "hat das Netzwerk das Gold-Label erhalten. Die Oberlausitzer Sensorik-Branche hat Grund zum Feiern: Das "
              "Netzwerk TarvoSens Oberlausitz ist mit dem Gold-Label ausgezeichnet worden.")
    assert not {"Doppelter Grund", "Oberlausitzer Sensorik-Branche"} & clusters
    assert "Smart Farming Nord" in _clusters_up_to_context(  # an uninflected first word: a name's
        "de", "Das Bronze-Label erhielt 2031 Smart Farming Nord, das Netzwerk der Landtechnik in Velden.")


def test_new_members_listed_after_neu_hinzugekommen_sind_are_organisations():
    organisations = _mentions_up_to_context("de", "Neu hinzugekommen sind Velmtal Abfülltechnik, Quendmühle Backwaren, "
                                                  "Nordalber Sensorik und Sallbrunn Verpackungen.", ORG)
    assert {"Velmtal Abfülltechnik", "Quendmühle Backwaren", "Nordalber Sensorik", "Sallbrunn Verpackungen"} <= organisations



def test_a_one_word_subject_with_itself_before_its_verb_is_a_label_subject():
    clusters = _clusters_up_to_context("en", "The hosts are the Aura Health Cluster in Turku and the Dijle Tech Cluster "
                                             "in Leuven, which holds the Gold label. Velmo itself has held the Bronze "
                                             "label since 2029.")
    assert "Velmo" in clusters


def test_an_anaphor_after_of_promotes_no_name_before_it():
    clusters = _clusters_up_to_context("en", "Its 180 members include the ceramics research centre VELMAT and the "
                                             "producer Tarsia SAS. \"Being part of a Gold-labelled cluster opens doors,\" "
                                             "added Olivier Ducatel, Chairman of the Board of the network.")
    assert "VELMAT" not in clusters


def test_a_contact_blocks_field_lines_end_a_list_of_names():
    text = ("Ausgewählt wurden:\nVELKO Süd (Velden) – Kunststoffe\nTARSIQ (Tarsau) – Optik\n\n"
            "Ansprechpartnerin\nUlrike Velten\nProjektmanagerin Cluster und Netzwerke\nVELM Agentur\n\n"
            "Stand: 21.08.2031\nTel.: 0361 123\nE-Mail: info@velm.de\n")
    clusters = _clusters_up_to_context("de", text)
    assert {"VELKO Süd", "TARSIQ"} <= clusters
    assert not any("Stand" in c or "E-Mail" in c or "VELM Agentur" in c for c in clusters), clusters


def test_the_cluster_in_a_label_sentence_speaks_of_the_name_closest_before_it_or_of_none():
    text = ("Founded in 2028 by Tarsio Devices Ltd, Velmadell Polymers and the Braxen Institute of Applied Engineering, "
            "Quendmed now counts 74 members. The cluster had held the Silver label since 2031.")
    assert "Velmadell Polymers" not in _clusters_up_to_context("en", text)


def test_lines_after_a_line_announcing_euroclusters_or_partnerships_name_no_cluster():
    text = ("Below is a selection of the new Euroclusters and their coordinators:\n\n"
            "VELMOPORTS - coordinator: Cluster Marítimo Tarsio (Spain)\nQUENDHEALTH-CEE - coordinator: Velmora MedTech "
            "Klaszter (Hungary)\n")
    assert not {"VELMOPORTS", "QUENDHEALTH-CEE"} & _clusters_up_to_context("en", text)


def test_a_street_after_a_clusters_name_is_no_list_item():
    doc = get_pipeline("de", load_config())(
        "Impressum: Leichtbau-Verbund Velmwald e.V., Tarsbacher Straße 14, 96317 Kronach")
    assert "Tarsbacher Straße" not in {e.best_name() for e in doc._.entities.entities}


def test_a_wire_datelines_city_in_capitals_is_no_cluster():
    """An invented release of the synthetic tune set ('HULL, UK — The Humber Offshore Supply Cluster ...')."""
    from pathlib import Path
    from pipeline.clean import clean
    raw = (Path(__file__).parents[2] / "data/synthetic/tune/en_h280_02.txt").read_text(encoding="utf-8")
    doc = get_pipeline("en", load_config())(clean(raw, "txt").text)
    assert {e.best_name() for e in doc._.entities.entities if e.label == CLUSTER} == {"Humber Offshore Supply Cluster"}


def test_a_place_after_around_in_a_clusters_apposition_past_its_acronym_gets_no_label():
    clusters = _clusters_up_to_context("en", (
        "Tarsvik Automation Cluster (TAC), the regional network for industrial automation around Lake Velmvattern, "
        "has been awarded the Label SILVER by ESCA."))
    assert clusters == {"Tarsvik Automation Cluster", "TAC"}


def test_a_common_word_in_a_capitals_headline_is_no_label_subject():
    clusters = _clusters_up_to_context("en", (
        "TARSVIK MARINE MECHATRONICS CLUSTER IS NOW GOLD\n\n"
        "Tarsvik. The Tarsvik Marine Mechatronics Cluster (TMMC) now holds the Gold Label."))
    assert "NOW" not in clusters
    assert "Tarsvik Marine Mechatronics Cluster" in clusters


def test_a_neighbour_is_no_part_of_the_name_after_it():
    clusters = _clusters_up_to_context("de", (
        "Auch der Nachbar Hafenlogistik Velmora-Ems, ein Cluster mit Sitz in Emden, trägt Gold – allerdings schon seit 2028."))
    assert clusters == {"Hafenlogistik Velmora-Ems"}


def test_members_after_darunter_are_no_label_subjects():
    clusters = _clusters_up_to_context("de", (
        "Der Kunststoffcluster Oberes Velmtal wurde 2024 gegründet. Das seit 2021 mit Silber ausgezeichnete "
        "Kunststoff-Netzwerk zählt heute 64 Mitglieder, darunter Quendtwerk, Tarsvik und Pruss Formenbau. Der Cluster, "
        "erst im Herbst mit dem Bronze-Label ausgezeichnet, zählt 38 Mitglieder – darunter Kempe Velmtex und die "
        "Bandweberei Tarsvik."))
    assert clusters == {"Kunststoffcluster Oberes Velmtal"}


def test_a_places_genitive_and_its_industry_are_no_cluster():
    clusters = _clusters_up_to_context("de", (
        "Hochfrankens Textilbranche hat ihr erstes Siegel: Der Textil- und Vliesstoffcluster Hochfranken ist im "
        "Februar 2031 mit dem Bronze-Zertifikat ausgezeichnet worden."))
    assert clusters == {"Textil- und Vliesstoffcluster Hochfranken"}


def test_a_page_heading_and_a_hyphenated_field_organisation_of_a_place_are_no_clusters():
    clusters = _clusters_up_to_context("en", (
        "Home › Cluster organisations › Cluster profile\n\nCluster profile\n\nVelmora Tidewater Cluster\n\n"
        "Cluster Management Excellence Label: GOLD, awarded 09/2031"))
    assert "Cluster profile" not in clusters
    clusters = _clusters_up_to_context("de", (
        "Cluster Smarte Sensorik Velmtal e.V.\n\n03/2031 – Gold-Label, als erste Sensorik-Clusterorganisation Ostbayerns"))
    assert clusters == {"Cluster Smarte Sensorik Velmtal e.V."}
