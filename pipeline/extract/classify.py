"""Name chunks classified by their own words: people, clusters, organisations and
programmes; what says nothing by itself is left for the context rules."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.brands import lower_case_brands
from pipeline.extract.chunks import Chunk, growth, institute_name_pattern, is_portfolio_name, name_chunks
from pipeline.extract.gazetteer import misspelt_entry
from pipeline.extract.model import CLUSTER, DocumentEntities, Mention, ORG, PERSON, PROGRAMME
from pipeline.extract.name_shapes import (ADJACENT_CAPITALS, capitals_heading, ends_in_common_noun, names_an_event, is_common_word_or_compound, genitive_pattern, NAME_PARTICLE_AFTER,
                                          TITLE_COMPOUND, UPPER, YEAR_OR_PERIOD, cluster_and_network_heads,
                                          cluster_name_from, compound_head, has_head,
                                          is_coined_with_company_field, is_generic_network, is_name_like,
                                          is_person_name, is_place_genitive, is_place_name, legal_form_kind,
                                          legal_endings, org_type_of, programme_head_endings, without_legal_form)
from pipeline.extract.scan import finditer_at_words
from pipeline.extract.vocab import (common_noun_endings, is_first_name, is_role_word, lower_words, vocabulary,
                                   word_pattern)
from pipeline.lexicon import is_rare_word
from pipeline.names import legal_forms


PROGRAMME_CONTEXT = regex.compile(
    r"(?<!(?<!euro)cluster-|(?<!euro)cluster)(?:(?:\b|(?<=\p{L}))(?:projekt|projekts|projektes|programm|programms|vorhaben|vorhabens)\b|"
    r"\bconsortium[ \t]+behind\b|"
    r"\b(?:project|projekt|projekts|projektes|programme|program|programm|programms|initiative|"
    r"initiativ|scheme|partnership|partnerschaft|strategie|strategy|masterplan|wettbewerb|"
    r"competition|plattform|platform|projects|projekte|projekten|programmen|eurocluster)\b)(?:[ \t]+(?:like|such as|wie))?[ \t]*[„“\"‚']?$",
    regex.IGNORECASE)


@lru_cache(maxsize=65536)
def _programme_word_before(preceding: str, name: str) -> bool:
    """Whether PROGRAMME_CONTEXT ends the text before a chunk `name`, on the chunk's line or on
    a line before it that is no heading in capitals ('NEW HORIZON EUROPE PROJECT⏎X is one of 11
    partners': the heading's project is another name); nor common words in capitals after it
    on a heading's line ('PROJECT FACT SHEET': what the page is)."""
    heading, newline, line = preceding.rpartition("\n")
    if newline and not line.strip() and heading.isupper():
        return False
    if line.isupper() and capitals_heading(name):
        return False
    return PROGRAMME_CONTEXT.search(preceding) is not None


CLUSTER_INITIATIVE = regex.compile(r"(?i)\b(?:cluster|clusters|network|netzwerk)[ \t-]+initiatives?\b")
PROGRAMME_AFTER = regex.compile(
    r"^(?:[“”\"']?[ \t]*[-–]?(?:programme|program|programm|project|projekt|initiative|scheme|competition|contest)\b"
    # an apposition: "X, one of the Euroclusters", "X, a Horizon Europe project"
    r"|,[ \t]+(?:one of the|a|an|ein|eines der)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}?"
    r"(?:projects?|projekte?|euroclusters?|programmes?|partnerships?|initiatives?)\b)",
    regex.IGNORECASE)


def _programme_after(text: str, end: int):
    """PROGRAMME_AFTER right after position `end`, unless a role word follows the head of
    its apposition ('Anna Berg, a project manager'; 'X project coordinator' names project X)."""
    after = PROGRAMME_AFTER.match(text[end:end + 60])
    if after is None or not after.group().startswith(","):
        return after
    following = text[end + after.end():end + after.end() + 30].strip(" \t-").split(None, 1)
    return None if following and is_role_word(following[0].strip(".,;:").casefold()) else after


@lru_cache(maxsize=1)
def _coordinated_heads() -> regex.Pattern:
    """' and ', ' und das ': where 'X Cluster and Y Network' may be two names ([names.coordination]
    head_conjunctions, then one of its articles if any)."""
    return word_pattern(r" (?:%(names.coordination.head_conjunctions)s) (?:(?:%(names.coordination.articles)s) )?")


@lru_cache(maxsize=1)
def _coordinated_names() -> regex.Pattern:
    """' und ', ' and the ': between the two names of a list's last item ([names.coordination]
    name_conjunctions, then one of its articles if any)."""
    return word_pattern(r" (?:%(names.coordination.name_conjunctions)s) (?:(?:%(names.coordination.articles)s) )?")


def _preceding(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width):start]


@lru_cache(maxsize=1)
def _person_of() -> regex.Pattern:
    """'Jana Muster of the Saarland Ministry': a person, then the words of an affiliation
    ([people.before_org] affiliation), then the organisation."""
    return word_pattern(r"(?P<person>.+?) (?:%(people.before_org.affiliation)s) (?P<rest>\p{Lu}.+)")


# Heads only a programme has (not 'Fund', which bodies have too: 'Velmischer Förderfonds'; nor
# 'Strategy': 'Directorate for Industrial Strategy').
PROGRAMME_ONLY_HEADS = frozenset({"deal", "pact", "pakt", "scheme", "programme", "program", "programm"})


