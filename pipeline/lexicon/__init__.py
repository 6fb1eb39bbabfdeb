"""Common words of German and English (see README.md here): whether a capitalised word
is a word of the language or a coined name."""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

FOLDER = Path(__file__).parent


@lru_cache(maxsize=None)
def common_words(language: str) -> frozenset[str]:
    """The language's common words, lower case; empty for a language without a list."""
    path = FOLDER / f"{language}.txt.gz"
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return frozenset(lines.read().split("\n"))


@lru_cache(maxsize=65536)
def is_rare_word(word: str, language: str) -> bool:
    """Whether a word is no common word of the language nor of English: a coined name
    ('Solvind') rather than an adverb or a noun German capitalises ('Erstmals', 'Anfang')."""
    key = word.casefold()
    return key not in common_words(language) and key not in common_words("en")
