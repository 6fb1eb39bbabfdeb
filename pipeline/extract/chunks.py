"""Proper-name chunks: runs of capitalised (or camel-case, or acronym) words, with the
lower-case connectors names contain ("Ministry of Economy", "Verband der ..."), and a
trailing legal form ("e.V.", "GmbH & Co. KG", "Sp. z o.o."). German capitalises every
noun, so a chunk is only a candidate: the entities module decides what it names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline.alternatives import by_first_letter
from pipeline.extract.brands import capitalised
from pipeline.extract.label_rules import label_rules
from pipeline.extract.pattern_cache import compile_cached, longest_first
from pipeline.extract.vocab import (is_first_name, is_region_name, is_role_word, lower_words, vocabulary, with_words,
                                   word_pattern)
from pipeline.lexicon import is_rare_word
from pipeline.names import legal_forms

WORD = (r"(?:\p{Lu}[\p{L}\p{N}'’´.&/+@_·-]*[\p{L}\p{N}.]"  # Capitalised, ESCA, H.M., VDI/VDE-IT, Intel·ligent
        r"|\p{Lu}"  # a single capital (initials, "K L M Composites")
        r"|\p{Ll}+\p{Lu}[\p{L}\p{N}'’._-]*"  # camel case: nanoVALE, eLumo
        r"|\p{N}+\p{Lu}[\p{L}\p{N}_-]*"  # 4X, 3D-Druck
        r"|(?<![@/])(?!www\.)\p{Ll}[\p{Ll}\p{N}-]{2,}(?:[.:]\p{Ll}[\p{Ll}\p{N}]*)+(?![@/\p{L}\p{N}]))")  # hafen.net


# Inside a name, a truncated compound: "Institut für Holz- und Faserforschung" (a template
# for vocab.with_words: the conjunctions come from the rules).
VERSION = r"\d\.0(?![\p{N}.,]\p{N}|[\p{L}\p{N}])"  # '4.0', '2.0'
VERSION_WORD = regex.compile(r"\d\.0")
TRUNCATED = r"\p{Lu}[\p{L}\p{N}]*-(?=[ \t]+(?:%(names.cuts.truncation_conjunctions)s)[ \t])"


@dataclass(frozen=True)
class Cuts:
    """Where a run of capitalised words is cut into names: vocabulary.toml [names.cuts]."""
    located: regex.Pattern          # 'Luxembourg-based': a first word that says where
    label_for: regex.Pattern        # 'Label für ' between a label and whose it is
    brand_head: regex.Pattern       # 'Netzwerk' before a lower-case brand
    project_endings: tuple          # 'EU-Projekt': a compound that introduces a name,
    project_compound: regex.Pattern  # its endings tried first, then its shape
    role_conjunctions: frozenset    # 'und' before a role word at the end of a chunk
    titles: frozenset               # 'dr.' inside a chunk starts a name
    trailing_titles: frozenset      # 'dr', 'dr.' at the end of a chunk: the next name's
    articles: frozenset             # 'the' after a head word starts a new phrase
    after_dateline: frozenset       # 'Velden – Beim X': a dash and one of these end a dateline
    item_code: regex.Pattern        # 'PP1', 'WP2', 'D2.3': a project's item code, no name


@lru_cache(maxsize=1)
def cuts() -> Cuts:
    words = vocabulary().word_lists
    titles = frozenset(words["names.cuts.titles"])
    return Cuts(
        located=word_pattern(r"-(?:%(names.cuts.located_endings)s)$", regex.IGNORECASE),
        label_for=word_pattern(
            r"(?i:%(names.cuts.label_nouns)s)[ \t]+(?i:%(names.cuts.label_for)s)[ \t]+(?=\p{Lu})"),
        brand_head=word_pattern(r"(?:%(names.cuts.brand_heads)s)$"),
        project_endings=words["names.cuts.project_compound_endings"],
        project_compound=word_pattern(r"^\p{L}[\p{L}\p{N}-]{1,20}(?:%(names.cuts.project_compound_endings)s)$"),
        role_conjunctions=frozenset(words["names.cuts.role_conjunctions"]),
        titles=titles,
        trailing_titles=titles | {t.rstrip(".") for t in titles},
        articles=frozenset(words["names.cuts.articles"]),
        after_dateline=frozenset(words["names.cuts.after_dateline"]),
        item_code=word_pattern(r"(?:%(names.cuts.item_code_prefixes)s)\d{1,2}(?:\.\d{1,2})*"),
    )


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    text: str
    legal_form: str = ""  # the trailing legal form, if any

    @property
    def words(self) -> list[str]:
        return self.text.split()


@lru_cache(maxsize=1)
def chunk_pattern() -> regex.Pattern:
    connectors = longest_first(regex.escape(c) for c in vocabulary().connectors)
    forms = sorted((regex.escape(f) for f in legal_forms()), key=len, reverse=True)
    elisions = "|".join(regex.escape(e) for e in vocabulary().word_lists["names.elisions"])
    # (the connectors and legal forms grouped by their first letter, each group longest first: the
    # same alternation, tried after every word and every name; by_first_letter says why it is faster)
    joiner = rf"(?:[ \t]+(?:(?:{by_first_letter(connectors)})[ \t]+)*(?:(?:{elisions})['’](?=\p{{Lu}}))?|[ \t]*[-–][ \t]*(?=\p{{Lu}}))"
    legal = rf"(?P<legal>(?:,?[ \t]+(?:{by_first_letter(forms)})(?![\p{{L}}\p{{N}}]))+)?"
    # a legal form of several words ("Sp. z o.o.", "GmbH & Co. KG") is left whole to `legal`
    multiword = "|".join(f for f in forms if " " in f.replace("\\ ", " ") or "\\ " in f)
    truncated = with_words(TRUNCATED)
    # (no name starts inside a word, after a dot, or as a hashtag's or handle's word: '#GoldLabel')
    # (a version inside a name after its first word: 'Cluster Bauen 4.0 Ostwestfalen', 'Plattform Industrie 4.0')
    return compile_cached(rf"(?<![\p{{L}}\p{{N}}.#@])(?P<name>(?:{truncated}{joiner})?{WORD}(?:{joiner}(?!(?:{multiword})(?![\p{{L}}\p{{N}}]))(?:{truncated}|{WORD}|{VERSION}))*)"
                          rf"{legal}", regex.VERSION1)


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop leading function words and trailing connectors / sentence periods."""
    trimmed, dropped = _trimmed(text)
    return trimmed, start + dropped