def classify_chunks(text: str, language: str, found: DocumentEntities) -> list[Chunk]:
    """Add cluster, organisation, programme and person mentions the chunks themselves
    reveal; return the chunks left unclassified (for the context rules)."""
    vocab = vocabulary()
    left = []
    _add_adjective_bodies(text, found)
    for chunk in _with_uncovered_heads(_split_coordinated(name_chunks(text, lower_case_brands(text, language))), found):
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
        if _wire_credit(text, chunk):  # 'May 6, 2025 /EuroNewsWire/ --': the wire that carried the release
            found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "org_rules"), org_type="company",
                      fixed_canonical=True)  # (fixed: no context makes it the cluster the release is about)
            continue
        before = _preceding(text, chunk.start).casefold()
        last_word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        titled = last_word in vocab.titles
        if " " not in chunk.text and not titled and not chunk.legal_form and chunk.text[1:].islower() \
                and not is_rare_word(chunk.text, language) and not is_first_name(chunk.text):
            left.append(chunk)  # a common word alone ('Mitglieder', 'Heute'): no rule below names it (and most
            continue            # chunks of German text are such nouns: the context rules read them if at all)
        person_before_role = _person_before_dashed_role(chunk, titled)
        if person_before_role is not None:  # '• Joost Velmers – Managing Director': a team list's line
            found.add(Mention(chunk.start, chunk.start + len(person_before_role), person_before_role, PERSON, "person_rules"))
            continue
        name_text = _strip_titles(chunk.text)
        offset = len(chunk.text) - len(name_text)
        person = _without_trailing_function_words(name_text)
        particle = NAME_PARTICLE_AFTER.match(text, chunk.end) if person == name_text else None
        if (is_person_name(person, titled) or (particle and len(person.split()) == 1 and is_first_name(person))
                or _is_person_in_capitals(person, text)) \
                and not _programme_after(text, chunk.end) and not _is_state_body(name_text):
            # ('Deep Roots, a Horizon Europe project'; 'Free State of Saxony')
            start = chunk.start + offset  # 'Pieter van Beispiel': a first name, a particle, a surname
            if particle:  # 'Gerd Muster zu Beispielstein'
                person = text[start:particle.end()]
            found.add(Mention(start, start + len(person), person, PERSON, "person_rules"))
            continue
        words = person.split(" ")
        if len(words) in (3, 4) and person == name_text and is_first_name(words[1]) \
                and is_person_name(" ".join(words[1:]), False) \
                and org_type_of(words[0]) in ("", "public_body") and words[0].casefold() not in vocab.cluster_heads \
                and not is_first_name(words[0]) and words[0][1:].islower() \
                and not _plural_compound(words[2]):  # 'Silicon Elbe Mikrosysteme' names no person
            start = chunk.end - len(" ".join(words[1:]))  # 'Jurymitglied Anna Muster', 'Staatsrat Beat Muster': a noun or office before the name
            found.add(Mention(start, chunk.end, text[start:chunk.end], PERSON, "person_rules"))
            continue
        tail = " ".join(words[-2:])
        if len(words) >= 3 and person == name_text and is_first_name(words[-2]) \
                and words[-3].casefold() not in vocab.connectors \
                and not any(w.casefold() in _list_conjunctions() for w in words) \
                and is_person_name(tail, False) and tail.casefold() not in vocab.places \
                and _role_in(before + " " + " ".join(words[:-2])):  # ('Cluster Legno Alto Adige': a region)
            start = chunk.end - len(tail)  # 'Minister of Economic Affairs Karl Brandtner': the role, then the name
            found.add(Mention(start, chunk.end, tail, PERSON, "person_rules"))
            head = chunk.text[:len(chunk.text) - len(tail)].rstrip()
            chunk = Chunk(chunk.start, chunk.start + len(head), head)
            if len(head.split()) < 2:
                left.append(chunk)
                continue
        employer = _person_of().match(name_text) if " " in name_text else None  # (a one-word chunk: no match)
        if employer and is_person_name(employer["person"], titled) and not _is_state_body(name_text):
            start = chunk.start + offset  # "Jana Muster of the Saarland Ministry of ..."
            found.add(Mention(start, start + len(employer["person"]), employer["person"], PERSON, "person_rules"))
            rest_start = start + employer.start("rest")
            chunk = Chunk(rest_start, chunk.end, text[rest_start:chunk.end], chunk.legal_form)
        if _add_coordinated_people(chunk, found):
            continue
        last = _coordination().split(chunk.text)[-1] if " " in chunk.text else chunk.text  # (' und ' needs a space)
        if last != chunk.text and is_person_name(last, False) and len(chunk.text) - len(last) > 5:
            start = chunk.end - len(last)  # 'Lindor Akademie Bern und Karl Muster': the person after the body
            found.add(Mention(start, chunk.end, last, PERSON, "person_rules"))
            left_text = _coordination().split(chunk.text[:len(chunk.text) - len(last)].rstrip())[0].rstrip()
            left_text = _final_conjunction().sub("", left_text)
            chunk = Chunk(chunk.start, chunk.start + len(left_text), left_text)
        cluster = cluster_name_from(_without_event(chunk))
        if cluster and (" " not in cluster[1] or _compound_then_place(cluster[1])) \
                and (last_word in vocab.description_determiners or last_word.isdigit()):
            cluster = None  # 'das einzige Food-Cluster in Deutschland', 'der erste Photonik-Cluster der Region X': a description
        if cluster and chunk.text.split(" ", 1)[0].casefold() in _lower_words("programme.instrument_heads"):
            cluster = None  # 'Förderrichtlinie Netzwerke und Cluster': a funding instrument for clusters
        if cluster and (describes_a_cluster(cluster[1]) or names_an_event(cluster[1])):
            left.append(chunk)  # 'ist der Cluster der Mikro- und Präzisionstechnik': what it is, no name
            continue
        if cluster and _plural_cluster_noun(text, cluster):
            left.append(chunk)  # 'Velmora Cluster sind Gold wert': Velmora's clusters
            continue
        if cluster:
            start, name = cluster
            found.add(Mention(start, start + len(name), name, CLUSTER, "cluster_rules"))
            continue
        if _network_with_a_coined_name(chunk) or _named_by_programme_level(text, chunk):
            found.add(Mention(chunk.start, chunk.end, chunk.text, CLUSTER, "cluster_rules"))
            continue  # 'Netzwerk Nordalb Elektronik', 'Kompetenznetz Velmora', 'NCE Velmora Subsea'
        governed = _governed_part(chunk)  # (asked of the programme rule and, below, of the rest)
        named = chunk if _is_programme_name(chunk) else governed if _is_programme_name(governed) else None
        named = _without_prize_winner(named) if named is not None else None
        named, owner = _without_owner(named) if named is not None else (None, None)
        year = TRAILING_YEAR.match(text, named.end) if named is not None else None
        if named is not None and (year or _names_an_instrument(named.words)
                                  or not _common_noun_after_head(_after_programme_head(named.words))):
            # "(im Rahmen der) Clusterstrategie Rheinland-Pfalz 2030", "Masterplan Wasserwirtschaft 2030"
            end = year.end() if year else named.end
            found.add(Mention(named.start, end, text[named.start:end], PROGRAMME, "programme_rules"))
            _add_owner(found, owner)
            continue
        after = _programme_after(text, chunk.end)
        if _programme_word_before(_preceding(text, chunk.start, 25), chunk.text) or (
                after and not CLUSTER_INITIATIVE.search(after.group())):  # (', a cluster initiative': a cluster)
            if is_name_like(chunk, language) and org_type_of(chunk.text) in ("", "agency", "network"):
                governing = GOVERNING_PROGRAMME.search(chunk.text)
                if governing:  # 'Projekt ALPBUILD des Programms Interreg': the project, not its programme's noun
                    chunk = Chunk(chunk.start, chunk.start + governing.start(), chunk.text[:governing.start()])
                chunk, owner = _without_owner(chunk)  # 'Programm X des Bayerischen Staatsministeriums ...'
                _add_owner(found, owner)
                version = VERSION_AFTER.match(text, chunk.end)  # 'Verbundprojekt KELVO 4.0'
                end = version.end() if version else chunk.end
                found.add(Mention(chunk.start, end, text[chunk.start:end], PROGRAMME, "programme_rules"))
                continue
        chunk = governed
        if _legal_form_first(chunk.text):  # 'UAB Klaipėdos vandenilio centras': a company
            found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "org_rules"), org_type="company")
            continue
        if _is_state_body(chunk.text):  # 'das Land Salzburg': its government, a public body
            found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "org_rules"), org_type="public_body")
            continue
        if chunk.text.casefold() in vocab.places:
            left.append(chunk)  # 'Gold-Label der Europäischen Union': a place, no body (but 'the
            continue            # Velden cluster' may be the Velden Food Cluster: context decides)
        kind = org_type_of(chunk.text)
        named_company = _after_company_noun(chunk)
        if named_company is not None:  # 'das Start-up DataMed', 'die Firma Velmora'
            plural = chunk.text.split(" ", 1)[0].endswith("s")  # 'die Start-ups Fluxora und Tarvix'
            for part in coordinated_parts(named_company) if plural else [named_company]:
                found.add(Mention(part.start, part.end, part.text, ORG, "org_rules"), org_type="company")
            continue
        if kind == "network" and _is_european_partnership(chunk.text):
            found.add(Mention(chunk.start, chunk.end, chunk.text, PROGRAMME, "programme_rules"))
            continue  # 'European Cluster Partnership for Mobility': a programme of the EU
        misspelt = misspelt_entry(chunk.text)
        if misspelt is not None:  # 'European Sercretariat for Cluster Analysis': a known body, misspelt
            entry_kind, entry = misspelt
            label = ORG if entry_kind == "organisation" else PROGRAMME
            found.add(Mention(chunk.start, chunk.end, chunk.text, label, "gazetteer"), entry["canonical"],
                      acronym=entry.get("acronym", ""), org_type=entry.get("type", ""), fixed_canonical=True)
            continue
        if kind == "network" and (_is_network_description(chunk) or capitals_heading(chunk.text)):
            continue  # 'das Branchennetzwerk der Kunststoffindustrie', a newsletter's 'NEU IM NETZWERK': no name
        if kind == "company" and chunk.text.rsplit(" ", 1)[-1].casefold() in _lower_words("programme.end_heads"):
            left.append(chunk)  # 'Disruptive Technologies Innovation Fund': its head, no company word, says what it is
            continue
        if kind in ("agency", "public_body") and len(chunk.words) > 2 and chunk.words[-1].casefold() in PROGRAMME_ONLY_HEADS:
            found.add(Mention(chunk.start, chunk.end, chunk.text, PROGRAMME, "programme_rules"))
            continue  # 'Swansea Bay City Deal': a place's word made it a body's, its head a programme
        if kind and _is_org_name(chunk, language) \
                and not (" " not in chunk.text and "-" in chunk.text and is_role_word(chunk.text.casefold())):  # 'IHK-Hauptgeschäftsführer': a role
            unit_and_owner = _unit_and_owner(chunk)
            if unit_and_owner is not None:  # 'Direktion für Ansiedlung des Velmischen Landesamts für Handel'
                for part in unit_and_owner:
                    found.add(Mention(part.start, part.end, part.text, ORG, "org_rules"), org_type=org_type_of(part.text))
                continue
            org_name = _after_agency_noun(_genitive_owner(chunk), kind)
            if org_name is not chunk:  # (a branch's owner, a name after its agency noun: its own kind)
                kind, chunk = org_type_of(org_name.text) or kind, org_name
            found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "org_rules"), org_type=kind)
            continue
        left.append(chunk)
    return left


def _person_before_dashed_role(chunk: Chunk, titled: bool) -> str | None:
    """'Joost Velmers – Managing Director', 'Ruud Tarsema – Member': a person's name, a spaced dash
    and up to four words holding a role word, as a team list gives each line; the name, or None."""
    name, dash, role = chunk.text.partition(" – ")
    role_words = role.split()
    if not dash or not 1 <= len(role_words) <= 4 or not any(is_role_word(w.casefold()) for w in role_words):
        return None
    return name if is_person_name(name, titled) else None


# After a wire service's name in a dateline: its closing slash and the dash before the text.
WIRE_CREDIT_AFTER = regex.compile(r"/[ \t]*(?:--|[-–—])")


