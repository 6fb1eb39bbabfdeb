"""The entity model of one document: mentions, entities (a real-world cluster,
organisation, programme or person with all its surface forms) and the collection the
extraction steps add to and merge in."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import bisect

import regex

from pipeline.extract.vocab import common_noun_endings, lower_words, vocabulary
from pipeline.lexicon import is_rare_word
from pipeline.names import legal_forms, name_key


CLUSTER, ORG, PROGRAMME, PERSON = "CLUSTER", "ORG", "PROGRAMME", "PERSON"


MANAGEMENT = regex.compile(r"management\b")


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
        return _best_of_forms(self.label, self.acronym, tuple(self.forms))


@lru_cache(maxsize=16384)
def _best_of_forms(label: str, acronym: str, forms: tuple[str, ...]) -> str:
    """Entity.best_name of an entity of `label` and `acronym` with these surface forms, in
    the order the text gave them. Cached: a pure function of them, and the steps and the
    tables ask it of the same entities again and again while their forms stay the same."""
    known = dict.fromkeys(forms)  # (the forms as the entity keeps them: `in` and order)
    names = [f for f in forms if f != acronym] or list(forms)
    # not an inflected form ('des X-Clusters') nor the management company of a cluster
    plain = [f for f in names if not (f.endswith("s") and f[:-1] in known)
             and not (f.endswith("es") and f[:-2] in known) and not _inner_genitive(f, known)]
    if label == CLUSTER:
        plain = [nominative_head(f) for f in plain]
        plain = [f for f in plain if not MANAGEMENT.search(name_key(f))] or plain
        # nor the company that runs it ('ChemNet X GmbH' of the 'Chemie-Cluster X')
        plain = [f for f in plain if not _company_form(f)] or plain
        # the cluster's own name, not its support association's ('Verein X e.V.')
        plain = [f for f in plain if not name_key(f).startswith(wrapper_before())] or plain
        # the place where the name has it, not in front ('Lausitzer X-Cluster' of 'X-Cluster Lausitz')
        plain = [f for f in plain if place_at_end(f) not in known] or plain
        # nor a letterhead's acronym before its name ('HZN Halbleiterzulieferer-Netzwerk Oberlausitz e.V.')
        plain = [f for f in plain if not _acronym_before_a_form(f, known)] or plain
        # a brand, not what it is after a dash ('VelmoNet Brabant – Packaging Innovation Cluster')
        plain = [_before_a_description(f) for f in plain]
        # a brand, not the common words of its apposition ('LuxRhein, den Photonik-Cluster am Oberrhein')
        if any(_plain_field_compound(f) for f in plain) \
                and any(" " not in f and "-" not in f and not f.isupper() and is_rare_word(f, "de") for f in plain):
            plain = [f for f in plain if not _plain_field_compound(f)]
        return brand_after_descriptor(max(plain or names, key=lambda f: (len(f.split()), len(f), not f.isupper())))
    best = max(plain or names, key=lambda f: (len(f.split()), len(f), not f.isupper()))
    return _without_place_adjective(best) if label == ORG else best


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
        self._by_start: dict[int, list] | None = None  # start -> mentions, built when asked

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
        self._by_start = None
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

    def starting_at(self, start: int) -> list:
        """The mentions that start at `start` (an index built on the first call after a
        mention was added: a directory of thousands of entries asks once a line)."""
        if self._by_start is None:
            self._by_start = {}
            for mention in self.mentions:
                self._by_start.setdefault(mention.start, []).append(mention)
        return self._by_start.get(start, [])

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
        """The ends of the mentions that overlap [start, end)."""
        return [mention_end for _, mention_end in self.overlapping(start, end)]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the mentions that overlap [start, end), found as `covered`
        finds the first of them."""
        bounds = []
        for index in range(bisect.bisect_left(self._bounds, (end,)) - 1, -1, -1):
            mention_start, mention_end = self._bounds[index]
            if mention_start + self._longest <= start:
                break
            if start < mention_end:
                bounds.append((mention_start, mention_end))
        return bounds


def as_cluster(entity: Entity) -> None:
    """An organisation the context shows to be a cluster (label subject, list item,
    what 'das Netzwerk' of a label statement refers to)."""
    entity.label = CLUSTER
    entity.org_type = ""
    for mention in entity.mentions:
        mention.label = CLUSTER


