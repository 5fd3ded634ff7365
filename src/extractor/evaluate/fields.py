"""Whether a predicted field is right against a gold field (which may list several
acceptable answers)."""

from __future__ import annotations

import math
import re
from typing import Any, Callable

from .gold import FIGURE_FIELDS, OUTCOME_FIELDS, fold


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


# SPEC section 3: a value that is not a whole number matches within 0.05, so
# "two-thirds" may be written 66.67 or 66.7 and "a third" 33.3 or 33.33.
FRACTION_TOLERANCE = 0.05


def _same_number(g: Any, p: Any, tol: float = 1e-6) -> bool:
    if g is None or p is None:
        return g is None and p is None
    gv, pv = _num(g), _num(p)
    if gv is None or pv is None:
        return False
    if not (gv.is_integer() and pv.is_integer()):
        return abs(gv - pv) <= FRACTION_TOLERANCE + 1e-9
    return abs(gv - pv) <= tol * max(1.0, abs(gv))


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


def field_right(name: str, gold_value: Any, predicted: Any) -> bool:
    return any(_COMPARE[name](g, predicted) for g in _choices(gold_value))


def scored_fields(kind: str, gold: dict) -> dict[str, Any]:
    """The fields of a gold item that are scored, with their gold values."""
    if kind == "figures":
        fields = {f: gold[f] for f in FIGURE_FIELDS if f in gold}
        fields.setdefault("outcome", None)
        return fields
    if kind == "outcomes":
        return {f: gold[f] for f in (*OUTCOME_FIELDS, "date") if f in gold}
    return {"date_from": gold["date_from"], "date_to": gold["date_to"]}


COMPLETE_FIELDS = {"figures": FIGURE_FIELDS, "outcomes": OUTCOME_FIELDS, "dates": ("date_from", "date_to")}