@lru_cache(maxsize=65536)
def _trimmed(text: str) -> tuple[str, int]:
    """_trim for a text at offset 0: (what is left, how many characters it dropped in front).
    Cached: a pure function of the text, and most runs recur ('Die', 'Cluster', a name)."""
    vocab, cut_words = vocabulary(), cuts()
    start = 0  # (the characters dropped in front)
    words = text.split(" ")
    dash = next((i for i, w in enumerate(words[:4]) if w in ("-", "–", "—")), None) \
        if " -" in text or "–" in text or "—" in text else None
    if dash and dash < len(words) - 1 and (" ".join(words[:dash]).casefold() in vocab.places
                                           or words[dash + 1] in cut_words.after_dateline):
        start += sum(len(w) + 1 for w in words[:dash + 1])  # 'Czech Republic – VELMORA, z.s.': where, then who
        words = words[dash + 1:]  # ('Kempten – Beim Holzbau-Cluster X': a dateline, then a sentence)
    sections = lower_words("names.cuts.site_sections")
    section = next((i for i in (1, 2) if len(words) > i + 1 and words[i] in ("-", "–", "|")
                    and " ".join(words[:i]).casefold() in sections), None)
    if section:  # 'Careers - X Hydrogen Cluster': a page's section, then whose page
        start += sum(len(w) + 1 for w in words[:section + 1])
        words = words[section + 1:]
    if len(words) > 2 and words[0].casefold() in lower_words("names.cuts.amount_units") \
            and words[1].casefold() in vocab.connectors:
        start += len(words[0]) + len(words[1]) + 2  # '640.000 Euro für X': the amount's, then whose
        words = words[2:]
    while words and ((words[0].casefold().strip(".") in vocab.not_name_start
                      and not (words[0].casefold() in vocab.also_first_names and len(words) > 1
                               and words[1][:1].isupper()))  # 'Jan Muster'
                     or words[0].casefold() in vocab.connectors or cut_words.located.search(words[0])
                     or words[0] in ("-", "–") or VERSION_WORD.fullmatch(words[0])
                     or cut_words.item_code.fullmatch(words[0])):  # '... initiative – Stage
        # Three' split after the programme word; a version opens no name ('Millionen und| 4.0 Prozent')
        start += len(words[0]) + 1
        words = words[1:]
    if len(words) > 1 and _is_tier_modifier(words[0]):
        start += len(words[0]) + 1  # 'Gold-zertifizierten Maritimen Netzwerk X': what it holds, then who
        words = words[1:]
    elif len(words) == 1 and _is_tier_modifier(words[0]):
        words = []  # 'the Silver-labelled cluster': what it holds, no name
    if _head_and_field_before_camel_name(words):
        start += sum(len(w) + 1 for w in words[:3])  # 'Netzwerk der Oberflächentechnik| SurfaceNet Südwestfalen':
        words = words[3:]  # what the body is, then its name
    if len(words) > 1 and words[0][-2:] in ("'s", "’s") and words[0][:-2].casefold() in vocab.places:
        start += len(words[0]) + 1  # "Finland's Velmora Health Hub": the place's, no part of the name
        words = words[1:]
    elif len(words) > 2 and words[1].casefold() in vocab.places \
            and words[0].casefold() in lower_words("cluster.nationality_adjectives"):
        start += len(words[0]) + 1  # 'the Slovenian Velden Smart Factory Network': whose country, then the name
        words = words[1:]
    if len(words) > 2 and words[1] in cut_words.articles and not words[0].isupper():
        start += len(words[0]) + len(words[1]) + 2  # "Mainly the X Cluster": an adverb before the name
        words = words[2:]
    while words and (words[-1].casefold() in vocab.connectors or words[-1] in ("-", "–")
                     or (len(words) > 1 and words[-1].casefold() in cut_words.trailing_titles)
                     or (len(words) > 2 and words[-2].casefold() in cut_words.role_conjunctions
                         and is_role_word(words[-1].casefold())
                         and not is_portfolio_name(words[0]))):  # 'X und Landrat' before 'Y'
        # (a ministry's portfolio ends in no role: 'Ministry of Economic Affairs and Communications')
        words = words[:-1]  # '... und Prof' before 'Dr. X': the title belongs to the next name
    if len(words) > 2 and words[-2] in ("-", "–") and words[-1].casefold() in sections:
        words = words[:-2]  # 'Clusterplattform Deutschland – Aktuelles': a page's section
    elif len(words) > 3 and words[-3] in ("-", "–") \
            and " ".join(words[-2:]).casefold() in sections:
        words = words[:-3]  # 'X Alliance – Annual Report
    if len(words) > 2 and words[-2].casefold() in vocab.places \
            and words[-1].casefold() in lower_words("names.coordination.collective_nouns"):
        words = words[:-1]  # 'lädt der Cluster X Unterfranken| Hersteller, Handwerksbetriebe ... ein': the invited
    if len(words) > 2 and words[-2] in ("des", "der") and \
            words[-1].casefold().rstrip(".") in lower_words("names.cuts.state_genitives"):
        words = words[:-2]  # 'Clusterinitiative X des Landes': the state's, no part of the name
    tiers = label_rules().tier_words
    possessive = next((i for i, w in enumerate(words[:-1]) if w[-2:] in ("'s", "’s")
                       and words[i + 1].casefold().split("-")[0] in tiers), None) \
        if "'s " in text or "’s " in text else None
    if possessive is not None:
        words = words[:possessive + 1]  # "Velmora Agritech's Silver label": whose, then the tier
    if len(words) > 2 and words[-1].casefold().rstrip(";,.") in tiers and words[-2] in ("-", "–", "—"):
        words = words[:-2]  # 'Velmora Agri – Gold; Nordalb – Silver': the tier after a dash is no part of the name
    if len(words) >= 2 and words[-1] in tiers_capitalised() and words[-2].casefold() not in vocab.connectors \
            and not label_rules().rating_system.search(" ".join(words[:-1]) + " "):  # ('LEED Gold': one rating)
        words = words[:-1]  # 'Bereits 2018 hatte der OCJ Silber erreicht': the tier after a name is no part of it
    if len(words) > 2 and words[-1].casefold() in tiers and words[-2].casefold() in vocab.connectors:
        words = words[:-2]  # 'Congratulations to X for the Gold label': the tier is no part of the name
        while words and words[-1].casefold() in vocab.connectors:
            words = words[:-1]
    trimmed = " ".join(words)
    while trimmed.endswith(".") and not _keeps_period(trimmed):
        trimmed = trimmed[:-1]  # (every dot of an ellipsis: 'Oliver Muster...')
    for suffix in ("'s", "’s", "´s"):
        if trimmed.endswith(suffix):
            trimmed = trimmed[: -len(suffix)]
    return trimmed, start


CAMEL_CASE = regex.compile(r"\p{Ll}\p{Lu}")


@lru_cache(maxsize=1)
def portfolio_words() -> tuple[str, ...]:
    """The openings of a ministry's name ([names.growth] portfolio_words: 'minist', 'department')."""
    return tuple(lower_words("names.growth.portfolio_words"))


def is_portfolio_name(name: str) -> bool:
    """'Ministry of Economic Affairs', 'Department for Business': a ministry named by its
    portfolio (one of portfolio_words opens it)."""
    return name.casefold().startswith(portfolio_words())


def _head_and_field_before_camel_name(words: list[str]) -> bool:
    """'Netzwerk der Oberflächentechnik SurfaceNet ...': a cluster's or network's head, 'der' or
    'des', a field word (in lower case after its capital, no place) and a camel-case name: a
    description before the name (not 'Cluster für Vernetzte VelmoSensorik', whose 'für' phrase
    is the name)."""
    if len(words) < 4 or words[1] not in ("der", "des"):
        return False
    vocab = vocabulary()
    return words[0].casefold() in vocab.cluster_heads | vocab.network_heads and words[2][1:].islower() \
        and words[2].casefold() not in vocab.places and CAMEL_CASE.search(words[3]) is not None


