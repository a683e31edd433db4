"""Assemble the scraped-page set of scripts/bench_scraped.py from trafilatura's test pages.

trafilatura (https://github.com/adbar/trafilatura, Apache-2.0) keeps about a thousand real
web pages as test fixtures (tests/cache, tests/eval) with, for each, strings that belong to
the article (``with``) and strings that do not (``without``, tests/evaldata.json). This
script turns a sample of the English, French, German and Spanish pages built with common
CMSs (WordPress and its share/like/related/comment plugins, Blogger, Drupal, news themes)
into what a naive scraper outputs — every block of the page as one line — in two forms,
plain text and Markdown (links, list items and headings kept, as Markdown scrapers do), and
labels each line without looking at our boilerplate patterns:

- ``article``: it holds one of the page's ``with`` strings, or it is a prose line (eight words
  or more, not all of it a link's text: a teaser of another page) between the first and last
  such line; every row of an infobox (``table.infobox``: the article's facts);
- ``boilerplate``: navigation, even where the expected article keeps it: in-page links (a
  table of contents, a skip link), the links of a "See also" or "External links" section,
  a link inside page furniture that holds the post's title (a menu's entry); otherwise a line
  all of whose text comes from elements the CMS marks as page furniture (a class or id token
  of share, like, related-posts, post-navigation, comment-form, widget, sidebar, menu,
  skip-link or ad containers; ``nav``, ``aside`` and ``form`` elements);
- ``other``: the rest (headers, footers, bylines, sidebars' free text), not counted; and the
  few lines :data:`CORRECTIONS` names (credits, datelines, signatures, tag lines).

Usage: python scripts/build_scraped_set.py MIRROR [--pages N] (MIRROR: a trafilatura checkout
or bare git directory). Writes scripts/data/scraped-pages.jsonl.gz (the set the patterns were
tuned on); ``--seed 19 --pages 40 --exclude scripts/data/scraped-pages.jsonl.gz --out
scripts/data/scraped-pages-heldout.jsonl.gz`` writes a held-out set of other pages.
``MIRROR --source readability --out scripts/data/scraped-pages-readability.jsonl.gz`` (a
mozilla/readability mirror) and ``GOOSE3 --source goose3 --also NEWSPAPER4K --out
scripts/data/scraped-pages-goose3-newspaper4k.jsonl.gz`` (goose3/goose3 and
AndyTheFactory/newspaper4k mirrors) write two more; ``MIRROR --source postlight --out
scripts/data/scraped-pages-postlight.jsonl.gz`` (a postlight/parser mirror) a held-out one, and
``MIRROR --source scrapinghub --out scripts/data/scraped-pages-scrapinghub.jsonl.gz`` (a
scrapinghub/article-extraction-benchmark mirror) another; ``MIRROR --source wcxb --split dev
--pages 150 --seed 18 --out scripts/data/scraped-pages-wcxb-dev.jsonl.gz`` and ``--split test
--pages 150 --seed 19 --out scripts/data/scraped-pages-wcxb-test.jsonl.gz`` (a
Murrough-Foley/web-content-extraction-benchmark mirror) the two halves of the newest, one tuned
on and one held out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

OUT = Path(__file__).parent / "data" / "scraped-pages.jsonl.gz"
LANGS = ("en", "fr", "de", "es")
CMS_MARKERS = (
    "sharedaddy", "jp-relatedposts", "post-navigation", "nav-links", "comment-respond",
    "wpl-likebox", "blog-pager", "td-post", "related-posts", "addtoany", "shariff", "ssba",
    "share-buttons", "blogger", "drupal",
)  # fmt: skip
# A class or id token names furniture when it starts or ends with one of these words as a
# whole segment (`sidebar-primary`, `main-navigation`, `sharedaddy`), not when the word sits
# inside a layout wrapper's name (`content-sidebar-wrap` holds the article).
_FURNITURE_WORD = (
    r"(share|shares|sharing|sharedaddy|social|socials|jp-relatedposts|related|relatedposts|"
    r"post-navigation|nav-links|navigation|nav|navbar|menu|comment-respond|comment-form|"
    r"respond|comment-reply-title|widget|widgets|widget-area|sidebar|breadcrumb|breadcrumbs|"
    r"skip-link|advert|advertisement|ads|ad|likes|wpl-likebox|subscribe|newsletter|cookie|"
    r"cookies|blog-pager|addtoany|shariff|ssba|td_block)"
)
FURNITURE = re.compile(rf"^{_FURNITURE_WORD}([-_].*)?$|^.*[-_]{_FURNITURE_WORD}$", re.IGNORECASE)


def furniture_marks(marks: str) -> bool:
    return any(FURNITURE.match(token) for token in marks.split())


BLOCKS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 br tr section article header footer nav aside ul ol "
    "blockquote figcaption dt dd form label button table main pre hr".split()
)
SKIP = frozenset("script style noscript template svg head iframe select textarea".split())
FURNITURE_TAGS = frozenset(("nav", "aside", "form"))
# Headings of the sections of links to other pages (Wikipedia's and its many imitators').
SEE_ALSO = tuple(
    "see also|external links|further reading|voir aussi|liens externes|siehe auch|weblinks|"
    "véase también|enlaces externos".split("|")
)
# Lines an extractor's expected article keeps (or the prose rule of :func:`label` takes) that
# are page furniture, credits, bylines or footers here, corrected by hand once (issue 18,
# 2026-12-06) after the lost lines of readability's set, then of the fresh set, were read:
# a newsletter prompt between paragraphs (readability's breitbart), NYT's "Continue reading
# the main story" (in plain text it holds no link), the comments' heading
# (firefox-nightly-blog), Le Monde's "Lire aussi" link to another article: boilerplate;
# image and portrait credits, also glued to a caption (nytimes-5, toc-missing,
# daringfireball-1; newspaper4k's wired_001), a dateline in a post's header (ehow-2), a
# signature after the text (newspaper4k's cleveland.com1 ``-- By …``) and a post's tag line
# (goose3's aolNews ``Tagged: …``): other, as bylines, datelines and footers are everywhere
# else (not counted). Applied to every source.
CORRECTIONS = (
    (re.compile(r"sign up for our newsletter$", re.IGNORECASE), "boilerplate"),
    (re.compile(r"\[?continue reading the main story\b", re.IGNORECASE), "boilerplate"),
    (re.compile(r"(#+ )?\d+ comments? on “"), "boilerplate"),
    # (Le Monde's newer pages print it without the colon: ``Lire aussi Article réservé …``.)
    (re.compile(r"lire aussi( :)? ", re.IGNORECASE), "boilerplate"),
    # An agency's call to action in its mega-menu (WCXB's thriveagency page, whose body
    # repeats it at its foot).
    (
        re.compile(r"partner with [^.]{1,60} and scale your business\.$", re.IGNORECASE),
        "boilerplate",
    ),
    (re.compile(r"(credit|photo by |portrait by )", re.IGNORECASE), "other"),
    (
        re.compile(
            r".{0,200}[.)]\s?(photograph|photo|foto|credit|crédit)s?: [^.]{3,60}$", re.IGNORECASE
        ),
        "other",
    ),
    (re.compile(r"last updated ", re.IGNORECASE), "other"),
    # A news site's dateline and byline under the title (Times of India's ``This story is from
    # October 9, 2019``, ``Name / TNN / Updated: …``): other, as datelines and bylines are.
    (
        re.compile(
            r"this story is from [a-z]{3,9}\.? \d{1,2}, \d{4}$|.{3,200} / updated: ", re.IGNORECASE
        ),
        "other",
    ),
    (re.compile(r"(--|—) ?by [^.]{1,60}$", re.IGNORECASE), "other"),
    (re.compile(r"(tagged|filed under|posted in): [^.]{1,200}$", re.IGNORECASE), "other"),
)


def corrected(lines: list[str], labels: list[str]) -> list[str]:
    """``labels`` with :data:`CORRECTIONS` applied to the article lines they match."""
    out = []
    for text, tag in zip(lines, labels, strict=True):
        for pattern, fixed in CORRECTIONS:
            if tag == "article" and pattern.match(text):
                tag = fixed
                break
        out.append(tag)
    return out


class Lines(HTMLParser):
    """Blocks of a page as lines, each piece of text marked furniture or not."""

    def __init__(self, markdown: bool, url: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.own = url_key(url.split("?", 1)[0]) if "/" in url else ""
        self.stack: list[tuple[str, bool]] = []
        self.skip = 0
        self.lines: list[tuple[str, bool]] = []
        self.parts: list[tuple[str, bool]] = []
        self.prefix = ""
        self.href: str | None = None
        self.in_link = 0
        self.link_lines: list[bool] = []
        self.linked: list[bool] = []
        # In-page links (``href="#…"``: a table of contents, a skip link, "continue reading")
        # and the section a line sits in (a "See also" or "External links" list).
        self.anchors: list[bool] = []
        self.anchored: list[bool] = []
        self.in_box: list[bool] = []
        self.tables = self.box_level = 0
        self.box_lines: list[bool] = []
        self.nav_lines: list[bool] = []
        self.heading = self.item = False
        self.section = ""

    @property
    def furniture(self) -> bool:
        return any(flag for _, flag in self.stack)

    @property
    def boxed(self) -> bool:
        # Tables are counted on their own: an end tag the stack does not hold empties it.
        return 0 < self.box_level <= self.tables

    def flush(self) -> None:
        if self.href is not None:
            # A block inside a link: Markdown scrapers keep the text, not a broken link.
            self.parts = [(t, f) for t, f in self.parts if t != "["]
            self.href = None
        text = re.sub(r"\s+", " ", "".join(t for t, _ in self.parts)).strip()
        if text:
            flags = [f for t, f in self.parts if t.strip()]
            self.lines.append((self.prefix + text, all(flags)))
            all_link = bool(self.linked) and all(self.linked)
            self.link_lines.append(all_link)
            # (A heading that links to itself is the section's heading, not a contents entry.)
            in_page = bool(self.anchored) and all(self.anchored) and not self.heading
            listed = (
                (all_link or (self.item and any(self.linked)))
                and not self.heading
                and self.section.startswith(SEE_ALSO)
            )
            self.nav_lines.append(in_page or listed)
            self.box_lines.append(bool(self.in_box) and all(self.in_box))
            if self.heading:
                self.section = re.sub(r"\W+", " ", text.casefold()).strip()
        self.parts, self.prefix, self.linked, self.anchored, self.in_box = [], "", [], [], []
        self.heading = self.item = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCKS:
            self.flush()
        attributes = dict(attrs)
        marks = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        flag = tag in FURNITURE_TAGS or furniture_marks(marks)
        if tag not in ("br", "hr", "img", "meta", "link", "input"):
            self.stack.append((tag, flag))
        if tag == "table":
            self.tables += 1
            if not self.box_level and "infobox" in marks.lower().split():
                self.box_level = self.tables
        if tag == "a":
            self.in_link += 1
            href = attributes.get("href") or ""
            # (A table of contents may give the page's own address or path before the
            # ``#``, its query, a tracking tag, left out.)
            base, _, fragment = href.partition("#")
            if base.startswith("/") and not base.startswith("//"):
                base = self.own.split("/", 1)[0] + base  # a path on the page's own site
            own = not base or (bool(self.own) and url_key(base.split("?", 1)[0]) == self.own)
            self.anchors.append(own and bool(fragment))
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = True
        if tag == "li":
            self.item = True
        if self.markdown and not self.skip:
            if tag == "li":
                self.prefix = "* "
            elif re.fullmatch(r"h[1-6]", tag):
                self.prefix = "#" * int(tag[1]) + " "
            elif tag == "a" and attributes.get("href"):
                self.href = attributes["href"]
                self.parts.append(("[", self.furniture))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "table":
            if self.tables == self.box_level:
                self.box_level = 0
            self.tables = max(0, self.tables - 1)
        if tag == "a":
            self.in_link = max(0, self.in_link - 1)
            if self.anchors:
                self.anchors.pop()
        if self.markdown and tag == "a" and self.href is not None:
            self.parts.append((f"]({self.href})", self.furniture))
            self.href = None
        elif self.markdown and tag == "a":
            self.parts = [(t, f) for t, f in self.parts if t != "["]
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append((data, self.furniture))
            if data.strip():
                self.linked.append(self.in_link > 0)
                self.anchored.append(any(self.anchors))
                self.in_box.append(self.boxed)


def page_lines(html: str, markdown: bool, url: str = "") -> list[tuple[str, bool, bool, str]]:
    """(line, all furniture, all link text, kind) for each block of the page; the kind is
    ``navigation`` for a line of in-page link text (a table of contents, a skip link) or a
    link of a "See also" or "External links" list, ``infobox`` for a line all inside a
    ``table.infobox``, else empty. ``url``: the page's own address, so that a link to it
    with a ``#`` (a table of contents written with full addresses) counts as in-page."""
    parser = Lines(markdown, url)
    body = html.find("<body")
    parser.feed(html[body:] if body >= 0 else html)
    parser.close()
    parser.flush()
    lines = [
        (t, f, link, "navigation" if nav else "infobox" if box else "")
        for (t, f), link, nav, box in zip(
            parser.lines, parser.link_lines, parser.nav_lines, parser.box_lines, strict=True
        )
    ]
    if markdown:
        # An empty link (an icon) is no text: "[](…)" goes.
        cleaned = [(re.sub(r"\[\s*\]\([^)]*\)", "", t).strip(), f, k, n) for t, f, k, n in lines]
        return [(t, f, k, n) for t, f, k, n in cleaned if t and t not in ("*", "* ")]
    return lines


