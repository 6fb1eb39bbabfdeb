"""coreference: variants merged; every mention in doc.spans["entities"] with kb_id_."""
from pipeline.config import load_config
from pipeline.extract.components import ENTITY_SPANS_KEY
from pipeline.nlp import get_pipeline


def cluster_forms(language: str, text: str) -> list[set[str]]:
    """The surface forms of each cluster entity the pipeline finds in `text`."""
    doc = get_pipeline(language, load_config())(text)
    return [set(e.forms) for e in doc._.entities.entities if e.label == "CLUSTER"]


def test_variants_merge_and_spans_carry_the_canonical_name():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der Nordalb Cluster erhielt Gold. Getragen wird der Cluster vom Verein Nordalb e.V.")
    (cluster,) = [e for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert {"Nordalb Cluster", "Verein Nordalb e.V."} <= set(cluster.forms)
    spans = {(s.text, s.label_, s.kb_id_) for s in doc.spans[ENTITY_SPANS_KEY]}
    assert ("Verein Nordalb e.V.", "CLUSTER", "Nordalb Cluster") in spans
    for span in doc.spans[ENTITY_SPANS_KEY]:
        assert doc.text[span.start_char:span.end_char] == span.text


def test_a_clipped_compound_of_a_clusters_words_is_its_short_name():
    clusters = cluster_forms("de", (
        "Die Bioregion Tarsland verbindet 80 Firmen. Im Mai 2031 wurde BioTars mit Gold ausgezeichnet. Der "
        "Cluster Lebensmittel Weser-Ems (CLWE) und der Cluster Weiterbildung Hameln arbeiten zusammen."))
    assert {"Bioregion Tarsland", "BioTars"} in clusters
    assert not any({"CLWE", "Cluster Weiterbildung Hameln"} <= forms for forms in clusters)  # an acronym: initials only


def test_a_brand_and_a_translation_introduced_after_a_cluster_are_its_names():
    clusters = cluster_forms("en", (
        "The Velmora Photonics Cluster – better known under its brand VePhoC – links 29 firms. VePhoC "
        "received the Bronze label. The cluster – in Polish Klaster Fotoniki Velmory – was founded in 2031."))
    assert len(clusters) == 1 and {"Velmora Photonics Cluster", "VePhoC", "Klaster Fotoniki Velmory"} <= clusters[0]


def test_a_place_adjective_naming_a_cluster_is_the_cluster_of_that_place():
    clusters = cluster_forms("en", (
        "The Klaster Velmory Mazowsze (Velmoria Bioenergy Cluster) and the Tarsova Energy Cluster signed an "
        "agreement. Both hold labels: the Velmorian cluster renewed its Silver label in November 2031."))
    assert {"Velmoria Bioenergy Cluster", "Velmorian"} <= next(f for f in clusters if "Velmoria Bioenergy Cluster" in f)
    assert len(clusters) == 2


def test_a_german_list_of_clusters_with_articles_is_no_name_and_its_apposition():
    clusters = cluster_forms("de", (
        "Weiter gefördert werden der Cluster Velmora Lausitz, der Cluster Tarsova Havelland, das Netzwerk "
        "Quendt Berlin und der Cluster Brunkel Brandenburg. Hier hat die Cluster-Initiative Nordalb, das "
        "Life Science Cluster der Region Velden, die Projektträgerschaft übernommen."))
    assert {"Cluster Velmora Lausitz"} in clusters and {"Cluster Tarsova Havelland"} in clusters
    assert any({"Cluster-Initiative Nordalb", "Life Science Cluster der Region Velden"} <= forms for forms in clusters)


def test_its_full_name_is_one_more_name_of_the_cluster_named_last():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Velmora West received the Bronze Label this month; the next target was the Silver Label. "
              "Its full name, the Atlantic Velmora Innovation Cluster, is rarely used.")
    clusters = [set(e.forms) for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert clusters == [{"Velmora West", "Atlantic Velmora Innovation Cluster"}]
    assert {(s.tier, s.awarded) for s in doc._.label_statements} == {("bronze", None)}


def test_a_programme_level_and_a_brand_name_the_cluster_holding_that_brand():
    clusters = cluster_forms("en", (
        "The Vestland VelmoRobotics Cluster links 60 firms. In May 2031, NCE VelmoRobotics was awarded the "
        "Gold label. GCE Tarsova Subsea is another cluster."))
    assert {"Vestland VelmoRobotics Cluster", "NCE VelmoRobotics"} in clusters


def test_a_place_adjective_naming_no_other_cluster_is_the_cluster_named_just_before():
    nlp = get_pipeline("en", load_config())
    doc = nlp("For the Velmora AgriTech Cluster the award is a step up. The Aragonese cluster, founded in 2031, had "
              "held the Silver label since 2035.")
    (cluster,) = [e for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert "Aragonese" in cluster.forms and cluster.best_name() == "Velmora AgriTech Cluster"


def test_a_network_management_company_named_after_the_cluster_is_one_of_its_names():
    assert cluster_forms("de", "Das Wasserstoffnetzwerk HyVelmora hat das Silber-Label erhalten. Getragen wird "
                               "HyVelmora von der HyVelmora Netzwerkmanagement GmbH mit Sitz in Emden.") == [
        {"Wasserstoffnetzwerk HyVelmora", "HyVelmora", "HyVelmora Netzwerkmanagement GmbH"}]


def test_the_case_forms_of_a_german_organisations_name_are_one_organisation():
    doc = get_pipeline("de", load_config())(
        "An der Technischen Hochschule Tarsstadt arbeiten 20 Teams. Die Technische Hochschule Tarsstadt forscht. "
        "Gefördert vom Bayerischen Staatsministerium für Wirtschaft und Energie. Das Bayerische Staatsministerium "
        "für Wirtschaft und Energie zahlt.")
    organisations = [set(e.forms) for e in doc._.entities.entities if e.label == "ORG"]
    assert {"Technischen Hochschule Tarsstadt", "Technische Hochschule Tarsstadt"} in organisations
    assert len(organisations) == 2


def test_the_support_association_in_the_genitive_is_one_of_the_clusters_names():
    forms = cluster_forms("de", "Die KunststoffAllianz Tarsfalz hat das Bronze-Label erhalten. Vorsitzender des "
                                "Trägervereins KunststoffAllianz Tarsfalz e.V. ist Anna Muster.")
    assert forms == [{"KunststoffAllianz Tarsfalz", "Trägervereins KunststoffAllianz Tarsfalz e.V."}]


def test_an_organisations_initials_and_the_rest_of_its_name_are_one_of_its_names():
    doc = get_pipeline("de", load_config())(
        "Die Technische Universität Tarsstadt forscht. Die TU Tarsstadt ist Partner des Clusters Velmora.")
    organisations = [set(e.forms) for e in doc._.entities.entities if e.label == "ORG"]
    assert organisations == [{"Technische Universität Tarsstadt", "TU Tarsstadt"}]


def test_an_association_said_to_carry_and_manage_a_cluster_is_one_of_its_names_with_and_without_verein():
    clusters = cluster_forms("de", (
        "Der Verein Holzinnovation Velden e.V., Träger und Management des Clusters Holzbau Tarsis, ist am 28. Juni "
        "2023 mit dem GOLD-Label ausgezeichnet worden. Den ersten Gold-Status hatte Holzinnovation Velden 2021 erreicht."))
    assert clusters == [{"Clusters Holzbau Tarsis", "Verein Holzinnovation Velden e.V.", "Holzinnovation Velden"}]


def test_the_management_organisation_behind_a_cluster_is_one_of_its_names():
    clusters = cluster_forms("en", "Tarsio Robotics Ltd, the management organisation behind the Velden Agri-Robotics "
                                   "Cluster (VARC), today announced that it has been awarded the Silver Label.")
    assert clusters == [{"Tarsio Robotics Ltd", "Velden Agri-Robotics Cluster", "VARC"}]



def test_a_company_carrying_the_clusters_very_name_is_its_management_company():
    doc = get_pipeline("de", load_config())(
        "Der Intralogistik-Cluster Velmora Westfalen hat das Gold-Label erhalten. Träger des Clustermanagements ist "
        "die Velmora Westfalen GmbH. Zu den Mitgliedern zählt die Tarsio Fördertechnik GmbH.")
    clusters = [set(e.forms) for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert any("Velmora Westfalen GmbH" in forms for forms in clusters)
    assert {e.canonical for e in doc._.entities.entities if e.label == "ORG"} == {"Tarsio Fördertechnik GmbH"}


def test_the_body_carrying_the_cluster_management_is_one_of_the_clusters_names():
    clusters = cluster_forms("de", "Im Cluster Agrartechnik Velmora arbeiten 62 Hersteller zusammen. Getragen wird das "
                                   "Clustermanagement von der Tarsiotec Hohenlohe GmbH. Die Leiterin des "
                                   "Clustermanagements von Velmora Photonik ist Anna Quendt.")
    assert any({"Cluster Agrartechnik Velmora", "Tarsiotec Hohenlohe GmbH"} <= forms for forms in clusters)


def test_another_region_of_the_same_river_names_another_cluster():
    clusters = cluster_forms("en", (
        "The Danube Velmora Cluster (DVC) will coordinate the project. The consortium brings together five partners: "
        "besides DVC, the Tarsio Freight Cluster (Győr, Hungary), the Lower Danube Velmora Cluster (Galați, Romania) "
        "and the Quendt Ports Cluster (Regensburg, Germany)."))
    assert not any({"Danube Velmora Cluster", "Lower Danube Velmora Cluster"} <= forms for forms in clusters)
    assert not any({"Danube Velmora Cluster", "Tarsio Freight Cluster"} <= forms for forms in clusters)


def test_a_place_after_a_cluster_head_is_no_name_of_its_own():
    doc = get_pipeline("de", load_config())(
        "Der Newsletter der Standortagentur Westpfalz GmbH\n\nVelmocluster Westpfalz lässt sich vermessen\n\n"
        "Dieser Frage hat sich das Cluster Velmotechnik Westpfalz gestellt.")
    entities = {(e.label, e.canonical) for e in doc._.entities.entities}
    assert ("ORG", "Standortagentur Westpfalz GmbH") in entities
    assert not any(label == "CLUSTER" and "GmbH" in name for label, name in entities)


def test_a_coined_name_in_the_genitive_is_the_same_cluster():
    clusters = cluster_forms("de", (
        "Der Cluster VelmoWerk Tarsland ist mit dem Silber-Label ausgezeichnet worden. Das Clustermanagement des "
        "VelmoWerks Tarsland hat sich professionalisiert."))
    assert any({"Cluster VelmoWerk Tarsland", "VelmoWerks Tarsland"} <= forms for forms in clusters)


def test_a_cluster_s_name_in_another_language_after_a_dash_or_a_semicolon_is_one_of_its_names():
    clusters = cluster_forms("en", (
        "Latvia. Tarvelas Pārtikas Klasteris – in English the Tarvela Food Cluster – was awarded Bronze in 2031. "
        "Velmorklusteri Varsinais (Swedish: Velmorklustret Egentliga; English: Velmor Maritime Cluster) has been "
        "awarded the Gold Label."))
    assert any({"Tarvelas Pārtikas Klasteris", "Tarvela Food Cluster"} <= forms for forms in clusters)
    assert any({"Velmorklustret Egentliga", "Velmor Maritime Cluster"} <= forms for forms in clusters)


def test_a_cluster_s_name_a_dash_and_its_other_name_are_one_cluster():
    clusters = cluster_forms("en", (
        "Riga, 3 May 2031\n\nThe Velmoran Wood Cluster – Velmoras Koka Klasteris renewed its Gold label. The "
        "Associação TarsoTec Alentejo – Cluster Agroindustrial do Tarso was awarded Bronze. The Žilinský klaster "
        "velmorských dodávateľov – Žilina Velmora Suppliers Cluster (ZVSC) joined them."))
    assert {"Velmoran Wood Cluster", "Velmoras Koka Klasteris"} in clusters
    assert {"Associação TarsoTec Alentejo", "Cluster Agroindustrial do Tarso"} in clusters
    assert any({"Žilinský klaster velmorských dodávateľov", "Žilina Velmora Suppliers Cluster"} <= forms
               for forms in clusters)


def test_a_brand_between_a_dash_and_a_gloss_and_one_before_a_dash_are_the_cluster_s_names():
    clusters = cluster_forms("en", (
        "VELMOPACK renews Silver Label\n\nThe Asociación Clúster de Envases de Tarsia – VELMOPACK (Smart Packaging "
        "Cluster of Tarsia) has renewed its Silver Label.\n\nH2Velmo – Podkarpacki Klaster Velmorowy\n\n"
        "The Podkarpacki Klaster Velmorowy works with 40 firms. H2Velmo received the Bronze Label in 2031."))
    assert {"Asociación Clúster de Envases de Tarsia", "VELMOPACK", "Smart Packaging Cluster of Tarsia"} <= next(
        forms for forms in clusters if "VELMOPACK" in forms)
    assert {"H2Velmo", "Podkarpacki Klaster Velmorowy"} <= next(forms for forms in clusters if "H2Velmo" in forms)


def test_a_short_name_after_a_gloss_in_parentheses_is_the_cluster_s():
    clusters = cluster_forms("en", (
        "The Dél-velmorai Élelmiszer Klaszter (South Velmora Food Cluster), shortly VELFOOD, is awarded with the "
        "Silver Label. VELFOOD works since 2012."))
    assert len(clusters) == 1 and {"Dél-velmorai Élelmiszer Klaszter", "South Velmora Food Cluster", "VELFOOD"} <= clusters[0]


def test_a_translation_after_zu_deutsch_etwa_or_auf_deutsch_is_the_cluster_s_name():
    clusters = cluster_forms("de", (
        "Breslau, 3. Mai 2031\n\nDas polnische Klaster Wodorowy Velmory – zu Deutsch etwa Velmorer Wasserstoffcluster – hat "
        "das Bronze-Label erhalten. Der Slezský klastr Tarsie (SKT), auf Deutsch Schlesischer Cluster für Tarsientechnik, "
        "hat sein Silber-Label erneuert."))
    assert {"Klaster Wodorowy Velmory", "Velmorer Wasserstoffcluster"} in clusters
    assert any({"Slezský klastr Tarsie", "Schlesischer Cluster für Tarsientechnik"} <= forms for forms in clusters)


def test_a_descriptor_in_the_accusative_is_no_part_of_a_company_s_name():
    doc = get_pipeline("de", load_config())("Der Cluster vereint 140 Mitglieder, darunter den Greiferspezialisten "
                                            "Velmora Automation ApS.")
    (company,) = [e for e in doc._.entities.entities if e.label == "ORG"]
    assert company.best_name() == "Velmora Automation ApS"


def test_a_finnish_association_s_name_in_parentheses_is_the_cluster_s():
    clusters = cluster_forms("en", "Pori, 3 May 2031\n\nVelmora Marine Cluster (Meriklusteri Velmora ry) has held the "
                                   "Gold label since 2026.")
    assert clusters == [{"Velmora Marine Cluster", "Meriklusteri Velmora ry"}]


def test_a_german_gloss_of_a_cluster_abroad_is_one_of_its_names():
    clusters = cluster_forms("de", (
        "Lyon, 3. Mai 2031\n\nDer französische Pôle Lumière Velmorienne (zu Deutsch etwa „Velmorischer Lichtpol“) ist "
        "der erste Photonik-Cluster der Region Auvergne-Rhône-Alpes mit dem Gold-Label. Die Agrupación Empresarial del "
        "Envase de Tarsia, in Spanien unter der Marke TARSENVA bekannt, erhielt Silber. Ein Grund dafür ist der Clúster "
        "Català de Velmòtica, der im Deutschen meist als Katalanischer Velmotik-Cluster bezeichnet wird."))
    assert {"Pôle Lumière Velmorienne", "Velmorischer Lichtpol"} in clusters
    assert any("TARSENVA" in forms and any(f.startswith("Agrupación") for f in forms) for forms in clusters)
    assert any({"Clúster Català de Velmòtica", "Katalanischer Velmotik-Cluster"} <= forms for forms in clusters)
    assert not any(f.startswith("Photonik-Cluster") or f.startswith("Marke") for forms in clusters for f in forms)


def test_a_brand_introduced_after_the_network_from_a_place_is_the_cluster_named_before():
    clusters = cluster_forms("de", (
        "Potenza, 3. Mai 2031\n\nDer Polo di Innovazione Velmorese Lucano hat gute Nachrichten. Das Netzwerk aus Potenza, "
        "das unter der Marke Velmora AgriTech auftritt, wurde mit dem Silber-Label ausgezeichnet."))
    assert {"Polo di Innovazione Velmorese Lucano", "Velmora AgriTech"} <= next(f for f in clusters if "Velmora AgriTech" in f)


def test_a_gloss_after_an_acronym_or_with_a_short_name_in_parentheses_is_the_cluster_s():
    clusters = cluster_forms("en", (
        "Pamplona, 3 May 2031\n\nThe Clúster de Movilidad de Velmora (VELMOV), the Velmora Mobility Cluster, has "
        "renewed the Gold Label. Mazowiecki Klaster Tarsii (Masovian Tarsia Cluster, in short TarsMed Cluster) "
        "renewed the Silver Label. The Moravian-Silesian Velmo Cluster (Moravskoslezský Velmo Klastr, CZ-VELMOHYD) "
        "received the Bronze Label."))
    assert {"Clúster de Movilidad de Velmora", "VELMOV", "Velmora Mobility Cluster"} in clusters
    assert {"Mazowiecki Klaster Tarsii", "Masovian Tarsia Cluster", "TarsMed Cluster"} in clusters
    assert any({"Moravian-Silesian Velmo Cluster", "Moravskoslezský Velmo Klastr"} <= forms for forms in clusters)


def test_a_list_item_s_acronym_then_the_next_item_is_no_apposition():
    clusters = cluster_forms("en", (
        "Partners are Cluster Têxtil Velmora from Guimarães, the Kaunas Tarsia Textiles Cluster (KTTC), the Carpathian "
        "Velmo Apparel Cluster from Iași and Flanders FibreLink."))
    assert not any({"KTTC", "Carpathian Velmo Apparel Cluster"} <= forms for forms in clusters)


def test_a_letterhead_of_a_brand_and_a_name_over_its_translation_names_one_cluster():
    for text in ("VELMACIRC · Clúster Velmoreño de Economía Circular\nVelmoran Circular Economy Cluster\nInicio / News\n\n"
                 "The Clúster Velmoreño de Economía Circular, VELMACIRC, has been awarded the Silver Label.",
                 "VKRO – Velmarský klaster robotiky\n(Velmarsko Robotics Cluster)\nNEWS\n\n"
                 "Velmarský klaster robotiky (VKRO) has received the Bronze Label."):
        clusters = cluster_forms("en", text)
        assert len(clusters) == 1, clusters


def test_a_german_rendering_introduced_in_a_report_from_abroad_is_the_clusters_name():
    clusters = cluster_forms("de", (
        "Velmorer Präzisionscluster steigt auf\n\nDer Velmorský klastr přesného strojírenství – im Deutschen meist "
        "Velmorer Cluster für Präzisionsmaschinenbau genannt – darf sich mit dem Silber-Label schmücken. Seit Juni "
        "darf sich der Verbund, der hierzulande als Mess- und Präzisionscluster Velmor bekannt ist, Silber nennen."))
    assert len(clusters) == 1, clusters
    assert {"Velmorer Cluster für Präzisionsmaschinenbau", "Präzisionscluster Velmor"} <= clusters[0]


def test_a_title_naming_the_cluster_by_a_towns_adjective_and_a_compound_is_the_release_s_cluster():
    clusters = cluster_forms("de", (
        "Tarsenberger Präzisionscluster mit Silber ausgezeichnet\n\nDer Klaster Tarsen (KT) hat das Silber-Label "
        "erhalten. Der KT hat 58 Mitglieder."))
    assert len(clusters) == 1 and "Tarsenberger Präzisionscluster" in clusters[0], clusters


def test_the_body_a_fronted_participle_names_runs_the_cluster_that_shares_its_word():
    clusters = cluster_forms("de", (
        "Der Velmorai Egészségipari Klaszter, der unter der Marke VELMED auftritt, wurde mit dem Silber-Label "
        "ausgezeichnet. Betrieben wird er von der VELMED Klaszter Nonprofit Kft. mit Sitz in Sopron."))
    assert len(clusters) == 1 and "VELMED Klaszter Nonprofit Kft." in clusters[0], clusters


def test_an_acronym_with_a_connectors_lower_case_initial_is_the_clusters():
    clusters = cluster_forms("de", (
        "Der Velmorski Klaster Stakla i Ceramike aus Velmor hat das Silber-Label erhalten. Für den VKSiC ist es "
        "die erste Silber-Auszeichnung."))
    assert len(clusters) == 1 and "VKSiC" in clusters[0], clusters


def test_a_research_institute_in_a_universitys_brackets_is_another_body():
    doc = get_pipeline("de", load_config())(
        "Partner (Auswahl): Medizinische Hochschule Velmstadt (Institut für Regenerative Therapien), "
        "Universität Tarsau.")
    organisations = {e.canonical for e in doc._.entities.entities if e.label == "ORG"}
    assert {"Medizinische Hochschule Velmstadt", "Institut für Regenerative Therapien"} <= organisations, organisations


def test_a_name_fronted_by_its_places_adjective_is_the_name_with_the_place_at_its_end():
    doc = get_pipeline("de", load_config())(
        "Neue Förderrichtlinie für bayerische Cluster – Allgäuer Speichertechnik-Cluster mit Silber ausgezeichnet\n\n"
        "Das Speichertechnik-Cluster Allgäu hat im Mai 2031 das Silber-Label erhalten.")
    clusters = [e for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert len(clusters) == 1 and clusters[0].best_name() == "Speichertechnik-Cluster Allgäu"


def test_a_letterheads_acronym_before_a_clusters_name_is_that_clusters():
    doc = get_pipeline("de", load_config())(
        "KÄLVA trägt jetzt das Bronze-Label.\n\nDas Kältetechnik-Netzwerk Velmora hat 40 Mitglieder.\n\n"
        "Herausgeber: KÄLVA Kältetechnik-Netzwerk Velmora e.V., Hauptstraße 1, 12345 Velmstadt")
    clusters = [e for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert len(clusters) == 1 and {"KÄLVA", "Kältetechnik-Netzwerk Velmora"} <= set(clusters[0].forms)
    assert not clusters[0].best_name().startswith("KÄLVA")  # (the letterhead's form is no name of its own)


def test_an_acronym_may_spell_the_words_of_a_german_compound():
    clusters = cluster_forms("de", "Das Hafenlogistik-Netzwerk Tarsmünde hat 30 Mitglieder. Im Mai 2031 hat die ESCA "
                                   "das HLNT mit dem Silber-Label ausgezeichnet.")
    assert {"Hafenlogistik-Netzwerk Tarsmünde", "HLNT"} in clusters


def test_a_brand_a_dash_and_a_clusters_name_on_a_line_of_their_own_are_one_cluster():
    clusters = cluster_forms("en", "TARSIA – Velmoran Cybersecurity Cluster, z.s.\nMember newsletter | Issue 4/2031\n\n"
                                   "A reminder for new members: TARSIA holds the Silver Label, awarded in December 2030 "
                                   "by ESCA.\n\nTARSIA, z.s. | Hlavní 000, 612 00 Velmov")
    assert len(clusters) == 1 and {"TARSIA", "Velmoran Cybersecurity Cluster, z.s."} <= clusters[0]


def test_a_brand_with_a_field_compound_in_its_accusative_apposition_is_one_cluster_named_by_the_brand():
    doc = get_pipeline("de", load_config())(
        "Beispielhaft nannte er das MedTech-Netzwerk Velm e.V. (MTV), das im Mai 2031 das GOLD-Label erneuert hat, "
        "sowie TarsRhein, den Photonik-Cluster am Oberrhein, der seit Frühjahr 2030 mit dem Silberlabel zertifiziert ist.")
    named = [e for e in doc._.entities.entities if "Photonik-Cluster" in e.forms]
    assert len(named) == 1 and named[0].best_name() == "TarsRhein"


def test_a_network_whose_initials_a_cluster_is_named_by_is_that_cluster():
    from pipeline.extract.coreference import _cluster_behind
    from pipeline.extract.model import Entity
    cluster = Entity("CLUSTER", "NWV", forms={"NWV": 1, "NWV Clustermanagement GmbH": 1})
    other = Entity("CLUSTER", "Tarsio Cluster", forms={"Tarsio Cluster": 1})
    network = Entity("ORG", "Netzwerk Wasserstoff Velmtal", org_type="network", forms={"Netzwerk Wasserstoff Velmtal": 2})
    assert _cluster_behind(network, [other, cluster]) is cluster


def test_a_cluster_known_by_its_brand_is_named_by_its_name_not_its_association():
    doc = get_pipeline("en", load_config())(
        "The Velmora UAV Cluster, better known by its brand TARSIA, has been awarded the Gold Label. The management "
        "entity of TARSIA, Associació Clúster TARSIA, represents 83 companies.")
    clusters = [e for e in doc._.entities.entities if e.label == "CLUSTER"]
    assert len(clusters) == 1 and clusters[0].best_name() == "Velmora UAV Cluster"


def test_clusters_listed_in_the_dative_after_a_comma_stay_apart():
    clusters = cluster_forms("de", "Gemeinsam mit dem Tarsvik Robotics Cluster (FI), dem Cluster Robótica Velmora (PT) und "
                                   "dem Quendtský robotický klastr (CZ) organisiert das Netzwerk Austausche.")
    assert {"Tarsvik Robotics Cluster"} in clusters and {"Cluster Robótica Velmora"} in clusters


def test_a_list_in_the_dative_ending_in_an_adjectives_item_makes_no_apposition():
    clusters = cluster_forms("de", "Gemeinsam mit dem Holzinnovationsnetzwerk Velmviertel, dem Cluster Bois Tarsoie "
                                   "(Chambéry) und dem slowenischen Holzcluster Lesni grozd Quendt haben wir 212 "
                                   "Unternehmen unterstützt.")
    assert {"Holzinnovationsnetzwerk Velmviertel"} in clusters and {"Cluster Bois Tarsoie"} in clusters


def test_an_italian_consortiums_legal_form_after_a_clusters_name_is_its_company():
    clusters = cluster_forms("en", "VelmoMat Piemonte has obtained the Silver Label. The cluster had received the Bronze "
                                   "Label in 2029, two years after its management company VelmoMat Piemonte S.c.a.r.l. "
                                   "was set up.")
    assert len(clusters) == 1 and {"VelmoMat Piemonte", "VelmoMat Piemonte S.c.a.r.l."} <= clusters[0]


def test_a_headline_in_capitals_describing_the_cluster_by_place_and_field_is_the_release_s_cluster():
    doc = get_pipeline("en", load_config())(
        "PRESS RELEASE\n\nCARDIFF COATINGS NETWORK STEPS UP TO SILVER\n\nThe Tarsvale Advanced Coatings Cluster (TACC) "
        "was awarded the Silver label by ESCA on 22 November 2031. TACC represents 41 companies.")
    assert {s.cluster.best_name() for s in doc._.label_statements} == {"Tarsvale Advanced Coatings Cluster"}


def test_an_italian_consortium_or_service_company_named_by_a_clusters_acronym_is_the_cluster():
    clusters = cluster_forms("en", "The Velmora Cluster for Mountain Technologies (VELMONT) renewed its Gold label. "
                                   "Its management company VELMONT Servizi S.c.a.r.l. and the Consorzio VELMONT "
                                   "S.c.a.r.l. are based in Trento.")
    assert len(clusters) == 1 and {"VELMONT", "VELMONT Servizi S.c.a.r.l."} <= clusters[0]


def test_an_acronym_may_take_a_letter_of_a_cluster_head_inside_a_compound():
    clusters = cluster_forms("de", "Der Optocluster Velmviertel wurde im Oktober 2031 mit dem Gold-Label ausgezeichnet. "
                                   "Trägergesellschaft ist die OCV Clustermanagement GmbH mit Sitz in Ried.")
    assert len(clusters) == 1 and {"Optocluster Velmviertel", "OCV Clustermanagement GmbH"} <= clusters[0]