def _is_tier_modifier(word: str) -> bool:
    """'Gold-labelled', 'Silber-zertifizierte': a tier word, a hyphen and a lower-case word."""
    tier, hyphen, rest = word.partition("-")
    return bool(hyphen) and tier.casefold() in label_rules().tier_words and rest[:1].islower()


def _keeps_period(text: str) -> bool:
    """An abbreviation or initial keeps its final period ('Co.', 'J.', 'H.M.'); a name
    written with inner periods does not ('NRW.Energy4Climate.' at a sentence's end)."""
    last = text.split(" ")[-1]
    initials = last.count(".") > 1 and all(len(part) <= 4 for part in last.split(".")[:-1])
    return (len(last) == 2 and last[0].isupper()) or initials or last in legal_forms()


# (two capitals end a sentence too: 'backed by Innovate UK. PORTS4TWIN is ...', as does an acronym's last
# capital after a hyphen, 'Teil von AGRI-SENSE-X. Interessierte ...'; initials are one)
SENTENCE_STOP = regex.compile(r"(?<=[\p{L}\p{N}]{3}|\p{Ll}{2}|(?<![\p{L}\p{N}.])\p{Lu}{2}|\p{Lu}{2}-\p{Lu})(?<!\b(?:Gebr|Bros|Cía|Cie))"
                              r"\.[ \t]+")  # (nor a firm's abbreviation: 'Gebr. Mainzer KG', 'Warner Bros. Studios')


@lru_cache(maxsize=1)
def legal_form_stop() -> regex.Pattern:
    """'... Systems SE. Getragen wird': a period after a legal form ends the sentence."""
    forms = sorted((regex.escape(f) for f in legal_forms() if not f.endswith(".")), key=len, reverse=True)
    return compile_cached(rf"(?<=[ \t](?:{'|'.join(forms)}))\.[ \t]+(?=\p{{Lu}})")
LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])[\p{Ll}\p{N}][\p{L}\p{N}&+-]*|&")  # whole words only


def _pieces(text: str, start: int) -> list[tuple[int, str]]:
    """Split a matched run at sentence periods ("Technology. NCE"), before headline verbs,
    and after role words, list nouns and a head noun before a lower-case brand
    ("Geschäftsführer der X", "Mitglieder X", "Netzwerk hafen.net"), which precede names."""
    if " " not in text and "\t" not in text:
        return [(start, text)]  # one word: nothing to split (most runs)
    return [(start + offset, piece) for offset, piece in _pieces_at_zero(text)]


def _has_period_before_space(text: str) -> bool:
    """Whether a period stands before a space or tab, as both SENTENCE_STOP and
    legal_form_stop need: most runs hold none, and two substring tests are cheaper than
    the two searches."""
    return ". " in text or ".\t" in text


@lru_cache(maxsize=65536)
def _pieces_at_zero(text: str) -> tuple[tuple[int, str], ...]:
    """_pieces of a run of several words at offset 0. Cached: a pure function of the
    text, and runs of words recur within a document and across documents."""
    vocab, cut_words = vocabulary(), cuts()
    pieces, offset = [], 0
    stops = sorted([*SENTENCE_STOP.finditer(text), *legal_form_stop().finditer(text)], key=lambda m: m.start()) \
        if _has_period_before_space(text) else ()
    for stop in stops:
        pieces.append((offset, text[offset:stop.start()]))
        offset = stop.end()
    pieces.append((offset, text[offset:]))
    pieces = [part for piece_start, piece in pieces for part in _cut_at_possessive(piece_start, piece)]
    pieces = [part for piece_start, piece in pieces for part in _cut_at_headline_verbs(piece_start, piece)]
    pieces = [part for piece_start, piece in pieces for part in _cut_at_article_after_head(piece_start, piece)]
    pieces = [part for piece_start, piece in pieces for part in _cut_after_label_for(piece_start, piece)]
    out = []
    for piece_start, piece in pieces:
        words, position = piece.split(" "), 0
        cut = 0
        role_cuts = []  # every role word ends a piece: 'Bürgermeister X und Landrat Y'
        for i, word in enumerate(words):
            key = word.casefold()
            # 'EU-Projekt', 'Verbundprojekt': a project word as the head of a compound
            # introduces the name that follows it ('Förderprogramm X' is named whole)
            partners_firm = i > 0 and words[i - 1] in ("&", "+")  # ('Kühnle & Partner Elektronik GmbH': a firm's name)
            splits = (is_role_word(key) and not partners_firm) or (key in vocab.programme_introducers  # (not a head's last word:
                                           and not (i and f"{words[i - 1]} {key}".casefold() in vocab.programme_heads)) or (  # 'Operational Programme X')
                key.endswith(cut_words.project_endings) and cut_words.project_compound.search(key)) or (
                key in vocab.cluster_list_nouns and key not in vocab.cluster_heads) or (
                i < len(words) - 1 and _introduces_brand(key) and words[i + 1][:1].islower()
                and words[i + 1].casefold() not in vocab.connectors and not _elided(words[i + 1])) or (
                i < len(words) - 1 and _programme_type_noun(key) and _has_coined_shape(words[i + 1]))
            if i < len(words) - 1 and splits:
                cut = i + 1
                position = sum(len(w) + 1 for w in words[:cut])
                if is_role_word(key):
                    role_cuts.append(cut)
            elif 0 < i < len(words) - 1 and key in cut_words.titles \
                    and words[i - 1].casefold() not in cut_words.titles:
                cut = i  # '... Regierungskonferenz Dr. Beat Muster': a title starts a name
                position = sum(len(w) + 1 for w in words[:cut])
        previous = 0
        for role_cut in role_cuts:
            if role_cut < cut:
                out.append((piece_start + sum(len(w) + 1 for w in words[:previous]),
                            " ".join(words[previous:role_cut])))
                previous = role_cut
        if cut:
            out.append((piece_start + sum(len(w) + 1 for w in words[:previous]), " ".join(words[previous:cut])))
        out.append((piece_start + position, " ".join(words[cut:])))
    return tuple(out)


def _programme_type_noun(word: str) -> bool:
    """'förderprogramm', 'holzbauförderprogramm', 'wettbewerbs': a kind of programme
    ([programme] type_nouns, or a compound ending in one), in lower case."""
    return word.endswith(_type_nouns()) and (word in _type_nouns() or len(word) > 14)


@lru_cache(maxsize=1)
def _type_nouns() -> tuple[str, ...]:
    return tuple(lower_words("programme.type_nouns"))


# A word written as only a coined name is: camel case or capitals ('InnoTop', 'STARK'), a
# digit, '@', '!', '.' or '+' ('Distr@l', 'Regio.NRW'); not a capital after a hyphen
# ('Mecklenburg-Vorpommern').
COINED_SHAPE = regex.compile(r"\p{Ll}\p{Lu}|\p{Lu}\p{Lu}|[\p{N}@!.+]")


def _has_coined_shape(word: str) -> bool:
    """A word of COINED_SHAPE ('InnoTop', 'STARK', 'Regio.NRW'): a coined name's, no common
    word nor a place ('Wirtschaft', 'Sachsen'); a plain coined word ('Velmora') may name a
    region, and its programme keeps its kind ('Landesprogramm Velmora 2021–2027')."""
    return bool(COINED_SHAPE.search(word.strip(".,;:")))