def _wire_credit(text: str, chunk: Chunk) -> bool:
    """'BARCELONA, Spain, April 24, 2024 /ClusterWire/ -- ...': a name between slashes before
    the dateline's dash is the wire service's credit, a company."""
    return chunk.start > 0 and text[chunk.start - 1] == "/" and WIRE_CREDIT_AFTER.match(text, chunk.end) is not None


def _is_person_in_capitals(name: str, text: str) -> bool:
    """'DECLAN FURLONG:' opening a transcript's line, 'ANNA MUSTER' in a caption: a name of
    two or three words in capitals that the text also writes in title case, as a person's
    name ('Declan Furlong'); not a heading ('KEY ACHIEVEMENTS') or a standard ('DIN EN ISO')."""
    if not (name.isupper() and 2 <= name.count(" ") + 1 <= 3):
        return False
    titled = name.title()
    return titled in text and is_person_name(titled, False)


# A genitive programme noun closing a project's chunk: 'ALPBUILD des Programms'.
GOVERNING_PROGRAMME = regex.compile(r"[ \t]+(?:des|der)[ \t]+\p{L}*(?:programms|programmes|projekts|projektes)$",
                                    regex.IGNORECASE)


# 'die österreichische Botschaft', 'das bayerische Wirtschaftsministerium': a German
# adjective of a country or state, in lower case, before the noun of a public body.
ADJECTIVE_BEFORE = regex.compile(r"(?<![\p{L}-])\p{Ll}+(?:isch|äisch)(?:e|en|er|es|em)[ \t]+$")


@lru_cache(maxsize=1)
def _adjective_body_head() -> regex.Pattern:
    """The noun of a public body ([organisation] adjective_body_heads, or a compound ending
    in one), no capitalised word after it, nor a portfolio ('vom polnischen Ministerium für
    Entwicklung und Technologie': the ministry's name is the chunk that holds its portfolio)."""
    heads = sorted(_lower_words("organisation.adjective_body_heads"), key=len, reverse=True)
    either = "|".join(f"[{h[0].upper()}{h[0]}]{regex.escape(h[1:])}" for h in heads)  # (faster than (?i:))
    return regex.compile(rf"(?:{either})(?![\p{{L}}-]|[ \t]+\p{{Lu}}|[ \t]+für[ \t]+\p{{Lu}})")


def _add_adjective_bodies(text: str, found: DocumentEntities) -> None:
    """The public bodies a German text names by a lower-case adjective of place and the
    body's noun ('der österreichischen Botschaft', 'das bayerische Wirtschaftsministerium'):
    no capitalised name chunk holds them. Found from the rare noun back to the adjective."""
    lowered = text.lower()
    if not any(noun in lowered for noun in _lower_words("organisation.adjective_body_heads")):
        return  # (most texts: a substring test is much cheaper than the scan)
    for head in finditer_at_words(_adjective_body_head(), text, _lower_words("organisation.adjective_body_heads")):
        word_start = head.start()
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
            word_start -= 1  # 'Wirtschaftsministerium': the compound the noun ends
        if not text[word_start:word_start + 1].isupper():
            continue
        adjective = ADJECTIVE_BEFORE.search(text, max(0, word_start - 30), word_start)
        if adjective is not None and not found.covered(adjective.start(), head.end()):
            found.add(Mention(adjective.start(), head.end(), text[adjective.start():head.end()], ORG, "org_rules"),
                      org_type="public_body")


def _network_with_a_coined_name(chunk: Chunk) -> bool:
    """'Netzwerk Nordalb Elektronik', 'Kompetenznetz Velmora Wasser': a German network noun
    before a name that opens with a coined word is a cluster network (the guidelines'
    clusters), not some other body ('Netzwerk der Region', 'Netzwerk Bayern' name none)."""
    return _is_network_with_a_coined_name(chunk.text)


@lru_cache(maxsize=65536)
def _is_network_with_a_coined_name(text: str) -> bool:
    """_network_with_a_coined_name of a chunk's text. Cached: asked of nearly every chunk,
    and a pure function of the text."""
    words = text.split(" ")
    first = words[0].casefold()
    nouns = _lower_words("cluster.network_nouns")
    if len(words) < 2 or not any(noun in first for noun in nouns) \
            or first in _lower_words("cluster.project_network_nouns"):
        return False  # (or a research project's consortium: 'Forschungsverbund ReCyPol')
    if legal_form_kind(text) == "company":
        return False  # a firm's form: 'Klinikverbund Westsee gGmbH', a hospital group
    stems = (first, first[:-1], first[:-2]) if first.endswith("es") else (first, first[:-1]) \
        if first.endswith("s") else (first,)  # and the genitive: 'des Netzwerks X', 'des Kompetenznetzes X'
    return any(stem in nouns or compound_head(stem, nouns) for stem in stems) \
        and words[1][:1].isupper() and is_rare_word(words[1], "de") \
        and words[1].casefold() not in vocabulary().places


def _is_european_partnership(text: str) -> bool:
    """'European Cluster Partnership', 'EU Strategic Cluster Partnership for X', 'Strategic
    Research and Innovation Partnership': a partnership of the EU's or a strategic one is a
    programme ([programme] partnership_scopes, partnership_heads), not a body."""
    words = text.casefold().split()
    return words[0] in _lower_words("programme.partnership_scopes") and any(
        w in _lower_words("programme.partnership_heads") for w in words[1:])


def _role_in(text: str) -> bool:
    """Whether a role word stands among these words ('Minister of Economic Affairs')."""
    return any(is_role_word(w.strip(".,:;").casefold()) for w in text.split()[-6:])


def _after_agency_noun(chunk: Chunk, kind: str) -> Chunk:
    """'Standortagentur Business Upper Austria' -> 'Business Upper Austria': a German
    compound naming what kind of agency it is, before a name of two or more words that is
    no place ('Wirtschaftsförderung Region Velden', 'Standortagentur Tirol' and 'Standortagentur
    Allgäu GmbH' stay)."""
    first, _, rest = chunk.text.partition(" ")
    rest_words = rest.split()
    place = without_legal_form(rest)  # ('Allgäu GmbH')
    if kind != "agency" or "-" in first or not first[1:].islower() or len(rest_words) < 2 \
            or not all(w[:1].isupper() for w in rest_words) or _is_place_phrase(place) \
            or not compound_head(first, frozenset(vocabulary().org_heads["agency"])):
        return chunk
    offset = len(first) + 1
    return Chunk(chunk.start + offset, chunk.end, rest, chunk.legal_form)


def _is_place_phrase(text: str) -> bool:
    places = vocabulary().places
    area_nouns = _lower_words("places.area_nouns")
    return text.casefold() in places or all(is_place_name(w) or w.casefold() in area_nouns
                                            for w in text.split())


@lru_cache(maxsize=None)
def _lower_words(path: str) -> frozenset:
    """The words of the vocabulary.toml list at `path`, in lower case."""
    return frozenset(w.casefold() for w in vocabulary().word_lists[path])


@lru_cache(maxsize=1)
def _list_conjunctions() -> frozenset:
    """The conjunctions of a list of names ([lists] conjunctions, comma_conjunctions) and '&'."""
    return _lower_words("lists.conjunctions") | _lower_words("lists.comma_conjunctions") | {"&"}


def _after_company_noun(chunk: Chunk) -> Chunk | None:
    """The name after a company noun that opens the chunk ('Start-up DataMed', 'Firma
    Velmora GmbH', 'Pflege-Start-up caresync'), or None."""
    first, _, rest = chunk.text.partition(" ")
    if not rest or not (rest[:1].isupper() or _is_lower_case_brand(rest.split(" ", 1)[0])) \
            or not is_company_noun(first.casefold()) \
            or (first.casefold() not in vocabulary().context["company_nouns"]
                and all(w.casefold() in vocabulary().places for w in rest.split())):
        return None
    offset = len(first) + 1
    return Chunk(chunk.start + offset, chunk.end, rest, chunk.legal_form)


def _is_lower_case_brand(word: str) -> bool:
    """'caresync' after 'das Pflege-Start-up': a lower-case word of neither language (not
    'und', 'branchenübergreifend')."""
    return word[:1].islower() and is_rare_word(word, "de") and is_rare_word(word, "en")


@lru_cache(maxsize=4096)
def is_company_noun(word: str) -> bool:
    """'firma', 'start-up', a hyphenated compound ending in one ('elektrolyse-start-up'), or a
    German compound ending in a company noun ending ('wärmespeicher-spezialist')."""
    nouns = vocabulary().context["company_nouns"]
    return word in nouns or ("-" in word and any(word.endswith("-" + n) for n in nouns)) or any(
        word.endswith(n) and len(word) > len(n) + 2 for n in vocabulary().context["company_noun_endings"])


def _is_common_plural(word: str) -> bool:
    """'Partnern', 'Mitgliedern', 'partners': a role or member noun, not a name."""
    return " " not in word and word.casefold() in _common_plural_forms()