def label(lines: list[tuple[str, bool, bool, str]], with_: list[str]) -> list[str]:
    """Each line's label (see the module docstring). Navigation is boilerplate even where the
    extractor's expected article keeps it (readability keeps a page's table of contents and
    its "See also" and external-link lists): it repeats the headings or points elsewhere. So
    is a link inside page furniture that holds an article string (a menu's entry with the
    post's title), unless it is prose. An infobox's rows (Wikipedia's summary table: founder,
    currency, area) are the article's facts, every one of them: article."""
    holds = [any(w in text for w in with_) for text, _, _, _ in lines]
    marked = [i for i, h in enumerate(holds) if h]
    labels = []
    for i, (text, furniture, link, kind) in enumerate(lines):
        inside = bool(marked) and marked[0] <= i <= marked[-1]
        prose = len(text.split()) >= 8 and not link
        if kind == "navigation" or (furniture and link and holds[i] and not prose):
            labels.append("boilerplate")
        elif kind == "infobox" or holds[i] or (inside and prose):
            labels.append("article")
        elif furniture:
            labels.append("boilerplate")
        else:
            labels.append("other")
    return labels


def article_strings(html: str) -> list[str]:
    """The ``with`` strings of a page from an extractor's expected article HTML (readability's
    ``expected.html``): the start of each paragraph, list item or quotation of 25 characters
    or more, whitespace normalised as the lines are (headings left out: a teaser of the same
    post elsewhere on the page has the title too)."""
    lines = [text for text, _, _, _ in page_lines(html, markdown=False)]
    return [text[:60] for text in lines if len(text) >= 25]


