"""Retranslate spans left in the source language with a local model, or say why not.

All foreign spans of a batch, from every document, go to the model in one call. Each span
is cut and masked (repair/backends/text.py), and the model's answer becomes a fix only if
it passes the gate below; otherwise the span is flagged with the reason, so a reviewer
sees why the French is still there. Without ``--mt``, or without a model for the pair,
every span is flagged.

The gate (documented in repair/backends/README.md):

- the model's score (mean log-probability per output token) is at least the threshold:
  ``options["translate"]["score_threshold"]``, else the model's own calibrated
  ``score_threshold`` (``metadata.json``), else ``SCORE_THRESHOLD``;
- the output is not empty, not the input copied back, not much longer or shorter than the
  span (``MAX_WORD_RATIO``, ``MIN_WORD_RATIO``), and does not say a word or a short phrase
  twice running (``the old, the old``);
- every placeholder comes back exactly once. When the model loses a masked *name*, the span
  gets a second try with its names left in the text, and that answer must pass the same
  gate and contain every name as written (a masked name is sometimes what derails a small
  model: ``9001 a dit`` reads as a number).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from repair.backends.base import Hypothesis, ModelError, TranslationBackend, TranslationRequest
from repair.backends.text import Segment, finish, segment
from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Edit, Finding
from repair.fixers.base import Fixer, register
from repair.langid.lexicon import QUOTED_RULE, STRAY_RULE
from repair.langid.stray import UNDETERMINED

if TYPE_CHECKING:
    from repair.backends.registry import InstalledModel
    from repair.fixers.words import Choice

#: Below this mean log-probability per token, a translation is not trusted (flagged).
SCORE_THRESHOLD = -1.5
#: An output longer than this many words per input word (plus the margin) is a hallucination.
MAX_WORD_RATIO = 3.0
MAX_WORD_MARGIN = 3
#: An output shorter than this share of the span's words (minus the margin) dropped content.
MIN_WORD_RATIO = 0.3
#: Remembered answers per fixer (a bound, not a tuning knob).
MEMO_SIZE = 50_000
LOST_PLACEHOLDER = "the model lost a protected number, URL, e-mail or name"
# One to three words said again right away: "real real", "the old, the old".
_RUN = re.compile(r"\b(\w+(?:\W+\w+){0,2})\W+\1\b", re.IGNORECASE)


class ScoreBin(NamedTuple):
    """Calibration examples with scores from ``high`` down to ``low``."""

    high: float
    low: float
    usable: float  # share of usable translations
    fixed: bool  # whether the calibrated threshold lets them through


def calibrate_threshold(
    examples: Iterable[tuple[float, bool]],
    bins: int = 10,
    min_fixed_usable: float | None = None,
) -> tuple[float | None, list[ScoreBin]]:
    """The score below which a model's translations are more often unusable than not.

    ``examples`` are (score, usable) pairs of held-out translations. Sorted by score, they are
    cut into ``bins`` of equal size; the bins at the bottom whose usable share is under a half
    are flagged, and the threshold is the lowest score of the bins above them, rounded down
    so that those stay fixes. ``None`` when no bin is flagged (the default threshold applies).

    With ``min_fixed_usable``, more bins are flagged from the bottom until the translations
    let through are, all together, at least that share usable: a weak model's scores rank its
    answers poorly, so usable bins can sit among unusable ones. If even the top bin falls
    short, every bin is flagged and the threshold lies just above the best score seen.
    """
    rows = sorted(examples, key=lambda row: -row[0])
    if not rows:
        return None, []
    size = max(1, len(rows) // bins)
    chunks = [rows[i : i + size] for i in range(0, len(rows), size)]
    rates = [sum(ok for _, ok in chunk) / len(chunk) for chunk in chunks]
    keep = len(chunks)
    while keep > 1 and rates[keep - 1] < 0.5:
        keep -= 1
    if min_fixed_usable is not None:
        while keep > 0 and _usable_share(chunks[:keep]) < min_fixed_usable:
            keep -= 1
    table = [
        ScoreBin(chunk[0][0], chunk[-1][0], rate, index < keep)
        for index, (chunk, rate) in enumerate(zip(chunks, rates, strict=True))
    ]
    if keep == 0:
        return min(0.0, round(math.ceil(rows[0][0] * 100 - 1e-9) / 100 + 0.01, 2)), table
    if keep == len(chunks):
        return None, table
    # The epsilon keeps -0.7 (stored as -0.7000000000000001) from rounding down to -0.71.
    return math.floor(chunks[keep - 1][-1][0] * 100 + 1e-9) / 100, table


def _usable_share(chunks: list[list[tuple[float, bool]]]) -> float:
    rows = [ok for chunk in chunks for _, ok in chunk]
    return sum(rows) / len(rows)


def repeats_itself(text: str) -> bool:
    """A word or a short phrase repeated right after itself: a small model's decoding loop."""
    return bool(_RUN.search(text))


