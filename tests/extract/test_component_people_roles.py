"""people_roles: people with role and organisation, on doc._.people."""
from pipeline.config import load_config
from pipeline.nlp import get_pipeline


def test_person_with_role_and_organisation():
    nlp = get_pipeline("en", load_config())
    doc = nlp("\"We are proud,\" says Jana Velling, Managing Director of Velmora Cluster.")
    (person,) = doc._.people
    assert (person.name, person.role, person.organisation) == \
        ("Jana Velling", "Managing Director", "Velmora Cluster")


def test_a_weekday_that_is_a_surname_after_a_first_name_is_a_persons():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Auf dem Foto: Projektmanager Lukas Freitag und Anna Sonntag. Am Freitag tagte der Vorstand.")
    assert {p.name for p in doc._.people} == {"Lukas Freitag", "Anna Sonntag"}


def test_contact_line_gives_the_organisation_before_a_titled_name():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der Velmora-Cluster hat Gold erhalten.\n\n"
              "Rückfragehinweis: Wirtschaftsagentur Tarsio, Mag. Eva Lindner, Pressesprecherin")
    (person,) = doc._.people
    assert (person.name, person.role, person.organisation) == \
        ("Eva Lindner", "Pressesprecherin", "Wirtschaftsagentur Tarsio")  # not the only cluster


def test_a_picture_credit_names_its_photographer():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Die Geschäftsstelle des Velmora-Clusters. Foto: Brunkel/velmora.net\n"
              "Bildquelle: Nordalb e.V./Jens Fischer\nFoto: Pixabay")
    assert sorted((p.name, p.role) for p in doc._.people) == [("Brunkel", "Fotograf"),
                                                              ("Jens Fischer", "Fotograf")]  # not the sources


def test_a_role_word_and_a_copula_before_the_name():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Der Nordalb-Cluster vernetzt 150 Unternehmen. Vorstandsvorsitzender ist Prof. Dr. Jörg Brenner.")
    (person,) = doc._.people
    assert (person.name, person.role) == ("Jörg Brenner", "Vorstandsvorsitzender")


def test_a_surname_named_after_a_role_word_alone():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Minister Brunkelmann and Commissioner Velbrand attended. The Director Marketing spoke about "
              "marketing. Managing Director Alexander\n"  # (a first name alone: the text cut off)
              "Nordalb GmbH\nJan Velte, Referent Clusterentwicklung")  # (a field, no surname)
    assert sorted((p.name, p.role) for p in doc._.people) == [
        ("Brunkelmann", "Minister"), ("Jan Velte", "Referent"), ("Velbrand", "Commissioner")]


def test_initials_and_a_surname_name_a_person():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Speakers: J. Velbrand (Velmora University), A. B. Nowacka (Nordalb AB).")
    assert sorted((p.name, p.organisation) for p in doc._.people) == [
        ("A. B. Nowacka", "Nordalb AB"), ("J. Velbrand", "Velmora University")]
    german = get_pipeline("de", load_config())("Der Cluster plant z. B. Übernahme von Kosten.")
    assert german._.people == []  # an abbreviation in lower case, no initial


def test_a_programme_after_von_or_in_parentheses_is_the_person_s_organisation():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Am 9. Mai 2022 sprach Theresa Velbrand vom Programm go-cluster. "
              "Es folgte Nina Hoppe (Programm ClusterXchange).")
    assert sorted((p.name, p.organisation) for p in doc._.people) == [
        ("Nina Hoppe", "ClusterXchange"), ("Theresa Velbrand", "go-cluster")]


def test_the_contact_block_of_a_ministrys_release_names_its_staff_not_the_clusters():
    nlp = get_pipeline("de", load_config())
    doc = nlp("Medieninformation\nVelmländisches Staatsministerium für Wirtschaft und Arbeit\n\n"
              "Neue Förderung für Cluster\n\nDer Cluster Wasserstoff Velmtal erhält Fördermittel. Der Cluster "
              "Wasserstoff Velmtal hat 40 Mitglieder. Clustermanager Jan Tarsen freut sich.\n\n"
              "Pressesprecherin:\nAnnett Velten\n")
    roles = {p.name: p.organisation for p in doc._.people}
    assert roles["Annett Velten"] == "Velmländisches Staatsministerium für Wirtschaft und Arbeit", roles
    assert roles["Jan Tarsen"] == "Cluster Wasserstoff Velmtal", roles


def test_a_verb_after_the_name_gives_the_role_it_takes_or_keeps():
    nlp = get_pipeline("en", load_config())
    doc = nlp("Velmora Wood Cluster\nNewsletter\n\nThe Velmora Wood Cluster renewed its label. The General Assembly "
              "elected Jan Velk of Tarsio Oy to the board. Tomasz Velmicki remains President of the Board; "
              "Agnieszka Tarsova is our new Cluster Coordinator. Juho Velkonen is acting Programme Manager until May.")
    roles = {p.name: p.role for p in doc._.people}
    assert roles["Tomasz Velmicki"] == "President of the Board", roles
    assert roles["Agnieszka Tarsova"] == "Cluster Coordinator", roles
    assert roles["Juho Velkonen"] == "acting Programme Manager", roles


def test_austrian_feminine_degrees_are_no_part_of_a_name():
    nlp = get_pipeline("de", load_config())
    doc = nlp("„Die Rezertifizierung zeigt es“, sagt Clustermanagerin DIin Verena Stockner. Mag.a Eva Huber kam auch.")
    assert {p.name for p in doc._.people} == {"Verena Stockner", "Eva Huber"}
    assert "DIin" not in {m.text for m in doc._.entities.mentions}
