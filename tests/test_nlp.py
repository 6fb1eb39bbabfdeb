"""The nlp stage: one spaCy pipeline per language (blank + sentencizer + SpanRuler with
the patterns in the rule files), or an installed model as the base with the rules after
its NER; a model that cannot be loaded means the blank base and one warning."""
from __future__ import annotations

import copy
import csv
import logging

import pytest

from pipeline import nlp as nlp_module
from pipeline.config import load_config
from pipeline import ruleset
from pipeline import process as process_module
from pipeline.ingest import RawDocument
from pipeline.schemas import MENTIONS

# An invented company the blank pipeline and the rule files know nothing about.
COMPANY = "Zorbex Quantara"
TRAINING = [
    f"{COMPANY} opened a new plant near the harbour.",
    f"The board of {COMPANY} met on Monday.",
    f"Yesterday {COMPANY} hired forty engineers.",
    f"Engineers from {COMPANY} visited the cluster.",
]
DOCUMENT = ("Brussels, 05.06.2020\n\n" + " ".join(TRAINING) +
            " The regional network welcomed the new member and its staff.\n")


@pytest.fixture(autouse=True)
def fresh_pipelines():
    """Pipelines are cached per process; each test builds its own (and logs afresh)."""
    nlp_module._cached_pipeline.cache_clear()
    yield
    nlp_module._cached_pipeline.cache_clear()


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A real trained spaCy pipeline on disk: blank English + an NER that learned ORG."""
    import spacy
    from spacy.training import Example

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    examples = []
    for sentence in TRAINING:
        start = sentence.index(COMPANY)
        doc = nlp.make_doc(sentence)
        examples.append(Example.from_dict(doc, {"entities": [(start, start + len(COMPANY), "ORG")]}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("models") / "en_tiny_ner"
    nlp.to_disk(path)
    return path


def with_models(config: dict, **models) -> dict:
    changed = copy.deepcopy(config)
    changed["nlp"]["models"] = models
    return changed


def _rules_then_extraction(names: list[str]) -> bool:
    """The nlp stage ends with its two SpanRulers (phrases as lower case, acronyms as
    written); the extract stage's components follow them."""
    from pipeline.extract.components import EXTRACTION_COMPONENTS

    return names[names.index("domain_rules") + 1:] == ["domain_acronyms", *EXTRACTION_COMPONENTS]


def test_blank_pipeline_per_language_with_sentencizer_and_rules(config):
    de = nlp_module.get_pipeline("de", config)
    en = nlp_module.get_pipeline("en", config)
    assert de is not en
    assert (de.lang, en.lang) == ("de", "en")
    assert nlp_module.get_pipeline("de", config) is de  # built once per process
    for nlp in (de, en):
        names = nlp.pipe_names
        assert "ner" not in names and "sentencizer" in names
        assert _rules_then_extraction(names)
        assert names.index("sentencizer") < names.index("domain_rules")
    doc = de("Der Cluster wächst. Er hat neue Mitglieder.")
    assert len(list(doc.sents)) == 2
    assert nlp_module.RULES_SPANS_KEY in doc.spans


def test_patterns_come_from_the_rule_files(tmp_path, monkeypatch, config):
    rules = tmp_path / "rules"
    ruleset.export(rules)
    (rules / "de").mkdir(parents=True)
    (rules / "en").mkdir(parents=True)
    (rules / "shared.jsonl").write_text('{"label": "ORG", "pattern": "Blorpwerk"}\n', encoding="utf-8")
    (rules / "en" / "own.jsonl").write_text('{"label": "ORG", "pattern": "Nurenglisch"}\n',
                                            encoding="utf-8")
    (rules / "de" / "own.jsonl").write_text(
        '{"label": "PROGRAMME", "pattern": [{"LOWER": "zukunftsfonds"}, {"LOWER": "nord"}]}\n',
        encoding="utf-8")
    monkeypatch.setattr(nlp_module, "gazetteer_patterns", lambda language=None: [])
    text = "Blorpwerk und Nurenglisch fördern den Zukunftsfonds Nord."
    ruleset.use(rules)
    try:
        de_doc = nlp_module.get_pipeline("de", config)(text)
        en_doc = nlp_module.get_pipeline("en", config)(text)
    finally:
        ruleset.use(None)
    de_spans = {(s.text, s.label_) for s in de_doc.spans[nlp_module.RULES_SPANS_KEY]}
    en_spans = {(s.text, s.label_) for s in en_doc.spans[nlp_module.RULES_SPANS_KEY]}
    assert de_spans == {("Blorpwerk", "ORG"), ("Zukunftsfonds Nord", "PROGRAMME")}
    assert en_spans == {("Blorpwerk", "ORG"), ("Nurenglisch", "ORG")}


