"""Context rules for the chunks that name nothing by themselves: a cluster is what the
text introduces as one ("Cluster-Initiative X", "the cluster X"), what receives a label,
or what stands in a coordinated list with other clusters; organisations are the items
of lists such as "companies such as A, B and C".
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline.extract.brands import capitalise_words, is_tiered_item
from pipeline.extract.chunks import Chunk, cuts
from pipeline.extract.doc_view import doc_sentences, view
from pipeline.extract.classify import coordinated_parts, describes_a_cluster, is_company_noun
from pipeline.extract.model import (CLUSTER, DocumentEntities, Mention, ORG, PERSON, PROGRAMME, as_cluster, as_programme,
                                    is_body_word, nominative_words, place_adjective)
from pipeline.extract.name_shapes import (DASHED_ACRONYM, capitals_heading, GENITIVE_HEADS, cluster_and_network_heads, compound_head, names_an_event, TITLE_COMPOUND, UPPER, UPPER_PLURAL, has_head,
                                          ends_in_common_noun, is_common_word_or_compound, is_generic_cluster_phrase,
                                          is_generic_network, is_name_like, is_person_name, is_place_genitive, org_type_of,
                                          without_legal_form, words_of)
from pipeline.dates import load_rules as load_date_rules
from pipeline.extract.label_rules import label_rules
from pipeline.extract.labels import (ENTRY_LINE_CHARS, following_block, in_general, is_label_statement, relative_pronoun,
                                     table_cells, table_lines, tier_table_rows, won_at_a_prize)
from pipeline.extract.pattern_cache import compile_cached, longest_first
from pipeline.extract.scan import finditer_at_words, line_starts_holding, matches_from
from pipeline.extract.vocab import is_first_name, is_role_word, lower_words, vocabulary, with_words, word_pattern
from pipeline.lexicon import is_rare_word
from pipeline.names import legal_forms


@dataclass(frozen=True)
class ContextPatterns:
    """The patterns of the context rules built from vocabulary.toml's [context] and
    [lists] word lists."""
    subject_verb: regex.Pattern         # after a one-word English subject of a label sentence
    de_subject_verb: regex.Pattern      # the same in German
    clause_opener: regex.Pattern        # 'that ', 'dass ' before a subject
    apposition: regex.Pattern           # ', the network for ...,' after a subject
    not_subject_shape: regex.Pattern    # 'Having', 'Finally': no English one-word subject
    called_a_cluster: regex.Pattern     # ' is one of the leading clusters' after a name
    described_in_parentheses: regex.Pattern  # ' (Lithuania's fintech cluster, ...' after a name
    described_as_cluster: regex.Pattern  # ', Germany's leading aerospace cluster,' after a name
    subtitled_a_cluster: regex.Pattern  # '⏎Cluster für Medizintechnik⏎' under a name alone on its line
    called_a_programme: regex.Pattern   # ' is a funding programme', ', the national support programme,'
    described_as_programme: regex.Pattern  # ', der Innovationsstrategie des Landes,', ', an initiative of the ...'
    project_apposition: regex.Pattern   # ', a three-year Interreg project that ...': its head noun only
    project_before: regex.Pattern       # 'The second project, ', 'projects HYDRA and ' before a project's name
    list_subject_verb: regex.Pattern    # after a list of names opening a label sentence
    initiative_before: regex.Pattern    # 'die Initiative ' right before a name
    headline_verb: regex.Pattern        # after a name opening a German headline
    agent_before: regex.Pattern         # before the agent of an award ('by the', 'durch die')
    congratulates: regex.Pattern        # after who congratulates
    affiliation: regex.Pattern          # ', partner at ' between a person's name and a body's
    located: regex.Pattern              # ' aus Marburg' after a company's name
    located_not_after: regex.Pattern    # 'auf der ' before a trade fair's name
    unit_of: regex.Pattern              # ' at Enterprise' after a unit's name ('Head of Medtech at ...')
    described_as_company: regex.Pattern  # 'X, a spin-off of ...'
    company_after: regex.Pattern        # "'s CEO", ' has joined the cluster' after a company's name
    host_before: regex.Pattern          # 'hosted by the ', its end where a host's name starts
    common_noun_ending: regex.Pattern   # 'Forschung', 'Entwicklung'
    adverb_shape: regex.Pattern         # 'Erstmals', 'Schließlich'
    possessive_before: regex.Pattern    # 'unser ' before 'Team Ansporn und Verpflichtung'
    place_before: regex.Pattern         # 'aus ', 'near ' before a place
    where_before: regex.Pattern         # the same, without 'to'
    recipient_before: regex.Pattern     # 'went to ', 'awarded to the ' before a label's recipient
    members_are: regex.Pattern          # 'Members include', 'Zu den Partnern gehören'
    recipients_before: regex.Pattern    # 'went to ', ': ' before the recipients of a label
    label_for_before: regex.Pattern     # 'Silver Label for '
    cluster_name_article: regex.Pattern  # 'the ' before 'X cluster'
    employer_role: regex.Pattern        # 'CEO of the ' before the speaker's employer
    list_separator: regex.Pattern       # ', ', ' und ', ', and the ' between list items
    separator_ahead: regex.Pattern      # the same after a plural cluster noun, matched ahead
    first_item_gap: regex.Pattern       # ' the ' after a list introduction
    opening_article: regex.Pattern      # 'The' alone before a list that opens a sentence
    lower_last_item: regex.Pattern      # ' and optova have' after a cluster list
    plural_cluster_intro: regex.Pattern  # 'von den Clustern ', 'the clusters such as '
    item_article: regex.Pattern  # '– sowie die ' opening a list item before its name
    holder_noun: regex.Pattern  # 'holder', 'Trägerin' opening an apposition: ', holder of the Silver label'
    cluster_among: regex.Pattern        # ', darunter ', ', among them ' before a list
    counted_clusters_before: regex.Pattern  # 'zwölf Cluster werden gefördert' before it
    acronym_list_intro: regex.Pattern   # 'Gewinner' in 'Die sieben Gewinner sind:'
    selection_intro: regex.Pattern      # 'Ausgewählt' in 'Ausgewählt wurden:'
    selection_of_others: regex.Pattern  # 'consortia' in 'Selected consortia include:'
    plural_cluster_noun: regex.Pattern  # 'networks', 'Innovationsnetzwerke'
    article_before_name: regex.Pattern  # 'Das ' before a name that opens its sentence
    opening_adverb: regex.Pattern       # 'Auch ' opening a German sentence before its subject
    de_verb_before: regex.Pattern       # ' trägt ' right before an inverted German subject
    item_descriptor: regex.Pattern      # ' (Portugal)', ' aus Portugal' after a list item
    single_recipient_before: regex.Pattern  # 'to ', 'an ' before a single recipient
    single_recipient_end: regex.Pattern  # ' in 2020', ' verliehen' after it
    cluster_role_before: regex.Pattern  # 'die Clustermanagerin von ', 'das go-cluster-Mitglied ' before a cluster's name
    cluster_role_after: regex.Pattern  # "'s cluster manager" after a cluster's name
    cluster_role_apposed: regex.Pattern  # 'Clustermanagerin ' right before a name: the cluster's or hers
    kind_examples: regex.Pattern        # ' wie ', ' such as ' after a list of kinds, not names


# An amount among an apposition's words: ', a £2.4m testbed project', ', a €22 million programme'.
AMOUNT = r"\p{Sc}?\p{N}[\p{N}.,]*\p{L}{0,3}"
# What may follow the cluster noun of a predicate: its end, or a phrase about it ('the
# cluster for ...'), not a further noun ('the cluster manager').
PREDICATE_END = r"(?=[ \t]*(?:[,.;:!?()]|$|(?:%(context.predicate_continuations)s)\b))"


def _called(words: dict, nouns, compounds: bool = False) -> regex.Pattern:
    """' is one of the leading clusters', ' ist ein Netzwerk von': a copula, perhaps a
    determiner and up to three words, then one of the nouns (or a compound ending in one
    after a hyphen; `compounds`: or, after a determiner, a closed German compound ending in one
    of [context] predicate_compound_nouns, 'ist das Innovationsnetzwerk der ...')."""
    copula = r"[ \t]+" + _either(words["predicate_copulas"]) + r"[ \t]+"
    determiner = _either(words["predicate_determiners"]) + r"[ \t]+"
    modifiers = r"(?:(?!" + _either(words["predicate_membership_words"]) + r"\b)[\p{L}\p{N}'’-]+[ \t]+){0,%d}?"
    hyphenated = copula + "(?:" + determiner + ")?" + modifiers % 3 + r"(?:[\p{L}-]*-)?" + _either(nouns)
    closed = copula + determiner + modifiers % 2 + r"\p{L}+" + _either(words["predicate_compound_nouns"])
    return compile_cached("(?:" + hyphenated + ("|" + closed if compounds else "") + ")" + with_words(PREDICATE_END),
                          regex.IGNORECASE)


def _described(words: dict, nouns, compounds: bool = False, reach: int = 3, dash: bool = False) -> regex.Pattern:
    """', Germany's leading aerospace cluster,' / ', das Netzwerk der ...,': an apposition
    whose head is one of the nouns (`compounds`: or a German compound ending in one, 'der
    Innovationsstrategie', ', Innovationsnetzwerk der ...'), up to `reach` words before it;
    `dash`: or opened by a dash (' – the plastics network of ...'), and ended by a line's
    end, a dash or a relative pronoun too ('..., the network of suppliers that
    has ...'), not only by a comma or a sentence's end."""
    compound = r"[\p{L}-]*?" if compounds else r"(?:[\p{L}-]*-)?"
    bare_compound = r"|(?=\p{Lu}\p{Ll}[\p{L}-]*?(?i:" + _either(nouns) + r")\b)" if compounds else ""
    return compile_cached(
        (r"(?:,|[ \t]+[–—][ \t]*)" if dash else ",")
        + r"[ \t]+(?:(?i:" + _either(words["apposition_determiners"]) + r")[ \t]+|(?:\p{Lu}[\p{L}-]*[ \t]+)?\p{Lu}[\p{L}-]*['’]s[ \t]+"
        + r"|(?=\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}[\p{L}-]*){0,2}[ \t]+(?i:" + _either(nouns) + r")\b)"  # ', French pôle de compétitivité'
        + bare_compound + ")"
        + with_words(r"(?!(?i:%(context.relative_articles)s)[ \t])")  # not a relative clause: ', das der Cluster ...'
        + r"(?:(?:" + AMOUNT + r"|[\p{L}'’&-]+)[ \t]+){0," + str(reach) + r"}?" + compound + r"(?i:" + _either(nouns) + r")"
        + with_words(r"(?:[ \t]+(?:(?i:%(context.apposition_continuations)s)|\p{Ll}+ing)[ \t][^,;.:!?\n]{1,60})?")
        + (with_words(r"[ \t]*(?:,|[.;!?](?=[ \t\n\"“”]|$)|$|\n|[–—][ \t]|(?i:%(context.apposition_ends)s)\b)")
           if dash else r"[ \t]*(?:,|[.;!?](?=[ \t\n\"“”]|$)|$)"))


def _described_in_parentheses(words: dict) -> regex.Pattern:
    """' (Lithuania's fintech cluster, formerly ...)', ' (der Lebensmittelcluster der Rhön, mit
    Sitz in Fulda)': a parenthesis right after a name that opens with an apposition whose head
    is a cluster noun or a German compound ending in one, after a determiner or a possessive
    ('(Euroclusters, 2022-2025)' names a programme) and up to three words, none of them a
    word of membership ('(a member of the X cluster)' calls the name no cluster)."""
    membership = _either(words["predicate_membership_words"] + words["apposition_continuations"])
    return compile_cached(
        r"[ \t]*\((?:(?i:" + _either(words["apposition_determiners"]) + r")[ \t]+|(?:\p{Lu}[\p{L}-]*[ \t]+)?"
        r"\p{Lu}[\p{L}-]*['’]s[ \t]+)(?:(?!(?i:" + membership + r")[ \t])[\p{L}'’&-]+[ \t]+){0,3}?[\p{L}-]*?(?i:"
        + _either(words["predicate_nouns"]) + r")"
        + with_words(r"(?:[ \t]+(?:(?i:%(context.apposition_continuations)s))[ \t][^,;()\n]{1,60})?[ \t]*[,;)]"))


def _either(words) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


@lru_cache(maxsize=1)
def patterns() -> ContextPatterns:
    words = vocabulary().context
    verb_after = r"[ \t]+{}\b"
    adverbs = r"(?:[ \t]+" + _either(words["subject_adverbs"]) + r"(?=[ \t])){0,2}"
    return ContextPatterns(
        subject_verb=compile_cached(adverbs + verb_after.format(_either(words["subject_verbs"])),
                                    regex.IGNORECASE),
        de_subject_verb=compile_cached(adverbs + verb_after.format(_either(words["de_subject_verbs"])),
                                       regex.IGNORECASE),
        clause_opener=compile_cached(r"(?:^|[ \t,])" + _either(words["clause_openers"]) + r"[ \t]+$",
                                     regex.IGNORECASE),
        called_a_cluster=_called(words, words["predicate_nouns"], compounds=True),
        described_as_cluster=_described(words, words["predicate_nouns"], compounds=True, dash=True),
        subtitled_a_cluster=word_pattern(
            r"[ \t]*\n[ \t]*(?:(?:%(context.apposition_determiners)s)[ \t]+)?[\p{L}-]*?(?:%(nouns)s)[ \t]+"
            r"(?:%(context.apposition_continuations)s)[ \t][^,;.:!?\n]{1,80}(?=\n|$)",
            regex.IGNORECASE, nouns=_either(words["predicate_nouns"])),
        described_in_parentheses=_described_in_parentheses(words),
        called_a_programme=compile_cached(_called(words, words["programme_nouns"]).pattern + "|"
                                          + _described(words, words["programme_nouns"]).pattern, regex.IGNORECASE),
        described_as_programme=_described(words, words["programme_nouns"] + words["programme_apposition_nouns"],
                                          compounds=True, reach=4),
        project_apposition=compile_cached(
            r"(?:,|[ \t]+\()[ \t]*(?:" + _either(words["apposition_determiners"]) + r")(?:[ \t]+of[ \t]+the)?[ \t]+"
            r"(?:(?:" + AMOUNT + r"|[\p{L}\p{N}'’-]+)[ \t]+){0,5}?(?:[\p{L}-]*-)?" + _either(words["programme_nouns"] + words["project_nouns"])
            + r"(?![\p{L}-])",
            regex.IGNORECASE),
        project_before=compile_cached(
            r"(?<![\p{L}-])" + _either(words["project_nouns"]) + r"[ \t]*[,:]?[ \t]+"
            r"(?:\p{Lu}[\p{L}\p{N}-]+[ \t]*,[ \t]+)*(?:\p{Lu}[\p{L}\p{N}-]+[ \t]+(?:and|und|&)[ \t]+)?$",
            regex.IGNORECASE),
        not_subject_shape=compile_cached(_either(words["not_subject_endings"]) + "$"),
        apposition=compile_cached(r",[ \t]+(?i:" + _either(words["apposition_determiners"])
                                  + r")[ \t]+[^,;:.!?\n()\"“”„]{3,120}?,"),
        list_subject_verb=compile_cached(adverbs + verb_after.format(_either(words["list_subject_verbs"])),
                                         regex.IGNORECASE),
        headline_verb=compile_cached(verb_after.format(_either(words["headline_award_verbs"]))),
        initiative_before=word_pattern(r"(?<![\p{L}-])(?i:%(context.initiative_nouns)s)[ \t]+$"),
        agent_before=word_pattern(r"\b%(agents)s(?:[ \t]+(?:%(context.agent_articles)s))?[ \t„“\"]+$",
                                  regex.IGNORECASE, agents=_either(words["agent_phrases"])),
        congratulates=compile_cached(verb_after.format(_either(words["congratulate_verbs"])),
                                     regex.IGNORECASE),
        described_as_company=word_pattern(
            r"[ \t]*,[ \t]+(?i:%(context.company_articles)s)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]*?(?i:%(nouns)s)\b",
            nouns=_either(words["company_nouns"])),
        company_after=word_pattern(r"(?i:%(context.company_after)s)\b"),
        affiliation=word_pattern(r"(?:[ \t]*,[ \t]*(?P<role>[^,;:.()\n]{2,50}?))?[ \t]+(?:%(context.affiliation_prepositions)s)"
                                 r"[ \t]+(?:(?:%(context.host_articles)s)[ \t]+)?"),
        unit_of=word_pattern(r"[ \t]+(?:%(context.affiliation_prepositions)s)[ \t]+(?:(?:%(context.host_articles)s)[ \t]+)?\p{Lu}"),
        located_not_after=word_pattern(r"(?:^|[ \t\n(])(?i:%(context.located_not_after)s)[ \t]+$"),
        located=word_pattern(r"[ \t]+(?P<preposition>%(context.located_prepositions)s)[ \t]+(?P<place>\p{Lu}[\p{L}-]+)\b"),
        host_before=word_pattern(r"\b(?i:%(context.host_phrases)s)[ \t]+(?:(?i:%(context.host_articles)s)[ \t]+)?"),
        common_noun_ending=compile_cached(_either(words["common_noun_endings"]) + "$", regex.IGNORECASE),
        adverb_shape=compile_cached(_either(words["adverb_endings"]) + "$"),
        place_before=compile_cached(r"\b" + _either(words["place_before"]) + r"[ \t]+$", regex.IGNORECASE),
        possessive_before=compile_cached(r"\b" + _either(words["possessives"]) + r"[ \t]+$", regex.IGNORECASE),
        where_before=compile_cached(r"\b" + _either(words["where_before"]) + r"[ \t]+$", regex.IGNORECASE),
        recipient_before=compile_cached(r"\b" + _either(words["recipient_phrases"]) + r"[ \t]+(?:the[ \t]+)?$",
                                        regex.IGNORECASE),
        # (at most three words between noun and verb)
        members_are=compile_cached(
            r"\b" + _either(words["member_nouns"]) + r"\b(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+"
            + _either(words["member_verbs"]) + r"\b[ \t]*:?[ \t]*", regex.IGNORECASE),
        recipients_before=compile_cached(
            r"(?:\b" + _either(words["recipient_markers"]) + adverbs + r"|:|[–—]|[ \t]-)[ \t]*$", regex.IGNORECASE),
        label_for_before=word_pattern(
            r"(?i:%(context.label_for_nouns)s)[ \t]+(?i:%(label_for)s)[ \t]+"
            r"(?:(?i:%(context.label_for_articles)s)[ \t]+)?$",
            label_for=_either(words["label_for"])),
        cluster_name_article=word_pattern(r"(?:^|[ \t\n])(?:%(context.cluster_name_articles)s)[ \t]+$",
                                          regex.IGNORECASE),
        employer_role=word_pattern(r"(?:^|[\s,])(?P<role>[\p{L}-]+)[ \t]+(?:%(context.employer_prepositions)s)"
                                   r"(?:[ \t]+(?:%(context.employer_articles)s))?[ \t]+$"),
        **_list_patterns(),
        **_single_name_patterns(),
    )


def _list_patterns() -> dict[str, regex.Pattern]:
    """The patterns of coordinated lists, from the word lists of vocabulary.toml [lists]."""
    return dict(
        list_separator=word_pattern(
            r"^(?:[ \t]*,[ \t]*(?:%(lists.conjunctions)s|%(lists.comma_conjunctions)s|%(lists.item_prepositions)s)?"
            r"|[ \t]+(?:%(lists.conjunctions)s|&)(?:[ \t]+(?:%(lists.item_prepositions)s))?|[ \t]*;)"
            r"[ \t]+(?:(?:%(lists.item_articles)s)[ \t]+)?$",
            regex.IGNORECASE),
        separator_ahead=word_pattern(
            r"(?:[ \t]*,[ \t]*(?:%(lists.conjunctions)s)?|[ \t]+(?:%(lists.conjunctions)s|&))"
            r"[ \t]+(?:(?:%(lists.cluster_item_articles)s)[ \t]+)?"),
        first_item_gap=word_pattern(r"[ \t:]*(?:(?:%(lists.first_item_articles)s)[ \t]+)?"),
        opening_article=word_pattern(r"^(?:%(lists.opening_articles)s)$", regex.IGNORECASE),
        lower_last_item=word_pattern(
            r"^[ \t]+(?:%(lists.last_item_conjunctions)s|&)[ \t]+(?P<item>\p{Ll}[\p{L}\p{N}-]{2,})"
            r"(?=[ \t]+(?:%(lists.last_item_verbs)s)\b)"),
        plural_cluster_intro=word_pattern(
            r"(?:(?<!\p{L})|(?<=(?:%(lists.cluster_noun_determiners)s)))(?i:%(lists.cluster_nouns)s)"
            r"(?:[ \t]*:|(?:,[ \t]*|[ \t]+)(?i:%(lists.cluster_such_as)s))?[ \t]+(?=\S)"),
        cluster_among=word_pattern(r",[ \t]*(?i:%(lists.cluster_among)s)[ \t]+(?=\S)"),
        counted_clusters_before=word_pattern(  # (matched in the text before such a comma)
            r"(?i:\b(?:%(lists.cluster_counts)s|\d+)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:[\p{L}-]*clusters?|%(lists.cluster_nouns)s))"
            r"(?:[ \t]+(?!(?i:%(context.member_nouns)s|%(lists.other_item_nouns)s)\b)[\p{L}-]+){0,3}?\Z"),
            # (not '... many members, including')
        acronym_list_intro=word_pattern(r"%(lists.acronym_list_words)s", regex.IGNORECASE),
        selection_intro=word_pattern(r"%(lists.selection_words)s", regex.IGNORECASE),
        selection_of_others=word_pattern(r"\b(?:%(lists.selection_other_nouns)s|%(lists.other_item_nouns)s)\b",
                                         regex.IGNORECASE),
        plural_cluster_noun=word_pattern(r"(?i:%(lists.cluster_nouns)s)\b"),
        holder_noun=word_pattern(r"(?i:%(context.holder_nouns)s)\b"),
        item_article=word_pattern(r"(?i:(?:%(lists.last_item_conjunctions)s|sowie)[ \t]+)?"
                                  r"(?i:%(lists.item_articles)s)[ \t]+(?=\p{Lu})"),
        kind_examples=word_pattern(r",?[ \t]+(?i:%(lists.kind_examples)s)[ \t]"),
        # what may follow a list item before the separator: where it is from ('Medalba
        # (Portugal), ...', 'Medalba aus Portugal, ...')
        item_descriptor=word_pattern(
            r"[ \t]*\([^()\n]{1,40}\)|[ \t]+(?i:%(lists.item_origin_prepositions)s)"
            r"(?:[ \t]+(?i:%(lists.item_origin_articles)s))?[ \t]+\p{Lu}[\p{L}-]+"),
    )


def _single_name_patterns() -> dict[str, regex.Pattern]:
    """The patterns around a single name of a label sentence, from vocabulary.toml [context]
    and [lists]."""
    return dict(
        # the article before a name that opens its sentence ('Das Kompetenzzentrum X')
        article_before_name=word_pattern(r"(?:(?i:%(lists.opening_articles)s)[ \t]+)?$"),
        # a German sentence opening with an adverb before its subject ('Auch Solvind erhielt')
        opening_adverb=word_pattern(r"(?:^|[.!?\n][ \t]*)(?:%(context.de_opening_adverbs)s)[ \t]+$"),
        # a German finite verb right before an inverted subject ('Seit 2019 trägt Solvind ...')
        de_verb_before=word_pattern(r"[ \t](?:%(context.de_inverted_subject_verbs)s)[ \t]+$"),
        # 'to X', 'an X' right before a single recipient; what may follow it
        single_recipient_before=word_pattern(r"\b(?i:%(context.single_recipient_before)s)[ \t]+$"),
        cluster_role_before=word_pattern(
            r"\b(?i:%(context.cluster_role_nouns)s)[ \t]+(?:%(context.cluster_role_prepositions)s)"
            r"(?:[ \t]+(?:%(lists.cluster_item_articles)s))?[ \t]+$"
            # (or apposed: 'unser Vorarlberger Partnercluster, das Holzforum Bregenzerwald')
            r"|\b(?i:%(context.cluster_member_nouns)s)(?:,[ \t]+(?i:das|der|die|the))?[ \t]+$"),
        cluster_role_after=word_pattern(r"['’]s[ \t]+(?i:%(context.cluster_role_nouns)s)\b"),
        cluster_role_apposed=word_pattern(r"\b(?i:%(context.cluster_role_nouns)s)[ \t]+$"),
        single_recipient_end=word_pattern(
            r"[ \t]*(?:[,.!;]|$)|[ \t]+(?i:%(context.single_recipient_after)s)\b"),
    )


# Patterns used per chunk or per item, compiled once.
FOLLOWING_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{L}-]*)")
TRAILING_QUOTES = regex.compile(r"[ \t„“\"']+$")
DEFINITION = regex.compile(r"[ \t]*\([^()\n]{1,80}\)")
FINAL_PARENTHESIS = regex.compile(r"[ \t]*\([^)]*\)?$")  # (unclosed: the line's comma ended the item, '(Silber, 2023)')
LETTER = regex.compile(r"[\p{L}]")
BLOCK_LINE = regex.compile(r"^[ \t]*(?:[-•*–][ \t]+)?(?P<item>[^,\n]{2,90})", regex.MULTILINE)


def _is_modifier(text: str, chunk: Chunk) -> bool:
    """'Flemish clusters', 'Danish companies': an adjective before a lower-case noun."""
    following = FOLLOWING_WORD.match(text[chunk.end:chunk.end + 30])
    return bool(following) and following.group(1) in _modifier_nouns()


@lru_cache(maxsize=1)
def _modifier_nouns() -> frozenset:
    """The lower-case nouns after an adjective that is no name: [cluster] list_nouns and
    [context] modifier_nouns."""
    return vocabulary().cluster_list_nouns | lower_words("context.modifier_nouns")


ADJACENT_CAPITALS = regex.compile(r"(?:^|[ \t])[\p{Lu}\p{N}][^ \t]*[ \t]+[\p{Lu}\p{N}]")


def _only_places(words: list[str]) -> bool:
    """'Sachsen-Anhalt', 'Spitzencluster Sachsen-Anhalts': where, not who."""
    vocab = vocabulary()
    return all(w in vocab.places or w in vocab.connectors or w in vocab.strip_before_name for w in words)


# A German neuter adjective ('Sichtbares', 'Neues') opens a capitalised noun phrase.
ADJECTIVE_START = regex.compile(r"\p{Lu}\p{Ll}+es[ \t]")


def _as_capitalised(name: str) -> str:
    """A name as its capitals would write it: a lower-case brand of several words
    ('medwerk franken', brands.py) is one name as much as 'Medwerk Franken'."""
    if not name[:1].islower():
        return name
    return capitalise_words(name, keep=vocabulary().connectors)  # ('quendmed and VELMIVANTA' stays two names)


def _candidate(text: str, chunk: Chunk, language: str) -> bool:
    """A bare chunk that may be promoted by context: not a label word, place, role or
    person; and a proper name rather than a run of capitalised German nouns (a name
    has two capitalised words side by side, or a coined single word such as 'Nordalb')."""
    vocab = vocabulary()
    words = words_of(chunk.text)
    if any(w in vocab.not_cluster_words or w in vocab.role_words or w in vocab.not_body_words
           or w in vocab.titles or w in label_rules().tier_words for w in words):
        return False
    if any(compound_head(w, lower_words("names.prize_heads")) for w in chunk.words):
        return False  # 'Bayerischer Leichtbaupreis', 'Innovationswettbewerb': a prize
    last = chunk.words[-1].rsplit("-", 1)[-1].casefold()
    if (len(chunk.words) > 1 or "-" in chunk.text) and last in lower_words("names.coordination.collective_nouns"):
        return False  # 'Meerestechnik-Unternehmen', 'Sauerländer Zulieferer': a kind of body, no body
    if chunk.text.casefold() in vocab.places or chunk.text.casefold() in vocab.generic_adjectives:
        return False  # 'Europäischen Union'; 'Velmora, the Danish wind cluster': an adjective
    first = chunk.words[0]
    if first.casefold() in lower_words("context.region_words"):
        return False  # 'Region Velden', 'Metropolregion München': where, not who
    if len(chunk.words) > 1 and first.casefold() in lower_words("lists.cluster_counts"):
        return False  # 'Zwölf Unternehmen, die Gemeinde X und ...': how many, no name
    if len(chunk.words) > 1 and (UPPER_GENITIVE.fullmatch(first) or (
            first.endswith("s") and first.casefold()[:-1] in vocab.places)):
        return False  # 'NRWs Möglichkeiten', 'Europas Cluster': a place's things
    if language == "de" and len(words) > 1 and ADJECTIVE_START.match(chunk.text):
        return False  # 'Sichtbares Zeichen', 'Besonderes Highlight': a noun phrase, no name
    if len(chunk.text.split()) > 1 and not ADJACENT_CAPITALS.search(_as_capitalised(chunk.text)):
        return False
    if _is_dateline_place(text, chunk) or is_generic_network(chunk.text) or _in_place_field(text, chunk) \
            or _names_a_street(chunk) or capitals_heading(chunk.text):
        return False
    if patterns().possessive_before.search(text, max(0, chunk.start - 10), chunk.start):
        return False  # 'für unser Team Ansporn und Verpflichtung': a noun phrase
    if _only_places(words) or _only_places(chunk.text.casefold().split()) \
            or (patterns().place_before.search(text[max(0, chunk.start - 20):chunk.start])
                and not patterns().recipient_before.search(text[max(0, chunk.start - 30):chunk.start])
                and not REPEATED_TO.search(text, max(0, chunk.start - 12), chunk.start)):
        return False
    return (is_name_like(chunk, language) or _coined_word_before_its_tier(text, chunk, language)) \
        and not _is_modifier(text, chunk)


def _coined_word_before_its_tier(text: str, chunk: Chunk, language: str) -> bool:
    """'MOBITAS (Gold, 2023), Lignoro (Silver, 2022) and Glassia (Bronze, 2022)': one word
    that is no common word of the language, with its own tier in the parenthesis right after
    it, is a name, though a single Titlecase word is read as a common noun elsewhere."""
    return len(chunk.words) == 1 and is_rare_word(chunk.text, language) and is_tiered_item(text, chunk.start, chunk.end)


# A list's repeated preposition before an item ('went to A, to B and to the C'): no place's 'to'.
REPEATED_TO = regex.compile(r"(?:,|\band|\bund)[ \t]+(?:to|an)[ \t]+(?:the[ \t]+)?$")


def _names_a_street(chunk: Chunk) -> bool:
    """'Kulmbacher Straße', 'Baker Street': an address's street (the date rules' street words),
    no body."""
    last = chunk.words[-1].casefold()
    rules = load_date_rules()
    return last.endswith(rules.street_endings) or last in rules.street_words


def _in_place_field(text: str, chunk: Chunk) -> bool:
    """'Region: Tyrol, South Tyrol, Bavarian Oberland | Staff: 7': a name in the value of a
    field that says where ([context] place_field_keys) is a place; so is one in a table's
    column headed so ('Cluster | Träger | Standort | Label')."""
    cell_start = max(text.rfind("|", 0, chunk.start), text.rfind("\n", 0, chunk.start)) + 1
    key, colon, _ = text[cell_start:chunk.start].partition(":")
    if colon:
        return key.strip().casefold() in lower_words("context.place_field_keys")
    header = _column_header(text, chunk.start)
    return header is not None and header.casefold() in lower_words("context.place_field_keys")


def _column_header(text: str, position: int) -> str | None:
    """The header cell over the table cell at `position` (the first line of its block of rows
    written apart with ' | '), or None outside a table or in its header."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    if " | " not in text[line_start:line_end if line_end != -1 else len(text)]:
        return None
    column, header_start = text.count(" | ", line_start, position), line_start
    while header_start > 0:
        above = text.rfind("\n", 0, header_start - 1) + 1
        if " | " not in text[above:header_start - 1]:
            break
        header_start = above
    if header_start == line_start:
        return None
    cells = text[header_start:text.find("\n", header_start)].split(" | ")
    return cells[column].strip() if column < len(cells) else None


