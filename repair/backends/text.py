"""Text around the model: input normalisation, placeholders, and shaping the output.

A span is cut into edges kept verbatim (leading quotes, trailing punctuation and spaces)
and a core the model translates. Numbers, URLs, e-mail addresses and names in the core are
replaced by numeric placeholders, which models copy reliably, and put back afterwards; a
translation that loses or repeats a placeholder is not used. The output then takes the
casing and final punctuation of the span (after LibreTranslate's post-processing), so a
retranslated clause fits its sentence. Patterns and thresholds: repair/data/mt_protect.toml.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from repair.core.letters import strip_accents
from repair.data import load_toml
from repair.langid.frequency import zipf

Casing = Literal["upper", "capital", "lower"]

#: Placeholders are these numbers, upwards; every digit of the core is protected, so no
#: other number can be mistaken for one.
PLACEHOLDER_BASE = 9001
_PLACEHOLDER = re.compile(r"(?<![\d.,])9\d{3}(?![\d])")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?)\]]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"\d+(?:(?:[.,:/]\d+)|(?:[ \u00a0\u202f]\d{3}(?!\d)))*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME_JOINER = re.compile(r"[ \u00a0]+")
_LEAD = re.compile(r"^[\W_]*")
_TRAIL = re.compile(r"[\W_]*$")
_FINAL = ".!?…"
_SENTENCE_BREAK = re.compile(r"[.!?…:«\"“]\s*$")
_FIRST_PERSON = re.compile(r"^I(?:'m|'ve|'d|'ll|’m|’ve|’d|’ll)?$")


def protect_rules() -> dict[str, Any]:
    return load_toml("mt_protect.toml")


# ----------------------------------------------------------------------------- preprocessing


@cache
def _moses_normalizer(lang: str) -> Callable[[str], str]:
    from sacremoses import MosesPunctNormalizer

    return MosesPunctNormalizer(lang=lang).normalize


def _moses_punct_normalize(text: str, lang: str) -> str:
    """NFC, Moses punctuation normalisation, one space between words: what the training
    data went through (``scripts/mt_training/data.py normalize``), so the model reads the
    quotes, dashes and spaces it learned from."""
    return " ".join(_moses_normalizer(lang)(unicodedata.normalize("NFC", text)).split())


def known_characters(tokenizer: Any) -> frozenset[str] | None:
    """The characters a SentencePiece model can encode, or ``None`` when it can encode any.

    Control pieces (``</s>``) are not text; a model with byte pieces (``<0xC4>``, byte
    fallback) spells every character, so it needs no folding.
    """
    pieces = range(tokenizer.get_piece_size())
    if any(tokenizer.is_byte(i) for i in pieces):
        return None
    return frozenset(
        char
        for i in pieces
        if not (tokenizer.is_control(i) or tokenizer.is_unknown(i))
        for char in tokenizer.id_to_piece(i)
    )


def fold_unknown_characters(text: str, known: frozenset[str] | None) -> str:
    """Spell the characters a tokenizer never saw with ones it knows (``Nečas`` → ``Necas``).

    Why: an unknown character reaches the model as ``<unk>``, and a small model trained on
    French and English text turns a Czech or German name around it into noise. Symbols fold
    by ``[characters.folds]`` in mt_protect.toml, letters lose their accents (``strip_accents``).
    """
    if known is None or all(char in known or char.isspace() for char in text):
        return text
    folds = protect_rules()["characters"]["folds"]
    out = []
    for char in text:
        if char in known or char.isspace():
            out.append(char)
            continue
        spelled = folds.get(char) or strip_accents(char)
        out.append(spelled if spelled and all(c in known for c in spelled) else char)
    return "".join(out)


#: Input normalisations a model may declare it was trained with (``metadata.json``).
PREPROCESSORS: dict[str, Callable[[str, str], str]] = {
    "moses-punct-normalize": _moses_punct_normalize,
}


# ----------------------------------------------------------------------------- protection


def _is_name(word: str, at_sentence_start: bool, source_lang: str, target_lang: str) -> bool:
    """Whether a word is a name the model should copy rather than translate."""
    if len(word) > 1 and word.isupper():
        return True  # an acronym
    if not word[0].isupper() or at_sentence_start:
        return False
    rules = protect_rules()["names"]
    lower = word.lower()
    if lower in rules["translated_titles"] or lower.split("-")[0] in rules["translated_titles"]:
        return False
    limits = rules.get("by_source", {}).get(source_lang, rules)
    in_source, in_target = zipf(lower, source_lang), zipf(lower, target_lang)
    common_title = in_source >= limits["common_source_zipf"] and (
        in_target < limits["rare_target_zipf"]
        or in_source - in_target >= limits.get("min_zipf_gap", math.inf)
    )
    return not common_title


def protected_spans(
    text: str, source_lang: str, target_lang: str, *, names: bool = True
) -> list[tuple[int, int]]:
    """Offsets of the URLs, e-mails, numbers and names of ``text`` (non-overlapping)."""
    spans: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in spans)

    for pattern in (_URL, _EMAIL, _NUMBER):
        spans.extend(m.span() for m in pattern.finditer(text) if free(*m.span()))
    if names:
        for match in _WORD.finditer(text):
            start, end = match.span()
            at_start = start == 0 or bool(_SENTENCE_BREAK.search(text[:start]))
            if free(start, end) and _is_name(match.group(), at_start, source_lang, target_lang):
                previous = spans[-1] if spans and spans[-1][1] <= start else None
                if (
                    previous
                    and _NAME_JOINER.fullmatch(text[previous[1] : start])
                    and (text[previous[0]].isalpha())
                ):
                    spans[-1] = (previous[0], end)  # "Jean-Luc" + "Mélenchon": one name
                else:
                    spans.append((start, end))
        spans.sort()
    return sorted(spans)


@dataclass(frozen=True)
class Segment:
    """A span cut for the model: verbatim edges, the masked core, and how to shape the output."""

    lead: str
    core: str
    trail: str
    #: What the model sees: the core with placeholders, plus its final punctuation.
    masked: str
    #: Placeholder → the original text it stands for (already localised for the target).
    slots: tuple[tuple[str, str], ...]
    casing: Casing
    #: Names left in the text (``protect_names=False``), to be found as written in the output.
    names: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return len(self.core.split())


def localize_number(number: str, source_lang: str, target_lang: str) -> str:
    """``3,5`` → ``3.5`` and ``1 000`` → ``1,000`` for French → English; ambiguous ones stay."""
    formats = protect_rules()["numbers"]
    source, target = formats.get(source_lang), formats.get(target_lang)
    if not source or not target or source == target:
        return number
    groups = re.split(
        r"[ \u00a0\u202f]" if source["group"] == " " else re.escape(source["group"]), number
    )
    if (
        len(groups) > 1
        and all(len(g) == 3 for g in groups[1:])
        and all(g.isdigit() for g in groups)
    ):
        return target["group"].join(groups)
    whole, sep, fraction = number.partition(source["decimal"])
    if sep and whole.isdigit() and fraction.isdigit() and len(fraction) != 3:
        return f"{whole}{target['decimal']}{fraction}"
    return number


def segment(
    span_text: str,
    *,
    sentence_start: bool,
    source_lang: str,
    target_lang: str,
    protect_names: bool = True,
) -> Segment:
    """Cut a span for translation and protect what the model must not touch.

    ``protect_names=False`` leaves names in the text (numbers, URLs and e-mails stay masked):
    the second try for a span whose masked names the model lost.
    """
    lead = _LEAD.match(span_text).group()
    rest = span_text[len(lead) :]
    trail = _TRAIL.search(rest).group() if rest else ""
    core = rest[: len(rest) - len(trail)] if trail else rest
    letters = [c for c in core if c.isalpha()]
    upper = len(letters) > 1 and all(c.isupper() for c in letters)
    if upper:
        casing: Casing = "upper"
        model_core = core.lower()
        model_core = model_core[:1].upper() + model_core[1:]
    else:
        casing = "capital" if sentence_start or core[:1].isupper() else "lower"
        model_core = core
    slots: list[tuple[str, str]] = []
    parts: list[str] = []
    pos = 0
    protected = protected_spans(model_core, source_lang, target_lang, names=not upper)
    names: tuple[str, ...] = ()
    if not protect_names and not upper:
        without_names = protected_spans(model_core, source_lang, target_lang, names=False)
        names = tuple(core[s:e] for s, e in protected if (s, e) not in without_names)
        protected = without_names
    for start, end in protected:
        placeholder = str(PLACEHOLDER_BASE + len(slots))
        original = core[start:end]
        if _NUMBER.fullmatch(original):
            original = localize_number(original, source_lang, target_lang)
        slots.append((placeholder, original))
        parts += [model_core[pos:start], placeholder]
        pos = end
    parts.append(model_core[pos:])
    final = next((c for c in trail if c in _FINAL), "")
    return Segment(lead, core, trail, "".join(parts) + final, tuple(slots), casing, names)


# ----------------------------------------------------------------------------- output


def _shape_case(text: str, casing: Casing, slots: dict[str, str], core: str) -> str:
    if casing == "upper":
        return text.upper()
    if not text:
        return text
    if casing == "capital":
        return text[0].upper() + text[1:]
    first = text.split(maxsplit=1)[0]
    keep = (
        first in slots
        or first.strip(".,;:!?\"'«»") in core.split()  # a name the model copied ("Paris")
        or _FIRST_PERSON.match(first)
        or (len(first) > 1 and first.isupper())
        or not first[:1].isupper()
        or any(c.isupper() for c in first[1:])
    )
    return text if keep else text[0].lower() + text[1:]


def finish(seg: Segment, translation: str, target_lang: str) -> str | None:
    """The replacement for the span, or ``None`` when a placeholder was lost or repeated."""
    slots = dict(seg.slots)
    text = translation.strip().rstrip(_FINAL + ",;:").rstrip()
    text = _shape_case(text, seg.casing, slots, seg.core)
    found = _PLACEHOLDER.findall(text)
    if sorted(found) != sorted(slots) or len(set(found)) != len(found):
        return None
    text = _PLACEHOLDER.sub(lambda m: slots[m.group()], text)
    trail = seg.trail
    if target_lang != "fr":
        trail = re.sub(r"^[ \u00a0\u202f]+(?=[!?:;%])", "", trail)
    return f"{seg.lead}{text}{trail}"
