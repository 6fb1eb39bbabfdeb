"""Extending the rules as an analyst would: `rules export DIR`, edit a file, then
`run --rules DIR`. Each case runs the same invented documents with the packaged rules
first, to show that the row comes from the edit and not from rules already there.

All names are invented.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline import ruleset
from pipeline.cli import main as cli_main


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rows(folder: Path, table: str) -> list[dict]:
    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def exported(tmp_path):
    """A user's copy of the packaged rules, made the way the README says."""
    folder = tmp_path / "my-rules"
    assert cli_main(["rules", "export", str(folder)]) == 0
    yield folder
    ruleset.use(None)  # whatever a test did, later tests see the packaged rules


def run(tmp_path: Path, name: str, documents: dict[str, str], rules: Path | None = None) -> Path:
    raw, out = tmp_path / f"raw-{name}", tmp_path / f"out-{name}"
    for file_name, text in documents.items():
        write(raw / file_name, text)
    args = ["run", "--input", str(raw), "--output", str(out)]
    assert cli_main(args + (["--rules", str(rules)] if rules else [])) == 0
    return out


def test_a_new_tier_spelling_gives_its_label_row(tmp_path, exported):
    documents = {"a.txt": "Bremen, 01.07.2021\n\nDas Cluster Weserlicht Maritim erhält die "
                          "Silberzertifizierung für sein Clustermanagement.\n"}
    before = run(tmp_path, "packaged", documents)
    assert rows(before, "labels") == []
    with open(exported / "tiers.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"label": "TIER", "pattern": "Silberzertifizierung", "id": "silver"}\n')
    after = run(tmp_path, "extended", documents, exported)
    [label] = rows(after, "labels")
    assert (label["cluster"], label["tier"]) == ("Cluster Weserlicht Maritim", "silver")
    [cluster] = rows(after, "clusters")
    assert label["cluster_entity_id"] == cluster["entity_id"] != ""


def test_adjective_tier_forms_in_a_scheme_sentence_give_no_row(tmp_path, exported):
    documents = {"s.txt": "Bremen, 01.07.2021\n\nDas Cluster Weserlicht Maritim erhielt das "
                          "Silber-Label. Das Label gibt es als bronzenes, silbernes oder goldenes "
                          "Zertifikat für Clustermanagement.\n"}
    with open(exported / "tiers.jsonl", "a", encoding="utf-8") as handle:
        for word, tier in (("bronzenes", "bronze"), ("silbernes", "silver"), ("goldenes", "gold")):
            handle.write(f'{{"label": "TIER", "pattern": "{word}", "id": "{tier}"}}\n')
    after = run(tmp_path, "adjectives", documents, exported)
    assert [(r["cluster"], r["tier"]) for r in rows(after, "labels")] == \
        [("Cluster Weserlicht Maritim", "silver")]
    tiers = [r for r in rows(after, "mentions") if r["label"] == "TIER"]
    assert {r["text"] for r in tiers} >= {"bronzenes", "silbernes", "goldenes"}  # found, no rows


def test_a_new_label_verb_in_labels_toml_gives_its_row(tmp_path, exported):
    documents = {"v.txt": "Kiel, 3.4.2022\n\nThe Velmora Cluster bagged Gold in March 2022. The "
                          "cluster brings together eighty maritime companies and research "
                          "institutes along the coast of the Baltic Sea.\n"}
    before = run(tmp_path, "packaged", documents)
    assert rows(before, "labels") == []
    with open(exported / "labels.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[rule]]\ncategory = "label_context"\npatterns = ["\\\\bbagged\\\\b"]\n'
                     '\n[[rule]]\ncategory = "award"\npatterns = ["\\\\bbagged\\\\b"]\n')
    after = run(tmp_path, "extended", documents, exported)
    [label] = rows(after, "labels")
    assert (label["cluster"], label["tier"], label["awarded"]) == ("Velmora Cluster", "gold", "2022-03")


def test_a_new_programme_is_found_with_its_acronym(tmp_path, exported):
    documents = {"a.txt": "Kiel, 12.05.2021\n\nDie Fördermittel kommen aus der Baltic Bridge "
                          "Facility (BCBP). Die BCBP unterstützt kleine Netzwerke.\n"}
    before = run(tmp_path, "packaged", documents)
    assert rows(before, "programmes") == []  # no programme, as far as the packaged rules know
    with open(exported / "gazetteer.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[programme]]\ncanonical = "Baltic Cluster Bridge Programme"\n'
                     'acronym = "BCBP"\nforms = ["Baltic Bridge Facility"]\n')
    after = run(tmp_path, "extended", documents, exported)
    [programme] = rows(after, "programmes")
    assert (programme["programme"], programme["acronym"]) == ("Baltic Cluster Bridge Programme", "BCBP")
    assert set(programme["surface_forms"].split("|")) == {"Baltic Bridge Facility", "BCBP"}
    assert rows(after, "organisations") == []
    entity = {r["entity_id"]: r for r in rows(after, "entities")}[programme["entity_id"]]
    assert entity["kind"] == "programme"


AWARDING_BODY = ('\n[[organisation]]\ncanonical = "Nordic Cluster Excellence Board"\n'
                 'acronym = "NCEB"\ntype = "{type}"\nawards_labels = true\n')


def test_a_new_awarding_body_fills_awarding_body(tmp_path, exported):
    documents = {"b.txt": "Oslo, 3 March 2022\n\nThe Fjordlys Marine Cluster received the Gold "
                          "label from the Nordic Cluster Excellence Board in February 2022.\n"}
    before = run(tmp_path, "packaged", documents)
    assert [r["awarding_body"] for r in rows(before, "labels")] == [""]
    with open(exported / "gazetteer.toml", "a", encoding="utf-8") as handle:
        handle.write(AWARDING_BODY.format(type="agency"))
    after = run(tmp_path, "extended", documents, exported)
    [label] = rows(after, "labels")
    assert (label["cluster"], label["tier"], label["awarded"], label["awarding_body"]) == (
        "Fjordlys Marine Cluster", "gold", "2022-02", "Nordic Cluster Excellence Board")


@pytest.mark.parametrize("org_type", ["agency", "association"])
def test_an_awarding_body_is_never_itself_a_cluster_with_a_label(tmp_path, exported, org_type):
    documents = {
        # the packaged rules take the body's acronym for the subject of a label statement
        "d.txt": "Oslo, 3 March 2022\n\nThe Nordic Cluster Excellence Board has awarded the "
                 "Fjordlys Marine Cluster the Gold label. The NCEB was founded in 2015 and "
                 "holds the Gold label standard for Scandinavia.\n",
        # an anaphor after the body: 'it' would be the body, were it a network
        "f.txt": "Oslo, 4 March 2022\n\nThe Nordic Cluster Excellence Board met in Oslo on "
                 "Monday. It has been awarded the Gold label in February 2022.\n",
    }
    with open(exported / "gazetteer.toml", "a", encoding="utf-8") as handle:
        handle.write(AWARDING_BODY.format(type=org_type))
    out = run(tmp_path, "extended", documents, exported)
    body_names = {"Nordic Cluster Excellence Board", "NCEB"}
    assert not body_names & {r["cluster"] for r in rows(out, "labels")}
    assert not body_names & {r["cluster"] for r in rows(out, "clusters")}
    assert {r["organisation"] for r in rows(out, "organisations")} == {"Nordic Cluster Excellence Board"}
    body = [e for e in rows(out, "entities") if e["canonical"] == "Nordic Cluster Excellence Board"]
    assert [e["kind"] for e in body] == ["organisation"]


# The word lists of the extract stage's patterns (vocabulary.toml [lists], [people.*],
# [names.cuts], [programme]) are extended the same way.

def edit_vocabulary(folder: Path, old: str, new: str) -> None:
    path = folder / "vocabulary.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_new_list_conjunction_joins_the_names_of_a_label_list(tmp_path, exported):
    documents = {"l.txt": "Kiel, 3.4.2022\n\nValtrona, Merisol plus Braxen have been awarded the Gold "
                          "Label for cluster management excellence.\n"}
    before = run(tmp_path, "packaged", documents)
    # Braxen, right before the verb, may be a subject on its own; the list is not read
    assert not {"Valtrona", "Merisol"} & {r["cluster"] for r in rows(before, "labels")}
    edit_vocabulary(exported, 'conjunctions = ["and", "und", "sowie", "as well as", "als auch"]',
                    'conjunctions = ["and", "und", "sowie", "as well as", "als auch", "plus"]')
    after = run(tmp_path, "extended", documents, exported)
    assert [(r["cluster"], r["tier"]) for r in rows(after, "labels")] == \
        [("Valtrona", "gold"), ("Merisol", "gold"), ("Braxen", "gold")]


def test_a_new_speech_verb_finds_the_speaker(tmp_path, exported):
    documents = {"s.txt": "Kiel, 3.4.2022\n\nDer Velmora Cluster erhielt das Gold-Label. „Wir sind "
                          "stolz“, erläuterte Velling. Der Cluster hat 80 Mitglieder.\n"}
    before = run(tmp_path, "packaged", documents)
    assert rows(before, "people") == []
    edit_vocabulary(exported, 'verbs = ["sagte", ', 'verbs = ["erläuterte", "sagte", ')
    after = run(tmp_path, "extended", documents, exported)
    assert [r["person"] for r in rows(after, "people")] == ["Velling"]


def test_a_new_appointment_verb_gives_the_role(tmp_path, exported):
    documents = {"a.txt": "Kiel, 3.4.2022\n\nDer Velmora Cluster erhielt das Gold-Label. Jana Velling "
                          "wurde zur Sprecherin bestimmt.\n"}
    before = run(tmp_path, "packaged", documents)
    assert [(r["person"], r["role"]) for r in rows(before, "people")] == [("Jana Velling", "")]
    edit_vocabulary(exported, 'de_verbs = ["gewählt", ', 'de_verbs = ["bestimmt", "gewählt", ')
    after = run(tmp_path, "extended", documents, exported)
    assert [(r["person"], r["role"], r["organisation"]) for r in rows(after, "people")] == \
        [("Jana Velling", "Sprecherin", "Velmora Cluster")]


def test_a_new_word_before_a_quoted_name_makes_it_a_programme(tmp_path, exported):
    documents = {"p.txt": "Kiel, 3.4.2022\n\nDer Nordalb Cluster beteiligt sich an der Fördersäule "
                          "„Nordalb Innovativ“ des Landes. Die Fördersäule läuft bis 2025.\n"}
    before = run(tmp_path, "packaged", documents)
    assert rows(before, "programmes") == []
    edit_vocabulary(exported, 'quoted_name_words = ["project", ', 'quoted_name_words = ["fördersäule", "project", ')
    after = run(tmp_path, "extended", documents, exported)
    assert [r["programme"] for r in rows(after, "programmes")] == ["Nordalb Innovativ"]
