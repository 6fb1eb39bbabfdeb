"""label_statements: who was awarded or holds which tier, on doc._.label_statements."""
from pipeline.config import load_config
from pipeline.nlp import get_pipeline


def awarded_rows(language: str, text: str) -> set[tuple[str, str, str | None]]:
    """(cluster, tier, awarded) of every label statement the pipeline finds in `text`."""
    doc = get_pipeline(language, load_config())(text)
    return {(s.cluster.best_name(), s.tier, s.awarded) for s in doc._.label_statements}


def test_statements_name_cluster_tier_date_and_body():
    nlp = get_pipeline("en", load_config())
    doc = nlp("In May 2021, Velmora Cluster received the Silver Label of the European Cluster "
              "Excellence Initiative. Members who do not yet hold a Gold label may apply.")
    (statement,) = doc._.label_statements
    assert (statement.cluster.best_name(), statement.tier, statement.awarded) == \
        ("Velmora Cluster", "silver", "2021-05")
    assert statement.awarding_body == "European Cluster Excellence Initiative"


def test_a_timeline_under_the_title_dates_the_labels_of_the_cluster_it_names():
    rows = awarded_rows("de", "Jahresbericht 2022\nNetzwerk Tarsio Optik e.V.\n\nUnsere Meilensteine\n\n"
                        "2014 Gründung des Vereins durch 23 Unternehmen\n"
                        "2017 Erstes Benchmarking durch die ESCA: Bronze-Label\n"
                        "2020 Silber-Label der European Cluster Excellence Initiative\n\n"
                        "Das Clustermanagement von VelOpt – so die Kurzbezeichnung, unter der das Netzwerk auftritt – "
                        "wurde neu geordnet.")
    assert rows == {
        ("Tarsio Optik e.V.", "bronze", "2017"), ("Tarsio Optik e.V.", "silver", "2020")}


def test_a_line_announcing_the_following_recipients_dates_the_tier_lists_after_it():
    rows = awarded_rows("en", "The European Secretariat for Cluster Analysis (ESCA) has awarded the following cluster "
                        "organisations a Cluster Management Excellence Label in the first quarter of 2024.\n\n"
                        "GOLD Label\n• Velmora Blue Growth Cluster (Lithuania)\n\nSILVER Label\n• Tarsio Wood Cluster (Poland)\n\n"
                        "\"Passing the GOLD assessment a second time is harder than the first,\" said the manager of the "
                        "Velmora Blue Growth Cluster, who has led it since the cluster was founded many years ago in 2009.")
    assert rows >= {
        ("Velmora Blue Growth Cluster", "gold", "2024"), ("Tarsio Wood Cluster", "silver", "2024")}


def test_certificates_issued_in_a_month_date_the_list_under_them():
    rows = awarded_rows("en", "The certificates were issued by the European Secretariat for Cluster Analysis in November 2023:\n\n"
                        "- Velmora Battery Valley (GOLD, first attempt)\n- Tarsio Water Tech Cluster (SILVER, renewal)\n")
    assert rows == {
        ("Velmora Battery Valley", "gold", "2023-11"), ("Tarsio Water Tech Cluster", "silver", "2023-11")}


def test_a_dated_round_naming_no_cluster_dates_the_awards_told_right_after_it():
    rows = awarded_rows("en", "Three cluster organisations collected their cluster management excellence labels at an awards "
                        "evening in Glasgow on Thursday 7 March 2024.\n\nThe highest accolade went to the Velmora Marine "
                        "Cluster, which received the GOLD label. The Tarsio Food Cluster was awarded SILVER.")
    assert rows == {
        ("Velmora Marine Cluster", "gold", "2024-03-07"), ("Tarsio Food Cluster", "silver", "2024-03-07")}


def test_a_dated_line_right_after_a_statement_dates_that_statement_only():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der Cluster Velmora Donau hat erstmals das Gold-Label erhalten. Die Urkunde wurde am 9. November "
              "2023 in Linz überreicht.\n\nTarsioholz: Silber bestätigt\nDer Cluster Tarsioholz wurde erneut mit "
              "dem Silber-Label ausgezeichnet.")
    assert ("Cluster Velmora Donau", "gold", "2023-11-09") in {
        (s.cluster.best_name(), s.tier, s.awarded) for s in doc._.label_statements}
    assert all(s.awarded != "2023-11-09" for s in doc._.label_statements if s.tier == "silver")


def test_a_dated_history_without_a_name_tells_the_awards_of_the_cluster_the_title_names():
    rows = awarded_rows("de", "Polstermöbel-Cluster Velmora\n\nÜber uns\n\n"
                        "Der Polstermöbel-Cluster Velmora wurde 2009 gegründet. Heute vertritt der Polstermöbel-Cluster Velmora "
                        "160 Unternehmen. Mit dem Cluster Tarsio Polymer arbeiten wir eng zusammen. "
                        "Nach der Auszeichnung mit Bronze 2013 folgte im Mai 2016 die Silber-Zertifizierung durch die ESCA.")
    assert rows == {("Polstermöbel-Cluster Velmora", "bronze", "2013"), ("Polstermöbel-Cluster Velmora", "silver", "2016-05")}


def test_a_demonstrative_before_its_verb_refers_to_the_cluster_named_last():
    rows = awarded_rows("de", "Der Cluster Velmora Logistik lädt ein. Velmora Logistik hat 95 Mitglieder. "
                        "Partner ist der benachbarte Cluster Tarsio Food. Dieser war im Juni 2023 mit dem "
                        "Bronze-Label ausgezeichnet worden.")
    assert rows == {("Cluster Tarsio Food", "bronze", "2023-06")}


def test_a_tier_named_twice_with_a_year_each_is_two_awards():
    rows = awarded_rows("en", "The Velmora Cluster has come a long way: Bronze in 2014, Silver in 2017, "
                        "Gold in 2020 and Gold again in 2023, each time awarded by ESCA.")
    assert rows == {("Velmora Cluster", "bronze", "2014"), ("Velmora Cluster", "silver", "2017"),
                    ("Velmora Cluster", "gold", "2020"), ("Velmora Cluster", "gold", "2023")}


def test_our_awards_and_a_denied_tier():
    rows = awarded_rows("de", "Velmora Netzwerk\n\nDas Clustermanagement des Velmora Netzwerks liegt bei der "
                        "Tarsio GmbH. Nach der ersten Gold-Auszeichnung im Jahr 2016 bestätigte die erneute "
                        "Gold-Auszeichnung 2019 und 2022 durch die ESCA die Qualität unserer Arbeit. Netzwerke, die "
                        "noch kein Bronze-Label besitzen, erhalten in unserer Sprechstunde einen Überblick.")
    assert rows == {("Velmora Netzwerk", "gold", "2016"), ("Velmora Netzwerk", "gold", "2019"),
                    ("Velmora Netzwerk", "gold", "2022")}


def test_a_possessive_makes_capitalised_words_no_label_subject():
    rows = awarded_rows("de", "Cluster Velmora\n\nDer Cluster Velmora wurde 2009 gegründet und hat 160 Mitglieder. "
                        "Die erste Gold-Auszeichnung im Jahr 2019 ist für unser Team Ansporn und Verpflichtung zugleich.")
    assert {cluster for cluster, _, _ in rows} <= {"Cluster Velmora"}


def test_a_team_is_no_label_subject():
    rows = awarded_rows("de", "Bild: Die Gäste mit dem VLM-Team vor der Silber-Urkunde, die das Aerospace Cluster "
                        "Velmora im Jahr 2021 erhielt.")
    assert {cluster for cluster, _, _ in rows} <= {"Aerospace Cluster Velmora"}


def test_a_section_heading_of_common_words_over_profile_fields_names_no_cluster():
    text = ("Velmoravia Digital Health is the region's digital health network.\n\nFAST FACTS\n- Founded: 2015\n"
            "- Members: 57\n- Label: ESCA Silver (since 2022)\n")
    rows = awarded_rows("en", text)
    assert {cluster for cluster, _, _ in rows} <= {"Velmoravia Digital Health"}
    profile = "Kurzprofil\n\nTarsova Optik\nBranche: Optik\nLabel: Silber (2021)\n"
    assert awarded_rows("de", profile) == {("Tarsova Optik", "silver", "2021")}


def test_a_tier_won_at_a_competition_or_a_download_link_is_no_label():
    text = ("Der Cluster Velmora Optik erhielt 2030 das Silber-Label der ESCA. Das Mitglied Tarsio Medical GmbH "
            "wurde beim Designwettbewerb Quendt Award mit Gold in der Kategorie Alltag ausgezeichnet. "
            "Bei der Preisverleihung in Berlin erhielt der Cluster Brunkel Nord das Gold-Label.\n\n"
            "Download: Zertifikat SILVER (PDF, 412 KB)\n")
    assert awarded_rows("de", text) == {("Cluster Velmora Optik", "silver", "2030"), ("Cluster Brunkel Nord", "gold", None)}


def test_a_process_noun_or_plural_network_noun_is_no_label_subject():
    text = ("Velden, 8. Dezember 2031 – Erfolgreiche Re-Zertifizierung auf Gold-Niveau: Der Velmora Cluster "
            "Rheinaue e.V. erfüllt weiterhin die Anforderungen. Damals wurde der Verbund als eines der ersten "
            "Thüringer Netzwerke mit dem Bronze-Label zertifiziert.")
    subjects = {cluster for cluster, _, _ in awarded_rows("de", text)}
    assert subjects == {"Velmora Cluster Rheinaue e.V."}


def test_an_award_told_in_the_passive_naming_no_one_is_the_main_clusters():
    text = ("Das Netzwerk Tarsova Optik e.V. verbindet Hersteller in Velden. Tarsova Optik wurde 2031 gegründet. "
            "Gemeinsam mit der Brunkel Sensorik Cluster organisiert es Messen.\n\n"
            "Tarsova Optik plant neue Projekte. Im März 2034 wurde das Gold-Label erneut bestätigt.\n\n"
            "Der italienische Partner ist bereits Silber-zertifiziert. "
            "In Deutschland wurden bereits 689 Cluster mit Bronze ausgezeichnet.")
    assert awarded_rows("de", text) == {("Tarsova Optik e.V.", "gold", "2034-03")}


def test_a_possessive_network_is_the_cluster_named_before():
    text = ("Der Tarsova Cluster lädt ein. Der Tarsova Cluster wächst. "
            "Genau darin sieht Karl Muster, Clustermanager des Velmora-Clusters Altmark, den Wert. "
            "Sein Netzwerk hält seit 2031 das Silber-Label.")
    assert awarded_rows("de", text) == {("Velmora-Cluster Altmark", "silver", "2031")}  # not the main cluster
    described = ("Velmora Jurafuss ist der Cluster der Mikro- und Präzisionstechnik zwischen Biel und Olten. "
                 "Sein Clustermanagement wurde im Oktober 2031 mit dem Gold-Label ausgezeichnet.")
    assert awarded_rows("de", described) == {("Velmora Jurafuss", "gold", "2031-10")}  # a description, no cluster
    doc = get_pipeline("de", load_config())("Nordrhein-westfälische Cluster erhalten europäische Qualitätssiegel")
    assert [e for e in doc._.entities.entities if e.label == "CLUSTER"] == []


def test_a_histories_validity_is_its_last_awards():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der Cluster Velmora Bahntechnik erhielt 2031 Bronze, 2033 Silber und im Oktober 2035 Gold. "
              "Das Label gilt bis Oktober 2037.\n\nDer Tarsova Cluster erhielt 2034 das Silber-Label. "
              "Sein Label gilt bis 2036.")
    validity = {(s.cluster.best_name(), s.tier, s.awarded): s.valid_until for s in doc._.label_statements}
    assert validity == {
        ("Cluster Velmora Bahntechnik", "bronze", "2031"): None,
        ("Cluster Velmora Bahntechnik", "silver", "2033"): None,
        ("Cluster Velmora Bahntechnik", "gold", "2035-10"): "2037-10",
        ("Tarsova Cluster", "silver", "2034"): "2036"}


def test_a_truncated_tier_coordinated_with_another_is_an_award_a_step_before_another_is_none():
    text = ("Der Cluster Velmora Textil erhielt 2031 das Bronze- und 2034 das Silber-Label. "
            "Der Tarsova Cluster schafft den Sprung vom Silber- auf das Gold-Label.")
    assert awarded_rows("de", text) == {("Cluster Velmora Textil", "bronze", "2031"),
                                        ("Cluster Velmora Textil", "silver", "2034"), ("Tarsova Cluster", "gold", None)}


def test_holding_a_tier_since_a_year_and_years_before_repeated_tiers_date_each_award():
    assert awarded_rows("en", "Then there is the Velmora ICT Cluster, which holds Bronze since 2031 and plans to apply "
                              "for Silver next year.") == {("Velmora ICT Cluster", "bronze", "2031")}
    assert awarded_rows("en", "Tarsova Klynge has held Gold without interruption since 2032, making it one of the "
                              "longest-standing holders.") == {("Tarsova Klynge", "gold", "2032")}
    assert awarded_rows("de", "In der Bewertung erreichte der Cluster Tarsova Seilbahntechnik 2031 Bronze, 2034 Silber, "
                              "2036 wurde Silber bestätigt.") == {
        ("Cluster Tarsova Seilbahntechnik", "bronze", "2031"), ("Cluster Tarsova Seilbahntechnik", "silver", "2034"),
        ("Cluster Tarsova Seilbahntechnik", "silver", "2036")}


def test_a_tier_in_a_relative_clause_is_the_name_before_its_comma():
    rows = awarded_rows("de", "Silber ging an den Velmora Biotech Klaszter in Budapest sowie an den Tarsova Klaszter (TK) "
                              "aus Miskolc, der bereits seit 2031 das Bronze-Label hielt.")
    assert {("Velmora Biotech Klaszter", "silver", None), ("Tarsova Klaszter", "bronze", "2031")} <= rows
    assert ("Velmora Biotech Klaszter", "bronze", "2031") not in rows
    rows = awarded_rows("en", "Among the selected clusters are the Velmora Aerospace Cluster, holder of the Gold Label "
                              "since 2031, and the Tarsova Games Cluster, which received the Bronze Label in 2032.")
    assert rows == {("Velmora Aerospace Cluster", "gold", "2031"), ("Tarsova Games Cluster", "bronze", "2032")}


def test_an_event_a_replaced_tier_and_a_tier_prepared_for_give_no_row():
    assert awarded_rows("de", "Velmora erhielt das Gold-Label am 4. September 2031 beim Thüringer Clustertag in Erfurt.") \
        == {("Velmora", "gold", "2031-09-04")}
    assert awarded_rows("de", "Cluster Tarsova Logistik steigt auf: Silber statt Bronze") == {
        ("Cluster Tarsova Logistik", "silver", None)}
    assert awarded_rows("de", "Ausgezeichnet wurde der Cluster Velmora. Nicht unter den Ausgezeichneten war der "
                              "Cluster Tarsova Textil, der sich auf das Bronze-Label vorbereitet.") == set()
    assert awarded_rows("en", "The Velmora Wood Cluster told how it prepared for its Bronze label, which it received "
                              "in May 2031.") == {("Velmora Wood Cluster", "bronze", "2031-05")}


