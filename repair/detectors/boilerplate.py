"""Boilerplate lines scraped with an article, and a title line repeated below the title.

Only whole lines are removed: a share label inside a sentence is content. The removed
span takes the line's break and the blank lines after it, so no hole is left; a run of
boilerplate at the end of the text also takes the blank lines before it.
One regex finds every label (in its plain or Markdown form), tried only at the line starts
that a cheap prefilter (the first characters of every label, one trie-shaped regex over the
lowered text) lets through: a line of news is turned away in a few character tests.
Then the structure labels come in: the orphaned titles of other posts after a ``Post
navigation`` heading or a ``Previous Post`` label, the list of titles after a ``Related`` or
``Most Popular`` heading, and runs of short lines (a menu, a share bar, a tag cloud) before
the article's first prose line, after its last one, or made of Markdown links, and teaser
cards (a title printed twice around its section's tag); a table of facts scraped one cell a line
(an infobox: many short cells, many of them figures) is no menu, nor is a run in the article's
head between a sentence and a longer line (the writer's list).
The article's extent leaves out a prose line the page prints twice (a mega-menu's blurb) and
teasers' cut-off excerpts, and ends before a stretch of furniture that little prose follows
(authors' bios, other posts' summaries).
A table of contents goes: after its heading, or without one, numbered entries each repeated
further down as a heading. The article's head stays: the heading right above its first lines,
and a headline that repeats the breadcrumb's last item with its byline or dateline beside it.
A post's closing list of its own links (under `Links`, `More information`; its items about
the article's subject) stays, and so does a video's caption (the headline cut short) wherever
the page prints it again. A prose line is never taken by the structure rules. A title printed
twice at the top keeps the copy above the body.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from repair.cache import cached, compile_regex
from repair.core.document import Document, Span
from repair.core.edits import Finding
from repair.core.letters import lower_text, strip_accents
from repair.data import load_toml
from repair.detectors.base import Detector, register

#: How many content lines after the title may repeat it.
_TITLE_WINDOW = 3
_WORDS = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]*>")


_CONTENT = re.compile(r"\S")
# Greedy, ending on the last character that is not trimmed: a lazy body tried the line end at
# every character (five times slower on news lines).
_CONTENT_LINE = re.compile(r"[ \t\f\v]*(\S(?:[^\r\n]*[^ \t\f\v\r\n])?)[ \t\f\v]*(?:\r\n|\r|\n|\Z)")


# Markdown around a label: a heading, list or quote marker; bold; a link with its target.
_MD_PREFIX = r"(?:#{1,6}[ \t]+|[*+-][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]*)"
_MD_LINK_TARGET = r"(?:\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+\"[^\"\r\n]*\")?\))"
# Blanks between two labels are the separator's alone (not also the next label's): one way to
# cut them, or the regex engine tries every way on each line of prose that starts with a label
# word (``By following …``), three for each blank.
_SEPARATOR = r"(?:[ \t]*[|·•,/–—-][ \t]*|[ \t]*)"
_MD_LINK_LINE = re.compile(
    rf"{_MD_PREFIX}?(?:\*\*)?\[[^\]\r\n]{{1,120}}\]{_MD_LINK_TARGET}(?:\*\*)?"
    rf"(?:{_SEPARATOR}\[[^\]\r\n]{{1,120}}\]{_MD_LINK_TARGET})*"
)
_MD_UNWRAP = re.compile(rf"^{_MD_PREFIX}?(?:\*\*|__)?\[?(.*?)\]?{_MD_LINK_TARGET}?(?:\*\*|__)?$")
_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"\d+")
#: What parts a list's heading from the post's name before it (``… ~ Supply List:``).
_HEADING_PART = re.compile(r"[ \t](?:~|–|—|\|)[ \t]")
_SEPARATOR_CHARS = frozenset("~–—|")
#: What a label may have glued on either side: a share count (``93``) and an icon font's
#: glyphs, which sit in Unicode's private use area (``Save\ue051``, ``\ue066More like
#: this``) and are never text.
_COUNTS = r"[\d\ue000-\uf8ff]*"
#: What a calendar row starts with: a day number, or a link around one.
_ROW_START = frozenset("123456789[")
#: A table of contents' numbering at a line's start (``3.``, ``3.1``, ``* [3.1``).
_SECTION_NUMBER = re.compile(r"^(?:[*+-][ \t]+)?\[?\d{1,3}(?:\.\d{1,3})*\.?[ \t]")
_COUNT = re.compile(r"[\[(]?\d{1,6}[kK]?[\])]?")
_MD_LIST_ITEM = re.compile(r"(?:[*+-]|\d{1,3}[.)])[ \t]+\S")
#: A teaser's excerpt, cut off mid-sentence by the theme: a word, then an ellipsis
#: (``… an expensive...``, ``… the platform […]``).
_EXCERPT_END = re.compile(r"[^\W\d_](?:\.\.\.|…|[ \t]*\[(?:…|\.\.\.)\])$")
#: How near two excerpts stand in a list of teasers (lines).
_EXCERPT_NEAR = 8
#: How near a pull quote stands to the paragraphs around it (lines).
_PULL_QUOTE_NEAR = 3
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")
#: A sentence's end inside a line, then the next sentence: a lower-case word, its stop and a
#: capital (``… weg sind. Nun ist es …``). A comment or a paragraph cut short holds two
#: sentences; a headline, in title case or one clause, does not (``Fires Back. Again``).
_INNER_SENTENCE_END = re.compile(r"(?<![^\W\d_])[a-zß-öø-ÿ]{3,}\.[ \t]+[A-ZÀ-ÖØ-Þ]")


def boilerplate_data() -> dict:
    return load_toml("boilerplate.toml")


@cache
def _patterns() -> list[str]:
    data = boilerplate_data()
    return data["patterns"] + [p for labels in data["labels"].values() for p in labels]


@cache
def _alone() -> list[str]:
    """The labels that stand alone on their line (a date): see ``alone`` in the data."""
    return list(boilerplate_data()["alone"])


@cache
def boilerplate_lines() -> re.Pattern[str]:
    """A line, from its start, that is nothing but labels (leading/trailing blanks allowed),
    bare or in Markdown (``### Share this:``, ``* [Click to share on X](…)``), share counts
    glued on (``93Click to share on Facebook (Opens in new window)93``).

    Only labels that start with a literal may follow each other on one line: repeating one
    that starts with a character class (``[^…]{1,40} \\(\\d+\\)``) would let the regex engine
    try every way to cut a line (a catastrophic backtrack); such a label stands alone, and
    must end with a closing bracket (``Category (12)``, ``… (Wird in neuem Fenster
    geöffnet)``), so that only lines ending so need trying it.
    """
    return _line_regex(open_ended=True)


@cache
def _line_regex(open_ended: bool) -> re.Pattern[str]:
    """The label-line regex, with or without the open-ended labels."""
    fixed = [p for p in _patterns() if not p.startswith("[^")]
    singles = [p for p in _patterns() if p.startswith("[^")]
    if any(not p.endswith(r"\)") for p in singles):
        raise ValueError("an open-ended boilerplate label must end with a closing bracket")

    def item(body: str, counts: str = _COUNTS) -> str:
        """A label in its Markdown (bold, link) with its share counts and icons glued on."""
        return (
            rf"(?:(?:\*\*|__)[ \t]*)?(?:\[[ \t]*)?{counts}(?:{body}){counts}(?:[ \t]*\])?"
            rf"(?:[ \t]*{_MD_LINK_TARGET})?(?:[ \t]*(?:\*\*|__))?"
        )

    repeated = item(_by_first_character(fixed))
    label = rf"{repeated}(?:{_SEPARATOR}{repeated})*|{item(_alternation(_alone()), counts='')}"
    if open_ended:
        closing = r"(?=[^\r\n]*\)[ \t]*(?:\r|\n|\Z))"
        label = rf"{label}|{closing}{item(_alternation(singles))}"
    source = rf"[ \t]*(?P<label>{_MD_PREFIX}?(?:{label}))[ \t]*(?=\r|\n|\Z)"
    # The rewrite of a hundred thousand characters is kept in the disk cache with the
    # program (a few milliseconds a process otherwise).
    rewritten = cached("boilerplate-label-regex", source, lambda: _non_capturing(source))
    return compile_regex(rewritten, re.IGNORECASE)


#: What a group's parenthesis cannot be: an escape, or a set (``]`` first is a member).
_ESCAPE_OR_SET = re.compile(r"(\\.|\[\^?\]?(?:\\.|[^\]\\])*\])", re.DOTALL)
_PLAIN_GROUP = re.compile(r"\((?!\?)")
#: A back-reference by number (``\\1``; in a set the same is a character, told alike).
_BACK_REFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]")


def _non_capturing(pattern: str) -> str:
    """``pattern`` with each plain group ``(…)`` made non-capturing ``(?:…)``: the labels'
    groups (``(previous|next)``, nearly two thousand of them) are never read, and the
    regex engine saves and restores every group's marks at each alternative it tries, which
    made a line's failed match cost tens of microseconds. Matches are the same: named
    groups and the other ``(?…)`` forms are kept, and a pattern that refers back to a group
    (``\\1``, ``(?P=name)``) is left as it is. Escapes and sets are cut out first, so
    their brackets are never taken for a group's."""
    if "(?P=" in pattern or _BACK_REFERENCE.search(pattern):
        return pattern
    parts = _ESCAPE_OR_SET.split(pattern)
    parts[::2] = [_PLAIN_GROUP.sub("(?:", part) for part in parts[::2]]
    return "".join(parts)


def _by_first_character(patterns: list[str]) -> str:
    """One alternation of ``patterns``, grouped by the character their match starts with,
    each group behind a one-character look-ahead: a line of news is turned away after a few
    character tests instead of three hundred alternatives (Python's regex engine tries the
    alternatives of a group one by one)."""
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for pattern in patterns:
        chars = _first_chars(pattern)
        if chars is None:
            anywhere.append(pattern)
            continue
        for char in sorted({c.lower() for c in chars}):
            groups.setdefault(char, []).append(pattern)
    parts = [
        f"(?=[{re.escape(char)}{re.escape(char.upper())}])(?:{_by_second_character(char, group)})"
        for char, group in sorted(groups.items())
    ]
    parts += [f"(?:{p})" for p in anywhere]
    return "|".join(parts)


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _by_second_character(first: str, patterns: list[str]) -> str:
    """Within one first-character group, the labels that start with a two-letter word
    (``twitter``, ``tags``) grouped again by their second letter."""
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for pattern in patterns:
        # Two letters, the second not made optional by a quantifier (``ab?c``).
        if re.match(r"[^\W\d_]{2}(?![?*{])", pattern) and pattern[0].lower() == first:
            groups.setdefault(pattern[1].lower(), []).append(pattern)
        else:
            rest.append(pattern)
    parts = [
        f"(?=.[{re.escape(char)}{re.escape(char.upper())}])(?:{_alternation(group)})"
        for char, group in sorted(groups.items())
    ]
    return "|".join(parts + [f"(?:{p})" for p in rest])


@cache
def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with (both cases); ``None``: any."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def of_sequence(items) -> tuple[set[str] | None, bool]:
        found: set[str] = set()
        for op, arg in items:
            chars, nullable = of_item(op, arg)
            if chars is None:
                return None, False
            found |= chars
            if not nullable:
                return found, False
        return found, True

    def both(code: int) -> set[str]:
        return {chr(code).lower(), chr(code).upper(), chr(code)}

    def of_item(op, arg) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return both(arg), False
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind is c.LITERAL:
                    chars |= both(value)
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars |= set("0123456789")
                elif kind is c.RANGE and value[1] - value[0] < 256:
                    for code in range(value[0], value[1] + 1):
                        chars |= both(code)
                else:
                    return None, False
            return chars, False
        if op is c.SUBPATTERN:
            return of_sequence(arg[-1])
        if op is c.BRANCH:
            union: set[str] = set()
            nullable = False
            for branch in arg[1]:
                chars, empty = of_sequence(branch)
                if chars is None:
                    return None, False
                union |= chars
                nullable = nullable or empty
            return union, nullable
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            chars, empty = of_sequence(arg[2])
            return chars, empty or arg[0] == 0
        return None, False

    chars, nullable = of_sequence(_parser.parse(pattern, re.IGNORECASE))
    return None if chars is None or nullable else frozenset(chars)


@cache
def _structure(key: str) -> re.Pattern[str]:
    """The headings of one structure rule (``navigation``, ``previous_next``, ``sections``,
    ``post_end``)."""
    body = "|".join(f"(?:{p})" for p in boilerplate_data()["structure"][key])
    return compile_regex(rf"(?:{body})", re.IGNORECASE)


_LINK_TARGET = re.compile(rf"\]{_MD_LINK_TARGET}")


def _visible(line: str) -> str:
    """What a reader sees of a Markdown line: link targets dropped."""
    return _LINK_TARGET.sub("", line) if "](" in line else line


def unwrap(line: str) -> str:
    """The text of a line without its Markdown: ``### [Related](/x)`` → ``Related``."""
    match = _MD_UNWRAP.match(line.strip())
    return (match.group(1) if match else line).strip(" \t*_")


#: How many characters of a label's start the prefilter compares (see :func:`_label_starts`).
_GATE_CHARS = 12
#: A character class wider than this ends a label's prefix (``\d``, ``[^\r\n]``).
_GATE_CLASS = 4
#: Stands for ``\d`` in a label's prefix (a character no label is written with).
_ANY_DIGIT = "\ue000"
_BRACKET_LINE_END = re.compile(r"\)[ \t]*(?=[\r\n]|\Z)")


def _label_prefixes(pattern: str) -> set[str] | None:
    r"""The strings (up to ``_GATE_CHARS`` long) that every match of ``pattern`` starts with
    one of; ``None`` when a match may start with anything.

    Walks the pattern's parse tree: literals and narrow classes extend the prefixes, an
    optional part or a branch adds alternatives, anything wider (``[^…]``, ``\d``, ``.``)
    ends them there (a shorter prefix is still a true one)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    done: set[str] = set()
    digit = _parser.parse(r"\d")[0][1]
    digit_classes = (digit, _parser.parse("[0-9]")[0][1])

    def stop(prefixes: set[str]) -> set[str]:
        done.update(prefixes)
        return set()

    def grow(prefixes: set[str], chars: list[str]) -> set[str]:
        longer = {prefix + char for prefix in prefixes for char in chars}
        done.update(p for p in longer if len(p) >= _GATE_CHARS)
        return {p for p in longer if len(p) < _GATE_CHARS}

    def of_sequence(items, prefixes: set[str]) -> set[str]:
        for op, arg in items:
            if not prefixes:
                break
            prefixes = of_item(op, arg, prefixes)
        return prefixes

    def of_item(op, arg, prefixes: set[str]) -> set[str]:
        if op is c.LITERAL:
            return grow(prefixes, [chr(arg)])
        if op is c.IN:
            if arg in digit_classes:
                return grow(prefixes, [_ANY_DIGIT])  # one character of the trie: ``\d``
            chars = []
            for kind, value in arg:
                if kind is c.LITERAL:
                    chars.append(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < _GATE_CLASS:
                    chars += [chr(code) for code in range(value[0], value[1] + 1)]
                else:
                    return stop(prefixes)
            return grow(prefixes, chars) if len(chars) <= _GATE_CLASS else stop(prefixes)
        if op is c.SUBPATTERN:
            return of_sequence(arg[-1], prefixes)
        if op is c.BRANCH:
            return {p for branch in arg[1] for p in of_sequence(branch, set(prefixes))}
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            least, most, body = arg
            if least > _GATE_CHARS:
                return stop(prefixes)
            out = set(prefixes) if least == 0 else set()
            current = prefixes
            # Each round adds a character or more; past _GATE_CHARS rounds all are done.
            for rounds in range(1, min(most, _GATE_CHARS + 1) + 1):
                current = of_sequence(body, set(current))
                if rounds >= least:
                    out |= current
                if not current:
                    break
            return out
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return prefixes  # consumes nothing; a look-ahead only narrows the matches
        return stop(prefixes)

    done.update(of_sequence(_parser.parse(pattern, re.IGNORECASE), {""}))
    return None if "" in done else done


def _folded(char: str) -> str:
    """A regex for ``char`` as the regex engine's IGNORECASE sees it, to be tried on lowered
    text: its simple lower case and the extra letters it matches (``s`` and ``ſ``, ``σ``
    and ``ς``, ``i`` and ``ı``)."""
    from re import _casefix  # type: ignore[attr-defined]

    if char == _ANY_DIGIT:
        return r"\d"
    lower = char.lower() if len(char.lower()) == 1 else char
    chars = {lower, *(chr(code) for code in _casefix._EXTRA_CASES.get(ord(lower), ()))}
    return re.escape(lower) if len(chars) == 1 else f"[{''.join(map(re.escape, sorted(chars)))}]"


def _trie_regex(strings: set[str]) -> str:
    """One regex for "starts with one of ``strings``" in lowered text, case-sensitive, as a
    trie (``sha(?:re|…)``): the regex engine skips an alternative whose first character
    differs without entering it (not so under IGNORECASE), and rejects a line after a few
    character tests instead of trying every string."""
    # A string that another one starts with needs no test of its own.
    kept: list[str] = []
    for string in sorted(strings):
        if not kept or not string.startswith(kept[-1]):
            kept.append(string)
    trie: dict = {}
    for string in kept:
        node = trie
        for char in string:
            node = node.setdefault(_folded(char), {})

    def emit(node: dict) -> str:
        if not node:
            return ""
        alternatives = [char + emit(child) for char, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return emit(trie)


@cache
def _label_starts() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A cheap prefilter for the label-line regex, to run on the lowered text: what the start
    of a line must look like for a label (not an open-ended one) to stand there: the same
    Markdown, bold, bracket and share-count prefix, then the first characters of some label
    (any digit, for a label that starts with one). A line it rejects cannot match. The
    pattern for the text's start, and the one for a line feed and the line after it (found by
    a fast scan for the line feed); ``None``: no such filter. The pattern is derived from
    the labels by parsing each (a tenth of a second): kept in the disk cache, keyed by the
    labels and by this module's code."""
    # The labels that stand alone are in the pattern too (a key without them kept a stale
    # filter when only they changed).
    key = (_patterns(), _alone(), Path(__file__).read_bytes())
    start = cached("label-starts", key, _label_start_pattern)
    if start is None:
        return None
    return compile_regex(start), compile_regex(rf"\n(?={start})")


def _label_start_pattern() -> str | None:
    """The source of the prefilter's pattern (see ``_label_starts``)."""
    prefixes: set[str] = set()
    for pattern in _patterns() + _alone():
        if pattern.startswith("[^"):
            continue  # open-ended: tried on lines ending with a bracket, every one of them
        chars = _first_chars(pattern)
        if chars is not None and chars <= set("0123456789"):
            continue  # covered by the digit below
        found = _label_prefixes(pattern)
        if found is None:
            return None
        prefixes |= found
    return rf"[ \t]*{_MD_PREFIX}?(?:\*\*|__)?\[?[ \t]*{_COUNTS}(?:\d|{_trie_regex(prefixes)})"


def _label_lines(text: str) -> Iterator[re.Match[str]]:
    """The label lines of ``text``, the pattern tried at line starts only (a multi-line ``^``
    made the regex engine try, and reject, every position of the text): at the starts that
    the prefilter lets through, and at those of the lines that end with a bracket, where an
    open-ended label may stand. Most lines of an article are never tried."""
    gate = _label_starts()
    lowered = lower_text(text)
    if gate is None or len(lowered) != len(text):
        # No filter, or a letter whose lower case is two (``İ``): every line is tried.
        candidates = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]
    else:
        at_start, after_break = gate
        candidates = [match.end() for match in after_break.finditer(lowered)]
        if at_start.match(lowered):
            candidates.insert(0, 0)
    bracketed = set()
    for closing in _BRACKET_LINE_END.finditer(text):
        # The line, up to its first break, must be the one that ends with the bracket.
        start = text.rfind("\n", 0, closing.start()) + 1
        if "\r" not in text[start : closing.start()]:
            bracketed.add(start)
    if bracketed:
        candidates = sorted(bracketed.union(candidates))
    if not candidates:
        return
    every, fixed = boilerplate_lines(), _line_regex(open_ended=False)
    for start in candidates:
        match = (every if start in bracketed else fixed).match(text, start)
        if match:
            yield match


