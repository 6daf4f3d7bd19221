"""HTML pages to text: ordinary pages of 1 MB, and pages nested thousands of <div>s deep.

    .venv/bin/python benchmarks/html_text.py [--mb 1] [--depths 20000,40000,80000]
                                        [--old-depths 2500,5000,10000] [--rounds 3] [--json FILE]

Every time is the fastest of --rounds and is also given as a ratio to a baseline measured
in the same run:
1. ordinary HTML (pages of synthetic articles from corpus.py, dressed by tests/pages.py)
   through kg.htmltext.html_to_text, against the standard library's tokenizer alone
   (`HTMLParser().feed`, which does nothing with what it reads: the floor for a pure-Python
   reader) and against the BeautifulSoup version kg used before (tests/html_reference.py);
2. nested pages at each depth: html_to_text, and how its time grows against the page's size
   (1.0 is linear); the BeautifulSoup version at smaller depths only (it grows with the
   square: 72 s at 20 000); selectolax and lxml, when installed, for comparison (whether they
   keep every character of the text is printed too);
3. the whole way for a seed article as a 227 KB page nested 20 000 deep vs the same article
   as plain text: ingest.read_document + pipeline.extract_document, and whether the facts agree.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests")]

import corpus  # noqa: E402
import html_reference  # noqa: E402
import pages  # noqa: E402
from kg import cache, ingest, mentions, pipeline, places  # noqa: E402
from kg.htmltext import html_to_text  # noqa: E402


def fastest(fn, rounds: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(rounds):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def paragraphs(n: int = 60, seed: int = 1) -> list[str]:
    world = corpus.make_world(seed)
    out = []
    for i in range(n):
        out += [ln.strip() for ln in corpus.article(seed, i, world).splitlines() if ln.strip()]
    return out


def tokenize_only(page: str) -> None:
    p = HTMLParser(convert_charrefs=True)
    p.feed(page)
    p.close()


def _optional_parsers() -> dict:
    """selectolax and lxml, when installed: parse, then the body's text."""
    found = {}
    try:
        from selectolax.lexbor import LexborHTMLParser

        found["selectolax (lexbor)"] = lambda page: LexborHTMLParser(page).body.text()
    except ImportError:
        pass
    try:
        from lxml import etree

        def lxml_text(page: str) -> str:
            parser = etree.HTMLParser(remove_comments=True, huge_tree=True, no_network=True)
            return "".join(etree.fromstring(page, parser).itertext())

        found["lxml (libxml2, huge_tree)"] = lxml_text
    except ImportError:
        pass
    return found


def ordinary(mb: float, rounds: int) -> dict:
    want, chars = int(mb * 2**20), int(mb * 2**20 / 2.5)
    while True:  # characters of 1-3 bytes: grow until the page has `mb` MiB
        page = pages.ordinary_html(chars, paragraphs(), seed=1)
        size = len(page.encode("utf-8"))
        if size >= want:
            break
        chars = int(chars * want / size) + 1000
    new_s, new_text = fastest(lambda: html_to_text(page), rounds)
    tok_s, _ = fastest(lambda: tokenize_only(page), rounds)
    old_s, old_text = fastest(lambda: html_reference.html_to_text(page), rounds)
    return {"bytes": size, "html_to_text_s": new_s, "tokenizer_s": tok_s, "beautifulsoup_s": old_s,
            "vs_tokenizer": new_s / tok_s, "beautifulsoup_vs_new": old_s / new_s,
            "same_text_as_beautifulsoup": new_text == old_text}


def nested(depths: list[int], old_depths: list[int], rounds: int) -> list[dict]:
    lines = paragraphs(1)
    title, paras = lines[0], lines[1:]
    plain = html_to_text(pages.nested_page(title, paras, len(paras)))
    others = _optional_parsers()
    rows = []
    for depth in sorted(set(depths) | set(old_depths)):
        page = pages.nested_page(title, paras, depth)
        row = {"depth": depth, "bytes": len(page.encode("utf-8"))}
        if depth in depths:
            row["html_to_text_s"], text = fastest(lambda: html_to_text(page), rounds)
            row["html_to_text_same"] = text == plain
            for name, fn in others.items():
                t, out = fastest(lambda: fn(page), 1)
                kept = sum(1 for p in paras if p in out)
                row[name] = {"s": t, "paragraphs_kept": f"{kept}/{len(paras)}"}
        if depth in old_depths:
            row["beautifulsoup_s"], text = fastest(lambda: html_reference.html_to_text(page), 1)
        rows.append(row)
    return rows