@lru_cache(maxsize=1)
def _common_plural_forms() -> frozenset:
    """Every role or member noun and its plurals in -n, -en, -s (one set look-up instead of
    a pass over the nouns)."""
    nouns = vocabulary().role_words | vocabulary().cluster_list_nouns
    return frozenset(form for n in nouns for form in (n, n + "n", n + "en", n + "s"))


def _opens_with_collective_noun(rest: str) -> bool:
    """'Unternehmen der Region', 'Betrieben aus Thüringen': a kind of body after a
    conjunction ([names.coordination] collective_nouns), not a name."""
    return rest.split(" ", 1)[0].casefold() in _lower_words("names.coordination.collective_nouns")


def _continues_legal_form(left: str, rest: str) -> bool:
    """'... GmbH' + ' & Co. KG': one legal form ('GmbH & Co. KG'), not two names."""
    last = left.rsplit(" ", 1)[-1]
    return any((last + rest).startswith(form) for form in _legal_forms_by_first_word().get(last, ()))


@lru_cache(maxsize=1)
def _legal_forms_by_first_word() -> dict[str, tuple[str, ...]]:
    """The legal forms of several words by their first word ('GmbH' -> 'GmbH & Co. KG'):
    the forms that can go on after a chunk's last word, found without a pass over all."""
    by_word: dict[str, list[str]] = {}
    for form in legal_forms():
        first, space, _ = form.partition(" ")
        if space:
            by_word.setdefault(first, []).append(form)
    return {word: tuple(forms) for word, forms in by_word.items()}


COINED = regex.compile(r"^(?:\p{L}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}{2,}[\p{Lu}\p{N}]*|\p{L}+\.\p{L}+(?:[.:]\p{L}+)*)$")


def _is_coined(word: str) -> bool:
    """'KaLiNet.org', 'veNTo', 'BMBF': a coined brand or acronym. Two of them joined by
    'und'/'and' are two names; words of a name's own 'and' are plain ('Wirtschaft und
    Energie', 'Meyer & Sohn'); a common word in capitals is none ('FURNITURE & WOOD CLUSTER')."""
    bare = word.strip(".,;:„“\"'")
    return bool(COINED.match(bare)) and not (bare.isupper() and not (is_rare_word(bare, "en") and is_rare_word(bare, "de")))


@lru_cache(maxsize=1)
def _in_purpose_phrase() -> regex.Pattern:
    """A 'für'/'for' phrase whose last word stands right before the 'und': 'Hochschule für
    Technik' (the prepositions of [names.growth] agency_prepositions)."""
    return word_pattern(r" (?:%(names.growth.agency_prepositions)s) \p{Lu}[\p{L}-]*$")


def _plural_compound(word: str) -> bool:
    """'Mikrosysteme', 'Bauteile': a German compound of two common words with a plural
    ending, no surname (a surname that is a common word, 'Harms', 'Lange', is one)."""
    return word.endswith(("e", "en", "s")) and is_rare_word(word, "de") and is_common_word_or_compound(word)


@lru_cache(maxsize=1)
def _plural_verb_after() -> regex.Pattern:
    return word_pattern(r"[ \t]+(?:%(cluster.plural_verbs)s)\b")


def _plural_cluster_noun(text: str, cluster: tuple[int, str]) -> bool:
    """'Velmora Cluster sind Gold wert': a name ending in the bare word 'Cluster' before a
    plural verb ([cluster] plural_verbs) is the plural noun, a body's clusters."""
    start, name = cluster
    return name.endswith(" Cluster") and _plural_verb_after().match(text, start + len(name)) is not None


def _is_network_description(chunk: Chunk) -> bool:
    """'Branchennetzwerk der Kunststoffindustrie', 'Network of SMEs': a network head (or a
    compound ending in one) and then 'der', 'des', 'of' describes a network, as in an
    apposition after its name; annotators name no such phrase ([organisation]
    description_heads, description_links)."""
    words = chunk.words
    if len(words) < 3 or words[1].casefold() not in _lower_words("organisation.description_links"):
        return False
    first = words[0].casefold()
    return any(first.endswith(head) for head in _lower_words("organisation.description_heads"))


GENITIVE_LINK = regex.compile(r" (?:der|des) ")
SURNAME_PARTICLES = ("Van", "Von", "Vander", "Vonder")  # opening a firm's name that is a surname's


def _genitive_owner(chunk: Chunk) -> Chunk:
    """'Krefelder Niederlassung der Spedition Terhoeven' -> 'Spedition Terhoeven',
    'Fachgebiet Ressourcenmanagement der Universität Kassel' -> 'Universität Kassel': words
    that name no body, then 'der' or 'des' and a name that does, are a part of that body (a
    branch, a unit), which is the organisation named."""
    link = GENITIVE_LINK.search(chunk.text)
    if link is None or org_type_of(chunk.text[:link.start()]) or chunk.text[:link.start()] in SURNAME_PARTICLES:
        return chunk  # (nor a surname's particles: 'Van der Velm Kasbouw B.V.', 'Von der Tarsen GmbH')
    owner = chunk.text[link.end():]
    if not owner[:1].isupper() or not org_type_of(owner):
        return chunk
    return Chunk(chunk.start + link.end(), chunk.end, owner, chunk.legal_form)


def _unit_and_owner(chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """'Direktion für Ansiedlung des Velmischen Landesamts für Handel', 'Institut für
    Mikrofertigung der Hochschule Tarsau': a public or academic body's unit named with its head,
    'der' or 'des' and the public or academic body it belongs to are two organisations (not
    'Ministerium für Wirtschaft des Landes X': a Land's ministry is named with its Land)."""
    link = GENITIVE_LINK.search(chunk.text)
    if link is None:
        return None
    unit, owner = chunk.text[:link.start()], chunk.text[link.end():]
    kinds = ("public_body", "agency", "research", "university")
    if len(unit.split()) < 2 or len(owner.split()) < 2 or not owner[:1].isupper() or org_type_of(unit) not in kinds \
            or org_type_of(owner) not in kinds or _is_state_body(owner) or GENITIVE_LINK.search(owner):
        return None
    owner_start = chunk.start + link.end()
    return Chunk(chunk.start, chunk.start + len(unit), unit), Chunk(owner_start, chunk.end, owner, chunk.legal_form)


# A German adjective by its derivation and ending: 'Eingetragene', 'Professionelles', 'Digitaler'
# (not a place or its adjective, 'Hohenlohe', 'Lausitzer').
COMMON_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}+(?:ig|lich|isch|ell|iv|al|en|et)(?:e|er|es|en|em)")


def _adjective_and_cluster_noun(name: str) -> bool:
    """'Ehemaliger Spitzencluster', 'Welche Cluster', 'Eingetragene Cluster': a generic adjective
    ([cluster] generic_adjectives) or a common German one, and a cluster noun (or a common
    field's compound of one) describe a cluster, no name (not a place's adjective: 'Lausitzer
    Schienentechnik-Cluster' is a name)."""
    words = name.split(" ")
    heads = vocabulary().cluster_heads
    return len(words) == 2 and (words[0].casefold() in vocabulary().generic_adjectives or (
        COMMON_ADJECTIVE.fullmatch(words[0]) is not None and not is_rare_word(words[0], "de") and not _of_a_place(words[0]))) \
        and (words[1].casefold() in heads or (compound_head(words[1], heads) and _common_field(words[1])))


def _of_a_place(word: str) -> bool:
    """'Hohenlohe', 'Lausitzer', 'Kärntner', 'Thüringer': a place, or its adjective, the place and
    '-er' (its '-en' dropped, or its '-en' for '-n': 'Kärnten', 'Kärntner')."""
    stems = (word[:-2], word[:-2] + "en", word[:-3] + "en") if word.endswith("er") else ()
    return is_place_name(word) or any(is_place_name(stem) for stem in stems)


ADJECTIVE_ENDING = regex.compile(r"(?:isch|sch)(?:e|en|er|es|em)$")


def describes_a_cluster(name: str) -> bool:
    """'Nordrhein-westfälische Cluster', 'Bayerischer Cluster': a German adjective of place and
    the head alone; 'Cluster für Oberflächentechnik': the head and one common field; 'Cluster der
    Mikro- und Präzisionstechnik', 'Cluster der Kunststoffindustrie': a
    cluster head, 'der', 'des' or 'für' and then only common words (no coined word, no place)
    describe a cluster, as a predicate or apposition does; no annotator names them."""
    words = name.split(" ")
    heads = vocabulary().cluster_heads
    if len(words) == 2 and words[1].casefold() in heads and ADJECTIVE_ENDING.search(words[0]):
        return True  # 'Nordrhein-westfälische Cluster erhalten ...': an adjective and the head
    if _adjective_and_cluster_noun(name):
        return True  # 'Ehemaliger Spitzencluster', 'Welche Cluster'
    if len(words) == 3 and words[0].casefold() in heads and words[1] in ("für", "for") and _common_field(words[2]):
        return True  # 'das sächsische Cluster für Oberflächentechnik': what it is for, no name
    if len(words) == 4 and words[0].casefold() in heads and words[2] in ("der", "des") \
            and _common_field(words[1]) and _common_field(words[3]):
        return True  # 'drei Cluster Teil des Konsortiums': the head, then common words and a genitive
    if len(words) < 3 or words[0].casefold() not in heads or words[1] not in ("der", "des", "für"):
        return False  # ('Der Cluster für Werkstoff- und Oberflächentechnik': what it is for, too)
    return all(w.endswith("-") or w in ("und", "für", "and") or (_common_field(w) and not UPPER.search(w[1:]))
               for w in words[2:])  # (no coined word in camel case: 'Cluster für Personalisierte VelmoraTherapie')


