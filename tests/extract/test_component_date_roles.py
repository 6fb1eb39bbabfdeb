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
