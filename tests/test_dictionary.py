"""The dictionaries the stray-word fixer asks as a witness (issue 22): what the shipped files
give and credit, and the build's readers and filter (scripts/build_dictionary.py) on small rows
made up here. Nothing here reads ../shared or the build's sources."""

from __future__ import annotations

import gzip
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from repair.fixers.words import choose, dictionary, dictionary_candidates

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _script(name: str):
    """``scripts/<name>.py`` as a module."""
    import importlib

    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(SCRIPTS))


@pytest.fixture(scope="module")
def build():
    """scripts/build_dictionary.py as a module."""
    return _script("build_dictionary")


def header(name: str) -> str:
    path = resources.files("repair.data").joinpath("lexicon", name)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return handle.readline()


def test_each_language_reads_its_own_dictionaries_and_no_lexicon():
    """`es-en.omw.tsv.gz` is Spanish's dictionary; `es-en.tsv.gz`, the word lexicon, is not
    read as one (its rows have counts); a language without a file has an empty one."""
    assert dictionary("es")["promulgar"] == ("promulgate",)
    assert all("|" not in english and ":" not in english for english in dictionary("es")["casa"])
    assert "aboyer" in dictionary("fr") and "aboyer" not in dictionary("es")
    assert dictionary("nl") == {}


def test_inflected_spanish_and_capitalised_german_reach_their_lemma():
    """The fixer's inflection rules carry the ending over (`promulgaron` -> `promulgar` ->
    `promulgated`); German nouns are looked up lower-cased, as the file holds them."""
    assert dictionary_candidates("promulgaron", "es") == ["promulgated"]
    assert "breathed" in dictionary_candidates("aspiraron", "es")
    assert "beekeeper" in dictionary_candidates("Bienenzüchter", "de")
    assert dictionary_candidates("promulgaron", "de") == []


def test_the_spanish_dictionary_is_a_witness_only_beside_another():
    """`abatimiento` is in no lexicon and its dictionary lists several senses: they alone are
    no fix, nor beside a model that says another word; with the model's `dejection` it is two
    witnesses. `cabildero` has one sense, `lobbyist`: a word with nothing to choose between
    (``[choice.sole_sense]``), which a rival could still overrule."""
    assert choose("abatimiento", "es", "the", "of").text is None
    assert choose("abatimiento", "es", "the", "of", [("sadness", -0.9)]).text is None
    both = choose("abatimiento", "es", "the", "of", [("dejection", -0.9)])
    assert both.text == "dejection" and "dictionary" in both.reason
    sole = choose("cabildero", "es", "the", "of")
    assert sole.text == "lobbyist" and "only sense" in sole.reason


def test_a_witness_of_the_dictionarys_word_in_another_form_picks_it():
    """The model's `refining` for `refinar` names the dictionary's `refine` in another form:
    two witnesses of one word, and the dictionary's form (the source's) is written; a model
    word the dictionary does not list in any form is no witness of its senses."""
    model = [("Refining", -0.66), ("Refinar", -0.79), ("Refinance", -0.82)]
    chosen = choose("refinar", "es", "for", "his", model)
    assert chosen.text == "refine" and "another form" in chosen.reason
    assert choose("refinar", "es", "for", "his", [("Refinance", -0.82)]).text is None


def test_catalan_italian_and_portuguese_words_reach_their_lemma():
    """The inflection rules of the three languages (word_fixes.toml) carry a plural, a
    participle or a future over from the Open Multilingual Wordnet's lemmas."""
    assert dictionary_candidates("oncòlegs", "ca") == ["oncologists"]
    assert "will undermine" in dictionary_candidates("minarà", "ca")
    assert dictionary_candidates("promulgata", "it") == ["promulgated"]
    assert dictionary_candidates("eleições", "pt")[0] == "elections"
    assert dictionary_candidates("oncòlegs", "it") == []


def _examples_hold(name: str, find) -> None:
    """``choice.{name}_examples`` (word, language, an English word ``find`` gives) and
    ``{name}_negatives`` (word, language: ``find`` gives nothing) of word_fixes.toml."""
    from repair.fixers.words import settings

    rules = settings()["choice"]
    for word, lang, english in rules[f"{name}_examples"]:
        assert english in find(word, lang), word
    for word, lang in rules[f"{name}_negatives"]:
        assert find(word, lang) == [], word


