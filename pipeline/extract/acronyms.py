"""Acronym definitions: "Long Name (ACR)", "(kurz: ACR)", "– kurz ACR –" join the
acronym to the entity of the name before it."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.chunks import Chunk, holds_cluster_head
from pipeline.extract.label_rules import label_rules
from pipeline.extract.model import CLUSTER, DocumentEntities, Entity, Mention, ORG, PERSON, PROGRAMME
from pipeline.extract.name_shapes import is_coined_word, org_type_of, programme_head_endings
from pipeline.extract.scan import line_starts_holding, matches_from
from pipeline.extract.vocab import vocabulary, word_pattern


# 'HEGAN', 'H2-NRW', 'MedNet', and an acronym dotted or hyphened to a place's or field's word:
# 'CIM.Ruhr', 'H2-Ost'.
ACRONYM = regex.compile(r"^(?:\p{Lu}[\p{Lu}\p{N}&/-]{1,9}|\p{Lu}\p{Ll}*\p{Lu}[\p{L}\p{N}-]*"
                        r"|\p{Lu}[\p{Lu}\p{N}]{1,9}[.-]\p{Lu}[\p{L}\p{N}-]{1,20})$")


# "Long Name (ACR)", "„Long Name“ (ACR)", "(kurz: ACR)", "– kurz ACR –", ", kurz ACR,", "(short ACR)",
# "X (its gloss), shortly ACR,",
# "– kurz SensoNet Thüringen –" (a short name of up to three words)
DEFINITION_AFTER = regex.compile(
    r"^(?:[“”\"’]?[ \t]*\((?:(?i:kurz|short|abgekürzt|abbreviated)[: \t]+)?(?:[„“\"]?)(?P<inner>[^()\n]{2,120}?)(?:[“”\"]?)\)"
    r"|[ \t]*\)?[ \t]*(?:[–—-]|,)[ \t]*(?i:kurz|short|shortly|in short|abgekürzt)[: \t]+[„“\"]?"
    r"(?P<inner>[\p{Lu}][\p{L}\p{N}&-]{1,15}(?:[ \t]+\p{Lu}[\p{L}\p{N}&-]{1,20}){0,2})[“”\"]?"
    r"(?=[ \t]*(?:[–—,)]|-[ \t])))")


# '(KKV; Velm Circular Economy Competence Network)', '(VVK, „Velmjütländischer Windcluster“)': the
# acronym, then another name of the same body (its translation, perhaps quoted), after a
# semicolon or a comma.
ACRONYM_THEN_NAME = regex.compile(r"(?P<acronym>[^;,\s]{2,10})[ \t]*[;,][ \t]*[„“\"«]?"
                                  r"(?P<name>\p{Lu}[\p{L}&'’-]*(?:[ \t]+[\p{L}&'’-]+){1,8})[“”\"»]?")


def _add_other_name(found: DocumentEntities, entity: Entity, start: int, name: str) -> None:
    """Another name of a body in its parenthesis after its acronym, one of its names: the
    entity read there merged into it, or a mention of it."""
    other = next((m.entity for m in found.mentions if m.start == start and m.text == name), None)
    if other is not None and other is not entity and other.label in (entity.label, ORG, CLUSTER) \
            and not other.fixed_canonical:
        found.merge(entity, other)
    elif other is None and not found.covered(start, start + len(name)):
        found.add(Mention(start, start + len(name), name, entity.label, "acronym_rules"), entity.canonical)


SHORT_MARKER = regex.compile(r"(?i:kurz|short|shortly|abgekürzt)")  # '– kurz VelNet Thüringen –': a short name, no acronym


# '(Dolnośląski Klaster Zielonej Chemii, DKZCh)': a name in parentheses, then its acronym.
ACRONYM_CLOSING = regex.compile(r"^[ \t]*,[ \t]*(?P<inner>\p{Lu}[\p{L}\p{N}&-]{1,9})[ \t]*\)")


# 'St. Pölten (OTS/NLK) - ...', 'Berlin (dpa) – ...': a dateline at the head of a line. The
# parenthesis names news agencies (short, in capitals or lower case: not '(Denmark)'), the
# words before it a place, which is no organisation.
DATELINE = regex.compile(
    r"(?m)^[ \t]*(?:\p{Lu}[\p{L}.-]*[ \t]+){0,3}\p{Lu}[\p{L}.-]*[ \t]*"
    r"\((?P<agencies>(?:\p{Lu}{3,5}|\p{Ll}{3,4})(?:[ \t]*[/,][ \t]*(?:\p{Lu}{3,5}|\p{Ll}{3,4}))*)\)"
    r"[ \t]*[–—-][ \t]")
AGENCY = regex.compile(r"\p{L}+")
# '(MittelstandsWire) Potsdam, 18.05.2021 – ...': a wire's or portal's name in parentheses
# opening the line, before the dateline's place (and date) and its dash, is the source.
SOURCE_BEFORE_DATELINE = regex.compile(
    r"(?m)^[ \t]*\((?P<source>\p{Lu}[\p{L}\p{N}&.-]{1,30}(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,2})\)[ \t]+"
    r"\p{Lu}[\p{L}.-]+(?:[ \t/-]+\p{Lu}[\p{L}.-]+){0,2}(?:,[ \t]+[\p{L}\p{N}. ]{4,25}?)?[ \t]+[–—-][ \t]")


def add_dateline_agencies(text: str, found: DocumentEntities) -> set[int]:
    """The news agencies of datelines as organisations ('Berlin (dpa) –', '(Wire) Berlin,
    1 May 2024 –'); returns where each dateline's parenthesis after the place opens, so
    that the place before it is read as no acronym's long form."""
    opens = set()
    for match in matches_from(DATELINE, text, line_starts_holding(text, "(")):  # (a line with a parenthesis)
        if "cluster" in match[0].casefold():
            continue  # 'Velmora Cluster (DK) – Gold': a list line
        opens.add(match.start("agencies") - 1)
        for agency in AGENCY.finditer(match["agencies"]):
            start = match.start("agencies") + agency.start()
            if not found.covered(start, start + len(agency[0])):
                found.add(Mention(start, start + len(agency[0]), agency[0], ORG, "acronym_rules"),
                          org_type="company")
    for match in matches_from(SOURCE_BEFORE_DATELINE, text, line_starts_holding(text, "(")):
        start, end = match.span("source")
        if "cluster" not in match["source"].casefold() and not found.covered(start, end):
            found.add(Mention(start, end, match["source"], ORG, "acronym_rules"), org_type="company")
    return opens


def _opens_dateline(text: str, end: int, dateline_opens: set[int]) -> bool:
    """Whether the parenthesis after a name (at `end`) is a dateline's."""
    return any(end <= at <= end + 2 and not text[end:at].strip() for at in dateline_opens)


def _country_code(inner: str, name: str) -> bool:
    """'Distretto Meccatronico Euganeo (IT)': two capitals that do not spell the name's
    initials are where it is from, no acronym."""
    initials = "".join(w[0] for w in regex.split(r"[\s-]+", name) if w[:1].isupper())
    return len(inner) == 2 and inner.isalpha() and inner.isupper() and not initials.startswith(inner)


def _no_acronym(inner: str, name: str) -> bool:
    """A parenthesis after a name that holds no acronym of it: where it is from ('(IT)') or
    its tier ('X Cluster (BRONZE)')."""
    return _country_code(inner, name) or inner.casefold() in label_rules().tier_words


@lru_cache(maxsize=1)
def _name_conjunction() -> regex.Pattern:
    """' and ', ' und ', ' sowie ' between two names ([names.coordination] name_conjunctions)."""
    return word_pattern(r" (?:%(names.coordination.name_conjunctions)s) ")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _spelled_tail(name: str, acronym: str) -> int:
    """The offset of the part after the last conjunction when it alone spells the acronym
    and the whole name does not ('Brennock Automation and Irish Manufacturing Research'
    before '(IMR)'); else 0."""
    parts = list(_name_conjunction().finditer(name))
    if not parts or _initials(name) == acronym:
        return 0
    tail = parts[-1].end()
    return tail if _initials(name[tail:]) == acronym else 0


def _acronym_and_words_of(short: str, long: str) -> bool:
    """'RIS3 Thüringen' for 'Regionale Innovationsstrategie Thüringen': an acronym, then
    words of the long form; not another name ('„X“ (Interreg South Baltic)': its programme).
    (A body's bracketed name is always another of its names: its translation.)"""
    first, *rest = short.split()
    return bool(rest) and ACRONYM.match(first) is not None and all(word in long.split() for word in rest)


def _unit_in_brackets(name: str, bracketed: str) -> bool:
    """'Medizinische Hochschule X (Institut für Regenerative Therapien)': a research institute
    in the brackets of a university's name, or a university in an institute's, is the other
    body (its unit or its owner), no other name of it. (Other kinds differ between a name and
    its translation too often: 'Regional Development Agency (MARR S.A.)'.)"""
    return {org_type_of(name), org_type_of(bracketed)} == {"research", "university"}


def _merge_named_forms(found: DocumentEntities, entity: Entity, named: Entity | None) -> Entity:
    """A long form's entity and the entity its bracketed short form names, one entity:
    the long form's, unless only the short form's name is fixed by the rule set ('das
    Bayerische Verbundforschungsprogramm (BayVFP)': a known programme under another form)."""
    if named is None or named is entity or named not in found.entities or entity not in found.entities:
        return entity
    if not named.fixed_canonical:
        found.merge(entity, named)  # ('... REBALANCE startet' read before as a name of its own)
        return entity
    if not entity.fixed_canonical:
        found.merge(named, entity)
        return named
    return entity


def apply_definitions(text: str, found: DocumentEntities, chunks: list[Chunk]) -> None:
    """'Long Name (ACR)' and 'ACR (Long Name)': one entity, acronym recorded; an
    acronym defined for an unclassified long form makes an organisation. A dateline's
    agencies are organisations of their own."""
    dateline_opens = add_dateline_agencies(text, found)
    for mention in list(found.mentions):
        if mention.label == PERSON or _opens_dateline(text, mention.end, dateline_opens):
            continue
        match = DEFINITION_AFTER.match(text[mention.end:mention.end + 130])
        if not match and "(" in text[max(0, mention.start - 40):mention.start]:
            match = ACRONYM_CLOSING.match(text[mention.end:mention.end + 20])  # '(Klaster X, KX)'
        if not match:
            continue
        inner = match["inner"].strip()
        inner_start = mention.end + match.start("inner")
        entity = mention.entity
        if _no_acronym(inner, mention.text):
            continue
        other_name = ACRONYM_THEN_NAME.fullmatch(inner)
        if other_name is not None and ACRONYM.match(other_name["acronym"]) \
                and not _no_acronym(other_name["acronym"], mention.text) \
                and not label_rules().tier.search(other_name["name"]):  # (not '(DE, ESCA Gold)')
            _add_other_name(found, entity, inner_start + other_name.start("name"), other_name["name"])
            inner = other_name["acronym"]  # '(KKV; Velm Circular Economy Competence Network)'
        short_form = next((m.entity for m in found.mentions if m.start == inner_start and m.text == inner
                           and m.label == entity.label), None)  # ('X Thüringen (RIS3 Thüringen)': known as a name)
        if short_form is not None and not ACRONYM.match(inner) and not _unit_in_brackets(mention.text, inner) and (
                entity.label == ORG or _acronym_and_words_of(inner, mention.text)):
            _merge_named_forms(found, entity, short_form)  # ('Politechnika Wrocławska (Wrocław University of ...)')
        if ACRONYM.match(inner) and len(inner) < len(mention.text):
            named = found.find(inner, (entity.label,))  # ('... REBALANCE startet' read before as a name of its own)
            entity = _merge_named_forms(found, entity, named)
            if not entity.acronym:
                entity.acronym = inner
            if not found.covered(inner_start, inner_start + len(inner)):
                found.add(Mention(inner_start, inner_start + len(inner), inner, entity.label,
                                  "acronym_rules"), entity.canonical)
        elif (ACRONYM.match(mention.text) or SHORT_MARKER.search(text, mention.end, inner_start)) \
                and len(inner.split()) >= 2 and "," not in inner \
                and inner[:1].isupper():  # not 'GreenBridge (grant agreement No 101083456)'
            if ACRONYM.match(mention.text):
                entity.acronym = entity.acronym or mention.text
            if not found.covered(inner_start, inner_start + len(inner)):
                found.add(Mention(inner_start, inner_start + len(inner), inner, entity.label,
                                  "acronym_rules"), entity.canonical)
    for chunk in chunks:
        if found.covered(chunk.start, chunk.end) or len(chunk.words) < 2 \
                or _opens_dateline(text, chunk.end, dateline_opens):
            continue
        match = DEFINITION_AFTER.match(text[chunk.end:chunk.end + 30])
        if match and ACRONYM.match(match["inner"].strip()) and not _no_acronym(match["inner"].strip(), chunk.text):
            inner = match["inner"].strip()
            start = chunk.end + match.start("inner")
            known = next((m.entity for m in found.mentions if m.start == start and m.text == inner), None)
            if known is not None and known.label != PERSON:  # 'des Zentralen Innovationsprogramms (ZIM)':
                found.add(Mention(chunk.start, chunk.end, chunk.text, known.label, "acronym_rules"),
                          entity=known)  # a known acronym's long form, inflected
                continue
            last = chunk.text.split(" ")[-1].casefold()
            if not org_type_of(chunk.text) and (last in vocabulary().programme_heads
                                                or last.endswith(programme_head_endings())):
                entity = found.add(Mention(chunk.start, chunk.end, chunk.text, PROGRAMME, "acronym_rules"),
                                   acronym=inner)  # 'der Regionalen Innovationsstrategie (RIS)'
                found.add(Mention(start, start + len(inner), inner, PROGRAMME, "acronym_rules"), entity.canonical)
                continue
            tail = _spelled_tail(chunk.text, inner)
            if tail:  # 'Brennock Automation and Irish Manufacturing Research (IMR)': two bodies
                head = chunk.text[:tail].rstrip()
                head = head[:head.rfind(" ")].rstrip()  # (without the conjunction)
                if len(head.split()) >= 2:
                    found.add(Mention(chunk.start, chunk.start + len(head), head, ORG, "acronym_rules"),
                              org_type=org_type_of(head) or "other")
                chunk = Chunk(chunk.start + tail, chunk.end, chunk.text[tail:])
            kind = org_type_of(chunk.text) or "other"
            entity = found.add(Mention(chunk.start, chunk.end, chunk.text, ORG, "acronym_rules"),
                               acronym=inner, org_type=kind)
            found.add(Mention(start, start + len(inner), inner, ORG, "acronym_rules"),
                      entity.canonical)
    _brands_before_dashed_names(text, found, chunks)


BRAND_DASH = regex.compile(r"[ \t]+[–—-][ \t]+")
# A brand: a word in capitals ('AGRODUERO') or a coined word with a capital or digit inside ('H2Karpo').
COINED_BRAND = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]+|\p{Lu}\p{L}*[\p{Lu}\p{N}][\p{L}\p{N}]*")


