"""French→English calques and false friends, as data (repair/data/literalisms.toml).

Machine translation renders ``régime`` as "diet", ``une manifestante de 58 ans`` as
"a protester from 58", ``le pouvoir en place`` as "the power in place": each word is a
possible translation, the phrase is wrong. Such damage is invisible to spell checkers
and only a pattern with its context can tell it from good English ("a diet rich in
fibre"). Every rule lives in the data file with its context condition and examples, so
that it is reviewed as text and tested as a whole; this module only compiles and runs it.
A rule whose rewrite is not safe only flags the phrase for a reviewer.
"""

from __future__ import annotations

import hashlib
import math
import operator
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from re import _constants as _sre
from re import _parser as _sre_parse
from typing import Any, AnyStr

import ahocorasick

from repair.cache import cached, compile_regex
from repair.config import RepairConfig
from repair.core.document import LINE_BLOCK_CHARS, Document, span_blocks
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register

DATA_FILE = "literalisms.toml"
#: A line ending in one of these ends a passage (a sentence does not run on to the next line).
_PASSAGE_END = (".", "!", "?", "…", '"', "”", "»", "’", ")")
REQUIRED_KEYS = ("id", "action", "pattern", "explanation", "examples", "negatives")
SCOPES = ("sentence", "window", "paragraph", "document")
_MACRO = re.compile(r"\{([A-Z][A-Z_]*)\}")
_FIELD = re.compile(r"\{([a-z][a-z0-9_]*)(?:\|([^{}]*))?\}")
_ARTICLE = re.compile(r"\b(a|an)(\s+)(\S+)", re.IGNORECASE)
#: A space no backslash escapes.
_BARE_SPACE = re.compile(r"(?<!\\) ")


class LiteralismDataError(ValueError):
    """The data file breaks its own format (a missing key, an unknown macro, a bad regex)."""


@dataclass(frozen=True)
class Context:
    """Words that must (``any``) or must not (``none``) occur around a match."""

    scope: str
    window: int
    any: re.Pattern[str] | None
    none: re.Pattern[str] | None
    none_scope: str

    def allows(self, doc: Document, start: int, end: int) -> bool:
        if self.any is not None and not self.any.search(
            _scope_text(doc, self.scope, start, end, self.window)
        ):
            return False
        if self.none is not None:
            around = _scope_text(doc, self.none_scope, start, end, self.window)
            if self.none.search(around):
                return False
        return True


@dataclass(frozen=True)
class Literalism:
    """One compiled entry of the data file."""

    id: str
    action: str
    pattern: re.Pattern[str]
    replacement: str | None
    explanation: str
    hint: str | None
    confidence: float
    context: Context | None
    maps: Mapping[str, Mapping[str, str]]
    fix_article: bool
    #: Sets of lower-case words (the entry's ``requires``): every match contains one word of
    #: each set (empty: no cheap test).
    required: tuple[frozenset[str], ...] = ()

    @property
    def rule(self) -> str:
        return f"literalism.{self.id}"

    def render(self, match: re.Match[str]) -> str:
        """The replacement for ``match``: groups filled in, mapped, article and case agreed."""
        values = {name: value or "" for name, value in match.groupdict().items()}
        for group, table in self.maps.items():
            value = values.get(group, "")
            mapped = table.get(value.lower())
            if mapped is not None:
                values[group] = match_first_letter(value, mapped)
        text = _FIELD.sub(
            lambda field: values[field.group(1)] or field.group(2) or "", self.replacement or ""
        )
        text = _keep_outer_space(match.group(), re.sub(r" {2,}", " ", text))
        if self.fix_article:
            text = agree_article(text)
        return match_first_letter(match.group(), text)


def _keep_outer_space(original: str, replacement: str) -> str:
    """Give the replacement the original's leading and trailing white space (empty parts
    of a template must not leave a space behind)."""
    lead = original[: len(original) - len(original.lstrip())]
    trail = original[len(original.rstrip()) :]
    return lead + replacement.strip() + trail


def match_first_letter(original: str, replacement: str) -> str:
    """Capitalise the replacement when the original starts with a capital (sentence start)."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def agree_article(text: str) -> str:
    """Make each ``a``/``an`` of the rewrite agree with the word after it: a moved age
    leads the rewrite (``an 80-year-old man``), a manner sits inside it (``in an
    independent way``)."""

    def agree(found: re.Match[str]) -> str:
        article = "an" if takes_an(found.group(3)) else "a"
        if found.group(1)[0].isupper():
            article = article.capitalize()
        return article + found.group(2) + found.group(3)

    return _ARTICLE.sub(agree, text)


def takes_an(word: str) -> bool:
    """Whether English writes "an" before ``word`` (by sound, approximated by spelling)."""
    lowered = word.lower()
    digits = re.match(r"\d+", lowered)
    if digits:
        number = digits.group()
        return number.startswith("8") or number in ("11", "18")
    if lowered.startswith(("hour", "honest", "honour", "honor", "heir")):
        return True
    if lowered.startswith(("eu", "one", "once", "uni", "use", "usu", "ure", "uti")):
        return False
    return lowered[:1] in "aeiou"


def required_words(raw: Any, where: str) -> tuple[frozenset[str], ...]:
    """The entry's ``requires``: one set of lower-case words per string, alternatives split
    at ``|``; every match contains one word of each set (tests/test_literalisms.py checks
    the declaration against the pattern and the examples). Scanning a long text with a
    hundred case-insensitive patterns costs seconds; substring tests on the lowered text
    skip most entries at once. An entry that declares nothing is searched everywhere."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise LiteralismDataError(f"{where}: requires is a list of strings")
    groups = []
    for item in raw:
        words = frozenset(word.lower() for word in item.split("|"))
        if "" in words:
            raise LiteralismDataError(f"{where}: requires has an empty word in {item!r}")
        groups.append(words)
    return tuple(groups)


def _scope_text(doc: Document, scope: str, start: int, end: int, window: int) -> str:
    text = doc.text
    if scope == "document":
        return text
    if scope == "window":
        return text[max(0, start - window) : end + window]
    if scope == "paragraph":
        span = doc.paragraph_at(start)
        if span is not None:
            # A file without blank lines is one "paragraph": fall back to a window.
            return text[max(span.start, start - window) : min(span.end, end + window)]
        return text[max(0, start - window) : end + window]
    span = doc.sentence_at(start)
    last = doc.sentence_at(max(start, end - 1))
    if span is None:
        return text[start:end]
    return text[span.start : (last or span).end]


