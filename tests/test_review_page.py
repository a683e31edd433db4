"""The review page as a file: self-contained, escaped, and faithful to the report."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser

from repair.core.edits import Change, apply_changes, change_id
from repair.core.result import RepairResult
from repair.review.page import article_html, build_page, embed_json

HOSTILE = (
    "Title </script><script>window.pwned = 1</script>\n\n"
    "Spread the love\n\n"
    "A <!-- comment --> and <b>bold</b> &amp; {{script}} text  .\n"
    "<img src=x onerror=alert(1)> end\tline\r\n"
)


def change(text: str, start: int, end: int, replacement: str | None, kind: str) -> Change:
    rule = f"{kind}.test"
    action = "flag" if replacement is None else ("remove" if replacement == "" else "fix")
    return Change(change_id(start, end, rule, text[start:end]), start, end, text[start:end],
                  replacement, action, kind, rule, 0.75, f"because <{kind}> & co")  # fmt: skip


def hostile_result() -> RepairResult:
    text = HOSTILE
    at = text.index
    changes = [
        change(text, at("</script>"), at("</script>") + 9, "", "garble"),
        change(text, at("Spread"), at("A <!--"), "", "boilerplate"),
        change(text, at("<b>"), at("</b>") + 4, "bold", "typography"),
        change(text, at("  ."), at("  .") + 3, ".", "typography"),
        change(text, at("<b>") - 4, at("&amp;"), None, "foreign"),  # overlaps a fix: a badge
        change(text, at("<img"), at(" end"), None, "encoding"),
        change(text, at("\tline"), at("\tline") + 1, " ", "typography"),
    ]
    return RepairResult(text, apply_changes(text, changes), tuple(changes))


class Reader(HTMLParser):
    """Reads the article back: the text a reader sees before and after the changes."""

    MARKS = {"↵": "", "␣": " ", "⇥": "\t", "␍": "\r"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.before: list[str] = []
        self.after: list[str] = []
        self.stack: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        tags = [tag for tag, _ in self.stack]
        classes = [attrs.get("class", "") for _, attrs in self.stack]
        if "badge" in " ".join(classes):
            return
        if "ws" in classes:
            data = self.MARKS[data]
        if "ins" not in tags:
            self.before.append(data)
        if "del" not in tags:
            self.after.append(data)


def read_article(markup: str) -> Reader:
    reader = Reader()
    reader.feed(markup)
    reader.close()
    return reader


def test_article_reads_back_as_the_input_and_as_the_repaired_text():
    result = hostile_result()
    reader = read_article(article_html(result.input, result.changes))
    assert "".join(reader.before) == result.input
    assert "".join(reader.after) == result.text


def test_article_text_is_escaped_never_markup():
    result = hostile_result()
    markup = article_html(result.input, result.changes)
    assert "<script" not in markup and "<img" not in markup and "<!--" not in markup
    assert "&lt;script&gt;" in markup and "&lt;img src=x" in markup


def test_a_flag_overlapping_a_fix_becomes_a_badge():
    result = hostile_result()
    markup = article_html(result.input, result.changes)
    flag = next(c for c in result.changes if c.kind == "foreign")
    assert re.search(rf'<button type="button" class="chg badge" data-id="{flag.id}"', markup)
    ids = re.findall(r'data-id="(c[0-9a-f]+)"', markup)
    assert sorted(ids) == sorted(c.id for c in result.changes)


def embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page,
                      re.S)  # fmt: skip
    assert match
    return json.loads(match.group(1))


def test_page_embeds_the_report_safely():
    result = hostile_result()
    page = build_page("evil </script>.txt", result, apply_hint="repair apply x")
    data = embedded(page)
    assert data["report"] == json.loads(json.dumps(result.report()))
    assert data["decisionsSchema"] == "repair.decisions/1"
    assert set(data["positions"]) == {c.id for c in result.changes}
    # Exactly the page's own two script blocks: the data and the code.
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<script>window.pwned" not in page and "&lt;script&gt;window.pwned" in page
    assert "<!--" not in page


def test_embed_json_escapes_what_could_close_a_script_block():
    raw = embed_json({"x": "</script><!-- & \u2028"})
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\u2028" not in raw
    assert json.loads(raw) == {"x": "</script><!-- & \u2028"}


def test_page_is_self_contained_and_pins_its_script_by_hash():
    page = build_page("a.txt", hostile_result())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    csp = html.unescape(csp)
    assert "default-src 'none'" in csp
    script = re.findall(r"<script>(.*?)</script>", page, re.S)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp


def test_placeholders_in_the_article_are_not_filled_in():
    page = build_page("a.txt", hostile_result())
    assert "{{script}}" in page  # the article's own text, shown as it is
    assert page.count('"use strict"') == 1  # the script went in once


def test_attributes_from_a_hand_made_report_are_escaped():
    text = "It rained  today.\n"
    hostile = Change('c1" onclick="alert(1)', 9, 11, "  ", " ", "fix", 'x"><script>', "r", 0.5, "m")
    page = build_page("a.txt", RepairResult(text, "It rained today.\n", (hostile,)))
    assert 'onclick="alert' not in page and '"><script>' not in page
    assert embedded(page)["kinds"][-1] == 'x"><script>'  # unknown kinds still get a legend row