def _common_field(word: str) -> bool:
    """A common word or compound of either language, or one ending in a common noun, that is no
    place ('Oberflächentechnik', 'Faserverbundwerkstoffe'; not 'Bayern')."""
    return (is_common_word_or_compound(word) or ends_in_common_noun(word)) and word.casefold() not in vocabulary().places


def _is_state_body(name: str) -> bool:
    """'Land Salzburg', 'Kanton Zug', 'Free State of Saxony': a state noun ([organisation]
    state_nouns, some of several words) and a place."""
    lowered = name.casefold()
    return any(lowered.startswith(noun + " ") and lowered[len(noun) + 1:] in vocabulary().places
               for noun in _lower_words("organisation.state_nouns"))


PROGRAMME_LEVEL_WORD = regex.compile(r"(?<![\p{L}\p{N}])(?:NCE|GCE)[ \t]+\p{Lu}")


def _named_by_programme_level(text: str, chunk: Chunk) -> bool:
    """'NCE Velmora Subsea', 'GCE Tarvel Ocean', 'Arena Velmo Health Tech': a cluster named by
    its level in Norway's cluster programme ([coreference] programme_levels) before its name;
    'Arena' (a venue's word too) only before two words or more, in a text that names another
    level so ('NCE X')."""
    first, _, rest = chunk.text.partition(" ")
    if not rest or not rest[:1].isupper() or first.casefold() not in _lower_words("coreference.programme_levels"):
        return False
    if first.isupper():
        return True
    return first == "Arena" and len(rest.split()) >= 2 and PROGRAMME_LEVEL_WORD.search(text) is not None


def _split_coordinated(chunks: list[Chunk]) -> list[Chunk]:
    """'X Cluster and Y Network' is two names: split at 'and'/'und'/'&' where the left
    part ends in a head word or legal form (a name's own 'and' follows no head:
    'Bundesministerium für Wirtschaft und Energie', 'Meyer & Sohn')."""
    vocab = vocabulary()
    heads = _cluster_network_and_org_heads()
    out = []
    for chunk in chunks:
        if " " not in chunk.text or not _coordinated_heads().search(chunk.text) or _is_programme_text(chunk.text) \
                or institute_name_pattern().fullmatch(chunk.text):
            out.append(chunk)  # one word or no conjunction: nothing to split (most chunks); a programme's
            continue           # name goes on after its 'and' ('Operational Programme Research and Innovation'),
            # and so does an institute's up to its acronym ('... for Ceramic Technologies and Systems IKTS')
        pieces, position = [], 0
        for match in _coordinated_heads().finditer(chunk.text):
            left = chunk.text[position:match.start()]
            if _continues_legal_form(left, chunk.text[match.start():]) or left.endswith("-"):
                continue  # (or 'Institut für Werkstoff- und Strahltechnik': a truncated compound)
            if chunk.text[match.end():].split(" ", 1)[0].casefold() in _lower_words("names.coordination.firm_partners"):
                continue  # 'Morandi & Figli S.r.l.', 'Kühnle & Partner Elektronik GmbH': one firm
            if (_is_common_plural(chunk.text[match.end():]) and not is_portfolio_name(left)) \
                    or _opens_with_collective_noun(chunk.text[match.end():]):  # (a ministry's portfolio goes
                # on: 'Ministry of Economic Affairs and Communications')
                pieces.append((position, left))  # 'X und Partnern', 'X und Unternehmen der Region': no name
                position = len(chunk.text)
                break
            last = left.split(" ")[-1].casefold()
            right_first = chunk.text[match.end():].split(" ")[0].casefold()
            next_name = _coordination().split(chunk.text[match.end():])[0].split()  # the words up to any next 'and'
            two_bodies = _two_headed_bodies(left, next_name) \
                or _two_coined_names(left, next_name, ampersand=match.group().strip() == "&") \
                or _coined_word_and_a_body(left, next_name) \
                or _two_clusters(left, next_name) or _two_academic_bodies(left, next_name) \
                or _two_field_companies(left, next_name) or _place_and_a_cluster(left, next_name) \
                or _two_placed_networks(left, next_name) \
                or (position == 0 and is_person_name(left, False) and not _fields_and_a_head(next_name))
            if _in_purpose_phrase().search(left) and match.group().strip() in vocabulary().word_lists["names.coordination.purpose_conjunctions"] \
                    and right_first not in heads and not compound_head(right_first, _all_org_heads()) \
                    and not two_bodies:
                continue  # 'Hochschule für Technik und Wirtschaft X': the head's 'für' phrase goes on
            coined_pair = _is_coined(left.split(" ")[-1]) and _is_coined(chunk.text[match.end():].split(" ")[0])
            right_words = chunk.text[match.end():].split()
            # 'der Cluster A B und C D' (not 'Cluster Zuckerrübe & Bioökonomie X': '&' joins one name's fields;
            # nor 'dem Cluster A und der B': an article of its own before each, one cluster each)
            plural_head = position == 0 and match.group().strip() != "&" and len(match.group().split()) == 1 \
                and left.split(" ")[0].casefold() in _lower_words("lists.plural_heads_in_chunk") \
                and 2 <= len(left.split()) <= 4 and 1 <= len(right_words) <= 3 \
                and is_rare_word(left.split()[1], "de") and is_rare_word(right_words[0], "de")
            # 'die Cluster Energiespeicher Emsland und Lebensmitteltechnik Münsterland': a field and a place each,
            # two names (the first keeps the head: a field and a place name no cluster without it)
            fields_and_places = position == 0 and match.group().strip() != "&" and len(match.group().split()) == 1 \
                and left.split(" ")[0].casefold() in _lower_words("lists.plural_heads_in_chunk") \
                and 3 <= len(left.split()) <= 4 and 2 <= len(right_words) <= 3 \
                and is_place_name(left.split()[-1]) and is_place_name(right_words[-1])
            plural_head = plural_head and not fields_and_places
            acronym_closes = " " in left and ACRONYM_WORD.fullmatch(left.rsplit(" ", 1)[-1]) is not None \
                and any(c.islower() for c in left)
            # ('Both ZCEC and Oulu Smart Grid Cluster carry Gold': a body's acronym, no field's like
            # 'ICT', and a cluster's name after it)
            acronym_and_cluster = position == 0 and ACRONYM_WORD.fullmatch(left) is not None \
                and is_rare_word(left.casefold(), "en") and is_rare_word(left.casefold(), "de") \
                and len(right_words) >= 2 and right_words[-1].casefold() in vocab.cluster_heads \
                and not _fields_and_a_head(right_words)
            # ('Landesamt für Handel VLH und der Standortkantone': its acronym closes a name
            # written in lower case too; not 'VELMORA FURNITURE & WOOD CLUSTER', a name in capitals)
            if coined_pair or plural_head or fields_and_places or two_bodies or match.group().strip() in vocabulary().word_lists["names.coordination.always_split"] or last in heads or compound_head(left.split(" ")[-1], vocab.cluster_heads) or left in legal_forms() \
                    or left.endswith(legal_endings()) or acronym_closes or acronym_and_cluster:
                if plural_head:  # 'die Cluster Velmora Wind und Nordalb Energie': the head is both's
                    head = left.split(" ")[0]
                    position, left = position + len(head) + 1, left[len(head) + 1:]
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


ACRONYM_WORD = regex.compile(r"\p{Lu}{2,}[\p{Lu}\p{N}]*")  # 'VLH', 'IMT', 'FH2'


# A year or a funding period after a programme's name (YEAR_OR_PERIOD): 'Masterplan Wasser 2030'.
VERSION_AFTER = regex.compile(r"[ \t]+(?:\d{1,2}\.\d|" + YEAR_OR_PERIOD + r")(?![\p{L}\p{N}]|[.,]\d)")
TRAILING_YEAR = regex.compile(r"[ \t]+" + YEAR_OR_PERIOD + r"(?![\p{L}\p{N}.,:/–—-]\p{N}|[\p{L}\p{N}])")


def _is_programme_name(chunk: Chunk) -> bool:
    """A name headed by a programme word ('Masterplan X', 'Förderprogramm X',
    'Clusterstrategie X') that is not a body's own plan."""
    return _is_programme_text(chunk.text)


