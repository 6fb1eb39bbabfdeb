"""people_roles: people with role and organisation, on doc._.people."""
from pipeline.config import load_config
from pipeline.nlp import get_pipeline


def test_person_with_role_and_organisation():
    nlp = get_pipeline("en", load_config())
    doc = nlp("\"We are proud,\" says Jana Velling, Managing Director of Velmora Cluster.")
    (person,) = doc._.people
    assert (person.name, person.role, person.organisation) == \
        ("Jana Velling", "Managing Director", "Velmora Cluster")