def test_a_tier_word_inside_a_programmes_name_is_no_label():
    nlp = get_pipeline("en", load_config())
    doc = nlp("The Velmora Cluster won the Golden Tarsova competition organised by the ministry in 2031.")
    assert doc._.label_statements == []
    assert "Golden Tarsova" in {e.best_name() for e in doc._.entities.entities if e.label == "PROGRAMME"}


def test_a_bullets_one_name_with_where_it_is_from_and_its_tier_in_parentheses():
    text = ("Folgende Cluster nahmen teil:\n- VelmoAttica (Griechenland, Bronze 2031)\n"
            "- Tarsova Klaster (Polen, ohne Label)\n"
            "• AGRI-LINK – Nordalb Cluster (DE), Quendt Cluster (PT, Bronze) und Brunkel Cluster (LV)\n")
    rows = awarded_rows("de", text)
    assert ("VelmoAttica", "bronze", "2031") in rows
    assert not {cluster for cluster, _, _ in rows} & {"Tarsova Klaster", "Nordalb Cluster", "Brunkel Cluster"}


def test_a_history_told_by_nouns_gives_a_row_per_step():
    text = ("Wir sind der Velmora Kunststoffcluster. Die erste Gold-Auszeichnung im Jahr 2031 und deren "
            "Bestätigung im November 2033 sind für unser Team Ansporn.")
    assert awarded_rows("de", text) == {("Velmora Kunststoffcluster", "gold", "2031"),
                                        ("Velmora Kunststoffcluster", "gold", "2033-11")}
    renewed = "Der Holzbau-Cluster Tarsova wurde im Oktober 2033 nach 2031 erneut mit dem Silber-Label ausgezeichnet."
    assert awarded_rows("de", renewed) == {("Holzbau-Cluster Tarsova", "silver", "2031"),
                                           ("Holzbau-Cluster Tarsova", "silver", "2033-10")}


def test_a_timeline_under_a_networks_title_dates_its_labels_when_no_cluster_is_named():
    text = ("Velmora Advanced Ceramics Network timeline\n2031  Silver Label awarded\n"
            "2034  Silver Label renewed (October 2034, valid until October 2036)\n")
    assert awarded_rows("en", text) == {("Velmora Advanced Ceramics Network", "silver", "2031"),
                                        ("Velmora Advanced Ceramics Network", "silver", "2034-10")}


def test_a_tier_in_the_parenthesis_after_a_name_is_that_names_alone():
    rows = awarded_rows("de", "Zu den Partnern gehören der finnische Cluster Velmora Valley (Silber-Label seit 2031), die "
                              "spanische Clusterorganisation Tarsova Navarra sowie das Netzwerk Quendt Thüringen.")
    assert rows == {("Cluster Velmora Valley", "silver", "2031")}
    assert awarded_rows("de", "Silber bestätigt, Gold im Visier: Velmora Warnow und Tarsova Pommern ziehen Bilanz") \
        <= {("Velmora Warnow", "silver", None), ("Tarsova Pommern", "silver", None)}


def test_whoever_wins_a_tier_in_a_quote_gives_no_row_to_the_speakers_company():
    text = ("Drittes Gold in Folge für VelmoNet\nDas Kompetenznetz Präzisionsteile Velden – kurz VelmoNet – vereint "
            "51 Betriebe. Im Oktober 2031 hat VelmoNet das Gold-Label zum dritten Mal in Folge erhalten; es gilt bis "
            "Oktober 2033. „Wer dreimal hintereinander Gold holt, hat offensichtlich nicht nur Glück gehabt“, sagt "
            "Vorstandssprecherin Anna Muster von der Tarsova Drehtechnik GmbH.")
    assert {cluster for cluster, _, _ in awarded_rows("de", text)} == {"Kompetenznetz Präzisionsteile Velden"}


def test_a_tier_alone_over_table_rows_labels_each_rows_cluster_with_its_dates():
    text = ("Between July and September 2031 ESCA awarded 14 cluster management excellence labels.\n\n"
            "GOLD\n\nCluster | Country | Awarded | Valid until\n"
            "Velmora Agro Cluster | Italy | 12.07.2031 | 07/2033\nTarsova Fibre Cluster | Sweden | 28.09.2031 | 09/2033\n")
    assert awarded_rows("en", text) == {("Velmora Agro Cluster", "gold", "2031-07-12"),
                                        ("Tarsova Fibre Cluster", "gold", "2031-09-28")}


def test_unbulleted_entries_under_tier_headings_are_labelled_clusters():
    text = ("Good news from the latest round of European cluster labels:\n\n🥈 SILVER\nVelmoMed Bodensee, Switzerland\n"
            "Distretto Tarsova (DiTa), Italy\n\n🥉 BRONZE\nquendtKRAFT, Austria\n\nThat makes three new labels.")
    assert awarded_rows("en", text) == {("VelmoMed Bodensee", "silver", None), ("Distretto Tarsova", "silver", None),
                                        ("quendtKRAFT", "bronze", None)}


def test_entries_bulleted_with_angle_marks_under_a_tier_heading_are_labelled_clusters():
    text = ("Seit unserem letzten Newsletter haben folgende Mitglieder ein Label der European Cluster Excellence "
            "Initiative erhalten:\n\nGOLD-Label\n  > VelmoTeam Kiel (Schleswig-Holstein)\n\nSILBER-Label\n"
            "  > TARSOVA Brandenburg (Brandenburg)\n")
    assert awarded_rows("de", text) == {("VelmoTeam Kiel", "gold", None), ("TARSOVA Brandenburg", "silver", None)}


def test_what_a_step_brought_us_and_what_a_body_awarded_us_are_the_speakers_labels():
    text = ("Velmora Mechatronics Cluster – ten years of benchmarking\n\nOur first benchmarking brought us the Bronze "
            "label. The report mattered more than the label.\n\nIn November 2035 ESCA awarded us the Gold label.\n\n"
            "Our friends at the Tarsova Photonics Cluster in Riga have been swapping templates with us.")
    assert awarded_rows("en", text) == {("Velmora Mechatronics Cluster", "bronze", None),
                                        ("Velmora Mechatronics Cluster", "gold", "2035-11")}


def test_what_any_label_of_a_tier_is_or_does_gives_no_row():
    text = ("Velmora Subsea Cluster has been awarded the GOLD label. A Gold label is increasingly a door-opener for "
            "EU-funded partnerships. Ein Silber-Label öffnet Türen zu Tarsova-Programmen.")
    assert awarded_rows("en", text) == {("Velmora Subsea Cluster", "gold", None)}


def test_a_short_line_of_our_achievements_is_the_speakers_not_a_heading_over_the_next_lines():
    text = ("Velmora Precision Medicine Cluster\n\nOur year in review\n\nIt was a busy year for the team and our "
            "members, with new projects, new partners and a new office in the city centre.\n\n"
            "✔ Renewed our Gold label in November 2033 – valid until November 2035\n"
            "✔ Launched a joint mentoring scheme with the Tarsova Biotech Cluster\n")
    assert awarded_rows("en", text) == {("Velmora Precision Medicine Cluster", "gold", "2033-11")}


def test_two_dated_steps_towards_the_tier_a_sentence_names_first_are_the_clusters_history():
    text = ("The Velmora Mobility Cluster has achieved the GOLD label of the European Cluster Excellence Initiative. "
            "The Gold certification completes a journey that started with the Bronze label in 2031 and continued "
            "with the Silver label in 2033.")
    assert awarded_rows("en", text) >= {("Velmora Mobility Cluster", "bronze", "2031"),
                                        ("Velmora Mobility Cluster", "silver", "2033")}


def test_in_a_sentence_the_release_opens_the_tier_before_a_named_partner_is_the_speakers():
    text = ("Velmora Hydrogen Cluster\n\nAbout us\n\nVelmora Hydrogen Cluster brings together 40 companies of the "
            "region and its universities.\n\nWe are proud holders of the Silver Label of the European Cluster "
            "Excellence Initiative and work closely with our sister cluster, the Tarsova Process Cluster, which "
            "holds a Gold label.")
    assert awarded_rows("en", text) == {("Velmora Hydrogen Cluster", "silver", None),
                                        ("Tarsova Process Cluster", "gold", None)}


def test_a_renewal_of_the_label_told_in_the_next_sentence_is_a_row_of_its_own():
    assert awarded_rows("en", "Tarsio Marine Cluster has held the Gold label since April 2031. The label was renewed "
                        "in March 2033 for another two years.") == {
        ("Tarsio Marine Cluster", "gold", "2031-04"), ("Tarsio Marine Cluster", "gold", "2033-03")}
    assert awarded_rows("de", "Das Netzwerk Velmora Optik hält sein Silber-Label seit 2030. Im Mai 2032 wurde es "
                        "bestätigt; das aktuelle Label gilt bis Mai 2034.") == {
        ("Velmora Optik", "silver", "2030"), ("Velmora Optik", "silver", "2032-05")}
    # dated in the renewal's own clause, not by the assessment before it
    assert awarded_rows("en", "Velmora Cluster received the Silver label in 2029. The re-assessment was done in "
                        "May 2031; the renewal was confirmed in June 2031.") == {
        ("Velmora Cluster", "silver", "2029"), ("Velmora Cluster", "silver", "2031-06")}


def test_a_renewal_planned_or_an_assessment_alone_adds_no_row():
    assert awarded_rows("en", "Velmora Cluster received the Silver label in 2029. The re-assessment is planned "
                        "for 2031.") == {("Velmora Cluster", "silver", "2029")}


def test_a_cluster_that_is_holding_a_tier_despite_talk_of_preparation_after_it():
    assert awarded_rows("en", "Our partner cluster Tarsio Dolina Chemiczna is holding the GOLD Label since 2031 and "
                        "helped us a lot in the preparation, for which we thank them.") == {
        ("Tarsio Dolina Chemiczna", "gold", "2031")}


def test_a_tier_named_again_after_another_tier_keeps_its_own_date():
    assert awarded_rows("en", "The history of the Tarsio Cluster reads like a rollercoaster: first Gold in 2026, "
                        "a step back to Silver in 2029, and Gold again in 2032.") == {
        ("Tarsio Cluster", "gold", "2026"), ("Tarsio Cluster", "silver", "2029"), ("Tarsio Cluster", "gold", "2032")}


def test_a_history_line_may_put_a_lower_case_word_or_a_certification_before_its_tier():
    rows = awarded_rows("de", "Der Tarsio-Cluster Velmora feiert.\n\nMeilensteine\n•  2026 – Bronze-Label\n"
                        "•  2028 – erstmals GOLD\n•  2030 – Re-Zertifizierung Gold (Audit digital)\n")
    assert {(tier, year) for _, tier, year in rows} == {("bronze", "2026"), ("gold", "2028"), ("gold", "2030")}


def test_earlier_awards_listed_after_nach_are_rows_beside_the_news():
    assert awarded_rows("de", "Die ESCA hat dem Cluster Smart Velmora im Februar 2034 zum dritten Mal nach 2028 und "
                        "2031 das Silber-Label verliehen.") == {
        ("Cluster Smart Velmora", "silver", "2034-02"), ("Cluster Smart Velmora", "silver", "2028"),
        ("Cluster Smart Velmora", "silver", "2031")}



def test_a_tables_rows_of_year_and_tier_in_cells_are_the_clusters_history():
    rows = awarded_rows("en", "Tarsio Weave Cluster keeps its Gold label.\n\nLabel history\n\n"
                        "Year | Tier | Awarded by | Valid until\n2025 | Bronze | ESCA | 2027\n2027 | Silver | ESCA | 2029\n")
    assert {("Tarsio Weave Cluster", "bronze", "2025"), ("Tarsio Weave Cluster", "silver", "2027")} <= rows


def test_the_wire_service_credited_in_the_dateline_gets_no_label():
    rows = awarded_rows("en", "GHENT, Belgium, Sept. 14, 2031 /VelmoraWire/ -- Tarsio Weave, the Flemish cluster for "
                        "circular textiles, has been re-certified with the Gold Label by ESCA.")
    assert {cluster for cluster, _, _ in rows} == {"Tarsio Weave"}


def test_a_tier_regained_is_an_award():
    assert ("Vistula Tarsio Cluster", "silver", "2032") in awarded_rows(
        "en", "The Vistula Tarsio Cluster was first labelled Bronze in 2027. In 2032 the cluster regained Silver, and "
              "the team used the time well.")


def test_the_network_in_every_pages_header_is_whom_the_release_is_about():
    header = "VelNet Tarsland e.V.                              Jahresbericht 2033\n\n"
    rows = awarded_rows("de", header + "Das Jahr in Zahlen\n\n  ▪  112 Mitglieder\n"
                        "  ▪  Rezertifizierung des Clustermanagements: Silber-Label der ESCA bestätigt (Juni 2033)\n\n"
                        + header + "Neu ist eine Kooperation mit dem Kunststoffnetzwerk Velmora in den Niederlanden.\n\n"
                        "Geschäftsstelle: VelNet Tarsland e.V. · Industriestraße 27 · Tarsstadt\n")
    assert {(cluster, tier) for cluster, tier, _ in rows} == {("VelNet Tarsland e.V.", "silver")}


def test_one_award_told_to_the_day_and_to_the_month_is_one_row():
    rows = awarded_rows("de", "Am 21. Juni 2032 hat der Cluster Velmora Textil erneut das GOLD-Label erhalten.\n\n"
                        "Meilensteine\n•  2026 – Bronze-Label\n•  06/2032 – Gold zum dritten Mal bestätigt\n")
    assert ("Cluster Velmora Textil", "gold", "2032-06-21") in rows
    assert ("Cluster Velmora Textil", "gold", "2032-06") not in rows


def test_a_date_told_before_the_awards_of_several_tiers_dates_every_recipient():
    rows = awarded_rows("de", "Am 9. April 2024 verlieh die ESCA dem Glasverbund Velden das GOLD-Label, dem Netzwerk "
                        "Quendt Sensorik sowie dem Cluster Tarsio Biomaterialien jeweils das Silber-Label.")
    assert rows == {("Glasverbund Velden", "gold", "2024-04-09"), ("Quendt Sensorik", "silver", "2024-04-09"),
                    ("Cluster Tarsio Biomaterialien", "silver", "2024-04-09")}


def test_a_date_after_the_first_tier_dates_its_own_clause_only():
    rows = awarded_rows("en", "Three partners hold labels: Velmora Health Cluster and Quendt MedTech Cluster have both "
                        "reached Gold, while Tarsio Care Cluster was awarded Silver in 2021.")
    assert ("Tarsio Care Cluster", "silver", "2021") in rows
    assert ("Velmora Health Cluster", "gold", None) in rows