@lru_cache(maxsize=65536)
def _is_programme_text(text: str) -> bool:
    """_is_programme_name of a chunk's text. Cached: asked of nearly every chunk and of its
    governed part, and a pure function of the text."""
    words = text.split(" ")
    first_word = words[0].casefold()
    if first_word.endswith("s") and not first_word.endswith(programme_head_endings()):
        first_word = first_word[:-2] if first_word.endswith("es") and first_word[:-2].endswith(
            programme_head_endings()) else first_word[:-1]  # genitive: 'des Innovationsprogramms X'
    two_words = " ".join(words[:2]).casefold()  # ('Operational Programme X')
    if len(words) == 1:
        acronym, _, head = text.partition("-")
        return ACRONYM_HEADED.fullmatch(text) is not None and head.casefold().endswith(programme_head_endings()) \
            and acronym.casefold() not in _lower_words("programme.partnership_scopes")  # 'FTI-Richtlinie', not 'EU-Programm'
    if NAME_ADJECTIVE.fullmatch(words[0]) and words[1].casefold().endswith(programme_head_endings()) \
            and not words[1].casefold().endswith(ENGLISH_HEADS) and (len(words) > 2 or PLACE_ADJECTIVE.fullmatch(words[0])):
        return not _owned_by_organisation(text)  # 'Bayerische Wasserstoffstrategie', 'Regionale Innovationsstrategie X'
    if _names_a_prize(words[1] if NAME_ADJECTIVE.fullmatch(words[0]) else words[0]):
        return not _owned_by_organisation(text)  # 'Keramikpreis Oberfranken', 'Bayerischer Leichtbaupreis'
    return (first_word in vocabulary().programme_heads or two_words in vocabulary().programme_heads or first_word.endswith(
        programme_head_endings())) and not _owned_by_organisation(text)


def _names_a_prize(word: str) -> bool:
    """'Innovationspreis', 'Netzwerkpreis': a compound ending in 'preis' heads a prize, a
    competition the guidelines count among programmes; 'Strompreis' is a price."""
    lowered = word.casefold()
    return lowered.endswith("preis") and len(lowered) > 8 and word[:1].isupper() \
        and lowered not in _lower_words("programme.not_prizes")


# An acronym and a hyphen before a programme head: 'FTI-Richtlinie', 'GRW-Förderprogramm'.
ACRONYM_HEADED = regex.compile(r"\p{Lu}{2,6}-\p{Lu}\p{Ll}+")
# A German adjective written capitalised, as only in a name: 'Bayerische', 'Regionale', 'Nationales';
# one made from a place's name names its programme alone ('Bayerische Wasserstoffstrategie'), a
# general one only before more words ('Regionale Innovationsstrategie Thüringen', not 'Regionale
# Innovationsstrategie'). ('Europäische Programme': the English head, a German plural.)
NAME_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}+(?:isch|al|ional)e[nrs]?")
PLACE_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}+ische[nrs]?")
ENGLISH_HEADS = ("programme", "program", "strategy", "competition")


def _after_programme_head(words: list[str]) -> list[str]:
    """The words of a programme's name after its head: after the first word, or after the
    second behind a capitalised adjective ('Bayerische Wasserstoffstrategie | 2030')."""
    return words[2:] if NAME_ADJECTIVE.fullmatch(words[0]) else words[1:]


def _names_an_instrument(words: list[str]) -> bool:
    """'Landesprogramm Wirtschaft', 'Förderlinie Digitalisierung': a funding instrument's head
    before one capitalised noun is its name; prose puts an article between ('im Wettbewerb der
    Regionen'), and these heads are seldom written without one."""
    return len(words) == 2 and words[0].casefold() in _lower_words("programme.instrument_heads") \
        and words[1][:1].isupper() and words[1][1:].islower()


def _common_noun_after_head(rest: list[str]) -> bool:
    """'Wettbewerb der Regionen', 'Wettbewerb Teamgeist': an article or one plain
    noun after the head is a phrase, not a name ('Masterplan Wasser 2030', 'Wettbewerb
    Innovative Regionen', 'Strategie Sachsen' are names; so is a head alone, 'FTI-Richtlinie')."""
    vocab = vocabulary()
    if not rest:
        return False
    if rest[0].casefold() in ("der", "des", "die", "das", "dem", "den", "the"):
        return True
    if rest[0].casefold() in ("und", "and") and len(rest) > 1 and rest[1][1:].islower() \
            and is_common_word_or_compound(rest[1]):
        return True  # 'Strategie und Dienstleistungen des Clusters': two common nouns, no name
    if len(rest) == 2 and rest[0] == "für" and _plain_noun(rest[1]):
        return True  # 'Qualifizierungsprogramm für Fachkräfte': what it is for, no name (but
        # 'Innovationsförderprogramm für Forschung und Entwicklung in Unternehmen' is one)
    word = rest[0]
    return len(rest) == 1 and word[:1].isupper() and word[1:].islower() and \
        word.casefold() not in vocab.places and not is_place_genitive(word) \
        and is_common_word_or_compound(word)  # ('Förderprogramm Velmora': a coined name)


def _plain_noun(word: str) -> bool:
    """A common noun or compound that is no place ('Fachkräfte', 'Kfz-Werkstätten'; not
    'Finnland', 'KMU', 'Velmora')."""
    last = word.rsplit("-", 1)[-1]
    return last[:1].isupper() and last[1:].islower() and word.casefold() not in vocabulary().places \
        and is_common_word_or_compound(last)


def _owned_by_organisation(text: str) -> bool:
    """'Strategie der Stadt Lindenau': a body's plan, not a programme's name (a name between
    the head and the body is one: 'Förderrichtlinie X des Ministeriums', see _without_owner)."""
    genitive = genitive_pattern().search(text)
    if genitive is None:
        return False
    owner = text[genitive.end():]
    if " " in text[:genitive.start()] and _names_a_body(owner):
        return False  # (a programme, which _without_owner cuts before its body)
    return bool(org_type_of(owner)) or _names_a_body(owner)


# A German genitive ending of a noun ('Staatsministeriums', 'Landes'), dropped to find its head.
GENITIVE_ENDING = regex.compile(r"(?<=\p{Ll}{3})e?s\b")
OWNER_TYPES = ("public_body", "agency")


def _names_a_body(text: str) -> bool:
    """'Sächsischen Staatsministeriums für Wirtschaft': a public body or agency, in the
    genitive or not."""
    return org_type_of(text) in OWNER_TYPES or org_type_of(GENITIVE_ENDING.sub("", text)) in OWNER_TYPES


def _without_prize_winner(chunk: Chunk) -> Chunk | None:
    """'Keramikpreis Oberfranken | für Velmo-Porzellan': a prize's name ends before 'für',
    which names the winner (a topic after it is written in lower case and never joins the
    chunk); a prize's head alone left before it names no prize ('Publikumspreis für X': None)."""
    words = chunk.text.split(" ")
    if "für" not in words[1:] or not any(_names_a_prize(w) for w in words[:2]):
        return chunk
    name = " ".join(words[:words.index("für", 1)])
    return Chunk(chunk.start, chunk.start + len(name), name) if " " in name else None


def _without_owner(chunk: Chunk) -> tuple[Chunk, Chunk | None]:
    """'Förderrichtlinie Sachsen-Netzwerk.Zukunft des Sächsischen Staatsministeriums für
    Wirtschaft' -> 'Förderrichtlinie Sachsen-Netzwerk.Zukunft' and 'Sächsischen
    Staatsministeriums für Wirtschaft': the programme's name ends before the body that runs
    it, itself an organisation (None when no body follows)."""
    genitive = genitive_pattern().search(chunk.text)
    if genitive is None or " " not in chunk.text[:genitive.start()] or not _names_a_body(chunk.text[genitive.end():]):
        return chunk, None
    owner_start = chunk.start + genitive.end()
    return (Chunk(chunk.start, chunk.start + genitive.start(), chunk.text[:genitive.start()]),
            Chunk(owner_start, chunk.end, chunk.text[genitive.end():]))


def _add_owner(found: DocumentEntities, owner: Chunk | None) -> None:
    """The body a programme's name says runs it, an organisation of its kind."""
    if owner is not None and not found.covered(owner.start, owner.end):
        found.add(Mention(owner.start, owner.end, owner.text, ORG, "org_rules"),
                  org_type=org_type_of(GENITIVE_ENDING.sub("", owner.text)) or org_type_of(owner.text))


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


def _two_headed_bodies(left: str, right_words: list[str]) -> bool:
    """'University of Velmora and St Brunkel Hospital', 'Ministry of Economy and Labour and
    Tarsio University': a name that opens with its head word and one of at least two words
    ending in a head word are two bodies ('University of Science and Technology of X' is
    one: what follows 'and' ends in no head)."""
    heads = _all_org_heads()
    left_words = left.split(" ")
    return len(left_words) >= 3 and left_words[0].casefold() in heads \
        and left_words[1].casefold() in vocabulary().connectors and len(right_words) >= 2 \
        and right_words[0][:1].isupper() and right_words[-1].casefold() in heads


