"""Entities of one document: gazetteer spans, classified name chunks, acronym
definitions and context rules, merged so that every real-world cluster, organisation
and programme is one entity with all its surface forms and mentions.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from pipeline import ruleset
from pipeline.extract.chunks import Chunk, name_chunks
from pipeline.extract.vocab import first_names, is_role_word, vocabulary
from pipeline.names import legal_forms, name_key

CLUSTER, ORG, PROGRAMME, PERSON = "CLUSTER", "ORG", "PROGRAMME", "PERSON"
ACRONYM = regex.compile(r"^(?:\p{Lu}[\p{Lu}\p{N}&/-]{1,9}|\p{Lu}\p{Ll}*\p{Lu}[\p{L}\p{N}-]*)$")
# "Long Name (ACR)", "(kurz: ACR)", "– kurz ACR –", ", kurz ACR,", "(short ACR)"
DEFINITION_AFTER = regex.compile(
    r"^(?:[ \t]*\((?:(?i:kurz|short|abgekürzt|abbreviated)[: \t]+)?(?:[„“\"]?)(?P<inner>[^()\n]{2,120}?)(?:[“”\"]?)\)"
    r"|[ \t]*(?:[–—-]|,)[ \t]*(?i:kurz|short|abgekürzt)[: \t]+[„“\"]?(?P<inner>[\p{Lu}][\p{L}\p{N}&-]{1,15})[“”\"]?"
    r"(?=[ \t]*(?:[–—,)]|-[ \t])))")
PROGRAMME_CONTEXT = regex.compile(
    r"(?<!cluster-|cluster)(?:(?:\b|(?<=\p{L}))(?:projekt|projekts|projektes|programm|programms)\b|"
    r"\b(?:project|projekt|projekts|projektes|programme|program|programm|programms|initiative|"
    r"initiativ|scheme|partnership|partnerschaft|strategie|strategy|masterplan|wettbewerb|"
    r"competition|plattform|platform|projects|projekte)\b)(?:[ \t]+(?:like|such as|wie))?[ \t]*[„“\"‚']?$",
    regex.IGNORECASE)
PROGRAMME_AFTER = regex.compile(
    r"^(?:[“”\"']?[ \t]*[-–]?(?:programme|program|programm|project|projekt|initiative|scheme)\b"
    # an apposition: "X, one of the Euroclusters", "X, a Horizon Europe project"
    r"|,[ \t]+(?:one of the|a|an|ein|eines der)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}?"
    r"(?:project|projekt|euroclusters?|programme|partnership|initiative)\b)",
    regex.IGNORECASE)
# Patterns used per word or per chunk, compiled once (regex's own cache costs more
# than the match for such short strings).
WORD_SEPARATORS = regex.compile(r"[\s\-–/]+")
UPPER = regex.compile(r"\p{Lu}")
MANAGEMENT = regex.compile(r"management\b")
NAME_LETTERS = regex.compile(r"[\p{L}.'’-]+")
UPPER_PLURAL = regex.compile(r"\p{Lu}+s")
COORDINATED_HEADS = regex.compile(r" (?:and|und|&|sowie) (?:the |das |die |der )?")
COORDINATED_NAMES = regex.compile(r" (?:und|and|sowie) (?:the |die |das |der )?")
ADJACENT_CAPITALS = regex.compile(r"(?:^|[ \t])[\p{Lu}\p{N}][^ \t]*[ \t]+[\p{Lu}\p{N}]")
HEAD_SEPARATOR = regex.compile(r" [–-] | (?i:the|das|der) ")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    source: str
    entity: "Entity | None" = None


@dataclass
class Entity:
    label: str
    canonical: str
    acronym: str = ""
    org_type: str = ""
    fixed_canonical: bool = False  # from the gazetteer: keep its canonical name
    forms: dict = field(default_factory=dict)  # surface form -> count
    mentions: list = field(default_factory=list)

    def add(self, mention: Mention) -> None:
        mention.entity = self
        self.mentions.append(mention)
        self.forms[mention.text] = self.forms.get(mention.text, 0) + 1

    def best_name(self) -> str:
        """The fullest proper name the text uses (or the gazetteer's canonical)."""
        if self.fixed_canonical:
            return self.canonical
        names = [f for f in self.forms if f != self.acronym] or list(self.forms)
        # not an inflected form ('des X-Clusters') nor the management company of a cluster
        plain = [f for f in names if not (f.endswith("s") and f[:-1] in self.forms)
                 and not (f.endswith("es") and f[:-2] in self.forms)]
        if self.label == CLUSTER:
            plain = [f for f in plain if not MANAGEMENT.search(name_key(f))] or plain
            # the cluster's own name, not its support association's ('Verein X e.V.')
            plain = [f for f in plain if not name_key(f).startswith(WRAPPER_BEFORE)] or plain
        return max(plain or names, key=lambda f: (len(f.split()), len(f)))


class DocumentEntities:
    """Mentions and entities of one document, keyed by name so repeats merge."""

    def __init__(self):
        self.entities: list[Entity] = []
        self._by_key: dict[tuple[str, str], Entity] = {}
        self.mentions: list[Mention] = []
        # (start, end) of every mention, sorted, and the longest length: `covered` looks
        # only at the mentions that can overlap a span instead of at all of them.
        self._bounds: list[tuple[int, int]] = []
        self._longest = 0

    def find(self, name: str, labels=(CLUSTER, ORG, PROGRAMME)) -> Entity | None:
        key = name_key(name)
        for label in labels:
            if (label, key) in self._by_key:
                return self._by_key[(label, key)]
        return None

    def link(self, entity: Entity, name: str) -> None:
        self._by_key.setdefault((entity.label, name_key(name)), entity)

    def add(self, mention: Mention, canonical: str | None = None, entity: Entity | None = None,
            **attrs) -> Entity:
        """Attach the mention to `entity`, or to the entity of that label and name, or
        to a new one."""
        entity = entity or self.find(canonical or mention.text, (mention.label,))
        if entity is None:
            entity = Entity(mention.label, canonical or mention.text, **attrs)
            self.entities.append(entity)
        for key, value in attrs.items():
            if value and not getattr(entity, key):
                setattr(entity, key, value)
        entity.add(mention)
        self.mentions.append(mention)
        bisect.insort(self._bounds, (mention.start, mention.end))
        self._longest = max(self._longest, mention.end - mention.start)
        self.link(entity, mention.text)
        self.link(entity, entity.canonical)
        if entity.acronym:
            self.link(entity, entity.acronym)
        return entity

    def merge(self, keep: Entity, other: Entity) -> None:
        if keep is other:
            return
        for mention in other.mentions:
            keep.add(mention)
        keep.acronym = keep.acronym or other.acronym
        keep.org_type = keep.org_type or other.org_type
        self.entities.remove(other)
        for key, entity in list(self._by_key.items()):
            if entity is other:
                self._by_key[key] = keep

    def covered(self, start: int, end: int) -> bool:
        """Does a mention overlap [start, end)? Mentions starting before `end`, nearest
        first, until none of them can reach past `start`."""
        for index in range(bisect.bisect_left(self._bounds, (end,)) - 1, -1, -1):
            mention_start, mention_end = self._bounds[index]
            if mention_start + self._longest <= start:
                return False
            if start < mention_end:
                return True
        return False

    def overlapping_ends(self, start: int, end: int) -> list[int]:
        """The ends of the mentions that overlap [start, end), found as `covered` finds
        the first of them."""
        ends = []
        for index in range(bisect.bisect_left(self._bounds, (end,)) - 1, -1, -1):
            mention_start, mention_end = self._bounds[index]
            if mention_start + self._longest <= start:
                break
            if start < mention_end:
                ends.append(mention_end)
        return ends


def as_cluster(entity: Entity) -> None:
    """An organisation the context shows to be a cluster (label subject, list item,
    what 'das Netzwerk' of a label statement refers to)."""
    entity.label = CLUSTER
    entity.org_type = ""
    for mention in entity.mentions:
        mention.label = CLUSTER


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD_SEPARATORS.split(text) if w]