def _brands_before_dashed_names(text: str, found: DocumentEntities, chunks: list[Chunk]) -> None:
    """'AGRODUERO – Cluster Agroalimentario del Duero', 'H2Karpo – Podkarpacki Klaster Wodorowy',
    'TEXVELM – Textil-Cluster Velmtal': a brand before a dash and a cluster's name that holds its
    head (perhaps as a compound's last part) is that cluster's brand, one more of its names."""
    for chunk in chunks:
        if " " in chunk.text or len(chunk.text) < 4 or not COINED_BRAND.fullmatch(chunk.text):
            continue
        _brand_after_dashed_name(text, found, chunk)
        if found.covered(chunk.start, chunk.end):
            continue
        dash = BRAND_DASH.match(text, chunk.end)
        if dash is None:
            continue
        named = next((m for m in found.starting_at(dash.end()) if m.label == CLUSTER and holds_cluster_head(m.text)), None)
        if named is not None:
            found.add(Mention(chunk.start, chunk.end, chunk.text, CLUSTER, "acronym_rules"), entity=named.entity)


BRAND_THEN_GLOSS = regex.compile(r"[ \t]*\(")
BRAND_ENDS_LINE = regex.compile(r"[ \t]*(?:\n|$)")
DASH_BEFORE = regex.compile(r"[ \t]+[–—-][ \t]+$")