def test_a_spanish_lemma_reaches_the_close_languages_dictionaries():
    """A Spanish form whose lemma the Spanish wordnet lacks reaches it, by the Spanish
    inflection rules, in the Portuguese, Catalan and Italian ones (``lemma_dictionaries``):
    `comandó` -> `comandar` -> `commanded`; never the form itself as those languages spell
    it, and nothing for a word no dictionary holds."""
    _examples_hold("lemma_dictionary", dictionary_candidates)
    assert choose("comandó", "es", "he", "the").text == "commanded"
    # A close language's only sense is no witness alone: its wordnet lists its own senses
    # of the lemma (Catalan `provocadora` is a siren; the Spanish adjective provokes, and
    # since session 22 hunspell-es's feminine plural reaches the Spanish wordnet's
    # `provocador`).
    assert choose("provocadoras", "es", "actions", "is").text == "provocative"
    # A word the Spanish wordnet has is answered by it alone.
    assert dictionary_candidates("promulgaron", "es") == ["promulgated"]


def test_a_dictionary_sense_spelled_like_the_word_is_two_witnesses():
    """Catalan, Italian and Portuguese have no model or lexicon of their own: the sense the
    dictionary lists that is spelled like the word is written (`sistèmic` -> `systemic`), the
    closest spelling among several (`prefects`, not `prefectures`)."""
    for word, lang in (("sistèmic", "ca"), ("sistêmico", "pt")):
        chosen = choose(word, lang, "is", "</s>")
        assert chosen.text == "systemic" and "dictionary" in chosen.reason, word
    assert choose("prefectes", "ca", "the", "of").text == "prefects"
    assert choose("tecnologie", "it", "new", "</s>").text == "technologies"
    # Catalan's own spelling rules are a witness too (`-cialment` -> `-tially`).
    assert choose("imparcialment", "ca", "judged", "</s>").text == "impartially"


def test_a_sense_much_longer_than_the_word_is_not_spelled_like_it():
    """`heteros` (a clipped word English has too, named Portuguese) only starts like the
    dictionary's `heterosexuals`: no witness (readers' comments of newsdiscussdev2015)."""
    assert choose("heteros", "pt", "for", "who").text is None
    assert choose("tecnologie", "it", "new", "</s>").text == "technologies"


def test_a_dictionary_sense_spelled_otherwise_is_never_written_alone():
    """`cittadini` -> `citizens`, `attuale` -> `current`: right, but nothing but the
    dictionary says so; a false friend it lists is never written (`actual` is no `actual`:
    its dictionary and French pivot agree on `current`). A Catalan word has pivots of its own
    (`perillós`: the wordnet's `dangerous` is the pivot's too, two witnesses)."""
    chosen = choose("perillós", "ca", "a", "situation")
    assert chosen.text == "dangerous" and "pivot" in chosen.reason
    assert choose("cittadini", "it", "the", "of").text is None
    assert choose("attuale", "it", "the", "president").text is None
    assert "actual" in dictionary_candidates("actual", "ca")
    assert choose("actual", "ca", "the", "president").text == "current"


def test_the_shipped_files_credit_their_sources():
    spanish, german = header("es-en.omw.tsv.gz"), header("de-en.omw.tsv.gz")
    for text in (spanish, german):
        assert "Open Multilingual Wordnet" in text and "CC BY-SA 3.0" in text
        assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
    assert "Multilingual Central Repository" in spanish and "CC BY 3.0" in spanish
    assert "Wiktionary" in german and "Multilingual Central Repository" not in german
    assert "pquentin/wiktionary-translations" in header("fr-en.wiktionary.tsv.gz")
    catalan, italian, portuguese = (header(f"{lang}-en.omw.tsv.gz") for lang in ("ca", "it", "pt"))
    for text in (catalan, italian, portuguese):
        assert "Open Multilingual Wordnet" in text and "CC BY-SA 3.0" in text
        assert "WordNet 3.0 Copyright 2006 by Princeton University" in text and "Wiktionary" in text
    assert "Multilingual Central Repository" in catalan and catalan.startswith("# Catalan")
    assert "MultiWordNet" in italian and "CC BY 3.0" in italian
    assert "OpenWN-PT" in portuguese and portuguese.startswith("# Portuguese")