def _two_academic_bodies(left: str, right_words: list[str]) -> bool:
    """'Chalmers University of Technology and Østfold University College', 'Technische
    Universität X und Fraunhofer-Institut für Y': a university's or institute's name of two or
    more words and another body's of two or more are two bodies ('University of Applied
    Sciences and Arts X' is one: 'Arts X' names no body)."""
    return len(left.split(" ")) >= 2 and len(right_words) >= 2 and right_words[0][:1].isupper() \
        and org_type_of(left) in ("university", "research") \
        and org_type_of(" ".join(right_words)) in ("university", "research", "public_body", "agency")


def _fields_and_a_head(words: list[str]) -> bool:
    """'Satellite Cluster', 'Drink Network': common words and a cluster head, no name of
    their own; after '&' they close the name before it ('Clyde Space & Satellite Cluster',
    whatever first name and surname its first words look like)."""
    heads = cluster_and_network_heads()
    return len(words) >= 2 and words[-1].casefold() in heads and all(
        not is_rare_word(w, "en") and w.casefold() not in heads for w in words[:-1])


def _place_and_a_cluster(left: str, right_words: list[str]) -> bool:
    """'Finland and Binnenvaartcluster Nijmegen': a place and a cluster's name are two names
    ('the partners from Finland and X'), not one."""
    heads = vocabulary().cluster_heads
    return left.casefold() in vocabulary().places and len(right_words) >= 1 and right_words[0][:1].isupper() \
        and any(w.casefold() in heads or compound_head(w, heads) for w in right_words)


def _two_placed_networks(left: str, right_words: list[str]) -> bool:
    """'Kompetenznetz Holzbau Schwarzwald und Smart Grids Emsland': a cluster's or network's
    name of three or more words ending in a place, and a name of two or more capitalised words
    ending in another, are two names, each placed in its own region ('Netzwerk Holz und Bau
    Schwarzwald' is one: its left part ends in no place)."""
    left_words = left.split(" ")
    return len(left_words) >= 3 and len(right_words) >= 2 and all(w[:1].isupper() for w in right_words) \
        and has_head([w.casefold() for w in left_words[:-1]], cluster_and_network_heads()) \
        and is_place_name(left_words[-1]) and is_place_name(right_words[-1]) and not is_place_name(right_words[0])


def _two_field_companies(left: str, right_words: list[str]) -> bool:
    """'Firth Fabrications and Ardgowan Marine Engineering': a name of two or more words
    ending in a company's field and a coined name ending in one are two companies ('Velmora
    Robotics and Automation' is one: 'Automation' alone is no name)."""
    fields = lower_words("organisation.company_fields")
    left_words = left.split(" ")
    return len(left_words) >= 2 and left_words[-1].casefold() in fields \
        and is_coined_with_company_field(" ".join(right_words))


def _coined_word_and_a_body(left: str, right_words: list[str]) -> bool:
    """'Braxen and Tallinn University of Technology', 'Kerstholm and TU Delft': one coined
    word (no word of the language) and a university, institute, public body or agency are
    two names ('Science and Technology Facilities Council', 'Agri-Food and Biosciences Institute'
    are one: 'Science' is a word, 'Agri-Food' a compound of words)."""
    return " " not in left and "-" not in left and left[:1].isupper() and len(right_words) >= 2 \
        and right_words[0][:1].isupper() \
        and is_rare_word(left, "de") and is_rare_word(left, "en") and left.casefold() not in _all_org_heads() \
        and org_type_of(" ".join(right_words)) in ("university", "research", "public_body", "agency")


COMPOUND_THEN_PLACE = regex.compile(r"\p{Lu}[\p{L}]*-?(?i:cluster|netzwerk|netz|klaster)[ \t]+(?:der|des|in|im|aus|of)[ \t]")


def _compound_then_place(name: str) -> bool:
    """'Photonik-Cluster der Region X', 'Food-Cluster in Y': a cluster compound and where it is."""
    return COMPOUND_THEN_PLACE.match(name) is not None


def _legal_form_first(name: str) -> bool:
    """'SIA Kurzemes Ūdeņradis', 'UAB Klaipėdos centras': a name opening with a legal form written
    before it ([organisation] legal_form_prefixes), no cluster's head among its words."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in vocabulary().word_lists["organisation.legal_form_prefixes"] \
        and vocabulary().cluster_heads.isdisjoint(name.casefold().split())


def _two_clusters(left: str, right_words: list[str]) -> bool:
    """'Wood Industry Cluster Nordalb and TARSIO – Slovenian Smart Materials Cluster': two
    names of two or more words that each hold a cluster word are two clusters."""
    heads = vocabulary().cluster_heads
    return len(left.split()) >= 2 and len(right_words) >= 2 and all(
        any(w.casefold() in heads or compound_head(w, heads) for w in words)
        for words in (left.split(), right_words))


def _two_coined_names(left: str, right_words: list[str], ampersand: bool = False) -> bool:
    """'Velmora Agrifood and Nordalb Maritime', 'Kelvo Energie und Brunkel Photonik': two
    names of two or more words, each opening with a coined word (no common German or English
    word) or each holding one, are two bodies ('Velmora Wind and Solar' is one). After a
    common word an ampersand is the joint of a name's own fields ('Velmora Food & Agritech
    Cluster', 'Nordalb Oil & Gas Cluster'), and of coined words only otherwise."""
    left_words = left.split(" ")
    if len(left_words) < 2 or len(right_words) < 2 or not (left_words[0][:1].isupper() and right_words[0][:1].isupper()):
        return False
    if growth().ministry.search(left):
        return False  # 'des Ministeriums für Wirtschaft, Arbeit und Tourismus X': a portfolio goes on after 'und'
    if ampersand and (not is_rare_word(left_words[-1], "en") or len([w for w in right_words if w not in legal_forms()]) < 2):
        return False  # (nor one word and a legal form after it: 'Velm Såg & Hyvleri AB' is one firm)
    if _coined_opening(left_words[0]) and _coined_opening(right_words[0]):
        return True
    if ampersand:
        return False
    # ('Swiss Foodtech Valley Zentralschweiz und BauInnovation Oberfranken': a coined word in each,
    # and no body's head opening the first, whose 'für' phrase might go on past 'und')
    return left_words[0].casefold() not in _all_org_heads() and not compound_head(left_words[0], _all_org_heads()) \
        and all(any(w[:1].isupper() and is_rare_word(w, "de") for w in words) for words in (left_words, right_words))


def _coined_opening(word: str) -> bool:
    """A word that may open a coined name: no common word, no German compound noun by its
    ending ('Systemzuverlässigkeit') and no compound of a body's head ('Fraunhofer-Institut')."""
    return is_rare_word(word, "de") and not word.casefold().endswith(common_noun_endings()) \
        and not compound_head(word, _all_org_heads())


@lru_cache(maxsize=1)
def _cluster_network_and_org_heads() -> frozenset:
    """Every cluster, network and organisation head word (the union built once)."""
    return vocabulary().cluster_heads | vocabulary().network_heads | _all_org_heads()


@lru_cache(maxsize=1)
def _all_org_heads() -> frozenset:
    """Every organisation head word, whatever org_type it gives."""
    return frozenset().union(*vocabulary().org_heads.values())


def _with_uncovered_heads(chunks: list[Chunk], found: DocumentEntities):
    """Each chunk, after the name a conjunction joins to a known one inside it: 'Ministry of
    Economic Affairs of Finland' before 'and Business Finland' (a gazetteer name)."""
    for chunk in chunks:
        if " " not in chunk.text or not _coordinated_names().search(chunk.text):
            yield chunk  # (no conjunction: nothing joined; most chunks end here)
            continue
        starts = [s for s, _ in found.overlapping(chunk.start, chunk.end) if s > chunk.start]
        conjunction = _closing_conjunction().search(chunk.text[:min(starts) - chunk.start]) if starts else None
        if conjunction is not None:
            head = chunk.text[:conjunction.start()]
            if len(head.split()) >= 2 and not found.covered(chunk.start, chunk.start + len(head)):
                yield Chunk(chunk.start, chunk.start + len(head), head)
        yield chunk


@lru_cache(maxsize=1)
def _closing_conjunction() -> regex.Pattern:
    """' and ', ' und die ' closing a text ([names.coordination] name_conjunctions, articles)."""
    return word_pattern(r" (?:%(names.coordination.name_conjunctions)s) (?:(?:%(names.coordination.articles)s) )?$")


LOWER_LEAD = regex.compile(r"[ \t–-]*(?:\p{Ll}[\p{L}-]*[ \t]+(?=\p{Lu}))?")  # what opens no name after a known one


