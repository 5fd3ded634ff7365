"""Scores over a gold directory: aggregation, evaluate_dir and the printed report."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from .gold import FIGURE_FIELDS, KINDS, OUTCOME_FIELDS, load_gold
from .score import ArticleScore, KindScore, score_article


# ---------------------------------------------------------------- aggregation

def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    if predicted == 0 and gold == 0:
        return 1.0, 1.0, 1.0
    p, r = _ratio(tp, predicted), _ratio(tp, gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _r4(x: float) -> float:
    return round(x, 4)


@dataclass
class Report:
    articles: list[ArticleScore]
    figures: KindScore
    outcomes: KindScore
    dates: KindScore

    @property
    def published_acc(self) -> float:
        return _ratio(sum(a.published_right for a in self.articles), len(self.articles))

    @property
    def headline_complete_f1(self) -> float:
        f, o = self.figures, self.outcomes
        return _prf(f.complete + o.complete, f.predicted + o.predicted, f.gold + o.gold)[2]

    @property
    def errors(self) -> list[dict]:
        return [{"article": a.name, "error": a.error} for a in self.articles if a.error]

    def kind_scores(self, kind: str) -> dict[str, float]:
        ks: KindScore = getattr(self, kind)
        if kind == "dates":
            p, r, f1 = _prf(ks.complete, ks.predicted, ks.gold)
            return {"p": _r4(p), "r": _r4(r), "f1": _r4(f1)}
        p, r, f1 = _prf(ks.matched, ks.predicted, ks.gold)
        complete_f1 = _prf(ks.complete, ks.predicted, ks.gold)[2]
        return {"p": _r4(p), "r": _r4(r), "f1": _r4(f1), "complete_f1": _r4(complete_f1)}

    def field_accuracy(self, kind: str, names: Iterable[str]) -> dict[str, float]:
        ks: KindScore = getattr(self, kind)
        return {n: _r4(_ratio(ks.right.get(n, 0), ks.total.get(n, 0))) for n in names}

    def to_json(self) -> dict:
        def counts(ks: KindScore) -> dict:
            return {n: {"right": ks.right.get(n, 0), "total": ks.total.get(n, 0)} for n in sorted(ks.total)}

        return {
            "articles": len(self.articles),
            "headline_complete_f1": _r4(self.headline_complete_f1),
            "published_acc": _r4(self.published_acc),
            "figures": self.kind_scores("figures"),
            "figure_fields": self.field_accuracy("figures", FIGURE_FIELDS),
            "outcomes": self.kind_scores("outcomes"),
            "outcome_fields": self.field_accuracy("outcomes", OUTCOME_FIELDS),
            "dates": self.kind_scores("dates"),
            "counts": {k: getattr(self, k).counts() for k in KINDS},
            "field_counts": {"figures": counts(self.figures), "outcomes": counts(self.outcomes),
                             "dates": counts(self.dates)},
            "errors": self.errors,
            "per_article": [a.to_json() for a in self.articles],
        }


def aggregate(scores: Iterable[ArticleScore]) -> Report:
    articles = list(scores)
    totals = {k: KindScore() for k in KINDS}
    for a in articles:
        for k in KINDS:
            totals[k].add(getattr(a, k))
    return Report(articles=articles, **totals)


def _empty_prediction() -> dict:
    return {"article": {"published": None, "text": ""}, "figures": [], "outcomes": [], "dates": []}


def evaluate_dir(gold_dir: Path, extract: Callable[[Path], dict]) -> Report:
    """Run ``extract`` on every gold file's input and score it.

    One article's failure (an exception from ``extract`` or a malformed
    prediction) is recorded on that article, which is then scored as predicting
    nothing; the run goes on.
    """
    scores = []
    for g in load_gold(gold_dir):
        error = None
        try:
            predicted = extract(g.input)
            if hasattr(predicted, "to_spec"):
                predicted = predicted.to_spec()
            score = score_article(g.gold, predicted, name=g.name)
        except Exception as e:  # noqa: BLE001 - one bad article must not stop the run
            error = f"{type(e).__name__}: {e}"
            score = score_article(g.gold, _empty_prediction(), name=g.name)
            score.published_right = False
        score.error = error
        scores.append(score)
    return aggregate(scores)


# ------------------------------------------------------------------ formatting

def _fmt(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return json.dumps(x, ensure_ascii=False) if not isinstance(x, str) else repr(x)


def _clip(s: Any, n: int = 90) -> str:
    s = " ".join(str(s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def format_report(report: Report, *, details: bool = True) -> str:
    """A plain-text report: headline, per-kind and per-field tables, then per
    article what was missed, spurious or wrong."""
    j = report.to_json()
    lines = [
        f"articles {j['articles']}   headline complete-F1 {j['headline_complete_f1']:.3f}"
        f"   published {j['published_acc']:.3f}",
        "",
        f"{'':10}{'P':>7}{'R':>7}{'F1':>7}{'cF1':>7}   matched/complete/predicted/gold",
    ]
    for kind in KINDS:
        s, c = j[kind], j["counts"][kind]
        cf1 = f"{s['complete_f1']:7.3f}" if "complete_f1" in s else f"{'':7}"
        lines.append(f"{kind:10}{s['p']:7.3f}{s['r']:7.3f}{s['f1']:7.3f}{cf1}"
                     f"   {c['matched']}/{c['complete']}/{c['predicted']}/{c['gold']}")
    lines += ["", f"{'field':28}{'acc':>7}   right/total"]
    for kind, names in (("figures", FIGURE_FIELDS), ("outcomes", (*OUTCOME_FIELDS, "date"))):
        fc = j["field_counts"][kind]
        for n in names:
            right, total = fc.get(n, {}).get("right", 0), fc.get(n, {}).get("total", 0)
            lines.append(f"{kind[:-1] + '.' + n:28}{_ratio(right, total):7.3f}   {right}/{total}")
    if j["errors"]:
        lines += ["", "errors:"] + [f"  {e['article']}: {e['error']}" for e in j["errors"]]
    if not details:
        return "\n".join(lines)
    for a in j["per_article"]:
        parts = [f"{k} {a[k]['complete']}/{a[k]['predicted']}/{a[k]['gold']}" for k in KINDS]
        lines += ["", f"== {a['name']}   (complete/predicted/gold) " + "  ".join(parts)]
        if a["error"]:
            lines.append(f"  ERROR {a['error']}")
        pub = a["published"]
        if not pub["right"]:
            lines.append(f"  published: gold {_fmt(pub['gold'])}, predicted {_fmt(pub['predicted'])}")
        for kind in KINDS:
            k = a[kind]
            for m in k["missed"]:
                what = _fmt(m.get("value")) if kind == "figures" else (
                    m["outcome"] if kind == "outcomes" else f"{m['date_from']}..{m['date_to']}")
                label = _clip(m.get("text") or m.get("subject"), 40)
                ev = f'  in "{_clip(m["evidence"])}"' if m.get("evidence") else ""
                lines.append(f"  missed   {kind[:-1]:7} {label!r} = {what}{ev}")
            for s in k["spurious"]:
                what = _fmt(s.get("value")) if kind == "figures" else (
                    s.get("outcome") if kind == "outcomes" else f"{s.get('date_from')}..{s.get('date_to')}")
                lines.append(f"  spurious {kind[:-1]:7} {_clip(s.get('text'), 40)!r} = {what} at {s.get('span')}")
            for w in k["wrong"]:
                lines.append(f"  wrong    {kind[:-1]:7} {_clip(w['text'], 40)!r} {w['field']}: "
                             f"gold {_fmt(w['gold'])}, predicted {_fmt(w['predicted'])}"
                             f'  in "{_clip(w["evidence"], 60)}"')
    return "\n".join(lines)
