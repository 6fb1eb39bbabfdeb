"""The scorer on hand-made output tables and gold files (no pipeline run involved)."""
from __future__ import annotations

import json

import pytest

from pipeline import cli, schemas
from pipeline.evaluate import evaluate, name_score, keys_of, person_key
from pipeline.tables import csv_bytes, make_row, write_atomic


def write_output(folder, documents, **tables):
    """Every contract table under `folder`; `documents` and `tables[name]` are row dicts."""
    for table in schemas.TABLES:
        records = documents if table is schemas.DOCUMENTS else tables.get(table.name, [])
        rows = [make_row(table, **record) for record in records]
        write_atomic(folder / table.filename, csv_bytes(table, rows))
    return folder


def doc(doc_id, source_path, language="en", published=None, status="ok"):
    return {"doc_id": doc_id, "source_path": source_path, "format": "txt",
            "language": language, "published": published, "status": status}


def write_gold(folder, name, language="en", published=None, **fields):
    folder.mkdir(parents=True, exist_ok=True)
    data = {"file": f"{name}.txt", "source_url": None, "language": language,
            "published": published, "clusters": [], "labels": [], "programmes": [],
            "organisations": [], "people": [], "dates": []}
    data.update(fields)
    (folder / f"{name}.gold.json").write_text(json.dumps(data), encoding="utf-8")


def cluster(doc_id, name, forms=()):
    return {"doc_id": doc_id, "cluster": name, "surface_forms": list(forms) or [name],
            "n_mentions": 1}


def org(doc_id, name, org_type="other", acronym=None, forms=()):
    return {"doc_id": doc_id, "organisation": name, "acronym": acronym, "org_type": org_type,
            "surface_forms": list(forms) or [name], "n_mentions": 1}


def run_cli(capsys, *argv):
    status = cli.main(["eval", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


def test_micro_averaged_precision_recall_f1(tmp_path, capsys):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a", clusters=[{"name": "Alpha Cluster", "aliases": []},
                                    {"name": "Beta Network", "aliases": []}])
    write_gold(gold, "b", clusters=[{"name": "Delta Valley", "aliases": []}])
    write_output(out, [doc("d1", "a.txt"), doc("d2", "b.txt")],
                 clusters=[cluster("d1", "Alpha Cluster"), cluster("d1", "Gamma Region"),
                           cluster("d2", "Delta Valley"), cluster("d2", "Epsilon Hub")])
    totals = evaluate(gold, out).totals["clusters"]
    assert (totals.tp, totals.fp, totals.fn) == (2, 2, 1)
    assert totals.precision == pytest.approx(0.5)
    assert totals.recall == pytest.approx(2 / 3)
    assert totals.f1 == pytest.approx(4 / 7)

    status, printed, _ = run_cli(capsys, "--gold", gold, "--output", out)
    assert status == 0
    row = next(line for line in printed.splitlines() if line.startswith("clusters "))
    assert row.split() == ["clusters", "3", "4", "2", "2", "1", "0.500", "0.667", "0.571"]
    # a field with neither gold nor rows has undefined scores, not zeros
    people = next(line for line in printed.splitlines() if line.startswith("people "))
    assert people.split()[-3:] == ["-", "-", "-"]


def test_legal_forms_punctuation_aliases_and_acronyms_match(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a",
               clusters=[{"name": "BioRN Network e.V.", "aliases": ["BioRN"]}],
               organisations=[
                   {"name": "European Secretariat for Cluster Analysis", "aliases": ["ESCA"],
                    "type": "agency"},
                   {"name": "Acme Robotics", "aliases": [], "type": "company"},
                   {"name": "Stadt Mannheim", "aliases": ["Mannheim"], "type": "public_body"}])
    write_output(out, [doc("d1", "a.txt")],
                 clusters=[cluster("d1", "Biorn-Network GmbH")],
                 organisations=[
                     org("d1", "Europäisches Sekretariat für Clusteranalyse", "agency",
                         acronym="ESCA"),
                     org("d1", "ACME Robotics Ltd.", "company"),
                     org("d1", "City of Mannheim", "public_body", forms=["Mannheim"])])
    report = evaluate(gold, out)
    assert report.totals["clusters"].tp == 1
    orgs = report.totals["organisations"]
    assert (orgs.tp, orgs.fp, orgs.fn) == (3, 0, 0)
    assert report.checks["organisations: type"].as_dict() == {
        "correct": 3, "total": 3, "accuracy": 1.0}