def _after_brand_head(chunk: Chunk, brands: frozenset[str]) -> Chunk:
    """'Textilnetzwerk velmotex' read as capitalised: the head noun before a lower-case
    brand is no part of its name (as _pieces cuts it before a brand in lower case)."""
    words = chunk.text.split(" ")
    for i in range(1, len(words)):
        if words[i] in brands and _introduces_brand(words[i - 1].casefold()):
            offset = len(" ".join(words[:i])) + 1
            return Chunk(chunk.start + offset, chunk.end, chunk.text[offset:], chunk.legal_form)
    return chunk


def _elided(word: str) -> bool:
    """'d'Envasos', 'dell'Imballaggio': an elided article and the name's next word, no brand."""
    article, apostrophe, rest = word.replace("’", "'").partition("'")
    return bool(apostrophe) and article.casefold() in lower_words("names.elisions") and rest[:1].isupper()


@lru_cache(maxsize=65536)
def _introduces_brand(key: str) -> bool:
    """'Netzwerk hafen.net', 'Logistiknetzwerk velo.net:x': a head noun before a
    lower-case brand says what the brand is and is no part of its name. Cached: asked of
    every word of a run of several (a search to the word's end), a pure function of it."""
    return cuts().brand_head.search(key) is not None


POSSESSIVE_BEFORE_NAME = regex.compile(r"['’]s[ \t]+(?=\p{Lu})")


def _cut_at_possessive(start: int, piece: str) -> list[tuple[int, str]]:
    """'Welsh Government's SMART Innovation', 'Innovate UK's Launchpad': the owner and,
    after its possessive, what it owns are two names (not a place's, which the trim drops,
    nor a tier: 'Velmora Agritech's Silver label')."""
    if "'s " not in piece and "’s " not in piece:
        return [(start, piece)]
    match = POSSESSIVE_BEFORE_NAME.search(piece)
    owner = piece[:match.start()] if match else ""
    if match is None or " " not in owner or owner.casefold() in vocabulary().places \
            or piece[match.end():].split(" ")[0].casefold().split("-")[0] in label_rules().tier_words:
        return [(start, piece)]
    return [(start, owner), (start + match.end(), piece[match.end():])]


def _cut_at_headline_verbs(start: int, piece: str) -> list[tuple[int, str]]:
    """'Nordhafen Cluster Wins Gold': a capitalised verb of a title-case headline ends
    the name before it and is itself no part of any name."""
    verbs = vocabulary().headline_verbs
    out, offset, position = [], 0, 0
    for word in piece.split(" "):
        if word.casefold() in verbs and word[:1].isupper():
            out.append((start + offset, piece[offset:max(offset, position - 1)]))
            offset = position + len(word) + 1
        position += len(word) + 1
    out.append((start + offset, piece[offset:]))
    return [(s, p) for s, p in out if p]


def _cut_at_article_after_head(start: int, piece: str) -> list[tuple[int, str]]:
    """'awarded Velmora Cluster the Gold Label': an article right after a head word
    ('Cluster', 'Network', 'GmbH') starts a new phrase; inside a name it follows a
    connector ('Ministry of the Economy')."""
    heads, articles = _chunk_heads(), cuts().articles
    if not any(f" {article} " in piece for article in articles):
        return [(start, piece)]  # (no article between two words: no cut; most pieces)
    words = piece.split(" ")
    for i in range(1, len(words) - 1):
        if words[i] in articles and words[i - 1].casefold() in heads:
            left = " ".join(words[:i])
            rest_start = start + len(left) + len(words[i]) + 2
            return [(start, left), *_cut_at_article_after_head(rest_start, " ".join(words[i + 1:]))]
    return [(start, piece)]


def _cut_after_label_for(start: int, piece: str) -> list[tuple[int, str]]:
    """'Gold-Label für Velmora', 'Silver Label for Nordwind': the label, then whose it is;
    one name does not run through 'für'. (The search only where the piece holds one of
    the words for 'for' at all, in any case: most pieces hold none.)"""
    folded = piece.casefold()
    if not any(word in folded for word in lower_words("names.cuts.label_for")):
        return [(start, piece)]
    match = cuts().label_for.search(piece)
    if match is None:
        return [(start, piece)]
    return [(start, piece[:match.start()] + piece[match.start():match.end()].split()[0]),
            (start + match.end(), piece[match.end():])]


@lru_cache(maxsize=1)
def _chunk_heads() -> frozenset:
    vocab = vocabulary()
    return frozenset(vocab.cluster_heads | vocab.network_heads | legal_forms().keys()
                     | {h for heads in vocab.org_heads.values() for h in heads})


def _extend_legal_only(text: str, start: int) -> int:
    """A chunk that is only a legal form ('GmbH & Co. KG') takes up to four lower-case
    words before it ('sonnen-kraft & wärme GmbH & Co. KG')."""
    vocab = vocabulary()
    words = list(LOWER_WORD.finditer(text[max(0, start - 60):start]))
    base = max(0, start - 60)
    new_start = start
    for word in reversed(words[-4:]):
        between = text[base + word.end():new_start]
        if between.strip() or word.group().casefold() in vocab.not_name_start \
                or word.group().casefold() in vocab.connectors - {"&", "+"} \
                or word.group().casefold() in _clause_verbs():  # 'Partners include velmotec GmbH'
            break
        new_start = base + word.start()
    return new_start


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset:
    """The verbs the context rules know (vocabulary.toml [context]): no word of a name."""
    context = vocabulary().context
    return frozenset(w.casefold() for key in ("member_verbs", "subject_verbs", "de_subject_verbs",
                                              "list_subject_verbs") for w in context[key])


@lru_cache(maxsize=1)
def legal_form_then_dash() -> regex.Pattern:
    forms = sorted((regex.escape(f) for f in legal_forms()), key=len, reverse=True)
    return compile_cached(rf"[ \t](?:{'|'.join(forms)})(?=[ \t]+[-–][ \t])")


def _cut_after_legal_form(piece: str) -> str:
    """'Fjordvik Consulting AS - Norway': a legal form ends the name; what a dash
    adds after it is a place or a remark."""
    if "-" not in piece and "–" not in piece:
        return piece  # (no dash: the search below cannot match; most pieces)
    match = legal_form_then_dash().search(piece)
    return piece[:match.end()] if match else piece


@lru_cache(maxsize=1)
def lower_case_heads() -> regex.Pattern:
    """Multi-word head phrases that follow a name in lower case ('the Biotope
    Regions working group')."""
    heads = {h for words in vocabulary().org_heads.values() for h in words if " " in h and h.islower()}
    heads |= set(vocabulary().word_lists["names.growth.lower_case_heads"])  # 'the Danish government'

    alternation = "|".join(longest_first(regex.escape(h) for h in heads))
    return compile_cached(rf"[ \t]+(?:{alternation})(?![\p{{L}}\p{{N}}])")