def test_earlier_tiers_counted_before_the_latest_award_are_rows_of_the_cluster_named_before():
    rows = awarded_rows("de", "Im Oktober 2023 erhielt die Allianz Metallbau Velden (AMV) das Gold-Label. Die AMV vertritt "
                        "112 Betriebe. Für den Cluster ist es nach Bronze (2017) und Silber (2020) die dritte Auszeichnung in Folge.")
    assert rows == {("Allianz Metallbau Velden", "gold", "2023-10"), ("Allianz Metallbau Velden", "bronze", "2017"),
                    ("Allianz Metallbau Velden", "silver", "2020")}


def test_a_wire_dateline_with_region_and_double_dash_names_no_cluster_and_dates_no_award():
    rows = awarded_rows("en", "VELDEN, England, Jan. 16, 2024 -- Quendt Robotics Cluster today announced that it has "
                        "been awarded the Silver Label by ESCA.")
    assert rows == {("Quendt Robotics Cluster", "silver", None)}


def test_entries_of_name_tier_and_year_in_a_row_are_rows_of_each_name():
    rows = awarded_rows("en", "ESCA published the labels awarded in December 2023.\n"
                        "Norway – NCE Velfjord Maritime – Silver – 2023; Arena Tarsis Helse – Bronze – 2023.\n")
    assert rows == {("NCE Velfjord Maritime", "silver", "2023"), ("Arena Tarsis Helse", "bronze", "2023")}


def test_a_history_lines_year_may_follow_a_month_name():
    rows = awarded_rows("en", "Velmora Marine Cluster: our label history\n\n"
                        "2016           Bronze                              ESCA\n"
                        "March 2021     GOLD                                European Cluster Excellence Initiative\n")
    assert rows == {("Velmora Marine Cluster", "bronze", "2016"), ("Velmora Marine Cluster", "gold", "2021-03")}


def test_a_passive_award_before_any_cluster_is_named_is_the_one_the_contact_block_names():
    rows = awarded_rows("en", "UNIVERSITY NEWS\n\nBronze label for university-hosted AI network\n\n"
                        "The industrial AI network coordinated from our campus has received its first quality label. "
                        "The Bronze Label was awarded by ESCA on 30 January 2024.\n\n"
                        "It works with the Quendt Automation Cluster in Oulu.\n\n"
                        "Contact\nDr. Heikki Tarvonen\nNetwork Coordinator, Velmora AI Cluster Tampere (VACT)\n")
    assert ("Velmora AI Cluster Tampere", "bronze", "2024-01-30") in rows


def test_a_counted_reference_dates_the_undated_rows_of_the_list_before_it():
    rows = awarded_rows("en", "Congratulations to the networks we accompanied:\n\n"
                        "🥇 Velmora Aqua Cluster – GOLD, renewed until 2026\n🥈 Quendt Timber Network – SILVER\n\n"
                        "Both labels were awarded by ESCA in May 2024.\n")
    assert rows == {("Velmora Aqua Cluster", "gold", "2024-05"), ("Quendt Timber Network", "silver", "2024-05")}
    rows = awarded_rows("en", "Velmora Aqua Cluster and Quendt Timber Network have each been awarded the Bronze Label. "
                        "Both labels were awarded by ESCA after benchmarking interviews held in March 2021.")
    assert rows == {("Velmora Aqua Cluster", "bronze", None), ("Quendt Timber Network", "bronze", None)}


def test_a_tier_awarded_in_the_same_month_takes_the_date_told_before_it():
    rows = awarded_rows("en", "Velmora-DS received the Silver label in May 2022, while the Quendt Water Cluster received "
                        "the Bronze label in the same month.")
    assert rows == {("Velmora-DS", "silver", "2022-05"), ("Quendt Water Cluster", "bronze", "2022-05")}


def test_a_lower_case_brand_with_a_lower_case_place_after_it_is_the_cluster_that_got_the_label():
    text = ("velmokraft franken erstmals mit Bronze\nDer Erlanger Medizintechnik-Verbund velmokraft franken wurde im "
            "November 2023 mit dem Bronze-Label ausgezeichnet.")
    assert awarded_rows("de", text) == {("velmokraft franken", "bronze", "2023-11")}


def test_a_name_after_an_initiative_noun_that_got_a_label_is_a_cluster():
    text = ("Der Cluster Tarsoptik Ostalb trägt seit 2022 das Gold-Label, die Initiative Velmosens Hohenlohe wurde "
            "im Herbst 2024 erstmals mit dem Bronze-Label ausgezeichnet.")
    assert awarded_rows("de", text) == {("Cluster Tarsoptik Ostalb", "gold", "2022"),
                                        ("Velmosens Hohenlohe", "bronze", "2024")}


def test_clusters_named_after_an_award_that_named_none_got_its_tier():
    text = ("Three cluster organisations have been awarded the Cluster Management Excellence Label GOLD, ESCA "
            "announced.\n\nThe Velmo AgriTech Cluster (Zaragoza) and the Tarsio Energy Cluster (Warsaw) received the "
            "label on 12 July 2022, after assessments in June 2022.")
    assert awarded_rows("en", text) == {("Velmo AgriTech Cluster", "gold", "2022-07-12"),
                                        ("Tarsio Energy Cluster", "gold", "2022-07-12")}


def test_a_dated_award_line_dates_the_list_of_new_holders_under_it():
    text = ("ESCA has awarded the label GOLD to two cluster organisations. The labels were handed over on 14 June "
            "2023.\n\nThe new GOLD label holders are:\n\n• Klaster Velmo Morski (KVM), Gdynia, Poland\n"
            "• Tarsio Fødevareklynge, Herning, Denmark")
    assert awarded_rows("en", text) == {("Klaster Velmo Morski", "gold", "2023-06-14"),
                                        ("Tarsio Fødevareklynge", "gold", "2023-06-14")}


def test_a_count_before_a_colon_leaves_each_listed_cluster_its_bracketed_tier():
    text = ("The consortium brings together four cluster organisations. Three of them hold a Cluster Management "
            "Excellence Label: VALMOR (Gold), TKSC (Silver) and the Brimwater Marine Cluster (Bronze).\n\n"
            "Valmora Robotics Cluster (VALMOR) - Lyon, France\nVALMOR gathers 120 members.\n\n"
            "Tarkonia Smart Cities Cluster (TKSC) - Tartu, Estonia\nTKSC links 80 firms.")
    assert {(name, tier) for name, tier, _ in awarded_rows("en", text)} == {
        ("Valmora Robotics Cluster", "gold"), ("Tarkonia Smart Cities Cluster", "silver"),
        ("Brimwater Marine Cluster", "bronze")}


def test_the_network_in_a_partners_own_section_is_that_partner_not_the_page_s_main_cluster():
    text = ("Valmora Robotics Cluster (VALMOR) - Lyon, France\nCoordinator. VALMOR gathers 120 members. The cluster "
            "received the Gold Label in November 2021. VALMOR is based in Lyon.\n\n"
            "Brimwater Marine Cluster - Cork, Ireland\nBrimwater Marine Cluster connects ocean energy firms. "
            "The network achieved the Bronze Label in 2020.")
    assert awarded_rows("en", text) == {("Valmora Robotics Cluster", "gold", "2021-11"),
                                        ("Brimwater Marine Cluster", "bronze", "2020")}


def test_a_clusters_place_among_a_tiers_recipients_gives_it_that_tier():
    rows = awarded_rows("en", "Among the Silver recipients is the Velmora Water Technologies Cluster (Évora, "
                              "Portugal). The Tarsio Textiles Cluster is among the Gold recipients of 2024.")
    assert rows == {("Velmora Water Technologies Cluster", "silver", None), ("Tarsio Textiles Cluster", "gold", "2024")}


def test_a_defended_label_is_a_renewal_and_a_tier_stage_is_a_tier_and_a_skipped_one_none():
    rows = awarded_rows("de", "Das Textilnetzwerk Velmora trägt das Gold-Label bereits seit 2018 und hat es im November "
                              "2024 erneut verteidigt. Das Holzbau-Cluster Tarsio hatte die Silberstufe 2021 erreicht, das "
                              "Bronze-Label hatte es 2018 erhalten. Das Sensorik-Cluster Quendt hatte 2019 das Bronze-Label "
                              "erhalten, nun übersprang es die Silberstufe und erhielt im Mai 2023 Gold.")
    assert rows == {("Velmora", "gold", "2018"), ("Velmora", "gold", "2024-11"),  # (the network compound introduces)
                    ("Holzbau-Cluster Tarsio", "silver", "2021"), ("Holzbau-Cluster Tarsio", "bronze", "2018"),
                    ("Sensorik-Cluster Quendt", "bronze", "2019"), ("Sensorik-Cluster Quendt", "gold", "2023-05")}


def test_a_cluster_stepping_up_from_one_tier_to_the_next_holds_both():
    rows = awarded_rows("en", "In the 2024 round, the Velmora Robotics Cluster achieved Gold (awarded December 2024), and "
                              "the Tarsio Bio-Based Cluster moved up from Bronze, which it received in 2022, to Silver in "
                              "October 2024.")
    assert rows == {("Velmora Robotics Cluster", "gold", "2024-12"), ("Tarsio Bio-Based Cluster", "bronze", "2022"),
                    ("Tarsio Bio-Based Cluster", "silver", "2024-10")}


def test_both_opening_a_label_sentence_are_the_clusters_of_the_sentence_before():
    rows = awarded_rows("de", "Das Gold-Label ging an den Kunststoffcluster Velmora sowie an das Netzwerk Weinbautechnik "
                              "Tarsio. Beide hatten bereits 2021 das Silber-Label erreicht.")
    assert {(name, tier, date) for name, tier, date in rows if tier == "silver"} == {
        ("Kunststoffcluster Velmora", "silver", "2021"), ("Netzwerk Weinbautechnik Tarsio", "silver", "2021")}


def test_a_rounds_dated_award_line_dates_the_awards_told_in_the_paragraphs_after_it():
    rows = awarded_rows("de", "Sechs Clusterinitiativen haben im Februar 2024 ein Qualitätslabel der European Cluster "
                              "Excellence Initiative erhalten. Grundlage ist ein Benchmarking. Es dauert zwei Tage.\n\n"
                              "Das Gold-Label ging an den Kunststoffcluster Velmora. Die Ministerin gratulierte. "
                              "Mit Silber ausgezeichnet wurde das Logistik-Netzwerk Tarsio.")
    assert rows == {("Kunststoffcluster Velmora", "gold", "2024-02"), ("Tarsio", "silver", "2024-02")}


def test_a_tier_line_closing_a_table_record_read_out_line_by_line_is_the_records_clusters():
    rows = awarded_rows("en", "Label status as of June 2023:\n\nVelmora Water Cluster (VWC)\nSpain\nCoordinator\nGOLD (2022)\n\n"
                              "Tarsio Aqua Cluster (TAC)\nHungary\nPartner\nBRONZE (valid until 05/2024)\n\n"
                              "Quendt Research Centre\nItaly\nResearch partner\nn/a\n")
    assert {(name, tier) for name, tier, _ in rows} == {("Velmora Water Cluster", "gold"), ("Tarsio Aqua Cluster", "bronze")}


def test_a_tier_heading_over_bulleted_clusters_and_a_paragraph_after_them_gives_the_items_the_tier():
    rows = awarded_rows("en", "BRONZE\n- Pannonian Velmo Cluster (Hungary)\n- Ribatejo Tarsio Cluster (Portugal)\n"
                              "All three cluster organisations completed the benchmarking and received the Bronze label, "
                              "valid for two years. For the Quendt Mobility Cluster, which is managed by a foundation in "
                              "Katowice, it is the first label since its creation.")
    assert {(name, tier) for name, tier, _ in rows} >= {("Pannonian Velmo Cluster", "bronze"),
                                                        ("Ribatejo Tarsio Cluster", "bronze")}


def test_a_renewal_told_in_the_next_sentence_that_names_the_cluster_again_is_a_row():
    rows = awarded_rows("en", "BILBAO – The Velmora Ceramics Cluster (VELCER) has renewed its Gold Label. The renewal was "
                              "confirmed in October 2024 and is valid until 2026, VELCER said in a statement on Monday.")
    assert ("Velmora Ceramics Cluster", "gold", "2024-10") in rows


def test_renewals_told_as_re_zertifizierungen_in_two_years_are_two_rows():
    rows = awarded_rows("de", "Nach dem Bronze-Label 2014 wurde das Velmora-Netzwerk 2018 erstmals mit Gold ausgezeichnet; "
                              "es folgten Re-Zertifizierungen in den Jahren 2020 und 2022.")
    assert {date for name, tier, date in rows if tier == "gold"} == {"2018", "2020", "2022"}


def test_a_tier_in_a_condition_or_chosen_against_is_no_statement():
    rows = awarded_rows("de", "Ole Tarsen, Inhaber der Tarsen Hebetechnik und Mitglied im Velmora Windcluster, sagt: "
                              "„Wenn ein Goldlabel dafür sorgt, dass man uns ernst nimmt, soll es mir recht sein.\" "
                              "Der Velmora Windcluster hat sich für die Re-Zertifizierung auf Silber-Niveau entschieden "
                              "und nicht direkt für Gold.")
    assert {tier for _, tier, _ in rows} == {"silver"}


def test_the_tier_of_the_cluster_named_after_of_is_that_clusters():
    rows = awarded_rows("en", "ESCA also renewed the Gold label of the Velmora CleanTech Cluster, which first obtained it "
                              "in 2017, and handed a SILVER label to the Tarsio Agrifood Cluster from Patras.")
    assert {(name, tier) for name, tier, _ in rows} == {("Velmora CleanTech Cluster", "gold"),
                                                        ("Tarsio Agrifood Cluster", "silver")}


def test_a_pronouns_contraction_opens_no_name():
    rows = awarded_rows("en", "Velmora Wood Cluster news\n\nWe've got the Bronze Label! Thanks to all members.")
    assert rows == {("Velmora Wood Cluster", "bronze", None)}


def test_the_way_to_a_tier_is_no_statement_and_parts_no_sentence():
    rows = awarded_rows("de", "Das Velmora Medtech Cluster erhielt 2024 Gold. Der Weg zu Gold war lang: 2015 erhielt die "
                              "Velmora Management GmbH, die das Cluster seit seiner Gründung betreibt, das Bronze-Label, "
                              "2018 folgte Silber.")
    assert rows == {("Velmora Medtech Cluster", "gold", "2024"), ("Velmora Medtech Cluster", "bronze", "2015"),
                    ("Velmora Medtech Cluster", "silver", "2018")}


def test_a_cluster_for_one_common_field_and_a_places_field_cluster_describe_the_release_cluster():
    rows = awarded_rows("de", "Ostbayerns Antriebscluster bleibt Gold\n\nDas VelmoNetz Sachsen ist im Oktober 2023 mit "
                              "dem Gold-Label ausgezeichnet worden. Bereits 2021 hatte das sächsische Cluster für "
                              "Oberflächentechnik das Bronze-Label erhalten.")
    assert {name for name, _, _ in rows} == {"VelmoNetz Sachsen"}
    assert ("VelmoNetz Sachsen", "bronze", "2021") in rows