def growth(rows: list[dict], key: str) -> list[str]:
    """(t2/t1)/(size2/size1) between consecutive rows that have `key`: 1.0 is linear."""
    have = [r for r in rows if key in r]
    return [f"{a['depth']}→{b['depth']}: {(b[key] / a[key]) / (b['bytes'] / a['bytes']):.2f}"
            for a, b in zip(have, have[1:])]


def whole_way(rounds: int) -> dict:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        txt, page = Path(tmp) / "a.txt", Path(tmp) / "a.html"
        txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
        page.write_text(pages.nested_page(lines[0], lines[1:], 20_000), encoding="utf-8")
        pipeline.extract_document(ingest.read_document(txt))  # jieba and the lexicons loaded

        def run(path):
            mentions.analyse.cache_clear()  # nothing served from the warm-up's per-sentence caches
            places.find_places.cache_clear()
            doc = ingest.read_document(path)
            facts = pipeline.extract_document(doc)
            return sorted(json.dumps({k: v for k, v in cache.to_record(f).items() if k != "evidence"},
                                     ensure_ascii=False, sort_keys=True) for f in facts)

        txt_s, txt_facts = fastest(lambda: run(txt), rounds)
        page_s, page_facts = fastest(lambda: run(page), rounds)
        return {"page_bytes": page.stat().st_size, "plain_s": txt_s, "page_s": page_s,
                "page_vs_plain": page_s / txt_s, "facts": len(txt_facts),
                "same_facts": txt_facts == page_facts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the ordinary HTML (MiB)")
    ap.add_argument("--depths", default="20000,40000,80000")
    ap.add_argument("--old-depths", default="2500,5000,10000",
                    help="depths at which the BeautifulSoup version is timed too")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    ints = lambda s: [int(x) for x in s.split(",") if x]  # noqa: E731
    print(f"load average before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    res = {"ordinary": ordinary(args.mb, args.rounds),
           "nested": nested(ints(args.depths), ints(args.old_depths), args.rounds),
           "whole_way": whole_way(args.rounds)}
    print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)

    o = res["ordinary"]
    print(f"1. ordinary HTML, {o['bytes']:,} bytes (fastest of {args.rounds})")
    print(f"   html_to_text      {o['html_to_text_s']:.3f} s")
    print(f"   tokenizer alone   {o['tokenizer_s']:.3f} s   html_to_text/tokenizer = {o['vs_tokenizer']:.2f}")
    print(f"   BeautifulSoup     {o['beautifulsoup_s']:.3f} s   BeautifulSoup/html_to_text = "
          f"{o['beautifulsoup_vs_new']:.2f}; same text: {o['same_text_as_beautifulsoup']}")
    print("2. nested pages")
    for r in res["nested"]:
        cells = [f"depth {r['depth']:>6}", f"{r['bytes']:>9,} bytes"]
        if "html_to_text_s" in r:
            cells.append(f"html_to_text {r['html_to_text_s']:.3f} s (same text: {r['html_to_text_same']})")
        if "beautifulsoup_s" in r:
            cells.append(f"BeautifulSoup {r['beautifulsoup_s']:.2f} s")
        for name in _optional_parsers():
            if name in r:
                cells.append(f"{name} {r[name]['s']:.3f} s, paragraphs kept {r[name]['paragraphs_kept']}")
        print("   " + " | ".join(cells))
    print("   time ratio / size ratio, html_to_text: " + ", ".join(growth(res["nested"], "html_to_text_s")))
    print("   time ratio / size ratio, BeautifulSoup: " + ", ".join(growth(res["nested"], "beautifulsoup_s")))
    w = res["whole_way"]
    print(f"3. read + extract, a seed as plain text vs as a {w['page_bytes']:,}-byte page nested 20 000 deep")
    print(f"   plain {w['plain_s']:.3f} s, page {w['page_s']:.3f} s, page/plain = {w['page_vs_plain']:.2f}; "
          f"{w['facts']} facts, the same: {w['same_facts']}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