@dataclass(frozen=True)
class Growth:
    """What a name chunk grows over: vocabulary.toml [names.growth]."""
    enumerated_tail: regex.Pattern  # ', Innovation and Technology (DARIT)' after a name
    for_subject: regex.Pattern      # ' for Research' at the end of a name
    ministry: regex.Pattern         # 'Ministerium für Wirtschaft, ...': named by its portfolios
    agency: regex.Pattern           # 'Agency for Science, Innovation and ...': so are agencies
    town_of: regex.Pattern          # 'the city of ' before a place


@lru_cache(maxsize=1)
def growth() -> Growth:
    return Growth(
        # At most 20 more items: unbounded, every name of a long comma list ("Nord, Nord, ...")
        # read the rest of the list, quadratic (4,000 names: 12 s).
        enumerated_tail=word_pattern(
            r",[ \t]+(?P<tail>\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*)?(?:,[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*)?){0,20},?[ \t]+"
            r"(?:%(names.growth.enumeration_conjunctions)s|&)[ \t]+(?:\p{Ll}+[ \t]+)?\p{Lu}[\p{L}-]*"  # ('und ländlichen Raum')
            r"(?:[ \t]+\p{Lu}[\p{L}-]*){0,2}"
            r"(?:[ \t]+(?:des|der)[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,2})?)"  # ('... und Forsten des Landes Sachsen-Anhalt')
            r"(?![\p{L}\p{N}-])(?P<acronym>[ \t]+\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\))?"),
        for_subject=word_pattern(
            r"[ \t](?:%(names.growth.subject_prepositions)s)[ \t]+\p{Lu}[\p{L}-]*"
            r"(?:[ \t]+(?:(?:und|and|&)[ \t]+)?\p{Lu}[\p{L}-]*){0,2}$"),  # ('für Wissenschaft und Forschung|, Kunst und Kultur')
        ministry=word_pattern(r"%(names.growth.portfolio_words)s", regex.IGNORECASE),
        agency=word_pattern(
            r"\b(?:%(names.growth.agency_heads)s)\b[ \t]+(?:%(names.growth.agency_prepositions)s)\b", regex.IGNORECASE),
        town_of=word_pattern(r"(?<![\p{L}])(?:%(names.growth.town_nouns)s) of[ \t]+$"),
    )


def _extend(text: str, chunk: Chunk, foreign_heads_in_text: bool = True) -> Chunk:
    """A chunk grown over what belongs to the name: a lower-case head phrase after it
    ('Biotope Regions working group'), and the rest of an enumerated subject before an
    acronym ('Agency for Research, Innovation and Technology (DARIT)') or of a ministry's
    portfolio ('Ministry of the Economy, Tourism and Sport'). `foreign_heads_in_text`
    False (has_foreign_cluster_head) skips the search for a name in its own language."""
    grows = growth()
    end = chunk.end
    tail = grows.enumerated_tail.match(text, end) if text.startswith(",", end) else None  # (a comma first)
    if tail and grows.for_subject.search(chunk.text) and (tail["acronym"] or grows.ministry.search(chunk.text)
                                                          or grows.agency.search(chunk.text)):
        end = tail.end("tail")
    if is_portfolio_name(chunk.text):
        end = _past_seat(text, chunk.start, end)
    head = lower_case_heads().match(text, end)
    seat = SEAT_AFTER.match(text, end) if text.startswith(" zu ", end) else None
    if head:
        end = head.end()
    elif seat and chunk.text.rsplit(" ", 1)[-1].casefold().endswith(_seat_heads()):
        end = seat.end()  # 'IHK zu Rostock', 'Universität zu Lübeck': the seat is part of the name
    elif foreign_heads_in_text and text.startswith(" ", end):
        end = _foreign_name_end(text, chunk.text, end)
    start = chunk.start
    window = max(0, start - 20)  # (' of' is in every match: without it, no search)
    town = grows.town_of.search(text, window, start) if text.find(" of", window, start) >= 0 else None
    if town:  # 'the city of Velden': a municipality named by its place
        start = town.start()
    if (start, end) == (chunk.start, chunk.end):
        return chunk
    return Chunk(start, end, text[start:end], chunk.legal_form)


SEAT_AFTER = regex.compile(r" zu[ \t]+\p{Lu}[\p{L}-]+")
# A word of a name's text, and 'des'/'der' opening a genitive after a place ('... des Landes X').
NAME_WORD = regex.compile(r"[^\s,]+")
GENITIVE_AFTER = regex.compile(r"[ \t]+(?:des|der)[ \t]")
PORTFOLIO_OPENING = regex.compile(r"[ \t](?:für|for|of)[ \t]")


def _past_seat(text: str, start: int, end: int) -> int:
    """Where a ministry's name (from `start` to `end`) ends: at the place after its portfolio
    ('..., Arbeit und Tourismus Baden-Württemberg| Innovationsprojekte der Mitglieder': what
    follows the Land is the sentence's object), unless a genitive goes on from there."""
    places = vocabulary().places
    portfolio = PORTFOLIO_OPENING.search(text, start, end)
    for word in NAME_WORD.finditer(text, portfolio.end() if portfolio else end, end):
        if word.end() < end and word[0].casefold() in places and not GENITIVE_AFTER.match(text, word.end()):
            return word.end()
    return end


@lru_cache(maxsize=1)
def _seat_heads() -> tuple:
    """Heads of bodies named with their seat after 'zu' ([names.growth] seat_heads)."""
    return tuple(lower_words("names.growth.seat_heads"))


# After a chunk: lower-case words, then capitalised ones ('Grozd| Čista energija Dolenjska',
# 'Zagorski ICT| klaster', 'Lesni| grozd Savinja').
FOREIGN_NAME_TAIL = regex.compile(r"(?P<lower>(?:[ \t]+\p{Ll}[\p{L}-]*){1,4})(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}")
LOWER_RUN_WORD = regex.compile(r"\S+")


def has_foreign_cluster_head(text: str) -> bool:
    """Whether `text` holds a foreign cluster head ('klaster', 'grozd') at all: one test
    per text, where _foreign_name_end would test every chunk's surroundings (most texts
    hold none)."""
    folded = text.casefold()
    return any(head in folded for head in lower_words("names.growth.lower_case_cluster_heads"))


def _foreign_name_end(text: str, chunk_text: str, end: int) -> int:
    """Where a cluster's name in its own language ends that goes on in lower case after a
    capitalised chunk: 'Niški tehnološki klaster', 'Klaster zdravstvenog turizma Kvarner',
    'Grozd Čista energija Dolenjska', 'Grozd za lesno predelavo Podravje' (a connector right after
    the head). The lower-case words must be no German or English
    words, and the name must hold a foreign cluster head ('klaster', 'grozd')."""
    heads = lower_words("names.growth.lower_case_cluster_heads")
    window = (chunk_text + text[end:end + 60]).casefold()
    if not any(h in window for h in heads):
        return end  # (no foreign cluster head near: most chunks)
    tail = FOREIGN_NAME_TAIL.match(text, end)
    if tail is None:
        return end
    lower = list(LOWER_RUN_WORD.finditer(tail["lower"]))
    connectors = lower_words("names.growth.foreign_name_connectors")
    after_head = chunk_text.rsplit(" ", 1)[-1].casefold() in heads  # ('Grozd| za lesno predelavo Podravje')
    rare = next((i for i, m in enumerate(lower) if not is_rare_word(m[0], "de") and not (
        m[0] in connectors and (0 < i or after_head) and i < len(lower) - 1
        and is_rare_word(lower[i + 1][0], "de"))), len(lower))
    if not rare or not any(w.casefold() in heads for w in [*chunk_text.split(), *(m[0] for m in lower[:rare])]):
        return end
    if rare < len(lower):  # 'Zagorski ICT klaster| aus Krapina': a German word ends the name
        return tail.start("lower") + lower[rare - 1].end()
    return tail.end()


