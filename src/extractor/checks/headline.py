"""A headline that gives a person another sanction than the body does: 'Final written
warning for serving officer' over a story whose panel issued 'a Written Warning'.
``contradiction`` (rule headline_vs_body).

The sanctions are phrases in models/checks.json (headline_sanctions), read longest first
so 'final written warning' is not also a 'written warning'; which sanctions exclude each
other is models/contradictions.json's 'exclusive'. The check is raised only when the
headline speaks of one person (no 'officers', 'pair', 'two'), states its sanction
without a negation or a hedge ('spared jail', 'could be sacked', 'faces dismissal'), the
body never states that sanction, and the body states exactly one other sanction of the
same exclusive group. A headline's count against the body's ('1,600' over '1,629') is a
rounding, not checked. A headline naming two sanctions, or words placing either sanction in
another decision ('on appeal', 'previously', 'replaced'; models/contradictions.json), and
this check stays silent; so it does when outcome records already contradict each other
across the headline (contradictions.py).

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .contradictions import rules as contradiction_rules
from .settings import check_rules, words_pattern
from ..records import ArticleResult, Check

HEADLINE_WORDS = 16  # a first line longer than this is a sentence, not a headline


@lru_cache(maxsize=1)
def _sanctions() -> re.Pattern:
    return re.compile(words_pattern([s.phrase for s in check_rules().headline_sanctions]), re.I)


def _outcome(phrase: str) -> str:
    return next(s.outcome for s in check_rules().headline_sanctions if s.phrase == phrase.lower())


def _stated(text: str, start: int, end: int) -> list[tuple[str, re.Match]]:
    """The sanctions stated between start and end, not negated, hedged or a verb with an object."""
    r = check_rules()
    out = []
    for m in _sanctions().finditer(text, start, end):
        before = " ".join(re.findall(r"[\w']+", text[max(start, m.start() - 40):m.start()].lower())[-3:])
        if re.search(words_pattern(r.headline_negations), before):
            continue
        if re.match(rf"\s+{words_pattern(r.verb_objects)}", text[m.end():m.end() + 20], re.I) \
                and not m.group(0).lower().endswith("warning"):
            continue
        out.append((_outcome(m.group(0)), m))
    return out


def headline_span(result: ArticleResult) -> Optional[tuple[int, int]]:
    """The title where the text holds it; else a first line that reads as a headline (a
    few words, no full stop), as a plain-text article begins."""
    text = result.article.text
    title = (result.article.title or "").strip()
    if title:
        start = text.find(title)
        return (start, start + len(title)) if start >= 0 else None
    first = text.split("\n", 1)[0].strip()
    if "\n" in text and first and len(first.split()) <= HEADLINE_WORDS and not re.search(r"[.!?:\"”]$", first):
        start = text.find(first)
        return start, start + len(first)
    return None


def _another_matter(words: str) -> bool:
    """Words that put a sanction in an earlier or later decision (models/contradictions.json
    'earlier_matter': 'previously', 'on appeal', 'replaced')."""
    return re.search(words_pattern(contradiction_rules()["earlier_matter"]), words, re.I) is not None


def _group_of(a: str, b: str) -> bool:
    return any(a in g and b in g for g in contradiction_rules()["exclusive"])


def headline_mismatches(result: ArticleResult, earlier: list[Check] = ()) -> list[Check]:
    text = result.article.text
    head = headline_span(result)
    if head is None or re.search(words_pattern(check_rules().headline_people), text[head[0]:head[1]], re.I):
        return []
    if any(c.kind == "contradiction" and any(head[0] <= s < head[1] for s, _ in c.spans) for c in earlier):
        return []
    said = _stated(text, *head)
    if not said or len({o for o, _ in said}) > 1 or _another_matter(text[head[0]:head[1]]):
        return []  # 'sacked ... given final written warning on appeal' tells of two decisions
    outcome, m = said[0]
    body = _stated(text, head[1], len(text))
    if any(o == outcome for o, _ in body):
        return []
    others = [(o, b) for o, b in body if _group_of(outcome, o)]
    if len({o for o, _ in others}) != 1:
        return []
    o, b = others[0]
    sentence = re.split(r"(?<=[.!?])\s+|\n", text[b.start():])[0]
    before = text[max(head[1], b.start() - 120):b.start()].rsplit("\n", 1)[-1].rsplit(". ", 1)[-1]
    if _another_matter(before + sentence):
        return []  # 'his dismissal was replaced with a final written warning on appeal'
    return [Check(kind="contradiction", rule="headline_vs_body", spans=[(m.start(), m.end()), (b.start(), b.end())],
                  message=(f"The headline gives “{m.group(0)}” ({outcome.replace('_', ' ')}), but the body says "
                           f"“{(before + sentence).strip()}” ({o.replace('_', ' ')}) and never states "
                           f"{outcome.replace('_', ' ')}: one hearing ends in one sanction. Unless the headline is "
                           "about another person or matter, one of them is wrong."))]
