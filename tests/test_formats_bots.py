"""Outputs for machines: SARIF, reviewdog's rdjsonl and a unified diff that patch tools take.

Each format is checked by using it the way its consumer does: SARIF and reviewdog fixes
are applied from their own coordinates, and the unified diff is fed to GNU patch and
git apply, which must turn the input into the repaired text byte for byte.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from repair.core.edits import Change, apply_changes, change_id
from repair.core.lines import LineIndex, line_col
from repair.core.result import RepairResult
from repair.formats import FORMATS
from repair.formats.rdjsonl import byte_position
from repair.formats.unified import patch_path, split_lines, unified_diff
from tests.conftest import repair_in_process

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_a09c2a99a20097ac.txt"


def change(text: str, start: int, end: int, replacement: str | None, kind: str = "typography"):
    rule = f"{kind}.test"
    return Change(
        id=change_id(start, end, rule, text[start:end]),
        start=start,
        end=end,
        original=text[start:end],
        replacement=replacement,
        action="flag" if replacement is None else ("remove" if replacement == "" else "fix"),
        kind=kind,
        rule=rule,
        confidence=0.8,
        message=f"test {kind}",
    )


def result_of(text: str, changes: list[Change]) -> RepairResult:
    return RepairResult(text, apply_changes(text, changes), tuple(changes))


def sample() -> RepairResult:
    text = "Café 𐐀 au lait .\r\nSpread the love\r\nIt rained  today\n\nLast line"
    at = text.index
    changes = [
        change(text, at(" ."), at(" .") + 2, "."),
        change(text, at("Spread"), at("It rained"), "", "boilerplate"),
        change(text, 0, 4, None, "foreign"),
        change(text, at("  today"), at("  today") + 2, " "),
        change(text, at("Last line"), len(text), "Final line", "garble"),
    ]
    return result_of(text, changes)


# --- SARIF -----------------------------------------------------------------------------


def test_sarif_results_point_at_the_original_text_and_carry_fixes():
    result = sample()
    log = json.loads(FORMATS.get("sarif")().render("docs/a.txt", result))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert len(rules) == len(set(rules))
    assert len(run["results"]) == len(result.changes)
    replacements = []
    for item, expected in zip(run["results"], result.changes, strict=True):
        region = item["locations"][0]["physicalLocation"]["region"]
        start, length = region["charOffset"], region["charLength"]
        assert result.input[start : start + length] == expected.original
        assert region["snippet"]["text"] == expected.original
        assert rules[item["ruleIndex"]] == item["ruleId"] == expected.rule
        assert item["partialFingerprints"]["repairChangeId/v1"] == expected.id
        assert item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/a.txt"
        if expected.replacement is None:
            assert item["level"] == "note" and "fixes" not in item
            continue
        assert item["level"] == "warning"
        (fix,) = item["fixes"]
        (replacement,) = fix["artifactChanges"][0]["replacements"]
        deleted = replacement["deletedRegion"]
        replacements.append(
            (deleted["charOffset"], deleted["charLength"], replacement["insertedContent"]["text"])
        )
    rebuilt, pos = [], 0
    for offset, length, inserted in sorted(replacements):
        rebuilt += [result.input[pos:offset], inserted]
        pos = offset + length
    assert "".join(rebuilt) + result.input[pos:] == result.text


def test_sarif_lines_and_columns_count_code_points():
    result = sample()
    log = json.loads(FORMATS.get("sarif")().render("a.txt", result))
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]]
    by_offset = {region["charOffset"]: region for region in regions}
    assert (by_offset[14]["startLine"], by_offset[14]["startColumn"]) == (1, 15)  # after 𐐀
    assert (by_offset[18]["startLine"], by_offset[18]["startColumn"]) == (2, 1)
    assert (by_offset[18]["endLine"], by_offset[18]["endColumn"]) == (3, 1)


# --- reviewdog -------------------------------------------------------------------------


def offset_of(text: str, position: dict[str, int]) -> int:
    """Back from reviewdog's line and UTF-8 byte column to a code-point offset."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    line_start = starts[position["line"] - 1]
    prefix = text[line_start:].encode()[: position["column"] - 1].decode()
    return line_start + len(prefix)


def test_byte_position_follows_the_reviewdog_example():
    text = "a𐐀b"
    assert [byte_position(LineIndex(text), i)["column"] for i in range(3)] == [1, 2, 6]


def test_rdjsonl_is_one_diagnostic_a_line_with_suggestions_that_rebuild_the_text():
    result = sample()
    out = FORMATS.get("rdjsonl")().render("a.txt", result)
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(result.changes) and out.endswith("\n")
    edits = []
    for record, expected in zip(records, result.changes, strict=True):
        assert record["location"]["path"] == "a.txt"
        assert record["code"]["value"] == expected.rule
        assert record["source"]["name"] == "repair"
        span = record["location"]["range"]
        start, end = offset_of(result.input, span["start"]), offset_of(result.input, span["end"])
        assert (start, end) == (expected.start, expected.end)
        if expected.replacement is None:
            assert record["severity"] == "INFO" and "suggestions" not in record
        else:
            assert record["severity"] == "WARNING"
            (suggestion,) = record["suggestions"]
            edits.append((start, end, suggestion["text"]))
    rebuilt, pos = [], 0
    for start, end, text in sorted(edits):
        rebuilt += [result.input[pos:start], text]
        pos = end
    assert "".join(rebuilt) + result.input[pos:] == result.text