def name_chunks(text: str, brands: frozenset[str] = frozenset()) -> list[Chunk]:
    """Every proper-name chunk of `text`, in order, with offsets into `text`; the
    lower-case `brands` (brands.py) are read as if capitalised, and keep their case."""
    if brands:
        return [_after_brand_head(Chunk(c.start, c.end, text[c.start:c.end], c.legal_form), brands)
                for c in name_chunks(capitalised(text, brands))]
    chunks = []
    forms = legal_forms()
    for match in chunk_pattern().finditer(text):
        legal = (match["legal"] or "").strip(" ,\t")
        pieces = _pieces(match["name"], match.start("name"))
        for index, (piece_start, piece) in enumerate(pieces):
            name, start = _trim(_cut_after_legal_form(piece), piece_start)
            if not name.strip():
                continue  # (nothing, or the space between two runs of spaces a cut left: uncleaned text)
            end = start + len(name)
            is_last = index == len(pieces) - 1
            if legal and is_last and piece.endswith(name.split(" ")[-1]):
                end = match.end("legal")
            piece_legal = legal  # (the match's legal form: a piece's own must not carry over to the next piece)
            if text[start:end] in forms:
                extended = _extend_legal_only(text, start)
                if extended == start or extended == match.start("name"):
                    continue  # a legal form with no name before it names nothing
                start, piece_legal = extended, text[extended:end]
            chunks.append(Chunk(start, end, text[start:end], piece_legal if is_last else ""))
    chunks = [part for c in chunks if not _is_file_name(c.text) for part in _split_at_dashed_article(c)]
    chunks = [_without_truncated_start(c) for c in chunks]
    chunks = [c for c in map(lambda c: _without_time_of_year(text, c), chunks) if c is not None]
    chunks = [_without_dateline_in_capitals(text, c) for c in chunks]
    foreign_heads = has_foreign_cluster_head(text)
    chunks = _without_swallowed(text, [whole for c in chunks for part in _acronym_and_name(text, c)
                                       for whole in _extended_and_split(text, part, foreign_heads)])
    return _as_written_elsewhere(text, _with_whole_institute_names(text, _with_named_after_people(text, chunks)))


# An article after a dash inside a chunk opens a sentence or a tagline, no part of the name before
# the dash ('Bronze für X – Der Medizintechnik-Cluster X hat ...'; a dateline's place before it is
# cut when the chunk is trimmed).
DASHED_ARTICLE = regex.compile(r"[ \t][–—-][ \t]+(?:Der|Die|Das|Ein|Eine|The|A|An)[ \t]+(?=\p{Lu})")


def _split_at_dashed_article(chunk: Chunk) -> list[Chunk]:
    """The chunk, or its name before a dash and an article and the name after them."""
    match = DASHED_ARTICLE.search(chunk.text) if " " in chunk.text else None
    if match is None:
        return [chunk]
    return [Chunk(chunk.start, chunk.start + match.start(), chunk.text[:match.start()]),
            Chunk(chunk.start + match.end(), chunk.end, chunk.text[match.end():], chunk.legal_form)]


def _extended_and_split(text: str, chunk: Chunk, foreign_heads_in_text: bool) -> list[Chunk]:
    """The chunk extended (_extend), then split once more where the extension completed a
    dashed pair ('VELMAR – Velmarský' grows into 'VELMAR – Velmarský klastr robotiky': a brand
    and a cluster's name, _acronym_and_name)."""
    extended = _extend(text, chunk, foreign_heads_in_text)
    return [extended] if extended == chunk else _acronym_and_name(text, extended)


def _as_written_elsewhere(text: str, chunks: list[Chunk]) -> list[Chunk]:
    """'BRONZE FOR MORAVIAN TEXTILE NETWORK' over a contents line 'Bronze for Moravian textile
    network': a heading in capitals hides which of its words are names; where the text
    writes the same words in mixed case, the heading is chunked as written there ('MORAVIAN'
    alone, a place's adjective before common words)."""
    if not any(" " in c.text and c.text.isupper() for c in chunks):
        return chunks  # (most texts)
    out: list[Chunk] = []
    for chunk in chunks:
        twin = _mixed_case_twin(text, chunk) if " " in chunk.text and chunk.text.isupper() else None
        if twin is None:
            out.append(chunk)
            continue
        out.extend(Chunk(chunk.start + part.start, chunk.start + part.end, chunk.text[part.start:part.end],
                         part.legal_form) for part in name_chunks(twin))
    return out


def _mixed_case_twin(text: str, chunk: Chunk) -> str | None:
    """The same words as the capitals `chunk`, whole words, written elsewhere in mixed case
    with a lower-case word among them; None when the text has no such twin."""
    for match in regex.finditer(regex.escape(chunk.text), text, regex.IGNORECASE):
        twin = match.group()
        if twin != chunk.text and any(w[:1].islower() for w in twin.split()) \
                and not text[match.start() - 1:match.start()].isalnum() and not text[match.end():match.end() + 1].isalnum():
            return twin
    return None


PARTICLE_BETWEEN = regex.compile(r"[ \t]+(?:von|van|zu)[ \t]+")


def _with_named_after_people(text: str, chunks: list[Chunk]) -> list[Chunk]:
    """'Carl| von |Ossietzky Universität Oldenburg': a first name, a name particle and a
    university's or institute's name are one name, the body named after a person ('Otto
    von Guericke Universität'; not 'Anna von Velmora Maschinenbau GmbH', a person and her firm)."""
    if " von " not in text and " van " not in text and " zu " not in text:
        return chunks  # (most texts)
    heads = _organisation_heads()
    out: list[Chunk] = []
    for chunk in chunks:
        before = out[-1] if out else None
        if before is not None and " " not in before.text and is_first_name(before.text) \
                and PARTICLE_BETWEEN.fullmatch(text, before.end, chunk.start) \
                and any(w.casefold().split("-")[-1] in heads for w in chunk.text.split(" ")[1:]):
            out[-1] = Chunk(before.start, chunk.end, text[before.start:chunk.end], chunk.legal_form)
        else:
            out.append(chunk)
    return out


@lru_cache(maxsize=1)
def _organisation_heads() -> frozenset:
    """The head words of universities and research bodies ([organisation.heads]), in lower case."""
    heads = vocabulary().org_heads
    return frozenset(w.casefold() for kind in ("university", "research") for w in heads[kind])


@lru_cache(maxsize=1)
def institute_name_pattern() -> regex.Pattern:
    """An institute's name from its head word to its acronym ([names.institutes]): at most
    eight capitalised words (no acronym), truncated compounds ('Umwelt-,') and inner words
    between."""
    field = r"(?:\p{Lu}\p{Ll}[\p{L}-]*,?|(?:%(names.institutes.inner_words)s))"
    return word_pattern(r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}]*[- ])?(?:%(names.institutes.heads)s)[ \t]+"
                        r"(?:%(names.institutes.head_prepositions)s)[ \t]+(?:" + field + r"[ \t]+){1,8}?"
                        r"\p{Lu}{2,}[\p{Lu}\p{N}]*(?![\p{L}\p{N}-])")