def test_broken_pattern_file_names_file_and_line(tmp_path):
    rules = tmp_path / "rules"
    ruleset.export(rules)
    (rules / "bad.jsonl").write_text('{"label": "ORG", "pattern": "ok"}\n{not json\n',
                                     encoding="utf-8")
    with pytest.raises(ruleset.RuleError, match=r"bad\.jsonl:2"):
        ruleset.refresh(rules)


def test_installed_model_is_the_base_and_rules_run_after_its_ner(tiny_model, config, caplog):
    configured = with_models(config, en=str(tiny_model))
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp"):
        nlp = nlp_module.get_pipeline("en", configured)
    assert not caplog.records
    names = nlp.pipe_names
    assert names[0] == "ner"
    assert names.index("ner") < names.index("domain_rules")
    assert "sentencizer" in names  # the tiny model has no parser to split sentences
    doc = nlp(DOCUMENT)
    assert (COMPANY, "ORG") in {(e.text, e.label_) for e in doc.ents}
    # the blank English pipeline, for comparison, predicts nothing
    assert not nlp_module.get_pipeline("en", config)(DOCUMENT).ents


def test_installed_model_reaches_the_processed_doc_and_the_tables(tiny_model, config,
                                                                  monkeypatch, tmp_path,
                                                                  run_pipeline):
    configured = with_models(config, en=str(tiny_model))
    seen = []
    real = process_module.extract_stage.extract

    def spy(doc, language, doc_id):
        seen.append((language, {(e.text, e.label_) for e in doc.ents}))
        return real(doc, language, doc_id)

    monkeypatch.setattr(process_module.extract_stage, "extract", spy)
    [result] = process_module.process_chunk([RawDocument("a.txt", DOCUMENT.encode())], configured)
    assert result.status == "ok"
    assert seen == [("en", {(COMPANY, "ORG")})]

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    run_pipeline(raw, tmp_path / "out", config=configured)
    with open(tmp_path / "out" / MENTIONS.filename, encoding="utf-8", newline="") as handle:
        mentions = list(csv.DictReader(handle))
    assert any(m["text"] == COMPANY and m["label"] == "ORG" for m in mentions)
    # without the model the rules alone do not find the invented company
    [blank] = process_module.process_chunk([RawDocument("a.txt", DOCUMENT.encode())], config)
    text_column = MENTIONS.column_names.index("text")
    assert blank.status == "ok"
    assert not any(COMPANY in row[text_column] for row in blank.rows[MENTIONS.name])


@pytest.mark.parametrize("model", ["no_such_model_xyz", "/nonexistent/path/to/model"])
def test_missing_model_falls_back_to_blank_with_one_warning(model, config, caplog):
    configured = with_models(config, de=model)
    with caplog.at_level(logging.INFO, logger="pipeline.nlp"):
        nlp = nlp_module.get_pipeline("de", configured)
        again = nlp_module.get_pipeline("de", configured)
    assert again is nlp
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and model in warnings[0].getMessage()
    assert "ner" not in nlp.pipe_names and nlp.lang == "de"
    assert _rules_then_extraction(nlp.pipe_names)
    doc = nlp("Der Cluster wächst. Er hat neue Mitglieder.")
    assert len(list(doc.sents)) == 2


def test_broken_model_folder_falls_back_too(tmp_path, config, caplog):
    broken = tmp_path / "broken_model"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp]\nlang = \"en\"\npipeline = [\"nonsense\"]\n")
    (broken / "meta.json").write_text("{not json")
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp"):
        nlp = nlp_module.get_pipeline("en", with_models(config, en=str(broken)))
    assert len(caplog.records) == 1
    assert "ner" not in nlp.pipe_names and _rules_then_extraction(nlp.pipe_names)


def test_check_models_names_each_missing_model_once_and_keeps_the_rest(tiny_model, config,
                                                                       caplog):
    configured = with_models(config, de="no_such_model_xyz", en=str(tiny_model))
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp"):
        checked = nlp_module.check_models(configured)
    assert checked["nlp"]["models"] == {"de": "", "en": str(tiny_model)}
    assert configured["nlp"]["models"]["de"] == "no_such_model_xyz"  # not changed in place
    assert len(caplog.records) == 1 and "no_such_model_xyz" in caplog.records[0].getMessage()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp"):
        assert nlp_module.check_models(config) is config  # nothing configured, nothing said
    assert not caplog.records


