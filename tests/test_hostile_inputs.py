"""Pathological inputs, stage by stage: every stage finishes on them and every document
gets its row. These are safety tests against hangs (a regular expression that
backtracks without end on a long line stalled whole runs), not speed targets: each
stage runs under a generous guard, far above what it takes.

Inputs: a 1 MB line without spaces; 150,000 "a@"; "http://" and 400 KB without spaces;
30,000 sibling and 30,000 nested tags on one line; 4.5 MB of repeated sentences (just
under the default 5 MB size limit); and the inputs the audit of the stages found
quadratic (see INPUTS).
"""
from __future__ import annotations

import copy
import re
from functools import lru_cache

import pytest

from pipeline import budget, clean, extract, ingest, language, nlp
from pipeline.process import DocResult, Prepared, process_chunk

GUARD = 300  # seconds: a hang becomes a failure, not a stalled test run
SENTENCE = ("Der Cluster Nordmetall e.V. hat am 12. März 2021 das Gold-Label der European "
            "Secretariat for Cluster Analysis erhalten, teilte Dr. Anna Weber mit. ")
INPUTS = {
    "long line": ("long.txt", b"x" * 1_000_000),
    "a@": ("at.txt", b"a@" * 150_000),
    "url": ("url.txt", b"http://" + b"y" * 400_000),
    "sibling tags": ("siblings.html", b"<html><body>" + b"<b>x</b>" * 30_000 + b"</body></html>"),
    "nested tags": ("nested.html", b"<html><body>" + b"<div>" * 30_000 + b"x"
                    + b"</div>" * 30_000 + b"</body></html>"),
    "sentences": ("sentences.txt", SENTENCE.encode() * (4_500_000 // len(SENTENCE.encode()))),
    # 400 KB each, found in the audit: each took minutes to days before it was made linear
    "emphasis markers": ("emphasis.md", b"**a " * 100_000),  # clean: markdown emphasis
    "brackets": ("brackets.md", b"[" * 400_000),  # clean: markdown links; nlp: tokenizer
    "parentheses": ("parentheses.txt", b"(" * 400_000),  # nlp: spaCy's prefix splitting
    "short lines": ("lines.txt", b"x\n" * 200_000),  # nlp: sentence starts per line
    "comma list": ("list.txt", b"Nord, " * 66_000),  # extract: enumerated name tails
    # extract: thousands of clusters in one text, merged pair by pair before 2026-11-27
    "cluster list": ("clusters.txt", b"Die Cluster: " + b", ".join(
        b"Velmora%d (Windenergie)" % i for i in range(4_000)) + b" und Tarsio (Holz)."),
    # extract: a directory's label fields and a tier table, each looking up its entry's name
    "directory": ("directory.txt", b"".join(
        b"Velmora%d Netzwerk\nBranche: Chemie\nLabel: Silber (2021)\n" % i for i in range(3_000))),
    "tier table": ("tiers.txt", b"Cluster | Bronze | Silber | Gold\n" + b"".join(
        b"Velmora%d Netzwerk | 2013 | 2016 | 2019\n" % i for i in range(3_000))),
}
NAMES = list(INPUTS)


def guarded(function, *args):
    with budget.within(GUARD):
        return function(*args)


@lru_cache(maxsize=None)
def decoded(name: str) -> ingest.DecodedDocument:
    path, data = INPUTS[name]
    return guarded(ingest.read_document, ingest.RawDocument(path, data), 5_000_000)


@lru_cache(maxsize=None)
def cleaned(name: str) -> clean.CleanText:
    document = decoded(name)
    return guarded(clean.clean, document.text, document.format)


@lru_cache(maxsize=None)
def parsed(name: str):
    from pipeline.config import load_config

    from pipeline.extract.components import EXTRACTION_COMPONENTS

    text = cleaned(name).text
    pipeline = nlp.get_pipeline("de", load_config())
    with pipeline.select_pipes(disable=list(EXTRACTION_COMPONENTS)):  # the nlp stage alone
        return guarded(pipeline, text)


def test_inputs_are_as_described():
    assert 4_400_000 < len(INPUTS["sentences"][1]) < 5_000_000


@pytest.mark.parametrize("name", NAMES)
def test_ingest_reads_them(name):
    document = decoded(name)
    assert document.text
    assert document.format == {".html": "html", ".md": "md", ".txt": "txt"}[
        INPUTS[name][0][INPUTS[name][0].rindex("."):]]


@pytest.mark.parametrize("name", NAMES)
def test_clean_finishes(name):
    result = cleaned(name)
    assert isinstance(result.text, str)
    if name not in ("nested tags", "emphasis markers"):  # markup: little text is left
        assert len(result.text) >= 30_000


@pytest.mark.parametrize("name", NAMES)
def test_language_finishes(name):
    code, score = guarded(language.detect, cleaned(name).text, 1000, 40, 0)
    assert code == "und" or len(code) == 2
    if name == "sentences":
        assert code == "de"


@pytest.mark.parametrize("name", [n for n in NAMES if n != "sentences"])
def test_nlp_and_extract_finish(name):
    doc = parsed(name)
    assert doc.text == cleaned(name).text
    result = guarded(extract.extract, doc, "de", "0" * 16)
    for row in result.rows.get("mentions", []):
        assert row[0] == "0" * 16


def test_nlp_refuses_a_text_beyond_its_length_limit_with_an_error():
    """4.5 MB of text is more than spaCy takes in one Doc: an exception the run turns
    into the document's error row (next test), at once, not after minutes."""
    with pytest.raises(ValueError, match="E088"):
        parsed("sentences")


def test_each_document_gets_its_row_within_the_budget(config):
    """All of them through the per-document work at once, with a small budget: one
    result each, in order; what cannot finish in time is a timed-out error row."""
    small = copy.deepcopy(config)
    small["limits"]["document_seconds"] = 20
    raws = [ingest.RawDocument(path, data) for path, data in INPUTS.values()]
    results = guarded(process_chunk, raws, small)
    assert [r.doc_id for r in results] == [raw.doc_id for raw in raws]
    assert all(isinstance(r, DocResult) and not isinstance(r, Prepared) for r in results)
    by_name = dict(zip(NAMES, results))
    assert by_name["sentences"].status == "error"
    assert re.fullmatch(r"text too long for the nlp stage: 4\d{6} characters > 1000000",
                        by_name["sentences"].document["error"])
    assert by_name["sentences"].language == "de"
    for name, result in by_name.items():
        assert result.status in ("ok", "skipped", "error")
        assert result.document_row(INPUTS[name][0])  # a documents.csv row
