"""Coreference: the short forms, variants, appositions, support associations and
management companies of one entity merged into it."""
from __future__ import annotations

from functools import lru_cache

import itertools

import regex

from pipeline.extract.chunks import Chunk
from pipeline.extract.labels import TITLE_CHARS, entry_heading, main_cluster
from pipeline.extract.model import (CLUSTER, DocumentEntities, Entity, Mention, ORG, PROGRAMME,
                                    as_cluster, genitive_head_stem, is_body_word, nominative_words, place_adjective, place_at_end, wrapper_after,
                                    wrapper_before)
from pipeline.extract.name_shapes import (CAMEL_PARTS, UPPER, cluster_and_network_heads, compound_head, has_head,
                                          is_coined_word, is_common_word_or_compound, is_place_name, legal_endings, words_of)
from pipeline.extract.scan import finditer_at_words, line_starts_holding, matches_from
from pipeline.extract.vocab import lower_words, vocabulary, word_pattern
from pipeline.lexicon import common_words, is_rare_word
from pipeline.names import name_key


@lru_cache(maxsize=1)
def _head_separator() -> regex.Pattern:
    """' – ', ' the ': where a name's head part ends ([coreference] head_articles)."""
    return word_pattern(r" [–-] | (?i:%(coreference.head_articles)s) ")


def cluster_keys(entity: Entity) -> frozenset[str]:
    """Keys under which a later short form refers to this cluster: the name without
    a trailing head word or legal form ('Nordalb Network e.V.' -> 'nordalb network', 'nordalb').
    (The cached set itself, read-only: the merges ask for it once per cluster and organisation.)"""
    return _cluster_keys(tuple(entity.forms), entity.acronym)


def _coined_word_nominative(form: str) -> str:
    """'FaserWerks Franken' -> 'FaserWerk Franken': a coined camel-case word opening the name,
    in the genitive ('des FaserWerks Franken'), in the nominative."""
    first, _, rest = form.partition(" ")
    if len(first) > 4 and first.endswith("s") and UPPER.search(first[1:-1]) and not first.isupper():
        return first[:-1] + " " + rest
    return form


@lru_cache(maxsize=16384)
def _cluster_keys(forms: tuple[str, ...], acronym: str) -> frozenset[str]:
    """cluster_keys of an entity with these surface forms and acronym (the merges of
    one document ask for the same entity's keys again and again)."""
    vocab = vocabulary()
    trailing_heads, leading_heads = _folded_heads()
    keys = set()
    endings = legal_endings()
    bare = [form[:-len(ending)] for form in forms if form.endswith(endings)
            for ending in endings if form.endswith(ending)]
    nominative = [nominative_words(form) for form in forms if "s " in form]  # 'Maritimen Clusters Unterelbe'
    nominative += [coined for form in forms if "s " in form and (coined := _coined_word_nominative(form)) != form]
    for form in list(forms) + bare + nominative + ([acronym] if acronym else []):  # ('MRAF Cluster B.V.' -> 'MRAF Cluster')
        key = name_key(form)
        keys.add(key)
        words = key.split()
        while len(words) > 1 and words[-1] in trailing_heads:
            words = words[:-1]
            keys.add(" ".join(words))
        lead = key.split(" ", 1)[0]
        if len(words) > 1 and lead in leading_heads:
            keys.add(key[len(lead) + 1:])  # 'Cluster X', 'des Clusters X', 'Netzwerk X', 'Kompetenznetz X'

        first, _, rest = form.partition(" ")
        if rest and compound_head(first, cluster_and_network_heads()):
            keys.add(name_key(rest))  # 'Medizintechnik-Netzwerk Vitanor e.V.' -> 'vitanor'
            prefix = first.split("-")[0]
            if "-" in first and prefix.isupper() and len(prefix) >= 2:
                keys.add(prefix.casefold())  # 'ICT-Cluster Nordalb' is 'der Cluster ICT'
        all_words = key.split()
        inner = [w for i, w in enumerate(all_words) if not (0 < i < len(all_words) - 1 and w in ("cluster", "clusters"))]
        if 2 <= len(inner) < len(all_words):
            keys.add(" ".join(inner))  # 'BioPack Cluster Oberrhein' -> 'biopack oberrhein' (its management's name)
        head = _head_separator().split(form, maxsplit=1)[0]
        if head != form and len(head) >= 3:
            keys.add(name_key(head))
        if key.endswith("s") and len(key) > 4:
            keys.add(key[:-1])
        first_word, _, rest_words = key.partition(" ")
        inflected = _german_adjective_ending().sub("e", first_word)
        if rest_words and inflected != first_word:  # 'Maritimes/Maritimen Cluster X' -> 'maritime cluster x'
            keys.add(inflected + " " + rest_words)
            keys.add(inflected + " " + (rest_words[:-1] if rest_words.endswith("s") else rest_words))
    return frozenset(k for k in keys if len(k) >= 3)


SUPPORT_ASSOCIATION_WORDS = ("verein", "trägerverein", "förderverein")  # ('Verein X e.V.' is X)


@lru_cache(maxsize=1)
def _folded_heads() -> tuple[frozenset, frozenset]:
    """The head words a cluster key drops at its end and at its start, folded as name_key
    folds a name: 'Pôle Hydrolis' has the key 'pole hydrolis', so the head 'pôle' must be
    looked up as 'pole' to leave the key 'hydrolis'. ('Verein X e.V.' is 'X'.)"""
    vocab = vocabulary()
    heads = {name_key(word) for word in vocab.cluster_heads | vocab.network_heads}
    trailing = heads | {"management", "clustermanagement", "e", "v", "ev", "gmbh", "association",
                        "verein", "services", "service"}
    leading = heads | {"clusters"} | {name_key(word) for word in (*vocab.strip_before_name, *SUPPORT_ASSOCIATION_WORDS)}
    return frozenset(trailing), frozenset(leading)


def _merge_support_association(clusters: list[Entity], found: DocumentEntities) -> None:
    """'Trägerverein H2 Ems-Jade e.V.' beside the 'Cluster Wasserstoff Ems-Jade': a support
    association ([cluster] wrapper_before) taken for a cluster is the release's one other
    cluster's body, one of its names."""
    wrapped = [e for e in clusters if name_key(e.best_name()).split(" ", 1)[0] in wrapper_before()]
    others = [e for e in clusters if all(e is not w for w in wrapped)]
    if len(wrapped) == 1 and len(others) == 1:
        found.merge(others[0], wrapped[0])


INITIAL_CAPITALS = regex.compile(r"\p{Lu}")
# A name that is an acronym: 'MRAF', 'HyNet' is none.
ACRONYM_FORM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]{2,9}")
# 'VKSiC' of 'Velmorski Klaster Stakla i Ceramike': an acronym with the lower-case initial of a
# connector among its capitals.
CONNECTOR_ACRONYM = regex.compile(r"\p{Lu}{2,6}\p{Ll}\p{Lu}{1,4}")


def _merge_initials(clusters: list[Entity], found: DocumentEntities) -> None:
    """'the MRAF cluster' is the MeuseRhine AgriFood Cluster: a cluster named by an acronym
    that spells the initials of exactly one other cluster's name is that cluster (two full
    names sharing initials, 'Nordalb Automotive Cluster' and 'Nordalb Aerospace Cluster',
    stay two)."""
    by_initials: dict[str, list[Entity]] = {}
    for entity in clusters:
        for key in {k for form in entity.forms for k in _initials_keys(form)}:
            by_initials.setdefault(key, []).append(entity)
    for short in clusters:
        acronyms = {f.casefold() for f in short.forms if ACRONYM_FORM.fullmatch(f) or CONNECTOR_ACRONYM.fullmatch(f)} \
            | {a for f in short.forms if " " in f and (a := _acronym_of_body(f))}
        named = {id(e): e for a in acronyms for e in by_initials.get(a, ()) if e is not short}
        if len(named) == 1 and short in found.entities:
            longer = next(iter(named.values()))
            if longer in found.entities:
                found.merge(longer, short)


def _acronym_of_body(form: str) -> str:
    """'NHV Cluster AB', 'SSLC vzw', 'NEAO Netzwerkmanagement GmbH' -> 'nhv', 'sslc', 'neao':
    a body named by an acronym and only head, management and legal-form words after it
    ([cluster] wrapper_after) is the body of the cluster the acronym spells; '' otherwise."""
    first = form.split(" ", 1)[0]
    if not ACRONYM_FORM.fullmatch(first):
        return ""
    trailing, _ = _folded_heads()
    return first.casefold() if all(w in trailing or is_body_word(w) for w in name_key(form).split()[1:]) else ""