# ', 11. Juli 2019 –', ', den 30. November 2023 –', ', 18.04.2024:', ', March 5, 2024 -': the date of a
# dateline after its place; a wire's perhaps after its region and before its credit
# (', England, Jan. 16, 2024 /PRNewswire/ --')
DATELINE_DATE = regex.compile(r"(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2}(?=,))?"
                              r",[ \t]*(?:(?:den|am)[ \t]+)?(?:\d{1,2}\.?[ \t]*(?:\p{L}+\.?|\d{1,2}\.)[ \t]*(?:19|20)\d\d"
                              r"|\p{L}+\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d)[ \t]*(?:\)[ \t]*)?(?:/[^/\n]{2,30}/[ \t]*)?[–—:-]")


def _is_dateline_place(text: str, chunk: Chunk) -> bool:
    """'Bad Reichenhall, 18.04.2024 – Das Netzwerk ...': a name that opens a line before a
    date and a dash is where the release was written, not who it is about; '(PresseBox)
    (Trier, ...)', 'Jena, 27.05.2024 (PresseBox) -': the wire that carried it."""
    line_start = text.rfind("\n", 0, chunk.start) + 1
    if YEAR_THEN_PARENTHESIS.search(text, max(line_start, chunk.start - 60), chunk.start) \
            and WIRE_THEN_DASH.match(text, chunk.end):
        return True  # 'Jena, 27.05.2024 (PresseBox) - Das ...': the wire after the dateline's date
    if text[line_start:chunk.start].strip(" \t("):
        return False
    if chunk.text.isupper() and CAPITALS_DATELINE_TAIL.match(text, chunk.end):
        return True  # 'HULL, UK — The Humber ... Cluster has been awarded': a wire dateline's city in capitals
    return DATELINE_DATE.match(text, chunk.end) is not None or (
        text[chunk.start - 1:chunk.start] == "(" and WIRE_AFTER.match(text, chunk.end) is not None)


# ', UK — ', ', Norway – ': a dateline's country after its city, and the dash before the story.
CAPITALS_DATELINE_TAIL = regex.compile(r",[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?[ \t]+[–—-][ \t]")
# ') (Trier, ': a wire service's name in parentheses before the dateline's ('(PresseBox) (Trier, ...')
WIRE_AFTER = regex.compile(r"\)[ \t]*\(")
# A dateline's year and an opening parenthesis, and after the name its closing one and a dash.
YEAR_THEN_PARENTHESIS = regex.compile(r"(?:19|20)\d\d[ \t]*\($")
WIRE_THEN_DASH = regex.compile(r"\)[ \t]*[–—-][ \t]")


LOWER_CASE_CLUSTER = regex.compile(r"[ \t]+cluster\b(?![-\p{L}])")
NAME_AFTER = regex.compile(r"[ \t]+(?:\p{Lu}|\p{Ll}+\p{Lu})")  # ('cluster Konposite Hub', 'cluster eMobil')


def _named_after_cluster_noun(text: str, chunk: Chunk) -> bool:
    """'the Basque cluster Konposite Hub', 'the Lille-based cluster X': the name after the
    cluster noun is the cluster's; the word before says where it is ('-based' always does)."""
    noun = LOWER_CASE_CLUSTER.match(text, chunk.end)
    return NAME_AFTER.match(text, noun.end()) is not None or cuts().located.search(chunk.text) is not None


def _is_bare_name(chunk: Chunk) -> bool:
    """One capitalised word (or a lower-case brand, brands.py) that no word list knows as
    a place, function, label or role word: in a name slot ('the X cluster', 'X has been
    awarded'), a name."""
    vocab = vocabulary()
    word = chunk.text.casefold()
    return len(chunk.words) == 1 and len(word) >= 3 and chunk.text[:1].isalpha() and not (
        word in vocab.places or word in vocab.not_name_start or word in vocab.not_cluster_words
        or is_role_word(word) or word in vocab.cluster_heads or word in vocab.titles  # ('Wirtschaftsstaatssekretär')
        or all(part in vocab.generic_adjectives or part in lower_words("cluster.nationality_adjectives")
               for part in word.split("-")))  # ('the Danish-Swedish cluster', 'Basque cluster associations')


def _is_coined_name(chunk: Chunk) -> bool:
    """'Velmora Wind', 'Nordalb Energy' in 'the Velmora Wind cluster': two to four
    capitalised words, the first a coined word (no common word, place, function or label
    word), and no generic phrase ('the Life Science cluster', 'the Baltic Sea cluster')."""
    words = chunk.text.split(" ")
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and _is_bare_name(Chunk(chunk.start, chunk.start + len(words[0]), words[0])) \
        and is_rare_word(words[0], "de") and not is_generic_cluster_phrase(chunk.text)


INITIALS = regex.compile(r"\p{Lu}{2,6}")


WORD_GAP = regex.compile(r"[\s-]+")


@lru_cache(maxsize=16384)
def _initials(name: str) -> str:
    """'Adriatic Nautical Cluster' -> 'ANC' (asked for every form of every entity, per chunk)."""
    vocab = vocabulary()
    return "".join(w[0] for w in WORD_GAP.split(name)
                   if w and w.casefold() not in vocab.connectors and w[0].isalpha()).upper()


def link_initials(chunks: list[Chunk], found: DocumentEntities) -> list[Chunk]:
    """'ANC' for the Adriatic Nautical Cluster named before: a bare capital-letter chunk
    that spells the initials of one known cluster or organisation is another name of it."""
    left = []
    for chunk in chunks:
        named = [] if not INITIALS.fullmatch(chunk.text) else [
            e for e in found.entities if e.label in (CLUSTER, ORG)
            and any(_initials(f) == chunk.text for f in e.forms if f != chunk.text)]
        if len(named) > 1 and len({nominative_words(f) for e in named for f in e.forms
                                   if _initials(f) == chunk.text}) == 1:
            named = named[:1]  # 'Cluster X Y' and 'des Clusters X Y', not merged yet: one name
        if len(named) == 1 and not found.covered(chunk.start, chunk.end):
            found.add(Mention(chunk.start, chunk.end, chunk.text, named[0].label, "acronym_rules"),
                      entity=named[0])
            named[0].acronym = named[0].acronym or chunk.text
        else:
            left.append(chunk)
    return left


@lru_cache(maxsize=1)
def _introducer_endings() -> tuple[str, ...]:
    """Every cluster introducer and a space: what the text before an introduced name ends in."""
    return tuple(intro + " " for intro in vocabulary().cluster_introducers)


# A comma or a conjunction (and an article) between two items of a list.
LIST_JOINT = regex.compile(r",?[ \t]+(?:(?:and|und|&)[ \t]+)?(?:(?:the|der|die|das|dem|den)[ \t]+)?|,[ \t]*")


def _listed_beside_an_organisation(text: str, chunk: Chunk, found: DocumentEntities) -> bool:
    """'by Tarsio Devices Ltd, Velmadell Polymers and the Braxen Institute': a name that a
    comma or a conjunction joins to an organisation's is one more organisation of the list."""
    before = [m for m in found.mentions if m.label == ORG and chunk.start - 12 <= m.end <= chunk.start]
    after = [m for m in found.mentions if m.label == ORG and chunk.end <= m.start <= chunk.end + 12]
    return any(LIST_JOINT.fullmatch(text, m.end, chunk.start) for m in before) \
        or any(LIST_JOINT.fullmatch(text, chunk.end, m.start) for m in after)


def _common_single_word(chunk: Chunk) -> bool:
    """'erhält der Cluster Mittel': one common word after an introducer is its object, no name."""
    return len(chunk.words) == 1 and chunk.text[1:].islower() and not is_rare_word(chunk.text, "de")


# A version number that belongs to a name ('Nordstern 2.0'); not a year.
NAME_VERSION = regex.compile(r"[ \t]+\d{1,2}\.\d(?![\p{L}\p{N}]|[.,]\d)")


def promote_introduced(text: str, chunks: list[Chunk], found: DocumentEntities) -> list[Chunk]:
    """'Cluster-Initiative X', 'the cluster X', 'Netzwerk X', 'the X cluster' name a cluster X."""
    left = []
    for chunk in chunks:
        before = _lowered_before(text[max(0, chunk.start - 30):chunk.start])
        if before.endswith(_introducer_endings()) and not _common_single_word(chunk) \
                and not found.covered(chunk.start, chunk.end) and _bare_list_item(text, chunk, "de") \
                and not is_generic_cluster_phrase(chunk.text):
            version = NAME_VERSION.match(text, chunk.end)  # 'das Bündnis „Nordstern 2.0“'
            end = version.end() if version else chunk.end
            found.add(Mention(chunk.start, end, text[chunk.start:end], CLUSTER, "cluster_context"))
        elif LOWER_CASE_CLUSTER.match(text, chunk.end) and patterns().cluster_name_article.search(before) \
                and not found.covered(chunk.start, chunk.end) and not _named_after_cluster_noun(text, chunk) \
                and (_is_bare_name(chunk) or _is_coined_name(chunk) or _cluster_named_from(chunk, found)):
            named = _cluster_named_from(chunk, found)  # 'the Velden cluster' for the Velden Food Cluster
            found.add(Mention(chunk.start, chunk.end, chunk.text, CLUSTER, "cluster_context"), entity=named)
        else:
            left.append(chunk)
    return left


@lru_cache(maxsize=65536)
def _lowered_before(preceding: str) -> str:
    """The text before a chunk in lower case, its trailing quotes a space. Cached: the
    same words stand before many chunks, and the substitution costs more than a look-up."""
    return TRAILING_QUOTES.sub(" ", preceding.casefold())


def _cluster_named_from(chunk: Chunk, found: DocumentEntities):
    """The one cluster whose name begins with the chunk's word (a place, often), or None."""
    named = [e for e in found.entities if e.label == CLUSTER and e.canonical.startswith(chunk.text + " ")]
    return named[0] if len(named) == 1 else None


def _is_employer(text: str, start: int) -> bool:
    """'CEO of Y Ltd', 'Geschäftsführer der Y GmbH', 'Dr. Jana Velling (Y AG)': a
    speaker's employer, not a subject."""
    if AFFILIATION_BEFORE.search(text, max(0, start - 40), start):
        return True
    match = patterns().employer_role.search(text[max(0, start - 60):start])
    return bool(match) and match["role"].casefold() in vocabulary().role_words


