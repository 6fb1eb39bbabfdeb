"""The rule set (pipeline/ruleset.py): one folder, read once, every file checked against
its schema; a folder that does not load stops a run with exit status 2 and one line on
stderr naming the file (and line), never a traceback."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from pipeline import ruleset
from pipeline.cli import main as cli_main
from pipeline.config import ConfigError, fingerprints, load_config

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def rules(tmp_path):
    folder = tmp_path / "rules"
    ruleset.export(folder)
    yield folder
    ruleset.use(None)


def append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_packaged_rules_load_and_every_file_is_documented():
    rule_set = ruleset.load()
    assert rule_set.folder == ruleset.PACKAGED_DIR
    readme = (ruleset.PACKAGED_DIR / "README.md").read_text(encoding="utf-8")
    for path in ruleset.PACKAGED_DIR.iterdir():
        if path.name != "README.md":
            assert f"**`{path.name}`**" in readme, path.name
    assert rule_set.awarding_bodies() == {"European Secretariat for Cluster Analysis",
                                          "European Cluster Excellence Initiative"}


def test_tiers_file_is_strict_jsonl_in_spacys_pattern_format():
    lines = (ruleset.PACKAGED_DIR / "tiers.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        pattern = json.loads(line)  # any JSONL reader can read it: no comment lines
        assert set(pattern) == {"label", "pattern", "id"}
        assert pattern["label"] == "TIER" and pattern["id"] in ("bronze", "silver", "gold")


def test_export_copies_every_file_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "copy"
    written = ruleset.export(target)
    assert {p.name for p in written} == {p.name for p in ruleset.PACKAGED_DIR.iterdir() if p.is_file()}
    assert ruleset.load(target).digest("de") == ruleset.load().digest("de")
    with pytest.raises(ruleset.RuleError, match="already exists"):
        ruleset.export(target)


BROKEN = [
    ("tiers.jsonl", lambda f: append(f, "// a comment\n"), r"tiers\.jsonl:\d+: not valid JSON"),
    ("tiers.jsonl", lambda f: append(f, '{"label": "TIER", "pattern": "Platinlabel", "id": "platinum"}\n'),
     r"tiers\.jsonl:\d+: tier id 'platinum' is not one of bronze, silver, gold"),
    ("tiers.jsonl", lambda f: append(f, '{"label": "TIER", "pattern": "x", "id": "gold", "lang": "de"}\n'),
     r"tiers\.jsonl:\d+: unknown key 'lang'"),
    ("gazetteer.toml", lambda f: replace(f, 'type = "agency"', 'type = "agncy"'),
     r"gazetteer\.toml:\d+: organisation\[\d+\]\.type: 'agncy' is not an org_type"),
    ("gazetteer.toml", lambda f: append(f, '\n[[organisation]]\ncanonical = "X"\ntype = "company"\n'
                                           'awards_label = true\n'),
     r"gazetteer\.toml:\d+: organisation\[\d+\]\.awards_label: unknown key 'awards_label'"),
    ("gazetteer.toml", lambda f: append(f, '\n[[programme]]\nacronym = "X"\n'),
     r"gazetteer\.toml:\d+: programme\[\d+\]: missing key 'canonical'"),
    ("vocabulary.toml", lambda f: replace(f, "\nheads = [", "\nhedas = ["),
     r"vocabulary\.toml:\d+: cluster\.hedas: unknown key 'hedas'"),
    ("vocabulary.toml", lambda f: append(f, '\n[organisation.heads.firm]\n'),
     r"vocabulary\.toml: .*not valid TOML|vocabulary\.toml:\d+: organisation\.heads\.firm: unknown key"),
    ("legal_forms.toml", lambda f: replace(f, 'type = "company"', 'type = "firm"'),
     r"legal_forms\.toml:\d+: forms\[1\]\.type: 'firm' is not an org_type"),
    ("dates.toml", lambda f: append(f, "\nbroken = = 1\n"), r"dates\.toml:\d+: not valid TOML"),
    ("boilerplate.toml", lambda f: replace(f, "patterns = [", 'patterns = ["^(unclosed$", '),
     r"boilerplate\.toml:\d+: lines\.patterns\[1\]: not a valid regular expression"),
    ("language.toml", lambda f: replace(f, "min_words = ", 'min_words = "many" #'),
     r"language\.toml:\d+: fast_path\.min_words: must be an integer"),
]


@pytest.mark.parametrize("name, breaks, message", BROKEN,
                         ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(BROKEN)])
def test_a_broken_rule_file_is_named_with_its_line(rules, name, breaks, message):
    breaks(rules / name)
    with pytest.raises(ruleset.RuleError) as error:
        ruleset.refresh(rules)
    assert re.search(message, str(error.value)), str(error.value)
    assert str(error.value).startswith(f"rule file {rules / name}")
    assert "\n" not in str(error.value)


def test_unknown_and_missing_files_are_refused(rules):
    (rules / "vocab.toml").write_text("", encoding="utf-8")
    with pytest.raises(ruleset.RuleError, match=r"vocab\.toml: not a rule file"):
        ruleset.refresh(rules)
    (rules / "vocab.toml").unlink()
    (rules / "dates.toml").unlink()
    with pytest.raises(ruleset.RuleError, match=r"dates\.toml: missing"):
        ruleset.refresh(rules)
    with pytest.raises(ruleset.RuleError, match="rules folder not found"):
        ruleset.refresh(rules / "nowhere")


def test_run_with_broken_rules_exits_2_with_one_line(tmp_path, rules):
    """In a real process: exit status 2, one line on stderr, no traceback, no tables."""
    replace(rules / "gazetteer.toml", 'type = "agency"', 'type = "agncy"')
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Der Cluster X erhielt Gold.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(tmp_path / "raw"),
                           "--output", str(tmp_path / "out"), "--rules", str(rules)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert lines[0].startswith(f"error: rule file {rules / 'gazetteer.toml'}:")
    assert not (tmp_path / "out" / "documents.csv").exists()


def test_rules_check_command(rules, capsys):
    assert cli_main(["rules", "check", str(rules)]) == 0
    append(rules / "tiers.jsonl", "{}\n")
    assert cli_main(["rules", "check", str(rules)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"error: rule file {rules / 'tiers.jsonl'}:")


# Word lists that were written into the patterns of the extract stage (list separators,
# role prepositions, cut words, programme words): a wrong type in one stops `rules check`.
WRONG_WORD_LISTS = [
    ('conjunctions = ["and", "und", "sowie", "as well as", "als auch"]', 'conjunctions = "and"',
     "lists.conjunctions: must be a list"),
    ('by = ["by", "von"]', "by = true", "people.byline.by: must be a list"),
    ('titles = ["dr.", "prof."]', 'titles = ["dr.", 7]', "names.cuts.titles[2]: must be a string"),
    ('naming_words = ["called"', 'naming_words = [["called"]', "programme.naming_words[1]: must be a string"),
]


@pytest.mark.parametrize("old, new, message", WRONG_WORD_LISTS, ids=[m.split(":")[0] for _, _, m in WRONG_WORD_LISTS])
def test_a_wrong_type_in_a_pattern_word_list_fails_rules_check(rules, capsys, old, new, message):
    path = rules / "vocabulary.toml"
    replace(path, old, new)
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith(new))
    assert cli_main(["rules", "check", str(rules)]) == 2
    assert capsys.readouterr().err == f"error: rule file {path}:{line}: {message}\n"  # one line


def test_a_wrong_type_in_a_moved_context_word_list_fails_rules_check(rules, capsys):
    """The words of the cluster-role rule ('die Clustermanagerin von X') live in
    [context]; a number there stops `rules check` with one line naming file and line."""
    path = rules / "vocabulary.toml"
    replace(path, 'cluster_role_prepositions = ["of", "at", "von", "vom", "des", "der", "beim", "bei"]',
            "cluster_role_prepositions = 3")
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith("cluster_role_prepositions = 3"))
    assert cli_main(["rules", "check", str(rules)]) == 2
    assert capsys.readouterr().err == (f"error: rule file {path}:{line}: "
                                       "context.cluster_role_prepositions: must be a list\n")


def test_word_lists_fill_patterns_in_the_order_written():
    from pipeline.extract.vocab import alternation, with_words, word_pattern
    assert regex.match(alternation(["of", "of the", "an der"]), "of the").group() == "of"  # not re-sorted
    assert regex.match(alternation(["of the", "of", "an der"]), "of the").group() == "of the"
    assert regex.findall(alternation(["e.v.", "&"]), "e.v. & eav") == ["e.v.", "&"]
    assert word_pattern(r"x(?:%(nothing)s)?y|z(?:%(nothing)s)", nothing=alternation([])).findall("xy z") == ["xy"]
    conjunctions = with_words(r"[ \t]+(?:%(lists.conjunctions)s|&)")
    assert regex.match(conjunctions, " as well as").group() == " as well as"
    assert regex.match(conjunctions, " und").group() == " und" and not regex.match(conjunctions, " or")


def test_fingerprint_covers_the_content_of_the_folder_in_use(rules):
    config = load_config(ROOT / "pipeline" / "config.toml")
    own = {**config, "rules": {"dir": str(rules)}}
    assert fingerprints(own) == fingerprints(config)  # same content, other folder
    append(rules / "tiers.jsonl", '{"label": "TIER", "pattern": "Goldplakette", "id": "gold"}\n')
    ruleset.refresh(rules)
    changed = fingerprints(own)
    assert changed["de"] != fingerprints(config)["de"] and changed["en"] != fingerprints(config)["en"]
    assert changed[""] == fingerprints(config)[""]
    (rules / "en").mkdir()
    append(rules / "en" / "extra.jsonl", '{"label": "ORG", "pattern": "Nothing Ltd"}\n')
    ruleset.refresh(rules)
    assert fingerprints(own)["de"] == changed["de"] and fingerprints(own)["en"] != changed["en"]
    append(rules / "README.md", "\nNotes of our own.\n")
    ruleset.refresh(rules)
    assert fingerprints(own)["de"] == changed["de"]  # documentation is not a rule


def test_rules_dir_in_the_config_is_relative_to_the_config_file(tmp_path, rules):
    config_file = tmp_path / "pipeline.toml"
    config_file.write_text('[rules]\ndir = "rules"\n', encoding="utf-8")
    config = load_config(config_file)
    assert ruleset.folder_of(config) == rules.resolve()
    assert ruleset.folder_of(load_config(ROOT / "pipeline" / "config.toml")) == ruleset.PACKAGED_DIR
    config_file.write_text('[rules]\ndir = 5\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="rules.dir must be a folder name"):
        load_config(config_file)


def test_switching_folders_drops_what_was_built_from_the_other(rules):
    from pipeline.extract.vocab import vocabulary

    assert "kompetenzverbund" not in vocabulary().cluster_heads
    replace(rules / "vocabulary.toml", "\nheads = [", '\nheads = ["kompetenzverbund", ')
    ruleset.use(rules)
    assert "kompetenzverbund" in vocabulary().cluster_heads
    ruleset.use(None)
    assert "kompetenzverbund" not in vocabulary().cluster_heads


def test_a_language_subfolder_gazetteer_applies_to_its_language_only(rules, config):
    from pipeline import nlp

    (rules / "de").mkdir()
    (rules / "de" / "gazetteer.toml").write_text(
        '[[programme]]\ncanonical = "Nordfonds Cluster"\nforms = ["Nordfonds"]\n', encoding="utf-8")
    ruleset.use(rules)
    text = "Der Nordfonds fördert Netzwerke."
    de_doc, en_doc = nlp.get_pipeline("de", config)(text), nlp.get_pipeline("en", config)(text)
    de = {s.text for s in de_doc.spans[nlp.RULES_SPANS_KEY]}
    en = {s.text for s in en_doc.spans[nlp.RULES_SPANS_KEY]}
    assert "Nordfonds" in de and "Nordfonds" not in en


def test_a_label_rule_category_without_phrases_matches_nothing():
    from pipeline.extract.label_rules import _either
    assert re.search(_either([]), "any text at all") is None
