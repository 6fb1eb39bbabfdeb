"""Programmes and projects that only their context names: a quoted name after a
programme word ('the project “Five for Excellence”', 'call ‘Go Global’'), a quoted name
before one ('the “FlexPack” partnership'), names listed before a plural programme word
('the Alpha, Beta and Gamma projects'), a name in apposition to one ('X – an
international project'), and call codes ('ABC-CLUSTER-2031-2-01').
"""
from __future__ import annotations

import regex

from pipeline.extract.chunks import Chunk
from pipeline.extract.model import DocumentEntities, Mention, PROGRAMME
from pipeline.extract.name_shapes import org_type_of
from pipeline.extract.vocab import vocabulary

# ('initiative' is left out: "die Cluster-Initiative „X“" names a cluster)
INTRODUCER = (r"(?i:project|projekt|projekts|projektes|programme|program|programm|programms|"
              r"scheme|call|ausschreibung|förderaufruf|partnership|partnerschaft|wettbewerb|competition)")
QUOTED_AFTER = regex.compile(
    INTRODUCER + r"(?:[ \t]+(?:called|named|namens|mit dem (?:Titel|Namen)|entitled|titled))?[ \t]*[:]?[ \t]*"
    r"[„“\"‘‚'«»](?P<name>\p{Lu}[^„“”\"‘’‚'«»\n]{1,100}?)[“”\"’‘'«»]")
QUOTED_BEFORE = regex.compile(
    r"[„“\"‘‚'«](?P<name>\p{Lu}[^„“”\"‘’‚'«»\n]{1,60}?)[“”\"’‘'»][ \t-]*"
    r"(?:(?:\p{Lu}[\p{L}-]*[ \t]+){0,4})" + INTRODUCER + r"\b")
# (at most 20 items before 'and': an unbounded run of 'Name, ' is tried again from each
# of its names, quadratic on a long comma list)
LISTED = regex.compile(
    r"(?P<list>(?:\p{Lu}[\p{L}\p{N}-]+,[ \t]+){0,20}\p{Lu}[\p{L}\p{N}-]+,?[ \t]+(?:and|und|&)[ \t]+\p{Lu}[\p{L}\p{N}-]+)"
    r"[ \t]+(?i:projects|projekte|programmes|programs|programme|partnerships|initiatives)\b")
APPOSED = regex.compile(r"[ \t]+[–—-][ \t]+(?:an?|ein|eine)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}?"
                        r"(?i:project|projekt|programme|program|programm|partnership|initiative)\b")
# Call identifiers of EU programmes: 'ABC-CLUSTER-2031-2-01', 'H2020-XYZ-2030-01' (not
# standards or patents: 'DIN-EN-ISO-9001-2015').
CALL_CODE = regex.compile(r"(?<![\p{L}\p{N}-])(?!(?:DIN|ISO|EN|IEC|VDI|VDE|DE|EP|WO)-)\p{Lu}[\p{Lu}\p{N}]{1,9}(?:-[\p{Lu}\p{N}]{0,11}\p{Lu}[\p{Lu}\p{N}]{0,11}){1,4}"
                          r"(?:-[\p{Lu}\p{N}]{1,12}){0,2}-(?:19|20)\d\d"
                          r"(?:-[\p{Lu}\p{N}]{1,6}){0,3}(?![\p{L}\p{N}-])")

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


def _add(found: DocumentEntities, start: int, end: int, text: str, quoted: bool = False) -> bool:
    """A programme mention, unless the name is taken or names a body (a quoted title after
    a programme word may hold a weak head: 'Projekt „Auf dem Weg zu einem Netzwerk“')."""
    name = text[start:end].strip(" \t,.;:")
    end = start + len(name)
    kind = org_type_of(name)
    if len(name) < 3 or found.covered(start, end) or (kind and not (quoted and kind in ("network", "association", "company", "other"))):
        return False
    found.add(Mention(start, end, name, PROGRAMME, "programme_context"))
    return True


def quoted_and_listed(text: str, found: DocumentEntities) -> None:
    """Before the chunks are classified: quoted names next to a programme word, names
    listed before a plural one, call codes (a quoted 'Clusters Go Global' or
    'ABC-CLUSTER-2031-2-01' is no cluster)."""
    for match in QUOTED_AFTER.finditer(text):
        _add(found, match.start("name"), match.end("name"), text, quoted=True)
    for match in QUOTED_BEFORE.finditer(text):
        _add(found, match.start("name"), match.end("name"), text)
    for match in QUOTED.finditer(text):  # '„Technik-Offensive“', '"Innovationsstrategie Nordland"'
        words = match["name"].split()
        last = words[-1].casefold()
        if len(words) > 5 or words[0].casefold() in vocabulary().not_name_start:
            continue  # '„Das ist unser Programm“': a quote, not a name
        if last in vocabulary().programme_heads or (len(last) > 8 and last.endswith(_long_programme_heads())):
            _add(found, match.start("name"), match.end("name"), text, quoted=True)
    for match in LISTED.finditer(text):
        position = match.start("list")
        items = list(LIST_ITEM.finditer(match["list"]))
        if any(_common_word(item.group(), text) for item in items):
            continue  # 'Research and Innovation projects': words, not names
        for item in items:
            _add(found, position + item.start(), position + item.end(), text)
    for match in CALL_CODE.finditer(text):
        named = CODE_AFTER_NAME.search(text, max(0, match.start() - 4), match.start())
        before = [m for m in found.mentions if named and m.label == PROGRAMME and m.end == named.start()]
        if _add(found, match.start(), match.end(), text) and before:  # "call ‘X’ (ABC-CLUSTER-2031-2-01)"
            found.merge(before[0].entity, found.mentions[-1].entity)


END_HEADS = frozenset({"programme", "program", "programm", "scheme", "strategy", "strategie", "agenda",
                       "roadmap", "action plan", "aktionsplan", "challenge"})


def _headed_at_end(chunk: Chunk) -> bool:
    """'Kelvo Growth Scheme', 'Nordland Innovation Strategy': a name of two or more
    words that ends in a programme word."""
    words = chunk.text.split()
    coined = any(regex.search(r"\p{Lu}.*\p{Lu}|\d", w) for w in words[:-1])  # 'KELVO Scheme', 'NordWind Programme'
    return (len(words) >= 3 or (len(words) == 2 and coined)) and words[-1].casefold() in END_HEADS \
        and words[0][:1].isupper()  # not 'Growth Strategy' in a title-case heading


def apposed(text: str, chunks: list[Chunk], found: DocumentEntities) -> list[Chunk]:
    """Unclassified names in apposition to a programme word ('X – an EU project');
    returns the chunks still unclassified."""
    left = []
    for chunk in chunks:
        if found.covered(chunk.start, chunk.end):
            continue
        apposed_here = text[chunk.end + 1:chunk.end + 2] in ("–", "—", "-") and APPOSED.match(text, chunk.end)
        if (apposed_here or _headed_at_end(chunk)) and len(chunk.text) >= 3 \
                and not org_type_of(chunk.text) and _add(found, chunk.start, chunk.end, text):
            continue
        left.append(chunk)
    return left