# A person's name and an opening parenthesis: what follows is the person's affiliation.
AFFILIATION_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+[ \t]+\([ \t]*$")


def _is_agent(text: str, start: int) -> bool:
    return patterns().agent_before.search(text[max(0, start - 40):start]) is not None


def _opens_sentence(text: str, start: int, label_sentences) -> bool:
    """Whether only quotes, bullets and dashes stand between a label sentence's start and
    `start`, or a short lead-in and a colon: 'We are delighted: X has received ...'."""
    return any(not text[s:start].strip(" \t\n\"„“'•-") or LEAD_IN_COLON.fullmatch(text, s, start)
               for s, _ in label_sentences if s <= start)


# A lead-in of up to five words and a colon before a clause: 'Wir freuen uns: '.
LEAD_IN_COLON = regex.compile(r"[ \t\n]*\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,4}:[ \t]+")


# Up to three more words and a colon after a sentence's first name: 'Große Freude in Stuttgart:'.
KICKER_TAIL = regex.compile(r"(?:[ \t]+[\p{L}-]+){0,3}?[ \t]*:(?![/\d])")


def _is_kicker(text: str, chunk: Chunk, label_sentences, found: DocumentEntities) -> bool:
    """'BREAKING NEWS: X ...', 'Große Freude in Stuttgart: ...', 'BREAKING: the X Cluster
    ...': the words that open a sentence and end at a colon are a kicker, not its
    subject, when the sentence names a cluster after the colon, or when they are two or
    more words unless they are a name opening with a coined word right before the colon
    ('Velmora: Gold-Label bestätigt', 'Velmora Agritech: Erneut Gold!' keep their subject)."""
    tail = KICKER_TAIL.match(text, chunk.end)
    if tail is None or not _opens_sentence(text, chunk.start, label_sentences):
        return False
    sentence_end = next((e for s, e in label_sentences if s <= chunk.start < e), tail.end())
    names_a_cluster = any(m.label == CLUSTER and tail.end() <= m.start < sentence_end for m in found.mentions)
    coined_subject = tail.end() - chunk.end <= 2 and is_rare_word(chunk.words[0], "de") \
        and not chunk.words[0].isupper()  # 'Velmora Agritech: Erneut Gold!' (not 'BREAKING NEWS:')
    return names_a_cluster or (len(chunk.words) > 1 and not coined_subject)


def _initiative_as_subject(text: str, mention, label_sentences: list[tuple[int, int]]) -> bool:
    """'die Initiative X wurde ... ausgezeichnet', 'the initiative X received Silver': a name
    after an initiative noun ([context] initiative_nouns) and before a subject's verb in a
    label sentence is the cluster that got the label, not a programme."""
    return any(s <= mention.start < e for s, e in label_sentences) \
        and patterns().initiative_before.search(text, max(0, mention.start - 30), mention.start) is not None \
        and patterns().list_subject_verb.match(text, mention.end) is not None \
        and not _is_agent(text, mention.start)


def _convertible(entity) -> bool:
    """An organisation that context may show to be a cluster: of a cluster-like kind, not
    a gazetteer body, and not a name the cluster rules already read and rejected (its
    cluster word modifies another head: 'Platform for Cluster Cooperation'; not its
    association's: 'X Cluster Association')."""
    return entity.label == ORG and not entity.fixed_canonical and \
        entity.org_type in ("network", "association", "company", "other") and \
        not any(CLUSTER_WORD.search(form) and not _clusters_own_association(form) for form in entity.forms)


CLUSTER_WORD = regex.compile(r"\bcluster", regex.IGNORECASE)
# ... but a cluster's own association ('Têxtil Norte Cluster Association') is the cluster's name.
CLUSTERS_ASSOCIATION = regex.compile(r"\bcluster[ \t]+(?:association|organi[sz]ation)$", regex.IGNORECASE)


def _clusters_own_association(name: str) -> bool:
    """'Velmora Textile Cluster Association': a name, then 'Cluster Association' (not the
    'International Cluster Association' of a country's clusters: generic words only)."""
    found = CLUSTERS_ASSOCIATION.search(name)
    return found is not None and not all(w.casefold() in vocabulary().generic_adjectives
                                         for w in name[:found.start()].split())


def _ends_in_area_noun(chunk: Chunk) -> bool:
    """'Märkischen Kreis', 'Region Velden' is no name of a body: [places] area_nouns (but
    'Galvanotechnik-Netz Bergisches Land' names a network of that region)."""
    vocab = vocabulary()
    return chunk.text.rsplit(" ", 1)[-1].casefold() in lower_words("places.area_nouns") and not has_head(
        words_of(chunk.text), vocab.cluster_heads | vocab.network_heads)


def _without_dashed_acronym(chunk: Chunk) -> Chunk:
    """'Medizintechnik Oberpfalz – MTO' -> 'Medizintechnik Oberpfalz': the acronym after a
    dash is the name's short form, no part of it."""
    acronym = DASHED_ACRONYM.search(chunk.text)
    if acronym is None:
        return chunk
    return Chunk(chunk.start, chunk.start + acronym.start(), chunk.text[:acronym.start()], chunk.legal_form)


def _person_name_parts(found: DocumentEntities) -> set[str]:
    """The first names and surnames of the people named so far: a word that is one of
    them names that person ('Henrike, AWTC has just renewed its Gold label', 'Tomasz is
    honest about it'), not a cluster."""
    return {part for m in found.mentions if m.label == PERSON
            for part in (m.text.split()[0], m.text.split()[-1])}


def _persons_genitive(text: str, name_parts: set[str]) -> bool:
    """'Kleinsorges Leitung', 'Muster's team': a name opening with a person's name in the
    genitive, and more words after it: what belongs to that person, no cluster."""
    first, _, rest = text.partition(" ")
    return bool(rest) and any(first.endswith(ending) and first[:-len(ending)] in name_parts
                              for ending in ("s", "'s", "’s", "'"))


def _fields_joined_by_slashes(text: str) -> bool:
    """'Kunststoff/Chemie', 'IKT/Software', 'Bremen/Wirtschaft/Cluster': common words or places
    joined by slashes, a table's field or a path, no name."""
    parts = [part for part in text.replace(" ", "/").split("/") if part]
    return "/" in text and len(parts) >= 2 and all(
        not is_rare_word(part, "de") or not is_rare_word(part, "en") or part.casefold() in vocabulary().places
        for part in parts)


def _ends_in_common_noun(chunk: Chunk, language: str) -> bool:
    """'Erfolgreiche Re-Zertifizierung', 'ISO-9001-Zertifizierung', 'der ersten Thüringer
    Netzwerke': a phrase ending in a common German noun in -ung (a process; the field nouns
    that end many names, 'Glas & Optik', are kept) or in a plural cluster noun, with no head
    of a cluster, network or body in it ('Velmora Stiftung' is a name): what a label
    sentence is about, not who got the label. (The common words are German ones: 'New
    Energy Coalition' in English is a name.)"""
    last = chunk.words[-1].rsplit("-", 1)[-1]
    if last.casefold() in lower_words("context.plural_cluster_nouns") or last.casefold() in vocabulary().cluster_part_nouns:
        return True  # (or a part of a body: 'the RKN Advisory Board')
    if language != "de" or has_head(words_of(chunk.text), _name_heads()):
        return False
    return (last.endswith(("ung", "ungen")) and not all(is_rare_word(last[k:].casefold(), "de") for k in range(len(last) - 5))) \
        or _only_common_german_words(chunk)  # (or a compound of one, a prefix of one: 'Erfolgreiche Rezertifizierung')


def _only_common_german_words(chunk: Chunk) -> bool:
    """'Doppelter Grund (zur Freude)', 'Die Oberlausitzer Sensorik-Branche (hat Grund zum Feiern)':
    an inflected adjective (or a place's adjective) and one or two common German words after
    it, ending in no place, or a place's genitive and one common word or compound ('Hochfrankens
    Textilbranche'): a sentence's opening, no name (unlike 'Digital Health Alzey' or 'Smart
    Farming Nord', whose first word is uninflected)."""
    words = [part for word in chunk.words for part in word.split("-") if part]
    first = chunk.words[0]
    if len(chunk.words) == 2 and is_place_genitive(first) and is_common_word_or_compound(chunk.words[1]):
        return True  # ('Hochfrankens Textilbranche hat ...': a place's industry, no name)
    if not 2 <= len(chunk.words) <= 3 or words[-1].casefold() in vocabulary().places \
            or COINED_CASE.search(chunk.text) or not first.endswith(("er", "es", "en")):
        return False
    return (_is_place_adjective(first) or not is_rare_word(first, "de")) \
        and all(not is_rare_word(w, "de") for w in words[len(first.split("-")):])


COINED_CASE = regex.compile(r"\p{Ll}\p{Lu}|\p{Lu}\p{Lu}")


def _is_place_adjective(word: str) -> bool:
    """'Thüringer', 'Oberlausitzer': a place's name with '-er' (the place known, perhaps after
    a modifier of [places] region_modifiers: 'Ober|lausitz')."""
    places = vocabulary().places
    stem = word[:-2].casefold()
    modifier = next((m for m in lower_words("places.region_modifiers") if stem.startswith(m) and len(stem) > len(m) + 3), "")
    return any(s in places or s + "a" in places or s.rstrip("e") in places for s in (stem, stem[len(modifier):]))


@lru_cache(maxsize=1)
def _name_heads() -> frozenset:
    """The head words of clusters, networks and bodies of every kind."""
    vocab = vocabulary()
    return vocab.cluster_heads | vocab.network_heads | frozenset().union(*vocab.org_heads.values())


# Between a cluster's name (and its acronym in brackets) and the chunk saying where it is: a
# preposition of place ('X Cluster in the Scottish Borders', 'X-Cluster aus dem Allgäu', 'mit Sitz
# in', 'based in'), or a comma before a town on an entry line ('X, Papenburg – Gold').
BRACKETED_ACRONYM = r"(?:[ \t]*\([^()\n]{1,20}\))?"  # ' (ANM)' after a name, if any
LOCATED_AFTER = regex.compile(BRACKETED_ACRONYM + r"(?:(?:[ \t]+(?:mit Sitz|based|headquartered|located))?"
                              r"[ \t]+(?:in|im|aus|from|near|bei)(?:[ \t]+(?:the|dem|der|den))?[ \t]+|(?P<comma>,[ \t]*))$")
ENTRY_TIER_AFTER = regex.compile(r"[ \t]*[-–—][ \t]*(?P<tier>\p{L}+)[ \t]*(?:\n|$)")


@lru_cache(maxsize=1)
def _described_cluster() -> tuple[regex.Pattern, regex.Pattern]:
    """A cluster described in lower case around a chunk: after it, its possessive and the
    description ("North Jutland's robotics cluster"); before it, the description and 'of'
    ('the robotics and automation cluster of North Jutland'). Nouns from [cluster] heads."""
    nouns = "|".join(longest_first(regex.escape(h) for h in vocabulary().cluster_heads | vocabulary().network_heads
                                   if h.isalpha()))
    after = compile_cached(rf"['’]s?[ \t]+(?:[\p{{Ll}}-]+[ \t]+(?:and[ \t]+)?){{0,3}}(?:{nouns})s?\b")
    before = compile_cached(rf"\b(?:{nouns})[ \t]+(?:of|in|from)[ \t]+(?:the[ \t]+)?$")
    return after, before


APPOSED_NAME_AFTER = regex.compile(r",[ \t]*(?:the[ \t]+)?\p{Lu}")


def _where_a_described_cluster_is(text: str, chunk: Chunk) -> bool:
    """"North Jutland's robotics cluster reaches Gold", 'the robotics cluster of North Jutland
    was awarded': the chunk says whose or where the cluster is, the cluster goes by the
    description (or by a name given elsewhere)."""
    after, before = _described_cluster()
    return after.match(text, chunk.end) is not None \
        or (before.search(text, max(0, chunk.start - 30), chunk.start) is not None
            and not APPOSED_NAME_AFTER.match(text, chunk.end))  # (not 'our partner cluster in the North East, X (XY), has')


def _where_a_cluster_is(text: str, chunk: Chunk, found: DocumentEntities) -> bool:
    """A chunk right after a cluster's name and a preposition of place names where the
    cluster is, no second subject ('The Tweedside Textile Cluster in the Scottish Borders
    let its Silver label lapse', 'der Ernährungscluster X mit Sitz in Vechta'); so does one
    word after a name and a comma on an entry line that ends in a tier ('– X (XY),
    Papenburg – Gold', '– hydrolinq, Stade – Silber')."""
    located = LOCATED_AFTER.search(text, max(0, chunk.start - 40), chunk.start)
    if located is None:
        return False
    if located["comma"]:
        tier = ENTRY_TIER_AFTER.match(text, chunk.end)
        if " " in chunk.text or tier is None or not label_rules().tier.fullmatch(tier["tier"]):
            return False
        line_start = text.rfind("\n", 0, located.start()) + 1
        return bool(text[line_start:located.start()].strip(" \t-–—•*·"))  # (a name before it on the line)
    return any(m.label == CLUSTER and m.end == located.start() for m in found.mentions)


OF_BEFORE = regex.compile(r"\bof[ \t]+$", regex.IGNORECASE)


def promote_anaphor_antecedents(text: str, chunks: list[Chunk], found: DocumentEntities,
                                label_statements: list[tuple[int, int]]) -> list[Chunk]:
    """'Rund 640.000 Euro gehen an KeraNet Westerwald. ... Das Netzwerk war 2015 eines der ersten
    mit dem Bronze-Label': a label statement whose subject is 'das Netzwerk', 'der Verein',
    'the network' in a paragraph that names no cluster before it speaks of the coined name
    (_is_coined_name, or one word with capitals inside: 'KeraNet') named last before it in that
    paragraph."""
    out = list(chunks)
    name_parts = _person_name_parts(found)  # (the loop adds clusters only: the people stay as named)
    for start, end in label_statements:
        anaphor = label_rules().anaphor.search(text, start, end)
        if anaphor is None or not anaphor["noun"] or OF_BEFORE.search(text, max(0, anaphor.start() - 4), anaphor.start()):
            continue  # ('Chairman of the Board of the pôle': whose board, no label's holder)
        blank = text.rfind("\n\n", 0, start)
        paragraph = blank + 2 if blank >= 0 else 0
        if any(m.label == CLUSTER and paragraph <= m.start < end for m in found.mentions):
            continue  # (a cluster named before or in it: the anaphor's own rules)
        before = [c for c in out if paragraph <= c.start and c.end <= anaphor.start()
                  and not found.covered(c.start, c.end) and not _persons_genitive(c.text, name_parts)]
        named = next((c for c in reversed(before) if text[c.start - 1:c.start] != "(" and (_is_coined_name(c) or (
            " " not in c.text and "-" not in c.text and UPPER.search(c.text[1:]) and _coined_single_word(text, c)))
            and not _listed_beside_an_organisation(text, c, found)), None)
        # (not a wire's name in a dateline's parentheses, not a compound 'Wasserstoff-Wertschöpfungskette', not
        # one of a list of organisations: 'Founded by A Ltd, B Polymers and the C Institute, X counts ...')
        if named is not None and not is_person_name(named.text, False):
            found.add(Mention(named.start, named.end, named.text, CLUSTER, "label_subject"))
            out.remove(named)
    return out


# The words of a tier's label that may follow the tier word ('Bronze-Label', 'Gold Status').
TIER_LABEL_WORDS = frozenset(("label", "siegel", "zertifikat", "certificate", "status", "level", "stufe"))
WORD_OR_HYPHEN_APART = regex.compile(r"[\s-]+")


def _names_a_tier(chunk_text: str) -> bool:
    """'Bronze-Label erreicht' (a headline), 'Gold Label': a tier and its label word name no cluster."""
    words = WORD_OR_HYPHEN_APART.split(chunk_text.casefold().strip())
    return words[0] in label_rules().tier_words and all(w in TIER_LABEL_WORDS for w in words[1:])


def _later_table_cell(text: str, chunk: Chunk, found: DocumentEntities) -> bool:
    """A name in a table row's cell after one that names something ('Velmora Netz | Technische
    Textilien | Silber', 'velmolink | Warmińsko-Mazurskie | Silver'): the row's cluster is
    that one (the table rules read the row); after a code ('PP3 | Velmora Netz') it is the row's."""
    line_start = text.rfind("\n", 0, chunk.start) + 1
    before = text[line_start:chunk.start]
    return " | " in before and (any(m.label == CLUSTER and line_start <= m.start < chunk.start for m in found.mentions)
                                or any(len(word) >= 4 and word.isalpha() for word in before.split()))


def _common_word_in_capitals_line(text: str, chunk: Chunk, language: str) -> bool:
    """'X CLUSTER IS NOW GOLD': in a line written in capitals, one word of the language
    ('NOW', 'JETZT') is the headline's wording, no cluster's brand."""
    if " " in chunk.text or is_rare_word(chunk.text.casefold(), language):
        return False
    line_start = text.rfind("\n", 0, chunk.start) + 1
    line_end = text.find("\n", chunk.end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    return line.isupper() and len(line.split()) >= 3


def promote_label_subjects(text: str, chunks: list[Chunk], found: DocumentEntities,
                           label_sentences: list[tuple[int, int]], language: str) -> list[Chunk]:
    """In a sentence that awards a label, the proper names that are not people, places,
    bodies or programmes are the clusters that got it; so are organisations of a
    cluster-like kind (networks, associations, companies) named there, unless they are
    a speaker's employer ('says X, CEO of Y Ltd')."""
    left = []
    described_until = -1  # the end of the apposition after the last subject: a description
    name_parts = _person_name_parts(found)  # 'hat Keller das Label', 'Henrike, AWTC has renewed ...'
    described = _appositions_of_clusters(text, found, label_sentences)
    examples = _listed_examples(text) if label_sentences else []
    for chunk in chunks:
        inside = any(s <= chunk.start < e for s, e in label_sentences) and not _is_agent(text, chunk.start) \
            and not patterns().congratulates.match(text, chunk.end) \
            and not _among_examples(text, chunk, examples)  # who congratulates got no label, nor a member named as an example
        if chunk.start < described_until or any(s < chunk.start < e for s, e in described):
            left.append(chunk)
        elif inside and (_ends_in_area_noun(chunk) or _ends_in_common_noun(chunk, language) or names_an_event(chunk.text)
                         or _fields_joined_by_slashes(chunk.text) or _names_a_tier(chunk.text)
                         or _where_a_cluster_is(text, chunk, found) or _where_a_described_cluster_is(text, chunk)
                         or _later_table_cell(text, chunk, found) or describes_a_cluster(chunk.text)
                         or _common_word_in_capitals_line(text, chunk, language)):
            left.append(chunk)  # 'drei Cluster aus dem Märkischen Kreis tragen Gold': a place ('beim Thüringer Clustertag': an event)
        elif inside and _persons_genitive(chunk.text, name_parts):
            left.append(chunk)  # 'Unter Kleinsorges Leitung wurde das Netzwerk ... ausgezeichnet': whose lead, no cluster
        elif inside and not found.covered(chunk.start, chunk.end) and chunk.text not in name_parts and (
                _is_bare_subject(text, chunk, label_sentences, language)
                or (language == "de" and _is_headline_subject(text, chunk, label_sentences))):
            name = _without_genitive_head(_without_dashed_acronym(chunk))
            found.add(Mention(name.start, name.end, name.text, CLUSTER, "label_subject"))
            described_until = _apposition_end(text, chunk.end)
        elif inside and _candidate(text, chunk, language) and not found.covered(chunk.start, chunk.end) \
                and chunk.text not in name_parts and not is_generic_cluster_phrase(chunk.text) \
                and not _is_kicker(text, chunk, label_sentences, found) and not _bracketed_after_a_name(text, chunk, found) \
                and not any(s <= chunk.start < e and _told_of_another_in_its_clause(text, found, s, e, (chunk.start, chunk.end))
                            for s, e in label_sentences):
            name = _without_genitive_head(_without_dashed_acronym(_without_plural_noun(chunk)))
            found.add(Mention(name.start, name.end, name.text, CLUSTER, "label_subject"))
        else:
            left.append(chunk)
    for entity in [e for e in found.entities if _convertible(e)]:
        if any(s <= m.start < e and (_holds_in_relative_clause(text, m, e) or (
                not _is_employer(text, m.start) and not _is_agent(text, m.start)
                and not patterns().congratulates.match(text, m.end)
                and not _beside_another_cluster(text, m, found, s, e) and not _among_examples(text, m, examples)
                and not _told_of_another_in_its_clause(text, found, s, e, (m.start, m.end), m.entity)))
               for m in entity.mentions for s, e in label_sentences):
            as_cluster(entity)
    for entity in [e for e in found.entities if e.label == PROGRAMME and not e.fixed_canonical]:
        if any(_initiative_as_subject(text, m, label_sentences) for m in entity.mentions):
            as_cluster(entity)  # 'die Initiative AgriSens Hohenlohe wurde ... mit dem Bronze-Label ausgezeichnet'
    for entity in [e for e in found.entities if e.label == ORG and e.org_type == "research"
                   and not e.fixed_canonical]:  # 'Das Kompetenzzentrum X erhielt das Silber-Label'
        if any(_opens_sentence(text, m.start - len(patterns().article_before_name.search(text[:m.start])[0]),
                               label_sentences)
               and patterns().list_subject_verb.match(text, m.end)
               for m in entity.mentions if any(s <= m.start < e for s, e in label_sentences)):
            as_cluster(entity)
    return left


EXAMPLES_REACH = 120  # characters from an example marker to the last example it introduces
EXAMPLES_END = regex.compile(r"[.;:!?]|[ \t][–—][ \t]")  # what ends a list of examples


def _among_examples(text: str, chunk: Chunk | Mention, examples: list[int]) -> bool:
    """'Zulieferer wie Kästner, Wolfram Zerspanung oder Haubold Guss': a name in the list after
    a kind of organisation and an example marker (_example_introductions, whose positions
    `examples` holds) is an example of that kind, no label's recipient."""
    return any(position <= chunk.start and chunk.start - position <= EXAMPLES_REACH
               and not EXAMPLES_END.search(text, position, chunk.start) for position in examples)


# A parenthesis opening with a field in lower-case words and a comma, before the place that closes it.
FIELD_BEFORE_PLACE = regex.compile(r"\([ \t]*\p{Ll}[^()\n,]{0,50},[ \t]*\Z")


def _bracketed_after_a_name(text: str, chunk: Chunk, found: DocumentEntities) -> bool:
    """'X Cluster (Ponta Delgada) – Gold': a name alone in the parenthesis right after a cluster's
    says where it is (or is another of its names), no second recipient; so does a name closing
    a parenthesis after its field ('• terravia (sustainable construction, Louvain-la-Neuve) –
    Silver label')."""
    if text[chunk.end:chunk.end + 1] == ")" and FIELD_BEFORE_PLACE.search(text, max(0, chunk.start - 70), chunk.start):
        return True
    if text[chunk.start - 2:chunk.start] != " (" or text[chunk.end:chunk.end + 1] != ")" \
            or (" " not in chunk.text and UPPER.search(chunk.text[1:])):
        return False  # (an acronym, 'X Cluster (XC)': another of its names, which the acronym rules join)
    return any(m.end == chunk.start - 2 and m.label == CLUSTER for m in found.mentions)


# What may stand between a name and a relative clause about it: its acronym in brackets and
# where it is ('Das Antriebstechnik-Netzwerk X (ANM) in Schweinfurt, das seit 2021 ...').
NAME_EXTRAS_AFTER = regex.compile(BRACKETED_ACRONYM + r"(?:[ \t]+(?:in|aus|from|im|bei|near)[ \t]+\p{Lu}[\p{L}-]*)?")


def _holds_in_relative_clause(text: str, mention: Mention, sentence_end: int) -> bool:
    """'chair of the X Network, which has held a Silver label since 2019': the relative
    clause right after the name tells a tier it holds, whoever else the sentence names."""
    return _holding_clause(text, mention, sentence_end) is not None


# A comma and an article opening an apposition: ', holder of', ', the holder of', ', Träger des'.
APPOSITION_OPENING = regex.compile(r",[ \t]+(?:(?i:the|a|an|der|die|das)[ \t]+)?(?=\p{L})")


def _holding_clause(text: str, mention: Mention, sentence_end: int) -> tuple[int, int] | None:
    """(start, end) of the relative clause right after a name that tells a tier it holds."""
    between = NAME_EXTRAS_AFTER.match(text, mention.end)  # ('X (XY) in Schweinfurt, das ...')
    relative = relative_pronoun().match(text, between.end())
    if relative is None:  # (or an apposition naming it the holder: 'X, holder of the Silver label since 2021')
        relative = APPOSITION_OPENING.match(text, between.end())
        if relative is None or not patterns().holder_noun.match(text, relative.end()):
            return None
    clause_end = label_rules().clause_break.search(text, relative.end(), sentence_end)
    end = clause_end.start() if clause_end else sentence_end
    if label_rules().tier.search(text, relative.end(), end) is None or \
            label_rules().hold.search(text, relative.end(), end) is None:
        return None
    return relative.start(), end


def _told_of_another_in_its_clause(text: str, found: DocumentEntities, start: int, end: int,
                                   item: tuple[int, int], entity=None) -> bool:
    """'Partners include the X Cluster, which has held Silver since 2021, the Y Institute, Z OÜ
    and the W Association', 'we start PROJ with our partner, X Cluster, holder of the Silver
    label': every tier of the sentence (start, end) stands in another cluster's relative clause
    or apposition, so the label is that cluster's alone; the item (a name's span) holds none."""
    clauses = [clause for m in found.mentions if m.label == CLUSTER and start <= m.start < end
               and (m.entity is not entity if entity is not None else not (m.start < item[1] and item[0] < m.end))
               for clause in [_holding_clause(text, m, end)] if clause is not None]
    return bool(clauses) and all(any(s <= tier.start() < e for s, e in clauses)
                                 for tier in label_rules().tier.finditer(text, start, end))


def _beside_another_cluster(text: str, mention: Mention, found: DocumentEntities, start: int, end: int) -> bool:
    """'Nordalb Consulting audited the Velmora Cluster, which then received Gold': a
    label statement that names a cluster already has its recipient; an organisation
    beside it is a partner, auditor or host, unless the two stand in one list. (A tier
    between the two starts another statement: 'A erhielt Bronze, B wurde mit Silber
    zertifiziert'; not one in an aside between dashes or a relative clause after the cluster:
    'A – seit 2018 Silber-zertifiziert – entwickelt mit der B AG'.)"""
    others = [m for m in found.mentions if m.label == CLUSTER and m.entity is not mention.entity
              and start <= m.start < end
              and not label_rules().tier.search(text, _past_aside(text, min(m.end, mention.end)),
                                                max(m.start, mention.start))]
    if any(_in_apposition(text, m, mention.start) for m in others):
        return True  # 'Velmora, das Netzwerk der ..., wurde': its description
    return bool(others) and not any(
        patterns().list_separator.match(text[_after_descriptor(text, mention.end):m.start])
        or patterns().list_separator.match(text[_after_descriptor(text, _after_descriptor(text, m.end)):mention.start])
        for m in others)  # (past where each is from: 'der X Cluster (XC) in Kiel und das Y-Netzwerk')


# A name's aside between spaced dashes right after it ('Das Netzwerk X – 2018 mit dem Silber-Label
# zertifiziert – entwickelt mit der Y AG ...'), or its relative clause ('Der X, der seit 2017 mit dem
# Bronze-Label ausgezeichnet ist, will mit der Y GmbH ...').
DASH_ASIDE = regex.compile(r"[ \t]+[–—][ \t]+[^–—\n]{0,120}?[ \t][–—][ \t]"
                           r"|,[ \t]+(?:der|die|das|which|that)[ \t][^,;.\n]{0,120},")  # (or its relative clause)


def _past_aside(text: str, position: int) -> int:
    """Where the text goes on after the aside (between dashes, or a relative clause) that opens
    at `position` (a tier in it is the name's before it, no statement of its own); `position`
    when none opens there."""
    aside = DASH_ASIDE.match(text, position)
    return aside.end() if aside else position


def _in_apposition(text: str, mention, position: int) -> bool:
    """Whether `position` lies in an apposition after `mention` ('X, the network for ..., ')."""
    return mention.end < position < _apposition_end(text, mention.end)


def _appositions_of_clusters(text: str, found: DocumentEntities,
                             label_sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The appositions after the clusters and bodies already named in label sentences ('X, a
    logistics cluster centred on the ports of A and B, earned ...'): the names in them
    describe the one named, none got the label."""
    ends = [m.end + text.startswith("),", m.end) for m in found.mentions if m.label in (CLUSTER, ORG)
            and any(s <= m.start < e for s, e in label_sentences)
            and (text.startswith(",", m.end) or text.startswith("),", m.end))]  # ('X (XC), the network ...')
    return [(end, close) for end in ends if (close := _apposition_end(text, end)) > end]


def _apposition_end(text: str, end: int) -> int:
    """Where an apposition after a subject ending at `end` closes ('X, the network for
    ..., was awarded', 'X, das Netzwerk der ..., wurde'), its comma and a verb following;
    else `end`. (A comma and an article also join list items: 'A, das Netzwerk B, C und
    D erhielten'; the verb right after the closing comma tells the two apart.)"""
    apposition = patterns().apposition.match(text, end)
    if apposition is None or not (patterns().subject_verb.match(text, apposition.end())
                                  or patterns().de_subject_verb.match(text, apposition.end())):
        return end
    return apposition.end()


def _without_plural_noun(chunk: Chunk) -> Chunk:
    """'Initiativen Velmora Photonics': the plural noun that introduced a list ('die
    Initiativen A und B') is no part of its first name."""
    first, _, rest = chunk.text.partition(" ")
    if rest and first.casefold() in vocabulary().generic_nouns:
        offset = len(first) + 1
        return Chunk(chunk.start + offset, chunk.end, rest, chunk.legal_form)
    return chunk


def _without_genitive_head(chunk: Chunk) -> Chunk:
    """'(das Clustermanagement des) Verbunds X', '(des) Vorgängervereins X': the genitive
    of a body's word before a name, or an association's compound, is no part of it (a
    field's compound is: 'des Sensorik-Clusters Ostwürttemberg'; so are 'Clusters' and
    'Netzwerks', which the entity's name puts in the nominative)."""
    first, _, rest = chunk.text.partition(" ")
    lowered = first.casefold()
    if rest[:1].isupper() and (lowered in GENITIVE_HEADS or (lowered.endswith("vereins") and len(lowered) > 9)):
        return Chunk(chunk.start + len(first) + 1, chunk.end, rest, chunk.legal_form)
    return chunk


def _inside(position: int, bounds) -> bool:
    return any(s <= position < e for s, e in bounds)


def _bare_list_item(text: str, chunk: Chunk, language: str) -> bool:
    """An item of a list of clusters in a label sentence: a name chunk, or one capitalised
    word no word list knows (and, in German, without a common-noun ending)."""
    if text[chunk.end:chunk.end + 1] == "-":
        return False  # 'das Luftfahrt- und BMBF-Spitzencluster X': half of a compound
    if _candidate(text, chunk, language):
        return True
    vocab = vocabulary()
    return _is_bare_name(chunk) and not (
        TITLE_COMPOUND.match(chunk.text) or UPPER_GENITIVE.fullmatch(chunk.text)
        or chunk.text.casefold() in vocab.programme_introducers
        or any(w in vocab.not_cluster_words for w in words_of(chunk.text))
        or patterns().where_before.search(text[max(0, chunk.start - 20):chunk.start])
        or (language == "de" and patterns().common_noun_ending.search(chunk.text)))


UPPER_GENITIVE = regex.compile(r"\p{Lu}{2,}s")  # 'NRWs', 'KMUs': a genitive or plural, no name


LIST_END = regex.compile(r"[ \t]*(?:[.!;\n]|$)")


def promote_label_lists(text: str, chunks: list[Chunk], found: DocumentEntities,
                        label_sentences: list[tuple[int, int]], language: str) -> list[Chunk]:
    """Several clusters named in one label sentence, none called a cluster:
    'Valtrona, Merisol and Braxen have been awarded the Gold Label', 'Das Silber-Label
    ging an Valtrona, Merisol und Braxen'. A list of two or more names that opens the
    sentence before its verb, or closes it after 'to'/'an'/a colon, is the clusters (not a list of
    examples: '38 Mitglieder, darunter A und B')."""
    promoted: set[Chunk] = set()
    examples = _listed_examples(text) if label_sentences else []
    for start, end in label_sentences:
        named = {Chunk(m.start, m.end, m.text) for m in found.mentions if start <= m.start < end and (
                 m.label == CLUSTER or (_convertible(m.entity) and m.entity.org_type in ("network", "association")))}
        items = sorted([*named, *(p for c in chunks if start <= c.start < end and not found.covered(c.start, c.end)
                                  and not _where_a_cluster_is(text, c, found) and not _among_examples(text, c, examples)
                                  for p in coordinated_parts(c))],
                       key=lambda c: c.start)  # (not 'X, Papenburg – Gold': where X is)
        for run in _runs(text, items):
            if not all(c in named or _bare_list_item(text, c, language) for c in run):
                continue
            run_end = _apposition_end(text, _after_descriptor(text, run[-1].end))  # past ", both from X,"
            if len(run) < 2:  # one name: 'Silver Label for X', 'awarded the Gold label to X in 2020'
                if (patterns().label_for_before.search(text, max(start, run[0].start - 30), run[0].start)
                        and LIST_END.match(text, run_end)) or _single_recipient(text, start, run[0], run_end):
                    promoted.update(run)
                continue
            opens = not patterns().opening_article.sub("", text[start:run[0].start].strip(" \t\n\"„“'•-"))
            subject = (opens or any(c in named for c in run)) and patterns().list_subject_verb.match(text, run_end)
            recipients = (patterns().recipients_before.search(text, max(start, run[0].start - 30), run[0].start)
                          or patterns().label_for_before.search(text, max(start, run[0].start - 30), run[0].start)) \
                and RECIPIENTS_END.match(text, run_end)
            if subject or recipients:
                promoted.update(run)
    name_parts = _person_name_parts(found)
    for chunk in sorted(promoted, key=lambda c: c.start):
        if not found.covered(chunk.start, chunk.end) and chunk.text not in name_parts and not _ends_in_common_noun(chunk, language):
            found.add(Mention(chunk.start, chunk.end, chunk.text, CLUSTER, "label_subject"))
    return [c for c in chunks if not found.covered(c.start, c.end)]


# The end of a list of recipients: the sentence's end, or a participle and the end
# ('Mit Silber wurden A, B und C ausgezeichnet.'), or the dash closing a list set off
# by dashes ('Three clusters – A, B and C – received').
RECIPIENTS_END = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}-]+)?[ \t]*(?:[.!;\n]|$)|[ \t]+[-–—][ \t]")


# 'Bronze: X': a tier word and a colon before a single recipient.
TIER_COLON_BEFORE = regex.compile(r"(?<![^\n])[ \t]*(?P<tier>\p{L}+)[ \t]*:[ \t]*$")


def _single_recipient(text: str, sentence_start: int, chunk: Chunk, end: int) -> bool:
    """'ESCA awarded the Gold label to X in 2020', 'Das Gold-Label wurde an X verliehen':
    one name after 'to'/'an' in a sentence that tells an award or names a label."""
    told = text[sentence_start:min(len(text), end + 40)]
    tier_colon = TIER_COLON_BEFORE.search(text, max(sentence_start, chunk.start - 12), chunk.start)
    if tier_colon and label_rules().tier.fullmatch(tier_colon["tier"]) and LIST_END.match(text, end):
        return True  # 'Bronze: X' on a line of its own
    return (patterns().single_recipient_before.search(text, max(sentence_start, chunk.start - 20), chunk.start) is not None
            and (label_rules().award.search(told) or label_rules().label_word.search(told)) is not None
            and patterns().single_recipient_end.match(text, end) is not None)


def _after_descriptor(text: str, end: int) -> int:
    """The end of what says where a list item is from ('(Portugal)', 'aus Portugal'), or
    `end`; 'in March' says when, not where. (Either opens with a blank or a parenthesis:
    the character test first, most names are followed by neither.) A known place after a
    comma says where too ('Silver: A, Italy, and B, Austria')."""
    if text[end:end + 1] == ",":
        place = COMMA_PLACE.match(text, end)
        return place.end() if place is not None and place["place"].casefold() in vocabulary().places else end
    if text[end:end + 1] not in (" ", "\t", "("):
        return end
    match = patterns().item_descriptor.match(text, end)
    if match is None or match.group().rsplit(None, 1)[-1].casefold() in load_date_rules().month_number:
        return end
    return match.end()


# ', Italy' after a list item, before the next separator or the line's end.
COMMA_PLACE = regex.compile(r",[ \t]+(?P<place>\p{Lu}[\p{L}-]+)(?=,|[ \t]+(?:and|und|&)[ \t]|[ \t]*(?:\n|$))")


def _runs(text: str, items: list[Chunk]) -> list[list[Chunk]]:
    """Maximal runs of chunks joined by list separators (', ', ' und ', ', and the '),
    each item perhaps followed by where it is from (a chunk there is no item)."""
    runs: list[list[Chunk]] = []
    separator = patterns().list_separator
    for item in items:
        last_end = _after_descriptor(text, runs[-1][-1].end) if runs else -1
        if item.start < last_end:
            continue
        if runs and separator.match(text[last_end:item.start]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


EMPHASIS_AFTER = regex.compile(r"[ \t]+(?:itself|selbst)(?=[ \t])")  # a subject's emphasis before its verb


def _is_bare_subject(text: str, chunk: Chunk, label_sentences: list[tuple[int, int]],
                     language: str) -> bool:
    """A single name word in the subject slot of a label sentence: right before its verb
    (past an apposition, 'X, the network for ..., was awarded'), where a clause opens:
    'Solvind has been awarded ...', 'In 2019, Solvind received ...', '... announce that
    Solvind has ...', '..., dass Solvind das Gold-Label erhalten hat'. A German sentence
    that opens with one word before its verb is left out (the first position before the
    verb is as often an adverb, 'Erstmals erhielt der Cluster Gold'), except past an
    apposition, and in a headline (_is_headline_subject)."""
    if not _is_bare_name(chunk):
        return False
    before = text[max(0, chunk.start - 30):chunk.start]
    if language == "de" and patterns().clause_opener.search(before):
        return True  # 'dass Solvind ... erhalten hat': the verb closes the clause
    emphasis = EMPHASIS_AFTER.match(text, chunk.end)  # ('Fyris itself has held the Bronze label')
    subject_end = _apposition_end(text, _after_descriptor(text, emphasis.end() if emphasis else chunk.end))  # past '(wind energy)'
    verb = patterns().subject_verb if language == "en" else patterns().de_subject_verb
    if not verb.match(text, subject_end):
        return language == "de" and _is_coined_word(chunk) and \
            patterns().de_verb_before.search(before) is not None  # 'Seit 2019 trägt Solvind das Gold-Label'
    if language == "de":
        if subject_end > chunk.end and _opens_sentence(text, chunk.start, label_sentences):
            return True
        return _is_coined_word(chunk) and (
            _opens_sentence(text, chunk.start, label_sentences) or patterns().opening_adverb.search(before) is not None)
    if patterns().not_subject_shape.search(chunk.text):
        return False
    return (_opens_sentence(text, chunk.start, label_sentences) or _after_opening_phrase(text, chunk.start, label_sentences)
            or patterns().clause_opener.search(before) is not None
            or (LOWER_WORD_BEFORE.search(before) is not None and not patterns().where_before.search(before)))


def _is_project_acronym(chunk: Chunk) -> bool:
    """'BLUEFORGE', 'HYDROLINK4X', 'GreenLoop4SME': one word in capitals or with capitals
    inside, the shape of an EU project's name, which an apposition may call a project
    wherever it stands ('launched BLUEFORGE, a three-year Interreg project')."""
    return " " not in chunk.text and len(chunk.text) >= 4 and UPPER.search(chunk.text[1:]) is not None


def _funder_in_parenthesis(text: str, chunk: Chunk, found: DocumentEntities) -> bool:
    """'VELMOTWIN (Horizon Europe, 2023–2026)', 'EU4Velmora (Digital Europe Programme)': a
    project's name, then the programme that funds it opening a parenthesis (not a common
    noun's compound: 'EU-Projekten (Horizon Europe, Interreg)')."""
    last = chunk.text.rsplit("-", 1)[-1]
    if last[1:].islower() and not is_rare_word(last, "de"):
        return False
    opening = PARENTHESIS_AFTER.match(text, chunk.end)
    return opening is not None and any(m.label == PROGRAMME for m in found.starting_at(opening.end()))


PARENTHESIS_AFTER = regex.compile(r"[ \t]*\([ \t]*")


def _coined_single_word(text: str, chunk: Chunk) -> bool:
    """'Merisol, a software house': one Titlecase word that is no word of the language nor a
    place, role or label word; a name where the context says what it names (a single
    Titlecase word alone is no name: 'Furthermore', 'Hamburg')."""
    return len(chunk.words) == 1 and _is_coined_word(chunk) and not _only_places(words_of(chunk.text)) \
        and not _is_dateline_place(text, chunk) and chunk.text.casefold() not in vocabulary().role_words


def _is_coined_word(chunk: Chunk) -> bool:
    """A German word that is no word of the language: rare, no compound of a label,
    field or body word ('Qualitätslabel'), no common-noun ending: a coined name."""
    vocab = vocabulary()
    return is_rare_word(chunk.text, "de") and not patterns().common_noun_ending.search(chunk.text) and \
        not has_head(words_of(chunk.text), vocab.not_cluster_words | vocab.cluster_heads | vocab.network_heads)


# A lower-case word right before a name: in English, a capitalised word there is a
# proper name ('This year Solvind received ...').
LOWER_WORD_BEFORE = regex.compile(r"(?:^|[ \t])\p{Ll}[\p{L}-]*[ \t]+$")


def _after_opening_phrase(text: str, start: int, label_sentences) -> bool:
    """'In June 2021, X ...', 'Today, X ...': a short phrase and a comma open the sentence."""
    sentence_start = max((s for s, _ in label_sentences if s <= start), default=None)
    if sentence_start is None:
        return False
    phrase = text[sentence_start:start].strip()
    return phrase.endswith(",") and "," not in phrase[:-1] and len(phrase.split()) <= 8


def _is_headline_subject(text: str, chunk: Chunk, label_sentences) -> bool:
    """'Velmora erhält Gold-Label': in a German headline (a short line without a final
    period) a one-word name before 'erhält', 'gewinnt', ... is its subject; a headline
    has no room for the adverb that opens so many German sentences."""
    bounds = next(((s, e) for s, e in label_sentences if s <= chunk.start < e), None)
    if bounds is None or not patterns().headline_verb.match(text, chunk.end):
        return False
    line = text[bounds[0]:bounds[1]].strip()
    return (len(line) < 100 and line[-1:] not in ".!?:" and not text[bounds[0]:chunk.start].strip()
            and _is_bare_name(chunk) and not (patterns().adverb_shape.search(chunk.text)
                                              or patterns().common_noun_ending.search(chunk.text)))


def _tier_statements(start: int, sentence: str) -> list[tuple[int, int]]:
    """The bounds of the statements a semicolon parts a sentence into that speak of a tier
    ('X – Silber seit 2020; das Gold-Assessment ist geplant': the first only); the sentence's
    own bounds when it has no semicolon."""
    if ";" not in sentence:
        return [(start, start + len(sentence))]
    bounds, offset = [], 0
    for part in sentence.split(";"):
        if label_rules().tier.search(part):
            bounds.append((start + offset, start + offset + len(part)))
        offset += len(part) + 1
    return bounds


def _label_statements(doc, tier_spans) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Each sentence where a tier word stands in label context and not in general terms
    (coordinated tiers, "Bronze, Silber oder Gold", speak of the scheme, not of an award),
    nor as another prize ("a Gold award at the fair", "Gold Sponsor"), with the statements
    in it that speak of a tier so (a semicolon parts a sentence into statements: "X – Silber
    seit 2020; das Gold-Assessment ist geplant" has one)."""
    found = []
    text = view(doc).text
    tier_starts = sorted(s.start_char for s in tier_spans  # (bisected: not every span for every sentence)
                         if not label_rules().other_prize.match(text, s.end_char)  # not 'a Gold award at the fair'
                         and not won_at_a_prize(text, s))  # nor 'Deutsche Meisterschaft im Handwerk: Bronze für ...'
    for sentence in doc_sentences(doc):
        first = bisect.bisect_left(tier_starts, sentence.start_char)
        has_tier = first < len(tier_starts) and tier_starts[first] < sentence.end_char
        if not has_tier or not is_label_statement(sentence.text) or label_rules().coordinated_tiers.search(sentence.text):
            continue
        specific = [(start, end) if not in_general(text[start:end]) else (start, _holding_clause_end(text, start, end))
                    for start, end in _tier_statements(sentence.start_char, sentence.text)]
        specific = [(start, end) for start, end in specific if end is not None]
        if specific:
            found.append(((sentence.start_char, sentence.end_char), specific))
    return found


def _holding_clause_end(text: str, start: int, end: int) -> int | None:
    """'X, das seit 2021 das Silber-Label trägt, bereitet sich auf das Gold-Assessment vor':
    where the first clause of a statement in general terms ends that tells a tier held (the
    statement up to there speaks of X's label, whatever the rest plans); None when none does."""
    cuts = [start, *(m.start() for m in label_rules().clause_break.finditer(text, start, end)), end]
    return next((b for a, b in zip(cuts, cuts[1:]) if label_rules().tier.search(text, a, b)
                 and label_rules().hold.search(text, a, b) and not in_general(text[a:b])), None)


def label_sentences(doc, tier_spans) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The bounds of the sentences of _label_statements (where lists of clusters are read)
    and of their statements (where label subjects are read)."""
    found = _label_statements(doc, tier_spans)
    return [sentence for sentence, _ in found], [statement for _, statements in found for statement in statements]


def promote_called_clusters(text: str, chunks: list[Chunk], found: DocumentEntities,
                            language: str) -> list[Chunk]:
    """'Solvind is one of the leading clusters in Europe', 'Solvind ist das Netzwerk der
    Kunststoffindustrie', 'Solvind, Germany's leading aerospace cluster, organises ...':
    a name that opens its sentence and is called a cluster there is one, and so is a name
    anywhere with an apposition that calls it one ('... by X, the French agri-food
    cluster.'); so is an organisation of a cluster-like kind. A name called a programme ('X, the national
    support programme for clusters, ...') is a programme."""
    left, called_ends = [], []
    rules = patterns()
    name_parts = None  # (the people's names, read once when a role noun first asks)
    for chunk in chunks:
        end = _after_descriptor(text, chunk.end)  # past '(Denmark)'
        # (an apposition opens with a comma, "'s cluster manager" with an apostrophe: most
        # chunks are followed by neither, and a character test is cheaper than the match)
        apposition = _cluster_apposition(text, chunk.start, end) or (
            end != chunk.end and _cluster_apposition(text, chunk.start, chunk.end))  # ' (Denmark's ... cluster)'
        role_before = not apposition and _cluster_role_before(text, chunk.start, chunk.text)
        if role_before:  # ('sagte Clustersprecherin Sauerwein': the speaker named before, no cluster)
            name_parts = _person_name_parts(found) if name_parts is None else name_parts
            role_before = chunk.text not in name_parts
        described = apposition or role_before \
            or (text[chunk.end:chunk.end + 1] in APOSTROPHES and rules.cluster_role_after.match(text, chunk.end))
        called = rules.called_a_cluster.match(text, end)
        programme = rules.called_a_programme.match(text, end) or (
            _is_project_acronym(chunk) and (rules.project_apposition.match(text, end) or rules.project_before.search(
                text, max(0, chunk.start - 60), chunk.start) or _funder_in_parenthesis(text, chunk, found)))
        apposed_programme = not apposition and text.startswith(",", end) and rules.described_as_programme.match(text, end)
        if apposition or called:
            called_ends.append(chunk.end)  # perhaps the last name of a list called so
        if not (described or called or programme or apposed_programme) or found.covered(chunk.start, chunk.end):
            left.append(chunk)  # (the cheap anchored tests first: most chunks are called nothing)
            continue
        opens = _opens_clause(text, chunk.start)
        if (described or (opens and called and not _common_german_word(chunk, language))) \
                and (_candidate(text, chunk, language) or _is_bare_name(chunk)) and not _common_single_word(chunk) \
                and not is_generic_cluster_phrase(chunk.text) and not _is_cluster_noun(chunk) \
                and not has_head(words_of(chunk.text), vocabulary().not_cluster_words):
            named = _without_genitive_head(chunk)
            found.add(Mention(named.start, named.end, named.text, CLUSTER, "cluster_context"))
        elif programme and is_name_like(chunk, language) and (opens or _is_project_acronym(chunk)):
            found.add(Mention(chunk.start, chunk.end, chunk.text, PROGRAMME, "programme_rules"))
        elif apposed_programme and (_candidate(text, chunk, language) or _coined_single_word(text, chunk)):
            found.add(Mention(chunk.start, chunk.end, chunk.text, PROGRAMME, "programme_rules"))  # ('X, the county's strategy')
        else:
            left.append(chunk)
    left = _promote_called_lists(text, left, found, language, called_ends)
    for entity in [e for e in found.entities if _convertible(e)]:
        if any(_cluster_apposition(text, m.start, _after_descriptor(text, m.end))
               or patterns().described_as_cluster.match(text, m.end + 1) and text[m.end:m.end + 1] == ")" or (
                _cluster_role_before(text, m.start, m.text)
                or patterns().cluster_role_after.match(text, m.end)) or (
                patterns().called_a_cluster.match(text, _after_descriptor(text, m.end)) and _opens_clause(text, m.start))
               for m in entity.mentions):
            as_cluster(entity)
    return left


def _cluster_role_before(text: str, start: int, name: str) -> bool:
    """'die Clustermanagerin von X', 'das go-cluster-Mitglied X', 'Clustermanagerin X': only a
    cluster has a cluster manager. Right after the role noun a name may be the manager's own
    ('Clustermanager Ole Muster', 'Clustermanagerin Dipl.-Ing. Carla Muster'): not when it opens
    with a first name or a title."""
    hint = _role_noun_hint()
    if hint and hint not in text[max(0, start - 40):start].casefold():
        return False  # (no role noun in reach: most chunks; two searches of the window spared)
    rules = patterns()
    if rules.cluster_role_before.search(text, max(0, start - 40), start):
        return True
    first = name.split(" ", 1)[0]
    return "." not in first and not is_first_name(first) \
        and rules.cluster_role_apposed.search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _role_noun_hint() -> str:
    """'cluster' when every cluster role and member noun holds it ('Clustermanagerin',
    'Partnercluster'), so that a window without it holds none; else '' (no shortcut)."""
    words = vocabulary().word_lists
    nouns = [n.casefold() for n in (*words["context.cluster_role_nouns"], *words["context.cluster_member_nouns"])]
    return "cluster" if all("cluster" in n for n in nouns) else ""


def _cluster_apposition(text: str, start: int, end: int):
    """The apposition after the name at [start, end) that calls it a cluster, or None. A
    dash opens one only after a name that opens its line ('X – the network of ...'); within
    a sentence it is as often a list's or an aside's dash. A parenthesis may open one ('X
    (the Stockholm region's fintech network)'); so may the next line under a name alone on
    its line, a fact sheet's subtitle ('X e.V.⏎Netzwerk für Medizintechnik in ...')."""
    if text.startswith(",", end) or (text.startswith((" –", " —"), end) and LINE_OPENING.fullmatch(
            text, text.rfind("\n", 0, start) + 1, start)):
        return patterns().described_as_cluster.match(text, end)
    if text.startswith("\n", end) and LINE_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start) \
            and not text[start:end].isupper():  # (not a heading in capitals: 'BUSINESS⏎Games clusters from ...')
        return patterns().subtitled_a_cluster.match(text, end)  # 'X e.V.⏎Cluster für Medizintechnik'
    if text.startswith(" (", end):
        return patterns().described_in_parentheses.match(text, end)
    return None


APOSTROPHES = frozenset("'’")
LINE_OPENING = regex.compile(r"[ \t]*(?:[-•*·▪–]|\d{1,2}[.)]|\[\d{1,3}\])?[ \t]*")  # what may stand before a name opening its line


LIST_REACH = 400  # characters a list of names may span before what is said of it


def _promote_called_lists(text: str, chunks: list[Chunk], found: DocumentEntities,
                          language: str, called_ends: list[int]) -> list[Chunk]:
    """'Velmora and Tarsio, both clusters from the Baltic region, ...', 'Velmora, Tarsio
    and Brunkel are among the 30 clusters ...', 'Velmora und Tarsio gehören zu den
    Netzwerken ...': a list of two or more names called clusters together; each bare name
    of it is a cluster, and so is each organisation of a cluster-like kind. `called_ends`:
    where a name chunk is followed by what calls it a cluster."""
    if not called_ends:
        return chunks
    rules = patterns()
    known = {Chunk(m.start, m.end, m.text): m.entity for m in found.mentions if m.label in (CLUSTER, ORG)}
    # only the names a list's reach before a name called so can be items of its list
    near = [(end - LIST_REACH, end) for end in called_ends]
    items = sorted([*(c for c in known if _inside(c.start, near)),
                    *(p for c in chunks if _inside(c.start, near) for p in coordinated_parts(c))],
                   key=lambda c: c.start)
    promoted = []
    for run in _runs(text, items):
        if len(run) < 2 or not all(c in known or _bare_list_item(text, c, language) for c in run):
            continue
        run_end = _after_descriptor(text, run[-1].end)
        if rules.described_as_cluster.match(text, run_end) or (
                rules.called_a_cluster.match(text, run_end) and _opens_clause(text, run[0].start)):
            promoted.extend(run)
    for chunk in promoted:
        entity = known.get(chunk)
        if entity is not None:
            if _convertible(entity):
                as_cluster(entity)
        elif not found.covered(chunk.start, chunk.end):
            found.add(Mention(chunk.start, chunk.end, chunk.text, CLUSTER, "cluster_context"))
    return [c for c in chunks if not found.covered(c.start, c.end)]


def _is_cluster_noun(chunk: Chunk) -> bool:
    """'Innovationsnetzwerke – die Zukunftscluster': one word of a plain noun's shape ending in
    a cluster noun is that noun, not a name (a brand has capitals inside: 'OptoNetzwerk')."""
    word = chunk.text
    return len(chunk.words) == 1 and word[1:].islower() and word.casefold().endswith(
        tuple(vocabulary().context["predicate_nouns"]))


def _common_german_word(chunk: Chunk, language: str) -> bool:
    """'Erstmals war das Netzwerk ...': one common German word before the verb is an
    adverb in the sentence's first position, not the name of what the sentence calls a
    network; so is a rare word of an adverb's shape ('Bayernweit ist das Netzwerk ...')."""
    return language == "de" and len(chunk.words) == 1 and (
        not is_rare_word(chunk.text, "de") or chunk.text[1:].islower() and bool(patterns().adverb_shape.search(chunk.text)))


def _opens_clause(text: str, start: int) -> bool:
    """Only quotes, bullets or a line break stand between the last sentence end and `start`,
    perhaps with an article ('Die Velmora e.V. ist das Netzwerk der ...')."""
    before = text[max(0, start - 3):start]
    start -= len(patterns().article_before_name.search(text, max(0, start - 8), start)[0])
    line_start = text.rfind("\n", 0, start) + 1
    sentence_start = max(text.rfind(". ", 0, start) + 2, line_start)
    return not text[sentence_start:start].strip(" \t\"„“'•-") or before.endswith(("As a ", "Als "))


@lru_cache(maxsize=1)
def _item_note() -> regex.Pattern:
    """'(Denmark)', '(DK)', '(Aarhus, Denmark)': where a list item is from, in parentheses
    (capitalised words, country codes and the particles of place names, vocabulary.toml
    [lists] place_particles); or what it does, in a few lower-case words: '(wind energy)',
    '(food & drink)'."""
    return word_pattern(r"[ \t]*\((?P<note>\p{Lu}{2}|\p{Lu}[\p{Ll}'’-]+(?:(?:[ \t]|,[ \t]*|[ \t]*/[ \t]*)"
                        r"(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2}|%(lists.place_particles)s)){0,3}"
                        r"|\p{Ll}[\p{Ll}'’-]+(?:(?:[ \t]+|[ \t]*[,/&][ \t]*)[\p{L}\p{N}'’-]+){0,5})\)")


def _note_after(text: str, end: int) -> int | None:
    """The end of '(Denmark)', '(DK)', '(Aarhus, Denmark)' or '(wind energy)' right after
    a list item (no tier, '(Gold)'), or None."""
    match = _item_note().match(text, end)
    if match and not label_rules().tier.search(match["note"]):
        return match.end()
    return None


@lru_cache(maxsize=1)
def _cluster_noun() -> regex.Pattern:
    """A plural cluster noun, alone or as the head of a compound ('Partnerclustern'), in
    the words around a list (vocabulary.toml [lists] cluster_nouns)."""
    return word_pattern(r"(?i)(?<!\p{L})[\p{L}-]*?(?:%(lists.cluster_nouns)s)(?!\p{L})")


def noted_lists(text: str, chunks: list[Chunk], found: DocumentEntities, language: str) -> list[Chunk]:
    """'Velmora (Denmark), Tarsio (Spain) and Brunkel (Austria)', 'Velmora (wind energy),
    Tarsio (agrifood) and ...': two or more names, each with its place or field, are
    bodies; they are clusters when the line around them (outside the names) speaks of
    clusters in the plural ('eight cluster organisations from six countries: ...') and not
    of a cluster's members ('Zu den Mitgliedern des Clusters zählen ...'), else
    organisations. Names read already keep their kind unless the line makes them clusters."""
    noted_at = {m.start() for m in _item_note().finditer(text)}
    if len(noted_at) < 2:
        return chunks
    known = {Chunk(m.start, m.end, m.text): m.entity for m in found.mentions if m.label in (CLUSTER, ORG)}
    items = sorted([*known, *(p for c in chunks if not found.covered(c.start, c.end) for p in coordinated_parts(c))],
                   key=lambda c: c.start)
    if sum(c.end in noted_at for c in items) < 2:
        return chunks
    for run in _runs(text, items):
        placed = [c for c in run if _note_after(text, c.end) is not None]
        if len(placed) < 2 or not all(c in known or _bare_list_item(text, c, language) for c in run):
            continue
        line_start = text.rfind("\n", 0, run[0].start) + 1
        if not text[line_start:run[0].start].strip():  # a list on its own line: its heading too
            line_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        line_end = text.find("\n", run[-1].end)
        line_end = len(text) if line_end < 0 else line_end
        around = text[line_start:run[0].start] + " " + text[_after_descriptor(text, run[-1].end):line_end]
        is_cluster = _cluster_noun().search(around) is not None and not _members_of().search(around)
        for chunk in run:
            entity = known.get(chunk)
            if entity is not None:
                if is_cluster and _convertible(entity):
                    as_cluster(entity)
            elif not found.covered(chunk.start, chunk.end):
                if is_cluster:
                    found.add(Mention(chunk.start, chunk.end, chunk.text, CLUSTER, "list_rules"))
                else:
                    found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "list_rules"),
                              org_type=org_type_of(chunk.text) or "other")
    return [c for c in chunks if not found.covered(c.start, c.end)]


@lru_cache(maxsize=1)
def _members_of() -> regex.Pattern:
    """'Zu den 84 Mitgliedern des Clusters zählen ...', 'members of the cluster include': the
    members of a cluster, not clusters."""
    return word_pattern(r"\b(?i:%(context.member_nouns)s)[ \t]+(?i:des|der|of|unseres|unserer|im)\b")


LIST_JOINERS = frozenset(("and", "und", "sowie", "&", "or", "oder"))


def _after_a_company_noun(text: str, chunk: Chunk) -> bool:
    """'der Mittelständler Lohrwerk Optik', 'die junge Firma Velmora Optik': a company noun
    right before the name, after one of [context] company_noun_articles (perhaps an
    adjective between), or opening a list's item. (Plain string tests: asked of every chunk.)"""
    before = text[max(0, chunk.start - 60):chunk.start]
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()
    if len(words) < 2 or not _is_inflected_company_noun(words[-1].casefold()):
        return False
    articles = lower_words("context.company_noun_articles")
    for depth, word in enumerate(reversed(words[max(0, len(words) - 5):-1])):
        if word.casefold() in articles or word.endswith((",", ";", ":")) or word.casefold() in LIST_JOINERS:
            return True  # (or a list's item: 'Gripper start-up X, machine builder Y and vision specialist Z')
        if depth >= 3 or not (word[:1].islower() or (depth == 0 and word[:1].isupper()) or place_adjective(word)):
            return False  # ('die junge Firma', 'das Bielefelder Start-up', 'the Finnish fibre specialist')
    return False


def _names_a_cluster(found: DocumentEntities, name: str) -> bool:
    """Whether a cluster found so far goes by the name or has it as acronym ("DBC's CEO")."""
    return found.find(name, (CLUSTER,)) is not None or any(
        e.label == CLUSTER and e.acronym == name for e in found.entities)


def _before_possessive(chunk: Chunk) -> Chunk | None:
    """"Merisol" of a chunk "Merisol's CEO" (the chunker keeps a possessive and a capitalised
    role after it in one chunk); else None."""
    if "s " not in chunk.text:
        return None  # (most chunks: no possessive)
    match = POSSESSIVE.search(chunk.text)
    return Chunk(chunk.start, chunk.start + match.start(), chunk.text[:match.start()]) if match else None


POSSESSIVE = regex.compile(r"['’]s[ \t]")


def _after_inner_company_noun(text: str, chunk: Chunk) -> Chunk | None:
    """The name after a company noun inside a chunk that holds both ('Bielefelder Start-up
    Flowtwin', 'Dichtungsspezialisten Kramm') when an article stands before the noun; else None."""
    if " " not in chunk.text:
        return None  # (most chunks: one word)
    words = chunk.text.split(" ")
    for index, word in enumerate(words[:min(3, len(words) - 1)]):
        if _is_inflected_company_noun(word.casefold()):
            start = chunk.start + len(" ".join(words[:index + 1])) + 1
            inner = Chunk(start, chunk.end, text[start:chunk.end])
            return inner if _after_a_company_noun(text, inner) else None
    return None


def _company_after_starts(text: str, lowered: str) -> set[int]:
    """Where what follows a company's name starts, spaces before it included ("'s CEO", '
    has joined the cluster')."""
    return {len(text[:m.start()].rstrip(" \t"))
            for m in _phrase_matches(text, lowered, "context.company_after", patterns().company_after)}


def _host_name_starts(text: str, lowered: str) -> set[int]:
    """Where the name after 'hosted by', 'Gastgeber war die' starts."""
    return {m.end() for m in _phrase_matches(text, lowered, "context.host_phrases", patterns().host_before)}


def _phrase_matches(text: str, lowered: str, path: str, pattern: regex.Pattern) -> list:
    """The matches of a pattern built from the phrases of vocabulary list `path`, after a
    plain substring test of the case-folded text: most texts hold none of them."""
    if not any(phrase in lowered for phrase in _lowered_phrases(path)):
        return []
    return list(pattern.finditer(text))


@lru_cache(maxsize=None)
def _lowered_phrases(path: str) -> tuple[str, ...]:
    return tuple(lower_words(path))


@lru_cache(maxsize=65536)
def _is_inflected_company_noun(word: str) -> bool:
    """A company noun ('firma', 'start-up') or one inflected ('Dichtungsspezialisten', 'Start-ups')."""
    return is_company_noun(word) or any(word.endswith(ending) and is_company_noun(word[:-len(ending)])
                                        for ending in ("en", "n", "s"))


@lru_cache(maxsize=1)
def _body_appositions() -> tuple[tuple[str, regex.Pattern], ...]:
    """Per kind, the apposition that calls the name before it a body of that kind
    ([organisation.apposition_nouns]: 'X, dem Gießener Institut für ...')."""
    nouns = {path.rsplit(".", 1)[1]: words for path, words in vocabulary().word_lists.items()
             if path.startswith("organisation.apposition_nouns.")}
    return tuple((kind, word_pattern(
        r"[ \t]*,[ \t]+(?i:%(context.company_articles)s)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?[\p{L}-]*?(?i:%(nouns)s)"
        r"(?=[ \t]+\p{Ll}|[ \t]*[,.;:)\n]|$)", nouns=_either(words)))
        for kind, words in nouns.items())


def _located(text: str, name: Chunk, found: DocumentEntities, language: str) -> bool:
    """'Lumeo aus Marburg', 'Katodex in Katowice': a coined company word before a preposition
    and a capitalised word, after 'in' a known place or no common word of the text's language
    ('Velmora in Zahlen' is none); not after the words that stand before a trade fair ('auf
    der LIGNA in Hannover') or a visit's destination."""
    if " " in name.text:
        return False
    place = patterns().located.match(text, name.end)
    return place is not None and (place["preposition"] != "in" or place["place"].casefold() in vocabulary().places
                                  or is_rare_word(place["place"], language)) \
        and not patterns().located_not_after.search(text, max(0, name.start - 15), name.start) \
        and _coined_company_word(text, name, found)


@lru_cache(maxsize=1)
def _located_starts() -> tuple[str, ...]:
    """' aus ', ' from ', ' in ': what a located company's name is followed by."""
    return tuple(f" {word} " for word in lower_words("context.located_prepositions"))


def _located_last_part(text: str, chunk: Chunk, found: DocumentEntities, language: str) -> None:
    """'Tarant' of a chunk 'Sinsheim und Tarant' before ' aus Bretten': the last part of a
    coordination, located, is a company (the chunk stays for the other rules)."""
    if " " not in chunk.text:
        return
    last = coordinated_parts(chunk)[-1]
    if last.start > chunk.start and not found.covered(last.start, last.end) and _located(text, last, found, language):
        found.add(Mention(last.start, last.end, last.text, ORG, "org_context"), org_type=org_type_of(last.text) or "company")


def _coined_company_word(text: str, name: Chunk, found: DocumentEntities) -> bool:
    """'Katodex', 'Brennecke': one coined Titlecase word, no word of German or English, no
    role word nor a German compound of common words or ending in one ('Seitenruder',
    'Fertigungsgebäude'), no acronym ('SMM', a trade fair), no lower-case brand ('lumivia', of
    any kind), no word of a name found so far (the short form 'Tammen' of 'Reederei Tammen
    GmbH')."""
    word = name.text
    return word[:1].isupper() and word[1:].islower() and "-" not in word and _coined_single_word(text, name) \
        and is_rare_word(word, "en") and not is_role_word(word.casefold()) \
        and not is_common_word_or_compound(word) and not ends_in_common_noun(word) \
        and not any(m.label in (ORG, CLUSTER) and word in m.text.split() for m in found.mentions)


def _coined_company_name(text: str, name: Chunk, found: DocumentEntities) -> bool:
    """'Fjordtek Subsea', 'Kuner Präzisionsguss': two or three capitalised words opening with
    a coined one (_coined_company_word), no person's name, no cluster's or network's."""
    words = name.text.split(" ")
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and _coined_company_word(text, Chunk(name.start, name.start + len(words[0]), words[0]), found) \
        and not is_person_name(name.text, False) and not has_head(words_of(name.text), cluster_and_network_heads())


def _apposition_kind(text: str, end: int) -> str | None:
    """The kind of body an apposition right after `end` calls the name, if any."""
    if not text.startswith(",", end) or not _article_after_comma().match(text, end):
        return None  # (cheap tests first: most names are followed by neither)
    return next((kind for kind, pattern in _body_appositions() if pattern.match(text, end)), None)


@lru_cache(maxsize=1)
def _article_after_comma() -> regex.Pattern:
    return word_pattern(r",[ \t]+(?i:%(context.company_articles)s)[ \t]")


def described_companies(text: str, chunks: list[Chunk], found: DocumentEntities,
                        language: str) -> list[Chunk]:
    """A name followed by an apposition that calls it a company or by a company's role or
    joining ("X's CEO", 'X has joined the cluster'), or after a company noun ('der
    Mittelständler X'), is a company; the host of an event ('hosted by X') is an
    organisation, a company unless its words say another kind; so is a coined word before
    'aus', 'from' or 'in' and a place, also as the last part of a coordination ('... aus
    Sinsheim und Tarant aus Bretten')."""
    left = []
    lowered = text.casefold()
    hosts, followed = _host_name_starts(text, lowered), _company_after_starts(text, lowered)
    located_starts = _located_starts()
    for chunk in chunks:
        located = text.startswith(located_starts, chunk.end)  # (a plain string test: asked of every chunk)
        if located:
            _located_last_part(text, chunk, found, language)
        name = _after_inner_company_noun(text, chunk) or _before_possessive(chunk) or chunk  # "X's CEO"
        described = patterns().described_as_company.match(text, name.end) or _after_a_company_noun(text, name) \
            or name.end in followed
        body = None if described or not text.startswith(",", name.end) else _apposition_kind(text, name.end)
        hosting = not (described or body) and (name.start in hosts or (
            located and name.end == chunk.end and _located(text, name, found, language)))
        if (described or body or hosting) and not found.covered(name.start, name.end) \
                and not _names_a_cluster(found, name.text) and (
                _candidate(text, name, language) or _coined_single_word(text, name)):
            found.add(Mention(name.start, name.end, name.text, ORG, "org_context"),
                      org_type="company" if described else body or org_type_of(name.text) or "company")
        else:
            left.append(chunk)
    return left


def person_affiliations(text: str, chunks: list[Chunk], found: DocumentEntities, language: str) -> list[Chunk]:
    """'Dr. Tobias Kreuzer (Kreuzer Verpackungen)': a name alone in parentheses right after a
    person's is the body the person works for, an organisation (a company unless its words
    say another kind); not a role ('(CEO)') or a place ('(Passau)'). So is a name after the
    person's and 'von', 'of', 'at' ('Prof. Ulrich Kern von X', 'Lotte Veld, partner at X')."""
    person_ends = sorted(m.end for m in found.mentions if m.label == PERSON)
    if not person_ends:
        return chunks
    left = []
    for chunk in chunks:
        opening = PARENTHESIS_OPENING.search(text, max(0, chunk.start - 4), chunk.start)
        in_parentheses = opening is not None and opening.start() in person_ends \
            and PARENTHESIS_CLOSING.match(text, chunk.end)
        affiliated = not in_parentheses and _affiliated(text, chunk, person_ends) \
            and (_coined_company_word(text, chunk, found) or _coined_company_name(text, chunk, found))
        if (in_parentheses or affiliated) and not found.covered(chunk.start, chunk.end) \
                and (affiliated or _candidate(text, chunk, language)) \
                and not _only_places(words_of(chunk.text)):
            found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "org_context"),
                      org_type=org_type_of(chunk.text) or "company")
        else:
            left.append(chunk)
    return left


def _affiliated(text: str, name: Chunk, person_ends: list[int]) -> bool:
    """Whether `name` follows the nearest person's name before it with an affiliation
    preposition, and a role after a comma perhaps ('Dr Marte Holm of ', 'Lotte Veld, partner
    at the '); not a unit of the body named next ('Head of Medtech at Enterprise Ireland'),
    a place before a company noun ('CTO of the Toruń start-up X') nor a cluster
    ('Clustermanagerin bei X')."""
    start = name.start
    index = bisect.bisect_right(person_ends, start) - 1
    if index < 0 or start - person_ends[index] > 70:
        return False  # (the cheap test first: most chunks follow no person's name closely)
    after = NEXT_WORD.match(text, name.end)
    if patterns().unit_of.match(text, name.end) or (after and _is_inflected_company_noun(after[1].casefold())):
        return False
    between = patterns().affiliation.fullmatch(text, person_ends[index], start)
    if between is None or not between["role"]:
        return between is not None
    role_words = words_of(between["role"])
    is_role = between["role"].strip().casefold() in vocabulary().role_words or any(is_role_word(w) for w in role_words)
    return is_role and not any(
        head in word for word in role_words for head in lower_words("context.cluster_role_parts"))


NEXT_WORD = regex.compile(r"[ \t]+([\p{L}-]+)")  # the word after a name


# Around a name in parentheses: ' (' right before it, ')' right after.
PARENTHESIS_OPENING = regex.compile(r"[ \t]*\([ \t]*$")
PARENTHESIS_CLOSING = regex.compile(r"[ \t]*\)")


def expand_lists(text: str, chunks: list[Chunk], found: DocumentEntities,
                 language: str) -> list[Chunk]:
    """Coordinated lists: the bare items next to a cluster (or after 'members ... are',
    'companies such as') take its kind."""
    ordered = sorted(chunks, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    _introduced_lists(text, ordered, found, language)
    items_next_to: dict[tuple[int, int], list[Chunk]] = {}  # the chunks do not change
    changed = True
    while changed:
        changed = False
        anchors = sorted(found.mentions, key=lambda m: m.start)
        nearby = _MentionIndex(found.mentions)
        for anchor in anchors:
            if anchor.label not in (CLUSTER, ORG):
                continue
            if anchor.label == CLUSTER:
                for mention in _neighbour_mentions(text, anchor, nearby):
                    if _convertible(mention.entity) and not _headed_as_another_body(mention.entity):
                        as_cluster(mention.entity)
                        changed = True
            span = (anchor.start, anchor.end)
            if span not in items_next_to:
                items_next_to[span] = [p for c in _neighbours(text, *span, ordered, starts)
                                       for p in coordinated_parts(c)]
            for chunk in items_next_to[span]:
                if not found.covered(chunk.start, chunk.end) and _candidate(text, chunk, language) \
                        and not (anchor.label == CLUSTER and _ends_in_common_noun(chunk, language)):
                    kind = org_type_of(chunk.text) or anchor.entity.org_type or "other"
                    attrs = {"org_type": kind} if anchor.label == ORG else {}
                    found.add(Mention(chunk.start, chunk.end, chunk.text, anchor.label, "list_rules"), **attrs)
                    changed = True
        if not changed:
            break
    _lower_case_last_items(text, found)
    return [c for c in chunks if not found.covered(c.start, c.end)]


# A capitalised adjective and the lower-case noun it describes, before the list item:
# 'the Spanish test specialist Ensayos del Norte S.A.', 'der Kölner Hersteller X GmbH'.
DESCRIBED_ITEM = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}-]*){1,3}[ \t]+(?=\p{Lu})")