@lru_cache(maxsize=1)
def _legal_endings() -> tuple[str, ...]:
    """' ' + every legal form: a name ends in one when str.endswith(this) is true."""
    return tuple(" " + f for f in legal_forms())


@lru_cache(maxsize=1)
def _legal_endings_longest_first() -> tuple[tuple[str, str], ...]:
    """(' ' + legal form, org_type), the longest form first ('GmbH & Co. KG' before 'KG')."""
    return tuple((" " + suffix, kind)
                 for suffix, kind in sorted(legal_forms().items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _programme_head_endings() -> tuple[str, ...]:
    """The programme heads long enough to end a compound ('Förderprogramm')."""
    return tuple(h for h in vocabulary().programme_heads if len(h) >= 8)


def _has_head(words: list[str], heads: frozenset, compounds: bool = True) -> bool:
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
def _compound_head(raw_word: str, heads: frozenset) -> bool:
    """'Möbelcluster', 'Textil-Cluster': a German compound ending in a head;
    camel case ('GreenGridClusters') is a coined name, not a compound."""
    word = raw_word.strip(".,'’´\"")
    if UPPER.search(word[1:].replace("-", "")) and "-" not in word:
        return False
    lowered = word.casefold()
    long_heads = _long_heads(heads)
    return lowered.endswith(long_heads) and any(
        lowered.endswith(h) and len(lowered) > len(h) + 2 for h in long_heads)


@lru_cache(maxsize=64)
def _long_heads(heads: frozenset) -> tuple[str, ...]:
    """The heads long enough to end a compound (five letters or more)."""
    return tuple(h for h in heads if len(h) >= 5)


CAMEL_PARTS = regex.compile(r"\p{Lu}\p{Ll}+")


def _camel_case_head(raw_word: str, heads: frozenset) -> bool:
    """'InnoRegioAgentur': a coined camel-case name whose last part is a head word."""
    parts = CAMEL_PARTS.findall(raw_word.strip(".,'’´\""))
    return len(parts) >= 2 and parts[-1].casefold() in heads and raw_word.endswith(parts[-1])


@lru_cache(maxsize=65536)
def org_type_of(text: str) -> str:
    """org_type from head words and legal forms, most specific first; '' when none:
    a head phrase ('Business Development Corporation'), a whole head word ('University of X'), then the legal form ('Stadtwerke X GmbH' is a
    company), then a compound ending in a head ('Standortagentur'), then weaker heads."""
    vocab, words = vocabulary(), _words(text)
    padded = f" {' '.join(text.casefold().split())} "
    for kind, heads in vocab.org_heads.items():
        if any(" " in h and f" {h} " in padded for h in heads):
            return kind  # a head phrase is the most specific cue: "Development Corporation"
    strong = ("university", "research", "public_body", "agency")
    for kind in strong:
        if any(w.strip(".,'’") in vocab.org_heads[kind] for w in words):
            return kind
    if text.endswith(_legal_endings()):
        for ending, kind in _legal_endings_longest_first():
            if text.endswith(ending):
                return kind
    for kind in strong:
        if any(_compound_head(w, vocab.org_heads[kind]) or _camel_case_head(w, vocab.org_heads[kind])
               for w in text.split()):
            return kind
    for kind in ("association", "network", "company"):
        if _has_head(words, vocab.org_heads[kind], compounds=False) or (
                kind != "company" and any(_compound_head(w, vocab.org_heads[kind]) for w in text.split())):
            return kind
    return ""


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
    if any(w in vocab.not_name_start and w not in NAME_PARTICLES and w not in ("der", "den") for w in lowered[1:]):
        return False  # 'Ende Februar', 'One Gold'
    if any(w in vocab.places or w in vocab.cluster_heads or w in vocab.role_words
           or w in ("and", "und", "or", "oder") for w in lowered):
        return False
    if org_type_of(chunk_text) or any(w.isupper() and len(w) > 2 for w in words):
        return False
    if any(not NAME_LETTERS.fullmatch(w) for w in words):
        return False  # "Meyer & Sohn" is a company
    if any(w.islower() and not (w in NAME_PARTICLES or (w in ("der", "den") and i and lowered[i - 1] in ("van", "von")))
           for i, w in enumerate(words)):
        return False  # "Ziel der Gruppe", "Ende des Jahres": a noun phrase
    first = lowered[0].split("-")[0]
    return preceded_by_title or first in first_names()


def _is_name_like(chunk: Chunk, language: str) -> bool:
    """Could this bare chunk be a proper name rather than a capitalised common noun?
    A single Titlecase word is not ('Hamburg', 'Furthermore', 'Auszeichnung'); a coined
    form is (Nordalb, KORVEX, eLumo); so is a multi-word name."""
    vocab = vocabulary()
    words = [w for w in chunk.text.split() if w.casefold() not in vocab.connectors]
    if not words or all(w.casefold().strip(".,") in vocab.places for w in words):
        return False
    if len(words) == 1:
        word = words[0]
        if UPPER_PLURAL.fullmatch(word) or TITLE_COMPOUND.match(word):
            return False  # SMEs, KMUs; 'Cluster-Teams', 'Gold-Label' (German compound nouns)
        return (bool(UPPER.search(word[1:])) and len(word) >= 3) or bool(DOTTED_BRAND.fullmatch(word))
    return True


# 'hafen.net', 'velo.net:x': a lower-case brand written like a domain name.
DOTTED_BRAND = regex.compile(r"\p{Ll}[\p{Ll}\p{N}-]{2,}(?:[.:]\p{Ll}[\p{Ll}\p{N}]*)+")


GENITIVE = regex.compile(r" (?:des|der|of the|of) ")
# 'Cluster-Teams', 'Gold-Label', 'Netzwerk-Treffen': a German compound noun of Titlecase
# parts, a common noun whatever its capitals (a coined name has them inside a part).
TITLE_COMPOUND = regex.compile(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$")


def _is_generic_cluster_phrase(text: str) -> bool:
    """'European Cluster', 'Cluster-Initiativen', 'Life Science Cluster': no proper part."""
    vocab = vocabulary()
    parts = [w.casefold().strip(".,") for w in WORD_SEPARATORS.split(text) if w]
    proper = [w for w in parts if w not in vocab.cluster_heads and w not in vocab.generic_adjectives
              and w not in vocab.connectors and not w.startswith(("cluster", "initiative"))
              and w not in vocab.generic_nouns and w not in vocab.places
              and not GERMAN_ADJECTIVE.search(w) and not _is_place_adjective(w)]
    return not proper


def _is_place_adjective(word: str) -> bool:
    """'Schweizer', 'Hamburger', 'Kölner': the German adjective of a place, as generic
    before 'Cluster' as the place itself."""
    places = vocabulary().places
    return word.endswith("er") and len(word) > 4 and (word[:-2] in places or word[:-3] + "en" in places)


# 'baden-württembergische', 'europäischen', 'bayerischer': a German adjective of place or
# kind, never the proper part of a name by itself.
GERMAN_ADJECTIVE = regex.compile(r"(?:isch|äisch)(?:e|en|er|es|em)$")


def _is_place_genitive(text: str) -> bool:
    lowered = text.casefold()
    return lowered.endswith("s") and lowered[:-1] in vocabulary().places


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
    purpose = PURPOSE.search(text)
    head_part = text[:purpose.start()] if purpose else text
    head_words = _head_words(head_part.split(" "))
    if purpose and not any(w in vocab.cluster_heads for w in head_words) \
            and not any(_compound_head(w, vocab.cluster_heads) for w in head_part.split(" ")):
        return True
    if not head_words or head_words[0] in vocab.cluster_heads:
        return False  # 'Cluster Velmora Knowledge City': the cluster word heads, a name follows
    last = head_words[-1]
    return last not in vocab.cluster_heads and any(last in vocab.org_heads[kind] for kind in BODY_KINDS) \
        and last not in ("e.v.", "e. v.")


TIER_MODIFIER = regex.compile(r"(?i:gold|silver|silber|bronze)-[\p{L}-]+[ \t]+(?=\p{Lu})")
LABEL_THEN_NAME = regex.compile(r"(?P<label>.+?)[ \t]+[–—][ \t]+(?P<name>.+)")
LEADING_ARTICLE = regex.compile(r"(?:The|Der|Die|Das)[ \t]+(?=\p{Lu})")


def cluster_name_from(chunk: Chunk) -> tuple[int, str] | None:
    """(start, name) when the chunk says it is a cluster, stripping a leading
    introducer compound ('IKT-Netzwerk Silva Sensorik' -> 'Silva Sensorik') and a
    governing noun ('Mittelpunkt des Blue Harbour Clusters' -> 'Blue Harbour Clusters')."""
    found = _cluster_name(chunk.text)
    if found is None:
        return None
    offset, name = found
    acronym_after = DASHED_ACRONYM.search(name)
    if acronym_after:  # 'The Velmora Maritime Cluster – VMC – received ...'
        name = name[:acronym_after.start()]
    return chunk.start + offset, name


DASHED_ACRONYM = regex.compile(r"[ \t]+[–—-][ \t]+\p{Lu}[\p{Lu}\p{N}&]{1,9}$")


@lru_cache(maxsize=65536)
def _cluster_name(text: str) -> tuple[int, str] | None:
    """cluster_name_from for a chunk text, the start as an offset into it: a pure
    function of the text, and a name recurs within a document and across a drop."""
    vocab = vocabulary()
    start = 0
    genitive = GENITIVE.search(text)
    if genitive:
        left, right = text[:genitive.start()], text[genitive.end():]
        if org_type_of(left):
            return None  # 'Council of European Harbour Regions' is the council
        if all(w in vocab.cluster_heads for w in _words(right)):
            return None  # 'Strategie und Dienstleistungen des Clusters': the cluster's things
        if len(left.split()) == 1 and not _has_head(_words(left), vocab.cluster_heads):
            text, start = right, start + genitive.end()
    tier_modifier = TIER_MODIFIER.match(text)
    if tier_modifier:  # 'the Gold-labelled Velmora Cluster', 'der Silber-zertifizierte X-Cluster'
        text, start = text[tier_modifier.end():], start + tier_modifier.end()
    label_then_name = LABEL_THEN_NAME.match(text)
    if label_then_name and _has_head(_words(label_then_name["label"]), vocab.cluster_heads) and \
            not _has_head(_words(label_then_name["name"]), vocab.cluster_heads):
        text = label_then_name["label"]  # 'Cluster X – Ukrajinská 10': an address or remark after a dash
        label_then_name = None
    if label_then_name and (_has_head(_words(label_then_name["label"]), vocab.not_cluster_words, compounds=False)
                            or all(w in vocab.places for w in _words(label_then_name["label"]))):
        # "Gold-Label – X-Cluster"; a dateline "Split, Croatia – The X Cluster"
        text, start = label_then_name["name"], start + label_then_name.start("name")
        article = LEADING_ARTICLE.match(text)
        if article:
            text, start = text[article.end():], start + article.end()
    purpose = PURPOSE.search(text)
    if purpose and _has_head(_words(text[:purpose.start()]), vocab.not_cluster_words, compounds=False):
        # "Cluster Management Excellence Label GOLD for Lakeside Cluster": the label, then whose
        text, start = text[purpose.end():], start + purpose.end()
    words = _words(text)
    if _has_head(words, vocab.not_cluster_words | vocab.not_body_words, compounds=False) \
            or _is_generic_cluster_phrase(text) or _headed_by_other_body(text):
        return None
    raw_words = text.split(" ")
    first = raw_words[0].casefold()
    if _has_head(words, vocabulary().role_words, compounds=False):
        return None
    rest = raw_words[1:]
    if first in vocab.strip_before_name and (_is_place_genitive(" ".join(rest)) or
                                             (rest and not rest[0][:1].isupper())):
        return None  # "erster Spitzencluster Thüringens", "Clusterinitiative des Landes"
    rest_is_name = len(rest) >= 2 or (len(rest) == 1 and UPPER.search(rest[0][1:]) is not None)
    prefix = raw_words[0].split("-")[0]
    generic_compound = "-" in raw_words[0] and (prefix.isupper() or prefix.casefold() in vocab.generic_adjectives)
    if rest_is_name and " ".join(rest).casefold() not in vocab.places and (
            (generic_compound and _compound_head(raw_words[0], vocab.cluster_heads | vocab.network_heads))
            or first in vocab.strip_before_name or first[:-1] in vocab.strip_before_name
            or (first == "clusters" and rest[0][:1].isupper())):  # "des Clusters X": X
        rest = " ".join(raw_words[1:])
        return start + len(raw_words[0]) + 1, rest
    if len(words) >= 2 and (any(w in vocab.cluster_heads for w in _head_words(raw_words))
                            or any(_compound_head(w, vocab.cluster_heads) for w in raw_words)):
        return start, text
    if len(raw_words) == 1 and "-" in text and _compound_head(text, vocab.cluster_heads):
        return start, text  # Möbel-Cluster
    return None


def add_gazetteer_mentions(doc, found: DocumentEntities, spans_key: str) -> None:
    """Longest gazetteer span wins where spans overlap; the pattern id gives the entity."""
    spans = [s for s in doc.spans.get(spans_key, []) if s.label_ in (ORG, PROGRAMME)]
    spans.sort(key=lambda s: (-(s.end_char - s.start_char), s.start_char))
    taken: list[tuple[int, int]] = []
    entries = gazetteer_entries()
    for span in spans:
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        taken.append((span.start_char, span.end_char))
        kind, _, canonical = span.id_.partition("::")
        entry = entries.get((kind, canonical), {})
        start, surface = span.start_char, span.text
        if surface[:4].casefold() == "the " and span.id_.partition("::")[2][:4] != "The ":
            start, surface = start + 4, surface[4:]  # 'the European Secretariat ...'
        mention = Mention(start, span.end_char, surface, span.label_, "gazetteer")
        found.add(mention, canonical, acronym=entry.get("acronym", ""),
                  org_type=entry.get("type", ""), fixed_canonical=True)


@lru_cache(maxsize=1)
def gazetteer_entries() -> dict:
    """(kind, canonical) -> gazetteer entry, for the acronym and org_type of a span."""
    data = ruleset.active().gazetteer()
    return {(kind, e["canonical"]): e for kind in ("programme", "organisation")
            for e in data.get(kind, [])}


def _preceding(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width):start]


PERSON_OF = regex.compile(r"(?P<person>.+?) (?:of the|of|from the|from|der|des|vom|von der) (?P<rest>\p{Lu}.+)")


def classify_chunks(text: str, language: str, found: DocumentEntities) -> list[Chunk]:
    """Add cluster, organisation, programme and person mentions the chunks themselves
    reveal; return the chunks left unclassified (for the context rules)."""
    vocab = vocabulary()
    left = []
    for chunk in _split_coordinated(name_chunks(text)):
        if found.covered(chunk.start, chunk.end):
            rest = _uncovered_rest(chunk, found)
            if rest is not None and _is_office_of(rest.text):
                found.add(Mention(chunk.start, rest.end, text[chunk.start:rest.end], ORG, "org_rules"),
                          org_type=org_type_of(rest.text))
                continue
            programme = _programme_before(text, found, chunk, rest)
            if programme is not None:
                whole = text[programme.start:rest.end]
                strand = found.add(Mention(programme.start, rest.end, whole, PROGRAMME, "programme_rules"))
                found.merge(strand, programme.entity)  # one programme, named by its strand
                continue
            chunk = rest
            if chunk is None:
                continue
        before = _preceding(text, chunk.start).casefold()
        last_word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        titled = last_word in vocab.titles
        name_text = _strip_titles(chunk.text)
        offset = len(chunk.text) - len(name_text)
        person = _without_trailing_function_words(name_text)
        particle = NAME_PARTICLE_AFTER.match(text, chunk.end) if person == name_text else None
        if is_person_name(person, titled) or (particle and len(person.split()) == 1
                                               and person.casefold() in first_names()):
            start = chunk.start + offset  # 'Pieter van Beispiel': a first name, a particle, a surname
            if particle:  # 'Gerd Muster zu Beispielstein'
                person = text[start:particle.end()]
            found.add(Mention(start, start + len(person), person, PERSON, "person_rules"))
            continue
        words = person.split(" ")
        if len(words) in (3, 4) and person == name_text and words[1].casefold() in first_names() \
                and is_person_name(" ".join(words[1:]), False) and not org_type_of(words[0]) \
                and words[0].casefold() not in first_names() and words[0][1:].islower():
            start = chunk.end - len(" ".join(words[1:]))  # 'Jurymitglied Anna Muster': a noun before the name
            found.add(Mention(start, chunk.end, text[start:chunk.end], PERSON, "person_rules"))
            continue
        employer = PERSON_OF.match(name_text)
        if employer and is_person_name(employer["person"], titled):
            start = chunk.start + offset  # "Jana Muster of the Saarland Ministry of ..."
            found.add(Mention(start, start + len(employer["person"]), employer["person"], PERSON, "person_rules"))
            rest_start = start + employer.start("rest")
            chunk = Chunk(rest_start, chunk.end, text[rest_start:chunk.end], chunk.legal_form)
        if _add_coordinated_people(chunk, found):
            continue
        last = COORDINATION.split(chunk.text)[-1]
        if last != chunk.text and is_person_name(last, False) and len(chunk.text) - len(last) > 5:
            start = chunk.end - len(last)  # 'Lindor Akademie Bern und Karl Muster': the person after the body
            found.add(Mention(start, chunk.end, last, PERSON, "person_rules"))
            left_text = COORDINATION.split(chunk.text[:len(chunk.text) - len(last)].rstrip())[0].rstrip()
            left_text = regex.sub(r"[ \t]+(?:und|and|&)$", "", left_text)
            chunk = Chunk(chunk.start, chunk.start + len(left_text), left_text)
        cluster = cluster_name_from(chunk)
        if cluster and " " not in cluster[1] and (last_word in vocab.description_determiners
                                                  or last_word.isdigit()):
            cluster = None  # 'das einzige Food-Cluster in Deutschland': a description
        if cluster:
            start, name = cluster
            found.add(Mention(start, start + len(name), name, CLUSTER, "cluster_rules"))
            continue
        named = next((c for c in (chunk, _governed_part(chunk)) if _is_programme_name(c)), None)
        year = TRAILING_YEAR.match(text, named.end) if named is not None else None
        if named is not None and (year or not _common_noun_after_head(named.words[1:])):
            # "(im Rahmen der) Clusterstrategie Rheinland-Pfalz 2030", "Masterplan Wasserwirtschaft 2030"
            end = year.end() if year else named.end
            found.add(Mention(named.start, end, text[named.start:end], PROGRAMME, "programme_rules"))
            continue
        if PROGRAMME_CONTEXT.search(_preceding(text, chunk.start, 25)) or \
                PROGRAMME_AFTER.match(text[chunk.end:chunk.end + 60]):
            if _is_name_like(chunk, language) and org_type_of(chunk.text) in ("", "agency", "network"):
                version = VERSION_AFTER.match(text, chunk.end)  # 'Verbundprojekt KELVO 4.0'
                end = version.end() if version else chunk.end
                found.add(Mention(chunk.start, end, text[chunk.start:end], PROGRAMME, "programme_rules"))
                continue
        chunk = _governed_part(chunk)
        if chunk.text.casefold() in vocab.places:
            continue  # 'Gold-Label der Europäischen Union': a place, no body
        kind = org_type_of(chunk.text)
        if kind and _is_org_name(chunk, language):
            found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "org_rules"), org_type=kind)
            continue
        left.append(chunk)
    return left


