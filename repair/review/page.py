"""Build the review page: one self-contained HTML file, safe for any article text.

The page's HTML, CSS and JavaScript are package-data files inlined at build time, so
the result opens from disk with no network and no external assets. The article is
rendered here, in Python, with every piece of text HTML-escaped; the report travels as
JSON inside a non-executed ``<script type="application/json">`` with ``<``, ``>`` and
``&`` written as ``\\u003c``-style escapes, so neither ``</script>`` nor ``<!--`` in an
article can end the block. A Content-Security-Policy pins the page's own script and
style by hash: even markup that slipped through could not run or fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from repair import __version__
from repair.core.edits import KINDS, Change
from repair.core.lines import LineIndex
from repair.review.decisions import DECISIONS_SCHEMA

if TYPE_CHECKING:
    from repair.core.result import RepairResult

REVIEW_SCHEMA = "repair.review/1"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
#: Characters that could end or confuse a ``<script>`` block, as JSON escapes.
_JSON_ESCAPES = {char: f"\\u{ord(char):04x}" for char in "<>&\u2028\u2029"}


def _asset(name: str) -> str:
    return resources.files("repair.review").joinpath(name).read_text(encoding="utf-8")


def embed_json(data: Any) -> str:
    """JSON that can sit inside ``<script type="application/json">`` whatever its strings hold."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], raw)


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _visible(piece: str) -> str:
    """Escaped text of a deleted or inserted piece, with its whitespace made visible."""
    escaped = html.escape(piece, quote=False)
    escaped = escaped.replace("\t", '<span class="ws">⇥</span>')
    escaped = escaped.replace("\r", '<span class="ws">␍</span>')
    escaped = escaped.replace("\n", '<span class="ws">↵</span>\n')
    body = escaped.strip(" ")
    lead = len(escaped) - len(escaped.lstrip(" "))
    trail = len(escaped) - len(escaped.rstrip(" ")) if body else 0
    mark = '<span class="ws">␣</span>'
    return mark * lead + body + mark * trail


def _data_attrs(change: Change) -> str:
    """The change's id, kind and action as attributes (escaped: a report may come from a file)."""
    values = (("id", change.id), ("kind", change.kind), ("action", change.action))
    return " ".join(f'data-{name}="{html.escape(value)}"' for name, value in values)


def _change_html(change: Change) -> str:
    attrs = f'class="chg" {_data_attrs(change)} tabindex="-1"'
    if change.replacement is None:
        return f"<mark {attrs}>{html.escape(change.original, quote=False)}</mark>"
    deleted = f"<del>{_visible(change.original)}</del>" if change.original else ""
    inserted = f"<ins>{_visible(change.replacement)}</ins>" if change.replacement else ""
    return f"<span {attrs}>{deleted}{inserted}</span>"


def _badge_html(change: Change) -> str:
    return (
        f'<button type="button" class="chg badge" {_data_attrs(change)} tabindex="-1" '
        f'aria-label="{html.escape(change.kind)} flag">⚑</button>'
    )


def _conflict(a: Change, b: Change) -> bool:
    """True when two changes cannot both sit inline: they share text, or an insertion
    point lies strictly inside the other."""
    if a.start < b.end and b.start < a.end:
        return True
    return (a.start == a.end and b.start < a.start < b.end) or (
        b.start == b.end and a.start < b.start < a.end
    )


def article_html(text: str, changes: Sequence[Change]) -> str:
    """The input text with each change in place; every piece of text is escaped.

    Text changes never overlap; a flag that overlaps one (or another flag) cannot nest
    in the markup, so it becomes a ⚑ badge right after the change it overlaps.
    """
    inline = [c for c in changes if c.replacement is not None]
    badges: list[tuple[int, Change]] = []
    for flag in sorted((c for c in changes if c.replacement is None), key=_span):
        if any(_conflict(flag, other) for other in inline):
            inside = (c.end for c in inline if c.start < flag.start < c.end)
            badges.append((next(inside, flag.start), flag))
        else:
            inline.append(flag)
    inline.sort(key=_span)
    badges.sort(key=lambda item: item[0])
    out: list[str] = []
    pos = waiting = 0
    for change in [*inline, None]:
        until = len(text) if change is None else change.start
        while waiting < len(badges) and badges[waiting][0] <= until:
            out.append(html.escape(text[pos : badges[waiting][0]], quote=False))
            out.append(_badge_html(badges[waiting][1]))
            pos = max(pos, badges[waiting][0])
            waiting += 1
        out.append(html.escape(text[pos:until], quote=False))
        if change is not None:
            out.append(_change_html(change))
            pos = change.end
    return "".join(out)


def _span(change: Change) -> tuple[int, int]:
    return (change.start, change.end)


def export_stem(source: str) -> str:
    """A file-name-safe stem for the exported decisions (``<stdin>`` gives ``article``)."""
    stem = re.sub(r"[^\w.-]+", "_", PurePath(source).stem).strip("_.")
    return stem or "article"


def review_data(source: str, result: RepairResult, apply_hint: str) -> dict[str, Any]:
    """What the page's script needs: the report, the change positions and the kinds."""
    positions = {}
    lines = LineIndex(result.input)
    for change in result.changes:
        line, column = lines.line_col(change.start)
        positions[change.id] = {"line": line, "column": column}
    return {
        "schema": REVIEW_SCHEMA,
        "decisionsSchema": DECISIONS_SCHEMA,
        "source": source,
        "exportName": f"{export_stem(source)}.decisions.json",
        "applyHint": apply_hint,
        # The known kinds in their order, then any other a hand-made report names.
        "kinds": list(KINDS) + sorted({c.kind for c in result.changes} - set(KINDS)),
        "positions": positions,
        "report": result.report(),
        "version": __version__,
    }


def build_page(source: str, result: RepairResult, *, apply_hint: str = "") -> str:
    """The whole review page for one repaired input named ``source``."""
    style = _asset("page.css")
    script = _asset("page.js")
    for name, code, closing in (("page.css", style, "</style"), ("page.js", script, "</script")):
        if closing in code.lower():
            raise ValueError(f"{name} must not contain {closing!r}")
    csp = (
        "default-src 'none'; img-src data:; "
        f"style-src {_csp_hash(style)}; script-src {_csp_hash(script)}"
    )
    fixes = len(result.text_changes)
    flags = len(result.flags)
    values = {
        "title": html.escape(f"Review · {source}"),
        "source": html.escape(source),
        "csp": html.escape(csp),
        "style": style,
        "script": script,
        "data": embed_json(review_data(source, result, apply_hint)),
        "article": article_html(result.input, result.changes),
        "counts": html.escape(f"{fixes} fix(es), {flags} flag(s)"),
        "version": html.escape(__version__),
    }
    # One pass: a ``{{name}}`` inside the article or the data is never substituted again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("page.html"))