def as_programme(entity: Entity) -> None:
    """A name read as a cluster or organisation that the context shows to be a project's (a
    fact sheet's acronym)."""
    entity.label = PROGRAMME
    entity.org_type = ""
    for mention in entity.mentions:
        mention.label = PROGRAMME


@lru_cache(maxsize=65536)
def nominative_head(name: str) -> str:
    """'Clusters Velmora Mobility' -> 'Cluster Velmora Mobility', 'Netzwerks X' -> 'Netzwerk X':
    a name the text gives only after 'des', its head word in the genitive; the annotators
    name it in the nominative and keep the genitive as an alias."""
    first, _, rest = name.partition(" ")
    stem = genitive_head_stem(first) if rest else None  # (or a compound: 'Gesundheitsclusters Ruhr')
    return f"{stem} {rest}" if stem else name


def nominative_words(form: str) -> str:
    """'Maritimen Clusters Unterelbe' -> 'Maritimen Cluster Unterelbe', 'Photonik-Netzwerks
    Elbtal' -> 'Photonik-Netzwerk Elbtal': every cluster or network head of a name in the
    nominative, so that the genitive and the nominative name compare equal."""
    return " ".join(genitive_head_stem(word) or word for word in form.split(" "))


def genitive_head_stem(word: str, compounds: bool = True) -> str | None:
    """'Clusters' -> 'Cluster', 'Netzwerkes' -> 'Netzwerk' (and, with `compounds`,
    'Holzclusters' -> 'Holzcluster', 'BioClusters' -> 'BioCluster'): a cluster or network head in the genitive, in the
    nominative; None for any other word."""
    from pipeline.extract.name_shapes import camel_case_head, cluster_and_network_heads, compound_head
    heads = cluster_and_network_heads()  # (one set: compound_head caches by it)
    for ending in ("es", "s"):
        stem = word[:-len(ending)]
        if word.endswith(ending) and (stem.casefold() in heads or (compounds and (
                compound_head(stem, heads) or camel_case_head(stem, heads)))):  # ('BioClusters' -> 'BioCluster')
            return stem
    return None


def _inner_genitive(form: str, forms) -> bool:
    """'Sensorik-Clusters Donau-Regen' beside 'Sensorik-Cluster Donau-Regen', 'Maritimen
    Clusters Unterelbe' beside 'Maritime Cluster Unterelbe': a word inside the name in the
    genitive (and an adjective before it inflected), when the text also has the nominative."""
    if "s " not in form:
        return False  # (no word but the last ends in s: most forms)
    words = form.split(" ")
    for i, word in enumerate(words[:-1]):
        if word.endswith("s"):
            nominative = [*words[:i], word[:-1], *words[i + 1:]]
            if " ".join(nominative) in forms or (i > 0 and words[0][-2:] in ("en", "es", "er", "em")
                                                 and " ".join([words[0][:-1], *nominative[1:]]) in forms):
                return True
    return False