def _is_common_plural(word: str) -> bool:
    """'Partnern', 'Mitgliedern', 'partners': a role or member noun, not a name."""
    vocab = vocabulary()
    lowered = word.casefold()
    nouns = vocab.role_words | vocab.cluster_list_nouns
    return " " not in word and any(lowered == n or lowered in (n + "n", n + "en", n + "s") for n in nouns)


def _continues_legal_form(left: str, rest: str) -> bool:
    """'... GmbH' + ' & Co. KG': one legal form ('GmbH & Co. KG'), not two names."""
    last = left.rsplit(" ", 1)[-1]
    return any(form.startswith(last + " ") and (last + rest).startswith(form) for form in legal_forms())


COINED = regex.compile(r"^(?:\p{L}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}{2,}[\p{Lu}\p{N}]*|\p{L}+\.\p{L}+(?:[.:]\p{L}+)*)$")


def _is_coined(word: str) -> bool:
    """'KaLiNet.org', 'veNTo', 'BMBF': a coined brand or acronym. Two of them joined by
    'und'/'and' are two names; words of a name's own 'and' are plain ('Wirtschaft und
    Energie', 'Meyer & Sohn')."""
    return bool(COINED.match(word.strip(".,;:„“\"'")))


def _split_coordinated(chunks: list[Chunk]) -> list[Chunk]:
    """'X Cluster and Y Network' is two names: split at 'and'/'und'/'&' where the left
    part ends in a head word or legal form (a name's own 'and' follows no head:
    'Bundesministerium für Wirtschaft und Energie', 'Meyer & Sohn')."""
    vocab = vocabulary()
    heads = vocab.cluster_heads | vocab.network_heads | _all_org_heads()
    out = []
    for chunk in chunks:
        pieces, position = [], 0
        for match in COORDINATED_HEADS.finditer(chunk.text):
            left = chunk.text[position:match.start()]
            if _continues_legal_form(left, chunk.text[match.start():]):
                continue
            if _is_common_plural(chunk.text[match.end():]):
                pieces.append((position, left))  # 'X und Partnern': the partners are no name
                position = len(chunk.text)
                break
            last = left.split(" ")[-1].casefold()
            coined_pair = _is_coined(left.split(" ")[-1]) and _is_coined(chunk.text[match.end():].split(" ")[0])
            if coined_pair or match.group().strip() in ("and the", "und das", "und die", "und der", "sowie") or last in heads or _compound_head(left.split(" ")[-1], vocab.cluster_heads) or left in legal_forms() \
                    or left.endswith(_legal_endings()):
                pieces.append((position, left))
                position = match.end()
        if not pieces:
            out.append(chunk)
            continue
        if position < len(chunk.text):
            pieces.append((position, chunk.text[position:]))
        for offset, piece in pieces:
            out.append(Chunk(chunk.start + offset, chunk.start + offset + len(piece), piece))
    return out