def _initials_keys(form: str) -> set[str]:
    """'MeuseRhine AgriFood Cluster' is 'MRAF' (and 'MRAFC', 'MAC'): the initials of a name of two
    or more words, a coined word's inner capitals too, with and without its head word, lower case."""
    words = [w for w in form.split() if w[:1].isupper()]
    if len(words) < 2:
        return set()
    heads = cluster_and_network_heads()
    keys = set()
    for named in (words, words[:-1] if words[-1].casefold() in heads else words):
        keys.add("".join(w[0] for w in named).casefold())
        keys.add("".join(INITIAL_CAPITALS.findall("".join(named))).casefold())
    for initials in itertools.islice(itertools.product(*(_part_initials(w) for w in words)), COMPOUND_KEYS):
        keys.add("".join(initials).casefold())  # 'HLNU', the 'Hafenlogistik-Netzwerk Unterelbe'
    letters = [w for w in form.split() if len(w) == 1 and w in vocabulary().connectors]  # ('Stakla i Ceramike')
    if letters:
        keys.add("".join(w[0] for w in form.split() if w[:1].isupper() or w in letters).casefold())
    return {k for k in keys if len(k) >= 3}


COMPOUND_KEYS = 16  # the most initials keys read from one name's compounds
COMPOUND_HEADS = ("cluster", "netzwerk", "netz", "verbund", "initiative")  # heads an acronym may take a letter of


@lru_cache(maxsize=4096)
def _part_initials(word: str) -> tuple[str, ...]:
    """The ways a word may give an acronym its letters: its initial, and for a German
    compound of two common words ('Hafenlogistik', 'Halbleiterzulieferer') also the initial
    of its second word, for each part between hyphens ('Hafenlogistik-Netzwerk': 'HN', 'HLN',
    and 'HNW', 'HLNW' from 'Netz' and 'werk')."""
    options = []
    for part in (p for p in word.split("-") if p):
        ways = [part[0]]
        cut = _compound_cut(part.casefold())
        if cut:
            ways.append(part[0] + part[cut])
        options.append(ways)
    return tuple("".join(combination) for combination in itertools.product(*options))


def _compound_cut(word: str) -> int:
    """Where a German compound of two common words divides ('hafenlogistik' -> 5), or before
    a cluster's or network's head that ends it ('optocluster' -> 4), or 0."""
    head = next((h for h in COMPOUND_HEADS if word.endswith(h) and len(word) - len(h) >= 3), None)
    if head is not None:
        return len(word) - len(head)
    common = common_words("de")
    return next((i for i in range(len(word) - 3, 2, -1) if word[:i] in common and word[i:] in common), 0)



@lru_cache(maxsize=1)
def _german_adjective_ending() -> regex.Pattern:
    """The strong and oblique endings of a German adjective opening a name: 'Maritimes',
    'Maritimen', 'Bayerischer' are forms of 'Maritime', 'Bayerische' (the stems end in one
    of [coreference] adjective_stem_endings)."""
    return word_pattern(r"(?<=\p{L}{3}(?:%(coreference.adjective_stem_endings)s))(?:es|en|er|em)$")


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


# A German word's case and adjective endings ('Technischen', 'Bayerisches', 'Ministeriums',
# 'Werken'): cut for comparing the forms of one organisation's name.
GERMAN_INFLECTION = regex.compile(r"(?<=\p{L}{4})(?:en|er|es|em|e|s)$")


def _inflection_key(name: str) -> str:
    """'der Technischen Hochschule Nürnberg' and 'die Technische Hochschule Nürnberg', 'des
    Bayerischen Staatsministeriums für ...' and 'das Bayerische Staatsministerium für ...':
    the name's key with every word's ending cut, the same for each case of a German name."""
    return " ".join(GERMAN_INFLECTION.sub("", word) for word in name_key(name).split())


def merge_inflected_organisations(found: DocumentEntities) -> None:
    """The organisations of a German text whose names differ in their words' case endings
    only are one ('An der Technischen Hochschule Nürnberg ... Die Technische Hochschule
    Nürnberg'); names of two words or more, so that no single word is read as another's."""
    first_of_key: dict[str, Entity] = {}
    for entity in [e for e in found.entities if e.label == ORG]:
        for form in list(entity.forms):
            if " " not in form:
                continue  # (one word: 'Werken', 'Werke' may be two companies' words)
            state = STATE_AFTER.search(form)  # ('Ministerium für X und Y des Landes Z' is also 'des Ministeriums für X und Y')
            keys = [_inflection_key(form)] + ([_inflection_key(form[:state.start()])] if state else [])
            others = [first_of_key.setdefault(key, entity) for key in keys]
            other = next((o for o in others if o is not entity and o in found.entities), None)
            if other is not None:
                found.merge(other, entity)
                break


# A Land's or a canton's genitive closing a ministry's name of three words or more: 'Ministerium
# für Wirtschaft und Arbeit des Landes X' is named without it too.
STATE_AFTER = regex.compile(r"(?<=\S+ \S+ \S+) (?:des|der) (?:Landes|Freistaates|Freistaats|Bundeslandes|Kantons|Region) ")


def _initialled_form(form: str) -> tuple[str, str] | None:
    """'TU Chemnitz' -> ('TU', 'Chemnitz'): a name opening with two to four capitals and
    going on in words; else None."""
    first, _, rest = form.partition(" ")
    if rest and 2 <= len(first) <= 4 and first.isalpha() and first.isupper():
        return first, rest
    return None


def merge_initialled_organisations(found: DocumentEntities) -> None:
    """'TU Chemnitz' beside 'Technische Universität Chemnitz', 'TH Nürnberg' beside 'Technische
    Hochschule Nürnberg': a name whose opening capitals are the initials of another
    organisation's first words, and whose other words are that name's rest, is one of its names."""
    organisations = [e for e in found.entities if e.label == ORG]
    long_forms = {}
    for entity in organisations:
        for form in entity.forms:
            words = form.split(" ")
            for cut in range(2, min(5, len(words))):
                initials = "".join(w[:1] for w in words[:cut])
                if initials.isupper():
                    long_forms.setdefault((initials, " ".join(words[cut:])), entity)
    for entity in organisations:
        for form in list(entity.forms):
            initialled = _initialled_form(form)
            other = long_forms.get(initialled) if initialled else None
            if other is not None and other is not entity and other in found.entities and entity in found.entities:
                found.merge(other, entity)
                break


def _is_suffix(a: str, b: str) -> bool:
    """'Precision Optics & Photonics Cluster' ends 'OPTIRA Precision Optics &
    Photonics Cluster': a name (key) of three or more words ending another is its short form."""
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 3 and long_.endswith(" " + short) \
        and not set(long_[:-len(short)].split()) & lower_words("places.region_modifiers")  # ('Lower Danube ...')


@lru_cache(maxsize=1)
def _apposition() -> regex.Pattern:
    """', das ', ' – ', ' (XC), the ' between a name and its apposition ([coreference] apposition_articles;
    the acronym in capitals: not ' (Belgium), the ', a list's next item)."""
    return word_pattern(r"^(?:(?:[ \t]*\([ \t]*\p{Lu}[\p{Lu}\p{N}&-]{1,9}[ \t]*\))?[ \t]*,[ \t]*"
                        r"(?:%(coreference.apposition_articles)s)[ \t]+|[ \t]+[–-][ \t]+)$")


def _past_closing_acronym(text: str, gap: str, first: Mention, found: DocumentEntities) -> str:
    """The gap after a name's acronym in the parenthesis it closes ('X (XC), the Y Cluster': from
    'XC' on, past its ')'), else the gap as it is; not when the name is a list's item ('..., the
    A Cluster (AC), the B Cluster from Iași and C')."""
    stripped = gap.lstrip(" \t")
    if not stripped.startswith(")") or not ACRONYM_FORM.fullmatch(first.text):
        return gap
    named = next((m for m in found.mentions if m.entity is first.entity and m.end < first.start
                  and text[m.end:first.start].strip() == "("), None)
    return gap if named is None or LIST_ITEM_BEFORE.search(text, max(0, named.start - 12), named.start) else stripped[1:]


LIST_ITEM_BEFORE = regex.compile(r",[ \t]*(?:(?:the|der|die|das)[ \t]+)?$")  # a name after a list's comma


# Between a name and what pairs it with another: its acronym in parentheses, or the close of the
# parenthesis it stands in ('X (XC) – the Y Cluster', 'X (XC), auf Deutsch «Y»'), or nothing.
ACRONYM_CLOSED = r"(?:[ \t]*\([ \t]*\p{Lu}[\p{L}\p{N}&-]{1,9}[ \t]*\)|[ \t]*\))?"


