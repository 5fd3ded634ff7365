"""SPEC section 3: score extractor output against the gold files in a directory.

Scoring works on plain SPEC JSON dicts (``ArticleResult.to_spec()``), so it does
not depend on how the extractor is built::

    golds = load_gold(Path("eval"))                  # [GoldFile]
    score = score_article(gold_dict, predicted_dict)  # ArticleScore
    report = aggregate([score, ...])                  # Report
    report = evaluate_dir(Path("eval"), extract)      # all of the above
    print(format_report(report)); report.to_json()

How the SPEC's rules are read, and what is chosen where it is silent:

Folding. Every text comparison lowercases, turns each run of white space and
``|`` into one space and strips the ends. A pipe counts as a cell separator
(``a|b`` folds to ``a b``) rather than being deleted, so a table linearised
without spaces still matches evidence written with them. Nothing else is folded
(no typographic quotes or dashes): every evidence and text in the 28 gold files
of ``shared/eval`` is found in its input under this folding alone.

Locating gold in the article. Gold items have no spans, predictions do. Each
gold ``evidence`` (for dates: ``text``, narrowed to occurrences inside its
``evidence`` when it has one) is located in the folded ``article.text``,
preferring occurrences at word boundaries. A prediction whose span is valid
(``text[start:end] == item text``) is then compared by position:

- figure: the prediction lies inside an occurrence of the gold evidence. This is
  the SPEC's "text lies inside the evidence" read at the prediction's place, so
  a "3" from another table row does not match the "3" of this row;
- outcome: the prediction overlaps an occurrence of the evidence;
- date: the prediction overlaps an occurrence of the gold text.

When a gold quote is not in the article text or a prediction has no valid span,
the comparison falls back to folded strings: figure text inside the evidence;
outcome text and evidence (or date text and gold text) one inside the other.

Matching is one to one: a maximum matching (Hungarian algorithm), so results do
not depend on order; among maximum matchings the one with the most right fields
wins. Required gold items are matched first; predictions left over may then
absorb ``optional`` gold items. A prediction absorbed by an optional item counts
neither as right nor as wrong, its fields are not scored, and an unmatched
optional item is not a miss.

Fields. A gold field may be a list of acceptable answers. A field absent from a
gold item is not scored for that item, with one exception: a figure without
``outcome`` expects null (the gold files omit it on figures that count
referrals, allegations and the like, which are not outcomes). Numbers compare
within 1e-6 (``custodial_months`` within 0.1); dates compare as ISO strings;
null equals null. ``subject`` is right when every word of the gold subject is a
word of the predicted one; a null gold subject is right only against null.

Complete matches. A figure is complete when all eight scored fields are right;
an outcome when ``subject`` and ``custodial_months`` are. The outcome ``date``
(in few gold items) is reported as an extra accuracy under ``field_counts``
but is not part of completeness, as the SPEC scores outcomes on the two fields.

Dates. P/R/F1 count correct matches only: a date matched by position but with a
wrong ``date_from`` or ``date_to`` counts once as a false positive and once as a
miss; the per-article report lists it under ``wrong``, not under missed or
spurious.

Ratios. A ratio with a zero denominator is 0.0, except that P, R and F1 are 1.0
when there is neither a gold nor a predicted item. ``field_counts`` and
``counts`` in the JSON carry the numerators and denominators.

Errors. An exception from ``extract`` for one article is recorded and the article
is scored as predicting nothing (its ``published`` counts as wrong). In
``load_gold``, a JSON file without an ``input`` key is not a gold file and is
skipped with a warning; a gold file that cannot be read, names a missing input,
or has a malformed item raises ``EvalError`` naming the file.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .errors import EvalError

FIGURE_FIELDS = ("qualifier", "counted", "category", "out_of", "period_from", "period_to", "org", "outcome")
OUTCOME_FIELDS = ("subject", "custodial_months")
KINDS = ("figures", "outcomes", "dates")

_GOLD_KEYS = {
    "figures": {"evidence", "text", "value", "unit", "optional", "note", *FIGURE_FIELDS},
    "outcomes": {"evidence", "outcome", "subject", "custodial_months", "date", "optional", "note"},
    "dates": {"text", "date_from", "date_to", "evidence", "optional", "note"},
}
_GOLD_REQUIRED = {
    "figures": ("evidence", "text", "value", "unit"),
    "outcomes": ("evidence", "outcome"),
    "dates": ("text", "date_from", "date_to"),
}

Range = tuple[int, int]


# --------------------------------------------------------------------- folding

class _Folded:
    """A folded string plus, for each folded character, its index in the original."""

    def __init__(self, text: str):
        chars: list[str] = []
        orig: list[int] = []
        gap = -1  # start of a pending run of white space / pipes
        for i, ch in enumerate(text):
            if ch.isspace() or ch == "|":
                if gap < 0:
                    gap = i
                continue
            if gap >= 0 and chars:
                chars.append(" ")
                orig.append(gap)
            gap = -1
            for low in ch.lower():
                chars.append(low)
                orig.append(i)
        self.s = "".join(chars)
        self.orig = orig

    def range_of(self, start: int, end: int) -> Range | None:
        """The folded range of the original span [start, end), or None if empty."""
        a, b = bisect_left(self.orig, start), bisect_left(self.orig, end)
        while a < b and self.s[a] == " ":
            a += 1
        while b > a and self.s[b - 1] == " ":
            b -= 1
        return (a, b) if a < b else None

    def span_of(self, r: Range) -> tuple[int, int]:
        """The original span of a folded range."""
        return self.orig[r[0]], self.orig[r[1] - 1] + 1

    def find_all(self, needle: str) -> list[Range]:
        """Occurrences of a (raw) needle, at word boundaries when there are any."""
        n = fold(needle)
        if not n:
            return []
        found, i = [], self.s.find(n)
        while i >= 0:
            found.append((i, i + len(n)))
            i = self.s.find(n, i + 1)
        bounded = [r for r in found if _at_boundaries(self.s, r)]
        return bounded or found


def _at_boundaries(s: str, r: Range) -> bool:
    a, b = r
    if s[a].isalnum() and a > 0 and s[a - 1].isalnum():
        return False
    if s[b - 1].isalnum() and b < len(s) and s[b].isalnum():
        return False
    return True


def fold(text: Any) -> str:
    """Case, white space and ``|`` folded; None folds to ''."""
    return "" if text is None else _Folded(str(text)).s


# -------------------------------------------------------------------- gold I/O

@dataclass
class GoldFile:
    name: str          # the gold file's stem, e.g. "seed-000"
    input: Path        # the article the extractor reads
    gold: dict         # the parsed gold JSON


def _check_gold(path: Path, gold: dict) -> None:
    for kind in KINDS:
        items = gold.get(kind, [])
        if not isinstance(items, list):
            raise EvalError(f"{path}: '{kind}' must be a list")
        for n, item in enumerate(items):
            where = f"{path}: {kind}[{n}]"
            if not isinstance(item, dict):
                raise EvalError(f"{where} is not an object")
            missing = [k for k in _GOLD_REQUIRED[kind] if k not in item]
            if missing:
                raise EvalError(f"{where} lacks {', '.join(missing)}")
            unknown = sorted(set(item) - _GOLD_KEYS[kind])
            if unknown:
                raise EvalError(f"{where} has unknown keys {', '.join(unknown)}")


def load_gold(gold_dir: Path) -> list[GoldFile]:
    """Every gold file in ``gold_dir`` (not recursive), sorted by name."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: not a directory")
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise EvalError(f"{path}: unreadable gold file ({e})") from e
        if not isinstance(data, dict) or "input" not in data:
            warnings.warn(f"{path}: no 'input' key, not a gold file; skipped", stacklevel=2)
            continue
        if not isinstance(data["input"], str) or not data["input"]:
            raise EvalError(f"{path}: 'input' must be a file name")
        source = gold_dir / data["input"]
        if not source.is_file():
            raise EvalError(f"{path}: input {data['input']} not found beside it")
        _check_gold(path, data)
        golds.append(GoldFile(name=path.stem, input=source, gold=data))
    if not golds:
        raise EvalError(f"{gold_dir}: no gold files (*.json with an 'input' key)")
    return golds


