"""scan: a pattern's matches found only where they can start, the same as a full scan."""
import pytest
import regex

from pipeline.extract.scan import finditer_at_words, finditer_in_lines_with_words, line_starts_holding, matches_from

TEXTS = [
    "Velmora sagte: Der Cluster wächst. SAGTE sie? sagte er, und sagte es wieder.",
    "sagte am Anfang und am Ende sagte",
    "Die İnnovation sagte nichts; ſagte ein Wort.",  # letters whose lower case or case folding differ
    "",
    "keine Treffer hier\nund hier auch nicht",
    "Members are Velmora and Tarsio.\nThe members are: Nordalb, Quendt.\nmembers",
]
SPEECH = regex.compile(r"(?<![\p{L}])(?i:sagte|said)\b[^.;\n]{0,20}")
MEMBERS = regex.compile(r"(?i:members?)[ \t]+are\b[^\n]*")


@pytest.mark.parametrize("text", TEXTS)
def test_matches_at_opening_words_are_those_of_a_full_scan(text):
    full = [(m.start(), m.end()) for m in SPEECH.finditer(text)]
    assert [(m.start(), m.end()) for m in finditer_at_words(SPEECH, text, ["sagte", "said"])] == full


@pytest.mark.parametrize("text", TEXTS)
def test_matches_in_lines_holding_a_word_are_those_of_a_full_scan(text):
    full = [(m.start(), m.end()) for m in MEMBERS.finditer(text)]
    assert [(m.start(), m.end()) for m in finditer_in_lines_with_words(MEMBERS, text, ["member"])] == full


def test_a_start_inside_the_last_match_is_passed_over_as_finditer_does():
    pattern = regex.compile(r"ab+")
    assert [m.group() for m in matches_from(pattern, "abbb ab", [0, 1, 5])] == ["abbb", "ab"]


def test_the_lines_holding_a_character_start_after_their_break():
    assert line_starts_holding("a:b\nno\nc:d", ":") == [0, 7]
    assert line_starts_holding("a:b\nno\nc:d", ":", at_break=True) == [0, 6]
