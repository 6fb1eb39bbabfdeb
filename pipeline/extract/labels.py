"""Label statements: a named cluster was awarded, renewed or holds a Bronze, Silver or
Gold cluster-management excellence label. One row per (cluster, tier, award date);
statements that only mention a label the cluster holds join the award row.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline import ruleset
from pipeline.extract.doc_view import doc_sentences, view
from pipeline.extract.label_rules import label_rules
from pipeline.extract.model import CLUSTER, DocumentEntities, Entity, Mention, ORG, PERSON, PROGRAMME, as_cluster
from pipeline.extract.name_shapes import common_compound
from pipeline.extract.pattern_cache import compile_cached
from pipeline.extract.vocab import alternation, is_role_word, lower_words, vocabulary, word_pattern
from pipeline.lexicon import is_rare_word
from pipeline.names import name_key


def following_block(text: str, end: int) -> tuple[int, int]:
    """The lines after position `end` up to the next blank line: what a heading or a
    line ending in a colon introduces."""
    start = end
    while start < len(text) and text[start] in " \t\n":
        start += 1
    blank = text.find("\n\n", start)
    return start, (len(text) if blank < 0 else blank)


TIER_HEADING_TAIL = regex.compile(r"(?:[ \t-]?labels?)?[ \t]*:?$")  # 'Gold-Label:', 'SILVER' alone on a line


def _up_to_next_tier_heading(text: str, block: tuple[int, int]) -> tuple[int, int]:
    """The block under a tier's heading up to the next line that is a tier alone ('GOLD⏎ A⏎
    SILVER⏎ B⏎ C': A is Gold's, B and C are Silver's)."""
    start, end = block
    position = start
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        if position > start and TIER_HEADING_TAIL.sub("", text[position:line_end].strip().casefold()) in label_rules().tier_of:
            return start, position
        position = line_end + 1
    return block


DATE_LINE = regex.compile(r"[ \t\n]*(?:\d{1,2}[./])?\d{1,2}[./](?:19|20)\d\d[ \t]*(?:\n|$)")  # '⏎03/2024⏎'


def introduces_block(sentence_text: str) -> bool:
    """A heading line ('Total of 10 Bronze Labels') or a line ending in a colon."""
    stripped = sentence_text.strip()
    return stripped.endswith(":") or (len(stripped) < 100 and stripped[-1:] not in ".!?\"“”")

@dataclass
class LabelRow:
    cluster: Entity
    tier: str
    awarded: str | None
    valid_until: str | None
    awarding_body: str | None
    evidence: str
    is_award: bool
    dated_elsewhere: bool = False  # the date came from another sentence (a round, an announcing line)
    held_before: bool = False  # told as the tier held before another ('GOLD (neu, zuvor Silber)')


def _mentions_in(found: DocumentEntities, start: int, end: int, labels) -> list:
    return [m for m in found.mentions if start <= m.start and m.end <= end and m.label in labels]


def _awarding_body(found: DocumentEntities, start: int, end: int) -> str | None:
    for mention in _mentions_in(found, start, end, (ORG, PROGRAMME)):
        if mention.entity.canonical in ruleset.active().awarding_bodies():
            return mention.entity.canonical
    return None


def label_rows(doc, found: DocumentEntities, tier_spans, dates) -> list[LabelRow]:
    """Rows for every sentence where a tier is a label a named cluster got or holds."""
    rows: list[LabelRow] = []
    by_sentence: dict[int, list] = {}
    sentences = doc_sentences(doc)
    doc_text = view(doc).text
    starts = [s.start_char for s in sentences]
    programme_names = [(m.start, m.end) for m in found.mentions if m.label == PROGRAMME
                       and not label_rules().label_word.search(m.text)]  # (not 'GOLD-Zertifikat der X-Initiative')
    for span in tier_spans:
        if _step_before_another(doc_text, span) or _inside(span, programme_names):
            continue  # ('vom Silber- zum Gold-Label': no tier of its own; 'the Golden Velmora competition': a name's word)
        index = max(bisect.bisect_right(starts, span.start_char) - 1, 0)
        by_sentence.setdefault(index, []).append(span)
    clusters_in_doc = [e for e in found.entities if e.label == CLUSTER]
    main = _publishing_network(found, clusters_in_doc) or main_cluster(clusters_in_doc)
    titled = main or title_cluster(clusters_in_doc) or (_title_network(found) if not clusters_in_doc else None)
    speaker = main or framing_cluster(clusters_in_doc, footer_start(doc_text))
    fallback = main if len(clusters_in_doc) == 1 else None
    unnamed_awards: list[tuple[int, str]] = []  # (sentence, tier) of awards that name no recipient
    prize_told = False  # a tier won at a prize or competition told so far
    for index, spans in sorted(by_sentence.items()):
        sentence = sentences[index]
        text = sentence.text
        year_above = _year_line_above(doc_text, sentence.start_char)  # ('2015 ⏎ Bronze-Label (ESCA)')
        history_line = label_rules().history_line.match(text) is not None \
            or _timeline_entry(doc_text, sentence.start_char) or year_above is not None  # "- 2017 – Silber", "2014: Bronze"
        tier_line = label_rules().tier_line.match(text) is not None  # "Gold: A, B", "- A, Portugal – Gold"
        if not (has_label_context(text) or history_line or tier_line or _closes_entry(doc_text, sentence)
                or label_rules().field_line.match(text)):  # ('Previous | Bronze (2016), Silver (2019)')
            continue
        if label_rules().coordinated_tiers.search(text):
            continue
        spans = [s for s in spans  # (a denied tier, 'Der Weg zu Gold war lang: 2015 ... Bronze', parts no sentence)
                 if not label_rules().negated.search(doc_text, max(0, s.start_char - NEGATION_REACH), s.start_char)]
        segments = tier_segments(doc_text, spans, sentence.start_char, sentence.end_char)
        prize_told = prize_told or any(won_at_a_prize(doc_text, s) for s in spans)
        spans = [s for s in spans if not _told_in_general(doc_text, s, segments[s.id_]) and not _another_prize(doc_text, s)]
        if prize_told and not label_rules().label_word.search(text):
            continue  # ('Gold beim Netzwerkpreis X ... Silber ging an Y, Bronze an Z': the prize's other places)

        if not spans:
            continue
        previous = next((s for s in reversed(sentences[:index]) if s.text.strip()), None)
        clusters, is_award = _statement_subjects(found, doc_text, sentence, spans, history_line,
                                                 main, fallback, titled, speaker, previous)
        is_award = is_award or (tier_line and bool(clusters))
        if not clusters:
            if len({s.id_ for s in spans}) == 1 and has_award_words(text):
                unnamed_awards.append((index, spans[0].id_))  # 'Three clusters have been awarded GOLD.'
            continue
        in_sentence = [d for d in dates if sentence.start_char <= d.start < sentence.end_char
                       and (history_line or not _is_stamp(doc_text, d))]  # '2016 – Bronze-Label': its year
        if label_rules().other_certificate.search(text):
            in_sentence = [d for d in in_sentence if not _of_another_certificate(doc_text, d, sentence, spans)]
        periods = [m.span() for m in PERIOD_FOR.finditer(doc_text, sentence.start_char, sentence.end_char)]
        if periods:  # ('... and secures regional funding for 2023-2024': a period of something else)
            in_sentence = [d for d in in_sentence if not any(s <= d.start < e for s, e in periods)]
        valid_until = next((d.value for d in in_sentence if d.role == "valid_until"), None)
        body = _awarding_body(found, sentence.start_char, sentence.end_char)
        denied = label_rules().denied_award.search(text) is not None
        sentence_rows, steps = len(rows), []
        for cluster, cluster_spans in clusters:
            for tier in sorted({s.id_ for s in cluster_spans}):
                start, end = segments[tier]
                in_segment = [d for d in in_sentence if start <= d.start < end]
                tier_spans_here = [s for s in cluster_spans if s.id_ == tier]
                attached = _attached_date(doc_text, tier_spans_here, in_segment)
                award_dates = _award_dates(doc_text, in_segment, is_award) or []
                held_since = _held_since(doc_text, in_segment, tier_spans_here)
                renewed = next((d for d in in_segment if d is not held_since and d.role in ("awarded", "other")
                                and d.value[:4] != held_since.value[:4]), None) if held_since else None
                if renewed is not None and is_award and len(award_dates) == 1 and tells_award(text):
                    award_dates = [held_since, renewed]  # 'seit 2017 führt ..., im Dezember 2023 bestätigt'
                elif held_since is not None and award_dates == [None]:
                    award_dates = [held_since]  # 'sind seit 2023 Bronze-gelabelt': held since then
                before_tier = _date_before_tier(doc_text, in_segment, tier_spans_here)
                if award_dates == [None]:  # 'Ein erster Meilenstein war 2015 das Bronze-Label'
                    award_dates = [before_tier]
                elif _renewed_after_tier(doc_text, tier_spans_here, before_tier, award_dates, end):
                    award_dates = [before_tier, *award_dates]  # '2020 folgte das Gold-Label, das 2023 bestätigt wurde'
                if award_dates == [None] and label_rules().same_time.search(doc_text, start, end):
                    award_dates = [max((d for d in in_sentence if d.end <= start and d.role != "valid_until"),
                                       key=lambda d: d.start, default=None)]  # '... Bronze in the same month'
                until = valid_until if len(segments) == 1 else next(  # the tier's own clause
                    (d.value for d in in_segment if d.role == "valid_until"), None)
                if attached and attached not in award_dates:  # (and a renewal after it: 'in 2020, renewed in 2022')
                    renewals = [d for d in award_dates if d is not None and d.start > attached.end
                                and label_rules().renewal.search(doc_text, attached.end, d.start)]
                    award_dates = [attached, *renewals] if len(award_dates) < 2 else [attached, *award_dates]
                listed = _earlier_awards_listed(doc_text, in_segment) if is_award else []
                news = next((d for d in in_segment if d.role in ("awarded", "other") and d not in listed), None)
                if listed and news is not None:  # 'im Februar 2024 zum dritten Mal nach 2018 und 2021 verliehen'
                    award_dates = sorted({id(d): d for d in [news, *listed]}.values(), key=lambda d: d.start)
                earlier = _earlier_award(doc_text, in_segment) if is_award else None
                if earlier is not None and earlier not in award_dates and any(d is not None for d in award_dates):
                    award_dates = [earlier, *award_dates]  # 'im Oktober 2023 nach 2021 erneut mit Silber ausgezeichnet'
                elif earlier is not None and award_dates == [earlier] \
                        and label_rules().renewal.search(doc_text, start, earlier.start):
                    award_dates = [earlier, None]  # 'renewed its Silver label, which it first obtained in 2021'
                award_dates += _dates_told_again(doc_text, in_segment, award_dates)  # ('renewed in 2020 and again in 2022')
                more = [d for d in _each_attached_date(doc_text, tier_spans_here, in_sentence) if d not in award_dates]
                if more:  # 'Gold in 2020 and Gold again in 2023': two awards
                    award_dates = sorted([d for d in award_dates if d is not None] + more, key=lambda d: d.start)
                held_before = all(EARLIER_TIER.search(doc_text, max(0, s.start_char - 12), s.start_char)
                                  for s in tier_spans_here)  # ('GOLD (neu, zuvor Silber)': no award of this round)
                latest = max((d.value for d in award_dates if d is not None), default=None) \
                    if None not in award_dates else None  # (an undated renewal is the latest award)
                for award_date in award_dates:
                    holds_since = award_date is not None and label_rules().holds_since.search(
                        doc_text, max(0, award_date.start - 12), award_date.start) is not None
                    if held_before and award_date is not None \
                            and award_date.start < min(s.start_char for s in tier_spans_here):
                        steps.append(len(rows))  # ('In 2024 X moved up from Silver to Gold': the step's date)
                    rows.append(LabelRow(cluster, tier, _finest_of_year(award_date, in_segment, award_dates),
                                         until if award_date is None or award_date.value == latest else None,
                                         body, text.strip(),  # (a history's validity is its last award's)
                                         is_award and not holds_since and not (denied and award_date is None),
                                         held_before=held_before))  # ("held Gold since 2015"; 'did not renew its
                # GOLD label': no award, the one held)
        _date_to_the_step_s_tier(rows[sentence_rows:], [rows[i] for i in steps])
        if year_above is not None:
            for row in rows[sentence_rows:]:
                row.awarded = row.awarded or year_above  # (a flattened timeline: the year's cell above)
        first_tier, last_tier = min(s.start_char for s in spans), max(s.start_char for s in spans)
        if not label_rules().contrast_break.search(doc_text, first_tier, last_tier):  # ('A got Bronze, while B renewed Silver')
            _one_date_for_every_recipient(rows[sentence_rows:], {d.value for d in in_sentence if d.start < first_tier})
    for row in rows:
        if row.cluster.label == ORG:
            as_cluster(row.cluster)  # (the publishing network whose labels the release tells)
    rows += _tier_table_label_rows(found, doc_text, dates)
    rows += _recipients_named_after(unnamed_awards, sentences, by_sentence, found, dates)
    _date_from_other_sentences(rows, sentences, dates, found)
    _dates_of_the_same_occasion(rows, sentences)
    _date_from_introducing_line(rows, sentences, dates, found, doc_text)
    _dates_on_entry_lines(rows, sentences, dates, found, doc_text)
    _date_rows_of_tier(rows, sentences, by_sentence, dates, found, doc_text)
    rows += _renewals_told_after(rows, sentences, dates, found)
    _validity_from_other_sentences(rows, sentences, dates, found)
    _dates_of_flattened_rows(rows, sentences, dates, found, doc_text)
    _dates_of_timeline_entries(rows, sentences, dates, doc_text)
    published = next((d.value for d in dates if d.role == "published"), None)
    return merge_rows(rows, published)


def _date_to_the_step_s_tier(rows: list[LabelRow], dated_before_held_tier: list[LabelRow]) -> None:
    """'In 2024 the Velmo Cluster moved up from Silver to Gold': a date before the tier held
    before dates the step, the award of the other tier of that cluster in the sentence (a
    date after it is its own: 'from Silver (2021) to Gold')."""
    for row in dated_before_held_tier:
        if row.awarded is not None:
            step = next((r for r in rows if r.cluster is row.cluster and not r.held_before and r.awarded is None), None)
            if step is not None:
                step.awarded, row.awarded = row.awarded, None


def _dates_of_timeline_entries(rows: list[LabelRow], sentences, dates, doc_text: str) -> None:
    """A chronicle's entry, a date alone on its line over what happened ('März 2012⏎Als erstes
    Netzwerk erhält das X das Bronze-Label', '2020⏎Erfolgreiche Rezertifizierung auf GOLD-Niveau'):
    that date dates the undated awards of the entry's first sentence."""
    if not any(row.awarded is None and row.is_award for row in rows):
        return  # (every award dated: most documents)
    for sentence in sentences:
        above_end = doc_text.rfind("\n", 0, sentence.start_char)
        if above_end <= 0 or doc_text[above_end:sentence.start_char].strip():
            continue  # (the sentence opens no line)
        above_start = doc_text.rfind("\n", 0, above_end) + 1
        date = next((d for d in dates if above_start <= d.start and d.end <= above_end and d.role != "published"
                     and len(d.value) < 10 and not doc_text[above_start:d.start].strip()
                     and not doc_text[d.end:above_end].strip()), None)  # (a year or a month: a day over a
        # headline is a news item's date, '05 Sep 2024⏎From Gold to Gold: X recertified')
        if date is None:
            continue
        for row in rows:
            if row.evidence == sentence.text.strip() and row.awarded is None and row.is_award:
                row.awarded, row.dated_elsewhere = date.value, True