def readability_records(mirror: Path, excluded: set[str]) -> list[dict]:
    """The English, French, German and Spanish pages of readability's test suite
    (``test/test-pages/NAME/source.html``, ``expected.html``, ``expected-metadata.json``)."""
    listing = subprocess.run(
        ["git", "-C", str(mirror), "ls-tree", "-r", "-z", "--name-only", "HEAD"],
        capture_output=True,
    ).stdout.decode()
    names = sorted(
        p.split("/")[2]
        for p in listing.split("\0")
        if p.startswith("test/test-pages/") and p.endswith("/source.html")
    )
    records = []
    for name in names:
        folder = f"test/test-pages/{name}"
        if name in excluded:
            continue
        metadata = json.loads(git_show(mirror, f"{folder}/expected-metadata.json") or "{}")
        html = git_show(mirror, f"{folder}/source.html")
        lang = (metadata.get("lang") or "").lower()[:2]
        if not lang:
            found = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
            lang = found.group(1).lower() if found else ""
        if lang not in LANGS:
            continue
        with_ = article_strings(git_show(mirror, f"{folder}/expected.html"))
        records += both_forms(
            html,
            name,
            f"{folder}/source.html",
            lang,
            lambda lines, with_=with_: label(lines, with_),
        )
    return records


def both_forms(
    html: str, url: str, fixture: str, lang: str, labelled: Callable[[list], list[str]]
) -> list[dict]:
    """The page as plain text and as Markdown, each a record when its ``labelled`` lines
    (corrected) hold both article and boilerplate."""
    records = []
    for form in ("plain", "markdown"):
        lines = page_lines(html, markdown=form == "markdown", url=url)
        labels = corrected([t for t, _, _, _ in lines], labelled(lines))
        if "article" not in labels or "boilerplate" not in labels:
            continue
        records.append(
            {
                "url": url,
                "fixture": fixture,
                "lang": lang,
                "form": form,
                "lines": [t for t, _, _, _ in lines],
                "labels": labels,
            }
        )
    return records


