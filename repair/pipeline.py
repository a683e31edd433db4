"""Run detectors, let fixers propose edits, resolve collisions, apply and record.

Collision policy (deterministic, documented in the README):

1. Removals of whole lines (boilerplate, repeated titles) win over anything inside them.
2. Then by kind: encoding, entity (names), literalism, foreign, duplicate, garble,
   typography — the more specific repair wins over the generic one.
3. Within a kind, the longer edit wins, then the earlier one, then the rule id.

An edit that overlaps one already kept is dropped. Flags never change text: they are
kept unless a kept fix or removal covers them (their words are gone).

Corroboration: a fix whose confidence is below ``FIX_CONFIDENCE`` (a lone space before a
full stop, a doubled word) is the kind of slip clean, human-written news also has. It is
applied only when the document shows independent damage — confident fixes by at least
``CORROBORATING_RULES`` other rules — and is otherwise kept as a flag for review. One that
only moves spacing (a space before a comma, a missing no-break space before ``?`` in French)
is then dropped instead, unless ``RepairConfig.cosmetic_flags`` asks for it: in clean
human text it is a writer's habit, not damage, and a flag for each would bury the findings a
reviewer is there for. A fix below ``SILENT_CONFIDENCE`` is no evidence of damage at all (a
phrase learned from MT output that English writes now and then: ``the executive``): without
corroboration it is dropped, never flagged.

Stages run in order (``normalize`` first), each again on its own output while it changes
text. A later stage's fix can uncover damage an earlier stage would fix (a no-break space made
a plain one changes how a line's mojibake decodes), so the stages run again, over the lines
later stages changed, until a pass changes nothing there (at most ``MAX_PASSES``): a second
run of the tool then finds nothing left to do. A later edit that touches an earlier change is
composed with it into one change of the input (repair/core/compose.py), so the record always
reverts the whole repair.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from repair.config import RepairConfig
from repair.core.compose import collides, compose
from repair.core.document import Document, Span
from repair.core.edits import Change, Edit, Finding, apply_changes
from repair.core.result import RepairResult
from repair.detectors import DETECTORS, STAGES, Detector
from repair.fixers import FIXER_ORDER, FIXERS, Fixer

#: How often a stage may run at most on its own output: a cap against rules that undo each
#: other. Rounds after the first look only at the lines just changed, so a high cap costs
#: nothing on ordinary text; double mojibake around a mojibaked zero-width space needs four
#: (line, token, the invisible character, then the token it was hiding).
MAX_ROUNDS = 5
#: How often the stages may run again over lines a later stage changed.
MAX_PASSES = 3
#: ``target_lang`` value that asks the pipeline to find each article's language.
AUTO = "auto"
#: Fixes below this confidence need corroboration (see the module docstring).
FIX_CONFIDENCE = 0.75
#: How many other rules must have made confident fixes in the document.
CORROBORATING_RULES = 2
#: Fixes below this confidence are dropped, not flagged, when nothing corroborates them.
SILENT_CONFIDENCE = 0.6

#: Words and single marks: what a spacing-only fix keeps as it was.
_TOKEN = re.compile(r"\w+|\S")

KIND_PRIORITY: dict[str, int] = {
    "boilerplate": 0,
    "encoding": 1,
    "entity": 2,
    "literalism": 3,
    "foreign": 4,
    "duplicate": 5,
    "garble": 6,
    "typography": 7,
}


def sort_key(edit: Edit) -> tuple:
    return (
        0 if edit.action == "remove" else 1,
        KIND_PRIORITY.get(edit.kind, 99),
        -(edit.end - edit.start),
        edit.start,
        edit.rule,
    )


class _Intervals:
    """Kept text edits, sorted by start, for logarithmic collision checks."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def collides(self, start: int, end: int) -> bool:
        index = bisect_left(self._spans, (start, end))
        for neighbour in self._spans[max(0, index - 1) : index + 2]:
            if collides(start, end, *neighbour):
                return True
        return False

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))


def resolve(edits: Iterable[Edit]) -> list[Edit]:
    """Keep a deterministic, non-overlapping subset of the text edits, plus the flags."""
    edits = list(edits)
    kept: list[Edit] = []
    taken = _Intervals()
    for edit in sorted((e for e in edits if e.replacement is not None), key=sort_key):
        if taken.collides(edit.start, edit.end):
            continue
        taken.add(edit.start, edit.end)
        kept.append(edit)
    seen: set[tuple[int, int, str]] = set()
    # A flag on text a kept fix rewrites is moot (``milliard`` flagged as French inside
    # ``1 milliard`` → ``1 billion``): the reviewer would be shown words that are gone.
    # Kept edits do not overlap: the one starting last at or before a flag is the only one
    # that can cover it.
    rewritten = sorted((e.start, e.end) for e in kept if e.end > e.start)
    starts = [start for start, _ in rewritten]
    for flag in sorted((e for e in edits if e.replacement is None), key=sort_key):
        key = (flag.start, flag.end, flag.rule)
        index = bisect_right(starts, flag.start) - 1
        swallowed = index >= 0 and flag.end <= rewritten[index][1]
        if key not in seen and not swallowed:
            seen.add(key)
            kept.append(flag)
    return sorted(kept, key=lambda e: (e.start, e.end, e.rule))


