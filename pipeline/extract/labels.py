"""Label statements: a named cluster was awarded, renewed or holds a Bronze, Silver or
Gold cluster-management excellence label. One row per (cluster, tier, award date);
statements that only mention a label the cluster holds join the award row.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from pipeline.extract.doc_view import doc_sentences, view
from pipeline.extract.entities import CLUSTER, ORG, PROGRAMME, DocumentEntities, Entity


def following_block(text: str, end: int) -> tuple[int, int]:
    """The lines after position `end` up to the next blank line: what a heading or a
    line ending in a colon introduces."""
    start = end
    while start < len(text) and text[start] in " \t\n":
        start += 1
    blank = text.find("\n\n", start)
    return start, (len(text) if blank < 0 else blank)


def introduces_block(sentence_text: str) -> bool:
    """A heading line ('Total of 10 Bronze Labels') or a line ending in a colon."""
    stripped = sentence_text.strip()
    return stripped.endswith(":") or (len(stripped) < 100 and stripped[-1:] not in ".!?\"“”")

LABEL_CONTEXT = regex.compile(
    r"label|siegel|zertifi|certifi|excellence|exzellenz|auszeichnung|ausgezeichnet|award|"
    r"verliehen|benchmark|prädikat|status|erh[äa]lt|erhielt|erhalten|received|achiev",
    regex.IGNORECASE)
AWARD_VERB = regex.compile(
    r"award|verlieh|ausgezeichnet|zertifiziert|certified|re-?certif|receiv|erh[äa]lt|erhielt|erhalten|"
    r"bekommen|bekam|gained|obtained|achieved|earned|granted|confirmed|bestätigt|reconfirmed|"
    r"rezertifiziert|erlangt|errungen|won|gewonnen|vergeben|überreicht|presented",
    regex.IGNORECASE)
# A tier spoken of in general, not as something a named cluster has.
GENERIC = regex.compile(
    r"\b(?:not already|nicht bereits|who do not|die nicht|requirement|voraussetzung|qualify|"
    r"percent of|prozent der|% of|only \d+|nur \d+|aim(?:s|ing)? (?:for|at|to)|streb|plan(?:s|t)? |"
    r"will be audit|wird .* angestrebt|expected to|erwartet|next step|nächste[nr]? schritt|"
    r"will (?:get|receive|be awarded|apply)|soll(?:en)? .* erhalten|"
    r"such as|wie etwa|levels?\b|stufen|bronze, silber|bronze, silver|silber(?:-)? (?:oder|und) gold|"
    r"silver (?:or|and) gold|bronze (?:or|and) silver|bronze(?:-)? (?:oder|und) silber)",
    regex.IGNORECASE)
AWARDING_BODY_KINDS = {"European Secretariat for Cluster Analysis", "European Cluster Excellence Initiative"}


@dataclass
class LabelRow:
    cluster: Entity
    tier: str
    awarded: str | None
    valid_until: str | None
    awarding_body: str | None
    evidence: str
    is_award: bool


def _mentions_in(found: DocumentEntities, start: int, end: int, labels) -> list:
    return [m for m in found.mentions if start <= m.start and m.end <= end and m.label in labels]


def _awarding_body(found: DocumentEntities, start: int, end: int) -> str | None:
    for mention in _mentions_in(found, start, end, (ORG, PROGRAMME)):
        if mention.entity.canonical in AWARDING_BODY_KINDS:
            return mention.entity.canonical
    return None


def label_rows(doc, found: DocumentEntities, tier_spans, dates) -> list[LabelRow]:
    """Rows for every sentence where a tier is a label a named cluster got or holds."""
    rows: list[LabelRow] = []
    by_sentence: dict[int, list] = {}
    sentences = doc_sentences(doc)
    starts = [s.start_char for s in sentences]
    for span in tier_spans:
        index = max(bisect.bisect_right(starts, span.start_char) - 1, 0)
        by_sentence.setdefault(index, []).append(span)
    clusters_in_doc = [e for e in found.entities if e.label == CLUSTER]
    fallback = clusters_in_doc[0] if len(clusters_in_doc) == 1 else None
    for index, spans in sorted(by_sentence.items()):
        sentence = sentences[index]
        text = sentence.text
        if not LABEL_CONTEXT.search(text):
            continue
        tiers = sorted({s.id_ for s in spans})
        if GENERIC.search(text) and (len(tiers) > 1 or not AWARD_VERB.search(text)):
            continue
        clusters = _clusters_for(found, sentence, spans)
        from_block = not clusters and len(tiers) == 1 and introduces_block(text)
        if from_block:
            block = following_block(view(doc).text, sentence.end_char)
            clusters = [(e, spans) for e in _entities_in(found, *block)]
        if len(tiers) > 1 and len(clusters) < 2:
            continue  # "Bronze, Silber oder Gold": the scheme, not an award
        is_award = bool(AWARD_VERB.search(text)) and not from_block
        if not clusters:
            if fallback is None or len(tiers) > 1:
                continue
            clusters = [(fallback, spans)]
            is_award = False  # an anaphoric mention ("the cluster", "it") holds, not awards
        in_sentence = [d for d in dates if sentence.start_char <= d.start < sentence.end_char]
        awarded = next((d.value for d in in_sentence if d.role == "awarded"), None)
        if awarded is None and is_award:
            awarded = next((d.value for d in in_sentence
                            if d.role not in ("valid_until", "published", "founded")), None)
        valid_until = next((d.value for d in in_sentence if d.role == "valid_until"), None)
        body = _awarding_body(found, sentence.start_char, sentence.end_char)
        for cluster, cluster_spans in clusters:
            for tier in sorted({s.id_ for s in cluster_spans}):
                rows.append(LabelRow(cluster, tier, awarded, valid_until, body,
                                     text.strip(), is_award))
    _date_from_next_sentence(rows, sentences, dates)
    return merge_rows(rows)


def _date_from_next_sentence(rows: list[LabelRow], sentences, dates) -> None:
    """'X and Y received the Gold label. The labels were awarded ... on 26 November
    2019.': an award sentence with a date but no tier dates the rows just before it."""
    by_evidence: dict[str, list[LabelRow]] = {}
    for row in rows:
        by_evidence.setdefault(row.evidence, []).append(row)
    for current, following in zip(sentences, sentences[1:]):
        group = by_evidence.get(current.text.strip())
        if not group or not AWARD_VERB.search(following.text) or "label" not in following.text.lower():
            continue
        date = next((d.value for d in dates if following.start_char <= d.start < following.end_char
                     and d.role in ("awarded", "event", "other")), None)
        for row in group:
            if date and row.awarded is None and row.is_award:
                row.awarded = date