# ------------------------------------------------------------ field comparison

def _choices(gold_value: Any) -> list:
    return gold_value if isinstance(gold_value, list) else [gold_value]


def _num(x: Any) -> float | None:
    if x is None or isinstance(x, bool):
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _same_number(g: Any, p: Any, tol: float = 1e-6) -> bool:
    if g is None or p is None:
        return g is None and p is None
    gv, pv = _num(g), _num(p)
    return gv is not None and pv is not None and abs(gv - pv) <= tol * max(1.0, abs(gv))


def _same_text(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    return fold(g) == fold(p)


def _same_date(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    return str(g) == str(p)


def _subject_right(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    return set(re.findall(r"\w+", fold(g))) <= set(re.findall(r"\w+", fold(p)))


def _custodial_right(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    gv, pv = _num(g), _num(p)
    return gv is not None and pv is not None and abs(gv - pv) <= 0.1 + 1e-9


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "qualifier": _same_text, "counted": _same_text, "category": _same_text, "org": _same_text,
    "outcome": _same_text, "out_of": _same_number, "period_from": _same_date,
    "period_to": _same_date, "subject": _subject_right, "custodial_months": _custodial_right,
    "date": _same_date, "date_from": _same_date, "date_to": _same_date,
    "value": _same_number, "unit": _same_text,
}


def _right(name: str, gold_value: Any, predicted: Any) -> bool:
    return any(_COMPARE[name](g, predicted) for g in _choices(gold_value))


def _scored_fields(kind: str, gold: dict) -> dict[str, Any]:
    """The fields of a gold item that are scored, with their gold values."""
    if kind == "figures":
        fields = {f: gold[f] for f in FIGURE_FIELDS if f in gold}
        fields.setdefault("outcome", None)
        return fields
    if kind == "outcomes":
        return {f: gold[f] for f in (*OUTCOME_FIELDS, "date") if f in gold}
    return {"date_from": gold["date_from"], "date_to": gold["date_to"]}


_COMPLETE_FIELDS = {"figures": FIGURE_FIELDS, "outcomes": OUTCOME_FIELDS, "dates": ("date_from", "date_to")}


# -------------------------------------------------------------------- matching

def _assign(weights: list[list[float]]) -> list[int]:
    """Max-weight matching of rows to columns (weight <= 0 means no edge).

    Hungarian algorithm on an n x (m + n) cost matrix whose extra columns let a
    row stay unmatched. Returns, per row, its column or -1.
    """
    n = len(weights)
    if n == 0:
        return []
    m = len(weights[0])
    cols = m + n
    cost = [[-w if w > 0 else 0.0 for w in row] + [0.0] * n for row in weights]
    inf = math.inf
    u, v = [0.0] * (n + 1), [0.0] * (cols + 1)
    p, way = [0] * (cols + 1), [0] * (cols + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (cols + 1), [False] * (cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            row = cost[i0 - 1]
            for j in range(1, cols + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = [-1] * n
    for j in range(1, m + 1):
        if p[j] and weights[p[j] - 1][j - 1] > 0:
            result[p[j] - 1] = j - 1
    return result


def _match(rows: list[int], cols: list[int], edge: Callable[[int, int], float | None]) -> dict[int, int]:
    """Maximum matching between row and column ids, ties broken by quality.

    ``edge(r, c)`` gives None for no edge, else a quality >= 0.
    """
    if not rows or not cols:
        return {}
    quality = [[edge(r, c) for c in cols] for r in rows]
    top = max((q for row in quality for q in row if q is not None), default=None)
    if top is None:
        return {}
    big = (top + 1) * (len(rows) + 1)  # one more pair always beats any quality
    weights = [[0.0 if q is None else big + q for q in row] for row in quality]
    return {rows[i]: cols[j] for i, j in enumerate(_assign(weights)) if j >= 0}


# ------------------------------------------------------------------- an article

@dataclass
class KindScore:
    """One kind (figures, outcomes or dates) in one article or in total.

    ``matched`` pairs required gold with a prediction; ``complete`` are matched
    pairs with every scored field right (for dates: both dates right, which is
    what dates' P/R/F1 count). ``predicted`` leaves out predictions absorbed by
    optional gold; ``gold`` counts required gold only.
    """

    matched: int = 0
    complete: int = 0
    predicted: int = 0
    gold: int = 0
    absorbed: int = 0
    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)

    def add(self, other: "KindScore") -> None:
        for name in ("matched", "complete", "predicted", "gold", "absorbed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name, n in other.right.items():
            self.right[name] = self.right.get(name, 0) + n
        for name, n in other.total.items():
            self.total[name] = self.total.get(name, 0) + n

    def counts(self) -> dict:
        return {"matched": self.matched, "complete": self.complete, "predicted": self.predicted,
                "gold": self.gold, "absorbed_by_optional": self.absorbed}


@dataclass
class ArticleScore:
    name: str
    published_gold: Any = None
    published_predicted: Any = None
    published_right: bool = False
    figures: KindScore = field(default_factory=KindScore)
    outcomes: KindScore = field(default_factory=KindScore)
    dates: KindScore = field(default_factory=KindScore)
    error: str | None = None

    def to_json(self) -> dict:
        out: dict[str, Any] = {
            "name": self.name,
            "error": self.error,
            "published": {"gold": self.published_gold, "predicted": self.published_predicted,
                          "right": self.published_right},
        }
        for kind in KINDS:
            ks: KindScore = getattr(self, kind)
            out[kind] = {**ks.counts(), "missed": ks.missed, "spurious": ks.spurious, "wrong": ks.wrong}
        return out


class _Article:
    """The predicted article text, folded once, with gold anchors cached."""

    def __init__(self, text: Any):
        self.text = text if isinstance(text, str) else ""
        self.folded = _Folded(self.text)

    def pred_range(self, item: dict) -> Range | None:
        span, text = item.get("span"), item.get("text")
        if not (isinstance(span, (list, tuple)) and len(span) == 2 and isinstance(text, str)):
            return None
        start, end = span
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.text)):
            return None
        if self.text[start:end] != text:
            return None
        return self.folded.range_of(start, end)

    def anchors(self, kind: str, gold: dict) -> list[Range]:
        """Where a gold item sits in the folded text ([] when it cannot be found)."""
        if kind != "dates":
            return self.folded.find_all(gold["evidence"])
        places = self.folded.find_all(gold["text"])
        if gold.get("evidence") and places:
            context = self.folded.find_all(gold["evidence"])
            inside = [t for t in places if any(a <= t[0] and t[1] <= b for a, b in context)]
            places = inside or places
        return places


def _inside(r: Range, anchors: list[Range]) -> bool:
    return any(a <= r[0] and r[1] <= b for a, b in anchors)


def _overlaps(r: Range, anchors: list[Range]) -> bool:
    return any(r[0] < b and a < r[1] for a, b in anchors)


def _either_inside(x: Any, y: Any) -> bool:
    fx, fy = fold(x), fold(y)
    return bool(fx and fy) and (fx in fy or fy in fx)


def _is_match(kind: str, gold: dict, pred: dict, anchors: list[Range], prange: Range | None) -> bool:
    if kind == "figures":
        if not (_right("value", gold["value"], pred.get("value")) and _right("unit", gold["unit"], pred.get("unit"))):
            return False
        if anchors and prange:
            return _inside(prange, anchors)
        text = fold(pred.get("text"))
        return bool(text) and text in fold(gold["evidence"])
    if kind == "outcomes":
        if not _right("outcome", gold["outcome"], pred.get("outcome")):
            return False
        if anchors and prange:
            return _overlaps(prange, anchors)
        return _either_inside(pred.get("text"), gold["evidence"])
    if anchors and prange:
        return _overlaps(prange, anchors)
    return _either_inside(pred.get("text"), gold["text"])


def _field_results(kind: str, gold: dict, pred: dict) -> dict[str, bool]:
    return {name: _right(name, value, pred.get(name)) for name, value in _scored_fields(kind, gold).items()}


def _gold_view(kind: str, gold: dict) -> dict:
    keys = {"figures": ("text", "value", "evidence"), "outcomes": ("outcome", "subject", "evidence"),
            "dates": ("text", "date_from", "date_to", "evidence")}[kind]
    return {k: gold.get(k) for k in keys}


def _pred_view(kind: str, pred: dict) -> dict:
    keys = {"figures": ("text", "value", "span"), "outcomes": ("text", "outcome", "subject", "span"),
            "dates": ("text", "date_from", "date_to", "span")}[kind]
    return {k: pred.get(k) for k in keys}


def _items(doc: dict, kind: str, whose: str) -> list[dict]:
    items = doc.get(kind) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise EvalError(f"{whose} '{kind}' must be a list of objects")
    return items


def _score_kind(kind: str, golds: list[dict], preds: list[dict], article: _Article) -> KindScore:
    anchors = [article.anchors(kind, g) for g in golds]
    ranges = [article.pred_range(p) for p in preds]
    fields: dict[tuple[int, int], dict[str, bool]] = {}

    def edge(gi: int, pi: int) -> float | None:
        if not _is_match(kind, golds[gi], preds[pi], anchors[gi], ranges[pi]):
            return None
        results = fields[gi, pi] = _field_results(kind, golds[gi], preds[pi])
        exact = fold(preds[pi].get("text")) == fold(golds[gi].get("text", golds[gi].get("evidence")))
        return 2 * sum(results.values()) + exact

    required = [i for i, g in enumerate(golds) if not g.get("optional")]
    optional = [i for i, g in enumerate(golds) if g.get("optional")]
    pairs = _match(required, list(range(len(preds))), edge)
    leftover = [i for i in range(len(preds)) if i not in pairs.values()]
    absorbed = _match(optional, leftover, edge)

    score = KindScore(gold=len(required), predicted=len(preds) - len(absorbed),
                      matched=len(pairs), absorbed=len(absorbed))
    for gi, pi in sorted(pairs.items()):
        results = fields[gi, pi]
        for name, ok in results.items():
            score.total[name] = score.total.get(name, 0) + 1
            score.right[name] = score.right.get(name, 0) + ok
            if not ok:
                score.wrong.append({"text": preds[pi].get("text"),
                                    "evidence": golds[gi].get("evidence", golds[gi].get("text")),
                                    "field": name, "gold": golds[gi].get(name),
                                    "predicted": preds[pi].get(name)})
        if all(results.get(name, True) for name in _COMPLETE_FIELDS[kind]):
            score.complete += 1
    score.missed = [_gold_view(kind, golds[gi]) for gi in required if gi not in pairs]
    used = set(pairs.values()) | set(absorbed.values())
    score.spurious = [_pred_view(kind, preds[pi]) for pi in range(len(preds)) if pi not in used]
    return score


def score_article(gold: dict, predicted: dict, *, name: str | None = None) -> ArticleScore:
    """Score one predicted SPEC dict against one gold dict."""
    if not isinstance(predicted, dict):
        raise EvalError(f"prediction for {name or gold.get('input')} is not a JSON object")
    meta = predicted.get("article") or {}
    article = _Article(meta.get("text"))
    score = ArticleScore(name=name or str(gold.get("input", "")))
    score.published_gold = gold.get("published")
    score.published_predicted = None if meta.get("published") is None else str(meta.get("published"))
    score.published_right = _right("date", score.published_gold, score.published_predicted)
    for kind in KINDS:
        golds = _items(gold, kind, "gold")
        preds = _items(predicted, kind, "predicted")
        setattr(score, kind, _score_kind(kind, golds, preds, article))
    return score


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
