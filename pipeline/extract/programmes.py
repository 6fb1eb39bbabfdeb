"""Programmes and projects that only their context names: a quoted name after a
programme word ('the project “Five for Excellence”', 'call ‘Go Global’'), a quoted name
before one ('the “FlexPack” partnership'), names listed before a plural programme word
('the Alpha, Beta and Gamma projects'), a name in apposition to one ('X – an
international project'), and call codes ('ABC-CLUSTER-2031-2-01').
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline.extract.chunks import Chunk, portfolio_words
from pipeline.extract.gazetteer import is_known_programme_form
from pipeline.extract.label_rules import label_rules
from pipeline.extract.model import DocumentEntities, Mention, PROGRAMME
from pipeline.extract.name_shapes import (YEAR_OR_PERIOD, cluster_and_network_heads, ends_in_common_noun, has_head, words_of,
                                          is_coined_word, is_common_word_or_compound, org_type_of)
from pipeline.extract.scan import finditer_at_words, finditer_in_lines_with_words
from pipeline.extract.vocab import vocabulary, word_pattern
from pipeline.lexicon import is_rare_word


@lru_cache(maxsize=1)
def _portfolio_before() -> regex.Pattern:
    """A ministry's name up to its portfolio ('the Ministry of ', 'Department for '; [names.growth]
    portfolio_words open it)."""
    openings = "|".join(regex.escape(w) for w in portfolio_words())
    return regex.compile(rf"(?i)\b(?:{openings})\p{{L}}*[ \t]+(?:of|for|für)[ \t]+(?:the[ \t]+)?$")


@dataclass(frozen=True)
class ProgrammePatterns:
    """The patterns of the programme context rules, built from vocabulary.toml [programme]."""
    quoted_after: regex.Pattern   # 'the project “Five for Excellence”', 'call ‘Go Global’'
    named_after: regex.Pattern        # 'called X' (after a programme word: introducer_before)
    introducer_before: regex.Pattern  # 'project ' right before the naming word
    quoted_before: regex.Pattern  # 'the “FlexPack” partnership'
    listed: regex.Pattern         # 'the Alpha, Beta and Gamma projects'
    apposed: regex.Pattern        # ' – an international project' after a name
    quoted_apposed: regex.Pattern  # ", the strategy our members adopted" after a quoted name
    call_code: regex.Pattern      # 'ABC-CLUSTER-2031-2-01', 'H2020-XYZ-2030-01', 'ABC-CL4-2031-TWIN-TRANSITION-01-07', 'DIGITAL-2031-EDIH-01', 'AB4H-2031-PJ-04'
    end_heads: frozenset          # 'Kelvo Growth Scheme': the last word of a programme's name
    started: regex.Pattern        # ' bewilligt', ' gets underway', ' startet.' after a project's brand
    funded_by: regex.Pattern      # 'financed from ', 'gefördert aus dem ' before a programme's name (matched where
    funding_verbs: tuple          # one of these first words of the phrases stands, found by plain search)
    fund_programme: regex.Pattern  # 'EFRE-Programm Sachsen 2021–2027', 'ERDF programme Saarland'
    one_of: regex.Pattern         # ' is one of the Euroclusters' after a name
    cross_border: regex.Pattern   # 'Interreg Sachsen – Tschechien 2021–2027'


@lru_cache(maxsize=1)
def patterns() -> ProgrammePatterns:
    introducer = r"(?i:%(programme.quoted_name_words)s)"
    return ProgrammePatterns(
        # (the programme word is looked for behind a quote: scanning for the quotes is fast,
        # trying the many programme words at every position was not)
        quoted_after=word_pattern(
            r"(?<=" + introducer + r"(?:[ \t]+(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)?"  # ('strategy 2022-2026 "X"')
            r"(?:[ \t]+(?:%(programme.naming_words)s))?[ \t]*[:]?[ \t]*\n?[ \t]*)"
            r"[„“\"‘‚'«»](?P<name>\p{Lu}[^„“”\"‘’‚'«»\n]{1,100}?)[“”\"’‘'«»]"),
        # 'an Interreg project called AlpTrans' (found from the naming word, which is rare,
        # then the programme word before it: scanning for the many programme words is slow)
        named_after=word_pattern(
            r"\b(?:%(programme.naming_words)s)[ \t]+"
            r"(?P<name>\p{Lu}[\p{L}\p{N}-]+(?:[ \t]+\p{Lu}[\p{L}\p{N}-]+){0,3})"),
        introducer_before=word_pattern(introducer + r",?[ \t]+$"),  # ('the project, called X')
        quoted_before=word_pattern(
            r"[„“\"‘‚'«](?P<name>\p{Lu}[^„“”\"‘’‚'«»\n]{1,60}?)[“”\"’‘'»][ \t-]*"
            r"(?:(?:\p{Lu}[\p{L}-]*[ \t]+){0,4})" + introducer + r"\b"),
        # (at most 20 items before 'and': an unbounded run of 'Name, ' is tried again from
        # each of its names, quadratic on a long comma list)
        listed=word_pattern(
            r"(?P<list>(?:\p{Lu}[\p{L}\p{N}-]+,[ \t]+){0,20}\p{Lu}[\p{L}\p{N}-]+,?[ \t]+"
            r"(?:%(programme.list_conjunctions)s|&)[ \t]+\p{Lu}[\p{L}\p{N}-]+)"
            r"[ \t]+(?i:%(programme.plural_heads)s)\b"),
        apposed=word_pattern(r"[ \t]+[–—-][ \t]+(?:%(programme.apposition_articles)s)[ \t]+"
                             r"(?:[\p{L}\p{N}-]+[ \t]+){0,3}?(?i:%(programme.apposition_heads)s)\b"),
        quoted_apposed=word_pattern(r"[ \t]*,[ \t]+(?:%(programme.quoted_apposition_articles)s)[ \t]+"
                                    r"(?:[\p{L}\p{N}-]+[ \t]+){0,3}?[\p{L}-]*?"
                                    r"(?i:%(programme.apposition_heads)s|%(programme.quoted_apposition_heads)s)\b"),
        # not standards or patent numbers: 'DIN-EN-ISO-9001-2015'
        call_code=word_pattern(
            r"(?<![\p{L}\p{N}-])(?!(?:%(programme.not_call_code_prefixes)s)-)"
            r"(?:\p{Lu}[\p{Lu}\p{N}]{1,9}(?:-[\p{Lu}\p{N}]{0,11}\p{Lu}[\p{Lu}\p{N}]{0,11}){1,4}"
            r"(?:-[\p{Lu}\p{N}]{1,12}){0,2}-(?:19|20)\d\d"
            r"(?:-[\p{Lu}\p{N}]{1,24}){0,5}"
            r"|\p{Lu}[\p{Lu}\p{N}]{2,8}-(?:19|20)\d\d(?:-[\p{Lu}\p{N}]{0,23}\p{Lu}[\p{Lu}\p{N}]{0,23})(?:-[\p{Lu}\p{N}]{1,24}){0,4})"
            r"(?![\p{L}\p{N}-])"),
        end_heads=frozenset(vocabulary().word_lists["programme.end_heads"]),
        started=word_pattern(r"[ \t]+(?i:(?:%(programme.project_start_phrases)s)\b"
                             r"|(?:%(programme.project_start_closing)s)[ \t]*(?:[.:!\n]|$))"),
        funded_by=word_pattern(r"(?i:%(programme.funding_phrases)s)[ \t]+(?:(?i:%(programme.funding_articles)s)[ \t]+)?"),
        funding_verbs=tuple(sorted({p.split()[0].lower() for p in vocabulary().word_lists["programme.funding_phrases"]})),
        fund_programme=word_pattern(
            r"(?<![\p{L}\p{N}/-])(?:%(programme.fund_acronyms)s)(?:(?:[ \t]*-[ \t]*|[ \t]+)(?:%(programme.fund_programme_words)s)"
            r"[ \t]+(?:(?:%(programme.fund_programme_prepositions)s)[ \t]+)?"
            r"(?P<place>\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)"
            r"(?:[ \t]+" + YEAR_OR_PERIOD + r")?"
            r"|[ \t]+(?P<dated_place>\p{Lu}[\p{L}-]+)[ \t]+" + YEAR_OR_PERIOD + r")(?![\p{L}\p{N}])"),
        cross_border=word_pattern(
            r"(?<![\p{L}\p{N}-])(?:%(programme.cross_border_heads)s)(?:[ \t]+(?:[IVX]{1,3}(?:-?[ABC])?|\d[ABC]))?"
            r"[ \t]+(?P<parts>\p{Lu}[\p{L}-]*(?:[ \t]*[–—-][ \t]*\p{Lu}[\p{L}-]*){0,2})"
            r"(?P<programme>[ \t]+(?:Programme|Programm))?(?P<period>[ \t]+" + YEAR_OR_PERIOD + r")?(?![\p{L}\p{N}])"),
        one_of=word_pattern(r"[ \t]*(?i:%(programme.one_of_phrases)s)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}?"
                            r"(?i:%(programme.one_of_heads)s)\b"),
    )

QUOTED = regex.compile(r"[„“\"‘‚'«](?P<name>\p{Lu}[^„“”\"‘’‚'«»\n]{1,60}?)[“”\"’‘'»]")


def _long_programme_heads() -> tuple[str, ...]:
    return tuple(h for h in vocabulary().programme_heads if len(h) >= 8)


LIST_ITEM = regex.compile(r"\p{Lu}[\p{L}\p{N}-]+")


def _common_word(word: str, text: str) -> bool:
    """A word the text also writes in lower case, or a function word: no name."""
    lowered = word.casefold()
    return lowered in vocabulary().not_name_start or regex.search(
        rf"(?<![\p{{L}}\p{{N}}-]){regex.escape(lowered)}(?![\p{{L}}\p{{N}}-])", text) is not None


CODE_AFTER_NAME = regex.compile(r"[“”\"’'»]?[ \t]*\($")


def _add(found: DocumentEntities, start: int, end: int, text: str, quoted: bool = False, headed: bool = False) -> bool:
    """A programme mention, unless the name is taken or names a body (a quoted title after
    a programme word may hold a weak head: 'Projekt „Auf dem Weg zu einem Netzwerk“'; a
    name `headed` by a programme word a company word: 'X Technologies Innovation Fund')."""
    name = text[start:end].strip(" \t,.;:")
    end = start + len(name)
    kind = org_type_of(name)
    if len(name) < 3 or found.covered(start, end) or (kind and not (quoted and kind in ("network", "association", "company", "other"))
                                                       and not (headed and kind == "company")):
        return False
    found.add(Mention(start, end, name, PROGRAMME, "programme_context"))
    return True


def whole_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each call code ('SMP-COSME-2023-CLUSTER') and each region's programme
    of an EU fund ('EFRE-Programm Sachsen 2021–2027'): one programme's name, whose parts
    name no programme of their own."""
    return call_code_spans(text) + fund_programme_spans(text) + cross_border_spans(text)


