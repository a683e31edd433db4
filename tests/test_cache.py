from __future__ import annotations

import marshal

from repair.cache import cache_dir, cached


def test_built_once_then_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return ({"word": 1.5}, {"le": 3})

    assert cached("t", ("fr", "en", 1), build) == ({"word": 1.5}, {"le": 3})
    assert cached("t", ("fr", "en", 1), build) == ({"word": 1.5}, {"le": 3})
    assert len(calls) == 1
    assert cached("t", ("fr", "en", 2), build) and len(calls) == 2  # a new key rebuilds


def test_corrupt_or_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached("t", "k", lambda: {"a": 1})
    for path in cache_dir().iterdir():
        path.write_bytes(b"\x00garbage")
    assert cached("t", "k", lambda: {"a": 2}) == {"a": 2}
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert cached("t", "k", lambda: {"a": 3}) == {"a": 3}


def test_compiled_regex_equals_re_compile_and_is_read_back(tmp_path, monkeypatch):
    """A program from the disk cache makes the pattern ``re.compile`` makes."""
    import re

    import repair.cache as cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "_programs_on_disk", None)
    patterns = [
        (r"(?P<word>[^\W\d_]+)(?:-(?P=word))?\s*(\d+)?", re.IGNORECASE),
        (r"(?<![^\W\d_])(?:coup d'etat|tete-a-tete)(?=\W)", 0),
        (r"(?i)^é+$", re.MULTILINE),
    ]
    text = "Nur-Nur 12 word-word coup d'etat\néé\nÉÉ tete-a-tete."
    assert all(cache._read_program(f"{int(f)}:{p}") is None for p, f in patterns)
    fresh = [cache.compile_regex(p, f) for p, f in patterns]
    # Each program is saved on its own, and read back without compiling.
    assert all(cache._read_program(f"{int(f)}:{p}") is not None for p, f in patterns)
    monkeypatch.setattr(cache, "_parser", None)  # compiling now would fail
    read_back = [cache.compile_regex(p, f) for p, f in patterns]
    for (pattern, flags), first, second in zip(patterns, fresh, read_back, strict=True):
        plain = re.compile(pattern, flags)
        for compiled in (first, second):
            assert (compiled.pattern, compiled.flags, compiled.groups) == (
                plain.pattern,
                plain.flags,
                plain.groups,
            )
            assert compiled.groupindex == plain.groupindex
            found = [(m.span(), m.groups()) for m in compiled.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_programs_on_disk_are_capped(tmp_path, monkeypatch):
    import repair.cache as cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "_programs_on_disk", None)
    monkeypatch.setattr(cache, "_MAX_PROGRAMS", 2)
    for pattern in ("a+", "b+", "c+"):
        assert cache.compile_regex(pattern).fullmatch(pattern[0] * 3)
    assert len(list(cache._programs_dir().iterdir())) == 2
    assert cache._read_program("0:c+") is None


def test_a_corrupt_program_is_compiled_again(tmp_path, monkeypatch):
    import repair.cache as cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "_programs_on_disk", None)
    cache.compile_regex("a+b")
    path = cache._program_path("0:a+b")
    for corrupt in (
        marshal.dumps(("0:a+b", (32, [1, 2, 3], 0, {}, (None,)))),
        b"\x00",
        marshal.dumps(("0:a+b", (32, [1], 0))),
        marshal.dumps(("0:other", (32, [1], 0))),
    ):
        path.write_bytes(corrupt)
        assert cache.compile_regex("a+b").fullmatch("aab")


def test_langdetect_profiles_packed_give_langdetects_own_table(tmp_path, monkeypatch):
    """The packed profiles (built, then read back from the cache) unpack to the very rows
    and languages langdetect's own loader builds, zeros included."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from repair.langid import langdetect as packed

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    own = DetectorFactory()
    own.load_profile(PROFILES_DIRECTORY)
    for _ in range(2):  # built, then loaded
        languages, grams, starts, rows = cached("langdetect-profiles", "k", packed._build_profiles)
        table = packed._PackedRows(grams, starts, rows, len(languages))
        assert languages == own.langlist
        assert set(table) == set(own.word_lang_prob_map)
        for word, row in own.word_lang_prob_map.items():
            assert table[word] == row
            assert table[word] is table[word]  # unpacked once