@lru_cache(maxsize=1)
def _dash_or_parenthesis() -> regex.Pattern:
    """'ACICAE - the Basque Automotive Cluster', 'HEGAN (Basque Aerospace Cluster)', 'Klaster X /
    X Cluster', 'Klasteris X – in English the X Cluster', 'Klusteri X (Swedish: Klustret X; English:
    X Cluster)', 'Cluster X (CX), auf Deutsch «Y»': the same cluster, also inside a list of such pairs."""
    return word_pattern(r"^(?:" + ACRONYM_CLOSED + r"[ \t]+[–-][ \t]+(?:(?i:zu[ \t]+|auf[ \t]+)?(?i:%(coreference.language_words)s):?[ \t]+"
                        r"(?:(?i:etwa|sinngemäß|roughly)[ \t]+)?)?"  # ('X – in English the Y', 'X – zu Deutsch etwa Y')
                        r"(?:(?:%(coreference.articles)s)[ \t]+)?[„“\"]?"
                        r"|[ \t]+/[ \t]+"  # 'Vesiklusteri X / X Water Cluster': its name in another language
                        r"|[ \t]*;[ \t]*(?i:%(coreference.language_words)s):?[ \t]+"  # ('(A; English: B)')
                        r"|" + ACRONYM_CLOSED + r"[ \t]*,[ \t]*(?i:auf|in)[ \t]+"
                        r"(?i:%(coreference.language_words)s):?[ \t]+[„“\"«»]?"  # ('X (XC), auf Deutsch «Y»')
                        r"|[ \t]*\([ \t]*(?:[^();\n]{1,80};[ \t]*)?"  # ('X (Swedish: A; English: B)')
                        r"(?:(?i:%(coreference.language_words)s):?[ \t]+)?"
                        r"(?:(?:%(coreference.articles)s)[ \t]+)?)$")  # '(italienisch Cluster X'


# What may close a name in parentheses: ')', its acronym ('(Klaster X, KX)', '(X Cluster – XC)',
# '(X Cluster, XC; in Cyrillic ...)'), its name in another language after a slash ('(X Cluster /
# Klaster X)'), a short name ('(X Cluster, in short XC)') or a lower-case cluster descriptor
# ('(Materials Valley competitiveness cluster)').
CLOSING_PARENTHESIS = regex.compile(r"(?:[ \t]*,[ \t]*(?P<acronym>\p{Lu}[\p{L}\p{N}&-]{1,14})"
                                    r"|[ \t]+[–-][ \t]+(?P<acronym>\p{Lu}[\p{L}\p{N}&-]{1,14}(?:\.\p{Ll}{2,3})?)"  # ('– VelPack.si)')
                                    r"|[ \t]*,[ \t]*(?i:in short|short|kurz)[ \t]+[^();\n]{1,40}?"  # ('(Y Cluster, in short Z)')
                                    r"|[ \t]+/[ \t]+(?P<other>\p{Lu}[^()/;\n]{1,80}?)"
                                    r"|(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2}[ \t]+(?:clusters?|network))?[ \t]*[);]")


@lru_cache(maxsize=1)
def _next_list_item() -> regex.Pattern:
    """After the second name, the next item of a list: 'A, the B Cluster, C and D' is a list (and
    'dem A, dem B und dem slowenischen C': an adjective may open the last)."""
    return word_pattern(
        r"[ \t]*,[ \t]*(?:(?:%(coreference.next_item_conjunctions)s)[ \t]+)?"
        r"(?:(?:%(coreference.next_item_comma_articles)s)[ \t]+)?\p{Lu}|"
        r"[ \t]+(?:%(coreference.next_item_conjunctions)s|&)[ \t]+(?:(?:%(coreference.articles)s)[ \t]+(?:\p{Ll}+[ \t]+)?)?\p{Lu}")


@lru_cache(maxsize=1)
def _comma_and_article() -> regex.Pattern:
    """', der ', ', das ': a comma and an article ([coreference] articles)."""
    return word_pattern(r"[ \t]*,[ \t]*(?:%(coreference.articles)s)[ \t]+")


NEXT_ITEM_REACH = 40  # how far into a list's next item its name may start (characters)


def _next_named_item(text: str, end: int, found: DocumentEntities) -> bool:
    """'der Cluster A, der Cluster B, das Netzwerk C': after the second name a comma, an
    article and a cluster's or body's name make a list, no name and its apposition ('Nordalb,
    das Life Science Cluster der Region, die Projektträgerschaft': a common noun follows)."""
    article = _comma_and_article().match(text, end)
    if article is None:
        return False
    item_end = min(len(text), article.end() + NEXT_ITEM_REACH)
    comma = text.find(",", article.end(), item_end)  # (the item's name after its descriptor:
    item_end = comma if comma != -1 else item_end   # 'der Life-Science-Verbund BioKüste Nord')
    return any(m.label in (CLUSTER, ORG) and article.end() <= m.start < item_end for m in found.mentions)


PARENTHESIS_AFTER = regex.compile(r"[ \t]*\([^()\n]{1,60}\)")


def _past_parenthesis(text: str, end: int) -> int:
    """Where a name's text goes on past the parenthesis right after it ('X (Győr, Hungary)')."""
    parenthesis = PARENTHESIS_AFTER.match(text, end)
    return parenthesis.end() if parenthesis else end


def merge_appositions(text: str, found: DocumentEntities) -> None:
    """'Nordalb, das Life Science Cluster der Region X', 'X – Y', 'X - the Y Cluster' and
    'X (Y Cluster)': one cluster."""
    clusters = sorted((m for m in found.mentions if m.label == CLUSTER), key=lambda m: m.start)
    heads = vocabulary().cluster_heads
    for first, second in zip(clusters, clusters[1:]):
        gap = text[first.end:second.start]
        opens = gap.strip().startswith("(") and ")" not in gap  # (a parenthesis the second name stands in)
        closing = CLOSING_PARENTHESIS.match(text, second.end) if opens else None
        described = has_head(words_of(second.text), heads) or "–" in gap or (
            closing is not None and has_head(words_of(closing.group()), heads)) or (  # '(X competitiveness cluster)'
            closing is not None and closing["acronym"] is not None
            and has_head(words_of(second.text), vocabulary().network_heads))  # 'X (Northern Dairy Network, NDN)'
        paired = _dash_or_parenthesis().match(gap) and (not opens or closing)
        after = _past_parenthesis(text, second.end)  # ('A, the B Cluster (Győr, Hungary), the C Cluster')
        if first.entity is not second.entity and _brand_between_commas(text, first, second) \
                and first.entity in found.entities and second.entity in found.entities:
            found.merge(first.entity, second.entity)
            continue
        if first.entity is not second.entity and described and (
                paired or (_apposition().match(_past_closing_acronym(text, gap, first, found)) and not _next_list_item().match(text, after)
                           and not _next_named_item(text, after, found))) \
                and first.entity in found.entities and second.entity in found.entities:
            found.merge(first.entity, second.entity)
            if paired and closing is not None:
                _merge_closing_name(found, first.entity, closing)


# ', has been', ', wurde': the comma closing a brand's apposition and the word after it.
COMMA_THEN_WORD = regex.compile(r",[ \t]+(?P<word>\p{Ll}+)\b")


def _brand_between_commas(text: str, first: Mention, second: Mention) -> bool:
    """'The Y Cluster of Z, VELMA, has been upgraded': a coined brand between commas right
    after a cluster's name with its head, a verb after it, is the cluster's (in a list a name,
    a brand or 'and' follows: 'the Y Cluster, VELMA, TARSO and ...', 'X, VELMA, tarso und Z')."""
    if text[first.end:second.start] != ", " or not is_coined_word(second.text) \
            or not has_head(words_of(first.text), vocabulary().cluster_heads):
        return False
    after = COMMA_THEN_WORD.match(text, second.end)
    return after is not None and after["word"] not in ("and", "und", "or", "oder", "sowie") \
        and not is_coined_word(after["word"])


def _merge_closing_name(found: DocumentEntities, cluster: Entity, closing) -> None:
    """'X (Y Cluster – XYC)', 'X (Y Cluster / Klaster Y)': the acronym or the other
    language's name that closes a cluster's name in parentheses is one more of its names."""
    group = "acronym" if closing["acronym"] else "other" if closing["other"] else None
    if group is None:
        return
    named = next((m for m in found.starting_at(closing.start(group)) if m.label in (CLUSTER, ORG)), None)
    if named is not None and named.entity is not cluster and not named.entity.fixed_canonical \
            and named.entity in found.entities and cluster in found.entities:
        as_cluster(named.entity)
        found.merge(cluster, named.entity)


@lru_cache(maxsize=1)
def _management_apposition() -> regex.Pattern:
    """', Managementgesellschaft des Life-Science-Clusters ', ', the management company of
    the ', ', Träger und Management des Clusters ': between a body and the cluster it runs."""
    nouns = "|".join(regex.escape(n) for n in sorted(vocabulary().management_nouns, key=len, reverse=True))
    noun = r"(?i:" + nouns + r")"  # (or two coordinated: ', Träger und Management des Clusters ')
    return regex.compile(r"^[ \t]*,[ \t]+(?:(?:die|der|the|a)[ \t]+)?" + noun + r"(?:[ \t]+(?:und|and|&)[ \t]+" + noun + r")?[ \t]+"
                         r"(?:des|der|of the|of|von)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?$")