def test_near_match_is_conservative():
    near = name_score(keys_of(["Software-Cluster"]), keys_of(["Software-Clusters"]))
    assert 0.9 <= near < 1.0
    assert name_score(keys_of(["Industrie 4.0 Netzwerk"]), keys_of(["Industrie 5.0 Netzwerk"])) == 0
    assert name_score(keys_of(["ECEI"]), keys_of(["ECE"])) == 0
    assert name_score(keys_of(["Silicon Saxony"]), keys_of(["Silicon Valley"])) == 0
    assert name_score(keys_of(["go-cluster"]), keys_of(["Go Cluster"])) == 1.0


def test_near_match_counts_in_scores(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a", language="de",
               clusters=[{"name": "Automotive Cluster Südwest", "aliases": []}],
               programmes=[{"name": "Industrie 4.0 Allianz", "aliases": []}])
    write_output(out, [doc("d1", "a.txt", "de")],
                 clusters=[cluster("d1", "Automotive Clusters Südwest")],
                 programmes=[{"doc_id": "d1", "programme": "Industrie 5.0 Allianz",
                              "surface_forms": ["Industrie 5.0 Allianz"], "n_mentions": 1}])
    report = evaluate(gold, out)
    assert report.totals["clusters"].tp == 1
    programmes = report.totals["programmes"]
    assert (programmes.tp, programmes.fp, programmes.fn) == (0, 1, 1)


def test_matching_is_one_to_one(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    # two rows for one gold cluster: one match, one spurious
    write_gold(gold, "a", clusters=[{"name": "Hamburg Aviation", "aliases": ["HAV"]}])
    # a row naming both gold clusters must not steal the only partner of the other row
    write_gold(gold, "b", clusters=[{"name": "North Cluster", "aliases": []},
                                    {"name": "South Cluster", "aliases": []}])
    write_output(out, [doc("d1", "a.txt"), doc("d2", "b.txt")],
                 clusters=[cluster("d1", "Hamburg Aviation"), cluster("d1", "HAV"),
                           cluster("d2", "North Cluster", forms=["North Cluster", "South Cluster"]),
                           cluster("d2", "North Cluster")])
    report = evaluate(gold, out)
    first, second = report.documents
    assert (first.counts["clusters"].tp, first.counts["clusters"].fp) == (1, 1)
    assert (second.counts["clusters"].tp, second.counts["clusters"].fp,
            second.counts["clusters"].fn) == (2, 0, 0)


def test_labels_match_as_cluster_tier_pairs(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a",
               clusters=[{"name": "BioRN Network e.V.", "aliases": ["BioRN"]},
                         {"name": "Photonics Hub", "aliases": []}],
               labels=[{"cluster": "BioRN Network e.V.", "tier": "gold", "date": "2013-06",
                        "valid_until": None, "awarding_body": None},
                       {"cluster": "BioRN Network e.V.", "tier": "silver", "date": "2018",
                        "valid_until": "2020-11", "awarding_body": None},
                       {"cluster": "Photonics Hub", "tier": "bronze", "date": None,
                        "valid_until": None, "awarding_body": None}])
    write_output(out, [doc("d1", "a.txt")],
                 clusters=[cluster("d1", "BioRN", forms=["BioRN", "BRN"]),
                           cluster("d1", "Photonics Hub")],
                 labels=[
                     # cluster named by a surface form the gold does not list: resolved
                     # through the same document's clusters.csv row
                     {"doc_id": "d1", "cluster": "BRN", "tier": "gold", "awarded": "2013"},
                     {"doc_id": "d1", "cluster": "BioRN", "tier": "silver", "awarded": "2019",
                      "valid_until": "2020-11"},
                     {"doc_id": "d1", "cluster": "Photonics Hub", "tier": "gold"}])
    report = evaluate(gold, out)
    labels = report.totals["labels"]
    assert (labels.tp, labels.fp, labels.fn) == (2, 1, 1)  # wrong tier is no match
    assert report.checks["labels: award year"].as_dict()["correct"] == 1
    assert report.checks["labels: award year"].total == 2
    assert report.checks["labels: award date"].correct == 0
    assert report.checks["labels: valid until"].correct == 2


def test_people_titles_ignored_and_role_organisation_checked(tmp_path):
    assert person_key("Prof. Dr. Anna Beispiel") == person_key("Anna Beispiel")
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a", language="de",
               clusters=[{"name": "Beispiel-Cluster", "aliases": ["Beispiel-Cluster e.V."]}],
               people=[{"name": "Anna Beispiel", "role": "Geschäftsführerin",
                        "organisation": "Beispiel-Cluster"},
                       {"name": "Bernd Muster", "role": None, "organisation": None}])
    write_output(out, [doc("d1", "a.txt", "de")],
                 clusters=[cluster("d1", "Beispiel-Cluster e.V.")],
                 people=[{"doc_id": "d1", "person": "Dr. Anna Beispiel",
                          "role": "Geschäftsführerin", "organisation": "Beispiel-Cluster e.V."},
                         {"doc_id": "d1", "person": "Prof. Bernd Muster", "role": "Sprecher"}])
    report = evaluate(gold, out)
    people = report.totals["people"]
    assert (people.tp, people.fp, people.fn) == (2, 0, 0)
    assert (report.checks["people: role"].correct, report.checks["people: role"].total) == (1, 2)
    assert report.checks["people: organisation"].correct == 2