VERSION_AFTER = regex.compile(r"[ \t]+(?:\d{1,2}\.\d|(?:19|20)\d\d)(?![\p{L}\p{N}]|[.,]\d)")
TRAILING_YEAR = regex.compile(r"[ \t]+(?:19|20)\d\d(?![\p{L}\p{N}.,:/-]\p{N}|[\p{L}\p{N}])")


def _is_programme_name(chunk: Chunk) -> bool:
    """A name headed by a programme word ('Masterplan X', 'Förderprogramm X',
    'Clusterstrategie X') that is not a body's own plan."""
    first_word = chunk.text.split(" ")[0].casefold()
    if first_word.endswith("s") and not first_word.endswith(_programme_head_endings()):
        first_word = first_word[:-2] if first_word.endswith("es") and first_word[:-2].endswith(
            _programme_head_endings()) else first_word[:-1]  # genitive: 'des Innovationsprogramms X'
    return len(chunk.words) >= 2 and (first_word in vocabulary().programme_heads or first_word.endswith(
        _programme_head_endings())) and not _owned_by_organisation(chunk.text)


def _common_noun_after_head(rest: list[str]) -> bool:
    """'Wettbewerb der Regionen', 'Wettbewerb Teamgeist': an article or one plain
    noun after the head is a phrase, not a name ('Masterplan Wasser 2030', 'Wettbewerb
    Innovative Regionen', 'Strategie Sachsen' are names)."""
    vocab = vocabulary()
    if rest[0].casefold() in ("der", "des", "die", "das", "dem", "den", "the"):
        return True
    word = rest[0]
    return len(rest) == 1 and word[:1].isupper() and word[1:].islower() and \
        word.casefold() not in vocab.places and not _is_place_genitive(word)


