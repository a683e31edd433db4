"""Learn apertium's calques from parallel news: repair/data/calques_learned.toml (issue 22).

Apertium's English keeps the source's phrasing (``seven years of prison``, ``the members of
the parliament``); a hand-written rule mends one such phrase at a time. This script learns
them: it translates the TRAINING news with apertium (French through Spanish, Spanish
directly), aligns each output sentence with its human reference word by word (difflib over
lower-case words) and counts each substitution of 1-4 output words by 0-4 reference words,
bare or with one unchanged word of context on either side. A substitution becomes a rule when

- it is seen in at least ``MIN_DOCUMENTS`` documents (blocks of ``DOCUMENT_LINES`` lines;
  the WMT sets hold no document ids) and ``MIN_SENTENCES`` sentences;
- its precision is high: of the output sentences holding the phrase, at least
  ``MIN_PRECISION`` (``MIN_WORD_PRECISION`` for a lone word) have it replaced so by their
  reference; a phrase the reference leaves out whole is never a rule;
- the phrase is (near) absent from real English: in the English of Tatoeba, Europarl, the
  English news of WMT19, the web pages of scripts/data and the training references, it is at
  least ``MIN_MT_RATIO`` times rarer per word than in apertium's output, and the do-no-harm
  English (WMT19 news, Python's docstrings) never writes it;
- every word of the phrase and of the replacement is a common English word (stray source
  words are the word fixer's, names and numbers belong to one story);
- it helps on text it was not learned from: the training data is split by year (2008, 2009,
  2010, 2011, News Commentary), each year's rules are learned on the other years and each rule
  is scored by the corpus chrF it adds on the held-out year alone; a rule is kept when its
  held-out gains, summed over the years that learned it, reach ``MIN_GAIN`` and it was learned
  without the year in at least ``MIN_FOLDS`` of them.

The table emitted is learned on all the training years with the same thresholds, cut to the
rules that passed the held-out test. Never reads dev/ nor wmt-newstest2012 (the Spanish dev
set's English). Apertium's outputs are cached in ``--workdir``.

    python scripts/build_calques.py [--workdir DIR] [--out repair/data/calques_learned.toml]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from bench_real_mt import run_apertium
from benchlib import add_data_option, need_data

from repair.detectors.calques import Calque, compile_table
from repair.langid.frequency import zipf

ROOT = Path(__file__).resolve().parent.parent
STEPS = {"fr": [["apertium", "fr-es"], ["apertium", "spa-eng"]], "es": [["apertium", "spa-eng"]]}
#: (fold, file stem): the fold is the held-out unit. newssyscomb2009 is a slice of 2009's news.
CORPORA = (
    ("2008", "wmt-news-test2008"),
    ("2009", "wmt-newssyscomb2009"),
    ("2009", "wmt-newstest2009"),
    ("2010", "wmt-newstest2010"),
    ("2011", "wmt-newstest2011"),
    ("nc", "news-commentary-v8-first5k"),
)
FORBIDDEN = ("wmt-newstest2012",)
DOCUMENT_LINES = 25
MIN_DOCUMENTS = 3
MIN_SENTENCES = 3
MIN_PRECISION = 0.25
#: A lone word's rule is a choice of synonym (``chamber`` -> ``House``), right only in some
#: senses: the references must make it more often.
MIN_WORD_PRECISION = 0.4
MIN_MT_RATIO = 30.0
MAX_WORDS = 4
#: A word of a rule is this common in English (wordfreq Zipf).
MIN_ZIPF = 3.0
MIN_FOLDS = 2
#: How often a next word must follow a phrase to become an exception (``unless_next``).
MIN_EXCEPTION = 2
#: The corpus chrF a rule must add on the held-out years, summed.
MIN_GAIN = 0.001
#: Phrases whose learned rewrite a reader judged wrong in general, though the references
#: made it: apertium read a name or a sense the phrase does not carry elsewhere (`and will
#: go` was Spanish `Irán` read as the verb: `and Iran` only where the source named Iran;
#: `chamber of` is also Spanish `cuarto`, a quarter).
VETOED = frozenset({("and", "will", "go"), ("chamber", "of")})
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
WORDLIKE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


@dataclass
class Sentence:
    fold: str
    document: str
    mt: str
    reference: str
    mt_tokens: list[str]
    ref_tokens: list[str]


def parallel(data: Path, lang: str, workdir: Path) -> list[Sentence]:
    """Apertium's output of the training news of ``lang`` with the English references."""
    sentences = []
    for fold, stem in CORPORA:
        assert not any(bad in stem for bad in FORBIDDEN)
        if stem.startswith("news-commentary"):
            source, english = f"{stem}.{lang}-en.{lang}", f"{stem}.{lang}-en.en"
        else:
            source, english = f"{stem}.{lang}", f"{stem}.en"
        lines = (data / "train" / source).read_text(encoding="utf-8").rstrip("\n").split("\n")
        refs = (data / "train" / english).read_text(encoding="utf-8").rstrip("\n").split("\n")
        pairs = [(s, r) for s, r in zip(lines, refs, strict=True) if s.strip() and r.strip()]
        output = run_apertium([s for s, _ in pairs], STEPS[lang], False, workdir)
        for index, (mt, (_, ref)) in enumerate(zip(output, pairs, strict=True)):
            mt = " ".join(mt.split())
            sentences.append(
                Sentence(
                    fold,
                    f"{stem}:{index // DOCUMENT_LINES}",
                    mt,
                    ref,
                    [t.lower() for t in tokens(mt)],
                    [t.lower() for t in tokens(ref)],
                )
            )
    return sentences