def corroborate(
    edits: list[Edit],
    earlier: Sequence[Change] = (),
    text: str | None = None,
    cosmetic_flags: bool = True,
) -> list[Edit]:
    """Turn unconfirmed low-confidence fixes into flags; drop those below
    ``SILENT_CONFIDENCE`` and, with ``text`` and without ``cosmetic_flags``, those that only
    change spacing (see the module docstring)."""
    confident = {
        e.rule for e in edits if e.replacement is not None and e.confidence >= FIX_CONFIDENCE
    } | {c.rule for c in earlier if c.replacement is not None and c.confidence >= FIX_CONFIDENCE}
    result = []
    for edit in edits:
        if (
            edit.replacement is not None
            and edit.confidence < FIX_CONFIDENCE
            and len(confident - {edit.rule}) < CORROBORATING_RULES
        ):
            if edit.confidence < SILENT_CONFIDENCE or (
                text is not None
                and not cosmetic_flags
                and only_spacing(text[edit.start : edit.end], edit.replacement)
            ):
                continue
            edit = Edit(
                edit.start,
                edit.end,
                None,
                "flag",
                edit.kind,
                edit.rule,
                edit.confidence,
                f"{edit.message} (left for review: no other damage in this document "
                "corroborates it)",
                edit.origin,
            )
        result.append(edit)
    return result


def only_spacing(original: str, replacement: str) -> bool:
    """Whether a fix changes nothing but the spacing around punctuation (ordinary, no-break
    or thin spaces): the words and marks stay the same, none split or joined."""
    return original != replacement and _TOKEN.findall(original) == _TOKEN.findall(replacement)


def replaced_ranges(edits: Iterable[Edit]) -> list[Span]:
    """Where the replacements of ``edits`` (offsets into one text) sit in the text they make."""
    ranges: list[Span] = []
    shift = 0
    for edit in sorted((e for e in edits if e.replacement is not None), key=lambda e: e.start):
        start = edit.start + shift
        ranges.append(Span(start, start + len(edit.replacement)))
        shift += len(edit.replacement) - (edit.end - edit.start)
    return ranges