def _dates_of_flattened_rows(rows: list[LabelRow], sentences, dates, found: DocumentEntities, doc_text: str) -> None:
    """A table's row as text extraction flattens it, a cell a line ('Velmora Cluster⏎Gold⏎03/2024⏎
    03/2026'): a tier alone on its line under a line that is a cluster's name, over lines that are
    dates, dates that cluster's undated row of that tier (the first date its award, a later second
    its validity)."""
    for sentence in sentences:
        tier = label_rules().tier_of.get(sentence.text.strip().casefold())
        if tier is None:
            continue
        above_end = doc_text.rfind("\n", 0, sentence.start_char)
        above_start = doc_text.rfind("\n", 0, max(above_end, 0)) + 1
        named = next((m.entity for m in found.starting_at(above_start) if m.label == CLUSTER
                      and doc_text[m.end:above_end].strip() == ""), None) if above_end > 0 else None
        below = _date_lines_after(doc_text, sentence.end_char, dates)
        if named is None or not below:
            continue
        for row in rows:
            if row.cluster is named and row.tier == tier and row.awarded is None:
                row.awarded, row.dated_elsewhere = below[0].value, True
                if len(below) > 1 and below[1].value > below[0].value:
                    row.valid_until = row.valid_until or below[1].value


def _date_lines_after(doc_text: str, end: int, dates) -> list:
    """The dates alone on the (at most two) lines right after position `end`."""
    out, position = [], end
    for _ in range(2):
        match = DATE_LINE.match(doc_text, position)
        date = next((d for d in dates if match and match.start() <= d.start < match.end()), None)
        if date is None:
            break
        out.append(date)
        position = match.end() - (1 if doc_text[match.end() - 1:match.end()] == "\n" else 0)
    return out


RECIPIENTS_REACH = 2  # the sentences after an award naming no recipient that may name them


def _recipients_named_after(unnamed_awards: list[tuple[int, str]], sentences, by_sentence: dict,
                            found: DocumentEntities, dates) -> list[LabelRow]:
    """'Three cluster organisations have been awarded the label GOLD. X, Y and Z received
    the label on 12 July 2022.': an award of one tier that names no recipient, then, within
    two sentences, an award sentence about the label that names no tier and names
    clusters: each of them got that tier, dated by the second sentence (else the first)."""
    rows = []
    for index, tier in unnamed_awards:
        after = [i for i in range(index + 1, min(len(sentences), index + 1 + RECIPIENTS_REACH))
                 if sentences[i].text.strip()]
        for later in after:
            sentence = sentences[later]
            if later in by_sentence or not label_rules().label_word.search(sentence.text) \
                    or not has_award_words(sentence.text):
                continue
            recipients = [e for e in _entities_in(found, sentence.start_char, sentence.end_char) if e.label == CLUSTER]
            if not recipients:
                continue
            told = [d for d in dates if sentence.start_char <= d.start < sentence.end_char]
            first = sentences[index]
            date = _news_date([d for d in told if d.role in ("awarded", "other")]) or _news_date(
                [d for d in dates if first.start_char <= d.start < first.end_char and d.role == "awarded"])
            until = next((d.value for d in told if d.role == "valid_until"), None)
            body = _awarding_body(found, first.start_char, first.end_char) \
                or _awarding_body(found, sentence.start_char, sentence.end_char)
            rows += [LabelRow(cluster, tier, date, until, body, sentence.text.strip(), True) for cluster in recipients]
            break
    return rows


def _one_date_for_every_recipient(rows: list[LabelRow], told_before_tiers: set[str]) -> None:
    """'Am 9. April 2024 verlieh ESCA dem A das Gold-Label, dem B und dem C jeweils das
    Silber-Label', 'Im Herbst 2022 erhielten A das Gold-, B das Silber-Label': the one date
    a sentence tells before the awards of several tiers to different clusters, in one
    statement, dates the rows whose own clause has none. A date after the first tier
    belongs to its clause ('A holds Gold, B was awarded Silver in 2021'); one cluster
    under two tiers is a step ('moved up from Bronze to Silver in 2020') whose earlier
    tier keeps no date."""
    if len({row.tier for row in rows}) < 2 or not all(row.is_award for row in rows):
        return
    clusters_of_tier: dict[str, set[int]] = {}
    for row in rows:
        clusters_of_tier.setdefault(row.tier, set()).add(id(row.cluster))
    if len(set().union(*clusters_of_tier.values())) < sum(map(len, clusters_of_tier.values())):
        return  # (a cluster under two tiers)
    told = {row.awarded for row in rows if row.awarded is not None}
    if len(told) == 1 and told <= told_before_tiers:
        for row in rows:
            row.awarded = row.awarded or next(iter(told))


# A date that opens its line, after at most three words ('Brussels, March 2021'), and a dash
# after it: the stamp of a news item ('March 2021 – The Velmora Cluster has received ...').
STAMP_BEFORE = regex.compile(r"(?:^|\n)[ \t]*(?:[\p{L}.]+,?[ \t]+){0,3}$")
STAMP_AFTER = regex.compile(r"[ \t]*(?:/[^/\n]{2,30}/[ \t]*)?(?:--|[–—-])[ \t]")  # (a wire's: ' /PRNewswire/ --')


def _is_stamp(text: str, date) -> bool:
    """Whether a date is the stamp of the news item it opens, which dates the news, not
    the award (a list of dated items: 'May 2022 – ...', 'March 2021 – X has received')."""
    return STAMP_AFTER.match(text, date.end) is not None and \
        STAMP_BEFORE.search(text, max(0, date.start - 40), date.start) is not None


# What follows a truncated tier ('das Bronze- und 2018 das Silber-Label') when it is an
# award of its own: a coordination of awards, not a step to the next tier ('vom Silber- zum Gold-Label').
TRUNCATED_TIER_COORDINATED = regex.compile(r"[ \t]*(?:,|und\b|sowie\b)")


# A period something is for ('for 2023-2024', 'für 2021–2027'): its years date no award.
PERIOD_FOR = regex.compile(r"\b(?:for|für)[ \t]+(?:the[ \t]+years[ \t]+|die[ \t]+jahre[ \t]+)?(?:19|20)\d\d[ \t]*[–—/-][ \t]*(?:19|20)?\d\d\b",
                           regex.IGNORECASE)


def _of_another_certificate(text: str, date, sentence, spans) -> bool:
    """'Das Netzwerk trägt seit Dezember 2022 das Bronze-Label; das Clustermanagement ist
    darüber hinaus seit 2021 nach ISO 9001 zertifiziert': a date in a clause (between the
    sentence's contrast breaks) that names another certificate or standard and no tier
    dates that one, not the label."""
    breaks = list(label_rules().contrast_break.finditer(text, sentence.start_char, sentence.end_char))
    start = max((m.end() for m in breaks if m.end() <= date.start), default=sentence.start_char)
    end = min((m.start() for m in breaks if m.start() >= date.end), default=sentence.end_char)
    return label_rules().other_certificate.search(text, start, end) is not None \
        and not any(start <= span.start_char < end for span in spans)


def _inside(span, names: list[tuple[int, int]]) -> bool:
    return any(start <= span.start_char and span.end_char <= end for start, end in names)


def _another_prize(text: str, span) -> bool:
    """A tier word of another prize or rating: 'a gold medal', 'took Gold at the X Awards',
    'LEED Gold' (its span still bounds the clauses of its sentence)."""
    return label_rules().other_prize.match(text, span.end_char) is not None or won_at_a_prize(text, span) \
        or label_rules().rating_system.search(text, max(0, span.start_char - 30), span.start_char) is not None


def _step_before_another(text: str, span) -> bool:
    """A truncated tier that is the step before another ('vom Silber- auf das Gold-Niveau'),
    not an award of its own ('erhielt 2013 das Bronze- und 2018 das Silber-Label')."""
    return span.text.endswith("-") and not TRUNCATED_TIER_COORDINATED.match(text, span.end_char)


def is_label_statement(sentence_text: str) -> bool:
    """Whether a sentence with a tier word speaks of labels at all: a label word or
    verb, a dated history line, or a line pairing clusters with a tier."""
    return bool(has_label_context(sentence_text) or label_rules().history_line.match(sentence_text)
                or label_rules().tier_line.match(sentence_text))


@lru_cache(maxsize=1)
def _network_name() -> regex.Pattern:
    """A network's name that says it acts as a cluster ([cluster] acting_network_words)."""
    return word_pattern(r"%(cluster.acting_network_words)s", regex.IGNORECASE)


def main_cluster(clusters: list[Entity]) -> Entity | None:
    """The cluster the release is about: the one mentioned most often, if one is."""
    counts = sorted((len(c.mentions) for c in clusters), reverse=True)
    if not counts or (len(counts) > 1 and counts[0] == counts[1]):
        return None
    return max(clusters, key=lambda c: len(c.mentions))


# Where a release names the cluster it is about in its title (the first few lines of the text).
TITLE_CHARS = 200


# How many of a page's last non-empty lines are its footer, which may name whose page it is.
FOOTER_LINES = 2


def footer_start(text: str) -> int:
    """Where the page's footer starts: its last FOOTER_LINES non-empty lines."""
    position = len(text.rstrip())
    for _ in range(FOOTER_LINES):
        position = text.rfind("\n", 0, position)
        while position > 0 and not text[text.rfind("\n", 0, position) + 1:position].strip():
            position = text.rfind("\n", 0, position)  # (past blank lines)
        if position <= 0:
            return 0
    return position


def framing_cluster(clusters: list[Entity], footer: int) -> Entity | None:
    """Of the clusters named most often (as often as others), the one named in the header or
    else the footer of a page ('Kattegat Maritime Cluster ⏎ Home About ...', '... ⏎ North Sea
    Aquaculture Cluster · Hirtshals'): whose page it is, and so whom 'we' and 'unser Cluster'
    mean when no one cluster is named most often."""
    named_most = _named_most(clusters)  # (not a newsletter's title named once)
    for framed in ([c for c in named_most if any(m.start < TITLE_CHARS for m in c.mentions)],
                   [c for c in named_most if any(m.start >= footer for m in c.mentions)]):
        if len(framed) == 1:
            return framed[0]
    return None


def title_cluster(clusters: list[Entity]) -> Entity | None:
    """Of the clusters mentioned most often, the only one the title names ('Jahresbericht
    2022 ⏎ Netzwerk X e.V.' above a timeline of X's labels): the cluster a history line
    without a name ('2017 Erstes Benchmarking: Bronze-Label') speaks of when no one cluster
    is mentioned most."""
    in_title = [c for c in _named_most(clusters) if min(m.start for m in c.mentions) < TITLE_CHARS]
    return in_title[0] if len(in_title) == 1 else None


def _title_network(found: DocumentEntities) -> Entity | None:
    """On a page that names no cluster, the one network or association its title names ('X
    Network timeline' above dated tier lines): the cluster its history lines speak of."""
    in_title = [e for e in found.entities if e.label == ORG and e.org_type in ("network", "association")
                and not e.fixed_canonical and min(m.start for m in e.mentions) < TITLE_CHARS]
    return in_title[0] if len(in_title) == 1 else None


def _publishing_network(found: DocumentEntities, clusters: list[Entity]) -> Entity | None:
    """'TexNet X e.V. ⏎ Jahresbericht 2023' in every page's header, a partner network named once:
    the one network or association the title names, named more often than every cluster (twice
    at least), is whom the release is about, the cluster of its 'unser Clustermanagement'."""
    most = max((len(c.mentions) for c in clusters), default=0)
    cluster_keys = {name_key(form) for c in clusters for form in c.forms}
    titled = [e for e in found.entities if e.label == ORG and e.org_type in ("network", "association")
              and not any(name_key(form) in cluster_keys for form in e.forms)  # ('X e.V.' beside the cluster X)
              and not e.fixed_canonical and len(e.mentions) > max(most, 1)
              and min(m.start for m in e.mentions) < TITLE_CHARS
              and not any("cluster" in form.casefold() for form in e.forms)]  # (not 'X Cluster-Allianz e.V.', an umbrella)
    return titled[0] if len(titled) == 1 else None


def _named_most(clusters: list[Entity]) -> list[Entity]:
    """The clusters mentioned as often as the one mentioned most."""
    most = max((len(c.mentions) for c in clusters), default=0)
    return [c for c in clusters if len(c.mentions) == most]


def tells_award(text: str) -> bool:
    """The text tells an award: an award verb or noun, not one of a plan or purpose ('um das
    Gold-Label zu erhalten', 'die Rezertifizierung ist für 2024 vorgesehen')."""
    return bool(label_rules().award.search(label_rules().intended_award.sub(" ", text)))


@lru_cache(maxsize=4096)
def has_award_words(text: str) -> bool:
    """Whether the award pattern (an award verb or noun) occurs in `text`. Cached: a pure
    function of the text, and the label rules ask it of the same sentence about twice."""
    return label_rules().award.search(text) is not None


@lru_cache(maxsize=4096)
def has_label_context(text: str) -> bool:
    """Whether the label-context pattern occurs in `text` (the sentence speaks of a label).
    Cached: the cluster context rules and the label rows ask it of the same sentences."""
    return label_rules().context.search(text) is not None


@lru_cache(maxsize=4096)
def in_general(clause: str) -> bool:
    """A clause that speaks of a tier in general ('aims for Gold', 'who do not already
    hold a Gold label') and tells no award (an award verb of a plan or purpose, 'um das
    Gold-Label zu erhalten', tells none); a tier's own level ('X (silver level)') is no
    talk of levels. Cached: a pure function of the clause, which the label rules ask
    about again for each tier and statement in it (nearly half the calls)."""
    if "level" in clause or "Level" in clause:
        clause = label_rules().tier_level.sub(r"\1", clause)
    return bool(label_rules().generic.search(clause)) and not tells_award(clause)  # 'plant, Gold zu erhalten'


# What ends a statement after its tier: a semicolon, or a spaced dash before a lower-case word.
STATEMENT_STOP = regex.compile(r";|[ \t][–—][ \t]+(?=\p{Ll})")


ONE_OF_REACH = 60  # characters before the plural noun within which 'einer von', 'one of' stands


def _told_in_general(text: str, span, segment: tuple[int, int]) -> bool:
    """Whether the tier's clause (_held_clause, read once) is talk in general or tells of
    clusters of a kind."""
    clause = _held_clause(text, span, segment)
    return in_general(text[slice(*clause)]) or _held_by_clusters_of_a_kind(text, span, segment, clause[0])


def _held_by_clusters_of_a_kind(text: str, span, segment: tuple[int, int], clause_start: int) -> bool:
    """'Steirische Cluster, die bereits ein gültiges Gold-Label besitzen, unterstützt das Land':
    the tier's clause (opening at `clause_start`) opens with a plural cluster noun's relative
    pronoun (labels.toml plural_relative), so it tells of clusters of a kind, none named (unless
    a named one is 'einer von' them, labels.toml one_of_kind)."""
    opening = label_rules().plural_relative.search(text, max(segment[0], clause_start - 40), span.start_char)
    return opening is not None and "," not in text[opening.end():span.start_char] \
        and not label_rules().one_of_kind.search(text, max(segment[0], opening.start() - ONE_OF_REACH), opening.start())
    # (the tier in its relative clause; not 'X ist einer von 30 Clustern, die Gold tragen': X is one of them)


QUOTE_CHARS = "\"“”„»«"
QUOTE_MARK = regex.compile(f"[{QUOTE_CHARS}]")


def _tells_no_label(clause: str) -> bool:
    """', while B is preparing its first benchmarking': a clause that tells no award and no
    holding (not ', while B has held it since 2021'), so what it names holds no tier before it."""
    return not has_award_words(clause) and label_rules().hold.search(clause) is None