def merge_management_appositions(text: str, found: DocumentEntities) -> None:
    """'Die Nordalb GmbH, Managementgesellschaft des Clusters Velmora, ...': the body
    that runs a cluster is one of its names (the annotation guidelines merge management
    companies and support associations into their cluster)."""
    mentions = sorted((m for m in found.mentions if m.label in (CLUSTER, ORG)), key=lambda m: m.start)
    for body, cluster in zip(mentions, mentions[1:]):
        if cluster.label == CLUSTER and body.entity is not cluster.entity and not body.entity.fixed_canonical \
                and _management_apposition().match(text[body.end:cluster.start]) \
                and body.entity in found.entities and cluster.entity in found.entities:
            as_cluster(body.entity)
            found.merge(cluster.entity, body.entity)


@lru_cache(maxsize=1)
def _runs_the_cluster() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """', the company that runs the cluster' after a body, 'das Clustermanagement, die '
    before it, and ', the company that has run the ' before a cluster's name ([cluster]
    runs_the_cluster_verbs, runs_the_cluster_objects, cluster_management_before)."""
    runs = r"[ \t]*,[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(?i:%(cluster.runs_the_cluster_verbs)s)[ \t]+"
    after = word_pattern(runs + r"(?i:%(cluster.runs_the_cluster_objects)s)(?![\p{L}-])")
    before = word_pattern(r"(?<![\p{L}-])(?i:%(cluster.cluster_management_before)s)[ \t]*[,:]?[ \t]+"
                          r"(?:(?i:die|der|the)[ \t]+)?$")
    before_name = word_pattern(runs + r"(?:(?i:the|den|das|die)[ \t]+)?")
    return after, before, before_name


def merge_bodies_running_the_cluster(text: str, found: DocumentEntities) -> None:
    """'Havbryn Klynge AS, the company that runs the cluster', 'das Clustermanagement, die
    Saale-Unstrut Photonics Management GmbH': a body said to run the cluster (no name given)
    runs the cluster named last before it, or the one named right after ('X Ltd, the
    company that has run the Y Cluster'); it is one of that cluster's names, as the
    guidelines merge management companies into their cluster."""
    after, before, before_name = _runs_the_cluster()
    last_cluster = None
    clusters_at = {m.start: m.entity for m in found.mentions if m.label == CLUSTER}
    for mention in sorted(found.mentions, key=lambda m: m.start):
        if mention.label not in (CLUSTER, ORG):
            continue
        body = mention.entity  # (a body named like a cluster too: 'Havbryn Klynge AS')
        runs = before_name.match(text, mention.end)
        named = clusters_at.get(runs.end()) if runs else None
        if named is not None and named is not body and not body.fixed_canonical \
                and body in found.entities and named in found.entities:
            as_cluster(body)  # 'X Ltd, the company that has run the Y Cluster (YC) since 2013'
            found.merge(named, body)
            continue
        if last_cluster is not None and body is not last_cluster and not body.fixed_canonical \
                and (after.match(text, mention.end) or before.search(text, max(0, mention.start - 60), mention.start)) \
                and body in found.entities and last_cluster in found.entities:
            as_cluster(body)
            found.merge(last_cluster, body)
        elif mention.label == CLUSTER:
            last_cluster = body


@lru_cache(maxsize=1)
def _brand_introducer() -> regex.Pattern:
    """'unter der Marke ', 'known as „', 'zu Deutsch etwa „', 'hierzulande meist schlicht „' before a
    name ([cluster] brand_introducers)."""
    return word_pattern(r"(?<![\p{L}-])(?i:%(cluster.brand_introducers)s)(?:[ \t]+(?i:etwa|roughly|schlicht|einfach))?[ \t]+[„“\"'«]?")


@lru_cache(maxsize=1)
def _brand_phrases() -> tuple[str, ...]:
    return tuple(p.casefold() for p in vocabulary().word_lists["cluster.brand_introducers"])


# A truncated compound and its conjunction before a name ('Glas- und Keramikcluster X'): the name
# read starts after them.
TRUNCATED_COMPOUND = regex.compile(r"(?:\p{Lu}\p{L}*-[ \t]+(?:und|oder|&)[ \t]+)?")
BRAND_REACH = 80  # the furthest a brand stands from the cluster it names (characters)
POSSESSIVE_INTRODUCERS = ("its", "sein", "ihr")  # 'Its full name, the X': the cluster named last


def merge_brand_names(text: str, found: DocumentEntities, chunks: list[Chunk]) -> None:
    """'das Management des Gesundheitsclusters X, das unter der Marke Y auftritt', 'the
    Velmora Cluster, known as Y': Y (a mention, or a name chunk no rule classified) is one
    of the cluster's names."""
    lowered = text.casefold()
    if not any(phrase in lowered for phrase in _brand_phrases()):
        return  # (a plain substring test first: most documents have none)
    clusters_last_first = sorted((m for m in found.mentions if m.label == CLUSTER), key=lambda m: -m.end)
    for introducer in finditer_at_words(_brand_introducer(), text, vocabulary().word_lists["cluster.brand_introducers"]):
        at = introducer.end()
        at += len(TRUNCATED_COMPOUND.match(text, at)[0])  # ('als Glas- und Keramikcluster X bekannt')
        cluster = next((m.entity for m in clusters_last_first
                        if m.end <= introducer.start() and introducer.start() - m.end <= BRAND_REACH
                        and "." not in text[m.end:introducer.start()]), None)
        if cluster is None and (_cluster_anaphor_before().search(text, max(0, introducer.start() - BRAND_REACH),
                                                                introducer.start())
                                or introducer.group().split(" ", 1)[0].casefold() in POSSESSIVE_INTRODUCERS):
            cluster = next((m.entity for m in clusters_last_first if m.end <= introducer.start()), None)
            # ('The cluster – in Polish X –': the cluster named last)
        if cluster is None or cluster not in found.entities:
            continue
        named = next((m for m in found.starting_at(at) if m.label in (CLUSTER, ORG)), None)
        if named is not None and named.entity is not cluster and not named.entity.fixed_canonical \
                and named.entity in found.entities:
            as_cluster(named.entity)
            found.merge(cluster, named.entity)
            continue
        end = next((c.end for c in chunks if c.start <= at < c.end), None)  # ('Marke X': the chunk's rest)
        if named is None and end is not None and not found.covered(at, end):
            found.add(Mention(at, end, text[at:end], CLUSTER, "coreference"), entity=cluster)


@lru_cache(maxsize=1)
def _cluster_anaphor_before() -> regex.Pattern:
    """'The cluster – ', 'das Netzwerk, ', 'Das Netzwerk aus Potenza, das ' opening the sentence
    before a brand introducer, or 'der Verbund, der ' anywhere right before it: the cluster
    named last before ([coreference] articles, then a cluster or network head, perhaps its
    place and a relative pronoun)."""
    return word_pattern(r"(?:(?:^|[.!?:\n][ \t]*)(?i:%(coreference.articles)s)[ \t]+"
                        r"(?i:cluster|klaster|network|netzwerk|netz)"
                        r"(?:[ \t]+(?:aus|in|from)[ \t]+\p{Lu}[\p{L}-]*,[ \t]*(?:das|der|die|which|that)[ \t]+)?"
                        r"[ \t]*(?:[–—,(-][ \t]*)?"
                        r"|(?<![\p{L}-])(?:der|das|die|the)[ \t]+(?i:cluster|klaster|network|netzwerk|verbund),[ \t]*"
                        r"(?:der|das|die|which|that)[ \t]+(?:(?:is|was)[ \t]+)?)$")


@lru_cache(maxsize=1)
def _managed_by() -> tuple[regex.Pattern, regex.Pattern]:
    """' is managed by the ', ' wird von der ' between a cluster and the body running it; and
    ' gemanagt' after the body ([cluster] managed_by, managed_by_participles)."""
    return (word_pattern(r"^[ \t]*(?i:%(cluster.managed_by)s)[ \t]+(?:(?i:the)[ \t]+)?$"),
            word_pattern(r"[ \t]+(?i:%(cluster.managed_by_participles)s)\b"))


def merge_managed_by(text: str, found: DocumentEntities) -> None:
    """'Der Velmora Textil-Cluster wird von der Textil-Netzwerk Velmora GmbH
    gemanagt', 'X is managed by Y AS': the body that runs a cluster is one of its names,
    when the two share a proper word (a German clause needs its participle after the body)."""
    between, participle = _managed_by()
    mentions = sorted((m for m in found.mentions if m.label in (CLUSTER, ORG)), key=lambda m: m.start)
    for cluster, body in zip(mentions, mentions[1:]):
        gap = between.match(text[cluster.end:body.start])
        if cluster.label != CLUSTER or gap is None or body.entity is cluster.entity \
                or body.entity.fixed_canonical or body.entity not in found.entities \
                or cluster.entity not in found.entities:
            continue
        if gap[0].strip().casefold().startswith(("wird", "werden")) and not participle.match(text, body.end):
            continue
        if _proper_words(cluster.text) & _proper_words(body.text):
            as_cluster(body.entity)
            found.merge(cluster.entity, body.entity)
    _merge_fronted_managed_by(text, found)


