"""Write the common-word lists of pipeline/lexicon/ from wordfreq (`make lexicon`).

Each list holds the words of a language at or above a Zipf frequency of 2.5 (about
three in ten million words) in wordfreq's large list, one per line, lower case, most
frequent first, gzipped. wordfreq is needed only here, not at run time.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

MIN_ZIPF = 2.5
LANGUAGES = ("de", "en")


def common_words(language: str) -> list[str]:
    from wordfreq import iter_wordlist, zipf_frequency
    words = []
    for word in iter_wordlist(language, "large"):
        if zipf_frequency(word, language, wordlist="large") < MIN_ZIPF:
            break
        words.append(word)
    return words


def main(folder: Path) -> None:
    for language in LANGUAGES:
        words = common_words(language)
        with gzip.GzipFile(folder / f"{language}.txt.gz", "wb", mtime=0) as out:
            out.write("\n".join(words).encode("utf-8"))
        print(f"{language}: {len(words)} words")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
