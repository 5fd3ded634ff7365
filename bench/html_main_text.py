"""Measure HTML main-text extraction and publication dates on a gold directory.

    python bench/html_main_text.py [GOLD_DIR] [-v]

GOLD_DIR (default: ../shared/eval beside the repo) holds NAME.html / NAME.txt
inputs with NAME.json gold files (SPEC section 2).

Main text, for every NAME.html, per approach:
  * quotes: gold evidence quotes (a date's ``text`` where it has no evidence)
    contained in the extracted text, folded as the scorer folds (case, white
    space, ``|``), counted apart for required and ``optional`` items;
  * leaks: page-furniture strings found in the extracted text. Furniture is
    defined here by page structure, independently of the extractor's rules:
    every text block of the page outside its <article>, script text, and
    blocks inside the article whose class names a share bar, newsletter,
    promo, related links or advert. A block counts if it has 3+ words or 16+
    characters; each furniture container's whole text counts too. Strings the
    article or <title> also contains ("Contact us", a site name the article
    mentions) are left out: their presence proves nothing.

Published date, for every gold file (txt and html): accuracy of htmldate
(with and without its extensive search) and of extractor's own trust order.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import htmldate  # noqa: E402
import trafilatura  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402

from extractor.ingest.html import clean_title, squash  # noqa: E402
from extractor.ingest.read import read_source  # noqa: E402

DEFAULT_DIR = REPO / ".." / "shared" / "eval"
FURNITURE_IN_ARTICLE = re.compile(r"share|newsletter|promo|related|social|advert|cookie|comment", re.I)
LEAF_TAGS = ("p", "li", "a", "button", "h2", "h3", "h4", "dt", "dd", "span", "label", "div", "td")


def fold(text: str) -> str:
    """As the scorer compares text: case, white space and | folded."""
    return " ".join(text.replace("|", " ").split()).casefold()


def contains_words(text: str, phrase: str) -> bool:
    """``phrase`` in ``text`` (both folded) as whole words."""
    return re.search(r"(?<!\w)" + re.escape(fold(phrase)) + r"(?!\w)", text) is not None


# ------------------------------------------------------------ approaches


def by_trafilatura(html: str, path: Path) -> str:
    return trafilatura.extract(html, include_tables=True, include_comments=False) or ""


def by_bs4_only(html: str, path: Path) -> str:
    """The plain bs4 baseline: drop script/style and nav/header/footer/aside
    tags, take <article> or <main> or <body>, one line per text node."""
    soup = BeautifulSoup(html, "lxml")
    for el in soup.find_all(["script", "style", "noscript", "head", "nav", "header", "footer", "aside"]):
        el.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    return "\n".join(line for line in (squash(s) for s in root.get_text("\n").splitlines()) if line)


def by_trafilatura_plus_headline(html: str, path: Path) -> str:
    """trafilatura's body with the <title> (less site name) and standfirst
    added in front, as the final extractor does for its own body text."""
    soup = BeautifulSoup(html, "lxml")
    body = by_trafilatura(html, path)
    head = []
    title = soup.find("title")
    h1 = soup.find("h1")
    h1_text = squash(h1.get_text()) if h1 else ""
    if title:
        logo = soup.find("a", href="/")
        names = {" ".join(logo.get_text().split()).casefold()} if logo else set()
        cleaned = clean_title(title.get_text(), names)
        if fold(cleaned) != fold(h1_text):
            head.append(cleaned)
    if h1 and fold(h1_text) not in fold(body):
        head.append(h1_text)
    stand = soup.find(class_=re.compile(r"standfirst|strap|summary", re.I))
    if stand and fold(stand.get_text()) not in fold(body):
        head.append(squash(stand.get_text()))
    return "\n".join(head + [body])


def by_extractor(html: str, path: Path) -> str:
    return read_source(str(path)).text


APPROACHES = {
    "trafilatura": by_trafilatura,
    "bs4-only": by_bs4_only,
    "trafilatura+headline": by_trafilatura_plus_headline,
    "extractor (final)": by_extractor,
}


# ------------------------------------------------------------ gold


def gold_quotes(gold: dict) -> list[tuple[str, bool]]:
    quotes = []
    for key in ("figures", "outcomes", "dates"):
        for item in gold.get(key, []):
            quote = item.get("evidence") or item.get("text")
            if quote:
                quotes.append((quote, bool(item.get("optional"))))
    return quotes


def furniture_strings(html: str) -> list[str]:
    soup = BeautifulSoup(html, "lxml")
    containers = [s for s in soup.find_all("script") if s.string and s.string.strip()]
    article = soup.find("article")
    body = soup.body or soup
    if article is not None:
        for el in body.find_all(True, recursive=False):
            if el is not article and article not in el.descendants and el.name != "script":
                containers.append(el)
        main = article.find_parent("main")
        if main is not None:
            containers += [el for el in main.find_all(True, recursive=False) if el is not article]
        containers += [
            el for el in article.find_all(True)
            if FURNITURE_IN_ARTICLE.search(" ".join(el.get("class", [])) + " " + (el.get("id") or ""))
        ]
    # A string the article itself (or the <title>) also says is no evidence of a leak.
    own = " ".join(s for s in article.find_all(string=True)
                   if not any(p in containers for p in s.parents)) if article is not None else ""
    own = fold(own + " " + (soup.title.get_text() if soup.title else ""))
    strings = set()
    for box in containers:
        if box.name == "main":
            continue
        whole = squash(box.get_text(" "))
        if len(whole.split()) >= 2:
            strings.add(whole)
        for leaf in box.find_all(LEAF_TAGS):
            if leaf.find(LEAF_TAGS) is None:
                text = squash(leaf.get_text(" "))
                if len(text.split()) >= 3 or len(text) >= 16:
                    strings.add(text)
    return sorted(s for s in strings if not contains_words(own, s))


# ------------------------------------------------------------ runs


def main_text_table(gold_dir: Path, verbose: bool) -> None:
    pages = sorted(gold_dir.glob("*.html"))
    print(f"Main text on {len(pages)} HTML pages in {gold_dir}")
    print(f"{'approach':<22} {'required':>10} {'optional':>10} {'furniture leaked':>17}")
    for name, run in APPROACHES.items():
        req = opt = req_n = opt_n = leaks = leak_n = 0
        misses = []
        for page in pages:
            html = page.read_text(encoding="utf-8")
            gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
            text = fold(run(html, page))
            for quote, optional in gold_quotes(gold):
                hit = fold(quote) in text
                if optional:
                    opt, opt_n = opt + hit, opt_n + 1
                else:
                    req, req_n = req + hit, req_n + 1
                if not hit:
                    misses.append(f"  {page.stem}: {'(optional) ' if optional else ''}missed {quote!r}")
            for junk in furniture_strings(html):
                leak_n += 1
                if contains_words(text, junk):
                    leaks += 1
                    misses.append(f"  {page.stem}: leaked {junk[:70]!r}")
        print(f"{name:<22} {req:>4}/{req_n:<5} {opt:>4}/{opt_n:<5} {leaks:>8}/{leak_n:<8}")
        if verbose:
            print("\n".join(misses))


def published_table(gold_dir: Path, verbose: bool) -> None:
    golds = sorted(gold_dir.glob("*.json"))
    rows = {"htmldate (extensive)": 0, "htmldate (fast)": 0, "extractor order": 0}
    lines = []
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = gold_dir / gold["input"]
        raw = source.read_text(encoding="utf-8")
        if source.suffix != ".html":  # htmldate reads HTML: give it the text as paragraphs
            raw = "<html><body>" + "".join(f"<p>{line}</p>" for line in raw.splitlines()) + "</body></html>"
        want = gold.get("published")
        got = {
            "htmldate (extensive)": htmldate.find_date(raw, extensive_search=True),
            "htmldate (fast)": htmldate.find_date(raw, extensive_search=False),
        }
        article = read_source(str(source))
        got["extractor order"] = article.published.isoformat() if article.published else None
        for key, value in got.items():
            rows[key] += value == want
        if verbose:
            marks = "  ".join(f"{v or '-':<10}{'' if v == want else '*'}" for v in got.values())
            lines.append(f"  {gold_path.stem[:44]:<44} gold {want or '-':<10}  {marks}  [{article.published_source}]")
    print(f"\nPublished date on {len(golds)} gold files")
    for key, hits in rows.items():
        print(f"{key:<22} {hits:>3}/{len(golds)}  accuracy {hits / len(golds):.3f}")
    if verbose:
        print("  file" + " " * 42 + "gold        htmldate-ext  htmldate-fast  extractor")
        print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and leak")
    args = parser.parse_args()
    if not args.gold_dir.is_dir():
        sys.exit(f"no such directory: {args.gold_dir}")
    main_text_table(args.gold_dir, args.verbose)
    published_table(args.gold_dir, args.verbose)


if __name__ == "__main__":
    main()