def _owned_by_organisation(text: str) -> bool:
    """'Strategie der Stadt Lindenau': a body's plan, not a programme's name."""
    genitive = GENITIVE.search(text)
    return bool(genitive) and bool(org_type_of(text[genitive.end():]))


def _programme_before(text: str, found: DocumentEntities, chunk: Chunk, rest: Chunk | None):
    """'INTERREG Deutschland-Nederland', 'Interreg North Sea Region': a known programme
    followed, in the same name, by words that are no organisation or person name its
    strand; returns the programme's mention."""
    if rest is None or org_type_of(rest.text) or is_person_name(rest.text, False):
        return None
    for mention in found.mentions:
        if mention.label == PROGRAMME and chunk.start <= mention.start < rest.start and \
                regex.fullmatch(r"[ \t\p{Lu}\p{N}-]+", text[mention.end:rest.start]):  # "Interreg VI-A X"
            return mention
    return None


def _is_office_of(rest: str) -> bool:
    """'Support Office' after a known programme or body ('COSME Support Office'): a
    short phrase ending in an organisation head names a unit of it."""
    words = rest.split()
    return len(words) <= 3 and words[-1].casefold() in _all_org_heads() and bool(org_type_of(rest))


@lru_cache(maxsize=1)
def _all_org_heads() -> frozenset:
    """Every organisation head word, whatever org_type it gives."""
    return frozenset().union(*vocabulary().org_heads.values())