def judge(
    seg: Segment,
    hyp: Hypothesis,
    span_text: str,
    target_lang: str,
    threshold: float = SCORE_THRESHOLD,
) -> tuple[str | None, str]:
    """The replacement for a span, or ``None`` and the reason it is not trusted."""
    output = hyp.text.strip()
    if not output:
        return None, "the model returned nothing"
    if hyp.score < threshold:
        return None, f"the model is unsure (score {hyp.score:.2f} < {threshold})"
    if len(output.split()) > MAX_WORD_RATIO * seg.words + MAX_WORD_MARGIN:
        return None, "the translation is much longer than the span (hallucination)"
    if len(output.split()) < MIN_WORD_RATIO * seg.words - MAX_WORD_MARGIN:
        return None, "the translation is much shorter than the span (content dropped)"
    if repeats_itself(output) and not repeats_itself(seg.core):
        return None, "the translation repeats itself (hallucination)"
    if output.casefold().rstrip(".!?") == seg.masked.casefold().rstrip(".!?"):
        return None, "the model copied the span untranslated"
    replacement = finish(seg, output, target_lang)
    if replacement is None:
        return None, LOST_PLACEHOLDER
    if replacement == span_text:
        return None, "the translation is the span itself"
    left = untranslated(replacement, target_lang)
    if left:
        return None, f"the translation leaves {left!r} untranslated"
    invented = non_word(replacement, span_text, target_lang)
    if invented:
        return None, f"the translation holds {invented!r}, not a {target_lang} word"
    return replacement, ""


def non_word(text: str, source: str, target_lang: str) -> str | None:
    """The first word of ``text`` that the target's word list does not know in any case
    and that the source does not hold (a name or a number copied is fine): a small model
    spelling a rare word out of pieces (``Pertrochimic``) must not be written."""
    from repair.langid.frequency import zipf

    copied = {word.lower() for word in _TOKEN.findall(source)}
    for word in _TOKEN.findall(text):
        low = word.lower()
        if low in copied or "-" in low or "'" in low or "’" in low:
            continue
        if zipf(low, target_lang) == 0:
            return word
    return None


def untranslated(text: str, target_lang: str) -> str | None:
    """The first word of ``text`` that is not in ``target_lang`` but in another language
    (repair/langid/stray.py): a translation holding one would be found again by the next
    run, so it is a flag, not a fix. Names and numbers are never such words."""
    from repair.langid.stray import stray_words

    judge = stray_words(target_lang)
    if judge is None:
        return None
    for word in _TOKEN.findall(text):
        if judge.judge(word) is not None:
            return word
    return None


_EDGE = re.compile(r"^([\W_]*)(.*?)([\W_]*)$", re.DOTALL)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


#: Without a model, foreign runs up to this many words go word by word to the lexicon.
LEXICON_RUN_WORDS = 3


def _only_hyphenated(word: str, candidate: str) -> bool:
    """The candidate is the word itself with hyphens or spaces put in (no translation)."""
    return candidate != word and re.sub(r"[-\s]", "", candidate).lower() == word.lower()


def is_word_finding(finding: Finding, span_text: str, short: bool = False) -> bool:
    """A stray word or short run (repair/langid/stray.py), or a lone foreign word: fixed by
    choosing among candidates in the sentence rather than by translating it alone. With
    ``short`` (no model for the pair), any run of up to ``LEXICON_RUN_WORDS`` words."""
    if short and len(_TOKEN.findall(span_text)) <= LEXICON_RUN_WORDS:
        return True
    return finding.rule == STRAY_RULE or len(_TOKEN.findall(span_text)) == 1


def _core(span_text: str) -> tuple[str, str, str]:
    """Leading marks, the words, trailing marks."""
    match = _EDGE.match(span_text)
    return match.group(1), match.group(2), match.group(3)


def _neighbours(doc: Document, start: int, end: int) -> tuple[str, str]:
    """The words right before and after ``start:end`` in its sentence, lower case
    (``<s>`` and ``</s>`` at the sentence's edges, or across a clause mark)."""
    sentence = doc.sentence_at(start)
    low, high = (sentence.start, sentence.end) if sentence else (0, len(doc.text))
    before = doc.text[low:start]
    after = doc.text[end:high]
    left = re.search(r"([^\W\d_]+)[ \u00a0]*$", before)
    right = re.match(r"[ \u00a0]*([^\W\d_]+)", after)
    return (
        left.group(1).lower() if left else "<s>",
        right.group(1).lower() if right else "</s>",
    )


#: One scoring of a sense: the word's index, the sense, whether in its sentence, the target
#: text and the request it is scored against.
_SensePlan = tuple[int, str, bool, str, TranslationRequest]

#: How far a sense's window looks for its words each side, in characters.
_WINDOW_CHARS = 300