def test_dates_are_compared_as_sets(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a", dates=["2019-04-09", "2019", "2013-06"])
    write_output(out, [doc("d1", "a.txt")],
                 dates=[{"doc_id": "d1", "text": "9 April 2019", "date": "2019-04-09"},
                        {"doc_id": "d1", "text": "2019", "date": "2019"},
                        {"doc_id": "d1", "text": "in 2019", "date": "2019"},
                        {"doc_id": "d1", "text": "June", "date": "2013-06-01"}])
    dates = evaluate(gold, out).totals["dates"]
    assert (dates.tp, dates.fp, dates.fn) == (2, 1, 1)


def test_language_accuracy_and_language_only_documents(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a", language="de", published="2020-02-12")
    write_gold(gold, "b", language="en")
    write_gold(gold, "c", language="pl", clusters=[{"name": "Klaster Zdrowia", "aliases": []}])
    write_output(out, [doc("d1", "a.txt", "en", published="2020-02-12"),
                       doc("d2", "b.txt", "en"), doc("d3", "c.txt", "pl", status="skipped")],
                 clusters=[cluster("d3", "Something Else")])
    report = evaluate(gold, out)
    assert (report.checks["language"].correct, report.checks["language"].total) == (2, 3)
    assert (report.checks["published"].correct, report.checks["published"].total) == (2, 2)
    # the Polish document scores language only: neither its gold nor its rows count
    assert report.totals["clusters"].as_dict()["gold"] == 0
    assert report.totals["clusters"].fp == 0


def test_document_without_output_row_counts_as_all_misses(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a", clusters=[{"name": "Alpha Cluster", "aliases": []}],
               dates=["2020"])
    write_gold(gold, "gone", published="2021", dates=["2021", "2021-05"],
               clusters=[{"name": "Gone Cluster", "aliases": []}])
    # "a" was run from a nested input folder: matched on the path's file name
    write_output(out, [doc("d1", "drop/2020/a.txt")],
                 clusters=[cluster("d1", "Alpha Cluster")],
                 dates=[{"doc_id": "d1", "text": "2020", "date": "2020"}])
    report = evaluate(gold, out)
    assert report.documents[0].doc["doc_id"] == "d1"
    assert report.documents[1].doc is None
    assert (report.totals["clusters"].tp, report.totals["clusters"].fn) == (1, 1)
    assert (report.totals["dates"].tp, report.totals["dates"].fn) == (1, 2)
    assert (report.checks["language"].correct, report.checks["language"].total) == (1, 2)
    assert report.checks["published"].correct == 1


def test_errors_listing_and_json(tmp_path, capsys):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a", organisations=[{"name": "Acme Robotics", "aliases": [], "type": "company"},
                                         {"name": "Missing Institute", "aliases": [],
                                          "type": "research"}])
    write_output(out, [doc("d1", "a.txt")],
                 organisations=[org("d1", "Acme Robotics", "university"),
                                org("d1", "Phantom Agency", "agency")])
    scores = tmp_path / "scores.json"
    status, printed, err = run_cli(capsys, "--gold", gold, "--output", out, "--errors",
                                   "--json", scores)
    assert status == 0 and err == ""
    lines = [line.split(None, 2) for line in printed.splitlines() if line.startswith("  ")]
    assert ["organisations", "miss", "Missing Institute"] in lines
    assert ["organisations", "spurious", "Phantom Agency"] in lines
    assert ["organisations", "type", "Acme Robotics: gold company, got university"] in lines
    assert not any("Acme Robotics" == line[2] for line in lines)  # matched, not a miss
    assert "a.gold.json" in printed and "d1" in printed
    data = json.loads(scores.read_text(encoding="utf-8"))
    assert data["fields"]["organisations"]["tp"] == 1
    assert data["fields"]["organisations"]["precision"] == 0.5
    assert data["checks"]["organisations: type"]["correct"] == 0
    assert {"field": "organisations", "kind": "miss", "text": "Missing Institute"} in \
        data["documents"][0]["errors"]
    # without --errors, no listing
    status, printed, _ = run_cli(capsys, "--gold", gold, "--output", out)
    assert "Phantom Agency" not in printed


