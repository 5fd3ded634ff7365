"""Date F1 and time per article: this project's date component against dateparser and datefinder.

    python bench/dates.py [GOLD_DIR ...] [--repeat N] [--tools a,b] [--details TOOL] [--json]

GOLD_DIR defaults to ../shared/eval (skipped when absent) and corpus/. Every
article is read once (ingest is not timed); then, in the same run and on the
same texts, each tool finds the article's dates and is scored with
``extractor.evaluate`` (SPEC section 3: a predicted date matches a gold one when
their texts overlap, and is correct when date_from and date_to are both equal;
P/R/F1 count correct matches). Only dates are predicted and scored.

The tools, and what is timed (best of --repeat runs over all articles):

* extractor: this project's date layer as the pipeline runs it: spacy.blank("en")
  plus the extractor_dates component built with the factory and config that
  models/pipeline.json gives it. Timed: tokenizer + extractor_dates. The
  component needs nothing from the others (it reads line and sentence starts
  from the text itself), so this is all it costs.
* extractor-nlp: the whole pipeline of ``extractor.nlp.build_nlp()`` (sentences,
  dates, outcomes, figures; no ingest, checks or store), dates read from it.
  Same dates, so the same F1; shown for the time of the full run.
* dateparser: ``dateparser.search.search_dates(text, languages=["en"],
  settings={"RELATIVE_BASE": published, "DATE_ORDER": "DMY",
  "PREFER_DATES_FROM": "past"})``. Timed: the search_dates call only. Naming the
  language spares it language detection: much faster, and never a worse reading
  of English. Each (string, datetime) becomes a DateMention: the string is
  located in the text (searching on from the previous hit) for a span, and the
  days are the datetime's day, widened by dateparser's own reading of the
  string's granularity (``DateDataParser.get_date_data(string).period``, not
  timed): "month" is the whole month, "year" the whole year, "week" Monday to
  Sunday of that week, "day"/"time" the one day.
* dateparser-auto: the same without ``languages`` (dateparser detects the
  language of every candidate, as the call in issue 3 is written); one run only,
  it is slow.
* datefinder: ``datefinder.find_dates(text, source=True, index=True,
  base_date=published)``. Timed: the generator drained. datefinder reports no
  granularity, so the matched source string decides (not timed): no day number
  and a month name -> the whole month; a four-digit year alone -> the whole
  year; otherwise the one day.

Without a publication date the peers get no RELATIVE_BASE/base_date (their own
default, today); the extractor leaves relative dates null, as SPEC says.

``--details TOOL`` prints that tool's missed, spurious and wrong dates.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import spacy  # noqa: E402

from extractor.evaluate import aggregate, load_gold, score_article  # noqa: E402
from extractor.normalise.fiscal import month_end  # noqa: E402
from extractor.ingest.read import read_source  # noqa: E402
from extractor.rulefiles import load_json  # noqa: E402

TOOLS = ("extractor", "extractor-nlp", "dateparser", "dateparser-auto", "datefinder")


# ---------------------------------------------------------------- the tools

def build_date_nlp():
    """spacy.blank("en") plus the extractor_dates component as models/pipeline.json configures it."""
    import importlib

    nlp = spacy.blank("en")
    for step in load_json("pipeline.json")["components"]:
        if step["factory"] == "extractor_dates":
            importlib.import_module(step["module"])
            nlp.add_pipe(step["factory"], name=step.get("name", step["factory"]), config=step.get("config", {}))
            return nlp
    raise SystemExit("models/pipeline.json has no extractor_dates component")


def extractor_tool(whole: bool = False):
    if whole:
        from extractor.nlp import build_nlp
        nlp = build_nlp()
    else:
        nlp = build_date_nlp()

    def find(text: str, published: date | None):
        doc = nlp.make_doc(text)
        doc._.published = published
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    def to_dates(doc, text, published):
        return [m.model_dump(mode="json", include={"span", "text", "date_from", "date_to"})
                for m in doc._.dates]

    return find, to_dates


def _whole(day: date, period: str) -> tuple[date, date]:
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if period == "month":
        return date(day.year, day.month, 1), month_end(day.year, day.month)
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


def _located(text: str, found: list[tuple[str, date, date]]) -> list[dict]:
    """Spans for (string, from, to) in order: each string searched from the previous hit on."""
    out, at = [], 0
    for s, d_from, d_to in found:
        i = text.find(s, at)
        if i < 0:
            i = text.find(s)
        item = {"text": s, "date_from": d_from.isoformat(), "date_to": d_to.isoformat()}
        if i >= 0:
            item["span"] = [i, i + len(s)]
            at = i + len(s)
        out.append(item)
    return out


def dateparser_tool(languages=("en",)):
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    langs = list(languages) if languages else None

    def settings(published):
        s = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
        if published:
            s["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
        return s

    def find(text, published):
        return search_dates(text, languages=langs, settings=settings(published)) or []

    def to_dates(found, text, published):
        ddp = DateDataParser(languages=langs or ["en"], settings=settings(published))
        rows = []
        for s, dt in found:
            data = ddp.get_date_data(s)
            period = data.period if data and data.date_obj else "day"
            rows.append((s, *_whole(dt.date(), period or "day")))
        return _located(text, rows)

    return find, to_dates


_MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_YEAR_ONLY = re.compile(r"^\D*(18|19|20)\d\d\D*$")
_DAY_NUMBER = re.compile(r"(?<![\d:])(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?(?![\d:])")


def _granularity(source: str) -> str:
    if _YEAR_ONLY.match(source) and not _MONTH_WORD.search(source):
        return "year"
    rest = re.sub(r"(18|19|20)\d\d", " ", source)
    if _MONTH_WORD.search(source) and not _DAY_NUMBER.search(rest):
        return "month"
    return "day"


def datefinder_tool():
    import datefinder

    def find(text, published):
        base = datetime(published.year, published.month, published.day) if published else None
        return list(datefinder.find_dates(text, source=True, index=True, base_date=base))

    def to_dates(found, text, published):
        out = []
        for dt, source, (start, end) in found:
            d_from, d_to = _whole(dt.date(), _granularity(source))
            out.append({"text": text[start:end], "span": [start, end],
                        "date_from": d_from.isoformat(), "date_to": d_to.isoformat()})
        return out

    return find, to_dates


# ---------------------------------------------------------------- the run

def load_articles(dirs: list[Path]):
    items = []
    for d in dirs:
        for g in load_gold(d):
            a = read_source(str(g.input))
            items.append((d.name, g, a))
    return items


def run(tool, items, repeat: int):
    find, to_dates = tool
    find(items[0][2].text, items[0][2].published)  # warm up lazy loads
    best, results = float("inf"), None
    for _ in range(repeat):
        out, start = [], time.perf_counter()
        for _dir, _g, a in items:
            out.append(find(a.text, a.published))
        best = min(best, time.perf_counter() - start)
        results = out
    return best, results


def score(items, found, to_dates):
    per_dir: dict[str, list] = {}
    for (dirname, g, a), f in zip(items, found):
        predicted = {"article": {"text": a.text, "published": a.published and a.published.isoformat()},
                     "figures": [], "outcomes": [], "dates": to_dates(f, a.text, a.published)}
        per_dir.setdefault(dirname, []).append(score_article(g.gold, predicted, name=g.name))
    return per_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--details", choices=TOOLS)
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args()
    dirs = args.dirs or [p for p in (REPO.parent / "shared" / "eval", REPO / "corpus") if p.is_dir()]
    warnings.filterwarnings("ignore")
    items = load_articles(dirs)
    makers = {"extractor": extractor_tool, "extractor-nlp": lambda: extractor_tool(whole=True),
              "dateparser": dateparser_tool, "dateparser-auto": lambda: dateparser_tool(languages=None),
              "datefinder": datefinder_tool}
    rows = []
    for name in args.tools.split(","):
        tool = makers[name]()
        seconds, found = run(tool, items, 1 if name == "dateparser-auto" else args.repeat)
        per_dir = score(items, found, tool[1])
        row = {"tool": name, "ms_per_article": 1000 * seconds / len(items)}
        for dirname, scores in per_dir.items():
            row[dirname] = aggregate(scores).kind_scores("dates")
        row["all"] = aggregate([s for ss in per_dir.values() for s in ss]).kind_scores("dates")
        rows.append(row)
        if args.details == name:
            print_details(per_dir)
    base = next((r["ms_per_article"] for r in rows if r["tool"] == "extractor"), None)
    for r in rows:
        r["x_slower_than_extractor"] = r["ms_per_article"] / base if base else None
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    names = [d.name for d in dirs]
    print(f"{len(items)} articles ({', '.join(f'{n}: {sum(1 for i in items if i[0] == n)}' for n in names)}); "
          f"date P/R/F1 per SPEC section 3; time = best of runs, ms per article")
    head = f"{'tool':16}" + "".join(f"{n + ' P':>10}{'R':>7}{'F1':>7}" for n in [*names, "all"])
    print(head + f"{'ms/art':>9}{'x extractor':>13}")
    for r in rows:
        line = f"{r['tool']:16}" + "".join(
            f"{r[n]['p']:10.3f}{r[n]['r']:7.3f}{r[n]['f1']:7.3f}" for n in [*names, "all"])
        print(line + f"{r['ms_per_article']:9.2f}{r['x_slower_than_extractor']:13.1f}")
    return 0


def print_details(per_dir) -> None:
    for dirname, scores in per_dir.items():
        for s in scores:
            k = s.dates
            if not (k.missed or k.spurious or k.wrong):
                continue
            print(f"== {dirname}/{s.name}")
            for m in k.missed:
                print(f"  missed   {m['text']!r} {m['date_from']}..{m['date_to']}")
            for m in k.spurious:
                print(f"  spurious {m['text']!r} {m['date_from']}..{m['date_to']}")
            for w in k.wrong:
                print(f"  wrong    {w['text']!r} {w['field']} gold {w['gold']} predicted {w['predicted']}")


if __name__ == "__main__":
    sys.exit(main())