def _sense_window(doc: Document, finding: Finding, lang: str) -> tuple[str, str] | None:
    """The text before and after a stray word that the model reads with it when it scores
    the dictionary's senses (``[choice.model_sense] context_words`` words each side, within
    its line), for the languages of ``context_languages``; ``None`` elsewhere (the word
    alone). Such a window ranked the planted words' senses better than the word alone
    (``bench_real_mt.py --system left --lang es``: 75 % against 68 % right)."""
    from repair.fixers.words import settings

    rules = settings()["choice"].get("model_sense", {})
    if lang not in rules.get("context_languages", ()):
        return None
    size = int(rules["context_words"])
    text = doc.text
    lead, _, trail = _core(text[finding.start : finding.end])
    low = max(text.rfind("\n", 0, finding.start) + 1, finding.start - _WINDOW_CHARS)
    high = text.find("\n", finding.end, finding.end + _WINDOW_CHARS)
    high = min(len(text), finding.end + _WINDOW_CHARS) if high < 0 else high
    # The raw text of `size` words each side, as written (marks and spaces kept).
    before = re.search(rf"(?:\S+\s+){{0,{size}}}\S*$", text[low : finding.start + len(lead)])
    after = re.match(rf"^\S*(?:\s+\S+){{0,{size}}}", text[finding.end - len(trail) : high])
    return (before.group(0) if before else ""), (after.group(0) if after else "")


def _capitalises_nouns(lang: str) -> bool:
    """Whether ``lang`` writes its nouns capitalised (foreign.toml ``[stray.nouns]``)."""
    from repair.langid.base import foreign_data

    return lang in foreign_data()["stray"].get("nouns", {}).get("languages", ())


def _after_figure(doc: Document, start: int, text: str) -> bool:
    """``text`` starts with a word English never writes after a figure (``46 hundreds``:
    word_fixes.toml ``not_after_figure``) and a figure stands right before ``start``."""
    from repair.fixers.words import settings

    words = set(settings()["choice"].get("not_after_figure", ()))
    head = text.split(" ", 1)[0].lower()
    return (
        head in words
        and re.search(r"\d[ \u00a0]*$", doc.text[max(0, start - 8) : start]) is not None
    )


def _before_its_noun(
    doc: Document, finding: Finding, lead: str, core: str, text: str, source: str
) -> tuple[int, str, str] | None:
    """Where the English adjective of a stray word left after its noun goes: (the noun's
    start, the noun, the adjective), when repair/fixers/words.py's ``before_its_noun`` says
    so; ``None`` for a run, a capitalised word, or a word not right after ``opener noun``."""
    from repair.fixers.words import before_its_noun

    if lead or " " in core or core[:1].isupper():
        return None
    sentence = doc.sentence_at(finding.start)
    low = sentence.start if sentence else 0
    found = re.search(r"(?:^|[ \u00a0])([^\W\d_]+)[ \u00a0]+([^\W\d_]+)[ \u00a0]+$",
                      doc.text[low : finding.start])  # fmt: skip
    if found is None:
        return None
    following = _neighbours(doc, finding.start, finding.end)[1]
    adjective = before_its_noun(text, core, source, found.group(1), found.group(2), following)
    if adjective is None:
        return None
    return low + found.start(2), found.group(2), adjective


#: The model's doubts about a span that its words, each chosen on its own, need not share.
_DOUBTS = ("the model is unsure", "the translation leaves")


def _stray_words_only(doc: Document, finding: Finding) -> bool:
    """The span is a few stray words side by side (``fatalement incontournable``), each one
    the stray-word judge takes for a foreign word: no clause, whose small words
    (``la vie est belle``) a word-by-word reading would mistranslate; at most
    ``[choice.span_alone] max_words`` (word_fixes.toml)."""
    from repair.fixers.words import settings

    tokens = _TOKEN.findall(doc.text, finding.start, finding.end)
    return 1 < len(tokens) <= int(settings()["choice"]["span_alone"]["max_words"]) and all(
        untranslated(token, doc.target_lang) for token in tokens
    )


