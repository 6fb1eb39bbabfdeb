"""The plain sentence records the extract rules read are exactly what `doc.sents` gives:
the same bounds and text, on the real nlp pipelines (headlines, list lines, legal forms
ending a sentence) and on a Doc whose sentences come from a user hook."""
from __future__ import annotations

import pytest
import spacy

from pipeline.extract.doc_view import doc_sentences, view
from pipeline.nlp import get_pipeline

TEXTS = [
    "Der Zorbex-Cluster wächst. Er hat neue Mitglieder.",
    "Headline without a period\nBerlin, 3. März 2021 – Die Beispiel GmbH. Seit 2020 ist sie dabei.\n\n"
    "- Nordvale Cluster, Bayern\n- K L M Composites\n",
    "  Leading spaces.  Two spaces between sentences.\n\n\nTrailing newlines\n\n",
    "One sentence only",
]


def spans(doc):
    return [(s.start_char, s.end_char, s.text) for s in doc.sents]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("text", TEXTS)
def test_sentences_match_doc_sents(config, language, text):
    doc = get_pipeline(language, config)(text)
    got = [(s.start_char, s.end_char, s.text) for s in doc_sentences(doc)]
    assert got == spans(doc)
    assert doc_sentences(doc) is doc_sentences(doc)  # computed once per Doc


def test_sentences_follow_a_user_hook():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("One. Two. Three.")
    doc.user_hooks["sents"] = lambda d: iter([d[0:4], d[4:6]])
    assert [s.text for s in doc_sentences(doc)] == ["One. Two.", "Three."]


def test_view_text_is_the_doc_text(config):
    doc = get_pipeline("de", config)(TEXTS[1])
    assert view(doc).text == doc.text == TEXTS[1]
