"""Check every gold file in corpus/ against SPEC section 2 and its input.

    .venv/bin/python corpus/validate.py          # exit status 1 on any error
    .venv/bin/python corpus/validate.py corpus/structure   # another gold directory

For each NAME.json: the JSON parses; fields and enum values are the SPEC's;
the input exists; every evidence is a substring of the input's text (for
.html the visible text of the <article> element, with the <title> also
allowed for optional items; for .pdf pypdf's text layer) after folding case,
white space and '|' as the scorer does; a figure's text lies inside its
evidence; a date's text occurs in the article, and carries an evidence when
it occurs more than once; ISO dates parse and ranges are ordered.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

QUALIFIERS = {"exact", "more_than", "fewer_than", "at_least", "at_most", "about", "vague"}
UNITS = {"count", "percent"}
COUNTED = {"referral", "allegation", "complaint", "investigation", "officer", "case", "other"}
CATEGORIES = {"apsp", "corruption", "theft", "fraud", "drugs", "all", "other"}
OUTCOMES = {
    "jailed", "suspended_sentence", "convicted", "charged", "acquitted", "dismissed",
    "would_have_been_dismissed", "resigned", "retired", "barred", "final_written_warning",
    "written_warning", "gross_misconduct_proven", "misconduct_proven", "misconduct_not_proven",
    "no_case_to_answer", "suspended", "arrested", "other",
}
FIGURE_FIELDS = ["evidence", "text", "value", "qualifier", "unit", "counted", "category",
                 "outcome", "out_of", "period_from", "period_to", "org"]
OUTCOME_FIELDS = ["evidence", "outcome", "subject", "custodial_months"]
DATE_FIELDS = ["text", "date_from", "date_to"]


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("|", " ").lower()).strip()


def article_text(path: Path) -> tuple[str, str]:
    """(visible article text, extra text allowed for optional items)."""
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8"), ""
    if path.suffix == ".html":
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        title = soup.title.get_text(" ") if soup.title else ""
        for tag in soup(["script", "style", "noscript", "template"]):
            tag.decompose()
        node = soup.find("article") or soup.body
        return node.get_text(" "), title
    if path.suffix == ".pdf":
        import pypdf

        reader = pypdf.PdfReader(str(path))
        return "\n".join(page.extract_text() for page in reader.pages), ""
    raise ValueError(f"unknown input type {path.suffix}")


def as_list(v):
    return v if isinstance(v, list) else [v]


def iso(v) -> dt.date | None:
    return None if v is None else dt.date.fromisoformat(v)


def check(gold_path: Path) -> list[str]:
    errs: list[str] = []
    err = errs.append
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"bad JSON: {e}"]
    extra = set(gold) - {"input", "published", "note", "figures", "outcomes", "dates"}
    if extra:
        err(f"unknown top-level keys {sorted(extra)}")
    inp = gold_path.parent / gold.get("input", "")
    if not inp.is_file():
        return errs + [f"input {gold.get('input')!r} missing"]
    if inp.stem != gold_path.stem:
        err("input name does not match the gold file name")
    text, extra_text = article_text(inp)
    ftext, fextra = fold(text), fold(extra_text)
    try:
        iso(gold.get("published"))
    except (TypeError, ValueError):
        err(f"published {gold.get('published')!r} is not ISO or null")
    if not gold.get("note"):
        err("no note")

    def present(ev: str, optional: bool) -> bool:
        f = fold(ev)
        return f in ftext or (optional and f in fextra)

    for i, f in enumerate(gold.get("figures", [])):
        where = f"figure {i} ({f.get('text')!r})"
        opt = f.get("optional", False)
        missing = [k for k in FIGURE_FIELDS if k not in f]
        if missing and not opt:
            err(f"{where}: missing {missing}")
        if not present(f["evidence"], opt):
            err(f"{where}: evidence not in article: {f['evidence']!r}")
        if fold(f["text"]) not in fold(f["evidence"]):
            err(f"{where}: text not inside evidence")
        for q in as_list(f.get("qualifier", "exact")):
            if q not in QUALIFIERS:
                err(f"{where}: qualifier {q!r}")
        if f.get("unit") not in UNITS:
            err(f"{where}: unit {f.get('unit')!r}")
        vague = "vague" in as_list(f.get("qualifier"))
        if vague != (f.get("value") is None):
            err(f"{where}: value must be null exactly when vague")
        for c in as_list(f.get("counted")):
            if c is not None and c not in COUNTED:
                err(f"{where}: counted {c!r}")
        for c in as_list(f.get("category")):
            if c is not None and c not in CATEGORIES:
                err(f"{where}: category {c!r}")
        for o in as_list(f.get("outcome")):
            if o is not None and o not in OUTCOMES:
                err(f"{where}: outcome {o!r}")
        for o in as_list(f.get("out_of")):
            if o is not None and not isinstance(o, (int, float)):
                err(f"{where}: out_of {o!r}")
        try:
            froms = [iso(x) for x in as_list(f.get("period_from"))]
            tos = [iso(x) for x in as_list(f.get("period_to"))]
            if len(froms) == 1 and len(tos) == 1 and froms[0] and tos[0] and froms[0] > tos[0]:
                err(f"{where}: period_from after period_to")
        except (TypeError, ValueError) as e:
            err(f"{where}: bad period date {e}")

    for i, o in enumerate(gold.get("outcomes", [])):
        where = f"outcome {i} ({o.get('outcome')!r})"
        opt = o.get("optional", False)
        missing = [k for k in OUTCOME_FIELDS if k not in o]
        if missing and not opt:
            err(f"{where}: missing {missing}")
        if not present(o["evidence"], opt):
            err(f"{where}: evidence not in article: {o['evidence']!r}")
        for k in as_list(o.get("outcome")):
            if k not in OUTCOMES:
                err(f"{where}: outcome {k!r}")
        for m in as_list(o.get("custodial_months")):
            if m is not None and (not isinstance(m, (int, float)) or m < 0):
                err(f"{where}: custodial_months {m!r}")
        for d in as_list(o.get("date")):
            try:
                iso(d)
            except (TypeError, ValueError):
                err(f"{where}: date {d!r}")
        extra = set(o) - set(OUTCOME_FIELDS) - {"date", "optional"}
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")

    for i, d in enumerate(gold.get("dates", [])):
        where = f"date {i} ({d.get('text')!r})"
        opt = d.get("optional", False)
        missing = [k for k in DATE_FIELDS if k not in d]
        if missing:
            err(f"{where}: missing {missing}")
        t = fold(d["text"])
        count = len(re.findall(re.escape(t), ftext))
        if count == 0 and not (opt and t in fextra):
            err(f"{where}: text not in article")
        if "evidence" in d:
            if not present(d["evidence"], opt):
                err(f"{where}: evidence not in article: {d['evidence']!r}")
            if t not in fold(d["evidence"]):
                err(f"{where}: text not inside evidence")
        elif count > 1:
            same = [x for x in gold["dates"] if fold(x["text"]) == t]
            if len(same) < count:
                err(f"{where}: text occurs {count} times; give an evidence")
        try:
            froms = [iso(x) for x in as_list(d["date_from"])]
            tos = [iso(x) for x in as_list(d["date_to"])]
            if (None in froms) != (None in tos) and len(froms) == len(tos) == 1:
                err(f"{where}: date_from and date_to must both be null or both set")
            if len(froms) == 1 and len(tos) == 1 and froms[0] and tos[0] and froms[0] > tos[0]:
                err(f"{where}: date_from after date_to")
        except (TypeError, ValueError) as e:
            err(f"{where}: bad date {e}")
    return errs


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]).resolve() if args else HERE
    golds = sorted(root.glob("*.json"))
    inputs = sorted(p for p in root.iterdir() if p.suffix in {".txt", ".md", ".html", ".pdf"})
    bad = 0
    for p in inputs:
        if not p.with_suffix(".json").exists():
            print(f"{p.name}: no gold file")
            bad += 1
    totals = {"figures": 0, "outcomes": 0, "dates": 0}
    for g in golds:
        errs = check(g)
        data = json.loads(g.read_text(encoding="utf-8")) if not errs or "bad JSON" not in errs[0] else {}
        for k in totals:
            totals[k] += len(data.get(k, []))
        status = "ok" if not errs else f"{len(errs)} error(s)"
        print(f"{g.name}: {status}")
        for e in errs:
            print(f"    {e}")
        bad += bool(errs)
    print(f"{len(golds)} gold files, {totals['figures']} figures, {totals['outcomes']} outcomes, "
          f"{totals['dates']} dates; {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