# --- unified diff ----------------------------------------------------------------------


def test_split_lines_only_splits_on_lf():
    assert split_lines("a\r\nb\rc\x0cd\u2028e\nf") == ["a\r\n", "b\rc\x0cd\u2028e\n", "f"]
    assert split_lines("") == [] and split_lines("\n") == ["\n"]


def test_no_change_gives_an_empty_patch():
    assert unified_diff("same\n", "same\n", "a.txt") == ""


def test_patch_path_is_relative_below_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    assert patch_path(str(tmp_path / "sub" / "x.txt")) == "sub/x.txt"
    assert patch_path("-") == "stdin"
    assert not patch_path("/elsewhere/y.txt").startswith("/")


def random_case(rng: random.Random) -> tuple[str, str]:
    words = ["alpha", "beta", "été", "𐐀", "  ", ".", ",", "gamma delta"]
    ends = ["\n", "\r\n", "\n\n"]
    lines = [" ".join(rng.choices(words, k=rng.randint(0, 6))) for _ in range(rng.randint(1, 30))]
    text = "".join(line + rng.choice(ends) for line in lines)
    if rng.random() < 0.4:
        text = text.rstrip("\r\n")  # no line end at the end of the file
    changes, pos = [], 0
    while pos < len(text):
        start = pos + rng.randint(0, 40)
        end = min(len(text), start + rng.randint(0, 12))
        if start > len(text):
            break
        replacement = rng.choice(["", "X", "new words", "\n", "é\r\n"])
        changes.append(change(text, start, end, replacement))
        pos = end + 1
    return text, apply_changes(text, changes)


PATCH_TOOLS = {
    "gnu-patch": ["patch", "-p1", "--batch", "--silent"],
    "git-apply": ["git", "apply", "--whitespace=nowarn", "-p1", "-"],
}


@pytest.mark.parametrize("tool", sorted(PATCH_TOOLS))
def test_patch_tools_turn_the_input_into_the_repaired_text(tmp_path, tool):
    command = PATCH_TOOLS[tool]
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    rng = random.Random(7)
    for index in range(30):
        before, after = random_case(rng)
        target = tmp_path / f"case{index}.txt"
        target.write_bytes(before.encode())
        patch = unified_diff(before, after, target.name)
        done = subprocess.run(
            command, cwd=tmp_path, input=patch.encode(), capture_output=True, timeout=30
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert target.read_bytes() == after.encode(), (index, patch)


# --- the command line ------------------------------------------------------------------


def repair_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return repair_in_process(*args, cwd=cwd)


@pytest.mark.skipif(shutil.which("patch") is None, reason="GNU patch is not installed")
def test_diff_unified_on_the_seed_patches_a_copy_into_the_fixed_text(tmp_path):
    copy = tmp_path / "article.txt"
    copy.write_bytes(SEED.read_bytes())
    patch = repair_cli("diff", "--unified", "--no-mt", "article.txt", cwd=tmp_path)
    assert patch.returncode == 0, patch.stderr
    assert patch.stdout.startswith(b"--- a/article.txt\n+++ b/article.txt\n@@ ")
    fixed = repair_cli("fix", "--no-mt", "article.txt", cwd=tmp_path)
    done = subprocess.run(
        ["patch", "-p1", "--batch"], cwd=tmp_path, input=patch.stdout, capture_output=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert copy.read_bytes() == fixed.stdout != SEED.read_bytes()


@pytest.mark.parametrize("name", ["sarif", "rdjsonl"])
def test_check_offers_every_registered_format(tmp_path, name):
    copy = tmp_path / "article.txt"
    copy.write_bytes(SEED.read_bytes())
    done = repair_cli("check", "--format", name, "article.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the seed is damaged
    assert done.stdout.strip()
    if name == "sarif":
        assert json.loads(done.stdout)["runs"][0]["results"]
    elif name == "rdjsonl":
        assert all(json.loads(line)["location"]["path"] == "article.txt"
                   for line in done.stdout.decode().splitlines())  # fmt: skip


def test_check_refuses_an_unknown_format(tmp_path):
    done = repair_cli("check", "--format", "nope", str(SEED), cwd=tmp_path)
    assert done.returncode == 2 and b"Traceback" not in done.stderr


def test_line_index_agrees_with_line_col_on_every_kind_of_line_end():
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice(["a", "é", "𐐀", " ", "\n", "\r", "\r\n"]) for _ in range(30))
        index = LineIndex(text)
        assert [index.line_col(i) for i in range(len(text) + 1)] == [
            line_col(text, i) for i in range(len(text) + 1)
        ]
