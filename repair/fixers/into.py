"""English words left in a French, Spanish or German article: the target word the project's
X→English resources give when read the other way.

No en→fr/es/de model ships, so a stray English word in such an article has no translator. The
dictionaries (``dictionary``: target lemma -> English senses) and the aligned word lexicon
(``lexicon``: target word form -> English word forms) both link the two languages; inverted,
they name target words for an English one. A word is replaced only when two witnesses agree
(the lexicon's form is a form of a lemma whose dictionary senses hold the English word), or
when the lexicon alone links them in many sentences, and when the form fits its sentence
(number, adverb ending, an adjective's gender beside a determiner). A word the lexicon does
not link has a second way: the target's own dictionary and another language's (Catalan,
Spanish, French) joined to the target by apertium's pivot tables (``*.pivot.tsv.gz``) name
the same lemma, and no other lemma as often; the lemma is then put in the English word's
number (and an adjective in its determiner's gender and number) by the language's endings,
when the form is one the language writes. Otherwise the flag names the best candidate for the
reviewer. The rules are ``[into]`` of ``word_fixes.toml``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from repair.core.letters import strip_accents
from repair.data import pivot_rows
from repair.fixers.words import dictionary, lexicon, settings
from repair.langid.frequency import zipf


def rules() -> dict[str, Any]:
    return settings()["into"]


def covers(lang: str) -> bool:
    """Whether ``[into]`` holds rules for English words in ``lang`` articles."""
    return lang in rules()["languages"]


@dataclass(frozen=True, slots=True)
class IntoChoice:
    """The target word for an English one: ``text`` to write (``None``: flag), ``best`` the
    candidate a flag names (``None``: none), ``reason`` why."""

    text: str | None
    best: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class _Link:
    form: str
    together: int
    share: float


@cache
def _inverted_lexicon(lang: str) -> dict[str, tuple[_Link, ...]]:
    """English word form -> the target forms the lexicon links it to, by the number of
    sentences where both alignment directions link them (``together``), most first; ``share``
    is that count over all the English form's linked sentences."""
    gathered: dict[str, list[tuple[str, int]]] = {}
    for word, (_, entries) in lexicon(lang).items():
        for entry in entries:
            if entry.together > 0:
                gathered.setdefault(entry.english, []).append((word, entry.together))
    inverted = {}
    for english, links in gathered.items():
        total = sum(together for _, together in links)
        links.sort(key=lambda link: (-link[1], link[0]))
        inverted[english] = tuple(_Link(form, n, n / total) for form, n in links)
    return inverted


@cache
def _inverted_dictionary(lang: str) -> dict[str, tuple[str, ...]]:
    """English one-word sense -> the ``lang`` lemmas the dictionary gives it."""
    gathered: dict[str, list[str]] = {}
    for lemma, senses in dictionary(lang).items():
        for sense in set(senses):
            if " " not in sense:
                gathered.setdefault(sense, []).append(lemma)
    return {sense: tuple(sorted(lemmas)) for sense, lemmas in gathered.items()}


@cache
def _through_pivots(lang: str) -> dict[str, dict[str, frozenset[str]]]:
    """English one-word sense -> {``lang`` lemma: the pivot languages whose dictionary gives
    the sense to a word apertium translates into that lemma}: each of ``pivot_languages``'
    dictionary read the other way, then its table into ``lang`` (``ca-es``) or ``lang``'s
    table into it read backwards (``es-fr``)."""
    found: dict[str, dict[str, set[str]]] = {}
    for pivot in rules()["languages"][lang].get("pivot_languages", []):
        into_target: dict[str, set[str]] = {}
        for word, target in pivot_rows(pivot, lang).items():
            into_target.setdefault(word, set()).add(target)
        for target, word in pivot_rows(lang, pivot).items():
            into_target.setdefault(word, set()).add(target)
        for sense, words in _inverted_dictionary(pivot).items():
            for word in words:
                for target in into_target.get(word, ()):
                    if " " not in target:
                        found.setdefault(sense, {}).setdefault(target, set()).add(pivot)
    return {
        sense: {target: frozenset(pivots) for target, pivots in lemmas.items()}
        for sense, lemmas in found.items()
    }


