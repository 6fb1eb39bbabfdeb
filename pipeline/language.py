"""Stage 3, language: a deterministic language tag for the cleaned text.

langdetect is random by design (it samples n-grams) and its module-level detector is
unseeded. Here a private factory per process, with profiles loaded in sorted order
and a fixed seed, makes the same input give the same answer and the same probability
in every process and every run. Only a bounded sample of the body is read, so a long
document costs no more than a short one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

UNDETERMINED = "und"
LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# Lines shorter than this are headings, datelines, contact lines: little language
# signal, many names. The body is made of longer lines.
MIN_BODY_LINE_CHARS = 40
URL_OR_EMAIL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")


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


def sample_of(text: str, sample_chars: int) -> str:
    """A bounded sample of the body: the longer lines (falling back to all lines when
    there are none), URLs and e-mail addresses out, cut at a word boundary."""
    lines = text.split("\n")
    body = [line for line in lines if len(line) >= MIN_BODY_LINE_CHARS] or lines
    sample = URL_OR_EMAIL.sub(" ", "\n".join(body))
    if len(sample) > sample_chars:
        cut = sample.rfind(" ", 0, sample_chars + 1)
        sample = sample[: cut if cut > sample_chars // 2 else sample_chars]
    return sample


def detect(text: str, sample_chars: int = 3000, min_letters: int = 40,
           seed: int = 0) -> tuple[str, float | None]:
    """(ISO 639-1 code, probability) of the main language, or ('und', None) when the
    sample has fewer than `min_letters` letters or langdetect finds no feature."""
    sample = sample_of(text, sample_chars)
    if len(LETTER.findall(sample)) < min_letters:
        return UNDETERMINED, None
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory(seed).create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED, None
    return best.lang.split("-")[0], round(best.prob, 4)
