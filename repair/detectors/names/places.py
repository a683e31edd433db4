"""Place names: French exonyms, variant romanisations, near misses and repeated names.

A translation keeps the French name of a place (``Moscou``, ``Pékin``), a spelling from
another romanisation (``Taldykurgan``) or mangles a list (``Aktobe and Aktobe. ;Aktau``).
The gazetteer (names/gazetteer.py) says which place a spelling is; the thresholds in
repair/data/places.toml say when the evidence is strong enough to rewrite it. A spelling
that English itself uses (``Oral``, ``Kiev``, ``Peking``) or that is some place's own name
is left alone, which keeps clean English news untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import compress
from typing import TypeVar

from repair.cache import fill_memo
from repair.core.document import Document
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import register
from repair.detectors.names.base import NameDetector, Tokens, joined_by_space, same_case
from repair.detectors.names.gazetteer import Gazetteer, Place, fold, gazetteer
from repair.detectors.names.transliteration import english_variants
from repair.langid.frequency import zipf
from repair.rules.entity import drop_repeated_place

DATA_FILE = "places.toml"
#: Spellings whose classification a detector remembers (cleared when full).
MEMO_SIZE = 50_000
#: Phrases and first words whose names a detector remembers (cleared when full): a long
#: stream's names repeat within far fewer, and peak memory stays low.
PHRASE_MEMO_SIZE = 50_000
# Stray marks between a repeated place and the next one: ". ;", " ; ", ";", ".,".
T = TypeVar("T")
_STRAY_MARKS = re.compile(r"[ \t]*[.,;:](?:[ \t]*[.,;:])*[ \t]*")
#: The kinds of a capitalised spelling for ``PlacesDetector._may_name``.
_INERT, _HEAD, _LIVE = 0, 1, 2


def load_data() -> dict:
    return load_toml(DATA_FILE)


def similarity(a: str, b: str) -> float:
    from rapidfuzz.fuzz import ratio

    return ratio(fold(a), fold(b))


@register
class PlacesDetector(NameDetector):
    name = "places"

    def __init__(self, config) -> None:
        super().__init__(config)
        self.rules = self.settings(load_data())
        self.english_word_zipf: float = self.rules["english_word_zipf"]
        self.source = self.source_lang(self.rules["default_source_lang"])
        connectors = "|".join(re.escape(c) for c in self.rules["repeated"]["connectors"])
        self._connector = re.compile(rf"[ \t]+(?:{connectors})[ \t]+")
        self._memo: dict[tuple[str, bool], tuple[Place, str, float, str] | None] = {}
        self._near: dict[str, list[tuple[float, Place]]] = {}
        #: Each spelling's kind for the triage of candidates (see _may_name).
        self._kinds: dict[str, int] = {}
        #: The longest gazetteer name each first word starts (see _name_at).
        self._longest: dict[str, int] = {}
        #: Phrases whose words are a place (its size in words and the place) or no name.
        self._phrases: dict[str, tuple[int, Place | None]] = {}
        self._prepositions = frozenset(self.rules["fuzzy"]["prepositions"])

    @property
    def places(self) -> Gazetteer:
        return gazetteer()

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        tokens = self.tokens(doc)
        after = 0  # the first word not yet inside a name looked at
        for index in self._may_name(tokens):
            if index < after:
                continue
            size, place, finding = self._name_at(text, tokens, index)
            if finding is not None and finding.rule == "entity.place-exonym":
                finding = self._with_article(text, tokens, index, finding)
            if finding is not None and not self.in_untranslated_sentence(
                doc, finding.start, self.source
            ):
                yield finding
            if place is not None or finding is not None:
                repeated = self._repeated(text, tokens, index, size)
                if repeated is not None:
                    yield repeated
            after = index + size

    def _may_name(self, tokens: Tokens) -> list[int]:
        """The capitalised words that may start a place's name or a finding (in order).

        Not those that are no place's own name, no variant, and cannot be a near miss
        (short, an English word, or a known spelling): alone, ``_name_at`` gives such a word
        one word and nothing else, so skipping it changes nothing. Nor those among them
        that start longer gazetteer names (``The``, ``In``, ``I``: most candidates of clean
        news) unless their first two words start one (``The Hague``). Whether a spelling is
        inert alone is a fact about it, memoised."""
        capitalised = tokens.capitalised
        spellings = tokens.capitalised_spellings()
        kinds = self._kinds
        fill_memo(kinds, spellings, self._kind, MEMO_SIZE)
        kind = list(map(kinds.__getitem__, spellings))
        live = list(compress(capitalised, map(_LIVE.__eq__, kind)))
        heads = list(compress(capitalised, map(_HEAD.__eq__, kind)))
        if not heads:
            return live
        text, starts, ends, last = tokens.text, tokens.starts, tokens.ends, len(tokens) - 1
        longest_after = self.places.longest_after
        return sorted(
            live
            + [
                index
                for index in heads
                if index < last and longest_after(text[starts[index] : ends[index + 1]]) > 1
            ]
        )

    def _kind(self, spelling: str) -> int:
        """``_INERT``: starts no name and no finding wherever it stands; ``_HEAD``: the
        same alone, but the first word of longer names; ``_LIVE``: may name a place."""
        places = self.places
        fuzzy = self.rules["fuzzy"]
        if (
            places.own(spelling) is None
            and self._variant(spelling, 0, len(spelling), multiword=False) is None
            and (
                len(spelling) < fuzzy["min_length"]
                or zipf(spelling.lower(), "en") > 0
                or places.folded(spelling) is not None
            )
        ):
            return _INERT if places.longest_name(spelling) == 1 else _HEAD
        return _LIVE

    def _with_article(self, text: str, tokens: Tokens, index: int, finding: Finding) -> Finding:
        """``Le Caire`` → ``Cairo``: a French article before an exonym goes with it."""
        before = tokens[index - 1] if index > 0 else None
        if (
            before is None
            or before.text not in self.rules["exonym"]["articles"]
            or not joined_by_space(text, before, tokens[index])
        ):
            return finding
        return replace(finding, start=before.start)

    # -- one name ------------------------------------------------------------------------

    def _name_at(
        self, text: str, tokens: Tokens, index: int
    ) -> tuple[int, Place | None, Finding | None]:
        """How many words the name at ``index`` spans, the place it is, and any finding."""
        places = self.places
        starts, ends = tokens.starts, tokens.ends
        first = tokens.spelling(index)
        longest = self._longest.get(first)
        if longest is None:
            longest = self._remember(self._longest, first, places.longest_name(first))
        longest = min(longest, len(tokens) - index)
        # Only the words joined to this one by single spaces can be parts of its name.
        joined = 1
        while (
            joined < longest
            and starts[index + joined] == ends[index + joined - 1] + 1
            and text[ends[index + joined - 1]] == " "
        ):
            joined += 1
        start = starts[index]
        if joined > 1:
            # A name of two words or more starts with this word and the next one.
            joined = min(joined, places.longest_after(text[start : ends[index + 1]]))
        # What the search below gives depends on these words alone: news repeats its names,
        # so a phrase that gave a place or nothing is not looked up again (one that gave a
        # finding is, with its own offsets: rare in clean text).
        phrase = text[start : ends[index + joined - 1]]
        known = self._phrases.get(phrase)
        if known is not None:
            size, place = known
            return (size, place, None) if place is not None else self._unnamed(text, tokens, index)
        for size in range(joined, 0, -1):
            end = ends[index + size - 1]
            spelling = text[start:end]
            own = places.own(spelling)
            if own is not None:
                self._remember(self._phrases, phrase, (size, own))
                return size, own, None
            finding = self._variant(spelling, start, end, multiword=size > 1)
            if finding is not None:
                return size, None, finding
        self._remember(self._phrases, phrase, (1, None))
        return self._unnamed(text, tokens, index)

    def _unnamed(self, text: str, tokens: Tokens, index: int) -> tuple[int, None, Finding | None]:
        """A word that starts no known name: one word, perhaps a near miss of one."""
        return 1, None, self._fuzzy(text, tokens, index)

    @staticmethod
    def _remember(memo: dict[str, T], key: str, value: T) -> T:
        """``memo[key] = value``, the memo cleared first when full (memory stays bounded)."""
        if len(memo) >= PHRASE_MEMO_SIZE:
            memo.clear()
        memo[key] = value
        return value

    def _variant(self, spelling: str, start: int, end: int, *, multiword: bool) -> Finding | None:
        if self.places.kept(spelling):
            return None
        match = self._classify(spelling, multiword)
        if match is None:
            return None
        place, rule, confidence, why = match
        return self._finding(start, end, spelling, place, rule, confidence, why)

    def _classify(self, spelling: str, multiword: bool) -> tuple[Place, str, float, str] | None:
        """Memoised :meth:`_identify`: news repeats its names, and a batch its words."""
        key = (spelling, multiword)
        if key not in self._memo:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = self._identify(spelling, multiword)
        return self._memo[key]

    def _identify(self, spelling: str, multiword: bool) -> tuple[Place, str, float, str] | None:
        """Which place ``spelling`` is another name of, by which rule, how sure, and why."""
        places = self.places
        exonym = places.exonym(spelling, self.source)
        if exonym is not None and (multiword or self._is_exonym(spelling, exonym)):
            why = f"{spelling!r} is the {self.source} name of {exonym.name!r}"
            return exonym, "entity.place-exonym", 0.9, why
        place = places.alternate(spelling)
        if place is None and not multiword:
            place = places.folded(spelling)
        if place is not None and place.curated:
            return self._curated(spelling, place)
        if place is not None and not multiword:
            if self._is_exonym(spelling, place):
                why = f"{spelling!r} is the {self.source} name of {place.name!r}"
                return place, "entity.place-exonym", 0.85, why
            if self._is_romanisation(spelling, place):
                why = f"{spelling!r} is a variant romanisation of {place.name!r}"
                confidence = float(self.rules["romanisation"]["confidence"])
                return place, "entity.place-romanisation", confidence, why
        return None if multiword else self._transliterated(spelling)

    def _transliterated(self, spelling: str) -> tuple[Place, str, float, str] | None:
        """``Tachkent``, ``Tadjikistan``: French spelling habits undone give a place's name."""
        rule = self.rules["romanisation"]
        if (
            zipf(spelling.lower(), "en") >= rule["max_english_zipf"]
            or self.places.own(spelling) is not None
        ):
            return None
        candidates = [
            place
            for variant in english_variants(spelling)
            if (place := self.places.own(variant)) is not None
            and place.name == variant
            and place.population >= rule["min_population"]
        ]
        if not candidates:
            return None
        place = max(candidates, key=lambda p: (p.population, p.name))
        why = f"{spelling!r} is the French transliteration of {place.name!r}"
        return place, "entity.place-transliteration", 0.8, why

    def _curated(self, spelling: str, place: Place) -> tuple[Place, str, float, str] | None:
        """A listed place: any close spelling that is not an English word is rewritten."""
        close = max(similarity(spelling, place.name), similarity(spelling, place.geonames_name))
        if (
            spelling == place.name
            or close < self.rules["romanisation"]["min_similarity"]
            or zipf(spelling.lower(), "en") >= self.english_word_zipf
        ):
            return None
        why = f"English news writes {place.name!r} for {spelling!r} (place_overrides.toml)"
        return place, "entity.place-english-name", 0.85, why

    def _is_exonym(self, spelling: str, place: Place) -> bool:
        """Common in the source language, rare in English, and the English name is not."""
        rule = self.rules["exonym"]
        lowered = spelling.lower()
        source, english = zipf(lowered, self.source), zipf(lowered, "en")
        if (
            place.population < rule["min_population"]
            or source < rule["min_french_zipf"]
            or source - english < rule["min_french_margin"]
            or english >= self.english_word_zipf
            or zipf(place.name.lower(), "en") <= english
        ):
            return False
        namesake = self.places.own(spelling)
        return (
            namesake is None or namesake.population * rule["namesake_dominance"] <= place.population
        )

    def _is_romanisation(self, spelling: str, place: Place) -> bool:
        """Another spelling of the place, unknown to English, close to the English name."""
        rule = self.rules["romanisation"]
        english = zipf(spelling.lower(), "en")
        allowed = rule["accented_letters"]
        return (
            all(ch.isascii() or ch in allowed for ch in spelling.lower())
            and place.population >= rule["min_population"]
            and self.places.romanised(place)
            and english < rule["max_english_zipf"]
            and zipf(place.name.lower(), "en") >= english
            and self.places.own(spelling) is None
            and similarity(spelling, place.name) >= rule["min_similarity"]
        )

    def _fuzzy(self, text: str, tokens: Tokens, index: int) -> Finding | None:
        """A near miss of one large place's spelling, right after a preposition of place."""
        rule = self.rules["fuzzy"]
        if (
            index == 0
            or tokens.ends[index] - tokens.starts[index] < rule["min_length"]
            or tokens.spelling(index - 1).lower() not in self._prepositions
        ):
            return None
        word = tokens[index]
        if (
            not joined_by_space(text, tokens[index - 1], word)
            or (
                index + 1 < len(tokens)
                and joined_by_space(text, word, tokens[index + 1])
                and tokens[index + 1].capitalised
            )
            or zipf(word.text.lower(), "en") > 0
            or self.places.folded(word.text) is not None
        ):
            return None
        best: dict[str, float] = {}
        found: dict[str, Place] = {}
        for score, place in self._near_misses(fold(word.text)):
            if score > best.get(place.name, -1):
                best[place.name], found[place.name] = score, place
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda item: -item[1])
        name, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if (
            score < rule["min_score"]
            or score - runner_up < rule["min_margin"]
            or not self.places.romanised(found[name])
        ):
            return None
        return self._finding(
            word.start,
            word.end,
            word.text,
            found[name],
            "entity.place-fuzzy",
            0.7,
            f"{word.text!r} is unknown; it is a near miss ({score:.0f}/100) of {name!r}",
        )

    def _near_misses(self, folded: str) -> list[tuple[float, Place]]:
        """Memoised gazetteer look-up of the near misses of one unknown word."""
        if folded not in self._near:
            if len(self._near) >= MEMO_SIZE:
                self._near.clear()
            rule = self.rules["fuzzy"]
            self._near[folded] = self.places.near_misses(
                folded, rule["min_population"], rule["min_score"] - rule["min_margin"]
            )
        return self._near[folded]

    def _finding(
        self,
        start: int,
        end: int,
        spelling: str,
        place: Place,
        rule: str,
        confidence: float,
        message: str,
    ) -> Finding | None:
        replacement = same_case(place.name, spelling)
        if replacement == spelling:
            return None
        return Finding(
            start,
            end,
            "entity",
            rule,
            confidence,
            message,
            suggestion=replacement,
            data={"place": place.name, "country": place.country},
        )

    # -- a repeated name in a list -------------------------------------------------------

    def _repeated(self, text: str, tokens: Tokens, index: int, size: int) -> Finding | None:
        """``Aktobe and Aktobe. ;Aktau``: a place, a connector, the same place, stray marks.

        The finding covers only the repeat and its marks (``Aktobe. ;``), which go; so a
        fix of the first name (``Chymkent`` → ``Shymkent``) can be made alongside.
        """
        first_end = tokens[index + size - 1].end
        name = text[tokens[index].start : first_end]
        link = self._connector.match(text, first_end)
        if link is None or not text.startswith(name, link.end()):
            return None
        after = link.end() + len(name)
        if after < len(text) and (text[after].isalnum() or text[after] == "-"):
            return None
        marks = _STRAY_MARKS.match(text, after)
        if marks is None or marks.end() >= len(text) or not text[marks.end()].isupper():
            return None
        stray = marks.group()
        glued = not stray[-1].isspace()
        if not (glued or ";" in stray or ":" in stray or len(stray.replace(" ", "")) > 1):
            return None  # ", Texas" or ". Then": a list or a sentence goes on
        return Finding(
            link.end(),
            marks.end(),
            "entity",
            "entity.repeated-place",
            0.9,
            f"{name!r} is repeated in a list, with stray {stray.strip()!r} glued to the next "
            "name: the repeat and the marks go",
            suggestion=drop_repeated_place(text[link.end() : marks.end()]),
        )
