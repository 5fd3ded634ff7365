"""One check laid out for a data editor: its message, then each passage it points at with
the records extracted there and every field of theirs, so the editor can tell whether the
extraction misread the article (a wrong period, a count of other people) or the article
itself is wrong.

    extractor checks --explain 3f9c0a1b2c3d4e5f

Pure apart from ``explain_stored``, which reads one article from a Store.
"""

from __future__ import annotations

from ..errors import StoreError
from ..records import ArticleResult, Check, DateMention, Figure, Outcome
from .keys import sentence_of, sentence_spans

FIGURE_FIELDS = ("value", "qualifier", "unit", "counted", "category", "outcome", "out_of", "period_from",
                 "period_to", "period_source", "org", "noun", "rule")
OUTCOME_FIELDS = ("outcome", "subject", "custodial_months", "date", "rule")
DATE_FIELDS = ("date_from", "date_to", "relative", "rule")
QUOTE = 240


def _overlaps(item, span: tuple[int, int]) -> bool:
    return item.span[0] < span[1] and span[0] < item.span[1]


def _fields(item, names: tuple[str, ...]) -> str:
    said = []
    for name in names:
        value = getattr(item, name)
        said.append(f"{name}={'-' if value is None else value}")
    return "  ".join(said)


def _line(kind: str, item) -> str:
    names = {Figure: FIGURE_FIELDS, Outcome: OUTCOME_FIELDS, DateMention: DATE_FIELDS}[type(item)]
    return f"      {kind} “{item.text}” [{item.span[0]}:{item.span[1]}]  {_fields(item, names)}"


def explain(result: ArticleResult, check: Check) -> str:
    """The check, and for each of its spans the words, their sentence and the records there."""
    text = result.article.text
    sents = sentence_spans(text)
    lines = [f"check {check.id}  {check.kind}  (rule {check.rule or '-'})",
             f"article {result.article.id}  {result.article.source}"
             + (f"  published {result.article.published}" if result.article.published else "  no publication date"),
             "", check.message, ""]
    for n, span in enumerate(check.spans, 1):
        s, e = sentence_of(sents, tuple(span))
        sentence = text[s:e].strip()
        if len(sentence) > QUOTE:
            sentence = sentence[:QUOTE - 1] + "…"
        lines.append(f"  [{n}] “{text[span[0]:span[1]]}” at {span[0]}:{span[1]}")
        lines.append(f"      in: {sentence}")
        found = ([("figure", f) for f in result.figures if _overlaps(f, span)]
                 + [("outcome", o) for o in result.outcomes if _overlaps(o, span)]
                 + [("date", d) for d in result.dates if _overlaps(d, span)])
        lines += [_line(kind, item) for kind, item in found] or \
            ["      no record extracted here: the check read these words from the text itself"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def find_check(store, check_id: str) -> tuple[str, Check]:
    """The stored check whose id is ``check_id`` (or starts with it, when only one does)."""
    found = [(aid, c) for aid, c in store.checks() if c.id.startswith(check_id)]
    if not found:
        raise StoreError(f"no current check {check_id}")
    if len(found) > 1 and not any(c.id == check_id for _, c in found):
        raise StoreError(f"{len(found)} checks start with {check_id}: give more of the id")
    return next(((aid, c) for aid, c in found if c.id == check_id), found[0])


def explain_stored(store, check_id: str) -> str:
    article_id, check = find_check(store, check_id)
    return explain(store.load(article_id), check)