@lru_cache(maxsize=65536)
def brand_after_descriptor(name: str) -> str:
    """'Netzwerk BalticMed Plus' -> 'BalticMed Plus', 'Wasserstoffnetzwerk H2Rhein' -> 'H2Rhein',
    'Netzwerk Velmora' -> 'Velmora': a head word (or a compound ending in one, perhaps after a
    place's adjective) before a brand says what kind of body the brand is, and the brand is
    the name (the annotators name the brand and keep the whole as an alias, which the
    entity's surface forms keep). A brand: a word with a capital or a digit inside, in
    capitals, English and no German word, or, after a network word, a coined word. After a
    cluster word a coined word may be part of the name ('Cluster Mobilier Velmoran');
    common words ('Cluster Kreislaufwirtschaft'), places ('Netzwerk Ostbayern') and legal
    forms ('Kelvan-Cluster e.V.') are no brands."""
    from pipeline.extract.name_shapes import cluster_and_network_heads, compound_head, is_common_word_or_compound
    from pipeline.lexicon import common_words
    vocab = vocabulary()
    words = name.split(" ")
    heads = cluster_and_network_heads()  # (one set: compound_head caches by it)
    at = next((i for i, w in enumerate(words[:2]) if w.casefold() in heads or compound_head(w, heads)), None)
    if at is None and len(words) > 2 and place_adjective(words[0]) and regex.search(r"\p{Ll}\p{Lu}", words[1]):
        return " ".join(words[1:])  # 'Greifswalder PlasmaNet Pommern': a place's adjective before a brand
    if at is None or at + 1 >= len(words) or (at == 1 and not place_adjective(words[0])):
        return name
    first = words[at + 1]
    letters = first.replace("-", "")
    brand = (regex.search(r"\p{Ll}\p{Lu}|\p{N}", first) is not None or (letters.isupper() and len(letters) >= 2)
             or (at == 0 and first.casefold() in vocab.cluster_heads and len(words) > at + 2)  # 'Gesundheitscluster Clúster Salud Levante'

             or (first.casefold() in common_words("en") and first.casefold() not in common_words("de"))
             or (_network_word(words[at]) and first[:1].isupper() and "-" not in first
                 and not is_common_word_or_compound(first) and not first.casefold().endswith(common_noun_endings())))
    if not brand or first.casefold() in vocab.places or " ".join(words[at + 1:]) in legal_forms():
        return name
    return " ".join(words[at + 1:])


@lru_cache(maxsize=65536)
def _without_place_adjective(name: str) -> str:
    """'Schweizer Lumetis AG' -> 'Lumetis AG', 'lothringische Mosel Composites SAS' -> 'Mosel
    Composites SAS', 'Anlagenbauer Kornfeld Extrusion GmbH' -> 'Kornfeld Extrusion GmbH': a
    place's adjective or a descriptor noun ([organisation] descriptor_endings) before a
    company's name with its legal form says where the company is from or what it is, and is
    no part of its name."""
    first, _, rest = name.partition(" ")
    if not rest[:1].isupper():
        return name
    if _german_noun(first) and _foreign_company(rest):
        return _without_place_adjective(rest)  # 'Werft Velkanen Marine Oy', 'Molkerei SIA Tarsas Piens': what a company abroad is
    if not _company_form(name):  # 'Werkzeugbauer Drossel', 'Softwarefirma Planwerk Digital'
        return rest if _common_descriptor(first) else name
    if " " not in rest and not _company_form(rest):
        return name
    if place_adjective(first) or (first[:1].islower() and first.endswith(("ische", "ischen", "ischer"))) \
            or first.casefold().endswith(_descriptor_endings()):
        return _without_place_adjective(rest)  # ('Schweizer Uhrenhersteller Montavel SA')
    return name


def _german_noun(word: str) -> bool:
    """'Werft', 'Paprikamühle', 'Lachszüchter': a capitalised German common word or compound
    that is no English one (not 'Marine', 'Nordic', which open companies' names abroad)."""
    from pipeline.extract.name_shapes import is_common_word_or_compound
    return word[:1].isupper() and word[1:].islower() and is_common_word_or_compound(word) \
        and is_rare_word(word.casefold(), "en")


def _foreign_company(name: str) -> bool:
    """A company's name of two words or more with a legal form of another country than the
    German-speaking ones, after it ('Velkanen Marine Oy') or before it ('SIA Tarsas Piens')."""
    words = name.split(" ")
    if len(words) < 3:
        return False  # ('Technik Nord AS': the noun may be the name's own)
    if words[0] in vocabulary().word_lists["organisation.legal_form_prefixes"]:
        return True
    return _company_form(name) and words[-1] not in vocabulary().word_lists["organisation.home_legal_forms"]


def _common_descriptor(word: str) -> bool:
    """'Werkzeugbauer', 'Softwarefirma', 'Messtechnik-Start-up': a descriptor noun, alone or
    closing a compound of common words (not a coined name that ends like one, 'Velbauer')."""
    from pipeline.extract.name_shapes import is_common_word_or_compound
    lowered = word.casefold()
    ending = next((e for e in _descriptor_endings() if lowered.endswith(e)), None)
    if ending is None:
        return False
    stem = lowered[:-len(ending)].rstrip("-")
    return not stem or all(is_common_word_or_compound(part) for part in stem.split("-") if part)