# Words that tell the four languages apart in an article's expected text, for the pages of
# goose3's suite that name no language (most are English news of 2010-2013).
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "is", "that", "with", "for", "was", "said"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "qui"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "den", "ein"},
    "es": {"el", "los", "las", "del", "que", "por", "una", "con", "para", "se"},
}


def guess_lang(text: str) -> str | None:
    """The language whose common words the text uses most, None if it has none of them."""
    words = re.findall(r"\w+", text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 3 else None


def expected_strings(text: str) -> list[str]:
    """The ``with`` strings of an expected plain-text article (goose3's ``cleaned_text``,
    newspaper4k's ``txt/NAME.txt``): the start of each paragraph of 25 characters or more."""
    paragraphs = (re.sub(r"\s+", " ", p).strip() for p in text.split("\n"))
    return [p[:60] for p in paragraphs if len(p) >= 25]


def label_prefix(
    lines: list[tuple[str, bool, bool, str]], with_: list[str], follow_furniture: bool = False
) -> list[str]:
    """:func:`label` for a page whose expected text is only the article's beginning (goose3's
    tests compare the start of ``cleaned_text``): the prose lines that follow the last marked
    line are the article's too, up to the first line of page furniture or the first two
    lines in a row that are no prose (a subheading or a caption between paragraphs is one
    line; the article's end is a footer's bunch of short lines). (The first version of this
    set went on to the first line of furniture over any short lines, and took footers for
    the article: a tag line, a copyright line, a comment form's prompt; corrected after its
    one measure, see scripts/data/README.md.) ``follow_furniture``: the prose lines go on
    through containers whose class names furniture (Postlight's newer pages wrap the article's
    body in ``…-sidebar`` or ``…-ad`` layouts: a paragraph there is the article's)."""
    labels = label(lines, with_)
    marked = [i for i, tag in enumerate(labels) if tag == "article"]
    if not marked:
        return labels
    gap = 0
    for i in range(marked[-1] + 1, len(lines)):
        text, furniture, link, kind = lines[i]
        if kind == "navigation" or (furniture and not follow_furniture):
            break
        if len(text.split()) >= 8 and not link:
            labels[i], gap = "article", 0
        else:
            gap += 1
            if gap >= 2:
                break
    return labels


def fixture_records(mirror: Path, source: str) -> list[dict]:
    """The English, French, German and Spanish article pages of goose3's suite
    (``tests/data/content/NAME.html`` with ``NAME.json``'s ``cleaned_text``) or of
    newspaper4k's (``tests/data/html/NAME.html`` with ``tests/data/txt/NAME.txt``), each
    HTML once (goose3 tests some pages twice), pages under 5,000 characters left out (a
    fixture of one ``<p>``, no page)."""
    listing = subprocess.run(
        ["git", "-C", str(mirror), "ls-tree", "-r", "-z", "--name-only", "HEAD"],
        capture_output=True,
    ).stdout.decode()
    folder = "tests/data/content/" if source == "goose3" else "tests/data/html/"
    names = sorted(p for p in listing.split("\0") if p.startswith(folder) and p.endswith(".html"))
    records, seen = [], set()
    for path in names:
        html = git_show(mirror, path)
        if len(html) < 5000 or html in seen:
            continue
        seen.add(html)
        stem = path.rsplit("/", 1)[-1][: -len(".html")]
        if source == "goose3":
            entry = json.loads(git_show(mirror, path[: -len(".html")] + ".json") or "{}")
            expected = (entry.get("expected") or {}).get("cleaned_text") or ""
            lang = entry.get("target_language")
        else:
            expected = git_show(mirror, f"tests/data/txt/{stem}.txt")
            lang = None
        found = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
        lang = (lang or (found.group(1) if found else "") or guess_lang(expected) or "").lower()
        with_ = expected_strings(expected)
        if lang not in LANGS or not with_:
            continue
        for form in ("plain", "markdown"):
            lines = page_lines(html, markdown=form == "markdown")
            labels = label_prefix(lines, with_) if source == "goose3" else label(lines, with_)
            labels = corrected([t for t, _, _, _ in lines], labels)
            if "article" not in labels or "boilerplate" not in labels:
                continue
            records.append(
                {
                    "url": f"{source}:{stem}",
                    "fixture": path,
                    "lang": lang,
                    "form": form,
                    "lines": [t for t, _, _, _ in lines],
                    "labels": labels,
                }
            )
    return records


def _sentence(text: str) -> bool:
    """A line of prose: twelve words or more ending like a sentence."""
    return len(text.split()) >= 12 and re.search(r"[.!?…][\"'”’»)]*$", text) is not None


def postlight_records(mirror: Path) -> list[dict]:
    """The English, French, German and Spanish pages of Postlight Parser's suite (Mercury:
    ``fixtures/NAME.html``, read by ``src/extractors/custom/DOMAIN/index.test.js``, whose
    ``first13`` assertion gives the article's first thirteen words): the line that holds
    them, or their first six when they run over two blocks, is the article's first line,
    and the prose lines after it are the article's as in :func:`label_prefix`."""
    listing = subprocess.run(
        ["git", "-C", str(mirror), "ls-tree", "-r", "-z", "--name-only", "HEAD"],
        capture_output=True,
    ).stdout.decode()
    tests = sorted(p for p in listing.split("\0") if p.endswith("/index.test.js"))
    records, seen = [], set()
    for test in tests:
        source = git_show(mirror, test)
        fixture = re.search(r"readFileSync\(\s*['\"]\./(fixtures/[^'\"]+\.html)", source)
        first = re.search(r"first13,\s*(['\"`])((?:(?!\1).)+)\1", source, re.DOTALL)
        if not fixture or not first or fixture.group(1) in seen:
            continue
        seen.add(fixture.group(1))
        html = git_show(mirror, fixture.group(1))
        words = re.sub(r"\s+", " ", first.group(2).replace("\\'", "'")).strip()
        found = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
        lang = (found.group(1) if found else "") or guess_lang(words) or ""
        lang = lang.lower()
        if lang not in LANGS or len(html) < 5000:
            continue
        stem = fixture.group(1).rsplit("/", 1)[-1][: -len(".html")]
        for form in ("plain", "markdown"):
            lines = page_lines(html, markdown=form == "markdown")
            with_ = [words]
            if not any(words in text for text, _, _, _ in lines):
                with_ = [" ".join(words.split()[:6])]
            labels = label_prefix(lines, with_, follow_furniture=True)
            labels = corrected([t for t, _, _, _ in lines], labels)
            # Only the article's beginning is known: a sentence in a furniture container
            # further on may be the article's, after a widget (``Scroll to Continue``):
            # neither label, not counted.
            labels = [
                "other" if tag == "boilerplate" and _sentence(text) and not link else tag
                for (text, _, link, _), tag in zip(lines, labels, strict=True)
            ]
            if "article" not in labels or "boilerplate" not in labels:
                continue
            records.append(
                {
                    "url": f"postlight:{stem}",
                    "fixture": fixture.group(1),
                    "lang": lang,
                    "form": form,
                    "lines": [t for t, _, _, _ in lines],
                    "labels": labels,
                }
            )
    return records


def in_body(
    lines: list[tuple[str, bool, bool, str]], labels: list[str], with_: list[str], body: str
) -> list[str]:
    """``labels`` where the whole article's text is known (Zyte's ``articleBody``, as it is,
    one paragraph a line). (:func:`label`'s rules go by the article strings' starts, which
    are paragraphs of 25 characters or more, and by furniture marks; corrected after the
    set's one measure by the body itself, see scripts/data/README.md.) A prose line between
    article lines is the article's only if the body holds it: the captions, credits, ``Read
    more:`` links and related headlines between paragraphs that the annotators left out are
    boilerplate inside page furniture, else other. A line between the article's first and
    last lines that is one of the body's paragraphs, however short (``So frustrating …``,
    ``Think about it:``, a subheading), is the article's, even in a container whose class
    names furniture; but never a line of navigation (a table of contents' entry, which
    repeats a subheading: corrected after WCXB's first measure)."""
    text = re.sub(r"\s+", " ", body)
    paragraphs = {re.sub(r"\s+", " ", p).strip() for p in body.split("\n")} - {""}
    plain = [
        re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line).lstrip("*# ").strip()
        for line, _, _, _ in lines
    ]
    out = []
    for (line, furniture, _, _), bare, tag in zip(lines, plain, labels, strict=True):
        if tag == "article" and bare[:40] not in text and not any(w in line for w in with_):
            tag = "boilerplate" if furniture else "other"
        out.append(tag)
    marked = [i for i, tag in enumerate(out) if tag == "article"]
    for i in range(marked[0] + 1, marked[-1]) if marked else ():
        # (Navigation stays boilerplate: a table of contents repeats the body's subheadings.)
        if out[i] != "article" and plain[i] in paragraphs and lines[i][3] != "navigation":
            out[i] = "article"
    return out