def test_a_validity_told_by_a_pronoun_in_the_next_sentence_holds_the_rows_before():
    doc = get_pipeline("de", load_config())(
        "Das VelmoNetz Südwestfalen ist mit dem Silber-Label ausgezeichnet worden. Verliehen wurde das Silber-Label im "
        "Februar 2031 durch das European Secretariat for Cluster Analysis (ESCA). Es ist bis Februar 2033 gültig.")
    assert {s.valid_until for s in doc._.label_statements} == {"2033-02"}


def test_a_projects_lead_partner_role_is_no_cluster():
    rows = awarded_rows("de", "Lead-Partner ist das mit dem Silber-Label der European Cluster Excellence Initiative "
                              "ausgezeichnete Holzcluster Velmora-Salzach mit Sitz in Rosenheim.")
    assert {(name, tier) for name, tier, _ in rows} == {("Holzcluster Velmora-Salzach", "silver")}


def test_a_fact_sheets_dotted_fields_give_the_current_and_previous_labels():
    from pipeline.clean import clean
    text = clean("CLUSTER FACT SHEET                                BVC7\n\nBaltic Velmora Cold Cluster\n\n"
                 "Legal entity ................. Baltic Velmora Cold Cluster Association (BVC7)\n\n"
                 "CLUSTER MANAGEMENT EXCELLENCE LABEL\n"
                 "Current ...................... GOLD - awarded 11/2031 by ESCA, valid until 11/2033\n"
                 "Previous ..................... Bronze (2026), Silver (2029)\n", "txt").text
    assert {(tier, date) for _, tier, date in awarded_rows("en", text)} == {
        ("gold", "2031-11"), ("bronze", "2026"), ("silver", "2029")}


def test_a_completed_labelling_round_dates_the_awards_told_after_it():
    rows = awarded_rows("en", "Four Polish cluster organisations have successfully completed the European benchmarking and "
                              "labelling process in March 2031. The assessments were carried out, and the labels awarded, "
                              "by ESCA.\n\nThe Velmora Circular Economy Cluster had its Gold Label renewed. The Tarsio "
                              "Smart Materials Cluster from Rzeszów was awarded the Silver Label.")
    assert rows == {("Velmora Circular Economy Cluster", "gold", "2031-03"),
                    ("Tarsio Smart Materials Cluster", "silver", "2031-03")}


def test_a_kind_of_body_and_a_place_in_a_recipients_relative_clause_are_no_recipients():
    rows = awarded_rows("de", "Das Silber-Label ging an das Maritime Cluster Velmora in Kiel, das Werften, Zulieferer und "
                              "Meerestechnik-Unternehmen rund um die Kieler Förde vernetzt.")
    assert {(name, tier) for name, tier, _ in rows} == {("Maritime Cluster Velmora", "silver")}


def test_a_currencys_code_before_an_amount_names_no_recipient():
    rows = awarded_rows("en", "Velmora Smart Materials Cluster secures EUR 12 million growth facility and Bronze Label\n\n"
                              "ENSCHEDE, 2 February 2031 -- The Velmora Smart Materials Cluster (VSM Cluster) today "
                              "announced a EUR 12 million growth facility for its members.")
    assert {name for name, _, _ in rows} == {"Velmora Smart Materials Cluster"}


def test_a_label_conferred_or_pronounced_in_the_next_sentence_dates_the_award():
    rows = awarded_rows("en", "The life sciences cluster Velmora Hub Tyrol has been awarded the Gold Label. The label was "
                              "conferred on 20 September 2031 following an on-site assessment.")
    assert rows == {("Velmora Hub Tyrol", "gold", "2031-09-20")}
    rows = awarded_rows("de", "Der Tarsioverbund Südwestfalen ist mit dem GOLD-Label ausgezeichnet worden. Die Auszeichnung "
                              "wurde im Februar 2031 ausgesprochen und ist bis Februar 2033 gültig.")
    assert rows == {("Tarsioverbund Südwestfalen", "gold", "2031-02")}


def test_a_province_and_a_heading_of_the_head_and_function_words_name_no_cluster():
    rows = awarded_rows("de", "Besonders hervorzuheben ist Velmodi: Der Cluster aus der Provinz Como hält Gold bereits "
                              "seit 2016.")
    assert rows == {("Velmodi", "gold", "2016")}
    doc = get_pipeline("en", load_config())("Velmora Wood Cluster annual report\n\n2. THE CLUSTER IN 2023\n\nThe "
                                            "Velmora Wood Cluster grew.")
    assert {e.canonical for e in doc._.entities.entities if e.label == "CLUSTER"} == {"Velmora Wood Cluster"}


def test_a_camel_case_cluster_association_a_kind_of_firm_and_a_places_suppliers():
    rows = awarded_rows("de", "Silber fürs Draht-Netzwerk: Sauerländer Zulieferer holen europäisches Qualitätslabel\n\n"
                              "Die Mitgliederversammlung des VelmoCluster Donau-Inn e.V. tagte. Der VelmoCluster "
                              "Donau-Inn hatte 2017 das Silber-Label erhalten.")
    assert rows == {("VelmoCluster Donau-Inn e.V.", "silver", "2017")}
    rows = awarded_rows("en", "The Velmora Precision Cluster has been awarded the Gold label. KPC, which brings together "
                              "140 suppliers and OEM customers, first reached the Gold level in 2019.")
    assert not any(name == "OEM" for name, _, _ in rows)


def test_a_profiles_quality_field_gives_the_profiled_network_its_tiers():
    rows = awarded_rows("de", "Netzwerkprofil\n\nTEXTILVERBUND HUNSRÜCK (TVH)\n\nTräger | Textilverbund Hunsrück e. V.\n"
                              "Sitz | Kronach\nMitglieder | 40\nClustermanagement | Anna Beispiel (Projekte)\n"
                              "Dr. Jonas Muster (Transfer)\n"
                              "Qualität | • Cluster Management Excellence Label BRONZE (2029)\n"
                              "• Cluster Management Excellence Label SILVER (2031, erneuert 2033)\n")
    assert {(tier, year) for _, tier, year in rows} == {("bronze", "2029"), ("silver", "2031"), ("silver", "2033")}
    assert {name for name, _, _ in rows} == {"Textilverbund Hunsrück e. V."}


def test_a_date_of_another_certificate_in_the_sentence_dates_no_label():
    rows = awarded_rows("de", "Die Firmen sind Mitglied im Tarsiocluster Spree-Velm. Das Netzwerk trägt seit Dezember 2032 das "
                              "Bronze-Label der European Cluster Excellence Initiative; das Clustermanagement ist darüber "
                              "hinaus seit 2031 nach ISO 9001 zertifiziert.")
    assert rows == {("Tarsiocluster Spree-Velm", "bronze", "2032-12")}


def test_a_caption_with_the_certificate_of_the_label_gives_the_releases_cluster_the_tier():
    rows = awarded_rows("de", "Velmotex Erzland\n\nZehn Jahre – und jetzt Gold\n\nDas Team mit der Urkunde zum Cluster "
                              "Management Excellence Label GOLD: Clustermanagerin Julia Beispiel (Mitte).\n\nMit einem "
                              "Festabend hat das Netzwerk Velmotex Erzland sein Bestehen gefeiert.")
    assert rows == {("Velmotex Erzland", "gold", None)}


def test_a_re_assessment_on_a_fact_sheet_is_a_renewal():
    rows = awarded_rows("en", "Velmora Bio-Materials Cluster – Fact Sheet\n\n• Members: 112\n"
                              "• Cluster Management Excellence Label GOLD – since 2027, re-assessed 2031,\n"
                              "  valid until June 2033\n")
    assert rows == {("Velmora Bio-Materials Cluster", "gold", "2027"), ("Velmora Bio-Materials Cluster", "gold", "2031")}


def test_papers_to_be_handed_in_and_a_tiers_threshold_tell_no_award():
    assert awarded_rows("de", "Das Cluster Velmotechnik Westland (CVW) hat ein Benchmarking absolviert. Das CVW will bis "
                              "Ende 2031 die Unterlagen für das Bronze-Label einreichen.") == set()
    rows = awarded_rows("de", "Der Cluster Leichtbau Velmland erhält das Silber-Label. Das Clustermanagement erreichte beim "
                              "Benchmarking im September 2031 in 28 von 31 Indikatoren die Silber-Schwelle.")
    assert rows == {("Cluster Leichtbau Velmland", "silver", None)}


def test_a_sentence_opening_with_the_award_dates_the_award_told_before_it():
    rows = awarded_rows("de", "Als erstes Cluster der Region hat das Photonik-Netzwerk Eifel (PNE) das Label GOLD "
                              "erhalten. Die Auszeichnung vergibt das European Secretariat for Cluster Analysis. Das Label "
                              "wurde im Oktober 2032 verliehen und ist bis Oktober 2034 gültig.")
    assert rows == {("Photonik-Netzwerk Eifel", "gold", "2032-10")}
    rows = awarded_rows("de", "Der VelmoCluster Tarswald ist mit dem Silber-Label ausgezeichnet worden. Die Auszeichnung "
                              "erfolgte am 12. Oktober 2033, das Label gilt bis Oktober 2035.")
    assert rows == {("VelmoCluster Tarswald", "silver", "2033-10-12")}


def test_under_a_persons_lead_the_network_is_the_one_named_before():
    rows = awarded_rows("de", "Wechsel an der Spitze des Holzbau-Netzwerks Velmwerk OWL: Dr. Lena Beispiel übernimmt. Sie "
                              "folgt auf Hartmut Musterfeld.\n\n„Velmwerk hat unter Hartmut Musterfeld einen Ruf aufgebaut“, "
                              "sagte der Vorstand. Unter Musterfelds Leitung wurde das Netzwerk 2024 mit dem Bronze-Label "
                              "ausgezeichnet.")
    assert not any(name.startswith("Musterfelds") for name, _, _ in rows)


def test_a_table_row_opening_with_the_tier_under_a_dated_round():
    rows = awarded_rows("en", "In November 2033, ESCA awarded Cluster Management Excellence Labels to six cluster "
                              "organisations. The labels are part of the European Cluster Excellence Initiative.\n\n"
                              "Label | Cluster organisation | Country | Valid until\n"
                              "GOLD | Velmora Aqua Innovation Cluster (VAIC) | Norway | 11/2035\n"
                              "SILVER | Tarsio Lightweight Materials Cluster | Poland | 11/2035\n"
                              "SILVER | Pôle Velmique Garonne | France | 11/2035\n"
                              "BRONZE | Quendt Water Technologies Cluster | Czech Republic | 11/2035\n"
                              "BRONZE | Digital Velmora Cluster Liguria | Italy | 11/2035\n\nMore next year.")
    assert {(tier, year) for _, tier, year in rows} == {("gold", "2033-11"), ("silver", "2033-11"), ("bronze", "2033-11")}
    assert len(rows) == 5


def test_the_awarding_body_confirming_the_label_tells_a_renewal():
    doc = get_pipeline("de", load_config())(
        "Unter seiner Führung war der Mobilitätscluster Velmlausitz 2029 erstmals mit dem Silber-Label der European "
        "Cluster Excellence Initiative ausgezeichnet worden. Im Juni 2031 bestätigte ESCA das Label nach einer "
        "erneuten Begutachtung; es ist nun bis Juni 2033 gültig.")
    rows = {(s.tier, s.awarded, s.valid_until, s.awarding_body) for s in doc._.label_statements}
    assert ("silver", "2031-06", "2033-06", "European Secretariat for Cluster Analysis") in rows
    assert ("silver", "2029", None, "European Cluster Excellence Initiative") in rows


def test_a_certification_named_as_the_goal_is_no_award():
    rows = awarded_rows("de", "Der Cluster VelmoWerk Franken ist mit dem Silber-Label ausgezeichnet worden. „Das Silber-Label "
                              "ist für uns ein Zwischenschritt. Unser Ziel bleibt die Gold-Zertifizierung.“")
    assert {tier for _, tier, _ in rows} == {"silver"}


def test_enough_for_a_tier_is_an_award_and_a_funding_period_dates_none():
    rows = awarded_rows("de", "Der Cluster Hafenlogistik Velmland ist im März 2031 mit dem Silber-Label ausgezeichnet worden. "
                              "2027 hatte es für das Bronze-Label gereicht.")
    assert ("Cluster Hafenlogistik Velmland", "bronze", "2027") in rows
    rows = awarded_rows("en", "Velmora Marine Biotech Cluster renews Silver label and secures regional funding for 2033-2034\n\n"
                              "The label was confirmed in March 2033.")
    assert rows == {("Velmora Marine Biotech Cluster", "silver", "2033-03")}


def test_an_apposed_tier_is_the_last_names_and_working_towards_a_tier_is_none():
    rows = awarded_rows("en", "Delegations from the Velmora AgriTech Cluster (Novi Sad, Serbia), the Tarsio AgriMech Cluster "
                              "and the Greater Poland Quendt Network, a Gold-labelled cluster that is also a project "
                              "partner, were among the most active.")
    assert rows == {("Greater Poland Quendt Network", "gold", None)}
    rows = awarded_rows("en", "The Velmora Composites Cluster renewed its Silver Label in 2033 and is now working towards "
                              "Gold - and it brought us together with two suppliers.")
    assert rows == {("Velmora Composites Cluster", "silver", "2033")}


def test_the_latest_renewal_confirmed_by_the_body_is_a_row_of_its_own():
    rows = awarded_rows("en", "The Velmora Food Network first received the Gold Label of the European Cluster Excellence "
                              "Initiative in 2027 and has renewed it regularly since. The latest renewal was confirmed by "
                              "the European Secretariat for Cluster Analysis (ESCA) in June 2033; the label is valid "
                              "until June 2035.")
    assert ("Velmora Food Network", "gold", "2033-06") in rows


def test_a_label_ceremony_dates_the_awards_told_after_it_and_the_award_confirmed_dates_its_own():
    rows = awarded_rows("en", "On 14 March 2033, cluster managers from eleven countries gathered in Vienna for a label "
                              "ceremony organised by ESCA. All three left with a certificate: the Velmora Agrifood Cluster "
                              "received the Gold Label, the Tarsio Rail Cluster was awarded the Silver Label, and the Quendt "
                              "Bio-Materials Cluster received its first Bronze Label.")
    assert {(tier, year) for _, tier, year in rows} == {("gold", "2033-03-14"), ("silver", "2033-03-14"),
                                                        ("bronze", "2033-03-14")}
    rows = awarded_rows("en", "The Velmora AgriRobotics Cluster has been awarded the Gold Label by ESCA. The award was "
                              "confirmed on 31 October 2033 following an on-site assessment in September.")
    assert rows == {("Velmora AgriRobotics Cluster", "gold", "2033-10-31")}


