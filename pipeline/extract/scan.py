"""The matches of a pattern over a whole text, found faster where the pattern can only
start at a few places: where one of its opening words stands, or at the start of a line
that holds a given character.

`pattern.finditer(text)` tries the pattern at every position of the text; a pattern that
opens with one of a list of words (after look-behinds only) or with a line's start can
match only where such a word or a line starts. `str.find` jumps to those places (a scan
in C), and the pattern is tried there alone: the same matches, in the same order, for
a fraction of the cost (a press release holds a speech verb or a member noun a few
times, and is scanned by dozens of such patterns).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

import regex


def matches_from(pattern: regex.Pattern, text: str, starts: Iterable[int]) -> Iterator[regex.Match]:
    """What `pattern.finditer(text)` yields, for a pattern whose every match starts at one
    of `starts` (ascending, no repeats): the pattern is tried at each start in turn, and a
    start inside the last match is passed over, as finditer goes on after a match's end.
    (Look-behinds and \\b see the text before a start, as in a scan of the whole text.)"""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


# The letters whose lower case is not what case-insensitive matching (simple case folding)
# takes them for: 'ſ' matches 's', 'ς' matches 'σ', a Cherokee small letter its capital
# (every letter whose one-letter casefold() differs from its lower()). A set of characters:
# the standard library's engine scans for it six times faster than `regex`.
FOLDED_OTHERWISE = re.compile(r"[\xb5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
                             r"\u13a0-\u13f5\u13f8-\u13fd\u1c80-\u1c88\u1e9b\u1fbe\uab70-\uabbf]")


@lru_cache(maxsize=4)
def lowered_in_place(text: str) -> str | None:
    """text.lower() when each of its letters stays one letter that a case-insensitive
    pattern takes as that letter (so that an offset in it is the same offset in the
    text, and a word matched in any case is found there in lower case); None when not
    ('İ' becomes two letters, 'ſ' is matched as 's'). Kept for the few texts last asked:
    the scans of one document read the same text (hashed once, found by identity)."""
    lowered = text.lower()
    if len(lowered) != len(text) or FOLDED_OTHERWISE.search(text):
        return None
    return lowered


def word_starts(text: str, words: Iterable[str]) -> list[int] | None:
    """The offsets in `text` where one of `words` starts in any case (a superset of where
    a case-insensitive pattern can match one of them), ascending; None when the text's
    lower case cannot say (lowered_in_place) or a word is empty."""
    lowered = lowered_in_place(text)
    openings = _openings(tuple(words))
    if lowered is None or "" in openings:
        return None
    starts = set()
    for word in openings:
        position = lowered.find(word)
        while position >= 0:
            starts.add(position)
            position = lowered.find(word, position + 1)
    return sorted(starts)


@lru_cache(maxsize=256)
def _openings(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words in lower case, less those that another of them opens ('partners' after
    'partner'): where the longer one starts, the shorter one does too."""
    lowered = sorted({w.lower() for w in words}, key=len)
    kept: list[str] = []
    for word in lowered:
        if not kept or not word.startswith(tuple(kept)):
            kept.append(word)
    return tuple(kept)


def finditer_at_words(pattern: regex.Pattern, text: str, words: Iterable[str]) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern each of whose matches starts with one of
    `words` (case-insensitively or not: the words are looked for in any case), only
    look-behinds, \\b or '^' before it."""
    starts = word_starts(text, words)
    return pattern.finditer(text) if starts is None else matches_from(pattern, text, starts)


def line_starts_holding(text: str, character: str, at_break: bool = False) -> list[int]:
    """The starts of the lines of `text` that hold `character`, ascending: the offset after
    each line break (or 0), or with `at_break` the offset of the line break itself (0 for
    the first line), for a pattern that opens with '(?:^|\\n)'."""
    starts = []
    position = text.find(character)
    while position >= 0:
        line_break = text.rfind("\n", 0, position)
        starts.append(max(line_break, 0) if at_break else line_break + 1)
        next_line = text.find("\n", position)
        if next_line < 0:
            break
        position = text.find(character, next_line)
    return starts


def line_bounds_holding_words(text: str, words: Iterable[str]) -> list[tuple[int, int]] | None:
    """(start, end) of each line of `text` that holds one of `words` in any case, the line
    break left out, in order; None when word_starts cannot say."""
    starts = word_starts(text, words)
    if starts is None:
        return None
    bounds: list[tuple[int, int]] = []
    for start in starts:
        if bounds and start <= bounds[-1][1]:
            continue  # (another word of a line already taken)
        line_end = text.find("\n", start)
        bounds.append((text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end))
    return bounds


def finditer_in_lines_with_words(pattern: regex.Pattern, text: str, words: Iterable[str]) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern each of whose matches lies within one line
    (it matches no line break) and holds one of `words` in any case: the pattern scans
    only the lines that hold one."""
    bounds = line_bounds_holding_words(text, words)
    if bounds is None:
        yield from pattern.finditer(text)
        return
    for start, end in bounds:
        yield from pattern.finditer(text, start, end)