def test_a_synset_is_found_where_debian_moved_it(build):
    """Debian's WordNet files moved later synsets by a few bytes: the line nearest the
    original offset within MAX_SHIFT is the synset, farther is none."""
    synsets = {("00001000", "verb"): ["praise"], ("00002000", "verb"): ["laud"]}
    assert build.synset_at(synsets, "00001000", "verb") == ["praise"]
    assert build.synset_at(synsets, "00000982", "verb") == ["praise"]  # moved by 18
    assert build.synset_at(synsets, "00001000", "noun") == []
    assert build.synset_at(synsets, f"{1000 - build.MAX_SHIFT - 1:08d}", "verb") == []


def test_a_wordnet_word_gets_the_lemmas_most_of_its_synsets_name_first(build, tmp_path):
    """`desatar` is in two synsets that both name `loose`: it comes first; rows of another
    kind (a definition) or of a pos WordNet has not are skipped."""
    synsets = {
        ("00001000", "verb"): ["unbind", "loose"],
        ("00002000", "verb"): ["loose", "unleash"],
    }
    tab = tmp_path / "wn-data-spa.tab"
    tab.write_text(
        "# Made up\tspa\thttp://example.org/\tCC BY 3.0\n"
        "00001000-v\tlemma\tdesatar\n"
        "00002000-v\tlemma\tdesatar\n"
        "00002000-v\tspa:def\tsoltar lo atado\n"
        "00002000-x\tlemma\tdesatar\n",
        encoding="utf-8",
    )
    rows = list(build.read_tab(tab, synsets))
    assert rows[0] == ("desatar", "verb", "loose")
    assert {english for _, _, english in rows} == {"loose", "unbind", "unleash"}
    assert build.credit(tab).endswith("CC BY 3.0")


def test_the_filter_every_source_goes_through(build):
    rows = [
        ("promulgar", "verb", "promulgate"),
        ("promulgar", "verb", "promulgate"),  # once
        ("Madrid", "noun", "madrid"),  # a name: no lower-case word
        ("a capella", "adverb", "a cappella"),  # no single word
        ("casa", "noun", "house"),
        ("casa", "noun", "a building where people live"),  # a gloss, no translation
        ("casa", "noun", "Casa"),  # no lower-case English
        ("casa", "noun", "home"),
    ]
    table = build.collect("es", iter(rows), None)
    assert dict(table) == {
        ("promulgar", "verb"): ["promulgate"],
        ("casa", "noun"): ["house", "home"],
    }
    assert build.collect("es", iter(rows), 1)["casa", "noun"] == ["house"]
    # German nouns are capitalised: kept, lower-cased.
    assert dict(build.collect("de", iter([("Haus", "noun", "house")]), None)) == {
        ("haus", "noun"): ["house"]
    }


def test_the_csv_reader_keeps_the_four_parts_of_speech(build, tmp_path):
    csv = tmp_path / "fr.csv"
    csv.write_text(
        "aboyer;V;TR-FR-EN;bark;V;\nvite;D;TR-FR-EN;quickly;D;\nle;A;TR-FR-EN;the;A;\n",
        encoding="utf-8",
    )
    assert list(build.read_csv(csv)) == [("aboyer", "verb", "bark"), ("vite", "adverb", "quickly")]


@pytest.mark.parametrize(
    "args",
    [["es", "missing.tab"], ["es", "a.txt"], ["spanish", "a.tab"]],
)
def test_bad_input_is_a_one_line_error(args, tmp_path):
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / "build_dictionary.py"), *args, "--out", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert done.stderr.startswith("error:") and len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


@pytest.fixture(scope="module")
def build_pivot():
    """scripts/build_pivot.py as a module."""
    return _script("build_pivot")


