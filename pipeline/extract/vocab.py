"""The word lists of rules/vocabulary.toml and the first-name lexicon, loaded once
per process and frozen, so the per-document code only does set look-ups (and the
patterns built from the lists are compiled once, in the modules that use them)."""
from __future__ import annotations

from dataclasses import dataclass
import unicodedata
from functools import lru_cache

import regex

from pipeline import ruleset
from pipeline.alternatives import by_first_letter
from pipeline.extract.pattern_cache import compile_cached


@dataclass(frozen=True)
class Vocabulary:
    cluster_heads: frozenset
    cluster_introducers: tuple
    cluster_list_nouns: frozenset
    strip_before_name: frozenset
    network_heads: frozenset
    not_cluster_words: frozenset
    cluster_part_nouns: frozenset  # 'Cluster Board': a part of a cluster
    cluster_thing_heads: frozenset  # 'Cluster Atlas': a thing or another body
    management_nouns: frozenset  # 'X GmbH, Managementgesellschaft des Clusters Y'
    generic_adjectives: frozenset
    org_heads: dict  # org_type -> frozenset of head words, most specific type first
    org_list_introducers: dict  # org_type -> tuple of phrases
    connectors: frozenset
    not_name_start: frozenset
    places: frozenset
    titles: frozenset
    role_words: frozenset
    role_endings: tuple
    not_roles: frozenset
    also_first_names: frozenset
    programme_heads: frozenset
    programme_introducers: frozenset
    headline_verbs: frozenset
    description_determiners: frozenset
    context: dict  # [context] key -> tuple of words, for the patterns of context.py
    not_body_words: frozenset
    generic_nouns: frozenset
    word_lists: dict  # dotted path ('lists.conjunctions') -> tuple of words, as written


def _lower_set(words) -> frozenset:
    return frozenset(w.casefold() for w in words)


def _word_lists(table: dict, prefix: str = "") -> dict[str, tuple]:
    """Every list of words in `table` and its sub-tables by dotted path
    ('people.byline.verbs'), in the order and case written: the patterns built from
    them try their alternatives in that order."""
    out: dict[str, tuple] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out.update(_word_lists(value, f"{prefix}{key}."))
        elif isinstance(value, list) and all(isinstance(w, str) for w in value):
            out[prefix + key] = tuple(value)
    return out


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = ruleset.active().toml("vocabulary.toml")
    cluster, org, names, people = data["cluster"], data["organisation"], data["names"], data["people"]
    return Vocabulary(
        cluster_heads=_lower_set(cluster["heads"]),
        cluster_introducers=tuple(sorted((w.casefold() for w in cluster["introducers"]),
                                         key=len, reverse=True)),
        cluster_list_nouns=_lower_set(cluster["list_nouns"]),
        strip_before_name=_lower_set(cluster["strip_before_name"]),
        network_heads=_lower_set(cluster["network_heads"]),
        not_cluster_words=_lower_set(cluster["not_cluster_words"]),
        cluster_part_nouns=_lower_set(cluster["part_nouns"]),
        cluster_thing_heads=_lower_set(cluster["thing_heads"]),
        management_nouns=_lower_set(cluster["management_nouns"]),
        generic_adjectives=_lower_set(cluster["generic_adjectives"]),
        org_heads={kind: _lower_set(words) for kind, words in org["heads"].items()},
        org_list_introducers={kind: tuple(w.casefold() for w in words)
                              for kind, words in org["list_introducers"].items()},
        connectors=_lower_set(names["connectors"]),
        not_name_start=_lower_set(names["not_name_start"]),
        places=_with_genitives(_lower_set(data["places"]["names"])),
        titles=_lower_set(people["titles"]),
        role_words=_lower_set(people["role_words"]),
        role_endings=tuple(w.casefold() for w in people.get("role_endings", ())),
        not_roles=_lower_set(people.get("not_roles", ())),
        also_first_names=_lower_set(people.get("also_first_names", ())),
        programme_heads=_lower_set(data["programme"]["heads"]),
        programme_introducers=_lower_set(data["programme"]["introducers"]),
        headline_verbs=_lower_set(names["headline_verbs"]),
        description_determiners=_lower_set(cluster["description_determiners"]),
        context={key: tuple(words) for key, words in data["context"].items()},
        not_body_words=_lower_set(names["not_body_words"]),
        generic_nouns=_lower_set(names["generic_nouns"]),
        word_lists=_word_lists(data),
    )


@lru_cache(maxsize=None)
def lower_words(path: str) -> frozenset:
    """The words of the vocabulary.toml list at dotted `path`, in lower case, as a set."""
    return frozenset(w.casefold() for w in vocabulary().word_lists[path])


@lru_cache(maxsize=1)
def common_noun_endings() -> tuple[str, ...]:
    """Endings of German common nouns ([context] common_noun_endings: 'Forschung',
    'Systemzuverlässigkeit'), as a tuple for str.endswith: a word with one is no coined name."""
    return tuple(lower_words("context.common_noun_endings"))