def call_code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each call code. (A cheap test first: most texts hold no year after
    a hyphen.)"""
    if "-19" not in text and "-20" not in text:
        return []
    return [match.span() for match in patterns().call_code.finditer(text)]


def cross_border_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cross-border programme named with the known places it joins by
    dashes ([programme] cross_border_heads), up to the first part that is no place
    ('Interreg Oberrhein| – Projekt'); after places only, a capitalised programme word and a
    period are the name's too ('Interreg VI-A Italy–Slovenia Programme')."""
    if "nterreg" not in text and "NTERREG" not in text:
        return []  # (a plain search first: most texts name none)
    places = vocabulary().places
    spans = []
    for match in patterns().cross_border.finditer(text):
        end = match.start("parts")
        for part in PART.finditer(match["parts"]):
            if part.group().casefold() not in places:
                break
            end = match.start("parts") + part.end()
        if end == match.end("parts"):  # (every part a place: the programme word and period are the name's)
            end = match.end()
        if end > match.start("parts") and not is_known_programme_form(text[match.start():end]):
            spans.append((match.start(), end))  # (a transnational programme is the gazetteer's)
    return spans


PART = regex.compile(r"\p{Lu}[\p{L}]*")  # a place between the dashes of a cross-border programme's name


def _add_cross_border_programmes(text: str, found: DocumentEntities) -> None:
    """Each cross-border programme named with its places; where a text names one Interreg
    programme only (cross-border, or a transnational one of the gazetteer: 'Interreg Alpine
    Space'), its bare head elsewhere ('under Interreg') is that programme too."""
    for start, end in cross_border_spans(text):
        _add(found, start, end, text)
    heads = {h.casefold() for h in vocabulary().word_lists["programme.cross_border_heads"]}
    strands, compounds = tuple(h + " " for h in heads), tuple(h + "-" for h in heads)
    named = [e for e in found.entities if e.label == PROGRAMME
             and any(m.text.casefold().startswith(strands) for m in e.mentions)]
    if len({e.best_name() for e in named}) != 1:
        return
    for entity in [e for e in found.entities if e.label == PROGRAMME and e is not named[0]]:
        if all(m.text.casefold() in heads or m.text.casefold().startswith(compounds)
               for m in entity.mentions):  # ('des Interreg-Projekts X')
            found.merge(named[0], entity)