def test_a_word_no_spanish_dictionary_knows_goes_through_the_pivot():
    """`goleador`, which the Spanish wordnet lacks, is apertium's `buteur`, whose English the
    French files hold: `scorer` (its only sense, written); an inflected form carries its
    ending over (`goleadores` -> `scorers`) but is no only sense (the pivot word's other
    senses may have no such form); a word the own dictionary knows never asks the pivot
    (`merienda`: the wordnet's senses only). Examples in word_fixes.toml ``choice.pivots``."""
    from repair.fixers.words import _by_close_lemma, pivot_senses, pivot_table, settings

    if not pivot_table("es") or not dictionary("fr"):
        pytest.skip("no pivot table")
    rules = settings()["choice"]
    for word, lang, english in rules["pivot_examples"]:
        assert english in dictionary_candidates(word, lang), word
    for word, lang in rules["pivot_negatives"]:
        assert dictionary_candidates(word, lang) == [], word
    assert pivot_table("es")["goleador"] == "buteur"
    assert "scorer" in pivot_senses("buteur", "fr")
    assert choose("goleador", "es", "the", "of").text == "scorer"
    assert not _by_close_lemma("goleador", "es") and _by_close_lemma("goleadores", "es")
    # A wordnet's one or two senses of a word are joined by the pivot's; more are not.
    for word, lang, own, joined in rules["pivot_joined_examples"]:
        assert {own, joined} <= set(dictionary_candidates(word, lang)), word
    assert len(dictionary("es")["merienda"]) > rules["pivot_joins_at_most"]
    assert "snack" not in dictionary_candidates("merienda", "es")
    assert pivot_table("de") == {}


def test_the_pivot_table_credits_apertium():
    text = header("es-fr.pivot.tsv.gz")
    assert "apertium-fr-es" in text and "GPL-2" in text and "hunspell-es" in text


def test_catalan_is_the_second_pivot_for_the_words_french_lacks():
    """apertium-spa-cat's Spanish dictionary knows words apertium-fr-es does not (`grajo` ->
    `graula`, `cerilla` -> `llumí`), whose English the Catalan wordnet holds; French is asked
    first (`goleador` -> `buteur`). Credited like the French table."""
    from repair.fixers.words import _through_pivot, pivot_table, pivots

    if not pivot_table("es", "ca") or not dictionary("ca"):
        pytest.skip("no Catalan pivot")
    assert pivots("es") == ["fr", "ca"] and pivots("de") == []
    assert pivot_table("es", "ca")["grajo"] == "graula"
    assert pivot_table("es") == pivot_table("es", "fr")
    assert pivot_table("es", "it") == {}  # not one of its pivots
    assert _through_pivot("grajos", "es") == ("ca", ["rooks"])
    assert _through_pivot("goleador", "es")[0] == "fr"
    # The French pivot alone joins a wordnet's one or two senses: Catalan's `intrigant` is
    # no sense of `cabildero` (`lobbyist`).
    assert "plotter" not in dictionary_candidates("cabildero", "es")
    text = header("es-ca.pivot.tsv.gz")
    assert "apertium-spa-cat" in text and "GPL-2+" in text and "hunspell-es" in text


def test_a_pivot_form_has_an_only_sense_when_english_writes_it():
    """An inflected form whose senses come through a pivot word of one English sense takes
    it in its form (`grajos` -> `rooks`), unless English rarely writes that form of it
    (`andantes` -> `wanderings`: an adjective's plural) or the pivot word has several senses
    (`goleadores`). Examples in word_fixes.toml ``[choice.sole_sense]``."""
    from repair.fixers.words import _by_close_lemma, pivot_table, settings

    if not pivot_table("es", "ca") or not dictionary("ca") or not dictionary("fr"):
        pytest.skip("no pivots")
    rules = settings()["choice"]["sole_sense"]
    assert rules["pivot_form_examples"] and rules["pivot_form_negatives"]
    for word, lang, english in rules["pivot_form_examples"]:
        assert not _by_close_lemma(word, lang), word
        assert choose(word, lang, "the", "are").text == english, word
    for word, lang, english in rules["pivot_form_negatives"]:
        assert _by_close_lemma(word, lang), word
        assert choose(word, lang, "the", "are").text != english, word


