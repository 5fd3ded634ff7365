"""Runs the tables battery (tab10_battery.py) through the whole pipeline, from a file as
a user gives one: (page, expectation, what went wrong or None)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from extractor import extract_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pdfmaker import make_pdf  # noqa: E402
from tab10_battery import E, PAGES, N  # noqa: E402

_FIELDS = {"pf": "period_from", "pt": "period_to"}


def page_result(page, folder: Path):
    path = folder / f"{page.name}.{page.kind}"
    if page.kind == "pdf":
        path.write_bytes(make_pdf([page.body]))
    else:
        path.write_text(page.body, encoding="utf-8")
    return extract_file(str(path))


def _line(text: str, marker: str):
    at = text.find(marker)
    if at < 0:
        return None
    s = text.rfind("\n", 0, at) + 1
    e = text.find("\n", at)
    return s, (len(text) if e < 0 else e)


def check(result, item) -> str | None:
    text = result.article.text
    bounds = _line(text, item.line)
    if bounds is None:
        return f"no line holding {item.line!r}"
    on_line = sorted((f for f in result.figures if bounds[0] <= f.span[0] < bounds[1]), key=lambda f: f.span[0])
    same = [f for f in on_line if f.text.strip() == item.cell]
    if isinstance(item, N):
        return None if not same else f"{item.cell!r} read as a figure"
    if len(same) <= item.nth:
        return f"{item.cell!r} not found; line has {[f.text for f in on_line]}"
    fig = same[item.nth]
    wrong = []
    for key, want in item.fields:
        got = getattr(fig, _FIELDS.get(key, key))
        got = got.isoformat() if hasattr(got, "isoformat") else got
        if key == "value":
            ok = got is not None and abs(got - want) < 0.05
        else:
            ok = got == want
        if not ok:
            wrong.append(f"{key}={got!r} (want {want!r})")
    return ", ".join(wrong) or None


def run(pages=PAGES):
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            result = page_result(page, Path(tmp))
            for item in page.expect:
                out.append((page, item, check(result, item)))
    return out


if __name__ == "__main__":
    rows = run([p for p in PAGES if len(sys.argv) < 2 or any(a in p.name for a in sys.argv[1:])])
    bad = [(p, i, w) for p, i, w in rows if w]
    for p, i, w in bad:
        print(f"{p.name:40} {type(i).__name__} {i.line[:28]!r:32} {i.cell!r:10} {w}")
    print(f"{len(rows) - len(bad)}/{len(rows)} pass; pages fully right "
          f"{len({p.name for p, _, _ in rows} - {p.name for p, _, _ in bad})}/{len({p.name for p, _, _ in rows})}")