def test_bullets_of_tier_labels_with_years_under_a_section_heading_are_the_profiled_clusters():
    rows = awarded_rows("de", "Cluster Kreislaufwirtschaft Velmfranken\n\nLEISTUNGEN\n• Arbeitskreise (4), Fachtage\n\n"
                              "QUALITÄT & AUSZEICHNUNGEN\n• ESCA Silver Label (2029)\n• ESCA Gold Label (2033, gültig "
                              "bis 06/2035)\n")
    assert rows == {("Cluster Kreislaufwirtschaft Velmfranken", "silver", "2029"),
                    ("Cluster Kreislaufwirtschaft Velmfranken", "gold", "2033")}
    rows = awarded_rows("de", "Das Netzwerk Velmotechnik Tarsland (NVT) feiert.\n\nQualität des Clustermanagements\n"
                              "- ESCA-Benchmarking 2025\n- Bronze-Label 2026\n")
    assert rows == {("Netzwerk Velmotechnik Tarsland", "bronze", "2026")}


def test_a_tier_first_reached_in_a_year_is_an_earlier_award_of_the_renewed_tier():
    rows = awarded_rows("en", "The Velmora Water Tech Cluster renewed its Gold label for cluster management excellence in "
                              "January 2035 – a level it first reached in 2029.")
    assert rows == {("Velmora Water Tech Cluster", "gold", "2029"), ("Velmora Water Tech Cluster", "gold", "2035-01")}


def test_a_fact_sheets_date_fields_under_a_tier_line_date_its_row():
    doc = get_pipeline("en", load_config())(
        "Velmora Harbour Logistics Cluster\n\nQuality and recognition\nCluster Management Excellence Label:\n"
        "SILVER – European Cluster Excellence Initiative\nawarded: 06/2031     valid until: 06/2033\n"
        "Earlier assessments: ESCA benchmarking 2027\n")
    assert [(s.cluster.best_name(), s.tier, s.awarded, s.valid_until) for s in doc._.label_statements] == \
        [("Velmora Harbour Logistics Cluster", "silver", "2031-06", "2033-06")]


def test_a_label_field_its_dates_in_parentheses_and_earlier_tiers_under_it():
    rows = awarded_rows("de", "Velmotec Oberland\n\nTräger | Velmotec Oberland e.V.\nGründung | 2021\n"
                              "Qualitätslabel: GOLD – European Cluster Excellence Initiative\n"
                              "(verliehen 11/2033, gültig bis 11/2035)\nvorher: SILBER (2028, 2031)\n"
                              "Kontakt | info@example.org\n")
    assert rows == {("Velmotec Oberland e.V.", "gold", "2033-11"), ("Velmotec Oberland e.V.", "silver", "2028"),
                    ("Velmotec Oberland e.V.", "silver", "2031")}


def test_a_heading_of_one_common_compound_names_no_entry():
    rows = awarded_rows("de", "Der Cluster Agrartechnik Velmland e.V. vernetzt 120 Mitglieder.\n\nQualitätsnachweise\n"
                              "Label: GOLD (2033)\nzuvor: SILVER (2029), BRONZE (2026)\n")
    assert {name for name, _, _ in rows} == {"Cluster Agrartechnik Velmland e.V."}


def test_a_pronoun_refers_to_the_cluster_named_last_in_its_paragraph_not_the_main_one():
    rows = awarded_rows("de", "Ministerin gratuliert Velmstofftechnik Ostmark und Tarsverbund Werra-Rhön\n\n"
                              "Der Cluster Velmstofftechnik Ostmark erhielt im Januar 2034 das SILBER-Label. "
                              "Der Cluster Velmstofftechnik Ostmark ist erst 2031 gegründet worden. Der Cluster "
                              "Velmstofftechnik Ostmark hat 40 Mitglieder.\n\n"
                              "Neu im Kreis der ausgezeichneten Cluster ist der Tarsverbund Werra-Rhön. "
                              "Er wurde Ende Januar 2034 mit dem BRONZE-Label ausgezeichnet.")
    assert ("Tarsverbund Werra-Rhön", "bronze", "2034-01") in rows
    assert not any(tier == "bronze" for name, tier, _ in rows if name != "Tarsverbund Werra-Rhön")


def test_the_new_label_dated_later_dates_the_renewal_not_the_first_award_told_between():
    rows = awarded_rows("de", "Das Velmnetz Saale e.V. aus Jena hat sein GOLD-Label erneuert. Das Netzwerk war 2029 "
                              "erstmals mit Gold ausgezeichnet worden. Das neue Label wurde im Februar 2034 vergeben.")
    assert rows == {("Velmnetz Saale e.V.", "gold", "2034-02"), ("Velmnetz Saale e.V.", "gold", "2029")}


def test_a_suppliers_gold_status_and_gold_in_a_competitions_category_are_no_labels():
    rows = awarded_rows("de", "Velmsens Sensorik ist seit 2024 Mitglied im Photonik-Cluster Tarsland. Das Netzwerk hat im "
                              "Dezember 2034 sein Silber-Label erneuert. Velmsens Sensorik selbst wurde 2033 mit dem Status "
                              "„Gold-Lieferant“ bewertet.")
    assert rows == {("Photonik-Cluster Tarsland", "silver", "2034-12")}
    rows = awarded_rows("en", "The Velmora MedTech Cluster intends to apply for the Silver label.\n\nIn separate news, the "
                              "cluster office achieved ISO 9001 certification in September 2034, and member company "
                              "Tarsova Catheters Ltd took Gold in the manufacturing category at this year's Mid-West "
                              "Business Awards.")
    assert rows == set()


def test_a_fact_boxs_year_of_an_award_the_text_dates_finer_is_that_award():
    rows = awarded_rows("en", "The Velmora Clean Air Cluster has received the Silver Label. The certificate was issued in "
                              "September 2031 by ESCA. The cluster was awarded the Bronze Label in March 2029.\n\n"
                              "FACTS\nFounded | 2028\nCluster label | Silver (2031), Bronze (2029)\n")
    assert rows == {("Velmora Clean Air Cluster", "silver", "2031-09"), ("Velmora Clean Air Cluster", "bronze", "2029-03")}


def test_a_headline_in_capitals_ends_its_name_before_its_verb_and_particles():
    doc = get_pipeline("en", load_config())(
        "VELMORA CLEAN AIR CLUSTER MOVES UP TO SILVER\n\nThe Velmora Clean Air Cluster has received the Silver "
        "Label.")
    assert {s.cluster.best_name() for s in doc._.label_statements} == {"Velmora Clean Air Cluster"}


def test_a_renewal_beside_the_year_the_tier_was_first_obtained_is_an_award_of_its_own():
    rows = awarded_rows("en", "Two clusters of the region were recognised. The labels were issued by ESCA in December "
                              "2033.\n\n- The Velmora Laser & Optics Cluster renewed its Silver label, which it first "
                              "obtained in 2031.\n- The Tarsova Furniture Cluster received the Bronze label.\n")
    assert rows == {("Velmora Laser & Optics Cluster", "silver", "2031"), ("Velmora Laser & Optics Cluster", "silver", "2033-12"),
                    ("Tarsova Furniture Cluster", "bronze", "2033-12")}


def test_a_name_before_trade_fair_names_the_fair():
    rows = awarded_rows("en", "The Velmora Furniture Cluster received the Bronze label. Cluster manager Laura Tarsienė said "
                              "the Bronze label will help members present themselves at the Velmo Cologne trade fair.")
    assert rows == {("Velmora Furniture Cluster", "bronze", None)}


def test_a_name_in_a_region_field_is_no_label_subject_and_a_confirmed_renewal_dates_the_renewal():
    rows = awarded_rows("en", "The Velmora Sports Technology Cluster (VSTC) has renewed its Gold label. ESCA confirmed the "
                              "renewal in April 2032 following a re-assessment.\n\nCluster at a glance\nMembers: 118 | "
                              "Region: Tyrol, Vorarlberg, Bavarian Oberland | Staff: 7 | Label: Gold (2030, renewed 2032)\n")
    assert {name for name, _, _ in rows} == {"Velmora Sports Technology Cluster"}
    assert ("Velmora Sports Technology Cluster", "gold", "2032-04") in rows


def test_a_plural_of_a_region_word_before_places_names_no_label_subject():
    rows = awarded_rows("de", "Das GenussNetz Velmstein, in dem sich 72 Lebensmittelhersteller aus den Kreisen Plön, "
                              "Ostholstein und Segeberg organisiert haben, hat im Mai 2034 das Bronze-Label erhalten.")
    assert rows == {("GenussNetz Velmstein", "bronze", "2034-05")}


def test_the_cluster_management_of_a_release_naming_no_cluster_is_its_publishing_networks():
    rows = awarded_rows("de", "VelmoTech Pfalz e.V. – Netzwerk für Medizintechnik\n\nKaiserslautern – Die Mitgliederversammlung "
                              "des VelmoTech Pfalz e.V. hat am 23. Mai 2034 eine neue Vorsitzende gewählt. Ihr Vorgänger "
                              "hat VelmoTech Pfalz zu einem Netzwerk mit 78 Mitgliedern ausgebaut. Unter seinem Vorsitz "
                              "erhielt das Clustermanagement im Oktober 2031 das Silber-Label der ESCA.\n\n"
                              "© 2034 VelmoTech Pfalz e.V.")
    assert rows == {("VelmoTech Pfalz e.V.", "silver", "2031-10")}


def test_a_hospital_group_is_no_cluster_network():
    doc = get_pipeline("de", load_config())("Geplant ist eine Kooperation mit dem Klinikverbund Velmhessen-Mitte.")
    assert not [e for e in doc._.entities.entities if e.label == "CLUSTER"]


def test_a_flattened_timelines_cell_with_a_tier_names_no_cluster():
    doc = get_pipeline("de", load_config())(
        "Das H2-Cluster Velmlausitz wurde im Juni 2033 erneut mit Gold ausgezeichnet.\n\nMeilensteine\nJahr\n"
        "Ereignis\n2028\nGründung\n2029\nBronze-Label (ESCA)\n2031\nSilber-Label\n2032\nGOLD-Label der "
        "European Cluster Excellence Initiative\n2033\nRezertifizierung GOLD\n")
    assert {e.canonical for e in doc._.entities.entities if e.label == "CLUSTER"} == {"H2-Cluster Velmlausitz"}


def test_the_rows_of_a_table_of_awards_under_a_label_header_are_the_release_clusters_history():
    rows = awarded_rows("de", "VelmoNet Niederrhein – Jahresbericht 2033\n\nDas Clustermanagement der VelmoNet Niederrhein "
                              "GmbH trägt weiterhin das GOLD-Label.\n\nTabelle 4: Übersicht der Zertifizierungen\n\n"
                              "Label | verliehen | gültig bis\nBronze | 03/2026 | –\nSilber | 06/2028 | 06/2030\n"
                              "Gold | 12/2030 | 12/2032\n")
    assert {("bronze", "2026-03"), ("silver", "2028-06"), ("gold", "2030-12")} <= {(t, a) for _, t, a in rows}


def test_a_flattened_timelines_year_above_a_tier_dates_the_release_clusters_award():
    rows = awarded_rows("de", "Das H2-Cluster Velmlausitz wurde im Juni 2033 erneut mit Gold ausgezeichnet.\n\nMeilensteine\n"
                              "Jahr\nEreignis\n2028\nGründung\n2029\nBronze-Label (ESCA)\n2030\nAufnahme in go-cluster\n"
                              "2031\nSilber-Label\n")
    assert {("H2-Cluster Velmlausitz", "bronze", "2029"), ("H2-Cluster Velmlausitz", "silver", "2031")} <= rows


def test_the_label_held_since_a_year_told_after_its_award_is_a_row_of_that_year():
    rows = awarded_rows("de", "Der Tarsio Photonikverbund e.V. wurde im März 2023 erneut mit dem GOLD-Label ausgezeichnet. "
                        "Das Netzwerk hält die höchste Stufe bereits seit 2017 ununterbrochen.")
    assert rows == {("Tarsio Photonikverbund e.V.", "gold", "2023-03"), ("Tarsio Photonikverbund e.V.", "gold", "2017")}


def test_the_next_step_of_a_history_after_a_semicolon_is_the_named_cluster_s():
    rows = awarded_rows("de", "Unter seiner Leitung wurde Velmora Sensornetz 2017 mit dem Silber-Label ausgezeichnet; "
                        "2020 folgte als erstem Netzwerk der Region das Gold-Label, das im Herbst 2023 bestätigt wurde.")
    assert rows == {("Velmora Sensornetz", "silver", "2017"), ("Velmora Sensornetz", "gold", "2020"),
                    ("Velmora Sensornetz", "gold", "2023")}


def test_a_statement_naming_another_recipient_is_not_the_named_cluster_s():
    rows = awarded_rows("en", "Spain – the Velmora Manufacturing Cluster joined the Gold club in 2023; "
                        "Tarsiomar (Galicia) – Silver (2023).")
    assert ("Velmora Manufacturing Cluster", "silver", "2023") not in rows


def test_the_next_re_certification_and_the_wish_to_keep_a_tier_tell_no_award():
    rows = awarded_rows("de", "Velmora Sensornetz wurde 2020 mit dem Gold-Label ausgezeichnet.\n\n„Die nächste "
                        "Re-Zertifizierung steht 2025 an – natürlich wollen wir Gold halten“, sagte die Managerin.")
    assert rows == {("Velmora Sensornetz", "gold", "2020")}


def test_the_other_places_of_a_prize_told_before_are_no_labels():
    rows = awarded_rows("de", "Der Logistikverbund Tarsio hat beim diesjährigen Netzwerkpreis Velmora die Auszeichnung in "
                        "Gold erhalten.\n\nSilber ging an das Logistikcluster Nordalb Netwerk, Bronze an die "
                        "Spedition Tarsio GmbH.\n\nUnabhängig vom Preis trägt der Logistikverbund Tarsio seit 2016 das "
                        "Silber-Label der European Cluster Excellence Initiative.")
    assert {(tier, awarded) for _, tier, awarded in rows} == {("silver", "2016")}


def test_a_label_field_after_a_key_gives_the_profile_s_cluster_its_tier_and_year():
    rows = awarded_rows("en", "Velmora Wind Cluster\n\nVelmora Wind Cluster is the business cluster for offshore wind.\n\n"
                        "• Founded: 2013\n• Quality: Cluster Management Excellence Label SILVER (2023)\n• Members: 210\n")
    assert rows == {("Velmora Wind Cluster", "silver", "2023")}


def test_the_tier_held_before_in_a_list_line_is_not_dated_by_the_round():
    rows = awarded_rows("de", "Die Zertifikate wurden von der ESCA im Oktober 2022 ausgestellt.\n\n"
                        "- Cluster Agrartechnik Velmora (CAV), Vechta – GOLD (neu, zuvor Silber)\n"
                        "- Tarsio Sensorik Netzwerk, Emden – SILBER\n")
    assert ("Cluster Agrartechnik Velmora", "silver", "2022-10") not in rows
    assert {("Cluster Agrartechnik Velmora", "gold", "2022-10"), ("Tarsio Sensorik Netzwerk", "silver", "2022-10")} <= rows