def _descriptor_after(text: str, chunk: Chunk):
    """The lower-case nouns after a one-word capitalised adjective that describe the
    next list item ('Spanish' + ' test specialist '), or None. Function words ('at the
    Coast') end a name, not describe one."""
    if len(chunk.words) != 1:
        return None
    match = DESCRIBED_ITEM.match(text, chunk.end)
    vocab = vocabulary()
    if match and not any(w in vocab.connectors or w in vocab.not_name_start
                         for w in match.group().casefold().split()):
        return match
    return None


def _introduced_lists(text: str, ordered: list[Chunk], found: DocumentEntities, language: str) -> None:
    """Items of 'companies such as A, B and C' (organisations of that kind) and of
    'partnerships such as A, B' (programmes); items already known keep their kind."""
    separator, first_gap = patterns().list_separator, patterns().first_item_gap
    introductions = list(_list_introductions(text))
    if not introductions:
        return  # (most texts have none: no need to order every chunk and mention)
    known = [Chunk(m.start, m.end, m.text) for m in found.mentions]
    items = sorted(ordered + known, key=lambda c: (c.start, -c.end))
    skip_before = _skipped_items(items)
    for position, kind in introductions:
        first, listed, run_end = True, [], None
        for chunk in itertools.islice(items, skip_before(position), None):
            if chunk.start < position < chunk.end and first:
                chunk = Chunk(position, chunk.end, text[position:chunk.end])  # "Städten Lindenau"
            if chunk.start < position:
                continue
            gap = text[position:chunk.start]
            if first and not first_gap.fullmatch(gap):
                break
            if not first and not (separator.match(gap) or (kind != "programme" and _example_or().fullmatch(gap))):
                break  # ('Betriebe wie A oder B': 'oder' between examples)
            first = False
            descriptor = _descriptor_after(text, chunk)
            if descriptor:  # 'the Spanish test specialist X S.A.': X is the item
                position = descriptor.end()
                first = True
                continue
            run_end = chunk.end
            for part in coordinated_parts(chunk):
                if found.covered(part.start, part.end) or UPPER_PLURAL.fullmatch(part.text) or not (
                        _candidate(text, part, language) or len(part.text) > 3) or \
                        part.text.casefold() in vocabulary().generic_adjectives or (
                        kind != "public_body" and _only_places(words_of(part.text))) or (
                        language == "de" and kind != "public_body" and " " not in part.text
                        and is_common_word_or_compound(part.text)):
                    continue  # (a German common noun: 'Wasserversorger, Ingenieurbüros, die X')
                listed.append(part)
            position = _after_definition(text, chunk.end)
        if run_end is not None and patterns().kind_examples.match(text, run_end):
            continue  # 'zählen Spritzgießer, Werkzeugbauer und Forschungspartner wie die X': kinds
        for part in listed:
            if kind == "programme":
                found.add(Mention(part.start, part.end, part.text, PROGRAMME, "list_rules"))
            else:
                found.add(Mention(part.start, part.end, part.text, ORG, "list_rules"),
                          org_type=org_type_of(part.text) or kind)