def fund_programme_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each region's programme of an EU fund: the fund's acronym, a
    programme word and a known place ([programme] fund_acronyms, fund_programme_words), or
    the acronym, the place and the funding period ('EFRE Thüringen 2021-2027')."""
    if not any(acronym in text for acronym in vocabulary().word_lists["programme.fund_acronyms"]):
        return []  # (a plain search first: most texts name no fund)
    places = vocabulary().places
    return [match.span() for match in patterns().fund_programme.finditer(text)
            if (match["place"] or match["dated_place"]).casefold() in places
            or (match["place"] or match["dated_place"]).split()[0].casefold() in places]


# '„ReKuMa – Rezyklat-Kunststoffe für den Maschinenbau“': a project's short name, a dash and its title.
# (a title of four words or more: 'Regio.NRW – Innovation und Transfer' is one programme's name)
SHORT_NAME_AND_TITLE = regex.compile(r"(?P<short>[\p{L}\p{N}@.-]{3,20})[ \t]+[–—-][ \t]+(?P<title>\p{Lu}\S*(?:[ \t]+\S+){3,})")


def _add_titled(found: DocumentEntities, start: int, name: str, text: str) -> None:
    """A quoted programme's name; a short name and a title after a dash are two names of it."""
    titled = SHORT_NAME_AND_TITLE.fullmatch(name)
    if titled is None:
        _add(found, start, start + len(name), text, quoted=True)
    elif _add(found, start, start + len(titled["short"]), text, quoted=True):
        entity = found.mentions[-1].entity
        title_start = start + titled.start("title")
        if not found.covered(title_start, start + len(name)):
            found.add(Mention(title_start, start + len(name), titled["title"], PROGRAMME, "programme_context"),
                      entity.canonical)