Phrase = tuple[str, ...]


@dataclass
class Evidence:
    sentences: set[int] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    surfaces: Counter[str] = field(default_factory=Counter)
    example: int = -1


def english_word(word: str) -> bool:
    return bool(WORDLIKE.fullmatch(word)) and zipf(word, "en") >= MIN_ZIPF


def substitutions(sentence: Sentence) -> Iterator[tuple[Phrase, Phrase, str]]:
    """(output phrase, reference phrase, the reference's surface) for each difference of the
    word alignment, bare and with one aligned word of context on each side."""
    mt, ref = sentence.mt_tokens, sentence.ref_tokens
    ref_surface = tokens(sentence.reference)
    matcher = SequenceMatcher(None, mt, ref, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or i2 - i1 > MAX_WORDS or j2 - j1 > MAX_WORDS:
            continue
        shapes = []
        if i2 > i1:
            shapes.append((i1, i2, j1, j2))
        if i1 > 0 and j1 > 0 and mt[i1 - 1] == ref[j1 - 1]:
            shapes.append((i1 - 1, i2, j1 - 1, j2))
        if i2 < len(mt) and j2 < len(ref) and mt[i2] == ref[j2]:
            shapes.append((i1, i2 + 1, j1, j2 + 1))
        for a1, a2, b1, b2 in shapes:
            phrase, replacement = tuple(mt[a1:a2]), tuple(ref[b1:b2])
            if len(phrase) > MAX_WORDS + 1 or not phrase or not replacement:
                continue  # a phrase the reference drops whole carries meaning elsewhere
            if not all(map(english_word, phrase)) or not all(map(english_word, replacement)):
                continue
            if spelling(phrase) == spelling(replacement):
                continue  # British or American spelling, accents: both are right
            yield phrase, replacement, " ".join(ref_surface[b1:b2]) if b1 > 0 else ""


#: British and American spellings, reduced to one form (``recognises``, ``recognizes``).
SPELLINGS = (
    (re.compile(r"is(e[ds]?|ing|ation)$"), r"iz\1"),
    (re.compile(r"our(s?)$"), r"or\1"),
    (re.compile(r"yse([ds]?)$"), r"yze\1"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing)$"), r"l\1"),
    (re.compile(r"(?<=[lr])nt$"), "ned"),
)


def spelling(words: Phrase) -> Phrase:
    """The words with accents and British spellings made American."""
    from repair.core.letters import strip_accents

    out = []
    for word in words:
        word = strip_accents(word)
        for pattern, replacement in SPELLINGS:
            word = pattern.sub(replacement, word)
        out.append(word)
    return tuple(out)


def ngrams(words: Sequence[str], longest: int) -> Iterator[Phrase]:
    for size in range(1, longest + 1):
        for start in range(len(words) - size + 1):
            yield tuple(words[start : start + size])


def count_in(texts: Iterable[list[str]], wanted: set[Phrase]) -> tuple[Counter[Phrase], int]:
    """How often each wanted phrase stands in the token lists, and how many words they hold."""
    counts: Counter[Phrase] = Counter()
    words = 0
    for words_here in texts:
        words += len(words_here)
        for gram in ngrams(words_here, MAX_WORDS + 1):
            if gram in wanted:
                counts[gram] += 1
    return counts, words


def english_news(data: Path) -> Iterator[list[str]]:
    """The do-no-harm English, where a rule's phrase may not stand at all: news written in
    English (WMT19) and the prose of Python's docstrings (tests/data)."""
    docs = ROOT / "tests" / "data" / "python-docstrings.en"
    for path in (data / "dev" / "english-news-wmt19.en", docs):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield [t.lower() for t in tokens(line)]


def english_texts(data: Path) -> Iterator[list[str]]:
    """Real English, lower-case tokens a line: Tatoeba, Europarl, WMT19 news, the web pages
    of scripts/data, the training references."""
    train = data / "train"
    for name in (
        "tatoeba-2019-04-07.en-fr.tsv",
        "tatoeba-2018-05-13.en-es.tsv",
        "tatoeba-2018-05-13.en-de.tsv",
    ):
        seen = set()
        for line in (train / name).read_text(encoding="utf-8").splitlines():
            english = line.split("\t", 1)[0]
            if english not in seen:
                seen.add(english)
                yield [t.lower() for t in tokens(english)]
    names = [
        "europarl-v7-first3k.en",
        "europarl-v7-sample20k.moses-tok.en",
        "news-commentary-v8-first5k.fr-en.en",
        "news-commentary-v8-first5k.es-en.en",
        *(f"{stem}.en" for _, stem in CORPORA if not stem.startswith("news-comm")),
    ]
    for name in names:
        for line in (train / name).read_text(encoding="utf-8").splitlines():
            yield [t.lower() for t in tokens(html.unescape(line))]
    yield from english_news(data)
    for path in sorted((ROOT / "scripts" / "data").glob("scraped-pages*.jsonl.gz")):
        if "wcxb-test" in path.name:  # the boilerplate benchmark's held-out set
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for row in handle:
                page = json.loads(row)
                if page.get("lang") != "en":
                    continue
                for text, label in zip(page["lines"], page["labels"], strict=True):
                    if label == "article":
                        yield [t.lower() for t in tokens(text)]


@dataclass
class Candidate:
    phrase: Phrase
    replacement: Phrase
    surface: str
    evidence: Evidence
    occurrences: int
    precision: float
    mt_rate: float = 0.0
    english_rate: float = 0.0
    held_out: float = 0.0
    folds: int = 0
    unless_next: tuple[str, ...] = ()

    def rule(self, languages: Sequence[str] = ()) -> Calque:
        return Calque(
            id=rule_id(self.phrase, self.replacement),
            phrase=" ".join(self.phrase),
            replacement=self.surface,
            languages=tuple(languages),
            unless_next=self.unless_next,
        )


def rule_id(phrase: Phrase, replacement: Phrase) -> str:
    def slug(words: Phrase) -> str:
        return "-".join(re.sub(r"\W", "", w) for w in words) or "nothing"

    return f"{slug(phrase)}--{slug(replacement)}"


def written(surfaces: Counter[str], replacement: Phrase) -> str:
    """How the references write the replacement inside a sentence (its case: ``Mr``,
    ``August``); the lower-case words when they only wrote it at a sentence's start."""
    inside = [(count, text) for text, count in surfaces.items() if text]
    if inside:
        return max(inside)[1]
    return " ".join("I" if word == "i" else word for word in replacement)


def learn(sentences: Sequence[Sentence], indices: Sequence[int]) -> dict[Phrase, Candidate]:
    """The best substitution of each output phrase among ``indices``, with support and
    precision, before the English filter."""
    found: dict[tuple[Phrase, Phrase], Evidence] = defaultdict(Evidence)
    for index in indices:
        for phrase, replacement, surface in set(substitutions(sentences[index])):
            evidence = found[phrase, replacement]
            evidence.sentences.add(index)
            evidence.documents.add(sentences[index].document)
            evidence.surfaces[surface] += 1
            if evidence.example < 0:
                evidence.example = index
    supported = {
        key: ev
        for key, ev in found.items()
        if len(ev.documents) >= MIN_DOCUMENTS and len(ev.sentences) >= MIN_SENTENCES
    }
    wanted = {phrase for phrase, _ in supported}
    holding: dict[Phrase, set[int]] = defaultdict(set)
    for index in indices:
        for gram in set(ngrams(sentences[index].mt_tokens, MAX_WORDS + 1)):
            if gram in wanted:
                holding[gram].add(index)
    best: dict[Phrase, Candidate] = {}
    for (phrase, replacement), ev in supported.items():
        occurrences = len(holding[phrase])
        precision = len(ev.sentences) / max(1, occurrences)
        if precision < (MIN_PRECISION if len(phrase) > 1 else MIN_WORD_PRECISION):
            continue
        if phrase in VETOED:
            continue
        current = best.get(phrase)
        if current is None or len(ev.sentences) > len(current.evidence.sentences):
            surface = written(ev.surfaces, replacement)
            best[phrase] = Candidate(phrase, replacement, surface, ev, occurrences, precision)
    learn_exceptions(best, sentences, indices)
    return best


def learn_exceptions(
    candidates: dict[Phrase, Candidate], sentences: Sequence[Sentence], indices: Sequence[int]
) -> None:
    """Set each candidate's ``unless_next``: the words after which the references keep the
    phrase as it is (``the executive committee`` stays, ``the executive`` alone is the
    government): seen at least twice after it, the references keeping the phrase in two
    thirds of those sentences and never making the substitution there."""
    seen: dict[Phrase, Counter[str]] = defaultdict(Counter)
    kept: dict[Phrase, Counter[str]] = defaultdict(Counter)
    for index in indices:
        mt = sentences[index].mt_tokens
        reference = f" {' '.join(sentences[index].ref_tokens)} "
        for size in range(1, MAX_WORDS + 2):
            for start in range(len(mt) - size):
                gram = tuple(mt[start : start + size])
                candidate = candidates.get(gram)
                following = mt[start + size]
                if candidate is None or not WORDLIKE.fullmatch(following):
                    continue
                seen[gram][following] += 1
                if index not in candidate.evidence.sentences and f" {' '.join(gram)} " in reference:
                    kept[gram][following] += 1
    for gram, candidate in candidates.items():
        candidate.unless_next = tuple(
            sorted(
                word
                for word, count in seen[gram].items()
                if count >= MIN_EXCEPTION and 3 * kept[gram][word] >= 2 * count
            )
        )


def not_english(
    candidates: dict[Phrase, Candidate],
    english: Counter[Phrase],
    english_words: int,
    mt_counts: Counter[Phrase],
    mt_words: int,
) -> dict[Phrase, Candidate]:
    """The candidates whose phrase is ``MIN_MT_RATIO`` times rarer in English than in MT."""
    kept = {}
    for phrase, candidate in candidates.items():
        candidate.mt_rate = 1e6 * mt_counts[phrase] / mt_words
        candidate.english_rate = 1e6 * english[phrase] / english_words
        if candidate.english_rate * MIN_MT_RATIO <= candidate.mt_rate:
            kept[phrase] = candidate
    return kept


def consistent(candidates: dict[Phrase, Candidate]) -> dict[Phrase, Candidate]:
    """Drop rules a shorter rule makes redundant and rules whose output another rule would
    rewrite again (a second run must change nothing)."""
    table = compile_table(c.rule() for c in candidates.values())
    kept = {}
    for phrase, candidate in candidates.items():
        if table.rewrite(candidate.surface) != candidate.surface:
            continue
        if any(
            phrase[:start] + other.replacement + phrase[start + len(part) :]
            == candidate.replacement
            for start in range(len(phrase))
            for stop in range(start + 1, len(phrase) + 1)
            if (part := phrase[start:stop]) != phrase
            and (other := candidates.get(part)) is not None
        ):
            continue
        kept[phrase] = candidate
    return kept


def fixed_point(rules: dict[Phrase, Candidate], texts: Sequence[str]) -> dict[Phrase, Candidate]:
    """Drop the rules that fire again on the table's own output of ``texts`` (a rewrite that
    makes another rule's phrase): a second run of the tool must change nothing."""
    rules = dict(rules)
    while True:
        table = compile_table(c.rule() for c in rules.values())
        again = {
            rule.phrase
            for text in texts
            if (once := table.rewrite(text)) != text
            for _, rule in table.matches(once)
        }
        if not again:
            return rules
        rules = {p: c for p, c in rules.items() if " ".join(p) not in again}


class ChrF:
    """Corpus chrF from per-sentence statistics, so that a rule's effect on a corpus is
    recomputed from the few sentences it changes."""

    def __init__(self, hypotheses: Sequence[str], references: Sequence[str]) -> None:
        import sacrebleu

        self.metric = sacrebleu.CHRF()
        self.references = references
        self.stats = [self.sentence(h, i) for i, h in enumerate(hypotheses)]
        self.total = [sum(column) for column in zip(*self.stats, strict=True)]

    def sentence(self, hypothesis: str, index: int) -> list[int]:
        return self.metric._extract_corpus_statistics([hypothesis], [[self.references[index]]])[0]

    def score(self, total: Sequence[int] | None = None) -> float:
        return self.metric._compute_score_from_stats(list(total or self.total)).score

    def gain(self, changed: dict[int, str]) -> float:
        total = list(self.total)
        for index, text in changed.items():
            new = self.sentence(text, index)
            total = [t - o + n for t, o, n in zip(total, self.stats[index], new, strict=True)]
        return self.score(total) - self.score()


def held_out_gains(
    sentences: Sequence[Sentence], candidates: dict[Phrase, Candidate], indices: Sequence[int]
) -> dict[Phrase, float]:
    """Each candidate's corpus chrF gain on ``indices``, applied alone."""
    chrf = ChrF([sentences[i].mt for i in indices], [sentences[i].reference for i in indices])
    holding: dict[Phrase, list[int]] = defaultdict(list)
    for position, index in enumerate(indices):
        for gram in set(ngrams(sentences[index].mt_tokens, MAX_WORDS + 1)):
            if gram in candidates:
                holding[gram].append(position)
    gains = {}
    for phrase, candidate in candidates.items():
        table = compile_table([candidate.rule()])
        changed = {}
        for position in holding.get(phrase, ()):
            text = sentences[indices[position]].mt
            new = table.rewrite(text)
            if new != text:
                changed[position] = new
        gains[phrase] = chrf.gain(changed) if changed else 0.0
    return gains


def table_gain(
    sentences: Sequence[Sentence], candidates: Iterable[Candidate], indices: Sequence[int]
) -> float:
    chrf = ChrF([sentences[i].mt for i in indices], [sentences[i].reference for i in indices])
    table = compile_table(c.rule() for c in candidates)
    changed = {}
    for position, index in enumerate(indices):
        new = table.rewrite(sentences[index].mt)
        if new != sentences[index].mt:
            changed[position] = new
    return chrf.gain(changed)


def learn_language(
    lang: str, sentences: list[Sentence], english: Counter[Phrase], english_words: int
) -> tuple[dict[Phrase, Candidate], dict]:
    """The validated rules of one source language and the held-out report."""
    folds = sorted({s.fold for s in sentences})
    everything = list(range(len(sentences)))
    full = learn(sentences, everything)
    mt_counts, mt_words = count_in((s.mt_tokens for s in sentences), set(full))
    full = consistent(not_english(full, english, english_words, mt_counts, mt_words))
    held: dict[Phrase, float] = defaultdict(float)
    learned_in: Counter[Phrase] = Counter()
    report = {}
    for fold in folds:
        train = [i for i, s in enumerate(sentences) if s.fold != fold]
        test = [i for i, s in enumerate(sentences) if s.fold == fold]
        partial = learn(sentences, train)
        counts, words = count_in((sentences[i].mt_tokens for i in train), set(partial))
        partial = consistent(not_english(partial, english, english_words, counts, words))
        gains = held_out_gains(sentences, partial, test)
        for phrase, gain in gains.items():
            held[phrase] += gain
            learned_in[phrase] += 1
        positive = [partial[p] for p, g in gains.items() if g > 0]
        report[fold] = {
            "learned": len(partial),
            "positive": len(positive),
            "all rules": round(table_gain(sentences, partial.values(), test), 3),
            "positive rules (in-fold choice)": round(table_gain(sentences, positive, test), 3),
        }
        print(f"[{lang}] held out {fold}: {report[fold]}", file=sys.stderr, flush=True)
    kept = {
        phrase: candidate
        for phrase, candidate in full.items()
        if held.get(phrase, 0.0) >= MIN_GAIN and learned_in[phrase] >= MIN_FOLDS
    }
    for phrase, candidate in kept.items():
        candidate.held_out = held[phrase]
        candidate.folds = learned_in[phrase]
    kept = fixed_point(kept, [s.mt for s in sentences])
    report["full"] = {"learned": len(full), "kept": len(kept)}
    return kept, report


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def emit(
    path: Path,
    learned: dict[str, dict[Phrase, Candidate]],
    sentences: dict[str, list[Sentence]],
    report: dict,
) -> int:
    """Write the table: one [[rule]] per phrase, its languages, evidence and examples."""
    merged: dict[Phrase, list[tuple[str, Candidate]]] = defaultdict(list)
    for lang, candidates in learned.items():
        for phrase, candidate in candidates.items():
            merged[phrase].append((lang, candidate))
    lines = [
        "# Calques of apertium's English (spa-eng, and fr-es then spa-eng) learned from the",
        "# training news by scripts/build_calques.py: GENERATED, do not edit by hand; rerun",
        '# the script. Read by repair/detectors/calques.py (kind "literalism"); each rule\'s',
        "# phrase is checked against English news by tests/test_calques.py.",
        "#",
        "# A rule: `phrase` (lower-case words of MT output, matched case-insensitively as whole",
        "# words) -> `replacement` (what the references write; the first letter takes the",
        "# match's case). `languages`: the source languages whose apertium output it was learned",
        "# from. Evidence: `sentences` / `documents` where a reference replaced the phrase so,",
        "# `precision` (those sentences / output sentences holding the phrase), `mt_per_million`",
        "# and `english_per_million` (the phrase per million words of MT output and of real",
        "# English), `held_out_chrf` (corpus chrF gained on held-out years, summed) and",
        "# `folds` (how many leave-one-year-out runs learned it). `rule.examples`: MT output",
        "# of the training news with the reference's sentence.",
        f"# Held-out report: {json.dumps(report)}",
        "",
    ]
    count = 0
    for phrase in sorted(merged, key=lambda p: (-max(c.held_out for _, c in merged[p]), p)):
        entries = merged[phrase]
        lang, best = max(entries, key=lambda e: e[1].held_out)
        langs = sorted(lang for lang, _ in entries)
        ev = best.evidence
        example = sentences[lang][ev.example]
        count += 1
        lines += [
            "[[rule]]",
            f"id = {toml_string(rule_id(best.phrase, best.replacement))}",
            f"phrase = {toml_string(' '.join(phrase))}",
            f"replacement = {toml_string(best.surface)}",
            f"languages = {json.dumps(langs)}",
            *([f"unless_next = {json.dumps(list(best.unless_next))}"] if best.unless_next else []),
            f"sentences = {len(ev.sentences)}",
            f"documents = {len(ev.documents)}",
            f"precision = {best.precision:.2f}",
            f"mt_per_million = {best.mt_rate:.1f}",
            f"english_per_million = {best.english_rate:.2f}",
            f"held_out_chrf = {sum(c.held_out for _, c in entries):.4f}",
            f"folds = {max(c.folds for _, c in entries)}",
            "",
            "[[rule.examples]]",
            f"mt = {toml_string(example.mt)}",
            f"reference = {toml_string(example.reference)}",
            "",
        ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    add_data_option(parser)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/repair-calques"))
    parser.add_argument(
        "--out", type=Path, default=ROOT / "repair" / "data" / "calques_learned.toml"
    )
    parser.add_argument("--lang", nargs="+", default=["fr", "es"])
    args = parser.parse_args()
    need_data(args)
    args.workdir.mkdir(parents=True, exist_ok=True)
    data: Path = args.data
    english_sentences = list(english_texts(data))
    english_words = sum(map(len, english_sentences))
    sentences = {lang: parallel(data, lang, args.workdir) for lang in args.lang}
    # The English counts of every phrase any run could keep: those seen as substitutions.
    seen: Counter[Phrase] = Counter()
    for lang in args.lang:
        for sentence in sentences[lang]:
            seen.update({phrase for phrase, _, _ in substitutions(sentence)})
    wanted = {phrase for phrase, count in seen.items() if count >= MIN_SENTENCES}
    english, _ = count_in(english_sentences, wanted)
    news, _ = count_in(english_news(data), wanted)
    for phrase in news:
        english[phrase] += 10**6  # never kept: the do-no-harm news writes it
    print(f"English: {english_words} words; {len(wanted)} phrases counted", file=sys.stderr)
    learned, report = {}, {}
    for lang in args.lang:
        learned[lang], report[lang] = learn_language(lang, sentences[lang], english, english_words)
    count = emit(args.out, learned, sentences, report)
    counts = ", ".join(f"{lang} {len(rules)}" for lang, rules in learned.items())
    print(f"{count} rules ({counts}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