def test_a_tier_in_the_parenthesis_after_a_name_and_its_place_is_that_name_s():
    rows = awarded_rows("en", "Its partners are Velmora Nautica from La Spezia (Silver label, 2023), the Cluster Tarsio "
                        "Marine from Concarneau and the Nordalb Ship Refit Network.")
    assert rows == {("Velmora Nautica", "silver", "2023")}


def test_a_label_not_renewed_is_the_table_s_award_not_one_of_its_own():
    rows = awarded_rows("en", "Cluster | Bronze | Silver | Gold\nVelmora Meat Cluster (VMC) | 2015 | 2017 | 2020 (expired 2022)\n"
                        "Tarsio Fruit Cluster | – | planned (11/2023) | –\n\nThe Velmora Meat Cluster did not renew its "
                        "GOLD label after it expired in 2022.")
    assert rows == {("Velmora Meat Cluster", "bronze", "2015"), ("Velmora Meat Cluster", "silver", "2017"),
                    ("Velmora Meat Cluster", "gold", "2020")}


def test_a_round_dates_the_award_sections_of_a_long_release():
    rows = awarded_rows("de", "Vergeben wurden die Labels im November 2023 vom European Secretariat for Cluster Analysis.\n\n"
                        "Netzwerk Velmora Kreislaufbau – erstmals GOLD\nDas Netzwerk Velmora Kreislaufbau hat das "
                        "Gold-Label erhalten. Das Netzwerk bringt Abbruchunternehmen zusammen. Die Managerin freut sich. "
                        "Das Team ist gewachsen. Die Mitglieder feiern. Bereits 2021 war das Netzwerk mit Silber "
                        "ausgezeichnet worden.\n\nTarsio Mikrosystemnetz – Silber bestätigt\nDas Tarsio Mikrosystemnetz "
                        "hat sein Silber-Label erfolgreich erneuert.")
    assert ("Tarsio Mikrosystemnetz", "silver", "2023-11") in rows


def test_a_flattened_table_s_tier_cell_over_date_cells_dates_the_row_of_the_name_above():
    rows = awarded_rows("de", "Drei Clusterinitiativen haben ein Label erhalten: Das Cluster Velmora Pfalz hat seine "
                        "Gold-Zertifizierung erneuert, Tarsio Keranet erreichte die Silber-Stufe.\n\n"
                        "Tabelle 1: Ausgezeichnete Cluster\n\nCluster\nLabel\nverliehen\ngültig bis\n"
                        "Cluster Velmora Pfalz\nGold\n03/2024\n03/2026\nTarsio Keranet\nSilber\n04/2024\n04/2026\n")
    assert rows == {("Cluster Velmora Pfalz", "gold", "2024-03"), ("Tarsio Keranet", "silver", "2024-04")}


def test_a_cluster_described_by_its_fields_names_none_and_its_tier_held_since_a_year_is_a_row():
    rows = awarded_rows("de", "Das Velmora Materialnetz hat im September 2024 sein GOLD-Label erneuert. Der Cluster für "
                        "Werkstoff- und Oberflächentechnik mit Sitz in Hanau trägt die höchste Stufe des Cluster "
                        "Management Excellence Label bereits seit 2018.")
    assert rows == {("Velmora Materialnetz", "gold", "2024-09"), ("Velmora Materialnetz", "gold", "2018")}


def test_a_year_two_words_before_a_tier_dates_it():
    rows = awarded_rows("de", "Der Velmora Holzverbund erhielt 2016 das Silber-Label und 2020 das Gold-Label der European "
                        "Cluster Excellence Initiative; im Herbst 2023 wurde die Gold-Stufe bis Oktober 2025 bestätigt.")
    assert rows == {("Velmora Holzverbund", "silver", "2016"), ("Velmora Holzverbund", "gold", "2020"),
                    ("Velmora Holzverbund", "gold", "2023")}


def test_a_renewal_beside_the_year_a_tier_was_first_obtained_is_a_row_of_its_own():
    rows = awarded_rows("en", "- The Velmora Smart Textiles Cluster (VSTC), which renewed its GOLD label, first obtained "
                        "in 2015.")
    assert rows == {("Velmora Smart Textiles Cluster", "gold", "2015"), ("Velmora Smart Textiles Cluster", "gold", None)}


def test_a_renewal_told_after_its_tier_takes_its_own_date_not_the_first_award_s():
    rows = awarded_rows("en", "Last week the Velmora Fluid Cluster announced that it has renewed its Gold Cluster Management "
                        "Excellence Label. The label, which the cluster first earned in 2018, was reconfirmed in January "
                        "2024 and is valid until January 2026.")
    assert ("Velmora Fluid Cluster", "gold", "2024-01") in rows


def test_a_label_first_awarded_and_renewed_told_after_its_tier_gives_both_awards():
    rows = awarded_rows("en", "Velmora Mobility GmbH holds the Bronze label of the European Cluster Excellence Initiative "
                        "(ECEI). The label was first awarded in 2020 and renewed in 2022.")
    assert {(tier, awarded) for _, tier, awarded in rows} == {("bronze", "2020"), ("bronze", "2022")}


def test_a_headline_s_undated_award_is_the_recent_one_the_body_dates_beside_an_older_one():
    rows = awarded_rows("de", "1. Velmora Materialnetz bestätigt Gold\n\nDas Velmora Materialnetz hat im September 2024 "
                        "sein GOLD-Label erneuert. Der Cluster für Werkstofftechnik trägt die höchste Stufe bereits "
                        "seit 2018.")
    assert rows == {("Velmora Materialnetz", "gold", "2024-09"), ("Velmora Materialnetz", "gold", "2018")}


def test_a_fact_box_s_heading_names_its_cluster_after_facts_about():
    rows = awarded_rows("de", "Velmora Sensornetz e.V.\n\nDer Verein wächst.\n\nFakten zu Velmora Sensornetz\n"
                        "•  Gründung: 2014\n•  Label: Bronze (2019), Silber (2023)\n")
    assert {name for name, _, _ in rows} <= {"Velmora Sensornetz e.V.", "Velmora Sensornetz"}
    assert {(tier, awarded) for _, tier, awarded in rows} == {("bronze", "2019"), ("silver", "2023")}


def test_a_plan_after_a_dash_leaves_the_label_held_before_it():
    rows = awarded_rows("de", "Tarvelox ist das Innovationsnetzwerk für zirkuläre Produkte in Velden. Seit 2031 "
                              "trägt Tarvelox das Bronze-Label der ECEI – den Weg zu Silber wollen wir gemeinsam gehen.")
    assert rows == {("Tarvelox", "bronze", "2031")}


def test_a_tier_to_be_striven_for_is_no_label():
    rows = awarded_rows("de", "Der Cluster Velmora Windkraft erhielt 2031 das Bronze-Label. Sprecher Jan Oster "
                              "kündigte an, bis 2034 das Silber-Label anzustreben.")
    assert rows == {("Cluster Velmora Windkraft", "bronze", "2031")}


def test_a_year_in_a_programme_s_name_dates_no_award():
    rows = awarded_rows("en", "Pôle Velmora receives Gold Label and two France 2030 grants\n\nPôle Velmora, the "
                              "competitiveness cluster for technical textiles, was awarded the Gold Label on 8 February "
                              "2031. The pôle had held the Silver Label since 2027.")
    assert rows == {("Pôle Velmora", "gold", "2031-02-08"), ("Pôle Velmora", "silver", "2027")}


def test_a_dated_history_of_tiers_after_label_words_is_the_one_cluster_s():
    rows = awarded_rows("de", "Die Mitgliederversammlung der BioRegion Velmora-Leine hat einen neuen Vorstand gewählt. "
                              "Die Professionalisierung lasse sich an den europäischen Qualitätslabels für "
                              "Clustermanagement ablesen: 2026 Bronze, 2028 Silber, seit 2032 Gold.")
    assert rows == {("BioRegion Velmora-Leine", "bronze", "2026"), ("BioRegion Velmora-Leine", "silver", "2028"),
                    ("BioRegion Velmora-Leine", "gold", "2032")}


def test_a_search_hit_numbered_in_brackets_heads_its_directory_entry():
    rows = awarded_rows("de", "Verzeichnis\n\n3 Treffer, sortiert nach Name\n\n"
                              "[1] Cluster Gesundheitswirtschaft Velden (CGV)\nOrt: Velden · Typ: Clusterinitiative\n"
                              "Label: GOLD · ECEI · 04/2031\n\n"
                              "[2] FoodTech Tarvelsberg\nOrt: Lauterbach · Typ: Clusterinitiative\n"
                              "Label: BRONZE · vergeben 2032 · gültig bis 2034\n")
    assert rows == {("Cluster Gesundheitswirtschaft Velden", "gold", "2031-04"),
                    ("FoodTech Tarvelsberg", "bronze", "2032")}


def test_an_award_at_the_same_ceremony_takes_the_date_told_before():
    rows = awarded_rows("en", "At the Cluster Days in Brussels on 5 October 2031, the GOLD certificate was handed over "
                              "to the Velmora Materials Cluster. At the same ceremony, a SILVER certificate was presented to the "
                              "Tarvel Aviation Cluster.")
    assert ("Tarvel Aviation Cluster", "silver", "2031-10-05") in rows


def test_a_certificate_signed_or_a_decision_confirmed_on_a_date_dates_the_award_before():
    rows = awarded_rows("en", "Velmora Photonics Cluster has been awarded the Gold Label by the European Secretariat "
                              "for Cluster Analysis. The decision was confirmed on 30 May 2031.")
    assert rows == {("Velmora Photonics Cluster", "gold", "2031-05-30")}


def test_the_cluster_has_a_tier_since_a_year():
    rows = awarded_rows("en", "Örebro, 3 May 2031\n\nThe Velmora Metal Cluster is based in Örebro and has 40 members. "
                              "The cluster has Silver since 2028.")
    assert rows == {("Velmora Metal Cluster", "silver", "2028")}


def test_the_latter_is_the_cluster_named_last():
    rows = awarded_rows("de", "Erfurt, 3. Mai 2031\n\nGefördert werden der Cluster Holzbau Velmora und der Cluster Glas "
                              "Tarsia. Letzterer hatte 2028 das Bronze-Label erhalten und ist im November 2030 zur "
                              "Silber-Stufe aufgestiegen.")
    assert rows == {("Cluster Glas Tarsia", "bronze", "2028"), ("Cluster Glas Tarsia", "silver", "2030-11")}


def test_a_year_before_a_rank_and_the_tier_dates_it():
    rows = awarded_rows("de", "Gießen, 3. Juni 2031\n\nDas BioNetz Velmora hatte 2027 als erste Bioregion das Gold-Label "
                              "der ESCA erhalten und es im Mai 2031 erfolgreich erneuert.\n\nDer Cluster Lebensmitteltechnik "
                              "Tarsia war 2026 eines der ersten Netzwerke im Allgäu mit dem GOLD Label.")
    assert rows == {("BioNetz Velmora", "gold", "2027"), ("BioNetz Velmora", "gold", "2031-05"),
                    ("Cluster Lebensmitteltechnik Tarsia", "gold", "2026")}


def test_a_tier_in_a_name_s_aside_between_commas_is_that_name_s():
    rows = awarded_rows("de", "Träger sind das Wasserstoffnetzwerk Velmora (H2V) und der Cluster Stahlbau Tarsia. "
                              "Das H2V, seit 2029 mit dem Silber-Label von ESCA zertifiziert, bringt Hersteller wie "
                              "die Quendt Elektrolyse GmbH ein; der Cluster Stahlbau Tarsia steuert Know-how bei.")
    assert rows == {("Velmora", "silver", "2029")}  # (the best name of "Wasserstoffnetzwerk Velmora")


def test_both_tiers_of_a_step_up_in_a_relative_clause_are_its_cluster_s():
    rows = awarded_rows("en", "Košice, 3 April 2031\n\nThe host took the reviewers to two of its beneficiaries: the East "
                              "Velmora Mechatronics Cluster (EVMC), which was upgraded from the Bronze label (2028) to the "
                              "Silver label in March 2031, and the Tarsia Wood Innovation Cluster.")
    assert rows == {("East Velmora Mechatronics Cluster", "bronze", "2028"),
                    ("East Velmora Mechatronics Cluster", "silver", "2031-03")}


def test_a_table_s_label_cell_gives_its_row_s_cluster_a_dated_label():
    rows = awarded_rows("en", "Table 1 - Partners and label status\n\nNo. | Partner | Country | Label (tier, year)\n"
                              "P1 | Velmora Geo Cluster | FR | Gold, 2029\nP2 | Tarsia Agri Cluster | BE | Silver, 2030\n"
                              "P3 | Quendt Data Cluster | PL | -\n")
    assert rows == {("Velmora Geo Cluster", "gold", "2029"), ("Tarsia Agri Cluster", "silver", "2030")}


def test_an_award_renewed_and_again_is_two_awards():
    rows = awarded_rows("en", "Sundsvall, 8 October 2031\n\nVelmora Fibre Cluster received its first Bronze label in 2021 and "
                              "Silver in 2023 before reaching Gold in June 2026. The Gold label was renewed in 2028 and "
                              "again in 2030.")
    assert {("Velmora Fibre Cluster", "gold", "2028"), ("Velmora Fibre Cluster", "gold", "2030")} <= rows


def test_a_cluster_s_head_in_its_own_language_and_ihm_refer_to_the_cluster_named_before():
    main = ("Zittau, 3. Mai 2031\n\nDer Cluster Tarsia Textil startet ein Projekt. Der Cluster Tarsia Textil "
            "koordiniert es.\n\n")
    rows = awarded_rows("de", main + "Der Polo Tessile Velmora di Como hat sein Gold-Label erneuert. "
                              "Erstmals hatte der Polo das Gold-Label 2028 erhalten.")
    assert ("Polo Tessile Velmora di Como", "gold", "2028") in rows
    rows = awarded_rows("de", main + "Unser tschechischer Partner ist der Klastr textilních technologií Velmora "
                              "(KTV). Im September 2030 verlieh ihm ESCA das Bronze-Label.")
    assert rows == {("Klastr textilních technologií Velmora", "bronze", "2030-09")}


def test_a_foreign_head_as_anaphor_refers_to_the_cluster_whose_name_holds_it():
    rows = awarded_rows("de", "Pilsen, 3. Mai 2031\n\nDer Plzeňský sklářský klastr Velmora wurde mit Silber "
                              "ausgezeichnet. Bisher hielt der Plzeňský sklářský klastr Velmora das Bronze-Label.\n\n"
                              "Aus Niederschlesien meldet der Dolnośląski Klaster Tarsia die Erneuerung seines Gold-Labels "
                              "im Juli 2030. Erstmals war der Klaster 2027 mit Gold ausgezeichnet worden.")
    assert ("Dolnośląski Klaster Tarsia", "gold", "2027") in rows
    assert not any(r[0].startswith("Plzeňský") and r[2] == "2027" for r in rows)