def scrapinghub_records(mirror: Path) -> list[dict]:
    """The English, French, German and Spanish pages of Zyte's (Scrapinghub's) article
    extraction benchmark (``html/HASH.html.gz`` with the ``articleBody`` of
    ``ground-truth.json``, the whole article's text as a person marked it). The page's
    language is its ``<html lang>`` when the article's common words agree; a page without one
    is taken only when those words are English (Portuguese passes for Spanish by them, Italian
    for French). Labelled as readability's pages are (:func:`label`): the whole body is known."""
    truth = json.loads(git_show(mirror, "ground-truth.json") or "{}")
    records = []
    for key, entry in sorted(truth.items()):
        raw = subprocess.run(
            ["git", "-C", str(mirror), "show", f"HEAD:html/{key}.html.gz"], capture_output=True
        ).stdout
        if not raw:
            continue
        html = gzip.decompress(raw).decode("utf-8", "replace")
        body = entry.get("articleBody") or ""
        found = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
        guessed = guess_lang(body)
        lang = (found.group(1).lower() if found else "") or (guessed if guessed == "en" else "")
        with_ = expected_strings(body)
        if lang != guessed:
            # An English page that says ``lang="de"``; a Portuguese one that says nothing
            # (its common words pass for Spanish): neither's language is known.
            continue
        if lang not in LANGS or not with_:
            continue
        records += both_forms(
            html,
            entry.get("url") or key,
            f"html/{key}.html.gz",
            lang,
            lambda lines, with_=with_, body=body: in_body(lines, label(lines, with_), with_, body),
        )
    return records


