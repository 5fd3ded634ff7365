"""Scoring one article: match its gold items to its predictions, kind by kind, and
count what is right, missed, spurious and wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import EvalError
from .fields import COMPLETE_FIELDS, field_right, scored_fields
from .gold import KINDS, Range, Folded, fold
from .match import match_items


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
        self.folded = Folded(self.text)

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
        if not (field_right("value", gold["value"], pred.get("value"))
                and field_right("unit", gold["unit"], pred.get("unit"))):
            return False
        if anchors and prange:
            return _inside(prange, anchors)
        text = fold(pred.get("text"))
        return bool(text) and text in fold(gold["evidence"])
    if kind == "outcomes":
        if not field_right("outcome", gold["outcome"], pred.get("outcome")):
            return False
        if anchors and prange:
            return _overlaps(prange, anchors)
        return _either_inside(pred.get("text"), gold["evidence"])
    if anchors and prange:
        return _overlaps(prange, anchors)
    return _either_inside(pred.get("text"), gold["text"])


def _field_results(kind: str, gold: dict, pred: dict) -> dict[str, bool]:
    return {name: field_right(name, value, pred.get(name)) for name, value in scored_fields(kind, gold).items()}


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
    pairs = match_items(required, list(range(len(preds))), edge)
    leftover = [i for i in range(len(preds)) if i not in pairs.values()]
    absorbed = match_items(optional, leftover, edge)

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
        if all(results.get(name, True) for name in COMPLETE_FIELDS[kind]):
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
    score.published_right = field_right("date", score.published_gold, score.published_predicted)
    for kind in KINDS:
        golds = _items(gold, kind, "gold")
        preds = _items(predicted, kind, "predicted")
        setattr(score, kind, _score_kind(kind, golds, preds, article))
    return score