def is_boilerplate(line: str) -> bool:
    return boilerplate_lines().fullmatch(line.strip()) is not None


def _title_key(line: str) -> str:
    return re.sub(r"[\W_]+", " ", strip_accents(line.casefold()))


#: A space before a mark, which the typography rules take out: no part of a line's length
#: when it is compared with the title's (the comparison must not change once it is gone).
_SPACE_BEFORE_MARK = re.compile(r"[ \u00a0\u202f]+(?=[:;!?,.])")


def _title_length(line: str) -> int:
    """The line's length without the spaces before its marks."""
    return (
        len(line) - sum(len(m) for m in _SPACE_BEFORE_MARK.findall(line))
        if " " in line
        else len(line)
    )


def repeats_title(title: str, line: str) -> bool:
    """Same words, or near enough (a glued stray letter, a changed mark)."""
    # Cheap tests first: most body lines are nothing like the title.
    if not 0.85 <= (_title_length(line) + 1) / (_title_length(title) + 1) <= 1.18:
        return False
    words_a, words_b = set(_WORDS.findall(title.casefold())), set(_WORDS.findall(line.casefold()))
    if len(words_a) < 3 or len(words_a & words_b) < 0.7 * len(words_a | words_b):
        return False
    # Other figures are another line's (a schedule's rows, ``September 10 12pm …`` and
    # ``September 17 12pm …``), not the title damaged.
    if _NUMBERS.findall(title) != _NUMBERS.findall(line):
        return False
    a, b = _title_key(title).strip(), _title_key(line).strip()
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.92


