"""What a name's own words say: head words and compounds, legal forms, org types,
person names, generic phrases, and the cluster name inside a chunk. Pure functions of
the text and the vocabulary."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.chunks import CAMEL_CASE, Chunk
from pipeline.extract.label_rules import label_rules
from pipeline.lexicon import common_words, is_rare_word
from pipeline.extract.vocab import is_first_name, is_place_name, is_region_name, lower_words, vocabulary, word_pattern
from pipeline.names import legal_forms, name_key


# Patterns used per word or per chunk, compiled once (regex's own cache costs more
# than the match for such short strings).
WORD_SEPARATORS = regex.compile(r"[\s\-–/]+")


UPPER = regex.compile(r"\p{Lu}")


NAME_LETTERS = regex.compile(r"[\p{L}.'’-]+")


UPPER_PLURAL = regex.compile(r"\p{Lu}+s")
ROMAN_NUMERAL = regex.compile(r"[IVX]{1,4}")
INNER_CAPITAL = regex.compile(r"(?<!-)\p{Lu}")  # a capital inside a word, not a hyphened part's ('Rhein-Neckar')


ADJACENT_CAPITALS = regex.compile(r"(?:^|[ \t])[\p{Lu}\p{N}][^ \t]*[ \t]+[\p{Lu}\p{N}]")


def words_of(text: str) -> list[str]:
    return [w.casefold() for w in WORD_SEPARATORS.split(text) if w]


@lru_cache(maxsize=1)
def legal_endings() -> tuple[str, ...]:
    """' ' + every legal form: a name ends in one when str.endswith(this) is true."""
    return tuple(" " + f for f in legal_forms())


@lru_cache(maxsize=1)
def _legal_endings_longest_first() -> tuple[tuple[str, str], ...]:
    """(' ' + legal form, org_type), the longest form first ('GmbH & Co. KG' before 'KG')."""
    return tuple((" " + suffix, kind)
                 for suffix, kind in sorted(legal_forms().items(), key=lambda kv: -len(kv[0])))


def legal_ending(name: str) -> tuple[str, str] | None:
    """(' ' + the legal form that ends the name, its org_type), the longest form first
    ('... GmbH & Co. KG' is one); None when none does (most names: one C-level endswith
    over all forms answers that before any form is tried alone)."""
    if not name.endswith(legal_endings()):
        return None
    return next((pair for pair in _legal_endings_longest_first() if name.endswith(pair[0])), None)


def legal_form_kind(name: str) -> str:
    """The org_type of the legal form that ends the name ('company' for 'X gGmbH',
    'association' for 'X e.V.'), '' when none does."""
    ending = legal_ending(name)
    return ending[1] if ending else ""


def without_legal_form(name: str) -> str:
    """The name without the legal form that ends it, the longest first ('Standortagentur
    Allgäu GmbH' -> 'Standortagentur Allgäu'); the name itself when none does."""
    ending = legal_ending(name)
    return name[:-len(ending[0])] if ending else name


@lru_cache(maxsize=1)
def programme_head_endings() -> tuple[str, ...]:
    """The programme heads long enough to end a compound ('Förderprogramm')."""
    return tuple(h for h in vocabulary().programme_heads if len(h) >= 8)


@lru_cache(maxsize=1)
def _tier_set() -> frozenset:
    return frozenset(label_rules().tier_words)


@lru_cache(maxsize=1)
def _not_cluster_or_body_words() -> frozenset:
    return vocabulary().not_cluster_words | vocabulary().not_body_words


def _without_inner_tiers(raw_words: list[str]) -> list[str]:
    """The words of a name, lower case, without a tier word inside it that modifies the
    next name word ('Velmora Silver Economy Cluster', 'Gold Coast Cluster'): there the
    tier word is part of the name, not a label ('X Gold Label' keeps it)."""
    words = [w.casefold() for w in raw_words]
    kept = [w for i, w in enumerate(words)
            if not (label_rules().tier.fullmatch(w) and i + 1 < len(words) - 1 and raw_words[i + 1][:1].isupper()
                    and words[i + 1] not in vocabulary().not_cluster_words)]
    return [w for w in words_of(" ".join(kept))]


def has_head(words: list[str], heads: frozenset, compounds: bool = True) -> bool:
    """A head word as a word, or (for German compounds) as the end or start of one."""
    for word in words:
        word = word.strip(".,'’´\"")
        if word in heads:
            return True
        if compounds and len(word) > 6 and (
                word.endswith(_long_heads(heads)) or word.startswith(_long_heads(heads))):
            return True
    return False


@lru_cache(maxsize=65536)
def compound_head(raw_word: str, heads: frozenset) -> bool:
    """'Möbelcluster', 'Textil-Cluster': a German compound ending in a head;
    camel case ('GreenGridClusters') is a coined name, not a compound."""
    word = raw_word.strip(".,'’´\"")
    if UPPER.search(word[1:].replace("-", "")) and "-" not in word:
        return False
    lowered = word.casefold()
    long_heads = _long_heads(heads)
    if lowered.endswith(long_heads):
        return any(lowered.endswith(h) and len(lowered) > len(h) + 2 for h in long_heads)
    return any(lowered.endswith(h) and _field_of_a_short_head(lowered[:-len(h)].rstrip("-"))
               for h in short_compound_heads() & heads)


@lru_cache(maxsize=1)
def short_compound_heads() -> frozenset:
    """[cluster] short_compound_heads: 'netz'."""
    return lower_words("cluster.short_compound_heads")


def _field_of_a_short_head(field: str) -> bool:
    """'Photonik' of 'Photoniknetz': four letters or more, and no grid's field ('Strom')."""
    return len(field) >= 4 and not _is_grid_field(field.split("-")[-1])


def _is_grid_field(field: str) -> bool:
    """'strom', 'presse': the field of a supply grid, a sales or a media network ([cluster]
    grid_fields), whose network is no cluster."""
    return field.casefold() in lower_words("cluster.grid_fields")


@lru_cache(maxsize=64)
def _long_heads(heads: frozenset) -> tuple[str, ...]:
    """The heads long enough to end a compound (five letters or more)."""
    return tuple(h for h in heads if len(h) >= 5)


CAMEL_PARTS = regex.compile(r"\p{Lu}\p{Ll}+")


def camel_case_head(raw_word: str, heads: frozenset) -> bool:
    """'InnoRegioAgentur': a coined camel-case name whose last part is a head word."""
    parts = CAMEL_PARTS.findall(raw_word.strip(".,'’´\""))
    return len(parts) >= 2 and parts[-1].casefold() in heads and raw_word.endswith(parts[-1])


@lru_cache(maxsize=1)
def _head_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The heads of several words of each kind ('development corporation'), in the order of
    the kinds: org_type_of tries them first."""
    return tuple((kind, tuple(h for h in heads if " " in h)) for kind, heads in vocabulary().org_heads.items())


# What follows a German body's head in the genitive: 'für', 'der', 'des', 'von' ('Bundesamts für X').
GENITIVE_NAME_GOES_ON = ("für", "der", "des", "von")


@lru_cache(maxsize=65536)
def org_type_of(text: str) -> str:
    """_org_type_of the name, or of it with its head in the nominative when the head is a German
    genitive before 'für', 'der', 'des' or 'von' ('des Bundesamts für Energie', 'des Velmischen
    Landesamts für Handel')."""
    kind = _org_type_of(text)
    if kind or " " not in text:
        return kind
    words = text.split(" ")
    head = next((i for i, w in enumerate(words[:-1]) if w.endswith("s") and w[:1].isupper()
                 and words[i + 1] in GENITIVE_NAME_GOES_ON), None)
    if head is None:
        return kind
    for cut in (1, 2) if words[head].endswith("es") else (1,):
        nominative = " ".join(words[:head] + [words[head][:-cut]] + words[head + 1:])
        kind = _org_type_of(nominative)
        if kind:
            return kind
    return ""


def _org_type_of(text: str) -> str:
    """org_type from head words and legal forms, most specific first; '' when none:
    a head phrase ('Business Development Corporation'), a whole head word ('University of X'), then the legal form ('Stadtwerke X GmbH' is a
    company), then a compound ending in a head ('Standortagentur'), then weaker heads."""
    vocab, words = vocabulary(), words_of(text)
    if " " in text:
        padded = f" {' '.join(text.casefold().split())} "
        for kind, phrases in _head_phrases():
            if any(f" {h} " in padded for h in phrases):
                return kind  # a head phrase is the most specific cue: "Development Corporation"
    strong = ("university", "research", "public_body", "agency")
    opening = next((kind for kind in strong if words and words[0].strip(".,'’") in vocab.org_heads[kind]), None)
    if opening:
        return opening  # the head that opens the name: 'Ministry of University and Research'
    for kind in strong:
        if any(w.strip(".,'’") in vocab.org_heads[kind] for w in words):
            return kind
    ending = legal_ending(text)
    if ending:
        return ending[1]
    for kind in strong:
        if any(compound_head(w, vocab.org_heads[kind]) or camel_case_head(w, vocab.org_heads[kind])
               for w in text.split()):
            return kind
    for kind in ("association", "network", "company"):
        if has_head(words, vocab.org_heads[kind], compounds=False) or (
                kind != "company" and any(compound_head(w, vocab.org_heads[kind]) for w in text.split())):
            return kind
    lowered = text.casefold()
    if any(head in lowered for head in _company_compound_heads()) and any(
            compound_head(w, _company_compound_heads()) for w in text.split()):
        return "company"  # ('Seminarhotel X')
    if is_coined_with_company_field(text):
        return "company"
    return ""


def is_coined_with_company_field(text: str) -> bool:
    """'Tervo Automation', 'Ardgowan Marine Engineering': capitalised words that open with a
    coined one (no German or English word) and end in a company's field
    ([organisation] company_fields)."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[-1].casefold() in lower_words("organisation.company_fields") \
        and all(w[:1].isupper() for w in words) and is_rare_word(words[0], "de") and is_rare_word(words[0], "en")


# A German adjective of place ('Straßburger', 'Münchner') before a descriptor and a name.
PLACE_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}+er")


@lru_cache(maxsize=1)
def _network_nouns() -> frozenset:
    """[cluster] network_nouns: 'Netzwerk', 'Netz'."""
    return lower_words("cluster.network_nouns")


@lru_cache(maxsize=1)
def _company_compound_heads() -> frozenset:
    """[organisation] company_compound_heads: company heads that head German compounds too."""
    return lower_words("organisation.company_compound_heads")


NAME_PARTICLE_AFTER = regex.compile(r"[ \t]+(?:zu|van|van der|van den|ten|ter)[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])")


NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "da", "di", "du", "la", "le", "ten", "ter", "del", "dos", "bin"})


@lru_cache(maxsize=65536)
def is_person_name(chunk_text: str, preceded_by_title: bool) -> bool:
    words = chunk_text.split()
    if not 2 <= len(words) <= 4 and not (preceded_by_title and len(words) == 1):
        return False
    vocab = vocabulary()
    lowered = [w.casefold().strip(".,") for w in words]
    if chunk_text.casefold() in vocab.titles or chunk_text.casefold() + "." in vocab.titles:
        return False  # 'Prof. Dr.-Ing. X': the title alone is no name
    if any(w in vocab.not_name_start and w not in NAME_PARTICLES and w not in ("der", "den") for w in lowered[1:]) \
            and not (len(words) == 2 and lowered[1] in lower_words("names.surname_time_words") and is_first_name(lowered[0])):
        return False  # 'Ende Februar', 'One Gold' (but 'Lukas Freitag')
    place_surname = len(words) >= 3 and is_first_name(lowered[0].split("-")[0]) and all(
        is_rare_word(w, "de") and is_rare_word(w, "en")
        and not compound_head(w, cluster_and_network_heads()) for w in words[1:-1])  # 'Mette Skovgaard Lund', not 'Frank Electric Deutschland'
    if any((w in vocab.places and not (place_surname and i == len(lowered) - 1)) or w in vocab.cluster_heads
           or w in vocab.network_heads or w in vocab.role_words
           or w in ("and", "und", "or", "oder") or w.rsplit("-", 1)[-1] in vocab.cluster_heads for i, w in enumerate(lowered)):
        return False  # (and 'KI-Cluster Nordalb': a cluster, whatever 'Ki' may be; 'Emilia Packaging Valley')
    if org_type_of(chunk_text) or any(w.isupper() and len(w) > 2 for w in words):
        return False
    if compound_head(words[-1], vocab.org_heads["company"]) \
            or lowered[-1] in lower_words("organisation.company_fields"):
        return False  # 'Halvor Spanntechnik', 'Firth Fabrications': a company's field, no surname
    if len(words) == 2 and lowered[-1] in vocab.not_body_words:
        return False  # 'the Annual General Meeting': an event's name, no surname (of two words: a longer
        # chunk may hold a name before the word, 'Leonie Muster Strategie')
    if any(not NAME_LETTERS.fullmatch(w) for w in words):
        return False  # "Meyer & Sohn" is a company
    if any(w.islower() and not (w in NAME_PARTICLES or (w in ("der", "den") and i and lowered[i - 1] in ("van", "von")))
           for i, w in enumerate(words)):
        return False  # "Ziel der Gruppe", "Ende des Jahres": a noun phrase
    if words[0].islower() and not preceded_by_title:
        return False  # 'del Ebro' of 'Cluster Aeroespacial del Ebro': a particle opens no name
    first = lowered[0].split("-")[0]
    return preceded_by_title or is_first_name(first)


def is_name_like(chunk: Chunk, language: str) -> bool:
    """Could this bare chunk be a proper name rather than a capitalised common noun?
    A single Titlecase word is not ('Hamburg', 'Furthermore', 'Auszeichnung'); a coined
    form is (Nordalb, KORVEX, eLumo); so is a multi-word name."""
    vocab = vocabulary()
    words = [w for w in chunk.text.split() if w.casefold() not in vocab.connectors]
    if not words or all(w.casefold().strip(".,") in vocab.places for w in words):
        return False
    if len(words) == 1:
        word = words[0]
        if UPPER_PLURAL.fullmatch(word) or (TITLE_COMPOUND.match(word)
                                            and not is_rare_word(word.split("-")[0], "de")):
            return False  # SMEs, KMUs; 'Cluster-Teams', 'Gold-Label' (but 'Velmora-Nordalb-Wasser')
        return (bool(UPPER.search(word[1:])) and len(word) >= 3) or bool(DOTTED_BRAND.fullmatch(word))
    return True


# 'hafen.net', 'velo.net:x': a lower-case brand written like a domain name.
DOTTED_BRAND = regex.compile(r"\p{Ll}[\p{Ll}\p{N}-]{2,}(?:[.:]\p{Ll}[\p{Ll}\p{N}]*)+")


@lru_cache(maxsize=1)
def genitive_pattern() -> regex.Pattern:
    """' des ', ' of the ' between a governing noun and a name ([names.parts] genitive_words)."""
    return word_pattern(r" (?:%(names.parts.genitive_words)s) ")


# 'Cluster-Teams', 'Gold-Label', 'Netzwerk-Treffen': a German compound noun of Titlecase
# parts, a common noun whatever its capitals (a coined name has them inside a part).
TITLE_COMPOUND = regex.compile(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$")


DESCRIPTION_PREPOSITIONS = frozenset({"für", "for", "in", "im", "aus", "from", "of", "der", "des", "around", "rund"})


def common_words_and_a_head(text: str) -> bool:
    """'Packaging Innovation Cluster', 'Wasserstoff-Cluster für die Kreise Kleve und Wesel': a
    cluster's head (or a compound of one) and common English or German words only, a place only
    after a preposition, which say what a body is and name none."""
    words = text.split()
    heads = vocabulary().cluster_heads
    head_at = next((i for i, w in enumerate(words) if w.casefold() in heads or compound_head(w, heads)), None)
    if head_at is None or (head_at + 1 < len(words) and words[head_at + 1].casefold() not in DESCRIPTION_PREPOSITIONS):
        return False  # (capitalised words right after the head: 'Cluster Digitale Logistik Rheinhessen',
        # 'Bahntechnik-Cluster Mitteldeutschland', a name's shape)
    after_preposition = False
    for word in words:
        after_preposition = after_preposition or word.casefold() in DESCRIPTION_PREPOSITIONS
        if not (word.casefold() in heads or compound_head(word, heads) or (after_preposition and is_place_name(word))
                or (not is_place_name(word) and (not is_rare_word(word.casefold(), "en")
                                                 or not is_rare_word(word.casefold(), "de")))):
            return False
    return True


def is_generic_cluster_phrase(text: str) -> bool:
    """'European Cluster', 'Cluster-Initiativen', 'Life Science Cluster': no proper part;
    'Ostbayerns Antriebscluster': where and what."""
    if _place_genitive_and_field_cluster(text.split(" ")):
        return True
    vocab = vocabulary()
    parts = [w.casefold().strip(".,") for w in WORD_SEPARATORS.split(text) if w]
    proper = [w for w in parts if w not in vocab.cluster_heads and w not in vocab.generic_adjectives
              and w not in vocab.connectors and not w.startswith(("cluster", "initiative"))
              and w not in vocab.generic_nouns and w not in vocab.places
              and w not in vocab.strip_before_name  # ('Vorarlberger Partnercluster')
              and not GERMAN_ADJECTIVE.search(w) and not _is_place_adjective(w)
              and not _is_german_participle(w)]
    after_head = [w.casefold().strip(".,") for w in text.split(" ")[1:]]
    if not proper and len(after_head) >= 2 and _head_noun_first(text) \
            and any(w in vocab.places for w in after_head) and not all(w in vocab.places for w in after_head):
        return False  # 'Spitzencluster Bremen Aviation': a head noun, then a place and a sector: a name
    if not proper and any(CAMEL_HEAD.fullmatch(w) for w in text.split(" ")):
        return False  # 'BioRegion Westerwald': a head written as a brand ('BioRegion', 'CluStar'), a name
    return not proper


CAMEL_HEAD = regex.compile(r"\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+")  # one capital inside a word: 'BioRegion'


def _head_noun_first(text: str) -> bool:
    """Whether a phrase opens with a cluster head noun ('Cluster', 'Spitzencluster') and goes
    on with capitalised words only."""
    first, *rest = text.split(" ")
    heads = vocabulary().cluster_heads
    return (first.casefold() in heads or compound_head(first, heads)) and bool(rest) \
        and all(w[:1].isupper() for w in rest)


# A year or a funding period closing a programme's name: 'Masterplan Wasser 2030', 'Landesprogramm X 2021–2027'.
YEAR_OR_PERIOD = r"(?:19|20)\d\d(?:[ \t]*[–—-][ \t]*(?:19|20)\d\d)?"


def _is_place_adjective(word: str) -> bool:
    """'Schweizer', 'Hamburger', 'Kölner', 'Dresdner', 'Bremer', 'Thüringer': the German
    adjective of a place, as generic before 'Cluster' as the place itself."""
    places = vocabulary().places
    return word.endswith("er") and len(word) > 4 and (
        word[:-2] in places or word[:-3] + "en" in places or word[:-2] + "en" in places)


# 'baden-württembergische', 'europäischen', 'bayerischer': a German adjective of place or
# kind, never the proper part of a name by itself.
GERMAN_ADJECTIVE = regex.compile(r"(?:isch|äisch)(?:e|en|er|es|em)$")
# 'ausgezeichnete', 'zertifizierten', 'führende': a German participle used as an adjective.
GERMAN_PARTICIPLE = regex.compile(r"(?:t|nd)(?:e|en|er|es|em)$")


def _is_german_participle(word: str) -> bool:
    """'zertifizierten', 'führende': a common German word of a participle's ending, and no
    English one ('Water', 'Center' in 'Tampere Water Cluster' are proper parts of a name)."""
    return bool(GERMAN_PARTICIPLE.search(word)) and word in common_words("de") and word not in common_words("en")


def is_place_genitive(text: str) -> bool:
    """'Bayerns', 'Oberfrankens': a place's name in the genitive."""
    return text.casefold().endswith("s") and is_region_name(text[:-1])


def _head_words(raw_words: list[str]) -> list[str]:
    """The words of a name that can be its head: a plain word, and of a hyphenated
    compound the whole and its LAST part only. German compounds end in their head:
    'Möbel-Cluster' is a cluster, 'Cluster-Strategie', 'Cluster-Teams' and
    'Cross-Cluster-Projekte' are a strategy, teams and projects."""
    heads = []
    for raw in raw_words:
        word = raw.strip(".,'’´\"„“()").casefold()
        heads.append(word)
        if "-" in word:
            heads.append(word.rsplit("-", 1)[1])
    return heads


PURPOSE = regex.compile(r" (?:for|für) ")


BODY_KINDS = ("university", "research", "public_body", "agency", "association")


def _headed_by_other_body(text: str) -> bool:
    """'National Cluster Association', 'European Secretariat for Cluster Analysis',
    'Platform for Cluster Cooperation': the name's head is another kind of body. English
    names end in their head, or put it before 'for'; the cluster word is a modifier there
    ('Cluster für Atherothrombose' keeps its head first)."""
    vocab = vocabulary()
    if text.endswith(legal_endings()) and " " in text \
            and name_key(text).rsplit(" ", 1)[-1] in lower_words("cluster.firm_heads"):
        return True  # 'Northbridge Cluster Advisory Ltd': a firm's head before the legal form
    purpose = PURPOSE.search(text)
    head_part = text[:purpose.start()] if purpose else text
    head_words = _head_words(head_part.split(" "))
    if purpose and not any(w in vocab.cluster_heads for w in head_words) \
            and not any(compound_head(w, vocab.cluster_heads) for w in head_part.split(" ")):
        return True
    if head_words and head_words[-1] in vocab.cluster_thing_heads:
        return True  # 'Cluster Atlas', 'EU Cluster Alliance', 'Cluster Support Unit'
    if not head_words or head_words[0] in vocab.cluster_heads:
        return False  # 'Cluster Velmora Knowledge City': the cluster word heads, a name follows
    last = head_words[-1]
    return last not in vocab.cluster_heads and any(last in vocab.org_heads[kind] for kind in BODY_KINDS) \
        and last not in ("e.v.", "e. v.")


@lru_cache(maxsize=1)
def _tier_modifier() -> regex.Pattern:
    """'Gold-labelled ', 'Silber-zertifizierte ' before a name: a tier word (of the tier data,
    label_rules().tier_words) in a hyphenated modifier."""
    tiers = "|".join(regex.escape(w) for w in label_rules().tier_words)
    return regex.compile(r"(?i:" + tiers + r")-[\p{L}-]+[ \t]+(?=\p{Lu})")


LABEL_THEN_NAME = regex.compile(r"(?P<label>.+?)[ \t]+[–—-][ \t]+(?P<name>.+)")  # (a spaced hyphen is a dash)


@lru_cache(maxsize=1)
def _leading_article() -> regex.Pattern:
    """'The ', 'Das ' opening the name after a label and a dash ([names.parts] leading_articles)."""
    return word_pattern(r"(?:%(names.parts.leading_articles)s)[ \t]+(?=\p{Lu})")


LEADING_DASH = regex.compile(r"[–—-][ \t]+")


def cluster_name_from(chunk: Chunk) -> tuple[int, str] | None:
    """(start, name) when the chunk says it is a cluster, stripping a leading
    introducer compound ('IKT-Netzwerk Silva Sensorik' -> 'Silva Sensorik') and a
    governing noun ('Mittelpunkt des Blue Harbour Clusters' -> 'Blue Harbour Clusters')."""
    found = _cluster_name(chunk.text)
    if found is None:
        return None
    offset, name = found
    dash = LEADING_DASH.match(name)  # ('Cluster – Lausitzer Energiespeicher-Cluster': a headline's dash before the
    if dash:  # words after it, which are read alone)
        after = _cluster_name(name[dash.end():])
        if after is None:
            return None
        offset, name = offset + dash.end() + after[0], after[1]
    name = _without_part_noun(name)
    if not name:
        return None
    acronym_after = DASHED_ACRONYM.search(name)
    if acronym_after:  # 'The Velmora Maritime Cluster – VMC – received ...'
        name = name[:acronym_after.start()]
    return chunk.start + offset, name


def _without_part_noun(name: str) -> str:
    """'Velmora Cluster Office' -> 'Velmora Cluster'; 'Cluster Board' -> '': a cluster's
    office, board or academy is a part of it, named after it."""
    head, _, last = name.rpartition(" ")
    if last.casefold() not in vocabulary().cluster_part_nouns:
        return name
    return head if any(w not in vocabulary().cluster_heads for w in words_of(head)) else ""


DASHED_ACRONYM = regex.compile(r"[ \t]+[–—-][ \t]+\p{Lu}[\p{Lu}\p{N}&]{1,9}$")


# The genitive of a body's word before a name ('des Vereins X', 'des Verbunds X'): no part of it
# ('des Clusters X', 'des Netzwerks X' are: the entity names it in the nominative, 'Cluster X').
GENITIVE_HEADS = frozenset({"verbunds", "verbundes", "vereins"})


def is_generic_network(text: str) -> bool:
    """'das Allgäuer Netzwerk', 'das Wasserstoff-Netzwerk', 'das Netzwerk für Quantensensorik',
    'das erste Hafennetzwerk Niedersachsens':
    a network head with a place's adjective, a common word's compound or a common field says
    what kind of body, and names none."""
    vocab = vocabulary()
    words = text.split()
    if len(words) == 2 and is_place_genitive(words[1]) and (words[0].casefold() in _network_nouns() or (
            compound_head(words[0], vocab.network_heads) and is_common_word_or_compound(words[0]))):
        return True  # 'erstes Hafennetzwerk Niedersachsens', 'Netzwerk Mecklenburg-Vorpommerns': a network and where
    if len(words) == 2:  # ('das Allgäuer Netzwerk', 'das Südtiroler Baunetzwerk')
        return (words[1].casefold() in vocab.network_heads or compound_head(words[1], vocab.network_heads)) \
            and words[0].endswith("er") and words[0][1:].islower()
    if len(words) == 3 and words[0].casefold() in vocab.network_heads and words[1] in ("für", "for") \
            and is_common_word_or_compound(words[2]):
        return True  # 'das Netzwerk für Quantensensorik': what it is for, no name
    field, _, head = text.rpartition("-")
    return len(words) == 1 and head.casefold() in vocab.network_heads and bool(field) \
        and not is_rare_word(field, "de") and field.casefold() not in vocab.places


def is_coined_word(word: str) -> bool:
    """'VELMA', 'H2Velm', 'DAFOOD': one word of neither German nor English (a brand's)."""
    lowered = word.casefold()
    return " " not in word and is_rare_word(lowered, "de") and is_rare_word(lowered, "en")


def is_common_word_or_compound(word: str) -> bool:
    """'Region', 'Windbranche', 'Luftfahrtindustrie': a common German word, or a compound
    of two ('Wind' + 'branche'), not a coined name ('Velmora', 'Solvind')."""
    lowered = word.casefold()
    if not is_rare_word(lowered, "de"):
        return True
    return "-" not in lowered and any(
        not is_rare_word(lowered[:k], "de") and not is_rare_word(lowered[k:], "de")
        for k in range(4, len(lowered) - 3))


def ends_in_common_noun(word: str) -> bool:
    """'Fertigungsgebäude', 'Partnerclustern', 'Zertifikats': a German compound ending in a
    common word of five letters or more, or a common word with a genitive or plural ending;
    not a coined name ('Katodex', 'Brennecke', 'Kessmann')."""
    lowered = word.casefold()
    return any(not is_rare_word(lowered[k:], "de") for k in range(3, len(lowered) - 4)) or any(
        lowered.endswith(ending) and not is_rare_word(lowered[:-len(ending)], "de") for ending in ("s", "es", "n", "en"))


def _nationality_before_proper_name(text: str) -> int:
    """The length of a country's adjective and its space opening a name whose other words
    hold a coined word or a place ('Finnish Woodpolis Cluster': 8); 0 when the name needs
    it ('Estonian Smart Timber Cluster') or has none."""
    first, _, rest = text.partition(" ")
    if not rest or first.casefold() not in lower_words("cluster.nationality_adjectives"):
        return 0
    places = vocabulary().places
    proper = any(w[1:] != w[1:].upper() and (is_rare_word(w, "en") or w.casefold() in places)
                 for w in WORD_SEPARATORS.split(rest) if w)  # (an acronym is no coined word here)
    return len(first) + 1 if proper else 0


@lru_cache(maxsize=65536)
def _cluster_name(text: str) -> tuple[int, str] | None:
    """cluster_name_from for a chunk text, the start as an offset into it: a pure
    function of the text, and a name recurs within a document and across a drop."""
    vocab = vocabulary()
    start = 0
    genitive = genitive_pattern().search(text)
    if genitive:
        left, right = text[:genitive.start()], text[genitive.end():]
        common_noun = len(left.split()) == 1 and left[1:].islower() and " des " in f" {text[genitive.start():]}"
        if org_type_of(left) and not common_noun:
            return None  # 'Council of European Harbour Regions' is the council
        # (but 'Managementgesellschaft des Life-Science-Clusters X': a German noun, then the name)
        if all(w in vocab.cluster_heads for w in words_of(right)):
            return None  # 'Strategie und Dienstleistungen des Clusters': the cluster's things
        if len(left.split()) == 1 and names_an_event(left):
            text, start = right, start + genitive.end()  # 'Clustertag des Food Cluster X': the event of X
        if len(left.split()) == 1 and has_head(words_of(left), vocab.cluster_heads) \
                and len(right.split()) == 1 and is_common_word_or_compound(right):
            return None  # 'Netzwerk der Windbranche': what it is for, no name
        if len(left.split()) == 1 and _field_compound(left) \
                and right.split(" ", 1)[0].casefold() in lower_words("context.region_words"):
            return None  # 'das Wasserstoff-Cluster der Region Westpfalz': what and where, no name
        if len(left.split()) == 1 and not has_head(words_of(left), vocab.cluster_heads):
            text, start = right, start + genitive.end()
    tier_modifier = _tier_modifier().match(text)
    if tier_modifier:  # 'the Gold-labelled Velmora Cluster', 'der Silber-zertifizierte X-Cluster'
        text, start = text[tier_modifier.end():], start + tier_modifier.end()
    nationality = _nationality_before_proper_name(text)
    if nationality:  # 'the Finnish Woodpolis Cluster'
        text, start = text[nationality:], start + nationality
    label_then_name = LABEL_THEN_NAME.match(text)
    if label_then_name and all(w in vocab.cluster_heads or w in vocab.description_determiners
                               for w in words_of(label_then_name["name"])) \
            and all((is_common_word_or_compound(w) and not is_place_name(w)) or ROMAN_NUMERAL.fullmatch(w)
                    for w in label_then_name["label"].split()):
        return None  # 'Vom Netzwerk zur Wirkung – Cluster als Motor', 'Praxisforum I – Drei Cluster': no name
        # after the dash, and common words before it (not 'Faserwerk Lausitz – Cluster technische Textilien')
    if label_then_name and has_head(words_of(label_then_name["label"]), vocab.cluster_heads) and \
            not has_head(words_of(label_then_name["name"]), vocab.cluster_heads):
        text = label_then_name["label"]  # 'Cluster X – Ukrajinská 10': an address or remark after a dash
        label_then_name = None
    if label_then_name and (has_head(words_of(label_then_name["label"]), vocab.not_cluster_words, compounds=False)
                            or all(w in vocab.places for w in words_of(label_then_name["label"]))):
        # "Gold-Label – X-Cluster"; a dateline "Split, Croatia – The X Cluster"
        text, start = label_then_name["name"], start + label_then_name.start("name")
        article = _leading_article().match(text)
        if article:
            text, start = text[article.end():], start + article.end()
    purpose = PURPOSE.search(text)
    if purpose and has_head(words_of(text[:purpose.start()]), vocab.not_cluster_words, compounds=False):
        # "Cluster Management Excellence Label GOLD for Lakeside Cluster": the label, then whose
        text, start = text[purpose.end():], start + purpose.end()
    words = words_of(text)
    checked = _without_inner_tiers(text.split(" ")) if _tier_set() & set(words) else words
    if has_head(checked, _not_cluster_or_body_words(), compounds=False) \
            or is_generic_cluster_phrase(text) or _headed_by_other_body(text) or capitals_heading(text):
        return None
    raw_words = text.split(" ")
    first = raw_words[0].casefold()
    if has_head(words, vocabulary().role_words, compounds=False):
        return None
    rest = raw_words[1:]
    if len(rest) >= 3 and PLACE_ADJECTIVE.fullmatch(raw_words[0]) and rest[0].casefold() in vocab.strip_before_name \
            and rest[1][:1].isupper() and " ".join(rest[1:]).casefold() not in vocab.places:
        return start + len(raw_words[0]) + len(rest[0]) + 2, " ".join(rest[1:])  # 'Straßburger Partnercluster X Y'
    if len(rest) >= 2 and first.endswith("er") and first[:-2] in vocab.places \
            and rest[0].casefold() in vocab.cluster_heads and rest[1][:1].isupper() \
            and " ".join(rest[1:]).casefold() not in vocab.places:  # 'das Nürnberger| Cluster Sensorik Mittelfranken':
        return start + len(raw_words[0]) + 1, " ".join(rest)  # the place's adjective says where it sits
    if len(raw_words) == 2 and _place_adjective(raw_words[0]) \
            and (rest[0].casefold() in vocab.cluster_heads or (compound_head(rest[0], vocab.cluster_heads)
                                                                and is_common_word_or_compound(rest[0]))):
        return None  # 'der Frankenwälder Cluster', 'Hohenloher Nutzfahrzeugcluster': where and what, no name
    if first in vocab.strip_before_name and (is_place_genitive(" ".join(rest)) or
                                             (rest and not rest[0][:1].isupper())):
        return None  # "erster Spitzencluster Thüringens", "Clusterinitiative des Landes"
    # (one word: a coined one, a capital inside it, not only after a hyphen: 'InnoTop', not the region 'Ems-Vechte')
    rest_is_name = len(rest) >= 2 or (len(rest) == 1 and INNER_CAPITAL.search(rest[0][1:]) is not None)
    prefix = raw_words[0].split("-")[0]
    generic_compound = "-" in raw_words[0] and (prefix.isupper() or prefix.casefold() in vocab.generic_adjectives)
    if generic_compound and rest and rest[0][:1].islower() and compound_head(raw_words[0], cluster_and_network_heads()):
        return None  # 'das Life-Sciences-Cluster für Dresden und Ostsachsen': what it is, no name
    if rest_is_name and " ".join(rest).casefold() not in vocab.places and (
            (generic_compound and compound_head(raw_words[0], cluster_and_network_heads()))
            or first in vocab.strip_before_name or first[:-1] in vocab.strip_before_name
            or (first in GENITIVE_HEADS and rest[0][:1].isupper())):  # "des Vereins X", "des Verbunds X": X
        rest = " ".join(raw_words[1:])
        return start + len(raw_words[0]) + 1, rest
    if first in PLAIN_HEADS and len(rest) >= 2 and rest[-1].casefold() not in PLAIN_HEADS \
            and (rest[-1].casefold() in vocab.cluster_heads or compound_head(rest[-1], vocab.cluster_heads)):
        return start + len(raw_words[0]) + 1, " ".join(rest)  # 'dem dänischen Cluster Vestjysk Vindklynge': a head
        # before a name that ends in its own (foreign) head is the common noun that introduces it
    coined_after = _coined_name_after_field_head(raw_words)
    if coined_after:  # 'Robotics Cluster RoboNet Schwaben': what it is, then its coined name
        return start + len(text) - len(coined_after), coined_after
    if len(words) >= 2 and (any(w in vocab.cluster_heads for w in _head_words(raw_words))
                            or any(compound_head(w, vocab.cluster_heads) for w in raw_words)
                            or _camel_cluster_then_place(raw_words)):
        return start, text
    if len(raw_words) == 1 and "-" in text and compound_head(text, vocab.cluster_heads):
        return start, text  # Möbel-Cluster
    return None


PLAIN_HEADS = frozenset({"cluster", "network", "netzwerk"})  # (not 'Valley': 'Po Valley AgriTech Cluster')


def _coined_name_after_field_head(raw_words: list[str]) -> str | None:
    """'Robotics Cluster RoboNet Schwaben', 'Medical Technology Network InnoVel': common words
    of a field, a cluster's or network's head, then a name opening with a coined word in camel
    case: the words after the head, the name; else None."""
    head_at = next((i for i, w in enumerate(raw_words) if w.casefold() in PLAIN_HEADS), None)
    if not head_at or head_at + 1 >= len(raw_words) or CAMEL_CASE.search(raw_words[head_at + 1]) is None \
            or raw_words[head_at + 1] in legal_forms():
        return None  # (a coined word in camel case: not an acronym, 'Central Cluster ICT' is one name; no 'GmbH')
    if any(is_rare_word(w, "de") or not w[:1].isupper() for w in raw_words[:head_at]):
        return None
    return " ".join(raw_words[head_at + 1:])


UMLAUTS = str.maketrans("äöü", "aou")


def _place_adjective(word: str) -> bool:
    """'Hohenloher', 'Frankenwälder', 'Karlsruher': a place's adjective (the place and '-er' or
    '-r', an umlaut perhaps for its vowel), not a coined word ending so ('Scheldewater')."""
    if not word.endswith("er") or not word[1:].islower():
        return False
    stems = {word[:-2], word[:-1], word[:-2].translate(UMLAUTS)}
    return any(is_place_name(stem) for stem in stems)


def _field_compound(word: str) -> bool:
    """'Wasserstoff-Cluster', 'Logistiknetzwerk': a common word and a cluster's or network's head."""
    return compound_head(word, cluster_and_network_heads()) and is_common_word_or_compound(word.replace("-", ""))


def _place_genitive_and_field_cluster(raw_words: list[str]) -> bool:
    """'Ostbayerns Antriebscluster', 'Luftfahrtcluster Norddeutschlands': a place's genitive and a
    compound of a common field and a cluster's or network's head say what and where, and name
    none (a headline's description of the release's cluster)."""
    if len(raw_words) != 2:
        return False
    place, compound = raw_words if raw_words[0].endswith("s") else reversed(raw_words)  # ('Luftfahrtcluster Norddeutschlands')
    if not all(part[1:].islower() for part in compound.split("-")):
        return False  # (no coined word: a capital only opening each part)
    heads = cluster_and_network_heads()  # ('Ostbayerns': east of Bavaria)
    field = compound.rsplit("-", 1)[0] if "-" in compound else compound  # ('Sensorik-Clusterorganisation')
    return place.endswith("s") and is_place_name(place[:-1]) and compound_head(compound, heads) \
        and is_common_word_or_compound(field)


def capitals_heading(text: str) -> bool:
    """'CLUSTER NEWS IN BRIEF', 'CLUSTER AUS DER REGION', 'THE CLUSTER IN 2023': a heading in
    capitals whose other words are two or more common English or German words and no place, or
    only function words, names a section, no cluster ('SILICON SAXONY' names a place;
    'CLUSTER MEDIZINTECHNIK' has one word only)."""
    if not text.isupper():
        return False
    vocab = vocabulary()
    others = [w for w in text.casefold().split() if w not in vocab.cluster_heads
              and not any(c.isdigit() for c in w)]  # (a code beside the heading: 'CLUSTER FACT SHEET  BC3')
    if len(text.split()) >= 2 and others and all(w in vocab.not_name_start for w in others):
        return True  # 'THE CLUSTER IN 2023': the head and function words
    if len(others) >= 2 and any(w in vocab.generic_nouns or w == "clusters" for w in text.casefold().split()):
        return True  # 'BETWEEN THE TOP CLUSTERS OF EUROPE': a plural noun of the field names no one
    return len(others) >= 2 and all((not is_rare_word(w, "en") or not is_rare_word(w, "de")) and w not in vocab.places
                                    for w in others)


def _camel_cluster_then_place(raw_words: list[str]) -> bool:
    """'KunststoffCluster Mainfranken', 'EnergieCluster Fulda-Werra': a camel-case compound
    ending in a cluster head, then only places or coined words, or an association's legal form
    ('BioCluster Donau-Inn e.V.'; not 'BioCluster Park', a campus, nor 'BioCluster Estates Ltd',
    a firm)."""
    vocab, english = vocabulary(), common_words("en")  # (the German list holds regions: 'Mainfranken')
    if not camel_case_head(raw_words[0], vocab.cluster_heads) and not (
            len(raw_words) >= 2 and "-" not in raw_words[0] and camel_case_head(raw_words[0], _network_nouns())
            and not _is_grid_field(CAMEL_PARTS.findall(raw_words[0])[-2])):
        return False  # (or a coined network's, before its place: 'PhotonikNetz Velmora', not 'PresseNetz Süd')
    text = " ".join(raw_words)
    if legal_form_kind(text) == "association":
        return True  # ('BioCluster Donau-Inn e.V.': a registered association, the cluster's)
    return all(w.casefold() in vocab.places or w.casefold() not in english
               for part in raw_words[1:] for w in part.split("-") if w)


@lru_cache(maxsize=1)
def cluster_and_network_heads() -> frozenset:
    """The cluster and network head words together (the union built once, not per name)."""
    return frozenset(vocabulary().cluster_heads | vocabulary().network_heads)


def names_an_event(name: str) -> bool:
    """'Thüringer Clustertag', 'Bayerische Netzwerkkonferenz': a name closing with a compound of a cluster or
    network word and an event's word ([cluster] event_heads) names an event, no cluster."""
    last = name.rsplit(" ", 1)[-1].casefold()
    return any(last.endswith(event) and len(last) > len(event) + 4
               and last[:-len(event)].rstrip("-") in cluster_and_network_heads()
               for event in lower_words("cluster.event_heads")) or _event_at_a_place(name)


def _event_at_a_place(name: str) -> bool:
    """'Wassertag Velmtal', 'Innovationstag Velmora 2031': a compound of a common word and an
    event's word, then only places, coined names and years, names an event (not a forum's:
    'Laserforum X' is as often a network's name)."""
    first, *rest = name.split(" ")
    lowered = first.casefold()
    return bool(rest) and all(is_place_name(w) or w.isdigit() or (w[:1].isupper() and is_coined_word(w)) for w in rest) and any(
        lowered.endswith(event) and len(lowered) > len(event) + 3 and not is_rare_word(lowered[:-len(event)].rstrip("-"), "de")
        for event in lower_words("cluster.event_heads") if event != "forum")


@lru_cache(maxsize=4096)
def common_compound(word: str) -> bool:
    """'qualitätsnachweise', 'fördersumme': a common German word of five or more letters after a
    common word of three or more (with its linking 's'), a compound of the language, no name
    (lower case in, as the lexicon holds it)."""
    common = common_words("de")
    return any(word[i:] in common and (word[:i] in common or (word[i - 1] == "s" and word[:i - 1] in common))
               for i in range(3, len(word) - 4))
