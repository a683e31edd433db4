from __future__ import annotations

import io

import pytest

from repair.cli.large_files import iter_chunks, repair_stream
from repair.core.edits import revert_changes
from repair.io import InputError
from repair.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one line",
        "a\n\nb\n\nc\n" * 50,
        "a\r\n\r\nb\r\n" * 80,
        "x\ry\r" * 90,
        "word " * 500,
        "nospaces" * 100,
        "café\n\n" * 100,
    ],
)
def test_chunks_are_the_whole_text(text):
    chunks = list(iter_chunks(io.BytesIO(text.encode()), "t", chunk_chars=64))
    assert "".join(chunks) == text
    assert all(chunks)
    assert not any(
        a.endswith("\r") and b.startswith("\n") for a, b in zip(chunks, chunks[1:], strict=False)
    )


def test_chunks_are_about_chunk_chars_long(monkeypatch):
    import repair.cli.large_files as streaming

    monkeypatch.setattr(streaming, "_READ_BYTES", 1000)
    text = "A short paragraph of news.\n\n" * 400  # 11,200 characters
    chunks = list(iter_chunks(io.BytesIO(text.encode()), "t", chunk_chars=1000))
    assert "".join(chunks) == text
    assert all(500 <= len(chunk) <= 1000 for chunk in chunks[:-1])
    assert all(chunk.endswith("\n\n") for chunk in chunks)


def test_multibyte_characters_across_read_boundaries(monkeypatch):
    import repair.cli.large_files as streaming

    monkeypatch.setattr(streaming, "_READ_BYTES", 3)
    text = "été ça 日本 😀\n\n" * 20
    assert "".join(iter_chunks(io.BytesIO(text.encode()), "t", chunk_chars=16)) == text


def test_invalid_utf8_is_an_input_error_or_replaced():
    with pytest.raises(InputError, match="not valid UTF-8"):
        list(iter_chunks(io.BytesIO(b"ok\xff"), "t"))
    # The reader keeps the byte as a surrogate escape; the pipeline's rule replaces it.
    assert "".join(iter_chunks(io.BytesIO(b"ok\xff"), "t", errors="replace")) == "ok\udcff"


def test_stream_repair_replaces_invalid_bytes_and_reverts_to_them():
    text = "".join(f"Report {n} came out \udcff today.\n\n" for n in range(3))
    out = io.BytesIO()
    changes, _ = repair_stream(
        io.BytesIO(text.encode("utf-8", "surrogateescape")), out, Pipeline(), "t", errors="replace"
    )
    repaired = out.getvalue().decode()
    assert "\ufffd" in repaired and "\udcff" not in repaired
    assert revert_changes(repaired, changes) == text


def test_stream_repair_matches_and_reverts(seed_text):
    text = (seed_text + "\n\n") * 5
    out = io.BytesIO()
    changes, read = repair_stream(
        io.BytesIO(text.encode()), out, Pipeline(), "t", chunk_chars=len(seed_text) // 2
    )
    repaired = out.getvalue().decode()
    assert read == len(text)
    assert revert_changes(repaired, changes) == text
    assert "Spread the love" not in repaired


def test_fix_large_file_writes_output_and_a_report_that_reverts(tmp_path, seed_text):
    import json

    from repair.cli.large_files import fix_large_file
    from repair.core.report import revert_report

    source = tmp_path / "big.txt"
    source.write_text((seed_text + "\n\n") * 3, encoding="utf-8")
    out, report = tmp_path / "out.txt", tmp_path / "report.json"
    fix_large_file(
        str(source),
        str(out),
        in_place=False,
        backup=False,
        report=str(report),
        pipeline=Pipeline(),
        errors="strict",
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["text"] == out.read_text(encoding="utf-8")
    assert revert_report(report.read_text(encoding="utf-8")) == source.read_text(encoding="utf-8")


def test_fix_large_file_in_place_refuses_binary(tmp_path):
    from repair.cli.large_files import fix_large_file

    source = tmp_path / "b.bin"
    source.write_bytes(b"\x00" * 1000)
    with pytest.raises(InputError, match="binary"):
        fix_large_file(
            str(source),
            None,
            in_place=True,
            backup=False,
            report=None,
            pipeline=Pipeline(),
            errors="strict",
        )
    assert source.read_bytes() == b"\x00" * 1000
