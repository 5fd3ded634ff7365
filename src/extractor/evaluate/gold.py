"""Gold files (SPEC section 3): reading and checking them, and the folding every
text comparison uses."""

from __future__ import annotations

import json
import warnings
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvalError


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

class Folded:
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
    return "" if text is None else Folded(str(text)).s


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
