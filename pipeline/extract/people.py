"""People: named persons with the role and organisation the text gives, from
appositions ("X, Senior Project Manager of Y", "X (Cluster Manager)") and role words
before the name ("Wirtschaftsminister X"). Academic titles are kept out of the name.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline import ruleset
from pipeline.extract.chunks import Chunk
from pipeline.extract.labels import entry_heading
from pipeline.extract.model import CLUSTER, DocumentEntities, Mention, ORG, PERSON
from pipeline.extract.pattern_cache import compile_cached, longest_first
from pipeline.extract.scan import finditer_at_words
from pipeline.extract.name_shapes import cluster_name_from, is_person_name, org_type_of
from pipeline.extract.vocab import (common_noun_endings, is_first_name, is_role_word, lower_words, vocabulary,
                                   word_pattern)
from pipeline.names import name_key


@dataclass(frozen=True)
class PeoplePatterns:
    """The patterns of the people rules, built from vocabulary.toml's [people] lists."""
    role_after: regex.Pattern           # ', Managing Director of Y' after a name
    clause_break: regex.Pattern         # what ends the clause of a role before a name
    role_before_entity: regex.Pattern   # ', head of unit at the ' before a body the text names
    role_predicate: regex.Pattern       # ' wurde zum Clustersprecher ernannt', ' was appointed as CEO'
    appointed_von: regex.Pattern        # ' von der ' after a name, before its body
    relative_lead_in: regex.Pattern     # 'who is the ', 'die seit 2019 ' before a role
    relative_clause: regex.Pattern      # 'who ...', 'die ...': no role
    run_on: regex.Pattern               # ' at ' where a role runs on into a body
    generic_org: regex.Pattern          # 'the cluster organisation', 'des Vorstands'
    leading_article: regex.Pattern      # 'the ' before an organisation
    generic_own: regex.Pattern          # 'cluster' in a generic organisation: the cluster's own
    affiliation_after: regex.Pattern    # ', ' or ' of the ' right after a name
    author_before: regex.Pattern        # 'Submitted by ', 'Autorin: ' before a name
    own_role: regex.Pattern             # a role inside the release's own cluster
    not_own_role: regex.Pattern         # a role outside it (minister, mayor, juror)
    list_separator: regex.Pattern       # ', ', ' und Prof. Dr. ' between the names of a list
    org_parenthesis: regex.Pattern      # ' (beide ' before the organisation of a list
    next_group: regex.Pattern           # ' from X, and ' between two groups of names
    speech_verb: regex.Pattern          # 'sagte', 'said' next to a speaker's surname
    minister_compound: regex.Pattern    # 'Bundesforschungsministerin': its portfolio


@lru_cache(maxsize=1)
def patterns() -> PeoplePatterns:
    char = r"[^,;:()\n„“”\"]"  # a character of a role or an organisation
    return PeoplePatterns(
        role_after=word_pattern(
            r"^[ \t]*(?:,|\(|–|-)[ \t]*(?P<role>%(char)s{2,80}?)"
            r"(?:[ \t]+(?:%(people.before_org.role_after)s)[ \t]+"
            r"(?P<org>%(char)s{2,90}?))?[ \t]*(?=[,;:)\n„“”\"]|\.(?:[ \t]|$)|$)", char=char),
        # a conjunction ends a clause unless a capitalised word follows
        clause_break=word_pattern(r"[.;:!?\n„“”\"()]|\b(?:%(people.conjunctions)s)\b(?![ \t]+\p{Lu})"),
        role_before_entity=word_pattern(
            r"[ \t]*,[ \t]*(?P<role>%(char)s{2,60}?)[ \t]+(?:%(people.before_org.role_before_body)s)[ \t]+"
            r"(?:(?:%(people.before_org.role_before_body_articles)s)[ \t]+)?", char=char),
        role_predicate=word_pattern(
            r"[^.;:!?\n„“”\"]{0,80}?(?:\b(?:%(people.appointment.de_prepositions)s)[ \t]+"
            r"(?:(?:%(people.appointment.de_new)s)[ \t]+)?"
            r"(?P<role>\p{L}[\p{L}-]*)[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:%(people.appointment.de_verbs)s)"
            r"|\b(?:%(people.appointment.en_auxiliaries)s)[ \t]+(?:re-?)?(?:%(people.appointment.en_verbs)s)[ \t]+"
            r"(?:as[ \t]+)?(?:the[ \t]+)?(?:(?:%(people.appointment.en_new)s)[ \t]+)?"
            r"(?P<role>\p{L}[\p{L}-]*(?:[ \t]+\p{L}[\p{L}-]*)?))\b"),
        appointed_von=word_pattern(r"[ \t]+(?:%(people.before_org.appointed)s)[ \t]+"
                                   r"(?:(?i:%(programme.introducers)s)[ \t]+)?"),  # 'vom Programm go-cluster'
        relative_lead_in=word_pattern(
            r"^(?:(?:%(people.relative.lead_in_pronouns)s)[ \t]+"
            r"(?:(?:%(people.relative.lead_in_words)s|\d{4})[ \t]+)+)?(?:(?:%(people.relative.articles)s)[ \t]+)?"),
        relative_clause=word_pattern(r"^(?:%(people.relative.pronouns)s)\b"),
        run_on=word_pattern(r"[ \t]+(?:%(people.before_org.role_running_on)s)[ \t]+"),
        generic_org=word_pattern(
            r"(?:%(people.generic_org.articles)s)[ \t]+(?:\p{Ll}|(?:%(people.generic_org.nouns)s)$)"),
        leading_article=word_pattern(r"^(?:%(people.generic_org.articles)s)[ \t]+"),
        generic_own=word_pattern(r"(?i)%(people.generic_org.own_words)s"),
        affiliation_after=word_pattern(r",[ \t]*|[ \t]+(?:%(people.before_org.affiliation)s)[ \t]+"
                                       r"(?:(?i:%(programme.introducers)s)[ \t]+)?"),
        author_before=word_pattern(
            r"(?:\b(?i:%(people.byline.verbs)s)[ \t]+(?:%(people.byline.by)s)"
            r"|(?P<role>%(people.byline.roles)s)[ \t]*:[ \t]*(?:[\d./-]+[ \t]+)?(?:(?:%(people.byline.by)s)[ \t]+)?)"
            r"[ \t]*(?:(?i:%(people.byline.titles)s)\.[ \t]*)*$"),
        own_role=word_pattern(r"(?i:%(people.own_cluster.role_stems)s)"),
        not_own_role=word_pattern(r"(?i:%(people.own_cluster.not_role_stems)s)"),
        list_separator=word_pattern(
            r"[ \t]*(?:,|,?[ \t]+(?:%(people.conjunctions)s|&))[ \t]+"
            r"(?:(?i:%(people.name_lists.titles)s)\.[ \t]+|(?:%(people.name_lists.forms_of_address)s)[ \t]+)*"),
        org_parenthesis=word_pattern(r"[ \t]*\([ \t]*(?:(?i:%(people.name_lists.shared_org_words)s)[ \t]+)?"
                                     r"(?:(?i:%(programme.introducers)s)[ \t]+)?"),  # '(Programm go-cluster)'
        next_group=word_pattern(
            r"[ \t]+(?:%(people.before_org.next_group)s)[ \t]+[^,.;:!?\n]{1,60}?,?"
            r"[ \t]+(?:%(people.conjunctions)s)[ \t]+"
            r"(?:(?i:%(people.name_lists.next_group_titles)s)\.[ \t]+)*"),
        speech_verb=word_pattern(r"\b(?:(?P<before>%(people.speech.verbs_name_before)s)|%(people.speech.verbs)s)\b",
                                 regex.IGNORECASE),
        minister_compound=word_pattern(
            r"(?i)^(?:.*\s)?(?:%(people.minister_prefixes)s)?(?P<portfolio>\p{L}{4,}?)s?minister(?:in)?\b"),
    )