# 'PHOTON-GRID ("Photonic Sensors for Resilient Grids")': a project's acronym (capitals, three
# or more, digits and hyphens allowed) and its title of three words or more, quoted in
# parentheses. (Not after a dash: 'VELO – Velmoran Offshore Logistics Engineering' may be a cluster.)
ACRONYM_AND_TITLE = regex.compile(
    r"(?<![\p{L}\p{N}-])(?P<short>\p{Lu}[\p{Lu}\p{N}]{2,}(?:-[\p{Lu}\p{N}]+)*)[ \t]+\([ \t]*[„“\"‘«]"
    r"(?P<title>\p{Lu}[^„“”\"‘’«»()\n]{8,100}?)[“”\"’»][ \t]*\)")


def _acronyms_and_titles(text: str, found: DocumentEntities) -> None:
    """A project's acronym and its title (ACRONYM_AND_TITLE): one programme by two names,
    unless the title names a cluster, network or body ('VELMO ("Velmo Food Cluster Network")';
    a plural names none: 'VELMO-GO ("Velmoran Clusters Going Global")') or a cluster's head
    stands before the acronym ('der Zukunftscluster VELMO („...“)')."""
    heads = cluster_and_network_heads()
    for match in ACRONYM_AND_TITLE.finditer(text):
        words = match["title"].split()
        before = text[max(0, match.start() - 40):match.start()].split()
        names_a_body = has_head([w for w in words_of(match["title"]) if not w.endswith("s")], heads) \
            or bool(org_type_of(match["title"]))
        after_cluster_head = bool(before) and has_head([before[-1].casefold()], heads) \
            and not is_known_programme_form(before[-1])  # (not 'the Eurocluster VELMO-CIRC')
        if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 2 and not names_a_body \
                and not after_cluster_head:
            _add_acronym_and_title(found, match, text)