def _witnessed_lemmas(english: str, lang: str) -> list[tuple[str, int]]:
    """The ``lang`` lemmas the target's dictionary gives ``english`` (the word itself, else the
    singular of an English plural), with how many witnesses name each: its own dictionary,
    each pivot's, and the spelling when the lemma is the English word's cognate
    (``cosmonaute``); most first."""
    own = _inverted_dictionary(lang)
    pivoted = _through_pivots(lang)
    for lemma in _spellings(english):
        lemmas = own.get(lemma)
        if lemmas:
            named = pivoted.get(lemma, {})
            counted = [
                (word, 1 + len(named.get(word, ())) + _cognate(lemma, word), _cognate(lemma, word))
                for word in lemmas
            ]
            # Of as many witnesses, the cognate first, then the commoner word.
            counted.sort(key=lambda row: (-row[1], -row[2], -zipf(row[0], lang), row[0]))
            tied = [row for row in counted if row[1] == counted[0][1]]
            if len(tied) > 1 and [row[2] for row in tied].count(1) == 1:
                # Of lemmas as many witnesses name, the only cognate has the spelling's word
                # too (`ballad`: `balada` and `romance`): it is counted once more.
                word, count, _ = counted[0]
                counted[0] = (word, count + 1, 1)
            return [(word, count) for word, count, _ in counted]
    return []


def _spellings(english: str) -> list[str]:
    """``english``, the singular of an English plural, and each with British endings spelled
    as the dictionaries' American English (``jeopardise`` -> ``jeopardize``,
    ``english_spellings``)."""
    forms = [english] + (_english_lemmas(english)[1:] if english_plural(english) else [])
    for british, american in rules()["english_spellings"]:
        forms += [
            form[: len(form) - len(british)] + american for form in forms if form.endswith(british)
        ]
    return list(dict.fromkeys(forms))


def _adverb(english: str, lang: str) -> IntoChoice | None:
    """An English ``-ly`` adverb no dictionary lists (``provocatively``): the adjective it is
    built on (``english_adverb_bases``) has a lemma two witnesses name, made an adverb by the
    language's ``adverb_from`` endings (``provocativo`` -> ``provocativamente``), when the
    language writes that adverb; ``None`` when no base is known."""
    spec = rules()["languages"][lang]
    for ending, base_ending in rules()["english_adverb_bases"]:
        if not english.endswith(ending) or len(english) - len(ending) < 3:
            continue
        base = english[: len(english) - len(ending)] + base_ending
        lemmas = _witnessed_lemmas(base, lang)
        if not lemmas:
            continue
        lemma, count = lemmas[0]
        if count < 2 or (len(lemmas) > 1 and lemmas[1][1] == count):
            return IntoChoice(None, None, f"the adjective {base!r} has no lemma two witnesses name")
        for end, adverb_end in sorted(spec.get("adverb_from", []), key=lambda row: -len(row[0])):
            if lemma.endswith(end):
                form = lemma[: len(lemma) - len(end)] + adverb_end
                if not _written(form, lang):
                    return IntoChoice(None, None, f"{form!r} is no word the language writes")
                return _written_choice(form, english, lemma, count, lang)
    return None


def _cognate(english: str, word: str) -> int:
    """1 when ``word`` is spelled like ``english`` once its accents go (``balada`` for
    ``ballad``: ``cognate_similarity`` of difflib's ratio), else 0."""
    ratio = difflib.SequenceMatcher(None, english, strip_accents(word)).ratio()
    return int(ratio >= float(rules()["cognate_similarity"]))