def _held_clause(text: str, span, segment: tuple[int, int]) -> tuple[int, int]:
    """The part of a tier's segment that says whether it is talk in general: the clause of
    the tier when that clause says a cluster holds it ('Auf dem Weg zum Label hat X mit Y
    zusammengearbeitet, der seit 2020 das Gold-Label führt': Y holds Gold, whatever the
    clause before intends), else the whole segment ('bereitet sich vor, um Gold zu erhalten'),
    no further than a semicolon or a contrast that tells no label ('Silber seit 2020; das
    Gold-Assessment ist geplant', 'A holds Silver, while B is preparing': two statements, the
    plan no talk of the Silver), nor back past a colon after which an award or holding is told
    ('Three of the partners hold labels: A and B have reached Gold')."""
    start, end = segment
    stop = STATEMENT_STOP.search(text, span.end_char, end)  # ('Silber seit 2020; Gold ist geplant': two statements,
    end = stop.start() if stop else end  # and so 'trägt das Bronze-Label – den Weg zu Silber wollen wir gehen')
    contrast = label_rules().contrast_break.search(text, span.end_char, end)
    end = contrast.start() if contrast and _tells_no_label(text[contrast.start():end]) else end  # ('A and B hold
    # Silver, while C is preparing its first benchmarking': the plan is C's, no talk of the Silver)
    start = max(start, text.rfind(";", start, span.start_char) + 1)
    colon = text.rfind(": ", start, span.start_char)
    if colon != -1 and (label_rules().award.search(text, colon, end) or label_rules().hold.search(text, colon, end)
                        or text[span.start_char - 1:span.start_char] == "("):
        start = colon + 1  # 'Three of the partners hold labels: A and B have reached Gold', 'Three of them
        # hold a label: A (Gold), B (Silver)': a statement of its own, each name with its tier
    segment = (start, end)
    breaks = list(label_rules().clause_break.finditer(text, start, span.start_char))
    clause_start = breaks[-1].end() if breaks else start
    after = label_rules().clause_break.search(text, span.end_char, end)
    clause_end = after.start() if after else end
    if (clause_start, clause_end) != segment and (label_rules().hold.search(text, clause_start, clause_end) or (
            in_general(text[clause_start:clause_end]) and not tells_award(text[clause_end:end]))):
        return clause_start, clause_end  # (or a clause of its own that is talk in general, no award told after
    return segment                       # it: ', der sich auf das Bronze-Label vorbereitet', whatever came before)


def _after_preface(sentence_text: str, first_tier: int) -> int:
    """Where the statement of a tier at `first_tier` starts, past a preface a colon closes
    before it ('Vielleicht haben Sie es schon gelesen: Seit März dürfen wir uns ... schmücken'):
    its anaphor ('wir') is the recipient, not one of the preface's ('es'); 0 without such a colon."""
    return sentence_text.rfind(": ", 0, max(first_tier, 0)) + 1


def _antecedent(found: DocumentEntities, doc_text: str, sentence_text: str, sentence_start: int,
                main: Entity | None, speaker: Entity | None, statement_start: int = 0) -> Entity | None:
    """What 'the cluster', 'das Netzwerk', 'it', 'we' in an award sentence refers to:
    for 'we', 'unser' the `speaker` (the main cluster, or the one the page's header or footer
    names); the release's main cluster when it was named more often than the cluster named last (a
    release speaks of its own cluster, whatever partners it names between), unless the paragraph
    of the sentence names the one named last and not the main one (a partner's own section of a
    project page: 'X Cluster – Groningen ⏎ X Cluster connects ... The network achieved Bronze'); otherwise the
    cluster named last before the sentence (always so for 'dessen' and a possessive, 'Sein Netzwerk' after
    its manager was named), or a network or association named after it
    whose name says so ('Batterienetzwerk X e.V.', for 'das Netzwerk' or 'es'), which the
    text thereby shows to be the cluster; when no cluster is named before it, `main` (the
    network that publishes the release: 'Unter seinem Vorsitz erhielt das Clustermanagement
    ... das Silber-Label' on the pages of 'X e.V.')."""
    anaphor = (statement_start and _anaphor(sentence_text, statement_start)) or _anaphor(sentence_text)
    if anaphor is None or not (has_award_words(sentence_text) or label_rules().hold.search(sentence_text)):
        return None
    if anaphor["speaker"]:
        return _quoted_speakers_cluster(found, doc_text, sentence_text, sentence_start) or speaker
    before = sorted((m for m in found.mentions if m.end <= sentence_start), key=lambda m: m.start)
    named_before = [m.entity for m in before if m.label == CLUSTER]
    possessive = anaphor.group().split(" ", 1)[0].casefold() in vocabulary().word_lists["context.possessives"]
    noun = (anaphor["noun"] or "").casefold()
    holder = _named_by_foreign_head(noun, named_before, main)
    if holder is not None:
        return holder  # ('2018 hatte der Grozd noch Bronze erhalten': the Grozd named before, not the main cluster)
    if main is not None and named_before and not anaphor["demonstrative"] and not possessive \
            and named_before.count(main) >= 2 and named_before.count(main) > named_before.count(named_before[-1]) \
            and not _paragraph_of(named_before[-1], main, before, doc_text, sentence_start) \
            and not (anaphor["pronoun"] and _last_cluster_in_paragraph(before, doc_text, sentence_start)):
        return main  # 'das Clustermanagement' after a partner named once: the release's own
    for mention in reversed(before):
        if mention.label == CLUSTER:
            return mention.entity
        if mention.label == ORG and mention.entity.org_type in ("network", "association") and \
                mention.entity.canonical not in ruleset.active().awarding_bodies() and (
                noun in mention.text.casefold() if noun else _network_name().search(mention.text)):
            as_cluster(mention.entity)
            return mention.entity
    if main is not None and not named_before and anaphor["noun"] and sentence_start >= TITLE_CHARS \
            and not label_rules().plural_subject.search(sentence_text) \
            and not NAME_GOES_ON.match(sentence_text, anaphor.end()):  # (not 'the Cluster Management Excellence Label')
        return main  # (no cluster named before: the release's publishing network; a headline's may be any)
    return None


NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")  # a capitalised word after an anaphor's noun: a name's part


QUOTE_OPENING = regex.compile(rf"[ \t\n]*[{QUOTE_CHARS}]")
QUOTE_BEFORE = regex.compile(rf"[{QUOTE_CHARS}][ \t]*$")
# A role right after a cluster's name ("X's cluster manager, Y, ... 'We have ...'") or right before it
# ('Y, managing director of X'), in the words of people.toml's roles: whose 'we' a quote is.
POSSESSIVE_ROLE = regex.compile(r"['’]s[ \t]+(?:[\p{L}-]+[ \t]+)?(?P<role>[\p{L}-]+)")
ROLE_BEFORE = regex.compile(r"(?P<role>[\p{L}-]+)[ \t]+(?:of|at|des|der|vom|von|bei)[ \t]+(?:the[ \t]+)?$")


def _quoted_speakers_cluster(found: DocumentEntities, doc_text: str, sentence_text: str,
                             sentence_start: int) -> Entity | None:
    """Whose 'we' a quotation is: "Pohjanmaa Food Valley's cluster manager, Heidi X, then
    presented ... 'We have held the Silver label since May 2022,' she said": the cluster named
    last in the paragraph before the quote, when a role ties a person to it there; else None
    (the release's own speaker)."""
    if not (QUOTE_OPENING.match(sentence_text) or QUOTE_BEFORE.search(doc_text, max(0, sentence_start - 3), sentence_start)):
        return None
    paragraph_start = _section_start(doc_text, sentence_start)
    last = max((m for m in found.mentions if m.label == CLUSTER and paragraph_start <= m.start and m.end <= sentence_start),
               key=lambda m: m.start, default=None)
    if last is None:
        return None
    after = POSSESSIVE_ROLE.match(doc_text, last.end)
    before = ROLE_BEFORE.search(doc_text, max(0, last.start - 50), last.start)
    roles = [match["role"].casefold() for match in (after, before) if match is not None]
    return last.entity if any(is_role_word(role) for role in roles) else None


def _named_by_foreign_head(noun: str, named_before: list[Entity], main: Entity | None) -> Entity | None:
    """'der Klaster' in a release about the 'Plzeňský klastr Y', after the 'Dolnośląski Klaster X':
    for an anaphor's noun that is a cluster's head in another language (no German or English
    word: 'the cluster' may be any), the cluster named last before whose name holds it, when none
    of the main cluster's names does; else None."""
    if not noun or " " in noun or not is_rare_word(noun, "de") or not is_rare_word(noun, "en"):
        return None
    def holds(entity: Entity) -> bool:
        return any(noun in name_key(form).split() for form in entity.forms)
    if main is not None and holds(main):
        return None
    return next((entity for entity in reversed(named_before) if holds(entity)), None)


def _last_cluster_in_paragraph(before: list, doc_text: str, sentence_start: int) -> bool:
    """Whether the cluster named last before the sentence at `sentence_start` is named in its
    paragraph: a pronoun ('Er wurde ... ausgezeichnet') refers to it, the release's main
    cluster or not ('Neu ist der Kunststoffverbund X. Er wurde ...')."""
    paragraph_start = doc_text.rfind("\n\n", 0, sentence_start) + 2
    last = next((m for m in reversed(before) if m.label == CLUSTER), None)
    return last is not None and last.start >= paragraph_start


def _paragraph_of(last: Entity, main: Entity, before: list, doc_text: str, sentence_start: int) -> bool:
    """Whether the paragraph holding the sentence at `sentence_start` (from the blank line
    before it, or its bullet's line: _section_start) opens with the name of the cluster
    `last` (past a bullet, a dateline's place and dash, an article: PARAGRAPH_OPENING) and
    does not name `main`, in the `before` mentions: a section of its own about that cluster."""
    paragraph_start = _section_start(doc_text, sentence_start)
    inside = [m for m in before if m.start >= paragraph_start]
    return bool(inside) and inside[0].entity is last and (inside[0].start == paragraph_start or (
        PARAGRAPH_OPENING.fullmatch(doc_text, paragraph_start, inside[0].start))) \
        and all(m.entity is not main for m in inside)


BULLET_LINE = regex.compile(r"[ \t]*[▪•*·–-][ \t]")


def _bullet_cluster(found: DocumentEntities, doc_text: str, sentence_start: int) -> Entity | None:
    """The one cluster named on a bullet's line before the sentence at `sentence_start`, which
    goes on about it, or None (no bullet, or the sentence opens the line)."""
    line_start = doc_text.rfind("\n", 0, sentence_start) + 1
    if not BULLET_LINE.match(doc_text, line_start):
        return None
    named = {id(m.entity): m.entity for m in found.mentions
             if m.label == CLUSTER and line_start <= m.start and m.end <= sentence_start}
    return next(iter(named.values())) if len(named) == 1 else None


def _dated_tier(text: str) -> bool:
    """'Gold label since 2022': a tier with a year in the sentence."""
    return YEAR.search(text) is not None and label_rules().label_word.search(text) is not None


def _section_start(doc_text: str, sentence_start: int) -> int:
    """Where the section of the sentence at `sentence_start` opens: its bullet's line (a list
    item about one cluster: '• X (France) – A. B., director. The pôle received Silver'), else
    its paragraph (after the blank line before it)."""
    line_start = doc_text.rfind("\n", 0, sentence_start) + 1
    if BULLET_LINE.match(doc_text, line_start):
        return line_start
    return doc_text.rfind("\n\n", 0, sentence_start) + 2


# What may open a paragraph before its cluster's name: a bullet, a dateline's place and a dash
# ('▪ Rzeszów – X renewed its Gold label'), an article.
PARAGRAPH_OPENING = regex.compile(r"[ \t]*(?:[▪•*·-][ \t]*)?(?:\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*)?[ \t]+[–—-][ \t]+)?"
                                  r"(?:(?:The|Der|Die|Das)[ \t]+)?")


def _without_subject(found: DocumentEntities, doc_text: str, sentence, main: Entity) -> bool:
    """An award told in the passive without naming whom ('Im März 2024 wurde das Gold-Label
    erneut bestätigt', 'The Gold label was renewed in 2023'), or by the body that awards it
    ('ESCA confirmed the award of the Silver label'), speaks of the release's main
    cluster when that is the cluster named last before it (the sentence goes on about it)
    or when no cluster is named before it (a university's news of "the network" its
    contact block names). Not when it names a body or person (who may be the recipient),
    another party ('der italienische Partner ist Gold-zertifiziert') or speaks of labels in
    general."""
    text = sentence.text
    if not (label_rules().passive_award.search(text) or _told_by_its_body(found, sentence)) or not tells_award(text) \
            or label_rules().plural_subject.search(text) or label_rules().other_party.search(text):
        return False
    named = [m for m in found.mentions if sentence.start_char <= m.start < sentence.end_char
             and m.label in (ORG, PERSON)
             and m.entity.canonical not in ruleset.active().awarding_bodies()]
    if named:
        return False
    before = [m for m in found.mentions if m.end <= sentence.start_char and m.label == CLUSTER]
    return max(before, key=lambda m: m.start).entity is main if before else True  # (none before: the release's own)


RECIPIENTS_AFTER = regex.compile(r"\b(?:to|an)\b")
COUNTED_LABELS = regex.compile(r"\d[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]*(?:labels|Labels|zertifikate|Zertifikate)\b")


def _told_by_its_body(found: DocumentEntities, sentence) -> bool:
    """'On 7 September 2031 the European Secretariat for Cluster Analysis confirmed the award of
    the Silver label': an awarding body is the sentence's subject (named before any tier) and
    tells an award without naming whom, as the passive does."""
    first_tier = label_rules().tier.search(sentence.text)
    if first_tier is None or RECIPIENTS_AFTER.search(sentence.text, first_tier.end()) \
            or COUNTED_LABELS.search(sentence.text):
        return False  # ('ESCA has awarded the label GOLD to two cluster organisations': recipients after it;
        # 'ESCA has issued over 1,300 Bronze labels': the scheme's figures)
    return any(
        sentence.start_char <= m.start < sentence.start_char + first_tier.start()
        and m.entity.canonical in ruleset.active().awarding_bodies() for m in found.mentions)


def _opens_speaking(text: str) -> bool:
    """Whether the sentence opens with the release speaking ('We are proud holders of ...',
    'Unser Netzwerk trägt ...'): an `anaphor_speaker` word first."""
    opening = label_rules().anaphor.match(text, len(text) - len(text.lstrip(' \t\n"„“')))
    return opening is not None and opening["speaker"] is not None


def _spoken_by_the_release(text: str) -> bool:
    """'our first Gold', 'wir': the sentence speaks for the release's own cluster."""
    return any(match["speaker"] for match in label_rules().anaphor.finditer(text))


def _anaphor(text: str, start: int = 0, end: int | None = None):
    """The first anaphor ('the cluster', 'it', 'we') in text[start:end]; a pronoun in
    capitals is an abbreviation ('IT clusters'), none, and a noun a capitalised word follows
    opens a name ('Die Initiative Kreislaufwirtschaft X hat ...'), none."""
    for match in label_rules().anaphor.finditer(text, start, len(text) if end is None else end):
        if not (match["pronoun"] and len(match["pronoun"]) > 1 and match["pronoun"].isupper()) \
                and not (match["noun"] and (goes_on := NAME_GOES_ON.match(text, match.end()))
                         and not label_rules().tier.match(text, goes_on.end() - 1)):  # ('der Cluster Gold erhalten')
            return match
    return None


TIER_PARENTHESIS = regex.compile(r"(?:[ \t-]*\p{L}+)?[ \t]*\([^()\n]{0,40}\)")  # a tier's own parenthesis after it


YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _own_year_end(text: str, start: int, end: int) -> int | None:
    """Where a year ends that stands right after a tier ending at `start` ('Bronze-Label des
    Jahres 2020', 'Silver label in 2019'), before `end`: that tier's own year, whatever lies
    nearer the next tier."""
    year = YEAR.search(text, start, end)
    return year.end() if year and _tier_to_date().fullmatch(text, start, year.start()) else None


