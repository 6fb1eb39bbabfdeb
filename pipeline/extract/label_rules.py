"""The label-statement rules of rules/labels.toml, compiled once per rule set.

ConText-style records (medspaCy): each rule has a category and the phrases (regular
expressions) that put a sentence in it; this module joins each category's phrases into
one pattern and builds the few structural patterns (a scheme of coordinated tiers, a
dated history line, a line pairing clusters with a tier) around them and around the
tier words. The tier words are the plain words of tiers.jsonl (a pattern of a tier that
no shorter pattern of the same tier begins: "gold", "silber", "silver", "bronze"), so a
spelling an analyst adds there ("Silberzertifizierung", "bronzenes") is read by these
patterns as well as found by the SpanRuler.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline import ruleset
from pipeline.alternatives import by_first_letter
from pipeline.extract.pattern_cache import compile_cached
from pipeline.extract.vocab import vocabulary

LABEL_RULES_FILE = "labels.toml"
CATEGORIES = ruleset.LABEL_CATEGORIES


@dataclass(frozen=True)
class LabelRules:
    context: regex.Pattern        # the sentence speaks of labels
    award: regex.Pattern          # it tells an award
    intended_award: regex.Pattern  # an award verb that tells none: 'um Gold zu erhalten'
    hold: regex.Pattern           # a cluster holds or held the tier
    renewal: regex.Pattern        # the tier was renewed: 'kept it at the re-assessment in 2022'
    holds_since: regex.Pattern    # matched at the end of the text before a date
    generic: regex.Pattern        # the tier in general or as an intention
    plural_relative: regex.Pattern  # 'Cluster, die ...' opening a tier's clause: clusters of a kind
    one_of_kind: regex.Pattern    # 'einer von', 'one of' before it: the cluster is one of them
    negated: regex.Pattern        # matched at the end of the text before a tier: 'noch kein ', 'no '
    clause_break: regex.Pattern
    contrast_break: regex.Pattern  # between two statements of one sentence: '; ', 'while'
    anaphor: regex.Pattern        # groups noun, pronoun, demonstrative, speaker
    label_word: regex.Pattern
    label_word_after: regex.Pattern  # matched right after a tier: '-Label', ' certificate'
    label_opening: regex.Pattern  # matched at a sentence's start: 'Das Label', 'The certificate'
    tier: regex.Pattern           # a tier word (as a prefix: 'Goldlabel', 'silbernes')
    tier_words: tuple             # the tier words themselves, lower case, longest first
    tier_of: dict                 # a plain tier word ('silber') -> its tier ('silver')
    coordinated_tiers: regex.Pattern
    history_line: regex.Pattern   # '- 2017 – Silber', '2014: Bronze'
    tier_line: regex.Pattern      # 'Gold: A, B', '- GOLD – A', '- A, Portugal – Gold', 'A (Gold)'
    field_line: regex.Pattern     # 'Label: Bronze (2018) / Silber (2022)', 'Previous labels: SILVER (2019)'
    own_label: regex.Pattern      # matched at the end of the text before a tier: 'Das ', 'its '
    other_prize: regex.Pattern    # matched right after a tier: ' medal', 'sponsor'
    prize_before: regex.Pattern   # matched at the end of the clause before a tier: 'beim Designwettbewerb X mit '
    rating_system: regex.Pattern  # matched at the end of the text before a tier: 'LEED ', 'DGNB-'
    plural_subject: regex.Pattern  # 'clusters': the sentence speaks of labels in general
    tier_level: regex.Pattern     # 'silver level': a tier's own level, no talk of levels
    tier_in_brackets: regex.Pattern  # a tier opening a parenthesis: ' (Bronze, 2022)'
    announces_list: regex.Pattern  # 'the following clusters': a list of recipients comes after
    passive_award: regex.Pattern   # an award told in the passive: 'wurde ... bestätigt', 'was renewed'
    other_party: regex.Pattern     # another party than the release's cluster: 'der Partner'
    renewal_told: regex.Pattern    # the label before renewed: 'The label was renewed', 'wurde es bestätigt'
    held_since_told: regex.Pattern  # the label before held since a date: 'hält die höchste Stufe seit 2017'
    denied_award: regex.Pattern    # an award verb denied: 'did not renew its Gold label'
    counted_labels: regex.Pattern  # the labels of a list before: 'All three labels', 'Beide Labels'
    same_time: regex.Pattern       # the date told before: 'in the same month', 'im selben Jahr'
    plural_anaphor: regex.Pattern  # matched at a sentence's start: 'Beide', 'Both of them'
    round_completed: regex.Pattern  # a labelling round completed: 'completed the labelling process'
    counted_recipients: regex.Pattern  # a count of clusters a round honoured: 'sieben Clusterinitiativen'
    other_certificate: regex.Pattern  # another certificate or standard: 'nach ISO 9001 zertifiziert'
    date_field_key: regex.Pattern  # matched at a line's start: 'awarded: ', 'Gültig bis: ', '(verliehen 11/2023'


def tier_words(tier_patterns: list[dict]) -> list[str]:
    """The plain words of the tier patterns: phrase patterns of one word that no
    shorter pattern of the same tier begins."""
    phrases = [(p["id"], p["pattern"].casefold()) for p in tier_patterns
               if p.get("label") == "TIER" and isinstance(p.get("pattern"), str)
               and " " not in p["pattern"].strip()]
    words = {word for tier, word in phrases
             if not any(t == tier and other != word and word.startswith(other) for t, other in phrases)}
    return sorted(words, key=lambda w: (-len(w), w))


def _either(phrases) -> str:
    """The phrases as one alternation; a category without phrases matches nothing (an empty
    alternation would match everywhere)."""
    phrases = list(phrases)
    return "(?:" + by_first_letter(phrases) + ")" if phrases else "(?!)"


@lru_cache(maxsize=1)
def label_rules() -> LabelRules:
    rule_set = ruleset.active()
    by_category: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for rule in rule_set.toml(LABEL_RULES_FILE)["rule"]:
        by_category[rule["category"]].extend(rule["patterns"])
    tiers = tier_words([p for p in rule_set.patterns("en") + rule_set.patterns("de")
                        if p.get("label") == "TIER"]) or ["gold", "silver", "bronze"]
    tier = _either(regex.escape(w) for w in tiers)

    def phrases(category: str) -> str:
        return _either(p.replace("{tier}", tier) for p in by_category[category])

    def compiled(pattern: str, flags=regex.IGNORECASE) -> regex.Pattern:
        return compile_cached(pattern, flags)

    count = rf"(?:{phrases('count')}[ \t]+)?"
    # a month's name before a history line's year ('March 2021 | GOLD | ...')
    month = _either(regex.escape(name) for names in rule_set.toml("dates.toml")["months"]["by_month"] for name in names)
    # capitalised words that may stand between an anaphor's article and its noun
    between_words = "|".join(w.capitalize() for w in vocabulary().word_lists["names.cuts.time_words"]
                          + vocabulary().word_lists["cluster.nationality_adjectives"])
    return LabelRules(
        context=compiled(phrases("label_context")),
        award=compiled(phrases("award")),
        intended_award=compiled(phrases("intended_award")),
        hold=compiled(phrases("hold")),
        renewal=compiled(phrases("renewal")),
        holds_since=compiled(rf"\b{phrases('since')}[ \t]+(?:\p{{L}}+[ \t]+)?$"),
        generic=compiled(phrases("generic")),
        plural_relative=compiled(phrases("plural_relative")),
        one_of_kind=compiled(phrases("one_of_kind")),
        negated=compiled(rf"\b{phrases('negation')}[ \t]+$"),
        clause_break=compiled(phrases("clause_break")),
        contrast_break=compiled(phrases("contrast_break")),
        announces_list=compiled(phrases("announces_list")),
        passive_award=compiled(phrases("passive_award")),
        other_party=compiled(phrases("other_party")),
        renewal_told=compiled(phrases("renewal_told")),
        held_since_told=compiled(phrases("held_since_told")),
        denied_award=compiled(phrases("denied_award")),
        counted_labels=compiled(phrases("counted_labels")),
        same_time=compiled(phrases("same_time")),
        plural_anaphor=compiled(rf"[ \t\"„“]*{phrases('plural_anaphor')}\b"),
        round_completed=compiled(phrases("round_completed")),
        counted_recipients=compiled(phrases("counted_recipients")),
        other_certificate=compiled(phrases("other_certificate")),
        # (or, without the colon, right before a date of digits: '(verliehen 11/2023, gültig bis 11/2025)')
        date_field_key=compiled(rf"[ \t]*(?:[-•*▪][ \t]*|\()?(?:{phrases('date_field_key')})(?:[ \t]*:|[ \t]+(?=\d))"),
        # ('das erst Ende 2019 gegründete Netzwerk', 'the Lithuanian photonics network': lower-case words,
        # numbers, a time word and a country's adjective between)
        anaphor=compiled(rf"\b{phrases('anaphor_determiner')}[ \t]+(?-i:(?:(?:[\p{{Ll}}\p{{N}}][\p{{L}}\p{{N}}-]*"
                         rf"|{between_words})[ \t]+){{0,4}})(?P<noun>{phrases('anaphor_noun')})\b"
                         rf"|\b(?P<pronoun>{phrases('anaphor_pronoun')})\b"
                         rf"|\b(?P<demonstrative>{phrases('anaphor_demonstrative')})\b"
                         rf"|\b(?P<speaker>{phrases('anaphor_speaker')})\b"),
        label_word=compiled(phrases("label_word")),
        label_word_after=compiled(rf"[ \t-]?{phrases('label_word')}"),
        # (an adjective may stand between: 'Das neue Label wurde im Februar 2024 vergeben')
        label_opening=compiled(rf"[ \t\"„“]*(?:{phrases('own_label_determiner')}|die|this|diese[rs]?)[ \t]+"
                               rf"(?:(?-i:\p{{Ll}}[\p{{L}}-]*)[ \t]+)?{phrases('label_word')}\b"),
        # (the label's full name may stand between: 'zum Cluster Management Excellence Label GOLD')
        own_label=compiled(rf"\b{phrases('own_label_determiner')}[ \t]+"
                           rf"(?:cluster[ \t-]+management[ \t-]+excellence[ \t-]+label[ \t]+)?$"),
        other_prize=compiled(phrases("other_prize")),
        prize_before=compiled(rf"(?:{phrases('prize_before')})[^.;\n]{{0,60}}$"),
        rating_system=compiled(rf"\b{phrases('rating_system')}[ \t-]*$"),
        plural_subject=compiled(phrases("plural_subject")),
        tier=compiled(rf"\b{tier}"),
        tier_level=compiled(rf"\b({tier})[ \t-]levels?\b"),
        # a tier opening the parenthesis right after a name: 'Glassia (Bronze, 2022)'
        tier_in_brackets=compiled(rf"[ \t]*\([ \t]*(?:{tier})\b"),
        tier_words=tuple(tiers),
        tier_of={p["pattern"].casefold(): p["id"] for p in rule_set.patterns("en") + rule_set.patterns("de")
                 if p.get("label") == "TIER" and isinstance(p.get("pattern"), str)
                 and p["pattern"].casefold() in tiers},
        # tiers in one coordination describe the scheme: 'Bronze, Silber oder Gold',
        # 'ein Bronze-, ein Silber- oder ein Gold-Label', 'bronzenes, silbernes oder goldenes'
        coordinated_tiers=compiled(
            rf"\b{tier}\p{{L}}*(?:[ \t-]*(?:labels?|siegel))?-?[ \t]*{phrases('scheme_separator')}[ \t]*"
            rf"{count}{tier}(?:\p{{L}}{{0,4}}|-?(?:labels?|siegel))\b"),  # (an adjective's ending or the label, no other
        # compound: 'Silber- oder Goldlabel', not 'Gold- und Silberschmiede')
        history_line=compiled(
            rf"^[ \t]*(?:[-•*–][ \t]*)?(?:\d{{1,2}}[./][ \t]*|{month}\.?[ \t]+)?(?:19|20)\d\d(?:[ \t]*[:–—|-][ \t]*|[ \t]*\t[ \t]*|[ \t]{{2,}})"
            # (two lower-case words or a certification's compound before the tier: '2018 – erstmals GOLD',
            # '2020 – Re-Zertifizierung Gold'; not a capitalised verb, '2013: Awarded Gold Label')
            rf"(?-i:(?:\p{{Ll}}[\p{{L}}-]*[ \t]+|[\p{{L}}-]*(?i:zertifizierung|certification)[ \t]+){{0,2}}){tier}\b"),
        # a profile's or a directory entry's field: a key holding a label word, a colon, tiers
        field_line=compiled(rf"^[ \t]*(?:[-•*][ \t]*)?[^:\n]{{0,40}}?{phrases('label_word')}[^:\n]{{0,30}}:"
                            rf"[^\n]*?\b{tier}"
                            # (or a short key, a colon and a tier with its years in parentheses: 'vorher: SILBER
                            # (2018, 2021)', as a label field's value goes on)
                            rf"|^[ \t]*[^:|\n]{{1,30}}:[ \t]*{tier}[ \t]*\((?:19|20)\d\d"
                            # (or the tier opening the line, a dash and its dates: 'GOLD – date of award: 15/06/2023',
                            # and a bullet's with a word first, '• Bronze-Label – verliehen im Oktober 2018')
                            rf"|^[ \t]*{tier}(?:[ \t-]?labels?)?[ \t]+[–—-][ \t]+[^\n]*?(?:19|20)\d\d"
                            rf"|^[ \t]*[-•*▪][ \t]*{tier}(?:[ \t-]?labels?)?[ \t]+[–—-][ \t]+\p{{Ll}}[^\n]*?(?:19|20)\d\d"
                            # (or a label's badge: 'Cluster Management Excellence Label GOLD | awarded 11/2023',
                            # '• Cluster Management Excellence Label SILVER (2018, erneuert 2022)', after a
                            # field's key: '• Quality: Cluster Management Excellence Label SILVER (2023)')
                            rf"|^[ \t]*(?:[^:\n]{{1,30}}:[ \t]*)?[^:\n]{{0,60}}?{phrases('label_word')}[ \t-]*{tier}[ \t]*(?:[–—|-][^\n]*?|\((?:[^()\n]*?[ \t])?)(?:19|20)\d\d"
                            # (or a bullet of tiers' labels with their years: '• ESCA Silver Label (2019)',
                            # '• Bronze-Label 2020, Silber-Label 2023')
                            rf"|^[ \t]*[-•*▪][ \t]*(?:[^:\n]{{0,30}}?[ \t])?{tier}[ \t-]?labels?[ \t]*(?:\((?:[^()\n]*?[ \t])?|[ \t])(?:19|20)\d\d"
                            # (or a field cell whose value is tiers with their years, as the cleaning writes a
                            # dotted field: 'Previous ..... Bronze (2016)' -> 'Previous | Bronze (2016)')
                            rf"|^[ \t]*[^:|\n]{{1,40}}?[ \t]\|[ \t]*{tier}[ \t]*\((?:19|20)\d\d\)"),
        # (and names each with its tier in parentheses: 'A (Gold) and B (Silver)')
        tier_line=compiled(
            rf"^[ \t]*(?:[-•*–][ \t]*)?(?:{tier}(?:[ \t-]?labels?)?(?:[ \t]*:|[ \t]+[–—-][ \t]+(?![^\n–—]*?(?:19|20)\d\d)|\s*$)"
            rf"|[^\n]{{2,160}}?(?:[ \t][–—:|-]|:|[ \t]*\.{{3,}})[ \t]*{tier}(?:[ \t-]?labels?)?(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t.]*\s*$"
            # (a table row opening with the tier's cell: 'GOLD | X (XC) | Norway | 11/2025')
            rf"|[ \t]*{tier}(?:[ \t-]?labels?)?[ \t]+\|[ \t]*[^|\n]+(?:\|[^|\n]*)*\s*$"
            # (a table row's cells after the tier: 'X | Gold | 2024-02 | 2026-02')
            rf"|[^\n]{{2,160}}?[ \t]\|[ \t]*{tier}(?:[ \t]*\((?:19|20)\d\d\))?(?:,[^|\n]{{0,40}})?(?:[ \t]+\|[^|\n]{{0,30}})+\s*$"
            # (or the last cell: 'X | Croatia | Silver, valid until 04/2026')
            rf"|[^\n]{{2,160}}?[ \t]\|[ \t]*{tier}(?:[ \t-]?labels?)?,[^|\n]{{0,40}}\s*$"
            rf"|[^\n]*?[\p{{L}}.][ \t]*\([ \t]*{tier}(?:[ \t-]?labels?)?[ \t]*\)"
            # (a bullet's one name with its tier and more in parentheses or after a colon: '• X (Silber,
            # 2023)', '- X (Bronze seit 11/2022)', '- X (XY): Silber, März 2023')
            # (or a line ending in its only parenthesis: 'GCE X – battery materials, Mo i Rana (Gold, 2022)')
            rf"|[ \t]*[-•*–][ \t]*[^\n]*?[\p{{L}}.][ \t]*\([ \t]*{tier}(?:[ \t-]?labels?)?(?:[ \t]*[,;]|[ \t]+)[^()\n]{{0,60}}\)"
            rf"|[^(\n]{{2,120}}?[\p{{L}}.][ \t]*\([ \t]*{tier}(?:[ \t-]?labels?)?(?:[ \t]*[,;]|[ \t]+)[^()\n]{{0,60}}\)[ \t.]*\s*$"
            rf"|[ \t]*[-•*–][ \t]*[^:\n]{{2,100}}?(?::|[ \t][–—-])[ \t]*{tier}\b[^\n]{{0,40}}$"
            # (or after a comma and up to three lower-case words: '– Biotech X, neu mit Bronze,')
            rf"|[ \t]*[-•*–][ \t]*[^,:\n]{{2,100}}?,[ \t]*(?-i:\p{{Ll}}+[ \t]+){{0,3}}{tier}\b[ \t]*[,;.]?[ \t]*$"
            # (where it is from, then its tier, in the parenthesis of a bullet's one name: '- X (Griechenland, Bronze 2023)')
            rf"|[ \t]*[-•*–][ \t]*[^,(\n]*?[\p{{L}}.][ \t]*\([^(),\n]{{2,30}},[ \t]*{tier}(?:[ \t-]?labels?)?\b[^()\n]{{0,40}}\)"
            # (a medal sign opening a line before a name: '🥇 Textilcluster X')
            rf"|[ \t]*[🥇🥈🥉]+[ \t]+\p{{Lu}}[^\n]{{1,100}}$"
            # (entries of name, tier and year in a row: 'Norway – X – Silver – 2023; Y – Bronze – 2023.')
            rf"|[^\n]*?\p{{L}}\)?[ \t]+[–—-][ \t]+{tier}[ \t]+[–—-][ \t]+(?:19|20)\d\d[ \t]*(?:;|\.?[ \t]*$))"),
    )