@lru_cache(maxsize=1)
def _example_or() -> regex.Pattern:
    """' oder ', ', or the ' between the last two examples of an introduced list."""
    return word_pattern(r"[ \t]*,?[ \t]+(?i:%(lists.example_conjunctions)s)[ \t]+(?:(?i:%(lists.item_articles)s)[ \t]+)?")


def _skipped_items(items: list[Chunk]):
    """For items sorted by start: a function of a position giving how many leading items
    start before it and end at or before it. The scan of a list from that position passes over them without
    a change (no item of theirs reaches the position), so it starts after them instead
    of walking every item of the text again for each list introduction."""
    starts = [c.start for c in items]
    reach = list(itertools.accumulate((c.end for c in items), max))  # farthest end so far

    def skip_before(position: int) -> int:
        return min(bisect.bisect_left(starts, position), bisect.bisect_right(reach, position))
    return skip_before


SEPARATOR_REACH = 40  # characters a list separator may span (', and the ', ' ; ')


def _may_separate(gap: str) -> bool:
    """Whether `gap` has the ends a list separator has: a blank, comma or semicolon first,
    a blank last (or a line break after it, where '$' matches too). Tested before the
    separator pattern, which most gaps between chunks fail (a whole clause between)."""
    return gap[:1] in (" ", "\t", ",", ";") and gap[-1:] in (" ", "\t", "\n")