@lru_cache(maxsize=1)
def _fronted_managed_by() -> regex.Pattern:
    """'Getragen wird der Cluster vom ', 'Betrieben wird er von der ' opening a sentence:
    the participle fronted, the body after it ([cluster] managed_by_participles)."""
    return word_pattern(r"(?:^|[.!?:][ \t]+|\n[ \t]*)(?i:%(cluster.managed_by_participles)s)[ \t]+(?:wird|werden)[ \t]+"
                        r"(?:er|sie|es|(?:der|das|die)[ \t]+(?i:cluster|netzwerk|verbund|klaster|klastr))[ \t]+"
                        r"(?:von[ \t]+(?:der|dem|einer|einem)|vom)[ \t]+")


FRONTED_REACH = 400  # how far before a fronted 'Getragen wird er von' its cluster may stand (characters)


def _merge_fronted_managed_by(text: str, found: DocumentEntities) -> None:
    """'X ... Getragen wird der Cluster vom Verein X, z.s.': the body a sentence with a fronted
    participle names (its first name within a few words) runs a cluster named shortly before
    with a proper word of its own, and is one of its names."""
    if " wird " not in text and " werden " not in text:
        return
    mentions = sorted(found.mentions, key=lambda m: m.start)
    for clause in _fronted_managed_by().finditer(text):
        body = next((m for m in mentions if clause.end() <= m.start <= clause.end() + 30 and m.label in (CLUSTER, ORG)
                     and not regex.search(r"[.,;:!?\n]", text[clause.end():m.start])), None)
        if body is None or body.entity.fixed_canonical:
            continue
        body_words = _proper_words(body.text)
        cluster = next((m.entity for m in reversed(mentions) if m.label == CLUSTER
                        and clause.start() - FRONTED_REACH <= m.start and m.end <= clause.start()
                        and _proper_words(m.text) & body_words), None)
        if cluster is not None and cluster is not body.entity and cluster in found.entities \
                and body.entity in found.entities:
            as_cluster(body.entity)
            found.merge(cluster, body.entity)


@lru_cache(maxsize=1)
def _management_field() -> regex.Pattern:
    """'Management: ', 'Legal entity: ' opening a line of a profile or directory entry
    ([cluster] management_fields)."""
    return word_pattern(r"(?:^|\n)[ \t]*(?i:%(cluster.management_fields)s)[ \t]*:[ \t]*")


def merge_management_fields(text: str, found: DocumentEntities) -> None:
    """'Chemie-Cluster X⏎Management: ChemNet X GmbH': the body a profile or directory entry
    names as its management or legal entity is one of the entry's cluster's names."""
    if ":" not in text:
        return
    for field in matches_from(_management_field(), text, line_starts_holding(text, ":", at_break=True)):
        body = next((m for m in found.starting_at(field.end()) if m.label == ORG), None)
        if body is None or body.entity.fixed_canonical:
            continue
        cluster = entry_heading(found, text, field.start() + (text[field.start()] == "\n"))
        if cluster is not None and cluster.label == CLUSTER and cluster is not body.entity \
                and cluster in found.entities and body.entity in found.entities:
            as_cluster(body.entity)
            found.merge(cluster, body.entity)


# 'Velmorski Klaster Wodny | Velmoran Water Cluster', 'VELMA · Clúster de X': a line of
# two names and a bar, a middle dot or a slash between them, a page's or letterhead's header.
PAIRED_HEADER = regex.compile(r"(?m)^[ \t]*(?P<left>\p{Lu}[^|·/\n]{2,80}?)[ \t]+[|·/][ \t]+(?P<right>\p{Lu}[^|·/\n]{2,80}?)[ \t]*$")
# 'TEXTIA – Slovenian Technical Textiles Cluster': a line of one word, a spaced dash and a name.
DASHED_HEADER = regex.compile(r"(?m)^[ \t]*(?P<left>\p{Lu}[\p{L}\p{N}&-]{1,30})[ \t]+[–—][ \t]+"
                              r"(?P<right>\p{Lu}[^|·/\n–—]{2,80}?)[ \t]*$")


def merge_paired_header_names(text: str, found: DocumentEntities) -> None:
    """A line that holds only two names of clusters, or a cluster's name and a coined brand,
    with a bar, a middle dot or a slash between them (PAIRED_HEADER; a dash after a brand,
    DASHED_HEADER), names one cluster twice:
    in its own language and in English, or by its brand and its name; so do the text's first
    two lines (_merge_letterhead_pair). Two names with the same head ('Velm Cluster | Tarso
    Cluster') are two clusters of a menu."""
    if "|" in text or "·" in text or " / " in text or "–" in text or "—" in text:
        _merge_paired_lines(text, found)
    _merge_letterhead_pair(text, found)


def _merge_paired_lines(text: str, found: DocumentEntities) -> None:
    """Each PAIRED_HEADER line (and DASHED_HEADER line): its two names are one cluster's, and a
    coined brand beside a cluster's name is another of its names."""
    for line in itertools.chain(PAIRED_HEADER.finditer(text), DASHED_HEADER.finditer(text)):
        left, right = (_whole_mention(found, line.start(part), line.end(part)) for part in ("left", "right"))
        for named, part in ((left, "right"), (right, "left")):
            brand_start, brand_end = line.span(part)
            if named is not None and named.label == CLUSTER and is_coined_word(line[part]) \
                    and not found.covered(brand_start, brand_end):  # ('VELMA · Clúster de X': the brand read nowhere else)
                found.add(Mention(brand_start, brand_end, line[part], CLUSTER, "coreference"), entity=named.entity)
        if left is None or right is None or left.entity is right.entity or CLUSTER not in (left.label, right.label) \
                or left.entity.fixed_canonical or right.entity.fixed_canonical:
            continue
        _merge_two_names(found, left, right)


def _merge_two_names(found: DocumentEntities, left: Mention, right: Mention) -> None:
    """Merge two names a header pairs, unless they share a head ('Velm Cluster | Tarso Cluster':
    two clusters of a menu) or one is neither a cluster's name nor a coined brand."""
    heads = [{w for w in m.text.casefold().split() if w in vocabulary().cluster_heads} for m in (left, right)]
    if heads[0] & heads[1] or not (all(heads) or any(not h and is_coined_word(m.text) for h, m in zip(heads, (left, right)))):
        return
    if left.entity in found.entities and right.entity in found.entities:
        keep, other = (left, right) if left.label == CLUSTER else (right, left)
        as_cluster(other.entity)
        found.merge(keep.entity, other.entity)


def _merge_letterhead_pair(text: str, found: DocumentEntities) -> None:
    """'Dél-Velmorai Élelmiszeripari Klaszter⏎South Velmora Food Industry Cluster – BRAND': the
    text's first two lines, each opening with a cluster's name that fills the first of them, are
    a letterhead naming one cluster in two languages; so is a first line of two names of one
    cluster ('VELMA · Clúster Velmoreño de X⏎Velmoran X Cluster'), or a second line in
    parentheses."""
    lines = [(m.start(), m.end()) for m in regex.finditer(r"(?m)^[ \t]*\S[^\n]*", text[:400])][:2]
    if len(lines) < 2:
        return
    first = _whole_mention(found, *lines[0]) or _paired_line_name(text, found, *lines[0])
    second_start = lines[1][0] + (text[lines[1][0]] == "(")  # ('(Velmoran Water Cluster)')
    second = next((m for m in found.starting_at(second_start) if m.label == CLUSTER), None)
    if first is not None and second is not None and first.label == CLUSTER and first.entity is not second.entity \
            and not first.entity.fixed_canonical and not second.entity.fixed_canonical:
        _merge_two_names(found, first, second)


def _paired_line_name(text: str, found: DocumentEntities, start: int, end: int) -> Mention | None:
    """The last name of a line in [start, end) that holds only names of one cluster and the
    marks between them ('VELMA · Clúster Velmoreño de X', 'VELMAR – Velmarský klastr robotiky',
    merged before by the pair and dash rules), else None."""
    names = sorted((m for s, _ in found.overlapping(start, end) for m in found.starting_at(s)
                    if m.label in (CLUSTER, ORG) and start <= m.start and m.end <= end), key=lambda m: m.start)
    if len(names) < 2 or len({id(m.entity) for m in names}) != 1 or names[-1].end != end:
        return None
    gaps = [text[start:names[0].start]] + [text[a.end:b.start] for a, b in zip(names, names[1:])]
    return names[-1] if all(LINE_NAME_GAP.fullmatch(gap) for gap in gaps) else None


# What stands between two names of one cluster in a header line: spaces and one mark.
LINE_NAME_GAP = regex.compile(r"[ \t]*(?:[|·/–—-][ \t]*)?")


def _whole_mention(found: DocumentEntities, start: int, end: int) -> Mention | None:
    """The cluster or organisation mention that spans exactly [start, end), if any."""
    return next((m for m in found.starting_at(start) if m.end == end and m.label in (CLUSTER, ORG)), None)