def _inflected(lemma: str, lang: str, plural: bool) -> str | None:
    """``lemma`` in the singular or plural by the language's ``plural_endings_from`` (the
    longest ending that matches; ``-``: no rule, none); ``None`` when the plural is no word
    the language writes."""
    if not plural:
        return lemma
    spec = rules()["languages"][lang]
    for ending, new in sorted(spec["plural_from"], key=lambda row: -len(row[0])):
        if lemma.endswith(ending):
            if new == "-":
                return None
            form = lemma[: len(lemma) - len(ending)] + new
            return form if _written(form, lang) else None
    return None


def _written(form: str, lang: str) -> bool:
    """A form the language writes: its lexicon holds it or its frequency list does."""
    return form in lexicon(lang) or zipf(form, lang) >= float(rules()["min_form_zipf"])


def _gender_forms(lemma: str, lang: str) -> list[str]:
    """The other gender and number forms of an adjective lemma (``oblicuo``: ``oblicua``,
    ``oblicuos``, ``oblicuas``) that the language writes, by ``gender_endings``."""
    spec = rules()["languages"][lang]
    for ending, _, _ in spec.get("gender_endings", []):
        if lemma.endswith(ending):
            stem = lemma[: len(lemma) - len(ending)]
            return [
                stem + other
                for other, _, _ in spec["gender_endings"]
                if other != ending and _written(stem + other, lang)
            ]
    return []


def _triangulated(english: str, lang: str, before: list[str]) -> IntoChoice | None:
    """The lemma the target's dictionary and a pivot's both name for ``english``, ahead of any
    other, in the form its place asks; ``None`` when the lexicon should answer instead (no
    such lemma)."""
    lemmas = _witnessed_lemmas(english, lang)
    if not lemmas and english.endswith("ly"):
        return _adverb(english, lang)
    if not lemmas or lemmas[0][1] < 2:
        return None
    lemma, count = lemmas[0]
    named = _cased(lemma, english)
    if len(lemmas) > 1 and lemmas[1][1] == count:
        return IntoChoice(None, named, f"the dictionaries name {lemma!r} and {lemmas[1][0]!r}")
    singular = _english_lemmas(english)[1:] if english_plural(english) else []
    if any(word.endswith(tuple(rules()["english_adjective_endings"])) for word in singular):
        # `valuables`, `basics`: an adjective used as a noun, which the dictionaries give as
        # the adjective (`valiosos`).
        return IntoChoice(None, named, "an adjective's plural: a noun the dictionaries lack")
    if _a_verb(lemma, lang):
        return IntoChoice(None, named, "a verb: its tense and person are not told")
    if before and before[-1] in rules()["languages"][lang].get("infinitive_after", ()):
        # `pour counter`: the place of an infinitive, which the lemma is not (`comptoir`).
        return IntoChoice(None, named, f"after {before[-1]!r} a verb is wanted, not {lemma!r}")
    if _verb_form(english) and _determiner(before[-1:], lang) is None:
        return IntoChoice(
            None, named, "a verb form (no determiner makes it a noun): its tense is not told"
        )
    forms = [lemma]
    if english.endswith(tuple(rules()["english_adjective_endings"])):
        forms += _gender_forms(lemma, lang)
        told = _determiner(before, lang)
        if len(forms) == 1 and told is not None and told[1] == "p":
            # An adjective of one gender takes its noun's number (`ágil`, `los ágiles`).
            plural = _inflected(lemma, lang, True)
            if plural is None:
                return IntoChoice(None, named, "its plural is no word the language writes")
            found = _fits(english, lemma, lang, before, False)
            if found is not None:
                return IntoChoice(None, None if found == _DROPS_NEGATION else named, found)
            return _written_choice(plural, english, lemma, count, lang)
    else:
        inflected = _inflected(lemma, lang, english_plural(english))
        if inflected is None:
            return IntoChoice(None, named, "its plural is no word the language writes")
        forms = [inflected]
    why = None
    for form in forms:
        found = _fits(english, form, lang, before, len(forms) > 1)
        if found is None:
            return _written_choice(form, english, lemma, count, lang)
        why = why or found
    return IntoChoice(None, None if why == _DROPS_NEGATION else named, why or "no form fits")


