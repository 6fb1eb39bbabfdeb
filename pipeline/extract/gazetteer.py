"""Gazetteer spans of the nlp stage's SpanRulers turned into entities: the longest
span wins, the pattern id gives the canonical name."""
from __future__ import annotations

import difflib
from functools import lru_cache

import regex

from pipeline import ruleset
from pipeline.extract.model import DocumentEntities, Mention, ORG, PROGRAMME


def add_gazetteer_mentions(doc, text: str, found: DocumentEntities, spans_key: str,
                           taken_by_others: list[tuple[int, int]] = ()) -> None:
    """Longest gazetteer span wins where spans overlap; the pattern id gives the entity. No
    span inside `taken_by_others` (a call code: 'COSME' in 'SMP-COSME-2023-CLUSTER').
    `text` is the Doc's text as the caller holds it (`doc.text` would join every token
    again: about 1 % of the run on the benchmark)."""
    spans = [s for s in doc.spans.get(spans_key, []) if s.label_ in (ORG, PROGRAMME)]
    spans.sort(key=lambda s: (-(s.end_char - s.start_char), s.start_char))
    taken: list[tuple[int, int]] = list(taken_by_others)
    entries = gazetteer_entries()
    for span in spans:
        if any(s < span.end_char and span.start_char < e for s, e in taken) \
                or PROJECT_CODE_BEFORE.search(text, max(0, span.start_char - 16), span.start_char):
            continue  # ('RECIRCAL-I3': a project's name ending in a programme's acronym)
        taken.append((span.start_char, span.end_char))
        kind, _, canonical = span.id_.partition("::")
        entry = entries.get((kind, canonical), {})
        if entry.get("also_a_place") and _named_as_a_place(text, span.start_char, span.end_char):
            continue
        start, surface = span.start_char, span.text
        if surface[:4].casefold() == "the " and span.id_.partition("::")[2][:4] != "The ":
            start, surface = start + 4, surface[4:]  # 'the European Secretariat ...'
        mention = Mention(start, span.end_char, surface, span.label_, "gazetteer")
        found.add(mention, canonical, acronym=entry.get("acronym", ""),
                  org_type=entry.get("type", ""), fixed_canonical=True)


# A project's name in capitals and a hyphen right before a span: the span ends that name.
PROJECT_CODE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}-])\p{Lu}{5,}-$")


# Before a body that is also a place: a preposition of where ('in the European Union'); after
# it: a noun it modifies ('European Union project', 'Europäische Union-Programm').
WHERE_BEFORE = regex.compile(r"(?i:\b(?:in|within|across|throughout|outside|innerhalb|außerhalb|ganz|der ganzen)"
                             r"[ \t]+(?:the[ \t]+|der[ \t]+)?)$")
NOUN_AFTER = regex.compile(r"[ \t]*-?[ \t]*(?-i:\p{Lu}\p{Ll})|[ \t]+(?:project|policy|programme|funding|funds|level)\b")


def _named_as_a_place(text: str, start: int, end: int) -> bool:
    """Whether a body that is also a place ([[organisation]] also_a_place) is named as
    where or as a modifier, not as a party."""
    return WHERE_BEFORE.search(text, max(0, start - 25), start) is not None or NOUN_AFTER.match(text, end) is not None


@lru_cache(maxsize=1)
def gazetteer_entries() -> dict:
    """(kind, canonical) -> gazetteer entry, for the acronym and org_type of a span."""
    data = ruleset.active().gazetteer()
    return {(kind, e["canonical"]): e for kind in ("programme", "organisation")
            for e in data.get(kind, [])}


MISSPELT_MIN_CHARS = 20  # shorter names are told apart by a letter ('BMBF', 'BMWK')
MISSPELT_MIN_RATIO = 0.93


@lru_cache(maxsize=8192)
def misspelt_entry(name: str) -> tuple[str, dict] | None:
    """(kind, entry) of the well-known body or programme a long name misspells
    ('European Sercretariat for Cluster Analysis', 'European Secretariat for
    ClusterAnalysis'): the forms that share at least two words with it, compared letter
    by letter."""
    if len(name) < MISSPELT_MIN_CHARS or name.count(" ") < 2:
        return None  # (the long forms are of three words or more)
    plain = _plain(name)
    by_word = _forms_by_word()
    shared: dict[str, int] = {}
    for word in set(plain.split()):
        for form in by_word.get(word, ()):
            shared[form] = shared.get(form, 0) + 1
    best, best_ratio = None, MISSPELT_MIN_RATIO
    for form, count in shared.items():
        if count >= 2 and abs(len(form) - len(plain)) <= 3:
            matcher = difflib.SequenceMatcher(None, plain, form)
            if matcher.quick_ratio() < best_ratio:
                continue  # (an upper bound, cheap: most candidates end here)
            ratio = matcher.ratio()
            if ratio >= best_ratio and ratio < 1.0:
                best, best_ratio = form, ratio
    return _form_entries().get(best) if best else None


@lru_cache(maxsize=1)
def _programme_forms() -> frozenset:
    data = ruleset.active().gazetteer()
    return frozenset(form.casefold() for entry in data.get("programme", [])
                     for form in [entry["canonical"], *entry.get("forms", [])])


def is_known_programme_form(name: str) -> bool:
    """Whether `name` is written as one of the gazetteer's programme forms (case-insensitive):
    'Interreg Alpenraum' is Interreg Alpine Space, whatever a name rule would make of it."""
    return name.casefold() in _programme_forms()


def _plain(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


@lru_cache(maxsize=1)
def _form_entries() -> dict[str, tuple[str, dict]]:
    """Every long form of the gazetteer, plain -> (kind, entry)."""
    data = ruleset.active().gazetteer()
    return {_plain(form): (kind, entry) for kind in ("programme", "organisation")
            for entry in data.get(kind, []) for form in [entry["canonical"], *entry.get("forms", [])]
            if len(form) >= MISSPELT_MIN_CHARS}


@lru_cache(maxsize=1)
def _forms_by_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for form in _form_entries():
        for word in set(form.split()):
            if len(word) > 3:
                index.setdefault(word, []).append(form)
    return {word: tuple(forms) for word, forms in index.items()}