def _uncovered_rest(chunk: Chunk, found: DocumentEntities) -> Chunk | None:
    """The part of a chunk after a known mention inside it ('BMBF-Spitzencluster
    Weser Aviation' after the gazetteer's 'BMBF'), when a name is left."""
    ends = found.overlapping_ends(chunk.start, chunk.end)
    cut = max(ends) - chunk.start
    from pipeline.extract.chunks import _trim

    rest = chunk.text[cut:]
    stripped, start = _trim(rest.lstrip(" -–"), chunk.start + cut + len(rest) - len(rest.lstrip(" -–")))
    if len(stripped) < 3 or not stripped[0].isupper():
        return None
    return Chunk(start, start + len(stripped), stripped, chunk.legal_form)


COORDINATION = regex.compile(r" (?:und|and|&) ")


def coordinated_parts(chunk: Chunk) -> list[Chunk]:
    """'B and C' as the last item of a list: the two names it joins."""
    parts, position = [], 0
    for match in COORDINATED_NAMES.finditer(chunk.text):
        parts.append(Chunk(chunk.start + position, chunk.start + match.start(), chunk.text[position:match.start()]))
        position = match.end()
    parts.append(Chunk(chunk.start + position, chunk.end, chunk.text[position:], chunk.legal_form))
    return parts


def _add_coordinated_people(chunk: Chunk, found: DocumentEntities) -> bool:
    """'Karla Beispiel und Hanna Muster', 'Petra and Gilberto Bianchi': people in one chunk."""
    parts, position = [], 0
    for match in COORDINATION.finditer(chunk.text):
        parts.append((position, chunk.text[position:match.start()]))
        position = match.end()
    parts.append((position, chunk.text[position:]))
    names = [_strip_titles(p) for _, p in parts]
    if len(parts) < 2 or not any(is_person_name(n, False) for n in names) or not all(
            is_person_name(n, False) or n.casefold() in first_names() for n in names):
        return False  # 'Petra and Gilberto Bianchi': a first name alone joins a full one
    for offset, part in parts:
        name = _strip_titles(part)
        start = chunk.start + offset + len(part) - len(name)
        found.add(Mention(start, start + len(name), name, PERSON, "person_rules"))
    return True