class _MentionIndex:
    """Mentions by start and by end, so that the ones a few characters from a position
    are found by bisection, not by a pass over all of them (a text of thousands of
    listed names made expand_lists quadratic)."""

    def __init__(self, mentions):
        self.by_start = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.by_start]
        self.by_end = sorted(mentions, key=lambda m: m.end)
        self.ends = [m.end for m in self.by_end]

    def starting_in(self, low: int, high: int) -> list:
        return self.by_start[bisect.bisect_left(self.starts, low):bisect.bisect_right(self.starts, high)]

    def ending_in(self, low: int, high: int) -> list:
        return self.by_end[bisect.bisect_left(self.ends, low):bisect.bisect_right(self.ends, high)]


OTHER_BODY_KINDS = ("agency", "university", "research", "public_body")


def _headed_as_another_body(entity) -> bool:
    """'Innovationsagentur Westsachsen GmbH': a body whose name, without its legal form, has
    the head of an agency, a university, an institute or a public body: beside a cluster in
    a list it stays what it is ('Die Innovationsagentur X GmbH und das Cluster Y')."""
    return any(org_type_of(without_legal_form(form)) in OTHER_BODY_KINDS for form in entity.forms)


def _neighbour_mentions(text: str, anchor, nearby: _MentionIndex) -> list:
    """Known mentions joined to the anchor by a list separator only (past where an item
    is from: 'A (Germany), B (Sweden)')."""
    separator = patterns().list_separator
    anchor_end = _after_descriptor(text, anchor.end)
    after = [m for m in nearby.starting_in(anchor_end, anchor_end + SEPARATOR_REACH)
             if m is not anchor and separator.match(text[anchor_end:m.start])
             and not _in_apposition(text, anchor, m.start)]
    before = [m for m in nearby.ending_in(anchor.start - SEPARATOR_REACH - 40, anchor.start)
              if m is not anchor and separator.match(text[_after_descriptor(text, m.end):anchor.start])]
    return after + before


def _after_definition(text: str, end: int) -> int:
    match = DEFINITION.match(text[end:end + 90])
    return end + match.end() if match else end


def _neighbours(text: str, start: int, end: int, ordered: list[Chunk],
                starts: list[int] | None = None) -> list[Chunk]:
    """Chunks joined to the span [start, end) by list separators only. `starts` are
    the starts of the `ordered` chunks: only the chunks on the side looked at are tried."""
    if starts is None:
        starts = [c.start for c in ordered]
    separator = patterns().list_separator
    out = []
    for chunk in ordered[bisect.bisect_left(starts, end):]:
        gap = text[end:chunk.start]
        if chunk.start >= end and _may_separate(gap) and separator.match(gap):
            out.append(chunk)
            break
        if separator.match(gap, partial=True) is None:
            break  # not even the start of a separator: the later gaps only extend it
    for index in range(bisect.bisect_left(starts, start) - 1, -1, -1):
        chunk = ordered[index]
        if chunk.end <= start and _may_separate(text[chunk.end:start]) and separator.match(text[chunk.end:start]):
            out.append(chunk)
            break
        if chunk.start < start - SEPARATOR_REACH - MAX_CHUNK_REACH:
            break  # chunks this far back end too far back to be joined by a separator
    return out


MAX_CHUNK_REACH = 300  # longer than any name chunk: a chunk starting farther back ends before


@lru_cache(maxsize=1)
def _introducer_patterns() -> list[tuple[str, regex.Pattern, str]]:
    """Each list-introducing phrase of the vocabulary with its compiled pattern and kind."""
    return [(phrase, compile_cached(r"\b" + regex.escape(phrase) + r"[ \t]*[:–—]?[ \t]*",
                                    regex.IGNORECASE | regex.FULLCASE), kind)
            for kind, phrases in vocabulary().org_list_introducers.items() for phrase in phrases]


EXAMPLE_NOUNS = "organisation.example_nouns."


@lru_cache(maxsize=1)
def _example_nouns() -> dict[str, tuple[str, ...]]:
    """Per kind, the plural nouns of [organisation.example_nouns] that may stand right
    before an example marker."""
    return {path[len(EXAMPLE_NOUNS):]: tuple(w.casefold() for w in nouns)
            for path, nouns in vocabulary().word_lists.items() if path.startswith(EXAMPLE_NOUNS)}


def _listed_examples(text: str) -> list[int]:
    """Where the lists of examples and of members start ('Zulieferer wie', '64 Mitglieder,
    darunter': [context] member_list_nouns before an example marker), in one pass over the
    markers: the names in them got no label the sentence tells (_among_examples)."""
    kinds = {**_example_nouns(), "member": tuple(lower_words("context.member_list_nouns"))}
    return [position for position, _ in _example_introductions(text, kinds)]


def _example_introductions(text: str, kinds: dict[str, tuple[str, ...]] | None = None):
    """(position after the marker, kind) of every 'manufacturers such as', 'Betriebe, darunter',
    'Spritzgießer wie' (a German compound ending in a noun of the kind). The markers, as
    written (after a noun they are in lower case), are found by plain substring search and the
    one or two words behind each compared with the nouns (of `kinds`, else [organisation.example_nouns])."""
    kinds = kinds or _example_nouns()
    for marker in vocabulary().word_lists["organisation.example_markers"]:
        position = text.find(marker)
        while position >= 0:
            end = position + len(marker)
            if (position == 0 or not text[position - 1].isalpha()) and not text[end:end + 1].isalpha():
                kind = _kind_before(text, position, kinds)
                if kind is not None:
                    yield MARKER_GAP.match(text, end).end(), kind
            position = text.find(marker, end)


def _kind_before(text: str, position: int, kinds: dict[str, tuple[str, ...]]) -> str | None:
    """The kind whose plural noun ends the one or two words right before `position`
    ('industry partners (', 'Betriebe, '), or None."""
    words = text[max(0, position - 50):position].rstrip(" \t(").rstrip(",–—").split()  # ('38 Mitglieder – darunter')
    if not words or not LETTERS_AND_HYPHENS.fullmatch(words[-1]):
        return None
    last = words[-1].casefold()
    two = f"{words[-2].casefold()} {last}" if len(words) > 1 else ""
    return next((kind for kind, nouns in kinds.items() if two in nouns or last.endswith(nouns)), None)


LETTERS_AND_HYPHENS = regex.compile(r"[\p{L}-]+")
MARKER_GAP = regex.compile(r"[ \t]*:?[ \t]*")  # after an example marker, before the first example


def _list_introductions(text: str) -> list[tuple[int, str]]:
    """(position after the phrase, kind) for every list introduction. The patterns run
    over the text itself, case-insensitively: offsets into a casefolded copy drift
    wherever folding changes a length ('große' -> 'grosse' cut the first letter off the
    first item)."""
    lowered = text.casefold()
    found = []
    for phrase, pattern, kind in _introducer_patterns():
        if phrase not in lowered:
            continue  # a plain substring test first: most phrases are in no document
        for match in pattern.finditer(text):
            found.append((match.end(), kind))
    for match in finditer_at_words(patterns().members_are, text, vocabulary().context["member_nouns"]):
        found.append((match.end(), "other"))
    found.extend(_example_introductions(text))
    return sorted(set(found))


def _lower_case_last_items(text: str, found: DocumentEntities) -> None:
    """'A, B and optova have been awarded': a lower-case last item of a cluster list."""
    for mention in [m for m in found.mentions if m.label == CLUSTER]:
        match = patterns().lower_last_item.match(text[mention.end:mention.end + 60])
        if match:
            start = mention.end + match.start("item")
            if not found.covered(start, start + len(match["item"])):
                found.add(Mention(start, start + len(match["item"]), match["item"], CLUSTER, "list_rules"))


BULLET = regex.compile(r"^[ \t]*[-•*–][ \t]+(?P<item>[^,(\n]{2,90}?)[ \t]*(?:,|\(|$)", regex.MULTILINE)


def bullet_lists(text: str, found: DocumentEntities) -> None:
    """A bulleted list whose items start with cluster names: every item's name (up to
    its first comma) is a cluster ('- K L M Composites, Bayern'), and so is a network or
    association whose name opens an item."""
    if not _bulleted_line_starts(text):
        return  # (no bulleted line: most texts; the MULTILINE pattern is slow to find none)
    items = list(BULLET.finditer(text))
    groups, current = [], []
    for match in items:
        if current and text[current[-1].end():match.start()].count("\n") > 1:
            groups.append(current)
            current = []
        current.append(match)
    groups.append(current)
    for group in groups:
        clusters = [m for m in group if any(
            c.label == CLUSTER and m.start("item") <= c.start < m.end("item") for c in found.mentions)]
        introduced = _tiered_items_after_cluster_intro(text, group)
        if len(group) >= 3 and not clusters and not introduced:
            _organisation_items(text, group, found)
        if (len(group) < 3 or len(clusters) < 2) and not introduced:
            continue
        for match in group:
            start, end = match.start("item"), match.end("item")
            tier = _tier_prefix().match(text, start, end)  # ('- Silber: X')
            start = tier.end() if tier else start
            article = patterns().item_article.match(text, start, end)  # ('– sowie die X (XY), die ...')
            start = article.end() if article else start
            item = text[start:end]
            name = DATE_AFTER_DASH.split(FINAL_PARENTHESIS.sub("", item), 1)[0].strip()  # ('X – 28.02.2022')
            body = next((m.entity for m in found.starting_at(start) if m.label == ORG), None)
            if body is not None and _convertible(body) and (introduced or body.org_type in ("network", "association")):
                as_cluster(body)  # ('- Velmora Biotech e.V. (Würzburg)' among clusters: the cluster's association)
            elif not found.covered(start, start + len(name)) and 1 <= len(name.split()) <= 8 \
                    and _is_item_name(name):
                found.add(Mention(start, start + len(name), name, CLUSTER, "list_rules"))


def _tiered_items_after_cluster_intro(text: str, group: list) -> bool:
    """'Gemeinsam mit uns wurden vier weitere Netzwerke geehrt:' then two or more list lines
    that each tell a tier ('– Biotech X, neu mit Bronze,'): a list of clusters and their labels,
    however few of its names the rules knew as clusters."""
    if len(group) < 2:
        return False
    line_start = text.rfind("\n", 0, group[0].start()) + 1
    before = text[:line_start].rstrip()
    intro = before[before.rfind("\n") + 1:]
    if not intro.endswith(":") or patterns().plural_cluster_noun.search(intro) is None:
        return False
    return all(label_rules().tier.search(text, m.start(), _line_end(text, m.start())) for m in group)