def _line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


def _content_lines(text: str, start: int = 0) -> Iterator[Span]:
    """Non-blank lines from ``start`` on, trimmed, lazily (only a few are needed)."""
    for match in _CONTENT_LINE.finditer(text, start):
        if match.group(1):
            yield Span(match.start(1), match.end(1))


@register
class BoilerplateDetector(Detector):
    name = "boilerplate"
    kinds = ("boilerplate", "duplicate")

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        flagged: dict[int, tuple[Span, str, str, str]] = {}
        for match in _label_lines(text):
            label = Span(match.start("label"), match.end("label"))
            if not label.of(text).strip():
                continue
            flagged[label.start] = (
                label,
                "boilerplate",
                "boilerplate.line",
                f"boilerplate line {label.of(text)!r} scraped with the article",
            )
        self._linked_labels(text, flagged)
        self._structure(text, flagged, doc.target_lang)
        title_line = self._repeated_title(text, flagged)
        if title_line is not None:
            flagged[title_line.start] = (
                title_line,
                "duplicate",
                "duplicate.title",
                "the title line is printed twice at the top; one copy is kept",
            )
        for _, (line, kind, rule, message) in sorted(flagged.items()):
            start, end = self._removal_span(text, line, flagged)
            yield Finding(
                start,
                end,
                kind,
                rule,
                0.9 if kind == "boilerplate" else 0.85,
                message,
                action="remove",
            )

    @staticmethod
    def _linked_labels(text: str, flagged: dict) -> None:
        """Add the Markdown lines of links that read as a label once their targets are
        dropped (Blogger's archive, ``* [ ► ](javascript:void(0)) [ 2020 ](…) (10)``, whose
        plain form ``► 2020 (10)`` is one; a category widget's ``* [Firefox](…) (223)``):
        the label regex allows one link around a whole label, not a label cut into links or
        one whose count stands outside its link. Only short lines with a link that end with
        a bracket are tried, as the open-ended labels are."""
        if "](" not in text:
            return
        for closing in _BRACKET_LINE_END.finditer(text):
            start = _line_start(text, closing.start())
            line = text[start : closing.end()]
            if "](" not in line:
                continue
            span = next(_content_lines(line), None)
            if span is None or start + span.start in flagged:
                continue
            visible = _visible(span.of(line))
            # A long line of links is a post's tag line or the writer's sources (its own
            # footer's rules decide); a widget's entry is short.
            if len(visible) <= 60 and boilerplate_lines().fullmatch(visible) is not None:
                label = Span(start + span.start, start + span.end)
                flagged[label.start] = (
                    label,
                    "boilerplate",
                    "boilerplate.line",
                    f"boilerplate line {label.of(text)!r} scraped with the article",
                )

    @staticmethod
    def _structure(text: str, flagged: dict, lang: str = "en") -> None:
        """Add the lines that the labels' structure shows to be boilerplate (see the module
        docstring); prose lines are never added. ``lang``: the text's language, for the
        conventions of its menus."""
        table = boilerplate_data()["structure"]
        if not flagged and "](" not in text and not _short_lines_in_a_row(text, table):
            return
        lines = list(_content_lines(text))
        if not lines:
            return
        texts = [line.of(text) for line in lines]
        words = [len(line.split()) for line in texts]
        ends = [bool(_SENTENCE_END.search(line)) for line in texts]
        # Two sentences in one line (a comment, a paragraph whose stop was lost): no headline.
        two_sentences = [
            ". " in line and _INNER_SENTENCE_END.search(line) is not None for line in texts
        ]
        prose_words, sentence_words = int(table["prose_words"]), int(table["sentence_words"])
        prose = [
            w >= prose_words or (w >= sentence_words and e)
            for w, e in zip(words, ends, strict=True)
        ]
        longest_title = int(table["title_words"])
        # A title is plain text with letters: a line holding markup (``<p>``, ``A<A>``) is HTML
        # source, where the entity rules leave ``&ap;`` alone; removing it would let a second
        # run decode what the first kept.
        title = [
            not p
            and w <= longest_title
            and not _TAG.search(line)
            and any(c.isalpha() for c in line)
            for p, w, line in zip(prose, words, texts, strict=True)
        ]
        # A short line: a menu item, a share button. One with digits (``PLZ Bereich 4``, a
        # phone number) may continue a run but does not count towards starting one.
        shortest = int(table["short_words"])
        short = [w <= shortest and not e for w, e in zip(words, ends, strict=True)]
        # A leading ordinal (``1st grade math tutor``) is a menu's enumeration, no phone number.
        digits = [_DIGIT.search(_ORDINAL.sub("", _visible(line))) is not None for line in texts]
        # A heading is the article's (its title), even in a run of links.
        links = [
            _MD_LINK_LINE.fullmatch(line) is not None and not line.startswith("#") for line in texts
        ]
        # A line in Markdown list form: a list item, a link line or a heading.
        marked = [
            link or _MD_LIST_ITEM.match(line) is not None or line[0] == "#"
            for link, line in zip(links, texts, strict=True)
        ]
        added: dict[int, str] = {}
        # A text with Markdown links: a line without one is no link.
        markdown = "](" in text
        # Orphaned titles after a navigation heading or a previous/next label; title lists
        # after a section heading.
        for index, line in enumerate(lines):
            if line.start not in flagged:
                continue
            bare = unwrap(line.of(text))
            if _structure("navigation").fullmatch(bare):
                limit, rule = int(table["orphan_titles"]), "boilerplate.orphan-title"
            elif _structure("previous_next").fullmatch(bare):
                limit, rule = 1, "boilerplate.orphan-title"
            elif _structure("sections").fullmatch(bare) and not (
                bare[:1].islower()
                and sum(unwrap(texts[i]) == bare for i in range(len(lines)) if i != index)
            ):
                # A heading in lower case printed again on the page (``most popular`` on two
                # rows of a table of movers) is a badge on the writer's rows, no widget's
                # heading (a widget's, once, may be lower-cased by its style).
                limit, rule = int(table["section_max"]), "boilerplate.section-list"
            else:
                continue
            taken, form, plain = 0, None, 0
            for following in range(index + 1, len(lines)):
                if lines[following].start in flagged:
                    if rule == "boilerplate.orphan-title":
                        continue
                    break
                if rule == "boilerplate.section-list" and _COUNT.fullmatch(
                    _visible(lines[following].of(text))
                ):
                    # A count between the titles (votes, comments, views) is the list's.
                    added.setdefault(following, rule)
                    continue
                if not (
                    title[following]
                    or (
                        rule == "boilerplate.section-list"
                        and not prose[following]
                        and not _TAG.search(texts[following])
                        and _title_case(texts[following])
                    )
                ):
                    # A headline in Title Case may be longer than a title (a news site's
                    # `Senator Tim Scott Shows His True Colors Over FBI Raid …`, 21 words).
                    break
                if rule == "boilerplate.orphan-title" and all(
                    at < len(lines) and prose[at] and lines[at].start not in flagged
                    for at in (following + 1, following + 2)
                ):
                    # A title right above paragraphs heads them: a slideshow's ``Previous`` /
                    # ``Next`` buttons inside the article, then its next section's heading (a
                    # teaser's title has one paragraph of summary, then its byline or date).
                    break
                if rule == "boilerplate.section-list":
                    # A list in Markdown (its first item a list item, a link or a heading) runs
                    # as long as its items do (an archive of months), a caption line between
                    # them allowed; two plain lines in a row are text again. A plain list
                    # stops after `section_max` lines.
                    if form is None:
                        form = marked[following]
                    plain = 0 if marked[following] else plain + 1
                    if (form and plain >= 2) or (not form and taken >= limit):
                        break
                elif taken >= limit:
                    break
                added.setdefault(following, rule)
                taken += 1
        _table_of_contents(texts, title, lines, flagged, added, int(table["contents_numbered"]))
        least, header_lines = int(table["lead_in_words"]), int(table["header_lines"])
        blurb_words = int(table["blurb_words"])
        # Cheap character tests first: most lines end with no colon and start with no marker.
        lead_in = [
            line[-1] == ":" and span.start not in flagged and _is_lead_in(line, least)
            for line, span in zip(texts, lines, strict=True)
        ]
        marker = [_list_marker(line) if line[0] in _MARKER_START else None for line in texts]

        def byline(at: int) -> bool:
            """Whether line ``at`` is a byline or a dateline (asked of a few lines only)."""
            if words[at] > longest_title:
                return False
            return _structure("byline").fullmatch(_visible(unwrap(lines[at].of(text)))) is not None

        def list_heading(at: int) -> bool:
            """Whether line ``at`` is the heading of a writer's list (asked of runs only)."""
            if lines[at].start in flagged:
                return False
            if words[at] > 5 and not _SEPARATOR_CHARS.intersection(texts[at]):
                return False
            heading = unwrap(lines[at].of(text)).lstrip("#").strip(" \t*_").rstrip(":").strip()
            # The heading may follow the post's name after a separator (``A Beginner's Guide
            # To Refinishing Furniture ~ Supply List:``).
            heading = _HEADING_PART.split(heading)[-1].strip()
            if len(heading.split()) > 5:
                return False
            return _structure("list_headings").fullmatch(heading) is not None

        footer = [
            line.start in flagged
            and _structure("post_end").fullmatch(_visible(unwrap(line.of(text)))) is not None
            for line in lines
        ]

        def keep_heading(run: list[int], end: int) -> None:
            """Take out of ``run`` the title right before the first prose line at ``end``; a
            byline or dateline there has the title above it (``Written by …``, ``Edited by
            …``, ``March 3, 2016``), which stays with it."""
            at = end - 1
            while run and run[-1] == at:
                dateline = byline(at)
                if not (dateline or words[at] >= 3):
                    break
                run.pop()
                if not dateline:
                    break
                at -= 1

        # Runs of short lines (menus, share bars, tag clouds) and of Markdown link lines.
        prose_at = _article_prose(texts, prose)
        first = prose_at[0] if prose_at else len(lines)
        last = prose_at[-1] if prose_at else -1
        # A table scraped one row a line (``June 9 -- Venue, City``), an infobox (``Founder
        # Netscape Communications Corporation``) are the writer's.
        facts = _infobox_rows(texts, prose, int(table["infobox_rows"]))
        facts |= _parallel_items(
            texts,
            [
                not links[i] and lines[i].start not in flagged and i not in added and words[i] >= 3
                for i in range(len(lines))
            ],
            int(table["parallel_items"]),
        )

        def blurb(at: int, last: int) -> bool:
            """Whether line ``at``, far before the article's head or far after its last prose
            line ``last`` (the closing lines, a signature, stay), is a mega-menu's blurb
            between its entries (``Event Hub`` / ``Websites, emails: event marketing made
            easy.`` / ``Event Marketing``): no prose, short lines after it."""
            following = at + 1
            return (
                ((at < first - header_lines and following < first) or at > last + header_lines)
                and words[at] <= blurb_words
                and marker[at] is None
                and not digits[at]
                and following < len(lines)
                and (short[following] or links[following] or lines[following].start in flagged)
            )

        def run_end(index: int, blurbs: bool, last: int) -> int:
            """Where the run of short lines, links and labels from line ``index`` ends; with
            ``blurbs``, going on through a mega-menu's blurbs."""
            end = index
            while end < len(lines) and not prose[end]:
                if not member(end) and not (blurbs and end > index and blurb(end, last)):
                    break
                end += 1
            return end

        def repeats_above(at: int, before: int) -> bool:
            """Whether title line ``at`` repeats a line above line ``before`` (the entry of a
            table of contents that points to it)."""
            key = _title_key(_visible(unwrap(texts[at]))).strip()
            return any(_title_key(_visible(unwrap(texts[i]))).strip() == key for i in range(before))

        def member(at: int) -> bool:
            """Whether line ``at`` may stand in a run: a short line, a link or a label."""
            return short[at] or links[at] or lines[at].start in flagged or at in added

        def passes(first: int, last: int, start: int = 0) -> None:
            """The runs and teaser lists, the article standing from line ``first`` to ``last``,
            from line ``start`` on."""
            index = start
            # The last lines of the runs that a sentence announced (a list's first runs), with
            # the list's length up to them.
            announced_last: dict[int, int] = {}
            while index < len(lines):
                if not (short[index] or links[index] or lines[index].start in flagged):
                    index += 1
                    continue
                end = run_end(index, True, last)
                if sum(not member(i) for i in range(index, end)) < int(table["menu_blurbs"]):
                    end = run_end(index, False, last)
                run = [
                    i for i in range(index, end) if lines[i].start not in flagged and i not in facts
                ]
                # Between the article's prose lines, a sentence may announce a list of its own
                # (``… the following components:``), in plain text (links after ``… the footage
                # below:`` are a widget's); or the run is part of a list whose longer items
                # surround it.
                inside = first < index and end <= last
                # The list's first items may stand apart, one ending with a stop (``Atlas Van
                # Lines`` / ``Bekins Van Lines, Inc.`` / the run): the sentence is theirs too.
                above = index - 1
                while (
                    above > index - 1 - int(table["lead_in_gap"])
                    and above > first
                    and not prose[above]
                    and words[above] <= shortest
                ):
                    above -= 1
                # A long list goes on through its items that end with a stop or are too long
                # for a run (``Acme Moving, Inc.``, ``A Man with a Van & More``), which part it
                # into runs: a run right after such items, above them the runs of a list that a
                # sentence announced, `min_long_run` items long already, is announced too (a
                # footer's `Edited by:` heads a line or two; a headline between two menus is
                # longer than `list_item_words`).
                gap = index - 1
                while (
                    gap > first
                    and title[gap]
                    and not short[gap]
                    and words[gap] <= int(table["list_item_words"])
                    and not links[gap]
                    and not lead_in[gap]
                    and lines[gap].start not in flagged
                    and gap not in added
                ):
                    gap -= 1
                announced = inside and (
                    lead_in[index]
                    or lead_in[index - 1]
                    or lead_in[above]
                    or (
                        gap < index - 1 and announced_last.get(gap, 0) >= int(table["min_long_run"])
                    )
                )
                # A list of links in Markdown list form (``* [Name](…)``) after such a sentence
                # is the writer's too (the places, shops or sources it names); when a share bar
                # or a widget's links follow it in the same run, the list's items stay and the
                # rest is a run of its own.
                items = index
                while items < end and marker[items] is not None:
                    items += 1
                if not (
                    announced and items < end and items - index >= int(table["announced_items"])
                ):
                    items = index
                announced = announced and all(
                    marker[i] is not None or not links[i] for i in range(index, end)
                )
                # A list's own heading (``Pros``, ``What We Don't Like``, ``Supply list``) in the
                # run with items after it, or right before it: the writer's list. (The run's last
                # line is the heading of the text that follows, not of the run.)
                announced = announced or any(
                    list_heading(i) for i in range(max(index - 1, 0), end - 1) if not links[i]
                )
                fact_table = _fact_table(
                    texts[index:end],
                    links[index:end],
                    sum(lines[i].start in flagged for i in range(index, end)),
                    table,
                )
                if fact_table:
                    # Its dates and figures are its values (``• Dominion`` / ``26 September
                    # 1907``), not a widget's datelines; nor are its cells headlines (below).
                    facts.update(range(index, end))
                    for i in range(index, end):
                        if digits[i]:
                            flagged.pop(lines[i].start, None)
                # In the article's head (the lines right before its first prose line), a run
                # between a sentence and a longer line (``New tasks for the game!`` / ``Better
                # Android support`` / ``Bugs fixed`` / ``Try something new …``) is the writer's
                # list; a menu stands among labels, links and other short lines.
                head_list = (
                    index > 0
                    and end < first
                    and first - header_lines <= index
                    and ends[index - 1]
                    and words[index - 1] >= 3
                    and not links[index - 1]
                    and lines[index - 1].start not in flagged
                    and index - 1 not in added
                    and not any(links[i] or lines[i].start in flagged for i in range(index, end))
                )
                if (
                    announced
                    or fact_table
                    or head_list
                    or _inside_a_list(
                        index, end, marker, links, lines, flagged, index > 0 and ends[index - 1]
                    )
                ):
                    if announced:
                        # The list's length so far: its items from the first run on.
                        chained = announced_last.get(gap, 0) if gap < index - 1 else 0
                        announced_last[end - 1] = chained + (index - 1 - gap) + end - index
                    index = max(end, index + 1)
                    continue
                if (
                    end == first
                    or (end < len(lines) and lead_in[end])
                    or (
                        end < first <= end + int(table["standfirst_lines"])
                        and not ends[end]
                        and run
                        and run[-1] == end - 1
                        and "](" not in texts[end - 1]
                        and repeats_above(end - 1, end - 1)
                    )
                ):
                    # The heading above the first prose line, or above a sentence that announces
                    # a list (``## Our track record`` / ``… Here are a few reasons why:``), or
                    # above the standfirst right before the first prose line (``Understanding
                    # Home Updates`` / ``Be Well Informed for the Decisions that Matter``).
                    keep_heading(run, end)
                if run and run[-1] == end - 1 and lead_in[end - 1] and end < len(lines):
                    # A sentence that announces the text after the run (``Your “success
                    # mindset” matters. Here’s why:``) is that text's.
                    run.pop()
                if index == last + 1 and run and run[0] == index and words[index] >= 2:
                    # The line right after the last prose line closes the article (a signature,
                    # an attachment) unless it is a label.
                    run.pop(0)
                # The line right before the end of a post (``Posted in News``, ``Share this:``) is
                # the post's last line, even a short one (an attachment, a one-line post).
                run = [i for i in run if not (i + 1 < len(lines) and footer[i + 1])]
                linked = sum(links[i] for i in run)
                # Labels in the run count towards it: a menu of Home, News, Sport, Contact.
                counted = sum(not digits[i] for i in range(index, end))
                # Without a prose line there is no telling the article from its surroundings.
                outside = bool(prose_at) and (end <= first or index > last)
                outside = outside and counted >= int(table["min_run"])
                # Inside the article, links in a row may be the writer's (sources, a shop box):
                # only a run that holds a label or follows a section heading is furniture there.
                labelled = any(lines[i].start in flagged or i in added for i in range(index, end))
                # A long run anywhere: its own lines must be many, labels beside an article's
                # short lines (a share bar under a short post) do not make them a menu.
                long_run = sum(not digits[i] for i in run) >= int(table["min_long_run"])
                if long_run and markdown and inside and not labelled:
                    # A Markdown text shows its links: a menu is links, a writer's list (pros
                    # and cons, a packing list, a product's features) is plain items.
                    long_run = linked >= float(table["inside_link_share"]) * len(run)
                if (
                    long_run
                    and not markdown
                    and inside
                    and not labelled
                    and lang in table["sentence_case_langs"]
                    and _sentence_case_list([texts[i] for i in run], table)
                ):
                    # In plain text, an English menu is in Title Case (``Current Students``,
                    # ``Eye Makeup``); items in sentence case (``Gauze pads`` / ``Eye drops``,
                    # ``Black pepper`` / ``Ground cumin``) between the article's paragraphs
                    # are the writer's list (packing, shopping, ingredients).
                    long_run = False
                outside = outside or long_run
                if outside or (linked >= int(table["min_link_run"]) and (outside or labelled)):
                    for i in run:
                        # A line with digits may be content among links (a phone number, an
                        # address): it goes only from inside a run, between two lines that go.
                        inner = index < i < end - 1 and not digits[i - 1] and not digits[i + 1]
                        if i < items:
                            continue
                        if (links[i] or outside) and (not digits[i] or inner):
                            added.setdefault(i, "boilerplate.link-run")
                index = max(end, index + 1)
            # Teaser lists outside the article (a news theme's section blocks, other posts'
            # headlines): many title lines in a row, none ending like a sentence, after the last
            # prose line or before the first; the lines that close or open the article stay. When
            # the last prose line, or the line that closes the article, is an item of a list (no
            # link), the list items after it go on with the writer's list (a changelog), they are
            # no headlines.
            in_list = any(
                0 <= i < len(lines) and marker[i] is not None and not links[i]
                for i in (last, last + 1)
            )
            # A headline may ask a question (``Who owns private universities?``).
            teaser = [
                t
                and (not e or text[line.end - 1] == "?")
                and not (in_list and m is not None and not link)
                for t, e, m, link, line in zip(title, ends, marker, links, lines, strict=True)
            ]
            # Between the prose lines, such a run is furniture only when it holds labels (``Mehr
            # anzeigen …``, ``Anzeige``): an article's own list of titles holds none.
            regions = (
                ((0, first, False), (last + 1, len(lines), False), (first + 1, last, True))
                if prose_at
                else ()
            )
            for index, stop, inside in regions:
                if stop <= start:
                    continue
                index = max(index, start)
                while index < stop:
                    end = index
                    while end < stop and (teaser[end] or lines[end].start in flagged):
                        end += 1
                    run = [i for i in range(index, end) if lines[i].start not in flagged]
                    opening = index == last + 1 or (index == 0 and words[0] >= 3)
                    if opening and run and run[0] == index:
                        # The text's first line is its title; the line after the last prose line
                        # closes the article.
                        run.pop(0)
                    if end == first or (
                        index < end < first
                        and first - end <= header_lines
                        and not any(
                            lines[i].start in flagged or i in added for i in range(end, first)
                        )
                    ):
                        # The heading right above the article's first lines (its first prose
                        # line, or the list or lines the runs left before it: `What’s new in
                        # 2.26?` / `New tasks for the game!` / …) is the article's.
                        keep_heading(run, end)
                    # The line before a post's footer is the post's (see the runs above); so are the
                    # title, standfirst and byline lines near the first prose line.
                    run = [i for i in run if not (i + 1 < len(lines) and footer[i + 1])]
                    run = [i for i in run if not first - header_lines <= i < first]
                    # Before the article, headlines come in a news theme's blocks, a few under each
                    # section's name; many long lines in a row there are the article's own list.
                    blocks = stop != first or _longest_streak(
                        [teaser[i] and not short[i] for i in range(index, end)]
                    ) <= int(table["teaser_block"])
                    labeled = [i for i in range(index, end) if lines[i].start in flagged]
                    if inside:
                        # Only the lines between two of its labels: before the first and after the
                        # last may be the article's (its title, a subheading after a share bar).
                        run = [i for i in run if labeled and labeled[0] < i < labeled[-1]]
                        blocks = blocks and len(labeled) >= int(table["inside_teaser_labels"])
                    # A line of two sentences in the run is a comment or a paragraph, no headline.
                    run = [i for i in run if i not in facts and not two_sentences[i]]
                    if blocks and sum(not digits[i] for i in run) >= int(table["min_teaser_run"]):
                        for i in run:
                            added.setdefault(i, "boilerplate.link-run")
                    index = end + 1

        passes(first, last)
        # A long stretch of furniture after the article's body (a share bar, an author box, a
        # newsletter box, other posts' teasers) ends it: the prose lines after it (a bio, a
        # teaser's summary, a form's notice) are the page's, and the short lines around them go.
        end_at = _body_end(
            prose_at,
            words,
            [line.start in flagged or i in added for i, line in enumerate(lines)],
            [line.start in flagged for line in lines],
            table,
        )
        if end_at < last:
            # Only the lines after the body's new end are looked at again. The lines between the
            # body and the first label after it that is no post footer (`Tagged …`) close the
            # article (a signature, a link to act on, the post's tags), and a line that repeats
            # one of the body's (a navbox or a heading printed again in the footer) is the
            # body's: they stay.
            last, before = end_at, set(added)
            passes(first, last, last + 1)
            body = {texts[i] for i in range(first, last + 1)}
            closing = next(
                (
                    i
                    for i in range(last + 1, len(lines))
                    if lines[i].start in flagged and not footer[i]
                ),
                len(lines),
            )
            for i in set(added) - before:
                if i < closing or texts[i] in body:
                    del added[i]
        # A calendar widget (WordPress's, Blogger's): rows of consecutive day numbers, the
        # table's cells glued (``891011121314``), three rows or more in a row.
        calendar = [
            _calendar_row(_visible(line.of(text))) if text[line.start] in _ROW_START else None
            for line in lines
        ]
        index = 0
        while index < len(lines):
            end = index
            while end < len(lines) and calendar[end] is not None:
                # Each row goes on from the day after the last one of the row before.
                before = calendar[end - 1] if end > index else None
                if before is not None and calendar[end][0] != before[1] + 1:  # type: ignore[index]
                    break
                end += 1
            if end - index >= int(table["calendar_rows"]):
                for i in range(index, end):
                    added.setdefault(i, "boilerplate.calendar")
            index = max(end, index + 1)
        # Teaser cards: another post's title printed twice around its section's tag (the image's
        # link, then the heading: ``Title`` / ``Emploi`` / ``### [Title](…)``), then its blurb
        # when it is no paragraph. An article prints no line twice around a tag; one such
        # triple may be a page's head, two or more are a list of cards.
        for i in _teaser_cards(texts, title, words, prose, int(table["card_tag_words"])):
            added.setdefault(i, "boilerplate.link-run")
        # A short line between two label lines is one more button of the bar.
        for i in range(1, len(lines) - 1):
            sandwiched = lines[i - 1].start in flagged and lines[i + 1].start in flagged
            if sandwiched and short[i] and not digits[i] and lines[i].start not in flagged:
                added.setdefault(i, "boilerplate.link-run")
        # Outside the article's head and its last lines, a title-sized line between two lines
        # that go is furniture too (a widget's heading, a button: `Play Now!`); not a sentence
        # (a caption), nor a line with figures (a phone number, an address).
        gone = [line.start in flagged or i in added for i, line in enumerate(lines)]
        for i in range(1, len(lines) - 1):
            if not (gone[i - 1] and gone[i + 1]) or gone[i] or prose[i]:
                continue
            head = first - header_lines <= i < first
            closing = i == last + 1 or footer[i + 1]
            sentence = (ends[i] or two_sentences[i]) and words[i] > 3
            if not (head or closing or sentence or digits[i]) and words[i] <= longest_title:
                added.setdefault(i, "boilerplate.link-run")
        # A page's header before the first prose line: the title and standfirst above a
        # byline (``Queen of the Uncool`` / a standfirst of a sentence's length / ``By Felix
        # Gillette``) are the article's head, even far from its first prose line.
        for at in range(2, first):
            if links[at] or not byline(at):
                continue
            above = [a for a in (at - 1, at - 2) if not links[a] and lines[a].start not in flagged]
            if any(words[a] >= sentence_words for a in above):
                for a in above:
                    if words[a] >= 3 and added.get(a) == "boilerplate.link-run":
                        del added[a]
        # A news page's head: the breadcrumb ends with the headline, which the page prints again
        # right below it as its title, a byline or dateline beside it (`India News` / `China
        # snubs …` / `This story is from October 9, 2019` / `# China snubs …`). That second
        # copy is the article's title, though the menu's run goes on through it.
        for at in range(1, first):
            if added.get(at) != "boilerplate.link-run" or words[at] < 3 or links[at]:
                continue
            if byline(at) or not any(
                byline(a) for a in (at - 1, at + 1) if a < len(lines) and not links[a]
            ):
                continue
            key = _title_key(_visible(unwrap(texts[at]))).strip()
            if any(
                _title_key(_visible(unwrap(texts[a]))).strip() == key
                for a in range(max(at - int(table["breadcrumb_title_near"]), 0), at)
            ):
                # The byline and dateline beside it stay with it (and show a second pass that
                # the title has its head: a later copy is then another list's item).
                for a in (at - 1, at, at + 1):
                    if a == at or (a < len(lines) and byline(a)):
                        added.pop(a, None)
        # Inside the article, the title line right above one of its paragraphs, with the
        # article going on after that paragraph, is its heading (``## A Focus on
        # Storytelling`` after a table or a widget's run), not the run's last item; a
        # mega-menu's heading and blurb have more menu after them (links, list items, one-word
        # entries). Decided last, so that the
        # runs and the body's extent are found as if it went.
        for at in range(first + 1, last):
            above = at - 1
            if (
                prose[at]
                and lines[at].start not in flagged
                and lines[at + 1].start not in flagged
                and at + 1 not in added
                and words[at + 1] >= 2
                and added.get(above) == "boilerplate.link-run"
                and words[above] >= 3
                and "](" not in texts[above]
                and marker[above] is None
                and not digits[above]
            ):
                del added[above]
        # A box that names the article's subject with its dates (an event's name, which the
        # title holds: `The Medium is the Message: the 7th Amsterdam Light Festival` … `7th
        # Amsterdam Light Festival` / `29 November 2018 | 20 January 2019`) is the article's,
        # wherever it stands; another story's headline is no part of this one's title.
        heads = [
            f" {_title_key(texts[i]).strip()} "
            for i in range(max(first - header_lines, 0), first)
            if title[i]
            and not links[i]
            and "](" not in texts[i]
            and lines[i].start not in flagged
            and i not in added
        ]
        for at in [i for i in added if heads and words[i] >= 3 and i + 1 < len(lines)]:
            if links[at] or "](" in texts[at] or at + 1 not in added or not byline(at + 1):
                continue
            key = f" {_title_key(texts[at]).strip()} "
            if any(key in head and key != head for head in heads):
                del added[at], added[at + 1]
        # A post's closing list of its own links under its heading (`## Links`, `More
        # information`, `Further reading`: `closing_headings`), right after the article's last
        # lines, is the writer's (its sources, the project's pages): the heading and its items
        # stay, up to a label, a prose line or a line the page printed above (a menu's or a
        # table of contents' copy), at most `closing_list_max` lines. `See also` and `External
        # links` are a wiki's navigation, no such heading.
        # A footer's column under the same heading (`Links` / `Ethics and Compliance` / `UC
        # Merced Policies`) is about the site, not the article: most items share a word with
        # the article's prose (`closing_topic_share`).
        for at in _closing_list(
            texts,
            prose,
            [line.start in flagged for line in lines],
            (first, last),
            table,
        ):
            added.pop(at, None)
        # A video's or a figure's caption that is the headline cut short (`ElixirConf 2016 -
        # Keynote by José Valim` / … / `Keynote by José Valim`; a player's `'We Got Her!' Video
        # Shows Dramatic Rescue of Kidnapped Girl`) is the article's, though it stands in the
        # player's run: its words are those of a title line at most `caption_near` lines
        # above it that stays, at least `caption_share` of them, and no figure. Another story's
        # headline has words of its own; a breadcrumb's copy is the whole headline; a copy far
        # below is a list's (a teaser of the same story, a table of contents' entry).
        least_caption, near = int(table["caption_words"]), int(table["caption_near"])
        headlines = [
            (i, set(_title_key(texts[i]).split()))
            for i in range(len(lines))
            if title[i]
            and words[i] >= least_caption
            and not links[i]
            and "](" not in texts[i]
            and lines[i].start not in flagged
            and i not in added
        ]
        # The caption is the article's text wherever the page prints it again: a video page's
        # side panels copy its description, whole or cut short (`Keynote by José Valim …
        # ...more`), far from the headline. Those copies stay with the caption that the run
        # would have taken (a sub-heading that repeats part of a title is no caption).
        captions: set[str] = set()
        for at in [i for i in added if headlines and words[i] >= least_caption]:
            if links[at] or "](" in texts[at] or digits[at] or added[at] != "boilerplate.link-run":
                continue
            key = set(_title_key(texts[at]).split())
            if any(
                at - near <= i < at
                and key < head
                and len(key) >= float(table["caption_share"]) * len(head)
                for i, head in headlines
            ):
                del added[at]
                captions.add(_title_key(texts[at]).strip())
        for at in [i for i in added if captions and added[i] == "boilerplate.link-run"]:
            cut = _structure("caption_cut").sub("", _visible(unwrap(texts[at])))
            if _title_key(cut).strip() in captions:
                del added[at]
        messages = {
            "boilerplate.orphan-title": "the title of another post, orphaned after a "
            "navigation label",
            "boilerplate.section-list": "a list of other posts under a section heading",
            "boilerplate.link-run": "part of a run of short link lines (a menu, a share bar, "
            "a tag cloud)",
            "boilerplate.calendar": "a row of a calendar widget",
            "boilerplate.contents": "an entry of a table of contents, its heading further down",
        }
        for i, rule in added.items():
            line = lines[i]
            if line.start in flagged or prose[i]:
                continue
            flagged[line.start] = (
                line,
                "boilerplate",
                rule,
                f"boilerplate line {line.of(text)!r}: {messages[rule]}",
            )

    @staticmethod
    def _repeated_title(text: str, flagged: dict) -> Span | None:
        lines = _content_lines(text)
        title = next(lines, None)
        if title is None or title.start in flagged:
            return None
        seen, heading = 0, title.of(text)
        # A title is short: a page's lead paragraph printed twice (its header's dek, then the
        # article's) is no title, and which copy a reader needs is not known.
        if len(heading.split()) > int(boilerplate_data()["structure"]["title_words"]):
            return None
        # The length test of repeats_title (a little wider: it is done again there), without
        # the call: most lines fail it.
        shortest = 0.85 * (_title_length(heading) + 1) - 1.001
        longest = 1.18 * (_title_length(heading) + 1) - 0.999
        for line in lines:
            if line.start in flagged:
                continue
            if shortest <= _title_length(line.of(text)) <= longest and repeats_title(
                heading, line.of(text)
            ):
                # The same title twice (a page header's copy, then the article's heading):
                # the copy that stays is the one above the article's body. A copy that
                # differs (a stray letter glued on, a changed mark) is the damaged repeat.
                same = _title_key(heading).strip() == _title_key(line.of(text)).strip()
                return title if same else line
            seen += 1
            if seen >= _TITLE_WINDOW:
                break
        return None

    @staticmethod
    def _removal_span(text: str, line: Span, flagged: dict) -> tuple[int, int]:
        """The line, its break and the blank lines after it (or before it, at the end)."""
        following = _CONTENT.search(text, line.end)
        end = _line_start(text, following.start()) if following else len(text)
        start = line.start
        at_tail = all(span.start in flagged for span in _content_lines(text, line.end))
        first_of_tail = at_tail and not _is_flagged_before(text, line.start, flagged)
        if first_of_tail:
            previous = text[: line.start].rstrip()
            if previous:
                # Keep one line end after the last kept line; eat the blank lines.
                gap = re.match(r"[ \t]*(\r\n|\r|\n)", text[len(previous) :])
                start = len(previous) + (gap.end() if gap else 0)
        return min(start, line.start), end