def _part_of_run(
    doc: Document, finding: Finding, source: str, origin: str, model_failed: bool = False
) -> Edit | None:
    """For a run no candidate covers whole, its longest block of words that each get a sure
    English word of their own (repair/fixers/words.py), written alone: the words left beside
    it are found again, alone, in the next round and flagged or fixed there (``maisonnette
    surpeuplée`` -> ``maisonnette overcrowded``, then ``maisonnette`` flagged). Only stray
    words (repair/langid/stray.py), never a clause; ``None`` when no word of the run is sure,
    or every word is (the run's own choice then failed for a reason that holds for its parts
    too). With ``model_failed``, a foreign span of stray words only (``_stray_words_only``)
    the model was unsure of: its words, all sure, are written together, for the model's doubt
    holds for the run, not for its words."""
    from repair.fixers.words import choose

    if finding.rule != STRAY_RULE and not (model_failed and _stray_words_only(doc, finding)):
        return None  # a clause left in its language is no list of stray words
    tokens = list(_TOKEN.finditer(doc.text, finding.start, finding.end))
    if len(tokens) < 2:
        return None
    left, right = _neighbours(doc, finding.start, finding.end)
    texts: list[str | None] = []
    for position, token in enumerate(tokens):
        before = tokens[position - 1].group().lower() if position else left
        after = tokens[position + 1].group().lower() if position + 1 < len(tokens) else right
        choice = choose(token.group(), source, before, after)
        text = choice.text
        if text is not None and (text == token.group() or untranslated(text, doc.target_lang)):
            text = None
        texts.append(text)
    if not any(texts) or (all(text is not None for text in texts) and not model_failed):
        return None
    # Blocks of sure words next to each other; a mark other than a space or a hyphen between
    # two words (a comma of a list) ends a block.
    blocks: list[list[int]] = []
    for position, text in enumerate(texts):
        gap = doc.text[tokens[position - 1].end() : tokens[position].start()] if position else ""
        joined = texts[position - 1] is not None if position else False
        if text is None:
            continue
        if joined and blocks and not gap.strip(" -\u00a0"):
            blocks[-1].append(position)
        else:
            blocks.append([position])
    block = max(blocks, key=len)
    best = (block[0], block[-1] + 1)
    first, last = tokens[best[0]], tokens[best[1] - 1]
    words = []
    for position in range(best[0], best[1]):
        text = texts[position] or ""
        if tokens[position].group()[:1].isupper():
            text = text[:1].upper() + text[1:]
        words.append(text)
    original = doc.text[first.start() : last.end()]
    separators = [
        doc.text[tokens[i].end() : tokens[i + 1].start()] for i in range(best[0], best[1] - 1)
    ]
    replacement = words[0] + "".join(
        sep + word for sep, word in zip(separators, words[1:], strict=True)
    )
    return Edit(
        start=first.start(),
        end=last.end(),
        replacement=replacement,
        action=finding.action,
        kind=finding.kind,
        rule=finding.rule,
        confidence=0.8,
        message=f"left in {source}: {original!r} -> {replacement!r} (each word on its own; "
        + (
            "the model was unsure of the run)"
            if best == (0, len(tokens))
            else "the rest of the run is left to the next round)"
        ),
        origin=origin,
    )


def _quotation_doubt(
    doc: Document, finding: Finding, span_text: str, request: TranslationRequest, output: str
) -> str | None:
    """Why a retranslation must not be written though the model is sure of it: it says what
    the sentence beside it says (the span was a quotation's original), or it flips the
    source's polarity (a negation added or lost)."""
    from repair.langid.quotations import echoes_neighbour, polarity_flipped

    if echoes_neighbour(doc, finding.start, finding.end, output):
        return f"{output!r} repeats the sentence beside it: the span is the original it quotes"
    if polarity_flipped(span_text, request.source_lang, output, request.target_lang):
        return f"{output!r} contradicts its source (a negation added or lost)"
    return None


def _glossed(doc: Document, finding: Finding, core: str, lang: str, chosen: str) -> bool:
    """Whether the writer glosses the word beside it in its sentence (`my abuela
    (grandmother)`, `the Stau, the endless traffic jam`): the English chosen for it, or a
    sense its dictionary gives, is written a few words away, set off by a bracket, a comma, a
    dash or a colon. A translation that leaves a word leaves it wherever it stands, so the
    word's own English set off beside it is the writer's gloss: the word is theirs, and
    retranslating it would say the same thing twice (word_fixes.toml ``[gloss]``)."""
    from repair.fixers.words import dictionary_candidates, settings
    from repair.langid.frequency import zipf

    rules = settings()["gloss"]
    sentence = doc.sentence_at(finding.start)
    if sentence is None:
        return False
    text, reach = doc.text, int(rules["window_words"])
    before = list(_TOKEN.finditer(text, sentence.start, finding.start))[-reach:]
    after = list(_TOKEN.finditer(text, finding.end, sentence.end))[:reach]
    ceiling = float(rules["max_sense_zipf"])
    candidates = [chosen, *dictionary_candidates(core, lang)[: int(rules["senses"])]]
    for candidate in dict.fromkeys(c.lower() for c in candidates if c):
        words = _TOKEN.findall(candidate)
        if not words or (len(words) == 1 and zipf(words[0], "en") > ceiling):
            continue  # a function word (`of`, `that`) is beside any word
        for start, end in _phrases(before, words) + _phrases(after, words):
            earlier = end <= finding.start
            between = text[end : finding.start] if earlier else text[finding.end : start]
            if _sets_off(between, rules):
                return True
    return False


def _sets_off(between: str, rules: dict) -> bool:
    """Whether the text between a word and its English sets the English off as a gloss: a
    bracket, a dash or a colon, or a comma with an apposition's opener (`, the endless traffic
    jam`, `, her abuela`; in a list, `lunch, merienda` is the next item), close by, and no
    coordination (`traditions ancient and archaïques`, a source's pair of synonyms)."""
    if _COORDINATED.search(between) or len(_TOKEN.findall(between)) > int(
        rules["max_between_words"]
    ):
        return False
    if _GLOSS_MARK.search(between):
        return True
    if "," not in between:
        return False
    apposition = between.rsplit(",", 1)[1].strip().lower()
    return any(
        apposition == opener or apposition.startswith(opener + " ")
        for opener in rules["comma_openers"]
    )


