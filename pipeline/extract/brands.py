"""Lower-case brands: 'alpintex', 'lumisax', 'fluvio' name clusters and companies
although they are written like common words, so the capital-letter chunks of chunks.py
miss them. A lower-case word is a brand of the document when it is no common word of
the language and the document introduces it as a name at least once: a legal form
after it ('lumisax e.V.', 'alpintex Management GmbH'), a head noun before it
or, when the document names it at least twice, a head noun before it ('Textilnetzwerk
alpintex'), an apposition after it ('lumisax, das Netzwerk der ...') or a place as the
first word of a line or sentence ('alpintex holt Gold').
The words of each context are data: vocabulary.toml [names.brands].
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.vocab import vocabulary, word_pattern
from pipeline.lexicon import is_rare_word
from pipeline.names import legal_forms

# A lower-case word of four or more letters and digits, no part of an address, a file
# name or a hyphenated compound ('www.alpintex.de', 'presse@lumisax.de', 'e-mobility').
LOWER_TOKEN = regex.compile(r"(?<![\p{L}\p{N}@/._#-])\p{Ll}[\p{Ll}\p{N}]{3,}(?![\p{L}\p{N}@/_-]|\.\p{L})")


@lru_cache(maxsize=1)
def _legal_after() -> regex.Pattern:
    """A legal form right after the word, or after at most two capitalised words of the
    company's name ('alpintex Management GmbH')."""
    forms = sorted((regex.escape(f) for f in legal_forms()), key=len, reverse=True)
    return regex.compile(rf"(?:[ \t]+\p{{Lu}}[\p{{L}}-]*){{0,2}},?[ \t]+(?:{'|'.join(forms)})(?![\p{{L}}\p{{N}}])")


@lru_cache(maxsize=1)
def _head_before() -> regex.Pattern:
    """'Textilnetzwerk ', 'the cluster ': a head noun (or a compound ending in one) right
    before the word."""
    return word_pattern(r"(?i:%(names.cuts.brand_heads)s)[ \t]+$")


@lru_cache(maxsize=1)
def _apposition_after() -> regex.Pattern:
    """', das Netzwerk der ...', ', the cluster of ...': an article and, within a few
    words, a head noun after the word."""
    return word_pattern(r",[ \t]+(?i:%(names.brands.apposition_articles)s)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?"
                        r"\p{L}*(?i:%(names.cuts.brand_heads)s)(?![\p{L}])")


def _opens_line_or_sentence(text: str, start: int) -> bool:
    """The word is the first of a line (not the rest of a word hyphenated at the end of
    the line before) or of a sentence."""
    before = text[max(0, start - 3):start]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        previous_line = text[:line_start].rstrip()
        return not previous_line.endswith(("-", "­"))
    return regex.search(r"[.!?:][ \t]+$", before) is not None


def lower_case_brands(text: str, language: str) -> frozenset[str]:
    """The lower-case words `text` uses as names (see the module's docstring)."""
    if not any(c.islower() for c in text):
        return frozenset()
    seen: dict[str, int] = {}
    with_legal_form: set[str] = set()
    introduced: set[str] = set()
    stop_words = vocabulary().connectors | vocabulary().not_name_start
    for match in LOWER_TOKEN.finditer(text):
        word = match.group()
        if word in stop_words or not is_rare_word(word, language):
            continue
        seen[word] = seen.get(word, 0) + 1
        if word in with_legal_form:
            continue
        start, end = match.span()
        if _legal_after().match(text, end):
            with_legal_form.add(word)
        elif word not in introduced and (
                _apposition_after().match(text, end) or _head_before().search(text, max(0, start - 40), start)
                or _opens_line_or_sentence(text, start)):
            introduced.add(word)
    # a head noun before a verb ('das IT-Logistikcluster managt') or a word cut off at the end
    # of an excerpt looks like an introduction once; a brand is named again
    return frozenset(with_legal_form | {w for w in introduced if seen[w] >= 2})


def capitalised(text: str, brands: frozenset[str]) -> str:
    """`text` with the first letter of every brand in capitals: the same length and
    offsets, for the chunk rules that find names by their capitals."""
    if not brands:
        return text
    pattern = regex.compile(r"(?<![\p{L}\p{N}@/._#-])(?:" + "|".join(regex.escape(b) for b in sorted(brands))
                            + r")(?![\p{L}\p{N}@/_-]|\.\p{L})")
    return pattern.sub(lambda m: m.group()[0].upper() + m.group()[1:], text)