_CONTENTS_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+")
_EDIT_LINK = re.compile(r"\s*\[(?:edit|modifier|bearbeiten|editar)[^\]]*\]\s*$", re.IGNORECASE)


def _heading_key(line: str) -> str:
    """A title's words as a table of contents and the heading it points to both show them:
    Markdown, a section number (``1.1``) and a wiki's ``[edit]`` link left out."""
    bare = unwrap(_visible(line)).lstrip("#").strip(" \t*_")
    bare = _EDIT_LINK.sub("", _CONTENTS_NUMBER.sub("", bare))
    return _title_key(bare).strip()


#: A section's number with its dot (``2.``, ``2.1``, ``2.1.``): no quantity (``1 large onion``).
_NUMBERED_SECTION = re.compile(r"\d{1,3}\.(?:\d{1,3}\.?)*[ \t]")


def _table_of_contents(
    texts: list[str],
    title: list[bool],
    lines: list[Span],
    flagged: dict,
    added: dict,
    least: int,
) -> None:
    """Add the entries of a table of contents to ``added``: after its heading (a label line
    of ``contents``: ``Table of Contents``, ``Inhaltsverzeichnis``), the title lines that the
    text repeats further down, the headings they point to. The first title it does not repeat
    is the article's first heading, which stays, and ends the table."""
    headings = [
        i
        for i, line in enumerate(lines)
        if line.start in flagged
        and _structure("contents").fullmatch(unwrap(_visible(texts[i])).lstrip("#").strip())
    ]
    numbered = [
        is_title and _NUMBERED_SECTION.match(_visible(line).lstrip("#*+-[ \t")) is not None
        for line, is_title in zip(texts, title, strict=True)
    ]
    if not headings and sum(numbered) < least:
        return
    keys = [
        _heading_key(line) if is_title else "" for line, is_title in zip(texts, title, strict=True)
    ]
    last_seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key:
            last_seen[key] = i
    for heading in headings:
        for i in range(heading + 1, len(lines)):
            if lines[i].start in flagged:
                continue
            if not keys[i] or last_seen[keys[i]] <= i:
                break
            added.setdefault(i, "boilerplate.contents")
    # Without its heading, a table of contents shows itself by its numbers: `least` numbered
    # title lines in a row (`2. When to go` / `2.1 Cherry blossom time`), each the heading of
    # a section further down.
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and numbered[end] and last_seen[keys[end]] > end:
            end += 1
        if end - start >= least:
            for i in range(start, end):
                added.setdefault(i, "boilerplate.contents")
        start = end + 1


