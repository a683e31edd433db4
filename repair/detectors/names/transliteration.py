"""French transliteration habits in names, and the English spellings they stand for.

French writes the sounds of Russian, Kazakh or Arabic names with its own spelling
(``ou`` for u, ``ch`` for sh, ``dj`` for j, ``ï`` for y); English news writes them
differently. The rules are data (repair/data/name_transliteration.toml). Applied as
*options* they give every English spelling a French one may stand for, so a document
that has both ``Moukhtar`` and ``Mukhtar`` can be told which one is the French variant.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from repair.data import load_toml

DATA_FILE = "name_transliteration.toml"
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûü")
POSITIONS = ("any", "start", "end", "between-vowels")
#: Upper bound on the variants of one word (a long name with many options).
MAX_VARIANTS = 256


@dataclass(frozen=True, slots=True)
class Rule:
    """``french`` may be written ``english`` where ``at`` allows it.

    A rule that is not ``alone`` (dropping an accent) only counts together with a real
    transliteration rule: ``Ouzbékistan`` → ``Uzbekistan``, but never ``Stéphane`` → ``Stephane``.
    """

    french: str
    english: str
    at: str = "any"
    alone: bool = True

    def applies(self, word: str, index: int) -> bool:
        """Whether the rule may rewrite ``word[index:]``'s prefix (word is lower case)."""
        end = index + len(self.french)
        if not word.startswith(self.french, index):
            return False
        if self.at == "start":
            return index == 0 or word[index - 1] == "-"
        if self.at == "end":
            return end == len(word) or word[end] == "-"
        if self.at == "between-vowels":
            return (
                index > 0 and end < len(word) and word[index - 1] in VOWELS and word[end] in VOWELS
            )
        return True


def load_data() -> dict:
    return load_toml(DATA_FILE)


@cache
def rules() -> tuple[Rule, ...]:
    parsed = []
    for entry in load_data()["rule"]:
        rule = Rule(
            entry["french"], entry["english"], entry.get("at", "any"), entry.get("alone", True)
        )
        if rule.at not in POSITIONS:
            raise ValueError(f"{DATA_FILE}: rule {rule.french!r} has unknown position {rule.at!r}")
        parsed.append(rule)
    return tuple(parsed)


@cache
def telling_rules() -> tuple[Rule, ...]:
    """The rules whose French spelling English names hardly ever have (``telling = true``:
    ``ï``, ``ou``, ``tch``, ``dj`` …): alone they may vouch for a name with no second
    spelling in the document; ``-ine`` or a final ``-i`` may not (``Colvine`` is a name)."""
    telling = {
        (e["french"], e["english"], e.get("at", "any"))
        for e in load_data()["rule"]
        if e.get("telling")
    }
    return tuple(r for r in rules() if (r.french, r.english, r.at) in telling)


@lru_cache(maxsize=65_536)
def telling_variants(word: str) -> frozenset[str]:
    """:func:`english_variants` by the telling rules alone (memoised, like the default
    rules' variants: a batch of news names the same people again)."""
    return _variants(word, _telling_rules_by_first_letter())


@cache
def _telling_rules_by_first_letter() -> dict[str, tuple[Rule, ...]]:
    return _by_first_letter(telling_rules())


def english_variants(word: str, ruleset: tuple[Rule, ...] | None = None) -> frozenset[str]:
    """Every spelling ``word`` becomes under some combination of rules (itself excluded).

    Case follows the original word part by part: ``Kassym-Jomart`` → ``Kassym-Zhomart``.
    """
    if ruleset is None:
        return _default_variants(word)
    return _variants(word, _by_first_letter(ruleset))


@lru_cache(maxsize=65_536)
def _default_variants(word: str) -> frozenset[str]:
    """Memoised for the data file's rules: a batch of news names the same people again."""
    return _variants(word, _default_rules_by_first_letter())


def _variants(word: str, by_first: dict[str, tuple[Rule, ...]]) -> frozenset[str]:
    lowered = word.lower()
    if len(lowered) != len(word):  # a letter whose lower case is longer: leave it alone
        return frozenset()
    if not by_first.keys() & set(lowered):
        return frozenset()
    results: set[str] = set()
    _expand(lowered, 0, "", False, by_first, results)
    results.discard(lowered)
    return frozenset(_recase(variant, word) for variant in results)


@cache
def _default_rules_by_first_letter() -> dict[str, tuple[Rule, ...]]:
    return _by_first_letter(rules())


def _by_first_letter(ruleset: tuple[Rule, ...]) -> dict[str, tuple[Rule, ...]]:
    """The rules by the letter they start with: only those can apply at a position."""
    grouped: dict[str, list[Rule]] = {}
    for rule in ruleset:
        grouped.setdefault(rule.french[0], []).append(rule)
    return {letter: tuple(group) for letter, group in grouped.items()}


def _expand(
    word: str,
    index: int,
    done: str,
    real: bool,
    by_first: dict[str, tuple[Rule, ...]],
    out: set[str],
) -> None:
    """Depth-first over the rule options; ``real``: a rule that may stand alone was used."""
    if len(out) >= MAX_VARIANTS:
        return
    if index == len(word):
        if real:
            out.add(done)
        return
    for rule in by_first.get(word[index], ()):
        if rule.applies(word, index):
            step = index + len(rule.french)
            _expand(word, step, done + rule.english, real or rule.alone, by_first, out)
    _expand(word, index + 1, done + word[index], real, by_first, out)


def _recase(variant: str, original: str) -> str:
    if original.isupper():
        return variant.upper()
    parts = variant.split("-")
    originals = original.split("-")
    if len(parts) != len(originals):
        return variant
    return "-".join(
        part[:1].upper() + part[1:] if source[:1].isupper() else part
        for part, source in zip(parts, originals, strict=True)
    )
