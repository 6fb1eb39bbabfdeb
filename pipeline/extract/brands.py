"""Lower-case brands: 'alpintex', 'lumisax', 'fluvio' name clusters and companies
although they are written like common words, so the capital-letter chunks of chunks.py
miss them. A lower-case word is a brand of the document when it is no common word of
the language and the document introduces it as a name: a legal form after it
('lumisax e.V.', 'alpintex Management GmbH'), a young company's noun before it ('das
Start-up caresync'), an apposition after it ('lumisax, das Netzwerk der ...') or its tier in
brackets as a list's item ('lumisax (Silver, 2023)'), or, when the document names it at least
twice, a head noun before it ('Textilnetzwerk alpintex') or the first place of a line or
sentence ('alpintex holt Gold').
The words of each context are data: vocabulary.toml [names.brands].
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.label_rules import label_rules
from pipeline.extract.vocab import lower_words, vocabulary, word_pattern
from pipeline.lexicon import is_rare_word
from pipeline.names import legal_forms

# A brand is a word, not a run of letters without spaces (a 1 MB line of one "word" would make
# a pattern of a megabyte).
MAX_BRAND = 40
# What may stand around a word that is split off at white space: punctuation and quotes.
EDGE_PUNCTUATION = ".,;:!?()[]{}\"'„“”‚‘’«»<>*"
# Around a brand: no part of an address, a file name or a hyphenated compound
# ('www.alpintex.de', 'presse@lumisax.de', 'e-mobility').
ALONE_BEFORE, ALONE_AFTER = r"(?<![\p{L}\p{N}@/._#-])", r"(?![\p{L}\p{N}@/_-]|\.\p{L})"


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


WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}-])([\p{L}-]+)[ \t]+$")


def _company_noun_before(text: str, start: int) -> bool:
    """'das Start-up caresync', 'die Sensorik-Ausgründung tactilo': a young company's noun
    ([names.brands] young_company_nouns), or a hyphenated compound ending in one, right before
    the word (not any company noun: 'Unternehmen branchenübergreifend', 'Hersteller miniaturisierter')."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    noun = before[1].casefold()
    nouns = lower_words("names.brands.young_company_nouns")
    return noun in nouns or any(noun.endswith("-" + n) for n in nouns)


# Before an item of a list of names with their tiers: a line's start or bullet, a colon, or the
# closing parenthesis of the item before ('MOBITAS (Gold, 2023), nanoprima (Silver, 2023) and ...').
TIERED_ITEM_SLOT = regex.compile(r"(?:^|[\n:•*–-]|\),|\)[ \t]+(?:and|und|or|oder|sowie|&))[ \t]*\Z")


def is_tiered_item(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is an item of a list of names each with its tier in brackets
    ('Lignoro (Silver, 2022) and Glassia (Bronze, 2022)'): its own tier opens the parenthesis
    after it, and it stands where an item starts (not a place after a field, 'maritime
    technology, Ålesund (Silver, 2023)', nor a name's last word, 'klastr skla a bižuterie (Silber)')."""
    return label_rules().tier_in_brackets.match(text, end) is not None \
        and TIERED_ITEM_SLOT.search(text, max(0, start - 12), start) is not None


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
    """The lower-case words `text` uses as names (see the module's docstring). The rare
    lower-case words are found among the text's distinct words first (a set, not a
    pattern tried at every position: most words of a text are lower case), then each
    one's places are read for a context."""
    stop_words = _stop_words()
    tokens = {token if token.isalnum() else token.strip(EDGE_PUNCTUATION) for token in set(text.split())}
    candidates = {w for w in tokens if 4 <= len(w) <= MAX_BRAND and w.islower() and w.isalnum()
                  and w not in stop_words and is_rare_word(w, language)}
    brands = set()
    for word in candidates:
        places = [m.span() for m in _whole_word(word).finditer(text)]
        if any(_legal_after().match(text, end) or _company_noun_before(text, start) or _apposition_after().match(text, end)
               or is_tiered_item(text, start, end) for start, end in places):
            brands.add(word)  # ('lumisax e.V.', 'das Pflege-Start-up caresync', 'agrisafe, the farm-safety network
            # in X,', 'nanoprima (Silver, renewed in 2023)': named once is enough)
        elif len(places) >= 2 and any(
                _head_before().search(text, max(0, start - 40), start)
                or _opens_line_or_sentence(text, start) for start, end in places):
            brands.add(word)  # (a head noun before a verb, 'das Logistikcluster managt', or a word
            # cut off at the end of an excerpt looks like an introduction once: a brand is named again)
    return frozenset(brands | _with_places_after(text, brands))


PLACE_AFTER = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}\p{N}@/_-]|\.\p{L})")


def _with_places_after(text: str, brands: set[str]) -> set[str]:
    """'medwerk franken', 'agrarvital schwaben': a brand and the lower-case name of a place
    right after it are one name (the place written as the brand is)."""
    places = vocabulary().places
    named = set()
    for brand in brands:
        for match in _whole_word(brand).finditer(text):
            after = PLACE_AFTER.match(text, match.end())
            if after and after[1] in places:
                named.add(f"{brand} {after[1]}")
    return named


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    """Connectors, words that start no name and legal forms written in lower case ('asbl',
    'vzw'): never a brand (the union built once)."""
    return vocabulary().connectors | vocabulary().not_name_start | {form for form in legal_forms() if form.islower()}


@lru_cache(maxsize=256)
def _whole_word(word: str) -> regex.Pattern:
    return regex.compile(ALONE_BEFORE + regex.escape(word) + ALONE_AFTER)


def capitalised(text: str, brands: frozenset[str]) -> str:
    """`text` with the first letter of every brand in capitals: the same length and
    offsets, for the chunk rules that find names by their capitals."""
    if not brands:
        return text
    longest_first = sorted(brands, key=lambda b: (-len(b), b))  # ('medwerk franken' before 'medwerk')
    pattern = regex.compile(ALONE_BEFORE + "(?:" + "|".join(regex.escape(b) for b in longest_first) + ")"
                            + ALONE_AFTER)
    return pattern.sub(lambda m: capitalise_words(m.group()), text)


def capitalise_words(name: str, keep: frozenset = frozenset()) -> str:
    """`name` with each word's first letter in capitals, but the words in `keep` (case-folded)
    as written: 'medwerk franken' -> 'Medwerk Franken'."""
    return " ".join(w if w.casefold() in keep else w[:1].upper() + w[1:] for w in name.split(" "))