def _written_choice(form: str, english: str, lemma: str, count: int, lang: str) -> IntoChoice:
    text = _cased(form, english)
    if form == english:
        # A loanword the language writes as English does (`happenings`): nothing to change.
        return IntoChoice(None, None, f"{lang} writes the English word itself")
    if zipf(english, lang) >= float(rules()["loanword_zipf"]):
        # `el outsider Montenegro`: a loanword the language's writers choose too.
        return IntoChoice(None, text, f"{lang} writes {english!r} too: a writer's loanword")
    if not rules()["languages"][lang]["replace"]:
        return IntoChoice(None, text, f"the dictionaries agree; {lang} forms are left")
    return IntoChoice(
        text, text, f"{count} witnesses (dictionaries, a cognate's spelling) name {lemma!r}"
    )


def _a_verb(lemma: str, lang: str) -> bool:
    """An infinitive: an infinitive's ending, and its participle (``verb_participles``) is a
    word the language writes (``ternir``: ``terni``; not ``lugar``: ``lugado``)."""
    for ending, participle in rules()["languages"][lang]["verb_participles"]:
        stem = lemma[: len(lemma) - len(ending)]
        if lemma.endswith(ending) and _written(stem + participle, lang):
            return True
    return False


def _dictionary_lemma(english: str, lang: str) -> str | None:
    """The dictionary's lemma for an English word (or its singular) the lexicon does not link:
    of several, the one the lexicon's texts use most. A name for review, never written: one
    witness, and a lemma, not a form."""
    counts = lexicon(lang)
    for lemma in _english_lemmas(english):
        found = _inverted_dictionary(lang).get(lemma)
        if found:
            return max(found, key=lambda word: (counts.get(word, (0, ()))[0], word))
    return None


def _lemmas(word: str, lang: str) -> list[str]:
    """``word`` and the lemmas its plural or feminine ending may stand for (``alcaldes`` ->
    ``alcalde``; ``nouvelle`` -> ``nouveau`` is beyond it)."""
    out = [word]
    for ending, stem_ending in rules()["languages"][lang]["lemma_endings"]:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out.append(word[: len(word) - len(ending)] + stem_ending)
    return out


def _english_lemmas(word: str) -> list[str]:
    """An English word and the singular its ``-s`` plural stands for (``mayors``)."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return out


def english_plural(word: str) -> bool:
    """An English noun plural: ends in ``-s`` after a singular English writes more often."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return any(zipf(lemma, "en") >= zipf(word, "en") - 1 for lemma in _english_lemmas(word)[1:])


def _dictionary_agrees(form: str, english: str, lang: str) -> bool:
    """The dictionary lists ``english`` (or its singular) as a sense of ``form``'s lemma."""
    table = dictionary(lang)
    wanted = set(_english_lemmas(english))
    return any(wanted & set(table.get(lemma, ())) for lemma in _lemmas(form, lang))


def _plural(form: str, lang: str) -> bool:
    return form.endswith(tuple(rules()["languages"][lang]["plural_endings"]))


def _determiner(words: list[str], lang: str) -> tuple[str, str] | None:
    """The gender and number of the nearest determiner among the words before (``la`` ->
    ``f``, ``s``), within ``determiner_reach`` words."""
    table = rules()["languages"][lang].get("determiners", {})
    for word in reversed(words[-int(rules()["determiner_reach"]) :]):
        if word in table:
            gender, number = table[word]
            return gender, number
    return None