def _phrases(matches: list[re.Match[str]], words: list[str]) -> list[tuple[int, int]]:
    """Where ``words`` (lower case) run in ``matches``, one more or one less ``s`` on the
    last word allowed (`grandmothers`, `traffic jam`): (start, end) offsets."""
    found, size = [], len(words)
    last = words[-1]
    forms = {last, last + "s", last + "es", last[:-1] if last.endswith("s") else last}
    for index in range(len(matches) - size + 1):
        run = [m.group().lower() for m in matches[index : index + size]]
        if run[:-1] == words[:-1] and run[-1] in forms:
            found.append((matches[index].start(), matches[index + size - 1].end()))
    return found


_GLOSS_MARK = re.compile(r"[()\[\]:—–]|\s-\s")
_COORDINATED = re.compile(r"\b(?:and|y|et|und)\b", re.IGNORECASE)


def _into_word(doc: Document, finding: Finding, source: str, missing: str) -> Edit | None:
    """An English word left in an article of another language, which no model translates:
    the target word the X→English dictionary and lexicon give read the other way
    (repair/fixers/into.py), written or named in the flag; ``None`` when it is no lone
    English word or no rules cover the target."""
    from repair.fixers.into import choose_into, covers, words_before

    span_text = doc.text[finding.start : finding.end]
    lead, core, trail = _core(span_text)
    if (
        source != "en"
        or finding.rule == QUOTED_RULE
        or not covers(doc.target_lang)
        or len(_TOKEN.findall(core)) != 1
        or not core.isalpha()
    ):
        return None
    sentence = doc.sentence_at(finding.start)
    before = doc.text[sentence.start if sentence else 0 : finding.start]
    choice = choose_into(core, doc.target_lang, words_before(before))
    where = f"left in {source}"
    if choice.text is not None:
        return Edit.from_finding(
            finding,
            lead + choice.text + trail,
            origin="lexicon",
            message=f"{where}: {core!r} -> {choice.text!r} ({missing}; {choice.reason})",
            confidence=0.8,
        )
    named = f"best candidate: {choice.best!r} ({choice.reason})" if choice.best else choice.reason
    return Edit.from_finding(
        finding, None, message=f"{where}: {missing}; {named}; flagged", origin="rule"
    )