def _alternation(value: Any, macro: str) -> str:
    if isinstance(value, str):
        if _BARE_SPACE.search(value):
            # Spaces would vanish inside a verbose ``(?x)`` pattern.
            raise LiteralismDataError(f"macro {macro}: write a space of a regex as '\\ '")
        return f"(?:{value})"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        words = sorted(value, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    raise LiteralismDataError(f"macro {macro}: a regex string or a list of words")


def expand_macros(pattern: str, macros: Mapping[str, str], where: str) -> str:
    def replace(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in macros:
            raise LiteralismDataError(f"{where}: unknown macro {{{name}}}")
        return macros[name]

    return _MACRO.sub(replace, pattern)


def _terms(
    terms: list[str] | None, macros: Mapping[str, str], where: str
) -> re.Pattern[str] | None:
    if not terms:
        return None
    expanded = [expand_macros(t, macros, where) for t in terms]
    return compile_regex(r"\b(?:" + "|".join(expanded) + r")\b", re.IGNORECASE)


def _compile_context(raw: Mapping[str, Any] | None, macros, where: str) -> Context | None:
    if not raw:
        return None
    scope = raw.get("scope", "sentence")
    none_scope = raw.get("none_scope", scope)
    for name in (scope, none_scope):
        if name not in SCOPES:
            raise LiteralismDataError(f"{where}: context scope {name!r} not one of {SCOPES}")
    return Context(
        scope=scope,
        window=int(raw.get("window", 600)),
        any=_terms(raw.get("any"), macros, where),
        none=_terms(raw.get("none"), macros, where),
        none_scope=none_scope,
    )


def compile_entry(raw: Mapping[str, Any], macros: Mapping[str, str]) -> Literalism:
    """One entry of the data file, checked and compiled."""
    where = f"{DATA_FILE} entry {raw.get('id', '?')!r}"
    missing = [key for key in REQUIRED_KEYS if key not in raw]
    if missing:
        raise LiteralismDataError(f"{where}: missing {', '.join(missing)}")
    action = raw["action"]
    if action not in ("fix", "flag"):
        raise LiteralismDataError(f"{where}: action must be 'fix' or 'flag'")
    if action == "fix" and not raw.get("replacement"):
        raise LiteralismDataError(f"{where}: a fix needs a replacement")
    flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
    try:
        pattern = compile_regex(expand_macros(raw["pattern"], macros, where), flags)
    except re.error as exc:
        raise LiteralismDataError(f"{where}: bad pattern: {exc}") from exc
    fields = {found.group(1) for found in _FIELD.finditer(raw.get("replacement") or "")}
    unknown = fields - set(pattern.groupindex)
    if unknown:
        raise LiteralismDataError(f"{where}: replacement names unknown groups {sorted(unknown)}")
    maps = {
        group: {k.lower(): v for k, v in table.items()}
        for group, table in raw.get("map", {}).items()
    }
    if set(maps) - set(pattern.groupindex):
        raise LiteralismDataError(f"{where}: map names unknown groups")
    return Literalism(
        id=raw["id"],
        action=action,
        pattern=pattern,
        replacement=raw.get("replacement"),
        explanation=raw["explanation"].strip(),
        hint=raw.get("hint"),
        confidence=float(raw.get("confidence", 0.85)),
        context=_compile_context(raw.get("context"), macros, where),
        maps=maps,
        fix_article=bool(raw.get("fix_article", False)),
        required=required_words(raw.get("requires"), where),
    )


def raw_data() -> dict[str, Any]:
    return load_toml(DATA_FILE)


@cache
def literalisms() -> tuple[Literalism, ...]:
    data = raw_data()
    macros = {name: _alternation(value, name) for name, value in data.get("macros", {}).items()}
    entries = tuple(compile_entry(raw, macros) for raw in data["entry"])
    ids = [entry.id for entry in entries]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise LiteralismDataError(f"{DATA_FILE}: ids used twice: {', '.join(duplicated)}")
    return entries


def _chunks(doc: Document) -> list[tuple[int, int]]:
    """Where a calque can be: passages of lines that end a sentence or a paragraph, so that
    an entry is searched only where all its required words occur together (a calque lies
    within a sentence; a hard-wrapped sentence stays one passage). A re-run round searches
    only the document's focus."""
    if doc.focus is not None:
        return [(span.start, span.end) for span in doc.focus]
    chunks: list[tuple[int, int]] = []
    start: int | None = None
    for line in doc.lines:
        content = doc.text[line.start : line.end].rstrip()
        if not content:
            if start is not None:
                chunks.append((start, line.start))
                start = None
            continue
        if start is None:
            start = line.start
        if content.endswith(_PASSAGE_END):
            chunks.append((start, line.end))
            start = None
    if start is not None:
        chunks.append((start, len(doc.text)))
    return chunks


#: A required string this frequent in English text (Zipf, summed over the words holding
#: it), or this short, is in nearly every passage: it would make most of the automaton's
#: hits and rule out no entry (such an entry is told by its trigger, or by the tests).
_COMMON_ZIPF = 6.0
_COMMON_LENGTH = 2
#: The English words whose frequencies are summed: those of Zipf 3 or more.
_SUMMED_BUCKETS = 601


def _frequencies(literals: Iterable[str]) -> dict[str, float]:
    """How often each required string stands in English text, as a Zipf value: the sum of
    the frequencies of the words that hold it (``here`` stands in ``there`` and ``where``,
    ``ake`` in ``make``: the automaton finds strings, not words), over wordfreq's English
    words down to Zipf 3 (about 30,000, read once when the plan is made); a string no
    such word holds counts as rare."""
    from wordfreq import available_languages, read_cBpack

    finder = ahocorasick.Automaton()
    for literal in literals:
        finder.add_word(literal, literal)
    finder.make_automaton()
    totals = dict.fromkeys(literals, 0.0)
    buckets = read_cBpack(available_languages("best")["en"])
    for index, bucket in enumerate(buckets[:_SUMMED_BUCKETS]):
        weight = 10.0 ** (-index / 100)  # Zipf 9 - index / 100, less 9
        for word in bucket:
            for _, literal in finder.iter(word):
                totals[literal] += weight
    return {literal: 9.0 + math.log10(total) if total else 0.0 for literal, total in totals.items()}


def _automaton_zipf(literal: str, zipf: float) -> float:
    """A string's frequency as the automaton meets it: a one- or two-character string is
    more frequent than any word (it stands in words of every kind)."""
    return 9.0 if len(literal) <= _COMMON_LENGTH else zipf


@dataclass(frozen=True)
class _Prefilter:
    """Which entries a passage can hold, told by one pass of an automaton over it.

    Each entry with required strings is triggered by its rarest group (no string of it a
    common word): the automaton holds only those strings, so the common ones (``the``,
    ``m``, ``one``) that made nine hits in ten cost no step. A triggered entry's other
    groups, and every group of an entry whose groups all hold a common string, are then
    tested by substring on the passage: what the old automaton of every string told."""

    #: Trigger string → its length, the entries it triggers and the entries whose trigger's
    #: gate it is (:func:`_gate_of`); a white-space mark (:func:`_whitespace_marks`) → its
    #: length, no entry and ``None``. Searched in a block's lower case, line breaks as
    #: spaces (same offsets).
    finder: ahocorasick.Automaton | None
    #: Per entry with required strings: the groups left to test once triggered (rarest
    #: first, so a missing one is found soonest); for an untriggered entry, all of them.
    others: dict[int, tuple[frozenset[str], ...]]
    #: Entries no rare group triggers: tested in every passage.
    untriggered: tuple[int, ...]
    #: Entries without required strings: searched in every passage (or those with digits).
    free: tuple[int, ...]


@cache
def _prefilter() -> _Prefilter:
    """The automaton and the tests, from the plan (kept in the disk cache: choosing the
    triggers asks the frequency of every required string; a plan made with other word
    frequencies only picks other triggers, with the same candidates)."""
    entries = literalisms()
    users, order, untriggered, free = cached("literalism-prefilter", _data_key(), _plan)
    others = {
        int(index): tuple(entries[int(index)].required[group] for group in groups)
        for index, groups in order.items()
    }
    opens: dict[str, list[int]] = {}
    for entry_index, strings in sorted(_trigger_gates().items()):
        for string in strings:
            opens.setdefault(string, []).append(int(entry_index))
    finder = None
    if users or opens:
        finder = ahocorasick.Automaton()
        for literal in sorted({*users, *opens}):
            triggered, opened = tuple(users.get(literal, ())), tuple(opens.get(literal, ()))
            finder.add_word(literal, (len(literal), triggered, opened))
        if opens:
            for mark in _whitespace_marks():
                finder.add_word(mark, (len(mark), tuple(users.get(mark, ())), None))
        finder.make_automaton()
    return _Prefilter(finder, others, tuple(untriggered), tuple(free))


def _plan() -> tuple[dict[str, list[int]], dict[int, list[int]], list[int], list[int]]:
    """Trigger string → the entries it triggers; per entry with required strings, the
    groups (indices into ``required``) left to test, rarest first; the untriggered entries;
    the entries without required strings."""
    users: dict[str, list[int]] = {}
    order: dict[int, list[int]] = {}
    untriggered: list[int] = []
    free: list[int] = []
    frequency = _frequencies(
        sorted({word for e in literalisms() for g in e.required for word in g})
    )
    for entry_index, entry in enumerate(literalisms()):
        if not entry.required:
            free.append(entry_index)
            continue
        rarity = [
            (max(_automaton_zipf(word, frequency[word]) for word in group), sorted(group))
            for group in entry.required
        ]
        groups = sorted(range(len(entry.required)), key=rarity.__getitem__)
        if rarity[groups[0]][0] >= _COMMON_ZIPF:
            untriggered.append(entry_index)
            # Tested by substring, not by the automaton: a short string may be rare there.
            as_substrings = [(max(map(frequency.get, g)), sorted(g)) for g in entry.required]
            order[entry_index] = sorted(groups, key=as_substrings.__getitem__)
            continue
        for literal in entry.required[groups[0]]:
            users.setdefault(literal, []).append(entry_index)
        order[entry_index] = groups[1:]
    return users, order, untriggered, free


@cache
def _data_key() -> str:
    """What the plans derived from the entries (triggers, gates) depend on: a digest of the
    data file the entries are compiled from and of this module's code."""
    here = Path(__file__)
    digest = hashlib.blake2s(digest_size=16)
    for path in (here.parent.parent / "data" / DATA_FILE, here):
        digest.update(path.read_bytes())
    return digest.hexdigest()


_DIGIT = re.compile(r"\d")
#: Each byte to itself, but the ASCII digits to ``0`` (what ``\\d`` matches in ASCII text).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _chunks_with_digits(lowered: str, starts: list[int], ends: list[int]) -> list[int]:
    """The chunks holding a digit: in ASCII text, ``find`` of a ``0`` in its bytes with
    every digit a ``0`` (``memchr`` at memory speed, where a search of ``[0-9]`` tests
    each character against a set)."""
    if not lowered.isascii():
        return _trigger_chunks(_DIGIT, lowered, starts, ends)
    return _chunks_holding(
        (b"0",), lowered.encode("ascii").translate(_DIGITS_AS_ZERO), starts, ends
    )


_DIGIT_CHARS = frozenset("0123456789")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _digit_only(item: tuple) -> bool:
    """A character-set member that only digits match."""
    op, value = item
    if op is _sre.CATEGORY:
        return value is _sre.CATEGORY_DIGIT
    if op is _sre.LITERAL:
        return chr(value) in _DIGIT_CHARS
    if op is _sre.RANGE:
        return chr(value[0]) in _DIGIT_CHARS and chr(value[1]) in _DIGIT_CHARS
    return False


def _holds_digit(items) -> bool:
    """Whether every match of this parsed sequence contains a digit (an ``\\d``, a digit
    literal or a set of digits outside any optional part; look-arounds do not count)."""
    for op, value in items:
        if op is _sre.LITERAL and chr(value) in _DIGIT_CHARS:
            return True
        if op is _sre.IN and value and all(_digit_only(item) for item in value):
            return True
        if op is _sre.SUBPATTERN and _holds_digit(value[-1]):
            return True
        if op in _REPEATS and value[0] >= 1 and _holds_digit(value[2]):
            return True
        if op is _sre.ATOMIC_GROUP and _holds_digit(value):
            return True
        if op is _sre.BRANCH and all(_holds_digit(branch) for branch in value[1]):
            return True
    return False


@cache
def _needs_digit(entry_index: int) -> bool:
    """Whether every match of the entry holds a digit: the entry is then searched only in
    the chunks that hold one (news has digits in few passages; an age or a date also needs
    its words, ``from`` or ``the``, which nearly every passage has)."""
    return _holds_digit(_sre_parse.parse(literalisms()[entry_index].pattern.pattern))


#: Zero-width tests a pattern may start with: the regex engine then tries the whole start
#: at every position (one that starts with a character or a set skips to those itself).
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _set_members(items) -> list[str] | None:
    """A parsed character set as members of a regex class, or ``None`` (a negated set)."""
    members = []
    for op, value in items:
        if op is _sre.LITERAL:
            members.append(re.escape(chr(value)))
        elif op is _sre.RANGE:
            members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is _sre.CATEGORY and value in _CATEGORIES:
            members.append(_CATEGORIES[value])
        else:
            return None
    return members


def _first_characters(items) -> list[str] | None:
    """Class members for every character a match of this parsed sequence can start with,
    or ``None`` when unsure (or when it can match nothing at all)."""
    members: list[str] = []
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next element starts the match
        if op is _sre.LITERAL:
            return [*members, re.escape(chr(value))]
        if op is _sre.IN:
            found = _set_members(value)
            return None if found is None else members + found
        if op is _sre.SUBPATTERN and not (value[1] or value[2]):  # no flags of its own
            parts = [value[-1]]
        elif op is _sre.ATOMIC_GROUP:
            parts = [value]
        elif op is _sre.BRANCH:
            parts = list(value[1])
        elif op in _REPEATS:
            parts = [value[2]]
        else:
            return None
        for part in parts:
            if not len(part):
                continue  # an empty alternative: the elements after it start the match
            found = _first_characters(part)
            if found is None:
                return None
            members += found
        optional = op in _REPEATS and value[0] == 0
        if not optional and min(part.getwidth()[0] for part in parts) > 0:
            return members
    return None


def _build_gates() -> dict[str, str]:
    """Entry id → the class of its matches' first characters, for the entries whose
    pattern starts with a zero-width test (``\\b``)."""
    gates = {}
    for entry in literalisms():
        parsed = _sre_parse.parse(entry.pattern.pattern, entry.pattern.flags)
        if not len(parsed) or parsed[0][0] not in _ZERO_WIDTH:
            continue
        members = _first_characters(parsed)
        if members:
            gates[entry.id] = "".join(dict.fromkeys(members))
    return gates


#: Zero-width elements a trigger leaves out: what they test is not consumed, so a pattern
#: without them matches wherever the pattern with them does (it only matches more).
_UNCONSUMED = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
#: How many characters a trigger must consume at least to be worth a scan of its own.
_MIN_TRIGGER_WIDTH = 3


def _lower_member(op, value, lower: bool) -> str | None:
    """A literal or a range of a set, for the lowered text when ``lower`` (a
    case-insensitive pattern): ``None`` when its lower case is not one such member."""
    if op is _sre.LITERAL:
        char = chr(value).lower() if lower else chr(value)
        return re.escape(char) if len(char) == 1 else None
    if op is _sre.RANGE:
        first, last = chr(value[0]), chr(value[1])
        if lower and (first.isalpha() or last.isalpha()):
            if not ("A" <= first <= last <= "Z" or "a" <= first <= last <= "z"):
                return None
            first, last = first.lower(), last.lower()
        return f"{re.escape(first)}-{re.escape(last)}"
    if op is _sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    return None


def _render(items, lower: bool) -> str | None:
    """A parsed sequence as regex source that matches at least what it matches, zero-width
    tests left out (a look-around, ``\\b``), in lower case for a lowered text when
    ``lower``; ``None`` when an element has no such form here (a back-reference, flags of
    its own, a letter whose lower case is two)."""
    parts = []
    for op, value in items:
        if op in _UNCONSUMED:
            continue
        if op is _sre.LITERAL:
            part = _lower_member(op, value, lower)
        elif op is _sre.NOT_LITERAL:
            member = _lower_member(_sre.LITERAL, value, lower)
            part = None if member is None else f"[^{member}]"
        elif op is _sre.ANY:
            part = "."
        elif op is _sre.IN:
            negated = bool(value) and value[0][0] is _sre.NEGATE
            members = [_lower_member(*item, lower) for item in value[negated:]]
            part = None
            if members and None not in members:
                unique = "".join(dict.fromkeys(members))  # type: ignore[arg-type]
                part = f"[{'^' if negated else ''}{unique}]"
        elif op in _REPEATS:
            low, high, item = value
            inner = _render(item, lower)
            top = "" if high is _sre.MAXREPEAT else high
            part = None if inner is None else f"(?:{inner}){{{low},{top}}}"
        elif op is _sre.SUBPATTERN and not (value[1] or value[2]):
            inner = _render(value[-1], lower)
            part = None if inner is None else f"(?:{inner})"
        elif op is _sre.ATOMIC_GROUP:
            inner = _render(value, lower)
            part = None if inner is None else f"(?:{inner})"
        elif op is _sre.BRANCH:
            branches = [_render(branch, lower) for branch in value[1]]
            part = None
            if None not in branches:
                part = f"(?:{'|'.join(branches)})"  # type: ignore[arg-type]
        else:
            part = None
        if part is None:
            return None
        parts.append(part)
    return "".join(parts)


def _flattened(items) -> Iterator[tuple[Any, Any]]:
    """A parsed sequence with its plain groups opened: the same characters in the same
    order (a group only captures, an atomic one only matches less)."""
    for op, value in items:
        if op is _sre.SUBPATTERN and not (value[1] or value[2]):
            yield from _flattened(value[-1])
        elif op is _sre.ATOMIC_GROUP:
            yield from _flattened(value)
        else:
            yield op, value


def _trigger_source(pattern: re.Pattern[str]) -> tuple[str, bool] | None:
    """The regex a chunk must match for ``pattern`` to match in it, and whether it is
    meant for the chunk's lower case (a case-insensitive pattern: a lowered text is
    searched by its literal start in C, a case-insensitive search is tried at every
    character). It is a run of the pattern's consecutive elements (groups opened,
    zero-width tests left out, a positive look-ahead right after the run read as consumed:
    what it sees lies in the chunk too), starting with a literal character, the one that
    consumes the most; ``None`` when none consumes :data:`_MIN_TRIGGER_WIDTH` characters.
    Without such a run, a set of alternatives of the pattern (``(?:a|b)``, or ``a|b`` at
    its top) gives the alternation of theirs, when each has one. Every match of the
    pattern in a chunk holds a match of its trigger there, so a chunk without one is not
    searched."""
    lower = bool(pattern.flags & re.IGNORECASE)
    flags = pattern.flags & ~(re.VERBOSE | re.IGNORECASE)
    items = list(_flattened(_sre_parse.parse(pattern.pattern, pattern.flags)))
    source, width = _longest_run(items, lower, flags) or (None, 0)
    if width < _MIN_TRIGGER_WIDTH:
        for op, value in items:
            if op is _sre.BRANCH:
                found = [_longest_run(branch, lower, flags) for branch in value[1]]
                if None in found:
                    continue
                shortest = min(width for _, width in found)  # type: ignore[misc]
                if shortest > width:
                    width = shortest
                    source = "(?:" + "|".join(run for run, _ in found) + ")"  # type: ignore[misc]
    return (source, lower) if source is not None and width >= _MIN_TRIGGER_WIDTH else None


def _longest_run(items, lower: bool, flags: int) -> tuple[str, int] | None:
    """The run of a parsed sequence for :func:`_trigger_source`, with the fewest characters
    its matches consume; ``None`` when no run starts with a literal."""
    runs: list[list[tuple[str, bool]]] = []
    run: list[tuple[str, bool]] = []
    for op, value in _flattened(items):
        if op is _sre.ASSERT and value[0] == 1 and run:  # a look-ahead: (direction, items)
            ahead = _render(value[1], lower)
            runs.append(run + ([(f"(?:{ahead})", False)] if ahead else []))
            run = []
            continue
        rendered = _render([(op, value)], lower)
        if rendered is None:
            runs.append(run)
            run = []
        elif rendered:
            run.append((rendered, op is _sre.LITERAL))
    runs.append(run)
    best, width = None, 0
    for run in runs:
        for first, (_, literal) in enumerate(run):
            if not literal:
                continue
            source = "".join(part for part, _ in run[first:])
            shortest = _sre_parse.parse(source, flags).getwidth()[0]
            if shortest > width:
                best, width = source, shortest
    return None if best is None else (best, width)


@cache
def _trigger(entry_index: int) -> tuple[re.Pattern[str], bool] | None:
    """The entry's trigger and whether it reads the lowered text (see
    :func:`_trigger_source`). For the entries whose required words are too common for the
    automaton (``of``, ``no``, ``said``) or who have none, one search of each block rules
    out the chunks the per-chunk tests and the entry's searches would each look at; for
    those the automaton triggers, a search of each passage it lets through
    (:func:`_chunk_checks`). The sources come from parsing the patterns, kept in the disk
    cache."""
    found = _triggers().get(entry_index)
    if found is None:
        return None
    source, lower = found
    flags = literalisms()[entry_index].pattern.flags & ~(re.VERBOSE | re.IGNORECASE)
    return compile_regex(source, flags), lower


@cache
def _triggers() -> dict[int, tuple[str, bool]]:
    """Every entry's trigger source (:func:`_trigger_source`), for those that have one."""
    wanted = tuple(range(len(literalisms())))
    return cached("literalism-triggers", (_data_key(), wanted), lambda: _build_triggers(wanted))


def _scanned_entries() -> tuple[int, ...]:
    """The entries a trigger's search of each block may tell (:func:`_scan_plan`): those
    whose required words are too common for the automaton, or who have none."""
    _, _, untriggered, free = cached("literalism-prefilter", _data_key(), _plan)
    return (*untriggered, *free)


def _build_triggers(wanted: Iterable[int]) -> dict[int, tuple[str, bool]]:
    triggers = {}
    for entry_index in wanted:
        found = _trigger_source(literalisms()[entry_index].pattern)
        if found is not None:
            triggers[entry_index] = found
    return triggers


def _trigger_chunks(
    trigger: re.Pattern[str], text: str, starts: list[int], ends: list[int]
) -> list[int]:
    """The chunks (``starts`` and ``ends``: sorted, disjoint) that hold a match of
    ``trigger``: one search from chunk to chunk, each found chunk left at its first match.
    A match that runs past its chunk's end is searched for again inside the chunk (a
    shorter one, or a later one, may end there)."""
    found: list[int] = []
    if not starts:
        return found
    search = trigger.search
    position, stop, last = starts[0], ends[-1], len(starts) - 1
    while True:
        match = search(text, position, stop)
        if match is None:
            return found
        index = bisect_right(starts, match.start()) - 1
        end = ends[index]
        if match.start() < end and (
            match.end() <= end or search(text, match.start(), end) is not None
        ):
            found.append(index)
        if index == last:
            return found
        position = starts[index + 1]


#: At most this many strings a gate tells a trigger by (the expansions of its letter
#: sets and alternatives multiply).
_MAX_GATE_STRINGS = 64
#: A gate's strings are this long at least (a shorter one, ``the``, is in most blocks).
_MIN_GATE_LENGTH = 5
#: A set of this many characters at most is spelt out one by one.
_MAX_SET_CHARS = 10


def _is_space_class(items) -> bool:
    """Whether a parsed sequence is one white-space class (``\\s``): any run of white
    space reads as one space in the text a gate is looked for in (:func:`_spaced`)."""
    return (
        len(items) == 1
        and items[0][0] is _sre.IN
        and list(items[0][1]) == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]
    )


def _set_chars(members) -> list[str] | None:
    """The characters of a parsed set of literals and short ranges, none of them white
    space; ``None`` for any other set (a category, a negation: ``\\d`` holds other digits
    than ASCII's)."""
    chars: set[str] = set()
    for op, value in members:
        if op is _sre.LITERAL:
            chars.add(chr(value))
        elif op is _sre.RANGE and value[1] - value[0] < _MAX_SET_CHARS:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    if len(chars) > _MAX_SET_CHARS or any(char.isspace() for char in chars):
        return None
    return sorted(chars)


def _spelt_segments(items) -> tuple[list[list[str]], bool]:
    """The runs of a parsed sequence's elements that every match spells out (literals,
    small sets, alternatives of such, white space read as one space): for each, the
    strings one of which a match holds there; and whether the whole sequence is one such
    run. An element of another kind (a wider class, an optional part) ends a run."""
    segments: list[list[str]] = []
    current = [""]
    whole = True
    for op, value in _flattened(items):
        strings: list[str] | None = None
        last = False  # a repeat's first copy, a partly spelt alternative: the run ends after it
        if op in _UNCONSUMED:
            continue
        if op is _sre.LITERAL:
            strings = [" " if chr(value).isspace() else chr(value)]
        elif op is _sre.IN:
            strings = _set_chars(value)
        elif op in _REPEATS and value[0] >= 1:
            if _is_space_class(value[2]):
                strings = [" "]
            else:
                inner, spelt = _spelt_segments(value[2])
                strings = inner[0] if spelt else None
                last = value[0] != 1 or value[1] != 1
        elif op is _sre.BRANCH:
            # Each alternative starts with its first run: an alternative spelt only in part
            # (the parser takes the alternatives' common start out) ends the run after it.
            strings = []
            for branch in value[1]:
                inner, spelt = _spelt_segments(branch)
                strings.extend(inner[0])
                last = last or not spelt
        if strings is not None and len(current) * len(strings) <= _MAX_GATE_STRINGS:
            current = [head + tail for head in current for tail in strings]
            if not last:
                continue
            strings = None
        whole = False
        segments.append(current)
        current = [""] if strings is None else strings
    segments.append(current)
    return segments, whole


def _spaced(text: str) -> str:
    """``text`` with each run of white space one space and none at its ends: a string
    spelt with single spaces is in it wherever the text holds it with any white space."""
    return " ".join(text.split())


def _gate_of(source: str, flags: int) -> tuple[str, ...] | None:
    """Strings one of which a block's lowered text (:func:`_spaced`) holds wherever the
    trigger ``source`` matches in it or in its lower case: the trigger's spelt-out run
    (:func:`_spelt_segments`) whose shortest string is the longest, lowered; ``None`` when
    none spells out :data:`_MIN_GATE_LENGTH` characters of ASCII (a letter beyond it may
    lower to several). An alternation's gate (:func:`_trigger_source`) is its
    alternatives' gates together."""
    return _gate_of_items(_sre_parse.parse(source, flags))


def _gate_of_items(items) -> tuple[str, ...] | None:
    consumed = [item for item in _flattened(items) if item[0] not in _UNCONSUMED]
    if len(consumed) == 1 and consumed[0][0] is _sre.BRANCH:
        gates = [_gate_of_items(branch) for branch in consumed[0][1][1]]
        if None in gates:
            return None
        return _least_strings({string for gate in gates for string in gate})  # type: ignore[union-attr]
    best, width = None, 0
    for strings in _spelt_segments(items)[0]:
        spelt = {_spaced(string).lower() for string in strings}
        shortest = min(map(len, spelt))
        if all(string.isascii() for string in spelt) and shortest > width:
            best, width = spelt, shortest
    return _least_strings(best) if best is not None and width >= _MIN_GATE_LENGTH else None


@cache
def _trigger_gates() -> dict[int, tuple[str, ...]]:
    """Each trigger's gate (:func:`_gate_of`), for the entries that have one; kept in the
    disk cache (parsing the triggers takes a tenth of a second)."""
    return cached("literalism-trigger-gates", _data_key(), _build_trigger_gates)


def _build_trigger_gates() -> dict[int, tuple[str, ...]]:
    gates = {}
    triggers = _triggers()
    for entry_index in _scanned_entries():
        if entry_index not in triggers:
            continue
        source = triggers[entry_index][0]
        flags = literalisms()[entry_index].pattern.flags & ~(re.VERBOSE | re.IGNORECASE)
        gate = _gate_of(source, flags)
        if gate is not None:
            gates[entry_index] = gate
    return gates


#: No white-space character lies above this code point (U+3000, the ideographic space).
_LAST_SPACE = 0x3000


def _whitespace_marks() -> list[str]:
    """What makes a gate miss a match: white space a trigger's ``\\s`` matches other than one
    space or one line break (read as a space), and two such in a row."""
    marks = [chr(code) for code in range(_LAST_SPACE + 1) if chr(code).isspace()]
    return ["  ", *(mark for mark in marks if mark not in " \n")]


def _inside_a_chunk(first: int, last: int, starts: list[int], ends: list[int]) -> bool:
    """Whether the characters ``first`` to ``last`` all lie in one of the chunks (sorted,
    disjoint ``starts`` and ``ends``): only there can a trigger's match hold them."""
    index = bisect_right(starts, first) - 1
    return index >= 0 and last < ends[index]


@cache
def _scan_pattern(entry_index: int) -> re.Pattern[str]:
    """The pattern the passages are searched with: the entry's own, or, when it starts with
    a zero-width test (``\\b``, a look-behind), the same behind a look-ahead of its first
    characters: most positions are then rejected by one character's test instead of the
    whole start (a tenth of the search time on news). Same matches, same groups. The
    classes come from parsing every pattern (a tenth of a second), kept in the disk cache,
    keyed by the patterns and this module's code."""
    entry = literalisms()[entry_index]
    gate = _gates().get(entry.id)
    if gate is None:
        return entry.pattern
    source = entry.pattern.pattern
    flags = _GLOBAL_FLAGS.match(source)  # in ``pattern.flags`` too; they must come first
    return compile_regex(
        f"(?=[{gate}])" + source[flags.end() if flags else 0 :], entry.pattern.flags
    )


@cache
def _gates() -> dict[str, str]:
    return cached("literalism-gates", _data_key(), _build_gates)


#: Lower-case letters the case-insensitive engine also equates with another letter
#: (``re._casefix``): ``ſ`` matches ``s``, yet ``ſ`` is its own lower case. Without that
#: private table, any letter beyond ASCII counts as one.
try:
    from re._casefix import _EXTRA_CASES

    _OTHER_FOLDS = re.compile(
        "["
        + "".join(re.escape(chr(c)) for k, v in _EXTRA_CASES.items() for c in (k, *v) if c > 127)
        + "]"
    )
except ImportError:  # pragma: no cover - a later Python
    _OTHER_FOLDS = re.compile(r"[^\x00-\x7f]")

#: Characters a text lowered block by block might lower otherwise than as a whole: the
#: final sigma depends on what follows it; ``İ`` lowers to two characters (shifting offsets).
_CONTEXT_LOWER = ("Σ", "İ")


def _lowered_blocks(
    text: str, chunks: list[tuple[int, int]], block: int = LINE_BLOCK_CHARS
) -> Iterator[tuple[int, str, list[tuple[int, int]]]]:
    """(first chunk's index, the lowered text of consecutive chunks from the first one's
    start to the last one's end, those chunks): the whole text lowered a block at a time
    (``str.lower`` of a whole long text holds 12 bytes a character while it works, which was
    a run's peak). Callers make sure ``text`` holds none of :data:`_CONTEXT_LOWER`."""
    for first, stop in span_blocks(chunks, block):
        start, end = chunks[first][0], chunks[stop - 1][1]
        yield first, text[start:end].lower(), chunks[first:stop]


@cache
def _scan_plan(
    trigger_of: Callable[[int], tuple[re.Pattern[str], bool] | None],
) -> tuple[
    dict[int, tuple[re.Pattern[str], bool]],
    list[tuple[int, tuple[re.Pattern[str], bool]]],
    dict[int, tuple[re.Pattern[str], bool]],
]:
    """The entries told by a trigger's search (:func:`_trigger`, given: a test may stand
    another in) with their triggers: all of them, those searched in every block, and those
    a gate opens (most blocks of news open none). Made once, not per document."""
    prefilter = _prefilter()
    scanned = {}
    for entry_index in (*prefilter.untriggered, *prefilter.free):
        trigger = trigger_of(entry_index)
        if trigger is not None:
            scanned[entry_index] = trigger
    gates = _trigger_gates()
    ungated = [(index, trigger) for index, trigger in scanned.items() if index not in gates]
    gated = {index: trigger for index, trigger in scanned.items() if index in gates}
    return scanned, ungated, gated


@cache
def _chunk_checks(
    trigger_of: Callable[[int], tuple[re.Pattern[str], bool] | None],
) -> dict[int, tuple[re.Pattern[str], bool]]:
    """The triggers (:func:`_trigger`, given) of the entries the automaton triggers: a
    passage that holds their words is searched for the trigger before it is called a
    candidate. Most passages of news that hold an entry's words do not hold its phrase,
    and the trigger, read in the lowered text from a literal start, rules them out several
    times faster than the entry's own search (a case-insensitive pattern that starts with
    ``\\b`` is tried at every character)."""
    prefilter = _prefilter()
    scanned = {*prefilter.untriggered, *prefilter.free}
    checks = {}
    for entry_index in prefilter.others:
        trigger = None if entry_index in scanned else trigger_of(entry_index)
        if trigger is not None:
            checks[entry_index] = trigger
    return checks


def _chunks_holding(
    strings: Iterable[AnyStr], text: AnyStr, starts: list[int], ends: list[int]
) -> list[int]:
    """The chunks (``starts`` and ``ends``: sorted, disjoint) that hold one of ``strings``:
    ``str.find`` from chunk to chunk, each found chunk left at its first string. An
    untriggered entry's rarest group is tested so, not by a substring test of each passage
    (a Python step per passage, though most hold none of its strings) nor by a regex
    alternation (several times slower than ``find`` at scanning)."""
    found: set[int] = set()
    if not starts:
        return []
    stop, last = ends[-1], len(starts) - 1
    for string in strings:
        position = starts[0]
        while True:
            at = text.find(string, position, stop)
            if at < 0:
                break
            index = bisect_right(starts, at) - 1
            if at + len(string) <= ends[index]:
                found.add(index)
            # A later copy in the same chunk ends later still: go on at the next chunk.
            if index == last:
                break
            position = starts[index + 1]
    return sorted(found)


@cache
def _shortest_strings(entry_index: int) -> tuple[tuple[str, ...], ...]:
    """The untriggered entry's groups (rarest first), each without the strings that hold
    another of its strings (a passage holding ``srta`` holds ``sr``): the same test of
    each passage, with fewer strings to look for."""
    return tuple(map(_least_strings, _prefilter().others[entry_index]))


def _least_strings(strings: Collection[str]) -> tuple[str, ...]:
    """``strings`` without those that hold another of them, sorted: a text holds one of
    these wherever it holds one of ``strings``."""
    return tuple(sorted(s for s in strings if not any(o != s and o in s for o in strings)))


def _candidate_chunks(
    text: str, chunks: list[tuple[int, int]], block: int = LINE_BLOCK_CHARS
) -> dict[int, Sequence[int]] | None:
    """For each entry (by index) that can match, the chunks holding a string of each of its
    required groups; an entry without required strings may match in every chunk. ``None``
    when the text's lower case is not offset-for-offset its own (``İ``): no prefilter."""
    if any(char in text for char in _CONTEXT_LOWER):
        lowered = text.lower()
        if len(lowered) != len(text):
            return None
        blocks: Iterable[tuple[int, str, list[tuple[int, int]]]] = [(0, lowered, chunks)]
        base = 0
    else:
        blocks = _lowered_blocks(text, chunks, block)
        base = -1
    prefilter = _prefilter()
    finder, others, untriggered = prefilter.finder, prefilter.others, prefilter.untriggered
    found: dict[int, list[int]] = {}
    with_digits: list[int] = []
    # Entries whose words are common, or who have none, are told by their trigger's search
    # of each block when the chunks are in order (a re-run's focus may not be).
    gates = _trigger_gates()
    scanned: Mapping[int, tuple[re.Pattern[str], bool]] = {}
    ungated: list[tuple[int, tuple[re.Pattern[str], bool]]] = []
    gated_triggers: Mapping[int, tuple[re.Pattern[str], bool]] = {}
    if all(map(operator.le, (end for _, end in chunks[:-1]), (start for start, _ in chunks[1:]))):
        scanned, ungated, gated_triggers = _scan_plan(_trigger)
    checks = _chunk_checks(_trigger)
    for first, lowered, block in blocks:
        offset = base if base >= 0 else block[0][0] if block else 0
        starts = [start - offset for start, _ in block]
        ends = [end - offset for _, end in block]
        # One pass of the automaton over the block (a pass per passage cost more to start
        # than to run): each hit falls in the passage that starts last before it, if any.
        # Only the passages hit get a set (most passages of news are hit by nothing).
        triggered: dict[int, set[int]] = {}
        # The gates found in the block (line breaks read as spaces), which tell its
        # triggers' searches, unless white space of another kind lies inside a chunk.
        opened: set[int] = set()
        gated = False
        if finder is not None and block:
            low, high = starts[0], ends[-1]
            gated = True
            spaced = lowered.replace("\n", " ")
            for last, (length, entries, opens) in finder.iter(spaced, low, high):
                if entries:
                    at = bisect_right(starts, last - length + 1) - 1
                    if at >= 0 and last < ends[at]:
                        hit = triggered.get(at)
                        if hit is None:
                            triggered[at] = set(entries)
                        else:
                            hit.update(entries)
                if opens:
                    opened.update(opens)
                elif opens is None and gated:
                    gated = not _inside_a_chunk(last - length + 1, last, starts, ends)
        # A letter the case-insensitive engine equates with another than its lower case's
        # (``ı`` and ``i``): the lowered block would hide a match from a trigger.
        lower_safe = lowered.isascii() or not _OTHER_FOLDS.search(lowered)
        text_starts: list[int] | None = None
        told: Container[int]
        if lower_safe:
            told = scanned  # every trigger tells its entry (a gate left shut: no chunk)
            searched: Iterable[tuple[int, tuple[re.Pattern[str], bool]]] = ungated
            if not gated:
                searched = scanned.items()
            elif opened:
                searched = [
                    *ungated,
                    *((e, gated_triggers[e]) for e in sorted(opened) if e in gated_triggers),
                ]
        else:
            told_here: set[int] = set()
            told = told_here
            searched = []
            for entry_index, (trigger, lower) in scanned.items():
                if lower:
                    if entry_index in prefilter.free:
                        found.setdefault(entry_index, []).extend(range(first, first + len(block)))
                    continue
                told_here.add(entry_index)
                if gated and entry_index in gates and entry_index not in opened:
                    continue
                searched.append((entry_index, (trigger, lower)))
        for entry_index, (trigger, lower) in searched:
            if lower:
                hits = _trigger_chunks(trigger, lowered, starts, ends)
            else:
                if text_starts is None:
                    text_starts, text_ends = [start for start, _ in block], [e for _, e in block]
                hits = _trigger_chunks(trigger, text, text_starts, text_ends)
            if hits:
                found.setdefault(entry_index, []).extend(first + i for i in hits)
        for index in sorted(triggered):
            start, end = starts[index], ends[index]
            passage = lowered[start:end]
            for entry_index in triggered[index]:
                # The trigger's search alone (its other groups' tests cost more, and rule out
                # less), unless a folding letter could hide a match from the lowered text.
                check = checks.get(entry_index)
                if check is not None and (lower_safe or not check[1]):
                    trigger, lower = check
                    if lower:
                        if trigger.search(lowered, start, end) is None:
                            continue
                    elif trigger.search(text, start + offset, end + offset) is None:
                        continue
                else:
                    groups = others[entry_index]
                    if groups and not all(any(map(passage.__contains__, g)) for g in groups):
                        continue
                found.setdefault(entry_index, []).append(first + index)
        # An untriggered entry's groups are tested group by group over the passages left,
        # the first by a search of the block.
        passages: list[str] | None = None
        for entry_index in untriggered:
            if entry_index in told:
                continue
            rarest, *groups = _shortest_strings(entry_index)
            where = _chunks_holding(rarest, lowered, starts, ends)
            for group in groups:
                if not where:
                    break
                if passages is None:
                    passages = [lowered[start:end] for start, end in zip(starts, ends, strict=True)]
                if len(group) == 1:  # most are one word: a plain ``in``, the quickest test
                    (literal,) = group
                    where = [i for i in where if literal in passages[i]]
                else:
                    where = [i for i in where if any(map(passages[i].__contains__, group))]
            if where:
                found.setdefault(entry_index, []).extend(first + i for i in where)
        # The chunks with a digit, from chunk to chunk (each left at its first digit).
        with_digits.extend(first + i for i in _chunks_with_digits(lowered, starts, ends))
    candidates: dict[int, Sequence[int]] = {}
    every_chunk = range(len(chunks))  # one object for every such entry (a long text has many)
    for entry_index in prefilter.free:
        if entry_index in scanned:
            continue
        candidates[entry_index] = with_digits if _needs_digit(entry_index) else every_chunk
    digit_chunks: set[int] | None = None
    for entry_index, where in found.items():
        if _needs_digit(entry_index):
            if digit_chunks is None:
                digit_chunks = set(with_digits)
            where = [index for index in where if index in digit_chunks]
        if where:
            candidates[entry_index] = where
    return candidates


def _matches(
    pattern: re.Pattern[str], text: str, chunks: list[tuple[int, int]], selected: Sequence[int]
) -> Iterator[re.Match[str]]:
    """The entry's matches (its ``pattern``) in the ``selected`` chunks. Each chunk is
    searched once first: most hold no match, and a search makes no iterator (a tenth of the
    matching time on news); a chunk that holds one is searched again by ``finditer``."""
    search = pattern.search
    for index in selected:
        start, end = chunks[index]
        if search(text, start, end) is not None:
            yield from pattern.finditer(text, start, end)


def find_literalisms(doc: Document) -> list[Finding]:
    """Every entry's matches that pass its context; a flag inside a fix's span is dropped."""
    fixes: list[Finding] = []
    flags: list[Finding] = []
    chunks = _chunks(doc)
    candidates = _candidate_chunks(doc.text, chunks)
    # A lower-case form of another length (``İ``) would shift every offset: no prefilter.
    if candidates is None:
        candidates = dict.fromkeys(range(len(literalisms())), list(range(len(chunks))))
    for entry_index, selected in sorted(candidates.items()):
        entry = literalisms()[entry_index]
        for match in _matches(_scan_pattern(entry_index), doc.text, chunks, selected):
            if match.start() == match.end():
                continue
            if entry.context and not entry.context.allows(doc, match.start(), match.end()):
                continue
            suggestion = entry.render(match) if entry.action == "fix" else None
            if suggestion == match.group():
                continue
            hint = f" (perhaps: {entry.hint})" if entry.hint else ""
            finding = Finding(
                match.start(),
                match.end(),
                "literalism",
                entry.rule,
                entry.confidence,
                entry.explanation if suggestion is not None else f"{entry.explanation}{hint}",
                action="fix" if suggestion is not None else "flag",
                suggestion=suggestion,
            )
            (fixes if suggestion is not None else flags).append(finding)
    kept_flags = [
        flag
        for flag in flags
        if not any(fix.start < flag.end and flag.start < fix.end for fix in fixes)
    ]
    return sorted(fixes + kept_flags, key=lambda f: (f.start, f.end, f.rule))


@register
class LiteralismDetector(Detector):
    name = "literalisms"
    kinds = ("literalism",)
    languages = ("en",)

    @classmethod
    def applies_to(cls, config: RepairConfig) -> bool:
        sources = raw_data().get("source_languages", ["fr", "auto"])
        return config.target_lang in (cls.languages or ()) and config.source_lang in sources

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from find_literalisms(doc)