def url_key(url: str) -> str:
    """A URL without its scheme, ``www.``, fragment and trailing slash: two records of one
    page compare equal."""
    url = re.sub(r"^[a-z]+://(www\.)?", "", url.strip().lower()).split("#", 1)[0]
    return url.rstrip("/")


def with_snippets(
    lines: list[tuple[str, bool, bool, str]], labels: list[str], without: list[str]
) -> list[str]:
    """``labels`` with the annotators' own boilerplate snippets (WCXB's ``without``: ``Skip to
    Content``, ``Advertisement - Continue Reading Below``, a copyright line) applied: an
    unlabelled line that such a snippet covers at least half of is boilerplate, wherever it
    sits (outside furniture containers too)."""
    out = list(labels)
    for i, (line, _, _, _) in enumerate(lines):
        bare = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line).lstrip("*# ").strip()
        if out[i] == "other" and any(
            len(w) >= 5 and w in bare and 2 * len(w) >= len(bare) for w in without
        ):
            out[i] = "boilerplate"
    return out


# Typographic marks an annotator's plain text writes plainly (WCXB's ``main_content`` has
# ``isn't`` where the page has ``isn’t``), folded on both sides before they are compared.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def fold(text: str) -> str:
    """``text`` with curly quotes and dashes plain, for matching an annotator's text."""
    return text.translate(_FOLD).replace("…", "...")


