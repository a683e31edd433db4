"""Boilerplate removal on real scraped pages: share of boilerplate lines removed, article
lines lost.

The pages are scraping tools' test pages (trafilatura's, https://github.com/adbar/trafilatura,
Apache-2.0, by default; ``--set`` for readability's, goose3's and newspaper4k's, Postlight's,
Zyte's benchmark's and the two halves of WCXB's article pages), turned into
what a naive scraper outputs, in plain text and in Markdown, and labelled from the pages'
HTML structure and the tool's own article strings, never from our patterns
(scripts/build_scraped_set.py; scripts/data/scraped-pages*.jsonl.gz). Only the boilerplate
detector runs (``--detectors boilerplate``), with the page's language as the target.

A line counts as removed when a change removes all of its text. Prints the figures by
language and form, and the boilerplate lines most often kept (``--show N``) and every article
line lost; ``--page TEXT`` prints every line of the pages whose URL holds TEXT, with its label
and the rule that removes it (to see a lost line among its neighbours).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import record  # noqa: E402

from repair.config import RepairConfig  # noqa: E402
from repair.pipeline import Pipeline  # noqa: E402

DATA = Path(__file__).parent / "data" / "scraped-pages.jsonl.gz"


def removed_lines(lines: list[str], lang: str) -> list[bool]:
    return [rule is not None for rule in removing_rules(lines, lang)]


def removing_rules(lines: list[str], lang: str) -> list[str | None]:
    """For each line, the rule of the change that removes all of its text, else None."""
    text = "\n".join(lines) + "\n"
    pipeline = Pipeline(RepairConfig(detectors=("boilerplate",), target_lang=lang, mt=False))
    result = pipeline.repair(text)
    spans = sorted((c.start, c.end, c.rule) for c in result.text_changes if c.replacement == "")
    out: list[str | None] = []
    pos = 0
    for line in lines:
        start, end = pos, pos + len(line)
        pos = end + 1
        rule = next((r for s, e, r in spans if s <= start and end <= e), None)
        out.append(rule if line.strip() else None)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print the N most kept labels")
    parser.add_argument(
        "--set", type=Path, default=DATA, help="the page set (default: the tuning set)"
    )
    parser.add_argument(
        "--page",
        default="",
        help="print each line of the pages whose URL holds this text: label, rule, line",
    )
    args = parser.parse_args()
    with gzip.open(args.set, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    header, pages = records[0]["header"], records[1:]
    totals: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
        collections.Counter
    )
    kept: collections.Counter = collections.Counter()
    lost: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    for page in pages:
        rules = removing_rules(page["lines"], page["lang"])
        if args.page and args.page in page["url"]:
            print(f"== {page['url']} ({page['lang']}, {page['form']})")
            for number, (line, label, rule) in enumerate(
                zip(page["lines"], page["labels"], rules, strict=True)
            ):
                mark = "LOST" if label == "article" and rule else label[:4]
                print(f"{number:4d} {mark:4} {rule or '-':28} {line[:110]!r}")
        removed = [rule is not None for rule in rules]
        key = (page["lang"], page["form"])
        for line, label, gone, rule in zip(
            page["lines"], page["labels"], removed, rules, strict=True
        ):
            totals[key][label] += 1
            totals[key][f"{label}-removed"] += gone
            if label == "boilerplate" and not gone:
                kept[line[:80]] += 1
            if label == "article" and gone:
                lost.append((page["url"], line, str(rule)))
    elapsed = time.perf_counter() - started
    print(f"set: {len(pages)} page texts; {header['source']} ({header['licence']})")
    print(f"{'lang':5} {'form':9} {'boilerplate':>12} {'removed':>8} {'article':>8} {'lost':>5}")
    grand: collections.Counter = collections.Counter()
    for (lang, form), count in sorted(totals.items()):
        grand.update(count)
        share = 100 * count["boilerplate-removed"] / max(1, count["boilerplate"])
        print(
            f"{lang:5} {form:9} {count['boilerplate']:12d} {share:7.1f}% "
            f"{count['article']:8d} {count['article-removed']:5d}"
        )
    share = 100 * grand["boilerplate-removed"] / max(1, grand["boilerplate"])
    print(
        f"{'all':15} {grand['boilerplate']:12d} {share:7.1f}% {grand['article']:8d} "
        f"{grand['article-removed']:5d}   ({elapsed:.1f} s)"
    )
    other = 100 * grand["other-removed"] / max(1, grand["other"])
    print(f"unlabelled lines (headers, bylines, footers) removed: {other:.1f}%")
    for url, line, rule in lost:
        print(f"LOST {url} [{rule}]: {line[:120]!r}")
    for line, count in kept.most_common(args.show):
        print(f"kept {count:4d} {line!r}")
    name = args.set.name.split(".")[0]
    record("scraped", f"boilerplate lines removed ({name})", round(share, 1), "%", ">= 90 %")
    record("scraped", f"article lines lost ({name})", grand["article-removed"], "", "0")


if __name__ == "__main__":
    main()