def _governed_part(chunk: Chunk) -> Chunk:
    """'Strategie der Stadt Lindenau' -> 'Stadt Lindenau': a single common noun governing
    a name in the genitive is not part of it, unless it is itself a head word."""
    match = GENITIVE.search(chunk.text)
    if not match:
        return chunk
    left = chunk.text[:match.start()]
    if len(left.split()) != 1 or org_type_of(left) or left.isupper() or \
            (UPPER.search(left[1:]) and not TITLE_COMPOUND.match(left)):
        return chunk
    start = chunk.start + match.end()
    return Chunk(start, chunk.end, chunk.text[match.end():], chunk.legal_form)


def _is_org_name(chunk: Chunk, language: str) -> bool:
    """A head word makes a name only in a name-shaped phrase: the head first
    ('Ministerium für X'), two capitalised words side by side ('Universität Duisburg-
    Essen'), a legal form, or a coined word; not 'Start-ups und Hochschulen'."""
    vocab = vocabulary()
    words = chunk.text.split()
    if words[-1].casefold() in vocab.role_words or (
            words[0] in legal_forms() and words[0].casefold() not in _all_org_heads()):
        return False  # not 'GmbH Velden'; but 'Verein Nordalb e.V.' (a head and a legal form)
    if len(words) == 1:  # 'Rhein-Main-Kreis': a compound ending in a head is a name
        return _is_name_like(chunk, language) or bool(TITLE_COMPOUND.match(words[0]))
    first_is_head = any(words[0].casefold() in heads or _compound_head(words[0], heads)
                        for heads in vocab.org_heads.values())
    adjacent = ADJACENT_CAPITALS.search(chunk.text)
    legal = chunk.text.endswith(_legal_endings())
    lower_head = words[-1].islower() and words[-1] in _all_org_heads()  # 'the Danish government'
    return bool(first_is_head or adjacent or legal or lower_head)


def _without_trailing_function_words(name: str) -> str:
    """'Wolfgang Beispiel Aus' (a run-on heading: '... Beispiel Aus den Netzwerken'):
    a name does not end in a capitalised function word."""
    words = name.split(" ")
    while len(words) > 2 and (words[-1].casefold() in vocabulary().not_name_start
                              or is_role_word(words[-1].casefold())):  # 'Anna Muster Geschäftsführerin'
        words = words[:-1]
    return " ".join(words)


def _strip_titles(name: str) -> str:
    vocab = vocabulary()
    words = name.split(" ")
    while len(words) > 1 and words[0].casefold() in vocab.titles:
        words = words[1:]
    return " ".join(words)


def apply_definitions(text: str, found: DocumentEntities, chunks: list[Chunk]) -> None:
    """'Long Name (ACR)' and 'ACR (Long Name)': one entity, acronym recorded; an
    acronym defined for an unclassified long form makes an organisation."""
    for mention in list(found.mentions):
        if mention.label == PERSON:
            continue
        match = DEFINITION_AFTER.match(text[mention.end:mention.end + 130])
        if not match:
            continue
        inner = match["inner"].strip()
        inner_start = mention.end + match.start("inner")
        entity = mention.entity
        if ACRONYM.match(inner) and len(inner) < len(mention.text):
            if not entity.acronym:
                entity.acronym = inner
            if not found.covered(inner_start, inner_start + len(inner)):
                found.add(Mention(inner_start, inner_start + len(inner), inner, entity.label,
                                  "acronym_rules"), entity.canonical)
        elif ACRONYM.match(mention.text) and len(inner.split()) >= 2 and "," not in inner:
            entity.acronym = entity.acronym or mention.text
            if not found.covered(inner_start, inner_start + len(inner)):
                found.add(Mention(inner_start, inner_start + len(inner), inner, entity.label,
                                  "acronym_rules"), entity.canonical)
    for chunk in chunks:
        if found.covered(chunk.start, chunk.end) or len(chunk.words) < 2:
            continue
        match = DEFINITION_AFTER.match(text[chunk.end:chunk.end + 30])
        if match and ACRONYM.match(match["inner"].strip()):
            inner = match["inner"].strip()
            kind = org_type_of(chunk.text) or "other"
            entity = found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "acronym_rules"),
                               acronym=inner, org_type=kind)
            start = chunk.end + match.start("inner")
            found.add(Mention(start, start + len(inner), inner, ORG, "acronym_rules"),
                      entity.canonical)


def cluster_keys(entity: Entity) -> set[str]:
    """Keys under which a later short form refers to this cluster: the name without
    a trailing head word or legal form ('Nordalb Network e.V.' -> 'nordalb network', 'nordalb')."""
    return set(_cluster_keys(tuple(entity.forms), entity.acronym))


@lru_cache(maxsize=16384)
def _cluster_keys(forms: tuple[str, ...], acronym: str) -> frozenset[str]:
    """cluster_keys of an entity with these surface forms and acronym (the merges of
    one document ask for the same entity's keys again and again)."""
    vocab = vocabulary()
    keys = set()
    for form in list(forms) + ([acronym] if acronym else []):
        key = name_key(form)
        keys.add(key)
        words = key.split()
        while len(words) > 1 and (words[-1] in vocab.cluster_heads or words[-1] in vocab.network_heads
                                  or words[-1] in ("management", "clustermanagement", "e", "v", "ev",
                                                   "gmbh", "association", "verein")):
            words = words[:-1]
            keys.add(" ".join(words))
        for lead in ("cluster ", "clusters "):  # 'Cluster X', genitive 'des Clusters X'
            if key.startswith(lead) and len(words) > 1:
                keys.add(key[len(lead):])
        first, _, rest = form.partition(" ")
        if rest and _compound_head(first, vocab.cluster_heads | vocab.network_heads):
            keys.add(name_key(rest))  # 'Medizintechnik-Netzwerk Vitanor e.V.' -> 'vitanor'
        head = HEAD_SEPARATOR.split(form, maxsplit=1)[0]
        if head != form and len(head) >= 3:
            keys.add(name_key(head))
        if key.endswith("s") and len(key) > 4:
            keys.add(key[:-1])
    return frozenset(k for k in keys if len(k) >= 3)