def _add_acronym_and_title(found: DocumentEntities, match, text: str) -> None:
    """The acronym as the programme's name (or the programme a rule that ran before found
    there: a gazetteer's acronym), the title as its other name."""
    known = next((m for m in found.starting_at(match.start("short"))
                  if m.label == PROGRAMME and m.end == match.end("short")), None)
    if known is not None or _add(found, match.start("short"), match.end("short"), text, quoted=True):
        entity = known.entity if known is not None else found.mentions[-1].entity
        if not found.covered(match.start("title"), match.end("title")):
            found.add(Mention(match.start("title"), match.end("title"), match["title"], PROGRAMME, "programme_context"),
                      entity.canonical)


def quoted_and_listed(text: str, found: DocumentEntities) -> None:
    """Before the chunks are classified: quoted names next to a programme word, names
    listed before a plural one, call codes (a quoted 'Clusters Go Global' or
    'ABC-CLUSTER-2031-2-01' is no cluster)."""
    rules = patterns()
    for match in rules.quoted_after.finditer(text):
        _add_titled(found, match.start("name"), match["name"], text)
    for match in finditer_at_words(rules.named_after, text, vocabulary().word_lists["programme.naming_words"]):
        if rules.introducer_before.search(text, max(0, match.start() - 40), match.start()):
            _add(found, match.start("name"), match.end("name"), text)
    for match in rules.quoted_before.finditer(text):
        _add(found, match.start("name"), match.end("name"), text)
    for match in QUOTED.finditer(text):  # '„Technik-Offensive“', '"Innovationsstrategie Nordland"'
        words = match["name"].split()
        last = words[-1].casefold()
        if len(words) > 5 or words[0].casefold() in vocabulary().not_name_start:
            continue  # '„Das ist unser Programm“': a quote, not a name
        if last in vocabulary().programme_heads or (len(last) > 8 and last.endswith(_long_programme_heads())) \
                or rules.quoted_apposed.match(text, match.end()):  # "'X', the strategy our members adopted"
            _add(found, match.start("name"), match.end("name"), text, quoted=True)
    for match in finditer_in_lines_with_words(rules.listed, text,  # (one line, ending in a plural head)
                                              vocabulary().word_lists["programme.plural_heads"]):
        position = match.start("list")
        items = list(LIST_ITEM.finditer(match["list"]))
        if any(_common_word(item.group(), text) for item in items) \
                or _portfolio_before().search(text, max(0, position - 40), position):
            continue  # 'Research and Innovation projects': words, not names ('Ministry of Investments and
            # European Projects': a ministry's portfolio)
        for item in items:
            _add(found, position + item.start(), position + item.end(), text)
    for start, end in fund_programme_spans(text):
        _add(found, start, end, text)
    _add_cross_border_programmes(text, found)
    if " (" in text:
        _acronyms_and_titles(text, found)
    for start, end in call_code_spans(text):  # (with its cheap test first)
        named = CODE_AFTER_NAME.search(text, max(0, start - 4), start)
        before = [m for m in found.mentions if named and m.label == PROGRAMME and m.end == named.start()]
        if _add(found, start, end, text) and before:  # "call ‘X’ (ABC-CLUSTER-2031-2-01)"
            found.merge(before[0].entity, found.mentions[-1].entity)


YEAR = regex.compile(r"(?:19|20)\d\d")


YEAR_AFTER = regex.compile(r"[ \t]+(?:19|20)\d\d\b")


def _headed_at_end(chunk: Chunk, dated: bool = False) -> bool:
    """'Kelvo Growth Scheme', 'Nordland Innovation Strategy', 'Cluster Award 2022': a name
    of two or more words that ends in a programme word (and of two plain words only with a
    coined word or a year after it)."""
    all_words = chunk.text.split()
    words = list(all_words)
    while len(words) > 1 and (words[-1].casefold() in vocabulary().places or YEAR.fullmatch(words[-1])):
        words.pop()  # 'Hightech Agenda Bayern', 'Nordic Cluster Award 2022': the head before the place or year
    if words[-1].casefold() == "initiative" and len(words) >= 3 \
            and words[0].casefold() in vocabulary().word_lists["programme.partnership_scopes"] \
            and not cluster_and_network_heads() & {w.casefold() for w in words[:-1]}:
        return True  # 'EU Algae Initiative': an initiative of the EU's (not 'European Cluster Initiative X')
    if words[-1].casefold() not in patterns().end_heads or not words[0][:1].isupper():
        return False  # (not 'Growth Strategy' in a title-case heading)
    if label_rules().label_word.search(chunk.text) or label_rules().tier.search(chunk.text):
        return False  # 'Cluster Management Excellence Award', 'Gold Award': the label itself
    if _plain_heading(all_words):
        return False  # 'NEU IM PROGRAMM', 'NETZWERKE & PROGRAMME': a section's heading
    coined = any(regex.search(r"\p{Lu}.*\p{Lu}|\d", w) for w in words[:-1])  # 'KELVO Scheme', 'NordWind Programme'
    if len(words) == 3 and words[1].casefold() in ("und", "and") and not coined:
        return False  # 'Services und Strategie': two plain nouns, no name
    return len(all_words) >= 3 or (len(words) == 2 and (coined or dated))