def _brand_after_dashed_name(text: str, found: DocumentEntities, brand: Chunk) -> None:
    """'Asociación Clúster de X – ENVALIA (Y Cluster of Z)', 'First Bronze Label for the Y
    Cluster – H2Velm⏎': a brand between a cluster's name and a dash before it, and a
    parenthesis (the name's gloss; the appositions then link it to both) or the line's end
    after it, is that cluster's brand (not a tier or a common word: 'X Cluster – NEWS')."""
    dash = DASH_BEFORE.search(text, max(0, brand.start - 5), brand.start)
    if dash is None:
        return
    if not BRAND_THEN_GLOSS.match(text, brand.end) and not (
            BRAND_ENDS_LINE.match(text, brand.end) and is_coined_word(brand.text)
            and brand.text.casefold() not in label_rules().tier_words):
        return
    named = next((m for m in found.mentions if m.end == dash.start() and m.label == CLUSTER), None)
    if named is None:
        return
    known = next((m.entity for m in found.starting_at(brand.start) if m.end == brand.end), None)
    if known is None and not found.covered(brand.start, brand.end):
        found.add(Mention(brand.start, brand.end, brand.text, CLUSTER, "acronym_rules"), entity=named.entity)
    elif known is not None and known is not named.entity and known.label == CLUSTER and not known.fixed_canonical:
        found.merge(named.entity, known)  # ('H2Velm' read before as a cluster of its own)
    else:
        return
    named.entity.acronym = named.entity.acronym or brand.text