def merge_title_descriptions(found: DocumentEntities) -> None:
    """'Velmischer Kunststoffcluster zum dritten Mal mit Gold ausgezeichnet', 'Slowenien:
    Composite-Cluster aus dem Velmtal steigt auf Silber auf' above a report that names the
    cluster in its own language: a cluster named once, in the title, by common words and a
    place's adjective only (or, in a headline in capitals, by a place and common words: 'SWANSEA
    COATINGS NETWORK STEPS UP TO SILVER'), is the release's cluster described (the one
    mentioned most)."""
    clusters = [e for e in found.entities if e.label == CLUSTER]
    main = main_cluster(clusters)
    if main is None:
        return
    for entity in clusters:
        if entity is not main and not entity.fixed_canonical and len(entity.mentions) == 1 \
                and entity.mentions[0].start < TITLE_CHARS and _described_by_common_words(entity.mentions[0].text):
            found.merge(main, entity)


def _described_by_common_words(name: str) -> bool:
    """'Velmischer Kunststoffcluster', 'Composite-Cluster', 'Energiecluster': a compound of a
    common German or English word and a cluster's head, perhaps after adjectives of places;
    no coined word, place or acronym ('Velmora Cluster', 'Energiecluster Oberlausitz')."""
    if name.isupper():  # 'SWANSEA COATINGS NETWORK STEPS UP TO SILVER': a headline's place, field and head
        *described, head = name.split(" ")
        return bool(described) and head.casefold() in cluster_and_network_heads() and all(
            is_place_name(w) or not is_rare_word(w.casefold(), "en") for w in described)
    *adjectives, last = name.split(" ")
    stem = last[:-len("cluster")].rstrip("-") if last.casefold().endswith("cluster") else ""
    word = stem[:-1] if stem.endswith("s") and len(stem) > 4 else stem  # (a linking s: 'Präzisionscluster')
    return bool(stem) and stem[:1].isupper() and stem[1:].islower() and not is_place_name(stem) \
        and any(is_common_word_or_compound(w) or not is_rare_word(w.casefold(), "en") for w in {stem, word}) \
        and all(place_adjective(w) or ADJECTIVE_OF_PLACE.fullmatch(w) for w in adjectives)


# 'Velmischer', 'Rumänischer', 'Kärntner': a German adjective of a region or country; or of a
# town whose name ends as German place names do ('Velmenberger', 'Tarsdorfer', 'Lothringer').
ADJECTIVE_OF_PLACE = regex.compile(r"\p{Lu}\p{Ll}+(?:isch(?:er|es|e|en)|[nl]er|(?:berg|burg|dorf|stadt|städt|heim|hausen"
                                   r"|feld|tal|thal|ing|bach|furt|hafen|see|wald|walde|hof|rode|leben|münde|brück)er)")


def _proper_words(name: str) -> set[str]:
    """The coined words of a name ('velmora' of 'Velmora Textil-Cluster')."""
    return {w for w in name_key(name).split() if is_rare_word(w, "de")}


def _bare_compound(entity: Entity) -> str:
    """The key of a cluster named only by a one-word compound ('Agrartechnik-Clusters',
    genitive s dropped), or ''."""
    forms = [f for f in entity.forms if f != entity.acronym]
    heads = vocabulary().cluster_heads
    if len(forms) != 1 or " " in forms[0] or not compound_head(forms[0], heads):
        return ""
    word = forms[0]
    genitive = word.endswith("s") and compound_head(word[:-1], heads)
    return name_key(word[:-1] if genitive else word)


def _merge_generic_compounds(clusters: list[Entity], found: DocumentEntities) -> None:
    """'der Medizintechnik-Cluster', 'die Umwelttechnik-Clusterorganisation': a common word
    and a cluster head, no name, refer to the cluster the release is about (the one named
    most often), not to a cluster of that name."""
    main = main_cluster(clusters)
    if main is None:
        return
    heads = vocabulary().cluster_heads
    for entity in clusters:
        if entity is main or not _bare_compound(entity):
            continue
        form = next(f for f in entity.forms if f != entity.acronym)
        stem, _, head = form.rpartition("-")
        head = genitive_head_stem(head, compounds=False) or head
        if stem and head.casefold() in heads and "-" not in stem and not stem.isupper() \
                and is_common_word_or_compound(stem):
            found.merge(main, entity)


def _starts_with(entity: Entity, key: str) -> bool:
    return any(name_key(f).startswith(key + " ") for f in entity.forms)


def _merge_misspellings(clusters: list[Entity], found: DocumentEntities) -> None:
    """'Cluster Velmra Knowledge City' beside 'Cluster Velmora Knowledge City': names of three
    or more words that differ in one word (of five letters or more in its longer form) by one
    letter (left out, added or changed) are one cluster misspelt once; the more frequent form
    stays."""
    by_length: dict[int, list[Entity]] = {}
    for entity in clusters:
        by_length.setdefault(len(entity.canonical.split()), []).append(entity)
    for group in (g for n, g in by_length.items() if n >= 3 and len(g) > 1):
        for first, second in itertools.combinations(group, 2):
            if first in found.entities and second in found.entities and _one_letter_apart(first.canonical, second.canonical):
                keep, drop = (first, second) if len(first.mentions) >= len(second.mentions) else (second, first)
                found.merge(keep, drop)


