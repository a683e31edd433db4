"""Word lists as evidence: a two-state model over the words of a sentence.

Each word gets a weight, ``log10 P(word | source) - log10 P(word | target)``, from the
wordfreq lists of the two languages (any pair wordfreq knows). A Viterbi pass with a cost
for every switch between the languages then picks the stretches where the source
language explains the words better than the target by more than the switches cost.
A single French-looking word in English (``pour``, ``son``, ``Saule``) cannot pay for two
switches, while ``Dehors, le vieux`` can. Names are neutral: a capitalised word inside a
sentence, an acronym, a particle between capitalised words (``Place de la Concorde``) and a
phrase English keeps (``coup d'état``) weigh nothing either way.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache, reduce
from itertools import compress
from operator import add

from repair.cache import fill_memo
from repair.core.document import (
    LINE_BLOCK_CHARS,
    Document,
    SplitTokens,
    span_blocks,
    split_tokens,
    token_ranges,
    tokens_in_spans,
)
from repair.core.letters import LetterPattern
from repair.core.tables import KeyTable, Packed
from repair.langid.base import FINDERS, LangSpan, Pair, SpanFinder, foreign_data
from repair.langid.frequency import zipf
from repair.langid.quotations import short_translated_quotation
from repair.langid.stray import Stray, stray_words
from repair.langid.taxa import epithets
from repair.langid.vocabulary import ABSENT, Vocabulary, covered_languages, vocabulary_for

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
# Characters after which a capitalised word starts a clause, so is not taken for a name.
_OPENERS = frozenset("\"“«‘'([:—–")
# Weights are clamped: no single word is proof of a language.
_CLAMP = 4.0
# Word-list buckets are centibels below Zipf 9; bucket 800 is the lists' floor (Zipf 1).
_FLOOR_BUCKET = 800
# |weight| below this is noise; such words are left out of the table (weight 0).
_MIN_WEIGHT_TENTHS = 3
_WEIGHTS = {q: q / 10 for q in range(-40, 41)}
# Plain words, for the quick bound (no positions, pieces of compounds apart). Possessive
# repeats (``++``, ``*+``): nothing after a part can fail, so a match never gives letters
# back and these find what the greedy pattern finds, a tenth faster (no backtracking
# state kept at each letter).
_FAST_WORD = LetterPattern(r"{L}++(?:[-'’]{L}++)*+")
#: The same, capturing: ``split`` gives separators and words in turn.
_FAST_WORD_SPLIT = LetterPattern(r"({L}++(?:[-'’]{L}++)*+)")
# Edge words at or below this weight (target-leaning words, names) leave the span.
_TRIM_WEIGHT = 0.0
# A word whose log-odds stay below this is written in both languages (English and French `a`).
_HOMOGRAPH_WEIGHT = 1.0
# A sentence is foreign whole, names at its edges included, if its foreign core is at
# least this share of its words.
_WHOLE_CORE_SHARE = 0.5
# Organisation names: at most this many words; followed by "(CNAM)" or "[SIU]", glued to
# an article ("l'Observatoire"), after a capitalised source word, or joining two capitalised
# words (at most _MAX_JOINED_WORDS of them: "Entreprendre pour la Cité").
_MAX_NAME_WORDS = 6
_MAX_JOINED_WORDS = 2
_ACRONYM_AFTER = re.compile(r"\s*[(\[]\s*[A-Z][A-Za-z&./\-0-9]*[A-Z0-9]\s*[)\]]")
_GLUED_NAME = re.compile(r"['’][A-Z]")
# Possessive and contracted endings the word lists may not hold whole ("Kazakhstan's").
_CLITIC_ENDINGS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
_GLUED_CAPITAL = re.compile(r"^[^\W\d_]{1,2}['’]([A-Z][^\W\d_]+)")
# Source words this frequent (and this much likelier than in the target) are function
# words: capitalised, they start a clause rather than a name ("Les gens ...").
_FUNCTION_RANK = 350  # Zipf 5.5
_FUNCTION_WEIGHT = 2.0
# The very commonest of them (verbs, conjunctions, pronouns) make a run a clause, not a name.
_CLAUSE_RANK = 300  # Zipf 6
# The quick bound remembers at most this many words (memory stays bounded).
_MEMO_SIZE = 50_000


#: The bits of a word's byte in :meth:`LexiconFinder._marks_of`, each read by translating
#: the bytes to 0 or 1: the word has evidence; it is a stray candidate judged stray.
_POSITIVE_MARK = bytes(byte & 1 for byte in range(256))
_STRAY_MARK = bytes(byte >> 1 & 1 for byte in range(256))


#: The rule of stray words (repair/langid/stray.py): confirmed by the word lists alone.
STRAY_RULE = "foreign.word"
#: Stray words inside quotation marks: a title or a quotation, flagged and never rewritten.
QUOTED_RULE = "foreign.quoted"


def _tuning() -> dict[str, float]:
    return foreign_data()["tuning"]


class WordWeights(KeyTable):
    """Lower-case word → log-odds (``_WEIGHTS``: tenths from -4 to 4), packed (see
    :class:`repair.core.tables.KeyTable`): a dict of the pair's few hundred thousand words
    cost a run about 30 MB."""

    __slots__ = ()

    def get(self, key: str, default: float | None = None) -> float | None:  # type: ignore[override]
        at = self.position(key)
        return default if at < 0 else _WEIGHTS[self._values[at]]

    def items(self) -> Iterator[tuple[str, float]]:  # type: ignore[override]
        return ((word, _WEIGHTS[tenths]) for word, tenths in super().items())


class PairWeights:
    """Lower-case word → log-odds of source over target, worked out from the shared
    vocabulary's two buckets (repair/langid/vocabulary.py) as ``_build_word_weights`` works
    them out: the same numbers, without a table per pair (each held the whole English list
    again: 5-10 MB a pair)."""

    __slots__ = ("_vocabulary", "_source", "_target")

    def __init__(self, vocabulary: Vocabulary, source: str, target: str) -> None:
        self._vocabulary = vocabulary
        self._source = vocabulary.column(source)
        self._target = vocabulary.column(target)

    def get(self, key: str, default: float | None = None) -> float | None:
        at = self._vocabulary.position(key)
        found = None if at < 0 else self._weight(at, key)
        return default if found is None else found

    def items(self) -> Iterator[tuple[str, float]]:
        """Every word with a weight (slow: a build's pass over the whole vocabulary)."""
        for at, word in self._vocabulary.rows():
            weight = self._weight(at, word)
            if weight is not None:
                yield word, weight

    def _weight(self, at: int, word: str) -> float | None:
        source, target = self._source[at], self._target[at]
        if source == ABSENT:
            if target == ABSENT:
                return None
            source = _FLOOR_BUCKET
        elif target == ABSENT:
            target = _FLOOR_BUCKET
        return _weight_of(word, round((target - source) / 10))


@lru_cache(maxsize=4)
def word_weights(source: str, target: str) -> tuple[WordWeights | PairWeights, dict[str, int]]:
    """Lower-case word → log-odds of source over target, and the source's function words
    (very frequent, and far more so than in the target) with their frequency rank
    (centibels below Zipf 9). Read off the shared vocabulary when it holds both languages;
    else built once per pair, then loaded from the user's disk cache (building takes
    seconds, loading a tenth of that)."""
    from importlib.metadata import version

    from repair.cache import cached

    vocabulary = vocabulary_for(source) if target in covered_languages() else None
    if vocabulary is not None:
        key = (source, target, version("wordfreq"), _FUNCTION_RANK, _FUNCTION_WEIGHT, 1)
        function_words = cached(
            "function-words", key, lambda: _build_function_words(vocabulary, source, target)
        )
        return PairWeights(vocabulary, source, target), function_words
    key = (source, target, version("wordfreq"), _MIN_WEIGHT_TENTHS, _FLOOR_BUCKET,
           _FUNCTION_RANK, _FUNCTION_WEIGHT, tuple(_WEIGHTS), "packed-1")  # fmt: skip
    packed, function_words = cached("word-weights", key, lambda: _packed_weights(source, target))
    return WordWeights(*packed), function_words


def _build_function_words(vocabulary: Vocabulary, source: str, target: str) -> dict[str, int]:
    """The source's function words of :func:`_build_word_weights`, its target ranks read
    off the vocabulary."""
    from repair.langid.frequency import list_buckets

    function_words: dict[str, int] = {}
    for rank, bucket in list_buckets(source, 9 - _FUNCTION_RANK / 100) or ():
        for word in bucket:
            target_rank = vocabulary.bucket(word, target)
            tenths = round(((_FLOOR_BUCKET if target_rank is None else target_rank) - rank) / 10)
            if _function_word(rank, tenths):
                function_words[word] = rank
    return function_words


def _packed_weights(source: str, target: str) -> tuple[Packed, dict[str, int]]:
    table, function_words = _build_word_weights(source, target)
    tenths = ((word, round(weight * 10)) for word, weight in table.items())
    packed, _ = KeyTable.pack(tenths, "b")
    return packed, function_words


def _build_word_weights(source: str, target: str) -> tuple[dict[str, float], dict[str, int]]:
    from wordfreq import available_languages, read_cBpack

    paths = available_languages("best")
    source_buckets = read_cBpack(paths[source])
    target_rank = {
        word: rank for rank, bucket in enumerate(read_cBpack(paths[target])) for word in bucket
    }
    table: dict[str, float] = {}
    function_words: dict[str, int] = {}

    def put(word: str, tenths: int) -> None:
        weight = _weight_of(word, tenths)
        if weight is not None:
            table[word] = weight

    for rank, bucket in enumerate(source_buckets):
        for word in bucket:
            tenths = round((target_rank.pop(word, _FLOOR_BUCKET) - rank) / 10)
            put(word, tenths)
            if _function_word(rank, tenths):
                function_words[word] = rank
    for word, rank in target_rank.items():
        put(word, round((rank - _FLOOR_BUCKET) / 10))
    return table, function_words


def _weight_of(word: str, tenths: int) -> float | None:
    """A word's log-odds from its two lists' bucket gap in tenths of a Zipf (``None``: too
    small a gap to count, or a word with a figure)."""
    if abs(tenths) < _MIN_WEIGHT_TENTHS or any(ch.isdigit() for ch in word):
        return None
    return _WEIGHTS[max(-40, min(40, tenths))]


def _function_word(rank: int, tenths: int) -> bool:
    """A source word frequent enough, and that much more frequent than in the target."""
    return rank <= _FUNCTION_RANK and tenths >= _FUNCTION_WEIGHT * 10


#: The words of some consecutive sentences, and each sentence's range of them.
WordBlock = tuple[list[str], list[tuple[int, int]]]


def sentence_words(doc: Document, block: int = LINE_BLOCK_CHARS) -> Iterable[WordBlock]:
    """The document's words (:data:`WORD`; :data:`_FAST_WORD` finds the same ones) and the
    range of them in each of its sentences, in blocks of consecutive sentences (their
    ranges in order are the document's sentences): found once for the foreign-text
    triages of a short text, block by block for a long one (bounded memory)."""
    if len(doc.text) <= block:

        def one_block(text: str) -> list[WordBlock]:
            found, starts, _ = text_words(doc)
            return [(found, token_ranges(starts, doc.sentences))]

        return doc.derived("sentence-words", one_block)
    return _word_blocks(doc, block)


def text_words(doc: Document) -> SplitTokens:
    """The words of a short text (:data:`WORD`; at most ``LINE_BLOCK_CHARS``: a long one is
    read block by block) with their starts and ends, split once for the foreign-text
    triages and the name detectors (their words are these, cut at apostrophes)."""
    return doc.derived("text-words", lambda text: split_tokens(_FAST_WORD_SPLIT.on(text), text))


def _word_blocks(doc: Document, block: int) -> Iterator[WordBlock]:
    sentences, text = doc.sentences, doc.text
    for first, stop in span_blocks(sentences, block):
        start, end = sentences[first].start, sentences[stop - 1].end
        yield tokens_in_spans(_FAST_WORD_SPLIT.on(text), text, sentences[first:stop], start, end)


def fold(text: str) -> str:
    """Lower case without accents, same length: ``Déjà`` → ``deja`` (for phrase matching).

    Every apostrophe-like mark becomes ``'``: scraped text writes ``coup d’état`` and even
    ``coup d"état``.
    """
    return text.lower().translate(_fold_table())


@cache
def _fold_table() -> dict[int, int]:
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and len(base) == 1:
            table[code] = ord(base.lower())
    for mark in '’‘ʼ`´"':
        table[ord(mark)] = ord("'")
    return table


@lru_cache(maxsize=8)
def _kept_phrases(target: str) -> re.Pattern[str] | None:
    phrases = foreign_data()["kept"].get(target, [])
    if not phrases:
        return None
    alternatives = sorted({re.escape(fold(p)) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(alternatives) + r")(?![^\W\d_])")


@cache
def _particles() -> frozenset[str]:
    return frozenset(p.rstrip("'") for p in foreign_data()["name_particles"])


@cache
def _name_breaking_endings() -> tuple[str, ...]:
    """Endings of finite verbs, which end a clause and never a name (foreign.toml)."""
    return tuple(foreign_data().get("name_breaking_verb_endings", ()))


#: Below this Zipf in its own language, a stray word after an unlisted capitalised word is
#: taken for the rest of that name (``_ends_unlisted_name``).
_UNLISTED_NAME_ZIPF = 2.0


@FINDERS.register("lexicon")
class LexiconFinder(SpanFinder):
    name = "lexicon"
    rule = "foreign.span"

    def __init__(self, pair: Pair) -> None:
        super().__init__(pair)
        self.weights, self.function_words = word_weights(pair.source, pair.target)
        self.kept = _kept_phrases(pair.target)
        self.determiners = frozenset(foreign_data().get("determiners", {}).get(pair.source, ()))
        tuning = _tuning()
        self.switch_cost = float(tuning["switch_cost"])
        self.edge_cost = float(tuning["edge_cost"])
        self.lone_word = float(tuning["lone_word_weight"])
        # The cheapest span pays two edges, or is one lone word: no less evidence makes one.
        self.min_cost = min(min(self.edge_cost, self.switch_cost) * 2, self.lone_word)
        self.stray = stray_words(pair.target)
        self.max_run = int(foreign_data().get("stray", {}).get("max_run_words", 4))
        self.max_title = int(foreign_data().get("stray", {}).get("max_title_words", 8))
        self.name_breakers = frozenset(foreign_data().get("stray", {}).get("name_breakers", ()))
        self.identifier_after = frozenset(foreign_data()["stray"].get("identifier_after", ""))
        self.identifier_before = frozenset(foreign_data()["stray"].get("identifier_before", ""))
        #: The quick bound's memo: each word's evidence, and the stray candidates among them.
        self._evidence: dict[str, float] = {}
        self._rare: set[str] = set()
        #: Each word's two marks for the triage (see :meth:`_marks_of`).
        self._marks: dict[str, int] = {}
        #: Each word's log-odds (:meth:`word_weight`, past its test of names): news repeats
        #: its words, and the pair's weights are worked out of two packed columns per call.
        self._weight_of: dict[str, float] = {}

    @classmethod
    def supports(cls, pair: Pair) -> bool:
        from wordfreq import available_languages

        from repair.langid.script import non_latin_languages

        known = available_languages("best")
        return (
            pair.source != pair.target
            and pair.source not in non_latin_languages()
            and {pair.source, pair.target} <= set(known)
        )

    def word_weight(self, token: str, initial: bool) -> float:
        """The log-odds of one word; names, acronyms and unknown words weigh nothing."""
        if token[0].isupper() and (not initial or (len(token) > 1 and token.isupper())):
            return 0.0
        memo = self._weight_of
        weight = memo.get(token)
        if weight is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()  # bounded: a long stream meets ever more words
            weight = memo[token] = self._token_weight(token)
        return weight

    def _token_weight(self, token: str) -> float:
        """The log-odds of ``token`` as a word (of its lower case, or of its pieces)."""
        low = token.lower()
        weight = self.weights.get(low)
        if weight is not None:
            return weight
        weight = 0.0
        for piece in low.split("-"):
            found = self.weights.get(piece)
            if found is None and ("'" in piece or "’" in piece):
                found = self._elided_weight(piece, token)
            weight += found or 0.0
        return max(-_CLAMP, min(_CLAMP, weight))

    def _elided_weight(self, piece: str, token: str) -> float:
        """``l'occupation`` weighs its article and its noun; ``d'Obama`` only its article;
        the ending of ``country's`` or ``we'll`` is dropped."""
        parts = piece.replace("’", "'").split("'")
        if len(parts) > 1 and parts[-1] in _CLITIC_ENDINGS:
            parts = parts[:-1]
        if _GLUED_NAME.search(token):
            return self.weights.get(parts[0], 0.0)
        return sum(self.weights.get(part, 0.0) for part in parts)

    def find(self, text: str, start: int, end: int) -> list[LangSpan]:
        bound, rare = self._positive_bound(text, start, end)
        if bound <= self.min_cost and not self._may_stray(rare):
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
        # Whether a word opens a clause only counts for a capitalised one (see word_weight).
        weights = [
            self.word_weight(
                token, token[0].isupper() and (s == start or _after_opener(text, start, s))
            )
            for s, _, token in tokens
        ]
        self._neutralise_names(text, tokens, weights)
        self._neutralise_kept(text, start, end, tokens, weights)
        spans = []
        names = []
        for first, last, cost in self._segments(weights):
            last = self._without_open_determiner(tokens, weights, first, last)
            trimmed_first, trimmed_last = self._trimmed(weights, first, last)
            # A sentence foreign whole keeps the names at its edges ("dit Anbar."), unless
            # they are most of it (an English headline after two French words).
            whole = first == 0 and last == len(tokens) - 1
            core = trimmed_last - trimmed_first + 1
            if not whole or core < _WHOLE_CORE_SHARE * len(tokens):
                first, last = trimmed_first, trimmed_last
            last = self._with_its_noun(tokens, last)
            if first > 0 and self._function_word(tokens[first - 1][2]):
                first -= 1  # "Les gens réfléchit": the clause's capitalised article
                # ... unless that word is a frequent noun heading a name with its acronym
                # ("Société internationale d'urologie [SIU]").
                name = self._named_by_acronym(text, tokens, first, last)
            else:
                name = self._is_name(text, start, tokens, first, last)
            if name:
                names.append((tokens[first][0], tokens[last][1]))
                continue
            spans.append(self._span(tokens, weights, first, last, cost))
        spans = self._with_lone_words(tokens, weights, spans, names)
        return self._with_strays(text, start, end, tokens, spans, names)

    def quiet_sentences(self, blocks: Iterable[WordBlock]) -> list[bool]:
        """For each sentence, whether :meth:`find` stops at its quick test there (bound at
        most ``min_cost``, no stray candidate) and so finds nothing: the same test, with the
        text's words (``blocks``: see :func:`sentence_words`) looked up once."""
        min_cost = self.min_cost
        quiet: list[bool] = []
        # A sentence with neither a positive word nor a rare one: bound 0.0, no candidate.
        calm = not min_cost < 0.0
        for found, ranges in blocks:
            # Sparse: most words have no evidence (0.0) and are no stray candidate. The
            # positions of the others are found once (in C, no list of every word's value:
            # one look-up a word gives both marks, each word judged once in the process),
            # and only the sentences holding one are looked at: one with a candidate judged
            # stray is not quiet; the others are summed over their positive words only (in
            # order: adding 0.0 changes no partial sum, so the bound is the same float as
            # the sum over all its words).
            marks = self._marks_of(found)
            everywhere = range(len(found))
            positive = list(compress(everywhere, marks.translate(_POSITIVE_MARK)))
            stray_at = list(compress(everywhere, marks.translate(_STRAY_MARK)))
            block = [calm] * len(ranges)
            if positive or stray_at:
                firsts = [first for first, _ in ranges]
                # A sentence with a stray candidate is not quiet, whatever its bound.
                loud = set()
                for position in stray_at:
                    index = bisect_right(firsts, position) - 1
                    if index >= 0 and position < ranges[index][1]:
                        loud.add(index)
                        block[index] = False
                held: dict[int, list[int]] = {}
                for position in positive:
                    index = bisect_right(firsts, position) - 1
                    if index >= 0 and position < ranges[index][1] and index not in loud:
                        held.setdefault(index, []).append(position)
                for index, positives in held.items():
                    bound = reduce(
                        add, self._evidence_of(list(map(found.__getitem__, positives))), 0.0
                    )
                    block[index] = not bound > min_cost
            quiet.extend(block)
        return quiet

    def _may_stray(self, rare: list[str]) -> bool:
        """Whether one of the sentence's lower-case words the target rarely uses is stray."""
        stray = self.stray
        return stray is not None and any(
            (stray.judge_any(word) if word[0].islower() else stray.judge_noun(word, "the"))
            is not None
            for word in rare
        )

    def _with_strays(
        self,
        text: str,
        start: int,
        end: int,
        tokens: list[tuple[int, int, str]],
        spans: list[LangSpan],
        names: list[tuple[int, int]],
    ) -> list[LangSpan]:
        """Lower-case words of another language that the target does not use (see
        repair/langid/stray.py), outside the longer spans found and the names. A lone word
        the word-list model proposed and that is stray is taken as stray (the word lists
        of every language are surer of it than the pair's classifier)."""
        if self.stray is None:
            return spans
        longer = [span for span in spans if span.words > 1]
        extra = self.stray_runs(text, start, end, tokens, longer, names)
        if not extra:
            return spans
        kept = [s for s in spans if not any(s.start < e.end and e.start < s.end for e in extra)]
        return sorted(kept + extra, key=lambda span: span.start)

    def _in_identifier(self, text: str, start: int, end: int) -> bool:
        """A word that is part of code, a handle or an address (`ggplot2`, `dateutils==0.6`,
        `evt.respondWith`, `@mstriemer`): its own, never a leftover of a translation."""
        after = text[end : end + 2]
        return (
            (after[:1] != "" and after[:1] in self.identifier_after)
            or (after[:1] == "." and after[1:2].isalnum())
            or (start > 0 and text[start - 1] in self.identifier_before)
        )

    def strays(self, text: str, start: int, end: int) -> list[LangSpan]:
        """The stray-word runs of ``text[start:end]`` alone (the spotter asks for them
        inside a longer span its classifier did not confirm)."""
        if self.stray is None:
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
        return self.stray_runs(text, start, end, tokens, [], [])

    def stray_runs(
        self,
        text: str,
        start: int,
        end: int,
        tokens: list[tuple[int, int, str]],
        spans: list[LangSpan],
        names: list[tuple[int, int]],
    ) -> list[LangSpan]:
        """Stray words outside ``spans``, ``names`` and kept phrases; neighbours (only
        spaces between) join into one short run, named with the language of its surest word."""
        found: list[tuple[int, Stray]] = []
        judge_any, judge_noun = self.stray.judge_any, self.stray.judge_noun
        # Each word judged first (remembered, news repeats its words), the few stray ones
        # then placed: the judges depend on the words alone.
        for index, (s, e, token) in enumerate(tokens):
            if token[0].islower():
                judged = judge_any(token)
            elif index > 0 and not self._name_follows(text, tokens, index):
                # A German noun left as it was: capitalised after `the`, `a`, `his` ...
                judged = judge_noun(token, tokens[index - 1][2])
            else:
                continue
            if (
                judged is None
                or any(span.start <= s < span.end for span in spans)
                or self._in_identifier(text, s, e)
                or any(low <= s < high for low, high in names)
            ):
                continue
            found.append((index, judged))
        if not found:
            return []
        kept = self._kept_tokens(text, start, end, tokens)
        found = [(index, judged) for index, judged in found if index not in kept]
        runs: list[list[tuple[int, Stray]]] = []
        for index, judged in found:
            last = runs[-1][-1][0] if runs else None
            if (
                last is not None
                and last == index - 1
                and len(runs[-1]) < self.max_run
                and not text[tokens[last][1] : tokens[index][0]].strip()
            ):
                runs[-1].append((index, judged))
            else:
                runs.append([(index, judged)])
        extra = []
        for run in runs:
            first, last = run[0][0], run[-1][0]
            if not self._beside_target_word(tokens, first, last) and self._is_name(
                text, start, tokens, first, last
            ):
                continue
            if self._ends_unlisted_name(text, tokens, first, run) or epithets(
                text, tokens[first][0], tokens[last][1]
            ):
                continue
            best = max((judged for _, judged in run), key=lambda j: j.zipf - j.target_zipf)
            score = sum(max(1.0, j.zipf - j.target_zipf) for _, j in run)
            low, high = tokens[first][0], tokens[last][1]
            quoted = _inside_quotes(text, start, end, low, high, self.max_title)
            if quoted and _translated_quote(
                text, start, end, low, high, self.pair.target, best.lang
            ):
                quoted = False
            rule = QUOTED_RULE if quoted else STRAY_RULE
            weak = all(judged.weak for _, judged in run)
            extra.append(LangSpan(low, high, best.lang, 0.9, rule, len(run), score, weak))
        return extra

    @staticmethod
    def _name_follows(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
        """Whether a capitalised word follows ``tokens[index]`` (a space between): the two
        are one name (`the Deutsche Bank`)."""
        if index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        return following[2][0].isupper() and not text[tokens[index][1] : following[0]].strip()

    def _beside_target_word(
        self, tokens: list[tuple[int, int, str]], first: int, last: int
    ) -> bool:
        """A capitalised target function word next to the run (``The madeja Greek``,
        ``Flint fichó To the boss``): capitalised as a sentence's first word or by the
        translation's mistake, it heads no name, so the run is not one joined to it."""
        neighbours = [tokens[i][2] for i in (first - 1, last + 1) if 0 <= i < len(tokens)]
        return any(word[0].isupper() and word.lower() in self.name_breakers for word in neighbours)

    def _kept_tokens(
        self, text: str, start: int, end: int, tokens: list[tuple[int, int, str]]
    ) -> set[int]:
        """Indices of the tokens inside a phrase the target keeps (``coup d'état``)."""
        if self.kept is None:
            return set()
        folded = fold(text[start:end])
        inside = set()
        for match in self.kept.finditer(folded):
            low, high = match.start() + start, match.end() + start
            inside.update(i for i, (s, e, _) in enumerate(tokens) if s < high and low < e)
        return inside

    def _with_lone_words(
        self,
        tokens: list[tuple[int, int, str]],
        weights: list[float],
        spans: list[LangSpan],
        names: list[tuple[int, int]],
    ) -> list[LangSpan]:
        """A lower-case word no target text would hold (``génie``, ``qu'elles``) is a span
        alone, though it cannot pay two switches; the classifier must be surer of it."""
        lone = [
            LangSpan(s, e, self.pair.source, 0.5, self.rule, 1, weight - self.lone_word)
            for (s, e, token), weight in zip(tokens, weights, strict=True)
            if weight >= self.lone_word
            and token[0].islower()
            and not any(span.start <= s < span.end for span in spans)
            and not any(low <= s < high for low, high in names)
            and (self.stray is None or not self.stray.written_accented(token))
        ]
        return sorted(spans + lone, key=lambda span: span.start) if lone else spans

    def _positive_bound(self, text: str, start: int, end: int) -> tuple[float, list[str]]:
        """At least the source-language evidence of the sentence, cheaply: most sentences
        of a clean article stop here, before any position or name is worked out. Also the
        lower-case words the target does not use commonly (stray-word candidates)."""
        found = _FAST_WORD.on(text).findall(text, start, end)
        # Batched: the words' evidence summed in order (as a loop would), in C.
        positive = reduce(add, self._evidence_of(found), 0.0)
        return positive, list(filter(self._rare.__contains__, found))

    def _marks_of(self, found: list[str]) -> bytes:
        """One byte a word: ``_POSITIVE_MARK`` of it is 1 for a word with evidence (> 0;
        see :meth:`_evidence_of`), ``_STRAY_MARK`` for a stray candidate that
        :meth:`_may_stray` takes for stray (looked up in C; a new word judged once)."""
        marks = self._marks
        try:
            return bytes(map(marks.__getitem__, found))
        except KeyError:
            fill_memo(marks, found, self._word_marks, _MEMO_SIZE)
            return bytes(map(marks.__getitem__, found))

    def _word_marks(self, original: str) -> int:
        stray = self._rare_word(original) and self._may_stray([original])
        return (self._evidence_value(original) > 0) | (stray << 1)

    def _evidence_of(self, found: list[str]) -> list[float]:
        """Each word's evidence, from the memo (looked up in C; a new word judged once)."""
        evidence = self._evidence
        try:
            return list(map(evidence.__getitem__, found))
        except KeyError:
            fill_memo(evidence, found, self._word_evidence, _MEMO_SIZE, self._rare.clear)
            return list(map(evidence.__getitem__, found))

    def _word_evidence(self, original: str) -> float:
        """One word's part of the quick bound (0.0 for target-leaning and unknown words);
        a lower-case word the target does not use commonly joins ``self._rare``."""
        if self._rare_word(original):
            self._rare.add(original)
        return self._evidence_value(original)

    def _rare_word(self, original: str) -> bool:
        """A stray candidate: a lower-case word the target does not use commonly, or a noun
        a language that capitalises them left."""
        common = self.stray.common_words if self.stray is not None else None
        if common is None:
            return False
        if original[0].islower() and original.lower() not in common:
            return True
        return self.stray.judge_noun(original, "the") is not None

    def _evidence_value(self, original: str) -> float:
        get = self.weights.get
        word = original.lower()
        weight = get(word)
        if weight is None:
            if "-" not in word and "'" not in word and "’" not in word:
                return 0.0
            weight = sum(max(0.0, get(piece, 0.0)) for piece in re.split(r"[-'’]", word) if piece)
        return weight if weight > 0 else 0.0

    def _without_open_determiner(
        self, tokens: list[tuple[int, int, str]], weights: list[float], first: int, last: int
    ) -> int:
        """A run cannot end on its language's determiner, which needs the noun after it: a
        determiner the target also writes (``next week, a indiqué``: French ``a``) is the
        target's word there (one only its language writes: see :meth:`_with_its_noun`)."""
        while (
            last > first
            and weights[last] < _HOMOGRAPH_WEIGHT
            and tokens[last][2].lower() in self.determiners
        ):
            last -= 1
        return last

    def _with_its_noun(self, tokens: list[tuple[int, int, str]], last: int) -> int:
        """A run ending on a determiner only its language writes takes the lower-case word
        after it, the noun it opens (``télécharger le plug-in``)."""
        if (
            tokens[last][2].lower() in self.determiners
            and last + 1 < len(tokens)
            and tokens[last + 1][2][:1].islower()
        ):
            return last + 1
        return last

    @staticmethod
    def _trimmed(weights: list[float], first: int, last: int) -> tuple[int, int]:
        """Target-language words and names off the edges (the model may keep weak ones)."""
        while first < last and weights[first] <= _TRIM_WEIGHT:
            first += 1
        while last > first and weights[last] <= _TRIM_WEIGHT:
            last -= 1
        return first, last

    def _is_name(
        self, text: str, start: int, tokens: list[tuple[int, int, str]], first: int, last: int
    ) -> bool:
        """A short run that continues a capitalised source word (``Caisse nationale
        d'assurance maladie``, ``l'Observatoire syrien``), precedes an acronym in brackets,
        or joins two capitalised words (``Entreprendre pour la Cité``) is the name of an
        organisation, not a leftover. Names hold no comma and no function word but the
        particles (``de``, ``la``, ``et`` …): ``Congrès pendant les élections, mais`` is a
        clause."""
        if self._named_by_acronym(text, tokens, first, last):
            return True
        if last - first + 1 > _MAX_NAME_WORDS or not self._name_like(text, tokens, first, last):
            return False
        if tokens[last][2].lower().endswith(_name_breaking_endings()):
            return False  # a clause's verb (`Portugal goleó`), no name's word
        if (
            last - first < _MAX_JOINED_WORDS
            and first > 0
            and last + 1 < len(tokens)
            and tokens[first - 1][2][0].isupper()
            and tokens[last + 1][2][0].isupper()
            and text[tokens[first - 1][1] : tokens[first][0]].strip() == ""
            and text[tokens[last][1] : tokens[last + 1][0]].strip() == ""
        ):
            return True
        head = tokens[first][2]
        glued = _GLUED_CAPITAL.match(head)
        if glued is not None:
            return self.weights.get(glued.group(1).lower(), 0.0) > 0
        if first == 0:
            return False
        before_start, before_end, before = tokens[first - 1]
        adjacent = text[before_end : tokens[first][0]].strip() == ""
        initial = before_start == start or _after_opener(text, start, before_start)
        return (
            adjacent
            and before[0].isupper()
            and not before.isupper()
            and not initial
            and self.weights.get(before.lower(), 0.0) > 0
        )

    def _ends_unlisted_name(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, run: list
    ) -> bool:
        """A run that the word lists barely know (``nádraží``, ``náměstí``: Zipf < 2 in the
        language it is named with) right after a capitalised word no list knows at all
        (``Hlavní``, ``Václavské``) is the rest of a name in a language the lists lack
        (Prague's ``Hlavní nádraží``), not a leftover: real MT leaves words of its source."""
        if first == 0 or any(judged.zipf >= _UNLISTED_NAME_ZIPF for _, judged in run):
            return False
        _, before_end, before = tokens[first - 1]
        return (
            before[0].isupper()
            and not before.isupper()
            and text[before_end : tokens[first][0]].strip() == ""
            and self.weights.get(before.lower(), 0.0) == 0
            and zipf(before.lower(), self.pair.target) == 0
        )

    def _named_by_acronym(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, last: int
    ) -> bool:
        """A short name-like run followed by its acronym in brackets."""
        return (
            last - first + 1 <= _MAX_NAME_WORDS
            and _ACRONYM_AFTER.match(text, tokens[last][1]) is not None
            and self._name_like(text, tokens, first, last)
        )

    def _name_like(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, last: int
    ) -> bool:
        if any(mark in text[tokens[first][0] : tokens[last][1]] for mark in ",;:!?"):
            return False
        particles = _particles()
        for _, _, token in tokens[first : last + 1]:
            for piece in token.lower().replace("’", "'").split("'"):
                rank = self.function_words.get(piece, _CLAUSE_RANK + 1)
                if rank <= _CLAUSE_RANK and piece not in particles:
                    return False
        return True

    def _function_word(self, token: str) -> bool:
        """A capitalised article, pronoun or preposition of the source (``Les``, ``Ce``):
        so frequent that it starts a clause, never a name, when lower-case words follow."""
        if not token[0].isupper() or token.isupper() and len(token) > 1:
            return False
        low = token.lower().replace("’", "'")
        return low in self.function_words or low.split("'")[0] in self.function_words

    def _neutralise_names(
        self, text: str, tokens: list[tuple[int, int, str]], weights: list[float]
    ) -> None:
        """Particles between capitalised words are part of a name (``Charles de Gaulle``)."""
        particles = _particles()
        index = 1
        while index < len(tokens) - 1:
            if tokens[index][2].lower().rstrip("'’") not in particles:
                index += 1
                continue
            last = index
            while last + 1 < len(tokens) - 1 and tokens[last + 1][2].lower() in particles:
                last += 1
            before, after = tokens[index - 1][2], tokens[last + 1][2]
            if before[0].isupper() and after[0].isupper():
                for inside in range(index, last + 1):
                    weights[inside] = 0.0
            index = last + 1

    def _neutralise_kept(
        self,
        text: str,
        start: int,
        end: int,
        tokens: list[tuple[int, int, str]],
        weights: list[float],
    ) -> None:
        if self.kept is None:
            return
        folded = fold(text[start:end])
        for match in self.kept.finditer(folded):
            low, high = match.start() + start, match.end() + start
            for index, (s, e, _) in enumerate(tokens):
                if s < high and low < e:
                    weights[index] = 0.0

    def _segments(self, weights: list[float]) -> list[tuple[int, int, float]]:
        """Viterbi over (target, source) with switch costs: the source-language runs.

        Returns (first token, last token, switch costs paid). Ties go to the target.
        Entering or leaving at a sentence edge costs ``edge_cost``, inside ``switch_cost``.
        """
        switch, edge = self.switch_cost, self.edge_cost
        in_target, in_source = 0.0, -edge
        # Per token: was the previous state the source, for each current state?
        target_from_source: list[bool] = []
        source_from_source: list[bool] = []
        for weight in weights:
            leave = in_source - switch
            enter = in_target - switch
            target_from_source.append(leave > in_target)
            source_from_source.append(in_source > enter)
            in_target, in_source = max(in_target, leave), max(in_source, enter) + weight
        in_source_now = in_source - edge > in_target
        states = [False] * len(weights)
        for index in range(len(weights) - 1, -1, -1):
            states[index] = in_source_now
            if in_source_now:
                in_source_now = index > 0 and source_from_source[index]
            else:
                in_source_now = target_from_source[index]
        segments = []
        index = 0
        while index < len(states):
            if not states[index]:
                index += 1
                continue
            first = index
            while index + 1 < len(states) and states[index + 1]:
                index += 1
            cost = (edge if first == 0 else switch) + (edge if index == len(states) - 1 else switch)
            segments.append((first, index, cost))
            index += 1
        return segments

    def _span(
        self,
        tokens: list[tuple[int, int, str]],
        weights: list[float],
        first: int,
        last: int,
        cost: float,
    ) -> LangSpan:
        score = sum(weights[first : last + 1]) - cost
        odds = 10 ** max(-6.0, min(6.0, score))
        return LangSpan(
            tokens[first][0],
            tokens[last][1],
            self.pair.source,
            odds / (1 + odds),
            self.rule,
            last - first + 1,
            score,
        )


_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’"}


def _inside_quotes(text: str, start: int, end: int, low: int, high: int, most: int) -> bool:
    """Whether ``text[low:high]`` lies inside a short quotation (at most ``most`` words)
    of the sentence ``text[start:end]``: a title or a phrase quoted as such. A longer one
    is reported speech, whose leftovers are leftovers like any other."""
    for opening, closing in _QUOTE_PAIRS.items():
        before = text.rfind(opening, start, low)
        if before < 0:
            continue
        if opening == closing and text.count(opening, start, before) % 2:
            continue  # that mark closes an earlier quotation
        after = text.find(closing, high, end)
        if after >= 0:
            return len(WORD.findall(text, before, after)) <= most
    return False


def _translated_quote(
    text: str, start: int, end: int, low: int, high: int, target: str, source: str = ""
) -> bool:
    """Whether the short quotation holding ``text[low:high]`` is a translated one: at least
    ``min_translated_quote_words`` words, of which at least ``min_translated_quote_share``
    are common words of the target language (foreign.toml ``[stray]``): ``"The obesity is
    not a casualidad"`` is MT output with a leftover, where a title kept in its language
    (``"Cien años de soledad"``) or a word quoted as a word is not."""
    for opening, closing in _QUOTE_PAIRS.items():
        before = text.rfind(opening, start, low)
        if before < 0:
            continue
        if opening == closing and text.count(opening, start, before) % 2:
            continue
        after = text.find(closing, high, end)
        if after < 0:
            continue
        words = WORD.findall(text, before, after)
        if short_translated_quotation(words, target):
            return True
        rules = foreign_data().get("stray", {})
        if not 2 <= len(words) <= int(rules.get("max_short_quote_words", 0)):
            return False
        beside = [
            m.group() for m in WORD.finditer(text, before, after) if not low <= m.start() < high
        ]
        return _short_translated(beside, target, source, rules)
    return False


def translated_quote(
    text: str, start: int, end: int, low: int, high: int, target: str, source: str = ""
) -> bool:
    """Whether the short quotation around ``text[low:high]`` (within ``text[start:end]``) is
    English with a leftover of ``source`` (``_translated_quote``): the detector asks it of a
    stray word another path found inside quotation marks."""
    return _translated_quote(text, start, end, low, high, target, source)


def _short_translated(beside: list[str], target: str, source: str, rules: dict) -> bool:
    """The words of a quotation of two or three words beside its stray run are all target
    words, one of them in lower case, each commoner in the target than in the stray word's
    language by ``short_quote_margin`` (``"state quantique"``, ``"piétiner the right"``): a
    phrase the translation quoted and left a word of. A capital alone (``"It presentía"``,
    ``"El nuevo"``) may begin a title in its own language, and a word both languages write
    (``"la bise"``, ``"son copain"``, ``"a bientôt"``) makes a phrase of that language."""
    floor = float(rules.get("short_quote_zipf", 3.0))
    margin = float(rules.get("short_quote_margin", 0.0))

    def in_source(low: str) -> float:
        try:
            return zipf(low, source) if source else 0.0
        except LookupError:  # a language no word list knows (`und`)
            return 0.0

    def english(word: str) -> bool:
        low = word.lower()
        common = zipf(low, target)
        return common >= floor and common >= in_source(low) + margin

    return (
        bool(beside)
        and any(word[:1].islower() for word in beside)
        and all(english(word) for word in beside)
    )


def _after_opener(text: str, floor: int, position: int) -> bool:
    index = position - 1
    while index >= floor and text[index] == " ":
        index -= 1
    return index >= floor and text[index] in _OPENERS
