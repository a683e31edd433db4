"""Training-data preparation for the X→English models (issue 19), on tiny synthetic files.

The held-out Tatoeba slice must share no sentence with training once case, punctuation and
spaces are folded (on either side), no dev set's English may be trained on, and the scripts
must say where the data comes from, in one line, when it is missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from mt_training.data import (  # noqa: E402
    COMMENTARY,
    NEWS_BY_LANG,
    TATOEBA,
    dedup_against,
    dev_files_en,
    norm_key,
    prepare,
    read_lines,
)


def test_norm_key_folds_case_punctuation_and_spaces() -> None:
    assert norm_key("¡Corre!") == norm_key("corre") == "corre"
    assert norm_key("Tom  is here.") == norm_key("tom is here") == norm_key("TOM, is  here!")
    assert norm_key("Tom is here.") != norm_key("Tom was here.")


def test_dedup_drops_a_held_out_pair_matching_training_on_either_side() -> None:
    held = [("¿Quién?", "Who?"), ("Hola.", "Hello."), ("Corre.", "Run!")]
    train = [("quién", "Who is it?"), ("Adiós.", "hello")]
    assert dedup_against(held, train) == [("Corre.", "Run!")]


def write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def spanish_data(root: Path) -> Path:
    """A data folder shaped like ../shared/data with a few Spanish pairs."""
    train, dev = root / "train", root / "dev"
    tsv = [f"Sentence number {i} is here.\tLa frase número {i} está aquí." for i in range(60)]
    # Near-duplicates: same sentence with other case or punctuation, and one English sentence
    # with two Spanish translations.
    tsv += [f"sentence number {i} is here!\tla frase número {i} está aquí" for i in range(60)]
    tsv += [f"Sentence number {i} is here.\tAquí está la frase {i}." for i in range(60)]
    tsv += ["The weather is fine today.\tHoy hace buen tiempo."]
    write(train / TATOEBA["es"], tsv)
    for stem in NEWS_BY_LANG["es"]:
        write(train / f"{stem}.es", [f"Noticia {stem} uno.", f"Noticia {stem} dos."])
        write(train / f"{stem}.en", [f"News {stem} one.", f"News {stem} two."])
    # newstest2012 exists in train/ with the dev English: it must not be trained on for es.
    write(train / "wmt-newstest2012.es", ["Una noticia del conjunto de desarrollo."])
    write(train / "wmt-newstest2012.en", ["A news story of the dev set."])
    write(train / f"{COMMENTARY['es']}.es", ["Un comentario.", "Hace buen tiempo hoy."])
    # The second commentary pair's English is a dev English line: it must be dropped.
    write(train / f"{COMMENTARY['es']}.en", ["A commentary.", "A news story of the dev set."])
    write(dev / "wmt-newstest2012.es", ["Una noticia del conjunto de desarrollo."])
    write(dev / "wmt-newstest2012.en", ["A news story of the dev set."])
    return root


def test_spanish_preparation_keeps_held_out_and_dev_text_out_of_training(tmp_path) -> None:
    data = spanish_data(tmp_path / "data")
    out = tmp_path / "work"
    counts = prepare(data / "train", data / "dev", out, heldout=10, src="es")
    train = list(zip(read_lines(out / "train.es"), read_lines(out / "train.en"), strict=True))
    held = list(zip(read_lines(out / "heldout.es"), read_lines(out / "heldout.en"), strict=True))
    assert len(held) == 10 and counts["heldout_dedup"] == 10
    train_src = {norm_key(s) for s, _ in train}
    train_en = {norm_key(e) for _, e in train}
    for s, e in held:
        assert norm_key(s) not in train_src and norm_key(e) not in train_en
    assert "a news story of the dev set" not in train_en
    assert not any("desarrollo" in s for s, _ in train)
    origins = set(read_lines(out / "train.origin"))
    assert origins == {"tatoeba", "news", "commentary"}
    assert read_lines(out / "devsmall-news.en") == ["A news story of the dev set."]


def test_only_the_pairs_own_news_dev_set_is_kept_out(tmp_path) -> None:
    """newstest2012's English is the Spanish dev reference: out for es, training data for de."""
    dev = tmp_path / "dev"
    for stem in ("wmt-newstest2012", "wmt-newstest2013", "english-news-wmt19"):
        write(dev / f"{stem}.en", ["x"])
    names = {lang: [p.stem for p in dev_files_en(dev, lang)] for lang in ("es", "de", "fr")}
    assert names["es"] == ["english-news-wmt19", "wmt-newstest2012"]
    assert names["de"] == ["english-news-wmt19", "wmt-newstest2013"]
    assert names["fr"] == ["english-news-wmt19", "wmt-newstest2013"]


def run_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


@pytest.mark.parametrize("src", ["fr", "es", "de"])
def test_prepare_without_data_says_where_it_comes_from_in_one_line(tmp_path, src) -> None:
    result = run_script(
        "scripts/train_model.py",
        "--src",
        src,
        "--data",
        str(tmp_path / "nowhere"),
        "--workdir",
        str(tmp_path / "work"),
        "prepare",
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Tatoeba" in lines[0] and "WMT" in lines[0]
    assert not (tmp_path / "work").exists()


def test_eval_without_dev_data_says_so_in_one_line(tmp_path) -> None:
    model = ROOT / "models" / "fr-en"
    result = run_script("scripts/eval_model.py", str(model), "--data", str(tmp_path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "newstest2013" in lines[0]