#: A figure, with an ordinal's ending (``3rd``, ``12th``), for comparing cells around it.
_FIGURES = re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?")


_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)\b")


def _fact_table(run: list[str], links: list[bool], labels: int, table: dict) -> bool:
    """Whether the lines of ``run`` are a table of facts scraped one cell a line (an infobox:
    ``Area`` / ``268,021 km2``, ``Currency New Zealand dollar``): many lines, a good share of
    them holding a figure past a section number (``3.1 Climate`` of a table of contents is
    none), few of them links or labels (``labels``: the run's lines the label patterns
    took). A menu, a share bar or a tag cloud holds few figures, a widget of figures (the
    weather, a forum post's header) holds labels; a calendar's rows have their own rule."""
    if len(run) < int(table["fact_table_lines"]) or labels * 10 > len(run):
        return False
    if len(run) > int(table["fact_table_max"]):
        return False
    cells = [_SECTION_NUMBER.sub("", _visible(line)) for line in run]
    # A bare count (``3``, ``[12]``, ``8K``) is a list's rank or a vote count, a date is an
    # archive's or a post's (``August 2020``, ``Sep 18, 2020``): no facts.
    dateline = _structure("byline")
    figure = [
        _DIGIT.search(cell) is not None
        and not _COUNT.fullmatch(cell)
        and dateline.fullmatch(cell) is None
        for cell in cells
    ]
    figures = sum(figure)
    # Most of them the same words around a different number (``1st grade worksheet``, ``2nd
    # grade worksheet``): a menu's entries, one for each grade or year; a table's facts differ.
    templates = [_FIGURES.sub("#", cell).casefold() for cell in cells]
    variants: dict[str, set[str]] = {}
    for cell, template in zip(cells, templates, strict=True):
        variants.setdefault(template, set()).add(cell)
    repeated = {t for t, seen in variants.items() if len(seen) > 1 and _LETTERS.search(t)}
    if 2 * sum(f and t in repeated for f, t in zip(figure, templates, strict=True)) > figures:
        return False
    # A table's cells are short (``Area``, ``• Total``); a list of other posts' headlines
    # between their dates is not.
    brief = sum(len(cell.split()) <= int(table["fact_table_words"]) for cell in cells)
    return (
        figures >= float(table["fact_table_figures"]) * len(run)
        and brief >= float(table["fact_table_brief"]) * len(run)
        and sum(links) <= len(run) // 2
    )