def _uncovered_rest(chunk: Chunk, found: DocumentEntities) -> Chunk | None:
    """The part of a chunk after a known mention inside it ('BMBF-Spitzencluster
    Weser Aviation' after the gazetteer's 'BMBF'), when a name is left."""
    ends = found.overlapping_ends(chunk.start, chunk.end)
    cut = max(ends) - chunk.start
    from pipeline.extract.chunks import _trim

    rest = chunk.text[cut:]
    lead = LOWER_LEAD.match(rest)  # (and a participle of it: 'Horizon Europe-funded X', 'BMBF-geförderte X')
    stripped, start = _trim(rest[lead.end():], chunk.start + cut + lead.end())
    if len(stripped) < 3 or not stripped[0].isupper():
        return None
    return Chunk(start, start + len(stripped), stripped, chunk.legal_form)


@lru_cache(maxsize=1)
def _coordination() -> regex.Pattern:
    """' und ', ' & ' between the names of people ('Karla Beispiel und Hanna Muster') or a body
    and a person ([names.coordination] person_conjunctions)."""
    return word_pattern(r" (?:%(names.coordination.person_conjunctions)s) ")


@lru_cache(maxsize=1)
def _final_conjunction() -> regex.Pattern:
    """The same conjunctions at the end of a chunk."""
    return word_pattern(r"[ \t]+(?:%(names.coordination.person_conjunctions)s)$")


def coordinated_parts(chunk: Chunk) -> list[Chunk]:
    """'B and C' as the last item of a list: the two names it joins."""
    parts, position = [], 0
    for match in _coordinated_names().finditer(chunk.text):
        if chunk.text[:match.start()].endswith("-"):
            continue  # 'Institut für Werkstoff- und Strahltechnik': a truncated compound, one name
        parts.append(Chunk(chunk.start + position, chunk.start + match.start(), chunk.text[position:match.start()]))
        position = match.end()
    parts.append(Chunk(chunk.start + position, chunk.end, chunk.text[position:], chunk.legal_form))
    return parts


def _add_coordinated_people(chunk: Chunk, found: DocumentEntities) -> bool:
    """'Karla Beispiel und Hanna Muster', 'Petra and Gilberto Bianchi': people in one chunk."""
    if " " not in chunk.text:
        return False  # (one word: no conjunction between spaces; most chunks)
    parts, position = [], 0
    for match in _coordination().finditer(chunk.text):
        parts.append((position, chunk.text[position:match.start()]))
        position = match.end()
    parts.append((position, chunk.text[position:]))
    if len(parts) < 2:
        return False  # no conjunction (most chunks)
    names = [_without_role_word(_strip_titles(p)) for _, p in parts]
    if not any(is_person_name(n, False) for n in names) or not all(
            is_person_name(n, False) or is_first_name(n) for n in names):
        return False  # 'Petra and Gilberto Bianchi': a first name alone joins a full one
    for (offset, part), name in zip(parts, names):
        start = chunk.start + offset + len(part) - len(name)
        found.add(Mention(start, start + len(name), name, PERSON, "person_rules"))
    return True


def _without_event(chunk: Chunk) -> Chunk:
    """'Medizintechnik-Clusters Elbe-Saale' of 'Clusterforum des Medizintechnik-Clusters
    Elbe-Saale': an event's word ([cluster] event_heads, or a compound ending in one) and a
    genitive before a name are no part of it."""
    if " de" not in chunk.text and " of " not in chunk.text:
        return chunk  # (a plain string test first: asked of every chunk; the genitive words hold one)
    offset = _governed_name_offset(chunk.text)
    if not offset or not compound_head(chunk.text.split(" ", 1)[0], lower_words("cluster.event_heads")):
        return chunk
    return Chunk(chunk.start + offset, chunk.end, chunk.text[offset:], chunk.legal_form)


def _governed_part(chunk: Chunk) -> Chunk:
    """'Strategie der Stadt Lindenau' -> 'Stadt Lindenau': a single common noun governing
    a name in the genitive is not part of it, unless it is itself a head word."""
    offset = _governed_name_offset(chunk.text)
    if not offset:
        return chunk
    return Chunk(chunk.start + offset, chunk.end, chunk.text[offset:], chunk.legal_form)


@lru_cache(maxsize=65536)
def _governed_name_offset(text: str) -> int:
    """Where the governed name starts in a chunk's text (0: no governing noun). Cached:
    asked of nearly every chunk, and a pure function of the text."""
    match = genitive_pattern().search(text)
    if not match:
        return 0
    words = text[:match.start()].split()
    if len(words) == 3 and words[1].casefold() in GOVERNING_CONJUNCTIONS:
        nouns = [words[0], words[2]]  # two nouns governing it: 'Träger und Management des Clusters X'
    elif len(words) == 1 and words[0] not in SURNAME_PARTICLES:
        nouns = words
    else:
        return 0
    return 0 if any(_governs_no_name(noun) for noun in nouns) else match.end()


GOVERNING_CONJUNCTIONS = frozenset(("und", "and", "&", "sowie"))


def _governs_no_name(noun: str) -> bool:
    """A word before a genitive that is part of the name it stands before: a head word, an
    acronym or a camel-cased brand, or a ministry named by its portfolio ('Department of
    Enterprise, ...')."""
    return bool(org_type_of(noun) or noun.isupper() or (UPPER.search(noun[1:]) and not TITLE_COMPOUND.match(noun))
                or growth().ministry.search(noun))


def _is_org_name(chunk: Chunk, language: str) -> bool:
    """A head word makes a name only in a name-shaped phrase: the head first
    ('Ministerium für X'), two capitalised words side by side ('Universität Duisburg-
    Essen'), a legal form, or a coined word; not 'Start-ups und Hochschulen'."""
    return _is_org_text(chunk.text, language)


@lru_cache(maxsize=65536)
def _is_org_text(text: str, language: str) -> bool:
    """_is_org_name of a chunk's text. Cached: a pure function of the text and language,
    and the names of bodies recur."""
    chunk = Chunk(0, len(text), text)  # (is_name_like reads the text only)
    vocab = vocabulary()
    words = chunk.text.split()
    if (chunk.text.casefold() in _all_org_heads() or all(w.casefold() in _all_org_heads() for w in words)) \
            and not (chunk.text.isupper() and len(chunk.text) <= 5):
        return False  # 'Working Group', 'PARTNERSHIP', 'Netzwerk': a kind of body, no name ('IHK' is one)
    if (words[-1].casefold() in vocab.role_words and not is_portfolio_name(text)) or (
            words[0] in legal_forms() and words[0].casefold() not in _all_org_heads()):
        return False  # not 'GmbH Velden'; but 'Verein Nordalb e.V.' (a head and a legal form)
    if len(words) == 3 and words[0].casefold() in _all_org_heads() and words[1] in ("der", "des", "of") \
            and words[2].casefold() in lower_words("places.area_nouns") | lower_words("names.cuts.state_genitives"):
        return False  # 'als erstes Netzwerk der Region': a kind of body and where, no name
    if is_generic_network(chunk.text):
        return False  # 'das Allgäuer Netzwerk', 'das Wasserstoff-Netzwerk': a kind of body, no name
    if len(words) == 1:  # 'Rhein-Main-Kreis': a compound ending in a head is a name
        return is_name_like(chunk, language) or bool(TITLE_COMPOUND.match(words[0]))
    first_is_head = any(words[0].casefold() in heads or compound_head(words[0], heads)
                        for heads in vocab.org_heads.values())
    adjacent = ADJACENT_CAPITALS.search(chunk.text)
    legal = chunk.text.endswith(legal_endings())
    lower_head = words[-1].islower() and words[-1] in _all_org_heads()  # 'the Danish government'
    return bool(first_is_head or adjacent or legal or lower_head)


@lru_cache(maxsize=65536)
def _without_trailing_function_words(name: str) -> str:
    """'Wolfgang Beispiel Aus' (a run-on heading: '... Beispiel Aus den Netzwerken'):
    a name does not end in a capitalised function word; one in capitals is a legal form ('Senja
    Sjømat AS'), and stays. (Cached: asked of every chunk.)"""
    words = name.split(" ")
    while len(words) > 2 and not words[-1].isupper() and (words[-1].casefold() in vocabulary().not_name_start
                              or is_role_word(words[-1].casefold())):  # 'Anna Muster Geschäftsführerin'
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=65536)
def _without_role_word(name: str) -> str:
    """'Moderator Henning Kastrup' -> 'Henning Kastrup': one role word before a person's
    name in a list of people ('sprechen Moderator Henning Kastrup und Miriam') is no part
    of the name."""
    first, _, rest = name.partition(" ")
    if rest and is_role_word(first.casefold()) and is_person_name(rest, False):
        return rest
    return name


@lru_cache(maxsize=65536)
def _strip_titles(name: str) -> str:
    """The name without the titles before it ('Prof. Dr. Anna Muster' -> 'Anna Muster').
    Cached: asked of every chunk, a pure function of the text."""
    vocab = vocabulary()
    words = name.split(" ")
    while len(words) > 1 and words[0].casefold() in vocab.titles:
        words = words[1:]
    return " ".join(words)