def test_the_pivot_builder_keeps_lemmas_apertium_knows(build_pivot, tmp_path):
    """The word list's lower-case words (affix flags dropped, names and short words out); an
    answer apertium marked unknown (`*`), could not generate (`#`) or transfer (`@`), a verb
    form with its subject, a long paraphrase or the word itself is dropped; a reflexive's
    `se` goes."""
    words = tmp_path / "es.dic"
    words.write_text("5\ngoleador/GS\nMadrid\nyo\nsensatez\ncorear/RED\n", encoding="utf-8")
    assert build_pivot.read_words(words) == ["goleador", "sensatez", "corear"]
    clean = build_pivot.clean
    assert clean("Buteur", "fr") == "buteur" and clean("Se vanter", "fr") == "vanter"
    assert clean("Corbeille à papier", "fr") == "corbeille à papier"
    for answer in (
        "*corear",
        "#Entête",
        "@Transductor",
        "Il comprend",
        "Être le porte-drapeau de",
        "",
    ):
        assert clean(answer, "fr") is None, answer
    table = build_pivot.pairs(
        ["goleador", "corear", "agenda"], ["Buteur", "*corear", "Agenda"], "fr"
    )
    assert table == {"goleador": "buteur"}
    path = build_pivot.write(table, "es", "fr", tmp_path)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    assert lines[0].startswith("# ") and "GPL-2" in lines[0] and lines[1:] == ["goleador\tbuteur"]


def test_the_pivot_builder_reads_catalan_answers(build_pivot):
    """Catalan through apertium's `spa-cat` pair: a reflexive's glued `-se` goes
    (`vanar-se`), a periphrastic past is a finite form (`va deslligar`), a `·` is a letter."""
    clean = build_pivot.clean
    assert clean("Vanar-se", "ca") == "vanar" and clean("Graula", "ca") == "graula"
    assert clean("col·laborativa", "ca") == "col·laborativa"
    assert clean("Va deslligar", "ca") is None and clean("*grajo", "ca") is None
    assert build_pivot.MODES[("es", "ca")] == "spa-cat"
    assert build_pivot.CREDIT[("es", "ca")]


def test_the_pivot_builder_reads_occitan_and_catalan_lists(build_pivot, tmp_path):
    """Debian's Occitan list writes its morphological fields after a tab, not after `/`;
    Catalan and Occitan spell with `ò`. Their pairs' modes are apertium's names."""
    words = tmp_path / "oc_FR.dic"
    words.write_text(
        "4\nabandonadament\tdi:*\tid:55\nabarcorit/s\tpo:adj\nòrt/s\tpo:nom\nParís\n",
        encoding="utf-8",
    )
    assert build_pivot.read_words(words) == ["abandonadament", "abarcorit", "òrt"]
    assert build_pivot.MODES[("oc", "fr")] == "oci-fra" and build_pivot.MODES[("ca", "es")]
    for pair in (("ca", "es"), ("ca", "fr"), ("oc", "es"), ("oc", "fr")):
        assert "apertium" in build_pivot.CREDIT[pair] and "GPL" in build_pivot.CREDIT[pair]


def test_a_catalan_word_goes_through_its_own_pivots():
    """Catalan has no model or lexicon of its own: its words reach Spanish and French through
    apertium's translation of the lemma (`tabaquisme` -> `tabaquismo`), whose English those
    languages' files hold, and the Spanish model reads the Spanish word (`dempeus` -> `de
    pie`), not a Catalan one it would guess at. Credited like the other pivots."""
    from repair.fixers.words import pivot_table, pivots, stand_in_text

    if not pivot_table("ca") or not dictionary("es"):
        pytest.skip("no Catalan pivots")
    assert pivots("ca") == ["es", "fr"]
    assert pivot_table("ca")["tabaquisme"] == "tabaquismo"
    assert "smoking" in dictionary_candidates("tabaquisme", "ca")
    assert stand_in_text("dempeus", "ca") == ("de pie", "es")
    assert stand_in_text("qwertaria", "ca") == ("qwertaria", "es")
    assert stand_in_text("goleador", "es") == ("goleador", "es")  # no stand-in: its own model
    for name, credit in (("ca-es", "apertium-spa-cat"), ("ca-fr", "apertium-fra-cat")):
        text = header(f"{name}.pivot.tsv.gz")
        assert credit in text and "GPL" in text and "hunspell-ca" in text