def test_missing_folders_exit_2_with_one_line(tmp_path, capsys):
    gold, out = tmp_path / "gold", tmp_path / "out"
    write_gold(gold, "a")
    write_output(out, [doc("d1", "a.txt")])
    status, printed, err = run_cli(capsys, "--gold", tmp_path / "nope", "--output", out)
    assert status == 2 and printed == ""
    assert len(err.strip().splitlines()) == 1 and "nope" in err
    status, _, err = run_cli(capsys, "--gold", gold, "--output", tmp_path / "none")
    assert status == 2 and len(err.strip().splitlines()) == 1 and "none" in err
    status, _, err = run_cli(capsys, "--output", out)
    assert status == 2 and len(err.strip().splitlines()) == 1 and "--gold" in err
    (out / "labels.csv").unlink()
    status, _, err = run_cli(capsys, "--gold", gold, "--output", out)
    assert status == 2 and "labels.csv" in err


def test_split_is_a_fixed_rule_on_the_file_name():
    from pipeline.evaluate import split_of

    newer = [f"de_A_release_{i}.gold.json" for i in range(300)]
    parts = [split_of(name) for name in newer]
    # stable: the same name is always in the same part, wherever it lies
    assert parts == [split_of(f"/elsewhere/{name}") for name in newer]
    # about one in three is check
    assert 70 <= parts.count("check") <= 130
    # the original dev documents (no helper letter) were read before the split: always tune
    assert {split_of(f"{i:03d}_0123456789abcdef.gold.json") for i in range(50)} == {"tune"}


def test_eval_split_scores_one_part_and_prints_both(tmp_path, capsys):
    from pipeline.evaluate import split_of

    gold_dir, out = tmp_path / "gold", tmp_path / "out"
    names = [f"en_B_doc{i}" for i in range(12)]
    for name in names:
        write_gold(gold_dir, name)
    out.mkdir()
    write_output(out, [doc(f"{i:016x}", f"{name}.txt") for i, name in enumerate(names)])
    n_check = sum(split_of(f"{n}.gold.json") == "check" for n in names)
    assert 0 < n_check < len(names)
    assert len(evaluate(gold_dir, out, "check").documents) == n_check
    assert len(evaluate(gold_dir, out, "tune").documents) == len(names) - n_check
    status, printed, _ = run_cli(capsys, "--gold", gold_dir, "--output", out)
    assert status == 0
    side_by_side = printed[printed.index("F1 / accuracy"):]
    assert side_by_side.split("\n")[0].split()[-3:] == ["tune", "check", "all"]
    status, printed, _ = run_cli(capsys, "--gold", gold_dir, "--output", out, "--split", "check")
    assert status == 0 and "(check part)" in printed and "F1 / accuracy" not in printed