def tier_segments(text: str, spans, start: int, end: int) -> dict[str, tuple[int, int]]:
    """The part of the sentence each tier speaks for: with several tiers ("Gold in 2016
    and Silver in 2012", "2016 das Gold-Label und 2012 das Silber-Label"), the sentence is
    cut at the last clause break between one tier and the next, or after the first one's own
    parenthesis ('from Silver (awarded in 2018) to Gold')."""
    first_of_tier: dict[str, object] = {}
    for span in sorted(spans, key=lambda s: s.start_char):
        first_of_tier.setdefault(span.id_, span)
    firsts = list(first_of_tier.values())
    cuts = [start]
    for before, after in zip(firsts, firsts[1:]):
        breaks = list(label_rules().clause_break.finditer(text, before.end_char, after.start_char))
        aside = TIER_PARENTHESIS.match(text, before.end_char, after.start_char)  # ('Silver (awarded in 2018) to Gold')
        own_year = _own_year_end(text, before.end_char, after.start_char)  # ('vom Bronze-Label des Jahres 2020 auf Silber')
        cuts.append(breaks[-1].start() if breaks else aside.end() if aside else own_year
                    or (before.end_char + after.start_char) // 2)
    cuts.append(end)
    return {span.id_: (cuts[i], cuts[i + 1]) for i, span in enumerate(firsts)}


@lru_cache(maxsize=1)
def _tier_to_date() -> regex.Pattern:
    """What may stand between a tier word and its own date: 'Bronze label in 2020', 'Gold
    Label 2022', 'Silber-Label im Jahr 2015', 'Gold (2019)', 'Gold again in 2023', '(Silver label,
    2023)', a table's cell 'Gold, 2021', 'Silver (awarded in 2018)' (vocabulary.toml [tiers])."""
    return word_pattern(r"[ \t]*(?:-?(?i:%(tiers.date_nouns)s))?,?(?:[ \t]+(?i:%(tiers.date_adverbs)s))?"
                        r"[ \t]*(?:\((?:[ \t]*(?i:awarded|granted|received|verliehen|erhalten)"
                        r"(?:[ \t]+(?i:%(tiers.date_prepositions)s))?)?|(?i:%(tiers.date_prepositions)s))?[ \t]*$")


def _attached_date(text: str, tier_spans, dates):
    """A date right after a tier word and its label noun ('receiving the Bronze label in
    2020'): the tier's own date, whatever else the sentence dates."""
    for span in tier_spans:
        for date in dates:
            if span.end_char <= date.start <= span.end_char + 25 and date.role not in ("valid_until", "published") \
                    and _tier_to_date().fullmatch(text, span.end_char, date.start) \
                    and (text[span.end_char:date.start].strip() != "," or _date_right_before(text, span, dates) is None):
                return date  # ('Gold, 2021', not '2017 Silber, 2020 wurde Silber bestätigt': the next item's)
    return None


# Right before a tier: it is the one held before ('GOLD (neu, zuvor Silber)', 'previously: Bronze',
# 'moved up from Silver to Gold', 'Three years after Silver, X reaches Gold').
EARLIER_TIER = regex.compile(r"(?i)\b(?:zuvor|vorher|bisher|früher|ehemals|previously|formerly|from|von|vom|after|nach)"
                             r"[ \t]*:?[ \t]+$")


# Between a date and the tier right after it: 'CAST 2014 Bronze, 2017 Silber, 2020 wurde Silber
# bestätigt', 'im Herbst 2023 wurde die Gold-Stufe bestätigt' (two lower-case words at most).
DATE_BEFORE_TIER = regex.compile(r"[ \t]+(?:\p{Ll}+[ \t]+){0,2}")


def _date_right_before(text: str, span, dates):
    """A year or date right before a tier word ('2017 Silber', '2020 wurde Silber'), or None."""
    return next((d for d in dates if d.end <= span.start_char and d.role not in ("valid_until", "published")
                 and DATE_BEFORE_TIER.fullmatch(text, d.end, span.start_char)), None)


# 'nach 2021 erneut', 'after 2019 again': a year before a word of repetition names the earlier award.
EARLIER_AWARD_BEFORE = regex.compile(r"(?i)\b(?:nach|after)[ \t]+$")
EARLIER_AWARD_AFTER = regex.compile(r"(?i)[ \t]+(?:erneut|wieder|again|once more)\b")
# 'it first reached in 2019', 'first awarded in 2016': the year of the first award of a tier now renewed.
FIRST_REACHED_BEFORE = regex.compile(r"(?i)\bfirst[ \t]+(?:reached|received|obtained|awarded|achieved|won|gained|earned)"
                                     r"[ \t]+(?:it[ \t]+)?in[ \t]+$")


def _earlier_award(text: str, dates):
    """The date of an earlier award a renewal is told after ('wurde im Oktober 2023 nach 2021
    erneut ausgezeichnet': 2021) or beside ('renewed its Gold label in January 2025 – a level it
    first reached in 2019': 2019), or None."""
    return next((d for d in dates if d.role not in ("valid_until", "published")
                 and ((EARLIER_AWARD_BEFORE.search(text, max(0, d.start - 8), d.start)
                       and EARLIER_AWARD_AFTER.match(text, d.end))
                      or FIRST_REACHED_BEFORE.search(text, max(0, d.start - 40), d.start))), None)


def _earlier_awards_listed(text: str, dates) -> list:
    """The dates of earlier awards listed after 'nach'/'after' ('zum dritten Mal nach 2018 und
    2021', 'after 2019 and 2021'), in order; [] when the statement lists none."""
    first = next((d for d in sorted(dates, key=lambda d: d.start) if d.role not in ("valid_until", "published")
                  and EARLIER_AWARD_BEFORE.search(text, max(0, d.start - 8), d.start)), None)
    return _coordinated_with(text, dates, first) if first is not None else []


def _finest_of_year(award_date, dates, award_dates) -> str | None:
    """The award date's value, or a finer date of the same year the statement gives beside
    it ('2023    Gold Label regained (October 2023, valid until October 2025)': 2023-10),
    when that date is no other award's."""
    if award_date is None:
        return None
    if len(award_date.value) > 4:
        return award_date.value
    finer = [d for d in dates if d.value[:4] == award_date.value and len(d.value) > 4
             and d.role not in ("valid_until", "published") and all(d is not a for a in award_dates)]
    return finer[0].value if len(finer) == 1 else award_date.value


def _each_attached_date(text: str, tier_spans, dates) -> list:
    """The dates attached to each of a tier's words when the sentence names the tier more than
    once, each with a year of its own ('Gold in 2020 and Gold again in 2023', '2017 Silber,
    2020 wurde Silber bestätigt'); else []."""
    if len(tier_spans) < 2:
        return []
    attached = [d for d in (_attached_date(text, [span], dates) or _date_right_before(text, span, dates)
                            for span in tier_spans) if d is not None]
    return attached if len({d.value[:4] for d in attached}) == len(attached) > 1 else []


# How far before a tier its negation may start ('kein Bronze', 'narrowly missed out on the Gold'):
# the longest [negation] phrase and the space after it.
NEGATION_REACH = 32


# Between the dates of a list: 'in 2018, 2020 and 2022', '2019 und 2021'.
DATE_LIST_GAP = regex.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|und|sowie))[ \t]+(?:in[ \t]+)?")


def _award_dates(text: str, dates, is_award: bool) -> list:
    """The award dates of one tier's part of a sentence: every date with the awarded role,
    and every plain one a renewal word leads to, when there are several of different years
    ('received it in 2016 and renewed it in 2019', 'obtained Silver in 2019 and kept it at
    the re-assessment in 2022': two awards), else the one `_award_date` picks (possibly None)."""
    awarded, renewing = [], False
    for date, before in zip(dates, [None, *dates]):
        renewing = before is not None and (
            _renewal_between(text, before.end, date.start)
            or (renewing and DATE_LIST_GAP.fullmatch(text, before.end, date.start) is not None))
        if date.role == "awarded" or (date.role == "other" and renewing):  # ('renewed it in 2018, 2020 and 2022')
            awarded.append(date)
    if len({d.value[:4] for d in awarded}) > 1:
        return awarded
    chosen = _award_date(dates, is_award)
    listed = _coordinated_with(text, dates, chosen) if chosen is not None else []
    if len({d.value[:4] for d in listed}) > 1:
        return listed  # 'wurde 2012, 2015 und 2019 mit Gold ausgezeichnet': an award each year
    return [chosen]


def _renewal_between(text: str, start: int, end: int) -> bool:
    """A renewal word between two dates that tells a renewal, not one planned ('trägt seit
    2021 Gold; die Rezertifizierung ist für 2024 vorgesehen': [intended_award] patterns)."""
    renewal = label_rules().renewal.search(text, start, end)
    if renewal is None:
        return False
    return not any(planned.start() <= renewal.start() < planned.end() for planned in
                   label_rules().intended_award.finditer(text, max(0, renewal.start() - 60), min(len(text), end + 60)))


def _coordinated_with(text: str, dates, date) -> list:
    """The dates of the coordinated list `date` belongs to ('2012, 2015 und 2019'), in
    order; [date] alone when it stands in no such list."""
    ordered = sorted(dates, key=lambda d: d.start)
    index = ordered.index(date)
    start = end = index
    while start > 0 and DATE_LIST_GAP.fullmatch(text, ordered[start - 1].end, ordered[start].start):
        start -= 1
    while end + 1 < len(ordered) and DATE_LIST_GAP.fullmatch(text, ordered[end].end, ordered[end + 1].start):
        end += 1
    if RANGE_OPENING.search(text, max(0, ordered[start].start - 12), ordered[start].start):
        return [date]  # 'held Gold between 2018 and 2020': a span of time, not two awards
    return ordered[start:end + 1]


RANGE_OPENING = regex.compile(r"\b(?:between|zwischen|from|von)[ \t]+$", regex.IGNORECASE)


# Between a year and the tier it dates: an article and at most one word ('2015 das Bronze-',
# '2017 folgte das Silber-', 'in 2019 the Gold'), or a verb of succession, a rank or role and a
# few words ('2020 folgte als erstem Netzwerk der Region das Gold-', '2020 als erste Bioregion das
# Gold-', '2018 eines der ersten Netzwerke mit dem GOLD').
DATE_THEN_TIER = regex.compile(r"[ \t]+(?:\p{Ll}+[ \t]+|(?:folgten?|kam|came|followed|als|as|eine[rs]?[ \t]+der|one[ \t]+of[ \t]+the)"
                               r"[ \t]+[^.;,\n]{0,50}?)?"
                               r"(?:das|dem|den|ein|the|a)[ \t]+$")


# Between two dates of one tier's awards: 'renewed in 2020 and again in 2022', 'im Mai 2019 und
# erneut im Juni 2021 bestätigt'.
AND_AGAIN = regex.compile(r"(?i)[ \t]*,?[ \t]+(?:and|und)[ \t]+(?:again|once more|erneut|nochmals|wieder)"
                          r"(?:[ \t]+(?:in|im|on|am))?[ \t]+")


def _dates_told_again(text: str, dates, award_dates: list) -> list:
    """The dates an award date is followed by, each after 'and again': more awards of the tier."""
    told = [d for d in award_dates if d is not None]
    again = []
    for date in sorted(dates, key=lambda d: d.start):
        if date not in told and date.role in ("awarded", "other") \
                and any(AND_AGAIN.fullmatch(text, d.end, date.start) for d in told):
            told.append(date)
            again.append(date)
    return again


def _date_before_tier(text: str, dates, tier_spans):
    """A date right before the tier phrase ('war 2015 das Bronze-Label', '2017 folgte das
    Silber-Label'), for a statement that gives no award date: the tier's own year."""
    for span in tier_spans:
        for date in dates:
            if date.role not in ("valid_until", "published") and 0 < span.start_char - date.end <= 70 \
                    and DATE_THEN_TIER.fullmatch(text, date.end, span.start_char):
                return date
    return None


def _renewed_after_tier(text: str, tier_spans, before_tier, award_dates: list, end: int) -> bool:
    """'2020 folgte das Gold-Label, das im Herbst 2023 bestätigt wurde', 'in 2019 the Gold
    label, which was renewed in 2022': the year right before the tier dates its first award,
    and the one award date after the tier, in a clause renewing it, the renewal."""
    if before_tier is None or len(award_dates) != 1 or award_dates[0] is None:
        return False
    renewal_date, tier_end = award_dates[0], max(s.end_char for s in tier_spans)
    return renewal_date.start > tier_end and renewal_date.value[:4] > before_tier.value[:4] \
        and label_rules().renewal.search(text, tier_end, end) is not None


def _held_since(text: str, dates, tier_spans):
    """'der seit 2017 das Gold-Label führt', 'has held the Gold label since 2017': a date
    after 'seit'/'since' with the tier word within a few words of it (and, before the
    tier, in its clause: not 'mit dem wir seit 2016 kooperieren, hat sein Silber-Label'; after
    it, further on past the name of the label's body), which dates the holding of a tier the
    sentence may also report renewed."""
    for date in dates:
        if date.role in ("awarded", "other") and label_rules().holds_since.search(
                text, max(0, date.start - 12), date.start) is not None and any(
                (0 <= span.start_char - date.end <= 30 and not label_rules().clause_break.search(
                    text, date.end, span.start_char)) or 0 <= date.start - span.end_char <= 30
                or (0 <= date.start - span.end_char <= 120 and LABEL_OF_BODY.match(text, span.end_char, date.start))
                for span in tier_spans):
            return date
    return None


# After a tier, its label named with the body that awards it, up to 'since' ('Gold label of the
# European Cluster Excellence Initiative since 2022').
LABEL_OF_BODY = regex.compile(r"[ \t-]*(?i:label|siegel)[ \t]+(?:of|from|der|des|von)[ \t]+(?:the[ \t]+)?"
                              r"\p{Lu}[^,.;()\n]{0,80}?[ \t]+(?:since|seit)[ \t]+(?:\p{L}+[ \t]+)?$")


def _award_date(dates, is_award: bool):
    """A date with the awarded role, else (in an award sentence) the first date that is
    not a validity, publication or founding date, a plain one before an event's."""
    awarded = next((d for d in dates if d.role == "awarded"), None)
    if awarded is None and is_award:  # a plain date, not an event's (an audit, a meeting)
        awarded = next((d for d in dates if d.role == "other"), None)
    return awarded


def _statement_subjects(found: DocumentEntities, doc_text: str, sentence, spans, history_line: bool,
                        main: Entity | None, fallback: Entity | None,
                        titled: Entity | None, speaker: Entity | None, previous=None) -> tuple[list, bool]:
    """The clusters a label sentence speaks of, each with its tier spans, and whether it
    tells an award: the clusters named in it; else those of the block a heading or colon
    line introduces; else, for a dated history line, the release's main cluster (`titled`:
    or, of several named as often, the one its title names); else
    what an anaphor refers to; else the release's only cluster (which then holds the
    tier: no award is told); else, for a dated history the release tells of itself ('our
    first Gold'), the `speaker`: the main cluster or the one the page's header names."""
    text = sentence.text
    single_tier = len({s.id_ for s in spans}) == 1
    clusters = [] if _named_inside_subjects_clause(found, doc_text, sentence, spans) \
        else _clusters_for(found, doc_text, sentence, spans)
    if not clusters and label_rules().field_line.match(text):  # 'Label: Bronze (2018) / Silber (2022)'
        entry = entry_heading(found, doc_text, sentence.start_char) or main
        return ([(entry, spans)], True) if entry is not None else ([], False)
    if not clusters and single_tier and _closes_entry(doc_text, sentence):
        entry = _block_opening_cluster(found, doc_text, sentence.start_char)
        if entry is not None:  # 'X Cluster (XC)⏎Spain⏎Coordinator⏎GOLD (2022)⏎⏎': the entry's own tier
            return [(entry, spans)], True
    from_block = not clusters and single_tier and introduces_block(text) and not history_line \
        and not _spoken_by_the_release(text) \
        and not DATE_LINE.match(doc_text, sentence.end_char)  # ('✔ Renewed our Gold label in 2023': ours, no
    # heading's; 'X⏎Gold⏎03/2024⏎03/2026⏎Y': a flattened table's cell over its dates, no heading of names)
    if from_block:
        block = _up_to_next_tier_heading(doc_text, following_block(doc_text, sentence.end_char))
        if text.strip().endswith(":") or has_award_words(text) or _is_list(doc_text[block[0]:block[1]]):
            clusters = [(e, spans) for e in _entities_in(found, *block)]
        elif (items_end := _list_items_end(doc_text, *block)) is not None:
            clusters = [(e, spans) for e in _entities_in(found, block[0], items_end)]  # ('BRONZE⏎- A⏎- B⏎All three ...')
    history_line = history_line or _history_table_row(doc_text, sentence)
    is_award = (has_award_words(text) or history_line) and (
        not from_block or (text.rstrip().endswith(":") and tells_award(text)))  # ('The new Gold holders are:')
    if clusters:
        return _speakers_own_tiers(found, sentence, spans, clusters, speaker), is_award
    if history_line and titled is not None:
        if titled.label != CLUSTER:
            as_cluster(titled)  # ('X Network timeline ⏎ 2019  Silver Label awarded': the network is the cluster)
        return [(titled, spans)], is_award
    if label_rules().plural_anaphor.match(text) and previous is not None:  # (`previous`: the sentence before)
        named_before = _entities_in(found, previous.start_char, sentence.start_char)
        if len(named_before) < 2:
            named_before = _counted_list_before(found, doc_text, text, sentence.start_char)
        if len(named_before) >= 2:
            return [(cluster, spans) for cluster in named_before], is_award  # 'Beide hatten 2021 Silber erreicht'
    antecedent = _antecedent(found, doc_text, text, sentence.start_char, main, speaker,
                             _after_preface(text, min(s.start_char for s in spans) - sentence.start_char))
    if antecedent is not None:
        return [(antecedent, spans)], is_award  # "Das Netzwerk hatte 2017 Bronze erhalten"
    bulleted = _bullet_cluster(found, doc_text, sentence.start_char)
    if bulleted is not None and (has_award_words(text) or label_rules().hold.search(text) or _dated_tier(text)):
        return [(bulleted, spans)], is_award  # '• X (Italy) – A. B., project manager. Gold label since 2022.'
    subject = main or speaker  # (the release's cluster, or the one its header or footer names)
    if subject is not None and _without_subject(found, doc_text, sentence, subject):
        return [(subject, spans)], True  # '... gegründet. Im März 2024 wurde das Gold-Label erneut bestätigt'
    dated_history = _dated_history(text, spans)  # (two tiers or more, each dated: never a single tier)
    if fallback is not None and (single_tier or dated_history) and (
            has_award_words(text) or label_rules().hold.search(text)
            or _the_label(text, sentence.start_char, spans) or _label_field(text)
            or (dated_history and label_rules().label_word.search(text))):  # ('an den Qualitätslabels
        # ablesen: 2016 Bronze, 2018 Silber, seit 2022 Gold': the history of the release's one cluster)
        # (not 'Clusters with a Gold label enjoy ...': a statement about the label; a dated
        # history, '2013 folgte das Bronze-Label, 2016 Silber', tells its awards)
        return [(fallback, spans)], not single_tier
    if speaker is not None and dated_history and _spoken_by_the_release(text):
        return [(speaker, spans)], True  # 'how it all started: Bronze in 2014, Silver in 2016, and our first Gold in 2018'
    if main is not None and dated_history and (has_award_words(text) or _three_dated_tiers(text, spans)) \
            and min(m.start for m in main.mentions) < TITLE_CHARS:
        return [(main, spans)], True  # 'Nach der Auszeichnung mit Bronze 2013 folgte 2016 die Silber-Zertifizierung'
    return [], False