def test_the_cluster_of_a_bulleted_item_is_the_one_it_opens_with():
    rows = awarded_rows("en", "Label news from the region\n\n▪ Katowice – Velmora Klaster Chemii (VKC) was awarded the "
                              "Silver label by ESCA in May 2031. \"Silver tells our members a lot,\" said VKC's manager.\n\n"
                              "▪ Rzeszów – AeroKlaster Tarsia renewed its Gold label in April 2031. The label is valid "
                              "until April 2033; the cluster first reached Gold in 2027.")
    assert ("AeroKlaster Tarsia", "gold", "2027") in rows and not any(r[2] == "2027" and r[0] != "AeroKlaster Tarsia" for r in rows)


def test_a_date_in_a_tier_s_own_parenthesis_dates_that_tier_only():
    rows = awarded_rows("en", "Kuopio, 3 November 2030\n\nLead partner Velmora Water Tech Cluster moved up from Silver "
                              "(awarded in 2028) to Gold this autumn.")
    assert rows == {("Velmora Water Tech Cluster", "silver", "2028"), ("Velmora Water Tech Cluster", "gold", None)}


def test_a_timeline_of_dates_alone_on_their_lines_between_blank_lines_dates_its_labels():
    rows = awarded_rows("de", "Vom Arbeitskreis zum Gold-Cluster: VeloNet Tarsia – Cluster Logistik verbindet Speditionen. "
                              "Ein Blick zurück.\n\n2028\nGründung des VeloNet Tarsia e.V. mit 23 Mitgliedern.\n\n11/2029\n"
                              "Bronze-Label der European Cluster Excellence Initiative (ECEI).\n\n2031\nSilber-Label, "
                              "verliehen durch ESCA.\n\n03/2033\nDas Silber-Label wird erneuert.\n\n2035\nVeloNet erhält das "
                              "Gold-Label.\n")
    assert {row[1:] for row in rows} == {("bronze", "2029-11"), ("silver", "2031"), ("silver", "2033-03"),
                                         ("gold", "2035")}


def test_the_organisation_which_was_awarded_is_the_cluster_named_before():
    rows = awarded_rows("en", "ABOUT US\n\nThe Odra Velmora Battery Cluster (OVBC) was founded in Wrocław in 2027 by "
                              "eleven companies.\n\nThe organisation, which was awarded the Cluster Management Excellence "
                              "Label SILVER on 8 March 2033, has 64 members.")
    assert rows == {("Odra Velmora Battery Cluster", "silver", "2033-03-08")}



def test_all_four_after_a_list_of_four_clusters_gives_each_the_tier():
    rows = awarded_rows("de", (
        "Neu im Programm sind:\n• Velmsens Weser-Tarse, Vechta\n• Cluster Feinguss Velmland, Iserlohn\n"
        "• Netzwerk Smart Textiles Tarsland, Rheine\n• Velmora Kompetenznetz Oberlausitz (VKO), Görlitz\n\n"
        "Alle vier Clustermanagements haben den Qualitätsnachweis über das Bronze-Label erbracht."))
    assert {tier for _, tier, _ in rows} == {"bronze"} and len(rows) == 4, rows



def test_a_list_of_tier_dash_cluster_dash_date_gives_each_cluster_its_award():
    rows = awarded_rows("de", (
        "Die Label im Überblick (Stufe – Cluster – verliehen am):\n- Gold – Velmora Textil-Netzwerk – 15.03.2031\n"
        "- Silber – Chemie-Cluster Tarsau – 01.04.2031\n- Bronze – Cluster Drohnentechnik Velmtal – 22.03.2031\n"))
    assert rows == {("Velmora Textil-Netzwerk", "gold", "2031-03-15"), ("Chemie-Cluster Tarsau", "silver", "2031-04-01"),
                    ("Cluster Drohnentechnik Velmtal", "bronze", "2031-03-22")}, rows


def test_a_leap_from_one_tier_to_another_and_newcomers_with_a_tier_are_awards():
    rows = awarded_rows("de", (
        "Vergeben hatte die Label im September 2031 die ECEI. Den Sprung von Silber auf Gold schaffte das Cluster "
        "Pharmalogistik Velmtal (PLV). Mit Bronze neu dabei sind das Gesundheitsnetzwerk Nordhessen und der "
        "DigitalHub Velmberg."))
    assert {(cluster, tier) for cluster, tier, _ in rows} >= {
        ("Cluster Pharmalogistik Velmtal", "gold"), ("Gesundheitsnetzwerk Nordhessen", "bronze"), ("DigitalHub Velmberg", "bronze")}, rows


def test_a_timeline_of_years_and_tiers_under_a_colon_dates_the_newsletters_cluster():
    rows = awarded_rows("en", (
        "Velmora Agrotech Cluster\nNewsletter - English edition\nMilan, 8 July 2031\n\n1) OUR LABEL HISTORY\n"
        "Founded in 2012, the cluster has raised its management quality step by step:\n  - 2014: Bronze label\n"
        "  - 2017: Silver label\n  - 2020: Gold label of the ECEI\n"))
    assert {(c, t, d) for c, t, d in rows} == {("Velmora Agrotech Cluster", "bronze", "2014"),
                                               ("Velmora Agrotech Cluster", "silver", "2017"),
                                               ("Velmora Agrotech Cluster", "gold", "2020")}, rows


def test_three_tiers_with_their_years_tell_the_release_clusters_history():
    rows = awarded_rows("en", (
        "GOLD CONFIRMED\nOn 14 November 2031 ESCA confirmed the GOLD label of the Timber Velmora Cluster Tyrol "
        "after a re-assessment. The path so far: Bronze 2021, Silver 2024, Gold since 2027."))
    assert {("Timber Velmora Cluster Tyrol", "bronze", "2021"), ("Timber Velmora Cluster Tyrol", "silver", "2024")} <= rows, rows


def test_list_lines_after_an_intro_counting_networks_give_each_its_tier():
    rows = awarded_rows("de", (
        "Seit dem 18. November 2031 trägt der Textil-Cluster Velmtal das Silber-Label.\n\n"
        "Gemeinsam mit uns wurden vier weitere Netzwerke geehrt:\n"
        "– der Automobil-Verbund Tarsau (AVT), der sein Goldlabel bestätigte,\n"
        "– Biotech Velmbach, neu mit Bronze,\n"
        "– das Leichtbau-Netzwerk Quendtal, ebenfalls Silber,\n"
        "– sowie die Wasserstoff-Initiative Falkenau (WIF), die von Silber auf Gold aufstieg.\n"))
    tiers = {(cluster.rsplit(" ", 1)[-1], tier) for cluster, tier, _ in rows}  # (the network's name: 'Quendtal')
    assert {("Velmbach", "bronze"), ("Quendtal", "silver")} <= tiers, rows


def test_a_tier_in_one_partners_relative_clause_or_apposition_is_that_partners_alone():
    rows = awarded_rows("en", (
        "Other partners include the Velmora Bioeconomy Cluster from Latvia, which has held the Silver Cluster "
        "Management Excellence Label since 2031, the Tarsio Institute of Wood Technology, Tartu-based Quendt OÜ "
        "and the Baltic Braxen Association."))
    assert {cluster for cluster, _, _ in rows} == {"Velmora Bioeconomy Cluster"}, rows
    rows = awarded_rows("en", (
        "Within Interreg we start VELMO-ALP with our partner, Cluster Legno Tarsio, holder of the Silver label "
        "since 2031."))
    assert {cluster for cluster, _, _ in rows} == {"Cluster Legno Tarsio"}, rows


def test_bulleted_tier_lines_with_their_dates_tell_the_pages_clusters_history():
    rows = awarded_rows("de", (
        "Der Cluster Erneuerbare Energie Velmtal (CEEV) lässt sein Clustermanagement seit 2028 begutachten. "
        "Unsere Stationen:\n\n• Bronze-Label – verliehen im Oktober 2028\n• Silber-Label – verliehen im Februar 2031\n\n"
        "Warum das wichtig ist\nFür unsere 64 Mitglieder, von Windparkbetreibern bis zur Tarsischen Speichertechnik GmbH, "
        "öffnet das Silber-Label Türen.\n"))
    assert {("Cluster Erneuerbare Energie Velmtal", "bronze", "2028-10"),
            ("Cluster Erneuerbare Energie Velmtal", "silver", "2031-02")} <= rows, rows


def test_the_sentence_after_an_award_that_dates_the_award_or_its_confirmation_dates_the_row():
    rows = awarded_rows("en", (
        "Velmora, 2 May 2031 - The Velmora Health Data Cluster has received the Gold Label awarded by the ECEI. "
        "The European Secretariat for Cluster Analysis confirmed the award on November 14, 2030, after an on-site "
        "assessment."))
    assert ("Velmora Health Data Cluster", "gold", "2030-11-14") in rows, rows
    rows = awarded_rows("en", (
        "Tarsau, 2 June 2031 - Barely two years after its launch, the Tarsio Construction Cluster has obtained the Bronze Label of the "
        "European Cluster Excellence Initiative. The certificate was handed over at the general assembly, with the "
        "award dated May 2031."))
    assert rows == {("Tarsio Construction Cluster", "bronze", "2031-05")}, rows


def test_clusters_of_a_kind_holding_a_tier_in_a_relative_clause_get_no_row():
    rows = awarded_rows("de", (
        "Die ECEI verlieh dem Cluster Holzinnovation Velmtal im Juli 2031 das Silber-Label. 2029 war der Cluster mit "
        "dem Bronze-Label eingestiegen. Steirische Cluster, die bereits ein gültiges Gold-Label besitzen, unterstützt "
        "das Land auch weiterhin bei der Re-Zertifizierung."))
    assert rows == {("Cluster Holzinnovation Velmtal", "silver", "2031-07"),
                    ("Cluster Holzinnovation Velmtal", "bronze", "2029")}, rows
    rows = awarded_rows("de", "Das Aluminium-Netzwerk AluVelm ist einer von bundesweit rund 30 Clustern, die das "
                              "Gold-Label der ESCA tragen.")
    assert {(cluster, tier) for cluster, tier, _ in rows} == {("AluVelm", "gold")}, rows


def test_companies_named_as_examples_in_a_label_sentence_are_no_recipients():
    rows = awarded_rows("de", (
        "Als der Velmora Maschinenbau-Cluster 2029 das Silber-Label bekam, hatte er 38 Betriebe, heute sind es 71 – "
        "Zulieferer wie Tarsio Zerspanung oder Quendt Guss."))
    assert {cluster for cluster, _, _ in rows} == {"Velmora Maschinenbau-Cluster"}, rows


def test_tier_headings_over_entry_lines_give_each_entry_its_own_headings_tier():
    rows = awarded_rows("en", (
        "Four organisations were recognised in November 2031 by ESCA. The results by tier:\n\nGOLD\n"
        "velmolab (packaging, Barcelona) – renewal\nSILVER\nTARSICAT (food and nutrition, Reus)\n"
        "Quendtec (nautical industry, Girona) – up from Bronze\nBRONZE\nBraxòpolis (bicycle industry, Sabadell)\n"))
    assert {(cluster, tier) for cluster, tier, _ in rows} == {
        ("velmolab", "gold"), ("TARSICAT", "silver"), ("Quendtec", "silver"), ("Braxòpolis", "bronze")}, rows


def test_a_place_closing_a_parenthesis_after_the_field_is_no_recipient():
    rows = awarded_rows("en", (
        "Three Walloon clusters were labelled in the last round.\n\n• velmovia (sustainable construction, "
        "Louvain-la-Neuve) – Silver label, awarded 12 January 2031, valid until January 2033. velmovia held a "
        "Bronze label from 2027 to 2029.\n"))
    assert "Louvain-la-Neuve" not in {cluster for cluster, _, _ in rows}, rows


def test_a_date_alone_on_the_line_over_a_chronicles_entry_dates_its_award():
    rows = awarded_rows("de", (
        "Velmtal, 12.01.2032\n\nChronik\n\nMärz 2029\nAls erstes Lebensmittelnetzwerk im Land erhält das Ernährungsnetzwerk Velmtaler Seen "
        "das Bronze-Label der European Cluster Excellence Initiative.\n\n2031\nErfolgreiche Rezertifizierung auf "
        "GOLD-Niveau.\n"))
    assert ("Velmtaler Seen", "bronze", "2029-03") in rows, rows  # (the network's name: 'Velmtaler Seen')
    assert not any(cluster.startswith("Erfolgreiche") for cluster, _, _ in rows), rows


def test_a_generic_adjective_and_a_cluster_compound_in_a_headline_name_no_recipient():
    rows = awarded_rows("de", (
        "Pressemitteilung                               Velmstadt, 06.02.2031\n\nJunger Stahlcluster erhält "
        "europäisches Bronze-Label\n\nGut ein Jahr nach seiner Gründung hat der Cluster Grünstahl Velm (CGV) eine erste "
        "europäische Qualitätsauszeichnung erhalten: Am 2. Februar 2031 wurde ihm das Bronze-Label der European Cluster "
        "Excellence Initiative verliehen."))
    assert {cluster for cluster, _, _ in rows} == {"Cluster Grünstahl Velm"}, rows


def test_these_labels_after_a_list_date_its_undated_items_an_unread_one_between():
    rows = awarded_rows("de", (
        "Gemeinsam mit uns wurden vier weitere Netzwerke geehrt:\n"
        "– der Velmora-Verbund Zwickau (VVZ), der sein Goldlabel bestätigte,\n"
        "– Biotech Tarsland, neu mit Bronze,\n"
        "– sowie die Initiative Quendt, die von Silber auf Gold aufstieg.\n\n"
        "Auch diese Label wurden im November 2031 vergeben und gelten zwei Jahre."))
    assert {("Velmora-Verbund Zwickau", "gold", "2031-11"), ("Biotech Tarsland", "bronze", "2031-11")} <= rows


def test_a_tier_of_the_year_before_a_step_up_keeps_its_year_and_the_labels_date_the_step():
    rows = awarded_rows("de", (
        "Das Netzwerk Velmora Altmark wurde mit dem Bronze-Label ausgezeichnet. Der Cluster Tarsbau Anhalt (CTA) "
        "steigerte sich vom Bronze-Label des Jahres 2029 auf Silber. Vergeben wurden die Labels der European Cluster "
        "Excellence Initiative im Mai 2031, die Audits hatten bereits im März stattgefunden."))
    assert {("Velmora Altmark", "bronze", "2031-05"), ("Cluster Tarsbau Anhalt", "bronze", "2029"),
            ("Cluster Tarsbau Anhalt", "silver", "2031-05")} <= rows


def test_coined_names_listed_each_with_its_tier_in_brackets_are_recipients_but_a_place_is_not():
    rows = awarded_rows("en", (
        "Five organisations now hold a valid label: KORVEX (Gold, 2031), tarsolux (Silver, 2031), Lignavo (Silver, "
        "2030) and Quendaria (Bronze, 2030).\n\n"
        "• Velmfjord Maritime Cluster – maritime technology, Tarsvik (Silver, 2031)"))
    assert {("tarsolux", "silver", "2031"), ("Quendaria", "bronze", "2030")} <= rows
    assert not any(cluster == "Tarsvik" for cluster, _, _ in rows)


