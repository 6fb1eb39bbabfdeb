"""pipeline.alternatives: an alternation grouped by first letter finds what the plain one finds."""

import re

import pytest
import regex

from pipeline.alternatives import by_first_letter

PHRASES = [r"\bplan(?:s|t)? ", r"\bprepar", r"\bpeilt", r"\bum\b[^.;]{1,80}?\bzu\b", "award", "ausgezeichnet",
           r"(?:^|[„\"“])[ \t]*wer\b", r"\b% of", "a|b", r"\bs?o", "Gold", "gold"]
TEXTS = ["Der Cluster peilt das Gold-Label an, um es 2025 zu erhalten.",
         "The network plans to prepare for an award; 40 % of members agree.",
         "„Wer dreimal Gold holt“, sagte sie, so ausgezeichnet wie nie.",
         "abba Soest GOLD award-winning"]


def test_groups_patterns_by_their_first_letter():
    assert by_first_letter([r"\bplan", r"\bprepar", "award", "aus"]) == r"\b(?:p(?:lan|repar))|a(?:ward|us)"


@pytest.mark.parametrize("flags", [0, regex.IGNORECASE])
def test_finds_what_the_plain_alternation_finds(flags):
    plain = regex.compile("|".join(PHRASES), flags)
    grouped = regex.compile(by_first_letter(PHRASES), flags)
    for text in TEXTS:
        assert [m.start() for m in grouped.finditer(text)] == [m.start() for m in plain.finditer(text)]


def test_the_first_of_several_words_at_one_position_still_wins():
    words = ["Maier", "Mai", "May", "März"]  # (longest first: 'Maier' before 'Mai')
    assert re.match(by_first_letter(words), "Maier").group() == "Maier"
    assert re.match(by_first_letter(words[::-1]), "Maier").group() == "Mai"


def test_a_pattern_with_a_bar_of_its_own_is_left_whole():
    # (grouped as 'a(?:b)', the 'a|b' would read 'a(?:b|a|b)' and lose the lone 'b')
    pattern = by_first_letter(["ab", "a|b"])
    assert pattern == "ab|a|b"
    assert re.fullmatch(pattern, "b")
