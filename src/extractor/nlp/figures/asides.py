"""Where a count's own words run past an aside or a fronted base: the verb a figure
opening its sentence takes after an aside naming some of it, and the set a later part is
counted from."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc

from ...rulefiles import word_set
from .base import _looks_verbal

# Words that open an aside naming some of a count: "three officers, including the one who ..."
_ASIDE_OPENERS = {"including", "among", "amongst", "excluding", "besides"}
_MAX_RUN = 6  # counts compared in one breath: "278 and 62", "31, 10 and 4"
_MARKS = (",", ";", ":", "(", ")", "\u2013", "\u2014")


def aside_end(doc: Doc, comma: int, limit: int) -> Optional[int]:
    """'Three officers, including the one accused of assault, were fired', 'Six deputies,
    among them a sergeant who led the raid, were suspended': an aside opened by 'including'
    or 'among' may hold verbs of its own; it closes at the next comma, and the verb right
    after that comma is the figure's. The comma closing the aside, else None (no verb
    after it: '..., including two sergeants, a constable and ...' is a list)."""
    if comma + 1 >= limit or doc[comma + 1].lower_ not in _ASIDE_OPENERS:
        return None
    k = comma + 2
    while k < limit and doc[k].text not in _MARKS:
        k += 1
    if k + 1 >= limit or doc[k].text != ",":
        return None
    return k if _looks_verbal(doc[k + 1]) or doc[k + 1].lower_ in ("received", "got", "faced", "lost") else None


def fronted_base(doc: Doc, figure_start: int, clause_start: int) -> bool:
    """'Of the 12 investigations ...', 'Among the 40 officers ...': the set a later part is
    counted from, fronted; what the main clause says happened is the part's, not the set's."""
    words = [t.lower_ for t in doc[clause_start: figure_start]]
    return len(words) in (1, 2) and words[0] in ("of", "among", "amongst") and words[-1] in (
        "of", "among", "amongst", "the", "these", "those", "its", "their")


def compared_pair(by_start: dict, starts: list, cand, sent_start: int, is_comparison) -> Optional[object]:
    """'301 officers were suspended and 69 were terminated, compared to 278 and 62 in 2021',
    'up from 31 and 4 the year before': two or more counts compared together, joined by
    'and' or commas, stand each for the count in the same place among as many counts before
    them in the sentence (the English 'respectively' leaves unsaid). The count this one
    stands for, else None. `starts` is every figure's first token, sorted; a run is read
    to _MAX_RUN counts at most, so a long list of numbers costs no more than a short one."""
    doc = cand.span.doc

    def joined_before(c):
        k = bisect_left(starts, c.start) - 1
        prev = by_start.get(starts[k]) if k >= 0 else None
        if prev is None or prev.start < sent_start or prev.span.end != c.start - 1:
            return None
        return prev if doc[c.start - 1].lower_ in ("and", ",") else None

    def joined_after(c):
        i = c.span.end
        return by_start.get(i + 1) if i + 1 < len(doc) and doc[i].lower_ in ("and", ",") else None

    run = [cand]
    while len(run) <= _MAX_RUN and (prev := joined_before(run[0])) is not None:
        run.insert(0, prev)
    while len(run) <= _MAX_RUN and (nxt := joined_after(run[-1])) is not None:
        run.append(nxt)
    if not 2 <= len(run) <= _MAX_RUN or not is_comparison(doc, run[0]):
        return None
    lo, hi = bisect_left(starts, sent_start), bisect_left(starts, run[0].start)
    if hi - lo < len(run):
        return None
    return by_start.get(starts[hi - len(run) + run.index(cand)])


def one_of_a_fronted_base(doc: Doc, start: int) -> bool:
    """'Of the 12 investigations into force, only one was sustained': 'one' after the comma
    closing a fronted base is a part of that count, not the idiom."""
    k = start - 1
    while k > 0 and doc[k].lower_ in ("only", "just", "but"):
        k -= 1
    if k < 2 or doc[k].text != ",":
        return False
    j = k - 1
    while j > 0 and k - j < 15 and not doc[j].is_sent_start and doc[j].text not in (",", ";", ":"):
        j -= 1
    return doc[j].lower_ in ("of", "among", "amongst") and any(
        t.like_num and t.lower_ != "one" for t in doc[j + 1: min(j + 4, k)])


_YEAR = re.compile(r"^(?:19|20)\d\d(?:/\d{2,4})?$")


def one_in_a_series(doc: Doc, start: int, end: int) -> bool:
    """'four dismissals in 2020, one in 2019 and three in 2018': 'one' as an item of a list of
    counts by year, after another count of the list."""
    if start < 3 or doc[start - 1].lower_ not in (",", "and") or end + 1 >= len(doc):
        return False
    if doc[end].lower_ not in ("in", "for", "during") or not _YEAR.match(doc[end + 1].text):
        return False
    k = start - 2  # the item before: "<count> ... in <year>"
    return bool(_YEAR.match(doc[k].text)) and any(t.like_num and not _YEAR.match(t.text)
                                                  for t in doc[max(0, k - 5): k - 1])


# auxiliaries and "remain": closed-class grammar, kept in the code
_FINITE = frozenset({"have", "has", "had", "were", "was", "are", "is", "will", "would", "remain", "remained"})


def base_phrase_end(doc: Doc, start: int, end: int, clause_end: int) -> int:
    """'Three of the 14 deputies facing federal charges have pleaded guilty': the base of a
    part fronted before it ends where the main verb begins; what its noun phrase says
    ('facing federal charges') is its outcome, the verb is the part's. ``start``/``end``:
    the base's number; ``clause_end``: where its clause ends otherwise."""
    if start < 3 or doc[start - 1].lower_ not in ("the", "these", "those") or doc[start - 2].lower_ != "of" \
            or not doc[start - 3].like_num:
        return clause_end
    return next((k for k in range(end, clause_end) if doc[k].lower_ in _FINITE), clause_end)


