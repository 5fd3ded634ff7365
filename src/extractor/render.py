"""Results as text for people and files: table, csv, json, jsonl."""

from __future__ import annotations

import csv
import io
import json
import textwrap

from .records import ArticleResult

FORMATS = ("table", "json", "jsonl", "csv")

_CSV_FIELDS = ["article_id", "source", "kind", "id", "span_start", "span_end", "text", "value",
               "qualifier", "unit", "counted", "category", "outcome", "out_of", "period_from",
               "period_to", "org", "subject", "custodial_months", "date", "date_from", "date_to",
               "check_kind", "message", "rule"]


def render(results: list[ArticleResult], fmt: str) -> str:
    if fmt == "json":
        specs = [r.to_spec() for r in results]
        return json.dumps(specs[0] if len(specs) == 1 else specs, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r.to_spec(), ensure_ascii=False) + "\n" for r in results)
    if fmt == "csv":
        return _csv(results)
    return "\n".join(table(r) for r in results)


def _csv(results: list[ArticleResult]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for r in results:
        base = {"article_id": r.article.id, "source": r.article.source}
        for kind, items in (("figure", r.figures), ("outcome", r.outcomes), ("date", r.dates)):
            for item in items:
                row = item.model_dump(mode="json")
                row["span_start"], row["span_end"] = item.span
                writer.writerow({**base, "kind": kind, **row})
        for c in r.checks:
            writer.writerow({**base, "kind": "check", "id": c.id, "check_kind": c.kind,
                             "message": c.message, "rule": c.rule,
                             "span_start": c.spans[0][0] if c.spans else None,
                             "span_end": c.spans[0][1] if c.spans else None})
    return out.getvalue()


def _quote(text: str, span: tuple[int, int], width: int = 70) -> str:
    """The sentence-ish context around a span, the span itself marked «…»."""
    start, end = span
    left = text.rfind("\n", 0, start)
    left = max(left + 1, start - width)
    right = text.find("\n", end)
    right = min(right if right != -1 else len(text), end + width)
    snippet = text[left:start] + "«" + text[start:end] + "»" + text[end:right]
    snippet = " ".join(snippet.split())
    return ("…" if left > 0 and text[left - 1] != "\n" else "") + snippet + ("…" if right < len(text) and text[right] != "\n" else "")


def _period(a, b) -> str:
    if a is None and b is None:
        return "-"
    return f"{a or '?'}..{b or '?'}" if a != b else str(a)


def _num(v) -> str:
    if v is None:
        return "-"
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def table(result: ArticleResult) -> str:
    a = result.article
    lines = [
        "=" * 78,
        f"{a.title or a.source}",
        f"  id {a.id} · published {a.published or 'unknown'} ({a.published_source}) · {a.source}",
        "=" * 78,
    ]
    text = a.text
    if result.figures:
        lines.append(f"FIGURES ({len(result.figures)})")
        for f in result.figures:
            value = ("~" if f.qualifier == "about" else "") + _num(f.value) + ("%" if f.unit == "percent" else "")
            qual = "" if f.qualifier in ("exact", "about") else f" [{f.qualifier}]"
            oo = f" of {_num(f.out_of)}" if f.out_of is not None else ""
            lines.append(f"  {value}{oo}{qual}  {f.counted or '?'} · {f.category or '?'}"
                         f"{' · ' + f.outcome if f.outcome else ''} · {_period(f.period_from, f.period_to)}"
                         f" · {f.org or '?'}")
            lines.append(textwrap.indent(_quote(text, f.span), "      "))
    if result.outcomes:
        lines.append(f"OUTCOMES ({len(result.outcomes)})")
        for o in result.outcomes:
            months = f" · {_num(o.custodial_months)} months" if o.custodial_months is not None else ""
            when = f" · {o.date}" if o.date else ""
            lines.append(f"  {o.outcome} · {o.subject or '?'}{months}{when}")
            lines.append(textwrap.indent(_quote(text, o.span), "      "))
    if result.dates:
        lines.append(f"DATES ({len(result.dates)})")
        for d in result.dates:
            lines.append(f"  {d.text!r:40} {_period(d.date_from, d.date_to)}")
    if result.claims:
        lines.append(f"CLAIMS ({len(result.claims)})")
        for c in result.claims:
            lines.append(f"  {c.kind} {c.status}: {c.message}")
    if result.checks:
        lines.append(f"CHECKS ({len(result.checks)})")
        for c in result.checks:
            lines.append(f"  ! {c.kind}: {c.message}")
    if not (result.figures or result.outcomes or result.dates or result.checks or result.claims):
        lines.append("  (nothing extracted)")
    return "\n".join(lines) + "\n"


def checks_table(rows, articles: dict) -> str:
    """Stored checks grouped by article: kind, message and the quoted words."""
    if not rows:
        return "No checks in the store.\n"
    lines, current = [], None
    for article_id, check in rows:
        if article_id != current:
            current = article_id
            a = articles[article_id]
            lines.append(f"{a.title}  [{article_id}]  {a.source}" if a.title else f"{a.source}  [{article_id}]")
        lines.append(f"  ! {check.kind}: {check.message}")
        for start, end in check.spans:
            lines.append(textwrap.indent(_quote(articles[article_id].text, (start, end)), "      "))
    kinds: dict[str, int] = {}
    for _, check in rows:
        kinds[check.kind] = kinds.get(check.kind, 0) + 1
    lines.append(f"{len(rows)} checks: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    return "\n".join(lines) + "\n"


class StreamOutput:
    """Results written as they come, in any format, byte for byte what ``render`` gives
    for the whole list: nothing is held back, so memory does not grow with the run."""

    def __init__(self, fmt: str, stream, always_list: bool = False):
        self.fmt, self.stream, self.count, self._first = fmt, stream, 0, None
        self.always_list = always_list

    def write(self, result) -> None:
        fmt, out = self.fmt, self.stream
        if fmt == "jsonl":
            out.write(render([result], "jsonl"))
        elif fmt == "json":  # one file's result is an object; otherwise a list
            if self.count == 0 and not self.always_list:
                self._first = result  # held back: alone, it is written as an object
            else:
                if self._first is not None:
                    out.write("[\n" + self._element(self._first))
                    self._first = None
                out.write(("[\n" if self.count == 0 else ",\n") + self._element(result))
        elif fmt == "csv":
            text = render([result], "csv")
            out.write(text if self.count == 0 else text.split("\r\n", 1)[1])
        else:
            out.write(("\n" if self.count else "") + render([result], fmt))
        self.count += 1
        out.flush()

    @staticmethod
    def _element(result) -> str:
        text = json.dumps(result.to_spec(), ensure_ascii=False, indent=2)
        return "\n".join("  " + line for line in text.split("\n"))

    def close(self) -> None:
        if self.fmt == "json":
            if self.count == 0:
                self.stream.write("[]\n")
            elif self._first is not None:
                self.stream.write(render([self._first], "json"))
            else:
                self.stream.write("\n]\n")
        elif self.fmt == "csv" and self.count == 0:
            self.stream.write(render([], "csv"))
        self.stream.flush()