def _gendered(form: str, lang: str) -> tuple[str, str] | None:
    """The gender and number an adjective's ending writes (``económicas`` -> ``f``, ``p``)."""
    for ending, gender, number in rules()["languages"][lang].get("gender_endings", []):
        if form.endswith(ending):
            return gender, number
    return None


_DROPS_NEGATION = "a negated English word, the candidate without its negation"


def _fits(english: str, form: str, lang: str, before: list[str], inflects: bool) -> str | None:
    """Why ``form`` cannot stand for ``english`` in its place, or ``None``. ``inflects``: the
    lexicon links the form's other genders to the same English word (an adjective)."""
    into = rules()
    spec = into["languages"][lang]
    if _negated(english) and not form.startswith(tuple(spec["negative_prefixes"])):
        return _DROPS_NEGATION
    if _verb_form(english) and _determiner(before[-1:], lang) is None:
        return "a verb form (no determiner makes it a noun): its tense and person are not told"
    adverb = form.endswith(tuple(spec["adverb_endings"]))
    if english.endswith("ly") and not adverb:
        return "an English adverb, the candidate none"
    if adverb and spec["adverb_ending_is_adverb"] and not english.endswith("ly"):
        return "an adverb for an English word that is none"
    if english_plural(english) and not _plural(form, lang):
        return "an English plural, the candidate singular"
    gendered = _gendered(form, lang)
    if inflects and gendered is not None and not adverb:
        # An adjective (its other gender also linked) agrees with the determiner of its noun.
        told = _determiner(before, lang)
        if told is None:
            return "its gender and number cannot be told from the sentence"
        if not all(a == b or "*" in (a, b) for a, b in zip(told, gendered, strict=True)):
            return f"it does not agree with {told[0]}{told[1]} determiner"
    elif not english_plural(english) and _plural(form, lang) and form not in dictionary(lang):
        return "an English singular, the candidate plural"
    return None


def _lone_witness(link: _Link, english: str, lang: str) -> bool:
    """The lexicon alone vouches for ``link``: many sentences, most of the English word's, and
    a form of a dictionary lemma that is no infinitive (an inflected verb or a noun's verb,
    `dinner` -> `cenar`, needs the dictionary's word)."""
    into = rules()
    spec = into["languages"][lang]
    table = dictionary(lang)
    return (
        link.together >= int(into["lone_together"])
        and link.share >= float(into["lone_share"])
        and any(lemma in table for lemma in _lemmas(link.form, lang))
        and not link.form.endswith(tuple(spec["infinitive_endings"]))
        and not _verb_form(english)
        and not _derived_from_its_sense(english, link.form, lang)
    )


def _derived_from_its_sense(english: str, form: str, lang: str) -> bool:
    """The candidate's likeliest English is the base the English word derives from
    (`congreso`: `congress`, for `congressional`): the lexicon linked a word to the noun of
    its phrase (`del congreso`), not to its translation."""
    entries = lexicon(lang).get(form, (0, ()))[1]
    top = entries[0].english if entries else ""
    return len(top) >= 3 and english != top and english.startswith(top)