def _entities_in(found: DocumentEntities, start: int, end: int) -> list[Entity]:
    out = []
    for mention in _mentions_in(found, start, end, (CLUSTER,)):
        if mention.entity not in out:
            out.append(mention.entity)
    return out


def _clusters_for(found: DocumentEntities, sentence, spans) -> list[tuple[Entity, list]]:
    """Clusters named in the sentence, each with the tier spans that belong to it: with
    several tiers, each cluster takes the nearest tier after it (else before it)."""
    mentions = _mentions_in(found, sentence.start_char, sentence.end_char, (CLUSTER,))
    seen, clusters = set(), []
    for mention in mentions:
        if id(mention.entity) not in seen:
            seen.add(id(mention.entity))
            clusters.append(mention)
    if not clusters:
        return []
    if len({s.id_ for s in spans}) == 1:
        return [(m.entity, spans) for m in clusters]
    out = []
    for mention in clusters:
        after = [s for s in spans if s.start_char >= mention.end]
        before = [s for s in spans if s.end_char <= mention.start]
        nearest = after[:1] or before[-1:]
        out.append((mention.entity, nearest))
    return out


def merge_rows(rows: list[LabelRow]) -> list[LabelRow]:
    """One row per (cluster, tier, awarded); mentions without an award verb or a date
    join the existing row of that cluster and tier, filling what it lacks."""
    merged: list[LabelRow] = []
    for row in rows:
        same = [r for r in merged if r.cluster is row.cluster and r.tier == row.tier]
        target = next((r for r in same if r.awarded == row.awarded), None)
        if target is None and same and (not row.is_award or row.awarded is None):
            target = same[0] if row.awarded is None else None
        if target is None and same and row.awarded and all(r.awarded is None and not r.is_award for r in same):
            target = same[0]
            target.awarded = row.awarded
        if target is None:
            merged.append(row)
            continue
        target.valid_until = target.valid_until or row.valid_until
        target.awarding_body = target.awarding_body or row.awarding_body
        target.is_award = target.is_award or row.is_award
    return merged