POSSESSIVE_RELATIVE = regex.compile(r"\b(?:dessen|deren|whose)$", regex.IGNORECASE)


def _named_inside_subjects_clause(found: DocumentEntities, doc_text: str, sentence, spans) -> bool:
    """'The cluster, which gathers 64 firms of Velmora and Tarsvik, received the Bronze Label':
    a sentence opening with an anaphor whose relative clause closes before the first tier,
    every cluster the sentence names inside that clause. The anaphor is the recipient; the
    names inside the clause (its members, its region) are not."""
    opening = label_rules().anaphor.match(sentence.text, len(sentence.text) - len(sentence.text.lstrip(' \t\n"„“')))
    if opening is None or opening["noun"] is None:
        return False
    anaphor_end = sentence.start_char + opening.end()
    relative = relative_pronoun().match(doc_text, anaphor_end)
    first_tier = min(s.start_char for s in spans)
    clause_end = doc_text.rfind(",", anaphor_end + 1, first_tier)
    if relative is None or clause_end <= relative.end() or POSSESSIVE_RELATIVE.search(relative.group()):
        return False  # ('Der Cluster, dessen Trägerverein X ist, trägt Gold': X is the cluster's own)
    named = _mentions_in(found, sentence.start_char, sentence.end_char, (CLUSTER,))
    return bool(named) and all(relative.end() <= m.start and m.end <= clause_end for m in named)


TIER_CELL_ROW = regex.compile(r"[ \t]*\p{L}+(?:[ \t]*\([^()|\n]{1,20}\))?[ \t]+\|[ \t]*[^|\n]*\d")


def _history_table_row(doc_text: str, sentence) -> bool:
    """'Bronze | 03/2014 | –' under 'Label | verliehen | gültig bis': a row of a table of awards
    whose first cell is the tier and whose header names the label (or holds a cell of [tiers]
    history_header_words: 'Stufe | Vergabe | gültig bis'), naming no cluster: a dated history
    of the release's cluster."""
    text = sentence.text
    if " | " not in text or not TIER_CELL_ROW.match(text) or not label_rules().tier.match(text.lstrip()):
        return False
    line_start = doc_text.rfind("\n", 0, sentence.start_char) + 1
    while line_start > 0:  # up the table's rows to its header
        above = doc_text.rfind("\n", 0, line_start - 1) + 1
        if " | " not in doc_text[above:line_start - 1]:
            break
        line_start = above
    header = doc_text[line_start:doc_text.find("\n", line_start)]
    header_words = lower_words("tiers.history_header_words")
    return not label_rules().tier.match(header.lstrip()) and (
        label_rules().label_word.search(header) is not None
        or any(cell.strip().casefold() in header_words for cell in header.split(" | ")))


def _block_opening_cluster(found: DocumentEntities, doc_text: str, start: int) -> Entity | None:
    """The cluster whose name opens the block (from the blank line before) that holds `start`, or
    the network or association there, which the entry's label shows to be one."""
    block_start = doc_text.rfind("\n\n", 0, start)
    block_start = 0 if block_start == -1 else block_start + 2
    return _entry_cluster(found.starting_at(ENTRY_MARKER.match(doc_text, block_start).end()))


def _entry_cluster(named: list) -> Entity | None:
    """Of the mentions opening an entry, the cluster's, or a network's, an association's or
    another body's (no awarding body's), which the entry's label shows to be a cluster."""
    for mention in named:
        if mention.label == CLUSTER or (
                mention.label == ORG and mention.entity.org_type in ("network", "association", "other")
                and mention.entity.canonical not in ruleset.active().awarding_bodies()):
            as_cluster(mention.entity)
            return mention.entity
    return None


def _closes_entry(doc_text: str, sentence) -> bool:
    """'GOLD (2022)' as the last line of a block of one line each ('X Cluster (XC)⏎Spain⏎
    Coordinator⏎GOLD (2022)', a table read out cell by cell): a tier opening a line of its
    own that a blank line or the text's end follows, with lines above it in its block."""
    line_start = doc_text.rfind("\n", 0, sentence.start_char) + 1
    line_end = doc_text.find("\n", sentence.start_char)
    line_end = len(doc_text) if line_end == -1 else line_end
    indent = len(doc_text[line_start:line_end]) - len(doc_text[line_start:line_end].lstrip(" \t"))
    return sentence.text.strip() == doc_text[line_start:line_end].strip() and line_end - line_start <= 70 \
        and label_rules().tier.match(doc_text, line_start + indent) is not None \
        and not doc_text[line_end + 1:line_end + 2].strip() \
        and line_start >= 2 and doc_text[line_start - 2:line_start] != "\n\n"


def _speakers_own_tiers(found: DocumentEntities, sentence, spans, clusters: list, speaker: Entity | None) -> list:
    """'We are proud holders of the Silver Label and work closely with our sister cluster, the
    X Cluster, which holds a Gold label': in a sentence the release opens speaking, the tiers
    before the first cluster it names are the speaker's own."""
    if speaker is None or any(entity is speaker for entity, _ in clusters) \
            or not _opens_speaking(sentence.text):
        return clusters
    first = min(m.start for m in _mentions_in(found, sentence.start_char, sentence.end_char, (CLUSTER,)))
    own = [s for s in spans if s.end_char <= first]
    if not own or len(own) == len(spans):
        return clusters
    rest = [(entity, [s for s in entity_spans if s not in own]) for entity, entity_spans in clusters]
    return [(speaker, own)] + [(entity, entity_spans) for entity, entity_spans in rest if entity_spans]


TIMELINE_YEAR = regex.compile(r"(?:19|20)\d\d(?:[ \t]*[:–—-])?[ \t]+\p{Lu}")


def _timeline_entry(text: str, start: int) -> bool:
    """A line of a timeline ('2017 Erstes Benchmarking durch die ESCA: Bronze-Label'
    between '2014 Gründung ...' and '2019 Aufnahme ...'): a line opening with a year and a
    capital, beside a line that opens so too. A dated history line of the release's cluster."""
    if (start and text[start - 1] != "\n") or not TIMELINE_YEAR.match(text, start):
        return False
    previous_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    next_start = text.find("\n", start) + 1
    return bool((start and TIMELINE_YEAR.match(text, previous_start))
                or (next_start and TIMELINE_YEAR.match(text, next_start)))


# A timeline's date alone on its line: a year, or a month and year ('11/2013', '03.2018').
DATE_ALONE = regex.compile(r"[ \t]*(?:(?P<month>0?[1-9]|1[0-2])[/.])?(?P<year>(?:19|20)\d\d)[ \t]*")


def _year_line_above(text: str, start: int) -> str | None:
    """The date of a flattened timeline's row above the line at `start` ('2015 ⏎ Bronze-Label
    (ESCA) ⏎ 2016 ⏎ Aufnahme in go-cluster', or with a blank line between the rows and months
    '11/2013'): a two-column table read a cell a line: the date alone on the line right above,
    when another date stands alone on one of the three lines above that or of the two lines
    after this one; else None."""
    if not start or text[start - 1] != "\n":
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    date = DATE_ALONE.fullmatch(text, above, start - 1)
    if date is None:
        return None
    before = text[max(0, above - 240):max(above - 1, 0)].split("\n")[-3:] if above else []
    line_end = text.find("\n", start)
    after = text[line_end + 1:line_end + 240].split("\n")[:2] if line_end >= 0 else []
    if not any(DATE_ALONE.fullmatch(line) for line in before + after if line.strip()):
        return None
    return date["year"] + (f"-{int(date['month']):02d}" if date["month"] else "")


def _dated_history(text: str, spans) -> bool:
    """'2013 folgte das Bronze-Label, 2016 Silber': several tiers, each with a year of its
    own, tell one cluster's history, no scheme; so do two dated steps towards a tier the
    sentence names first ('The Gold certification completes a journey that started with the
    Bronze label in 2018 and continued with the Silver label in 2020')."""
    years, tiers = len(YEAR.findall(text)), len({s.id_ for s in spans})
    return tiers >= 2 and (years >= tiers or (years >= 2 and years == tiers - 1
                                              and not _year_before(text, min(spans, key=lambda s: s.start_char))))


def _three_dated_tiers(text: str, spans) -> bool:
    """'The path so far: Bronze 2013, Silver 2016, Gold since 2019': all three tiers, each with
    its year, need no label word to tell a cluster's history."""
    return len({s.id_ for s in spans}) == 3 and len(YEAR.findall(text)) >= 3


def _year_before(text: str, span) -> bool:
    """Whether a year stands in the sentence before the tier `span` (text is the sentence)."""
    return YEAR.search(text, 0, max(0, span.start_char - span.sent.start_char)) is not None


@dataclass(frozen=True)
class TierTableRow:
    """A row of a table whose columns are tiers ('Cluster | Bronze | Silber | Gold' over
    'X | 2013 | 2016 | 2019'): its name cell and each tier's cell."""
    name_start: int
    name_end: int
    line: tuple[int, int]
    tier_cells: tuple  # (tier, start, end)


def table_lines(text: str):
    """(start, line, cells) of every line of the text, its cells split where the clean stage
    writes a table's cells apart (' | ')."""
    position = 0
    for line in text.split("\n"):
        yield position, line, line.split(" | ")
        position += len(line) + 1


def table_cells(start: int, cells: list[str]):
    """(offset, cell) of each cell of a table line that starts at `start` (' | ' between)."""
    offset = start
    for cell in cells:
        yield offset, cell
        offset += len(cell) + 3


def tier_table_rows(text: str) -> list[TierTableRow]:
    """The rows of every table of the text whose header names two or more tiers as columns
    (the clean stage writes a table's cells apart with ' | '), up to the first line that is
    no row of as many cells."""
    if " | " not in text:
        return []
    tier_of, rows, header = label_rules().tier_of, [], None
    for start, line, cells in table_lines(text):
        if header is not None and len(cells) == len(header):
            offsets = [offset for offset, _ in table_cells(start, cells)]
            name = cells[0].split(" (")[0].strip()
            if name:
                rows.append(TierTableRow(offsets[0], offsets[0] + len(name), (start, start + len(line)), tuple(
                    (header[i], offsets[i], offsets[i] + len(cells[i])) for i in range(1, len(cells)) if header[i])))
            continue
        tiers = [tier_of.get(c.strip().casefold()) for c in cells]
        header = tiers if len(cells) > 2 and sum(t is not None for t in tiers) >= 2 and tiers[0] is None else None
    return rows


def _tier_table_label_rows(found: DocumentEntities, text: str, dates) -> list[LabelRow]:
    """A label row for every dated cell of a tier table: the year the tier was reached."""
    out = []
    for row in tier_table_rows(text):
        cluster = next((m.entity for m in found.starting_at(row.name_start) if m.label == CLUSTER), None)
        if cluster is None:
            continue
        for tier, start, end in row.tier_cells:
            date = next((d for d in dates if start <= d.start < end), None)
            if date is not None and not label_rules().generic.search(text, start, end):  # (not 'planned (11/2023)')
                out.append(LabelRow(cluster, tier, date.value, None, None, text[row.line[0]:row.line[1]], True))
    return out


# A line of rules or dashes between the entries of a directory page ('────', '-----').
SEPARATOR_LINE = regex.compile(r"[\W_]+")


def entry_heading(found: DocumentEntities, text: str, start: int, reach: int = 12) -> Entity | None:
    """The cluster a directory entry or profile names on a line of its own above a field
    line at `start` ('Chemie-Cluster X⏎Branche: Chemie⏎Label: Silber (2021)'): the nearest
    line above, within the block (up to a blank or separator line, at most `reach` lines),
    that is no 'key: value' field and opens (past its number or bullet) with the name of a
    cluster or of a body that may be one (which becomes a cluster: an entry with a label
    field is a cluster's), or holds nothing but a name, which then names the cluster; else
    the cluster a field of the entry names ('Cluster profile⏎Name: X⏎Label: Gold')."""
    line_start = text.rfind("\n", 0, start) + 1  # (the field line's own start, before any indent)
    field_cluster = None  # the cluster a field line of the entry names ('Name: Velmora Wind Cluster')
    for _ in range(reach):
        if line_start == 0:
            break
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above_end = line_start - 1
        above = text[above_start:above_end]
        line_start = above_start
        if not above.strip() or SEPARATOR_LINE.fullmatch(above.strip()):
            break
        if ":" in above or FIELD_CELL.search(above):  # ('Träger | X e. V.': a field the cleaning wrote as a cell)
            field_cluster = field_cluster or next(
                (m.entity for m in _mentions_in(found, above_start, above_end, (CLUSTER,))), None)
            continue
        opening = above_start + ENTRY_MARKER.match(above).end()
        named = found.starting_at(opening)
        entry = _entry_cluster(named)
        if entry is not None:
            return entry
        name = text[opening:above_end].rstrip()
        if not named and field_cluster is None and _is_entry_name(name) \
                and not _mentions_in(found, above_start, above_end, (PERSON,)):  # '2) X' over its fields: X
            return found.add(Mention(opening, opening + len(name), name, CLUSTER, "list_rules"))
    return field_cluster


def won_at_a_prize(text: str, tier) -> bool:
    """'beim Designwettbewerb X mit Gold', 'at the X Awards with Silver': a tier won at a
    competition or prize the clause names before it; not a tier followed by a label's noun
    ('bei der Preisverleihung das Gold-Label')."""
    return not label_rules().label_word_after.match(text, tier.end_char) and label_rules().prize_before.search(
        text, max(0, tier.start_char - 140), tier.start_char) is not None


