from __future__ import annotations

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