def test_a_word_of_a_language_without_a_word_list_reaches_its_pivot():
    """No word list holds Occitan, so the lists name its words after a close language's
    (`governaments` Catalan, `promulguèron` Italian): a word no dictionary of its named
    language knows is looked up in Occitan's pivot tables (``choice.unlisted_languages``),
    through Occitan's inflection rules: `promulguèron` -> `promulgar` -> French `promulguer`
    -> `promulgated`. A word no table holds gets nothing; a word its named language's
    dictionary knows keeps its senses."""
    from repair.fixers.words import pivot_table, settings

    if not pivot_table("oc") or not dictionary("fr"):
        pytest.skip("no Occitan pivots")
    assert settings()["choice"]["unlisted_languages"] == ["oc", "eo"]
    assert dictionary_candidates("promulguèron", "it") == ["promulgated"]
    assert "will undermine" in dictionary_candidates("minaràn", "ca")
    assert "governments" in dictionary_candidates("governaments", "ca")
    assert choose("governaments", "ca", "of", "american").text == "governments"
    assert dictionary_candidates("qwertèron", "it") == []
    assert "dangerous" in dictionary_candidates("perillós", "ca")  # its own wordnet's
    text = header("oc-fr.pivot.tsv.gz")
    assert "apertium-oci-fra" in text and "GPL-3+" in text and "hunspell-oc" in text


def test_an_esperanto_word_reaches_french_through_the_inverted_table():
    """Apertium translates into Esperanto, not out of it: its French lemmas' Esperanto words
    map back to them (``build_pivot.py --invert``), and Esperanto's regular endings reach the
    lemma (`elektantoj` -> `elektanto` -> `électeur` -> `voters`); the French model reads the
    French lemma."""
    from repair.fixers.words import pivot_table, stand_in_text

    if not pivot_table("eo") or not dictionary("fr"):
        pytest.skip("no Esperanto pivot")
    assert pivot_table("eo")["elektanto"] == "électeur"
    assert "voters" in dictionary_candidates("elektantoj", "eo")
    assert dictionary_candidates("neinversigeble", "eo") == ["irreversibly"]
    assert choose("trodikeco", "eo", "the", "of").text == "obesity"
    assert stand_in_text("elektantoj", "eo") == ("électeur", "fr")
    text = header("eo-fr.pivot.tsv.gz")
    assert "apertium-eo-fr" in text and "GPL-2+" in text


def test_a_language_borrows_a_close_ones_spelling_rules():
    """Occitan has no spelling rules for `-ius`, `-ament`: Catalan's, which it shares, make
    the English (``spelling_kin``: `palliatius` -> `palliative`); another language does not
    borrow them (an Esperanto word is no Catalan one), and a word no rule spells gets none."""
    from repair.fixers.words import spelled_cognates

    _examples_hold("spelling_kin", spelled_cognates)
    assert choose("palliatius", "oc", "the", "care").text == "palliative"


def test_a_pivot_word_in_an_inflected_form_reaches_its_lemma():
    """A pivot table built from a word list of forms maps a form to a form (Occitan
    `constituït` -> French `constitué`): the pivot language's own inflection rules reach its
    lemma's English, the form carried over; a Catalan participle of a verb in -uir
    (`constituït`, diaeresis) reaches `constituir`. A form no rule reaches gets nothing."""
    from repair.fixers.words import pivot_senses

    assert pivot_senses("constitué", "fr") == ["constituted"]
    assert pivot_senses("qwertué", "fr") == []
    if "cause" not in dictionary("fr"):
        # Only a participle: a pivot word in -e is a noun as often as a verb's form.
        assert "causes" not in pivot_senses("cause", "fr")
    assert "constituted" in dictionary_candidates("constituït", "ca")
    assert "contributed" in dictionary_candidates("contribuïdes", "ca")
    assert choose("constituït", "ca", "was", "by").text == "constituted"