def _is_entry_name(line: str) -> bool:
    """A line that is a name and nothing else: up to eight words, the first capitalised, no
    sentence mark, no word of a label, a tier or an event ('Cluster Management Excellence Label',
    'Rezertifizierung GOLD');
    and a name, not a section heading of common words ('FAST FACTS', 'Notes to editors'):
    one of its words is coined (no word of German or English), a place, or a cluster's or
    network's head (a label's or management's word, also in the genitive, makes it a heading:
    'Qualität des Clustermanagements')."""
    vocab = vocabulary()
    words = [w.casefold() for w in line.split()]
    return ENTRY_NAME.fullmatch(line) is not None and words[0] not in vocab.not_name_start \
        and not any(w in vocab.not_cluster_words or w in vocab.not_body_words or w in label_rules().tier_words
                    or w.removesuffix("s") in vocab.not_cluster_words for w in words) \
        and any(_names_something(w) for w in regex.split(r"[\s/-]+", line.casefold()) if any(c.isalpha() for c in w))


def _names_something(word: str) -> bool:
    """A word no section heading is made of: coined (not a compound of two common German words:
    'Qualitätsnachweise'), a place, or a cluster's or network's head."""
    vocab = vocabulary()
    word = word.strip(".,()&'’")
    return (is_rare_word(word, "de") and is_rare_word(word, "en") and not common_compound(word)) \
        or word in vocab.places or word in vocab.cluster_heads or word in vocab.network_heads



# A profile's field as the cleaning writes a spaced or dotted one: 'Träger | X e. V.'.
FIELD_CELL = regex.compile(r"^[^|\n]{1,40}?[ \t]\|[ \t]")
# Before the name on an entry's line: its number or bullet ('2) ', '3. ', '- ').
ENTRY_MARKER = regex.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]+|\[\d{1,3}\][ \t]+|[-•*–][ \t]+)?")  # ('[2] X': a search hit)
# An entry's name: up to eight words, the first capitalised, no sentence mark.
ENTRY_NAME = regex.compile(r"\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+[\p{L}\p{N}&'’().-]+){0,7}")


def _is_list(block: str) -> bool:
    """Lines of names rather than a paragraph: what a heading without a colon or an award
    verb may introduce ('Total of 10 Bronze Labels' over '- A', '- B'; not 'Bronze-Label hat
    große Bedeutung' over running text)."""
    lines = [line for line in block.split("\n") if line.strip()]
    return all(len(line) <= 120 for line in lines) and (
        len(lines) > 1 or not lines or lines[0].rstrip()[-1:] not in ".!?")


LIST_ITEM_LINE = regex.compile(r"[ \t]*[-•*–▪][ \t]+\S")


def _list_items_end(doc_text: str, start: int, end: int) -> int | None:
    """Where the bulleted items opening a block end, when two or more open it and running text
    follows them ('- A⏎- B⏎All three cluster organisations completed ...'); else None."""
    position, items = start, 0
    while position < end:
        line_end = doc_text.find("\n", position, end)
        line_end = end if line_end == -1 else line_end
        if not LIST_ITEM_LINE.match(doc_text, position, line_end):
            break
        items, position = items + 1, line_end + 1
    return min(position, end) if items >= 2 and position < end else None


def _label_field(text: str) -> bool:
    """'Label: Gold (2021)', 'Cluster Management Excellence Label: Bronze': a profile's field
    giving the tier of the release's cluster."""
    return label_rules().tier_line.match(text) is not None and label_rules().label_word.search(text) is not None


def _the_label(text: str, sentence_start: int, spans) -> bool:
    """'Das Gold-Label bestätigt ...', 'With its Silver label ...': the label, not a label,
    and no clusters in the plural: a statement about the release's cluster's label."""
    offset = spans[0].start_char - sentence_start
    return label_rules().own_label.search(text, max(0, offset - 50), offset) is not None \
        and label_rules().plural_subject.search(text) is None


def _date_from_other_sentences(rows: list[LabelRow], sentences, dates, found: DocumentEntities) -> None:
    """Undated award rows take the date another sentence gives the same award:
    - 'X and Y received the Gold label. The labels were awarded ... on 26 November
      2019.': an award sentence about a label, with a date but no tier, dates the rows
      of the sentence just before it;
    - 'In September 2023, X obtained the quality label.': such a sentence naming the
      cluster dates that cluster's rows wherever they stand (the headline's, say);
    - 'Three clusters collected their labels at an evening in Glasgow on 7 March 2024.
      The Gold label went to X. Y was awarded Silver.': one naming no cluster (a round)
      dates the undated award rows of the few sentences after it, as does one telling that
      a round of labelling was completed ([round_completed]: 'Four clusters completed the
      labelling process in March 2021').
    A sentence about another certificate ('achieved ISO 9001 certification in September 2024')
    dates none. An undated label held, told in the sentence just before one that opens on the
    label, takes the date too ('X is holder of the Bronze label. The label was granted on 6 May
    2024.')."""
    if not any(row.awarded is None and (row.is_award or not row.held_before) for row in rows):
        return
    by_evidence = _by_evidence(rows)
    date_starts = sorted(d.start for d in dates)
    previous, round_date, round_body, round_left, round_end = None, None, None, 0, 0
    numbered = None  # the programmes' names with a number in them, read once when a sentence asks
    for index, sentence in enumerate(sentences):
        if round_left and index < round_end and sentence.text.strip():
            item = LIST_ITEM_LINE.match(sentence.text) is not None  # (a list's line under a tier heading: 'GOLD ⏎ – X')
            undated = [row for row in rows if row.awarded is None and (row.is_award or item) and not row.held_before
                       and row.evidence and row.evidence in sentence.text  # (a row's evidence may be a statement of it)
                       and not _dated_near(rows, row, round_date)]
            for row in undated:
                row.awarded, row.dated_elsewhere = round_date, True
                row.awarding_body = row.awarding_body or round_body
            round_left -= bool(undated) and " | " not in sentence.text and not item  # (a table's rows, a list's
            # lines count as one: 'GOLD | X | Norway')
        first_date = bisect.bisect_left(date_starts, sentence.start_char)
        if first_date == len(date_starts) or date_starts[first_date] >= sentence.end_char:
            previous = sentence
            continue  # (most sentences give no date: no need to read them)
        opening = label_rules().label_opening.match(sentence.text) \
            or label_rules().date_field_key.match(sentence.text)  # ('Die Auszeichnung erfolgte am 12. Oktober 2023', 'awarded: 06/2023')
        recorded = AWARD_SUBJECT.match(sentence.text)  # ('The certificate was signed on 30 January 2024')
        if (opening or recorded or label_rules().label_word.search(sentence.text)
                or label_rules().counted_recipients.search(sentence.text)) \
                and not label_rules().tier.search(sentence.text) \
                and not label_rules().other_certificate.search(sentence.text) \
                and (opening or recorded or has_award_words(sentence.text)  # (the costly award patterns last)
                     or label_rules().round_completed.search(sentence.text)):
            counted = label_rules().counted_labels.search(sentence.text)  # 'All three labels were awarded in May 2024'
            roles = ("awarded", "other") if counted else ("awarded", "event", "other")  # (a list's: no event's date)
            numbered = _numbered_programme_forms(found) if numbered is None else numbered
            names = _programme_names_in(numbered, sentence)
            date = _news_date([d for d in dates if sentence.start_char <= d.start < sentence.end_char
                               and d.role in roles and not _inside_name(d, names)])  # (not 'NORTE 2030')
            in_sentence = _entities_in(found, sentence.start_char, sentence.end_char)
            named = {id(e) for e in in_sentence}
            if counted:
                before = _rows_of_the_list_before(sentences, index, by_evidence, _counted(counted.group()))
            elif opening:
                before = _rows_told_before_the_label(sentences, index, by_evidence, date)
            else:
                before = by_evidence.get(previous.text.strip(), []) if previous is not None else []
            for row in rows:
                if date and row.awarded is None and (
                        (row.is_award and (row in before or id(row.cluster) in named))
                        or (row in before and (opening or recorded) and not row.held_before)):  # (a label held,
                    row.awarded, row.dated_elsewhere = date, True  # told just before 'The label was granted on ...')
            after_statement = previous is not None and any(row.evidence and row.evidence in previous.text for row in rows)
            if date and not after_statement and not any(e.label == CLUSTER for e in in_sentence):
                round_date, round_left, round_end = date, ROUND_REACH, index + 1 + ROUND_SENTENCES  # (after a label
                # statement it dates that one: not a round)
                round_body = _awarding_body(found, sentence.start_char, sentence.end_char)
        previous = sentence


SAME_OCCASION_OPENING = 40  # how far into a sentence its 'At the same ceremony' may stand


def _dates_of_the_same_occasion(rows: list[LabelRow], sentences) -> None:
    """'... on 5 October 2031, the Gold certificate was handed over to X. At the same ceremony,
    a Silver certificate went to Y': an undated award in a sentence that opens on the occasion
    told before ([same_time]) takes the award date of the sentence before it (of the nearest
    of the two before that holds dated awards)."""
    if not any(row.awarded is None and row.is_award for row in rows):
        return
    by_evidence = _by_evidence(rows)
    last_date, sentences_since = None, 0  # the last award date told, and the sentences read since
    for sentence in sentences:
        text = sentence.text.strip()
        if not text:
            continue
        here = by_evidence.get(text, [])
        if here and last_date and sentences_since < 2 and label_rules().same_time.search(text, 0, SAME_OCCASION_OPENING):
            for row in here:
                if row.awarded is None and row.is_award:
                    row.awarded, row.dated_elsewhere = last_date, True
        dated = next((row.awarded for row in here if row.awarded and row.is_award), None)
        last_date, sentences_since = (dated, 0) if dated else (last_date, sentences_since + 1)


ROUND_REACH = 6  # the undated award statements after a round's dated award line that it dates,
ROUND_SENTENCES = 24  # within this many sentences (a release's section on each cluster between)
# 'The award was confirmed on 31 October 2023', 'The certificate was signed on 30 January 2024',
# 'The decision was confirmed on 30 May 2023': the award, its certificate or the decision as the
# subject of a passive verb that records it.
AWARD_SUBJECT = regex.compile(r"[ \t\"„“]*(?:the|this|its)[ \t]+(?:award|certificate|decision)[ \t]+"
                              r"(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+(?:\w+[ \t]+)?"
                              r"(?:confirmed|granted|presented|conferred|made|given|handed[ \t]+over|signed|issued|dated)\b",
                              regex.IGNORECASE)


def _dated_near(rows: list[LabelRow], row: LabelRow, round_date: str) -> bool:
    """Whether another sentence dates the row's cluster and tier within a year of a round's
    date ('Gold ging an X. ... im Dezember 2023 mit Gold zertifiziert' beside a ceremony in
    January 2024): the same award, which the round does not date again (an earlier award is
    another: 'first received the Gold Label in 2018')."""
    return any(other.cluster is row.cluster and other.tier == row.tier and other.awarded
               and other.evidence != row.evidence and abs(int(other.awarded[:4]) - int(round_date[:4])) <= 1
               for other in rows)


def _numbered_programme_forms(found: DocumentEntities) -> set[str]:
    """The forms of the programmes' names with a number in them ('NORTE 2030')."""
    return {form for e in found.entities if e.label == PROGRAMME for form in e.forms if any(c.isdigit() for c in form)}


def _programme_names_in(forms: set[str], sentence) -> list[tuple[int, int]]:
    """Where the programme names `forms` stand in the sentence, read as a mention there or not
    ('Under NORTE 2030, ...' after 'the regional programme NORTE 2030')."""
    return [(sentence.start_char + m.start(), sentence.start_char + m.end())
            for form in forms for m in regex.finditer(regex.escape(form), sentence.text)]


def _inside_name(date, names: list[tuple[int, int]]) -> bool:
    """A date that is part of a programme's name ('NORTE 2030', 'Horizon 2020'): no award's date."""
    return any(start <= date.start and date.end <= end for start, end in names)


def _rows_told_before_the_label(sentences, index: int, by_evidence: dict[str, list[LabelRow]],
                                date: str | None) -> list[LabelRow]:
    """For sentence `index`, which opens with the label ('The label was awarded on 22 February
    2024', 'Das Label wurde im Oktober 2022 verliehen'): the rows of the nearest of the two
    non-blank sentences before it that holds rows, when no tier stands between ('X hat das
    Label GOLD erhalten. Die Auszeichnung vergibt die ESCA. Das Label wurde ...': the third
    dates the first's rows); past a sentence whose rows are dated before the `date` ('X hat
    sein GOLD-Label erneuert. Es war 2019 erstmals mit Gold ausgezeichnet worden. Das neue Label
    wurde im Februar 2024 vergeben': a later award than theirs)."""
    looked_at = 0
    for sentence in (sentences[i] for i in range(index - 1, -1, -1)):
        if not sentence.text.strip():
            continue
        found = by_evidence.get(sentence.text.strip())
        if found and date and all(row.awarded is not None and row.awarded[:4] < date[:4] for row in found):
            found = None
        elif found or label_rules().tier.search(sentence.text):
            return found or []
        looked_at += 1
        if looked_at == 2:
            break
    return []


def _rows_of_the_list_before(sentences, index: int, by_evidence: dict[str, list[LabelRow]],
                             count: int | None = None) -> list[LabelRow]:
    """The rows of the run of row-bearing sentences (a list's lines) right before sentence
    `index`, which a counted reference ('All three labels ...') speaks of. A bulleted line
    without rows (an item the rules did not read) does not end the run; nor, when the reference
    says how many ('All six labels are dated ...'), does any sentence before that many award
    rows are gathered (a report's headings and its paragraph on each tier between them)."""
    rows: list[LabelRow] = []
    for looked_at, sentence in enumerate(reversed(sentences[:index])):
        found = by_evidence.get(sentence.text.strip(), [])
        if count is not None:
            rows.extend(row for row in found if row.is_award and not row.held_before and row not in rows)
            if len(rows) >= count or looked_at >= COUNTED_REACH:
                break
            continue
        if not found and sentence.text.strip() and not LIST_ITEM_LINE.match(sentence.text):
            break
        rows.extend(found)
    return rows


COUNTED_REACH = 20  # how many sentences back a counted reference's awards may be told
# The counts a plural reference gives ('Alle vier ...', 'All six labels', 'Beide Labels').
COUNT_WORDS = {"beide": 2, "beiden": 2, "both": 2, "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4,
               "fünf": 5, "five": 5, "sechs": 6, "six": 6}


def _counted(reference: str) -> int | None:
    """How many labels a counted reference names ('All six labels' -> 6), or None ('these labels')."""
    return next((COUNT_WORDS[w] for w in reference.casefold().split() if w in COUNT_WORDS), None)


def _date_from_introducing_line(rows: list[LabelRow], sentences, dates, found: DocumentEntities,
                                doc_text: str) -> None:
    """'Labels awarded by ESCA in 2023:' over lines 'Gold: A, B': a dated award line about
    labels that names no tier and ends in a colon gives its date and awarding body to the
    undated rows of the block it introduces; so does one that announces 'the following'
    clusters, to the short lines after it (tier headings and their entries, blank lines
    between them) up to the next paragraph of prose."""
    if not any(row.awarded is None for row in rows):
        return
    by_evidence = _by_evidence(rows)
    for index, sentence in enumerate(sentences):
        text = sentence.text
        announces = label_rules().announces_list.search(text) is not None
        if not (announces or text.rstrip().endswith(":")) or label_rules().tier.search(text) \
                or not label_rules().label_word.search(text) or not has_award_words(text):
            continue
        date = _news_date([d for d in dates if sentence.start_char <= d.start < sentence.end_char
                           and d.role in ("awarded", "event", "other")])
        body = _awarding_body(found, sentence.start_char, sentence.end_char)
        block_start, block_end = (_list_region(doc_text, sentence.end_char) if announces
                                  else following_block(doc_text, sentence.end_char))
        for line in sentences[index + 1:]:
            if line.start_char >= block_end:
                break
            for row in by_evidence.get(line.text.strip(), []):
                if row.awarded is None:
                    row.awarded, row.awarding_body, row.dated_elsewhere = date, row.awarding_body or body, True


ENTRY_LINE_CHARS = 160  # the longest line read as one entry of a list under a heading


