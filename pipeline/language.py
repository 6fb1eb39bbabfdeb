"""Stage 3, language: a deterministic language tag for the cleaned text.

langdetect is random by design; a private, seeded factory per process makes the same
input give the same answer in every process and every run.
"""
from __future__ import annotations

import re
from functools import lru_cache

UNDETERMINED = "und"
LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=4)
def _factory(seed: int):
    from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = seed
    return factory


def sample_of(text: str, sample_chars: int) -> str:
    """A bounded sample of the body: skip the short heading lines, take whole lines."""
    lines = [line for line in text.split("\n") if len(line) >= 40] or text.split("\n")
    sample = "\n".join(lines)
    return sample[:sample_chars]


def detect(text: str, sample_chars: int = 3000, min_letters: int = 40,
           seed: int = 0) -> tuple[str, float | None]:
    """(ISO 639-1 code, probability) of the main language, or ('und', None)."""
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