def _with_whole_institute_names(text: str, chunks: list[Chunk]) -> list[Chunk]:
    """The chunks with each institute's whole name (institute_name_pattern) as one chunk in
    place of the pieces it was cut into; a chunk that runs into the name from before keeps
    what stands before it ('Helmholtz-Zentrum Berlin and the| Fraunhofer Institute for ...')."""
    if "Instit" not in text and "Instyt" not in text:
        return chunks  # (most texts)
    names = [(m.start(), m.end()) for m in institute_name_pattern().finditer(text)]
    for start, end in names:
        inside = [c for c in chunks if c.start < end and start < c.end]
        if not inside or any(c.end > end for c in inside):
            continue  # (a chunk running past the acronym: not this shape)
        kept = [c for c in chunks if c not in inside]
        before = inside[0]
        if before.start < start:
            head, dropped = _trim(text[before.start:start].rstrip(" \t"), before.start)
            if head:
                kept.append(Chunk(dropped, dropped + len(head), head))
        kept.append(Chunk(start, end, text[start:end]))
        chunks = sorted(kept, key=lambda c: c.start)
    return chunks


# A file's name ('NEO_Urkunde.jpg', 'Jahresbericht_2023.pdf', as captions and downloads give them): no name.
FILE_NAME = regex.compile(r"\.(?i:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|mp[34])$")


def _is_file_name(chunk_text: str) -> bool:
    """FILE_NAME, searched only where a dot stands among the last five characters (the
    pattern's longest match): a search over every chunk cost more than the test."""
    return "." in chunk_text[-5:] and FILE_NAME.search(chunk_text) is not None


@lru_cache(maxsize=1)
def tiers_capitalised() -> frozenset:
    """The tier words as a name's last word writes them ('Silber', 'GOLD')."""
    words = [w for w in label_rules().tier_words if w.isalpha()]
    return frozenset([w.capitalize() for w in words] + [w.upper() for w in words])


def _has_dash(text: str) -> bool:
    """Whether the text holds a hyphen or dash, which the dateline and acronym patterns
    need: most chunks hold none, and a substring test is cheaper than the match."""
    return "-" in text or "–" in text or "—" in text


# 'TØNSBERG – Velmora Ocean Cluster has ...': a place in capitals and a dash opening a line.
DATELINE_IN_CAPITALS = regex.compile(r"\p{Lu}{5,}(?:[ -]\p{Lu}{2,})*[ \t]+[–—-][ \t]+(?=\p{Lu})")


def _without_dateline_in_capitals(text: str, chunk: Chunk) -> Chunk:
    """A dateline's place in capitals and its dash, opening a line, are no part of the
    name after them (an acronym spelling that name is: _acronym_and_name)."""
    match = DATELINE_IN_CAPITALS.match(chunk.text) if _has_dash(chunk.text) else None
    if match is None or text[text.rfind("\n", 0, chunk.start) + 1:chunk.start].strip() \
            or ACRONYM_DASH_NAME.fullmatch(chunk.text) and _spells(chunk.text[:match.end()].split()[0],
                                                                   chunk.text[match.end():]):
        return chunk
    if _brand_before_cluster_name(text, chunk, match.end()):
        return chunk  # ('TEXVELM – Textil-Cluster Velmtal' heading a page: a brand and its cluster)
    return Chunk(chunk.start + match.end(), chunk.end, chunk.text[match.end():], chunk.legal_form)


def _brand_before_cluster_name(text: str, chunk: Chunk, rest_start: int) -> bool:
    """Whether the word in capitals opening a line before a dash is a brand of the cluster
    named after it ('TEXVELM – Textil-Cluster Velmtal'), not a dateline's place: no known
    place, and the rest of the line a name, no sentence, that opens with no article and holds
    a cluster's head in the singular ('X – Clusters driving ...' is a project's tagline) and a
    place or coined word ('KYSTVELM – Aquaculture Cluster' names the cluster by the brand)."""
    brand = chunk.text[:rest_start].split()[0]
    line_end = text.find("\n", chunk.start)
    line_rest = text[chunk.start + rest_start:line_end if line_end >= 0 else len(text)]
    words = regex.split(r"[ \t]+|-", line_rest)
    heads = vocabulary().cluster_heads
    long_heads = tuple(h for h in heads if len(h) >= 5)
    singular_head = any((w.casefold() in heads or w.casefold().endswith(long_heads))
                        and not (w.casefold().endswith("s") and w.casefold()[:-1] in heads) for w in words)
    proper = any(w[:1].isupper() and (w.casefold() in vocabulary().places
                                      or (is_rare_word(w, "de") and is_rare_word(w, "en"))) for w in words)
    return brand.casefold() not in vocabulary().places and not regex.search(r"[.;!?]", line_rest) \
        and words[0].casefold() not in vocabulary().word_lists["coreference.articles"] and singular_head and proper


TRUNCATED_START = regex.compile(r"\p{Lu}[\p{L}\p{N}]*-[ \t]+\p{Ll}+[ \t]+(?P<compound>\S+)")


def _without_truncated_start(chunk: Chunk) -> Chunk:
    """'Industrie- und Handelskammer X': a truncated compound opens the name of a body whose
    head ends the compound after it ('Handelskammer'), or whose compound only a place follows
    ('Holz- und Baucluster Schwarzwald'); before any other compound it is a description
    ('Sachsens größtes Mikroelektronik- und IKT-Netzwerk X'), no part of a name."""
    match = TRUNCATED_START.match(chunk.text) if "-" in chunk.text else None  # (no hyphen: no match)
    if match is None or _ends_in_org_head(match["compound"].casefold()):
        return chunk
    after = chunk.text[match.end("compound"):].split()
    if after and all(is_region_name(w) for w in after):
        return chunk  # ('Holz- und Baucluster Schwarzwald': the fields and the place name the cluster)
    offset = match.start("compound")
    return Chunk(chunk.start + offset, chunk.end, chunk.text[offset:], chunk.legal_form)


@lru_cache(maxsize=1024)
def _ends_in_org_head(word: str) -> bool:
    """'handelskammer', 'technologiezentrum': a compound ending in an organisation head (no
    network's or cluster's: 'IKT-Netzwerk')."""
    vocab = vocabulary()
    heads = frozenset().union(*(words for kind, words in vocab.org_heads.items() if kind != "network")) \
        - vocab.network_heads - vocab.cluster_heads - set(lower_words("cluster.network_nouns"))
    return word in heads or any(word.endswith(h) for h in heads if len(h) >= 5)


YEAR_AFTER = regex.compile(r"[ \t]+(?:19|20)\d\d(?![\p{L}\p{N}])")


@lru_cache(maxsize=1)
def _month_names() -> frozenset:
    from pipeline.dates import load_rules
    return frozenset(name for name in load_rules().month_number if len(name) > 2)