def _list_region(text: str, end: int) -> tuple[int, int]:
    """The short lines after position `end` (blank lines between them allowed) up to the
    first line longer than an entry: a list of tier headings and their entries."""
    start = position = end
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - position > ENTRY_LINE_CHARS:
            break
        position = line_end + 1
    return start, min(position, len(text))


def _dates_on_entry_lines(rows: list[LabelRow], sentences, dates, found: DocumentEntities,
                          doc_text: str) -> None:
    """'GOLD LABEL' over 'X Cluster (ES) ...... awarded 03/2024': the rows a heading
    gives the clusters of its block take the award and validity dates on each cluster's own
    line, finer than the date of a round or an announcing line they may have taken."""
    if not any(row.awarded is None or row.dated_elsewhere for row in rows):
        return  # (a directory's 'Label: Silber (2021)' lines date their own rows)
    by_evidence = _by_evidence(rows)
    for sentence in sentences:
        heading_rows = [r for r in by_evidence.get(sentence.text.strip(), []) if r.awarded is None or r.dated_elsewhere]
        if not heading_rows or not introduces_block(sentence.text):
            continue
        block_start, block_end = following_block(doc_text, sentence.end_char)
        for row in heading_rows:
            if any(sentence.start_char <= m.start < sentence.end_char for m in row.cluster.mentions):
                continue  # ('Bronze für X': the heading's own statement, its body follows)
            mention = next((m for m in row.cluster.mentions if block_start <= m.start < block_end), None)
            if mention is None:
                continue
            line_start = doc_text.rfind("\n", 0, mention.start) + 1
            line_end = doc_text.find("\n", mention.end)
            line_end = len(doc_text) if line_end < 0 else line_end
            if line_end - line_start > ENTRY_LINE_CHARS:
                continue  # a paragraph, no entry of a list
            if row.awarded is not None and label_rules().tier.search(doc_text, mention.end, line_end):
                continue  # ('X – upgrade from the Bronze label it received in 2022': a date of another tier)
            on_line = [d for d in dates if line_start <= d.start < line_end]
            row.awarded = next((d.value for d in on_line if d.role in ("awarded", "other")), row.awarded)
            row.valid_until = row.valid_until or next((d.value for d in on_line if d.role == "valid_until"), None)


def _by_evidence(rows: list[LabelRow]) -> dict[str, list[LabelRow]]:
    """The rows of each evidence sentence."""
    out: dict[str, list[LabelRow]] = {}
    for row in rows:
        out.setdefault(row.evidence, []).append(row)
    return out


def _validity_from_other_sentences(rows: list[LabelRow], sentences, dates, found: DocumentEntities) -> None:
    """'X and Y were awarded the Gold label. The labels are valid until November 2024.':
    a sentence with a validity date, a label word and no tier or cluster gives it to
    the award rows told before it that lack one, and to the rows of the sentence right
    before it ('X is the only Gold-labelled cluster. Its label is valid until ...'), as does
    one opening with a pronoun after a sentence with rows ('... durch die ESCA verliehen. Es
    ist bis Februar 2026 gültig.')."""
    validity_dates = [d for d in dates if d.role == "valid_until"]  # (picked out once, not per sentence)
    if not validity_dates:
        return
    by_evidence = _by_evidence(rows)
    told: list[LabelRow] = []
    just_before: list[LabelRow] = []  # the rows of the sentence before, award or not
    for sentence in sentences:
        until = next((d.value for d in validity_dates if sentence.start_char <= d.start < sentence.end_char),
                     None)
        named = _entities_in(found, sentence.start_char, sentence.end_char) if until else []
        rows_here = by_evidence.pop(sentence.text.strip(), [])
        if until and (told or just_before) and (label_rules().label_word.search(sentence.text)
                                                 or (just_before and (_opens_with_pronoun(sentence.text)
                                                                      or label_rules().date_field_key.match(sentence.text)))) \
                and not label_rules().tier.search(sentence.text) \
                and all(any(e is row.cluster for row in told + just_before) for e in named) \
                and not any(row.valid_until == until for row in rows_here):  # (a renewal told there holds it)
            for row in _latest_awards(told + just_before):  # (a cluster named there must be one of theirs)
                if not named or any(e is row.cluster for e in named):
                    row.valid_until = row.valid_until or until
        told.extend(r for r in rows_here if r.is_award)
        if rows_here or sentence.text.count(" ") >= 2:
            just_before = rows_here  # (a fragment between, such as a link in brackets, is skipped)


def _opens_with_pronoun(text: str) -> bool:
    """Whether the sentence opens with an anaphor pronoun ('Es ist bis 2026 gültig')."""
    opening = label_rules().anaphor.match(text.lstrip())
    return opening is not None and bool(opening["pronoun"])


def _latest_awards(rows: list[LabelRow]) -> list[LabelRow]:
    """Of each cluster's rows, those of its latest award (all of them when none is dated):
    a label is valid until a date from its last award on, not from the first steps of a
    history ('Bronze 2013, Silber 2016, Gold 2021. Das Label gilt bis 2023.')."""
    by_cluster: dict[int, list[LabelRow]] = {}
    for row in rows:
        by_cluster.setdefault(id(row.cluster), []).append(row)
    latest_rows = []
    for group in by_cluster.values():
        latest = max((row.awarded for row in group if row.awarded), default=None)
        latest_rows += [row for row in group if latest is None or row.awarded in (latest, None)]
    return latest_rows


def _news_date(dates) -> str | None:
    """Of the dates a sentence gives an award ('Nach 2018 bestätigten die Gutachter im
    Juni 2021 erneut ...'), one with the awarded role, else the latest: the news."""
    awarded = [d.value for d in dates if d.role == "awarded"]
    return (awarded or [max((d.value for d in dates), default=None)])[0]


def _date_rows_of_tier(rows: list[LabelRow], sentences, by_sentence: dict, dates,
                       found: DocumentEntities, doc_text: str) -> None:
    """'New Gold Labels awarded in March 2023' over a list of clusters: a dated award
    sentence with one tier (not another prize's) and no cluster dates the undated rows of
    that tier that tell no award of their own (the lines of a list under a heading)."""
    for index, spans in by_sentence.items():
        sentence = sentences[index]
        tiers = {s.id_ for s in spans if not _another_prize(doc_text, s)}
        if len(tiers) != 1 or not has_award_words(sentence.text) or \
                _entities_in(found, sentence.start_char, sentence.end_char):
            continue
        date = _news_date([d for d in dates if sentence.start_char <= d.start < sentence.end_char
                           and d.role in ("awarded", "other")])
        for row in rows:
            if date and row.awarded is None and row.tier in tiers and (
                    not row.is_award or row.evidence.endswith(":")):  # (a list's award is its heading's)
                row.awarded = date


RENEWAL_DATE_REACH = 100  # characters around a told renewal within which its date stands (past who confirmed it)


def _renewals_told_after(rows: list[LabelRow], sentences, dates, found: DocumentEntities) -> list[LabelRow]:
    """'X has held the Gold label since 2021. The label was renewed in March 2023.', 'hält sein
    Silber-Label seit 2020. Im Mai 2022 wurde es bestätigt': a renewal of 'the label' or 'it'
    (labels.toml renewal_told) told in the next sentence, which names no tier and no other name, is a
    row of its own for the one cluster and tier of the sentence before, dated in the renewal's
    clause (not 'The re-assessment was carried out in December 2023; the renewal was confirmed
    in January 2024': the assessment's date). So is the label held since a date (held_since_told: 'Das
    Netzwerk hält die höchste Stufe seit 2017')."""
    by_evidence = _by_evidence(rows)
    bodies = ruleset.active().awarding_bodies()  # (who renewed it is no other party: 'bestätigte ESCA das Label')
    renewals, previous = [], None
    for sentence in sentences:
        text, start = sentence.text, sentence.start_char
        told_before = by_evidence.get(previous.text.strip(), []) if previous is not None else []
        if text.strip():
            previous = sentence
        if not told_before or len({(id(r.cluster), r.tier) for r in told_before}) != 1:
            continue
        renewal = label_rules().renewal_told.search(text) or label_rules().held_since_told.search(text)
        others = [e for e in _entities_in(found, start, sentence.end_char)
                  if e is not told_before[-1].cluster and e.canonical not in bodies]
        if renewal is None or label_rules().tier.search(text) or others:
            continue  # (the cluster itself may be named again: '..., X said in a statement')
        clause_start = text.rfind(";", 0, renewal.start()) + 1
        semicolon = text.find(";", renewal.end())
        clause_end = semicolon if semicolon != -1 else len(text)
        in_clause = [d for d in dates if start + max(clause_start, renewal.start() - RENEWAL_DATE_REACH) <= d.start
                     < start + min(clause_end, renewal.end() + RENEWAL_DATE_REACH)]
        first = [d for d in in_clause if FIRST_REACHED_BEFORE.search(text, 0, max(0, d.start - start))]
        date = next((d for d in in_clause if d.role in ("awarded", "other") and d not in first), None)  # (not the
        told = told_before[-1]  # first award's: 'The label, which the cluster first earned in 2018, was reconfirmed')
        if first and date is not None and not any(r.awarded == first[0].value for r in told_before):
            renewals.append(LabelRow(told.cluster, told.tier, first[0].value, None, None, text.strip(), True,
                                     dated_elsewhere=True))  # ('The label was first awarded in 2020 and renewed in 2022')
        if date is None or any(r.awarded == date.value for r in told_before):
            continue
        until = next((d.value for d in dates if start <= d.start < sentence.end_char and d.role == "valid_until"), None)
        headline = next((r for r in rows if r.cluster is told.cluster and r.tier == told.tier
                         and r.awarded is None and r.is_award), None)  # ('X renews Gold' above: this renewal)
        if headline is not None:
            headline.awarded, headline.dated_elsewhere = date.value, True
            headline.valid_until = headline.valid_until or until
        else:
            renewals.append(LabelRow(told.cluster, told.tier, date.value, until,
                                     _awarding_body(found, start, sentence.end_char) or told.awarding_body,
                                     text.strip(), True, dated_elsewhere=True))
    return renewals


def _counted_list_before(found: DocumentEntities, doc_text: str, text: str, start: int) -> list[Entity]:
    """'Neu dabei sind:⏎• A⏎• B⏎• C⏎• D⏎⏎Alle vier ... haben das Bronze-Label': the clusters of the
    list before the sentence, one an item, when they are as many as its plural anaphor counts."""
    count = _counted(" ".join(text.split()[:3]))
    paragraph_end = len(doc_text[:start].rstrip())
    paragraph_start = doc_text.rfind("\n\n", 0, paragraph_end) + 1
    items = [line for line in doc_text[paragraph_start:paragraph_end].split("\n") if LIST_ITEM_LINE.match(line)]
    named = _entities_in(found, paragraph_start, paragraph_end)
    return named if count is not None and len(named) == count == len(items) else []


def _entities_in(found: DocumentEntities, start: int, end: int) -> list[Entity]:
    out = []
    for mention in _mentions_in(found, start, end, (CLUSTER,)):
        if mention.entity not in out:
            out.append(mention.entity)
    return out


def _clusters_for(found: DocumentEntities, doc_text: str, sentence, spans) -> list[tuple[Entity, list]]:
    """Clusters named in the sentence, each with the tier spans that belong to it: one
    cluster takes every tier (its history); with several tiers and several clusters, each
    cluster takes the tier of its statement, where contrast breaks part the sentence
    ('Silver labels were awarded to A and B, while C obtained Bronze'); else the nearest
    tier after it ('A received Gold and B Silver'), or before it when the sentence names a
    tier first ('Gold went to A and B, Silver to C') unless its own clause names one."""
    mentions = [m for m in _mentions_in(found, sentence.start_char, sentence.end_char, (CLUSTER,))
                if not _congratulates().match(doc_text, m.end)]  # 'X gratuliert Y zum Gold-Label': Y's
    seen, clusters = set(), []
    for mention in mentions:
        if id(mention.entity) not in seen:
            seen.add(id(mention.entity))
            clusters.append(mention)
    if not clusters:
        return []
    bodies = _mentions_in(found, sentence.start_char, sentence.end_char, (ORG,))
    modified = _modified_clusters(doc_text, spans, clusters) if len(clusters) > 1 else []
    if modified:  # 'the Gold-labelled Cluster X (CAE) ..., and Y, which received the Silver label'
        rest_spans = [s for s in spans if all(s is not span for span, _ in modified)]
        rest = [m for m in clusters if all(m.entity is not c.entity for _, c in modified)]
        out = [(c.entity, [span]) for span, c in modified]
        if rest and rest_spans:
            out += _clusters_for_mentions(doc_text, sentence, rest_spans, rest, mentions, bodies)
        return out
    return _clusters_for_mentions(doc_text, sentence, spans, clusters, mentions, bodies)


# A tier word's modifier right before a name: 'Gold-labelled ', 'Silber-zertifizierte '.
TIER_MODIFIER_END = regex.compile(r"-\p{Ll}[\p{L}-]*[ \t]+")


def _modified_clusters(doc_text: str, spans, clusters) -> list:
    """(tier span, cluster mention) for each tier written as the modifier of the cluster
    name right after it: that cluster holds that tier, whatever else the sentence says."""
    out = []
    for span in spans:
        modifier = TIER_MODIFIER_END.match(doc_text, span.end_char)
        if modifier is None:
            continue
        named = next((m for m in clusters if m.start == modifier.end()), None)
        if named is None:  # 'A, B and C, a Gold-labelled cluster that ...': C's tier alone
            apposed = APPOSED_ARTICLE.search(doc_text, max(0, span.start_char - 12), span.start_char)
            named = next((m for m in clusters if m.end == apposed.start()), None) if apposed else None
        if named is not None:
            out.append((span, named))
    return out


# Between a name and the tier of an apposition to it: ', a Gold-labelled cluster', ', ein Gold-zertifiziertes'.
APPOSED_ARTICLE = regex.compile(r",[ \t]+(?:a|an|ein|eine|einem|einen|eines)[ \t]+$")