@lru_cache(maxsize=1)
def _descriptor_endings() -> tuple:
    return tuple(lower_words("organisation.descriptor_endings"))


def _network_word(word: str) -> bool:
    """'Netzwerk', 'Logistiknetzwerk', 'network': a network head or a compound ending in one
    (not in a short one, 'Holzinnovationsnetz X': such a name stays whole)."""
    from pipeline.extract.name_shapes import compound_head, short_compound_heads
    heads = vocabulary().network_heads
    return word.casefold() in heads or (compound_head(word, heads)
                                        and not word.casefold().endswith(tuple(short_compound_heads())))


def place_adjective(word: str) -> bool:
    """'Finnish', 'Schweizer', 'Vorarlberger': a country's adjective, or a place's in -er."""
    lowered = word.casefold()
    return lowered in lower_words("cluster.nationality_adjectives") or (
        lowered.endswith("er") and lowered[:-2] in vocabulary().places)


def _plain_field_compound(form: str) -> bool:
    """'Photonik-Cluster', 'Kunststoff-Netzwerk': one plain word (no capital inside: not
    'MedTech-Cluster') and a cluster's head."""
    field, hyphen, head = form.rpartition("-")
    return bool(hyphen) and " " not in form and head.casefold() in vocabulary().cluster_heads \
        and field[:1].isupper() and field[1:].islower()


LEAD_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]{1,9}")


def _acronym_before_a_form(form: str, known: dict) -> bool:
    """'HZN Halbleiterzulieferer-Netzwerk Oberlausitz e.V.': an acronym, then another of the
    entity's forms (and perhaps more words: its legal form)."""
    lead, _, rest = form.partition(" ")
    return bool(rest) and LEAD_ACRONYM.fullmatch(lead) is not None \
        and any(other != form and (rest == other or rest.startswith(other + " ")) for other in known)


SPACED_DASH = regex.compile(r"[ \t]+[–—-][ \t]+")


def _before_a_description(form: str) -> str:
    """'VelmoNet Brabant – Packaging Innovation Cluster' -> 'VelmoNet Brabant': a brand (a word
    in camel case in up to three words), a dash, and common words with a cluster's head that
    say what the brand is ('Wasserstoff-Cluster für die Kreise X und Y'); else the form."""
    from pipeline.extract.name_shapes import common_words_and_a_head
    parts = SPACED_DASH.split(form, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= 3 and regex.search(r"\p{Ll}\p{Lu}", parts[0]) \
            and common_words_and_a_head(parts[1]):
        return parts[0]
    return form


def place_at_end(form: str) -> str | None:
    """'Lausitzer Energiespeicher-Cluster' -> 'Energiespeicher-Cluster Lausitz': a name that
    opens with a place's adjective in -er, written with the place at its end; else None."""
    adjective, _, rest = form.partition(" ")
    if rest and adjective.endswith("er") and place_adjective(adjective):
        return f"{rest} {adjective[:-2]}"
    return None


def _company_form(name: str) -> bool:
    """A name ending in a company's legal form ('GmbH', 'Ltd', 'ApS')."""
    last = name.rsplit(" ", 1)[-1]
    return legal_forms().get(last) == "company"


@lru_cache(maxsize=1)
def wrapper_before() -> tuple:
    """Words before the name of a cluster's support association ('Verein Nordalb e.V.'):
    vocabulary.toml [cluster] wrapper_before, as name keys ('trägerverein' -> 'tragerverein')."""
    return tuple(name_key(w) for w in vocabulary().word_lists["cluster.wrapper_before"])


@lru_cache(maxsize=1)
def is_body_word(word: str) -> bool:
    """'GmbH', 'vzw', 'Management', 'Netzwerkmanagement', 'Services': a word after a cluster's
    name that makes it the name of the body running it (a legal form, [cluster]
    wrapper_after, or a word ending in 'management')."""
    key = name_key(word)
    return not key or word in legal_forms() or key in wrapper_after() or key.endswith("management")


def wrapper_after() -> tuple:
    """Words after the name of a cluster's support association or management company
    ('Velmora Cluster Management Lda.'): [cluster] wrapper_after, as name keys."""
    return tuple(name_key(w) for w in vocabulary().word_lists["cluster.wrapper_after"])