@register
class TranslationFixer(Fixer):
    """Handles foreign-span findings that carry no suggestion."""

    name = "translate"

    def __init__(self, config: RepairConfig) -> None:
        super().__init__(config)
        self._backends: dict[str, TranslationBackend] = {}
        #: Answers already given, so that a stage's later rounds, which find the flagged
        #: spans again, cost no second model call.
        self._memo: dict[tuple[str, TranslationRequest], Hypothesis] = {}
        self._memo_n: dict[tuple[str, TranslationRequest], list[Hypothesis]] = {}
        #: The model chosen per language pair (reading a model's vocabulary is not free).
        self._chosen: dict[tuple[str, str], InstalledModel | None] = {}
        if config.mt and config.model:
            model = self._store().get(config.model)  # an unknown name fails before any work
            pair = (config.source_lang, config.target_lang)
            if config.source_lang != "auto" and not model.card.covers(*pair):
                raise ModelError(
                    f"model {model.name!r} translates {model.card.pairs}, not {pair[0]}→{pair[1]}"
                )

    def __getstate__(self) -> dict:
        # A loaded translator does not pickle; workers load their own copy lazily.
        state = self.__dict__.copy()
        state["_backends"] = {}
        state["_memo"] = {}
        state["_memo_n"] = {}
        return state

    @staticmethod
    def _store():
        from repair.backends.registry import ModelStore

        return ModelStore()

    def handles(self, finding: Finding) -> bool:
        return finding.kind == "foreign" and finding.suggestion is None

    def _source_lang(self, finding: Finding) -> str | None:
        lang = finding.data.get("lang") if finding.data else None
        if lang:
            return str(lang)
        return None if self.config.source_lang == "auto" else self.config.source_lang

    def _model_for(self, source_lang: str, target_lang: str) -> InstalledModel | None:
        if self.config.model:
            model = self._store().get(self.config.model)
            return model if model.card.covers(source_lang, target_lang) else None
        return self._store().choose(source_lang, target_lang)

    def _backend(self, model: InstalledModel) -> TranslationBackend:
        backend = self._backends.get(model.name)
        if backend is None:
            from repair.backends.ctranslate2 import load_backend

            backend = load_backend(model.path, model.card, self.config.mt_threads)
            self._backends[model.name] = backend
        return backend

    def propose(self, items: list[tuple[Document, Finding]]) -> list[Edit | None]:
        edits: list[Edit | None] = [None] * len(items)
        words: list[tuple[int, InstalledModel | None]] = []
        batches: dict[
            str, tuple[InstalledModel, list[tuple[int, Segment, TranslationRequest]]]
        ] = {}
        for index, (doc, finding) in enumerate(items):
            source = self._source_lang(finding)
            target = doc.target_lang
            where = f"left in {source}" if source else "foreign text"
            if not self.config.mt:
                off = "not retranslated, machine translation is off (--no-mt)"
                edits[index] = self._flag(finding, f"{where}: {off}")
                continue
            if source is None or source == target:
                unknown = "source language unknown (use --source-lang)"
                edits[index] = self._flag(finding, f"{where}: {unknown}")
                continue
            if source == UNDETERMINED:
                edits[index] = self._flag(
                    finding,
                    "a word of a language repair holds no list of (spelt unlike the text "
                    "around it): left by the translation; translate it by hand",
                )
                continue
            if (source, target) not in self._chosen:
                self._chosen[(source, target)] = self._model_for(source, target)
            model = self._chosen[(source, target)]
            # Choosing a word in its sentence needs the X→English lexicon and English
            # n-grams: into another language, a word is a span like any other.
            into_english = target == "en"
            if (
                model is None
                and into_english
                and finding.rule != QUOTED_RULE
                and is_word_finding(finding, doc.text[finding.start : finding.end], short=True)
            ):
                # The lexicon may know it, or the model of a close language (a Spanish
                # word the word lists name Portuguese).
                words.append((index, self._stand_in(source, target)))
                continue
            if model is None:
                missing = (
                    f"model {self.config.model!r} does not translate {source}→{target}"
                    if self.config.model
                    else f"no translation model for {source}→{target}"
                )
                edits[index] = _into_word(doc, finding, source, missing) or self._flag(
                    finding, f"{where}: {missing}; see 'repair models list'"
                )
                continue
            span_text = doc.text[finding.start : finding.end]
            if finding.rule == QUOTED_RULE:
                quoted = "in quotation marks (a title or a quotation): flagged, never rewritten"
                edits[index] = self._flag(finding, f"{where}: {quoted}")
                continue
            if into_english and is_word_finding(finding, span_text):
                words.append((index, model))
                continue
            sentence = doc.sentence_at(finding.start)
            before = doc.text[sentence.start : finding.start] if sentence else ""
            seg = segment(
                span_text,
                sentence_start=not re.search(r"\w", before),
                source_lang=source,
                target_lang=target,
            )
            if not any(c.isalpha() for c in seg.core):
                edits[index] = self._flag(finding, f"{where}: nothing to translate")
                continue
            request = TranslationRequest(seg.masked, source, target)
            batches.setdefault(model.name, (model, []))[1].append((index, seg, request))
        for model, plan in batches.values():
            retry = self._judge(model, plan, items, edits)
            if retry:
                self._judge(model, retry, items, edits)
        if words:
            self._fix_words(words, items, edits)
        return edits

    def _stand_in(self, source: str, target: str) -> InstalledModel | None:
        """The model of the language ``word_fixes.toml`` names for a stray word of
        ``source`` when no model translates ``source`` itself."""
        from repair.fixers.words import stand_in_language

        other = stand_in_language(source)
        if not other or self.config.model:
            return None
        if (other, target) not in self._chosen:
            self._chosen[(other, target)] = self._model_for(other, target)
        return self._chosen[(other, target)]

    def _fix_words(
        self,
        words: list[tuple[int, InstalledModel | None]],
        items: list[tuple[Document, Finding]],
        edits: list[Edit | None],
    ) -> None:
        """Stray words and short runs: the candidate that fits the sentence, or a flag
        (repair/fixers/words.py). The model, if any, gives its n-best in one call per model."""
        from repair.fixers.words import choose, settings, stand_in_text

        n_best = int(settings()["choice"]["n_best"])
        asked: dict[str, tuple[InstalledModel, list[int]]] = {}
        for index, model in words:
            if model is not None:
                asked.setdefault(model.name, (model, []))[1].append(index)
        hypotheses: dict[int, list[tuple[str, float]]] = {}
        for model, indices in asked.values():
            requests, pivoted = [], []
            for index in indices:
                doc, finding = items[index]
                core = _core(doc.text[finding.start : finding.end])[1]
                lang = self._source_lang(finding) or ""
                asked_for = core
                if not model.card.covers(lang, doc.target_lang):
                    asked_for, lang = stand_in_text(core, lang)
                requests.append(TranslationRequest(asked_for, lang, doc.target_lang))
                pivoted.append(asked_for.lower() != core.lower())
            answered = zip(
                indices, requests, pivoted, self._n_best(model, requests, n_best), strict=True
            )
            for index, request, through_pivot, answers in answered:
                asked_for = request.text.lower()
                # The stand-in's word for a pivot's (`vaquers` -> `vaqueros`) copied back is
                # no translation, though spelled like the word.
                hypotheses[index] = [
                    (h.text, h.score)
                    for h in answers
                    if not (through_pivot and h.text.strip().lower() == asked_for)
                ]
        # Each word's core, neighbours and language, worked out once for the three passes.
        context = {index: self._word_context(*items[index]) for index, _ in words}
        choices = {index: choose(*context[index], hypotheses.get(index)) for index, _ in words}
        self._choose_by_senses(words, items, context, hypotheses, choices)
        for index, model in words:
            doc, finding = items[index]
            lead, _, trail = _core(doc.text[finding.start : finding.end])
            core, source, left, _ = context[index]
            choice = choices[index]
            where = f"left in {source}"
            origin = f"model:{model.name}" if model is not None else "lexicon"
            if _glossed(doc, finding, core, source, choice.text or ""):
                # The writer's own word, explained beside it: nothing to report.
                edits[index] = None
                continue
            if choice.text is None:
                part = _part_of_run(doc, finding, source, origin)
                if part is not None:
                    edits[index] = part
                    continue
                missing = (
                    f"no translation model for {source}→{doc.target_lang}, and the lexicon: "
                    if model is None
                    else ""
                )
                edits[index] = self._flag(
                    finding, f"{where}: {missing}{choice.reason}; flagged", model
                )
                continue
            text = choice.text
            if _after_figure(doc, finding.start, text):
                edits[index] = self._flag(
                    finding,
                    f"{where}: {text!r} cannot follow a figure (a pivot's mistranslation); flagged",
                    model,
                )
                continue
            if core[:1].isupper() and not (left != "<s>" and _capitalises_nouns(source)):
                # A capitalised word inside a sentence of a language that capitalises its
                # nouns (`the Haushalt`) takes English's own case (`the budget`).
                text = text[:1].upper() + text[1:]
            if text == core or untranslated(text, doc.target_lang):
                edits[index] = self._flag(
                    finding, f"{where}: the candidate {text!r} is not English; flagged", model
                )
                continue
            if _only_hyphenated(core, text):
                # `ultraliberal` -> `ultra-liberal`: the word was English already.
                edits[index] = self._flag(
                    finding, f"{where}: the candidate {text!r} only adds a hyphen; flagged", model
                )
                continue
            if finding.data.get("loanword"):
                # Fluent text with few foreign words: one its target writes is a loanword
                # (repair/detectors/foreign.py), named for the reviewer, never written over.
                edits[index] = self._flag(
                    finding,
                    f"{where}: best candidate {text!r}, but {doc.target_lang} writes {core!r} "
                    "and the document shows no other leftovers of a translation; flagged",
                    model,
                )
                continue
            moved = _before_its_noun(doc, finding, lead, core, text, source)
            if moved is not None:
                start, noun, adjective = moved
                replacement = f"{adjective} {noun}"
                edits[index] = Edit(
                    start=start,
                    end=finding.end,
                    replacement=replacement + trail,
                    action=finding.action,
                    kind=finding.kind,
                    rule=finding.rule,
                    confidence=choice.confidence,
                    message=f"{where}: {core!r} -> {adjective!r} ({choice.reason}; an adjective "
                    f"after its noun, written before it: {replacement!r})",
                    origin=origin,
                )
                continue
            edits[index] = Edit.from_finding(
                finding,
                lead + text + trail,
                origin=origin,
                message=f"{where}: {core!r} -> {text!r} ({choice.reason})",
                confidence=choice.confidence,
            )

    def _word_context(self, doc: Document, finding: Finding) -> tuple[str, str, str, str]:
        """A stray word's core (quotes and marks off), language, and neighbours: ``choose``'s
        first four arguments."""
        core = _core(doc.text[finding.start : finding.end])[1]
        left, right = _neighbours(doc, finding.start, finding.end)
        return core, self._source_lang(finding) or "", left, right

    def _choose_by_senses(
        self,
        words: list[tuple[int, InstalledModel | None]],
        items: list[tuple[Document, Finding]],
        context: dict[int, tuple[str, str, str, str]],
        hypotheses: dict[int, list[tuple[str, float]]],
        choices: dict[int, Choice],
    ) -> None:
        """Choose again, with the model's scores of the dictionary's senses, the stray words
        no two witnesses vouched for (repair/fixers/words.py, ``[choice.model_sense]``): the
        model that cannot translate a rare word alone may still rank the senses a dictionary
        lists for it. One scoring call per model."""
        from repair.fixers.words import choose, senses_to_score, stand_in_language

        # Each plan item: the word's index, the sense, whether in its sentence, the target
        # text and the request scored.
        plans: dict[str, tuple[InstalledModel, list[_SensePlan]]] = {}
        for index, model in words:
            if model is None or choices[index].text is not None:
                continue
            doc = items[index][0]
            core, source = context[index][:2]
            lang = source
            if not model.card.covers(lang, doc.target_lang):
                lang = stand_in_language(lang) or lang
            request = TranslationRequest(core, lang, doc.target_lang)
            # The window is read for a word named in a context language only, not for one a
            # stand-in model reads (`sobren` named Catalan: its senses are the Catalan
            # wordnet's, which the Spanish sentence around it does not rank).
            window = _sense_window(doc, items[index][1], source)
            plan = plans.setdefault(model.name, (model, []))[1]
            for sense in senses_to_score(core, source):
                plan.append((index, sense, False, sense, request))
                if window is not None:
                    # The sentence around the word scores the sense in its place too: `burned
                    # it with a match` over `earwax` (word_fixes.toml model_sense).
                    before, after = window
                    in_place = TranslationRequest(f"{before}{core}{after}", lang, doc.target_lang)
                    plan.append((index, sense, True, f"{before}{sense}{after}", in_place))
        scores: dict[int, dict[str, float]] = {}
        in_context: dict[int, dict[str, float]] = {}
        for model, plan in plans.values():
            found = self._backend(model).score_targets(
                [item[4] for item in plan], [item[3] for item in plan]
            )
            if found is None:
                continue
            for (index, sense, placed, _, _), score in zip(plan, found, strict=True):
                (in_context if placed else scores).setdefault(index, {})[sense] = score
        for index, ranked in scores.items():
            choices[index] = choose(
                *context[index], hypotheses.get(index), ranked, in_context.get(index)
            )

    def _n_best(
        self, model: InstalledModel, requests: list[TranslationRequest], n_best: int
    ) -> list[list[Hypothesis]]:
        """The model's n-best lists, remembered like single answers."""
        key = f"{model.name}#n{n_best}"
        todo = list(dict.fromkeys(r for r in requests if (key, r) not in self._memo_n))
        if todo:
            if len(self._memo_n) > MEMO_SIZE:
                self._memo_n.clear()
            answers = self._backend(model).translate_n_best(todo, n_best)
            self._memo_n.update(((key, r), a) for r, a in zip(todo, answers, strict=True))
        return [self._memo_n[(key, r)] for r in requests]

    def _judge(
        self,
        model: InstalledModel,
        plan: list[tuple[int, Segment, TranslationRequest]],
        items: list[tuple[Document, Finding]],
        edits: list[Edit | None],
    ) -> list[tuple[int, Segment, TranslationRequest]]:
        """Translate ``plan`` in one call and fill ``edits``; return the spans worth a second
        try (a masked name was lost), cut again with their names left in the text."""
        retry = []
        hypotheses = self._translate(model, [r for _, _, r in plan])
        for (index, seg, request), hyp in zip(plan, hypotheses, strict=True):
            doc, finding = items[index]
            span_text = doc.text[finding.start : finding.end]
            replacement, reason = judge(
                seg, hyp, span_text, request.target_lang, self._threshold(model)
            )
            where = f"left in {request.source_lang}"
            unmasked = (
                self._unmasked(seg, request, span_text) if reason == LOST_PLACEHOLDER else None
            )
            if unmasked is not None:
                retry.append((index, unmasked, replace(request, text=unmasked.masked)))
            elif replacement is None or not self._keeps_names(seg, replacement):
                reason = reason or "the model changed a name"
                part = (
                    _part_of_run(doc, finding, request.source_lang, f"model:{model.name}", True)
                    if request.target_lang == "en" and reason.startswith(_DOUBTS)
                    else None
                )
                edits[index] = part or self._flag(finding, f"{where}: {reason}; flagged", model)
            elif doubt := _quotation_doubt(doc, finding, span_text, request, replacement):
                edits[index] = self._flag(finding, f"{where}: {doubt}; flagged", model)
            else:
                edits[index] = Edit.from_finding(
                    finding,
                    replacement,
                    origin=f"model:{model.name}",
                    message=f"{where}: retranslated by {model.name} (score {hyp.score:.2f})",
                )
        return retry

    @staticmethod
    def _unmasked(seg: Segment, request: TranslationRequest, span_text: str) -> Segment | None:
        """The span cut again with its names in the text, if it had masked names."""
        again = segment(
            span_text,
            sentence_start=seg.casing == "capital",
            source_lang=request.source_lang,
            target_lang=request.target_lang,
            protect_names=False,
        )
        return again if len(again.slots) < len(seg.slots) else None

    @staticmethod
    def _keeps_names(seg: Segment, replacement: str) -> bool:
        """A second try (names in the text) must give back every name as written, as a word."""
        return all(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", replacement) for name in seg.names)

    def _threshold(self, model: InstalledModel) -> float:
        configured = self.config.options.get(self.name, {}).get("score_threshold")
        if configured is not None:
            return float(configured)
        if model.card.score_threshold is not None:
            return model.card.score_threshold
        return SCORE_THRESHOLD

    def _translate(
        self, model: InstalledModel, requests: list[TranslationRequest]
    ) -> list[Hypothesis]:
        """One model call for the requests not answered before in this process."""
        todo = list(dict.fromkeys(r for r in requests if (model.name, r) not in self._memo))
        if todo:
            if len(self._memo) > MEMO_SIZE:
                self._memo.clear()
            answers = self._backend(model).translate_batch(todo)
            self._memo.update(((model.name, r), h) for r, h in zip(todo, answers, strict=True))
        return [self._memo[(model.name, r)] for r in requests]

    @staticmethod
    def _flag(finding: Finding, message: str, model: InstalledModel | None = None) -> Edit:
        origin = f"model:{model.name}" if model is not None else "rule"
        return Edit.from_finding(finding, None, message=message, origin=origin)
