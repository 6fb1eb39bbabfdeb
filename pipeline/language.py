"""Stage 3, language: a deterministic language tag for the cleaned text.

Only a bounded sample of the body is read, so a long document costs no more than a
short one. Two ways to a tag, cheapest first:

- Fast path, German and English only: when the sample has enough words, a high share
  of them are function words of one of the two languages and nearly all function
  words found are that language's (lists and thresholds in rules/language.toml), the
  answer is that language. It costs a regex pass and some dict look-ups, against
  about 3 ms for langdetect, and it fires on ordinary German and English releases.
  Texts in other languages never reach the share (their words are not on the lists);
  function words of neighbouring languages count against the purity, so a text with
  long passages in another language misses it, and so do German-English mixtures;
  short texts have too few words: they all go to langdetect, which stays the judge
  of everything that is not clear-cut.
- langdetect, for everything else. It is random by design (it samples n-grams) and
  its module-level detector is unseeded. Here a private factory per process, with
  profiles loaded in sorted order and a fixed seed, makes the same input give the
  same answer and the same probability in every process and every run.

The score that goes with the tag (documents.language_score) is therefore one of two
things, both in [0, 1] and both high only when the tag is clear: langdetect's
probability of the language, or, on the fast path, the share of the function words
found (of both lists) that belong to the chosen language, at least `min_purity`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pipeline import ruleset

RULES_FILE = "language.toml"  # in the active rule set (pipeline.ruleset)
UNDETERMINED = "und"
# Runs of letters: the words of the sample, and (summed up) its letter count.
WORD = re.compile(r"[^\W\d_]+")
# Lines shorter than this are headings, datelines, contact lines: little language
# signal, many names. The body is made of longer lines.
MIN_BODY_LINE_CHARS = 40
# Linear on any input: an e-mail address can only start where a run of non-space starts
# (the old `\S+@\S+\.\w+` found exactly these matches, but tried every position of a long
# run and backtracked over every "@" in it: quadratic on a line without spaces). From
# the run's start, `[^\s@]*` stops at the first "@" and cannot backtrack past it.
URL_OR_EMAIL = re.compile(r"\b(?:https?://|www\.)\S+|(?<!\S)\S[^\s@]*@\S+\.\w+")


@lru_cache(maxsize=4)
def _factory(seed: int):
    """A seeded langdetect factory with every profile, loaded in file-name order (the
    library's own loader follows os.listdir, whose order is not guaranteed)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    profiles = sorted(p for p in Path(PROFILES_DIRECTORY).iterdir()
                      if p.is_file() and not p.name.startswith("."))
    factory = DetectorFactory()
    factory.load_json_profile([p.read_text(encoding="utf-8") for p in profiles])
    factory.set_seed(seed)
    return factory


OTHER = ""  # the "language" of the function words of other languages: never a tag


class FastPath(NamedTuple):
    """The function-word lists and thresholds of rules/language.toml."""
    words: dict  # lower-case function word -> language code, or OTHER
    min_words: int
    min_share: float
    min_purity: float


@lru_cache(maxsize=1)
def load_fast_path() -> FastPath:
    data = ruleset.active().toml(RULES_FILE)
    words = {}
    lists = sorted(data["function_words"].items()) + [(OTHER, data["other_languages"]["words"])]
    for code, listed in lists:
        for word in listed:
            if words.setdefault(word.lower(), code) != code:
                raise ValueError(f"{RULES_FILE}: {word!r} is on two lists")
    limits = data["fast_path"]
    return FastPath(words, int(limits["min_words"]), float(limits["min_share"]),
                    float(limits["min_purity"]))


def function_word_language(words: list[str], rules: FastPath) -> tuple[str, float] | None:
    """(language, purity) when the lower-cased words are clearly German or clearly
    English by their function words, else None (the caller asks langdetect). The
    function words of other languages count against the purity only."""
    if len(words) < rules.min_words:
        return None
    counts: dict[str, int] = {}
    lookup = rules.words.get
    for word in words:
        code = lookup(word)
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    best = max((code for code in counts if code != OTHER), key=counts.get, default=None)
    if best is None:
        return None
    hits = counts[best]
    purity = hits / sum(counts.values())
    if hits < rules.min_share * len(words) or purity < rules.min_purity:
        return None
    return best, round(purity, 4)


def sample_of(text: str, sample_chars: int, min_letters: int = 0) -> str:
    """A bounded sample of the body: the longer lines, URLs and e-mail addresses out,
    cut at a word boundary. All lines when the longer lines hold fewer than
    `min_letters` letters (a page of short lines: list items, a table, a poem)."""
    lines = text.split("\n")
    body = [line for line in lines if len(line) >= MIN_BODY_LINE_CHARS]
    sample = _without_urls("\n".join(body))
    if not body or (min_letters and _letters(sample, sample_chars) < min_letters):
        sample = _without_urls(text)
    if len(sample) > sample_chars:
        cut = sample.rfind(" ", 0, sample_chars + 1)
        sample = sample[: cut if cut > sample_chars // 2 else sample_chars]
    return sample


def _without_urls(text: str) -> str:
    """URL_OR_EMAIL.sub(" ", text), line by line and only in the lines that hold '://',
    'www.' or '@', which every URL or address it matches holds (and none spans lines: it
    holds no blank): most lines hold none, and the pattern tried at every word was most
    of the sampling's time."""
    return "\n".join(URL_OR_EMAIL.sub(" ", line) if "@" in line or "://" in line or "www." in line else line
                     for line in text.split("\n"))


def _letters(sample: str, sample_chars: int) -> int:
    """Letters in the part of `sample` that the sample keeps."""
    return sum(map(len, WORD.findall(sample[:sample_chars])))


def detect(text: str, sample_chars: int = 3000, min_letters: int = 40,
           seed: int = 0) -> tuple[str, float | None]:
    """(ISO 639-1 code, score) of the main language, or ('und', None) when the sample
    has fewer than `min_letters` letters or langdetect finds no feature. The score is
    the fast path's purity or langdetect's probability (see the module docstring)."""
    sample = sample_of(text, sample_chars, min_letters)
    words = WORD.findall(sample)
    if sum(map(len, words)) < min_letters:
        return UNDETERMINED, None
    fast = function_word_language(" ".join(words).lower().split(), load_fast_path())
    if fast is not None:
        return fast
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory(seed).create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED, None
    return best.lang.split("-")[0], round(best.prob, 4)