def _verb_form(english: str) -> bool:
    """An English -ing or -ed form of a verb English writes (`hearing`: `hear`; not
    `hundred`)."""
    for ending in rules()["verb_form_endings"]:
        stem = english[: len(english) - len(ending)]
        if english.endswith(ending) and len(stem) >= 2:
            stems = {stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
            if any(zipf(word, "en") >= 3 for word in stems):
                return True
    return False


def _negated(english: str) -> bool:
    """An English word built with a negative prefix on a common word (`unhealthy`)."""
    for prefix in rules()["english_negative_prefixes"]:
        stem = english[len(prefix) :]
        if english.startswith(prefix) and len(stem) >= 4 and zipf(stem, "en") >= 3:
            return True
    return False


def _other_genders(form: str, links: tuple[_Link, ...], lang: str, english: str = "") -> list[str]:
    """The other gender/number forms of ``form`` the lexicon also links (``económico`` beside
    ``económica``); for an English word of an adjective's ending (``disadvantageous``), any of
    them the lexicon holds, linked or not (``desventajoso`` beside ``desventajosa``)."""
    spec = rules()["languages"][lang]
    stem = None
    for ending, _, _ in spec.get("gender_endings", []):
        if form.endswith(ending):
            stem = form[: len(form) - len(ending)]
            break
    if stem is None:
        return []
    genders = {ending: gender for ending, gender, _ in spec["gender_endings"]}
    own = genders[form[len(stem) :]]
    others = [link.form for link in links if link.form != form and link.form.startswith(stem)]
    if english.endswith(tuple(rules()["english_adjective_endings"])):
        held, lemmas = lexicon(lang), dictionary(lang)
        others += [
            stem + end
            for end in genders
            if (stem + end in held or stem + end in lemmas) and stem + end != form
        ]
    others = [other for other in dict.fromkeys(others) if other[len(stem) :] in genders]
    # A noun's plural is no other gender (`responsabilité`, `responsabilités`).
    if not any(genders[other[len(stem) :]] not in (own, "*") for other in others):
        return []
    return others


def choose_into(english: str, lang: str, before: list[str]) -> IntoChoice:
    """The ``lang`` word for a stray English word, given the words before it in its sentence
    (lower case): written with two witnesses and a fitting form, else named for review."""
    into = rules()
    spec = into["languages"].get(lang)
    low = english.lower()
    if spec is None:
        return IntoChoice(None, None, f"no {lang} rules for English words")
    links = _inverted_lexicon(lang).get(low, ())
    linked = [
        link
        for link in links
        if link.together >= int(into["min_together"]) and link.share >= float(into["min_share"])
    ]
    agreed = [
        link
        for link in links
        if link.together >= int(into["min_together_agreed"])
        and link.share >= float(into["min_share"])
        and _dictionary_agrees(link.form, low, lang)
    ]
    best = agreed[0] if agreed else None
    witness = "the dictionary and the lexicon agree"
    if best is None and linked and _lone_witness(linked[0], low, lang):
        best, witness = linked[0], "the lexicon alone"
    if best is None:
        found = _triangulated(low, lang, before)
        if found is not None:
            return found
        named = next(
            (link.form for link in links if _dictionary_agrees(link.form, low, lang)), None
        )
        if named is None and linked:
            named = linked[0].form
        named = named or _dictionary_lemma(low, lang)
        return IntoChoice(None, _cased(named, english), "no two witnesses agree")
    # The first witnessed form that fits its place: the best link, its other genders, then
    # the other forms both witnesses name (`électromagnétique` after `électromagnétiques`).
    tried = [best] + [link for link in agreed if link is not best]
    form, why = best.form, None
    for link in tried:
        others = _other_genders(link.form, links, lang, low)
        found = _fits(low, link.form, lang, before, bool(others))
        if found is None:
            best, form, why = link, link.form, None
            break
        why = why or found
        fitting = [other for other in others if _fits(low, other, lang, before, True) is None]
        if fitting:
            best, form, why = link, fitting[0], None
            break
    text = _cased(form, english)
    if why is not None:
        # An antonym is no candidate to name.
        return IntoChoice(None, None if why == _DROPS_NEGATION else text, why)
    if not spec["replace"]:
        return IntoChoice(None, text, f"{witness}; {lang} forms are left to the reviewer")
    return IntoChoice(text, text, f"{witness}, {best.together} sentences")


def _cased(form: str | None, english: str) -> str | None:
    if form is None:
        return None
    return form[:1].upper() + form[1:] if english[:1].isupper() else form


_WORD = re.compile(r"[^\W\d_]+")


def words_before(text: str) -> list[str]:
    """The words of ``text`` (a sentence up to the stray word), lower case."""
    return [word.lower() for word in _WORD.findall(text)]