#: The separator between an item's key and its value (``June 9 -- Venue, City``, ``Wales
#: (Group E): Second appearance``, ``Path A: Iceland``): its first mark after a key of one to
#: three words. (A lone hyphen or a bar parts a menu's entries: ``ALABAMA - Birmingham``.)
_KEY_SEPARATOR = re.compile(
    r"([^\W_][^\s(:=–—]*(?:[ \t]+[^\s(:=–—]+){0,2}?)[ \t]*(--|[(:=–—])[ \t]*(?=\S)"
)
_LETTERS = re.compile(r"[^\W\d_]{2}")


def _key_separator(line: str) -> tuple[str, str] | None:
    """The key of a list item and the mark that parts it from its value, when the value holds
    a word (``November 2019 (12)``, an archive's count, holds none); ``None`` without one."""
    start = _LIST_MARKER.match(line)
    match = _KEY_SEPARATOR.match(line, start.end() if start else 0)
    if match is None or "--" in match.group(1) or not _LETTERS.search(line, match.end()):
        return None
    return match.group(1).casefold(), match.group(2)


@cache
def _infobox_field() -> re.Pattern[str]:
    """An infobox's field name at a line's start with a value after it (see the data)."""
    body = "|".join(f"(?:{p})" for p in boilerplate_data()["structure"]["infobox_fields"])
    return compile_regex(
        rf"(?:[*+-][ \t]+)?\[?(?P<name>{body})\]?(?:{_MD_LINK_TARGET})?[ \t]+\S", re.IGNORECASE
    )