def fold_body(body: str) -> str:
    """An annotator's Markdown-like plain text (WCXB's ``main_content``) as the page's lines
    show it: marks folded, a list item's marker (``- ``, ``2. ``: the page's list numbers
    are no text) and a table's cell bars (``a | b``) gone."""
    out = []
    for paragraph in fold(body).split("\n"):
        paragraph = re.sub(r"^\s*([-*•]|\d+[.)])\s+", "", paragraph)
        if paragraph.count(" | ") >= 1:
            paragraph = paragraph.replace(" | ", " ").strip("| ")
        out.append(paragraph)
    return "\n".join(out)


def wcxb_records(mirror: Path, split: str, pages: int, seed: int) -> list[dict]:
    """The English, French, German and Spanish article pages (``page_type`` ``article``:
    news, blog posts, guides, reviews) of one split of WCXB, Murrough Foley's Web Content
    Extraction Benchmark (``SPLIT/html/ID.html.gz`` with ``main_content``, the page's whole
    main text, and the ``without`` snippets of ``SPLIT/ground-truth/ID.json``), ``pages`` of
    them drawn with ``seed``. A page counts when its ``<html lang>`` and the body's common
    words agree (as Zyte's), and when the saved HTML holds at least half of the body's
    paragraphs (else the annotation is of a page the saved HTML does not show: a script-built
    one). The test split repeats some development pages: a test page whose HTML or URL is
    also a development page's is left out. Labelled as Zyte's pages (:func:`in_body`), then
    the ``without`` snippets (:func:`with_snippets`)."""
    files = json.loads(git_show(mirror, "metadata.json") or "{}").get("files", {})

    def page(key: str, where: str) -> tuple[str, dict]:
        raw = subprocess.run(
            ["git", "-C", str(mirror), "show", f"HEAD:{where}/html/{key}.html.gz"],
            capture_output=True,
        ).stdout
        html = gzip.decompress(raw).decode("utf-8", "replace") if raw else ""
        truth = json.loads(git_show(mirror, f"{where}/ground-truth/{key}.json") or "{}")
        return html, truth

    seen: set[str] = set()
    if split == "test":
        for key, entry in sorted(files.items()):
            if entry.get("split") == "dev":
                html, truth = page(key, "dev")
                seen |= {html, url_key(truth.get("url") or "")}
    keys = sorted(k for k, e in files.items() if e.get("split") == split)
    keys = [k for k in keys if files[k].get("page_type") == "article"]
    random.Random(seed).shuffle(keys)
    records: list[dict] = []
    taken = 0
    for key in keys:
        if taken >= pages:
            break
        html, truth = page(key, split)
        url = truth.get("url") or key
        if not html or html in seen or url_key(url) in seen:
            continue
        seen |= {html, url_key(url)}
        gold = truth.get("ground_truth") or {}
        body = fold_body(gold.get("main_content") or "")
        without = [fold(re.sub(r"\s+", " ", w).strip()) for w in gold.get("without") or []]
        found = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
        guessed = guess_lang(body)
        lang = (found.group(1).lower() if found else "") or (guessed if guessed == "en" else "")
        with_ = expected_strings(body)
        if lang != guessed or lang not in LANGS or not with_:
            continue
        plain = fold(" ".join(t for t, _, _, _ in page_lines(html, markdown=False)))
        if 2 * sum(w in plain for w in with_) < len(with_):
            continue

        def labelled(
            lines: list, with_: list[str] = with_, body: str = body, without: list = without
        ) -> list[str]:
            folded = [(fold(t), f, link, kind) for t, f, link, kind in lines]
            labels = in_body(folded, label(folded, with_), with_, body)
            return with_snippets(folded, labels, without)

        made = both_forms(html, url, f"{split}/html/{key}.html.gz", lang, labelled)
        if made:
            records += made
            taken += 1
    return records