def resolve_short_forms(text: str, found: DocumentEntities, chunks: list[Chunk]) -> list[Chunk]:
    """Chunks that repeat a cluster's or organisation's name in a shorter or inflected
    form ('des Agrartechnik-Clusters', 'Nordalb' for 'Nordalb Network e.V.') join that entity."""
    index: dict[str, Entity] = {}
    for entity in found.entities:
        if entity.label == CLUSTER:
            for key in cluster_keys(entity):
                index.setdefault(key, entity)
        elif entity.label in (ORG, PROGRAMME):
            for form in list(entity.forms) + [entity.acronym]:
                if form:
                    index.setdefault(name_key(form), entity)
    left = []
    for chunk in chunks:
        key = name_key(chunk.text)
        entity = index.get(key) or (index.get(key[:-1]) if key.endswith("s") else None)
        if entity is not None and not found.covered(chunk.start, chunk.end):
            found.add(Mention(chunk.start, chunk.end, chunk.text, entity.label, "coreference"),
                      entity=entity)
        else:
            left.append(chunk)
    return left


def _is_suffix(one: Entity, other: Entity) -> bool:
    """'Precision Optics & Photonics Cluster' ends 'OPTIRA Precision Optics &
    Photonics Cluster': a name of three or more words ending another is its short form."""
    a, b = name_key(one.best_name()), name_key(other.best_name())
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 3 and long_.endswith(" " + short)


APPOSITION = regex.compile(r"^(?:[ \t]*,[ \t]*(?:das|der|die|the|a|an|ein|eine)[ \t]+|[ \t]+[–-][ \t]+)$")


def merge_appositions(text: str, found: DocumentEntities) -> None:
    """'Nordalb, das Life Science Cluster der Region X' and 'X – Y': one cluster."""
    clusters = sorted((m for m in found.mentions if m.label == CLUSTER), key=lambda m: m.start)
    heads = vocabulary().cluster_heads
    for first, second in zip(clusters, clusters[1:]):
        described = _has_head(_words(second.text), heads) or "–" in text[first.end:second.start]
        if first.entity is not second.entity and described and APPOSITION.match(text[first.end:second.start]) \
                and first.entity in found.entities and second.entity in found.entities:
            found.merge(first.entity, second.entity)


def _bare_compound(entity: Entity) -> str:
    """The key of a cluster named only by a one-word compound ('Agrartechnik-Clusters',
    genitive s dropped), or ''."""
    forms = [f for f in entity.forms if f != entity.acronym]
    heads = vocabulary().cluster_heads
    if len(forms) != 1 or " " in forms[0] or not _compound_head(forms[0], heads):
        return ""
    word = forms[0]
    genitive = word.endswith("s") and _compound_head(word[:-1], heads)
    return name_key(word[:-1] if genitive else word)


def _starts_with(entity: Entity, key: str) -> bool:
    return any(name_key(f).startswith(key + " ") for f in entity.forms)


def merge_cluster_variants(found: DocumentEntities) -> None:
    """'Fjord Marine Technology Cluster' and 'Fjord Marine Technology' are one cluster: merge
    clusters (and organisations the text also uses as a cluster) that share a key."""
    clusters = [e for e in found.entities if e.label == CLUSTER]
    for i, entity in enumerate(clusters):
        if entity not in found.entities:
            continue
        keys = cluster_keys(entity)
        for other in clusters[i + 1:]:
            if other in found.entities and (keys & cluster_keys(other) or _is_suffix(entity, other)):
                found.merge(entity, other)
    for short in [e for e in clusters if e in found.entities and _bare_compound(e)]:
        longer = [e for e in found.entities if e.label == CLUSTER and e is not short
                  and _starts_with(e, _bare_compound(short))]
        if len(longer) == 1:
            found.merge(longer[0], short)  # 'des Agrartechnik-Clusters' -> 'Agrartechnik-Cluster X'
    for short in [e for e in found.entities if e.label == CLUSTER and _one_plain_word(e)]:
        coined = [e for e in found.entities if e.label == CLUSTER and e is not short
                  and any(_camel_part(f, short.canonical) for f in e.forms)]
        if len(coined) == 1:
            found.merge(coined[0], short)  # 'the Vaasa cluster' -> 'EnergyVaasa'
    for org in [e for e in found.entities if e.label == ORG and not e.fixed_canonical]:
        cluster = _cluster_behind(org, [e for e in found.entities if e.label == CLUSTER])
        if cluster is not None:
            as_cluster(org)  # its mentions are the cluster's now, labels and all
            found.merge(cluster, org)


def _one_plain_word(entity: Entity) -> bool:
    return all(" " not in f and f[:1].isupper() and f[1:].islower() for f in entity.forms)


def _camel_part(name: str, word: str) -> bool:
    """'Vaasa' in 'EnergyVaasa': a capitalised part of a coined one-word name."""
    parts = CAMEL_PARTS.findall(name)
    return " " not in name and len(parts) >= 2 and word in parts


# Words around the name of a cluster's support association or management company:
# 'Verein Nordalb e.V.', 'Velmora Cluster Management Lda.' are the cluster's own bodies.
WRAPPER_BEFORE = ("verein", "förderverein", "trägerverein", "association")
WRAPPER_AFTER = ("management", "clustermanagement", "cluster", "network", "netzwerk", "verein",
                 "association")


def _cluster_behind(org: Entity, clusters: list[Entity]) -> Entity | None:
    """The cluster an organisation is the support association or management company of
    (an alias, per the annotation guidelines): its name without those words is a key of
    the cluster; a management company's also the first words of exactly one cluster."""
    words = name_key(org.canonical).split()
    management = "management" in words or "clustermanagement" in words
    if org.org_type not in ("association", "network") and not (set(words) & set(WRAPPER_AFTER)):
        return None  # 'Velmora AG' is a company, not the body of the 'Velmora-Cluster'
    while len(words) > 1 and words[0] in WRAPPER_BEFORE:
        words = words[1:]
    while len(words) > 1 and words[-1] in WRAPPER_AFTER:
        words = words[:-1]
    core = " ".join(words)
    for cluster in clusters:
        if core in cluster_keys(cluster):
            return cluster
    if management and len(core) >= 4:
        starting = [c for c in clusters if any(k.startswith(core + " ") for k in cluster_keys(c))]
        if len(starting) == 1:
            return starting[0]
    return None