def alternation(words) -> str:
    """The words as the alternatives of a regular expression, escaped, in the order
    given ('and|und|as well as'): where one word begins another, the order decides
    which one a pattern takes. No words give a pattern that matches nothing."""
    return by_first_letter([regex.escape(w, literal_spaces=True) for w in words]) or "(?!)"


@lru_cache(maxsize=1)
def _alternations() -> dict[str, str]:
    return {path: alternation(words) for path, words in vocabulary().word_lists.items()}


def with_words(template: str, **slots: str) -> str:
    """The regular expression `template` with each `%(path)s` in it replaced by the
    alternatives of the word list at that dotted path of vocabulary.toml, in the order
    written: r"[ \t]+(?:%(lists.conjunctions)s|&)" reads r"[ \t]+(?:and|und|sowie|as well as|&)";
    `slots` fill further `%(name)s` with the regular expressions given."""
    return template % {**_alternations(), **slots}


def word_pattern(template: str, flags: int = 0, **slots: str) -> regex.Pattern:
    """`with_words(template, **slots)` compiled. Callers compile once (in a cached
    function): the lists change only with the rules. (Loaded from the pattern cache
    after the first run: most of these are long alternations, slow to compile.)"""
    return compile_cached(with_words(template, **slots), flags)


@lru_cache(maxsize=65536)
def is_role_word(word: str) -> bool:
    """A role word ('Geschäftsführer') or a German compound ending in one ('LW-Geschäftsführer',
    'Verkehrslandesrätin'); `word` is case-folded."""
    vocab = vocabulary()
    if word.endswith("innen") or (word.endswith("s") and word[:-1] in vocab.role_words):
        word = word[:-3] if word.endswith("innen") else word[:-1]  # plurals: Managerinnen, participants
    elif word.endswith("enden") and word[:-1] in vocab.role_words:
        word = word[:-1]  # 'zur Vorsitzenden gewählt'
    return word in vocab.role_words or (len(word) > 8 and word.endswith(vocab.role_endings)
                                        and word not in vocab.not_roles)


def _with_genitives(places: frozenset) -> frozenset:
    """Place names and their German genitives ("Sachsen-Anhalts", "Hamburgs"), which
    are no more a name of a body than the place itself."""
    return places | {p + "s" for p in places if p[-1:] not in "sßxz"}


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """Whether `word` is a first name, with or without its diacritics ('Ionuț' as the
    lexicon's 'Ionuţ' or 'Ionut'). Cached: asked of nearly every chunk and word of a
    name (130 times a document), a pure function of the word."""
    key = word.casefold()
    names = first_names()
    return key in names or _without_marks(key) in names


@lru_cache(maxsize=65536)
def _without_marks(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """First names of many countries (gender-guesser's lexicon), minus words that are
    also function words here ("The", "Will", ...)."""
    vocab = vocabulary()
    return frozenset(n for n in _lexicon_first_names() if len(n) > 1) - (vocab.not_name_start - vocab.also_first_names)


def _lexicon_first_names() -> set[str]:
    """The names of gender-guesser's data file, in lower case, as its Detector(case_sensitive=
    False) reads them ('+' in a name written as nothing, a space or a hyphen), without the
    genders and countries the Detector parses too (a third of a run's start-up)."""
    from importlib.resources import files

    names: set[str] = set()
    with (files("gender_guesser") / "data" / "nam_dict.txt").open(encoding="utf-8") as lexicon:
        for line in lexicon:
            line = line.strip()
            if not line or line[0] in "#=":
                continue
            name = line.split()[1].lower()
            names.update((name.replace("+", r) for r in ("", " ", "-")) if "+" in name else (name,))
    return names


COMPASS_PREFIXES = ("ost", "west", "nord", "süd")
HEIGHT_PREFIXES = ("ober", "unter", "nieder", "hoch", "mittel")


def is_place_name(word: str) -> bool:
    """A place of the vocabulary, or one with a compass prefix ('Westpfalz', 'Nordhessen')."""
    return _place_with_prefix(word, COMPASS_PREFIXES)


def is_region_name(word: str) -> bool:
    """is_place_name, or a place with a height prefix ('Oberfranken', 'Hochfranken'): what a
    truncated compound's name ends in ('Textil- und Vliesstoffcluster Hochfranken') and a
    genitive names ('Hochfrankens')."""
    return _place_with_prefix(word, COMPASS_PREFIXES + HEIGHT_PREFIXES)


def _place_with_prefix(word: str, prefixes: tuple[str, ...]) -> bool:
    """A place of the vocabulary, as it stands or after one of `prefixes`."""
    folded = word.casefold()
    places = vocabulary().places
    return folded in places or any(folded.startswith(prefix) and folded[len(prefix):] in places for prefix in prefixes)