def _one_letter_apart(left: str, right: str) -> bool:
    """Two names whose words are the same but one, which differs by one letter and has five or more."""
    pairs = [(a, b) for a, b in zip(left.split(), right.split()) if a != b]
    if len(pairs) != 1:
        return False
    a, b = pairs[0]
    if min(len(a), len(b)) < 4 or max(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def merge_cluster_variants(found: DocumentEntities) -> None:
    """'Fjord Marine Technology Cluster' and 'Fjord Marine Technology' are one cluster: merge
    clusters (and organisations the text also uses as a cluster) that share a key."""
    clusters = [e for e in found.entities if e.label == CLUSTER]
    merged: set[int] = set()  # ids of the entities merged away (a set: a long list names thousands)
    for i, j in _variant_pairs(clusters):
        found.merge(clusters[i], clusters[j])
        merged.add(id(clusters[j]))
    merged |= _merge_word_subsets([e for e in clusters if id(e) not in merged], found)
    for short in [e for e in clusters if id(e) not in merged and _bare_compound(e)]:
        longer = [e for e in found.entities if e.label == CLUSTER and e is not short
                  and _starts_with(e, _bare_compound(short))]
        if len(longer) == 1:
            found.merge(longer[0], short)  # 'des Agrartechnik-Clusters' -> 'Agrartechnik-Cluster X'
    _merge_generic_compounds([e for e in found.entities if e.label == CLUSTER], found)
    coined_by_part: dict[str, list[Entity]] = {}  # 'Havn' -> the clusters coined with it
    for entity in [e for e in found.entities if e.label == CLUSTER]:
        for part in {p for f in entity.forms for p in _camel_parts(f)}:
            coined_by_part.setdefault(part, []).append(entity)
    for short in [e for e in found.entities if e.label == CLUSTER and _one_plain_word(e)]:
        coined = [e for e in coined_by_part.get(short.canonical, []) if e is not short and e in found.entities]
        if len(coined) == 1:
            found.merge(coined[0], short)  # 'the Havn cluster' -> 'NordHavn'
    _merge_first_words([e for e in found.entities if e.label == CLUSTER], found)
    _merge_last_brand_words([e for e in found.entities if e.label == CLUSTER], found)
    _merge_initials([e for e in found.entities if e.label == CLUSTER], found)
    _merge_clipped_compounds([e for e in found.entities if e.label == CLUSTER], found)
    _merge_place_adjectives([e for e in found.entities if e.label == CLUSTER], found)
    _merge_adjective_fronted_forms([e for e in found.entities if e.label == CLUSTER], found)
    _merge_adjective_anaphors([e for e in found.entities if e.label == CLUSTER], found)
    _merge_programme_level_brands([e for e in found.entities if e.label == CLUSTER], found)
    _merge_support_association([e for e in found.entities if e.label == CLUSTER], found)
    _merge_misspellings([e for e in found.entities if e.label == CLUSTER], found)
    # (the clusters listed once: merging an organisation into one removes only the organisation)
    clusters_now = [e for e in found.entities if e.label == CLUSTER]
    for org in [e for e in found.entities if e.label == ORG and not e.fixed_canonical]:
        cluster = _cluster_behind(org, clusters_now)
        if cluster is not None:
            as_cluster(org)  # its mentions are the cluster's now, labels and all
            found.merge(cluster, org)
    _merge_first_words([e for e in found.entities if e.label == CLUSTER], found)  # ('HZN' of the 'HZN X e.V.' merged)


def _variant_pairs(clusters: list[Entity]):
    """(i, j), i < j, in order: clusters[j] shares a key with clusters[i] or one name ends
    the other (`_is_suffix`), the later merged into the earlier. Each earlier cluster keeps
    the keys it had when its turn came and its name as it grows; a later one has absorbed
    nothing yet. Only clusters sharing a key, or with names of three or more words, are
    compared: a long list of one-word names is not compared pair by pair."""
    keys = [cluster_keys(e) for e in clusters]
    names = [name_key(e.best_name()) for e in clusters]
    by_key: dict[str, list[int]] = {}
    for j, entity_keys in enumerate(keys):
        for key in entity_keys:
            by_key.setdefault(key, []).append(j)
    long_names = [j for j, name in enumerate(names) if len(name.split()) >= 3]  # (a suffix has 3+ words)
    merged: set[int] = set()
    for i, entity in enumerate(clusters):
        if i in merged:
            continue
        entity_keys, name = cluster_keys(entity), name_key(entity.best_name())
        candidates = sorted({j for key in entity_keys for j in by_key.get(key, ()) if j > i}
                            | {j for j in long_names if j > i})
        for j in candidates:
            if j not in merged and (entity_keys & keys[j] or _is_suffix(name, names[j])):
                merged.add(j)
                yield i, j
                name = name_key(entity.best_name())


def _merge_word_subsets(clusters: list[Entity], found: DocumentEntities) -> set[int]:
    """A cluster whose name's words (two or more, a cluster or network word and a proper
    one) all stand in one longer cluster name of the text, in any order, is that cluster:
    'Cluster Robotik' in 'Robotik-Cluster Velden', 'Meerestechnik-Netzwerk' in 'Netzwerk
    Meerestechnik Schleswig-Holstein',
    'Softwarecluster X' in 'SXC Softwarecluster X GmbH'. The longer names are looked up by word, not
    tried one by one against every short one. Returns the ids of the clusters merged away."""
    vocab = vocabulary()
    words = {id(e): _name_words(e) for e in clusters}
    by_word: dict[str, list[Entity]] = {}
    for entity in clusters:
        for word in words[id(entity)]:
            by_word.setdefault(word, []).append(entity)
    merged: set[int] = set()
    for short in clusters:
        short_words = words[id(short)]
        if id(short) in merged or len(short_words) < 2 or len(short.forms) > 2 \
                or not any(w in vocab.cluster_heads or w in vocab.network_heads
                           or compound_head(w, vocab.cluster_heads) for w in short_words) \
                or all(w in vocab.cluster_heads or w in vocab.generic_adjectives for w in short_words):
            continue
        rarest = min((by_word[w] for w in short_words), key=len)
        longer = [e for e in rarest if e is not short and id(e) not in merged and short_words < _name_words(e)]
        if len(longer) == 1:
            found.merge(longer[0], short)
            merged.add(id(short))
    return merged


def _name_words(entity: Entity) -> set[str]:
    """The words of an entity's names, a head in the genitive in the nominative ('Clusters KI'
    has the words of 'Cluster KI')."""
    return {genitive_head_stem(w, compounds=False) or w for f in entity.forms for w in name_key(f).split()}


def _merge_first_words(clusters: list[Entity], found: DocumentEntities) -> None:
    """'Gold für Velmora' ... 'Der Velmora Medizintechnik e.V.': a one-word cluster that
    opens the name of exactly one other cluster of the text is its short form."""
    by_first: dict[str, list[Entity]] = {}
    for entity in clusters:
        for first in {f.split(" ")[0].casefold() for f in entity.forms if " " in f}:
            by_first.setdefault(first, []).append(entity)
    for short in [e for e in clusters if all(" " not in f for f in e.forms)]:
        longer = [e for e in by_first.get(_brand_before_head(short.canonical).casefold(), []) if e is not short]
        if len(longer) == 1 and longer[0] in found.entities and short in found.entities:
            found.merge(longer[0], short)


def _brand_before_head(word: str) -> str:
    """'QuantSense-Clusters' -> 'QuantSense': the brand a one-word name joins to a cluster
    or network head ('des QuantSense-Clusters' is QuantSense Oberlausitz); else the word."""
    brand, _, head = word.rpartition("-")
    heads = cluster_and_network_heads()
    if brand and (head.casefold() in heads or genitive_head_stem(head, compounds=False)):
        return brand
    return word


BRAND_SHAPE = regex.compile(r"\p{Lu}[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*|\p{Lu}[\p{Lu}\p{N}]{2,}")


def _merge_last_brand_words(clusters: list[Entity], found: DocumentEntities) -> None:
    """'MazoTech' ... 'Mazowiecki Klaster ICT MazoTech', 'AQUAVITA' ... 'Future Cluster
    AQUAVITA': a one-word brand (camel case or capitals) that ends the name of exactly one
    other cluster of the text is its short form."""
    by_last: dict[str, list[Entity]] = {}
    for entity in clusters:
        for last in {f.rsplit(" ", 1)[-1] for f in entity.forms if " " in f}:
            by_last.setdefault(last, []).append(entity)
    for short in [e for e in clusters if len(e.forms) and all(" " not in f for f in e.forms)]:
        brand = _brand_before_head(short.canonical)  # ('H2Baltica-Cluster' ... 'Klaster Wodorowy H2Baltica')
        if not BRAND_SHAPE.fullmatch(brand):
            continue
        longer = [e for e in by_last.get(brand, []) if e is not short]
        if len(longer) == 1 and longer[0] in found.entities and short in found.entities:
            found.merge(longer[0], short)


# The shortest piece of a word a clipped compound takes: one letter ('C' of 'Cluster' in
# 'NePhoC'), as long as one piece has CLIPPED_SYLLABLE letters or more ('Bio' of 'Bioregion').
CLIPPED_PIECE = 1
CLIPPED_SYLLABLE = 2
# The most clusters a page may name for its one-word names to be read as clipped compounds
# of the others (the releases hold at most 15; a directory of 3,000 took 80 s).
CLIPPED_MAX_CLUSTERS = 100

NAME_WORDS = regex.compile(r"\p{L}+")


def _merge_into_the_one(found: DocumentEntities, short: Entity, named: list[Entity]) -> None:
    """Merge `short` into the cluster `named` holds, when it holds exactly one (two
    candidates leave the short name alone: it may be either)."""
    if len({id(e) for e in named}) == 1 and short in found.entities and named[0] in found.entities:
        found.merge(named[0], short)


def _merge_clipped_compounds(clusters: list[Entity], found: DocumentEntities) -> None:
    """'BioHavel' is the 'Bioregion Havelland', 'MedWest' the 'Medizintechnik-Netzwerk
    Westfalen': a one-word name made of the openings of two or more words of exactly one
    other cluster's name, in their order, is its short form (a clipped compound, as
    brands are coined from long names). Not on a page of more than CLIPPED_MAX_CLUSTERS
    clusters: a directory writes each name out, and the test of every pair is quadratic."""
    if len(clusters) > CLIPPED_MAX_CLUSTERS:
        return
    long_forms = [(e, [w.casefold() for w in NAME_WORDS.findall(f)]) for e in clusters
                  for f in e.forms if " " in f or "-" in f]
    for short in clusters:
        cores = [_core_words(f) for f in short.forms]
        if any(len(core) != 1 for core in cores) or not any(c.islower() for f in short.forms for c in f):
            continue  # (a name of several words, or an acronym: _merge_initials reads those)
        words = {core[0].replace("-", "") for core in cores}
        _merge_into_the_one(found, short, [e for e, long_words in long_forms if e is not short
                                           and any(len(w) >= 4 and _clipped_from(w, long_words) for w in words)])


def _merge_programme_level_brands(clusters: list[Entity], found: DocumentEntities) -> None:
    """'NCE AquaRobotics' is the 'Vestland AquaRobotics Cluster': a cluster named by a national
    programme's level ([coreference] programme_levels) and a brand (one word or several) that
    is a word or a run of words of exactly one other cluster's name is that cluster ('NCE
    Vestby Aqua' is the 'Vestby Aqua Cluster')."""
    levels = sorted(vocabulary().word_lists["coreference.programme_levels"], key=len, reverse=True)
    for short in clusters:
        key = name_key(short.best_name())
        level = next((lv for lv in levels if key.startswith(lv + " ")), None)
        brand = key[len(level) + 1:] if level else ""
        if not brand or short not in found.entities:
            continue
        _merge_into_the_one(found, short, [e for e in clusters if e is not short and any(
            f" {brand} " in f" {name_key(f)} " and name_key(f) != key for f in e.forms)])


# How many letters a place's adjective and the place's name share at least ('Mazovia-n').
ADJECTIVE_STEM = 5


def _merge_place_adjectives(clusters: list[Entity], found: DocumentEntities) -> None:
    """'the Mazovian cluster' is the 'Mazovia Bioenergy Cluster', 'der Thüringer Cluster' the
    'Photonik-Netzwerk Thüringen': a cluster named by one word that shares all but its
    ending (at most three letters) with a word of exactly one other cluster's name is that
    cluster, named by its place's adjective."""
    for short in clusters:
        if len(short.forms) != 1 or short not in found.entities:
            continue
        word = name_key(next(iter(short.forms)))
        if " " in word or len(word) < ADJECTIVE_STEM + 1:
            continue
        _merge_into_the_one(found, short, [e for e in clusters if e is not short and _names_the_place(e, word)])


def _merge_adjective_fronted_forms(clusters: list[Entity], found: DocumentEntities) -> None:
    """'Lausitzer Energiespeicher-Cluster' is the 'Energiespeicher-Cluster Lausitz': a name
    opening with a place's adjective in -er, the rest of it the whole of another cluster's
    name but for that place at its end, is that cluster's (a headline writes the place in
    front)."""
    by_key = {name_key(f): e for e in clusters for f in e.forms}
    for fronted in clusters:
        for form in list(fronted.forms):
            other = by_key.get(name_key(place_at_end(form) or ""))
            if other is not None and other is not fronted:
                _merge_into_the_one(found, fronted, [other])
                break


def _names_the_place(entity: Entity, adjective: str) -> bool:
    """Whether a word of the entity's names shares all but the ending (at most three
    letters) of the place's adjective `adjective` (a name key): 'mazovia' of 'mazovian'."""
    stem = adjective[:max(ADJECTIVE_STEM, len(adjective) - 3)]
    return any(w != adjective and w.startswith(stem) for f in entity.forms for w in name_key(f).replace("-", " ").split())


# A place's or nation's adjective ('Aragonese', 'Mazovian', 'Danish', 'Thüringer').
ADJECTIVE_SHAPE = regex.compile(r"\p{Lu}\p{Ll}+(?:ese|ian|ean|ish|er)")
# How far back the cluster an adjective's anaphor refers to may be named (characters).
ANAPHOR_REACH = 400


def _merge_adjective_anaphors(clusters: list[Entity], found: DocumentEntities) -> None:
    """'For the Ebro AgriTech Cluster the award is a step up. The Aragonese cluster, founded in
    2009, ...': a cluster named by a place's adjective alone that names no other cluster
    (_merge_place_adjectives) is the cluster named last before it, close by."""
    mentions = sorted((m for m in found.mentions if m.label == CLUSTER), key=lambda m: m.start)
    for short in clusters:
        if len(short.forms) != 1 or short not in found.entities \
                or not ADJECTIVE_SHAPE.fullmatch(next(iter(short.forms))):
            continue
        word = name_key(next(iter(short.forms)))
        if any(_names_the_place(e, word) for e in clusters if e is not short):
            continue  # (the place's own cluster, named elsewhere: _merge_place_adjectives)
        first = min(m.start for m in short.mentions)
        before = [m for m in mentions if m.end <= first and m.entity is not short and first - m.end <= ANAPHOR_REACH]
        if before and before[-1].entity in found.entities:
            found.merge(before[-1].entity, short)


def _core_words(form: str) -> list[str]:
    """The words of a name without legal form and the words of the body around a cluster
    ('Trägerverein BioHavel e.V.' -> ['biohavel'])."""
    words = name_key(form).split()
    while len(words) > 1 and words[0] in wrapper_before():
        words = words[1:]
    while len(words) > 1 and words[-1] in _wrapper_after_words():
        words = words[:-1]
    return words


def _clipped_from(short: str, words: list[str], first: int = 0, pieces: int = 0, syllable: bool = False) -> bool:
    """Whether `short` is the openings of two or more of words[first:], in their order, one
    of them a syllable ('biohavel': 'bio' + 'havel' of 'bioregion havelland'; 'nephoc':
    'ne' + 'pho' + 'c' of 'nemunas photonics cluster'), not the initials alone."""
    if not short:
        return pieces >= 2 and syllable
    for index in range(first, len(words)):
        word = words[index]
        for length in range(min(len(word), len(short)), CLIPPED_PIECE - 1, -1):
            if word[:length] == short[:length] and _clipped_from(
                    short[length:], words, index + 1, pieces + 1, syllable or length >= CLIPPED_SYLLABLE):
                return True
    return False


def _one_plain_word(entity: Entity) -> bool:
    return all(" " not in f and f[:1].isupper() and f[1:].islower() for f in entity.forms)


def _camel_parts(name: str) -> list[str]:
    """'Nord', 'Havn' of 'NordHavn': the capitalised parts of a coined one-word name."""
    parts = CAMEL_PARTS.findall(name) if " " not in name else []
    return parts if len(parts) >= 2 else []


@lru_cache(maxsize=1)
def _wrapper_after_words() -> frozenset:
    """wrapper_after() as a set (built once, not per organisation)."""
    return frozenset(wrapper_after())


def _named_exactly(company: Entity, clusters: list[Entity]) -> Entity | None:
    """The one cluster whose very name a company carries with a legal form ('IntraLog
    Westfalen GmbH' beside the cluster 'IntraLog Westfalen'): the cluster's legal body, its
    management company. (A company named like only a part of the cluster's name, 'Velmora AG'
    beside the 'Velmora-Cluster', is a member.)"""
    bare = set().union(*map(_without_legal_endings, company.forms))
    named = [c for c in clusters if bare & _own_names_of_forms(tuple(c.forms))]
    return named[0] if len(named) == 1 else None


@lru_cache(maxsize=16384)
def _without_legal_endings(form: str) -> frozenset[str]:
    """The name keys of `form` without each legal form it ends in ('X GmbH & Co. KG' ->
    'x', 'x gmbh & co', ...); none when it ends in none. Cached: a pure function of the
    form, asked for every form of every company while the clusters are merged."""
    endings = legal_endings()
    if not form.endswith(endings):
        return frozenset()
    return frozenset(name_key(form[:-len(ending)]) for ending in endings
                     if form.endswith(ending) and len(form) > len(ending))


@lru_cache(maxsize=16384)
def _own_names_of_forms(forms: tuple[str, ...]) -> frozenset[str]:
    """_own_names of every form of a cluster. Cached by the forms: every company asks it of
    every cluster."""
    return frozenset(key for form in forms for key in _own_names(form))


def _own_names(form: str) -> tuple[str, ...]:
    """The name keys a cluster's surface form gives as a name of its own: the form, and
    what follows a cluster head opening it ('Intralogistik-Cluster X', 'Cluster X' -> 'x'),
    unless that is a place alone ('Lebensmittelcluster Westpfalz': where, not whose; the
    'Standortagentur Westpfalz GmbH' is no management company of it)."""
    first, _, rest = form.partition(" ")
    heads = cluster_and_network_heads()
    if rest and (first.casefold() in heads or compound_head(first, heads)) and not is_place_name(rest):
        return name_key(form), name_key(rest)
    return (name_key(form),)


def _cluster_behind(org: Entity, clusters: list[Entity]) -> Entity | None:
    """The cluster an organisation is the support association or management company of
    (an alias, per the annotation guidelines): its name without those words is a key of
    the cluster; a management company's also the first words of exactly one cluster."""
    for form in org.forms:  # 'velmora – Fluid Power Network Tirol': the cluster, then what it is
        named, dash, _ = form.partition(" – ") if " – " in form else form.partition(" - ")
        if dash and named and name_key(named) in {k for c in clusters for k in cluster_keys(c)}:
            return next(c for c in clusters if name_key(named) in cluster_keys(c))
    for form in org.forms:  # 'HZN Halbleiterzulieferer-Netzwerk Oberlausitz e.V.': a letterhead's acronym before
        lead, _, rest = form.partition(" ")  # the cluster's name (and its legal form), which it opens with
        if rest[:1] == lead[:1] and ACRONYM_FORM.fullmatch(lead):
            named = [c for c in clusters if " ".join(_core_words(rest)) in cluster_keys(c)]
            if len(named) == 1:
                return named[0]
    if org.org_type in ("network", "association"):  # 'Netzwerk Wasserstoff Oberpfalz' of the cluster 'NWO'
        initials = {k for form in org.forms for k in _initials_keys(form)}
        named = [c for c in clusters if initials & {f.casefold() for f in c.forms if ACRONYM_FORM.fullmatch(f)}]
        if len(named) == 1:
            return named[0]
    spelled = {a for form in org.forms if " " in form and (a := _acronym_of_body(form))}
    if spelled:  # 'NEAO Netzwerkmanagement GmbH' of the 'Netzwerk Ernährungswirtschaft Allgäu-Oberschwaben'
        named = [c for c in clusters if spelled & {k for form in c.forms for k in _initials_keys(form)}]
        if len(named) == 1:
            return named[0]
    words = name_key(org.canonical).split()
    management = "management" in words or "clustermanagement" in words
    if org.org_type == "company":
        named = _named_exactly(org, clusters)
        if named is not None:
            return named
    if org.org_type not in ("association", "network") and _wrapper_after_words().isdisjoint(words):
        return None  # 'Velmora AG' is a company, not the body of the 'Velmora-Cluster'
    core = " ".join(_core_words(org.canonical))
    acronym = name_key(org.acronym) if org.acronym else ""
    for cluster in clusters:
        keys = cluster_keys(cluster)
        if core in keys or acronym in keys:  # 'Netzwerk X (XN)' and the cluster 'XN e.V.'
            return cluster
    if management and len(core) >= 4:
        starting = [c for c in clusters if any(k.startswith(core + " ") for k in cluster_keys(c))]
        if len(starting) == 1:
            return starting[0]
    return None