ROLE_THEN_ORG = regex.compile(r"^(?P<role>(?:\S+[ \t]+){0,3}?\S+)[ \t]+(?P<org>\p{Lu}.*)$")


@dataclass
class Person:
    name: str
    role: str | None
    organisation: str | None


def _has_role_word(text: str) -> bool:
    words = [w.casefold().strip(".,'’") for w in text.split()]
    joined = " ".join(words)
    return any(is_role_word(w) for w in words) or any(r in joined for r in _multiword_role_words())


@lru_cache(maxsize=1)
def _multiword_role_words() -> tuple[str, ...]:
    """The role words of more than one word ('managing director'): looked for in a text
    as a whole (picked out once, not on every call)."""
    return tuple(r for r in vocabulary().role_words if " " in r)


def _organisation(found: DocumentEntities, text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    entity = found.find(text)
    if entity is None:
        for candidate in found.entities:
            if candidate.label != PERSON and any(form in text for form in candidate.forms if len(form) > 3):
                entity = candidate
                break
    return entity.best_name() if entity else text


def _entity_at(found: DocumentEntities, position: int) -> str | None:
    """The name of the organisation or cluster mentioned at `position`: its own extent,
    not where a period ('K.L. Heizkörper GmbH', '& Co. KG') seemed to end it."""
    for mention in found.mentions:
        if mention.start == position and mention.label != PERSON:
            return mention.entity.best_name()
    return None


def _role_and_org(text: str, mention, found: DocumentEntities) -> tuple[str | None, str | None]:
    rules = patterns()
    after = rules.role_after.match(text[mention.end:mention.end + 200])
    if after and _has_role_word(after["role"]) and not PAST_VERB.match(after["role"].strip()) \
            and not rules.relative_clause.match(
            rules.relative_lead_in.sub("", after["role"].strip())) and not any(
            other.label == PERSON and mention.end < other.start < mention.end + after.end()
            for other in found.mentions):  # 'X, Präsidentin Y und Landrat Z': Y's role, not X's
        role, org = after["role"].strip(), after["org"]
        generic = False
        if org:
            named = _entity_at(found, mention.end + after.start("org"))
            bare_noun = org.strip() in vocabulary().word_lists["people.generic_org.nouns"]  # '..., Vorsitzender des Vorstands,'
            if named is None and found.find(org) is None and (rules.generic_org.match(org) or bare_noun):
                generic = True  # 'CEO of the cluster organisation': no name given
                if not rules.generic_own.search(org):  # 'Chairman of the Board': the board is part of the role
                    role = text[mention.end + after.start("role"):mention.end + after.end("org")].strip()
                org = None
            else:
                org = named or rules.leading_article.sub("", org)
                board = _board_of().match(org)
                if named is None and board:  # 'Chairman of the Board of X': the board is part of the role
                    org_start = mention.end + after.start("org")
                    role = text[mention.end + after.start("role"):org_start + board.start("org")].strip()
                    role = _board_of_end().sub("", role)
                    org = board["org"]
                elif named is None:  # 'Head of Innovation at Kelvan Ltd': the role runs on to the body
                    role, org = _role_running_on(text, mention.end + after.start("role"),
                                                 mention.end + after.end("org"), found) or (role, org)
        comma = COMMA.match(text, mention.end + after.end())
        comma_org = _entity_at(found, comma.end()) if comma else None
        if not org and not generic and not comma_org:
            split = ROLE_THEN_ORG.match(role)
            if split and not _has_role_word(split["org"]) and _has_role_word(split["role"]) \
                    and split["role"].split()[-1].casefold() not in vocabulary().connectors:
                role, org = split["role"], split["org"]
        if not org and not generic:  # 'X, Managing Director, Kelvan Systems Ltd'
            org = comma_org
        role = rules.relative_lead_in.sub("", role) or role  # 'who is the CEO', 'die seit 2019 Geschäftsführerin'
        if not org and not generic and text[mention.end + after.end():].startswith("\n"):
            org = _entity_line(text, mention.end + after.end() + 1, found)  # 'X, Press Officer⏎Kelvan Ltd'
        return role, _organisation(found, org) or _affiliation(text, mention, found)
    role, org = _role_then_entity(text, mention, found)
    if role:
        return role, org
    bare = BARE_ROLE_AFTER.match(text, mention.end)
    if bare and is_role_word(bare["role"].casefold()):  # 'Anna Muster Geschäftsführerin Kelvan GmbH' (a caption)
        return bare["role"], _entity_at(found, bare.end()) if bare.end() < len(text) else None
    role, org = _role_lines(text, mention, found, below_only=True)
    if role:  # 'Anna Muster⏎Projektmanagerin' under another person's role line: her own role
        return role, org or _affiliation(text, mention, found)
    role = _role_before(text[max(0, mention.start - 90):mention.start])
    if role and _role_key().search(text, max(0, mention.start - 60), mention.start):
        entry = entry_heading(found, text, text.rfind("\n", 0, mention.start) + 1)
        if entry is not None:  # 'Chemie-Cluster X⏎Branche: ...⏎Ansprechpartner: Y': X's contact
            return role, entry.best_name()
    copula = _copula_role().match(text, mention.end)
    if not role and copula and _has_role_word(copula["role"]):  # 'X is the managing director of Y'
        org_start = copula.start("org")
        return copula["role"], _entity_at(found, org_start) or _organisation(found, copula["org"].strip())
    taken = _role_taken().match(text, mention.end)
    if not role and taken and _has_role_word(taken["role"]):  # 'X remains President of the Board'
        return taken["role"], _affiliation(text, mention, found)
    if not role:
        predicate = rules.role_predicate.match(text, mention.end, min(len(text), mention.end + 140))
        if predicate and _has_role_word(predicate["role"]):
            return predicate["role"], _affiliation(text, mention, found) or _org_after_von(text, mention, found)
        role, org = _role_lines(text, mention, found)
        if role:
            return role, org or _affiliation(text, mention, found)
    if role:
        role_start = text.rfind(role, max(0, mention.start - 90), mention.start)
        named, role = _organisation_before_role(text, role_start, role, found)
        if named:
            return role, named
    return role, _affiliation(text, mention, found)


# A past-tense verb opening what follows a name ('Jan Berg, thanked the members'): the
# sentence goes on, no role is given.
PAST_VERB = regex.compile(r"\p{Ll}{3,}ed\b")
@lru_cache(maxsize=1)
def _board_of() -> regex.Pattern:
    """'the Board of X', 'des Vorstands der X': a body's board, part of a role, then the
    body (vocabulary.toml [people.board])."""
    return word_pattern(r"(?:(?i:%(people.board.articles)s)[ \t]+)?(?:(?:%(people.board.modifiers)s)[ \t]+)?"
                        r"(?:%(people.board.nouns)s)[ \t]+(?:%(people.board.prepositions)s)[ \t]+"
                        r"(?:(?i:%(people.board.articles)s)[ \t]+)?(?P<org>\p{Lu}.+)")


@lru_cache(maxsize=1)
def _board_of_end() -> regex.Pattern:
    """The preposition and article after the board at the end of a role ('Chairman of the
    Board of the')."""
    return word_pattern(r"[ \t]+(?:%(people.board.prepositions)s)(?:[ \t]+(?:%(people.board.articles)s))?$")


@lru_cache(maxsize=1)
def _copula_role() -> regex.Pattern:
    """' is the managing director of Y', ' ist Geschäftsführerin der Y GmbH': the role the
    sentence gives a name, and the body (vocabulary.toml [people.copula_role])."""
    return word_pattern(
        r"[ \t]+(?:%(people.copula_role.copulas)s)[ \t]+(?:(?:%(people.copula_role.articles)s)[ \t]+)?"
        r"(?P<role>(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)[ \t]+(?:%(people.copula_role.prepositions)s)[ \t]+"
        r"(?:(?:%(context.employer_articles)s)[ \t]+)?(?P<org>\p{Lu}[^.;,!?\n]{1,80})")


@lru_cache(maxsize=1)
def _role_taken() -> regex.Pattern:
    """' remains President of the Board', ' is our new Cluster Coordinator', ' takes over as
    Cluster Manager on ...': the role a verb after the name gives the person, up to the
    clause's end (vocabulary.toml [people.role_taken])."""
    return word_pattern(
        r"[ \t]+(?:%(people.role_taken.verbs)s)[ \t]+(?:(?:%(people.role_taken.modifiers)s)[ \t]+)*"
        r"(?P<role>\p{L}[\p{L}-]*(?:[ \t]+(?!(?:%(people.role_taken.stops)s)\b)[\p{L}-]+){0,5}?)"
        r"(?=[ \t]*(?:[.;,:!?\n(]|$)|[ \t]+(?:%(people.role_taken.stops)s)\b)")


POSSESSIVE = regex.compile(r"(?P<name>\p{Lu}[\p{L}\p{N} &.-]*?)['’]s")
OWNER_GAP = regex.compile(r"(?:['’]s)?[ \t]+|-")


def _role_then_entity(text: str, mention, found: DocumentEntities) -> tuple[str | None, str | None]:
    """'X, head of unit at the Lindor Agency which thanked ...': a role and then
    an organisation or cluster the text names, where the sentence runs on after it."""
    role_before_entity = patterns().role_before_entity
    for other in sorted(found.mentions, key=lambda m: m.start):
        if other.label == PERSON or not mention.end < other.start <= mention.end + 100:
            continue
        match = role_before_entity.fullmatch(text, mention.end, other.start)
        if match and _has_role_word(match["role"]) and not any(
                m.label == PERSON and mention.end < m.start < other.start for m in found.mentions):
            return match["role"].strip(), other.entity.best_name()
    return None, None


def _org_after_von(text: str, mention, found: DocumentEntities) -> str | None:
    """'Karl Muster von der Lindor GmbH wurde ...': 'von' before a body the text names."""
    match = patterns().appointed_von.match(text, mention.end)
    return _entity_at(found, match.end()) if match else None


BARE_ROLE_AFTER = regex.compile(r"[ \t]+(?P<role>\p{Lu}[\p{L}-]+)(?:[ \t]+|(?=[,.;:\n]|$))")


def _line_at(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _is_role_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and _has_role_word(line) and not regex.search(r"[\d@:]|https?|www", line)


def _role_lines(text: str, mention, found: DocumentEntities,
                below_only: bool = False) -> tuple[str | None, str | None]:
    """A name alone on its line with the role on the line below or (unless `below_only`)
    above it, as in a contact block ('Anna Muster⏎Projektmanagerin⏎Kelvan Cluster e.V.');
    the organisation when the next line names only one."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    _, line_end = _line_at(text, line_start)
    before = text[line_start:mention.start].strip()
    if text[mention.end:line_end].strip(" \t,") or (before and not all(
            w.casefold() in vocabulary().titles for w in before.split())):
        return None, None
    below_start, below_end = _line_at(text, line_end + 1) if line_end < len(text) else (line_end, line_end)
    role, org_line = None, None
    if _is_role_line(text[below_start:below_end]):
        role = text[below_start:below_end].strip()
        org_line = _line_at(text, below_end + 1) if below_end < len(text) else None
    elif line_start > 0 and not below_only:
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        if _is_role_line(text[above_start:line_start - 1]):
            role = text[above_start:line_start - 1].strip()
            org_line = (below_start, below_end)
    return role, _entity_line(text, org_line[0], found) if role and org_line else None


def _entity_line(text: str, start: int, found: DocumentEntities) -> str | None:
    """The organisation or cluster a line starting at `start` holds and nothing else."""
    start, end = _line_at(text, start)
    for other in found.mentions:
        if other.label in (ORG, CLUSTER) and other.start >= start and other.end <= end \
                and not text[start:other.start].strip() and not text[other.end:end].strip(" \t,"):
            return other.entity.best_name()
    return None


def _organisation_before_role(text: str, role_start: int, role: str, found: DocumentEntities):
    """'Kelvaro’s Managing Director X', 'Lindor-Geschäftsführer X', 'orvalis Geschäftsführer X':
    an organisation or cluster named just before the role (or as its first words) is
    the person's; returns (organisation, role)."""
    if role_start < 0:
        return None, role
    for other in found.mentions:
        if other.label in (ORG, CLUSTER) and role_start - 3 <= other.end <= role_start \
                and OWNER_GAP.fullmatch(text, other.end, role_start):
            return other.entity.best_name(), role
    for entity in found.entities:
        if entity.label not in (ORG, CLUSTER):
            continue
        for form in entity.forms:
            rest = OWNER_GAP.match(role, len(form)) if role.startswith(form) else None
            if rest and _has_role_word(role[rest.end():]):
                return entity.best_name(), role
    words = role.split(" ")
    for cut in range(len(words) - 1, 0, -1):  # 'Velmora Cluster CEO': a body's name, then the role
        owner, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if _has_role_word(rest) and not _has_role_word(owner) and (
                cluster_name_from(Chunk(0, len(owner), owner)) or org_type_of(owner)):
            return owner, rest
        possessor = POSSESSIVE.fullmatch(owner)
        if possessor and _has_role_word(rest) and not _has_role_word(owner) \
                and possessor["name"].casefold() not in vocabulary().places:  # not "Bavaria's Minister"
            return possessor["name"], rest  # "Velmora's managing director"
    return None, role


def _role_running_on(text: str, start: int, end: int, found: DocumentEntities):
    """(role, organisation) when a body the text names starts after 'at'/'bei'/'der'
    inside [start, end)."""
    for match in patterns().run_on.finditer(text, start, end):
        named = _entity_at(found, match.end())
        if named:
            return text[start:match.start()].strip(), named
    return None


COMMA = regex.compile(r",[ \t]*")


BULLET = regex.compile(r"[ \t]*(?:[-•*·▪–][ \t]*)?")
# 'Kontakt: ', 'Rückfragehinweis: ', 'Media contact: ': up to three words and a colon that
# open a contact line before the organisation.
LINE_LEAD_IN = regex.compile(r"[ \t]*(?:\p{L}[\p{L}-]*[ \t]+){0,2}\p{L}[\p{L}-]*:[ \t]*")


def _comma_and_titles(between: str) -> bool:
    """Whether what stands between an organisation and a name is a comma and at most
    academic titles ('Kelvan GmbH, Mag. Eva Muster')."""
    between = between.strip(" \t")
    return between.startswith(",") and all(word.casefold() in vocabulary().titles for word in between[1:].split())


def _affiliation(text: str, mention, found: DocumentEntities) -> str | None:
    """'Mirjam Muster, Lindenau Technologiezentrum GmbH', 'Minister X of the Y Ministry'
    and, on a line of its own, 'Kelvan Cluster e.V., Gitta Muster': an organisation or
    cluster next to the name, joined by a comma or 'of (the)' only; in a contact block,
    the organisation on the line above the name."""
    after = patterns().affiliation_after.match(text[mention.end:mention.end + 40])
    if after:
        name = _entity_at(found, mention.end + after.end())
        if name:
            return name
    line_start = text.rfind("\n", 0, mention.start) + 1
    previous_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    for other in found.mentions:
        if other.label == PERSON:
            continue
        if line_start <= other.start and other.end <= mention.start \
                and (BULLET.fullmatch(text, line_start, other.start)
                     or LINE_LEAD_IN.fullmatch(text, line_start, other.start)) \
                and _comma_and_titles(text[other.end:mention.start]):  # (on the name's line, before it)
            return other.entity.best_name()
        if other.start == previous_start and regex.fullmatch(r"[ \t]*\n", text[other.end:line_start]) \
                and not text[line_start:mention.start].strip():
            return other.entity.best_name()  # contact block: the organisation's line, then the name
    return None


def _role_before(before: str) -> str | None:
    """'The minister for Economy and Labour, X', 'Federal Minister X',
    'Thüringens Wirtschaftsminister X': from the role word (with the capitalised words
    just before it) up to the name, within the same clause."""
    vocab = vocabulary()
    # the byline of an article: 'Submitted by X', 'Redaktion: 12.02.2020 von X', 'Autorin: X'
    author = patterns().author_before.search(before)
    if author:
        return author["role"] or "author"
    key = _role_key().search(before)
    if key and _has_role_word(key["role"]):
        return key["role"]  # 'Geschäftsführer: X', 'Ansprechpartnerin: Dr. X' (a field of a profile)
    words = before.rstrip().split(" ")
    while words and words[-1].casefold() in vocab.titles and not is_role_word(words[-1].casefold()):
        words = words[:-1]  # "Geschäftsführer Dr. X": the title's period ends no clause
    before = " ".join(words) + " "
    clause = patterns().clause_break.split(before)[-1]
    words = clause.rstrip(" ,\t").split()
    if len(words) >= 2 and words[-1].casefold() in lower_words("people.role_copulas") \
            and _has_role_word(words[-2]) and words[-2][:1].isupper():
        return words[-2]  # 'Vorstandsvorsitzender ist Prof. Dr. X', 'Chair is X'
    if not words:
        return None
    role_at = None
    for i, word in enumerate(words):
        if _has_role_word(word):
            role_at = i
    if role_at is None or len(words) - role_at > 7:
        return None
    last = words[-1].rstrip(",")
    if any(w.endswith(",") for w in words[role_at:-1]) or not (last[:1].isupper() or _has_role_word(last)):
        return None  # 'Kai Muster, President of ESCA, to X', 'Ministerin X überreichte das Label an Y'
    while role_at > 0 and f"{words[role_at - 1]} {words[role_at]}".casefold() in vocab.role_words:
        role_at -= 1  # 'managing director', 'executive director'
    while role_at > 0 and words[role_at - 1][:1].isupper() and \
            words[role_at - 1].casefold() not in vocab.not_name_start and len(words) - role_at < 7 \
            and not _has_role_word(words[role_at - 1]) and not words[role_at - 1].endswith(","):
        # 'neuen Vorstand Thüringens Wirtschaftsminister X', 'Kai Muster, Präsidentin X'
        role_at -= 1
    return " ".join(words[role_at:]).strip(" ,") or None


@lru_cache(maxsize=1)
def _role_key() -> regex.Pattern:
    """A field of a profile or contact block whose key is the role: 'Geschäftsführer: ',
    'Contact person: Dr. ' opening the line before a name (titles: [people] titles)."""
    titles = "|".join(regex.escape(t) for t in longest_first(vocabulary().titles))
    return compile_cached(r"(?:^|\n)[ \t]*(?P<role>\p{Lu}[\p{L} &/.-]{2,40}?)[ \t]*:[ \t]*"
                          rf"(?:(?i:{titles})[ \t]*)*$")


def _main_cluster(found: DocumentEntities) -> str | None:
    """The cluster the release is about: the one named most often, when one is."""
    clusters = sorted((e for e in found.entities if e.label == CLUSTER),
                      key=lambda e: (-len(e.mentions), min(m.start for m in e.mentions)))
    if not clusters or (len(clusters) > 1 and len(clusters[1].mentions) >= len(clusters[0].mentions)
                        and len(clusters[0].mentions) < 2):
        return None
    return clusters[0].best_name()  # of two named as often, the one named first (the headline's)


# A role of a cluster's own staff ('Clustermanagerin', 'cluster manager', 'Netzwerkkoordinator').
CLUSTER_ROLE = regex.compile(r"(?i)cluster|klaster|netzwerk|network")
LETTERHEAD_LINES = 3  # the lines at a release's top that may name the body issuing it


def _issuing_body(text: str, found: DocumentEntities) -> str | None:
    """The ministry, public body or agency a line of its own names among the release's first
    lines ('Sächsisches Staatsministerium für X' over a 'Medieninformation'): the body that
    issues the release, whose staff its contact block lists."""
    for line in list(LINE_TEXT.finditer(text, 0, 600))[:LETTERHEAD_LINES]:
        body = next((m for m in found.starting_at(line.start("text")) if m.label == ORG and m.end == line.end("text")), None)
        if body is not None and body.entity.org_type in ("public_body", "agency"):
            return body.entity.best_name()
    return None


LINE_TEXT = regex.compile(r"(?m)^[ \t]*(?P<text>\S(?:[^\n]*\S)?)")  # a non-empty line, without its outer spaces


def _lists(text: str, mentions: list) -> list[list]:
    """Runs of person mentions joined only by list separators ('A, B und Prof. Dr. C')."""
    groups: list[list] = []
    separator = patterns().list_separator
    for mention in mentions:
        if groups and separator.fullmatch(text, groups[-1][-1].end, mention.start):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _role_after(text: str, mention) -> bool:
    after = patterns().role_after.match(text[mention.end:mention.end + 200])
    return bool(after and _has_role_word(after["role"]))


def _org_in_parenthesis(text: str, mention, found: DocumentEntities) -> str | None:
    """'X (Kelvan Systems GmbH)', 'A und B (beide Lindor GmbH)': the organisation, cluster
    or programme named right after the opening parenthesis."""
    match = patterns().org_parenthesis.match(text, mention.end)
    return _entity_at(found, match.end()) if match else None


SURNAME = r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?"
# A surname alone as the speaker of a quote: 'sagte Muster.', 'said Muster.', 'Muster said',
# and, when the text uses it again, 'Muster: "...'. The verbs (patterns().speech_verb) and
# the colon are found first (a literal scan), the name next to them after.
NAME_AFTER_VERB = regex.compile(rf"[ \t]+(?P<name>{SURNAME})(?=[ \t]*[.,;:!?])")
NAME_BEFORE_VERB = regex.compile(rf"(?:^|(?<=[.!?\"“”\n][ \t]?))(?P<name>{SURNAME})[ \t]+$")
QUOTE_AFTER_COLON = regex.compile(r":[ \t]*[\"„“]")
NAME_BEFORE_COLON = regex.compile(rf"(?:^|(?<=[.!?\"“”\n][ \t]?))(?P<name>{SURNAME})$")


def _speakers(text: str):
    """(start, name, weak) of every surname next to a speech verb or before ': „'; a weak
    one (before ': „') counts only when the surname speaks twice."""
    words = vocabulary().word_lists
    for verb in finditer_at_words(patterns().speech_verb, text,  # (it opens with a speech verb)
                                  (*words["people.speech.verbs_name_before"], *words["people.speech.verbs"])):
        after = NAME_AFTER_VERB.match(text, verb.end())
        if after:
            yield after.start("name"), after["name"], False
        if verb["before"]:  # 'Muster said' (German puts adverbs there: 'Später ergänzte')
            window = max(0, verb.start() - 40)
            before = NAME_BEFORE_VERB.search(text[window:verb.start()])
            if before and (before.start() > 0 or window == 0 or text[window - 1] in "\n"):
                yield window + before.start("name"), before["name"], False  # 'Muster said'
    for colon in QUOTE_AFTER_COLON.finditer(text):
        window = max(0, colon.start() - 40)
        before = NAME_BEFORE_COLON.search(text[window:colon.start()])
        if before and (before.start() > 0 or window == 0 or text[window - 1] in "\n"):
            yield window + before.start("name"), before["name"], True


def _could_be_surname(word: str, text: str, found: DocumentEntities, start: int) -> bool:
    vocab = vocabulary()
    lowered = word.casefold()
    abbreviated = text[start + len(word):start + len(word) + 1] == "." and lowered + "." in vocab.titles  # 'Mag.'
    return not (lowered in vocab.not_name_start or lowered in vocab.places or is_role_word(lowered) or abbreviated
                or lowered in vocab.titles or lowered in vocab.cluster_heads or found.find(word)
                or found.covered(start, start + len(word)) or regex.search(rf"\b{lowered}\b", text)
                or any(lowered in heads for heads in vocab.org_heads.values())
                or any(m.label == PERSON and word in m.text.split() for m in found.mentions))
    # 'says Glenda', 'said Meier': a word of the name of a person the text names in full


def _add_speakers(text: str, found: DocumentEntities) -> None:
    """Surnames named alone as speakers ('..., sagte Muster.'); 'Muster: "...' only when
    the surname speaks at least twice."""
    speakers = list(_speakers(text))
    counts: dict[str, int] = {}
    for _, name, _ in speakers:
        counts[name] = counts.get(name, 0) + 1
    for start, name, weak in speakers:
        if (not weak or counts[name] > 1) and _could_be_surname(name, text, found, start):
            found.add(Mention(start, start + len(name), name, PERSON, "person_rules"))


@lru_cache(maxsize=1)
def _credit_markers() -> dict[str, str]:
    """Credit marker (lower case) -> the role of whom it credits ([people.credit_markers])."""
    markers = ruleset.active().toml("vocabulary.toml")["people"].get("credit_markers", {})
    return {marker.casefold(): role for marker, role in markers.items()}


@lru_cache(maxsize=1)
def _credit_marker_before() -> regex.Pattern:
    """A credit marker right before a colon ('Foto', 'Photo credit'), matched at the end of
    the text before the colon."""
    markers = "|".join(regex.escape(m) for m in sorted(_credit_markers(), key=len, reverse=True)) or "(?!)"
    return compile_cached(rf"(?<![\p{{L}}-])(?P<marker>(?i:{markers}))[ \t]*$")


CREDITS_AFTER_COLON = regex.compile(r":(?=[ \t]*(?P<credits>[^\n]{2,100}))")  # (a look-ahead: colons may follow)


def _credit_lines(text: str):
    """(marker, credits, where the credits start) of 'Foto: Brunkel/Velmora e.V.': found
    from the colon (rare) back to the marker."""
    for colon in CREDITS_AFTER_COLON.finditer(text):
        marker = _credit_marker_before().search(text, max(0, colon.start() - 20), colon.start())
        if marker is not None:
            yield marker["marker"], colon["credits"], colon.start("credits")


CREDIT_PART = regex.compile(r"[^/,;|()]+")  # the parts of a credit between its separators
CREDIT_ITEM = regex.compile(r"(?:\p{Lu}\.[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}")


def _add_photographers(text: str, found: DocumentEntities) -> dict[int, str]:
    """The people a picture credit names: 'Foto: Brunkel/velmora.net', 'Photo: K. Lindqvist',
    'Bildquelle: Velmora-Cluster/Jens Fischer' (a known body, a place or a title is none);
    returns the role of each by where it starts."""
    credited: dict[int, str] = {}
    for marker, credits, credits_start in _credit_lines(text):
        items = list(CREDIT_PART.finditer(credits))
        for index, item in enumerate(items):
            name = CREDIT_ITEM.fullmatch(item[0].strip())
            if name is None:
                continue
            start = credits_start + item.start() + item[0].index(name[0])
            words = name[0].replace(".", ". ").split()
            surname_first = index == 0 and len(items) > 1 and credits[item.end():][:1] == "/"
            person = is_person_name(name[0], False) or (  # 'Brunkel/velmora.net': the photographer, then the source
                len(words) == 1 and surname_first and not name[0].isupper() and "-" not in name[0]
                and _could_be_surname(name[0], text, found, start)) or (
                len(words) == 2 and words[0].endswith(".") and _could_be_surname(words[1], text, found, start))
            if not person:
                continue
            if not found.covered(start, start + len(name[0])):
                found.add(Mention(start, start + len(name[0]), name[0], PERSON, "person_rules"))
            credited[start] = _credit_markers()[marker.casefold()]  # (a person found before too)
    return credited


# 'Minister Şahin', 'Commissioner Schinas', 'Bürgermeisterin Keller': a capitalised role
# word, then one capitalised word that no other capitalised word follows.
ROLE_THEN_SURNAME = regex.compile(rf"(?=\p{{Lu}})(?<![\p{{L}}-])(?P<role>\p{{Lu}}[\p{{L}}-]+)[ \t]+(?P<name>{SURNAME})"
                                  rf"(?![\p{{L}}'’-]|[ \t]+\p{{Lu}})")


# 'J. Smith', 'A. B. Nowak': initials and a surname that no other capitalised word follows
# (not after an abbreviation in lower case: 'z. B. Übernahme').
INITIALS_THEN_SURNAME = regex.compile(rf"(?=\p{{Lu}}\.)(?<![\p{{L}}.])(?<!\p{{Ll}}\.[ \t]?)(?P<name>(?:\p{{Lu}}\.[ \t]?){{1,2}}[ \t]*(?P<surname>{SURNAME}))"
                                      rf"(?![\p{{L}}'’-]|[ \t]+\p{{Lu}})")


def _add_initialled_names(text: str, found: DocumentEntities) -> None:
    """'Speakers: J. Smith (Velmora University), A. B. Nowak (Nordalb AB)': initials and a
    surname that is no common word the text writes in lower case, place or known name."""
    for match in INITIALS_THEN_SURNAME.finditer(text):
        start, end = match.span("name")
        if not found.covered(start, end) and _could_be_surname(match["surname"], text, found, match.start("surname")):
            found.add(Mention(start, end, match["name"], PERSON, "person_rules"))


def _add_titled_surnames(text: str, found: DocumentEntities) -> None:
    """Surnames named after a role word alone ('Minister Şahin', 'Landrat Keller'): a
    person, when the word is no common word the text also writes in lower case, no place,
    title, role or known name."""
    for match in ROLE_THEN_SURNAME.finditer(text):
        start = match.start("name")
        name = match["name"]
        if is_role_word(match["role"].casefold()) and not is_first_name(name) \
                and not (len(name) > 6 and name.casefold().endswith(common_noun_endings())) \
                and not _role_line_under_a_name(text, match.start(), found) \
                and _could_be_surname(name, text, found, start):  # ('Geschäftsführer Alexander': cut off)
            found.add(Mention(start, match.end("name"), name, PERSON, "person_rules"))


def _role_line_under_a_name(text: str, start: int, found: DocumentEntities) -> bool:
    """'Sabine Muster / Projektmanagerin Förderprojekte': a line opening with a role word
    under a line that is a person's name is that person's role and field, no second person."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    previous_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    previous = text[previous_start:line_start].strip()
    return bool(previous) and any(m.label == PERSON and m.text == previous for m in found.mentions)


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter dropped, added or changed ('Muellers', 'Mullers')."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misspelt(key: str, persons: dict) -> str | None:
    """A full name seen before with the same first name and a surname one letter apart
    (a typo in the release: 'Karl Muellers' and 'Karl Mullers')."""
    words = key.split()
    if len(words) < 2 or len(words[-1]) < 5:
        return None
    for other in persons:
        other_words = other.split()
        if len(other_words) == len(words) and other_words[:-1] == words[:-1] \
                and _one_letter_apart(other_words[-1], words[-1]):
            return other
    return None


def people(text: str, found: DocumentEntities) -> list[Person]:
    """One Person per distinct name; a lone surname repeating a full name joins it.
    The names of a list share the role before the list and the organisation after it
    ("CXC participants A, B and C from Y")."""
    _add_speakers(text, found)
    _add_titled_surnames(text, found)
    _add_initialled_names(text, found)
    credited = _add_photographers(text, found)
    mentions = sorted((m for m in found.mentions if m.label == PERSON), key=lambda m: m.start)
    details = {}
    for mention in mentions:
        role, org = (credited[mention.start], None) if mention.start in credited \
            else _role_and_org(text, mention, found)
        details[id(mention)] = [role, org or _org_in_parenthesis(text, mention, found)]
    previous = None
    for group in _lists(text, mentions):
        role = details[id(group[0])][0]
        if not role and previous and previous[0] and patterns().next_group.fullmatch(text, previous[1], group[0].start):
            role = previous[0]  # '... participants A and B from X, and C and D from Y'
        org = details[id(group[-1])][1]
        for index, mention in enumerate(group):
            detail = details[id(mention)]
            if index and not _role_after(text, mention):
                detail[0] = None  # what precedes it is the list, not its own role
            detail[0] = detail[0] or role
            detail[1] = detail[1] or org
        previous = (role, group[-1].end)
    persons: dict[str, Person] = {}
    full_names: dict[str, str] = {}
    shorter: dict[str, str] = {}  # 'muster zu beispiel' -> 'gerd muster zu beispiel'
    keys = sorted({name_key(m.text) for m in mentions}, key=lambda k: -len(k.split()))
    for key in keys:
        longer = next((other for other in keys if other.endswith(" " + key)), None)
        if longer and len(key.split()) > 1:
            shorter[key] = longer
    for mention in mentions:  # a lone surname may come before the full name
        key = name_key(mention.text)
        if len(key.split()) > 1 and key not in shorter and (key in persons or not _misspelt(key, persons)):
            full_names.setdefault(key.split()[-1], key)
            persons.setdefault(key, Person(mention.text, None, None))
    for mention in mentions:
        key = name_key(mention.text)
        key = shorter.get(key, key)
        surname = key.split()[-1] if key else ""
        if key in persons:
            person = persons[key]
        elif len(key.split()) == 1 and surname in full_names:
            person = persons[full_names[surname]]
        elif _misspelt(key, persons):
            person = persons[_misspelt(key, persons)]
        else:
            person = persons.setdefault(key, Person(mention.text, None, None))
            full_names.setdefault(surname, key)
        role, org = details[id(mention)]
        person.role = person.role or role
        person.organisation = person.organisation or org
    main, issuer = _main_cluster(found), _issuing_body(text, found)
    own_role, not_own_role = patterns().own_role, patterns().not_own_role
    for person in persons.values():
        # a role inside the release's own cluster organisation: with no organisation named,
        # the person speaks for the cluster the release is about ('says CEO Jana Muster'),
        # or for the ministry or agency whose letterhead the release bears ('Pressesprecherin')
        if (main or issuer) and not person.organisation and person.role and own_role.search(person.role) \
                and not not_own_role.search(person.role):
            person.organisation = issuer if issuer and not CLUSTER_ROLE.search(person.role) else main
        elif not person.organisation and person.role:
            person.organisation = _ministry_of(person.role, found)
        if person.role and main and person.organisation == main:
            person.role = _without_own_body(person.role)  # "the cluster's chairman", 'Sprecher des Clusters'
    return list(persons.values())


@lru_cache(maxsize=1)
def _own_body_in_role() -> regex.Pattern:
    """'cluster's chairman', 'Sprecher des Clusters': the cluster named inside a role by a
    generic noun ([people.generic_org] articles and nouns)."""
    return word_pattern(r"^(?:(?i:the)[ \t]+)?(?i:%(people.generic_org.own_words)s)['’]s[ \t]+(?P<role>.+)$"
                        r"|^(?P<role2>.+?)[ \t]+(?:%(people.generic_org.articles)s)[ \t]+"
                        r"(?i:%(people.generic_org.own_words)s)\p{L}*$")


def _without_own_body(role: str) -> str:
    """The role without the cluster's own body ('Vorsitzender des Vorstands' keeps its board)."""
    match = _own_body_in_role().match(role)
    return (match["role"] or match["role2"]) if match else role


def _ministry_of(role: str, found: DocumentEntities) -> str | None:
    """The ministry the text names whose name holds the minister's portfolio
    ('Bundesforschungsministerin' -> 'Bundesministerium für Bildung und Forschung')."""
    match = patterns().minister_compound.match(role)  # the portfolio in the role's compound
    if not match:
        return None
    stem = match["portfolio"].casefold()[:6]
    words = vocabulary().word_lists
    ministry_words, federal_prefixes, federal_words = (
        words["people.ministry.words"], words["people.ministry.federal_prefixes"], words["people.ministry.federal_words"])
    ministries = [e for e in found.entities if e.label != PERSON and any(
        any(w in form.casefold() for w in ministry_words) and stem in form.casefold()
        for form in [*e.forms, e.canonical])]
    if any(p in role.casefold() for p in federal_prefixes):
        ministries = [e for e in ministries if any(f.casefold().startswith(federal_prefixes)
                                                   or any(w in f.casefold() for w in federal_words)
                                                   for f in [*e.forms, e.canonical])] or ministries
    return ministries[0].best_name() if len(ministries) == 1 else None