def test_a_word_without_a_lexicon_of_its_language_borrows_its_pivot_words_links():
    """Catalan, Occitan and Esperanto have no lexicon of their own: their pivot word's links
    in the pivot language's lexicon, the ending carried over, vouch for the senses a
    pivot's dictionary lists, where the word's senses come through the pivot (`fiŝado` ->
    `pêche`: `fishing`; `vejaire` -> `avis`: `opinion`; `influenciaràn` -> `will
    influence`), as the links would for the pivot word in the sentence. Never for a sense
    that is the same lexicon's link (`paramento` -> `ménage`: `maid`, from `femme de
    ménage`), nor an acronym linked in a sentence or two (`quebequès` -> `PQ`), nor a word
    its own language's or its stand-in's dictionary knows: the pivot word's commonest use
    picks among another word's senses (Catalan `censat`, `registered`, is no `supposed` of
    French `censé`; `sobren`, Spanish `sobrar`, no `stay` of `rester`); a language with a
    lexicon keeps its own (none borrowed)."""
    from repair.fixers.words import pivot_lexicon_candidates, pivot_table

    if not pivot_table("eo") or not pivot_table("oc") or not pivot_table("ca"):
        pytest.skip("no pivots")
    fishing = choose("fiŝado", "eo", "the", "in")
    assert fishing.text == "fishing" and "its pivot word" in fishing.reason
    assert choose("vejaire", "oc", "his", "on").text == "opinion"
    assert choose("influenciaràn", "oc", "they", "the").text == "will influence"
    assert "its pivot word" not in choose("contribuït", "ca", "has", "to").reason
    assert "its pivot word" not in choose("sobren", "ca", "that", "ideas").reason
    links = {text: listed for text, _, _, listed in pivot_lexicon_candidates("censat", "ca")}
    assert "supposed" in links
    assert choose("censat", "ca", "the", "of").text is None
    links = {text: listed for text, _, _, listed in pivot_lexicon_candidates("paramento", "pt")}
    assert links.get("maid") is False
    assert choose("paramento", "pt", "the", "</s>").text != "maid"
    assert choose("quebequès", "ca", "the", "of").text is None
    assert pivot_lexicon_candidates("buteur", "fr") == []
    assert pivot_lexicon_candidates("goleadores", "es") == []
    assert pivot_lexicon_candidates("qwertèron", "oc") == []


def test_the_pivot_builder_inverts_a_pair_apertium_has_one_way(build_pivot):
    """``--invert``: the pivot's words and apertium's answers in the other language, mapped
    back; a phrase, an unknown answer or the word itself is dropped, and of two words with
    one answer the commoner in the pivot is kept."""
    table = build_pivot.inverted(
        ["électeur", "électrice", "boson", "chat", "maison"],
        ["Elektanto", "Elektanto", "Bosono", "*chat", "Domo de"],
        "eo",
        "fr",
    )
    assert table == {"elektanto": "électeur", "bosono": "boson"}


def test_a_further_word_list_only_fills_the_lemmas_the_first_lacks(build_pivot):
    """``--words`` again: a later list's answers add lemmas, never replace an earlier one's
    (`avenuo` stays `avenue`, the dictionary's word, not hunspell-fr's commoner `mail`)."""
    first = {"avenuo": "avenue", "elektanto": "électeur"}
    second = {"avenuo": "mail", "kaŭzo": "cause"}
    assert build_pivot.merged([first, second]) == {
        "avenuo": "avenue",
        "elektanto": "électeur",
        "kaŭzo": "cause",
    }


@pytest.mark.parametrize(
    "args",
    [["es", "fr", "--words", "missing.dic"], ["spanish", "fr", "--words", "a.dic"]],
)
def test_the_pivot_builder_says_what_is_wrong_in_one_line(args, tmp_path):
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / "build_pivot.py"), *args, "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert done.stderr.startswith("error:") and len(done.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