def shifted(spans: list[Span], edits: Iterable[Edit]) -> list[Span]:
    """``spans`` of a text, moved to where they sit once ``edits`` (offsets into that text)
    are applied; a span end inside a replaced range moves to that range's end."""
    applied = sorted((e for e in edits if e.replacement is not None), key=lambda e: e.start)

    def moved(position: int) -> int:
        delta = 0
        for edit in applied:
            if edit.start >= position:
                break
            if edit.end > position:  # inside the replaced range: to its new end
                return edit.start + delta + len(edit.replacement)
            delta += len(edit.replacement) - (edit.end - edit.start)
        return position + delta

    return [Span(moved(span.start), max(moved(span.start), moved(span.end))) for span in spans]


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused for a batch, and resumed as it was.

    A batch makes hundreds of thousands of short-lived lists, tuples and matches, and every
    700 of them the collector walks the young ones; it finds no cycle to free (a batch makes
    none: tests/test_pipeline.py holds it), so its passes were a twentieth of the batch's time
    for nothing. Reference counting frees everything as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Pipeline:
    """Detectors, fixers and the collision policy, configured once and reused."""

    def __init__(self, config: RepairConfig | None = None) -> None:
        self.config = config or RepairConfig()
        #: With ``target_lang="auto"``: one pipeline per language the articles are in.
        self._by_target: dict[str, Pipeline] = {}
        self.detectors: dict[str, list[Detector]] = {stage: [] for stage in STAGES}
        self.fixers: list[Fixer] = []
        unknown = sorted(
            {*(self.config.detectors or ()), *self.config.disabled}.difference(DETECTORS)
        )
        if unknown:
            raise ValueError(
                f"unknown detector {', '.join(map(repr, unknown))}; "
                f"expected one of: {', '.join(sorted(DETECTORS))}"
            )
        if self.config.target_lang == AUTO:
            return  # detectors depend on the target: they are made per language found
        names = self.config.detectors if self.config.detectors is not None else list(DETECTORS)
        for name in names:
            cls = DETECTORS.get(name)
            if name in self.config.disabled or not cls.applies_to(self.config):
                continue
            self.detectors[cls.stage].append(cls(self.config))
        self.fixers = [FIXERS.get(name)(self.config) for name in FIXER_ORDER]

    def repair(self, text: str) -> RepairResult:
        return self.repair_many([text])[0]

    def repair_many(self, texts: Sequence[str]) -> list[RepairResult]:
        """Repair a batch; each stage's fixers see the findings of the whole batch at once.

        A stage runs again on its own output (at most ``MAX_ROUNDS`` times) while it still
        changes text, and the stages run again over what a later stage changed (at most
        ``MAX_PASSES`` times), so that a fix which uncovers more damage is followed through
        and a second run of the tool finds nothing left to do.
        """
        if self.config.target_lang == AUTO:
            return self._repair_by_language(texts)
        with _without_cycle_collection():
            return self._repair_batch(texts)

    def _repair_batch(self, texts: Sequence[str]) -> list[RepairResult]:
        inputs = list(texts)
        current = list(inputs)
        records: list[list[Change]] = [[] for _ in inputs]
        #: Per document, where to look in this pass (None: everywhere).
        todo: dict[int, list[Span] | None] = dict.fromkeys(range(len(inputs)))
        for _ in range(MAX_PASSES):
            todo = self._pass(inputs, current, records, todo)
            if not todo:
                break
        return [RepairResult(inputs[i], current[i], tuple(records[i])) for i in range(len(inputs))]

    def _pass(
        self,
        inputs: list[str],
        current: list[str],
        records: list[list[Change]],
        todo: dict[int, list[Span] | None],
    ) -> dict[int, list[Span]]:
        """Run every stage once (in rounds) over ``todo``; update ``current`` and ``records``.

        Returns, per document, what stages after the first changed (offsets into the text
        now), which the earlier stages have not seen yet.
        """
        #: What this pass changed so far, with the pass's focus, in the current text.
        touched = {i: None if spans is None else list(spans) for i, spans in todo.items()}
        unseen: dict[int, list[Span]] = {}
        for stage_index, stage in enumerate(STAGES):
            pending = list(todo)
            docs = [self._document(current[i], touched[i]) for i in pending]
            for round_ in range(MAX_ROUNDS):
                detectors = [d for d in self.detectors[stage] if round_ == 0 or d.rerun]
                if not detectors or not pending:
                    break
                findings: list[list[Finding]] = [[] for _ in docs]
                for detector in detectors:
                    for index, found in enumerate(detector.detect_batch(docs)):
                        findings[index].extend(found)
                proposed = self._propose(docs, findings)
                still_changing, docs = [], []
                for index, edits in zip(pending, proposed, strict=True):
                    if not edits and not records[index]:
                        continue  # nothing found, nothing before: composing gives nothing
                    kept = resolve(
                        corroborate(
                            edits, records[index], current[index], self.config.cosmetic_flags
                        )
                    )
                    records[index] = compose(
                        inputs[index], records[index], current[index], kept, KIND_PRIORITY
                    )
                    if not any(e.replacement is not None for e in kept):
                        continue
                    current[index] = apply_changes(inputs[index], records[index])
                    changed = replaced_ranges(kept)
                    for spans in (touched, unseen):
                        if spans.get(index) is not None:
                            spans[index] = shifted(spans[index], kept) + changed
                    if stage_index > 0:
                        unseen.setdefault(index, changed)
                    still_changing.append(index)
                    # The next round looks only around what this one changed.
                    docs.append(self._document(current[index], changed))
                pending = still_changing
        return unseen

    def _repair_by_language(self, texts: Sequence[str]) -> list[RepairResult]:
        """Find each article's language (langdetect over the whole text) and repair it with
        that target's pipeline; the result names the language found."""
        from repair.langid.target import detect_target

        languages = [detect_target(text) for text in texts]
        results: list[RepairResult | None] = [None] * len(languages)
        for language in sorted(set(languages)):
            indices = [i for i, found in enumerate(languages) if found == language]
            if language not in self._by_target:
                self._by_target[language] = Pipeline(self.config.with_(target_lang=language))
            repaired = self._by_target[language].repair_many([texts[i] for i in indices])
            for index, result in zip(indices, repaired, strict=True):
                results[index] = replace(result, target_lang=language)
        return results  # type: ignore[return-value]

    def _document(self, text: str, around: list[Span] | None = None) -> Document:
        """A document of ``text``; with ``around``, focused on the lines touching it."""
        doc = Document(
            text, target_lang=self.config.target_lang, source_lang=self.config.source_lang
        )
        if around is not None:
            doc.focus = doc.lines_around(around)
        return doc

    def _propose(self, docs: list[Document], findings: list[list[Finding]]) -> list[list[Edit]]:
        edits: list[list[Edit]] = [[] for _ in docs]
        queues: dict[int, list[tuple[int, Document, Finding]]] = {}
        for index, (doc, found) in enumerate(zip(docs, findings, strict=True)):
            for finding in found:
                if finding.action == "flag":
                    edits[index].append(Edit.from_finding(finding, None))
                    continue
                for position, fixer in enumerate(self.fixers):
                    if fixer.handles(finding):
                        queues.setdefault(position, []).append((index, doc, finding))
                        break
                else:
                    edits[index].append(
                        Edit.from_finding(
                            finding,
                            None,
                            message=f"{finding.message} (no fixer for {finding.rule}: flagged)",
                        )
                    )
        for position, queue in sorted(queues.items()):
            proposed = self.fixers[position].propose([(doc, f) for _, doc, f in queue])
            for (index, _, _), edit in zip(queue, proposed, strict=True):
                if edit is not None:
                    edits[index].append(edit)
        return edits