def git_show(mirror: Path, path: str) -> str:
    out = subprocess.run(["git", "-C", str(mirror), "show", f"HEAD:{path}"], capture_output=True)
    return out.stdout.decode("utf-8", "replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirror", type=Path)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--seed", type=int, default=18, help="which pages are sampled")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--exclude", type=Path, help="a set whose pages are left out (to build a held-out set)"
    )
    parser.add_argument(
        "--source",
        choices=(
            "trafilatura", "readability", "goose3", "newspaper4k", "postlight", "scrapinghub",
            "wcxb",
        ),
        default="trafilatura",
        help="whose test pages: trafilatura's (the tuning and held-out sets) or readability's "
        "(a second held-out set), goose3's and newspaper4k's (both sources into one file, "
        "see --also), Postlight Parser's (held out), Zyte's article-extraction-benchmark "
        "(scrapinghub) or WCXB's article pages (wcxb, see --split)",
    )  # fmt: skip
    parser.add_argument(
        "--split",
        choices=("dev", "test"),
        default="dev",
        help="with --source wcxb: the development split (the half tuned on) or the test "
        "split (held out; its pages that repeat a development page left out)",
    )
    parser.add_argument(
        "--also",
        type=Path,
        help="with --source goose3: newspaper4k's mirror, whose pages join goose3's in one set",
    )
    args = parser.parse_args()
    excluded: set[str] = set()
    if args.exclude:
        with gzip.open(args.exclude, "rt", encoding="utf-8") as handle:
            excluded = {json.loads(line).get("url", "") for line in handle}
    if args.source == "wcxb":
        header = {
            "source": f"WCXB (Web Content Extraction Benchmark) v1.0, {args.split} split, "
            "article pages: html/*.html.gz, ground-truth main_content and without",
            "repository": "https://github.com/Murrough-Foley/web-content-extraction-benchmark",
            "licence": "CC-BY-4.0 (WCXB, (c) 2026 Murrough Foley); page texts belong to "
            "their sites",
        }
        write(args.out, header, wcxb_records(args.mirror, args.split, args.pages, args.seed))
        return
    if args.source == "readability":
        header = {
            "source": "readability test/test-pages (source.html, expected.html)",
            "repository": "https://github.com/mozilla/readability",
            "licence": "Apache-2.0 (readability's test suite); page texts belong to their sites",
        }
        write(args.out, header, readability_records(args.mirror, excluded))
        return
    if args.source == "postlight":
        header = {
            "source": "Postlight Parser fixtures/*.html, first13 of src/extractors/custom tests",
            "repository": "https://github.com/postlight/parser",
            "licence": "Apache-2.0 or MIT (Postlight Parser's test suite); page texts belong "
            "to their sites",
        }
        write(args.out, header, postlight_records(args.mirror))
        return
    if args.source == "scrapinghub":
        header = {
            "source": "Zyte (Scrapinghub) article-extraction-benchmark html/*.html.gz, "
            "ground-truth.json articleBody",
            "repository": "https://github.com/scrapinghub/article-extraction-benchmark",
            "licence": "MIT (the benchmark's data and scripts); page texts belong to their sites",
        }
        write(args.out, header, scrapinghub_records(args.mirror))
        return
    if args.source in ("goose3", "newspaper4k"):
        records = fixture_records(args.mirror, args.source)
        sources = {
            "goose3": ("goose3 tests/data/content (NAME.html, NAME.json cleaned_text)",
                       "https://github.com/goose3/goose3", "Apache-2.0"),
            "newspaper4k": ("newspaper4k tests/data/html, tests/data/txt",
                            "https://github.com/AndyTheFactory/newspaper4k", "MIT"),
        }  # fmt: skip
        used = [args.source]
        if args.also:
            other = "newspaper4k" if args.source == "goose3" else "goose3"
            records += fixture_records(args.also, other)
            used.append(other)
        header = {
            "source": "; ".join(sources[name][0] for name in used),
            "repository": " ".join(sources[name][1] for name in used),
            "licence": ", ".join(f"{sources[name][2]} ({name}'s test suite)" for name in used)
            + "; page texts belong to their sites",
        }
        write(args.out, header, records)
        return
    listing = subprocess.run(
        ["git", "-C", str(args.mirror), "ls-tree", "-r", "-z", "--name-only", "HEAD"],
        capture_output=True,
    ).stdout.decode()
    paths = {p.rsplit("/", 1)[-1]: p for p in listing.split("\0") if p.startswith("tests/")}
    evaldata = json.loads(git_show(args.mirror, "tests/evaldata.json"))
    candidates: dict[str, list] = {lang: [] for lang in LANGS}
    for url, entry in sorted(evaldata.items()):
        path = paths.get(entry["file"])
        if path is None or not entry.get("with") or url in excluded:
            continue
        html = git_show(args.mirror, path)
        lang = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
        lang = lang.group(1).lower() if lang else None
        if lang in candidates and any(m in html.lower() for m in CMS_MARKERS):
            candidates[lang].append((url, path, entry, html))
    rng = random.Random(args.seed)
    quota = {"en": 0.45, "de": 0.3, "es": 0.15, "fr": 0.1}
    records = []
    for lang, share in quota.items():
        pool = candidates[lang]
        for url, path, entry, html in rng.sample(pool, min(len(pool), round(args.pages * share))):
            for form in ("plain", "markdown"):
                lines = page_lines(html, markdown=form == "markdown")
                labels = corrected([t for t, _, _, _ in lines], label(lines, entry["with"]))
                if "article" not in labels:
                    continue
                records.append(
                    {
                        "url": url,
                        "fixture": path,
                        "lang": lang,
                        "form": form,
                        "lines": [t for t, _, _, _ in lines],
                        "labels": labels,
                    }
                )
    header = {
        "source": "trafilatura tests/cache and tests/eval pages, tests/evaldata.json",
        "repository": "https://github.com/adbar/trafilatura",
        "licence": "Apache-2.0 (trafilatura's test suite); page texts belong to their sites",
    }
    write(args.out, header, records)


def write(out: Path, header: dict, records: list[dict]) -> None:
    """The set: a header line (source, licence), then one page text a line."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"header": header}, ensure_ascii=False) + "\n")
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} page texts from {len({r['url'] for r in records})} pages → {out}")


if __name__ == "__main__":
    main()
