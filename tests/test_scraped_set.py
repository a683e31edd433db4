"""The scraped-page sets of scripts/bench_scraped.py: how the builder labels a page's lines,
and what the boilerplate detector does on the sets it was tuned on."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
try:
    import bench_scraped
    import build_scraped_set as builder
finally:
    sys.path.remove(str(SCRIPTS))

PAGE = """<html lang="en"><body>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li>
<li><a href="/floods">Floods hit the north of the country again</a></li></ul></nav>
<h1>Floods hit the north of the country again</h1>
<table class="infobox"><tr><th>Area</th> <td>268,021 km2</td></tr>
<tr><th>Founded</th> <td>1907</td></tr></table>
<div id="toc"><ul><li><a href="#causes">1 Causes of the floods</a></li></ul></div>
<p>The rivers rose overnight and the army was called in to help the villages along it.</p>
<h2><a href="#causes">Causes of the floods</a></h2>
<p>Heavy rain fell for three days in a row on ground that was already soaked through.</p>
<p>A flooded street in the valley on Monday. Photograph: Jane Doe/Agency</p>
<h2>See also</h2><ul><li><a href="/wiki/Rain">Rain</a> (weather)</li></ul>
<div class="sharedaddy"><h3>Share this:</h3></div>
</body></html>"""
WITH = ["The rivers rose overnight", "Heavy rain fell for three days", "A flooded street in"]


def labelled(markdown: bool = False) -> dict[str, str]:
    lines = builder.page_lines(PAGE, markdown=markdown)
    labels = builder.corrected([t for t, _, _, _ in lines], builder.label(lines, WITH))
    return {text: tag for (text, _, _, _), tag in zip(lines, labels, strict=True)}


def test_navigation_is_boilerplate_even_inside_the_article():
    labels = labelled()
    assert labels["1 Causes of the floods"] == "boilerplate"  # a table of contents
    assert labels["Rain (weather)"] == "boilerplate"  # a "See also" list
    assert labels["Share this:"] == "boilerplate"  # page furniture


def test_a_menu_entry_holding_the_title_is_boilerplate_the_heading_is_not():
    lines = builder.page_lines(PAGE, markdown=False)
    title = "Floods hit the north of the country again"
    labels = builder.label(lines, [*WITH, title])
    tags = [tag for (text, _, _, _), tag in zip(lines, labels, strict=True) if text == title]
    assert tags == ["boilerplate", "article"]


def test_infobox_rows_and_prose_are_article_and_a_self_linked_heading_is_no_navigation():
    labels = labelled()
    assert labels["Area 268,021 km2"] == labels["Founded 1907"] == "article"
    assert labels["Causes of the floods"] != "boilerplate"
    prose = "Heavy rain fell for three days in a row on ground that was already soaked through."
    assert labels[prose] == "article"


def test_corrections_make_a_caption_credit_other():
    labels = labelled()
    assert labels["A flooded street in the valley on Monday. Photograph: Jane Doe/Agency"] == (
        "other"
    )


def test_corrections_move_a_dateline_a_byline_and_a_call_to_action():
    lines = [
        "This story is from October 9, 2019",
        "Jane Doe / TNN / Updated: Oct 9, 2019, 11:05 IST",
        "Partner with Acme Marketing Agency and scale your business.",
        "This story is from a village where the river floods every spring.",
        "Partner with your neighbours, the mayor said, and scale back the plans.",
    ]
    assert builder.corrected(lines, ["article"] * 5) == [
        "other",
        "other",
        "boilerplate",
        "article",
        "article",
    ]


def test_prefix_labels_stop_at_two_lines_that_are_no_prose():
    lines = [
        ("The first paragraph of the article, as the expected text has it.", False, False, ""),
        ("The second paragraph, which the fixture's expected text left out.", False, False, ""),
        ("Tags", False, False, ""),
        ("Share", False, False, ""),
        ("Tagged: floods, rivers, army, the valley, the villages, the north", False, False, ""),
    ]
    labels = builder.label_prefix(lines, ["The first paragraph of the article"])
    assert labels[:2] == ["article", "article"]
    assert labels[4] == "other"


def test_guess_lang_and_expected_strings():
    spanish = "Los recortes pasan factura a los pacientes que esperan una cita"
    assert builder.guess_lang(spanish) == "es"
    assert builder.guess_lang("1234 5678") is None
    text = "A paragraph long enough to count.\n\nshort\nAnother paragraph that is long enough."
    assert builder.expected_strings(text) == [
        "A paragraph long enough to count.",
        "Another paragraph that is long enough.",
    ]


def test_in_body_follows_the_whole_article_text():
    """Zyte's ground truth is the whole body: a caption between two paragraphs that the body
    does not hold is no article line; a short paragraph of the body is one, even inside a
    container whose class names furniture."""
    body = (
        "The rivers rose overnight and the army was called in.\n\nThink about it:\n\n"
        "Heavy rain fell for three days in a row on ground already soaked."
    )
    lines = [
        ("The rivers rose overnight and the army was called in.", False, False, ""),
        ("A flooded street in the valley on Monday, as seen from the bridge (Image: AP)", False,
         False, ""),
        ("Think about it:", True, False, ""),
        ("Read more: why the valley floods every spring, and what the town plans", True, False,
         ""),
        ("Heavy rain fell for three days in a row on ground already soaked.", False, False, ""),
    ]  # fmt: skip
    with_ = builder.expected_strings(body)
    labels = builder.in_body(lines, builder.label(lines, with_), with_, body)
    assert labels == ["article", "other", "article", "boilerplate", "article"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "share"),
    [
        ("scraped-pages.jsonl.gz", 0.93),
        ("scraped-pages-goose3-newspaper4k.jsonl.gz", 0.90),
        ("scraped-pages-heldout.jsonl.gz", 0.89),
        ("scraped-pages-readability.jsonl.gz", 0.90),
    ],
)
def test_tuning_sets_lose_no_article_line(name, share):
    """The sets the boilerplate data was tuned on or whose losses were read: no article line
    goes, and at least the share of boilerplate lines the README gives goes."""
    with gzip.open(SCRIPTS / "data" / name, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    assert records[0]["header"]["licence"]
    boilerplate = removed = 0
    for page in records[1:]:
        gone = bench_scraped.removed_lines(page["lines"], page["lang"])
        for line, tag, out in zip(page["lines"], page["labels"], gone, strict=True):
            assert not (tag == "article" and out), (page["url"], line)
            boilerplate += tag == "boilerplate"
            removed += tag == "boilerplate" and out
    assert removed >= share * boilerplate


def test_a_link_to_the_page_itself_with_a_fragment_is_navigation():
    """A table of contents written with the page's full address or path (and a tracking
    query on the page's own address) is in-page navigation; a link to another page with a
    fragment is not."""
    url = "https://example.com/guide/?utm=x"
    page = """<html><body><ul>
    <li><a href="https://example.com/guide/#tools">Tools you need</a></li>
    <li><a href="/guide#steps">The steps one by one</a></li>
    <li><a href="https://example.com/other/#tools">Another guide's tools</a></li>
    </ul></body></html>"""
    kinds = {text: kind for text, _, _, kind in builder.page_lines(page, False, url=url)}
    assert kinds["Tools you need"] == kinds["The steps one by one"] == "navigation"
    assert kinds["Another guide's tools"] == ""
    assert builder.url_key("https://www.Example.com/a/#b") == builder.url_key(
        "http://example.com/a"
    )


def test_fold_body_matches_an_annotators_plain_text_to_the_page():
    """WCXB's main_content writes quotes plainly, marks list items and parts table cells with
    bars: folded, its paragraphs are the page's lines."""
    body = "It isn’t hard.\n- First item of the list\n2. Second item\n| Area | 268,021 km2 |"
    assert builder.fold_body(body).split("\n") == [
        "It isn't hard.",
        "First item of the list",
        "Second item",
        "Area 268,021 km2",
    ]
    assert builder.fold("“Quoted” – said…") == '"Quoted" - said...'


