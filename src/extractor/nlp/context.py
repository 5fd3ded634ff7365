"""Where a figure's fields come from when its own words do not say them.

The figures component reads each field in one explicit order:

    1. the figure's own clause          "41 were dismissed for corruption"
    2. its sentence                     "Of the corruption cases, 41 were dismissed"
    3. its block's heading, or the lead-in of its list
                                        "Corruption cases" / "Of those officers:" above "- 12 dismissed"
    4. the figure before it, while the context holds
    5. the article's frame: its title and standfirst ("officers who abuse their position
       for a sexual purpose" keeps ``apsp`` for figures that do not restate it)

Context carried from an earlier figure (level 4) holds within one section of the
article: a new heading or table starts another, and so does a sentence that opens
with a reset cue ("Separately, ...", "Meanwhile, ..."; models/context.json).

A date written right after a verb that dates an event ("charged in 2004",
"collapsed in 2006", "published on 29 November") dates that event: it is a period
for figures in its own sentence, never the running period of the figures after it.
A date across a contrast ("..., but the case collapsed in 2006") belongs to the
other clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from bisect import bisect_right
from functools import lru_cache
from typing import Optional, Sequence

from pydantic import ValidationError
from spacy.tokens import Doc, Span

from ..errors import RuleError
from ..records import Block
from ..rulefiles import lexicon, load_json
from . import doc_text
from .context_cues import ContextCues

CONTEXT_FILE = "context.json"
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
# "38 x Police Constable", "2019/20 - 21": a line that opens with a number and gives a
# count; not a section number ("5. Counter-corruption", "4.1 Scope") nor "2019 in review"
_COUNT_LINE = re.compile(r"[-•*\s]*\d[\d,/]*(?![\d.)])(?=[^\n]*?(?:\s[x×]\s|\d))")

# "A2. 11", "Answer 3: 40", "Response to question 1": an FOI answer naming the question it answers
_ANSWER_LABEL = re.compile(r"\s*(?:a|answer|response|reply)(?:\s+to\s+(?:q|question))?\s*(\d{1,2})\b\s*[.:)\-–]?", re.I)
_ANSWER_WORD = re.compile(r"\s*(?:our\s+)?(?:answer|response|reply)s?\s*:?\s*", re.I)
# "Answer: 7", "Response - 12": a line that answers the question above it with a bare count
_ANSWER_LINE = re.compile(r"\s*(?:our\s+)?(?:answer|response|reply)s?\s*[:.\-–]\s*\d", re.I)
_QUESTION_LINE = "\\s*(?:q|question|request)?\\s*{n}\\s*[.:)\\-–]"
# "2019 - 3", "2020/21: 45", "2022 | 12": a line whose label is the period its count covers
LINE_PERIOD = re.compile(r"[-•*\s]*((?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)\s*[-–:|]\s*\d")

_LEADING_BASE_WORD = re.compile(r"(from|on)\s+(?![^.;,\n]*\b(?:to|until|through|and)\b)", re.I)


@lru_cache(maxsize=1)
def _counted_plurals() -> frozenset[str]:
    """The plural nouns of the things a page counts that are not people (models/lexicon.json
    'counted'): 'allegations closed in 2022' picks out a set, 'the officers collapsed' does not."""
    return frozenset(w for kind, words in lexicon()["counted"].items() if kind != "officer"
                     for w in words if w.endswith("s") and " " not in w)


@lru_cache(maxsize=1)
def context_cues() -> ContextCues:
    try:
        data = load_json(CONTEXT_FILE)
        return ContextCues.model_validate({k: v for k, v in data.items() if not k.endswith("__note")})
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise RuleError(f"models/{CONTEXT_FILE}: {where}") from None


def _words(phrases: Sequence[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_COMPILED: dict[int, tuple] = {}


def _patterns(cues: ContextCues) -> tuple:
    """The cue lists as regular expressions, compiled once per set of cues."""
    found = _COMPILED.get(id(cues))
    if found is None or found[0] is not cues:
        found = _COMPILED[id(cues)] = (cues, (
            re.compile(rf"\W*(?:{_words(cues.reset_openers)})\b", re.I),  # matched at a sentence start
            re.compile(rf"\b(?:{_words(cues.event_verbs)})\s+(?:\w+\s+){{0,1}}$", re.I),
            re.compile(rf"\d|\b(?:{_words(cues.quantity_words)})\b", re.I),
            re.compile(rf"\b(?:{_words(cues.national_scope)})\b", re.I),
            re.compile(rf"\b(?:{_words(cues.example_cues)})\b", re.I),
            re.compile(rf"\b(?:{_words(cues.contrast_words)})\b", re.I),
            re.compile(rf"\b(?:{_words(cues.equivalence_pointers)})\b", re.I),
            re.compile(rf"\b(?:{_words(cues.comparison_markers)})\s+(?:in\s+|the\s+)?$", re.I),
        ))
    return found[1]


@lru_cache(maxsize=8)
def _cue_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\b(?:{_words(phrases)})\b", re.I)


class Context:
    """One article's layout, as the figures component asks about it."""

    def __init__(self, doc: Doc, cues: ContextCues | None = None):
        self.cues = cues = cues or context_cues()
        self.text = doc_text(doc)
        self.blocks: list[Block] = list(doc._.blocks or []) if Doc.has_extension("blocks") else []
        self._starts = [b.span[0] for b in self.blocks]
        self._section = self._sections()
        (self._reset, self._event, self._quantity, self._national, self._example,
         self._contrast, self._equivalent, self._compared) = _patterns(cues)
        self._report_year = re.compile(rf"(?:19|20)\d\d(?:\s*[/-]\s*\d{{2,4}})?\s+(?:{_words(cues.report_nouns)})\b", re.I) \
            if cues.report_nouns else re.compile(r"(?!)")
        self._sentence_hits: dict[tuple[str, int, int], bool] = {}
        self._headings: dict[int, Optional[tuple[int, int]]] = {}  # a block -> the heading over it
        self._contrasts: list[tuple[int, int]] | None = None  # (start, end) of every contrast word
        self._openers = frozenset(cues.period_openers)
        self._survey: Optional[bool] = None  # survey_article, once asked
        self._compared_at: dict[int, bool] = {}  # compared_date, per date start
        self._published_at: dict[int, bool] = {}  # dates_publication, per date start
        self._published = re.compile(rf"\b(?:{_words(cues.publication_verbs)})\s+(?:(?:in|on|at|during)\s+)?$", re.I) \
            if cues.publication_verbs else None

    # ------------------------------------------------------------ sections
    def _sections(self) -> list[int]:
        out, n = [], 0
        for block in self.blocks:
            if block.kind in ("heading", "title"):
                n += 1
            out.append(n)
        return out

    def block_index(self, char: int) -> Optional[int]:
        i = bisect_right(self._starts, char) - 1
        return i if i >= 0 and char < self.blocks[i].span[1] else None

    def section(self, char: int) -> int:
        i = self.block_index(char)
        return self._section[i] if i is not None else 0

    def outside_article(self, char: int) -> bool:
        """In the page's furniture (menus, related links, comments) or its dateline/byline."""
        i = self.block_index(char)
        return i is not None and self.blocks[i].kind in ("furniture", "dateline", "byline")

    def carries(self, before: int, sent: Span) -> bool:
        """Whether context from a figure at ``before`` reaches the sentence ``sent``."""
        if self.section(before) != self.section(sent.start_char):
            return False
        return not (before < sent.start_char and self._reset.match(self.text, sent.start_char, sent.end_char))

    # ---------------------------------------------------------- level 3
    def heading_span(self, char: int) -> Optional[tuple[int, int]]:
        """The heading over the block holding ``char``, or for a list item its lead-in line
        (found once a block: every field of every figure in it asks)."""
        i = self.block_index(char)
        if i is None:
            return None
        if i not in self._headings:
            self._headings[i] = self._heading_of(i)
        return self._headings[i]

    def _heading_of(self, i: int) -> Optional[tuple[int, int]]:
        if _ANSWER_LINE.match(self.text, *self.blocks[i].span):
            asked = self.question_span(i)  # "Answer: 7" under "1. How many ...?": the question, not the page's heading
            if asked is not None:
                return asked
        if self.blocks[i].kind == "list_item":
            j = i
            while j > 0 and self.blocks[j - 1].kind == "list_item":
                j -= 1
            if j > 0 and self.blocks[j - 1].kind == "paragraph" and self._leads_in(self.blocks[j - 1]):
                return self.blocks[j - 1].span
        for j in range(i - 1, -1, -1):
            if self.blocks[j].kind == "heading" and not self._a_count(self.blocks[j]):
                if _ANSWER_WORD.fullmatch(self.text, *self.blocks[j].span):
                    return self.question_span(i) or self.blocks[j].span  # "Answer" names no count
                return self.blocks[j].span
            if self.blocks[j].kind == "title" and self.blocks[i].kind == "list_item" \
                    and all(b.kind == "list_item" for b in self.blocks[j + 1:i]):
                return self.blocks[j].span  # a list right under the page's title: "Complaints by category"
            if self.blocks[j].kind in ("title", "table"):
                break
        return self.question_span(i)

    def question_span(self, i: int) -> Optional[tuple[int, int]]:
        """The question a short answer line answers in an FOI reply: the one its label names
        ("A2. 11" answers "Q2. How many ...?"), else the question just above its run of
        short lines ("Q1. How many officers ...?" / "2019 - 3")."""
        block = self.blocks[i]
        if block.kind not in ("list_item", "heading", "paragraph") or not self.short_item(block.span[0]):
            return None
        for j in range(i, max(-1, i - 9), -1):
            s, e = self.blocks[j].span
            label = _ANSWER_LABEL.match(self.text, s, e)
            if label:
                return self._asked(j, label.group(1))
            if j < i and self.text[s:e].rstrip().endswith("?"):
                return s, e
            if j < i and (not self.short_item(s) or self.blocks[j].kind in ("title", "table")):
                return None
        return None

    def _asked(self, i: int, number: str) -> Optional[tuple[int, int]]:
        """The question numbered ``number`` above block ``i``."""
        asked = re.compile(_QUESTION_LINE.format(n=number), re.I)
        for j in range(i - 1, -1, -1):
            s, e = self.blocks[j].span
            if asked.match(self.text, s, e) and self.text[s:e].rstrip().endswith("?"):
                return s, e
        return None

    def list_run(self, char: int) -> Optional[tuple[int, int]]:
        """The first and last block index of the run of list items holding ``char``."""
        i = self.block_index(char)
        if i is None or self.blocks[i].kind != "list_item":
            return None
        lo, hi = i, i
        while lo > 0 and self.blocks[lo - 1].kind == "list_item":
            lo -= 1
        while hi + 1 < len(self.blocks) and self.blocks[hi + 1].kind == "list_item":
            hi += 1
        return lo, hi

    def _a_count(self, block: Block) -> bool:
        """A short line that opens with a number ('38 x Police Constable') is an answer
        under a heading, not a heading of its own."""
        return bool(_COUNT_LINE.match(self.text, block.span[0], block.span[1]))

    def short_item(self, char: int) -> bool:
        """A list item, or a line of a few words: an answer that leaves its heading to say the rest."""
        i = self.block_index(char)
        if i is None:
            return False
        block = self.blocks[i]
        # split at most 9 times: a long paragraph asked once per number was split whole each time
        return block.kind == "list_item" or len(self.text[block.span[0]:block.span[1]].split(None, 9)) <= 8

    def _leads_in(self, block: Block) -> bool:
        line = self.text[block.span[0]:block.span[1]].rstrip().lower()
        return any(line.endswith(e) for e in self.cues.lead_in_endings)

    # ---------------------------------------------------------- level 5
    def frame_spans(self) -> list[tuple[int, int]]:
        """The title and standfirst: what the whole article is about."""
        return [b.span for b in self.blocks if b.kind in ("title", "standfirst")]

    def frame_quantified(self) -> bool:
        """The title or standfirst states a quantity or a trend ('... cases double'): the article
        is about figures, not one case."""
        return any(self._quantity.search(self.text[s:e]) for s, e in self.frame_spans())

    def example_between(self, a: int, b: int) -> bool:
        """An example cue ('including', 'such as') between a figure and a conduct named after it."""
        return bool(self._example.search(self.text[a:b]))

    def equivalent(self, sent: Span) -> bool:
        """The sentence gives 'the equivalent figures' of the sentence before."""
        return self._in_sentence(self._equivalent, sent)

    def survey_article(self) -> bool:
        """The article reports a survey across forces ('Freedom of Information requests made
        by a broadcaster found ...', '... officers across Britain'): a force it names in
        passing is not whose its figures are."""
        if self._survey is None:  # asked for every figure; the whole text is searched once
            survey = _cue_pattern(tuple(self.cues.survey_cues)) if self.cues.survey_cues else None
            self._survey = survey is not None and bool(survey.search(self.text)) \
                and bool(self._national.search(self.text))
        return self._survey

    def kind_share(self, sent: Span) -> bool:
        """The sentence gives a share of one kind of complaint ('accounted for 38% of complaints')."""
        if not self.cues.kind_share_cues:
            return False
        return self._in_sentence(_cue_pattern(tuple(self.cues.kind_share_cues)), sent)

    def national(self, sent: Span) -> bool:
        """The sentence states a national figure ("UK police officers", "forces in England and
        Wales"): not the figures of the body the article names most."""
        return self._in_sentence(self._national, sent)

    def _in_sentence(self, pattern: re.Pattern, sent: Span) -> bool:
        """Whether ``pattern`` occurs in the sentence, searched once a sentence: every
        figure of a sentence asks, and a sentence may hold thousands."""
        key = (pattern.pattern, sent.start_char, sent.end_char)
        if key not in self._sentence_hits:
            self._sentence_hits[key] = bool(pattern.search(self.text, sent.start_char, sent.end_char))
        return self._sentence_hits[key]

    # ---------------------------------------------------------- dates
    def dates_an_event(self, start: int) -> bool:
        """'charged in 2004', 'published on 29 November': the date at ``start`` dates an event.
        Not after a plural count noun ('allegations closed in 2022', 'hearings held in 2021'):
        the verb there picks out the set a page counts, and the date is its period."""
        before = self.text[max(0, start - 40):start]
        m = self._event.search(before)
        if not m or self.names_report_year(start):
            return False  # "GSOC publishes its 2020 Annual Report": the report's year, its figures' period
        words = before[:m.start()].split()
        return not (words and words[-1].lower().strip(",;:") in _counted_plurals())

    def names_report_year(self, start: int) -> bool:
        """'its 2020 Annual Report', 'the 2019/20 statistical bulletin': the year at ``start``
        is the one a report covers (models/context.json report_nouns)."""
        return bool(self._report_year.match(self.text, start, start + 60))

    def dates_publication(self, start: int) -> bool:
        """'the report, released in March 2022, said ...': the date at ``start`` dates a publication."""
        found = self._published_at.get(start)
        if found is None:
            found = self._published_at[start] = self._published is not None \
                and bool(self._published.search(self.text, max(0, start - 30), start))
        return found

    def compared_date(self, start: int) -> bool:
        """'an increase on last year', 'less than in 2021', 'compared with 2020': the date at
        ``start`` is what a figure is compared with, not its own period."""
        found = self._compared_at.get(start)
        if found is None:  # every figure asks about every date of its sentence
            found = self._compared_at[start] = bool(self._compared.search(self.text[max(0, start - 20):start]))
        return found

    def change_base_after(self, end: int, start: int) -> bool:
        """'a 3 percent decrease [from 2011]': a date right after a change in the figure's own
        words, its 'from' or 'on' inside the date, is the change's base (not a range 'from
        2011 to 2012', and not for a figure after the date: '..., when it received 5,969')."""
        lead = _LEADING_BASE_WORD.match(self.text, start, start + 30)
        return bool(lead) and start - end <= 30 and \
            bool(self._compared.search(self.text[max(0, start - 20):start] + lead.group(0)))

    def fronted(self, sent_start: int, start: int) -> bool:
        """Only opener words ('But in', 'And during') stand between a sentence's start and
        ``start``: what is there opens the sentence and frames all of it."""
        words = re.findall(r"[\w']+", self.text[sent_start:start].lower())
        return all(w in self._openers for w in words)

    def ends_running(self, mention) -> bool:
        """'During the past year', 'last year' with no publication date to resolve it: the
        article has moved to a period it cannot name, so an earlier one no longer runs."""
        if mention.date_from is not None or not mention.relative:
            return False
        words = mention.text.lower().rstrip(" .,")
        return any(words.endswith(" " + w) or words == w for w in self.cues.unresolved_resets)

    def across_contrast(self, a: int, b: int) -> bool:
        """A contrast word ('but', 'whereas') stands between characters a and b. The words
        are found once an article: searching the stretch anew for each figure made an
        article of thousands of figures quadratic."""
        if self._contrasts is None:
            self._contrasts = [(m.start(), m.end()) for m in self._contrast.finditer(self.text)]
        lo, hi = min(a, b), max(a, b)
        i = bisect_left(self._contrasts, (lo, lo))
        return i < len(self._contrasts) and self._contrasts[i][1] <= hi


def acronym_mentions(doc: Doc, mentions: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """'abuse of position for a sexual purpose (APSP)': the acronym names the same
    conduct wherever the article uses it."""
    text = doc_text(doc)
    defined: dict[str, str] = {}
    for label, span in mentions:
        m = _ACRONYM_AFTER.match(text, span.end_char)
        if m and label != "all":
            defined.setdefault(m.group(1), label)
    if not defined:
        return mentions
    taken = {span.start for _, span in mentions}
    extra = [(defined[tok.text], doc[tok.i:tok.i + 1]) for tok in doc
             if tok.text in defined and tok.i not in taken]
    return sorted(mentions + extra, key=lambda m: m[1].start)