def _infobox_rows(texts: list[str], prose: list[bool], least: int) -> set[int]:
    """The lines of an infobox scraped one row a line: in a stretch of lines that are no
    prose, at least ``least`` lines that start with an infobox's field name, each its own,
    and a value (a country's ``Capital Wellington`` / ``Currency New Zealand dollar``, a
    company's ``Founder …`` / ``Products …``), at most three lines between two and half the lines
    from the first to the last (a name alone, ``Divisions``, and its values between): those
    lines. A menu's entries are names alone (``Products``), or a word that happens to be a
    field's among many others (``Government & Politics``, ``Awards Calendar``)."""
    field = _infobox_field()
    found: set[int] = set()
    rows: list[tuple[int, str]] = []

    def close() -> None:
        names = {name for _, name in rows}
        span = rows[-1][0] - rows[0][0] + 1 if rows else 0
        if len(names) >= least and len(names) == len(rows) and 2 * len(rows) >= span:
            found.update(range(rows[0][0], rows[-1][0] + 1))
        rows.clear()

    for i, line in enumerate(texts):
        if prose[i]:
            close()
            continue
        match = field.match(line) if line[:1].isupper() or line[:1] in "*+-[" else None
        if match is None:
            if rows and i - rows[-1][0] > 4:
                close()
            continue
        if rows and i - rows[-1][0] > 4:
            close()
        rows.append((i, match.group("name").casefold()))
    close()
    return found


def _parallel_items(texts: list[str], candidate: list[bool], least: int) -> set[int]:
    """The lines of runs of at least ``least`` candidate lines in a row that part a short key
    from a value with the same mark, each key its own (a tour's dates, ``June 9 -- Coral Sky
    Amphitheatre, West Palm Beach, FL``; qualified teams, ``Wales (Group E): Second
    appearance``): a table scraped one row a line, the writer's. A menu's items and a share
    bar's buttons part nothing; other posts' headlines have a clause before their colon, or
    the same word (``VIDEO: …``)."""
    found: set[int] = set()
    index = 0
    while index < len(texts):
        item = _key_separator(texts[index]) if candidate[index] else None
        end, keys = index + 1, {item[0]} if item else set()
        while item is not None and end < len(texts) and candidate[end]:
            other = _key_separator(texts[end])
            if other is None or other[1] != item[1] or other[0] in keys:
                break
            keys.add(other[0])
            end += 1
        if item is not None and end - index >= least:
            found.update(range(index, end))
        index = end
    return found


#: What a list item starts with (see ``_LIST_MARKER``).
_MARKER_START = frozenset("*_+•◦▪‣-0123456789")
_LIST_MARKER = re.compile(r"(?:\*\*|__)?(?:([*+•◦▪‣-])|\d{1,3}[.)])[ \t]")
_CAPITALISED = re.compile(r"[^\W\d_]")


def _list_marker(line: str) -> str | None:
    """The list marker a line starts with (``*``, ``+``, ``•``; ``1.`` and ``1)`` alike as
    ``#``); ``None`` for a line that is no list item."""
    match = _LIST_MARKER.match(line)
    if match is None:
        return None
    return match.group(1) or "#"


def _title_case(line: str) -> bool:
    """Whether ``line`` is in Title Case: its words of four letters or more all capitalised
    (a headline; a sentence has lower-case words)."""
    long = [w for w in (w.strip("‘’“”\"'«»()[]:,;-—–") for w in line.split()) if len(w) >= 4]
    return len(long) >= 4 and all(w[0].isupper() for w in long)


