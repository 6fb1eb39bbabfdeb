"""pattern_cache: a pattern loaded from the cache folder is the pattern compiled."""
import pickle

import pytest
import regex

from pipeline.extract import pattern_cache
from pipeline.extract.pattern_cache import compile_cached, longest_first

PATTERN = r"(?<![\p{L}])(?P<word>(?:gold|silber|silver)(?:-label)?)\b"
TEXT = "Das Silber-Label ging an X, GOLD an Y; silverware nicht."


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(pattern_cache.CACHE_ENV, str(tmp_path))
    pattern_cache.cache_folder.cache_clear()
    yield tmp_path
    pattern_cache.cache_folder.cache_clear()


def _spans(pattern):
    return [(m.span(), m["word"]) for m in pattern.finditer(TEXT)]


def test_a_stored_pattern_is_loaded_and_matches_as_compiled(folder, monkeypatch):
    expected = _spans(regex.compile(PATTERN, regex.IGNORECASE))
    first = compile_cached(PATTERN, regex.IGNORECASE)
    assert len(list(folder.glob("*.pickle"))) == 1
    monkeypatch.setattr(regex, "compile", lambda *args: pytest.fail("compiled again"))
    second = compile_cached(PATTERN, regex.IGNORECASE)
    assert second is not first and second.flags == first.flags
    assert _spans(second) == _spans(first) == expected


def test_flags_are_part_of_the_key(folder):
    compile_cached(PATTERN)
    assert _spans(compile_cached(PATTERN, regex.IGNORECASE)) == _spans(regex.compile(PATTERN, regex.IGNORECASE))
    assert len(list(folder.glob("*.pickle"))) == 2


def test_a_damaged_or_foreign_file_is_compiled_over(folder):
    compile_cached(PATTERN)
    (path,) = folder.glob("*.pickle")
    path.write_bytes(b"not a pickle")
    assert _spans(compile_cached(PATTERN)) == _spans(regex.compile(PATTERN))
    path.write_bytes(pickle.dumps(print))  # a global other than regex's own: refused, never called
    assert _spans(compile_cached(PATTERN)) == _spans(regex.compile(PATTERN))
    assert pattern_cache._load(path, PATTERN) is not None  # (stored again)


def test_no_folder_no_cache(monkeypatch, tmp_path):
    monkeypatch.setenv(pattern_cache.CACHE_ENV, "")
    pattern_cache.cache_folder.cache_clear()
    try:
        assert _spans(compile_cached(PATTERN)) == _spans(regex.compile(PATTERN))
    finally:
        pattern_cache.cache_folder.cache_clear()


def test_an_unwritable_folder_only_costs_the_compilation(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(pattern_cache.CACHE_ENV, str(blocker / "patterns"))  # (a folder under a file)
    pattern_cache.cache_folder.cache_clear()
    try:
        assert _spans(compile_cached(PATTERN)) == _spans(regex.compile(PATTERN))
    finally:
        pattern_cache.cache_folder.cache_clear()


def test_a_full_folder_is_emptied(folder, monkeypatch):
    monkeypatch.setattr(pattern_cache, "MAX_FILES", 3)
    for word in ("a", "b", "c"):
        compile_cached(word)
    compile_cached("d")
    assert len(list(folder.glob("*.pickle"))) == 1


def test_longest_first_is_one_order_whatever_the_set():
    words = {"und", "der", "for", "the", "angewandten", "&", "of"}
    assert longest_first(words) == ["angewandten", "der", "for", "the", "und", "of", "&"]