def _clusters_for_mentions(doc_text: str, sentence, spans, clusters, mentions, bodies) -> list[tuple[Entity, list]]:
    """_clusters_for for the clusters and tier spans not bound by a modifier (`bodies`: the
    organisations the sentence names, which may own a relative clause's tier)."""
    if len({s.id_ for s in spans}) == 1:
        bracketing = (_parenthesis_owner(doc_text, spans, clusters)
                      or _dash_aside_owner(doc_text, spans, clusters, sentence.end_char)
                      or _comma_aside_owner(doc_text, spans, clusters, sentence.end_char)) if len(clusters) > 1 else None
        if bracketing is not None:  # 'der finnische Cluster X (Silber-Label seit 2022), die ... Y'
            return [(bracketing.entity, spans)]
        owner = _relative_clause_owner(doc_text, sentence, spans, clusters + bodies) \
            if len(clusters) > 1 or bodies else None
        if owner is not None and owner.label == CLUSTER:
            return [(owner.entity, spans)]
        if owner is not None and owner.entity.org_type not in ("company", "association"):
            return []  # 'with the Y Hub, whose Gold label': the body's, no cluster's (a company or
            # association before the clause may be the cluster's management or support body)
        contrast = label_rules().contrast_break.search(doc_text, max(s.end_char for s in spans), sentence.end_char)
        parted = contrast is not None and not (contrast.group() == ";" and label_rules().tier_line.match(sentence.text)) \
            and _tells_no_label(doc_text[contrast.start():sentence.end_char]) \
            and not label_rules().plural_anaphor.match(sentence.text)  # (not 'Both clusters hold Silver: A ..., but B ...')
        return [(m.entity, spans) for m in clusters if not _tier_of_its_own(doc_text, sentence, spans, m)
                and not (parted and m.start > contrast.start() and not QUOTE_MARK.search(doc_text, contrast.end(), m.start))]
        # ('A holds Silver, while B is preparing'; not '"... not the end of the road but a mirror," said X of B',
        # nor a tier line's semicolon: 'Silver: A; B')
    first = min(spans, key=lambda s: s.start_char)
    owned = [(span, owner) for span in spans if span is not first
             and (owner := _relative_clause_owner(doc_text, sentence, [span], clusters)) is not None
             and owner.label == CLUSTER]
    first_owner = _relative_clause_owner(doc_text, sentence, [first], clusters) if owned else None
    if first_owner is not None and any(first_owner.entity is owner.entity and "," not in doc_text[first.end_char:span.start_char]
                                       for span, owner in owned):
        owned.insert(0, (first, first_owner))  # ('X (XC), which was upgraded from Bronze (2019) to Silver, and Y')
    if owned and len(clusters) > 1:  # 'Silber ging an A sowie an B, der seit 2018 das Bronze-Label hielt'
        rest = [s for s in spans if all(s is not span for span, _ in owned)]
        others = [m for m in clusters if all(m.entity is not owner.entity for _, owner in owned)] \
            if len({s.id_ for s in rest}) == 1 else clusters  # (several tiers left: each to its nearest name)
        return [(owner.entity, [span]) for span, owner in owned] + (
            _clusters_for_mentions(doc_text, sentence, rest, others, mentions, bodies) if rest and others else [])
    if len(clusters) == 1:  # its history, unless a contrast parts the sentence into statements
        return _tier_of_sole_cluster(doc_text, sentence, spans, mentions) or [(clusters[0].entity, spans)]
    by_statement = _tier_of_statement(doc_text, sentence, spans, clusters)
    if by_statement is not None:
        return by_statement
    first_tier = min(spans, key=lambda s: s.start_char)
    tier_first = first_tier.start_char < clusters[0].start and \
        _tier_to_recipients().match(doc_text, first_tier.end_char) is not None  # 'Gold went to A and B; Silver to C'
    out = []
    starts = sorted(m.start for m in clusters)
    for mention in clusters:
        after = [s for s in spans if s.start_char >= mention.end]
        before = [s for s in spans if s.end_char <= mention.start]
        own_after = after[:1] if after and not label_rules().clause_break.search(
            doc_text, mention.end, after[0].start_char) else []  # '..., Quendt erhielt Bronze'
        next_start = next((start for start in starts if start > mention.start), sentence.end_char)
        up_to_next = [s for s in after if s.start_char < next_start]
        if len(up_to_next) < 2 or not UPGRADE.search(doc_text, mention.end, up_to_next[-1].start_char):
            up_to_next = up_to_next[:1]  # (both tiers of a step up only: 'B moved up from Bronze ... to Silver')
        nearest = (own_after or before[-1:] or after[:1]) if tier_first else (up_to_next or after[:1] or before[-1:])
        out.append((mention.entity, nearest))
    return out


# A step from one tier to the next: 'moved up from Bronze ... to Silver', 'stieg von Bronze ... auf Silber'.
UPGRADE = regex.compile(r"\b(?:from|von|vom)\b[^.;]*?\b(?:to|zu|zum|auf)\b[ \t]*(?:\w+[ \t]+)?$")


@lru_cache(maxsize=1)
def relative_pronoun() -> regex.Pattern:
    """', der ', ', which ': the opening of a relative clause ([people.relative] pronouns)."""
    return compile_cached(r",[ \t]+(?:%s)\b" % alternation(sorted(lower_words("people.relative.pronouns"))), regex.IGNORECASE)


# ', der Kunststoffcluster X': a capitalised word after ', der' makes it an article, no relative pronoun.
RELATIVE_THEN_NAME = regex.compile(r"[ \t]+\p{Lu}")
GERMAN_ARTICLES = ("der", "die", "das", "den", "dem")


def _article_before_a_name(doc_text: str, relative) -> bool:
    """', das Logistiknetzwerk X', ', der Kunststoffcluster X': the German article of a list's
    next item, not the pronoun of a relative clause (', whose Gold label' stays one)."""
    return relative.group().rsplit(None, 1)[-1].casefold() in GERMAN_ARTICLES \
        and RELATIVE_THEN_NAME.match(doc_text, relative.end()) is not None
# What may stand between a name and the comma of its relative clause: its acronym, where it is
# from (in up to three words: 'aus Zielona Góra'), and a German verb closing the main clause
# ('mit dem Cluster Y (KTW) aus Z zusammengearbeitet, der').
ACRONYM_BEFORE_COMMA = regex.compile(r"[ \t]*(?:\([^()\n]{1,15}\))?(?:[ \t]+(?:aus|from|in)(?:[ \t]+\p{Lu}[\p{L}-]+){1,3})?"
                                     r"(?:[ \t]+\p{Ll}+){0,2}[ \t]*$")


def _relative_clause_owner(doc_text: str, sentence, spans, clusters):
    """'X hat mit dem Cluster Y (KTW) zusammengearbeitet, der seit 2020 das Gold-Label
    führt': a tier in a relative clause is the cluster's (or organisation's) named right
    before the clause."""
    first = min(spans, key=lambda s: s.start_char)
    relatives = list(relative_pronoun().finditer(doc_text, sentence.start_char, first.start_char))
    if not relatives or label_rules().clause_break.search(doc_text, relatives[-1].end(), first.start_char) \
            or _article_before_a_name(doc_text, relatives[-1]):
        return None
    comma = relatives[-1].start()
    before = [m for m in clusters if m.end <= comma and (ACRONYM_BEFORE_COMMA.fullmatch(doc_text, m.end, comma)
                                                        or _in_parentheses_before(doc_text, m, comma))]
    named = [m for m in before if m.label == CLUSTER] or before  # ('das Netzwerk X (Brand), das': the cluster)
    return max(named, key=lambda m: m.end, default=None)


# A parenthesis opening right after a name, or after where it sits, up to a tier inside it:
# 'X (Silber-Label seit 2022)', 'X (Portugal, Bronze label awarded December 2022)', 'Velmora
# Nautica from La Spezia (Silver label, 2023)'.
PARENTHESIS_TO_TIER = regex.compile(r"(?:[ \t]+(?:from|in|aus|im)[ \t]+\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2})?"
                                    r"[ \t]*\([^()\n]{0,40}$")


def _parenthesis_owner(doc_text: str, spans, clusters):
    """The cluster whose parenthesis holds the sentence's tiers (every one of them), or None."""
    return _aside_owner(doc_text, spans, clusters, PARENTHESIS_TO_TIER,
                        lambda span: doc_text.find(")", span.end_char, span.end_char + 60) != -1)


def _aside_owner(doc_text: str, spans, clusters, to_tier: regex.Pattern, closed):
    """The one cluster from whose name's end `to_tier` runs up to each of the tiers, each in an
    aside `closed` after it; None when a tier has no such owner or two owners share them."""
    owners, owner = set(), None
    for span in spans:
        owner = next((m for m in clusters if m.end <= span.start_char
                      and to_tier.fullmatch(doc_text, m.end, span.start_char)), None) if closed(span) else None
        if owner is None:
            return None
        owners.add(id(owner.entity))
    return owner if len(owners) == 1 else None


# A name's aside between spaced dashes, up to a tier inside it: 'Das Netzwerk X – 2018 mit dem
# Silber-Label zertifiziert, das bis 2020 gilt – entwickelt mit der Y AG ...'.
DASH_ASIDE_TO_TIER = regex.compile(r"[ \t]+[–—][ \t]+[^–—\n]{0,80}$")
ASIDE_CLOSING_DASH = regex.compile(r"[ \t][–—][ \t]")


def _dash_aside_owner(doc_text: str, spans, clusters, sentence_end: int):
    """The cluster whose aside between dashes holds the sentence's tiers (every one of them, and
    the aside closed before the sentence ends), or None."""
    return _aside_owner(doc_text, spans, clusters, DASH_ASIDE_TO_TIER,
                        lambda span: ASIDE_CLOSING_DASH.search(doc_text, span.end_char, sentence_end) is not None)


# A name's aside between commas that opens on a lower-case word, up to a tier inside it: 'Das
# H2X, seit 2023 mit dem Silber-Label zertifiziert, bringt die Y GmbH ein' (closed by a comma and
# the sentence's verb, no conjunction: 'X, a Silver holder since 2022, and Y' is a list).
COMMA_ASIDE_TO_TIER = regex.compile(r"[ \t]*,[ \t]+\p{Ll}[^,;()\n]{0,60}$")
ASIDE_CLOSING_COMMA = regex.compile(r"[^,;()\n]{0,40}?,[ \t]+(?!(?:and|und|or|oder|sowie)\b)\p{Ll}")


def _comma_aside_owner(doc_text: str, spans, clusters, sentence_end: int):
    """The cluster whose aside between commas holds the sentence's tiers, the aside closed by a
    comma and a lower-case word (the sentence's verb), or None."""
    return _aside_owner(doc_text, spans, clusters, COMMA_ASIDE_TO_TIER,
                        lambda span: ASIDE_CLOSING_COMMA.match(doc_text, span.end_char, sentence_end) is not None)


def _in_parentheses_before(doc_text: str, mention, comma: int) -> bool:
    """'Netzwerk X (MariTec MV), das': the name in parentheses right before a clause's comma."""
    return doc_text[mention.end:comma].strip() == ")" and doc_text[:mention.start].rstrip().endswith("(")


def _tier_of_its_own(doc_text: str, sentence, spans, mention) -> bool:
    """'X received Bronze, while Y says it aims to apply for Silver': the cluster's own
    statement names a tier of its own (here one in general terms, dropped), not the tier
    of the other statement."""
    if not label_rules().contrast_break.search(doc_text, sentence.start_char, sentence.end_char):
        return False
    start, end = next((a, b) for a, b in _statements(doc_text, sentence) if a <= mention.start < b)
    return not any(start <= s.start_char < end for s in spans) and \
        label_rules().tier.search(doc_text, start, end) is not None


def _statements(doc_text: str, sentence) -> list[tuple[int, int]]:
    """The parts of a sentence between its contrast breaks ('while', ';', 'but')."""
    cuts = [sentence.start_char, *(m.start() for m in label_rules().contrast_break.finditer(
        doc_text, sentence.start_char, sentence.end_char)), sentence.end_char]
    return list(zip(cuts, cuts[1:]))


def _tier_of_sole_cluster(doc_text: str, sentence, spans, mentions) -> list | None:
    """'Three clusters received Bronze, but X received Silver': the one cluster a sentence
    names takes the tiers of the statements that name it, when no other statement refers
    to it ('X received Bronze in 2015, while it got Silver in 2018' is X's history), and of
    those that name no one and give a year ('X wurde 2017 mit Silber ausgezeichnet; 2020 folgte das
    Gold-Label')."""
    statements = _statements(doc_text, sentence)
    named = [(a, b) for a, b in statements if any(a <= m.start < b for m in mentions)]
    if len(statements) < 2 or any(_anaphor(doc_text, a, b) for a, b in statements if (a, b) not in named):
        return None
    subjectless = [(a, b) for a, b in statements if (a, b) not in named and _names_no_one(doc_text[a:b])
                   and YEAR.search(doc_text, a, b)]  # (a step of a history has its year)
    own = [s for s in spans if any(a <= s.start_char < b for a, b in named + subjectless)]
    return [(mentions[0].entity, own)] if own else None


def _names_no_one(statement: str) -> bool:
    """'2020 folgte das Gold-Label', 'the water technology pole had held the Silver label since
    2021': a statement whose subject is no clusters in the plural, no other party ('Three
    clusters received Bronze', 'der Partnercluster erhielt Gold') and no name the rules did not
    know ('Tarsiomar (Galicia) – Silver (2023)': its first word a coined one)."""
    rules = label_rules()
    first = statement.strip(" \t–—-;,").split(" ", 1)[0].strip("\"„“(")
    return rules.plural_subject.search(statement) is None and rules.other_party.search(statement) is None \
        and not (first[:1].isupper() and is_rare_word(first, "de"))


def _tier_of_statement(doc_text: str, sentence, spans, clusters) -> list | None:
    """'A and B received Gold, while C and D were awarded Silver', 'Silver labels were
    awarded to A and B; C obtained Bronze': a sentence cut at its contrast breaks into
    statements of one tier each; every cluster takes the tier of its statement (None when
    a statement holding a cluster names no tier or several)."""
    statements = _statements(doc_text, sentence)
    out = []
    for mention in clusters:
        start, end = next((a, b) for a, b in statements if a <= mention.start < b)
        own = [s for s in spans if start <= s.start_char < end]
        if len({s.id_ for s in own}) != 1:
            return None
        out.append((mention.entity, own))
    return out


@lru_cache(maxsize=1)
def _congratulates() -> regex.Pattern:
    """A congratulating verb right after a name: who congratulates did not get the label."""
    return word_pattern(r"[ \t]+(?i:%(context.congratulate_verbs)s)\b")


@lru_cache(maxsize=1)
def _tier_to_recipients() -> regex.Pattern:
    """After a tier: the recipients follow ('Gold went to A', 'Silver to C', 'Gold: A, B',
    'Silver labels were awarded to C', 'Mit dem Silber-Label wurden das A und das B
    ausgezeichnet'; vocabulary.toml [tiers])."""
    return word_pattern(r"(?:[ \t-]*(?i:%(tiers.recipient_nouns)s))?(?:[ \t]+(?i:%(tiers.recipient_passives)s))?"
                        r"[ \t]*(?::|(?i:[ \t]+(?:%(tiers.recipient_words)s)\b))"
                        r"|(?:[ \t-]*(?i:%(tiers.recipient_nouns)s))?[ \t]+(?:wurden|wurde)[ \t]+"
                        r"(?:%(tiers.recipient_articles)s)[ \t]")


def is_recent(awarded: str, reference: str | None) -> bool:
    """An award dated in the year of publication (else of the newest award the release
    reports) or the year before is the news of the release; an older one ("first
    received Gold in 2013") is its history."""
    return reference is not None and int(awarded[:4]) >= int(reference[:4]) - 1


def _same_award(rows: list[LabelRow], row: LabelRow) -> LabelRow | None:
    """The row of the award `row` tells at another precision within one month ('06/2022 – Gold'
    and 'Am 21. Juni 2022 ... Gold'), or as its year only ('Cluster label | Silver (2021)' beside
    'received the Silver Label ... in September 2021': a fact box repeating the text), else None."""
    if row.awarded is None:
        return None
    if len(row.awarded) == 4:
        return next((other for other in rows if other.awarded and len(other.awarded) >= 7
                     and other.awarded[:4] == row.awarded), None)
    return next((other for other in rows if other.awarded and other.awarded != row.awarded
                 and (other.awarded[:7] == row.awarded[:7] if len(other.awarded) >= 7
                      else other.awarded == row.awarded[:4])), None)


def merge_rows(rows: list[LabelRow], published: str | None = None) -> list[LabelRow]:
    """One row per (cluster, tier, awarded), an award dated to the day and to its month being
    one; mentions without an award verb or a date join the existing row of that cluster and
    tier, filling what it lacks; a recent dated award joins an undated one (the headline's
    award, dated in the body)."""
    merged: list[LabelRow] = []
    reference = published or max((r.awarded for r in rows if r.awarded and r.is_award), default=None)
    for row in rows:
        same = [r for r in merged if r.cluster is row.cluster and r.tier == row.tier]
        target = next((r for r in same if r.awarded == row.awarded), None)
        if target is None and (told := _same_award(same, row)) is not None:
            target = told
            target.awarded = max(target.awarded, row.awarded, key=len)  # (the finer date)
        if target is None and same and (not row.is_award or row.awarded is None) \
                and not (row.is_award and all(r.evidence == row.evidence for r in same if r.awarded)):
            target = same[0] if row.awarded is None else None  # (not the undated renewal a statement tells
            # beside the first award when no other sentence dates one: 'renewed its GOLD label, first obtained in 2015')
        undated = [r for r in same if r.awarded is None and (
            all(x.awarded is None for x in same) or introduces_block(r.evidence)  # (a headline's award, or a
            or any(x.evidence == r.evidence and x.awarded for x in same))]  # renewal told beside the first award)
        if target is None and undated and row.awarded and (
                all(not r.is_award or r.held_before for r in undated) or is_recent(row.awarded, reference)):
            target = undated[0]  # (dated here; a tier held before the news is no award of it: 'after Silver')
            target.awarded, target.evidence = row.awarded, row.evidence
        if target is None:
            merged.append(row)
            continue
        target.valid_until = target.valid_until or row.valid_until
        target.awarding_body = target.awarding_body or row.awarding_body
        target.is_award = target.is_award or row.is_award
    return merged
