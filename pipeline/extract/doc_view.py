"""Plain-Python views of a spaCy Doc for the extract rules, built once per document.

The rules read the text and the sentences of a document several times (entities, label
sentences, label rows, the sentence number of every mention). `doc.text` joins every
token again on each access, and each pass over `doc.sents` creates a Token object per
token and a Span per sentence; plain values computed once from the Doc's arrays cost
a small fraction of that.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.nlp import SOURCE_TEXT_KEY

VIEW_KEY = "extract_view"


@dataclass(frozen=True, slots=True)
class Sentence:
    """What the rules use of a sentence Span: its character bounds and its text."""

    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True)
class DocView:
    """The text of a Doc and its sentences as `doc.sents` gives them."""

    text: str
    sentences: list[Sentence]


def view(doc) -> DocView:
    """The view of `doc`, built on the first call and kept in `doc.user_data` (the
    extract stage does not change a Doc's text or sentences)."""
    view = doc.user_data.get(VIEW_KEY)
    if view is None:
        text = doc.user_data.get(SOURCE_TEXT_KEY)
        text = doc.text if text is None else text  # (a Doc made from its text elsewhere: joined again)
        view = doc.user_data[VIEW_KEY] = DocView(text, _sentences(doc, text))
    return view


def doc_sentences(doc) -> list[Sentence]:
    return view(doc).sentences


def _sentences(doc, text: str) -> list[Sentence]:
    """The bounds `doc.sents` yields (a sentence starts at every token after the first
    whose sent_start is 1), read from one array instead of Token objects."""
    from spacy.attrs import IDX, LENGTH, SENT_START

    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [Sentence(s.start_char, s.end_char, s.text) for s in doc.sents]
    if len(doc) == 0:
        return []  # an empty Doc has no sentence
    rows = doc.to_array([SENT_START, IDX, LENGTH])
    # (the rows of the first and last tokens picked out as arrays: converting every
    # token's row to a Python list cost more than the rest of the view)
    opens = rows[:, 0] == 1
    opens[0] = True
    firsts = opens.nonzero()[0].tolist()
    lasts = [first - 1 for first in firsts[1:]] + [len(rows) - 1]
    start_chars = rows[firsts, 1].tolist()
    end_chars = (rows[lasts, 1] + rows[lasts, 2]).tolist()
    return [Sentence(start, end, text[start:end]) for start, end in zip(start_chars, end_chars)]