def _plain_heading(words: list[str]) -> bool:
    """Capitals only, every word a common German or English one, and a function word or '&'
    among them: a heading set in capitals ('EINLADUNG UND PROGRAMM', 'NEU IM PROGRAMM'), not
    a name ('KELVO PROGRAMME', 'HERMES AWARD')."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    return all(w.isupper() and not is_coined_word(w) for w in lettered) \
        and any(w == "&" or w.casefold() in vocabulary().not_name_start for w in words)


def _funded_name_starts(text: str) -> set[int]:
    """Where a name after a funding phrase starts ('financed from ', 'gefördert aus dem '):
    the phrases' first words are found by plain search of the lower-cased text (a
    case-insensitive alternation tried at every word was slow), the phrase matched there."""
    lowered, rules, starts = text.lower(), patterns(), set()
    for verb in rules.funding_verbs:
        position = lowered.find(verb)
        while position >= 0:
            if position == 0 or not text[position - 1].isalpha():
                match = rules.funded_by.match(text, position)
                if match:
                    starts.add(match.end())
            position = lowered.find(verb, position + len(verb))
    return starts


def _coined_first_word(name: str) -> bool:
    """'FENG', 'CityFlow', 'Fundusze Europejskie ...': a name whose first word is an acronym,
    has capitals inside or is no word of German or English nor a compound of such words;
    not a common noun after a funding phrase ('im Rahmen des Förderprogramms')."""
    first = name.split()[0]
    if len(first) >= 2 and (first.isupper() or any(c.isupper() for c in first[1:])):
        return True
    return is_rare_word(first, "de") and is_rare_word(first, "en") and not is_common_word_or_compound(first) \
        and not ends_in_common_noun(first)


# A brand of one word: capitals inside ('DanuHub', 'BlueTEC4BSR') or capitals and digits ('WOOD4CE').
BRAND_WORD = regex.compile(r"\p{Lu}(?:\p{Ll}[\p{L}\p{N}]*\p{Lu}|[\p{Lu}\p{N}]*\p{N})[\p{L}\p{N}-]*")


def apposed(text: str, chunks: list[Chunk], found: DocumentEntities) -> list[Chunk]:
    """Unclassified names in apposition to a programme word ('X – an EU project', 'X is one of
    the Euroclusters') or right after a funding phrase ('financed from X', 'gefördert aus
    X'); returns the chunks still unclassified."""
    left = []
    funded_starts = _funded_name_starts(text)
    for chunk in chunks:
        if found.covered(chunk.start, chunk.end):
            continue
        if chunk.start in funded_starts and _coined_first_word(chunk.text) and _add(found, chunk.start, chunk.end, text):
            continue
        if BRAND_WORD.fullmatch(chunk.text) and patterns().started.match(text, chunk.end) \
                and _add(found, chunk.start, chunk.end, text):
            continue  # 'DanuHub bewilligt', 'CleanSense gets underway'
        dashed = text[chunk.end + 1:chunk.end + 2] in ("–", "—", "-")
        apposed_here = (dashed and patterns().apposed.match(text, chunk.end)) \
            or patterns().one_of.match(text, chunk.end)  # ('X is one of the Euroclusters')
        dated = YEAR_AFTER.match(text, chunk.end) is not None  # 'Cluster Award 2022'
        headed = _headed_at_end(chunk, dated)  # ('X Technologies Growth Fund': the head over a company word)
        if (apposed_here or headed) and len(chunk.text) >= 3 \
                and org_type_of(chunk.text) in (("", "company") if headed else ("",)) \
                and _add(found, chunk.start, chunk.end, text, headed=headed):
            continue
        left.append(chunk)
    return left