def _is_lead_in(line: str, least_words: int) -> bool:
    """A sentence that announces a list (``ATF consists of the following components:``):
    ends with a colon, has ``least_words`` words or more, in sentence case (a menu heading
    or a widget title is in title case: ``Read More Stories About:``)."""
    if not line.endswith(":"):
        return False
    words = [w for w in line.split() if _CAPITALISED.search(w)]
    if len(words) < least_words or not words[0][0].isupper():
        return False
    capitalised = sum(w[0].isupper() for w in words[1:])
    return 3 * capitalised <= len(words) - 1


def _inside_a_list(
    index: int,
    end: int,
    marker: list[str | None],
    links: list[bool],
    lines: list[Span],
    flagged: dict,
    opened: bool = False,
) -> bool:
    """Whether the run of short lines ``index``..``end`` sits inside a list whose longer items
    (plain text, not links) carry the same marker before and after it (a changelog with short
    and long items), so is the writer's list, not a menu; ``opened``: the item before it is a
    sentence (``* New tasks for the game!``), which opens the writer's list, whatever follows."""
    if index == 0 or end >= len(lines):
        return False
    before, after = index - 1, end
    own = marker[before]
    if own is None or links[before] or lines[before].start in flagged:
        return False
    if not opened and (marker[after] != own or links[after] or lines[after].start in flagged):
        return False
    return all(marker[i] == own and not links[i] for i in range(index, end))


def _article_prose(texts: list[str], prose: list[bool]) -> list[int]:
    """The prose lines that mark the article's extent (its first and last), in order.

    Not a prose line that the page prints twice or more (a mega-menu's blurb, a footer's
    mission statement, each printed for the desktop and the mobile menu), unless one of its
    copies stands among the article's paragraphs (a pull quote and the paragraph it repeats);
    nor a teaser's excerpt cut off mid-sentence (``… required either an expensive...``) with
    another one near it (a list of other posts: one alone may be the writer's trailing off).
    Without any other prose line, every one counts."""
    at = [i for i, p in enumerate(prose) if p]
    copies: dict[str, list[int]] = {}
    for i in at:
        copies.setdefault(texts[i], []).append(i)
    excerpts = [i for i in at if _EXCERPT_END.search(texts[i])]
    grouped = {i for i in excerpts if any(j != i and abs(j - i) <= _EXCERPT_NEAR for j in excerpts)}
    strong = [i for i in at if len(copies[texts[i]]) == 1 and i not in grouped]
    if not strong:
        return at
    alone = set(strong)

    def in_the_body(j: int) -> bool:
        """Whether line ``j`` stands among the article's paragraphs (one before it and one
        after it, near)."""
        near = range(1, _PULL_QUOTE_NEAR + 1)
        return any(j - k in alone for k in near) and any(j + k in alone for k in near)

    return [
        i
        for i in at
        if i in alone or (i not in grouped and any(in_the_body(j) for j in copies[texts[i]]))
    ]


def _body_end(
    prose_at: list[int], words: list[int], gone: list[bool], labelled: list[bool], table: dict
) -> int:
    """The last prose line of the article's body: the prose lines cut into stretches where
    at least ``body_gap`` lines between two of them go (labels, runs), nearly all of those
    between them (``body_gap_share``) and two of them labels; the body is the stretch with the
    most words of prose, and ends where it does when the prose after it weighs at most
    ``body_tail_share`` of it. (Only its end moves: a table of contents after an intro is a gap
    too, and the head has its own rules.)"""
    if not prose_at:
        return -1
    least, share = int(table["body_gap"]), float(table["body_gap_share"])
    labels = int(table["body_gap_labels"])
    stretches: list[list[int]] = [[prose_at[0]]]
    for before, after in zip(prose_at, prose_at[1:], strict=False):
        between = range(before + 1, after)
        removed = sum(gone[i] for i in between)
        furniture = removed >= least and removed >= share * len(between)
        if furniture and sum(labelled[i] for i in between) >= labels:
            stretches.append([])
        stretches[-1].append(after)
    weight = [sum(words[i] for i in stretch) for stretch in stretches]
    body = max(range(len(stretches)), key=weight.__getitem__)
    # What follows the body weighs little beside it (an article's later sections do not).
    if sum(weight[body + 1 :]) > float(table["body_tail_share"]) * weight[body]:
        return prose_at[-1]
    return stretches[body][-1]


def _closing_list(
    texts: list[str], prose: list[bool], labelled: list[bool], extent: tuple[int, int], table: dict
) -> set[int]:
    """The lines of the closing lists (see the caller): each heading at most `closing_near`
    lines after a prose line of the article (``extent``: its first and last), no label nor
    prose between them, then its items, most of them sharing a word with the article's
    prose."""
    first, last = extent
    near, most = int(table["closing_near"]), int(table["closing_list_max"])
    found: set[int] = set()
    topic: set[str] | None = None
    # The list closes some text: the first prose line (a mega-menu's blurb may pass for one)
    # heads none.
    for after in [i for i in range(max(first, 0), last + 1) if prose[i]][1:]:
        for at in range(after + 1, min(after + 1 + near, len(texts))):
            if labelled[at] or prose[at]:
                break
            # A heading, not a menu's link (`[ Resources ](#)`).
            if "](" in texts[at]:
                continue
            heading = unwrap(_visible(texts[at])).lstrip("#").strip(" \t*_").rstrip(":").strip()
            if len(heading.split()) > 4 or not _structure("closing_headings").fullmatch(heading):
                continue
            above = {_title_key(_visible(unwrap(texts[i]))).strip() for i in range(at)}
            end = at + 1
            while (
                end < min(at + 1 + most, len(texts))
                and not labelled[end]
                and not prose[end]
                and _title_key(_visible(unwrap(texts[end]))).strip() not in above
                and not _structure("contents").fullmatch(_heading_key(texts[end]))
            ):
                end += 1
            if topic is None:
                topic = {
                    word
                    for i in range(first, last + 1)
                    if prose[i]
                    for word in _title_key(texts[i]).split()
                    if len(word) >= int(table["closing_topic_letters"])
                }
            items = [
                set(_title_key(_visible(unwrap(texts[i]))).split()) for i in range(at + 1, end)
            ]
            # A heading with nothing under it is no list.
            if items and sum(bool(topic & item) for item in items) >= float(
                table["closing_topic_share"]
            ) * len(items):
                found.update(range(at, end))
            break
    return found


def _teaser_cards(
    texts: list[str], title: list[bool], words: list[int], prose: list[bool], tag_words: int
) -> list[int]:
    """The lines of teaser cards (see the caller): title, tag of at most ``tag_words`` words,
    the same title again, and the line after when it is a sentence, no prose and no card's
    title; only when the text holds two cards or more."""
    found: list[int] = []
    for i in range(len(texts) - 2):
        if not (title[i] and title[i + 2] and words[i] >= 3 and words[i + 1] <= tag_words):
            continue
        if prose[i + 1] or texts[i + 1] == texts[i]:
            continue
        key = _heading_key(texts[i])
        if not key or key != _heading_key(texts[i + 2]):
            continue
        found += [i, i + 1, i + 2]
        after = i + 3
        # A blurb is a sentence (a tab's first line, an ingredient, is none).
        if after < len(texts) and not prose[after] and _SENTENCE_END.search(texts[after]):
            nxt = after + 2 < len(texts) and _heading_key(texts[after]) == _heading_key(
                texts[after + 2]
            )
            if not nxt:
                found.append(after)
    return found if len(found) >= 6 else []


def _sentence_case_list(items: list[str], table: dict) -> bool:
    """Whether a run's lines of two words or more are mostly in sentence case (the first word
    capitalised, none of the others): a writer's list, not an English menu; a long run
    (a navbox of a hundred lines) is a menu whatever its case."""
    if len(items) > int(table["sentence_case_run_max"]):
        return False
    several = [item.split() for item in items]
    several = [words for words in several if len(words) >= 2]
    lower = [
        words
        for words in several
        if words[0][:1].isupper() and not any(word[:1].isupper() for word in words[1:])
    ]
    return len(lower) >= int(table["sentence_case_items"]) and len(lower) >= float(
        table["sentence_case_share"]
    ) * len(several)


def _longest_streak(flags: list[bool]) -> int:
    """The length of the longest run of true values in ``flags``."""
    longest = current = 0
    for flag in flags:
        current = current + 1 if flag else 0
        longest = max(longest, current)
    return longest


def _calendar_row(line: str) -> tuple[int, int] | None:
    """The first and last day of ``line`` when it is nothing but two to seven consecutive day
    numbers glued (``293031``, ``[1](…)234567`` with the link targets dropped)."""
    digits = line.replace("[", "").replace("]", "").strip()
    if not digits.isascii() or not digits.isdigit() or digits[0] == "0":
        return None
    for first in {int(digits[:1]), int(digits[:2])}:
        day, rest = first, digits
        while rest.startswith(str(day)) and day <= 31 and day - first < 7:
            rest, day = rest[len(str(day)) :], day + 1
        if not rest and day - first >= 2:
            return first, day - 1
    return None


def _short_lines_in_a_row(text: str, table: dict) -> bool:
    """Whether ``text`` has ``min_run`` short lines in a row (blank lines between allowed):
    the cheap test that spares clean prose the structure rules."""
    longest, needed = int(table["short_chars"]), int(table["min_run"])
    row = 0
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        row = row + 1 if len(stripped) <= longest else 0
        if row >= needed:
            return True
    return False


def _is_flagged_before(text: str, pos: int, flagged: dict) -> bool:
    """Whether the content line just before ``pos`` is flagged too (so part of the tail)."""
    before = text[:pos].rstrip()
    if not before:
        return False
    start = _line_start(text, len(before))
    while start < len(before) and text[start] in " \t":
        start += 1
    return start in flagged
