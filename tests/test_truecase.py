"""The source truecaser: learned like Moses (usual form away from sentence starts), applied to
sentence-initial words only, and shipped with the model that was trained with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repair.backends.truecase import Truecaser

CORPUS = [
    "Il est sorti dehors, puis il a vu le Monde et Le Monde.",
    "On le trouve dehors le matin. Dehors, il pleut.",  # the second "Dehors" does not count
    "Il faut rester dehors avec Paris et Paris.",
    "Nous allons à Saint-Étienne ; nous aimons Saint-Étienne et aujourd'hui Paris.",
    "Il a dit que l'homme viendra aujourd'hui avec l'ONU et l'ONU.",
    "C'est le monde, le monde entier : la paix.",
]


@pytest.fixture(scope="module")
def truecaser() -> Truecaser:
    return Truecaser.learn(CORPUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dehors, le vieux!", "dehors, le vieux!"),
        ("« Dehors ! » cria-t-il.", "« dehors ! » cria-t-il."),
        ("L'homme est là.", "l'homme est là."),
        ("Il pleut. Dehors, rien.", "il pleut. dehors, rien."),
        ("Aujourd'hui il pleut", "aujourd'hui il pleut"),
    ],
)
def test_sentence_initial_words_take_their_usual_form(truecaser, text, expected):
    assert truecaser(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Paris brûle.",  # a name: capitalised away from sentence starts too
        "Saint-Étienne gagne.",  # hyphenated names are one word
        "ONU et OTAN.",  # acronyms keep their case
        "DEHORS, LE VIEUX!",  # shouted text is not truecased word by word
        "Moukhtar est là.",  # unknown words are left as written
        "il est dehors, Dehors le dit.",  # not a sentence start
        "",
    ],
)
def test_names_acronyms_unknown_and_inner_words_stay(truecaser, text):
    assert truecaser(text) == text


def test_learning_ignores_sentence_starts_and_rare_forms():
    # "Le" starts every sentence: it never counts, so "le" is learned from mid-sentence only.
    learned = Truecaser.learn(["Le chat et le chien.", "Le lit. Le toit et le mur."])
    assert learned.forms == {"le": "le", "et": "et"}
    assert learned("Chat et chien.") == "Chat et chien."  # seen once: below min_count


def test_save_and_load_round_trip(truecaser, tmp_path: Path):
    path = tmp_path / "truecase.fr"
    truecaser.save(path)
    loaded = Truecaser.load(path)
    assert loaded.forms == truecaser.forms
    assert len(loaded) == len(truecaser) > 0


@given(st.text(alphabet="DdEehorsLl' ,.!?«»:-", max_size=40))
def test_truecasing_only_changes_case_and_is_idempotent(text):
    truecaser = Truecaser(["dehors", "le", "l"])
    once = truecaser(text)
    assert once.lower() == text.lower() and len(once) == len(text)
    assert truecaser(once) == once


def test_relearning_on_truecased_text_gives_the_same_model(truecaser):
    """Why `train_model.py truecase` may run twice: it only changes words learning skips."""
    again = Truecaser.learn([truecaser(line) for line in CORPUS])
    assert again.forms == truecaser.forms