def _without_time_of_year(text: str, chunk: Chunk) -> Chunk | None:
    """'dem Cluster Ende Mai 2023 das Label verliehen', 'ist Ende Oktober 2022 ...': a month
    before a year, and a word of `[names.cuts] time_words` before it (or before the year:
    'Anfang 2025'), are a date, no part of a name (None when nothing is left)."""
    words = chunk.text.split(" ")
    if not YEAR_AFTER.match(text, chunk.end):
        return chunk
    if words[-1].casefold() in _month_names():
        words = words[:-1]
    elif len(words) < 2 or words[-1].casefold() not in lower_words("names.cuts.time_words"):
        return chunk  # (neither a month nor a time word before the year: 'Velmora 2030' may be a name)
    if words and words[-1].casefold() in lower_words("names.cuts.time_words"):
        words = words[:-1]
    if not words:
        return None
    kept = " ".join(words)
    return Chunk(chunk.start, chunk.start + len(kept), kept)


ACRONYM_DASH_NAME = regex.compile(r"(?P<acronym>\p{Lu}{2,12})[ \t]+[–—-][ \t]+(?P<name>\p{Lu}.+)")


def _acronym_and_name(text: str, chunk: Chunk) -> list[Chunk]:
    """'VWEC – Velmora Wind Energy Cluster': an acronym and, after a dash, the name it
    spells are two names of one body (the acronym rules link them), not one name; so are a
    brand in capitals and a name that holds a cluster's head ('AGRODUERO – Cluster
    Agroalimentario del Duero', 'VELMAR – Velmarský klastr robotiky': the appositions link them), and two names of a cluster
    (_two_cluster_names)."""
    match = ACRONYM_DASH_NAME.fullmatch(chunk.text) if _has_dash(chunk.text) else None
    if match is None:
        return _two_cluster_names(text, chunk)
    opens_with_head = match["name"].split(" ", 1)[0].casefold() in vocabulary().cluster_heads
    names_a_cluster = opens_with_head or (holds_cluster_head(match["name"]) and text[chunk.start - 1:chunk.start] != "("
                                          and not COORDINATION.search(match["name"]))  # (a list: the coordination rules split it)
    if not (len(match["acronym"]) <= 8 and _spells(match["acronym"], match["name"])) \
            and not (len(match["acronym"]) >= 4 and names_a_cluster):
        return _two_cluster_names(text, chunk)  # ('X (VELMAR – Velmoran Robotics Cluster)': one gloss of X)
    return [Chunk(chunk.start, chunk.start + match.end("acronym"), match["acronym"]),
            Chunk(chunk.start + match.start("name"), chunk.end, match["name"], chunk.legal_form)]


NAME_DASH_NAME = regex.compile(r"(?P<left>\p{Lu}[^ \t]*(?:[ \t]+[^ \t]+)+?|\p{Lu}\p{L}*[\p{Lu}\p{N}][\p{L}\p{N}]*)[ \t]+[–—-][ \t]+"
                               r"(?P<right>\p{Lu}[^ \t]*(?:[ \t]+[^ \t]+)+|\p{Lu}[\p{Lu}\p{N}]{3,11}|\p{Lu}\p{Ll}*[\p{Lu}\p{N}][\p{L}\p{N}]{2,})")


def _two_cluster_names(text: str, chunk: Chunk) -> list[Chunk]:
    """'Latvian Wood Cluster – Latvijas Koka Klasteris', 'Associação X – Cluster Agroindustrial
    do Y': a cluster's name, a dash and its name in another language, or its association's
    name and the cluster's, are two names of one cluster (the appositions link them), not one
    name; so are the name and a brand in capitals or a coined one after it ('Asociación Clúster de
    X – ENVALIA', 'X Cluster – H2Velm', linked by the acronym rules), or a coined brand before it opening a line ('H2Karpaty –
    Podkarpacki Klaster Wodorowy' as a page's header). Of two names of two words or more, the left
    names a cluster by its head or the association behind it; the right is a brand or names a
    cluster by its head."""
    match = NAME_DASH_NAME.fullmatch(chunk.text) if _has_dash(chunk.text) else None
    if match is None:
        return [chunk]
    left, right = match["left"], match["right"]
    left_names, right_names = holds_cluster_head(left), holds_cluster_head(right)
    left_fits = left_names or left.split(" ", 1)[0].casefold() in lower_words("cluster.wrapper_before") \
        or (" " not in left and _opens_line(text, chunk.start))  # (a cluster, its association, a header's brand)
    right_fits = right_names or " " not in right  # (a cluster, or a brand in capitals)
    if COORDINATION.search(left) or not (left_names or right_names) or not (left_fits and right_fits):
        return [chunk]
    return [Chunk(chunk.start, chunk.start + match.end("left"), match["left"]),
            Chunk(chunk.start + match.start("right"), chunk.end, match["right"], chunk.legal_form)]


# A coordination before the dash: 'X Cluster Nordalb and TARSIO – Slovenian Y Cluster' is split
# by the coordination rules into two names, the second with its dash.
COORDINATION = regex.compile(r",| (?:and|und|sowie|&) ")


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces stand between the line's start and `start`."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def holds_cluster_head(name: str) -> bool:
    """Whether a name holds a cluster's head ('Cluster X', 'X Klasteris', 'Žilinský klaster
    automobilových dodávateľov'), perhaps as a compound's last part ('Textil-Cluster X')."""
    heads = vocabulary().cluster_heads
    return not heads.isdisjoint(regex.split(r"[ \t]+|-", name.casefold()))


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym is the initials of the name's capitalised words."""
    connectors = vocabulary().connectors
    return acronym == "".join(w[0] for w in regex.split(r"[\s-]+", name)
                              if w and w[0].isupper() and w.casefold() not in connectors)


def _without_swallowed(text: str, chunks: list[Chunk]) -> list[Chunk]:
    """Chunks that an extended chunk before them now covers are dropped; one it runs into
    is joined to it ('IHK zu| Coburg und der Standortagentur X GmbH': the coordination rules
    split the whole at 'und der')."""
    out = []
    for chunk in chunks:
        if out and chunk.start < out[-1].end:
            end = max(chunk.end, out[-1].end)
            parts = _two_cluster_names(text, Chunk(out[-1].start, end, text[out[-1].start:end],
                                                   chunk.legal_form if chunk.end > out[-1].end else out[-1].legal_form))
            if len(parts) == 2 and parts[1].start >= chunk.start:  # ('Žilinský klaster automobilových
                out[-1:] = parts  # dodávateľov – Žilina Automotive Suppliers Cluster': grown into a dashed name)
            elif chunk.end > out[-1].end and is_portfolio_name(out[-1].text) \
                    and out[-1].text.rsplit(" ", 1)[-1].casefold() in vocabulary().places:
                rest = out[-1].end + len(text[out[-1].end:chunk.end]) - len(text[out[-1].end:chunk.end].lstrip())
                out.append(Chunk(rest, chunk.end, text[rest:chunk.end], chunk.legal_form))  # (a ministry's name
                # ends at its Land, _past_seat: what runs on past it is a chunk of its own)
            elif chunk.end > out[-1].end:
                out[-1] = Chunk(out[-1].start, chunk.end, text[out[-1].start:chunk.end], chunk.legal_form)
            continue
        out.append(chunk)
    return out