def test_in_body_never_promotes_navigation_and_without_snippets_mark_boilerplate():
    body = "The rivers rose overnight and the army was called in.\n\nCauses of the floods\n\n" + (
        "Heavy rain fell for three days in a row on ground already soaked."
    )
    lines = [
        ("The rivers rose overnight and the army was called in.", False, False, ""),
        ("Causes of the floods", False, True, "navigation"),  # the table of contents' entry
        ("Advertisement - Continue Reading Below", False, False, ""),
        ("Causes of the floods", False, False, ""),  # the subheading itself
        ("Heavy rain fell for three days in a row on ground already soaked.", False, False, ""),
    ]
    with_ = builder.expected_strings(body)
    labels = builder.in_body(lines, builder.label(lines, with_), with_, body)
    labels = builder.with_snippets(lines, labels, ["Advertisement - Continue Reading Below"])
    assert labels == ["article", "boilerplate", "boilerplate", "article", "article"]


def test_every_stored_set_names_its_source_and_licence():
    """Each set's first line credits where its pages come from (WCXB's two halves too)."""
    names = sorted(path.name for path in (SCRIPTS / "data").glob("scraped-pages*.jsonl.gz"))
    assert (
        "scraped-pages-wcxb-dev.jsonl.gz" in names and "scraped-pages-wcxb-test.jsonl.gz" in names
    )
    for name in names:
        with gzip.open(SCRIPTS / "data" / name, "rt", encoding="utf-8") as handle:
            header = json.loads(handle.readline())["header"]
        assert header["repository"].startswith("https://github.com/"), name
        assert header["licence"] and header["source"], name