def _line_end(text: str, position: int) -> int:
    """Where the line holding `position` ends."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


# Where the name of a list item ends before what it says of it: 'FeedSense (Osnabrück)', 'X – das Start-up ...'.
DATE_AFTER_DASH = regex.compile(r"[ \t]+[–—-][ \t]+(?=\d)")  # an item's date after its name: 'X – 28.02.2022'
ITEM_NAME_END = regex.compile(r"[ \t]+(?:\(|[–—-][ \t])")


def _organisation_items(text: str, group: list, found: DocumentEntities) -> None:
    """A bulleted list of three or more items, two of which hold an organisation's name
    (and none a cluster's), is a list of organisations: the name opening each other item
    (up to a comma, a parenthesis or a dash) is one too, when it is one to four capitalised
    words ('• Vechtaer Verpackungsdienst, Vechta' after '• Molkerei Ammerland-Nord eG,
    Westerstede')."""
    with_org = [m for m in group if any(c.label == ORG and m.start("item") <= c.start < m.end("item")
                                        for c in found.mentions)]
    if len(with_org) < 2:
        return
    for match in group:
        start = match.start("item")
        end = ITEM_NAME_END.search(text, start, match.end("item"))
        name = text[start:end.start() if end else match.end("item")]
        words = name.split()
        if found.covered(start, start + len(name)) or not 1 <= len(words) <= 4 \
                or not all(w[:1].isupper() or w in ("&", "und", "and") for w in words) or not _is_item_name(name):
            continue
        found.add(Mention(start, start + len(name), name, ORG, "list_rules"), org_type=org_type_of(name) or "company")


def _is_item_name(item: str) -> bool:
    """A list item that starts like a name and says nothing about labels or scores, nor
    names a role ('- Schatzmeisterin, Kreissparkasse X': a board's list)."""
    vocab = vocabulary()
    words = words_of(item)
    return bool(LETTER.match(item)) and not any(
        w in vocab.not_cluster_words or w in lower_words("context.not_item_words") or is_role_word(w) for w in words)


def tier_table_names(text: str, found: DocumentEntities) -> None:
    """The name opening each row of a table whose columns are tiers ('Cluster | Bronze |
    Silber | Gold') is a cluster's."""
    rows = tier_table_rows(text)
    covering_of = [found.starting_at(row.name_start) for row in rows]  # (one index for all rows)
    for row, covering in zip(rows, covering_of):
        if covering and _convertible(covering[0].entity):
            as_cluster(covering[0].entity)
        elif not covering and not found.covered(row.name_start, row.name_end):
            found.add(Mention(row.name_start, row.name_end, text[row.name_start:row.name_end], CLUSTER, "list_rules"))


@lru_cache(maxsize=1)
def _tier_prefix() -> regex.Pattern:
    """'Silber: ', 'GOLD – ' opening a list item: the tier the item's cluster got, no part of its name."""
    words = "|".join(regex.escape(w) for w in label_rules().tier_words)
    return compile_cached(rf"(?i:{words})(?:[ \t-]?labels?)?[ \t]*(?::|[–—-][ \t])[ \t]*")


def promote_colon_lists(text: str, found: DocumentEntities, bounds: list[tuple[int, int]]) -> None:
    """'... awarded the Gold label:' followed by one cluster per line ('X, contact'; 'Silber:
    X' names X)."""
    for _, end in bounds:
        if not text[:end].rstrip().endswith(":"):
            continue
        start, stop = following_block(text, end)
        for line in BLOCK_LINE.finditer(text[start:stop]):
            item_start = start + line.start("item")
            tier = _tier_prefix().match(text, item_start)
            item_start = tier.end() if tier else item_start
            name = FINAL_PARENTHESIS.sub("", text[item_start:start + line.end("item")].strip())  # 'BalticWood (Latvia)'
            acronym = DASHED_ACRONYM.search(name)  # 'Medizintechnik Oberpfalz – MTO': the name, then its acronym
            name = name[:acronym.start()] if acronym else name
            if not 1 <= len(name.split()) <= 8 or not _is_item_name(name):
                continue
            covering = [m for m in found.mentions if m.start == item_start]
            if covering and _convertible(covering[0].entity):
                as_cluster(covering[0].entity)
            elif not found.covered(item_start, item_start + len(name)):
                found.add(Mention(item_start, item_start + len(name), name, CLUSTER, "list_rules"))


# 'Die sieben Gewinner sind:' then one cluster a line, 'ACRONYM: Full Name; Region'.
ACRONYM_LINE = regex.compile(
    r"^[ \t]*(?:[-•*–][ \t]*)?(?P<acronym>[\p{L}\p{N}][\p{L}\p{N}-]{1,15}(?:[ \t][\p{Lu}\p{N}]{1,4})?):[ \t]+"
    r"(?P<name>\p{Lu}[^;:\n]{2,120}?)[ \t]*(?:;[^\n]*)?$", regex.MULTILINE)


def acronym_lines(text: str, found: DocumentEntities) -> None:
    """A list of two or more lines 'ACRONYM: Full Name; Region' right after a line that
    introduces clusters or winners and ends in a colon ('Die sieben Gewinner sind:')
    names one cluster a line, by acronym and full name (a tier opening the line heads a
    list of the clusters that hold it, no name)."""
    tiers = label_rules().tier_of
    lines = [m for m in matches_from(ACRONYM_LINE, text, line_starts_holding(text, ":"))  # (a line with its colon)
             if m["acronym"].casefold() not in tiers  # not 'Gold: A, B'
             and not m["acronym"].isdigit() and m["name"].split(" ", 1)[0].casefold() not in tiers]  # nor a
    # timeline's year and its tier ('2014: Bronze label')
    runs: list[list] = []
    for line in lines:
        if runs and not text[runs[-1][-1].end():line.start()].strip():
            runs[-1].append(line)
        else:
            runs.append([line])
    for run in runs:
        before = text[:run[0].start()].rstrip().rsplit("\n", 1)[-1]
        if len(run) < 2 or not before.endswith(":") or not patterns().acronym_list_intro.search(before):
            continue
        for line in run:
            name_start, name_end = line.start("name"), line.end("name")
            acronym_start, acronym_end = line.start("acronym"), line.end("acronym")
            if found.covered(name_start, name_end) or found.covered(acronym_start, acronym_end):
                continue
            entity = found.add(Mention(name_start, name_end, line["name"], CLUSTER, "list_rules"),
                               acronym=line["acronym"])
            found.add(Mention(acronym_start, acronym_end, line["acronym"], CLUSTER, "list_rules"),
                      entity=entity)


# A list line 'NAME (Place) – what it does', 'NAME – field', 'NAME (Place, Country)': a name of
# one to four words, the first a coined one, then a place in parentheses or a dash.
DESCRIBED_LINE = regex.compile(
    r"^[ \t]*(?:[-•*–][ \t]*)?(?P<name>\p{L}[\p{L}\p{N}+:.&'’-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}+:.&'’-]*){0,3}?)"
    r"[ \t]*(?:\([^()\n]{1,60}\)[^\n]*|[–—:][ \t][^\n]*|[ \t]-[ \t][^\n]*)?$", regex.MULTILINE)


@lru_cache(maxsize=1)
def _cluster_anaphor() -> regex.Pattern:
    """A sentence's opening 'Der Cluster', 'The cluster' ([context] cluster_anaphors) with no name
    or compound after it ('Der Cluster Velmora', 'Der Cluster-Manager' are none)."""
    return word_pattern(r"(?:(?<=[.!?][\"“”]?[ \t]+)|(?<=\n)|^)(?i:%(context.cluster_anaphors)s)"
                        r"(?![\p{L}\p{N}-])(?![ \t]+\p{Lu})")


SENTENCE_BEFORE_REACH = 300  # characters back to the sentence before an anaphor
SENTENCE_BREAK = regex.compile(r"[.!?][\"“”]?[ \t\n]+")


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one opening at `start` opens (within its paragraph and
    SENTENCE_BEFORE_REACH characters)."""
    blank = text.rfind("\n\n", 0, start)
    window_start = max(blank + 2 if blank >= 0 else 0, start - SENTENCE_BEFORE_REACH)
    end = len(text[:start].rstrip()) - 1  # (before the sentence mark that ends it)
    breaks = list(SENTENCE_BREAK.finditer(text, window_start, max(end, window_start)))
    return breaks[-1].end() if breaks else window_start


def referred_to_as_cluster(text: str, chunks: list[Chunk], found: DocumentEntities) -> list[Chunk]:
    """'Eng eingebunden ist das Textilnetzwerk X (TX), dem die TU Y angehört. Der Cluster, ...':
    the one network or association named in the sentence before a sentence opening 'Der Cluster'
    is the cluster it speaks of, when no cluster is named before it (else it may speak of that
    one: 'X is the cluster for ... and is managed by X vzw. The cluster received ...'); so is a
    coined name opening that sentence when it names no body ('NeuroCare Saxony, led by TU
    Dresden, wants to ... The cluster spokesperson is ...'). Returns the chunks left."""
    if "luster" not in text:
        return chunks  # (most texts name no cluster word at all)
    left = list(chunks)
    for anaphor in finditer_at_words(_cluster_anaphor(), text, vocabulary().word_lists["context.cluster_anaphors"]):
        if any(m.label == CLUSTER and m.start < anaphor.start() for m in found.mentions):
            continue
        start = _sentence_before(text, anaphor.start())
        named = [m for m in found.mentions if start <= m.start and m.end <= anaphor.start()]
        bodies = {id(m.entity): m.entity for m in named
                  if _convertible(m.entity) and m.entity.org_type in ("network", "association")}
        if len(bodies) == 1:
            as_cluster(next(iter(bodies.values())))
            continue
        named = next((c for c in left if (c.start == start and _is_coined_name(c))
                      or _coined_name_ending_sentence(text, c, start, anaphor.start())), None)
        if named is not None and not bodies and not found.covered(named.start, named.end) \
                and not is_person_name(named.text, False):
            found.add(Mention(named.start, named.end, named.text, CLUSTER, "cluster_context"))
            left.remove(named)
    return left


SENTENCE_END_AFTER = regex.compile(r"[.!?][\"“”]?[ \t\n]+")


def _coined_name_ending_sentence(text: str, chunk: Chunk, start: int, end: int) -> bool:
    """'Die Firma ist seit Januar Mitglied bei OPTONIA. Die Clusterorganisation vernetzt ...':
    a coined name (one word in capitals or a coined Titlecase word, or a coined name of a few
    words) that ends the sentence before the anaphor is what it speaks of."""
    stop = SENTENCE_END_AFTER.match(text, chunk.end)
    if not (start <= chunk.start and stop and stop.end() == end):
        return False
    one_word = " " not in chunk.text and "-" not in chunk.text
    return _is_coined_name(chunk) or (one_word and (_coined_single_word(text, chunk) or (
        chunk.text.isupper() and len(chunk.text) >= 4 and chunk.text.isalpha()
        and chunk.text.casefold() not in vocabulary().places)))


def described_lines(text: str, found: DocumentEntities) -> None:
    """Two or more lines 'NAME (Place) – what it does' after a line ending in a colon that
    announces a selection or speaks of clusters or networks in the plural ('Ausgewählt
    wurden:', 'five networks ... The partners are:') name one cluster a line: a coined
    name ('fluxwerk', 'MEDIVANTA', 'QUBIQ Süd'), not a body's or a person's."""
    if ":\n" not in text and not any(len(line) < 80 and _is_heading(line) and patterns().plural_cluster_noun.search(line)
                                     for line in text.split("\n") if line):
        return  # no line ends in a colon and no heading speaks of networks (most texts)
    runs: list[list] = []
    added: list[str] = []
    field_end = -1
    for line in DESCRIBED_LINE.finditer(text):
        if not line.group().strip():
            continue
        if line["name"].split(" ", 1)[0].endswith(":") or (field_end >= 0 and text[field_end:line.start()] == "\n"):
            field_end = line.end()  # (nor a field of a contact block or a footer, 'Stand: 21.08.2023', nor the
            continue                # lines right after it, 'E-Mail: ...': they end a run)
        if runs and not text[runs[-1][-1].end():line.start()].strip():
            runs[-1].append(line)
        else:
            runs.append([line])
    for run in runs:
        if len(run) < 2 or not _announces_clusters(text, run[0].start(), _all_short(run)):
            continue
        for line in run:
            start, name = line.start("name"), line["name"].rstrip(":.")
            end = start + len(name)
            if not found.covered(start, end) and _coined_list_name(name):
                found.add(Mention(start, end, name, CLUSTER, "list_rules"))
                added.append(name)
    _name_repeats(text, found, added)


def _name_repeats(text: str, found: DocumentEntities, names: list[str]) -> None:
    """Every later use of a cluster name a list or table gave ('helvamed and MEDIVANTA have
    both reached Gold'): a lower-case brand or a name the chunker read otherwise is no chunk
    the short-form rules would find again."""
    for name in names:
        for match in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])", text):
            if not found.covered(match.start(), match.end()):
                found.add(Mention(match.start(), match.end(), name, CLUSTER, "list_rules"))


def _all_short(run: list) -> bool:
    """Whether every line of a run is a list item of at most twelve words ('VoltNord –
    Skellefteå, Sweden'), not a paragraph that opens with a name and a colon."""
    return all(len(line.group().split()) <= 12 for line in run)


def _announces_clusters(text: str, start: int, short_items: bool) -> bool:
    """Whether the line before `start` ends in a colon and announces a selection, or it or
    the paragraph before it speaks of clusters or networks in the plural; not when it
    announces consortia, projects or companies. A heading that speaks of networks in the
    plural ('Regional innovation networks'), right above the list or above the one sentence
    that describes it, announces a list of `short_items`."""
    lines = [line for line in text[max(0, start - 2000):start].rstrip().split("\n")[-4:] if line.strip()]
    intro = lines[-1][-200:] if lines else ""
    before = lines[-2][-300:] if len(lines) > 1 else ""  # (the paragraph before, past a blank line)
    if not intro.endswith(":"):
        return short_items and any(_is_heading(line) and patterns().plural_cluster_noun.search(line)
                   and not patterns().selection_of_others.search(line) for line in (intro, before))
    if patterns().selection_of_others.search(intro):
        return False  # 'Selected consortia include:'
    return bool(patterns().selection_intro.search(intro) or patterns().plural_cluster_noun.search(intro)
                or patterns().plural_cluster_noun.search(before))


def _is_heading(line: str) -> bool:
    """A line of at most six words without a sentence's end ('Regional innovation networks'),
    which heads the list below it, or the one sentence that describes it."""
    return len(line.split()) <= 6 and not line.rstrip().endswith((".", "!", "?", ",", ";"))


def _coined_list_name(name: str) -> bool:
    """A list line's name that may be a cluster's: its first word coined (capitals inside,
    all capitals, a lower-case brand or no common word), no place, body, person or label, and
    no cluster noun alone ('Clusterinitiative', a flattened table's column header)."""
    first = name.split()[0]
    vocab = vocabulary()
    coined = first[:1].islower() or UPPER.search(first[1:]) is not None or (
        is_rare_word(first, "de") and first.casefold() not in _cluster_nouns())
    return coined and not _only_places(words_of(name)) and not org_type_of(name) \
        and not is_person_name(name, False) and not any(
            w in vocab.not_cluster_words or w in label_rules().tier_words for w in words_of(name))


@lru_cache(maxsize=1)
def _cluster_nouns() -> frozenset:
    """The nouns that call a name a cluster ([context] predicate_nouns): no name alone."""
    return lower_words("context.predicate_nouns")


def column_table_names(text: str, found: DocumentEntities) -> None:
    """The first cell of each row of a table whose header opens with a cluster noun
    ('Netzwerk | Sitz | Technologiefeld') names a cluster (the clean stage writes cells
    apart with ' | ')."""
    if " | " not in text:
        return
    heads, header_cells, column, managed_by = lower_words("lists.cluster_column_heads"), 0, 0, None
    added: list[str] = []
    for start, _, cells in table_lines(text):
        if header_cells and len(cells) == header_cells:
            row = list(table_cells(start, cells))
            cell_offset, cell = row[column]
            name = cell.split(" (")[0].strip()
            offset = cell_offset + len(cell) - len(cell.lstrip())
            if name and not found.covered(offset, offset + len(name)) and _coined_list_name(name):
                found.add(Mention(offset, offset + len(name), name, CLUSTER, "list_rules"))
                added.append(name)
            elif name:  # (a name the acronym rules made a body: 'X Netz (XN)' in the cluster column)
                named = next((m for m in found.starting_at(offset) if m.label == ORG and m.text == name), None)
                if named is not None and named.entity.org_type in (None, "", "other", "network", "association"):
                    as_cluster(named.entity)
            if managed_by is not None:
                _merge_managing_body(found, offset, row[managed_by])
            continue
        column = _cluster_column(cells, heads)
        header_cells = len(cells) if len(cells) >= 2 and column is not None else 0
        managed_by = next((i for i, c in enumerate(cells) if any(  # ('Träger / Management')
            part.strip() in lower_words("lists.management_column_heads") for part in c.casefold().split("/"))),
            None) if header_cells else None
    _name_repeats(text, found, added)


def _merge_managing_body(found: DocumentEntities, cluster_start: int, cell: tuple[int, str]) -> None:
    """The body a row's management cell names ('PNSU Management GmbH') is one of the names of
    the cluster its cluster cell names, starting at `cluster_start`."""
    cluster = next((m.entity for m in found.starting_at(cluster_start) if m.label == CLUSTER), None)
    offset, text = cell
    start = offset + len(text) - len(text.lstrip())
    body = next((m.entity for m in found.starting_at(start) if m.label in (ORG, CLUSTER)), None)
    if cluster is not None and body is not None and body is not cluster \
            and cluster in found.entities and body in found.entities:
        found.merge(cluster, body)


def _cluster_column(cells: list[str], heads: frozenset) -> int | None:
    """The index of a table header's cluster column: its first cell, or its second after a
    numbering column ('Nr. | Cluster | Branche | Label')."""
    keys = [c.strip().casefold() for c in cells]
    if keys and keys[0] in heads:
        return 0
    if len(keys) > 2 and keys[0] in NUMBER_COLUMN_HEADS and keys[1] in heads:
        return 1
    return None


NUMBER_COLUMN_HEADS = frozenset({"nr.", "nr", "no.", "no", "#", "pos.", "lfd. nr.", "lfd. nr"})


def project_table_names(text: str, found: DocumentEntities) -> None:
    """The first cell of each row of a table whose header opens with a project noun
    ('Projekt | Laufzeit | Förderung') names a project, a programme in the tables; so does
    each cell under a header that names the funding programme (up to a parenthesis or a
    slash: 'Velmora-Fonds (Land)', 'EFRE / MWAE')."""
    if " | " not in text:
        return
    project_heads, programme_heads = lower_words("lists.project_column_heads"), lower_words("lists.programme_column_heads")
    header: list[bool] = []
    for start, _, cells in table_lines(text):
        if header and len(cells) == len(header):
            for (offset, cell), head in zip(table_cells(start, cells), header):
                if head:
                    _add_programme_cell(text, found, offset, cell)
            continue
        header = []
        if len(cells) >= 2 and cells[0].strip().casefold() in project_heads and not _key_and_name(cells):
            header = [True] + [c.strip().casefold() in programme_heads for c in cells[1:]]


def project_fact_sheet(text: str, found: DocumentEntities) -> None:
    """'Acronym | HYVALUE' and 'Full title | Hydrogen Value Chains ...': a fact sheet's field
    lines ([lists] project_acronym_keys, project_title_keys) name one project, a programme
    in the tables, by its full title and its acronym."""
    if " | " not in text:
        return
    title_keys, acronym_keys = lower_words("lists.project_title_keys"), lower_words("lists.project_acronym_keys")
    titles, acronyms = [], []
    for start, _, cells in table_lines(text):
        if len(cells) != 2:
            continue
        key = cells[0].strip().casefold()
        if key in title_keys or key in acronym_keys:
            offset, value = list(table_cells(start, cells))[1]
            value_start = offset + len(value) - len(value.lstrip())
            (titles if key in title_keys else acronyms).append((value_start, value.strip()))
    if len(titles) != 1 or len(acronyms) > 1:
        return  # (one project's sheet; a list of several is project_table_names')
    (title_start, title), acronym = titles[0], acronyms[0] if acronyms else None
    if len(title.split()) < 2 or not title[:1].isupper() or found.covered(title_start, title_start + len(title)):
        return
    entity = found.add(Mention(title_start, title_start + len(title), title, PROGRAMME, "list_rules"))
    if acronym is not None and ACRONYM_VALUE.fullmatch(acronym[1]):
        acronym_start, acronym_name = acronym
        known = found.find(acronym_name, (CLUSTER, ORG, PROGRAMME))
        if known is not None and known is not entity and not known.fixed_canonical:
            as_programme(known)  # ('HYVALUE' read as a cluster elsewhere: the project's acronym)
            found.merge(entity, known)
        elif not found.covered(acronym_start, acronym_start + len(acronym_name)):
            found.add(Mention(acronym_start, acronym_start + len(acronym_name), acronym_name, PROGRAMME, "list_rules"),
                      entity=entity)
        entity.acronym = entity.acronym or acronym_name


ACRONYM_VALUE = regex.compile(r"\p{Lu}[\p{L}\p{N}-]{1,24}")


# An EU project's acronym (capitals joined by hyphens, or capitals and digits: 'ORBIT-SME',
# 'BLUE-PORTS', 'CIRC4SME') and its full title right after it: in parentheses ('ORBIT-SME
# ("Opening Regional ...", Horizon Europe ...)'), in quotes after a comma or between dashes
# ('FLEXI-FAB – Flexible Fabrication Cells for Small-Batch Producers, one of ...').
PROJECT_TITLE = regex.compile(
    r"(?<![\p{L}\p{N}-])(?P<acronym>\p{Lu}[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)+|\p{Lu}{2,}\p{N}[\p{Lu}\p{N}]*)"
    r"(?:[ \t]+\([ \t]*[\"“„]?|,[ \t]+[\"“„]|[ \t]+[–—][ \t]+)"
    r"(?P<title>\p{Lu}[\p{L}\p{N}&'’ -]{8,140}?)(?=[\"”“]|[ \t]*[)–—,;])")


def project_titles(text: str, found: DocumentEntities) -> None:
    """'ORBIT-SME ("Opening Regional Business Innovation to Space Technologies for SMEs", ...)':
    a project's acronym and its full title beside it name one programme (PROJECT_TITLE), when
    the title is a name of three or more words (two capitalised at least), no firm's (a legal
    form ends it) and no name read before. (A cluster's acronym has no such shape: 'VELMA
    (Velmora Maritime Cluster)'.)"""
    for match in PROJECT_TITLE.finditer(text):
        title, title_start = match["title"].rstrip(" -"), match.start("title")
        words = title.split()
        acronym_start, acronym_end = match.span("acronym")
        if len(words) < 3 or sum(w[:1].isupper() for w in words) < 2 or words[-1] in legal_forms() \
                or found.covered(title_start, title_start + len(title)):
            continue
        known = next((m for m in found.starting_at(acronym_start) if m.end == acronym_end), None)
        if known is not None and known.label != PROGRAMME:
            continue  # (a cluster's or body's acronym)
        entity = known.entity if known is not None else None
        if entity is None and not found.covered(acronym_start, acronym_end):
            entity = found.add(Mention(acronym_start, acronym_end, match["acronym"], PROGRAMME, "list_rules"))
        if entity is not None:
            found.add(Mention(title_start, title_start + len(title), title, PROGRAMME, "list_rules"), entity=entity)


def _key_and_name(cells: list[str]) -> bool:
    """'Acronym | HYVALUE': a fact sheet's field and its value (a coined word), no header of a
    table of projects ('Projekt | Laufzeit')."""
    return len(cells) == 2 and any(is_rare_word(w, "de") and is_rare_word(w, "en") for w in cells[1].split())


def _add_programme_cell(text: str, found: DocumentEntities, offset: int, cell: str) -> None:
    """A programme named by a table cell, up to a parenthesis or a slash, when it looks
    like a name (capitalised, no organisation's words)."""
    name = regex.split(r" \(| / |,", cell)[0].strip()
    start = offset + len(cell) - len(cell.lstrip())
    if len(name) >= 3 and name[0].isupper() and not org_type_of(name) and not found.covered(start, start + len(name)):
        found.add(Mention(start, start + len(name), name, PROGRAMME, "list_rules"))


def member_table_names(text: str, found: DocumentEntities) -> None:
    """Each cell under a table header that names members or partners ('Member | Town |
    Field', 'Nr. | Partner | Land') names an organisation; and each name of a row written
    apart by ' | ' under a heading of supporters, sponsors or partners ('Supported by⏎A |
    B | C'). A name the text knows, or whose words make it a cluster, keeps its kind."""
    if " | " not in text:
        return
    member_heads, supporter_heads = lower_words("lists.member_column_heads"), lower_words("lists.supporter_headings")
    header: list[bool] = []
    previous = ""
    for start, line, cells in table_lines(text):
        if header and len(cells) == len(header):
            for (offset, cell), member_column in zip(table_cells(start, cells), header):
                if member_column:
                    _add_member_cell(text, found, offset, cell)
            continue
        header = []
        if _is_header(cells) and any(c.strip().casefold() in member_heads for c in cells):
            header = [c.strip().casefold() in member_heads for c in cells]
        elif len(cells) >= 2 and previous.strip().rstrip(":").casefold() in supporter_heads:
            for offset, cell in table_cells(start, cells):
                _add_member_cell(text, found, offset, cell)
        if line.strip():
            previous = line


def _is_header(cells: list[str]) -> bool:
    """Three or more short cells without digits: a table's header ('Member | Town | Field'),
    not a row of a table of figures ('Mitglieder | 57') or of keys and values."""
    return len(cells) >= 3 and all(0 < len(c.split()) <= 3 and not any(ch.isdigit() for ch in c) for c in cells)


def _add_member_cell(text: str, found: DocumentEntities, offset: int, cell: str) -> None:
    """An organisation named by a cell, up to a dash or parenthesis ('Vinnova – Sweden's
    Innovation Agency'), when it looks like a name (not a code such as 'P1', a role or one
    common word such as 'Forschung') and is not known already."""
    name = regex.split(r" [–—-] | \(|\[", cell)[0].strip()
    start = offset + cell.find(name) if name else offset
    if len(name) < 3 or not name[0].isupper() or len(name.split()) > 8 or found.covered(start, start + len(name)):
        return
    if any(ch.isdigit() for ch in name) or is_role_word(name.casefold()) or (
            " " not in name and not name.isupper() and not (is_rare_word(name, "de") and is_rare_word(name, "en"))):
        return
    if has_head(words_of(name), vocabulary().cluster_heads) or _only_places(words_of(name)):
        return
    found.add(Mention(start, start + len(name), name, ORG, "list_rules"), org_type=org_type_of(name) or "company")


# The marks that open the lines of a bulleted list, as plain text from web pages, mails and
# PDFs gives them ('- ', '• ', '> ', '» ', '→ ', '■ ').
BULLET_MARK = r"[-•*–▪>»›→◦▸►■○✓]"


# A list line opening with a name before a dash or colon ('• GRIPS-KI – gefördert im ...',
# '1. KorroSens – Korrosionssensorik ...', '- FLA-Anbau: Sortenwahl ...').
PROJECT_LINE = regex.compile(
    r"^[ \t]*(?:" + BULLET_MARK + r"[ \t]*|\d{1,2}[.)][ \t]+)(?P<name>\p{Lu}[\p{L}\p{N}+.&-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}+.&-]*){0,2})"
    r"[ \t]*(?:[–—:][ \t]|[ \t]-[ \t]|\()", regex.MULTILINE)


def project_list_lines(text: str, found: DocumentEntities) -> None:
    """Lines of a bulleted or numbered list under a heading or a colon line that speaks of
    projects ('Aktuelle Projekte', 'Die Projekte im Überblick:') name one project a line, by
    the coined name that opens the line before a dash, colon or parenthesis."""
    for heading, run_start in _bulleted_runs(text):
        if _introduces_a_list(heading, "lists.project_list_words"):
            _project_items_after(text, run_start, found)


def tier_list_lines(text: str, found: DocumentEntities) -> None:
    """Lines of a bulleted list under a heading that is a tier alone ('GOLD', 'Silber:',
    'Bronze label') name one labelled cluster a line, by the name that opens the line before
    a comma, dash or parenthesis ('– HydroNord (Norwegen)', '– Nordic Foodtech Hub X (Schweden)'):
    not a person, a place, or a body of another kind than a network or association."""
    for start, name in [*_names_opening_lines_under(text, _is_tier_heading, TIER_ITEM_LINE),
                        *_names_on_lines_under_tier_headings(text)]:
        if label_rules().tier.search(name):
            continue  # (a timeline's flattened cell: 'Rezertifizierung GOLD')
        network = next((m.entity for m in found.starting_at(start) if m.label == ORG and m.end == start + len(name)
                        and m.entity.org_type in ("network", "association")), None)
        if network is not None:
            as_cluster(network)  # ('Nordic Foodtech Hub X', read as a network's name)
        elif not found.covered(start, start + len(name)) and not is_person_name(name, False) \
                and not _only_places(words_of(name)) and org_type_of(name) in ("", "network", "association"):
            found.add(Mention(start, start + len(name), name, CLUSTER, "list_rules"))


# An unbulleted entry line under a tier heading: the name that opens it, before a comma, a
# parenthesis, a dash or a table's cell ('LakeMed Bodensee, Switzerland/Germany').
ENTRY_LINE_NAME = regex.compile(r"(?P<name>(?:\p{Ll}+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+[\p{L}\p{N}&'’.-]+){0,7}?"
                                r"|\p{Ll}[\p{Ll}\p{N}-]{3,})"  # (or a lower-case brand alone: 'packlab (packaging, X)')
                                r"[ \t]*(?:,[ \t]|[ \t]\(|[ \t][–—-][ \t]|[ \t]\|[ \t]|$)")
TIER_EMOJI = "🥇🥈🥉🏅 \t"


def _names_on_lines_under_tier_headings(text: str):
    """(start, name) of the name opening each unbulleted short line right under a heading that
    is a tier alone ('🥈 SILVER ⏎ LakeMed Bodensee, Switzerland/Germany ⏎ Distretto Legno
    Trentino (ValLegno), Italy'), up to the first blank or longer line: a round-up's entries."""
    if "\n" not in text or label_rules().tier.search(text) is None:
        return
    lines = list(_lines_from(text, 0))
    for index, (_, heading) in enumerate(lines):
        if len(heading) > 40 or not _is_tier_heading(heading.strip().lstrip(TIER_EMOJI)):
            continue
        for line_start, line in lines[index + 1:]:
            stripped = line.strip()
            if not stripped or len(stripped) > ENTRY_LINE_CHARS or _is_tier_heading(stripped.lstrip(TIER_EMOJI)) \
                    or LIST_MARK.match(line):
                break
            entry = ENTRY_LINE_NAME.match(line, len(line) - len(line.lstrip()))
            if entry is not None and (" " in entry["name"] or _coined_word(entry["name"])):
                yield line_start + entry.start("name"), entry["name"]


def _coined_word(word: str) -> bool:
    """'Fiberdalen', 'alpenKRAFT': a word of neither language's vocabulary, no column's
    heading ('Cluster', 'Country')."""
    folded = word.casefold()
    return is_rare_word(folded, "de") and is_rare_word(folded, "en") and folded not in vocabulary().cluster_heads


def brands_of_their_bodies(text: str, found: DocumentEntities) -> None:
    """'SensTec Lausitz' atop a page about labels and 'SensTec Lausitz Management GmbH' in it:
    the name before a management company's words is the cluster the company runs, and the
    company one of its names (the guidelines' alias). Only a name the page's header gives,
    and only on a page that names a tier. (An association's name before its legal form,
    'BioMeuse' of 'BioMeuse ASBL', was tried too: the dev check part fell.)"""
    if label_rules().tier.search(text) is None:
        return
    for org in [e for e in found.entities if e.label == ORG and not e.fixed_canonical]:
        core, managed = _name_before_body_words(org.canonical)
        if not core or not managed:
            continue
        own = {(m.start, m.end) for m in org.mentions}  # ('BioMeuse' read as the body's short form)
        places = [m.span() for m in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(core) + r"(?![\p{L}\p{N}])", text)
                  if m.span() in own or not found.covered(*m.span())]
        if places and places[0][0] < HEADER_CHARS:
            as_cluster(org)
            for start, end in [p for p in places if p not in own]:
                found.add(Mention(start, end, core, CLUSTER, "list_rules"), entity=org)