def test_a_table_rows_last_cell_opening_with_a_tier_is_the_rows_label():
    doc = get_pipeline("en", load_config())(
        "The lead partner worked closely with two cluster organisations:\n\n"
        "Partner | Country | Cluster label\n"
        "Klaster Velmorske Dalmacije | Croatia | Silver, valid until 04/2032\n"
        "Tarsland Blue Food Cluster | France | Gold, valid until 12/2031\n")
    rows = {(s.cluster.best_name(), s.tier, s.valid_until) for s in doc._.label_statements}
    assert rows == {("Klaster Velmorske Dalmacije", "silver", "2032-04"), ("Tarsland Blue Food Cluster", "gold", "2031-12")}


def test_a_tier_first_table_under_a_header_of_award_columns_is_the_clusters_history():
    doc = get_pipeline("de", load_config())(
        "Das Cluster Medizintechnik Velmfranken hat im Berichtsjahr seine Rolle ausgebaut.\n\n"
        "Label-Historie des Clusters\nStufe | Vergabe | gültig bis | vergeben durch\n"
        "Bronze | 11/2025 | – | ESCA\nSilber | 04/2028 | 04/2030 | ESCA\n")
    rows = {(s.cluster.best_name(), s.tier, s.awarded, s.valid_until) for s in doc._.label_statements}
    assert rows == {("Cluster Medizintechnik Velmfranken", "bronze", "2025-11", None),
                    ("Cluster Medizintechnik Velmfranken", "silver", "2028-04", "2030-04")}


def test_a_datelines_dash_before_a_fronted_history_leaves_the_place_out_and_the_history_to_the_cluster():
    rows = awarded_rows("en", (
        "VELMEMILIA – Cluster Tecnologico Velmatronica Emilia\n\nNEWS — 03.04.2031\n\n"
        "GOLD LABEL: VELMEMILIA IS BETWEEN THE TOP CLUSTERS OF EUROPE\n\n"
        "Reggio Emilia – After the Bronze (2026) and two times the Silver (2028 and 2030), the Associazione "
        "Cluster Velmatronica Emilia reached the highest level: the GOLD Label. The certificate, awarded by ESCA "
        "on 21 March 2031, is valid until March 2033."))
    assert {cluster for cluster, _, _ in rows} == {"Cluster Tecnologico Velmatronica Emilia"}
    assert {("bronze", "2026"), ("silver", "2028"), ("silver", "2030")} <= {(tier, year) for _, tier, year in rows}


def test_a_count_of_honoured_clusters_dates_the_tier_lists_after_it_names_filling_their_lines():
    rows = awarded_rows("de", (
        "Beim Clusterforum hat Dr. Miriam Velmgell, Staatssekretärin im Wirtschaftsministerium, am Donnerstag, "
        "14. März 2031, fünf Clusterinitiativen ausgezeichnet. Die Labels überreichte sie gemeinsam mit der ESCA.\n\n"
        "GOLD\n– Velmora Präzision Cluster (VPC), Villingen\n– BioÖkonomie-Netzwerk Westerwald\n\n"
        "SILBER\n– Cluster Oberflächentechnik Quendt\n– Rhein-Velm Datenallianz e.V.\n\n"
        "BRONZE\n– Holzbau-Cluster Nordvelm\n"))
    assert rows == {("Velmora Präzision Cluster", "gold", "2031-03-14"), ("BioÖkonomie-Netzwerk Westerwald", "gold", "2031-03-14"),
                    ("Cluster Oberflächentechnik Quendt", "silver", "2031-03-14"),
                    ("Rhein-Velm Datenallianz e.V.", "silver", "2031-03-14"), ("Holzbau-Cluster Nordvelm", "bronze", "2031-03-14")}


def test_all_six_labels_dated_after_a_reports_paragraphs_date_each_award_and_to_repeats_the_list():
    rows = awarded_rows("en", (
        "Velmkoski, Finland · 30 September 2031\n\nGold for Velmora\nThe Velmora Smart Machines Cluster (VSMC) received the Gold Label, handed over by the "
        "minister. VSMC first earned Silver in 2028.\n\nSilver for three\nSilver labels went to the Tarsvik Forest "
        "Fibre Cluster, to Quendal Glass & Design and to the Velmland Subsea Cluster.\n\nBronze newcomer\nThe Arctic "
        "Velm Track Cluster was awarded Bronze.\n\nAll six labels are dated 15 September 2031. They were presented "
        "together with ESCA.\n\nNext summit: Aarhus, September 2032.\n\nOrganised by Velm Events Oy\nPrivacy policy"))
    assert {("Velmora Smart Machines Cluster", "gold", "2031-09-15"), ("Tarsvik Forest Fibre Cluster", "silver", "2031-09-15"),
            ("Quendal Glass & Design", "silver", "2031-09-15"), ("Velmland Subsea Cluster", "silver", "2031-09-15"),
            ("Arctic Velm Track Cluster", "bronze", "2031-09-15"), ("Velmora Smart Machines Cluster", "silver", "2028")} == rows


def test_a_rounds_date_dates_a_renewal_but_not_an_award_another_sentence_dates_near_it():
    rows = awarded_rows("en", (
        "Warsaw, 14.04.2031\n\nFour Velmoran cluster organisations have successfully completed the European "
        "benchmarking and labelling process in March 2031.\n\nThe Velmora Circular Economy Cluster (VCEC) had its "
        "Gold Label renewed. The cluster first received the Gold Label in 2028. The Tarsvik Smart Materials Cluster "
        "was awarded the Silver Label."))
    assert rows == {("Velmora Circular Economy Cluster", "gold", "2031-03"), ("Velmora Circular Economy Cluster", "gold", "2028"),
                    ("Tarsvik Smart Materials Cluster", "silver", "2031-03")}
    rows = awarded_rows("de", (
        "Velden, 2. Februar 2031\n\nBeim Clustertreffen wurden am 31. Jänner 2031 fünf Clusterorganisationen für ihr "
        "Management geehrt.\n\nGold ging an das Holzinnovationsnetz Velmtal (HIV). Das Netzwerk hielt seit 2028 "
        "Silber und wurde im Dezember 2030 erstmals mit Gold zertifiziert."))
    assert ("Holzinnovationsnetz Velmtal", "gold", "2030-12") in rows
    assert ("Holzinnovationsnetz Velmtal", "gold", "2031-01-31") not in rows


def test_the_year_in_a_programmes_name_dates_no_round():
    rows = awarded_rows("en", (
        "In 2031 the region supported six cluster organisations through the regional programme VELMORTE 2040.\n\n"
        "Under VELMORTE 2040, cluster organisations that hold a valid label receive a bonus.\n\n"
        "The Tarsvik Mobility Components Cluster, founded only in 2029, reached Bronze in its second year."))
    assert not any(awarded == "2040" for _, _, awarded in rows)


def test_an_anaphor_subject_keeps_its_tier_from_the_names_in_its_relative_clause():
    rows = awarded_rows("en", (
        "The Quendt Materials Cluster is a network of firms in the Alps.\n\n"
        "The cluster, that gathers 64 companies of Velmora Valley and Tarsvik Coast, received the Bronze Label in 2031."))
    assert rows == {("Quendt Materials Cluster", "bronze", "2031")}
    rows = awarded_rows("de", (
        "Der Quendt Materialcluster ist ein Netzwerk aus Tirol.\n\n"
        "Das Netzwerk, das mit dem Tarsvik Mobility Cluster kooperiert, hat 2031 Silber erhalten."))
    assert rows == {("Quendt Materialcluster", "silver", "2031")}


def test_a_lists_last_line_with_its_tier_in_parentheses_before_a_blank_line_is_a_label_line():
    rows = awarded_rows("en", (
        "Cluster portfolio\n\nGCE level\n  GCE Velmora – battery materials, Mo i Rana (Gold, 2030)\n"
        "  GCE Tarsvik Subsea – subsea technology, Bergen (Silver, 2029)\n\n"
        "NCE level\n  NCE Quendt Maritime – maritime technology, Bergen (Silver, 2031)\n"))
    assert rows == {("GCE Velmora", "gold", "2030"), ("GCE Tarsvik Subsea", "silver", "2029"),
                    ("NCE Quendt Maritime", "silver", "2031")}


def test_a_tier_as_a_past_participle_tells_an_award():
    rows = awarded_rows("en", (
        "The Velmora Fjord Cluster has become the first cluster with the Gold Label. The label was awarded by ESCA "
        "on 27.11.2031. The cluster was Silver-labelled in 2028."))
    assert ("Velmora Fjord Cluster", "silver", "2028") in rows


def test_a_tier_the_cluster_means_to_raise_its_label_to_is_no_award():
    rows = awarded_rows("de", (
        "Der Wasserstoff-Cluster Velmora Niederrhein bündelt 40 Firmen. Das Bronze-Label, das der Wasserstoff-Cluster "
        "Velmora Niederrhein im Mai 2030 erhalten hat, will das Clustermanagement 2032 auf Silber heben."))
    assert rows == {("Wasserstoff-Cluster Velmora Niederrhein", "bronze", "2030-05")}


def test_the_speaker_after_a_colon_preface_holds_the_tier():
    rows = awarded_rows("de", (
        "Mitglieder-Newsletter März 2031\n\nVielleicht haben Sie es schon gelesen: Seit März 2031 dürfen wir uns mit "
        "dem Silber-Label der European Cluster Excellence Initiative schmücken.\n\nWir arbeiten eng mit dem "
        "Holzbaunetzwerk Nordthüringen und dem Cluster Forst & Holz Tarsvik zusammen.\n\n"
        "Herzliche Grüße aus Kempten\n\nHolzbau-Cluster Velmora-Tarsvik e.V. · Kempten\n"
        "Sie erhalten diesen Newsletter als Mitglied. Abmelden | Datenschutz"))
    assert {(cluster, tier) for cluster, tier, _ in rows} == {("Holzbau-Cluster Velmora-Tarsvik e.V.", "silver")}


def test_a_tier_held_right_after_its_verb_is_a_label_statement():
    rows = awarded_rows("de", (
        "Im Programm sind wir eines von 80 Netzwerken. Zwei davon, mit denen wir eng zusammenarbeiten, tragen bereits "
        "Gold: das Holzbaunetzwerk Nordthüringen und der Cluster Forst & Holz Tarsvik."))
    assert {(cluster, tier) for cluster, tier, _ in rows} == {
        ("Holzbaunetzwerk Nordthüringen", "gold"), ("Cluster Forst & Holz Tarsvik", "gold")}


def test_a_label_kept_is_renewed_and_the_top_tier_confirmed_dates_it():
    rows = awarded_rows("de", (
        "SAARLOUIS. Der Zulieferercluster Velmora-Nied (ZVN) darf sein Gold-Label behalten. Im April 2031 bestätigte "
        "das European Secretariat for Cluster Analysis (ESCA) die höchste Stufe. Erstmals mit Gold ausgezeichnet "
        "worden war der Cluster 2027."))
    assert rows == {("Zulieferercluster Velmora-Nied", "gold", "2031-04"), ("Zulieferercluster Velmora-Nied", "gold", "2027")}


def test_the_way_still_to_go_to_a_tier_is_no_statement():
    rows = awarded_rows("de", (
        "Das Netzwerk Möbel & Interieur Velm-Lutter hat sein Silber-Label verteidigt. Bis zum Gold-Label sei es "
        "„noch ein Stück Weg“, sagt der Netzwerkmanager."))
    assert {tier for _, tier, _ in rows} == {"silver"}


def test_a_smiths_compound_after_a_tier_is_no_coordination_of_tiers():
    rows = awarded_rows("de", (
        "SCHWÄBISCH GMÜND. Die Stadt der Gold- und Silberschmiede hat jetzt auch ein Gold-Label: Das Netzwerk Schmuck "
        "Velmora Ostalb ist im März 2031 mit dem Gold-Label der European Cluster Excellence Initiative ausgezeichnet worden."))
    assert {(tier, awarded) for _, tier, awarded in rows} == {("gold", "2031-03")}


def test_sentences_on_a_bullets_line_speak_of_its_cluster_and_a_wish_is_no_award():
    rows = awarded_rows("en", (
        "The Velmora Verpack Cluster hosted the meeting. The Velmora Verpack Cluster invited three partners:\n\n"
        "• Pôle Emballage Tarsvik (France) – Anne Roy, director. The pôle received the Silver label from ESCA in February 2031.\n"
        "• Cluster Packaging Quendt (Italy) – Gia Ferri, project manager. Gold label since 2030, valid until December 2032.\n"
        "• Velmora Verpack Cluster – Laura Gil. \"We renewed our Bronze label in September 2031 and want to reach "
        "Silver before the end of 2033,\" she said."))
    assert rows == {("Pôle Emballage Tarsvik", "silver", "2031-02"), ("Cluster Packaging Quendt", "gold", "2030"),
                    ("Velmora Verpack Cluster", "bronze", "2031-09")}


def test_an_award_told_by_its_body_without_a_recipient_is_the_release_clusters():
    rows = awarded_rows("en", (
        "Riga photonics cluster earns European Silver label\n\nThe Velmora Photonics Cluster is the latest Latvian "
        "cluster to be recognised. On 7 September 2031 the European Secretariat for Cluster Analysis confirmed the "
        "award of the Silver label. The Velmora Photonics Cluster works with the Tarsvik Optics Cluster."))
    assert ("Velmora Photonics Cluster", "silver", "2031-09-07") in rows


def test_a_contrast_parts_the_holders_of_a_tier_from_a_cluster_still_preparing():
    rows = awarded_rows("en", (
        "Pôle Velmora Composites and Tarsvik Silesia Cluster hold the Silver label, while Quendt Metal Light Cluster "
        "is preparing its first benchmarking."))
    assert {(cluster, tier) for cluster, tier, _ in rows} == {
        ("Pôle Velmora Composites", "silver"), ("Tarsvik Silesia Cluster", "silver")}


def test_a_clusters_acronym_and_another_clusters_name_are_two_recipients():
    rows = awarded_rows("en", (
        "The Velmora Clean Energy Cluster (VCEC) leads the partnership. Its partners are Solarcluster Tarsvik (Austria) "
        "and Quendt Smart Grid Cluster (Finland). Both VCEC and Quendt Smart Grid Cluster carry the Gold label."))
    assert {(cluster, tier) for cluster, tier, _ in rows} == {
        ("Velmora Clean Energy Cluster", "gold"), ("Quendt Smart Grid Cluster", "gold")}


def test_a_quote_after_a_partner_clusters_role_speaks_for_that_cluster():
    rows = awarded_rows("en", (
        "Velmora Agrifood Cluster news\n\nThe Velmora Agrifood Cluster led a mission to Finland. Day one opened at a "
        "dairy. Tarsvik Food Valley's cluster manager, Heidi Quendt, then presented the cluster's services. \"We have "
        "held the Silver label since May 2031, and the assessment taught us a lot,\" she said.\n\n"
        "The Velmora Agrifood Cluster will host the Finnish side next spring."))
    assert {(cluster, tier) for cluster, tier, _ in rows} == {("Tarsvik Food Valley", "silver")}