def test_run_warns_once_and_hands_workers_the_blank_fallback(tmp_path, config, caplog):
    from pipeline.executors import LocalExecutor
    from pipeline.run import run

    class Recording(LocalExecutor):
        """Runs in this process; remembers the config each worker would be given."""
        configs = []

        def map_chunks(self, function, chunks, worker_config):
            self.configs.append(worker_config)
            return super().map_chunks(function, chunks, worker_config)

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(3):
        (raw / f"{i}.txt").write_text(DOCUMENT.replace("Monday", f"day {i}"), encoding="utf-8")
    configured = with_models(config, en="no_such_model_xyz")
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp"):
        summary = run(raw, tmp_path / "out", configured, executor=Recording(1), progress=False)
    assert summary.status_counts == {"ok": 3}
    assert [c["nlp"]["models"]["en"] for c in Recording.configs] == [""]
    assert len([r for r in caplog.records if "no_such_model_xyz" in r.getMessage()]) == 1


def test_sentence_starts_at_line_breaks_legal_forms_and_after_quoted_titles(config):
    nlp = nlp_module.get_pipeline("de", config)
    doc = nlp("Das Projekt „Gemeinsam stark!“ wurde evaluiert. Die Nord GmbH. Seit 2019.\n"
              "Neue Zeile\nnoch eine")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Das", "Die", "Seit", "Neue", "noch"]  # not "wurde": the title goes on
    dotted = nlp("Der Bau.Energie.Umwelt Cluster wächst. Er hat (ESCA).\n\nNeu.")
    assert [t.text for t in dotted if t.is_sent_start] == ["Der", "Er", "\n\n", "Neu"]  # no end inside a name
    many = nlp("x\n" * 20_000)  # one sentence per line, in one pass (was quadratic)
    assert sum(1 for _ in many.sents) == 20_000


@pytest.mark.parametrize("text", ["", "Ein Satz.", "Erste Zeile\nZweite Zeile. Dritter Satz! Vierter?",
                                  "Die Velmora GmbH. Seit 2020 wächst sie.\n\n- Punkt eins\n- Punkt zwei"])
def test_the_sentence_count_is_that_of_doc_sents(text):
    doc = nlp_module.get_pipeline("de", load_config())(text)
    assert nlp_module.sentence_count(doc) == len(list(doc.sents))


def test_docs_made_from_their_text_keep_it_and_the_extract_view_reads_it():
    from pipeline.extract.doc_view import view
    from pipeline.nlp import SOURCE_TEXT_KEY, docs_of

    nlp = nlp_module.get_pipeline("de", load_config())
    texts = ["Der Velmora Cluster  erhielt Gold.\n\nZweiter Absatz – mit  Leerzeichen. ", "Kurz."]
    docs = list(nlp.pipe(docs_of(nlp, texts)))
    assert [d.user_data[SOURCE_TEXT_KEY] for d in docs] == texts
    assert [view(d).text for d in docs] == [d.text for d in docs] == texts


def test_gazetteer_forms_are_matched_hyphen_joined_as_german_compounds_write_them(config):
    from pipeline.nlp import _with_hyphenated
    assert _with_hyphenated(["Horizon Europe", "Horizon Europe Cluster 6", "Single Market Programme for SMEs"]) == [
        "Horizon Europe", "Horizon-Europe", "Horizon Europe Cluster 6", "Horizon-Europe-Cluster 6",
        "Single Market Programme for SMEs"]
    doc = nlp_module.get_pipeline("de", config)("Gefördert im Horizon-Europe-Cluster 6 und im Horizon-Europe-Programm.")
    assert "Horizon-Europe-Cluster 6" in {m.text for m in doc._.entities.mentions}


def test_no_sentence_starts_inside_a_legal_form_of_several_words_or_where_its_sentence_goes_on(config):
    nlp = nlp_module.get_pipeline("en", config)
    doc = nlp("Awarded:\n  * VELMO Sp. z o.o. (Poznań, Poland) - SILVER\n  * Tarsio Cluster - BRONZE\n\n"
              "It is the Nordalb Sp. z o.o. Its staff is new.")
    assert [s.text.strip() for s in doc.sents] == [
        "Awarded:", "* VELMO Sp. z o.o. (Poznań, Poland) - SILVER", "* Tarsio Cluster - BRONZE",
        "It is the Nordalb Sp. z o.o.", "Its staff is new."]
