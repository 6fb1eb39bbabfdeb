"""pipeline.lexicon: common German and English words, to tell coined names from words."""
from pipeline.lexicon import common_words, is_rare_word


def test_common_words_of_both_languages_are_known():
    assert {"erstmals", "anfang", "bereits", "netzwerk"} <= common_words("de")
    assert {"having", "finally", "today", "network"} <= common_words("en")


def test_coined_names_are_rare_and_case_does_not_matter():
    assert is_rare_word("Solvind", "de") and is_rare_word("Valtrona", "en")
    assert not is_rare_word("Erstmals", "de") and not is_rare_word("ANFANG", "de")


def test_a_language_without_a_list_knows_only_english():
    assert common_words("xx") == frozenset()
    assert not is_rare_word("Today", "xx") and is_rare_word("Solvind", "xx")