# prepositions of cause: a closed class
_REASONS = frozenset({"after", "following", "over", "for"})


def reason_after_outcome(doc: Doc, s: int, start: int, prev_end: int) -> bool:
    """'Another 97 were revoked after domestic violence convictions', 'fired six officers last
    year over sustained misconduct': an outcome word within a few words after 'after',
    'following', 'over' or 'for', with an outcome stated before that word in the same clause
    (ending at ``prev_end``), names the cause of the outcome, not a second one."""
    if prev_end < 0:
        return False
    return any(doc[k].lower_ in _REASONS and k >= prev_end for k in range(max(start, s - 4), s))


# conjunctions and prepositions that open or link a list item: closed classes
_ITEM_OPENERS = frozenset({",", ";", "and", "with", "while"})
_ITEM_LINKS = frozenset({"for", "under"})
_BASE_OPENERS = frozenset({"from", "with", "to", "against"})


def one_as_a_count(doc: Doc, start: int, end: int) -> bool:
    """'two suspended for misuse of resources; one for neglect of duty', 'up from just one in
    2021', 'from one in 2018 to 13 in 2022': 'one' as an item of a list of counts or as the
    count a change is measured from, beside another count of its sentence."""
    k = start - 1
    while k > 0 and doc[k].lower_ in ("just", "only", "a", "mere"):
        k -= 1
    if k < 1 or end >= len(doc):
        return False
    nxt = doc[end].lower_
    dated = nxt in ("in", "during") and end + 1 < len(doc) and bool(_YEAR.match(doc[end + 1].text))
    if doc[k].lower_ in _BASE_OPENERS and doc[k - 1].lower_ in ("up", "down", "rise", "rising", "rose", "fell", "falling",
                                                                  "increase", "compared", "jump", "climbing", "from"):
        return dated or nxt == "to" and end + 1 < len(doc) and doc[end + 1].like_num
    if doc[k].lower_ not in _ITEM_OPENERS or not (nxt in _ITEM_LINKS or dated):
        return False
    for j in range(k - 1, max(-1, start - 31), -1):
        t = doc[j]
        if t.like_num and not _YEAR.match(t.text) and t.lower_ != "one":
            return True
        if t.is_sent_start:
            return False
    return False


# what opens an item of a run of clauses: punctuation and coordinators, closed classes
_CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "while", "whilst", "but"})


# what may follow a past tense that ends its clause with no object (models/outcome_words.json,
# shared with outcomes/contracted.py)
_AFTER_INTRANSITIVE = word_set("outcome_words.json", "after_intransitive")


def _heads_a_clause(doc: Doc, end: int, with_object: bool = False) -> bool:
    """A count is the subject of its own clause: at most one word (its noun) and then a finite
    verb -- an auxiliary ('four were warned', 'one officer was cautioned'), or a past tense
    with no object ('one retired', 'two resulted in advice'; not 'one claimed officer
    harassment', whose object a noun reader would take for the count's noun; ``with_object``
    allows one, for the counts beside it, whose nouns are their own)."""
    for k in range(end, min(end + 2, len(doc))):
        t = doc[k]
        if k > end and doc[k - 1].lower_ in ("of", "the", "a", "an"):
            return False
        if t.lower_ in _FINITE:
            return True
        if t.is_alpha and t.is_lower and len(t) > 4 and t.lower_.endswith("ed"):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return with_object or nxt is None or nxt.is_punct or nxt.lower_ in _AFTER_INTRANSITIVE
        if not t.is_alpha or t.like_num or t.lower_.endswith("ing") \
                or t.lower_ in ("of", "who", "that", "which", "in", "day", "time"):
            return False
    return False


def one_in_a_run_of_clauses(doc: Doc, start: int, end: int, refused: frozenset[int] | set[int] = frozenset()) -> bool:
    """'three officers were counselled; one officer was cautioned; four were warned', 'sixteen
    were dismissed and one retired': 'one' opening a clause of its own in a run of such clauses,
    each headed by a count, is an item of the tally, like the counts beside it (the caller asks
    that the sentence names conduct or an outcome: 'two were hurt and one was taken to hospital'
    is no tally), and the counts beside it must not be ones already refused as no conduct
    (``refused``: 'three cars were damaged and one was stolen')."""
    k = start - 1
    while k > 0 and doc[k].lower_ in ("only", "just"):
        k -= 1
    if k < 1 or doc[k].lower_ not in _CLAUSE_OPENERS or not _heads_a_clause(doc, end):
        return False
    sent = doc[start].sent
    return any(t.like_num and t.lower_ != "one" and not _YEAR.match(t.text) and t.i not in refused
               and _heads_a_clause(doc, t.i + 1, with_object=True) for t in sent if t.i != start)


def one_counted(doc: Doc, start: int, end: int) -> bool:
    """'one' that is a count: a part of a fronted base, an item of a series or list of counts,
    or the count a change is measured from."""
    return one_of_a_fronted_base(doc, start) or one_in_a_series(doc, start, end) or one_as_a_count(doc, start, end)