# Where a page gives its owner's name: its first characters (header, navigation).
HEADER_CHARS = 120


def _name_before_body_words(name: str) -> tuple[str, bool]:
    """('SensTec Lausitz', True) for 'SensTec Lausitz Management GmbH', ('BioMeuse', False) for
    'BioMeuse ASBL': the name before trailing management words ([cluster] wrapper_after, a
    word ending in 'management') and legal forms, and whether a management word was among
    them; ('', False) when nothing trails."""
    words = name.split()
    managed = False
    while len(words) > 1 and is_body_word(words[-1]):
        managed = managed or words[-1].casefold().endswith("management")
        words = words[:-1]
    core = " ".join(words)
    return (core, managed) if core != name and len(core) >= 3 else ("", False)


def _is_tier_heading(line: str) -> bool:
    """'GOLD', 'Silber:', 'Bronze label': a line that is a tier and perhaps a label noun."""
    tier = label_rules().tier.match(line.strip())
    return tier is not None and regex.fullmatch(r"\p{L}*(?:[ \t-]?(?i:label|labels|siegel))?[ \t]*:?",
                                                 line.strip()[tier.end():]) is not None


def member_list_lines(text: str, found: DocumentEntities) -> None:
    """Lines of a bulleted list under a heading or a short colon line that speaks of
    members ('Neu im Netzwerk sind:', 'New members') name one organisation a line, by the
    name that opens the line before a comma, dash or parenthesis ('- Brennecke, Lüdenscheid
    (Werkzeugbau)'); a name the text knows keeps its kind."""
    for start, name in _names_opening_lines_under(text, lambda line: _introduces_a_list(line, "lists.member_list_words")):
        if not found.covered(start, start + len(name)) and not is_person_name(name, False) \
                and not has_head(words_of(name), vocabulary().cluster_heads) and not _only_places(words_of(name)):
            found.add(Mention(start, start + len(name), name, ORG, "list_rules"), org_type=org_type_of(name) or "company")


def _names_opening_lines_under(text: str, introduces, line_pattern: regex.Pattern | None = None):
    """(start, name) of the name that opens each line (`line_pattern`, MEMBER_LINE unless given)
    of every bulleted run whose line above `introduces` the list, up to the first line of
    another shape."""
    line_pattern = line_pattern or MEMBER_LINE
    for heading, run_start in _bulleted_runs(text):
        if not introduces(heading):
            continue
        for line_start, line in _lines_from(text, run_start):
            if not line.strip():
                continue
            item = line_pattern.match(line)
            if item is None:
                break
            yield line_start + item.start("name"), item["name"].rstrip()


# A bulleted line opening with a name before a comma, dash or parenthesis ('- Brennecke,
# Lüdenscheid (Werkzeugbau)', '• Tidewise (Cork) – wave energy').
BULLETED_NAME = r"[ \t]*" + BULLET_MARK + r"[ \t]*(?P<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+[\p{L}\p{N}&.'’-]+){0,5}?)[ \t]*"
MEMBER_LINE = regex.compile(BULLETED_NAME + r"(?:,|[ \t][–—-][ \t]|\()")
# ... and under a tier heading the name may fill its line ('GOLD ⏎ – BioÖkonomie-Netzwerk Hohenlohe').
TIER_ITEM_LINE = regex.compile(BULLETED_NAME + r"(?:,|[ \t][–—-][ \t]|\(|$)")


def _bulleted_line_starts(text: str) -> list[int]:
    """Where each bulleted or numbered line of the text starts."""
    starts = [0] if LIST_MARK.match(text) else []
    return starts + [match.end() for match in BULLET_AFTER_BREAK.finditer(text)]


@lru_cache(maxsize=4)
def _bulleted_runs(text: str) -> tuple[tuple[str, int], ...]:
    """(the line above, where the run starts) of each run of bulleted or numbered lines
    (blank lines between them or not): the line above is what may introduce the list.
    (Cached: the project and the member lists read the same runs of a text.)"""
    runs, previous_end = [], -1
    for line_start in _bulleted_line_starts(text):
        if previous_end < 0 or text[previous_end:line_start].strip():
            above_end = line_start - 1
            while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1:above_end].strip():
                above_end = text.rfind("\n", 0, above_end)  # (past blank lines)
            above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
            runs.append((text[above_start:max(above_end, 0)], line_start))
        previous_end = text.find("\n", line_start)
        previous_end = len(text) if previous_end < 0 else previous_end
    return tuple(runs)


def _lines_from(text: str, position: int):
    """(start, line) of each line of the text from `position` on, read lazily."""
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        yield position, text[position:end]
        position = end + 1


def _introduces_a_list(line: str, words_path: str) -> bool:
    """A heading, or a short line ending in a colon, holding one of the words at
    `words_path`, and no cluster noun in the plural."""
    folded = line.casefold()
    return any(word in folded for word in lower_words(words_path)) \
        and (_is_heading(line) or (line.rstrip().endswith(":") and len(line.split()) <= 12)) \
        and not patterns().plural_cluster_noun.search(line)


def _project_items_after(text: str, position: int, found: DocumentEntities) -> None:
    """The list lines from `position` on (blank lines between them or not), up to the first
    other line: each opening coined name is a project's."""
    for line_start, line in _lines_from(text, position):
        if not line.strip():
            continue
        item = PROJECT_LINE.match(line)
        if item is None and not LIST_MARK.match(line):
            return
        if item is not None:
            name, start = item["name"], line_start + item.start("name")
            if not found.covered(start, start + len(name)) and _coined_project_name(name):
                found.add(Mention(start, start + len(name), name, PROGRAMME, "list_rules"))


def _coined_project_name(name: str) -> bool:
    """'GRIPS-KI', 'KorroSens', 'DigiGuss NRW': a name whose first word is an acronym or has
    capitals or digits inside, not an organisation's."""
    first = name.split()[0]
    return len(first) >= 3 and (first.isupper() or UPPER.search(first[1:]) is not None) and not org_type_of(name)


LIST_MARK = regex.compile(r"[ \t]*(?:" + BULLET_MARK + r"|\d{1,2}[.)])[ \t]")
# A line break before a bulleted or numbered line (LIST_MARK): finding list lines from
# it is twelve times faster than a pattern anchored at every line's start with MULTILINE.
BULLET_AFTER_BREAK = regex.compile(r"\n(?=" + LIST_MARK.pattern + ")")


LOWER_BRAND = regex.compile(r"\p{Ll}[\p{L}\p{N}.:-]{3,}(?=[ \t,;)]|$)")


def introduced_cluster_lists(text: str, chunks: list[Chunk], found: DocumentEntities) -> list[Chunk]:
    """The items of a list after a plural cluster noun are clusters: 'durchgeführt von den
    Clustern hafenwerk und der Nordalb Management GmbH', 'the clusters Velmora,
    Nordwind and Kestrel'. Only lists of two or more; an item is a name chunk, a known
    organisation of a cluster-like kind, or a lower-case brand ('hafenwerk')."""
    vocab = vocabulary()
    intros = sorted([(m.start(), m.end()) for m in finditer_at_words(patterns().plural_cluster_intro, text,
                                                                     vocabulary().word_lists["lists.cluster_nouns"])]
                    + list(_counted_cluster_intros(text)))
    if not intros:
        return chunks
    by_start = {p.start: p for c in chunks for p in coordinated_parts(_without_plural_noun(c))}
    mention_at = {}
    for mention in found.mentions:
        mention_at.setdefault(mention.start, mention)
    for intro_start, intro_end in intros:
        if text[max(0, intro_start - 1):intro_start] == "-":
            continue  # 'des Life-Science-Clusters X': a German genitive, no plural
        if NAME_WORD_BEFORE.search(text, max(0, intro_start - 40), intro_start) and text[intro_start].isupper():
            continue  # 'the gas distributor Wreake Gas Networks plc and ...': a name's head word
        items, position = [], intro_end
        _straddling_first_item(text, position, chunks, found, by_start, mention_at)
        while True:
            item = _list_item_at(text, position, by_start, mention_at, vocab)
            if item is None:
                break
            items.append(item)
            gap = patterns().separator_ahead.match(text, _after_descriptor(text, item[1]))  # past "(Spain)"
            if gap is None:
                break
            position = gap.end()
        if len(items) < 2 or all(entity is None and text[start].islower() for start, _, entity in items):
            continue  # lower-case brands only with a name beside them ('den Clustern sich ...')
        for start, end, entity in items:
            if entity is not None:
                if _convertible(entity):
                    as_cluster(entity)
            elif not found.covered(start, end):
                found.add(Mention(start, end, text[start:end], CLUSTER, "list_rules"))
    return [c for c in chunks if not found.covered(c.start, c.end)]


# A capitalised word inside a sentence right before a word: 'Gas ' in 'Wreake Gas Networks'
# (not one opening a sentence or a line: 'Die Netzwerke A und B', 'Vier Cluster').
NAME_WORD_BEFORE = regex.compile(r"(?<=[\p{Ll},)][ \t]+\p{Lu}[\p{L}-]*[ \t]+)\Z")


def _counted_cluster_intros(text: str):
    """(start, end) of 'zwölf Landescluster werden gefördert, darunter ': found from the
    rare ', darunter' back to the counted cluster noun at most 120 characters before it."""
    for among in patterns().cluster_among.finditer(text):
        window = max(0, among.start() - 120)
        counted = patterns().counted_clusters_before.search(text, window, among.start())
        if counted is not None:
            yield counted.start(), among.end()


def _straddling_first_item(text: str, position: int, chunks: list[Chunk], found: DocumentEntities,
                           by_start: dict, mention_at: dict) -> None:
    """'die Cluster Velmora, Tarsio und Brunkel', 'den Partnerclustern Velmora und Tarsio':
    the first item was read as one name with the plural noun before it; what lies past the
    noun is the item (a mention keeps its entity, a chunk is cut)."""
    if position in mention_at or position in by_start:
        return
    mention = next((m for m in found.mentions if m.start < position < m.end), None)
    if mention is not None:
        mention_at[position] = mention
        return
    chunk = next((c for c in chunks if c.start < position < c.end), None)
    if chunk is not None:
        rest = Chunk(position, chunk.end, text[position:chunk.end], chunk.legal_form)
        by_start.update({p.start: p for p in coordinated_parts(rest)})


def _list_item_at(text: str, position: int, by_start: dict, mention_at: dict, vocab):
    """(start, end, known entity or None) of the list item starting at `position`, or None."""
    mention = mention_at.get(position)
    if mention is not None:
        return (mention.start, mention.end, mention.entity) if mention.label in (CLUSTER, ORG) else None
    chunk = by_start.get(position)
    if chunk is not None:
        return (chunk.start, chunk.end, None) if _bare_list_item(text, chunk, "de") else None
    brand = LOWER_BRAND.match(text, position)
    if brand and brand.group().casefold() not in vocab.not_name_start \
            and brand.group().casefold() not in vocab.connectors and not brand.group().endswith(".") \
            and is_rare_word(brand.group(), "de"):  # 'hafenwerk', not '..., attended the meeting'
        return brand.start(), brand.end(), None
    return None

